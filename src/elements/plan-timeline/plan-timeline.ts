import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { layoutTimeline, type TimelineLayout, type TimelineOrientation } from '../../charts/timeline-layout.js';
import { STAGE_IDS, stageFigureChips, stages as allStages } from '../../data/stages.js';
import type { Stage, StageFigure, StageId } from '../../data/types.js';
import { PlanEvent } from '../../internal/events.js';
import { valueParts } from '../../data/figure-format.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { SizeController } from '../../internal/size-controller.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { renderTimelineChart } from './timeline-chart.js';
import { styles } from './plan-timeline.styles.js';
import { timelineStrings, type TimelineStrings } from '../../i18n/sections/timeline.js';

export const ORIENTATIONS = ['auto', 'horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
/** The stage selected when `selected` is absent or unusable (if it is shown; else the first shown stage). */
export const DEFAULT_STAGE: StageId = '2025';
/** Below this own width (px), `orientation="auto"` lays the timeline out vertically. */
export const VERTICAL_BELOW = 480;

/** Fired when the user selects a stage (click, Enter or Space), not when `selected` is set by the page. */
export class PlanStageSelectEvent extends PlanEvent {
  static readonly eventName = 'plan-stage-select';
  constructor(
    /** The selected stage's id: 2020 | 2025 | 2030 | 2035 | mid-century. */
    readonly stage: StageId,
    /** The stage selected before, if any. */
    readonly previous: StageId | undefined,
  ) {
    super(PlanStageSelectEvent.eventName);
  }
}

/**
 * The plan's milestones on one axis: the 2020 starting point (the 13th Five-Year outcomes), 2025, 2030, 2035 and
 * mid-century (本世纪中叶, drawn after 2035 at an approximate position and never labelled as a year). Each stage
 * shows its headline; the selected stage's goals, figures and source article appear in the details panel.
 *
 * The SVG axis is decorative for assistive technology; the ordered list of stages (buttons with headlines) is
 * its accessible equivalent and the keyboard control: one tab stop, ←/→ (also ↑/↓ when vertical), Home/End
 * move, Enter/Space or click selects. The details panel is a region named by the selected stage, and a polite
 * live region announces a new selection.
 *
 * Default selection: **2025**, the most newsworthy stage (the 14th Five-Year goals); if `stages` leaves it out,
 * the first shown stage.
 *
 * Bad input (unknown `selected`, `stages` ids, `orientation`, `theme`, an unsafe `article-href`) falls back to
 * the default, renders normally and warns once in the console naming the valid values.
 *
 * @tagname plan-timeline
 * @summary Milestone timeline of the plan: 2020 → 2025 → 2030 → 2035 → mid-century.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart axis - The SVG year axis (markers, tick labels, connectors).
 * @csspart stage - Each stage button in the list (the selected one also has `stage-selected`).
 * @csspart stage-selected - The selected stage button.
 * @csspart details - The details panel of the selected stage.
 * @csspart figure - A figure chip in the details panel.
 * @csspart source-link - The link to the source article.
 *
 * @cssprop --plan-timeline-accent - Selected marker, connector and stage highlight (default: --plan-accent).
 * @cssprop --plan-timeline-axis-color - Axis, ticks and connectors (default: --plan-muted).
 * @cssprop --plan-timeline-marker-fill - Fill of unselected markers (default: --plan-surface).
 * @cssprop --plan-timeline-chip-background - Background of figure chips (default: --plan-subtle).
 * @cssprop --plan-timeline-gap - Space between the chart, the details panel and their parts (default: 1rem).
 *
 * @fires {PlanStageSelectEvent} plan-stage-select - The user selected a stage; `event.stage` is its id.
 * @event {PlanStageSelectEvent} plan-stage-select
 */
export class PlanTimeline extends PlanElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    stages: {},
    orientation: { reflect: true },
    compact: { type: Boolean, reflect: true },
    articleHref: { attribute: 'article-href' },
    focusIndex: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    layoutWidth: { state: true, attribute: false },
    listHeight: { state: true, attribute: false },
  };

  /** Selected stage: 2020 | 2025 | 2030 | 2035 | mid-century. Reflects. Default 2025. */
  declare selected?: string;

  /** Comma-separated subset of stage ids to show, e.g. "2025,2030,2035". Unknown ids are ignored. Default: all. */
  declare stages?: string;

  /** auto | horizontal | vertical. `auto` is vertical when the element is narrower than 480 px. */
  declare orientation?: string;

  /** Axis and stage labels only, no details panel. */
  compact = false;

  /** Link template for the source article, `{n}` = article number, e.g. `/plan/article-{n}`. Default `#article-{n}`. */
  declare articleHref?: string;

  private focusIndex = -1;
  private announcement = '';
  /** The widths and heights the layout uses: measurements applied a frame later (see `updated`). */
  private layoutWidth = 0;
  private listHeight = 0;

  private readonly size = new SizeController(this);
  private measuredListHeight = 0;
  private get t(): TimelineStrings {
    return this.localize.strings(timelineStrings);
  }

  private frame?: number;
  private listObserver?: ResizeObserver;
  private observedList?: Element;
  private shown: readonly Stage[] = allStages;
  private current?: Stage;
  private layoutCache?: { key: string; layout: TimelineLayout };

  /** The stages shown, in chronological order (after `stages` is applied). */
  get shownStages(): readonly Stage[] {
    return this.shown;
  }

  /** The stage in effect (after validation of `selected` against the shown stages). */
  get selectedStage(): Stage | undefined {
    return this.current;
  }

  /** The orientation in effect: `auto` resolved with the element's own width (0 = unknown → horizontal). */
  get effectiveOrientation(): TimelineOrientation {
    const o = this.orientation;
    if (o === 'horizontal' || o === 'vertical') return o;
    return this.layoutWidth > 0 && this.layoutWidth < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listObserver?.disconnect();
    this.listObserver = undefined;
    this.observedList = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('stages')) this.shown = this.parseStages(this.stages);
    if (!this.hasUpdated || changed.has('selected') || changed.has('stages')) {
      const previous = this.current;
      this.current = this.resolveSelected();
      if (this.hasUpdated && this.current && this.current !== previous) {
        this.announcement = this.t.selectedAnnouncement(this.current.label, this.current.headline);
      }
    }
    if (changed.has('orientation') && this.orientation != null && !(ORIENTATIONS as readonly string[]).includes(this.orientation)) {
      this.warnInvalid('orientation', this.orientation, ORIENTATIONS);
    }
    if (changed.has('articleHref') && this.articleHref != null && !isSafeHrefTemplate(this.articleHref)) {
      this.warnInvalid('article-href', this.articleHref, ['#article-{n}', '/plan/article-{n}', 'https://…{n}']);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeList();
    this.applyMeasurements();
  }

  /**
   * Applies new measurements (own width from the SizeController, list height) in the next frame rather than
   * inside the ResizeObserver callback: a re-layout there changes the element's height, which the browser
   * could only report in the same frame as an error ("ResizeObserver loop completed with undelivered
   * notifications").
   */
  private applyMeasurements(): void {
    if (this.frame !== undefined) return;
    if (this.size.width === this.layoutWidth && this.measuredListHeight === this.listHeight) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.layoutWidth = this.size.width;
      this.listHeight = this.measuredListHeight;
    });
  }

  /** Parses `stages`: known ids in chronological order; unknown ids are ignored (warned); none valid → all. */
  private parseStages(value: string | undefined): readonly Stage[] {
    if (value == null || value.trim() === '') return allStages;
    const tokens = value.split(/[\s,，、]+/).filter(Boolean);
    const wanted = new Set(tokens);
    const unknown = tokens.filter((t) => !(STAGE_IDS as readonly string[]).includes(t));
    const shown = allStages.filter((s) => wanted.has(s.id));
    if (!shown.length) {
      this.warnInvalid('stages', value, STAGE_IDS);
      return allStages;
    }
    if (unknown.length) {
      warnOnce(
        `<${this.localName}> stages="${describeValue(value)}" has unknown ids (${describeValue(unknown.join(', '))}); valid values: ${STAGE_IDS.join(', ')}. They are ignored.`,
      );
    }
    return shown;
  }

  private resolveSelected(): Stage | undefined {
    const fallback = this.shown.find((s) => s.id === DEFAULT_STAGE) ?? this.shown[0];
    if (this.selected == null || this.selected === '') return fallback;
    const found = this.shown.find((s) => s.id === this.selected);
    if (!found)
      this.warnInvalid(
        'selected',
        this.selected,
        this.shown.map((s) => s.id),
      );
    return found ?? fallback;
  }

  /** Vertical connectors end at the list rows: track the list's height (the rows share it equally). */
  private observeList(): void {
    const list = this.renderRoot.querySelector('ol.stages');
    if (!list || list === this.observedList || typeof ResizeObserver === 'undefined') return;
    this.listObserver?.disconnect();
    this.observedList = list;
    this.listObserver = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const height = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
      if (height !== this.measuredListHeight) {
        this.measuredListHeight = height;
        this.applyMeasurements();
      }
    });
    this.listObserver.observe(list);
  }

  private layout(orientation: TimelineOrientation): TimelineLayout {
    const width = orientation === 'horizontal' ? this.layoutWidth : 0;
    const height = orientation === 'vertical' ? this.listHeight : 0;
    const key = `${orientation}|${width}|${height}|${this.localize.code}|${this.shown.map((s) => s.id).join()}`;
    if (this.layoutCache?.key !== key) {
      const formatYear = this.common.year;
      this.layoutCache = { key, layout: layoutTimeline(this.shown, { orientation, width, height, formatYear }) };
    }
    return this.layoutCache.layout;
  }

  /** User selection (click, Enter/Space on a stage button, click on a marker): select, then fire the event. */
  private select(id: StageId): void {
    const index = this.shown.findIndex((s) => s.id === id);
    if (index < 0) return;
    this.focusIndex = index;
    const previous = this.current?.id;
    if (previous === id) return;
    this.selected = id;
    const event = new PlanStageSelectEvent(id, previous);
    this.dispatchEvent(event);
  }

  private tabStop(): number {
    if (this.focusIndex >= 0 && this.focusIndex < this.shown.length) return this.focusIndex;
    return Math.max(
      0,
      this.shown.findIndex((s) => s === this.current),
    );
  }

  private onKeyDown(event: KeyboardEvent): void {
    const vertical = this.effectiveOrientation === 'vertical';
    const last = this.shown.length - 1;
    const button = (event.target as Element).closest?.('button.stage');
    const buttons = [...this.renderRoot.querySelectorAll('button.stage')];
    const from = button ? buttons.indexOf(button) : this.tabStop();
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
        to = from + 1;
        break;
      case 'ArrowLeft':
        to = from - 1;
        break;
      case 'ArrowDown':
        if (!vertical) return;
        to = from + 1;
        break;
      case 'ArrowUp':
        if (!vertical) return;
        to = from - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusIndex = Math.min(last, Math.max(0, to));
    void this.updateComplete.then(() => {
      this.renderRoot.querySelectorAll<HTMLButtonElement>('button.stage')[this.focusIndex]?.focus();
    });
  }

  override render(): TemplateResult {
    const { t, common } = this;
    const orientation = this.effectiveOrientation;
    const layout = this.layout(orientation);
    const selected = this.current?.id;
    const tabStop = this.tabStop();
    const approximate = this.shown.find((s) => s.year === null);
    return html`<div part="base" class="base ${orientation}${this.compact ? ' compact' : ''}">
      <div class="chart" style="--_n:${this.shown.length};--_gutter:${layout.width}px">
        ${renderTimelineChart(layout, selected, (id) => this.select(id))}
        <ol class="stages" aria-label=${t.stagesLabel} @keydown=${this.onKeyDown}>
          ${this.shown.map((s, i) => {
            const on = s.id === selected;
            return html`<li class="slot">
              <button
                type="button"
                class="stage${on ? ' selected' : ''}"
                part=${on ? 'stage stage-selected' : 'stage'}
                data-stage=${s.id}
                tabindex=${i === tabStop ? 0 : -1}
                aria-pressed=${on ? 'true' : 'false'}
                @click=${() => this.select(s.id)}
              >
                <span class="stage-label">${s.label}</span>
                <span class="stage-headline">${s.headline}</span>
              </button>
            </li>`;
          })}
        </ol>
      </div>
      ${approximate ? html`<p class="note">${t.approximateNote(approximate.label)}</p>` : nothing}
      ${this.compact || !this.current ? nothing : this.renderDetails(this.current)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderDetails(stage: Stage): TemplateResult {
    const { t, common } = this;
    const figs = stageFigureChips(stage);
    return html`<section part="details" class="details" role="region" aria-labelledby="details-label">
      <p class="details-label" id="details-label">${stage.label}</p>
      <p class="details-headline">${stage.headline}</p>
      <p class="section-title" id="goals-title">${stage.kind === 'outcome' ? t.outcomesHeading : t.goalsHeading}</p>
      <ul class="goals" aria-labelledby="goals-title">
        ${stage.goals.map((g) => html`<li>${g}</li>`)}
      </ul>
      ${
        figs.length
          ? html`<p class="section-title" id="figures-title">${t.figuresHeading}</p>
            <ul class="figures" aria-labelledby="figures-title">
              ${figs.map((f) => this.renderFigure(f, stage))}
            </ul>`
          : nothing
      }
      <p class="source">
        <a part="source-link" href=${articleHref(this.articleHref, stage.article)}>${common.sourceArticle(stage.article)}</a>
      </p>
    </section>`;
  }

  private renderFigure(f: StageFigure, stage: Stage): TemplateResult {
    const { t, common } = this;
    const p = valueParts(f);
    const q = (s: string) => (s ? html`<span class="qualifier">${s}</span>` : nothing);
    return html`<li class="figure" part="figure">
      <span class="figure-label">${f.label}</span>
      <span class="figure-value"
        >${q(p.before)}<strong class="value">${p.number}</strong>${p.unit ? html`<span class="unit">${p.unit}</span>` : nothing}${q(
          p.after,
        )}</span
      >
      ${f.estimate ? html`<span class="tag">${t.estimate}</span>` : nothing}
      ${f.base ? html`<span class="figure-base">${t.figureBase(f.base)}</span>` : nothing}
      ${
        f.article !== stage.article
          ? html`<a class="figure-source" href=${articleHref(this.articleHref, f.article)}>${common.articleNumber(f.article)}</a>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-timeline': PlanTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'plan-stage-select': PlanStageSelectEvent;
  }
}
