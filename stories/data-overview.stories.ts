import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { allFigures, nonFigures } from '../src/data/figure-index.js';
import { articleSummaries, chapterSummaries, planMeta } from '../src/data/outline.js';
import { stages } from '../src/data/stages.js';

/**
 * The dataset at a glance, for designers: what every element draws from. Everything below is read from the
 * dataset (src/data), which is generated from the seed at build time.
 */
const meta: Meta = {
  title: 'Overview/Data',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

const count = (kind: string) => allFigures.filter((f) => f.kind === kind).length;

export const Overview: StoryObj = {
  render: () => html`
    <article lang="zh-Hans" style="font-family: system-ui, sans-serif; max-width: 60rem; line-height: 1.6">
      <h1 style="font-size: 1.3rem">${planMeta.title}</h1>
      <p>${planMeta.adoption} · <a href=${planMeta.sourceUrl}>${planMeta.sourceUrl}</a></p>
      <h2 style="font-size: 1.1rem">Counts</h2>
      <table>
        <tbody>
          <tr><th scope="row">Chapters</th><td>${chapterSummaries.length}</td></tr>
          <tr><th scope="row">Articles</th><td>${articleSummaries.length}</td></tr>
          <tr><th scope="row">Stages</th><td>${stages.length}</td></tr>
          <tr><th scope="row">Figures (baseline / target)</th><td>${allFigures.length} (${count('baseline')} / ${count('target')})</td></tr>
          <tr><th scope="row">Non-figures (numbers that are not quantities)</th><td>${nonFigures.length}</td></tr>
        </tbody>
      </table>
      <h2 style="font-size: 1.1rem">Stages</h2>
      <ol>
        ${stages.map((s) => html`<li><strong>${s.label}</strong> ${s.headline} <small>(${s.goals.length} items, article ${s.article})</small></li>`)}
      </ol>
      <h2 style="font-size: 1.1rem">Chapters and articles per chapter</h2>
      <table>
        <thead><tr><th scope="col">Chapter</th><th scope="col">Title</th><th scope="col">Articles</th></tr></thead>
        <tbody>
          ${chapterSummaries.map(
            (c) => html`<tr>
              <td>${c.numeral}</td>
              <td>${c.title}</td>
              <td>${c.articles[0]}–${c.articles[c.articles.length - 1]} (${c.articles.length})</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2 style="font-size: 1.1rem">Figures</h2>
      <table>
        <thead><tr><th scope="col">id</th><th scope="col">kind</th><th scope="col">year</th><th scope="col">article</th><th scope="col">phrase</th></tr></thead>
        <tbody>
          ${allFigures.map(
            (f) =>
              html`<tr><td><code>${f.id}</code></td><td>${f.kind}</td><td>${f.year ?? '—'}</td><td>${f.article}</td><td>${f.phrase}</td></tr>`,
          )}
        </tbody>
      </table>
    </article>
  `,
};
