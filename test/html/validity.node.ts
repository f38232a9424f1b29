/**
 * HTML validity of server rendering (issue #20 §3): the HTML `renderPage` (src/ssr/) writes for every element — its
 * default, each documented attribute with a valid value, the other locales, `<plan-document>`, shared stylesheets —
 * passes the Nu Html Checker (vnu-jar from npm, run with Java from Debian: `npm run setup:browsers` installs
 * default-jre-headless). One document per variant (ids are unique per document, not across instances of a page),
 * checked in one JVM run. A control document with a known error must be reported, so the check can fail.
 * Run by `npm test` (a Node check). Exits non-zero on failure.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPage } from '../../src/ssr/index.js';

const require = createRequire(import.meta.url);
const jar: string = String(require('vnu-jar'));
const vnuVersion = (require('vnu-jar/package.json') as { version: string }).version;

/** Each element with its required attributes and a valid value of every other attribute (one variant each). */
const ELEMENTS: { tag: string; required: string; values: Record<string, string> }[] = [
  {
    tag: 'plan-timeline',
    required: '',
    values: {
      selected: '2030',
      stages: '2025,2030',
      orientation: 'vertical',
      compact: '',
      'article-href': '/plan/article-{n}',
      'no-credit': '',
      'hash-bookmark': '',
      theme: 'dark',
    },
  },
  {
    tag: 'plan-target',
    required: 'figure="gdp-2025"',
    values: {
      variant: 'inline',
      'inline-form': 'quote',
      'article-href': '/plan/article-{n}',
      actual: '3.46" actual-year="2023',
      'no-credit': '',
      theme: 'dark',
    },
  },
  {
    tag: 'plan-article',
    required: 'number="35"',
    values: {
      highlight: '数字经济',
      excerpt: '',
      'max-chars': '50',
      'heading-level': '2',
      'citation-style': 'plain',
      permalink: '',
      'show-original': '',
      'no-credit': '',
      theme: 'dark',
    },
  },
  {
    tag: 'plan-outline',
    required: '',
    values: {
      chapter: '8',
      expanded: 'all',
      current: '35',
      track: '',
      'article-href': '/plan/article-{n}',
      'heading-level': '2',
      theme: 'dark',
    },
  },
  {
    tag: 'plan-search',
    required: '',
    values: {
      query: '数字经济',
      placeholder: '输入',
      'max-results': '5',
      'article-href': '/plan/article-{n}',
      'section-href': '/plan/{id}',
      'url-param': 'q',
      'no-credit': '',
      theme: 'dark',
    },
  },
  {
    tag: 'plan-figures',
    required: '',
    values: {
      mode: 'chart',
      kind: 'target',
      chapter: '2',
      year: '2025',
      'article-href': '/plan/article-{n}',
      'no-credit': '',
      'hash-bookmark': '',
      theme: 'dark',
    },
  },
  { tag: 'plan-document', required: '', values: {} },
];

const doc = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>validity</title></head><body><main>${body}</main></body></html>\n`;

const variants: { name: string; html: string; options?: Parameters<typeof renderPage>[2] }[] = [];
for (const { tag, required, values } of ELEMENTS) {
  const el = (attrs: string) =>
    `<${tag}${[required, attrs]
      .filter(Boolean)
      .map((a) => ` ${a}`)
      .join('')}></${tag}>`;
  // <plan-target variant="inline"> stands inside a sentence; every other element as a block
  const place = (attrs: string) => (attrs.startsWith('variant="inline"') ? `<p>到2025年${el(attrs)}。</p>` : el(attrs));
  variants.push({ name: `${tag}`, html: doc('zh-Hans', place('')) });
  for (const [name, value] of Object.entries(values))
    variants.push({ name: `${tag}-${name}`, html: doc('zh-Hans', place(`${name}="${value}"`)) });
  if (tag !== 'plan-document') {
    variants.push({ name: `${tag}-en`, html: doc('en', place('')) });
    variants.push({ name: `${tag}-zh-HK`, html: doc('zh-HK', place('')) });
  }
}
// several instances on one page, inline and with shared stylesheets (the links stand where the <style>s stood)
const page = doc(
  'zh-Hans',
  '<plan-article number="35"></plan-article><plan-article number="7" excerpt></plan-article><p>到2025年<plan-target figure="gdp-2025" variant="inline"></plan-target>。</p><plan-target figure="gdp-2035"></plan-target><plan-timeline></plan-timeline>',
);
variants.push({ name: 'page', html: page });
variants.push({ name: 'page-linked', html: page, options: { stylesheet: (name) => `/css/${name}` } });

const dir = mkdtempSync(join(tmpdir(), 'plan-vnu-'));
try {
  const files: string[] = [];
  const started = performance.now();
  for (const v of variants) {
    const html = await renderPage(v.html, undefined, v.options);
    assert.match(html, /<template [^>]*shadowrootmode="open"/, `${v.name}: server-rendered`);
    const file = join(dir, `${v.name}.html`);
    writeFileSync(file, html);
    files.push(file);
  }
  const renderMs = performance.now() - started;
  // the control: a duplicate id and a <div> inside a <span> (what the checker must report)
  const control = join(dir, 'control.html');
  writeFileSync(control, doc('zh-Hans', '<span><div id="x"></div></span><i id="x"></i>'));
  const t0 = performance.now();
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files, control], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const checkMs = performance.now() - t0;
  assert.ok(run.error === undefined, `java: ${run.error?.message} (npm run setup:browsers installs default-jre-headless)`);
  type Message = { url: string; type: string; message: string; extract?: string };
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: Message[] };
  const ofFile = (f: string) => messages.filter((m) => decodeURIComponent(m.url).endsWith(f.split('/').pop()!));
  assert.ok(
    ofFile(control).length >= 2,
    `control: the checker reports the duplicate id and the misplaced <div> (${JSON.stringify(ofFile(control))})`,
  );
  const problems = files.flatMap((f) =>
    ofFile(f).map((m) => `${f.split('/').pop()}: ${m.type}: ${m.message} — ${(m.extract ?? '').slice(0, 120)}`),
  );
  assert.deepEqual(problems, [], `the Nu Html Checker found problems in the server's HTML:\n${problems.join('\n')}`);
  console.log(
    `html validity: ${files.length} server-rendered documents (${ELEMENTS.length} elements, every attribute, 3 locales, shared stylesheets) ` +
      `valid in the Nu Html Checker (vnu-jar ${vnuVersion}); control reported ${ofFile(control).length} errors; render ${(renderMs / 1000).toFixed(1)} s, check ${(checkMs / 1000).toFixed(1)} s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
