// @ts-check
/**
 * The README's two size tables, tied to the measurements (issue #19: the README said 8.77 kB for a runtime that
 * measured 8.82). Both are generated from what `npm run size` measures: the size-limit entries (`size-limit --json`,
 * .size-limit.mjs) and the CDN pages (`node scripts/cdn-size.mjs --json`), one row per entry, its name, size and
 * budget. They sit in README.md between `<!-- sizes:entries -->` / `<!-- sizes:cdn -->` and their closing comments.
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

let readme = readFileSync('README.md', 'utf8');
const problems = [];
for (const [key, table] of Object.entries(tables)) {
  const open = `<!-- sizes:${key} -->`;
  const close = `<!-- /sizes:${key} -->`;
  const from = readme.indexOf(open);
  const to = readme.indexOf(close);
  if (from < 0 || to < from) {
    problems.push(`README.md has no ${open} … ${close} block`);
    continue;
  }
  const generated = `${open}\n${table.head}\n${table.rows.map(render).join('\n')}\n${close}`;
  if (write) {
    readme = readme.slice(0, from) + generated + readme.slice(to + close.length);
    continue;
  }
  const lines = readme
    .slice(from + open.length, to)
    .trim()
    .split('\n')
    .slice(2);
  if (lines.length !== table.rows.length) problems.push(`${key}: ${lines.length} rows in README.md, ${table.rows.length} measured`);
  table.rows.forEach((r, i) => {
    const cells = (lines[i] ?? '').split(/(?<!\\)\|/).map((c) =>
      c
        .trim()
        .replace(/\\\|/g, '|')
        .replace(/^`(.*)`$/, '$1'),
    );
    const [name, size, budget] = r.files === undefined ? [cells[1], cells[2], cells[3]] : [cells[1], cells[3], cells[4]];
    if (name !== r.name) problems.push(`${key} row ${i + 1}: "${name}" in README.md, "${r.name}" measured`);
    else if (budget !== r.budget) problems.push(`${key}: ${r.name}: budget ${budget} in README.md, ${r.budget} in the config`);
    else if (!(Math.abs(Number.parseFloat(size) - r.size) <= TOLERANCE_KB))
      problems.push(`${key}: ${r.name}: ${size} in README.md, ${kB(r.size)} measured`);
  });
}

if (write) {
  writeFileSync('README.md', readme);
  spawnSync('npx', ['prettier', '--write', 'README.md'], { stdio: 'ignore' });
  console.log(`readme-sizes: wrote ${tables.entries.rows.length} entries and ${tables.cdn.rows.length} CDN pages into README.md`);
} else if (problems.length) {
  console.error(
    `readme-sizes: README.md's size tables disagree with npm run size (refresh: node scripts/readme-sizes.mjs --write):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
} else {
  console.log(
    `readme-sizes: README.md's ${tables.entries.rows.length} entries and ${tables.cdn.rows.length} CDN pages match npm run size (±${TOLERANCE_KB} kB)`,
  );
}
