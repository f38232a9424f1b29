import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { layoutTimeline, type TimelineLayout, type TimelineOrientation } from '../../charts/timeline-layout.js';
import { STAGE_IDS, stageFigureChips, stages as allStages } from '../../data/stages.js';
import type { Stage, StageFigure, StageId } from '../../data/types.js';
import { PlanEvent } from '../../internal/events.js';
import { valueParts } from '../../data/figure-format.js';
import { cssProps } from '../../internal/css-props.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { replaceFragment } from '../../internal/fragment.js';
import { em, renderTimelineChart } from './timeline-chart.js';
import { copyText } from '../plan-article/clipboard.js';
import { styles } from './plan-timeline.styles.js';
import { timelineStrings, type TimelineStrings } from '../../i18n/sections/timeline.js';

export const ORIENTATIONS = ['auto', 'horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
/** The stage selected when `selected` is absent or unusable (if it is shown; else the first shown stage). */
export const DEFAULT_STAGE: StageId = '2025';

/**
 * Fired when the user selects a stage (click, arrow keys, Space/Enter), not when `selected` is set by the page.
 * When it fires, the element's public state (`selected`, `selectedStage`) already is the new stage.
 */
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

/** The fragment of a share link, `#plan-stage=2035` (`hash-bookmark`). */
const BOOKMARK = /^#plan-stage=([\w-]{1,20})$/;

/**
 * The plan's milestones on one axis: the 2020 starting point (the 13th Five-Year outcomes), 2025, 2030, 2035 and
 * mid-century (本世纪中叶, drawn after 2035 at an approximate position and never labelled as a year). Each stage
 * shows its headline; the selected stage's goals, figures and source article appear in the details panel.
 *
 * Layout comes from CSS, not from measuring: `orientation="auto"` (default) is a container query on the
 * element's own width — horizontal from 45em (30em with three stages or fewer, or `compact`), vertical below —
 * and the chart is drawn in fractions of the list's length, so the first paint and server-rendered HTML are
 * final, and moving, hiding, showing, resizing or re-sizing the font of the element needs no script.
 *
 * Keyboard and screen readers: the stages are a radio group (one tab stop; every arrow key moves and selects,
 * Home/End go to the ends; Space/Enter or a click select too). The SVG axis is decorative (aria-hidden). The
 * details panel is a region named by the selected stage; a polite live region announces a selection made by the
 * user — not one made by the page (scrollytelling pages set `selected` without chatter).
 *
 * Default selection: **2025**, the most newsworthy stage (the 14th Five-Year goals); if `stages` leaves it out,
 * the first shown stage.
 *
 * Source references (原文第N条 in the details panel, 第N条 on figures from another article) are links only where
 * they lead somewhere: through the page's `article-href` template, or to `#article-N` when the page has an element
 * with that id (checked when the element renders); otherwise they are the same words as plain text. Under the
 * chart, a source credit names the plan (title, adoption date) and links to the official text; `no-credit` hides it.
 *
 * Bad input (unknown `selected`, `stages` ids, `orientation`, `theme`, an unsafe `article-href`) falls back to
 * the default, renders normally and warns once in the console naming the valid values.
 *
 * @tagname plan-timeline
 * @summary Milestone timeline of the plan: 2020 → 2025 → 2030 → 2035 → mid-century.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart axis - The year axis (two layered SVGs: lines, then markers and tick labels).
 * @csspart stage - Each stage (a radio button in the list; the selected one also has `stage-selected`).
 * @csspart stage-selected - The selected stage.
 * @csspart details - The details panel of the selected stage.
 * @csspart figure - A figure chip in the details panel.
 * @csspart source-link - The source article (原文第N条): a link where it leads somewhere, else text.
 * @csspart credit - The source credit line (来源：the plan's title and adoption date, linking to the official text).
 *
 * @cssprop [--plan-timeline-accent=var(--plan-accent)] - Selected marker, connector, stage highlight and the background
 *   of the selected stage's label (default: --plan-accent).
 * @cssprop [--plan-timeline-axis-color=var(--plan-muted)] - Axis, ticks and connectors (default: --plan-muted).
 * @cssprop [--plan-timeline-marker-fill=Canvas] - Fill of unselected markers (default: the scheme's Canvas).
 * @cssprop [--plan-timeline-chip-background=var(--plan-subtle)] - Background of figure chips (default: --plan-subtle).
 * @cssprop [--plan-timeline-gap=1rem] - Space between the chart, the details panel and their parts (default: 1rem).
 *
 * @cssprop [--plan-accent=light-dark(#b3261e, #ffb4ab)] - Shared accent: selected marker, connector and stage
 *   highlight, unless --plan-timeline-accent is set (default: #b3261e light / #ffb4ab dark).
 * @cssprop [--plan-accent-contrast=light-dark(#ffffff, #2b0b08)] - Shared colour of text on the accent: the selected
 *   stage's label (default: #ffffff light / #2b0b08 dark). Keep it readable on --plan-timeline-accent when that is set.
 * @cssprop [--plan-text=light-dark(#1b1b1f, #ece7e6)] - Shared text colour; also the selected tick (default: #1b1b1f
 *   light / #ece7e6 dark).
 * @cssprop [--plan-muted=light-dark(#56565e, #bdb6b5)] - Shared secondary text: axis (unless --plan-timeline-axis-color
 *   is set), tick and stage labels, notes, credit (default: #56565e light / #bdb6b5 dark).
 * @cssprop [--plan-surface=transparent] - Shared background of the element (default: transparent; unselected
 *   markers, which hide the axis, are filled with the scheme's Canvas unless --plan-timeline-marker-fill is set).
 * @cssprop [--plan-subtle=#8882] - Shared faint background: selected stage, and
 *   figure chips unless --plan-timeline-chip-background is set (default: #8882, a translucent grey).
 * @cssprop [--plan-border=light-dark(#c9c5c5, #57524f)] - Shared border: the details panel and tags (default: #c9c5c5
 *   light / #57524f dark).
 * @cssprop [--plan-focus-ring=light-dark(#1a5fb4, #9ecaff)] - Shared focus outline of the stage buttons and links
 *   (default: #1a5fb4 light / #9ecaff dark).
 * @cssprop [--plan-font-family=inherit] - Shared font stack (default: not set, so the page's font is inherited). When set, it comes first in every part, followed by the CJK stack of the part's locale and sans-serif.
 * @cssprop [--plan-font-zh-hans='PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] - CJK stack of Simplified Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-hk='PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC'] - CJK stack of Hong Kong Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-tw='PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'] - CJK stack of Taiwan Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-radius=6px] - Shared corner radius: stages, the details panel and figure chips (default: 6px).
 *
 * @fires {PlanStageSelectEvent} plan-stage-select - The reader selected a stage (click, keys): `event.stage` is its id
 *   (`2020`, `2025`, `2030`, `2035`, `mid-century`), `event.previous` the stage selected before; `selected` is already
 *   the new stage. Not fired when the page sets `selected`, nor for a share link's `#plan-stage=`.
 * @event {PlanStageSelectEvent} plan-stage-select
 */
export class PlanTimeline extends PlanElement {
  static override styles = [...styles, creditStyles];

  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    stages: {},
    orientation: { reflect: true },
    compact: { type: Boolean, reflect: true },
    articleHref: { attribute: 'article-href' },
    noCredit: { type: Boolean, attribute: 'no-credit' },
    hashBookmark: { type: Boolean, attribute: 'hash-bookmark' },
    announcement: { state: true, attribute: false },
  };

  /** Selected stage. Reflects. Default 2025 (or the first shown stage when `stages` leaves 2025 out). */
  declare selected?: '2020' | '2025' | '2030' | '2035' | 'mid-century';

  /** Comma-separated subset of stage ids to show, e.g. "2025,2030,2035". Unknown ids are ignored. Default: all. */
  declare stages?: string;

  /**
   * `auto` (default): horizontal where the element is at least 45em wide (30em with ≤ 3 stages or `compact`),
   * else vertical — decided by a CSS container query, so it needs no script and no measurement.
   */
  declare orientation?: 'auto' | 'horizontal' | 'vertical';

  /** Axis and stage labels only, no details panel. */
  compact = false;

  /**
   * Link template for source articles, `{n}` = article number, e.g. `/plan/article-{n}`. Without it, a source
   * links to `#article-N` only when the page has an element with that id, else it is plain text.
   */
  declare articleHref?: string;

  /** Hides the source credit line (来源：the plan's title and adoption date). */
  noCredit = false;

  /**
   * Share links (opt-in, as TimelineJS's `hash_bookmark`): the page's URL fragment `#plan-stage=2035` selects that
   * stage on load and when the fragment changes, and the reader's selection writes it with `history.replaceState`
   * (the address is always a link to what the reader sees, and the back button is not flooded). The details panel
   * gets a 复制链接 button that copies that link.
   */
  hashBookmark = false;

  private announcement = '';
  private get t(): TimelineStrings {
    return this.localize.strings(timelineStrings);
  }

  private shown: readonly Stage[] = allStages;
  private shownKey?: string;
  private layouts = new Map<string, TimelineLayout>();

  /** The stages shown, in chronological order (after `stages` is applied). */
  get shownStages(): readonly Stage[] {
    this.syncStages();
    return this.shown;
  }

  /** The stage in effect (after validation of `selected` against the shown stages); always current. */
  get selectedStage(): Stage | undefined {
    this.syncStages();
    return this.resolveSelected(false);
  }

  /**
   * The orientation in effect. `auto` is resolved by CSS (a container query), so this reads the rendered
   * result: which of the two charts is displayed. Before the first render (and on the server): `horizontal`.
   */
  get effectiveOrientation(): TimelineOrientation {
    const o = this.orientation;
    if (o === 'horizontal' || o === 'vertical') return o;
    const vertical = this.renderRoot?.querySelector?.('.axis.vertical');
    return vertical && getComputedStyle(vertical).display !== 'none' ? 'vertical' : 'horizontal';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof window !== 'undefined') window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    if (this.hashBookmark) this.readHash();
  };

  /** `#plan-stage=<id>` of the page's URL selects that stage, when it is one of the shown stages (silently). */
  private readHash(): void {
    const id = BOOKMARK.exec(typeof location === 'undefined' ? '' : location.hash)?.[1];
    if (id && this.shown.some((s) => s.id === id) && id !== this.selectedStage?.id) this.selected = id as StageId;
  }

  /** The link to stage `id` on this page (`#plan-stage=id`). */
  private stageLink(id: StageId): string {
    const url = new URL(location.href);
    url.hash = `plan-stage=${id}`;
    return url.href;
  }

  private async onShare(e: Event): Promise<void> {
    const id = this.selectedStage?.id;
    if (!id) return;
    const ok = await copyText(this.stageLink(id), e.currentTarget as HTMLElement);
    this.announcement = ok ? this.t.linkCopied : this.t.copyFailed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.syncStages();
    if (changed.has('hashBookmark') && this.hashBookmark) this.readHash();
    if (changed.has('selected') || changed.has('stages')) {
      // only user selections are announced: they set `announcement` with `selected` (select()); a change made by the
      // page alone (scrollytelling) clears it and stays silent
      if (!(changed as PropertyValues).has('announcement')) this.announcement = '';
      this.resolveSelected(true);
    }
    if (changed.has('orientation') && this.orientation != null && !(ORIENTATIONS as readonly string[]).includes(this.orientation)) {
      this.warnInvalid('orientation', this.orientation, ORIENTATIONS);
    }
    if (changed.has('articleHref') && this.articleHref != null && !isSafeHrefTemplate(this.articleHref)) {
      this.warnInvalid('article-href', this.articleHref, ['#article-{n}', '/plan/article-{n}', 'https://…{n}']);
    }
  }

  /** Re-parses `stages` when it changed (synchronously, so that getters are right between renders). */
  private syncStages(): void {
    const key = this.stages ?? '';
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.shown = this.parseStages(this.stages);
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

  private resolveSelected(warn: boolean): Stage | undefined {
    const fallback = this.shown.find((s) => s.id === DEFAULT_STAGE) ?? this.shown[0];
    if (this.selected == null || (this.selected as string) === '') return fallback;
    const found = this.shown.find((s) => s.id === this.selected);
    if (!found && warn)
      this.warnInvalid(
        'selected',
        this.selected,
        this.shown.map((s) => s.id),
      );
    return found ?? fallback;
  }

  /** A stage's text (label, headline, goals) in the locale in effect. */
  private text(stage: Stage): Stage {
    return this.localize.pack?.stages.find((s) => s.id === stage.id) ?? stage;
  }

  /** A stage's figure chips in the locale in effect. */
  private chips(stage: Stage): readonly StageFigure[] {
    const pack = this.localize.pack;
    return pack ? (pack.stageFigures[stage.id] ?? []) : stageFigureChips(stage);
  }

  private layout(orientation: TimelineOrientation): TimelineLayout {
    const key = `${orientation}|${this.localize.code}|${this.shown.map((s) => s.id).join()}`;
    let layout = this.layouts.get(key);
    if (!layout) {
      layout = layoutTimeline(
        this.shown.map((s) => this.text(s)),
        { orientation },
      );
      this.layouts.set(key, layout);
    }
    return layout;
  }

  /**
   * User selection (click, arrow keys, Space/Enter): updates `selected` synchronously, announces it, then fires
   * the event — so a handler already sees the new state.
   */
  private select(id: StageId, focus = false): void {
    const stage = this.shown.find((s) => s.id === id);
    if (!stage) return;
    const previous = this.selectedStage?.id;
    if (focus) void this.updateComplete.then(() => this.stageButton(id)?.focus());
    if (previous === id) return;
    this.selected = id;
    const { label, headline } = this.text(stage);
    this.announcement = this.t.selectedAnnouncement(label, headline);
    if (this.hashBookmark && location.hash !== `#plan-stage=${id}`) replaceFragment(`#plan-stage=${id}`);
    // (a variable: the manifest analyzer takes the event's name from @fires, not from the constructor's argument)
    const event = new PlanStageSelectEvent(id, previous);
    this.dispatchEvent(event);
  }

  private stageButton(id: StageId): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.stage[data-stage="${id}"]`);
  }

  /** Radio group keys: every arrow moves and selects (whatever the orientation), Home/End go to the ends. */
  private onKeyDown(event: KeyboardEvent): void {
    const shown = this.shown;
    const from = Math.max(
      0,
      shown.findIndex((s) => s.id === this.selectedStage?.id),
    );
    const rtl = getComputedStyle(this).direction === 'rtl';
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
        to = rtl ? from - 1 : from + 1;
        break;
      case 'ArrowDown':
        to = from + 1;
        break;
      case 'ArrowLeft':
        to = rtl ? from + 1 : from - 1;
        break;
      case 'ArrowUp':
        to = from - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = shown.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    // wraps around, as radio groups do
    const next = shown[(to + shown.length) % shown.length];
    if (next) this.select(next.id, true);
  }

  override render(): TemplateResult {
    const { t } = this;
    const current = this.selectedStage;
    const selected = current?.id;
    const o = this.orientation === 'horizontal' || this.orientation === 'vertical' ? this.orientation : 'auto';
    const charts = (o === 'auto' ? (['horizontal', 'vertical'] as const) : [o]).map((orientation) =>
      renderTimelineChart(this.layout(orientation), selected, (id) => this.select(id)),
    );
    const few = this.shown.length <= 3 || this.compact;
    const approximate = this.shown.find((s) => s.year === null);
    return html`<div part="base" class="base ${o}${few ? ' few' : ''}${this.compact ? ' compact' : ''}" lang=${this.localize.lang}>
      <div class="chart" style=${cssProps({ '--_n': String(this.shown.length), '--_gutter': `calc(${em(this.layout('vertical').width)} * 0.75)` })}>
        ${charts}
        <div class="stages" role="radiogroup" aria-label=${t.stagesLabel} @keydown=${this.onKeyDown}>
          ${this.shown.map((stage) => {
            const s = this.text(stage);
            const on = s.id === selected;
            return html`<div class="slot">
              <button
                type="button"
                role="radio"
                class="stage${on ? ' selected' : ''}"
                part=${on ? 'stage stage-selected' : 'stage'}
                data-stage=${s.id}
                tabindex=${on ? 0 : -1}
                aria-checked=${on ? 'true' : 'false'}
                @click=${() => this.select(s.id)}
              >
                <span class="stage-label">${s.label}</span>
                <span class="stage-headline">${s.headline}</span>
              </button>
            </div>`;
          })}
        </div>
      </div>
      ${approximate ? html`<p class="note">${t.approximateNote(this.text(approximate).label)}</p>` : nothing}
      ${this.compact || !current ? nothing : this.renderDetails(current)}
      ${this.noCredit ? nothing : sourceCredit(this.common, this)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderDetails(shown: Stage): TemplateResult {
    const { t, common } = this;
    const stage = this.text(shown);
    const figs = this.chips(stage);
    return html`<section part="details" class="details" aria-labelledby="details-label">
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
      <p class="source">${this.sourceRef(stage.article, common.sourceArticle(stage.article), 'source-link')}</p>
      ${
        this.hashBookmark
          ? html`<p class="share">
              <button type="button" class="share-button" part="button share" @click=${this.onShare}>
                ${t.copyLink}<span class="visually-hidden">${t.copyLinkContext(stage.label)}</span>
              </button>
            </p>`
          : nothing
      }
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
      ${f.article !== stage.article ? this.sourceRef(f.article, common.articleNumber(f.article), undefined, 'figure-source') : nothing}
    </li>`;
  }

  /** A reference to article `n`: a link where it leads somewhere (internal/href.ts), else the same words as text (an <a> without href). */
  private sourceRef(n: number, words: string, part?: string, cls?: string): TemplateResult {
    // one template with or without href (an <a> without href is plain text): see plan-target's source
    return html`<a part=${ifDefined(part)} class=${ifDefined(cls)} href=${ifDefined(articleHref(this, this.articleHref, n))}>${words}</a>`;
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
