#!/usr/bin/env node
/**
 * `npx plan-widgets render page.html > page.rendered.html`: expands every `plan-*` tag of a static HTML file into
 * declarative shadow DOM (src/ssr/index.ts). Reads standard input for `-`. Writes the page to standard output, or
 * to `--out file`; a summary, the elements' warnings and (`--csp`) the style hashes go to standard error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { renderPage, type RenderReport } from './page.js';
import { escapeAttribute } from './render.js';
import { runImage, IMAGE_USAGE } from './image/cli-image.js';

const USAGE = `Usage: plan-widgets render <page.html | -> [--out <file>] [--csp] [--stylesheets <dir> [--stylesheets-href <url>]]
       [--cdn <base-url> [--cdn-graph <graph.json>]]

Expands every <plan-article>, <plan-target> and <plan-timeline> of a static HTML page into declarative shadow DOM
(server rendering), so the page shows the plan's text and charts before, or without, JavaScript. Load
shenzhen-plan-widgets/hydrate.js before the elements (or the CDN autoloader) to hydrate it.

  --out <file>  write the page to <file> instead of standard output
  --csp         also print the style-src hashes a strict Content-Security-Policy needs for the inserted <style>s
  --stylesheets <dir>
                write each element type's styles once, to <dir>/plan-<element>-<hash>.css, and link them from the
                shadow roots instead of repeating a <style> in every instance (smaller pages; cached across pages)
  --stylesheets-href <url>
                the URL the page reaches <dir> at (default: <dir>'s path from the --out file, or as given)
  --cdn <base-url>
                the page loads the CDN autoloader from <base-url> (the folder of plan-widgets.js): add to its <head> a
                <link rel="modulepreload"> for the autoloader, plan-hydrate.js and each element's files, so they all
                download at once (a page without <head>: the links are printed instead)
  --cdn-graph <graph.json>
                the CDN folder's graph.json (default: this package's own dist/cdn/graph.json)

${IMAGE_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, input, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'image') return runImage(argv.slice(1));
  if (command !== 'render' || !input) {
    console.error(USAGE);
    return 2;
  }
  let out: string | undefined;
  let csp = false;
  let styles: string | undefined;
  let stylesHref: string | undefined;
  let cdn: string | undefined;
  let cdnGraph: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out' && rest[i + 1]) out = rest[++i];
    else if (rest[i] === '--csp') csp = true;
    else if (rest[i] === '--stylesheets' && rest[i + 1]) styles = rest[++i];
    else if (rest[i] === '--stylesheets-href' && rest[i + 1]) stylesHref = rest[++i];
    else if (rest[i] === '--cdn' && rest[i + 1]) cdn = rest[++i];
    else if (rest[i] === '--cdn-graph' && rest[i + 1]) cdnGraph = rest[++i];
    else {
      console.error(`plan-widgets: unknown option ${rest[i]}\n\n${USAGE}`);
      return 2;
    }
  }
  const page = readFileSync(input === '-' ? 0 : input, 'utf8');
  const report: RenderReport = { rendered: 0, skipped: 0, styleHashes: [] };
  const dir = styles;
  const base = stylesHref ?? (dir && (out ? relative(dirname(out), dir) : dir).split(sep).join('/'));
  const stylesheet =
    dir === undefined
      ? undefined
      : (name: string, css: string) => {
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, name), css);
          return `${base ? base.replace(/\/?$/, '/') : ''}${name}`;
        };
  const modulepreload = cdn === undefined ? undefined : { base: cdn, graph: cdnGraph };
  const html = await renderPage(page, report, { stylesheet, modulepreload });
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
  } else process.stdout.write(html);
  const skipped = report.skipped ? `, ${report.skipped} left to the browser (see the warnings above)` : '';
  console.error(`plan-widgets: rendered ${report.rendered} element(s)${skipped}.`);
  // a fragment (no <head>): renderPage placed nothing, the caller has to
  const hrefs = report.modulepreload?.map((url) => `href="${escapeAttribute(url)}"`) ?? [];
  const links = hrefs.map((href) => `<link rel="modulepreload" ${href}>`);
  if (!hrefs.every((href) => html.includes(href)))
    console.error(`plan-widgets: the page has no <head>; put these in the head of the page it goes into:\n${links.join('\n')}`);
  if (csp) console.error(`plan-widgets: for a strict CSP, allow the inserted styles: style-src 'self' ${report.styleHashes!.join(' ')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`plan-widgets: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
