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
import { getArticle } from '../../src/data/index.js';
import { renderPage, styleHashes, type CdnGraph, type RenderReport } from '../../src/ssr/index.js';
import { buildCdn, closure } from '../helpers/cdn.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

// <plan-article>: before the text is loaded (a bare render() does not wait for the chapter's import()), the server
// HTML has the number and keeps the host's fallback content in the slot
const article = collectResultSync(render(html`<plan-article number="35"><p>原文</p></plan-article>`));
assert.match(article, /<template shadowroot(mode)?="open"/, 'plan-article: declarative shadow root');
assert.ok(article.includes('第35条') && article.includes('<slot') && article.includes('<p>原文</p>'), 'plan-article: number + fallback');

// the package's server rendering (src/ssr/): every chapter loaded first, so the article's text is in the HTML
const a35 = getArticle(35)!;
const page = `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body>
<p>前文</p><plan-article number="35" excerpt><p>原文</p></plan-article>
<plan-target figure="gdp-2025" variant="inline"></plan-target><plan-target figure="bogus"><i>缺</i></plan-target>
<template><plan-article number="1"></plan-article></template><plan-timeline compact></plan-timeline></body></html>`;
const report: RenderReport = { rendered: 0, skipped: 0 };
const t0 = performance.now();
const rendered = await renderPage(page, report);
const pageMs = performance.now() - t0;
assert.deepEqual(report, { rendered: 3, skipped: 1 }, 'three expanded, the bad id left to the client, <template> content untouched');
for (const p of a35.paragraphs) assert.ok(rendered.includes(p), 'every paragraph of article 35 is in the server HTML');
assert.ok(rendered.includes(a35.lead), 'the lead as the title');
assert.ok(rendered.includes(gdp.phrase) || rendered.includes('4万亿元'), 'the inline figure');
// only insertions: removing the shadow roots gives back the page byte for byte
// (each shadow root, and the plain-text fallback inserted after it where the tag was empty)
const stripped = rendered.replace(
  /<template shadowroot(mode)?="open"[^>]*>[\s\S]*?<\/template>(?:<(div|span) slot="plan-fallback" data-plan-fallback>[\s\S]*?<\/\2>)?(?=<p>原文|<\/plan-)/g,
  '',
);
assert.equal(stripped, page, 'the page is unchanged apart from the inserted shadow roots');
assert.ok(rendered.includes('<plan-target figure="bogus"><i>缺</i></plan-target>'), 'the bad id stays as written');
assert.ok(rendered.includes('<template><plan-article number="1"></plan-article></template>'), 'inert <template> content is not rendered');
// rendering a rendered page again changes nothing
assert.equal(await renderPage(rendered), rendered, 'idempotent');
// a fragment works too, and hostile attribute values stay attribute values
const frag = await renderPage('<plan-article number="7" highlight="&quot;><script>alert(1)</script>"></plan-article>');
const fragShadow = frag.slice(frag.indexOf('<template'), frag.lastIndexOf('</template>'));
assert.ok(fragShadow.length > 1000 && !/<script/.test(fragShadow), 'no markup from an attribute value in the shadow root');
assert.ok(frag.includes(getArticle(7)!.lead), 'fragment rendered');
console.log(
  `ssr: <plan-target> ${target.length} chars; renderPage: 3 elements (article 35 with its text) in ${pageMs.toFixed(0)} ms, ${rendered.length} chars`,
);

// locales on the server: an element inherits the nearest ancestor's lang from the page, as the client resolves it
const en8 = (await import('../../src/generated/en/chapters/chapter-08.js')).default;
const hk8 = (await import('../../src/generated/zh-Hant-HK/chapters/chapter-08.js')).default;
const localized = await renderPage(
  `<!doctype html><html lang="en"><body><plan-article number="35"></plan-article><section lang="zh-HK"><plan-article number="35"></plan-article></section></body></html>`,
);
const [enShadow, hkShadow] = localized.split('<plan-article number="35">').slice(1);
assert.ok(enShadow.includes(en8.articles.find((a) => a.number === 35)!.paragraphs[0]), 'ssr: English text under <html lang="en">');
assert.ok(enShadow.includes('lang="en"'), 'ssr: lang="en" on the rendered article');
assert.ok(hkShadow.includes(hk8.articles.find((a) => a.number === 35)!.paragraphs[0]), 'ssr: Hong Kong text under lang="zh-HK"');
assert.ok(!localized.includes('<plan-article number="35" lang='), 'ssr: the inherited lang is not written onto the tag');
console.log('ssr: locales resolved from the page (en, zh-Hant-HK)');

// <plan-figures mode="chart">: its chart code is a chunk the browser loads on demand; the server has it preloaded
const chart = await renderPage('<plan-figures mode="chart"></plan-figures>');
assert.match(chart, /<plan-figures mode="chart"><template shadowroot[^>]*>[\s\S]*<svg[\s\S]*<\/svg>/, 'ssr: the figures chart');
assert.ok(!/part="error"/.test(chart), 'ssr: no load error in the server chart');

// the CLI, as `npx plan-widgets render page.html` runs it
const dir = mkdtempSync(join(tmpdir(), 'plan-ssr-'));
writeFileSync(join(dir, 'page.html'), page);
const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/ssr/cli.ts', 'render', join(dir, 'page.html')], { encoding: 'utf8' });
assert.equal(cli.status, 0, cli.stderr);
assert.equal(cli.stdout, rendered, 'the CLI prints what renderPage returns');
assert.match(cli.stderr, /rendered 3 element\(s\), 1 left to the browser/);
const withCsp = spawnSync(process.execPath, ['--import', 'tsx', 'src/ssr/cli.ts', 'render', join(dir, 'page.html'), '--csp'], {
  encoding: 'utf8',
});
const hashes = /style-src 'self'((?: '[^']+')+)/.exec(withCsp.stderr)?.[1].trim().split(' ') ?? [];
assert.deepEqual(new Set(hashes), new Set(styleHashes(rendered)), '--csp prints the hashes of the inserted styles');
assert.ok(
  hashes.includes("'unsafe-hashes'") && hashes.length >= 4,
  `style elements and the timeline's style attribute: ${hashes.join(' ')}`,
);
// --stylesheets: the CSS files written once, linked from the shadow roots by their path from the --out file
const linkedOut = join(dir, 'out', 'page.html');
const linkedCli = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'src/ssr/cli.ts', 'render', join(dir, 'page.html'), '--out', linkedOut, '--stylesheets', join(dir, 'css')],
  { encoding: 'utf8' },
);
assert.equal(linkedCli.status, 0, linkedCli.stderr);
const linkedHtml = readFileSync(linkedOut, 'utf8');
const cssFiles = readdirSync(join(dir, 'css')).sort();
assert.deepEqual(
  cssFiles.map((f) => f.replace(/-[0-9a-f]{8}\.css$/, '')),
  ['plan-article', 'plan-target', 'plan-timeline'],
  '--stylesheets: one file per element type',
);
for (const f of cssFiles)
  assert.ok(linkedHtml.includes(`<link rel="stylesheet" href="../css/${f}">`), `--stylesheets: ${f} linked from out/`);
assert.ok(!linkedHtml.includes('<style>'), '--stylesheets: no <style> left');
const usage = spawnSync(process.execPath, ['--import', 'tsx', 'src/ssr/cli.ts'], { encoding: 'utf8' });
assert.equal(usage.status, 2, 'no command: usage and exit code 2');
assert.match(usage.stderr, /Usage: plan-widgets render/);
rmSync(dir, { recursive: true });
console.log('ssr: the CLI renders a page file to standard output');

// shared styles (RenderPageOptions.stylesheet): a page of 8 articles, 2 cards and the timeline inline repeats each
// element type's CSS in every instance; linked, each type's CSS is stored once and every shadow root links it
{
  const many = `<!doctype html><html lang="zh-Hans"><body>${[35, 1, 2, 3, 4, 5, 6, 7]
    .map((n) => `<plan-article number="${n}"></plan-article>`)
    .join(
      '',
    )}<plan-target figure="gdp-2025"></plan-target><plan-target figure="gdp-2035"></plan-target><plan-timeline></plan-timeline></body></html>`;
  const inline = await renderPage(many);
  const stored = new Map<string, string>();
  const calls: string[] = [];
  const linked = await renderPage(many, undefined, {
    stylesheet: (name, css) => (calls.push(name), stored.set(name, css), `/css/${name}`),
  });
  const inlineStyles = [...inline.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(inlineStyles.length, 11, 'inline: a <style> in each of the 11 shadow roots');
  assert.deepEqual(
    [...stored.values()].sort(),
    [...new Set(inlineStyles)].sort(),
    'linked: each distinct stylesheet stored, as it was inline',
  );
  assert.equal(calls.length, 3, 'linked: the store is called once per element type');
  assert.equal(linked.match(/<link rel="stylesheet" href="\/css\/plan-(article|target|timeline)-[0-9a-f]{8}\.css">/g)?.length, 11);
  assert.ok(!linked.includes('<style>'), 'linked: no <style> left');
  // the link stands where the <style> stood: putting the CSS back gives the inline page byte for byte
  const restored = linked.replace(/<link rel="stylesheet" href="\/css\/([^"]+)">/g, (_, n: string) => `<style>${stored.get(n)}</style>`);
  assert.equal(restored, inline, 'linked: only the <style>s replaced');
  // CSP: only the timeline's style attribute still needs a hash
  assert.deepEqual(styleHashes(linked).filter((h) => h !== "'unsafe-hashes'").length, 1, 'linked: one hash left (style attribute)');
  const kB = (text: string) => (Buffer.byteLength(text) / 1000).toFixed(1);
  const gz = (text: string) => (gzipSync(text).length / 1000).toFixed(1);
  const css = [...stored.values()].join('');
  assert.ok(
    Buffer.byteLength(linked) + Buffer.byteLength(css) < Buffer.byteLength(inline) * 0.75,
    'linked: the page and one copy of each stylesheet, under three quarters of the inline page',
  );
  console.log(
    `ssr: 8 articles + 2 cards + timeline: inline ${kB(inline)} kB (gzip ${gz(inline)}), linked ${kB(linked)} kB ` +
      `(gzip ${gz(linked)}) + ${stored.size} stylesheets ${kB(css)} kB once (gzip ${gz(css)})`,
  );
}

// the plain-text fallback (feeds and mail drop <template>): after the shadow root of a tag without content, in no slot
{
  const feedPage = `<plan-article number="35"></plan-article><p>到2025年<plan-target figure="gdp-2025" variant="inline"></plan-target>。</p>
<plan-target figure="gdp-2025"></plan-target><plan-timeline></plan-timeline><plan-article number="7"><p>作者的</p></plan-article>`;
  const served = await renderPage(feedPage);
  // a feed's view: templates stripped, as sanitizers do
  const feed = served.replace(/<template[^>]*>[\s\S]*?<\/template>/g, '');
  for (const p of a35.paragraphs)
    assert.ok(feed.includes(`<p>${p}</p>`), 'fallback: every paragraph of article 35 as a <p> without templates');
  assert.ok(feed.includes(`<span slot="plan-fallback" data-plan-fallback>${gdp.phrase}</span>`), "fallback: the card's sentence");
  const inline = /<p>到2025年<plan-target[^>]*><span slot="plan-fallback" data-plan-fallback>([^<]*)<\/span><\/plan-target>。<\/p>/.exec(
    feed,
  );
  assert.ok(inline && inline[1].includes('4万亿元'), `fallback: the inline figure's value inside the sentence (${inline?.[1]})`);
  const timeline =
    /<plan-timeline><div slot="plan-fallback" data-plan-fallback><ul>([\s\S]*?)<\/ul><\/div><\/plan-timeline>/.exec(feed)?.[1] ?? '';
  for (const st of stages) assert.ok(timeline.includes(st.headline), `fallback: stage ${st.id} in the timeline's <ul>`);
  assert.ok(
    !served.includes('<plan-article number="7"><template') ||
      !/number="7"><template[\s\S]*?<\/template><div slot="plan-fallback"/.test(served),
    'fallback: none where the author wrote one',
  );
  assert.ok(feed.includes('<plan-article number="7"><p>作者的</p></plan-article>'), "fallback: the author's fallback stays as written");
  assert.equal(await renderPage(served), served, 'fallback: idempotent');
  const off = await renderPage(feedPage, undefined, { textFallback: false });
  assert.ok(!off.includes('data-plan-fallback'), 'fallback: textFallback: false inserts none');
  console.log('ssr: plain-text fallbacks for feeds (article paragraphs, figure sentence, timeline stages)');
}

// issue #20: RenderPageOptions.modulepreload, with the graph.json of a real CDN build (into a temporary folder); the
// expected files are read from the built files themselves (test/helpers/cdn.ts), not from graph.json
{
  const cdnDir = mkdtempSync(join(tmpdir(), 'plan-ssr-cdn-'));
  try {
    await buildCdn(process.cwd(), cdnDir);
    const graphFile = join(cdnDir, 'graph.json');
    const base = 'https://cdn.example/plan-widgets@1/';
    const options = { modulepreload: { base, graph: graphFile } };
    const links = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]*)">/g)].map((m) => m[1]);
    const closureOf = (...entries: string[]) => [...new Set(entries.flatMap((e) => [...closure(cdnDir, e)]))];

    // the page above: an article, an inline card, a bad card (left to the client, still loaded by the autoloader),
    // an article in <template> (inert: not loaded) and the timeline
    const preloadReport: RenderReport = { rendered: 0, skipped: 0 };
    const withLinks = await renderPage(page, preloadReport, options);
    const hrefs = links(withLinks);
    const want = closureOf('plan-widgets.js', 'plan-hydrate.js', 'plan-article.js', 'plan-target.js', 'plan-timeline.js');
    assert.deepEqual(
      [...hrefs].sort(),
      want.map((f) => base + f).sort(),
      "modulepreload: the loader, hydration and the elements' closures",
    );
    assert.equal(new Set(hrefs).size, hrefs.length, 'modulepreload: each file once');
    assert.deepEqual(
      hrefs.slice(0, 2),
      [`${base}plan-widgets.js`, `${base}plan-hydrate.js`],
      'modulepreload: the autoloader, then hydration',
    );
    assert.deepEqual(preloadReport.modulepreload, hrefs, 'modulepreload: the report lists the links, in order');
    const head = /<head>[\s\S]*<\/head>/.exec(withLinks)?.[0] ?? '';
    assert.ok(
      head.endsWith(`${hrefs.map((h) => `<link rel="modulepreload" href="${h}">`).join('')}</head>`),
      'modulepreload: at the end of the head',
    );
    // only insertions: without the links, the page as rendered without the option; none without the option
    assert.equal(withLinks.replace(/<link rel="modulepreload" href="[^"]*">/g, ''), rendered, 'modulepreload: only the links added');
    assert.equal(links(rendered).length, 0, 'modulepreload: no link without the option');
    // idempotent, with the option and without it
    assert.equal(await renderPage(withLinks, undefined, options), withLinks, 'modulepreload: idempotent');
    assert.equal(await renderPage(rendered, undefined, options), withLinks, 'modulepreload: added to a page rendered before');
    // the graph as an object gives the same; a stable order
    const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as CdnGraph;
    assert.equal(await renderPage(page, undefined, { modulepreload: { base, graph } }), withLinks, 'modulepreload: graph object');
    // a CSP nonce ('strict-dynamic' refuses parser-inserted links without it), escaped as an attribute value
    const nonced = await renderPage(page, undefined, { modulepreload: { base, graph, nonce: 'r4nd"om' } });
    assert.equal(
      nonced,
      withLinks.replace(/(<link rel="modulepreload" href="[^"]*")>/g, '$1 nonce="r4nd&quot;om">'),
      'modulepreload: every link with the nonce',
    );

    // nothing server-rendered (only a bad card): no plan-hydrate.js; the bad card's own files still
    const client = await renderPage(
      '<!doctype html><html><head></head><body><plan-target figure="bogus"></plan-target></body></html>',
      undefined,
      options,
    );
    assert.deepEqual(
      links(client),
      closureOf('plan-widgets.js', 'plan-target.js').map((f) => base + f),
      'modulepreload: no hydration when nothing is rendered',
    );
    // no element: no link
    const none = '<!doctype html><html><head></head><body><p>x</p></body></html>';
    assert.equal(await renderPage(none, undefined, options), none, 'modulepreload: nothing for a page without elements');

    // a fragment: nothing inserted, the report has the links for the caller
    const fragReport: RenderReport = { rendered: 0, skipped: 0 };
    const fragLinked = await renderPage('<plan-target figure="gdp-2025"></plan-target>', fragReport, options);
    assert.equal(fragLinked, await renderPage('<plan-target figure="gdp-2025"></plan-target>'), 'modulepreload: a fragment is not changed');
    assert.deepEqual(
      fragReport.modulepreload,
      closureOf('plan-widgets.js', 'plan-hydrate.js', 'plan-target.js').map((f) => base + f),
    );

    // the base is escaped as an attribute; a base without a trailing slash gets one
    const odd = await renderPage(page, undefined, { modulepreload: { base: '/a"b&c', graph } });
    assert.ok(odd.includes('<link rel="modulepreload" href="/a&quot;b&amp;c/plan-widgets.js">'), 'modulepreload: href escaped');
    assert.ok(!odd.includes('/a"b'), 'modulepreload: no raw quote');
    // from src/ (this test) there is no ../cdn/graph.json beside the renderer: a clear error
    await assert.rejects(renderPage(page, undefined, { modulepreload: { base } }), /cannot read the CDN graph .*graph\.json/);

    // the CLI: --cdn (and --cdn-graph, the package's dist/cdn/graph.json being absent from src/)
    const cliDir = mkdtempSync(join(tmpdir(), 'plan-ssr-cli-'));
    writeFileSync(join(cliDir, 'page.html'), page);
    const cdnCli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/ssr/cli.ts', 'render', join(cliDir, 'page.html'), '--cdn', base, '--cdn-graph', graphFile],
      { encoding: 'utf8' },
    );
    assert.equal(cdnCli.status, 0, cdnCli.stderr);
    assert.equal(cdnCli.stdout, withLinks, '--cdn: the page with the links');
    writeFileSync(join(cliDir, 'frag.html'), '<plan-timeline></plan-timeline>');
    const fragCli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/ssr/cli.ts', 'render', join(cliDir, 'frag.html'), '--cdn', base, '--cdn-graph', graphFile],
      { encoding: 'utf8' },
    );
    assert.equal(fragCli.status, 0, fragCli.stderr);
    assert.ok(!fragCli.stdout.includes('modulepreload'), '--cdn, fragment: nothing inserted');
    const printed = links(fragCli.stderr);
    assert.deepEqual(
      printed,
      closureOf('plan-widgets.js', 'plan-hydrate.js', 'plan-timeline.js').map((f) => base + f),
      '--cdn, fragment: links printed',
    );
    rmSync(cliDir, { recursive: true });
    console.log(`ssr: modulepreload: ${hrefs.length} links (loader, hydration, 3 elements' closures) from a CDN build's graph.json`);
  } finally {
    rmSync(cdnDir, { recursive: true, force: true });
  }
}
