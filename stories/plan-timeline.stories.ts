import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/plan-timeline.js';
import type { PlanTimeline } from '../src/elements/plan-timeline/plan-timeline.js';
import { getStage } from '../src/data/stages.js';
import { planMeta } from '../src/data/outline.js';
import { inLanguages } from './languages.js';

interface Args {
  selected?: PlanTimeline['selected'];
  stages?: string;
  orientation?: PlanTimeline['orientation'];
  compact?: boolean;
  articleHref?: string;
  theme?: PlanTimeline['theme'];
}

const render = (args: Args) => html`<plan-timeline
  selected=${args.selected ?? nothing}
  stages=${args.stages ?? nothing}
  orientation=${args.orientation ?? nothing}
  ?compact=${args.compact ?? false}
  article-href=${args.articleHref ?? nothing}
  theme=${args.theme ?? nothing}
  @plan-stage-select=${(e: Event) => console.log('plan-stage-select', (e as Event & { stage: string }).stage)}
></plan-timeline>`;

/**
 * `<plan-timeline>`: the plan's milestones — the 2020 starting point, 2025, 2030, 2035 and mid-century
 * (本世纪中叶) — on one axis, with the selected stage's goals, figures and source article.
 */
const meta: Meta<Args> = {
  title: 'Elements/plan-timeline',
  component: 'plan-timeline',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  argTypes: {
    // selected, orientation and theme: options from custom-elements.json (their union types), see .storybook/literal-unions.ts
    stages: { control: 'text' },
    compact: { control: 'boolean' },
    articleHref: { control: 'text', name: 'article-href' },
  },
  render,
};
export default meta;
type Story = StoryObj<Args>;

/** All five stages; 2025 (the 14th Five-Year goals) is selected by default. */
export const Default: Story = {};

/**
 * The timeline in Simplified Chinese (the original), Traditional Chinese for Hong Kong and English, one under the
 * other, each in its own `lang` wrapper: stage labels, headlines, goals, figure chips and the credit follow the
 * locale. The Locale toolbar switch sets the page's language for every other story; zh-Hant-TW is there too.
 */
export const Languages: Story = {
  // mid-century: the one stage whose name differs in all three (二〇三五年 is the same in zh-Hans and zh-Hant-HK), so
  // the three details regions, named by the selected stage, stay distinguishable landmarks
  args: { selected: 'mid-century' },
  render: (args) => inLanguages(() => render(args), 'rows'),
};

export const Selected2020: Story = { name: 'Selected: 2020 (starting point)', args: { selected: '2020' } };
export const Selected2025: Story = { name: 'Selected: 2025', args: { selected: '2025' } };
export const Selected2030: Story = { name: 'Selected: 2030', args: { selected: '2030' } };
export const Selected2035: Story = { name: 'Selected: 2035', args: { selected: '2035' } };
export const SelectedMidCentury: Story = { name: 'Selected: mid-century (本世纪中叶)', args: { selected: 'mid-century' } };

export const Vertical: Story = { args: { orientation: 'vertical', selected: '2035' } };

/** Axis and stage labels only, no details panel (headlines stay in the buttons' accessible names). */
export const Compact: Story = { args: { compact: true } };

export const Subset: Story = { name: 'Subset (2025, 2030, 2035)', args: { stages: '2025,2030,2035', selected: '2030' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#1c1b1d;padding:1rem">${story()}</div>`],
};

/** In a 320 px column `orientation="auto"` switches to the vertical layout. */
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #999">${story()}</div>`],
};

/** Created inside a hidden container (width 0), laid out when shown: the ResizeObserver picks up the width. */
export const HiddenThenShown: Story = {
  name: 'Hidden, then shown',
  render: (args) => html`
    <button
      type="button"
      aria-expanded="false"
      aria-controls="timeline-box"
      @click=${(e: Event) => {
        const button = e.currentTarget as HTMLButtonElement;
        const box = button.nextElementSibling as HTMLElement;
        box.hidden = !box.hidden;
        button.setAttribute('aria-expanded', String(!box.hidden));
        button.textContent = box.hidden ? 'Show the timeline' : 'Hide the timeline';
      }}
    >
      Show the timeline
    </button>
    <div id="timeline-box" hidden style="max-width:400px;margin-top:1rem">${render(args)}</div>
  `,
};

/**
 * A newsroom composition: the compact-free timeline at the top of a story about the plan, prose around it. The prose
 * is Chinese, so this story keeps `lang="zh-Hans"` whatever the toolbar's Locale.
 */
export const InANewsArticle: Story = {
  name: 'In a news article',
  args: { articleHref: 'https://example.com/plan/article-{n}' },
  render: (args) => {
    const s2025 = getStage('2025')!;
    const s2035 = getStage('2035')!;
    return html`<article
      lang="zh-Hans"
      style="max-width:44rem;margin:0 auto;font-family:Georgia,'Songti SC',serif;line-height:1.8;color:#222"
    >
      <p style="color:#b3261e;font:600 0.8rem system-ui,sans-serif;letter-spacing:.05em">（示例新闻稿 · sample story）</p>
      <h1 style="font-size:1.8rem;line-height:1.3">深圳“十四五”：从二〇二〇年到本世纪中叶</h1>
      <p style="color:#555">${planMeta.adoption}</p>
      <plan-timeline
        selected=${args.selected ?? nothing}
        article-href=${args.articleHref ?? nothing}
        style="margin:1.5rem 0;--plan-font-family:system-ui,sans-serif"
      ></plan-timeline>
      <p>
        （示例正文）规划建议把二〇二五年的目标表述为“${s2025.headline}”，把二〇三五年的目标表述为“${s2035.headline}”。
        点选时间轴上的阶段，可查看该阶段的各项目标与指标。
      </p>
      <p>（示例正文）下文为编辑撰写的分析，与规划原文无关。</p>
    </article>`;
  },
};
