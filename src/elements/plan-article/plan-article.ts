import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { strictInt } from '../../data/freeze.js';
import { ARTICLE_COUNT, getArticleRef, planMeta, type ArticleRef } from '../../data/article-index.js';
import { loadArticleInChapter, peekArticleInChapter, type ArticleInChapter } from '../../data/text.js';
import type { Article } from '../../data/types.js';
import { PlanEvent } from '../../internal/events.js';
import { answeredByHost, focusTarget } from '../../internal/fragment.js';
import { heading } from '../../internal/heading.js';
import { PlanElement } from '../../internal/plan-element.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import { warnOnce } from '../../internal/warn.js';
import { hostStyles } from '../../styles/tokens.js';
import { citationParts, gbCitation } from './citation.js';
import { copyText } from './clipboard.js';
import { DEFAULT_MAX_CHARS, makeExcerpt, type Excerpt, type ExcerptPiece } from './excerpt.js';
import { parseTerms, splitRuns } from './highlight.js';
import { articleStyles } from './plan-article.styles.js';
import { textLoad } from './text-load.js';
import { articleStrings, type ArticleStrings } from '../../i18n/sections/article.js';
import { DEFAULT_LOCALE, type LocaleCode } from '../../i18n/locale.js';

export const CITATION_STYLES = ['gb7714', 'plain'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

const DEFAULT_HEADING_LEVEL = 3;
const MAX_CHARS_LIMIT = 9999;
/** How long a button says 已复制 before it says 复制链接 / 引用 again. */
const FEEDBACK_MS = 2500;

/** What the copy buttons copy. */
export type CopyWhat = 'link' | 'citation';
/** Why the text is not shown: the chunk failed to load, or did not arrive in time (text-load.ts). */
export type LoadFailure = 'failed' | 'timeout';

interface Feedback {
  what: CopyWhat;
  ok: boolean;
  text: string;
}

/** The article's text has rendered (also when it arrives after a `plan-article-error` for a timeout). */
export class PlanArticleLoadEvent extends PlanEvent {
  static readonly eventName = 'plan-article-load';
  constructor(
    /** The article number shown. */
    readonly article: number,
  ) {
    super(PlanArticleLoadEvent.eventName);
  }
}

/** The article's text could not be loaded: the element shows a short message and the host's content. */
export class PlanArticleErrorEvent extends PlanEvent {
  static readonly eventName = 'plan-article-error';
  constructor(
    readonly article: number,
    /** `failed` (the chunk did not load) or `timeout` (no answer in time; the text is still shown if it comes). */
    readonly reason: LoadFailure,
    /** What the loader threw, if anything (also in the console). */
    readonly error?: unknown,
  ) {
    super(PlanArticleErrorEvent.eventName);
  }
}

/** A copy button was used: what it copied, whether the clipboard took it, and the text. */
export class PlanArticleCopyEvent extends PlanEvent {
  static readonly eventName = 'plan-article-copy';
  constructor(
    /** `link` or `citation`. */
    readonly what: CopyWhat,
    /** True when the text reached the clipboard; false when the reader is shown it to copy by hand. */
    readonly ok: boolean,
    readonly text: string,
  ) {
    super(PlanArticleCopyEvent.eventName);
  }
}

/**
 * One article of the plan, quoted exactly: chapter context, 第N条 and the lead as its title, then every
 * paragraph as in the dataset (the —— items of articles 6 and 7 as a list), with copy-link and cite buttons and a
 * source credit. The title renders at once; the text is loaded per chapter on demand. A chunk that fails to load
 * or does not arrive within 10 s becomes an error state (a short message, the host's content kept; text that comes
 * later is still shown): `updateComplete` always resolves.
 *
 * Permalink (opt-in): with `permalink`, the element gives itself `id="article-N"` — unless the page set an id on it
 * (never overwritten) or another element of the same document or shadow root already has that id. Without it the
 * element sets no id, so a page's own `article-N` anchors stay unique. The copy-link button copies the page's URL,
 * with the element's id as the fragment when it has one a fragment can reach (not inside a shadow root).
 *
 * @tagname plan-article
 * @summary A quoted article of the plan (规划建议第N条), exact, linkable and citable.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @slot - Fallback content for readers without JavaScript (e.g. the article's text). It is shown until the
 *   article text has rendered, and again if the text cannot be loaded (failed or timed out) or `number` is invalid.
 *
 * @csspart base - The <article> wrapper.
 * @csspart header - Chapter context and title.
 * @csspart chapter - The chapter's numeral and title (八、加快数字化整体转型…).
 * @csspart title - The heading (its level from `heading-level`): article number and lead.
 * @csspart number - 第N条 inside the title.
 * @csspart body - The full text.
 * @csspart excerpt - The excerpt shown while an `excerpt` is collapsed.
 * @csspart paragraph - Each paragraph or list item.
 * @csspart list - The list of —— items (articles 6 and 7).
 * @csspart highlight - Each highlighted term (<mark>).
 * @csspart actions - The row of copy buttons.
 * @csspart button - Every button (also `expand`, `copy-link`, `cite`).
 * @csspart status - The polite live region announcing 已复制 / 复制失败 (visually hidden).
 * @csspart manual - The text to copy by hand, shown when copying failed.
 * @csspart error - The message shown for a failed load, or the neutral notice for an invalid `number` when the
 *   page put no fallback content inside the tag.
 * @csspart credit - The source credit line (来源：the plan's title and adoption date, linking to the official text).
 *
 * @cssprop [--plan-article-accent=var(--plan-accent)] - Quotation rule, article number and button border colour
 *   (default: --plan-accent).
 * @cssprop [--plan-article-mark-background=light-dark(#fff0a0, #6b5900)] - Background of highlighted terms (default:
 *   #fff0a0 light / #6b5900 dark).
 * @cssprop [--plan-article-mark-color=light-dark(#1b1b1f, #fffbe6)] - Text colour of highlighted terms (default:
 *   #1b1b1f light / #fffbe6 dark).
 * @cssprop [--plan-article-title-size=1.15em] - Font size of the title (default: 1.15em).
 * @cssprop [--plan-article-font-size=1em] - Font size of the whole element (default: 1em).
 * @cssprop [--plan-article-rule-width=3px] - Width of the quotation rule, 0 removes it (default: 3px).
 * @cssprop [--plan-article-gap=0.75em] - Space between paragraphs (default: 0.75em).
 *
 * @cssprop [--plan-accent=light-dark(#b3261e, #ffb4ab)] - Shared accent: quotation rule, article number and button
 *   borders, unless --plan-article-accent is set (default: #b3261e light / #ffb4ab dark).
 * @cssprop [--plan-text=light-dark(#1b1b1f, #ece7e6)] - Shared text colour: the article and its buttons (default:
 *   #1b1b1f light / #ece7e6 dark).
 * @cssprop [--plan-muted=light-dark(#56565e, #bdb6b5)] - Shared secondary text: chapter line, loading text and the
 *   source credit (default: #56565e light / #bdb6b5 dark).
 * @cssprop [--plan-surface=transparent] - Shared background: the article, its buttons and notices
 *   (default: transparent: the page shows through).
 * @cssprop [--plan-subtle=#8882] - Shared faint background: a hovered button
 *   (default: #8882, a translucent grey).
 * @cssprop [--plan-border=light-dark(#c9c5c5, #57524f)] - Shared border: the copy-by-hand text box (default: #c9c5c5
 *   light / #57524f dark).
 * @cssprop [--plan-focus-ring=light-dark(#1a5fb4, #9ecaff)] - Shared focus outline of buttons and links (default:
 *   #1a5fb4 light / #9ecaff dark).
 * @cssprop [--plan-error=light-dark(#a1161b, #ffb4ab)] - Shared error colour: border of the load-failed or
 *   invalid-number notice (default: #a1161b light / #ffb4ab dark).
 * @cssprop [--plan-font-family=inherit] - Shared font stack (default: not set, so the page's font is inherited). When set, it comes first in every part, followed by the CJK stack of the part's locale and sans-serif.
 * @cssprop [--plan-font-zh-hans='PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] - CJK stack of Simplified Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-hk='PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC'] - CJK stack of Hong Kong Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-tw='PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'] - CJK stack of Taiwan Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-radius=6px] - Shared corner radius: buttons and notices (default: 6px).
 *
 * @fires {PlanArticleLoadEvent} plan-article-load - The text has rendered; `event.article` is the number.
 * @fires {PlanArticleErrorEvent} plan-article-error - The text could not be loaded; `event.reason` is `failed` or `timeout`.
 * @fires {PlanArticleCopyEvent} plan-article-copy - A copy button was used; `event.what` (`link` or `citation`), `event.ok`
 *   (false: copying failed and the text is shown to copy by hand) and `event.text`.
 */
export class PlanArticle extends PlanElement {
  static override styles = [hostStyles, articleStyles, creditStyles];

  static override properties: PropertyDeclarations = {
    number: {},
    highlight: {},
    excerpt: { type: Boolean, reflect: true },
    maxChars: { attribute: 'max-chars' },
    headingLevel: { attribute: 'heading-level' },
    citationStyle: { attribute: 'citation-style' },
    permalink: { type: Boolean },
    showOriginal: { type: Boolean, reflect: true, attribute: 'show-original' },
    noCredit: { type: Boolean, attribute: 'no-credit' },
    noTranslationNote: { type: Boolean, attribute: 'no-translation-note' },
    _text: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _expanded: { state: true, attribute: false },
    _feedback: { state: true, attribute: false },
  };

  /**
   * The article number, 1…73. Required; anything else shows the content inside the tag, else a short neutral notice,
   * and warns once in the console with the valid range.
   */
  declare number?: string | number;

  /** Terms to mark, separated by `,` or `，` (e.g. `数字经济,5G`). Matched as literal text. */
  declare highlight?: string;

  /** Show the lead and the first `max-chars` characters, with a 展开全文 button for the rest. */
  excerpt = false;

  /** Length of an excerpt in characters after the lead (default 120); cut at a sentence or clause end. */
  declare maxChars?: string | number;

  /** Level of the title heading, 2–6 (default 3), to fit the host page's outline. */
  declare headingLevel?: string | number;

  /** What the 引用 button copies: `gb7714` (GB/T 7714—2015, default) or `plain`. */
  declare citationStyle?: 'gb7714' | 'plain';

  /**
   * Give the element `id="article-N"` (following `number`), so `#article-N` links lead to it. Never overwrites an id
   * the page set, and skipped when another element of the same document or shadow root has that id. Off by default.
   */
  permalink = false;

  /**
   * Where the element's locale is not zh-Hans (English: an unofficial translation; Traditional Chinese: converted
   * from the Simplified original), show the Chinese original instead. The reader toggles it with a button beside the
   * translation note; it reflects.
   */
  showOriginal = false;

  /** Hides the source credit line (来源：the plan's title and adoption date). */
  noCredit = false;

  /**
   * Hides the translation note and its show-original toggle (English, Traditional Chinese), for pages that say it once
   * for many articles: `<plan-document>` shows one note and one toggle for all 73 and sets this on its articles.
   */
  noTranslationNote = false;

  /** The article and its chapter, once the chapter's text chunk has loaded. */
  declare private _text?: ArticleInChapter;
  /** The locale of `_text` (zh-Hans, the element's locale, or zh-Hans again for `show-original`). */
  private _textLocale?: LocaleCode;
  declare private _failure?: LoadFailure;
  private _error?: unknown;
  private _expanded = false;
  declare private _feedback?: Feedback;

  private get t(): ArticleStrings {
    return this.localize.strings(articleStrings);
  }

  private _summary?: ArticleRef;
  private _terms: string[] = [];
  private _maxChars = DEFAULT_MAX_CHARS;
  private _level = DEFAULT_HEADING_LEVEL;
  private _style: CitationStyle = 'gb7714';
  private _excerptCache?: { article: Article; max: number; excerpt: Excerpt };
  private _pending?: Promise<void>;
  private _loadToken = 0;
  private _ownId?: string;
  private _timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncId(getArticleRef(this.number ?? ''));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  /** Resolves once rendering is done, including the article text if it is being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._pending) {
      await this._pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Server-rendered (a declarative shadow root with content, src/ssr/): the first update hydrates that DOM, and
   * hydration needs the template the server rendered — with the text. So the first update waits for the chapter's
   * text (at most `textLoad.timeout`); until then the reader sees the server's HTML, so nothing moves.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ref = !this.hasUpdated && this.shadowRoot?.firstChild ? getArticleRef(this.number ?? '') : undefined;
    const locale = this.showOriginal ? DEFAULT_LOCALE : this.localize.wanted;
    if (!ref || peekArticleInChapter(ref.number, locale)) return super.scheduleUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, textLoad.timeout)));
    return Promise.race([loadArticleInChapter(ref.number, locale).catch(() => undefined), limit]).then(() => {
      clearTimeout(timer);
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // the text's locale: the element's (once its pack is here), or the original for show-original; a change of
    // locale keeps the text shown until the new one has come (no empty frame)
    const locale = this.showOriginal ? DEFAULT_LOCALE : this.localize.code;
    if (!this.hasUpdated || changed.has('number') || locale !== this._textLocale) {
      const summary = getArticleRef(this.number ?? '');
      if ((!this.hasUpdated || changed.has('number')) && !summary) this.warnInvalid('number', this.number ?? '', [this.rangeText()]);
      const other = summary?.number !== this._summary?.number || !this.hasUpdated;
      if (other || locale !== this._textLocale) {
        if (other) {
          this._summary = summary;
          this._text = undefined;
          this._failure = undefined;
          this._expanded = false;
          this._feedback = undefined;
        }
        this._textLocale = locale;
        // text already here (its chapter loaded for another article, or on the server): rendered in this update
        const ready = summary && peekArticleInChapter(summary.number, locale);
        if (ready) {
          this._loadToken++; // an older number's load still under way must not overwrite it
          this._text = ready;
        } else if (summary) this.load(summary.number, locale);
      }
    }
    if (!this.hasUpdated || changed.has('number') || changed.has('permalink')) this.syncId(this._summary);
    if (changed.has('highlight')) this._terms = parseTerms(this.highlight);
    if (changed.has('maxChars')) {
      this._maxChars = this.readInt('max-chars', this.maxChars, 1, MAX_CHARS_LIMIT, DEFAULT_MAX_CHARS);
    }
    if (changed.has('headingLevel')) {
      this._level = this.readInt('heading-level', this.headingLevel, 2, 6, DEFAULT_HEADING_LEVEL);
    }
    if (changed.has('citationStyle')) {
      const s: string | undefined = this.citationStyle; // the attribute may hold anything
      const valid = (CITATION_STYLES as readonly string[]).includes(s ?? '');
      if (s != null && s !== '' && !valid) this.warnInvalid('citation-style', s, CITATION_STYLES);
      this._style = valid ? (s as CitationStyle) : 'gb7714';
    }
  }

  /**
   * The link the copy-link button copies: this page's URL, with the element's id as the fragment when it has one
   * (set by the page, or by `permalink`) that a fragment reaches — not inside a shadow root; else without a fragment.
   */
  link(): string {
    const id = this.id;
    if (typeof location === 'undefined') return id && `#${id}`;
    const url = new URL(location.href);
    url.hash = id && (this.ownerDocument.getElementById(id) === this || answeredByHost(this, id)) ? id : '';
    return url.href;
  }

  /**
   * Moves focus to the article's title, as a skip link to the article would (the heading takes `tabindex="-1"` while
   * focused): `<plan-document>` does this when the reader chooses the article in its outline or search.
   */
  override focus(options?: FocusOptions): void {
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    if (!title) return super.focus(options);
    focusTarget(title, options);
  }

  /**
   * The citation the 引用 button copies: GB/T 7714—2015 or plain, with the given access date (default today).
   * Empty when `number` is invalid.
   */
  citation(style: CitationStyle = this._style, accessed: Date = new Date()): string {
    const s = this._summary;
    if (!s) return '';
    if (style === 'plain') {
      const p = citationParts(planMeta, s.number, accessed);
      return this.t.plainCitation({ ...p, article: this.common.articleNumber(s.number) });
    }
    return gbCitation(planMeta, accessed);
  }

  override render(): TemplateResult {
    const s = this._summary;
    if (!s) {
      return this.renderProblem();
    }
    const { t, common } = this;
    const chapter = this._text?.chapter;
    const a = this._text?.article;
    // the text says its language (the original inside English UI), for screen readers and font selection
    const textLang = this._textLocale ?? this.localize.code;
    const pack = this.localize.pack;
    return html`<article class="base" part="base" aria-labelledby="title" aria-busy=${a || this._failure ? 'false' : 'true'} lang=${this.localize.lang}>
      <header class="header" part="header">
        ${chapter ? html`<p class="chapter" part="chapter" lang=${textLang}>${this.runs(t.chapterHeading(chapter.numeral, chapter.title))}</p>` : nothing}
        ${heading(
          this._level,
          html`<span class="number" part="number">${common.articleNumber(s.number)}</span>${a ? html`<span lang=${textLang}>${this.runs(a.lead)}</span>` : nothing}`,
          'title',
          'title',
        )}
      </header>
      ${
        pack && !this.noTranslationNote
          ? html`<p class="translation" part="translation-note">
              ${t.translationNote}
              <button type="button" class="button" part="button show-original" aria-pressed=${this.showOriginal ? 'true' : 'false'} @click=${this.toggleOriginal}>
                ${t.showOriginal}
              </button>
            </p>`
          : nothing
      }
      ${
        a
          ? this.renderText(a, textLang)
          : this._failure
            ? html`<p class="problem" part="error" role="note">${t.loadFailed}</p><slot></slot>`
            : html`<div class="body" part="body"><slot><p class="loading">${common.loading}</p></slot></div>`
      }
      ${this.renderActions(s)} ${this.noCredit ? nothing : sourceCredit(common, this)}
    </article>`;
  }

  private renderText(a: Article, lang: string): TemplateResult {
    const { t } = this;
    const ex = this.excerpt ? this.excerptOf(a) : undefined;
    const full = a.paragraphs.map((text, index): ExcerptPiece => ({ index, text, whole: true }));
    if (!ex?.truncated) return html`<div class="body" part="body" id="body" lang=${lang}>${this.blocks(full)}</div>`;
    const collapsed = !this._expanded;
    return html`${collapsed ? html`<div class="body excerpt" part="excerpt" lang=${lang}>${this.blocks(ex.pieces)}</div>` : nothing}
      <div class="body" part="body" id="body" ?hidden=${collapsed} lang=${lang}>${this.blocks(full)}</div>
      <div class="controls">
        <button type="button" class="button more" part="button expand" aria-expanded=${collapsed ? 'false' : 'true'} aria-controls="body" @click=${this.toggle}>
          ${collapsed ? t.expand : t.collapse}
        </button>
      </div>`;
  }

  private renderActions(s: ArticleRef): TemplateResult {
    const { t, common } = this;
    const fb = this._feedback;
    const label = (what: CopyWhat, idle: string) => (fb?.what === what ? (fb.ok ? t.copied : t.copyFailed) : idle);
    const announcement = fb ? (fb.ok ? (fb.what === 'link' ? t.linkCopied : t.citationCopied) : t.copyFailedAnnouncement) : '';
    return html`<div class="actions" part="actions" role="group" aria-label=${t.actions}>
        <button type="button" class="button" part="button copy-link" @click=${this.onCopyLink}>
          ${label('link', t.copyLink)}<span class="visually-hidden">${t.copyLinkContext(common.articleNumber(s.number))}</span>
        </button>
        <button type="button" class="button" part="button cite" @click=${this.onCite}>
          ${label('citation', t.cite)}<span class="visually-hidden"
            >${t.copyLinkContext(common.articleNumber(s.number))}${this._style === 'plain' ? t.citeStylePlain : t.citeStyleGb}</span
          >
        </button>
        <span class="status visually-hidden" part="status" role="status" aria-live="polite">${announcement}</span>
      </div>
      ${fb && !fb.ok ? html`<code class="manual" part="manual">${fb.text}</code>` : nothing}`;
  }

  /** Paragraphs as <p>, consecutive —— items as one list; a cut last piece ends with an ellipsis. */
  private blocks(pieces: readonly ExcerptPiece[]): TemplateResult[] {
    const ellipsis = this.t.ellipsis;
    const out: TemplateResult[] = [];
    let items: TemplateResult[] = [];
    const flush = () => {
      if (items.length) out.push(html`<ul class="list" part="list" role="list">${items}</ul>`);
      items = [];
    };
    for (const p of pieces) {
      const content = html`${this.runs(p.text)}${p.whole ? nothing : ellipsis}`;
      if (p.text.startsWith('——')) {
        items.push(html`<li class="paragraph" part="paragraph">${content}</li>`);
      } else {
        flush();
        out.push(html`<p class="paragraph" part="paragraph">${content}</p>`);
      }
    }
    flush();
    return out;
  }

  /** Text with every highlight term in a <mark>; terms are matched as text, never parsed. */
  private runs(text: string): unknown {
    if (!this._terms.length) return text;
    return splitRuns(text, this._terms).map((r) => (r.mark ? html`<mark class="highlight" part="highlight">${r.text}</mark>` : r.text));
  }

  private excerptOf(a: Article): Excerpt {
    const c = this._excerptCache;
    if (c && c.article === a && c.max === this._maxChars) return c.excerpt;
    const excerpt = makeExcerpt(a.paragraphs, a.lead, this._maxChars);
    this._excerptCache = { article: a, max: this._maxChars, excerpt };
    return excerpt;
  }

  /**
   * Loads the text of article `n`. `_pending` (what `updateComplete` waits for) settles when the text has come, the
   * load failed, or `textLoad.timeout` has passed — whichever is first; text that comes after the time limit is
   * still shown. A newer load (another `number`) makes the answers of older ones irrelevant.
   */
  private load(n: number, locale: LocaleCode): void {
    const token = ++this._loadToken;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (reason: LoadFailure, error?: unknown) => {
      if (token === this._loadToken && !this._text && !this._failure) {
        this._failure = reason;
        this._error = error;
      }
    };
    const text = loadArticleInChapter(n, locale).then(
      (loaded) => {
        if (!loaded) fail('failed');
        else if (token === this._loadToken) {
          this._text = loaded;
          this._failure = undefined;
        }
      },
      (error: unknown) => fail('failed', error),
    );
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => resolve(fail('timeout')), textLoad.timeout);
    });
    const p: Promise<void> = Promise.race([text, limit]).finally(() => {
      clearTimeout(timer);
      if (this._pending === p) this._pending = undefined;
    });
    this._pending = p;
  }

  /** Events fire once what they report is on screen (the events are documented by @fires above). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const c = changed as PropertyValues;
    const s = this._summary;
    if (!s) return;
    const n = s.number;
    const fire = (event: PlanEvent) => this.dispatchEvent(event);
    if (c.has('_text') && this._text) fire(new PlanArticleLoadEvent(n));
    if (c.has('_failure') && this._failure) {
      const e = this._error;
      const why = this._failure === 'timeout' ? `no answer within ${textLoad.timeout} ms` : e instanceof Error ? e.message : 'not found';
      warnOnce(`<${this.localName}> number="${n}": chapter ${s.chapter}'s text did not load (${why}).`);
      fire(new PlanArticleErrorEvent(n, this._failure, e));
    }
    const fb = this._feedback;
    if (c.has('_feedback') && fb) fire(new PlanArticleCopyEvent(fb.what, fb.ok, fb.text));
  }

  /**
   * Permalink (opt-in, `permalink`): without a page-set id the element takes `article-N` (and follows `number`),
   * unless another element in the same document or shadow root already has that id; without `permalink` it
   * removes only an id it set itself.
   */
  private syncId(summary: ArticleRef | undefined): void {
    if (!this.isConnected) return;
    const mine = this._ownId !== undefined && this.id === this._ownId;
    if (this.id && !mine) {
      this._ownId = undefined;
      return;
    }
    const want = this.permalink && summary ? `article-${summary.number}` : '';
    const root = this.getRootNode() as Document | ShadowRoot;
    const taken = want && typeof root.getElementById === 'function' ? root.getElementById(want) : null;
    if (want && (!taken || taken === this)) {
      this.id = want;
      this._ownId = want;
    } else if (mine) {
      this.removeAttribute('id');
      this._ownId = undefined;
    }
  }

  private readInt(attribute: string, value: unknown, min: number, max: number, fallback: number): number {
    if (value == null || value === '') return fallback;
    const n = strictInt(value);
    if (n !== undefined && n >= min && n <= max) return n;
    this.warnInvalid(attribute, value, [this.t.range(String(min), String(max))]);
    return fallback;
  }

  private rangeText(): string {
    return this.t.range(this.localize.number(1), this.localize.number(ARTICLE_COUNT));
  }

  private toggleOriginal(): void {
    this.showOriginal = !this.showOriginal;
  }

  private toggle(): void {
    this._expanded = !this._expanded;
  }

  private onCopyLink(e: Event): void {
    void this.copy('link', this.link(), e.currentTarget as HTMLElement);
  }

  private onCite(e: Event): void {
    void this.copy('citation', this.citation(), e.currentTarget as HTMLElement);
  }

  /** Copies, then shows 已复制 / 复制失败 (and fires plan-article-copy once that is on screen, see updated()). */
  private async copy(what: CopyWhat, text: string, button: HTMLElement): Promise<void> {
    clearTimeout(this._timer);
    this._feedback = undefined;
    const ok = await copyText(text, button);
    this._feedback = { what, ok, text };
    if (ok) this._timer = setTimeout(() => (this._feedback = undefined), FEEDBACK_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-article': PlanArticle;
  }
  interface GlobalEventHandlersEventMap {
    'plan-article-load': PlanArticleLoadEvent;
    'plan-article-error': PlanArticleErrorEvent;
    'plan-article-copy': PlanArticleCopyEvent;
  }
}
