import { existsSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { viteCssLiterals } from './scripts/css-literals.mjs';

// `vite` (npm start): dev server for the demo page index.html at the repo root.
// `vite build`: library build, one ES entry per public module, lit and d3-* left as bare imports (peers).

/** Library entries: src/index.ts plus every src/define/*.ts, discovered at config time. */
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
  return entries;
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

export default defineConfig(({ command }) => {
  let entry = command === 'build' ? libraryEntries() : {};
  if (command === 'build' && Object.keys(entry).length === 0) {
    console.warn('vite.config.ts: no src/index.ts or src/define/*.ts yet; building an empty dist/index.js');
    entry = { index: EMPTY_ENTRY };
  }
  return {
    // viteCssLiterals: build only (apply: 'build'); dist ships minified css`` (see scripts/css-literals.mjs)
    plugins: [emptyEntryPlugin, viteCssLiterals()],
    server: { host: '127.0.0.1', port: 5173 },
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
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/],
        output: {
          // shared code and dynamically import()ed modules (e.g. per-chapter text) stay separate files
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
