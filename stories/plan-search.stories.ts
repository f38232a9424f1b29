import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/plan-search.js';
import type { PlanSearch } from '../src/elements/plan-search/plan-search.js';
import { inLanguages } from './languages.js';

/**
 * `<plan-search>`: full-text search over the plan's 73 articles as a combobox. Type 数字经济, 数字 or 经济; ↑/↓ move,
 * Enter selects (fires `plan-search-select`; the stories cancel it so Storybook stays put), Escape closes then
 * clears. The index of the plan's text is built on the first focus or query.
 */
interface Args {
  query: string;
  placeholder?: string;
  'max-results'?: string;
  'article-href'?: string;
  'section-href'?: string;
  'url-param'?: string;
  'no-credit': boolean;
  theme?: PlanSearch['theme'];
}

/** Selection in a story: logged to the Actions panel, navigation canceled. */
const onSelect = (e: Event) => {
  e.preventDefault();
  console.info('plan-search-select', (e as CustomEvent<{ number: number }>).detail);
};

const render = (a: Args) => html`<div style="font-family: system-ui, sans-serif; min-height: 28rem">
  <plan-search
    query=${a.query}
    placeholder=${ifDefined(a.placeholder || undefined)}
    max-results=${ifDefined(a['max-results'] || undefined)}
    article-href=${ifDefined(a['article-href'] || undefined)}
    section-href=${ifDefined(a['section-href'] || undefined)}
    url-param=${ifDefined(a['url-param'] || undefined)}
    ?no-credit=${a['no-credit']}
    theme=${ifDefined(a.theme)}
    @plan-search-select=${onSelect}
  ></plan-search>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/plan-search',
  component: 'plan-search',
  tags: ['autodocs'],
  parameters: { layout: 'padded', actions: { handles: ['plan-search-select'] } },
  args: { query: '', 'no-credit': false },
  argTypes: {
    query: { control: 'text', description: 'Pre-filled query (runs a search)' },
    placeholder: { control: 'text' },
    'max-results': { control: 'text', description: 'Whole number 1–73 (default 10)' },
    'article-href': { control: 'text', description: 'Link template, {n} = article number, {q} = the matched text' },
    'section-href': {
      control: 'text',
      description: 'Link template of chapter, preamble and closing results, {id} = chapter-8, preamble, closing',
    },
    'url-param': { control: 'text', description: 'Keep the query in the page URL under this parameter (e.g. q)' },
    'no-credit': { control: 'boolean' },
  },
  render,
};
export default meta;
type Story = StoryObj<Args>;

/** Empty: no list until the reader types. */
export const Default: Story = {};
/** A query given by the page: article 35 (加快释放数字经济潜力) first, its lead and snippet marked. */
export const WithQuery: Story = { args: { query: '数字经济' } };
/** One word: every article with 数字, the three whose lead has it first. */
export const OneWord: Story = { args: { query: '数字' } };
/** `max-results="3"`: the status says how many matched and how many are shown. */
export const MaxResults: Story = { args: { query: '经济', 'max-results': '3' } };
/** Nothing matches: a readable message, also said by the live region. */
export const NoResults: Story = { args: { query: '恐龙化石' } };
/** Markup in the query is text: shown as typed, never parsed. */
export const MarkupIsText: Story = { args: { query: '<img src=x onerror=alert(1)>' } };
/** A bad `max-results` falls back to 10 (the console warns once). */
export const BadMaxResults: Story = { args: { query: '经济', 'max-results': 'many' } };
/** A custom placeholder and no credit line. */
export const Placeholder: Story = { args: { placeholder: '例如：前海、数字政府', 'no-credit': true } };
export const Dark: Story = { args: { query: '数字经济', theme: 'dark' } };

/** The same search in Simplified Chinese, Traditional Chinese (Hong Kong) and English: each locale's own text. */
export const Languages: Story = {
  render: () =>
    inLanguages(
      () => html`<div style="font-family: system-ui, sans-serif; min-height: 24rem">
        <plan-search max-results="3" @plan-search-select=${onSelect}></plan-search>
      </div>`,
    ),
  play: ({ canvasElement }) => {
    const queries: Record<string, string> = { 'zh-Hans': '数字经济', 'zh-Hant-HK': '數字經濟', en: 'digital economy' };
    for (const el of canvasElement.querySelectorAll<PlanSearch>('plan-search')) {
      el.query = queries[el.closest('[lang]')?.getAttribute('lang') ?? 'zh-Hans'] ?? '';
    }
  },
};

/** Typed in the other script: 數字經濟 on a Simplified page finds 数字经济 (and 碳達峯, ５Ｇ, 人工智慧 find theirs). */
export const OtherScript: Story = { args: { query: '數字經濟' } };

/** Full-width digits and letters, as an IME types them: ５Ｇ finds 5G. */
export const FullWidth: Story = { args: { query: '５Ｇ' } };

/** The whole document: the closing paragraph, the preamble and chapter introductions are results too. */
export const PreambleAndClosing: Story = { args: { query: '春天的故事' } };

/** A two-character phrase: only sections with 前海 itself, never 前 and 海 apart. */
export const Phrase: Story = { args: { query: '前海' } };

/** Many results: the count, the first `max-results`, and “show all N”. */
export const ShowAll: Story = { args: { query: '粤港澳大湾区', 'max-results': '3' } };

/** Spaces only: the element says a query is needed instead of showing nothing. */
export const Blank: Story = { args: { query: '   ' } };

/** The query kept in the page's URL (?q=…, back/forward restore it). */
export const InTheUrl: Story = { args: { query: '数字政府', 'url-param': 'q' } };

/** In a portal's 240 px sidebar: nothing overflows. */
export const NarrowSidebar: Story = {
  args: { query: '数字经济', 'max-results': '3' },
  render: (a) => html`<div style="width: 240px; border-inline-end: 1px dashed #aaa">${render(a)}</div>`,
};

/** Traditional Chinese (Taiwan): 人工智能, as a mainland reader types it, finds the Taiwan text's 人工智慧. */
export const TaiwanPhrasing: Story = { args: { query: '人工智能' }, render: (a) => html`<div lang="zh-Hant-TW">${render(a)}</div>` };
