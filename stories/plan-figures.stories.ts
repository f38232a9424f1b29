import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/plan-figures.js';
import type { PlanFigures } from '../src/elements/plan-figures/plan-figures.js';
import { inLanguages } from './languages.js';

/**
 * `<plan-figures>`: every figure of the plan as a sortable, filterable table with CSV/JSON download, or
 * (`mode="chart"`) the measures with a 2020 starting value and a goal, each on its own scale.
 */
interface Args {
  mode: PlanFigures['mode'];
  kind?: PlanFigures['kind'];
  chapter?: string;
  year?: string;
  theme?: PlanFigures['theme'];
  'article-href'?: string;
  'no-credit'?: boolean;
}

const render = (a: Args) => html`<div style="font-family: system-ui, sans-serif; max-width: 60rem">
  <plan-figures
    mode=${a.mode}
    kind=${ifDefined(a.kind)}
    chapter=${ifDefined(a.chapter)}
    year=${ifDefined(a.year)}
    theme=${ifDefined(a.theme)}
    article-href=${ifDefined(a['article-href'])}
    ?no-credit=${a['no-credit'] ?? false}
  ></plan-figures>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/plan-figures',
  component: 'plan-figures',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  argTypes: {
    chapter: { control: 'select', options: [undefined, ...Array.from({ length: 15 }, (_, i) => String(i + 1))] },
    year: { control: 'select', options: [undefined, '2020', '2025', '2035', 'none'] },
    // mode, kind and theme: options from custom-elements.json (their union types), see .storybook/literal-unions.ts
  },
  args: { mode: 'table' },
  render,
};
export default meta;
type Story = StoryObj<Args>;

/** Every figure, in reading order; sort by any column, filter with the selects, download what is shown. */
export const Default: Story = {};
/** Only goals (`kind="target"`). */
export const Targets: Story = { args: { kind: 'target' } };
/** Only outcomes of chapter 1 (`kind="baseline" chapter="1"`). */
export const BaselinesOfChapter1: Story = { args: { kind: 'baseline', chapter: '1' } };
/** Figures whose year the plan does not state (`year="none"`): 原文未注明年份, no year invented. */
export const YearNotStated: Story = { args: { year: 'none' } };
/** Filters that match nothing: an empty-table message, the count says 0. */
export const NoMatch: Story = { args: { kind: 'baseline', year: '2035' } };
/**
 * The chart: GDP 2.8 → 4 万亿元, R&D intensity 4.93% → 5% and universities 9 → 15 所, grouped by unit, each unit on its own
 * scale; 超过 an open arrow, 左右 a tilde. Under it, every figure not charted, by reason (multiple, rank, single value).
 */
export const Chart: Story = { args: { mode: 'chart' } };
/** Source links through an `article-href` template. */
export const PortalLinks: Story = { args: { 'article-href': 'https://example.org/plan/article-{n}.html' } };

/** Table and chart in Simplified Chinese, Traditional Chinese (Hong Kong) and English. */
export const Languages: Story = {
  args: { kind: 'target' },
  render: (a) => inLanguages(() => render(a), 'rows'),
};
export const LanguagesChart: Story = {
  name: 'Languages: chart',
  args: { mode: 'chart' },
  render: (a) => inLanguages(() => render(a)),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background: #121113; padding: 1rem; display: grid; gap: 2rem">
    ${render({ ...a, mode: 'table', year: '2025' })} ${render({ ...a, mode: 'chart' })}
  </div>`,
};

/** A narrow column: the table scrolls sideways, the filters wrap. */
export const NarrowColumn: Story = {
  render: (a) => html`<div style="width: 20rem">${render(a)}</div>`,
};

/**
 * Bad input: unknown kind, chapter out of range, a year the plan does not state, markup, an unknown mode. Each
 * filter falls back to "all" (the table shows every figure) and the console warns once with the valid values.
 */
export const ErrorStates: Story = {
  render: () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 2rem; max-width: 60rem">
    <plan-figures kind="goal" chapter="16" year="1999"></plan-figures>
    <plan-figures kind="&lt;img src=x onerror=alert(1)&gt;" mode="pie"></plan-figures>
  </div>`,
};
