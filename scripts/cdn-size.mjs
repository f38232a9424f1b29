// Size budgets of the CDN build (issue #9), counted as a page downloads it: the autoloader plan-widgets.js, the
// element files its import()s reach for the tags on the page, and every chunk those import statically (Lit, the
// shared runtime, D3). Each file is fetched on its own, so each is gzipped on its own (level 9, as size-limit's
// file plugin) and the sizes are summed; 1 kB = 1000 bytes, as size-limit. Code an element loads only when it
// needs it (chapter text, the dev-only "did you mean") is left out, except the one chapter a page with an article
// reads: the largest.
//
// `npm run size:cdn` (run by `npm run size`): builds dist/cdn/ with vite.cdn.config.ts, takes the import graph from
// the build's own chunk metadata, measures the files written to disk, prints a table, exits 1 over a budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const PAGES = [
  { name: 'page with only <plan-timeline>', tags: ['plan-timeline'], limit: 34 },
  // Issue #9 set 17 kB (16.91 kB after server rendering). Issue #10's locale machinery in the shared runtime (tag
  // matching for four locales, the update that waits for a locale pack, the pack lookup; the packs themselves are
  // import()ed chunks a zh-Hans page never fetches) and the card's localized text took it to 17.23 kB. Issue #11 then
  // completed the figure registry (+4 figures) and shares it with <plan-figures> (its own chunk now, one more file):
  // 17.68 kB. Re-based to 17.8 kB. Issue #10's CJK font stacks in the runtime (+0.15 kB) and the converted qualifier
  // in the approximation note: 17.96 kB, re-based to 18 kB. Issue #17/#18: the registry's corrected figures (unique
  // labels, bases, units), the inline marker's word joiner, and rolldown's runtime helper now a chunk of its own
  // (0.15 kB, shared by every element file; one more request, a flattening issue #20 takes up): 18.32 kB, re-based to
  // 18.4 kB. Issue #18's plan-impression (the runtime's import() of its 0.37 kB chunk): 18.43 kB, re-based to 18.5 kB.
  // Issue #18's credit once per page (the first credited element in document order; the meta switch) and the
  // transparent surfaces: 18.62 kB, re-based to 18.7 kB. Issue #20 §1: the autoloader carries every entry's chunk
  // graph and adds a modulepreload link per file (plan-widgets.js 0.62 -> 1.11 kB; the chunk names' hashes do not
  // compress), so the files of a page download in parallel instead of three levels deep: 19.11 kB, re-based to 19.2 kB.
  { name: 'page with only <plan-target>', tags: ['plan-target'], limit: 19.2 },
  { name: 'page with only <plan-article> (+ largest chapter)', tags: ['plan-article'], chapter: true },
  {
    name: 'timeline + target + article (+ largest chapter)',
    tags: ['plan-timeline', 'plan-target', 'plan-article'],
    chapter: true,
    // issue #20 §1: the autoloader's preload graph (+0.49 kB, see <plan-target> above): 51.72 -> 52.21 kB, 52 -> 52.5 kB
    limit: 52.5,
  },
];

const result = await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
const outputs = Array.isArray(result) ? result : [result];
const chunks = new Map(
  outputs
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk')
    .map((c) => [c.fileName, c]),
);
const outDir = 'dist/cdn';
const gzip = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

/** The file and everything it imports statically (what the browser fetches once it imports the file). */
function reach(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  const chunk = chunks.get(file);
  if (!chunk) throw new Error(`cdn-size: ${file} is not in the build output`);
  seen.add(file);
  for (const dep of chunk.imports) reach(dep, seen);
  return seen;
}

const autoloader = 'plan-widgets.js';
if (!chunks.get(autoloader)?.isEntry) throw new Error(`cdn-size: no ${autoloader} entry`);
const chapters = [...chunks.keys()].filter((f) => /^chunks\/chapter-\d+-/.test(f));
const largestChapter = chapters.sort((a, b) => gzip(b) - gzip(a))[0];

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = [];
let over = 0;
for (const page of PAGES) {
  const files = reach(autoloader);
  for (const tag of page.tags) {
    const file = `${tag}.js`;
    if (!chunks.get(autoloader).dynamicImports.includes(file)) throw new Error(`cdn-size: ${autoloader} does not import ${file}`);
    reach(file, files);
  }
  if (page.chapter) reach(largestChapter, files);
  const bytes = [...files].reduce((n, f) => n + gzip(f), 0);
  const fail = page.limit !== undefined && bytes > page.limit * 1000;
  if (fail) over++;
  rows.push([page.name, kB(bytes), page.limit === undefined ? '–' : `${page.limit} kB`, fail ? 'OVER' : 'ok', [...files].join(' ')]);
}

// --json: the rows as JSON on stdout (scripts/readme-sizes.mjs writes the README's table from them), nothing else
if (process.argv.includes('--json')) {
  const json = PAGES.map((page, i) => ({
    name: page.name,
    size: Number(rows[i][1].split(' ')[0]),
    limit: page.limit ?? null,
    files: rows[i][4].split(' ').length,
  }));
  console.log(JSON.stringify(json, null, 2));
  process.exit(over ? 1 : 0);
}
console.log(`CDN build (dist/cdn/, gzip -9 per file, summed):\n`);
console.log(`| page | download | budget | |\n| --- | ---: | ---: | --- |`);
for (const [name, size, limit, status] of rows) console.log(`| ${name} | ${size} | ${limit} | ${status} |`);
console.log(`\nfiles:`);
for (const [name, , , , files] of rows) console.log(`  ${name}: ${files}`);
console.log(
  `\nper file: ${[...chunks.keys()]
    // a locale's own chunks (packs, chapter text: chunks/en-…, chunks/zh-Hant-HK-…) are not part of any zh-Hans page
    .filter((f) => !chapters.includes(f) && !/^chunks\/(en|zh-Hant-HK|zh-Hant-TW)-/.test(f))
    .map((f) => `${f} ${kB(gzip(f))}`)
    .join(', ')}, largest chapter ${largestChapter} ${kB(gzip(largestChapter))}`,
);
if (over) {
  console.error(`\ncdn-size: ${over} page(s) over budget`);
  process.exit(1);
}
