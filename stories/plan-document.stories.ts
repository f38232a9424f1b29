import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/plan-document.js';
import '../src/define/plan-figures.js';
import '../src/define/plan-timeline.js';
import type { PlanDocument } from '../src/elements/plan-document/plan-document.js';

/**
 * `<plan-document>`: the whole plan as one document — title, adoption line, preamble, 15 chapters with their intros
 * and 73 articles, closing — with a search box and an outline beside it (a disclosure on narrow screens). Deep links
 * `#article-35` / `#chapter-8` work on load; while you scroll, the fragment follows the article in view (replaceState,
 * no history entries) unless `no-hash`.
 */
interface Args {
  'heading-level': string;
  'no-hash': boolean;
  'show-original': boolean;
  theme?: PlanDocument['theme'];
}

const render = (a: Args) => html`<plan-document
  heading-level=${a['heading-level'] || nothing}
  ?no-hash=${a['no-hash']}
  ?show-original=${a['show-original']}
  theme=${ifDefined(a.theme)}
></plan-document>`;

const meta: Meta<Args> = {
  title: 'Elements/plan-document',
  component: 'plan-document',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  args: { 'heading-level': '', 'no-hash': true, 'show-original': false },
  argTypes: {
    'heading-level': { control: 'select', options: ['', '1', '2', '3', '4'], description: 'Title level; chapters one below, articles two' },
    'no-hash': { control: 'boolean', description: 'Leave the page’s URL alone (on in these stories: Storybook owns the URL)' },
    'show-original': {
      control: 'boolean',
      description: 'In English or Traditional Chinese: show the Chinese original (one toggle for the document)',
    },
  },
  render,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole plan in Simplified Chinese (the original). Use the toolbar for Traditional Chinese or English. */
export const Default: Story = {};

/** In English: the unofficial translation, said once at the top, with one toggle to the Chinese original. */
export const English: Story = { render: (a) => html`<div lang="en">${render(a)}</div>` };

/** English page showing the Chinese original (`show-original`): the outline and search stay in English. */
export const EnglishShowingOriginal: Story = { args: { 'show-original': true }, render: (a) => html`<div lang="en">${render(a)}</div>` };

/** Beside a page's own `<plan-outline track>`: it follows the document's articles too. */
export const WithPageOutline: Story = {
  render: (a) => html`<div style="display: grid; grid-template-columns: 16rem 1fr; gap: 1rem">
    <plan-outline track style="position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto"></plan-outline>
    ${render(a)}
  </div>`,
};

/**
 * In Traditional Chinese as written in Hong Kong, converted from the original at build time (OpenCC `hk` and the
 * reviewed overrides); each article can show the Simplified original.
 */
export const TraditionalHongKong: Story = {
  name: 'Traditional Chinese (Hong Kong)',
  render: (a) => html`<div lang="zh-Hant-HK">${render(a)}</div>`,
};

/** In Traditional Chinese with Taiwan phrasing (OpenCC `twp`: 人工智慧, 積體電路, 資訊 …). */
export const TraditionalTaiwan: Story = {
  name: 'Traditional Chinese (Taiwan)',
  render: (a) => html`<div lang="zh-Hant-TW">${render(a)}</div>`,
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background: #111">${render(a)}</div>`,
};

/** Bad input: heading-level="9" falls back to 2 (and the console says so). */
export const BadHeadingLevel: Story = { args: { 'heading-level': '9' } };

/**
 * A portal page made of the elements: the timeline and the figures table at the top, then the whole document with
 * its search box and outline.
 */
export const Portal: Story = {
  render: (a) => html`<div style="font-family: system-ui, sans-serif; padding: 1rem; display: grid; gap: 2rem">
    <plan-timeline theme=${ifDefined(a.theme)}></plan-timeline>
    <plan-figures theme=${ifDefined(a.theme)}></plan-figures>
    ${render(a)}
  </div>`,
};
