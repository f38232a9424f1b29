import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { layoutProgress, sortActuals, type ProgressActual } from '../../charts/progress-layout.js';
import { allFigures, getFigure, relatedFigures } from '../../data/figure-index.js';
import type { Figure } from '../../data/types.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { describeValue, warnOnce } from '../../internal/warn.js';
import { nearestIds } from './nearest-ids.js';
import { styles } from './plan-target.styles.js';
import { progressBar } from './progress-bar.js';
import { formatValue, valueParts } from '../../data/figure-format.js';
import { changeOf, findPair, parseActuals, type Pair } from './target-model.js';
import { targetStrings, type TargetStrings } from '../../i18n/sections/target.js';

export const VARIANTS = ['card', 'inline', 'compact'] as const;
export type PlanTargetVariant = (typeof VARIANTS)[number];

/** One host-supplied value for the progress bar, in the figure's unit (e.g. 万亿元 for gdp-2025). */
export interface PlanTargetActual {
  year?: number | null;
  value: number;
}

/**
 * One figure of the plan (a 2020-or-earlier outcome or a goal), exactly as the plan states it, with its source.
 *
 * Shows the figure's label, its value with unit and qualifier as written (超过4万亿元, 5%左右, 不低于30%,
 * 二十八连冠, 翻一番), whether it is an outcome or a goal, its year (or 原文未注明年份 — never invented), the plan's
 * exact phrase as a quotation and a link to its article. Where the plan gives a starting value and a goal of the
 * same measure and unit (GDP 2020 → 2025, R&D intensity), it shows the pair and the change, marked approximate
 * when a qualifier (超过, 左右 …) or an estimate (预计) makes it so; computed numbers go through Intl.NumberFormat.
 * Multiples (倍, 翻番) show their base instead. Values supplied by the page (`actual`/`actual-year` or `actuals`)
 * draw a progress bar toward a target, in a box labelled as page data, apart from the plan's text.
 *
 * An unknown, empty or malformed `figure` renders a small message with up to three nearest valid ids (edit
 * distance) and a `<details>` list of every id; the console warns once; nothing is thrown.
 *
 * @tagname plan-target
 * @summary A figure (baseline or target) of the Shenzhen plan: value as written, year, source phrase and link.
 *
 * @slot - Not rendered: content placed inside the tag is a fallback for readers without JavaScript and is hidden
 *   once the element has rendered.
 *
 * @csspart base - The card (card, compact) or the inline span.
 * @csspart kind - 目标 (goal) or 已实现 (outcome).
 * @csspart year - The year, or 原文未注明年份.
 * @csspart estimate - The 预计 badge of an estimated value.
 * @csspart label - The figure's short label (card, compact).
 * @csspart value - The value as written: qualifier, number and unit.
 * @csspart qualifier - The qualifier inside the value (超过, 左右 …).
 * @csspart relative-to - For multiples: what they are relative to (以二〇二〇年为基数).
 * @csspart pair - Starting value → goal of the same measure.
 * @csspart change - The computed change between the pair.
 * @csspart note - Why the change is approximate.
 * @csspart progress - The box of page-supplied values: heading, bar, legend and the values as text.
 * @csspart quote - The plan's exact phrase (`<blockquote>`, or `<q>` in compact and inline).
 * @csspart source - The link to the source article.
 * @csspart error - The message shown for an unusable `figure`.
 *
 * @cssprop --plan-target-accent - Value, kind and link colour (default: --plan-accent).
 * @cssprop --plan-target-surface - Card background (default: --plan-surface).
 * @cssprop --plan-target-border - Card and quote border (default: --plan-border).
 * @cssprop --plan-target-padding - Card padding (default: 0.75em 1em).
 * @cssprop --plan-target-max-width - Card maximum width (default: 28em).
 * @cssprop --plan-target-value-size - Font size of the value in the card (default: 1.75em).
 * @cssprop --plan-target-progress-fill - Bar fill of the page's latest value (default: the accent).
 * @cssprop --plan-target-progress-track - Bar track (default: --plan-subtle).
 */
export class PlanTarget extends PlanElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    figure: {},
    variant: { reflect: true },
    articleHref: { attribute: 'article-href' },
    actual: {},
    actualYear: { attribute: 'actual-year' },
    actuals: { attribute: false },
  };

  /** Figure id, e.g. `gdp-2025`, `rd-intensity-2025`, `export-streak` (see allFigures). */
  declare figure?: string;

  /** `card` (default), `inline` (inside a sentence, no block layout) or `compact`. Unknown values → card. */
  variant: string = 'card';

  /** Link template for the source article, `{n}` = article number (default `#article-{n}`). Unsafe → default. */
  declare articleHref?: string;

  /** A value supplied by the page, in the figure's unit (non-negative decimal). Targets only. */
  declare actual?: string;

  /** The year of `actual` (four digits). */
  declare actualYear?: string;

  /** Values supplied by the page, `[{ year, value }]`; when non-empty, used instead of `actual`. Targets only. */
  declare actuals?: readonly PlanTargetActual[];

  private get t(): TargetStrings {
    return this.localize.strings(targetStrings);
  }

  private fig?: Figure;
  private pair?: Pair;
  private hostActuals: ProgressActual[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = `<${this.localName}>`;
    if (changed.has('figure') || !this.hasUpdated) {
      this.fig = getFigure(this.figure);
      this.pair = this.fig && findPair(this.fig, relatedFigures(this.fig), allFigures);
      if (!this.fig) {
        const near = nearestIds(
          String(this.figure ?? ''),
          allFigures.map((f) => f.id),
        );
        warnOnce(
          `${tag} figure="${describeValue(this.figure ?? '')}" is not a figure id${near.length ? `; nearest: ${near.join(', ')}` : ''}. Valid ids: ${allFigures.map((f) => f.id).join(', ')}.`,
        );
      }
    }
    if (changed.has('variant') && !(VARIANTS as readonly string[]).includes(this.variant)) {
      this.warnInvalid('variant', this.variant, VARIANTS);
    }
    if (changed.has('articleHref') && this.articleHref && !isSafeHrefTemplate(this.articleHref)) {
      this.warnInvalid('article-href', this.articleHref, ['#article-{n}', '/path/{n}', 'https://…{n}']);
    }
    if (changed.has('actual') || changed.has('actualYear') || changed.has('actuals') || changed.has('figure')) {
      const given = this.actuals?.length ? this.actuals : this.actual != null ? { value: this.actual, year: this.actualYear } : [];
      const { actuals, rejected } = parseActuals(given);
      for (const r of rejected)
        warnOnce(
          `${tag} actual value or year "${describeValue(r)}" is not usable (a non-negative decimal number; a four-digit year); ignored.`,
        );
      this.hostActuals = this.fig?.kind === 'target' ? sortActuals(actuals) : [];
      if (this.fig && this.fig.kind !== 'target' && actuals.length) {
        warnOnce(`${tag} figure="${this.fig.id}" is an outcome, not a target: actual values are ignored.`);
      }
    }
  }

  override render(): TemplateResult {
    const f = this.fig;
    if (!f) return this.renderUnknown();
    const { common, t } = this;
    const href = articleHref(this.articleHref, f.article);
    const kind = html`<span part="kind">${f.kind === 'target' ? t.kindTarget : t.kindBaseline}</span>`;
    const year = html`<span part="year">${f.year === null ? t.noYear : common.year(f.year)}</span>`;
    const estimate = f.estimate ? html`<span part="estimate">${t.estimate}</span>` : nothing;
    const source = html`<a part="source" href=${href}>${common.sourceArticle(f.article)}</a>`;

    if (this.variant === 'inline') {
      const value = formatValue(f);
      const at = f.phrase.indexOf(value);
      const quote =
        at < 0 ? f.phrase : html`${f.phrase.slice(0, at)}<span part="value">${value}</span>${f.phrase.slice(at + value.length)}`;
      const sep = t.metaSeparator;
      return html`<span part="base" class="base"><q part="quote" cite=${href}>${quote}</q><span class="meta"
          >${t.metaOpen}${kind}${sep}${year}${f.estimate ? html`${sep}${estimate}` : nothing}${sep}${source}${this.renderProgressText(f, sep)}${t.metaClose}</span
        ></span>`;
    }

    const compact = this.variant === 'compact';
    return html`<div part="base" class="base" role="group" aria-label=${t.label(f.label)}>
      <p class="meta">${kind}${year}${estimate}</p>
      <p part="label">${f.label}</p>
      <p part="value">${this.renderValue(f)}</p>
      ${f.base ? html`<p part="relative-to">${t.relativeTo(f.base)}</p>` : nothing} ${this.renderPair(f)}
      ${this.renderProgress(f)}
      ${
        compact
          ? html`<p><q part="quote" cite=${href}>${f.phrase}</q></p>`
          : html`<blockquote part="quote" cite=${href}><p>${f.phrase}</p></blockquote>`
      }
      <p class="source">${source}</p>
    </div>`;
  }

  private renderValue(f: Figure): TemplateResult {
    const p = valueParts(f);
    const q = (s: string) => (s ? html`<span part="qualifier">${s}</span>` : nothing);
    return html`${q(p.before)}<span class="number">${p.number}</span>${p.unit}${q(p.after)}`;
  }

  /** A value with its year (when the plan states one). */
  private dated(year: number | null, value: string): string {
    const { common, t } = this;
    return year === null ? value : t.withYear(common.year(year), value);
  }

  private renderPair(f: Figure): TemplateResult | typeof nothing {
    if (!this.pair) return nothing;
    const { t } = this;
    const c = changeOf(this.pair);
    const approx = (s: string) => (c.approximate ? t.approx(s) : s);
    const num = (v: number, o: Intl.NumberFormatOptions) => this.localize.number(v, { signDisplay: 'exceptZero', ...o });
    const delta = num(c.delta, { maximumFractionDigits: c.digits });
    const amount = approx(c.points ? t.points(delta) : delta + f.unit);
    const relative = c.relative === null ? null : approx(num(c.relative, { style: 'percent', maximumFractionDigits: 0 }));
    const end = (x: Figure) =>
      html`<span class=${x === f ? 'current' : nothing}>${this.dated(x.year, formatValue(x))}</span>${
        x.estimate ? html`<span part="estimate">${t.estimate}</span>` : nothing
      }`;
    return html`<p part="pair">
        ${end(this.pair.from)}<span aria-hidden="true"> → </span><span class="visually-hidden">${t.pairTo}</span>${end(this.pair.to)}
      </p>
      <p part="change">
        ${t.change(amount, relative)}
        ${
          c.approximate
            ? html`<small part="note">${c.qualifiers.length ? t.approxQualifiers(c.qualifiers) : nothing}${
                c.estimate ? t.approxEstimate : nothing
              }</small>`
            : nothing
        }
      </p>`;
  }

  /** One host value as text: 2023年：3.46万亿元 (numbers through Intl). */
  private actualText(a: ProgressActual, unit: string): string {
    return this.dated(a.year, this.localize.number(a.value) + unit);
  }

  /** The latest host value and its share of the target. */
  private latestText(f: Figure): string {
    const { t } = this;
    const latest = this.hostActuals[this.hostActuals.length - 1];
    const text = this.actualText(latest, f.unit);
    return f.value > 0
      ? t.ofTarget(text, this.localize.number(latest.value / f.value, { style: 'percent', maximumFractionDigits: 0 }))
      : text;
  }

  private renderProgressText(f: Figure, sep: string): string {
    if (!this.hostActuals.length) return '';
    const { t } = this;
    return sep + t.pageData(this.latestText(f));
  }

  /** The bar is positioned by CSS (progress-bar.ts): no ResizeObserver, the same on the server as in the browser. */
  private renderProgress(f: Figure): TemplateResult | typeof nothing {
    const start = this.pair && this.pair.from !== f ? this.pair.from.value : null;
    const marks = layoutProgress({ target: f.value, baseline: start, actuals: this.hostActuals });
    if (!marks) return nothing;
    const { t } = this;
    const earlier = this.hostActuals.slice(0, -1);
    return html`<div part="progress" class="progress" role="group" aria-label=${t.progressHeading}>
      <p>${t.progressHeading}</p>
      ${progressBar(marks)}
      <p class="legend" aria-hidden="true">
        <span>${t.legendActual}</span><span class="key-target">${t.legendTarget}</span>${
          start === null ? nothing : html`<span class="key-baseline">${t.legendBaseline}</span>`
        }
      </p>
      <ol class="actuals">
        ${earlier.map((a) => html`<li>${this.actualText(a, f.unit)}</li>`)}
        <li>${this.latestText(f)}</li>
      </ol>
    </div>`;
  }

  private renderUnknown(): TemplateResult {
    const { common, t } = this;
    const ids = allFigures.map((f) => f.id);
    const near = nearestIds(String(this.figure ?? ''), ids);
    return html`<div class="problem" part="error" role="note">
      <strong>${common.invalidInput('figure')}</strong>
      ${near.length ? html`<span>${t.suggestions(near.join(common.listSeparator))}</span>` : nothing}
      <details>
        <summary>${t.allIds(ids.length)}</summary>
        <span class="ids">${ids.join(common.listSeparator)}</span>
      </details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-target': PlanTarget;
  }
}
