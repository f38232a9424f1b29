import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { chapterSummaries } from '../src/data/outline.js';
import '../src/define/plan-article.js';
import '../src/define/plan-outline.js';
import type { PlanOutline } from '../src/elements/plan-outline/plan-outline.js';
import { inLanguages } from './languages.js';

/**
 * `<plan-outline>`: the plan's table of contents — 15 chapters (disclosure buttons) and 73 article links whose text
 * is 第N条 and the lead, from the dataset. `chapter` shows one chapter; `current` marks an article; `track` follows
 * the page's `article-N` elements as the reader scrolls.
 */
interface Args {
  chapter: string;
  expanded: string;
  current: string;
  track: boolean;
  'article-href': string;
  'heading-level': string;
  theme?: PlanOutline['theme'];
}

const render = (a: Args) => html`<div style="font-family: system-ui, sans-serif; max-width: 40rem">
  <plan-outline
    chapter=${a.chapter || nothing}
    expanded=${a.expanded || nothing}
    current=${a.current || nothing}
    ?track=${a.track}
    article-href=${a['article-href'] || nothing}
    heading-level=${a['heading-level'] || nothing}
    theme=${ifDefined(a.theme)}
  ></plan-outline>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/plan-outline',
  component: 'plan-outline',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { chapter: '', expanded: '', current: '', track: false, 'article-href': '', 'heading-level': '' },
  argTypes: {
    chapter: { control: 'select', options: ['', ...chapterSummaries.map((c) => String(c.number))], description: 'One chapter, 1–15' },
    expanded: {
      control: 'select',
      options: ['', 'none', 'all', ...chapterSummaries.map((c) => String(c.number))],
      description: 'none (default), all, or a chapter number',
    },
    current: { control: 'text', description: 'Current article, 1–73' },
    track: { control: 'boolean', description: 'Follow the page’s article-N elements' },
    'article-href': { control: 'text', description: 'Link template, e.g. /plan/article-{n}' },
    'heading-level': { control: 'select', options: ['', '2', '3', '4', '5', '6'] },
    // theme: options from custom-elements.json (its union type), see .storybook/literal-unions.ts
  },
  render,
};
export default meta;
type Story = StoryObj<Args>;

/** Every chapter closed: Tab to a chapter, Enter or Space opens it; ↑/↓, Home/End move between chapters. */
export const Default: Story = {};

/** Every chapter open (`expanded="all"`): also what print shows, without the buttons' chrome. */
export const ExpandedAll: Story = { args: { expanded: 'all' } };

/** One chapter open (`expanded="8"`). */
export const ExpandedOne: Story = { args: { expanded: '8' } };

/** `current="35"`: its link is marked (aria-current="location", part `current`) and its chapter is open. */
export const Current: Story = { args: { current: '35' } };

/** `chapter="8"`: that chapter's heading and articles only, no disclosure. */
export const OneChapter: Story = { args: { chapter: '8', current: '36' } };

/** Links through the page's template (`article-href="/plan/article-{n}"`) instead of `#article-N`. */
export const ArticleHref: Story = { args: { expanded: '3', 'article-href': '/plan/article-{n}' } };

/** Dark theme, with a current article. */
export const Dark: Story = {
  args: { theme: 'dark', current: '35' },
  render: (a) => html`<div style="background: #111; padding: 1rem">${render(a)}</div>`,
};

/** The same outline in Simplified Chinese, Traditional Chinese (Hong Kong, converted) and English (unofficial). */
export const Languages: Story = {
  args: { expanded: '8', current: '35' },
  render: (a) => inLanguages(() => render(a)),
};

/**
 * `track`: the outline in a sticky sidebar follows the articles of the page (`<plan-article permalink>` takes
 * `id="article-N"`); scroll the page and the topmost visible article becomes current.
 */
export const Track: Story = {
  args: { track: true },
  render: (a) => html`<div style="display: grid; grid-template-columns: 18rem 1fr; gap: 2rem; font-family: system-ui, sans-serif">
    <div style="position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto">
      <plan-outline ?track=${a.track} expanded=${a.expanded || nothing} theme=${ifDefined(a.theme)}></plan-outline>
    </div>
    <div>${[33, 34, 35, 36, 37, 38].map((n) => html`<plan-article number=${n} permalink style="margin-block-end: 3rem"></plan-article>`)}</div>
  </div>`,
};

/** Bad input: an unknown chapter shows a short neutral notice (the console says why). */
export const UnknownChapter: Story = { args: { chapter: '16' } };

/** Bad input with fallback content: the page's own content is shown instead of the notice. */
export const UnknownChapterWithFallback: Story = {
  render: () => html`<plan-outline chapter="abc"><p>目录：见<a href="#article-1">第1条</a>起。</p></plan-outline>`,
};
