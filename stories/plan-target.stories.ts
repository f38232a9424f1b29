import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { allFigures } from '../src/data/figure-index.js';
import '../src/define/plan-target.js';
import type { PlanTarget, PlanTargetActual } from '../src/elements/plan-target/plan-target.js';
import { inLanguages } from './languages.js';

/**
 * `<plan-target>`: one figure of the plan, exactly as written, with its source. Host values in these stories
 * (the progress examples) are made-up illustrations of what a page could supply, not data of the plan.
 */
interface Args {
  figure: string;
  variant: PlanTarget['variant'];
  'inline-form'?: PlanTarget['inlineForm'];
  theme?: PlanTarget['theme'];
  'article-href'?: string;
  actual?: string;
  'actual-year'?: string;
  actuals?: PlanTargetActual[];
}

const render = (a: Args) => html`<div style="font-family: system-ui, sans-serif">
  <plan-target
    figure=${a.figure}
    variant=${a.variant}
    inline-form=${ifDefined(a['inline-form'])}
    theme=${ifDefined(a.theme)}
    article-href=${ifDefined(a['article-href'])}
    actual=${ifDefined(a.actual)}
    actual-year=${ifDefined(a['actual-year'])}
    .actuals=${a.actuals ?? nothing}
  ></plan-target>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/plan-target',
  component: 'plan-target',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  argTypes: {
    figure: { control: 'select', options: allFigures.map((f) => f.id) },
    // variant and theme: options from custom-elements.json (their union types), see .storybook/literal-unions.ts
  },
  args: { figure: 'gdp-2025', variant: 'card' },
  render,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/**
 * The same figure in Simplified Chinese (the original), Traditional Chinese for Hong Kong and English, each in its
 * own `lang` wrapper: labels, kind and year words, numbers (Intl.NumberFormat) and the source reference follow the
 * locale. The Locale toolbar switch sets the page's language for every other story; zh-Hant-TW is there too.
 */
export const Languages: Story = {
  args: { figure: 'gdp-2025', actual: '3.46', 'actual-year': '2023' },
  render: (a) => inLanguages(() => render(a)),
};

/** The compact and inline variants in the three languages. */
export const LanguagesCompactAndInline: Story = {
  name: 'Languages: compact and inline',
  args: { figure: 'rd-intensity-2025' },
  render: (a) =>
    inLanguages(
      () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 0.75rem">
        <plan-target figure=${a.figure} variant="compact"></plan-target>
        <p style="margin: 0"><plan-target figure=${a.figure} variant="inline"></plan-target></p>
      </div>`,
    ),
};

export const Card: Story = { args: { variant: 'card' } };
export const Compact: Story = { args: { variant: 'compact' } };
/**
 * Inline: the value as written plus a small source marker; the page's sentence supplies the rest. The sentence is
 * Chinese, so the inline stories keep `lang="zh-Hans"` whatever the toolbar's Locale (see Languages for English).
 */
export const Inline: Story = {
  args: { variant: 'inline' },
  render: (a) => html`<p lang="zh-Hans" style="font-family: system-ui, sans-serif">
    规划建议提出，${allFigures.find((f) => f.id === a.figure)?.label}<plan-target
      figure=${a.figure}
      variant=${a.variant}
      inline-form=${ifDefined(a['inline-form'])}
    ></plan-target>。
  </p>`,
};
/** Inline, `inline-form="quote"`: the exact phrase; its own quotation marks one level down (“…‘二十八连冠’”). */
export const InlineQuote: Story = {
  args: { variant: 'inline', 'inline-form': 'quote', figure: 'export-streak' },
  render: (a) => html`<p lang="zh-Hans" style="font-family: system-ui, sans-serif">
    规划建议写道：<plan-target figure=${a.figure} variant=${a.variant} inline-form=${ifDefined(a['inline-form'])}></plan-target>。
  </p>`,
};

/** Every variant of the same figure, side by side. */
export const EveryVariant: Story = {
  render: () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 1rem">
    <plan-target figure="rd-intensity-2025"></plan-target>
    <plan-target figure="rd-intensity-2025" variant="compact"></plan-target>
    <p lang="zh-Hans">全社会研发投入占地区生产总值比重达<plan-target figure="rd-intensity-2025" variant="inline"></plan-target>。</p>
  </div>`,
};

/** GDP 2020 → 2025: the pair, the change, and why it is approximate (超过; 预计). */
export const Gdp2025: Story = { args: { figure: 'gdp-2025' } };
/** R&D intensity 4.93% → 5%左右: a change in percentage points, approximate because of 左右. */
export const RdIntensity2025: Story = { args: { figure: 'rd-intensity-2025' } };
/** The 2020 GDP estimate (预计) — an outcome. */
export const Gdp2020Estimate: Story = { args: { figure: 'gdp-2020' } };
/** A count written in Chinese numerals, no year stated: 二十八连冠. */
export const ExportStreak: Story = { args: { figure: 'export-streak' } };
/** A lower bound (不低于30%) written apart from the number in the phrase; year not stated. */
export const BasicResearchShare: Story = { args: { figure: 'basic-research-share' } };
/** A doubling (翻一番) shows its base instead of a difference. */
export const Gdp2035Doubling: Story = { args: { figure: 'gdp-2035' } };
/** A figure whose year the plan does not state (year null): 原文未注明年份, nothing invented. */
export const YearNotStated: Story = { args: { figure: 'school-places-2025' } };
/** A from → to pair of two outcomes with exact values: 高校数量从9所增至15所. */
export const ExactPair: Story = { args: { figure: 'universities' } };

/** Every figure of the plan, compact. */
export const AllFigures: Story = {
  render:
    () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr))">
    ${allFigures.map((f) => html`<plan-target figure=${f.id} variant="compact"></plan-target>`)}
  </div>`,
};

export const Dark: Story = {
  args: {
    theme: 'dark',
    figure: 'gdp-2025',
    actuals: [
      { year: 2021, value: 3.07 },
      { year: 2023, value: 3.46 },
    ],
  },
  render: (a) => html`<div style="font-family: system-ui, sans-serif; background: #121113; padding: 1rem; display: grid; gap: 1rem">
    <plan-target theme="dark" figure=${a.figure} .actuals=${a.actuals}></plan-target>
    <plan-target theme="dark" figure="rd-intensity-2025" variant="compact"></plan-target>
    <p lang="zh-Hans" style="color: #ece7e6">到二〇三五年，经济总量在二〇二〇年基础上<plan-target theme="dark" figure="gdp-2035" variant="inline"></plan-target>。</p>
  </div>`,
};

export const NarrowColumn: Story = {
  render: () => html`<div style="font-family: system-ui, sans-serif; width: 14rem; display: grid; gap: 1rem">
    <plan-target figure="gdp-2025" actual="3.46" actual-year="2023"></plan-target>
    <plan-target figure="basic-research-share" variant="compact"></plan-target>
    <p lang="zh-Hans">深圳提出研发投入强度达<plan-target figure="rd-intensity-2025" variant="inline"></plan-target>，并确保基础研究投入。</p>
  </div>`,
};

/** Inline inside a paragraph of prose: wraps like text, no block layout. Chinese prose: pinned to `lang="zh-Hans"`. */
export const InlineInProse: Story = {
  render: () => html`<article lang="zh-Hans" style="font-family: system-ui, sans-serif; max-width: 36rem; line-height: 1.8">
    <!-- no line breaks or spaces beside the tags: in Chinese text they show as gaps -->
    <p>
      “十三五”末，深圳地区生产总值<plan-target figure="gdp-2020" variant="inline"></plan-target>，出口总额实现全国<plan-target figure="export-streak" variant="inline"></plan-target>。面向“十四五”，规划建议提出，到2025年经济总量<plan-target figure="gdp-2025" variant="inline"></plan-target>，基础研究资金投入<plan-target figure="basic-research-share" variant="inline"></plan-target>；到二〇三五年，经济总量在二〇二〇年基础上<plan-target figure="gdp-2035" variant="inline"></plan-target>。
    </p>
  </article>`,
};

/** Values supplied by the page (illustrative numbers, not the plan's), drawn toward the target. */
export const ProgressWithHostActuals: Story = {
  render: () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 1rem; max-width: 30rem">
    <plan-target
      figure="gdp-2025"
      .actuals=${[
        { year: 2021, value: 3.07 },
        { year: 2022, value: 3.24 },
        { year: 2023, value: 3.46 },
      ]}
    ></plan-target>
    <plan-target figure="rd-intensity-2025" actual="5.81" actual-year="2023" variant="compact"></plan-target>
    <p lang="zh-Hans">规划建议提出，到2025年经济总量<plan-target figure="gdp-2025" actual="3.46" actual-year="2023" variant="inline"></plan-target>。</p>
  </div>`,
};

/** Portal links: the source link follows an `article-href` template. */
export const PortalLinks: Story = { args: { figure: 'metro-area-subway', 'article-href': 'https://example.org/plan/article-{n}.html' } };

/**
 * Bad input: unknown id, empty, markup. Readers see a short neutral notice (or the content inside the tag); the
 * console gets the details (nearest ids, every valid id), once.
 */
export const ErrorStates: Story = {
  render: () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 1rem">
    <plan-target figure="gdp-2030"></plan-target>
    <plan-target figure=""></plan-target>
    <plan-target figure="&lt;img src=x onerror=alert(1)&gt;"></plan-target>
    <plan-target figure="gdp-2030"><p lang="zh-Hans">经济总量超过4万亿元（原文第7条）</p></plan-target>
    <p lang="zh-Hans">行内：规划提出<plan-target figure="rd-2025" variant="inline"></plan-target>的目标。</p>
  </div>`,
};
