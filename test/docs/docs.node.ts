/**
 * The docs (issue #21): README.md keeps what a newcomer needs; the reference is in docs/*.md, each also a Storybook
 * page (stories/docs/<page>.mdx, built by npm test's Storybook build and opened in the browsers by
 * test/docs/docs-pages.test.ts). Checks: the README stays short, every docs page is linked from it and has its
 * Storybook page (and no Storybook page lacks its file), and every relative link of README.md, BENCHMARKS.md and
 * docs/*.md reaches a file that exists and, with a #fragment, a heading of that file (GitHub's anchors).
 * Run by `npm test` (a Node check). Exits non-zero on failure.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const MAX_README_LINES = 150;
const pages = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .sort();
const wrappers = readdirSync('stories/docs')
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const readme = readFileSync('README.md', 'utf8');
const problems: string[] = [];

const lines = readme.split('\n').length;
if (lines > MAX_README_LINES) problems.push(`README.md has ${lines} lines (at most ${MAX_README_LINES}: reference goes into docs/)`);

for (const page of pages) {
  const name = page.slice(0, -3);
  if (!readme.includes(`](docs/${page})`)) problems.push(`docs/${page} is not linked from README.md`);
  const mdx = join('stories/docs', `${name}.mdx`);
  if (!existsSync(mdx)) problems.push(`docs/${page} has no Storybook page ${mdx}`);
  else if (!readFileSync(mdx, 'utf8').includes(`from '../../docs/${page}?raw'`)) problems.push(`${mdx} does not show docs/${page}`);
}
for (const w of wrappers) if (!pages.includes(w.replace(/\.mdx$/, '.md'))) problems.push(`stories/docs/${w} has no docs/ file`);

/** GitHub's anchor of a heading: lower case, punctuation dropped (not hyphens), spaces to hyphens; repeats get -1, -2. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6} (.*)$/.exec(line);
    if (!m) continue;
    const base = m[1]
      .trim()
      .toLowerCase()
      .replace(/`/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

let links = 0;
for (const file of ['README.md', 'BENCHMARKS.md', ...pages.map((p) => `docs/${p}`)]) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    links++;
    const [path, fragment] = target.split('#');
    const to = path ? normalize(join(dirname(file), path)) : file;
    if (!existsSync(to)) {
      problems.push(`${file}: link to ${target}: no file ${to}`);
      continue;
    }
    if (fragment && to.endsWith('.md') && !anchors(readFileSync(to, 'utf8')).has(decodeURIComponent(fragment)))
      problems.push(`${file}: link to ${target}: ${to} has no heading #${fragment}`);
  }
}

assert.deepEqual(problems, [], problems.join('\n'));
console.log(
  `docs: README.md ${lines} lines (≤ ${MAX_README_LINES}); ${pages.length} docs pages, each linked from it and a Storybook page; ${links} relative links resolve`,
);
