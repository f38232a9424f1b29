// Run before tachometer by the `bench*` scripts (benchmarks only; `npm ci` and `npm test` never need it).
// tachometer imports a package named `chromedriver` before it starts Chrome, and installs it on demand if it cannot
// resolve one. The npm package of that name downloads a driver in its install script (and fails without network or
// a driver), so the project has no such dependency at all. Instead this links the local stand-in
// (scripts/chromedriver-debian/: it only tells selenium where Debian's /usr/bin/chromedriver is) into node_modules.
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'scripts/chromedriver-debian');
const link = join(root, 'node_modules/chromedriver');

if (existsSync(link) && !lstatSync(link).isSymbolicLink()) rmSync(link, { recursive: true });
if (!existsSync(link)) {
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(relative(dirname(link), target), link, 'dir');
}
if (!existsSync('/usr/bin/chromedriver') && !process.env.CHROMEDRIVER_FILEPATH) {
  console.error('bench-driver: no /usr/bin/chromedriver; run `npm run setup:browsers` first (or set CHROMEDRIVER_FILEPATH)');
  process.exit(1);
}
