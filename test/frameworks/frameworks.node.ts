/**
 * Framework check (issue #19): the package as React, Vue and Svelte apps meet it, from the tarball `npm pack` writes.
 * Run by `npm test` (`test:node`), or alone: `npx tsx test/frameworks/frameworks.node.ts [coverage] [types] [react]
 * [react18] [vue] [svelte] [next]` (default: all). Exits non-zero on failure.
 *
 * 1. coverage (no install): every attribute and every `@fires` event of every element in custom-elements.json is in
 *    the generated dist/frameworks/elements.d.ts, and every event in the React wrapper (dist/react/<tag>.js, .d.ts),
 *    so a new attribute the generator missed fails here. Control: a manifest with one attribute added must be
 *    reported as missing.
 * 2. `npm run build` (PACK_REUSE_BUILD=1: keep dist/; the generated framework files are regenerated if absent or
 *    older than the manifest), `npm pack`, the tarball installed into a temporary project with each framework's own
 *    tooling, exact versions (`--prefer-offline --ignore-scripts`: Vite 8 has no esbuild, its native parts are
 *    optional platform packages, no install scripts needed).
 * 3. types: a TypeScript consumer (tsc, skipLibCheck off) that uses the React wrapper (typed `selected`,
 *    `onPlanStageSelect(event.stage)`), and checks, for every attribute and event of the manifest (listed by this
 *    test, not by the generator), that React's and Preact's `JSX.IntrinsicElements`, Vue's `GlobalComponents` and
 *    Svelte's `SvelteHTMLElements` have it; wrong values and unknown attributes must be errors (`@ts-expect-error`).
 * 4. apps, each built by `vite build` with the framework's plugin (@vitejs/plugin-react, @vitejs/plugin-vue,
 *    @sveltejs/vite-plugin-svelte) and loaded in Chromium: the framework's state sets `selected` (property and
 *    reflected attribute) and `article-href`, a click on a stage calls the framework's handler with the stage, a
 *    state change reaches the element, `<plan-target>` renders, no console error. React 19: the wrapper
 *    (`shenzhen-plan-widgets/react`) and the bare tag (React 19 native custom-element support); React 18: the
 *    wrapper; both register only the two elements they use. Next.js 16 (app router, `next build` with Turbopack, `next
 *    start`): a server component renders `<plan-article>` with the package's `renderElement` (declarative shadow DOM:
 *    the text is there with JavaScript off), a client component loads `hydrate.js` and the define file in useEffect
 *    (hydrated, not rendered twice; a hydration mismatch would be a console error) and uses the React wrappers.
 *    (@lit-labs/nextjs, Lit SSR of every element inside React, supports Next 13–15 with webpack only.) `/ssr` is
 *    imported with `turbopackIgnore` (Node loads it from node_modules): bundled, Turbopack fails on its optional
 *    `import('satori')`. Control for each app: the same app with the handler's event name misspelt must fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { camel, generate, readElements, reactEventProp, type ElementInfo } from '../../scripts/framework-types.js';
import { expectedTexts, launchChromium, report, type Browser } from '../helpers/node.js';
import { run } from '../helpers/run.js';

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
const args = process.argv.slice(2);
const want = (part: string) => args.length === 0 || args.includes(part);
const failures: string[] = [];
const rows: string[] = [];
const times: string[] = [];
const lap = (what: string, since: number) => times.push(`${what} ${((performance.now() - since) / 1000).toFixed(1)} s`);

/** Exact versions of what the consumers install (the frameworks' own tooling). */
const VERSIONS = {
  vite: '8.3.8',
  '@lit/react': '1.0.8',
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
  '@vitejs/plugin-react': '6.3.1',
  vue: '3.5.47',
  '@vitejs/plugin-vue': '6.1.1',
  svelte: '5.60.1',
  '@sveltejs/vite-plugin-svelte': '7.3.3',
  preact: '11.2.0',
};
const NEXT = { next: '16.5.0', react: '19.3.1', 'react-dom': '19.3.1', '@lit/react': '1.0.8' };
const REACT18 = { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.32', '@types/react-dom': '18.3.7' };

/** 1. What the generated files must name, from the manifest: problems (empty = pass). */
function coverage(elements: ElementInfo[], files: Record<string, string>): string[] {
  const problems: string[] = [];
  const neutral = files['frameworks/elements.d.ts'] ?? '';
  for (const el of elements) {
    const P = el.className.replace(/^Plan/, 'Plan');
    const block = (suffix: string) => new RegExp(`export interface ${P}${suffix} \\{([\\s\\S]*?)\\n\\}`).exec(neutral)?.[1] ?? '';
    const attrs = block('Attributes');
    for (const a of el.attributes) {
      const k = /^[A-Za-z_$][\w$]*$/.test(a.name) ? a.name : `'${a.name}'`;
      if (!new RegExp(`^\\s*${k.replace(/[$]/g, '\\$')}\\?:`, 'm').test(attrs))
        problems.push(`frameworks/elements.d.ts: <${el.tag}> ${a.name} missing`);
    }
    const events = block('Events');
    const js = files[`react/${el.tag}.js`] ?? '';
    const dts = files[`react/${el.tag}.d.ts`] ?? '';
    for (const e of el.events) {
      if (!events.includes(`'${e.name}':`)) problems.push(`frameworks/elements.d.ts: <${el.tag}> event ${e.name} missing`);
      if (!js.includes(`${reactEventProp(e.name)}: '${e.name}'`)) problems.push(`react/${el.tag}.js: ${reactEventProp(e.name)} missing`);
      if (!dts.includes(`${reactEventProp(e.name)}: EventName<`)) problems.push(`react/${el.tag}.d.ts: ${reactEventProp(e.name)} missing`);
    }
    for (const f of ['jsx', 'preact', 'vue', 'svelte'])
      if (!(files[`frameworks/${f}.d.ts`] ?? '').includes(`'${el.tag}'`)) problems.push(`frameworks/${f}.d.ts: <${el.tag}> missing`);
  }
  return problems;
}

/** Page-side check of one app: the framework's state drives `selected`, its handler gets the stage. */
const CHECK = `async ({ ids, gdpValue }) => {
  const problems = [];
  const until = async (fn, ms = 8000) => { const end = Date.now() + ms; let v; while (!(v = fn()) && Date.now() < end) await new Promise((r) => setTimeout(r, 50)); return v; };
  // Next.js hydrates after 'load' (its chunks are async scripts): wait for the definition rather than expect it
  if (!(await until(() => customElements.get('plan-timeline')))) return ['<plan-timeline> is not registered after 8 s'];
  for (const { el, log } of ids) {
    const t = document.getElementById(el);
    if (!t) { problems.push('#' + el + ' not rendered by the framework'); continue; }
    if (!(await until(() => t.shadowRoot?.querySelector('button.stage[data-stage="2035"]')))) problems.push('#' + el + ': no stages in its shadow root');
    if (t.selected !== '2030') problems.push('#' + el + '.selected is ' + JSON.stringify(t.selected) + ', the app set 2030');
    if (t.getAttribute('selected') !== '2030') problems.push('#' + el + ' attribute selected=' + JSON.stringify(t.getAttribute('selected')) + ' (reflects 2030)');
    if (t.articleHref !== '/a/{n}') problems.push('#' + el + '.articleHref is ' + JSON.stringify(t.articleHref) + ' (article-href from the app)');
    if (document.getElementById(log).textContent !== '') problems.push('#' + log + ' is not empty before any click');
  }
  const target = document.querySelector('plan-target');
  if (!target) problems.push('no <plan-target>');
  else if (!(await until(() => (target.shadowRoot?.textContent ?? '').replace(/\\s+/g, '').includes(gdpValue)))) problems.push('<plan-target> does not show ' + gdpValue);
  return problems;
}`;

const AFTER_CLICK = `async ({ el, log, set }) => {
  const problems = [];
  const until = async (fn, ms = 3000) => { const end = Date.now() + ms; let v; while (!(v = fn()) && Date.now() < end) await new Promise((r) => setTimeout(r, 50)); return v; };
  const t = document.getElementById(el);
  if (!(await until(() => document.getElementById(log).textContent === '2035')))
    problems.push('#' + el + ': the framework handler did not get stage 2035 (log: ' + JSON.stringify(document.getElementById(log).textContent) + ')');
  if (t.selected !== '2035') problems.push('#' + el + '.selected is ' + JSON.stringify(t.selected) + ' after the click');
  document.getElementById(set).click(); // the app sets its state to 2020
  if (!(await until(() => t.selected === '2020' && t.getAttribute('selected') === '2020')))
    problems.push('#' + el + ': the app set 2020, the element has ' + JSON.stringify(t.selected) + ' / attribute ' + JSON.stringify(t.getAttribute('selected')));
  return problems;
}`;

/** An app: its folder's files (source may be a control: event name misspelt), and its timelines. */
interface App {
  name: string;
  project: 'main' | 'react18' | 'next';
  files: (control: boolean) => Record<string, string>;
  timelines: { el: string; log: string; set: string }[];
  /** Exactly the elements the page registers: the React wrappers register only the elements used (tree-shaking). */
  registers?: string[];
}

const html = (script: string) =>
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title></head>` +
  `<body><div id="app"></div><script type="module" src="${script}"></script></body></html>\n`;

const reactApp = (native: boolean) => (control: boolean) => {
  const ev = control ? 'onPlanStageSelected' : 'onPlanStageSelect';
  const nativeEv = control ? 'onplan-stage-selected' : 'onplan-stage-select';
  return {
    'index.html': html('./main.jsx'),
    'vite.config.mjs': `import react from '@vitejs/plugin-react';\nexport default { base: './', plugins: [react()], logLevel: 'warn' };\n`,
    'main.jsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PlanTimeline, PlanTarget } from '${pkg.name}/react';

function Wrapped() {
  const [stage, setStage] = useState('2030');
  const [log, setLog] = useState([]);
  return (
    <section>
      <PlanTimeline id="t" selected={stage} article-href="/a/{n}" ${ev}={(e) => { setLog((l) => [...l, e.stage]); setStage(e.stage); }} />
      <output id="log">{log.join(',')}</output>
      <button id="set" onClick={() => setStage('2020')}>2020</button>
      <PlanTarget figure="gdp-2025" />
    </section>
  );
}
${
  native
    ? `// React 19 alone: a custom element's props are set as properties when the element has them, on* props add listeners
function Native() {
  const [stage, setStage] = useState('2030');
  const [log, setLog] = useState([]);
  return (
    <section>
      <plan-timeline id="n" selected={stage} article-href="/a/{n}" ${nativeEv}={(e) => { setLog((l) => [...l, e.stage]); setStage(e.stage); }}></plan-timeline>
      <output id="nlog">{log.join(',')}</output>
      <button id="nset" onClick={() => setStage('2020')}>2020</button>
    </section>
  );
}
`
    : ''
}
createRoot(document.getElementById('app')).render(<>{[<Wrapped key="w" />${native ? ', <Native key="n" />' : ''}]}</>);
`,
  };
};

/** Next.js (app router, Turbopack): the server component renders <plan-article> with the package's renderer. */
const nextApp = (control: boolean, root: string) => ({
  'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  'app/layout.jsx': `export const metadata = { title: 'app' };
export default function RootLayout({ children }) {
  return (<html lang="zh-Hans"><head><link rel="icon" href="data:," /></head><body>{children}</body></html>);
}
`,
  'app/page.jsx': `import Widgets from './widgets.jsx';

// A server component: <plan-article>'s shadow root (its text) from the package's own server renderer, as declarative
// shadow DOM. Loaded by Node from node_modules, not bundled (Node ESM; see the test's header).
export default async function Page() {
  const { preloadText, renderElement } = await import(/* turbopackIgnore: true */ '${pkg.name}/ssr');
  await preloadText();
  const shadow = renderElement('plan-article', { number: '35' });
  return (
    <main>
      <plan-article number="35" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: shadow ?? '' }} />
      <Widgets />
    </main>
  );
}
`,
  'app/widgets.jsx': `'use client';
import { useEffect, useState } from 'react';
import { PlanTimeline, PlanTarget } from '${pkg.name}/react';

export default function Widgets() {
  const [stage, setStage] = useState('2030');
  const [log, setLog] = useState([]);
  useEffect(() => {
    // hydration support first, then the server-rendered element's definition
    import('${pkg.name}/hydrate.js').then(() => import('${pkg.name}/define/plan-article.js'));
  }, []);
  return (
    <section>
      <PlanTimeline id="t" selected={stage} article-href="/a/{n}" ${control ? 'onPlanStageSelected' : 'onPlanStageSelect'}={(e) => { setLog((l) => [...l, e.stage]); setStage(e.stage); }} />
      <output id="log">{log.join(',')}</output>
      <button id="set" onClick={() => setStage('2020')}>2020</button>
      <PlanTarget figure="gdp-2025" />
    </section>
  );
}
`,
});

const APPS: App[] = [
  {
    name: 'react',
    project: 'main',
    files: reactApp(true),
    registers: ['plan-target', 'plan-timeline'],
    timelines: [
      { el: 't', log: 'log', set: 'set' },
      { el: 'n', log: 'nlog', set: 'nset' },
    ],
  },
  {
    name: 'react18',
    project: 'react18',
    files: reactApp(false),
    registers: ['plan-target', 'plan-timeline'],
    timelines: [{ el: 't', log: 'log', set: 'set' }],
  },
  {
    name: 'vue',
    project: 'main',
    timelines: [{ el: 't', log: 'log', set: 'set' }],
    files: (control) => ({
      'index.html': html('./main.js'),
      'vite.config.mjs':
        `import vue from '@vitejs/plugin-vue';\n` +
        `export default { base: './', logLevel: 'warn', plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('plan-') } } })] };\n`,
      'main.js': `import '${pkg.name}/define/plan-timeline.js';\nimport '${pkg.name}/define/plan-target.js';\nimport { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n`,
      'App.vue': `<script setup>
import { ref } from 'vue';
const stage = ref('2030');
const log = ref([]);
function onSelect(e) { log.value.push(e.stage); stage.value = e.stage; }
</script>
<template>
  <plan-timeline id="t" :selected="stage" article-href="/a/{n}" @${control ? 'plan-stage-selected' : 'plan-stage-select'}="onSelect"></plan-timeline>
  <output id="log">{{ log.join(',') }}</output>
  <button id="set" @click="stage = '2020'">2020</button>
  <plan-target figure="gdp-2025"></plan-target>
</template>
`,
    }),
  },
  {
    name: 'svelte',
    project: 'main',
    timelines: [{ el: 't', log: 'log', set: 'set' }],
    files: (control) => ({
      'index.html': html('./main.js'),
      'vite.config.mjs': `import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { base: './', logLevel: 'warn', plugins: [svelte()] };\n`,
      'main.js': `import { mount } from 'svelte';\nimport App from './App.svelte';\nmount(App, { target: document.getElementById('app') });\n`,
      'App.svelte': `<script>
  import '${pkg.name}/define/plan-timeline.js';
  import '${pkg.name}/define/plan-target.js';
  let stage = $state('2030');
  let log = $state([]);
</script>

<plan-timeline id="t" selected={stage} article-href={'/a/{n}'} ${control ? 'onplan-stage-selected' : 'onplan-stage-select'}={(e) => { log.push(e.stage); stage = e.stage; }}></plan-timeline>
<output id="log">{log.join(',')}</output>
<button id="set" onclick={() => (stage = '2020')}>2020</button>
<plan-target figure="gdp-2025"></plan-target>
`,
    }),
  },
  { name: 'next', project: 'next', files: (control) => nextApp(control, ''), timelines: [{ el: 't', log: 'log', set: 'set' }] },
];

/** 3. The TypeScript consumer: every attribute and event by this test's own reading of the manifest. */
function typesConsumer(elements: ElementInfo[]): Record<string, string> {
  const union = (xs: string[]) => (xs.length ? xs.map((x) => `'${x}'`).join(' | ') : 'never');
  let keys = `import type {} from '${pkg.name}/jsx';
import type {} from '${pkg.name}/preact';
import type {} from '${pkg.name}/vue';
import type {} from '${pkg.name}/svelte';
import type { JSX as ReactJSX } from 'react';
import type { JSX as PreactJSX } from 'preact';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';

type Has<T, K extends PropertyKey> = [K] extends [keyof T] ? true : false;
const yes = <T extends true>(t: T): T => t;
type VueProps<N extends keyof GlobalComponents> = InstanceType<GlobalComponents[N]>['$props'];
`;
  for (const el of elements) {
    const attrs = el.attributes.map((a) => a.name);
    const events = el.events.map((e) => `on${e.name}`);
    const vue = [...el.attributes.map((a) => camel(a.name)), ...el.events.map((e) => reactEventProp(e.name))];
    keys += `
// <${el.tag}>
yes<Has<ReactJSX.IntrinsicElements['${el.tag}'], ${union([...attrs, ...events])}>>(true);
yes<Has<PreactJSX.IntrinsicElements['${el.tag}'], ${union([...attrs, ...events])}>>(true);
yes<Has<SvelteHTMLElements['${el.tag}'], ${union([...attrs, ...events])}>>(true);
yes<Has<VueProps<'${el.tag}'>, ${union(vue)}>>(true);
// @ts-expect-error control: an attribute the element does not have
yes<Has<ReactJSX.IntrinsicElements['${el.tag}'], 'not-an-attribute'>>(true);
// @ts-expect-error control
yes<Has<VueProps<'${el.tag}'>, 'notAnAttribute'>>(true);
// @ts-expect-error control
yes<Has<SvelteHTMLElements['${el.tag}'], 'not-an-attribute'>>(true);
`;
  }
  const usage = `import { PlanTimeline, PlanTarget } from '${pkg.name}/react';
import type {} from '${pkg.name}/jsx';
import type { StageId } from '${pkg.name}';

export const ok = (
  <>
    <PlanTimeline selected="2030" compact onPlanStageSelect={(e) => { const s: StageId = e.stage; void s; }} />
    <PlanTarget figure="gdp-2025" variant="inline" actuals={[]} />
    <plan-timeline selected="2035" article-href="/a/{n}" onplan-stage-select={(e) => { const s: StageId = e.stage; void s; }} />
    <plan-target figure="gdp-2025" no-credit />
  </>
);
// @ts-expect-error not a stage
export const badStage = <PlanTimeline selected="1999" />;
// @ts-expect-error the event has a stage, not a number
export const badHandler = <PlanTimeline onPlanStageSelect={(e: { stage: number }) => e} />;
// @ts-expect-error not a variant
export const badVariant = <plan-target variant="huge" />;
// @ts-expect-error not an attribute (a name with a hyphen would not be an error: JSX never checks those for excess)
export const unknown = <plan-timeline notanattribute="x" />;
// @ts-expect-error a declared kebab-case attribute is type-checked
export const badHref = <plan-timeline article-href={35} />;
`;
  const tsconfig = {
    compilerOptions: {
      target: 'es2022',
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
    },
    files: ['keys.ts', 'usage.tsx'],
  };
  return { 'keys.ts': keys, 'usage.tsx': usage, 'tsconfig.json': JSON.stringify(tsconfig, null, 2) };
}

const tmp = mkdtempSync(join(tmpdir(), 'spw-frameworks-'));
let browser: Browser | undefined;
let server: Server | undefined;
let nextServer: ChildProcess | undefined;
const stopNext = () => {
  nextServer?.kill();
  nextServer = undefined;
};
const freePort = () =>
  new Promise<number>((resolvePort) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolvePort(port));
    });
  });

try {
  // 1. coverage, and its control
  const manifestPath = 'custom-elements.json';
  const distFresh = () =>
    existsSync('dist/react/index.js') &&
    existsSync('dist/frameworks/elements.d.ts') &&
    existsSync(manifestPath) &&
    statSync('dist/frameworks/elements.d.ts').mtimeMs >= statSync(manifestPath).mtimeMs;
  const needs = want('types') || APPS.some((a) => want(a.name));
  let t0 = performance.now();
  // reusing dist/: its generated framework files are regenerated (0.5 s; a dist/ from before this script has none)
  if (needs && !(process.env.PACK_REUSE_BUILD === '1' && existsSync('dist/index.d.ts'))) run('npm', ['run', 'build']);
  else if (needs || !distFresh()) run('npx', ['tsx', 'scripts/framework-types.ts']);
  if (needs) lap('build', t0);
  const elements = readElements(JSON.parse(readFileSync(manifestPath, 'utf8')) as Parameters<typeof readElements>[0]);
  if (want('coverage')) {
    const shipped: Record<string, string> = {};
    for (const f of Object.keys(generate(elements))) shipped[f] = existsSync(join('dist', f)) ? readFileSync(join('dist', f), 'utf8') : '';
    const problems = coverage(elements, shipped);
    failures.push(...problems);
    const attrs = elements.reduce((n, e) => n + e.attributes.length, 0);
    const events = elements.reduce((n, e) => n + e.events.length, 0);
    rows.push(
      `coverage: ${elements.length} elements, ${attrs} attributes, ${events} events in dist/frameworks and dist/react${problems.length ? ' — FAILED' : ''}`,
    );
    // control: an attribute the generated files do not have must be reported
    const [first] = elements;
    if (first) {
      const more = elements.map((e) =>
        e === first ? { ...e, attributes: [...e.attributes, { name: 'added-later', field: 'addedLater' }] } : e,
      );
      if (!coverage(more, shipped).some((p) => p.includes('added-later')))
        failures.push('coverage control: an attribute missing from the types was not reported');
    }
  }
  if (!needs) throw new Error('done'); // coverage only

  // 2. pack, install
  t0 = performance.now();
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp])) as [
    { filename: string; files: { path: string }[] },
  ];
  const tarball = join(tmp, packed.filename);
  const packedFiles = new Set(packed.files.map((f) => f.path));
  for (const f of [
    'dist/react/index.js',
    'dist/react/index.d.ts',
    'dist/frameworks/vue.d.ts',
    'dist/frameworks/svelte.d.ts',
    'dist/frameworks/jsx.d.ts',
  ])
    if (!packedFiles.has(f)) failures.push(`${f} is not in the tarball`);
  const install = (dir: string, deps: Record<string, string>) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
    const specs = Object.entries(deps).map(([n, v]) => `${n}@${v}`);
    run(
      'npm',
      [
        'install',
        tarball,
        ...specs,
        '--save-exact',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--prefer-offline',
        '--no-package-lock',
      ],
      dir,
    );
  };
  const projects = { main: join(tmp, 'main'), react18: join(tmp, 'react18'), next: join(tmp, 'next') };
  if (want('types') || APPS.some((a) => a.project === 'main' && want(a.name))) install(projects.main, VERSIONS);
  if (want('react18')) {
    const { vite, '@vitejs/plugin-react': plugin, '@lit/react': litReact } = VERSIONS;
    install(projects.react18, { vite, '@vitejs/plugin-react': plugin, '@lit/react': litReact, ...REACT18 });
  }
  if (want('next')) install(projects.next, NEXT);
  lap('pack + install', t0);

  // 3. types
  if (want('types')) {
    t0 = performance.now();
    const dir = join(projects.main, 'types');
    mkdirSync(dir);
    for (const [f, text] of Object.entries(typesConsumer(elements))) writeFileSync(join(dir, f), text);
    const r = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0)
      failures.push(`types: tsc on the consumer failed:\n    ${(r.stdout + r.stderr).trim().split('\n').slice(0, 30).join('\n    ')}`);
    else
      rows.push(
        `types: React/Preact JSX, Vue GlobalComponents, Svelte SvelteHTMLElements list every attribute and event; wrapper props typed (tsc)`,
      );
    lap('types', t0);
  }

  // 4. apps
  const apps = APPS.filter((a) => want(a.name));
  if (apps.length) {
    const out = join(tmp, 'out');
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
      try {
        if (!file.startsWith(out + sep)) throw new Error('outside');
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const { gdpValue, lead35 } = expectedTexts();

    /** Builds one app (or its control) and returns the problems Chromium finds. */
    const check = async (app: App, control: boolean): Promise<{ problems: string[]; bytes: number }> => {
      const name = `${app.name}${control ? '-control' : ''}`;
      const dir = join(projects[app.project], 'apps', name);
      mkdirSync(dir, { recursive: true });
      const files = app.project === 'next' ? nextApp(control, projects.next) : app.files(control);
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), text);
      }
      let url = `${origin}/${name}/`;
      let bytes: number;
      if (app.project === 'next') {
        const bin = join(projects.next, 'node_modules/.bin/next');
        run(bin, ['build'], dir, `next build (${name})`);
        bytes = dirBytes(join(dir, '.next/static'));
        const port = await freePort();
        nextServer = spawn(bin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
          cwd: dir,
          stdio: 'ignore',
          env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        });
        url = `http://127.0.0.1:${port}/`;
        const end = Date.now() + 20_000;
        while (
          !(await fetch(url).then(
            (r) => r.ok,
            () => false,
          ))
        ) {
          if (Date.now() > end) throw new Error(`next start (${name}) did not answer in 20 s`);
          await new Promise((r) => setTimeout(r, 200));
        }
      } else {
        run(
          join(projects[app.project], 'node_modules/.bin/vite'),
          ['build', '--outDir', join(out, name), '--emptyOutDir'],
          dir,
          `vite build (${name})`,
        );
        bytes = dirBytes(join(out, name));
      }
      const page = await browser!.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
      try {
        let serverCount = 1;
        if (app.project === 'next' && !control) {
          // without JavaScript: the server's HTML alone shows article 35's text (declarative shadow DOM)
          const noJs = await browser!.newPage();
          await noJs.setJavaScriptEnabled(false);
          await noJs.goto(url, { waitUntil: 'load' });
          const text = await noJs.evaluate(() =>
            (document.querySelector('plan-article')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ''),
          );
          serverCount = text.split(lead35).length - 1;
          if (!text.includes(lead35))
            problems.push(`without JavaScript, <plan-article> does not show article 35's lead (${JSON.stringify(text.slice(0, 60))})`);
          await noJs.close();
        }
        await page.goto(url, { waitUntil: 'load' });
        problems.push(...((await page.evaluate(`(${CHECK})(${JSON.stringify({ ids: app.timelines, gdpValue })})`)) as string[]));
        if (app.registers) {
          const tags = elements.map((e) => e.tag);
          const registered = (await page.evaluate((t: string[]) => t.filter((n) => customElements.get(n)), tags)).sort();
          if (registered.join() !== [...app.registers].sort().join())
            problems.push(`registered ${registered.join(', ')}; expected only ${app.registers.join(', ')} (the wrappers used)`);
        }
        for (const t of app.timelines) {
          const stage = await page.evaluateHandle(
            (id) => document.getElementById(id)?.shadowRoot?.querySelector('button.stage[data-stage="2035"]') ?? null,
            t.el,
          );
          const button = stage.asElement() as { click(): Promise<void> } | null;
          if (!button) continue; // reported above
          await button.click(); // a real mouse click, as a reader's
          problems.push(...((await page.evaluate(`(${AFTER_CLICK})(${JSON.stringify(t)})`)) as string[]));
        }
        if (app.project === 'next') {
          // hydrated, not rendered a second time: the text as often as in the server's HTML
          const hydrated = await page.evaluate(async (lead: string) => {
            const end = Date.now() + 8000;
            while (!customElements.get('plan-article') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
            const el = document.querySelector('plan-article');
            const text = (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, '');
            return { defined: !!customElements.get('plan-article'), count: text.split(lead).length - 1 };
          }, lead35);
          if (!hydrated.defined) problems.push('<plan-article> was not defined by the client component');
          else if (!control && hydrated.count !== serverCount)
            problems.push(
              `<plan-article> shows article 35's lead ${hydrated.count} times after hydration, ${serverCount} in the server's HTML`,
            );
        }
      } finally {
        await page.close();
        stopNext();
      }
      return { problems, bytes };
    };

    for (const app of apps) {
      t0 = performance.now();
      const { problems, bytes } = await check(app, false);
      failures.push(...problems.map((p) => `${app.name}: ${p}`));
      const control = await check(app, true);
      if (!control.problems.some((p) => p.includes('did not get stage 2035')))
        failures.push(
          `${app.name} control (handler's event misspelt): the check did not fail (${control.problems.join('; ') || 'no problems'})`,
        );
      rows.push(
        `${app.name.padEnd(8)} ${problems.length ? 'FAILED' : 'ok'}: selected set + reflected, article-href, click → handler(stage 2035), state → element, <plan-target>, no console error; ${(bytes / 1024).toFixed(0)} kB built; control fails`,
      );
      lap(app.name, t0);
    }
  }
} catch (e) {
  if (!(e instanceof Error && e.message === 'done')) failures.push(`frameworks: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  stopNext();
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}

function dirBytes(dir: string): number {
  return run('du', ['-sb', dir]).split('\t').map(Number)[0] ?? 0;
}

rows.push(`frameworks: ${times.join(', ')}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
report('frameworks', 'with framework consumers', rows, failures);
