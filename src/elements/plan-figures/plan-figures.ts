import { html, isServer, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { chapterSummaries } from '../../data/chapters.js';
import { formatValue, valueParts } from '../../data/figure-format.js';
import { allFigures } from '../../data/figure-index.js';
import type { Figure } from '../../data/types.js';
import { localFigure, outlinePending, type LocalFigure } from '../../i18n/packs.js';
import { figuresStrings, type FiguresStrings } from '../../i18n/sections/figures.js';
import { PlanEvent } from '../../internal/events.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import { warnOnce } from '../../internal/warn.js';
import { chartLoad, chartModule, loadChart } from './chart-load.js';
import { csvNumber, fileName, toCsv, toJson } from './figures-export.js';
import {
  COLUMNS,
  filterFigures,
  filterSlug,
  parseFilter,
  rowLabel,
  sortRows,
  type LabelStrings,
  yearsOf,
  type FiguresColumn,
  type FiguresFilter,
  type SortDirection,
} from './figures-model.js';
import { styles } from './plan-figures.styles.js';

export const FIGURES_MODES = ['table', 'chart'] as const;
export type PlanFiguresMode = (typeof FIGURES_MODES)[number];
export type PlanFiguresFormat = 'csv' | 'json';

/**
 * Loads the code of `mode="chart"` (the chart and D3, a chunk of its own that a table-only page never downloads).
 * Server rendering calls it once before rendering, so that charts render synchronously there; in the browser an
 * element loads it by itself when it first shows a chart (calling this earlier only saves that wait).
 */
export function preloadFiguresChart(): Promise<void> {
  return loadChart().then(() => undefined);
}

/** Why the chart is not shown: its chunk failed to load, or did not arrive in time. */
type ChartFailure = 'failed' | 'timeout';

/**
 * Fired before a download starts (bubbles, composed, cancelable): `format`, the `fileName` and the file's
 * `content` (CSV with its BOM, or JSON). Call `preventDefault()` to handle the data yourself (no file is saved).
 */
export class PlanFiguresDownloadEvent extends PlanEvent {
  static readonly eventName = 'plan-figures-download';
  constructor(
    readonly format: PlanFiguresFormat,
    readonly fileName: string,
    readonly content: string,
  ) {
    super(PlanFiguresDownloadEvent.eventName, true);
  }
}

/** A table row: the figure (registry) and the texts shown, in the locale in effect. */
interface Row {
  readonly figure: Figure;
  /** The figure with its text in the locale in effect. */
  readonly local: LocalFigure;
  readonly index: number;
  readonly label: string;
  readonly value: string;
  readonly estimate: string;
  readonly year: string;
  readonly kind: string;
  readonly source: string;
  readonly parts: ReturnType<typeof valueParts>;
}

/**
 * Every figure of the plan (the registry: 2020-or-earlier outcomes and goals) as a sortable, filterable table, or
 * as a chart of the measures that have a 2020 starting value and a goal.
 *
 * Table (default): label, value as written (qualifier, number and unit: 超过4万亿元, 5%左右), year (or 原文未注明年份 —
 * never invented), kind (已实现 / 目标) and source article. Each label names its own quantity, and no two are alike:
 * the base of a multiple or a share is appended (建设筹集公共住房（以“十二五”时期为基数）), as is the end of a from → to
 * phrase (高校数量（起点）, 高校数量（终点）). Each column header is a button that sorts by it
 * (ascending, then descending; `aria-sort` on the header): values and years as numbers (a year not stated sorts last),
 * label and kind by the locale's collation. Filters `kind`, `chapter` and `year` are attributes and visible selects
 * bound to them; a polite live region says how many rows are shown. "Download CSV" (UTF-8 with BOM, RFC 4180) and
 * "Download JSON" (the dataset's Figure objects) save exactly the rows shown, in the order shown; the CSV has the
 * columns shown, then the exact phrase of the text, the value as a plain number, its unit and the year as a number.
 *
 * `mode="chart"`: one row per measure with two levels in one unit (GDP 2.8 → 4 万亿元, R&D intensity 4.93% → 5%,
 * 高校数量 9 → 15 所), grouped by unit, each unit on its own scale; a qualifier is printed beside its value and drawn (open arrow for a lower bound such as 超过, tilde for
 * 左右, hollow dot for an estimate), never as a bare precise point. Under the chart, every other figure is listed
 * with the reason it is not charted (a multiple, a rank, the only value of its measure). The SVG is hidden from assistive technology and
 * a visually hidden list says the same. The chart's code (and D3) is loaded the first time a chart is shown: until
 * it has come, the element keeps what it showed (nothing yet, or the table), and `updateComplete` waits for it. A
 * chunk that fails to load or does not arrive within 10 s shows a short message instead of the chart (a chart
 * that comes later is still drawn) and warns once in the console.
 *
 * An unusable `kind`, `chapter` or `year` (unknown value, garbage, markup) filters nothing, and the console warns
 * once with the valid values; an unknown `mode` shows the table. Nothing is thrown.
 *
 * @tagname plan-figures
 * @summary All figures of the Shenzhen plan: a sortable, filterable table with CSV/JSON download, or a start → goal chart.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @fires {PlanFiguresDownloadEvent} plan-figures-download - Before a download: `event.format` (`csv` or `json`),
 *   `event.fileName`, `event.content`; cancelable (the page then handles the data itself, no file is saved).
 *
 * @csspart base - The whole element.
 * @csspart filters - The filter controls.
 * @csspart count - The live count of shown rows.
 * @csspart downloads - The download buttons' group.
 * @csspart table - The `<table>`.
 * @csspart sort-button - Each column header's sort button.
 * @csspart value - A value as written (table cells).
 * @csspart qualifier - The qualifier inside a value (超过, 左右 …).
 * @csspart source - A source article (原文第N条): a link where it leads somewhere, else text.
 * @csspart empty - The row shown when no figure matches.
 * @csspart linked - The row `#plan-figure=<id>` points at (`hash-bookmark`).
 * @csspart figure-link - A figure label's share link (`hash-bookmark`).
 * @csspart chart - The chart's SVG (`mode="chart"`).
 * @csspart note - The chart's note on scales and marks.
 * @csspart not-charted - The list of the figures the chart leaves out, by reason (a multiple, a rank, a single value).
 * @csspart error - The short message shown instead of the chart when its code could not be loaded.
 * @csspart credit - The source credit line; `no-credit` hides it.
 *
 * @cssprop [--plan-figures-accent=var(--plan-accent)] - Values, goal markers and links (default: --plan-accent).
 * @cssprop [--plan-figures-border=var(--plan-border)] - Table rules and control borders (default: --plan-border).
 * @cssprop [--plan-figures-stripe=var(--plan-subtle)] - Header background (default: --plan-subtle).
 * @cssprop [--plan-accent=light-dark(#b3261e, #ffb4ab)] - Shared accent.
 * @cssprop [--plan-text=light-dark(#1b1b1f, #ece7e6)] - Shared text colour.
 * @cssprop [--plan-muted=light-dark(#56565e, #bdb6b5)] - Shared secondary text: count, ticks, note.
 * @cssprop [--plan-surface=transparent] - Shared background.
 * @cssprop [--plan-subtle=#8882] - Shared faint background.
 * @cssprop [--plan-border=light-dark(#c9c5c5, #57524f)] - Shared border.
 * @cssprop [--plan-focus-ring=light-dark(#1a5fb4, #9ecaff)] - Shared focus outline.
 * @cssprop [--plan-font-family=inherit] - Shared font stack (default: not set, so the page's font is inherited). When set, it comes first in every part, followed by the CJK stack of the part's locale and sans-serif.
 * @cssprop [--plan-font-zh-hans='PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] - CJK stack of Simplified Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-hk='PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC'] - CJK stack of Hong Kong Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-tw='PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'] - CJK stack of Taiwan Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-radius=6px] - Shared corner radius.
 */
export class PlanFigures extends PlanElement {
  static override styles = [...styles, creditStyles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    kind: { reflect: true },
    chapter: { reflect: true },
    year: { reflect: true },
    articleHref: { attribute: 'article-href' },
    noCredit: { type: Boolean, attribute: 'no-credit' },
    hashBookmark: { type: Boolean, attribute: 'hash-bookmark' },
    linked: { state: true, attribute: false },
    sortColumn: { state: true, attribute: false },
    sortDirection: { state: true, attribute: false },
  };

  /** `table` (default) or `chart`. Unknown values → table. */
  mode: 'table' | 'chart' = 'table';

  /** Only outcomes (`baseline`) or only goals (`target`); absent: both. */
  declare kind?: 'baseline' | 'target';

  /** Only figures of chapter 1…15; absent: all. */
  declare chapter?: string;

  /** Only figures of a year the plan states (2020, 2025, 2035), or `none` for those without; absent: all. */
  declare year?: string;

  /** Link template for source articles, `{n}` = article number (as `<plan-target>`). */
  declare articleHref?: string;

  /** Hides the source credit line. */
  noCredit = false;

  /**
   * Share links (opt-in): each figure's label links to `#plan-figure=<id>` on this page; a page opened with that
   * fragment (or whose fragment becomes one: following a label's link, back and forward) marks that row
   * (`aria-current`, part `linked`) and scrolls it into view. The link is a plain link: the reader copies or shares it
   * as any other (one history entry per click, as any link; nothing is written to the URL on its own).
   */
  hashBookmark = false;

  /** The figure `#plan-figure=<id>` points at (hash-bookmark), and whether it still needs scrolling to. */
  declare private linked?: string;
  private scrollToLinked = false;

  /** The column the table is sorted by (none: registry order), and which way. */
  declare private sortColumn?: FiguresColumn;
  private sortDirection: SortDirection = 'ascending';

  private filter: FiguresFilter = {};

  /** Set when the chart's chunk did not load (or not in time); cleared when it has come. */
  private _chartFailure?: ChartFailure;
  private _chartError?: unknown;

  private get t(): FiguresStrings {
    return this.localize.strings(figuresStrings);
  }

  /** What a row label appends, in the locale in effect (see rowLabel). */
  private get labelStrings(): LabelStrings {
    return { ...this.t, year: (y: number) => this.common.year(y) };
  }

  /**
   * In another locale than zh-Hans, the update also waits for that locale's outline chunk (the chapter filter names
   * the chapters), so the controls never switch language after the first frame. With `mode="chart"`, it also waits
   * for the chart's chunk (see waitForChart): the element goes from what it showed straight to the chart — no empty
   * or half-drawn frame — and a server-rendered chart hydrates with the template the server rendered. Being part of
   * the update, both waits are part of `updateComplete`.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits: Promise<unknown>[] = [];
    const outline = outlinePending(this.localize.wanted); // the chapter titles of the filter
    if (outline) waits.push(outline);
    if (this.mode === 'chart' && !chartModule()) waits.push(this.waitForChart());
    if (!waits.length) return super.scheduleUpdate();
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  /**
   * Settles when the chart's chunk has come, failed to load, or `chartLoad.timeout` has passed — whichever is first
   * (the last two set `_chartFailure`, which the update renders as a message). A chunk that comes after the time
   * limit is still drawn: it asks for another update.
   */
  private waitForChart(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // a new attempt (an earlier one failed): its own outcome decides
    this._chartFailure = undefined;
    this._chartError = undefined;
    const chart = loadChart().then(
      () => {
        this._chartFailure = undefined;
        this._chartError = undefined;
        this.requestUpdate(); // (no-op while this update is still pending: it renders the chart)
      },
      (error: unknown) => {
        this._chartFailure = 'failed';
        this._chartError = error;
      },
    );
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this._chartFailure ??= 'timeout';
        resolve();
      }, chartLoad.timeout);
    });
    return Promise.race([chart, limit]).finally(() => clearTimeout(timer));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') || changed.has('chapter') || changed.has('year') || !this.hasUpdated) {
      const { filter, invalid } = parseFilter({ kind: this.kind, chapter: this.chapter, year: this.year }, allFigures);
      this.filter = filter;
      for (const i of invalid) this.warnInvalid(i.attribute, i.value, i.valid);
    }
    if (changed.has('mode') && !(FIGURES_MODES as readonly string[]).includes(this.mode))
      this.warnInvalid('mode', this.mode, FIGURES_MODES);
    if (changed.has('articleHref') && this.articleHref && !isSafeHrefTemplate(this.articleHref)) {
      this.warnInvalid('article-href', this.articleHref, ['#article-{n}', '/path/{n}', 'https://…{n}']);
    }
  }

  /** The rows shown: filtered, sorted, with their texts in the locale in effect. */
  private rows(): Row[] {
    const { t, common } = this;
    const rows = filterFigures(allFigures, this.filter).map((figure): Row => {
      const f = localFigure(figure, this.localize.pack);
      return {
        figure,
        local: f,
        index: allFigures.indexOf(figure),
        label: rowLabel(figure, f, allFigures, this.labelStrings),
        value: formatValue(f),
        estimate: f.estimate ? t.estimate : '',
        year: f.year === null ? t.noYear : common.year(f.year),
        kind: f.kind === 'target' ? t.kindTarget : t.kindBaseline,
        source: common.sourceArticle(f.article),
        parts: valueParts(f),
      };
    });
    return sortRows(rows, this.sortColumn, this.sortDirection, this.localize.lang);
  }

  private headers(): Record<FiguresColumn, string> {
    const { t } = this;
    return { label: t.colLabel, value: t.colValue, year: t.colYear, kind: t.colKind, article: t.colSource };
  }

  /**
   * The CSV of the rows shown: the columns shown (the same texts, the same order), then for machines the exact phrase
   * of the text, the value as a plain number in the unit of the next column (the locale's unit: 430000 units in
   * English for 43 万套), that unit, and the year as a number (empty when the plan states none).
   */
  csv(): string {
    const { t } = this;
    const h = this.headers();
    return toCsv(
      [...COLUMNS.map((c) => h[c]), t.colPhrase, t.colNumber, t.colUnit, t.colYearNumber],
      this.rows().map(({ figure, local, ...r }) => [
        r.label,
        r.value + r.estimate,
        r.year,
        r.kind,
        r.source,
        local.phrase,
        csvNumber(figure.value * (local.scale ?? 1)),
        local.unit.trim() || (figure.unit === '倍' ? t.times : ''),
        figure.year === null ? '' : String(figure.year),
      ]),
    );
  }

  /** The JSON of the rows shown: the dataset's Figure objects, in the order shown. */
  json(): string {
    return toJson(this.rows().map((r) => r.figure));
  }

  /** Saves the rows shown as a file (after a cancelable `plan-figures-download`). */
  download(format: PlanFiguresFormat): void {
    const content = format === 'csv' ? this.csv() : this.json();
    const name = fileName(filterSlug(this.filter), format);
    // (through a helper, so that the manifest analyzer takes the event from @fires, not from this call's arguments)
    const fire = (event: Event) => this.dispatchEvent(event);
    if (!fire(new PlanFiguresDownloadEvent(format, name, content))) return;
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private sortBy(column: FiguresColumn): void {
    this.sortDirection = this.sortColumn === column && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
  }

  private setFilter(name: 'kind' | 'chapter' | 'year', e: Event): void {
    const v = (e.target as HTMLSelectElement).value;
    (this as Record<string, unknown>)[name] = v === '' ? undefined : v;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof window !== 'undefined') window.addEventListener('hashchange', this.readHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.readHash);
  }

  /** `#plan-figure=<id>` of the page's URL, when it names a figure: that row is marked and scrolled to. */
  private readonly readHash = (): void => {
    const id = this.hashBookmark ? /^#plan-figure=([\w-]+)$/.exec(location.hash)?.[1] : undefined;
    if (id && id !== this.linked && allFigures.some((f) => f.id === id)) {
      this.linked = id;
      this.scrollToLinked = true;
    }
  };

  /** A chart that could not be shown is reported once in the console (see the message in renderChart). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('hashBookmark') && this.hashBookmark) this.readHash();
    if (this.scrollToLinked) {
      const row = this.renderRoot.querySelector(`tr[data-id="${this.linked}"]`);
      if (row) {
        this.scrollToLinked = false;
        row.scrollIntoView({ block: 'nearest' });
      }
    }
    const failure = this.mode === 'chart' && !chartModule() ? this._chartFailure : undefined;
    if (!failure) return;
    const e = this._chartError;
    const why = failure === 'timeout' ? `no answer within ${chartLoad.timeout} ms` : e instanceof Error ? e.message : String(e);
    warnOnce(`<${this.localName}> mode="chart": the chart's code did not load (${why}); a short message is shown instead.`);
  }

  override render(): TemplateResult {
    const { t, common } = this;
    const chart = this.mode === 'chart';
    return html`<div part="base" class="base" role="region" aria-label=${t.label} lang=${this.localize.lang}>
      ${chart ? this.renderChart() : this.renderTable()} ${this.noCredit ? nothing : sourceCredit(common, this)}
    </div>`;
  }

  /**
   * A filter control. `?selected` sets the first render (the options do not exist yet when `.value` is set); `.value`
   * keeps the control in step with the attribute afterwards (in Firefox, once the user has picked an option,
   * `selected` attributes no longer move the selection).
   */
  private renderSelect(name: 'kind' | 'chapter' | 'year', label: string, current: string, options: [string, string][]) {
    const id = `filter-${name}`;
    return html`<span class="control"
      ><label for=${id}>${label}</label
      ><select id=${id} name=${name} .value=${live(current)} @change=${(e: Event) => this.setFilter(name, e)}>
        <option value="" ?selected=${current === ''}>${this.t.all}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${current === v}>${text}</option>`)}
      </select></span
    >`;
  }

  private renderTable(): TemplateResult {
    const { t, common } = this;
    const rows = this.rows();
    const h = this.headers();
    const f = this.filter;
    const chapters = this.localize.outline?.chapters ?? chapterSummaries;
    const sortIcon = (c: FiguresColumn) => {
      const on = this.sortColumn === c;
      const d = !on ? 'M2 4l3-3 3 3M2 6l3 3 3-3' : this.sortDirection === 'ascending' ? 'M2 6l3-3 3 3' : 'M2 4l3 3 3-3';
      return html`<svg class="sort-icon${on ? ' on' : ''}" aria-hidden="true" focusable="false" viewBox="0 0 10 10" width="10" height="10">
        ${svg`<path d=${d}></path>`}
      </svg>`;
    };
    return html`<div class="filters" part="filters">
        ${this.renderSelect('kind', t.filterKind, f.kind ?? '', [
          ['baseline', t.kindBaseline],
          ['target', t.kindTarget],
        ])}
        ${this.renderSelect(
          'chapter',
          t.filterChapter,
          f.chapter === undefined ? '' : String(f.chapter),
          chapters.map((c) => [String(c.number), t.chapterOption(c.numeral, c.title)]),
        )}
        ${this.renderSelect('year', t.filterYear, f.year === undefined ? '' : String(f.year ?? 'none'), [
          ...yearsOf(allFigures).map((y): [string, string] => [String(y), common.year(y)]),
          ['none', t.noYear],
        ])}
      </div>
      <div class="bar">
        <p class="count" part="count" role="status" aria-live="polite">${t.count(rows.length, allFigures.length)}</p>
        <div class="downloads" part="downloads" role="group" aria-label=${t.downloads}>
          <button type="button" data-format="csv" @click=${() => this.download('csv')}>${t.downloadCsv}</button>
          <button type="button" data-format="json" @click=${() => this.download('json')}>${t.downloadJson}</button>
        </div>
      </div>
      <div class="scroll">
        <table part="table">
          <caption>
            ${t.label}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map(
                (c) =>
                  html`<th scope="col" data-column=${c} aria-sort=${ifDefined(this.sortColumn === c ? this.sortDirection : undefined)}>
                    <button type="button" part="sort-button" @click=${() => this.sortBy(c)}>${h[c]}${sortIcon(c)}</button>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${
              rows.length
                ? rows.map((r) => {
                    const href = articleHref(this, this.articleHref, r.figure.article);
                    const q = (s: string) => (s ? html`<span part="qualifier">${s}</span>` : nothing);
                    const id = r.figure.id;
                    const linked = id === this.linked;
                    return html`<tr data-id=${id} aria-current=${ifDefined(linked ? 'true' : undefined)} part=${ifDefined(linked ? 'linked' : undefined)}>
                    <th scope="row">${
                      this.hashBookmark ? html`<a part="figure-link" href="#plan-figure=${id}">${r.label}</a>` : r.label
                    }</th>
                    <td class="num">
                      <span class="value" part="value">${q(r.parts.before)}${r.parts.number}${r.parts.unit}${q(r.parts.after)}</span>${
                        r.estimate ? html`<span class="est">${r.estimate}</span>` : nothing
                      }
                    </td>
                    <td>${r.year}</td>
                    <td>${r.kind}</td>
                    <td><a part="source" href=${ifDefined(href)}>${r.source}</a></td>
                  </tr>`;
                  })
                : html`<tr part="empty">
                  <td colspan="5">${t.empty}</td>
                </tr>`
            }
          </tbody>
        </table>
      </div>`;
  }

  private renderChart(): TemplateResult {
    const { t, common } = this;
    const chart = chartModule();
    if (!chart) {
      // the chunk failed or is late (in the browser), or was not preloaded (on the server, which then leaves this
      // element to the client: src/ssr/ skips an element showing part="error")
      if (isServer) warnOnce(`<${this.localName}> mode="chart": call preloadFiguresChart() before server rendering.`);
      return html`<p class="chart-heading">${t.chartHeading}</p>
        <p class="problem" part="error" role="note">${common.unavailable}</p>`;
    }
    return html`<p class="chart-heading">${t.chartHeading}</p>
      ${chart.renderChart({
        figures: allFigures,
        local: (f) => localFigure(f, this.localize.pack),
        label: (f) => rowLabel(f, localFigure(f, this.localize.pack), allFigures, this.labelStrings),
        t,
        common,
        tick: (v) => this.localize.number(v),
      })}
      <p class="note" part="note">${t.chartNote}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-figures': PlanFigures;
  }
  interface GlobalEventHandlersEventMap {
    'plan-figures-download': PlanFiguresDownloadEvent;
  }
}
