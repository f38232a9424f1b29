/**
 * Server rendering check (Node, @lit-labs/ssr): elements render declarative shadow DOM with their content —
 * for <plan-timeline>, the chart's SVG too (it is drawn from Lit svg templates, not d3-selection).
 * Run by `npm test` (npm run test:ssr). Exits non-zero on failure.
 */
// No '@lit-labs/ssr/lib/install-global-dom-shim.js' on purpose: Lit's Node build brings its own customElements
// registry, and that shim module has a top-level await, so sibling imports (our define files) evaluate before
// it installs its window — which then replaces the registry the elements were defined in. That was the
// "define file does not register under SSR" mystery of the previous round.
import { render } from '@lit-labs/ssr';
import assert from 'node:assert/strict';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { stages } from '../../src/data/stages.js';
import { PlanTimeline } from '../../src/define/plan-timeline.js';
import { PlanTarget } from '../../src/define/plan-target.js';
import { PlanArticle } from '../../src/define/plan-article.js';
import { getFigure } from '../../src/data/figure-index.js';
import { planMeta } from '../../src/data/article-index.js';

// the public define entries register the elements, as a server using the package would load them
assert.equal(customElements.get('plan-timeline'), PlanTimeline);
assert.equal(customElements.get('plan-target'), PlanTarget);
assert.equal(customElements.get('plan-article'), PlanArticle);

const started = performance.now();
const out = collectResultSync(render(html`<plan-timeline></plan-timeline>`));
const ms = performance.now() - started;

assert.match(out, /<template shadowroot(mode)?="open"/, 'declarative shadow root');
assert.match(out, /<svg[\s\S]*<\/svg>/, 'the chart SVG is server-rendered');
for (const s of stages) assert.ok(out.includes(s.headline), `headline of ${s.id}`);
assert.ok(out.includes('本世纪中叶'), 'mid-century label');
assert.ok(!out.includes('2050'), 'mid-century is never printed as 2050');
console.log(`ssr: <plan-timeline> rendered ${out.length} chars of HTML with its SVG in ${ms.toFixed(1)} ms`);

// <plan-target>: the card is complete on the server (value as written, year, quote, link)
const gdp = getFigure('gdp-2025')!;
const target = collectResultSync(render(html`<plan-target figure="gdp-2025"></plan-target>`));
assert.match(target, /<template shadowroot(mode)?="open"/, 'plan-target: declarative shadow root');
for (const s of [gdp.label, gdp.phrase, '超过', '万亿元', '原文第7条', planMeta.sourceUrl])
  assert.ok(target.includes(s), `plan-target shows ${s}`);
// a server has no page to look in for id="article-7": the source is text there, unless the page gives a template
assert.ok(!target.includes('href="#article-7"'), 'plan-target: no link to a #article-7 nobody checked');
const linked = collectResultSync(render(html`<plan-target figure="gdp-2025" article-href="/plan/article-{n}"></plan-target>`));
assert.ok(linked.includes('href="/plan/article-7"'), 'plan-target: source linked through article-href');
assert.ok(target.includes('2020') && target.includes('2.8'), 'plan-target shows the 2020 → 2025 pair');

// <plan-article>: text is loaded per chapter with import(), which a synchronous server render does not wait
// for; the server HTML has the number and keeps the host's fallback content in the slot (documented limit).
const article = collectResultSync(render(html`<plan-article number="35"><p>原文</p></plan-article>`));
assert.match(article, /<template shadowroot(mode)?="open"/, 'plan-article: declarative shadow root');
assert.ok(article.includes('第35条') && article.includes('<slot') && article.includes('<p>原文</p>'), 'plan-article: number + fallback');
console.log(`ssr: <plan-target> ${target.length} chars, <plan-article> ${article.length} chars (text loads on the client)`);
