// lit-analyzer (type-checks Lit template bindings) over src/, run by `npm run lint` (`npm run lint:lit`).
// Extra arguments are passed on, e.g. `npm run lint:lit -- --format list`.
import './typescript-5.mjs'; // lit-analyzer require()s 'typescript' for its JavaScript API: TypeScript 5, not 7
import { createRequire } from 'node:module';

const args = [
  // src/generated/ is built from the seed (npm run data)
  'src/*.ts',
  'src/!(generated)/**/*.ts',
  '--strict',
  '--maxWarnings',
  '0',
  // web-component-analyzer 2.0 reads `static get properties()` and decorators, not our `static properties = {}`, so every own attribute looks unknown
  '--rules.no-unknown-attribute',
  'off',
  // its CSS data (vscode-css-languageservice 4.3, 2020) flags current CSS: @container, color-scheme, forced-color-adjust, vector-effect…
  '--rules.no-invalid-css',
  'off',
];
process.argv.splice(2, 0, ...args);

/** @type {{ cli(): Promise<void> }} */
const litAnalyzer = createRequire(import.meta.url)('lit-analyzer');
// cli() exits with 1 on problems; awaiting it here (not lit-analyzer's own bin, which logs a crash and exits 0) fails on a crash too
await litAnalyzer.cli();
