import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { strictInt } from '../../data/freeze.js';
import { articleSummaries, chapterSummaries, planClosing, planMeta, planPreamble } from '../../data/outline.js';
import { loadChapter, peekChapter } from '../../data/text.js';
import { articleStrings } from '../../i18n/sections/article.js';
import { documentStrings, type DocumentStrings } from '../../i18n/sections/document.js';
import { outlinePending } from '../../i18n/packs.js';
import { DEFAULT_LOCALE, type LocaleCode } from '../../i18n/locale.js';
import { focusTarget, replaceFragment, type FragmentHost } from '../../internal/fragment.js';
import { heading } from '../../internal/heading.js';
import { PlanElement } from '../../internal/plan-element.js';
import type { PlanSearchSelectEvent } from '../plan-search/plan-search.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import { hostStyles } from '../../styles/tokens.js';
import { styles } from './plan-document.styles.js';
import { textLoad } from '../plan-article/text-load.js';
import { articleTracker } from '../plan-outline/article-tracker.js';
// the elements it is made of are registered by define/plan-document.ts, not here (this module has no side effects).
// These imports are for the template checker (lit-analyzer's no-missing-import: a type-only import does not count);
// bundlers drop them, as package.json marks src/elements/ free of side effects (esbuild says so in a warning).
import '../plan-article/plan-article.js';
import '../plan-outline/plan-outline.js';
import '../plan-search/plan-search.js';

const DEFAULT_HEADING_LEVEL = 2;
/** `article-N` / `chapter-N` / `preamble` / `closing`: the fragments the document answers to. */
const FRAGMENT = /^#((?:article|chapter)-\d{1,2}|preamble|closing)$/;

/**
 * The whole plan as one readable document: title and adoption line, the preamble, the 15 chapters with their
 * introductory paragraphs and their articles (each a `<plan-article>`), the closing paragraph and the source credit,
 * in the locale in effect (Traditional Chinese converted, English an unofficial translation, each article with the
 * original one click away). Beside it on wide screens, a `<plan-outline>` that marks the article in view; on narrow
 * ones the outline is a disclosure above the text. A `<plan-search>` above the outline finds text in the whole plan;
 * choosing a result goes to that article (its found text marked), chapter, the preamble or the closing.
 *
 * Deep links: `#article-35`, `#chapter-8`, `#preamble` and `#closing` in the page's URL scroll to that article or chapter when the document
 * loads and whenever the fragment changes (the outline's links change it). While the reader scrolls, the fragment
 * follows the article in view with `history.replaceState` — the address stays shareable and the back button is not
 * flooded; `no-hash` turns that off (a page with its own routing). Print gives the complete document: no outline or
 * buttons, chapters on new pages, the source URL printed.
 *
 * @tagname plan-document
 * @summary The whole plan (规划建议全文) as one document with an outline and deep links.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @csspart base - The wrapper.
 * @csspart header - Title and adoption line.
 * @csspart title - The plan's title (heading at `heading-level`).
 * @csspart adoption - The adoption line.
 * @csspart aside - The column of the search box and the outline (a disclosure on narrow screens).
 * @csspart search - The `<plan-search>`: a result goes to its article.
 * @csspart outline - The `<plan-outline>`.
 * @csspart body - The text column.
 * @csspart preamble - The preamble.
 * @csspart chapter - Each chapter section.
 * @csspart chapter-title - Each chapter heading.
 * @csspart intro - Each chapter's introductory paragraphs.
 * @csspart article - Each `<plan-article>`.
 * @csspart closing - The closing paragraph.
 * @csspart credit - The source credit line.
 *
 * @cssprop [--plan-document-aside-width=18rem] - Width of the outline column on wide screens.
 * @cssprop [--plan-document-max-width=44rem] - Width of the text column.
 */
export class PlanDocument extends PlanElement implements FragmentHost {
  static override styles = [hostStyles, styles, creditStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    noHash: { type: Boolean, attribute: 'no-hash' },
    showOriginal: { type: Boolean, reflect: true, attribute: 'show-original' },
    _current: { state: true, attribute: false },
  };

  /** Level of the title heading, 1–4 (default 2); chapters are one level below, articles two. */
  declare headingLevel?: string | number;

  /** Do not write the article in view into the page's URL (the fragment); deep links on load still work. */
  noHash = false;

  /**
   * Where the locale is not zh-Hans (a translation or a conversion), show the Chinese original of the whole text
   * instead (title, preamble, chapters, articles, closing; the outline and search stay in the locale). The reader
   * toggles it with the one button beside the translation note, said once for the document; it reflects.
   */
  showOriginal = false;

  declare private _current?: number;
  /** `${locale}|${chapter}` of the chapter texts this element asked for (their intros render once they are here). */
  private _requested = new Set<string>();
  private _observer?: IntersectionObserver;
  private _visible = new Set<number>();
  private _level = DEFAULT_HEADING_LEVEL;
  /** The outline starts open where it fits beside the text (a wide viewport), closed on phones; the reader toggles it. */
  private _wide = typeof matchMedia === 'function' && matchMedia('(min-width: 60em)').matches;

  private get t(): DocumentStrings {
    return this.localize.strings(documentStrings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // moved (disconnected, then connected again): the observer of the article in view was dropped, make it again
    if (this.hasUpdated) this.observeArticles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this._observer?.disconnect();
    this._observer = undefined;
  }

  /**
   * In another locale than zh-Hans, the update waits for that locale's outline chunk (titles, leads, preamble). The
   * first update also waits for the text of all fifteen chapters (at most `textLoad.timeout`): the document shows the
   * whole text at once instead of 73 articles growing one by one and pushing each other down the page (a layout
   * shift of 0.97 at 375 px), and a server-rendered document hydrates against the same template the server rendered
   * — chapter intros included — instead of failing and rendering a second copy.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.showOriginal ? DEFAULT_LOCALE : this.localize.wanted;
    const waits: Promise<unknown>[] = [];
    const outline = outlinePending(locale);
    if (outline) waits.push(outline);
    if (!this.hasUpdated) {
      const missing = chapterSummaries.filter((c) => !peekChapter(c.number, locale));
      if (missing.length) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const limit = new Promise((resolve) => (timer = setTimeout(resolve, textLoad.timeout)));
        const texts = Promise.all(missing.map((c) => loadChapter(c.number, locale).catch(() => undefined)));
        waits.push(Promise.race([texts, limit]).then(() => clearTimeout(timer)));
      }
    }
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) {
      const v = this.headingLevel;
      const n = v == null || v === '' ? DEFAULT_HEADING_LEVEL : strictInt(v);
      if (n === undefined || n < 1 || n > 4) this.warnInvalid('heading-level', v, ['1', '2', '3', '4']);
      this._level = n !== undefined && n >= 1 && n <= 4 ? n : DEFAULT_HEADING_LEVEL;
    }
    this.loadIntros(this.showOriginal ? DEFAULT_LOCALE : this.localize.code);
  }

  /** Chapter intros come with each chapter's text chunk (src/data/text.ts, shared with the articles, loaded once). */
  private loadIntros(locale: LocaleCode): void {
    for (const c of chapterSummaries) {
      const key = `${locale}|${c.number}`;
      if (this._requested.has(key) || peekChapter(c.number, locale)) continue;
      this._requested.add(key);
      void loadChapter(c.number, locale).then((text) => {
        if (text?.chapter.intro.length) this.requestUpdate();
      });
    }
  }

  override render(): TemplateResult {
    const { t, common } = this;
    const pack = this.localize.pack;
    // the text column: the locale's, or the zh-Hans original (show-original); the aside stays in the locale
    const original = this.showOriginal && !!pack;
    const code = original ? DEFAULT_LOCALE : this.localize.code;
    const textLang = original ? DEFAULT_LOCALE : this.localize.lang;
    const outline = original ? undefined : this.localize.outline;
    const meta = (!original && pack?.meta) || planMeta;
    const chapters = outline?.chapters ?? chapterSummaries;
    const preamble = outline?.preamble ?? planPreamble;
    const closing = outline?.closing ?? planClosing;
    const articleText = this.localize.strings(articleStrings);
    const chapterHeading = articleText.chapterHeading;
    const level = this._level;
    return html`<div part="base" class="base" role="region" aria-label=${t.label} lang=${this.localize.lang}>
      <div class="header" part="header" lang=${textLang}>
        ${heading(level, html`${meta.title}`, 'title', 'title')}
        <p class="adoption" part="adoption">${t.adoption(meta.adoption)}</p>
      </div>
      ${
        pack
          ? html`<p class="translation" part="translation-note">
              ${articleText.translationNote}
              <button type="button" class="button" part="button show-original" aria-pressed=${original ? 'true' : 'false'} @click=${this.toggleOriginal}>
                ${articleText.showOriginal}
              </button>
            </p>`
          : nothing
      }
      <div class="layout">
        <details class="aside" part="aside" ?open=${this._wide}>
          <summary>${t.contents}</summary>
          <plan-search part="search" no-credit @plan-search-select=${this.onSearchSelect}></plan-search>
          <plan-outline
            part="outline"
            heading-level=${String(Math.min(level + 1, 6))}
            current=${this._current === undefined ? '' : String(this._current)}
          ></plan-outline>
        </details>
        <div class="body" part="body" lang=${textLang}>
          <div class="preamble" part="preamble" id="preamble">${preamble.map((p) => html`<p>${p}</p>`)}</div>
          ${chapters.map(
            (c) => html`<section class="chapter" part="chapter" id=${`chapter-${c.number}`} aria-labelledby=${`chapter-${c.number}-title`}>
              ${heading(level + 1, html`${chapterHeading(c.numeral, c.title)}`, `chapter-${c.number}-title`, 'chapter-title')}
              <div class="intro" part="intro">${(peekChapter(c.number, code)?.chapter.intro ?? []).map((p) => html`<p>${p}</p>`)}</div>
              ${c.articles.map(
                (n) =>
                  html`<plan-article
                    part="article"
                    class="article"
                    id=${`article-${n}`}
                    number=${String(n)}
                    heading-level=${String(Math.min(level + 2, 6))}
                    no-credit
                    no-translation-note
                    ?show-original=${original}
                  ></plan-article>`,
              )}
            </section>`,
          )}
          <div class="closing" part="closing" id="closing">${closing.map((p) => html`<p>${p}</p>`)}</div>
          ${sourceCredit(common, this)}
        </div>
      </div>
    </div>`;
  }

  protected override firstUpdated(): void {
    this.observeArticles();
    // a <plan-outline track> elsewhere on the page follows these articles too (its tracker looks into this root)
    articleTracker.rescan();
    void this.goToFragment(false);
  }

  /** The article in view: one observer for the document's 73 articles, the topmost visible one is current. */
  private observeArticles(): void {
    this._observer?.disconnect();
    this._observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).id.slice('article-'.length));
          if (e.isIntersecting) this._visible.add(n);
          else this._visible.delete(n);
        }
        if (!this._visible.size) return;
        const top = Math.min(...this._visible);
        if (top !== this._current) {
          this._current = top;
          if (!this.noHash && this._settled && this.rewritesHashFor(top)) replaceFragment(`#article-${top}`);
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const a of this.renderRoot.querySelectorAll('plan-article')) this._observer.observe(a);
  }

  /** False while the document scrolls to the fragment it was loaded with: that is not the reader scrolling. */
  private _settled = false;

  /**
   * Whether the fragment should follow article `n` in view: not when it already names it, and not when it names the
   * chapter `n` is in (a `#chapter-8` link stays a link to the chapter while the reader is in that chapter).
   */
  private rewritesHashFor(n: number): boolean {
    const hash = location.hash;
    if (hash === `#article-${n}`) return false;
    const chapter = /^#chapter-(\d{1,2})$/.exec(hash);
    return !chapter || articleSummaries[n - 1]?.chapter !== Number(chapter[1]);
  }

  /** FragmentHost: `#article-N`, `#chapter-N`, `#preamble` and `#closing` of this document (its copy-link buttons keep them). */
  answersFragment(id: string): boolean {
    return FRAGMENT.test(`#${id}`) && !!this.renderRoot?.querySelector(`#${id}`);
  }

  /** The article a search result marked (its `highlight`), cleared when another result is chosen. */
  private _marked?: Element;

  /**
   * A search result: go to its section (the fragment; its ids are in this element's shadow root, not the page's) and,
   * for an article, mark what was found there (its `highlight`: the matched text as the article writes it).
   */
  private onSearchSelect = (e: PlanSearchSelectEvent): void => {
    e.preventDefault();
    const { id, kind, highlight } = e.detail;
    this._marked?.removeAttribute('highlight');
    this._marked = undefined;
    const article = kind === 'article' ? this.renderRoot.querySelector(`#${id}`) : null;
    if (article && highlight) {
      article.setAttribute('highlight', highlight);
      this._marked = article;
    }
    // go there now (not when hashchange comes: by then the fragment may already follow the scroll), then put it in
    // the URL — a history entry, as a link would (back returns to where the reader was); the hashchange it causes is ours
    void this.goToFragment(true, id);
    if (location.hash !== `#${id}`) {
      this._own = `#${id}`;
      location.hash = `#${id}`;
    }
  };

  /** The fragment this element wrote itself (its hashchange is not a new navigation). */
  private _own?: string;

  /** A fragment change is the reader's choice (an outline link, a search result, back/forward): go and focus there. */
  private onHashChange = (): void => {
    const own = this._own === location.hash;
    this._own = undefined;
    if (!own) void this.goToFragment(true);
  };

  private toggleOriginal(): void {
    this.showOriginal = !this.showOriginal;
  }

  /**
   * Scrolls to `#article-N` / `#chapter-N` / `#preamble` / `#closing` of the page's URL (or to `id`), once the articles before it have their text (their
   * height is then final, so the target does not move away). With `focus` (the reader chose it), focus moves to the
   * article's or chapter's heading, as a skip link would, so the keyboard and screen reader continue there instead of
   * in the outline. Other fragments are the page's business.
   */
  private async goToFragment(focus: boolean, id = FRAGMENT.exec(location.hash)?.[1]): Promise<void> {
    // the fragment does not follow the article in view while this scroll happens (it is not the reader's)
    this._settled = false;
    const target = id && FRAGMENT.test(`#${id}`) ? this.renderRoot.querySelector<HTMLElement>(`#${id}`) : null;
    if (target) {
      const all = [...this.renderRoot.querySelectorAll('plan-article')];
      const before = all.filter((a) => a.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING || a === target);
      await Promise.all(before.map((a) => a.updateComplete));
      target.scrollIntoView({ block: 'start' });
      if (focus) {
        // an article focuses its own title (PlanArticle.focus); a chapter its heading; the preamble or closing itself
        if (target.localName === 'plan-article') target.focus({ preventScroll: true });
        else focusTarget(target.querySelector<HTMLElement>('[part~="chapter-title"]') ?? target, { preventScroll: true });
      }
    }
    // the fragment writes that scrolling causes are skipped until the scroll has settled
    requestAnimationFrame(() => requestAnimationFrame(() => (this._settled = true)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-document': PlanDocument;
  }
}
