import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteCssLiterals } from './scripts/css-literals.mjs';

// `vite` (npm start): dev server for the demo page index.html at the repo root.
// `vite build`: library build, one ES entry per public module, lit and d3-* left as bare imports (peers).

/**
 * Library entries, discovered at config time:
 * - `index` (src/index.ts) and `define/<name>` (src/define/<name>.ts) register elements: the side-effect entries
 *   that package.json `sideEffects` lists;
 * - `elements/<name>` (src/elements/<name>/<name>.ts, the class module) export a class without registering it;
 * - `data/index` (src/data/index.ts, package entry `./data`): the typed dataset and its selectors, no DOM and no Lit, so
 *   it also imports in plain Node.
 */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  if (existsSync('src/index.ts')) entries.index = 'src/index.ts';
  if (existsSync('src/define')) {
    for (const f of readdirSync('src/define').sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts') && !f.endsWith('.stories.ts')) {
        entries[`define/${f.slice(0, -3)}`] = `src/define/${f}`;
      }
    }
  }
  if (existsSync('src/elements')) {
    for (const name of readdirSync('src/elements').sort()) {
      if (existsSync(`src/elements/${name}/${name}.ts`)) entries[`elements/${name}`] = `src/elements/${name}/${name}.ts`;
    }
  }
  if (existsSync('src/data/index.ts')) entries['data/index'] = 'src/data/index.ts';
  // server rendering (Node: @lit-labs/ssr, parse5) and the CLI; the client's hydration support
  if (existsSync('src/ssr/index.ts')) entries['ssr/index'] = 'src/ssr/index.ts';
  if (existsSync('src/ssr/cli.ts')) entries['ssr/cli'] = 'src/ssr/cli.ts';
  if (existsSync('src/hydrate.ts')) entries.hydrate = 'src/hydrate.ts';
  return entries;
}

/** `./dist/define/*.js` → /^define\/[^/]*\.js$/ (relative to dist/, so it also holds for another --outDir). */
function distPattern(glob: string): RegExp {
  const escaped = glob.replace(/^\.\/dist\//, '').replace(/[.+?^$(){}|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*/g, '[^/]*')}$`);
}

/**
 * Registration must stay in files that package.json `sideEffects` lists, or a consumer's bundler drops it
 * without a word (issue #12: the define calls had been moved into dist/chunks/plan-*.js, and esbuild then wrote
 * a 0-byte bundle). A registering module (src/index.ts, src/define/*.ts) that two entries import becomes a shared
 * chunk: this fails the build instead. It also writes `elements/<name>.d.ts` beside each elements/* entry, since
 * tsc emits that entry's types as `elements/<name>/<name>.d.ts`.
 */
function packagingGuard(entries: Record<string, string>): Plugin {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects?: string[] | boolean };
  const listed = (Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []).filter((g) => g.startsWith('./dist/')).map(distPattern);
  const registering = Object.entries(entries)
    .filter(([name]) => !name.startsWith('elements/') && !name.startsWith('data/'))
    .map(([, file]) => file);
  return {
    name: 'packaging-guard',
    apply: 'build',
    generateBundle(options, bundle) {
      // the library build only (Storybook's build uses this config too, with its own output folder)
      if (!/(^|[\\/])dist$/.test(options.dir ?? '')) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const source = registering.find((file) => id.endsWith(`/${file}`));
          if (source && !listed.some((re) => re.test(chunk.fileName))) {
            this.error(
              `${source} (registers elements) was bundled into ${chunk.fileName}, which package.json "sideEffects" does not ` +
                `list: bundlers would tree-shake the registration away. Import element classes from src/elements/, not from ${source}.`,
            );
          }
        }
      }
      for (const name of Object.keys(entries).filter((n) => n.startsWith('elements/'))) {
        const base = name.slice('elements/'.length);
        this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export * from './${base}/${base}.js';\n` });
      }
    },
  };
}

// (Vite resolves lib entries against the root, so match on the suffix.)
const EMPTY_ENTRY = 'virtual:empty-library-entry';
const isEmptyEntry = (id: string) => id.endsWith(EMPTY_ENTRY);
/** Lets `vite build` succeed (with an empty dist/index.js) before any source exists. */
const emptyEntryPlugin: Plugin = {
  name: 'empty-library-entry',
  resolveId: (id) => (isEmptyEntry(id) ? `\0${EMPTY_ENTRY}` : null),
  load: (id) => (isEmptyEntry(id) ? 'export {};\n' : null),
};

/** package.json `bin` (dist/ssr/cli.js) must be executable, or `npx plan-widgets` in this repo says "Permission denied". */
const executableBin: Plugin = {
  name: 'executable-bin',
  apply: 'build',
  writeBundle(options, bundle) {
    if ('ssr/cli.js' in bundle) chmodSync(join(options.dir ?? 'dist', 'ssr/cli.js'), 0o755);
  },
};

export default defineConfig(({ command }) => {
  let entry = command === 'build' ? libraryEntries() : {};
  if (command === 'build' && Object.keys(entry).length === 0) {
    console.warn('vite.config.ts: no src/index.ts or src/define/*.ts yet; building an empty dist/index.js');
    entry = { index: EMPTY_ENTRY };
  }
  return {
    // viteCssLiterals: build only (apply: 'build'); dist ships minified css`` (see scripts/css-literals.mjs)
    plugins: [emptyEntryPlugin, viteCssLiterals(), packagingGuard(entry), executableBin],
    server: { host: '127.0.0.1', port: 5173 },
    // the dev server's dependency scan starts from the demo page alone: without this it crawled every .html of the
    // repo (bench/ssr/page.html imports the CDN build, absent before `npm run build`) and `npm start` printed an error
    optimizeDeps: { entries: ['index.html'] },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry,
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^parse5(\/|$)/, /^node:/, /^satori(\/|$)/, /^@resvg\//],
        output: {
          // shared code and dynamically import()ed modules (e.g. per-chapter text) stay separate files
          // a locale's text and pack say their locale (chunks/en-chapter-08-….js): chapter-08 alone is the zh-Hans original
          chunkFileNames: (chunk) =>
            `chunks/${/[\\/]generated[\\/](en|zh-Hant-HK|zh-Hant-TW)[\\/]/.exec(chunk.facadeModuleId ?? '')?.[1].concat('-') ?? ''}[name]-[hash].js`,
          // Chinese text as \uXXXX escapes: the files are plain ASCII, so they read right in a host page or CMS that
          // serves them with a wrong or missing charset (a common embed failure), and entries compress smaller
          charset: 'ascii',
        },
      },
    },
  };
});
