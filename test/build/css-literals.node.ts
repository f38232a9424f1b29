/**
 * The build-time CSS minifier (scripts/css-literals.mjs) on the project's real style modules and on hand-made
 * cases. Run by `npm test` (Node, tsx). dist/ and the size budgets depend on it, so it must not lose rules or
 * interpolations and must refuse what it cannot handle.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { minifyCssBody, minifyCssLiterals } from '../../scripts/css-literals.mjs';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
const interpolations = (s: string) => [...s.matchAll(/\$\{[^{}`]*\}/g)].map((m) => m[0]);
const literals = (s: string) => [...s.matchAll(/(?<![\w$.])css`([^`]*)`/g)].map((m) => m[1]);
/** Selectors, at-rule preludes and declarations of a stylesheet, in order, as esbuild prints them minified. */
const canonical = async (css: string) => (await transform(css, { loader: 'css', minify: true })).code.trim();

let checked = 0;
for (const file of files('src')) {
  const source = readFileSync(file, 'utf8');
  if (!source.includes('css`')) continue;
  const out = await minifyCssLiterals(source, file);
  // only template text changes: the code around it, the number of literals and every interpolation stay
  assert.equal(out.replace(/(?<![\w$.])css`[^`]*`/g, 'css``'), source.replace(/(?<![\w$.])css`[^`]*`/g, 'css``'), file);
  const before = literals(source);
  const after = literals(out);
  assert.equal(after.length, before.length, file);
  for (let i = 0; i < before.length; i++) {
    assert.deepEqual(interpolations(after[i]), interpolations(before[i]), `${file} literal ${i}`);
    assert.ok(after[i].length < before[i].length, `${file} literal ${i} got smaller`);
    // same stylesheet: with interpolations replaced by one marker declaration, both print the same
    const mark = (s: string) => s.replace(/\$\{[^{}`]*\}/g, '--x:0;');
    const wrap = (s: string) => (s.includes('{') ? s : `:root{${s}}`);
    assert.equal(await canonical(wrap(mark(after[i]))), await canonical(wrap(mark(before[i]))), `${file} literal ${i}`);
    checked++;
  }
}
// tokens, the three elements' styles and the source credit's: a walk that finds fewer has stopped seeing them
assert.ok(checked >= 5, `expected the style modules to have css literals, found ${checked}`);

// hand-checked cases
assert.equal(await minifyCssBody('\n  :host {\n    display: block;\n  }\n  a { color: red; }\n'), ':host{display:block}a{color:red}');
assert.equal(await minifyCssBody('\n  --a: 1px;\n  --b: var(--c, #ffffff);\n'), '--a: 1px;--b: var(--c, #ffffff)');
assert.equal(await minifyCssBody(':host {\n  ${LIGHT}\n  color: red;\n}'), ':host{${LIGHT};color:red}');
// an interpolation where a declaration cannot stand is refused, not shipped broken
await assert.rejects(minifyCssBody('${SELECTOR} { color: red; }'), /not preserved/);
await assert.rejects(minifyCssBody('a::before { content: "\\201C"; }'), /escapes/);
assert.equal(await minifyCssLiterals('const x = 1;'), 'const x = 1;');
// a file name ending in .css before a backtick is not a css`` tag: the code up to the next backtick stays as written
const names = 'const a = `${tag}.css`, b = f(x, { y: 1 });\n/** `plan-article-1a2b3c4d.css` */ const c = `${d}.css`;';
assert.equal(await minifyCssLiterals(names), names);

console.log(`css-literals: ${checked} css\`\` literals minified and checked`);
