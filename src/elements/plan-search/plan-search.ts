import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ARTICLE_COUNT } from '../../data/chapters.js';
import { loadChapter } from '../../data/text.js';
import type { LocaleCode } from '../../i18n/types.js';
import { searchStrings } from '../../i18n/sections/search.js';
import { PlanEvent } from '../../internal/events.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import {
  getSearchIndex,
  markRuns,
  parseQuery,
  peekSearchIndex,
  search,
  snippet,
  type SearchHit,
  type SearchIndex,
} from './search-index.js';
import { styles } from './plan-search.styles.js';

/** Default and bounds of `max-results`. */
export const DEFAULT_MAX_RESULTS = 10;

/** Milliseconds between the last keystroke and the search (the field itself never waits: it is the browser's). */
export const SEARCH_DEBOUNCE_MS = 80;

/**
 * Fired when the reader selects a result (Enter on the active option, or a click). `event.number` (and
 * `event.detail.number`) is the article number; `event.href` where the element would go. Cancelable: call
 * `preventDefault()` to stop the navigation and handle it yourself (e.g. a router, or an in-page `<plan-article>`).
 */
export class PlanSearchSelectEvent extends PlanEvent {
  static readonly eventName = 'plan-search-select';
  /** `{ number }`, as in a CustomEvent. */
  readonly detail: { readonly number: number; readonly href: string | undefined };
  constructor(
    /** The selected article's number (1…73). */
    readonly number: number,
    /** Where the element navigates unless the event is canceled (undefined: nowhere, see `article-href`). */
    readonly href: string | undefined,
  ) {
    super(PlanSearchSelectEvent.eventName, true);
    this.detail = { number, href };
  }
}

/** What the element shows under the field. */
type Phase = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Full-text search over the plan's 73 articles, as a combobox: type 数字经济, 数字 or 经济 (or 數字經濟 in
 * Traditional Chinese, “digital economy” in English) and the matching articles are listed as you type — article
 * number, lead and a snippet around the first match, every query term marked. ↑/↓ move through the list, Enter
 * opens the active result, Escape closes the list (a second Escape clears the field); a polite live region says how
 * many results there are.
 *
 * Chinese has no spaces: the query is split into words with `Intl.Segmenter` (per character where it is missing)
 * and also matched as a whole; matching ignores case. Ranking: articles whose lead has the whole query first, then
 * leads with every word, then leads with some word, each by how often the query and then its words occur (see
 * search-index.ts). The index (the text of the fifteen chapters in the element's locale) is built once per locale
 * and page, lazily: on the first focus of the field or the first query, never at page load.
 *
 * Server rendering (@lit-labs/ssr) shows the field with its `query` and no results: the client searches on hydration.
 *
 * Selecting a result fires `plan-search-select` (cancelable), then goes to the `article-href` template with `{n}`
 * replaced, or to `#article-N` when the page has an element with that id; otherwise the event is all that happens.
 *
 * A `max-results` that is not a whole number from 1 to 73 falls back to 10 and warns once in the console. A query
 * is only ever text: markup in it is shown as typed, never parsed.
 *
 * @tagname plan-search
 * @summary Full-text search over the Shenzhen plan: combobox with ranked results, snippets and marked terms.
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
 * @cssprop [--plan-surface=light-dark(#ffffff, #1c1b1d)] - Shared background of the field and the list.
 * @cssprop [--plan-subtle=light-dark(#f4f2f2, #2a2829)] - Shared faint background: the active result.
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

  /** Hides the source credit line. */
  noCredit = false;

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('maxResults') && this.maxResults != null && this.limit !== Number(this.maxResults)) {
      this.warnInvalid('max-results', this.maxResults, [`1…${ARTICLE_COUNT}`]);
    }
    if (changed.has('articleHref') && this.articleHref && !isSafeHrefTemplate(this.articleHref)) {
      this.warnInvalid('article-href', this.articleHref, ['#article-{n}', '/path/{n}', 'https://…{n}']);
    }
    if (changed.has('query')) {
      this.text = typeof this.query === 'string' ? this.query : '';
      this.open = true;
      this.runSearch();
    } else if (this.searchedLocale && this.searchedLocale !== this.localize.code) {
      // the locale in effect changed: the same query over that locale's text
      this.runSearch();
    } else if (changed.has('maxResults') && this.searched) {
      this.runSearch();
    }
  }

  /** Searches the field's text now if the index is here, else loads it and searches when it has arrived. */
  private runSearch(): void {
    clearTimeout(this.timer);
    const text = this.text;
    const locale = this.localize.code;
    if (!text.trim()) {
      this.searched = '';
      this.hits = [];
      this.active = -1;
      this.searchedLocale = locale;
      this.phase = 'idle';
      return;
    }
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
    const all = search(index, parseQuery(text, locale));
    this.total = all.length;
    this.hits = all.slice(0, this.limit);
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
          this.select(this.hits[this.active].number);
        } else if (this.timer !== undefined) {
          // Enter before the debounce: search now
          this.runSearch();
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

  private select(n: number): void {
    const href = articleHref(this, this.articleHref, n);
    this.open = false;
    this.active = -1;
    const event = new PlanSearchSelectEvent(n, href);
    this.dispatchEvent(event);
    if (!event.defaultPrevented && href) window.location.assign(href);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.hits[this.active]?.number}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private renderRuns(text: string, marks: readonly string[]): TemplateResult[] {
    return markRuns(text, marks).map((r) => (r.mark ? html`<mark part="mark">${r.text}</mark>` : html`${r.text}`));
  }

  private renderStatus(): string {
    const t = this.localize.strings(searchStrings);
    if (this.phase === 'loading') return t.loading;
    if (this.phase === 'failed') return t.failed;
    if (this.phase !== 'ready' || !this.searched.trim()) return '';
    return this.hits.length ? t.resultCount(this.hits.length, this.total) : t.noResults(this.searched.trim());
  }

  override render(): TemplateResult {
    const t = this.localize.strings(searchStrings);
    const lang = this.localize.lang;
    const expanded = this.expanded;
    const marks = parseQuery(this.searched, this.localize.code).marks;
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
        aria-activedescendant=${ifDefined(activeHit ? `option-${activeHit.number}` : undefined)}
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
                  id="option-${h.number}"
                  part=${i === this.active ? 'option active' : 'option'}
                  class="option"
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @pointerdown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.select(h.number)}
                >
                  <span part="number" class="number">${this.common.articleNumber(h.number)}</span>
                  <span part="lead" class="lead">${this.renderRuns(h.lead, marks)}</span>
                  <span part="snippet" class="snippet">${this.renderRuns(snippet(h, wide ? 60 : 24, wide ? 140 : 56), marks)}</span>
                </li>`,
              )
            : nothing
        }
      </ul>
      <p part="status" class=${status ? 'status' : 'status visually-hidden'} role="status" aria-live="polite">${status}</p>
      ${this.noCredit ? nothing : sourceCredit(this.common)}
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
