// `npm run lint:package [-- <tarball>]`: publint and @arethetypeswrong/cli on the package as npm packs it (without
// an argument: `npm pack` of the current dist/ into a temporary folder; run `npm run build` first). Run by
// test/pack/pack.node.ts on its tarball. attw does not check `*` pattern entries: each file a `*` entry of
// package.json `exports` exposes (chunks excepted) is passed to it by name. attw type-checks with its own bundled
// TypeScript (5.x), not the repo's. Profile esm-only: the package is ESM only (docs/package.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
let tarball = process.argv[2];
let tmp;
if (!tarball) {
  tmp = mkdtempSync(join(tmpdir(), 'spw-lint-package-'));
  const r = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]);
  if (r.status !== 0) process.exit(r.status ?? 1);
  tarball = join(tmp, JSON.parse(r.stdout)[0].filename);
}
try {
  const listing = run('tar', ['-tzf', tarball])
    .stdout.split('\n')
    .map((f) => f.replace(/^package\//, ''))
    .filter(Boolean);
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = new Set();
  for (const [key, value] of Object.entries(exports)) {
    if (!key.includes('*')) continue;
    const target = typeof value === 'string' ? value : (value.import ?? value.default);
    const [pre, post] = target.replace(/^\.\//, '').split('*');
    for (const f of listing) {
      if (!f.startsWith(pre) || !f.endsWith(post) || !f.endsWith('.js') || f.includes('/chunks/')) continue;
      entries.add(key.replace('*', f.slice(pre.length, f.length - post.length)));
    }
  }
  console.log(`lint:package: ${tarball}`);
  const publint = spawnSync('publint', ['run', '--strict', tarball], { stdio: 'inherit' });
  const attw = spawnSync('attw', [tarball, '--profile', 'esm-only', '--include-entrypoints', ...entries, '--format', 'table-flipped'], {
    stdio: 'inherit',
  });
  process.exitCode = publint.status || attw.status ? 1 : 0;
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
