import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { viteCssLiterals } from './scripts/css-literals.mjs';

// `vite build -c vite.cdn.config.ts` (`npm run build:cdn`, run by `npm run build` after the library build): the CDN
// folder dist/cdn/, for pages without a bundler. Lit and D3 are bundled in (no bare imports); code two entries share
// lands in content-hashed chunks under chunks/, downloaded once. Entries keep stable names:
// - plan-widgets.js, the autoloader (src/cdn/plan-widgets.ts): import()s an element's file when its tag appears;
// - plan-<element>.js, one per element (src/define/<element>.ts): registers that element alone;
// - plan-hydrate.js (src/hydrate.ts): Lit's hydration support, for server-rendered pages (src/ssr/).
// Every import between the files is relative (`./chunks/…`, `../plan-target.js`), so the folder works from any path.

/**
 * The chunk boundary of src/internal/, file by file (issue #21: a regex over file names let a new internal file move
 * bytes into every page unseen). RUNTIME_INTERNAL goes into the shared runtime chunk (what every element needs);
 * SHARED_INTERNAL, used by some elements only, into chunks of their own. A file of src/internal/ in neither list fails
 * the build: decide where it goes.
 */
const RUNTIME_INTERNAL = [
  'ancestors',
  'define',
  'events',
  'fragment',
  'href',
  'locale-controller',
  'plan-element',
  'source-credit',
  'theme-controller',
  'warn',
];
const SHARED_INTERNAL = ['css-props', 'runs', 'heading', 'impression'];
const unplaced = readdirSync('src/internal')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .filter((n) => !RUNTIME_INTERNAL.includes(n) && !SHARED_INTERNAL.includes(n));
if (unplaced.length)
  throw new Error(`vite.cdn.config.ts: src/internal/${unplaced.join('.ts, src/internal/')}.ts: add to RUNTIME_INTERNAL or SHARED_INTERNAL`);

/** The modules of the shared runtime chunk (see codeSplitting below). */
const RUNTIME = new RegExp(
  [
    String.raw`node_modules[\\/](lit[\\/]index\.js|lit-html[\\/]lit-html\.js|lit-element[\\/]|@lit[\\/]reactive-element[\\/])`,
    String.raw`src[\\/]internal[\\/](${RUNTIME_INTERNAL.join('|')})\.ts`,
    String.raw`src[\\/]styles[\\/]`,
    String.raw`src[\\/]i18n[\\/](locale|packs|types)\.ts`,
    String.raw`src[\\/]i18n[\\/]sections[\\/]common\.ts`,
    String.raw`src[\\/]generated[\\/](version|meta|article-index)\.ts`,
    String.raw`src[\\/]data[\\/](freeze|article-index|figure-format)\.ts`,
  ].join('|'),
);

const elements = Object.fromEntries(
  readdirSync('src/define')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts') && !f.endsWith('.stories.ts'))
    .sort()
    .map((f) => [f.slice(0, -3), `src/define/${f}`]),
);

/**
 * Declarations beside the entries, for package.json `"./cdn/*"` (`import 'shenzhen-plan-widgets/cdn/plan-target.js'`
 * type-checks; @arethetypeswrong's untyped-resolution otherwise): an element file exports what its define entry
 * exports (dist/define/<element>.d.ts, written by `tsc -p tsconfig.build.json`), the autoloader nothing.
 */
const cdnDeclarations: Plugin = {
  name: 'cdn-declarations',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'plan-widgets.d.ts', source: 'export {};\n' });
    this.emitFile({ type: 'asset', fileName: 'plan-hydrate.d.ts', source: 'export {};\n' });
    for (const name of Object.keys(elements)) {
      this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export * from '../define/${name}.js';\n` });
    }
  },
};

/**
 * Issue #20 §1, "flatten the waterfall": without help a page fetches plan-widgets.js, then (once it has run)
 * plan-timeline.js, then (once that is parsed) the chunks it imports: three round trips. The build knows each entry's
 * static import closure, so this writes it into plan-widgets.js, which puts a `<link rel="modulepreload">` for the
 * element file and every chunk of its closure before its `import()` (src/cdn/plan-widgets.ts): one round trip after
 * the autoloader. Prepended to plan-widgets.js as `import.meta.planGraph=[names,closures]`, kept small (the chunk
 * names' content hashes do not compress; the keys repeat the autoloader's tags):
 * - names: every chunk an entry imports statically, once, without `chunks/` and `.js`, space-separated
 *   (`"runtime-DYDV0wDx …"`);
 * - closures: keyed by entry name (`plan-timeline`, `plan-hydrate`: the file is `<key>.js`), each chunk the entry
 *   imports statically, directly or through another chunk, as one base-36 digit: its index in names.
 * Measured (gzip -9, scripts/cdn-size.mjs): plan-widgets.js 0.62 -> 1.11 kB; half of the growth is the 15 names.
 * Only plan-widgets.js changes, after every file name is known: no chunk imports it, so no content hash moves.
 * Without the build (`npm start`'s dev server) `import.meta.planGraph` is undefined and nothing is preloaded.
 *
 * The same closures, as file names relative to the folder, are also written to graph.json for the server renderer
 * (src/ssr/page.ts, RenderPageOptions.modulepreload; the package ships dist/cdn/graph.json): one key per entry file,
 * each the chunks it imports statically, directly or not, in the order they are first reached (the entry itself is
 * the key; plan-widgets.js imports nothing):
 * `{"plan-hydrate.js":["chunks/directive-….js",…],"plan-timeline.js":[…],"plan-widgets.js":[]}`.
 */
const cdnPreloadGraph: Plugin = {
  name: 'cdn-preload-graph',
  apply: 'build',
  generateBundle(_options, bundle) {
    const autoloader = bundle['plan-widgets.js'];
    if (autoloader?.type !== 'chunk') this.error('cdn-preload-graph: no plan-widgets.js entry');
    if (autoloader.imports.length) this.error('cdn-preload-graph: plan-widgets.js must import nothing statically');
    const reach = (file: string, seen: Set<string>): void => {
      const chunk = bundle[file];
      if (chunk?.type !== 'chunk') this.error(`cdn-preload-graph: ${file} is not a chunk of the build`);
      for (const dep of chunk.imports) {
        if (seen.has(dep)) continue;
        seen.add(dep);
        reach(dep, seen);
      }
    };
    // entry file -> its static closure (the one graph walk; both outputs below are written from it)
    const graph: Record<string, string[]> = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const seen = new Set<string>();
      reach(chunk.fileName, seen);
      for (const file of seen) {
        if (!/^chunks\/.+\.js$/.test(file)) this.error(`cdn-preload-graph: ${chunk.fileName} imports ${file}, not under chunks/`);
      }
      graph[chunk.fileName] = [...seen];
    }
    const sorted = Object.fromEntries(Object.entries(graph).sort(([a], [b]) => (a < b ? -1 : 1)));
    this.emitFile({ type: 'asset', fileName: 'graph.json', source: `${JSON.stringify(sorted, null, 1)}\n` });
    const names: string[] = [];
    const closures: string[] = [];
    for (const [entry, files] of Object.entries(graph)) {
      if (entry === autoloader.fileName) continue;
      const digits = files.map((file) => {
        file = file.slice('chunks/'.length, -'.js'.length);
        const i = names.indexOf(file);
        return (i < 0 ? names.push(file) - 1 : i).toString(36);
      });
      closures.push(`${JSON.stringify(entry.slice(0, -'.js'.length))}:"${digits.join('')}"`);
    }
    if (names.length > 36) this.error('cdn-preload-graph: more than 36 files, one base-36 digit each no longer fits');
    autoloader.code = `import.meta.planGraph=[${JSON.stringify(names.join(' '))},{${closures.join(',')}}];${autoloader.code}`;
  },
};

export default defineConfig({
  plugins: [viteCssLiterals(), cdnDeclarations, cdnPreloadGraph],
  // not the demo's public/ folder or index.html: only the built modules
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: false,
    // the minifier drops Lit's and D3's licence comments: their notices ship beside the files instead
    license: { fileName: 'LICENSES.md' },
    lib: {
      entry: { 'plan-widgets': 'src/cdn/plan-widgets.ts', 'plan-hydrate': 'src/hydrate.ts', ...elements },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      output: {
        // a locale's text and pack say their locale (chunks/en-chapter-08-….js): chapter-08 alone is the zh-Hans original
        chunkFileNames: (chunk) =>
          `chunks/${/[\\/]generated[\\/](en|zh-Hant-HK|zh-Hant-TW)[\\/]/.exec(chunk.facadeModuleId ?? '')?.[1].concat('-') ?? ''}[name]-[hash].js`,
        // everything two or more element files share (Lit, the base element, figure formatting, events) in one
        // chunk, chunks/runtime-<hash>.js: a page fetches it once, in one request; a separate ≈ 0.1–0.4 kB chunk per
        // pair of elements cost each page a request and gzip overhead (<plan-target> page −0.1 kB, timeline −0.24 kB;
        // a page with only <plan-article> pays +0.2 kB of figure formatting it does not use). D3 is a chunk the
        // timeline and the figures chart share, chapter text and the dev-only "did you mean" in their own chunks, loaded by import().
        codeSplitting: {
          // Lit's directive base class is shared by the timeline (cssProps) and plan-hydrate.js only: its own small chunk,
          // or the runtime (and so every <plan-target> page) would carry it (+0.15 kB)
          groups: [
            { name: 'directive', test: /node_modules[\\/]lit-html[\\/]directive\.js$/, priority: 2 },
            // the runtime is what every element needs — Lit, the base element, tokens, locale and theme, the credit — and
            // nothing that only some share: element classes (<plan-document> reuses three), the figure registry (target
            // and figures) and D3 (timeline and figures) go to chunks of their own, fetched by the pages that use them
            { name: 'runtime', test: (id) => RUNTIME.test(id), minShareCount: 2, priority: 1 },
          ],
        },
        // Vite leaves ES library output unminified (whitespace, comments); a CDN page runs these files as they are
        minify: true,
        // nothing downstream tree-shakes these files: drop the /* @__PURE__ */ annotations the minifier keeps
        comments: { annotation: false },
        // plain ASCII, as dist/ (vite.config.ts): right characters even when served with a wrong or missing charset
        charset: 'ascii',
      },
    },
  },
});
