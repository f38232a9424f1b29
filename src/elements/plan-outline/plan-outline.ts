import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ARTICLE_COUNT, CHAPTER_COUNT, getArticleRef, toChapterNumber } from '../../data/article-index.js';
import { strictInt } from '../../data/freeze.js';
import { articleSummaries, chapterSummaries, type ArticleSummary, type ChapterSummary } from '../../data/outline.js';
import { outlineStrings, type OutlineStrings } from '../../i18n/sections/outline.js';
import { outlinePending } from '../../i18n/packs.js';
import { PlanEvent } from '../../internal/events.js';
import { isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { articleTracker } from './article-tracker.js';
import { styles } from './plan-outline.styles.js';

/** The heading level of the chapter headings when `heading-level` is absent or unusable. */
export const DEFAULT_HEADING_LEVEL = 3;

/**
 * Fired when the reader activates an article link (click, or Enter on the focused link). Navigation is not
 * prevented: the link still goes where it leads. `event.article` is the article's number.
 */
export class PlanOutlineSelectEvent extends PlanEvent {
  static readonly eventName = 'plan-outline-select';
  constructor(
    /** The number (1…73) of the article whose link was activated. */
    readonly article: number,
  ) {
    super(PlanOutlineSelectEvent.eventName);
  }
}

/**
 * Fired by an outline with `track` when the article the reader is at changes (the topmost visible `article-N` element
 * of the page). When it fires, `current` already is the new article.
 */
export class PlanOutlineCurrentEvent extends PlanEvent {
  static readonly eventName = 'plan-outline-current';
  constructor(
    /** The new current article's number. */
    readonly article: number,
    /** The article that was current before, if any. */
    readonly previous: number | undefined,
  ) {
    super(PlanOutlineCurrentEvent.eventName);
  }
}

/**
 * The plan's 15 chapters and 73 articles as a navigable table of contents. Chapter numerals and titles and the
 * articles' leads come from the dataset, in the locale in effect (Traditional Chinese converted, English an
 * unofficial translation).
 *
 * Each chapter is a disclosure (the ARIA disclosure pattern): a button inside a heading, `aria-expanded`, controlling
 * the list of its article links. Tab reaches every button and every shown link, Enter or Space toggles a chapter;
 * ↑/↓ move between chapter buttons, Home/End go to the first and last. `expanded` sets which chapters are open:
 * `none` (default), `all` or a chapter number; the chapter of the `current` article is open too while it is current
 * (so a tracking outline opens the chapter the reader is in, and closes it again when the reader moves on, unless
 * `expanded` or the reader opened it). `chapter="8"` shows
 * one chapter: its heading and its articles, no disclosure.
 *
 * Every article is a link, 第N条 and the lead: to `#article-N` (the id `<plan-article permalink>` takes), or through
 * the page's `article-href` template (`/plan/article-{n}`). A template that would not be a plain http(s) or relative
 * URL is refused (console warning; `#article-N` instead). Activating a link fires `plan-outline-select` and navigates.
 *
 * `current` (an article number) marks its link `aria-current="location"` (part `current`) and opens its chapter.
 * With `track` the outline follows the page: the topmost visible element of the document whose id is `article-N`
 * becomes `current` (one IntersectionObserver and one MutationObserver for the whole page, shared by every tracking
 * outline: see article-tracker.ts), and `plan-outline-current` fires when it changes.
 *
 * Print shows the whole tree expanded, without the buttons' chrome.
 *
 * Bad input: an unknown `chapter` (0, 16, abc, HTML) shows the content the page put inside the tag, else a short
 * neutral notice; an unusable `expanded`, `current`, `heading-level` or `article-href` falls back to the default.
 * Each warns once in the console naming the valid values; nothing is thrown.
 *
 * @tagname plan-outline
 * @summary The plan's table of contents: 15 chapters, 73 article links, optionally following the page.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @slot - Fallback: content placed inside the tag is for readers without JavaScript; it is hidden once the element
 *   has rendered, and shown instead of the notice when `chapter` is unusable.
 *
 * @csspart base - The navigation region (`<nav>`) around everything.
 * @csspart chapter - Each chapter (its heading and its list).
 * @csspart chapter-heading - The chapter's heading (holds the button, or the title in single-chapter mode).
 * @csspart chapter-button - The disclosure button of a chapter (numeral and title).
 * @csspart list - A chapter's list of article links.
 * @csspart article-link - Each article link (第N条 and the lead).
 * @csspart current - The link of the current article (also has `article-link`).
 * @csspart error - The neutral notice shown for an unusable `chapter` when the page gave no fallback content.
 *
 * @cssprop [--plan-outline-accent=var(--plan-accent)] - The current article's marker and text (default: --plan-accent).
 * @cssprop [--plan-outline-link-color=var(--plan-text)] - Article links (default: --plan-text).
 * @cssprop [--plan-outline-current-background=var(--plan-subtle)] - Background of the current article's link (default:
 *   --plan-subtle).
 * @cssprop [--plan-outline-indent=1.25em] - Indent of the article lists under their chapter (default: 1.25em).
 *
 * @cssprop [--plan-accent=light-dark(#b3261e, #ffb4ab)] - Shared accent: the current article, unless
 *   --plan-outline-accent is set (default: #b3261e light / #ffb4ab dark).
 * @cssprop [--plan-text=light-dark(#1b1b1f, #ece7e6)] - Shared text colour: chapter buttons and links (default: #1b1b1f
 *   light / #ece7e6 dark).
 * @cssprop [--plan-muted=light-dark(#56565e, #bdb6b5)] - Shared secondary text: article numbers and the disclosure
 *   marker (default: #56565e light / #bdb6b5 dark).
 * @cssprop [--plan-surface=transparent] - Shared background of the element (default: transparent: the page
 *   shows through).
 * @cssprop [--plan-subtle=#8882] - Shared faint background: the current link and
 *   hovered buttons (default: #8882, a translucent grey).
 * @cssprop [--plan-border=light-dark(#c9c5c5, #57524f)] - Shared border between chapters (default: #c9c5c5 light /
 *   #57524f dark).
 * @cssprop [--plan-focus-ring=light-dark(#1a5fb4, #9ecaff)] - Shared focus outline of buttons and links (default:
 *   #1a5fb4 light / #9ecaff dark).
 * @cssprop [--plan-error=light-dark(#a1161b, #ffb4ab)] - Shared error colour: border of the notice for an unusable
 *   `chapter` (default: #a1161b light / #ffb4ab dark).
 * @cssprop [--plan-font-family=inherit] - Shared font stack (default: not set, so the page's font is inherited). When set, it comes first in every part, followed by the CJK stack of the part's locale and sans-serif.
 * @cssprop [--plan-font-zh-hans='PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] - CJK stack of Simplified Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-hk='PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC'] - CJK stack of Hong Kong Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-tw='PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'] - CJK stack of Taiwan Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-radius=6px] - Shared corner radius of buttons and links (default: 6px).
 *
 * @fires {PlanOutlineSelectEvent} plan-outline-select - The reader activated an article link; `event.article` is its
 *   number. Navigation is not prevented.
 * @fires {PlanOutlineCurrentEvent} plan-outline-current - With `track`: the article the reader is at changed;
 *   `event.article`, `event.previous`.
 * @event {PlanOutlineSelectEvent} plan-outline-select
 * @event {PlanOutlineCurrentEvent} plan-outline-current
 */
export class PlanOutline extends PlanElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    chapter: {},
    expanded: {},
    current: { reflect: true },
    track: { type: Boolean },
    articleHref: { attribute: 'article-href' },
    headingLevel: { attribute: 'heading-level' },
    openChapters: { state: true, attribute: false },
    currentClosed: { state: true, attribute: false },
  };

  /** Show one chapter (1…15): its heading and article links, no disclosure. Absent: the whole tree. */
  declare chapter?: string | number;

  /**
   * Which chapters are open: `none` (default), `all`, or a chapter number (1…15). The chapter of `current` is open too
   * while it is current. Changing it resets what the reader opened or closed.
   */
  declare expanded?: 'all' | 'none' | `${number}`;

  /** The current article (1…73): its link gets `aria-current="location"` and its chapter opens. Reflects. */
  declare current?: string | number;

  /** Follow the page: the topmost visible element with id `article-N` becomes `current` (see `plan-outline-current`). */
  track = false;

  /** Link template for articles, `{n}` = article number, e.g. `/plan/article-{n}`. Default: `#article-{n}`. */
  declare articleHref?: string;

  /** Level (2…6) of the chapter headings. Default 3. */
  declare headingLevel?: string | number;

  /** The chapters opened by `expanded` or by the reader (numbers), as the reader left them. */
  private openChapters: ReadonlySet<number> = new Set();
  /** The reader closed the current article's chapter (it is open otherwise), until `current` or `expanded` changes. */
  private currentClosed = false;

  private chapterNumber?: number;
  private currentRef?: { number: number; chapter: number };
  private level = DEFAULT_HEADING_LEVEL;
  private template?: string;
  private untrack?: () => void;

  private get t(): OutlineStrings {
    return this.localize.strings(outlineStrings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncTracking();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncTracking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('chapter')) {
      const given = this.chapter;
      this.chapterNumber = given == null || given === '' ? undefined : toChapterNumber(given);
      if (given != null && given !== '' && this.chapterNumber === undefined) this.warnInvalid('chapter', given, [`1–${CHAPTER_COUNT}`]);
    }
    if (first || changed.has('current')) {
      const given = this.current;
      this.keepFocusOpen(this.currentRef?.chapter);
      this.currentRef = given == null || given === '' ? undefined : getArticleRef(given);
      if (given != null && given !== '' && !this.currentRef) this.warnInvalid('current', given, [`1–${ARTICLE_COUNT}`]);
    }
    if (first || changed.has('headingLevel')) {
      const given = this.headingLevel;
      const n = given == null || given === '' ? DEFAULT_HEADING_LEVEL : strictInt(given);
      this.level = n !== undefined && n >= 2 && n <= 6 ? n : DEFAULT_HEADING_LEVEL;
      if (n === undefined || n < 2 || n > 6) this.warnInvalid('heading-level', given, ['2–6']);
    }
    if (first || changed.has('articleHref')) {
      const given = this.articleHref;
      this.template = given && isSafeHrefTemplate(given) ? given : undefined;
      if (given && !this.template) this.warnInvalid('article-href', given, ['#article-{n}', '/path/{n}', 'https://…{n}']);
    }
    if (first || changed.has('expanded')) this.openChapters = this.expandedChapters();
    // the current article's chapter is open while it is current (unless the reader closes it), so that a tracking
    // outline shows where the reader is, and removing `current` restores what the outline showed without it
    if (changed.has('current') || changed.has('expanded')) this.currentClosed = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('track')) this.syncTracking();
  }

  /** The chapters `expanded` opens. */
  private expandedChapters(): Set<number> {
    const e: string | undefined = this.expanded;
    if (e == null || e === '' || e === 'none') return new Set();
    if (e === 'all') return new Set(chapterSummaries.map((c) => c.number));
    const n = toChapterNumber(e);
    if (n !== undefined) return new Set([n]);
    this.warnInvalid('expanded', e, ['none', 'all', `1–${CHAPTER_COUNT}`]);
    return new Set();
  }

  /** Subscribes to the page's article tracker while `track` is set and the element is in a document. */
  private syncTracking(): void {
    const want = this.track && this.isConnected;
    if (want && !this.untrack) this.untrack = articleTracker.subscribe(this.onTracked);
    else if (!want && this.untrack) {
      this.untrack();
      this.untrack = undefined;
    }
  }

  private readonly onTracked = (article: number): void => {
    const previous = this.currentRef?.number;
    if (article === previous) return;
    this.keepFocusOpen(this.currentRef?.chapter);
    this.current = String(article);
    // public state consistent when the event fires: `current` and the parsed reference
    this.currentRef = getArticleRef(article);
    const event = new PlanOutlineCurrentEvent(article, previous);
    this.dispatchEvent(event);
  };

  /** In another locale than zh-Hans, the update waits for that locale's outline chunk (titles and leads). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const outline = outlinePending(this.localize.wanted);
    return outline ? outline.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override render(): TemplateResult {
    if (this.chapter != null && this.chapter !== '' && this.chapterNumber === undefined) return this.renderProblem();
    const lang = this.localize.lang;
    const outline = this.localize.outline;
    const chapters = outline?.chapters ?? chapterSummaries;
    const articles = outline?.articles ?? articleSummaries;
    const one = this.chapterNumber === undefined ? undefined : chapters[this.chapterNumber - 1];
    return html`<nav part="base" class="base" aria-label=${this.t.label} lang=${lang} @keydown=${this.onKeydown}>
      ${
        one
          ? this.renderChapter(one, articles, false)
          : html`<ul class="chapters">
              ${chapters.map((c) => html`<li>${this.renderChapter(c, articles, true)}</li>`)}
            </ul>`
      }
    </nav>`;
  }

  private renderChapter(c: ChapterSummary, articles: readonly ArticleSummary[], disclosure: boolean): TemplateResult {
    const { t } = this;
    const open = !disclosure || this.isOpen(c.number);
    const id = `chapter-${c.number}-articles`;
    const heading = t.chapterHeading(c.numeral, c.title);
    return html`<section part="chapter" class="chapter">
      <div part="chapter-heading" class="heading" role="heading" aria-level=${this.level}>
        ${
          disclosure
            ? html`<button
                type="button"
                part="chapter-button"
                class="toggle"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${id}
                data-chapter=${c.number}
                @click=${() => this.toggle(c.number)}
              >
                ${heading}
              </button>`
            : heading
        }
      </div>
      <ol part="list" class="list" id=${id} ?hidden=${!open}>
        ${c.articles.map((n) => this.renderArticle(articles[n - 1]))}
      </ol>
    </section>`;
  }

  private renderArticle(a: ArticleSummary): TemplateResult {
    const current = a.number === this.currentRef?.number;
    const href = (this.template ?? '#article-{n}').replace(/\{n\}/g, String(a.number));
    return html`<li>
      <a
        part=${current ? 'article-link current' : 'article-link'}
        class="link"
        href=${href}
        aria-current=${ifDefined(current ? 'location' : undefined)}
        @click=${() => this.select(a.number)}
        ><span class="number">${this.common.articleNumber(a.number)}</span>${this.t.leadSeparator}<span class="lead"
          >${a.lead}</span
        ></a
      >
    </li>`;
  }

  /**
   * `current` is about to leave `chapter`: if focus is in its list (a link the reader reached), the chapter stays open,
   * as if the reader had opened it, so focus never falls to the page's `<body>` when its link disappears.
   */
  private keepFocusOpen(chapter: number | undefined): void {
    if (chapter === undefined || this.openChapters.has(chapter) || !this.isOpen(chapter)) return;
    const focused = this.shadowRoot?.activeElement;
    if (focused?.closest(`#chapter-${chapter}-articles`)) this.openChapters = new Set([...this.openChapters, chapter]);
  }

  /** A link was activated: tell the page (the event is declared in the JSDoc above, hence a variable). */
  private select(article: number): void {
    // the reader chose an article of this chapter: it stays open when `current` moves on
    const chapter = getArticleRef(article)?.chapter;
    if (chapter !== undefined && !this.openChapters.has(chapter)) this.openChapters = new Set([...this.openChapters, chapter]);
    const event = new PlanOutlineSelectEvent(article);
    this.dispatchEvent(event);
  }

  private isOpen(chapter: number): boolean {
    return this.openChapters.has(chapter) || (chapter === this.currentRef?.chapter && !this.currentClosed);
  }

  private toggle(chapter: number): void {
    const open = new Set(this.openChapters);
    if (this.isOpen(chapter)) {
      open.delete(chapter);
      if (chapter === this.currentRef?.chapter) this.currentClosed = true;
    } else {
      open.add(chapter);
      if (chapter === this.currentRef?.chapter) this.currentClosed = false;
    }
    this.openChapters = open;
  }

  /** ↑/↓ between chapter buttons, Home/End to the first and last (Tab, Enter and Space are the buttons' own). */
  private readonly onKeydown = (e: KeyboardEvent): void => {
    const button = (e.target as Element | null)?.closest?.('button.toggle');
    if (!button || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
    const i = buttons.indexOf(button as HTMLButtonElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined || to < 0 || to >= buttons.length) return;
    e.preventDefault();
    buttons[to].focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-outline': PlanOutline;
  }
  interface GlobalEventHandlersEventMap {
    'plan-outline-select': PlanOutlineSelectEvent;
    'plan-outline-current': PlanOutlineCurrentEvent;
  }
}
