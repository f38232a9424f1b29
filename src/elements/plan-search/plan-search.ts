import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ARTICLE_COUNT } from '../../data/article-index.js';
import { loadChapter } from '../../data/text.js';
import type { LocaleCode } from '../../i18n/types.js';
import { searchStrings } from '../../i18n/sections/search.js';
import { PlanEvent } from '../../internal/events.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import {
  getSearchIndex,
  markQuery,
  parseQuery,
  peekSearchIndex,
  search,
  snippet,
  type ParsedQuery,
  type SearchHit,
  type SearchIndex,
  type SectionKind,
} from './search-index.js';
import { styles } from './plan-search.styles.js';

/** Default and bounds of `max-results`. */
export const DEFAULT_MAX_RESULTS = 10;

/** Milliseconds between the last keystroke and the search (the field itself never waits: it is the browser's). */
export const SEARCH_DEBOUNCE_MS = 80;

/** What a selected result is, in `plan-search-select`'s detail. */
export interface PlanSearchSelection {
  /** The article number (1…73); 0 when the result is not an article (a chapter, the preamble, the closing). */
  readonly number: number;
  readonly href: string | undefined;
  readonly kind: SectionKind;
  /** The section's id in `<plan-document>`: `article-35`, `chapter-8`, `preamble`, `closing`. */
  readonly id: string;
  /** The chapter (1…15) of an article or chapter result; 0 for the preamble and the closing. */
  readonly chapter: number;
  /** The query as the reader typed it (trimmed). */
  readonly query: string;
  /**
   * The matched text as it stands in the result, comma-separated (the form `<plan-article highlight>` takes): 數字經濟
   * on a Taiwan page where 数字经济 was typed. Also the `{q}` of the href templates.
   */
  readonly highlight: string;
}

/**
 * Fired when the reader selects a result (Enter on the active option, or a click). `event.number` (and
 * `event.detail.number`) is the article number (0 for a chapter, the preamble or the closing; `detail.kind` and
 * `detail.id` say which); `event.href` where the element would go; `detail.query` and `detail.highlight` what was
 * searched and the text it matched, to mark it on arrival. Cancelable: call `preventDefault()` to stop the navigation
 * and handle it yourself (e.g. a router, or an in-page `<plan-article highlight>`).
 */
export class PlanSearchSelectEvent extends PlanEvent {
  static readonly eventName = 'plan-search-select';
  /** As in a CustomEvent. */
  readonly detail: PlanSearchSelection;
  constructor(
    /** The selected article's number (1…73), or 0. */
    readonly number: number,
    /** Where the element navigates unless the event is canceled (undefined: nowhere, see `article-href`). */
    readonly href: string | undefined,
    detail?: Partial<Omit<PlanSearchSelection, 'number' | 'href'>>,
  ) {
    super(PlanSearchSelectEvent.eventName, true);
    this.detail = { kind: 'article', id: `article-${number}`, chapter: 0, query: '', highlight: '', ...detail, number, href };
  }
}

/** `{q}` in an href template: the matched text, URL-encoded (also ' ( ) so that the result stays a safe URL). */
function encodeQ(text: string): string {
  return encodeURIComponent(text).replace(/['()!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** What the element shows under the field. */
type Phase = 'idle' | 'empty' | 'loading' | 'ready' | 'failed';

/**
 * Full-text search over the whole plan, as a combobox: type 数字经济, 数字 or 经济 (or 數字經濟, “digital economy”)
 * and the matching sections are listed as you type — the 73 articles, the chapters (title and introduction), the
 * preamble and the closing — each with its label (第35条, 第八部分, 前言, 结束语), lead or title, and a snippet around
 * the first match, the matches marked. ↑/↓ move through the list, Enter opens the active result, Escape closes the
 * list (a second Escape clears the field). The result count is shown (and said by a polite live region): the list
 * shows `max-results` at first and a “show all N” button after it lists the rest. A blank query (spaces, or Enter in
 * an empty field) says so.
 *
 * How people type Chinese (search-index.ts, fold.ts): either script finds either (数字经济 finds 數字經濟 on a zh-Hant
 * page and the reverse), Hong Kong variants (峯 = 峰, 羣 = 群, 衞 = 衛 = 卫), regional phrasing (人工智能 = 人工智慧,
 * 網絡 = 網路, 數位 / 數碼 = 數字), full-width letters and digits (５Ｇ = 5G) and case. Precision: when some section
 * has the whole query (前海, “health care”), only those are listed; only otherwise do its words count (every word
 * must occur). Ranking: leads (or chapter titles) with the query first, articles before other sections, then how
 * often it occurs. The index (the element's locale) is built once per locale and page, lazily: on the first focus of
 * the field or the first query, never at page load.
 *
 * Server rendering (@lit-labs/ssr) shows the field with its `query` and no results: the client searches on hydration.
 *
 * Where a result goes. Selecting one fires `plan-search-select` (cancelable; `detail` has `kind`, `id`, `query`
 * and `highlight`), then goes to:
 * - an article: the `article-href` template (`{n}` the number), or `#article-N` when the page has that id;
 * - a chapter (its title or introduction matched): the `section-href` template with `{id}` = `chapter-N`, or
 *   `#chapter-N` when the page has that id (`<plan-document>` gives chapters those ids);
 * - the preamble or the closing: `section-href` with `{id}` = `preamble` / `closing`, or `#preamble` / `#closing`
 *   when the page has that id (the top of the document and its end);
 * otherwise the event is all that happens. In both templates `{q}` is the matched text (URL-encoded, as it stands in
 * the result), so the page arrived at can mark it: `article-href="/plan/{n}?highlight={q}"` for a page with
 * `<plan-article highlight>`.
 *
 * The query in the page's URL is opt-in (the element is a guest in the page): with `url-param="q"` it reads `?q=` on
 * load, writes it as the reader searches (`history.pushState` for a new search from an empty field, then
 * `history.replaceState` while refining it, so typing does not flood the history) and follows back/forward
 * (`popstate`): going back restores the earlier query and its results. Without it the URL is never touched.
 *
 * A `max-results` that is not a whole number from 1 to 73 falls back to 10 and warns once in the console. A query
 * is only ever text: markup in it is shown as typed, never parsed.
 *
 * @tagname plan-search
 * @summary Full-text search over the Shenzhen plan: combobox with ranked results, snippets and marked terms.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @csspart base - The whole element.
 * @csspart label - The field's visible label.
 * @csspart input - The search field (role combobox).
 * @csspart listbox - The list of results.
 * @csspart option - One result (role option); `option active` on the active one.
 * @csspart number - A result's article number (第35条).
 * @csspart lead - A result's lead (the article's opening sentence).
 * @csspart snippet - A result's text around the first match.
 * @csspart mark - An occurrence of a query term in a lead or snippet (`<mark>`).
 * @csspart show-all - The button "show all N results" after a list cut at `max-results`.
 * @csspart status - The result count, "no results", loading and failure messages (also the live region).
 * @csspart credit - The source credit line; `no-credit` hides it.
 *
 * @cssprop [--plan-search-accent=var(--plan-accent)] - Active result's edge and the field's focus edge.
 * @cssprop [--plan-search-mark=light-dark(#fff3b0, #5c4a00)] - Background of marked terms.
 * @cssprop [--plan-search-active=var(--plan-subtle)] - Background of the active result.
 * @cssprop [--plan-search-max-height=24em] - Maximum height of the list (it scrolls beyond).
 * @cssprop [--plan-accent=light-dark(#b3261e, #ffb4ab)] - Shared accent (default: #b3261e light / #ffb4ab dark).
 * @cssprop [--plan-text=light-dark(#1b1b1f, #ece7e6)] - Shared text colour.
 * @cssprop [--plan-muted=light-dark(#56565e, #bdb6b5)] - Shared secondary text: numbers, snippets, status.
 * @cssprop [--plan-surface=transparent] - Shared background of the field and the list.
 * @cssprop [--plan-subtle=#8882] - Shared faint background: the active result.
 * @cssprop [--plan-border=light-dark(#c9c5c5, #57524f)] - Shared border of the field and the list.
 * @cssprop [--plan-focus-ring=light-dark(#1a5fb4, #9ecaff)] - Shared focus outline.
 * @cssprop [--plan-font-family=inherit] - Shared font stack (default: not set, so the page's font is inherited). When set, it comes first in every part, followed by the CJK stack of the part's locale and sans-serif.
 * @cssprop [--plan-font-zh-hans='PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] - CJK stack of Simplified Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-hk='PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC'] - CJK stack of Hong Kong Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-tw='PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'] - CJK stack of Taiwan Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-radius=6px] - Shared corner radius.
 *
 * @fires {PlanSearchSelectEvent} plan-search-select - A result was selected; `event.number` is the article number.
 *   Cancelable: `preventDefault()` stops the navigation.
 * @event {PlanSearchSelectEvent} plan-search-select
 */
export class PlanSearch extends PlanElement {
  static override styles = [...styles, creditStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    placeholder: {},
    maxResults: { attribute: 'max-results' },
    articleHref: { attribute: 'article-href' },
    sectionHref: { attribute: 'section-href' },
    urlParam: { attribute: 'url-param' },
    showAll: { state: true, attribute: false },
    noCredit: { type: Boolean, attribute: 'no-credit' },
    text: { state: true, attribute: false },
    hits: { state: true, attribute: false },
    active: { state: true, attribute: false },
    open: { state: true, attribute: false },
    phase: { state: true, attribute: false },
  };

  /** A query to start with: fills the field and runs the search (loading the index). */
  query = '';

  /** The field's placeholder; without it, a short hint in the element's language (输入关键词). */
  declare placeholder?: string;

  /** How many results to list at most: a whole number from 1 to 73 (default 10). */
  declare maxResults?: string | number;

  /**
   * Where a selected result goes: a template with `{n}` for the article number, e.g. `/plan/article-{n}`. Without
   * it (or when it is unsafe) the element goes to `#article-N` when the page has an element with that id.
   */
  declare articleHref?: string;

  /**
   * Where a chapter, preamble or closing result goes: a template with `{id}` (`chapter-8`, `preamble`, `closing`),
   * e.g. `/plan#{id}`. Without it the element goes to `#{id}` when the page has an element with that id.
   */
  declare sectionHref?: string;

  /**
   * Opt-in: the name of a URL query parameter (e.g. `q`) that holds the query — read on load, written as the reader
   * searches, followed on back/forward. Without it the element never touches the URL.
   */
  declare urlParam?: string;

  /** Hides the source credit line. */
  noCredit = false;

  /** Whether the reader asked for every result (the button after the list). */
  private showAll = false;
  /** The parsed query the results are for (marks). */
  private parsed?: ParsedQuery;
  /** All the results (the list shows `limit` of them until show all). */
  private all: readonly SearchHit[] = [];

  /** The field's text (what the reader typed, or `query`). */
  private text = '';
  /** The text the current results are for. */
  private searched = '';
  private hits: readonly SearchHit[] = [];
  /** How many articles matched (the list shows at most `max-results`). */
  private total = 0;
  private active = -1;
  private open = false;
  private phase: Phase = 'idle';
  private timer?: ReturnType<typeof setTimeout>;
  /** The locale the current results are in. */
  private searchedLocale?: LocaleCode;

  private get limit(): number {
    if (this.maxResults == null) return DEFAULT_MAX_RESULTS;
    const n = Number(this.maxResults);
    return Number.isInteger(n) && n >= 1 && n <= ARTICLE_COUNT ? n : DEFAULT_MAX_RESULTS;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    window.addEventListener('popstate', this.onPopState);
    const fromUrl = this.readUrl();
    if (fromUrl) this.query = fromUrl;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    if (!isServer) window.removeEventListener('popstate', this.onPopState);
  }

  /** The query in the page's URL (`url-param`), or undefined. */
  private readUrl(): string | undefined {
    const name = this.urlParam?.trim();
    if (!name) return undefined;
    try {
      return new URL(window.location.href).searchParams.get(name) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Back/forward: the URL's query becomes the field's (an absent one empties it). */
  private onPopState = (): void => {
    if (!this.urlParam?.trim()) return;
    const q = this.readUrl() ?? '';
    if (q === this.text) return;
    this.text = q;
    this.open = true;
    this.runSearch(false);
  };

  /** Writes the searched text into the URL (`url-param`): pushState for a new search, replaceState while refining. */
  private writeUrl(text: string): void {
    const name = this.urlParam?.trim();
    if (!name || isServer) return;
    try {
      const url = new URL(window.location.href);
      const old = url.searchParams.get(name) ?? '';
      const value = text.trim();
      if (old === value) return;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
      if (!old && value) history.pushState(history.state, '', url.href);
      else history.replaceState(history.state, '', url.href);
    } catch {
      // a page whose URL cannot be written (sandboxed, about:blank): the search works without it
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('maxResults') && this.maxResults != null && this.limit !== Number(this.maxResults)) {
      this.warnInvalid('max-results', this.maxResults, [`1…${ARTICLE_COUNT}`]);
    }
    if (changed.has('articleHref') && this.articleHref && !isSafeHrefTemplate(this.articleHref)) {
      this.warnInvalid('article-href', this.articleHref, ['#article-{n}', '/path/{n}', 'https://…{n}']);
    }
    if (changed.has('sectionHref') && this.sectionHref && !isSafeHrefTemplate(this.sectionHref.replace(/\{id\}/g, '{n}'))) {
      this.warnInvalid('section-href', this.sectionHref, ['#{id}', '/path#{id}', 'https://…{id}']);
    }
    if (changed.has('query')) {
      this.text = typeof this.query === 'string' ? this.query : '';
      this.open = true;
      this.runSearch(false);
    } else if (this.searchedLocale && this.searchedLocale !== this.localize.code) {
      // the locale in effect changed: the same query over that locale's text
      this.runSearch();
    } else if (changed.has('maxResults') && this.searched) {
      this.runSearch();
    }
  }

  /**
   * Searches the field's text now if the index is here, else loads it and searches when it has arrived. `write`:
   * whether the URL (`url-param`) follows (not for a query read from it, nor for the `query` property).
   */
  private runSearch(write = true, blankSays = false): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.text;
    const locale = this.localize.code;
    if (text !== this.searched) this.showAll = false;
    if (!text.trim()) {
      this.searched = '';
      this.hits = [];
      this.all = [];
      this.total = 0;
      this.active = -1;
      this.searchedLocale = locale;
      // a query of spaces (or Enter in an empty field) is told so; an empty field is simply empty
      this.phase = text || blankSays ? 'empty' : 'idle';
      if (write) this.writeUrl('');
      return;
    }
    if (write) this.writeUrl(text);
    // a server render shows the field with its query; the client searches (the same first template: no list)
    if (isServer) return;
    const index = peekSearchIndex(locale);
    if (index) {
      this.apply(index, text, locale);
      return;
    }
    this.phase = 'loading';
    this.loadIndex(locale).then(
      (i) => {
        if (this.text === text && this.localize.code === locale) this.apply(i, text, locale);
      },
      () => {
        if (this.localize.code === locale) this.phase = 'failed';
      },
    );
  }

  private loadIndex(locale: LocaleCode): Promise<SearchIndex> {
    return getSearchIndex(locale, loadChapter);
  }

  private apply(index: SearchIndex, text: string, locale: LocaleCode): void {
    this.parsed = parseQuery(text, locale, true, index.folding);
    const all = search(index, this.parsed);
    this.all = all;
    this.total = all.length;
    this.hits = this.showAll ? all : all.slice(0, this.limit);
    this.searched = text;
    this.searchedLocale = locale;
    this.active = -1;
    this.phase = 'ready';
  }

  private get expanded(): boolean {
    return this.open && this.phase === 'ready' && this.hits.length > 0 && !!this.searched.trim();
  }

  private onFocus(): void {
    // build the index ahead of the first query (async: the chapters load, the build is a few milliseconds)
    this.loadIndex(this.localize.code).catch(() => {});
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.open = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runSearch(), SEARCH_DEBOUNCE_MS);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!n || this.phase !== 'ready') return;
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          this.active = e.key === 'ArrowDown' ? 0 : n - 1;
        } else if (e.key === 'ArrowDown') this.active = this.active >= n - 1 ? 0 : this.active + 1;
        else this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      }
      case 'Enter': {
        if (this.expanded && this.active >= 0) {
          e.preventDefault();
          this.select(this.hits[this.active]);
        } else if (this.timer !== undefined || !this.text.trim()) {
          // Enter before the debounce: search now (Enter in a blank field: say that there is nothing to search for)
          this.open = true;
          this.runSearch(true, true);
        }
        break;
      }
      case 'Escape': {
        if (this.expanded) {
          e.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.text) {
          e.preventDefault();
          this.text = '';
          this.runSearch();
        }
        break;
      }
      default:
        return;
    }
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.renderRoot.contains(e.relatedTarget as Node | null)) {
      this.open = false;
      this.active = -1;
    }
  }

  /** Where a result goes (see the class comment), `{q}` replaced by the matched text. */
  private hrefOf(hit: SearchHit, highlight: string): string | undefined {
    const q = encodeQ(highlight);
    if (hit.kind === 'article') return articleHref(this, this.articleHref?.replace(/\{q\}/g, q), hit.number);
    const template = this.sectionHref;
    if (template && isSafeHrefTemplate(template.replace(/\{id\}/g, '{n}'))) return template.replace(/\{id\}/g, hit.id).replace(/\{q\}/g, q);
    return this.ownerDocument?.getElementById(hit.id) ? `#${hit.id}` : undefined;
  }

  private select(hit: SearchHit): void {
    const highlight = hit.matched.join(',');
    const href = this.hrefOf(hit, highlight);
    this.open = false;
    this.active = -1;
    const event = new PlanSearchSelectEvent(hit.kind === 'article' ? hit.number : 0, href, {
      kind: hit.kind,
      id: hit.id,
      chapter: hit.chapter,
      query: this.searched.trim(),
      highlight,
    });
    this.dispatchEvent(event);
    if (!event.defaultPrevented && href) window.location.assign(href);
  }

  /** The “show all N” button: every result, the focus back in the field on the first newly shown one. */
  private onShowAll(): void {
    const first = this.hits.length;
    this.showAll = true;
    this.hits = this.all;
    this.open = true;
    this.active = first < this.hits.length ? first : this.active;
    this.renderRoot.querySelector<HTMLInputElement>('#input')?.focus();
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.hits[this.active]?.id}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private renderRuns(text: string, q: ParsedQuery | undefined): TemplateResult[] {
    const folding = peekSearchIndex(this.localize.code)?.folding;
    const runs = q ? markQuery(text, q, folding) : [{ text, mark: false }];
    return runs.map((r) => (r.mark ? html`<mark part="mark">${r.text}</mark>` : html`${r.text}`));
  }

  /** A result's label: 第35条, 第八部分, 前言, 结束语 (in the element's language). */
  private label(h: SearchHit): string {
    const t = this.localize.strings(searchStrings);
    if (h.kind === 'article') return this.common.articleNumber(h.number);
    if (h.kind === 'chapter') return t.chapterLabel(h.entry.numeral || String(h.number));
    return h.kind === 'preamble' ? t.preamble : t.closing;
  }

  private renderStatus(): string {
    const t = this.localize.strings(searchStrings);
    if (this.phase === 'loading') return t.loading;
    if (this.phase === 'failed') return t.failed;
    if (this.phase === 'empty') return t.emptyQuery;
    if (this.phase !== 'ready' || !this.searched.trim()) return '';
    return this.hits.length ? t.resultCount(this.hits.length, this.total) : t.noResults(this.searched.trim());
  }

  override render(): TemplateResult {
    const t = this.localize.strings(searchStrings);
    const lang = this.localize.lang;
    const expanded = this.expanded;
    const q = this.parsed;
    const wide = !lang.startsWith('zh');
    const activeHit = expanded && this.active >= 0 ? this.hits[this.active] : undefined;
    const status = this.renderStatus();
    return html`<div part="base" class="base" role="search" aria-label=${t.label} lang=${lang} @focusout=${this.onFocusOut}>
      <label id="label" part="label" class="label" for="input">${t.inputLabel}</label>
      <input
        id="input"
        part="input"
        class="input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="listbox"
        aria-labelledby="label"
        aria-describedby="hint"
        aria-activedescendant=${ifDefined(activeHit ? `option-${activeHit.id}` : undefined)}
        placeholder=${this.placeholder ?? t.placeholder}
        .value=${live(this.text)}
        @focus=${this.onFocus}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      />
      <span id="hint" class="visually-hidden">${t.hint}</span>
      <ul id="listbox" part="listbox" class="listbox" role="listbox" aria-label=${t.resultsLabel} ?hidden=${!expanded}>
        ${
          expanded
            ? this.hits.map(
                (h, i) =>
                  // the keyboard drives the list through the field (aria-activedescendant): options take clicks only
                  // eslint-disable-next-line lit-a11y/click-events-have-key-events
                  html`<li
                  id="option-${h.id}"
                  part=${i === this.active ? 'option active' : 'option'}
                  class="option"
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @pointerdown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.select(h)}
                >
                  <span part="number" class="number">${this.label(h)}</span>
                  ${h.lead ? html`<span part="lead" class="lead">${this.renderRuns(h.lead, q)}</span>` : nothing}
                  <span part="snippet" class="snippet">${this.renderRuns(snippet(h, wide ? 60 : 24, wide ? 140 : 56), q)}</span>
                </li>`,
              )
            : nothing
        }
      </ul>
      ${
        expanded && this.hits.length < this.total
          ? html`<button part="show-all" class="show-all" type="button" @click=${this.onShowAll}>${t.showAll(this.total)}</button>`
          : nothing
      }
      <p part="status" class=${status ? 'status' : 'status visually-hidden'} role="status" aria-live="polite">${status}</p>
      ${this.noCredit ? nothing : sourceCredit(this.common, this)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-search': PlanSearch;
  }
  interface GlobalEventHandlersEventMap {
    'plan-search-select': PlanSearchSelectEvent;
  }
}
