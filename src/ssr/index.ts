/**
 * Server rendering, `shenzhen-plan-widgets/ssr` (Node): expands every `plan-*` tag of an HTML document or fragment
 * into declarative shadow DOM with @lit-labs/ssr — the article's text, the timeline's SVG, the figure cards — so
 * search engines and readers without JavaScript get the content, and the page does not move when the elements load.
 * Clients hydrate that HTML (`shenzhen-plan-widgets/hydrate.js` before the elements, or the CDN autoloader, which
 * does it by itself when it finds server-rendered elements).
 *
 * Only insertions: each element's `<template shadowrootmode="open">…</template>` goes right after its start tag;
 * every other byte of the page stays as it was (attributes, the fallback content inside the tags, scripts).
 *
 * What the server cannot know, it leaves to the client:
 * - which `#article-N` ids the page has: without an `article-href` template, sources render as text and the
 *   hydrating client adds the link where the page has the target (same template, so no mismatch);
 * - an element with a bad attribute (unknown figure, number out of range): it is not expanded, and renders on the
 *   client as without server rendering (its fallback content or the short notice), warning there as usual.
 *
 * Strict Content-Security-Policy: declarative shadow roots carry their styles as `<style>` elements (and the timeline
 * a `style` attribute), which `style-src 'self'` blocks. The report lists their hashes (see styleHashes; a handful,
 * the same for every page with the same elements); add them to `style-src`. Client rendering needs none
 * (constructed stylesheets, CSSOM).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { createHash } from 'node:crypto';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { loadChapter } from '../data/text.js';
import { loadLocaleOutline, loadLocalePack } from '../i18n/packs.js';
import { preloadFiguresChart } from '../elements/plan-figures/plan-figures.js';
import { supportedLocales } from '../i18n/locale.js';
import { CHAPTER_COUNT } from '../data/article-index.js';
import '../define/plan-article.js';
import '../define/plan-outline.js';
import '../define/plan-search.js';
import '../define/plan-figures.js';
import '../define/plan-document.js';
import '../define/plan-target.js';
import '../define/plan-timeline.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The tags this package renders (every `plan-*` element it defines). */
export const TAGS: readonly string[] = [
  'plan-article',
  'plan-document',
  'plan-figures',
  'plan-outline',
  'plan-search',
  'plan-target',
  'plan-timeline',
];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A tag name or attribute name that can stand in a template as it is (no quotes, `<`, `=`, `@`, `.`, `?` …). */
const SAFE_NAME = /^[a-z][a-z0-9_:.-]*$/;

let ready: Promise<void> | undefined;

/**
 * Loads every locale's pack and the text of all fifteen chapters in every locale (and the figures chart's code), so
 * that elements render their locale, `<plan-article>` its text and `<plan-figures mode="chart">` its chart
 * synchronously on the server. `renderPage` calls it; call it yourself before
 * using the lower-level `renderElement`.
 */
export function preloadText(): Promise<void> {
  ready ??= Promise.all([
    // the chart code of <plan-figures mode="chart"> (a chunk the browser loads on demand)
    preloadFiguresChart(),
    ...supportedLocales().flatMap((locale) => [
      ...(locale === 'zh-Hans' ? [] : [loadLocalePack(locale), loadLocaleOutline(locale)]),
      ...Array.from({ length: CHAPTER_COUNT }, (_, i) => loadChapter(i + 1, locale)),
    ]),
  ]).then(() => undefined);
  return ready;
}

/**
 * The declarative shadow root of one element — `<template shadowrootmode="open" …>…</template>` — for a tag and its
 * attributes, or undefined when the tag is not ours or the element would show its problem state (left to the client).
 * Text must be loaded first (`preloadText`).
 */
export function renderElement(tag: string, attributes: Readonly<Record<string, string>> = {}): string | undefined {
  if (!TAGS.includes(tag)) return undefined;
  const attrs = Object.entries(attributes)
    .filter(([name]) => SAFE_NAME.test(name) && name !== 'defer-hydration')
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const t = unsafeStatic(tag);
  // lit/static-html: the tag is a static value, which eslint-plugin-lit (checking plain `html`) cannot tell apart
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const out = collectResultSync(render(html`<${t} ${unsafeStatic(attrs)}></${t}>`));
  // the element's shadow root: between the end of its start tag and its end tag
  const open = out.indexOf(`<${tag}`);
  const start = out.indexOf('<template shadowroot', open);
  const end = out.lastIndexOf(`</${tag}>`);
  if (open < 0 || start < 0 || end < start) return undefined;
  const shadow = out.slice(start, end);
  return /\bpart="error"/.test(shadow) ? undefined : shadow;
}

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

/**
 * Expands every `plan-*` tag of an HTML document (it starts with a doctype or `<html>`) or fragment into declarative
 * shadow DOM. Returns the page with the shadow roots inserted after each start tag, everything else unchanged.
 */
export async function renderPage(page: string, report?: RenderReport): Promise<string> {
  await preloadText();
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(page);
  const tree = isDocument ? parse(page, { sourceCodeLocationInfo: true }) : parseFragment(page, { sourceCodeLocationInfo: true });
  const inserts: [offset: number, html: string][] = [];
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
    const shadow = existing ? undefined : renderElement(el.tagName, attributes);
    if (shadow) inserts.push([at, shadow]);
    if (report) report[shadow ? 'rendered' : 'skipped']++;
    if (report?.styleHashes && shadow) report.styleHashes = [...new Set([...report.styleHashes, ...styleHashes(shadow)])].sort();
  }
  let out = page;
  for (const [at, shadow] of inserts.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + shadow + out.slice(at);
  return out;
}
