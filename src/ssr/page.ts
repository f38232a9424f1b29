/** renderPage and styleHashes (re-exported by src/ssr/index.ts; the CLI imports this, not the ./ssr entry). */
import { createHash } from 'node:crypto';
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
}

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
 * fallback where the tag had no content, see RenderPageOptions), everything else unchanged.
 */
export async function renderPage(page: string, report?: RenderReport, options: RenderPageOptions = {}): Promise<string> {
  const noFallback = options.textFallback === false;
  await preloadText();
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(page);
  const tree = isDocument ? parse(page, { sourceCodeLocationInfo: true }) : parseFragment(page, { sourceCodeLocationInfo: true });
  const inserts: [offset: number, html: string][] = [];
  const hrefs = new Map<string, string>();
  for (const el of ourElements(tree)) {
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
    if (report) report[shadow ? 'rendered' : 'skipped']++;
    if (report?.styleHashes && shadow) report.styleHashes = [...new Set([...report.styleHashes, ...styleHashes(shadow)])].sort();
  }
  let out = page;
  for (const [at, shadow] of inserts.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + shadow + out.slice(at);
  return out;
}
