import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { planMeta } from '../src/data/outline.js';
import '../src/define/plan-article.js';
import { PlanArticle } from '../src/define/plan-article.js';
import { inLanguages } from './languages.js';

/**
 * `<plan-article number="N">` quotes one article of the plan exactly: chapter context, 第N条 and the lead as
 * its title, every paragraph as in the dataset, with copy-link and cite buttons. Text is loaded per chapter.
 */
interface Args {
  number: string;
  highlight: string;
  excerpt: boolean;
  maxChars: string;
  headingLevel: string;
  citationStyle?: PlanArticle['citationStyle'];
  theme?: PlanArticle['theme'];
}

const render = (a: Args) => html`<plan-article
  number=${a.number}
  highlight=${a.highlight || nothing}
  ?excerpt=${a.excerpt}
  max-chars=${a.maxChars || nothing}
  heading-level=${a.headingLevel || nothing}
  citation-style=${a.citationStyle || nothing}
  theme=${a.theme || nothing}
></plan-article>`;

const meta: Meta<Args> = {
  title: 'Elements/plan-article',
  component: 'plan-article',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { number: '35', highlight: '', excerpt: false, maxChars: '', headingLevel: '' },
  argTypes: {
    number: { control: 'text', description: 'Article number 1–73' },
    highlight: { control: 'text', description: 'Terms separated by , or ，' },
    excerpt: { control: 'boolean' },
    maxChars: { control: 'text', name: 'max-chars' },
    headingLevel: { control: 'select', options: ['', '2', '3', '4', '5', '6'], name: 'heading-level' },
    // citation-style and theme: options from custom-elements.json (their union types), see .storybook/literal-unions.ts
    citationStyle: { name: 'citation-style' },
  },
  render,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/**
 * The same article in Simplified Chinese (the original), Traditional Chinese for Hong Kong (converted from the
 * original) and English (an unofficial translation, with a button to show the original), each in its own `lang`
 * wrapper. The Locale toolbar switch sets the page's language for every other story; zh-Hant-TW is there too.
 */
export const Languages: Story = {
  args: { number: '7', excerpt: true, maxChars: '120' },
  render: (a) => inLanguages(() => render(a)),
};

/** The longest article: the 40 years of the Special Economic Zone (chapter 一). */
export const Article1: Story = { args: { number: '1' } };

/** Ten —— items, rendered as a list that keeps the dashes of the original. */
export const Article6: Story = { args: { number: '6' } };

/** The main goals of the 14th Five-Year period: a first paragraph that is only the lead, then five —— items. */
export const Article7: Story = { args: { number: '7' } };

/** The last article. */
export const Article73: Story = { args: { number: '73' } };

export const Highlight: Story = { args: { number: '35', highlight: '数字经济,5G' } };

export const Excerpt: Story = { args: { number: '35', excerpt: true } };

/** A short excerpt of a list article: the list structure is kept in the excerpt. */
export const ShortExcerpt: Story = { args: { number: '7', excerpt: true, maxChars: '60', highlight: '4万亿元' } };

export const PlainCitation: Story = { args: { number: '35', citationStyle: 'plain' } };

export const Dark: Story = {
  args: { number: '6', theme: 'dark', highlight: '走在前列' },
  decorators: [(story) => html`<div style="background:#1c1b1d; padding: 1rem">${story()}</div>`],
};

export const NarrowColumn: Story = {
  args: { number: '35', excerpt: true, highlight: '数字经济' },
  decorators: [(story) => html`<div style="max-width: 240px; border: 1px dashed #999; padding: 0.5rem">${story()}</div>`],
};

/** Bad input renders a short message listing the valid range (and warns once in the console). */
export const ErrorStates: Story = {
  render: () => html`
    ${['0', '74', 'abc', '<img src=x onerror=alert(1)>'].map(
      (n) => html`<p style="margin: 0.5rem 0 0"><code>number="${n}"</code></p><plan-article number=${n}></plan-article>`,
    )}
  `,
};

/**
 * Content inside the tag is the no-JavaScript fallback: shown until the text has rendered (on a slow network, or
 * for readers without JavaScript), next to the message when the text cannot be loaded (failed, or no answer within
 * 10 s), and when `number` is invalid.
 */
export const HostFallback: Story = {
  render: () => html`
    <plan-article number="35">
      <p lang="zh-Hans">第35条的原文见<a href=${planMeta.sourceUrl}>深圳市人民政府网站</a>。</p>
    </plan-article>
    <plan-article number="abc">
      <p lang="zh-Hans">（无效条号时，仍显示页面提供的备用内容。）</p>
    </plan-article>
  `,
};

/**
 * Between the paragraphs of a news story, as a journalist would use it; the second one as an excerpt. The prose is
 * Chinese, so this story keeps `lang="zh-Hans"` whatever the toolbar's Locale.
 */
export const InlineInProse: Story = {
  render: () => html`
    <div lang="zh-Hans" style="max-width: 38rem; font-family: Georgia, 'Noto Serif CJK SC', serif; line-height: 1.8">
      <h2>深圳如何谋划数字经济</h2>
      <p>记者梳理发现，深圳市委关于“十四五”规划的建议用一整章篇幅部署数字化转型，其中第一条就聚焦数字经济。</p>
      <plan-article number="35" highlight="数字经济" heading-level="3"></plan-article>
      <p>多位受访专家表示，这一条的关键在于把数字产业化和产业数字化放在一起推进。与之配套的，还有关于数字基础设施的部署：</p>
      <plan-article number="36" excerpt max-chars="80" heading-level="3"></plan-article>
      <p>报道中引用的条文均可通过“复制链接”直接定位，也可一键复制规范的参考文献格式。</p>
    </div>
  `,
};
