import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { layoutProgress, sortActuals, type ProgressActual } from '../../charts/progress-layout.js';
import { allFigures, getFigure, relatedFigures } from '../../data/figure-index.js';
import type { Figure } from '../../data/types.js';
import { localFigure, type LocalFigure } from '../../i18n/packs.js';
import { articleHref, isSafeHrefTemplate } from '../../internal/href.js';
import { PlanElement } from '../../internal/plan-element.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import { describeValue, pendingWarnings, warnOnce } from '../../internal/warn.js';
import { styles } from './plan-target.styles.js';
import { progressBar } from './progress-bar.js';
import { formatValue, valueParts } from '../../data/figure-format.js';
import { changeOf, findPair, nestQuotes, parseActuals, type Pair } from './target-model.js';
import { targetStrings, type TargetStrings } from '../../i18n/sections/target.js';

export const VARIANTS = ['card', 'inline', 'compact'] as const;
/**
 * U+2060 WORD JOINER, first in the inline source marker: no line break between the value (or the quote's last
 * character) and the marker (UAX #14), so 原文第2条 never wraps onto a line of its own; invisible, not read aloud.
 */
const WORD_JOINER = '\u2060';
export type PlanTargetVariant = (typeof VARIANTS)[number];

export const INLINE_FORMS = ['value', 'quote'] as const;
export type PlanTargetInlineForm = (typeof INLINE_FORMS)[number];

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
 * draw a progress bar toward a target, in a box labelled as page data, apart from the plan's text. The card says
 * the value once (plus the quote) and the pair's other end only (起点：2020年超过2.8万亿元).
 *
 * `variant="inline"` reads as part of the page's sentence: 深圳提出，到2025年经济总量<plan-target …> reads
 * 到2025年经济总量超过4万亿元 with a small superscript marker 原文第7条, which a screen reader reads as
 * （目标，2025年，原文第7条）. `inline-form="quote"` puts the plan's exact phrase in quotation marks instead
 * (“出口总额实现全国‘二十八连冠’”: the phrase's own quotes go one level down, never nested). Every bracket and
 * separator belongs to the part it encloses, so hiding parts with `::part(…) { display: none }` leaves none behind.
 *
 * An unknown, empty or malformed `figure` shows the content the page put inside the tag, else a short neutral
 * notice (此处内容无法显示); the console warns once with the nearest ids (edit distance) and every valid id;
 * nothing is thrown.
 *
 * @tagname plan-target
 * @summary A figure (baseline or target) of the Shenzhen plan: value as written, year, source phrase and link.
 * @fires {PlanImpressionEvent} plan-impression - The reader first saw the element (half of it in the viewport); `event.element` is its tag name. Once per page view.
 *
 * @slot - Fallback: content placed inside the tag is for readers without JavaScript; it is hidden once the element
 *   has rendered a figure, and shown instead of the notice when `figure` is unusable.
 *
 * @csspart base - The card (card, compact) or the inline span.
 * @csspart kind - 目标 (goal) or 已实现 (outcome) (card, compact; inline says it in the marker's hidden text).
 * @csspart year - The year, or 原文未注明年份 (card, compact; likewise).
 * @csspart estimate - 预计 for an estimated value: a badge in the card, the word before the value inline.
 * @csspart label - The figure's short label (card, compact).
 * @csspart value - The value as written: qualifier, number and unit.
 * @csspart qualifier - The qualifier inside the value (超过, 左右 …).
 * @csspart relative-to - For multiples: what they are relative to (以二〇二〇年为基数).
 * @csspart pair - The other end of a pair of the same measure: 起点 (start of a goal), 目标 or 终点.
 * @csspart change - The computed change between the pair.
 * @csspart note - Why the change is approximate.
 * @csspart progress - The box of page-supplied values: heading, bar, legend and the values as text (inline: the
 *   latest value as text, in its own brackets).
 * @csspart quote - The plan's exact phrase (`<blockquote>`; `<q>` with its quotation marks as text in compact and
 *   in inline with `inline-form="quote"`).
 * @csspart marker - Inline: the superscript source marker after the value or quote (visible: the source).
 * @csspart source - The source article (原文第N条): a link where it leads somewhere (`article-href`, or an element
 *   with id `article-N` in the page, checked when the element renders), else the same words as text.
 * @csspart credit - The source credit line of card and compact (来源：the plan's title and adoption date, linking to
 *   the official text); `no-credit` hides it.
 * @csspart error - The neutral notice shown for an unusable `figure` when the page gave no fallback content.
 *
 * @cssprop [--plan-target-accent=var(--plan-accent)] - Value, kind and link colour (default: --plan-accent).
 * @cssprop [--plan-target-surface=var(--plan-surface)] - Card background (default: --plan-surface).
 * @cssprop [--plan-target-border=var(--plan-border)] - Card and quote border (default: --plan-border).
 * @cssprop [--plan-target-padding=0.75em 1em] - Card padding (default: 0.75em 1em).
 * @cssprop [--plan-target-max-width=28em] - Card maximum width (default: 28em).
 * @cssprop [--plan-target-value-size=1.75em] - Font size of the value in the card (default: 1.75em).
 * @cssprop [--plan-target-progress-fill=var(--plan-target-accent)] - Bar fill of the page's latest value (default: the
 *   accent).
 * @cssprop [--plan-target-progress-track=var(--plan-subtle)] - Bar track (default: --plan-subtle).
 *
 * @cssprop [--plan-accent=light-dark(#b3261e, #ffb4ab)] - Shared accent: value, kind and link, and the progress fill,
 *   unless --plan-target-accent is set (default: #b3261e light / #ffb4ab dark).
 * @cssprop [--plan-text=light-dark(#1b1b1f, #ece7e6)] - Shared text colour; also the target mark of the progress bar
 *   (default: #1b1b1f light / #ece7e6 dark).
 * @cssprop [--plan-muted=light-dark(#56565e, #bdb6b5)] - Shared secondary text: source, inline marker, baseline mark of
 *   the progress bar (default: #56565e light / #bdb6b5 dark).
 * @cssprop [--plan-surface=transparent] - Shared background: the card, unless --plan-target-surface is
 *   set; notices (default: transparent: the page shows through).
 * @cssprop [--plan-subtle=#8882] - Shared faint background: the progress track,
 *   unless --plan-target-progress-track is set (default: #8882, a translucent grey).
 * @cssprop [--plan-border=light-dark(#c9c5c5, #57524f)] - Shared border: card and quote, unless --plan-target-border is
 *   set (default: #c9c5c5 light / #57524f dark).
 * @cssprop [--plan-focus-ring=light-dark(#1a5fb4, #9ecaff)] - Shared focus outline of links (default: #1a5fb4 light /
 *   #9ecaff dark).
 * @cssprop [--plan-error=light-dark(#a1161b, #ffb4ab)] - Shared error colour: border of the notice for an unusable
 *   `figure` (default: #a1161b light / #ffb4ab dark).
 * @cssprop [--plan-font-family=inherit] - Shared font stack (default: not set, so the page's font is inherited). When set, it comes first in every part, followed by the CJK stack of the part's locale and sans-serif.
 * @cssprop [--plan-font-zh-hans='PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'] - CJK stack of Simplified Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-hk='PingFang HK', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC'] - CJK stack of Hong Kong Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-font-zh-hant-tw='PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'] - CJK stack of Taiwan Traditional Chinese parts, after --plan-font-family.
 * @cssprop [--plan-radius=6px] - Shared corner radius: card, badges and the progress box (default: 6px).
 */
export class PlanTarget extends PlanElement {
  static override styles = [...styles, creditStyles];

  static override properties: PropertyDeclarations = {
    figure: {},
    variant: { reflect: true },
    inlineForm: { attribute: 'inline-form' },
    articleHref: { attribute: 'article-href' },
    noCredit: { type: Boolean, attribute: 'no-credit' },
    actual: {},
    actualYear: { attribute: 'actual-year' },
    actuals: { attribute: false },
  };

  /** Figure id, e.g. `gdp-2025`, `rd-intensity-2025`, `export-streak` (see allFigures). */
  declare figure?: string;

  /** `card` (default), `inline` (inside a sentence, no block layout) or `compact`. Unknown values → card. */
  variant: 'card' | 'inline' | 'compact' = 'card';

  /**
   * What `variant="inline"` puts in the sentence: `value` (default), the value as written (超过4万亿元), so the
   * page writes the rest of the sentence (到2025年经济总量…); or `quote`, the plan's exact phrase in quotation
   * marks (“经济总量超过4万亿元”). Both end with the source marker. Unknown values → value.
   */
  inlineForm: 'value' | 'quote' = 'value';

  /**
   * Link template for the source article, `{n}` = article number, e.g. `/plan/article-{n}`. Without it (or when it
   * is unsafe), the source links to `#article-N` only when the page has an element with that id, else it is text.
   */
  declare articleHref?: string;

  /** Hides the source credit line of card and compact (inline has none). */
  noCredit = false;

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
        // the "did you mean" code is for developers only: loaded when a page has a bad id, not with the element
        const figure = String(this.figure ?? '');
        const shown = describeValue(this.figure ?? '');
        const ids = allFigures.map((f) => f.id);
        const warn = (near: string[]) =>
          warnOnce(
            `${tag} figure="${shown}" is not a figure id${near.length ? `; nearest: ${near.join(', ')}` : ''}. Valid ids: ${ids.join(', ')}.`,
          );
        if (!figure.trim()) warn([]);
        else {
          const p = import('./nearest-ids.js').then(({ nearestIds }) => warn(nearestIds(figure, ids)));
          pendingWarnings.add(p);
          void p.finally(() => pendingWarnings.delete(p));
        }
      }
    }
    if (changed.has('variant') && !(VARIANTS as readonly string[]).includes(this.variant)) {
      this.warnInvalid('variant', this.variant, VARIANTS);
    }
    if (changed.has('inlineForm') && !(INLINE_FORMS as readonly string[]).includes(this.inlineForm)) {
      this.warnInvalid('inline-form', this.inlineForm, INLINE_FORMS);
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
    const z = this.fig;
    if (!z) return this.renderProblem();
    const { common, t } = this;
    // the figure with its reader-facing text in the locale in effect (the registry's numbers stay)
    const f = localFigure(z, this.localize.pack);
    // the plan's own words: a translation quotes the Chinese original
    const phraseLang = this.localize.pack?.phraseLang ?? this.localize.lang;
    const href = articleHref(this, this.articleHref, f.article);
    const kindText = f.kind === 'target' ? t.kindTarget : t.kindBaseline;
    const yearText = f.year === null ? t.noYear : common.year(f.year);
    const estimate = f.estimate ? html`<span class="estimate" part="estimate">${t.estimate}</span>` : nothing;
    const words = common.sourceArticle(f.article);
    // One template with or without href (an <a> without href is plain text): the server HTML, which cannot see the
    // page's ids, and the hydrating client may disagree on the link, never on the template. `nothing` removes the
    // attribute; the cast is for lit-analyzer 2, which rejects `nothing` in an attribute binding (ifDefined, which it
    // accepts, costs this entry 0.04 kB).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- for lit-analyzer, see above
    const source = html`<a part="source" href=${(href ?? nothing) as string}>${words}</a>`;

    if (this.variant === 'inline') {
      // Reads as part of the page's sentence: the value (or the quoted phrase), then a small marker that shows the
      // source and says kind and year to screen readers; every bracket and separator sits inside one part, so
      // hiding parts never leaves stray punctuation. Page values follow in their own brackets.
      const phrase = nestQuotes(f.phrase, t.quoteMarks);
      let value = formatValue(f);
      let at = phrase.indexOf(value);
      // a value the phrase quotes (‘二十八连冠’) takes its quotation marks along: they are the value's
      if (at > 0 && phrase[at - 1] === t.quoteMarks[2] && phrase[at + value.length] === t.quoteMarks[3]) {
        value = phrase.slice(at - 1, at + value.length + 1);
        at -= 1;
      }
      const marker = html`<span class="marker" part="marker"><span class="visually-hidden">${t.markerStart(kindText, yearText)}</span>${source}<span
          class="visually-hidden"
          >${t.markerEnd}</span
        ></span
      >`;
      // the marker stays with what it marks: a word joiner forbids the line break before it
      return html`<span part="base" class="base" lang=${this.localize.lang}>${
        this.inlineForm === 'quote'
          ? html`<q class="quote" part="quote" cite=${href ?? nothing} lang=${phraseLang}>${t.quoteMarks[0]}${
              at < 0
                ? phrase
                : html`${phrase.slice(0, at)}<span class="value" part="value">${value}</span>${phrase.slice(at + value.length)}`
            }${t.quoteMarks[1]}</q>${WORD_JOINER}${marker}`
          : html`${estimate}<span class="value" part="value">${this.renderValue(f)}</span>${WORD_JOINER}${marker}`
      }${this.hostActuals.length ? html`<span class="progress" part="progress">${t.pageData(this.latestText(f))}</span>` : nothing}</span>`;
    }

    const compact = this.variant === 'compact';
    return html`<div part="base" class="base" role="group" aria-label=${t.label(f.label)} lang=${this.localize.lang}>
      <p class="meta"><span class="kind" part="kind">${kindText}</span><span part="year">${yearText}</span>${estimate}</p>
      <p class="label" part="label">${f.label}</p>
      <p class="value" part="value">${this.renderValue(f)}</p>
      ${f.base ? html`<p class="relative-to" part="relative-to">${t.relativeTo(f.base)}</p>` : nothing} ${this.renderPair(f)}
      ${this.renderProgress(f)}
      ${
        compact
          ? html`<p><q class="quote" part="quote" cite=${href ?? nothing} lang=${phraseLang}>${t.quoteMarks[0]}${nestQuotes(
              f.phrase,
              t.quoteMarks,
            )}${t.quoteMarks[1]}</q></p>`
          : html`<blockquote part="quote" cite=${href ?? nothing} lang=${phraseLang}><p>${f.phrase}</p></blockquote>`
      }
      <p class="source">${source}</p>
      ${this.noCredit ? nothing : sourceCredit(common, this)}
    </div>`;
  }

  private renderValue(f: Figure): TemplateResult {
    const p = valueParts(f);
    const q = (s: string) => (s ? html`<span part="qualifier">${s}</span>` : nothing);
    return html`${q(p.before)}${p.number}${p.unit}${q(p.after)}`;
  }

  /** A value with its year (when the plan states one). */
  private dated(year: number | null, value: string): string {
    const { common, t } = this;
    return year === null ? value : t.withYear(common.year(year), value);
  }

  /**
   * The plan's qualifiers (超过, 左右) as the reader sees the plan's text: converted where the locale shows the text
   * itself (zh-Hant: 超過, as in the quote above the note), the original where a translation quotes the original (en).
   */
  private quoted(qualifiers: readonly string[]): string[] {
    const pack = this.localize.pack;
    if (!pack || pack.phraseLang !== this.localize.lang || !this.pair) return [...qualifiers];
    const ends = [this.pair.from, this.pair.to];
    return qualifiers.map((q) => pack.figures[ends.find((e) => e.qualifier === q)!.id]?.qualifier ?? q);
  }

  /**
   * The other end of the pair (the value itself is the card's headline: not said again), then the change and,
   * when it is approximate, why — in one sentence.
   */
  private renderPair(f: LocalFigure): TemplateResult | typeof nothing {
    if (!this.pair) return nothing;
    const { common, t } = this;
    const c = changeOf(this.pair);
    const approx = (s: string) => (c.approximate ? t.approx(s) : s);
    const num = (v: number, o: Intl.NumberFormatOptions) => this.localize.number(v, { signDisplay: 'exceptZero', ...o });
    const delta = num(c.delta * (f.scale ?? 1), { maximumFractionDigits: c.digits });
    const amount = approx(c.points ? t.points(delta) : delta + f.unit);
    const relative = c.relative === null ? null : approx(num(c.relative, { style: 'percent', maximumFractionDigits: 0 }));
    const other = this.pair.from.id === f.id ? this.pair.to : this.pair.from;
    const role = other === this.pair.from ? t.pairFrom : other.kind === 'target' ? t.kindTarget : t.pairTo;
    return html`<p class="pair" part="pair">
        ${t.pairEnd(role, other.year === null ? '' : common.year(other.year), formatValue(localFigure(other, this.localize.pack)))}${
          other.estimate ? html`<span class="estimate" part="estimate">${t.estimate}</span>` : nothing
        }
      </p>
      <p class="change" part="change">
        ${t.change(amount, relative)}
        ${c.approximate ? html`<small class="note" part="note">${t.approxNote(this.quoted(c.qualifiers), c.estimate)}</small>` : nothing}
      </p>`;
  }

  /** One host value as text: 2023年：3.46万亿元 (numbers through Intl). */
  private actualText(a: ProgressActual, unit: string, scale = 1): string {
    return this.dated(a.year, this.localize.number(a.value * scale) + unit);
  }

  /** The latest host value and its share of the target. */
  private latestText(f: LocalFigure): string {
    const { t } = this;
    const latest = this.hostActuals[this.hostActuals.length - 1];
    const text = this.actualText(latest, f.unit, f.scale);
    return f.value > 0
      ? t.ofTarget(text, this.localize.number(latest.value / f.value, { style: 'percent', maximumFractionDigits: 0 }))
      : text;
  }

  /** The bar is positioned by CSS (progress-bar.ts): no ResizeObserver, the same on the server as in the browser. */
  private renderProgress(f: LocalFigure): TemplateResult | typeof nothing {
    const start = this.pair && this.pair.from.id !== f.id ? this.pair.from.value : null;
    const marks = layoutProgress({ target: f.value, baseline: start, actuals: this.hostActuals });
    if (!marks) return nothing;
    const { t } = this;
    const earlier = this.hostActuals.slice(0, -1);
    const latest = this.latestText(f);
    return html`<div part="progress" class="progress" role="group" aria-label=${t.progressHeading}>
      <p>${t.progressHeading}</p>
      ${progressBar(marks)}
      <p class="legend" aria-hidden="true">
        <span>${t.legendActual}</span><span class="key-target">${t.kindTarget}</span>${
          start === null ? nothing : html`<span class="key-baseline">${t.pairFrom}</span>`
        }
      </p>
      ${
        earlier.length
          ? html`<ol class="values">
              ${earlier.map((a) => html`<li>${this.actualText(a, f.unit, f.scale)}</li>`)}
              <li>${latest}</li>
            </ol>`
          : html`<p>${latest}</p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-target': PlanTarget;
  }
}
