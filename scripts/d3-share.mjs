// How many bytes D3 adds to <plan-timeline>: the define entry bundled like size-limit does (esbuild, minified,
// css literals minified, gzip), once with D3 and once with every d3-* module left external.
// Usage: node scripts/d3-share.mjs   (after `npm run data`)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { esbuildCssLiterals } from './css-literals.mjs';

async function gzipSize(external) {
  const out = await build({
    entryPoints: ['src/define/plan-timeline.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external,
    plugins: [esbuildCssLiterals()],
  });
  const inputs = Object.values(out.metafile.outputs)[0].inputs;
  const raw = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = file.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'src';
    raw[pkg] = (raw[pkg] ?? 0) + bytesInOutput;
  }
  return { gzip: gzipSync(out.outputFiles[0].contents, { level: 9 }).length, raw };
}

const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
const all = await gzipSize([]);
const noD3 = await gzipSize(['d3-*']);
console.log(`plan-timeline define entry: ${kb(all.gzip)} gzip; without D3: ${kb(noD3.gzip)}; D3 share: ${kb(all.gzip - noD3.gzip)}`);
console.log('minified bytes per package (before gzip):');
for (const [pkg, n] of Object.entries(all.raw).sort((a, b) => b[1] - a[1])) console.log(`  ${pkg.padEnd(16)} ${n}`);
