/**
 * Package check (issue #9): the package the way npm users meet it, from the tarball `npm pack` writes. Run by
 * `npm test` (`test:node`), or alone with `npm run test:pack`. Exits non-zero on failure.
 *
 * 1. `npm run build` (PACK_REUSE_BUILD=1: keep the dist/ that is there), `npm pack` into a temporary folder.
 * 2. Every package.json `exports` target (each condition; a `*` pattern expanded over the tarball's files) exists in
 *    the tarball, a pattern matches some file, and every JavaScript file an entry exposes has its declarations.
 *    Every relative import of every .d.ts in the tarball names a .d.ts in the tarball; every bare one a dependency.
 * 3. The tarball installed into a temporary project (`npm install <tgz>`, lit and d3-* from npm's cache or the
 *    registry): in plain Node (no DOM), `import('shenzhen-plan-widgets/data')` gives the 73 articles and 15 chapters
 *    and loads an article's text, `/ssr` renders an article with its text, `npx plan-widgets render` renders a page file
 *    (with `--cdn`, modulepreload links from the tarball's dist/cdn/graph.json, each a file of its CDN folder);
 *    every entry resolves (import.meta.resolve) to a file that exists; a TypeScript
 *    consumer importing every kind of entry type-checks (moduleResolution nodenext and bundler, skipLibCheck off).
 * 4. publint and @arethetypeswrong/cli on the same tarball (`npm run lint:package`, scripts/lint-package.mjs).
 *
 * The browser side (bundlers honouring `exports` and `sideEffects`, elements rendering) is test/bundle/bundle.node.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../helpers/run.js';

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const failures: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'spw-pack-'));

type Target = string | null | { [condition: string]: Target };
interface Pkg {
  name: string;
  version: string;
  main?: string;
  module?: string;
  types?: string;
  customElements?: string;
  exports: Record<string, Target>;
  dependencies: Record<string, string>;
  scripts?: Record<string, string>;
  bin?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** `./dist/define/*.js` against the file list: the `*` values it matches. */
function expand(pattern: string, files: Set<string>): string[] {
  const [pre, post] = pattern.replace(/^\.\//, '').split('*') as [string, string];
  return [...files]
    .filter((f) => f.startsWith(pre) && f.endsWith(post) && f.length >= pre.length + post.length)
    .map((f) => f.slice(pre.length, f.length - post.length));
}

/** Every (conditions, target) leaf of an `exports` value. */
function leaves(target: Target, path: string[] = []): [string[], string][] {
  if (target === null) return [];
  if (typeof target === 'string') return [[path, target]];
  return Object.entries(target).flatMap(([cond, t]) => leaves(t, [...path, cond]));
}

try {
  // 1. build, pack
  if (!(process.env.PACK_REUSE_BUILD === '1' && existsSync('dist/index.d.ts') && existsSync('dist/cdn/plan-widgets.js'))) {
    run('npm', ['run', 'build'], root);
  }
  const built = performance.now();
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp])) as [
    { filename: string; files: { path: string }[]; size: number },
  ];
  const tarball = join(tmp, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Pkg;

  // 2. exports targets and declarations, in the tarball
  const has = (p: string) => files.has(posix.normalize(p.replace(/^\.\//, '')));
  for (const field of ['main', 'module', 'types', 'customElements'] as const) {
    if (pkg[field] && !has(pkg[field])) failures.push(`package.json "${field}": ${pkg[field]} is not in the tarball`);
  }
  for (const f of ['package.json', 'README.md']) if (!files.has(f)) failures.push(`${f} is not in the tarball`);
  // npm runs a dependency's install-time scripts (and warns about them): the package carries none of this repo's
  const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'].filter((s) => s in (pkg.scripts ?? {}));
  if (lifecycle.length) failures.push(`package.json has install-time scripts a consumer would run: ${lifecycle.join(', ')}`);
  // the CLI (package.json "bin") is executable as built, so `npx plan-widgets` works in this repo too
  for (const bin of Object.values(pkg.bin ?? {})) {
    if (!(statSync(join(root, bin)).mode & 0o111)) failures.push(`bin ${bin} is not executable`);
  }
  /** Concrete subpaths (wildcards expanded) that resolve to JavaScript, for Node's resolution and attw below. */
  let subpaths: string[] = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const targets = leaves(value);
    if (!key.includes('*')) {
      for (const [conds, t] of targets)
        if (!has(t)) failures.push(`exports["${key}"]${conds.map((c) => `.${c}`).join('')}: ${t} is not in the tarball`);
      subpaths.push(key);
      continue;
    }
    const code = targets.find(([conds]) => !conds.includes('types'));
    const types = targets.find(([conds]) => conds.includes('types'));
    assert.ok(code, `exports["${key}"] has a non-types target`);
    const stars = expand(code[1], files);
    if (stars.length === 0) failures.push(`exports["${key}"]: ${code[1]} matches no file in the tarball`);
    for (const star of stars) {
      subpaths.push(key.replace('*', star));
      // dist/cdn/chunks/*: imported by the CDN entries only, never by name (no declarations)
      if (star.startsWith('chunks/')) continue;
      if (types && !has(types[1].replace('*', star)))
        failures.push(`exports["${key}"] types: ${types[1].replace('*', star)} is not in the tarball`);
      if (!types && code[1].endsWith('*') && star.endsWith('.js') && !has(code[1].replace('*', star.replace(/\.js$/, '.d.ts'))))
        failures.push(`exports["${key}"]: ${star} has no declarations beside it`);
    }
  }
  subpaths = [...new Set(subpaths)];
  // declarations may import optional peers too (the React wrappers' @lit/react and react, the framework types)
  const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
  let dts = 0;
  for (const file of [...files].filter((f) => f.endsWith('.d.ts'))) {
    dts++;
    const text = readFileSync(join(root, file), 'utf8');
    const specs = [
      ...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]|<reference\s+path=['"]([^'"]+)['"]/gm),
    ].map((m) => m[1] ?? m[2]);
    for (const spec of specs) {
      if (spec.startsWith('.')) {
        const target = posix.join(posix.dirname(file), spec);
        const candidates = [target.replace(/\.js$/, '.d.ts'), target, `${target}.d.ts`, `${target}/index.d.ts`];
        if (!candidates.some((c) => files.has(c))) failures.push(`${file} imports ${spec}: not in the tarball`);
      } else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (name !== pkg.name && !deps.includes(name)) failures.push(`${file} imports ${spec}: ${name} is not a dependency of the package`);
      }
    }
  }

  // 3. installed: plain Node, TypeScript
  const project = join(tmp, 'consumer');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--no-package-lock'], project);
  const installed = performance.now();
  writeFileSync(
    join(project, 'node.mjs'),
    `import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
assert.equal(typeof document, 'undefined', 'plain Node: no DOM');
const data = await import('${pkg.name}/data');
assert.equal(data.plan.articles.length, 73, 'articles');
assert.equal(data.plan.chapters.length, 15, 'chapters');
assert.equal(data.getArticle(35)?.number, 35, 'getArticle(35)');
assert.ok(data.getFigure('gdp-2025'), 'getFigure(gdp-2025)');
assert.equal((await data.loadArticle(35))?.number, 35, 'loadArticle(35) (a chapter chunk, import())');
const ssr = await import('${pkg.name}/ssr');
const rendered = await ssr.renderPage('<plan-article number="35"></plan-article>');
assert.ok(rendered.includes(data.getArticle(35).paragraphs[0]), 'ssr: the article text in the server HTML');
for (const sub of ${JSON.stringify(subpaths)}) {
  const url = import.meta.resolve('${pkg.name}' + sub.slice(1));
  assert.ok(existsSync(fileURLToPath(url)), sub + ' resolves to ' + url + ', which does not exist');
}
console.log('ok');
`,
  );
  run('node', ['node.mjs'], project, 'plain Node ESM consumer (node.mjs)');
  // the CLI, as a user runs it from the installed package
  writeFileSync(join(project, 'page.html'), '<!doctype html><title>t</title><plan-timeline></plan-timeline>');
  const cli = run('npx', ['--no-install', 'plan-widgets', 'render', 'page.html'], project, 'npx plan-widgets render page.html');
  if (!/<plan-timeline><template shadowroot[^>]*>[\s\S]*<svg/.test(cli))
    failures.push('npx plan-widgets render: no server-rendered timeline in its output');
  // --cdn: the modulepreload links from the tarball's own dist/cdn/graph.json (found by the built renderer), each a
  // file of the tarball's CDN folder
  const preloaded = run(
    'npx',
    ['--no-install', 'plan-widgets', 'render', 'page.html', '--cdn', '/w/'],
    project,
    'plan-widgets render --cdn',
  );
  const hrefs = [...preloaded.matchAll(/<link rel="modulepreload" href="\/w\/([^"]+)">/g)].map((m) => m[1]);
  if (!hrefs.includes('plan-widgets.js') || !hrefs.includes('plan-hydrate.js') || !hrefs.includes('plan-timeline.js'))
    failures.push(`plan-widgets render --cdn: links ${hrefs.join(' ')} lack the autoloader, hydration or the timeline`);
  for (const f of hrefs.filter((f) => !existsSync(join(project, 'node_modules', pkg.name, 'dist/cdn', f))))
    failures.push(`plan-widgets render --cdn: ${f} is not in the installed dist/cdn/`);
  // The consumer's view of the budgets (issue #19): `npm install` resolves the package's d3 ranges afresh, and newer
  // d3-shape / d3-interpolate / d3-color releases add ≈ 5 kB gzip to the timeline (d3 part 10.2 → 15.6 kB with
  // caret ranges). The dependencies pin the d3 graph size-limit measured, so the installed versions must be exactly
  // those and the consumer's bundle of an element must weigh what the repository's own bundle weighs.
  for (const [dep, range] of Object.entries(pkg.dependencies).filter(([d]) => d.startsWith('d3-'))) {
    const got = (JSON.parse(readFileSync(join(project, 'node_modules', dep, 'package.json'), 'utf8')) as Pkg).version;
    if (got !== range) failures.push(`consumer installs ${dep}@${got}, the package measured ${range}`);
  }
  const esbuild = join(root, 'node_modules/.bin/esbuild');
  const gzipOf = (entry: string, cwd: string) =>
    gzipSync(run(esbuild, [entry, '--bundle', '--minify', '--format=esm', '--log-level=error'], cwd)).length;
  const mine = gzipOf('./dist/define/plan-timeline.js', root);
  const theirs = gzipOf(`./node_modules/${pkg.name}/dist/define/plan-timeline.js`, project);
  console.log(`pack: plan-timeline bundled by a consumer ${(theirs / 1000).toFixed(2)} kB gzip, here ${(mine / 1000).toFixed(2)} kB`);
  if (Math.abs(theirs - mine) > 100)
    failures.push(`a consumer's plan-timeline bundle is ${theirs} B gzip, the repository's ${mine} B: the d3 graph differs`);
  writeFileSync(
    join(project, 'consumer.ts'),
    `import { PlanTarget, getFigure, type Figure } from '${pkg.name}';
import { PlanTimeline, PlanStageSelectEvent } from '${pkg.name}/define/plan-timeline.js';
import { PlanArticle } from '${pkg.name}/elements/plan-article.js';
import { plan, getArticle, type Article } from '${pkg.name}/data';
import { PlanTarget as CdnTarget } from '${pkg.name}/cdn/plan-target.js';
import '${pkg.name}/cdn/plan-widgets.js';
import '${pkg.name}/hydrate.js';
import { renderPage, type RenderReport } from '${pkg.name}/ssr';
const report: RenderReport = { rendered: 0, skipped: 0 };
const page: Promise<string> = renderPage('<plan-timeline></plan-timeline>', report);
const articles: readonly Article[] = plan.articles;
const figure: Figure | undefined = getFigure('gdp-2025');
const first: number | undefined = getArticle(1)?.number;
const elements: HTMLElement[] = [new PlanTarget(), new PlanTimeline(), new PlanArticle(), new CdnTarget()];
export { articles, figure, first, elements, PlanStageSelectEvent, page };
`,
  );
  const tsc = join(root, 'node_modules/.bin/tsc');
  for (const [module, moduleResolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    const opts = [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom,dom.iterable',
      '--types',
      '',
      '--module',
      module,
      '--moduleResolution',
      moduleResolution,
    ];
    run(tsc, [...opts, 'consumer.ts'], project, `tsc (moduleResolution ${moduleResolution}) on a TypeScript consumer`);
  }
  const checked = performance.now();

  // 4. publint, attw
  run('npm', ['run', '--silent', 'lint:package', '--', tarball], root, 'publint + attw (npm run lint:package)');

  const s = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
  console.log(
    `pack: ${packed.filename}, ${files.size} files, ${(packed.size / 1024).toFixed(0)} kB; ${Object.keys(pkg.exports).length} exports keys → ` +
      `${subpaths.length} subpaths resolved in Node; ${dts} .d.ts checked; data in Node: 73 articles / 15 chapters; ` +
      `tsc nodenext + bundler; publint, attw clean. ` +
      `build ${s(started, built)}, pack + install ${s(built, installed)}, checks ${s(installed, checked)}, lint ${s(checked, performance.now())}`,
  );
} catch (e) {
  failures.push(String((e as Error).message ?? e));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`pack: ${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
