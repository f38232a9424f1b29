// @ts-check
/**
 * The README's two size tables, tied to the measurements (issue #19: the README said 8.77 kB for a runtime that
 * measured 8.82). Both are generated from what `npm run size` measures: the size-limit entries (`size-limit --json`,
 * .size-limit.mjs) and the CDN pages (`node scripts/cdn-size.mjs --json`), one row per entry, its name, size and
 * budget. They sit in docs/sizes.md and docs/cdn.md (until issue #21 in README.md) between `<!-- sizes:entries -->` / `<!-- sizes:cdn -->` and their closing comments.
 *
 * `node scripts/readme-sizes.mjs` checks (run by `npm test` as a Node check): every entry has its row, in order, with
 * exactly its budget, and a size within 0.1 kB of the measured one (so that a change of a few bytes does not demand a
 * README edit); exits 1 otherwise, saying which row. `node scripts/readme-sizes.mjs --write` rewrites both tables.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const TOLERANCE_KB = 0.1;
const write = process.argv.includes('--write');

/** @param {string} command @param {string[]} args */
function json(command, args) {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const start = r.stdout.indexOf('[');
  if (start < 0) throw new Error(`readme-sizes: ${command} ${args.join(' ')} printed no JSON (exit ${r.status})\n${r.stderr}`);
  return JSON.parse(r.stdout.slice(start));
}

const kB = (/** @type {number} */ n) => `${n.toFixed(2)} kB`;
/** A name as a table cell: in backticks (names have `<plan-…>` tags, which Markdown would take for HTML). */
const cell = (/** @type {string} */ s) => `\`${s.replace(/\|/g, '\\|')}\``;

/** @type {{ name: string, size: number, sizeLimit?: number }[]} */
const entries = json('npx', ['size-limit', '--json']);
/** @type {{ name: string, size: number, limit: number | null, files: number }[]} */
const pages = json('node', ['scripts/cdn-size.mjs', '--json']);

const tables = {
  entries: {
    head: '| entry (size-limit, minified + gzip) | size | budget |\n| --- | ---: | ---: |',
    rows: entries.map((e) => ({ name: e.name, size: e.size / 1000, budget: e.sizeLimit === undefined ? '–' : kB(e.sizeLimit / 1000) })),
  },
  cdn: {
    head: '| page (dist/cdn/, gzip per file, summed) | files | size | budget |\n| --- | ---: | ---: | ---: |',
    rows: pages.map((p) => ({ name: p.name, files: p.files, size: p.size, budget: p.limit === null ? '–' : kB(p.limit) })),
  },
};

/** @param {{ name: string, size: number, budget: string, files?: number }} r */
const render = (r) =>
  r.files === undefined
    ? `| ${cell(r.name)} | ${kB(r.size)} | ${r.budget} |`
    : `| ${cell(r.name)} | ${r.files} | ${kB(r.size)} | ${r.budget} |`;

/** Each table's page (issue #21: the reference moved from the README into docs/). */
const PAGES = { entries: 'docs/sizes.md', cdn: 'docs/cdn.md' };
const problems = [];
for (const [key, table] of Object.entries(tables)) {
  const PAGE = PAGES[/** @type {keyof typeof PAGES} */ (key)];
  let readme = readFileSync(PAGE, 'utf8');
  const open = `<!-- sizes:${key} -->`;
  const close = `<!-- /sizes:${key} -->`;
  const from = readme.indexOf(open);
  const to = readme.indexOf(close);
  if (from < 0 || to < from) {
    problems.push(`${PAGE} has no ${open} … ${close} block`);
    continue;
  }
  const generated = `${open}\n${table.head}\n${table.rows.map(render).join('\n')}\n${close}`;
  if (write) {
    readme = readme.slice(0, from) + generated + readme.slice(to + close.length);
    writeFileSync(PAGE, readme);
    spawnSync('npx', ['prettier', '--write', PAGE], { stdio: 'ignore' });
    continue;
  }
  const lines = readme
    .slice(from + open.length, to)
    .trim()
    .split('\n')
    .slice(2);
  if (lines.length !== table.rows.length) problems.push(`${key}: ${lines.length} rows in ${PAGE}, ${table.rows.length} measured`);
  table.rows.forEach((r, i) => {
    const cells = (lines[i] ?? '').split(/(?<!\\)\|/).map((c) =>
      c
        .trim()
        .replace(/\\\|/g, '|')
        .replace(/^`(.*)`$/, '$1'),
    );
    const [name, size, budget] = r.files === undefined ? [cells[1], cells[2], cells[3]] : [cells[1], cells[3], cells[4]];
    if (name !== r.name) problems.push(`${key} row ${i + 1}: "${name}" in ${PAGE}, "${r.name}" measured`);
    else if (budget !== r.budget) problems.push(`${key}: ${r.name}: budget ${budget} in ${PAGE}, ${r.budget} in the config`);
    else if (!(Math.abs(Number.parseFloat(size) - r.size) <= TOLERANCE_KB))
      problems.push(`${key}: ${r.name}: ${size} in ${PAGE}, ${kB(r.size)} measured`);
  });
}

const where = `${PAGES.entries} and ${PAGES.cdn}`;
if (write) {
  console.log(`readme-sizes: wrote ${tables.entries.rows.length} entries and ${tables.cdn.rows.length} CDN pages into ${where}`);
} else if (problems.length) {
  console.error(
    `readme-sizes: the size tables of ${where} disagree with npm run size (refresh: node scripts/readme-sizes.mjs --write):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
} else {
  console.log(
    `readme-sizes: ${where}: ${tables.entries.rows.length} entries and ${tables.cdn.rows.length} CDN pages match npm run size (±${TOLERANCE_KB} kB)`,
  );
}
