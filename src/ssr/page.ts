/** renderPage and styleHashes (re-exported by src/ssr/index.ts; the CLI imports this, not the ./ssr entry). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { textFallback } from './fallback.js';
import { TAGS } from './tags.js';
import { escapeAttribute, preloadText, renderElement } from './render.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* ourElements(node: Node): Generator<Element> {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (TAGS.includes(child.tagName)) yield child;
    // <template> content is inert: not rendered there
    if (child.tagName !== 'template') yield* ourElements(child);
  }
}

/** The `lang` of the nearest ancestor that has one (the document's `<html lang>` included). */
function inheritedLang(el: Element): string | undefined {
  for (let node = el.parentNode; node && 'tagName' in node; node = node.parentNode) {
    const lang = node.attrs.find((a) => a.name === 'lang');
    if (lang) return lang.value;
  }
  return undefined;
}

/** How many elements a render expanded and how many it left to the client. */
export interface RenderReport {
  rendered: number;
  skipped: number;
  /** CSP source expressions (`'sha256-…'`) of the `<style>` elements inserted, for `style-src` (filled when present). */
  styleHashes?: string[];
  /**
   * With RenderPageOptions.modulepreload: the URL of every file the page's scripts will fetch (the autoloader,
   * plan-hydrate.js when an element is server-rendered, each element's file and their chunks), each once, in the
   * order of the links. A document's head has them (inserted, or already there); a fragment has no head: write
   * `<link rel="modulepreload" href="…">` for each into the page's head yourself.
   */
  modulepreload?: string[];
}

/** The CDN build's graph.json (vite.cdn.config.ts): entry file (`plan-timeline.js`) -> the chunks it imports
 * statically, directly or not (`chunks/runtime-….js`), relative to the CDN folder. */
export type CdnGraph = Readonly<Record<string, readonly string[]>>;

/**
 * The `style-src` source expressions a strict Content-Security-Policy needs for server-rendered `html`: `'sha256-…'`
 * of each distinct `<style>` element's text and `style` attribute's value (the timeline writes its stage count and
 * label gutter as custom properties; the client sets them through the CSSOM), with `'unsafe-hashes'` — which,
 * despite its name, allows only attribute values with one of these exact hashes — when there are attributes.
 */
export function styleHashes(html: string): string[] {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const elements = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
  const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')));
  return [...new Set([...(attributes.length ? ["'unsafe-hashes'"] : []), ...elements, ...attributes])];
}

/** Options of renderPage. */
export interface RenderPageOptions {
  /**
   * Insert a plain-text fallback after the shadow root of an element that has no fallback content of its own
   * (default true): `<div slot="plan-fallback" data-plan-fallback>` (a `<span>` for `<plan-target>`) with an
   * article's paragraphs, a figure's sentence, the timeline's stages. Feed sanitizers and RSS readers drop
   * `<template>`; this stays. It is never displayed where the shadow root renders (it is in no slot).
   */
  textFallback?: boolean;
  /**
   * Share the elements' styles across instances: instead of a `<style>` in every shadow root (8 articles carry 8
   * copies of the same 6.7 kB), each shadow root links one stylesheet per element type. Called once per distinct
   * stylesheet of the page with a content-hashed file name (`plan-article-1a2b3c4d.css`) and its CSS; store the CSS
   * where the page can fetch it and return its URL, e.g.
   * `(name, css) => (writeFileSync(`public/plan/${name}`, css), `/plan/${name}`)`.
   *
   * Declarative shadow DOM has no way to share one `<style>` between shadow roots; a stylesheet URL is what it
   * allows: the browser fetches it once and shares the parsed sheet, and a strict CSP needs no hash for it
   * (`style-src 'self'`). Hydration keeps the links (Lit hydrates the nodes after them). A link in the body does not
   * block rendering in every engine (a slow stylesheet can flash unstyled text), so the default stays an inline
   * `<style>`: a page that needs no other file.
   */
  stylesheet?: (name: string, css: string) => string;
  /**
   * Issue #20: for a page that loads the CDN autoloader from `base` (`https://cdn.example/plan-widgets@0.1.0/`),
   * insert at the end of the document's `<head>` a `<link rel="modulepreload">` for plan-widgets.js, plan-hydrate.js
   * (when an element is server-rendered) and the file of each element on the page (outside `<template>`) with its
   * chunks, each once: the browser fetches them all at once instead of plan-hydrate.js and the element files only
   * after plan-widgets.js has run. A link already in the page (same href) is not added again. Without a `<head>`
   * (a fragment) nothing is inserted; RenderReport.modulepreload lists the URLs.
   *
   * `graph`: the CDN folder's graph.json, as an object or its path; default the package's own
   * (`dist/cdn/graph.json`, beside this renderer), which matches the CDN files of the same release.
   * `nonce`: the page's CSP nonce, for a policy with `'strict-dynamic'` (it refuses parser-inserted links without it;
   * a server that renders per request passes the response's nonce).
   */
  modulepreload?: { base: string; graph?: CdnGraph | string | URL; nonce?: string };
}

/** The CDN graph of the modulepreload option: given, read from a path, or the package's dist/cdn/graph.json. */
function cdnGraph(graph: CdnGraph | string | URL | undefined): CdnGraph {
  if (graph !== undefined && typeof graph === 'object' && !(graph instanceof URL)) return graph;
  // resolved when called, not by the build: dist/cdn/graph.json from the built renderer (dist/ssr/ or the shared chunk
  // under dist/chunks/ that the library build puts it in: one level under dist/ either way); from src/ there is none
  const file = graph ?? new URL(/* @vite-ignore */ '../cdn/graph.json', import.meta.url);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CdnGraph;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`modulepreload: cannot read the CDN graph ${String(file)} (${why}); "npm run build:cdn" writes dist/cdn/graph.json`, {
      cause: error,
    });
  }
}

/** The files a page with these elements fetches from the CDN folder, in link order: the autoloader, hydration support
 * (when something is server-rendered), each element's file in order of first appearance, each followed by its chunks;
 * each file once. */
function preloadFiles(graph: CdnGraph, tags: readonly string[], hydrate: boolean): string[] {
  const files = new Set<string>();
  for (const entry of ['plan-widgets.js', ...(hydrate ? ['plan-hydrate.js'] : []), ...tags.map((t) => `${t}.js`)]) {
    const closure = graph[entry];
    if (!closure) throw new Error(`modulepreload: the CDN graph has no ${entry}`);
    for (const file of [entry, ...closure]) files.add(file);
  }
  return [...files];
}

/** The `href` of every `<link rel="modulepreload">` of the document (not in `<template>` content: inert there). */
function modulepreloadHrefs(node: Node, hrefs = new Set<string>()): Set<string> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    const attr = (name: string) => child.attrs.find((a) => a.name === name)?.value;
    const href = attr('href');
    if (child.tagName === 'link' && href !== undefined && /(^|\s)modulepreload(\s|$)/i.test(attr('rel') ?? '')) hrefs.add(href);
    modulepreloadHrefs(child, hrefs);
  }
  return hrefs;
}

/** Where links go at the end of the document's head: before `</head>`, else after its last child or its start tag
 * (undefined when the source has no head at all). */
function endOfHead(tree: Node): number | undefined {
  const html = 'childNodes' in tree ? tree.childNodes.find((c) => 'tagName' in c && c.tagName === 'html') : undefined;
  const head = html && 'childNodes' in html ? html.childNodes.find((c) => 'tagName' in c && c.tagName === 'head') : undefined;
  if (!head || !('tagName' in head)) return undefined;
  const loc = head.sourceCodeLocation;
  const last = [...head.childNodes].reverse().find((c) => c.sourceCodeLocation);
  return loc?.endTag?.startOffset ?? last?.sourceCodeLocation?.endOffset ?? loc?.startTag?.endOffset;
}

/** Each `<style>` of a shadow root as a `<link rel="stylesheet">` to its CSS stored once through `store`. */
function linkStyles(tag: string, shadow: string, store: (name: string, css: string) => string, hrefs: Map<string, string>): string {
  return shadow.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    let href = hrefs.get(css);
    if (href === undefined) {
      href = store(`${tag}-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`, css);
      hrefs.set(css, href);
    }
    return `<link rel="stylesheet" href="${escapeAttribute(href)}">`;
  });
}

/**
 * Expands every `plan-*` tag of an HTML document (it starts with a doctype or `<html>`) or fragment into declarative
 * shadow DOM. Returns the page with the shadow roots inserted after each start tag (followed by a plain-text
 * fallback where the tag had no content, see RenderPageOptions) and, with `modulepreload`, the links at the end of the
 * head; everything else unchanged.
 */
export async function renderPage(page: string, report?: RenderReport, options: RenderPageOptions = {}): Promise<string> {
  const noFallback = options.textFallback === false;
  await preloadText();
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(page);
  const tree = isDocument ? parse(page, { sourceCodeLocationInfo: true }) : parseFragment(page, { sourceCodeLocationInfo: true });
  const inserts: [offset: number, html: string][] = [];
  const hrefs = new Map<string, string>();
  const tags: string[] = [];
  let serverRendered = false;
  for (const el of ourElements(tree)) {
    if (!tags.includes(el.tagName)) tags.push(el.tagName);
    const at = el.sourceCodeLocation?.startTag?.endOffset;
    // an element without its own start tag in the source (implied by the parser) cannot take an insertion
    if (at === undefined) continue;
    // an element already rendered (a page run through twice) keeps its shadow root
    const existing = el.childNodes.some(
      (c) => 'tagName' in c && c.tagName === 'template' && c.attrs.some((a) => a.name.startsWith('shadowroot')),
    );
    const attributes = Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));
    // the server has no DOM to inherit `lang` from: the nearest ancestor's, as the client will resolve it
    attributes.lang ??= inheritedLang(el) ?? '';
    if (!attributes.lang) delete attributes.lang;
    const rendered = existing ? undefined : renderElement(el.tagName, attributes);
    // no fallback content of the author's (only whitespace or comments): a plain-text one, for feeds without templates
    const authorFallback = el.childNodes.some((c) => 'tagName' in c || (c.nodeName === '#text' && 'value' in c && c.value.trim() !== ''));
    const fallback = rendered && !authorFallback && !noFallback ? textFallback(el.tagName, attributes, rendered) : undefined;
    const shadow = rendered && options.stylesheet ? linkStyles(el.tagName, rendered, options.stylesheet, hrefs) : rendered;
    if (shadow) inserts.push([at, shadow + (fallback ?? '')]);
    if (shadow || existing) serverRendered = true;
    if (report) report[shadow ? 'rendered' : 'skipped']++;
    if (report?.styleHashes && shadow) report.styleHashes = [...new Set([...report.styleHashes, ...styleHashes(shadow)])].sort();
  }
  if (options.modulepreload && tags.length) {
    const { base } = options.modulepreload;
    const prefix = base && base.replace(/\/?$/, '/');
    const urls = preloadFiles(cdnGraph(options.modulepreload.graph), tags, serverRendered).map((f) => prefix + f);
    if (report) report.modulepreload = urls;
    const head = isDocument ? endOfHead(tree) : undefined;
    const present = head === undefined ? undefined : modulepreloadHrefs(tree);
    const nonce = options.modulepreload.nonce === undefined ? '' : ` nonce="${escapeAttribute(options.modulepreload.nonce)}"`;
    const links = urls.filter((u) => !present?.has(u)).map((u) => `<link rel="modulepreload" href="${escapeAttribute(u)}"${nonce}>`);
    if (head !== undefined && links.length) inserts.push([head, links.join('')]);
  } else if (options.modulepreload && report) report.modulepreload = [];
  let out = page;
  for (const [at, shadow] of inserts.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + shadow + out.slice(at);
  return out;
}
