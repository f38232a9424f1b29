/**
 * The server renderer's core (`preloadText`, `renderElement`), re-exported by src/ssr/index.ts: a module of its own so
 * that the image export (src/ssr/image/) uses it without importing the ./ssr entry (which re-exports the image code).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { loadChapter } from '../data/text.js';
import { loadLocaleOutline, loadLocalePack } from '../i18n/packs.js';
import { preloadFiguresChart } from '../elements/plan-figures/plan-figures.js';
import { supportedLocales } from '../i18n/locale.js';
import { CHAPTER_COUNT } from '../data/article-index.js';
import { TAGS } from './tags.js';
import '../define/plan-article.js';
import '../define/plan-outline.js';
import '../define/plan-search.js';
import '../define/plan-figures.js';
import '../define/plan-document.js';
import '../define/plan-target.js';
import '../define/plan-timeline.js';

/** `value` for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A tag name or attribute name that can stand in a template as it is (no quotes, `<`, `=`, `@`, `.`, `?` …). */
const SAFE_NAME = /^[a-z][a-z0-9_:.-]*$/;

/**
 * Lit SSR's output made valid HTML (the Nu Html Checker, test/html/validity.node.ts), the same DOM for the parser:
 * - `shadowroot="open"` beside `shadowrootmode="open"` is the pre-standard attribute (Chrome 90–110 only), obsolete
 *   and invalid; every engine that attaches declarative shadow roots reads `shadowrootmode`;
 * - `<?>`, what lit-html writes after a template that ends with a binding, is parsed as the comment `<!--?-->` (with
 *   a parse error): written as that comment. `<` in text and attribute values is escaped, so only markup matches.
 */
const valid = (html: string) =>
  html.replaceAll(' shadowroot="open" shadowrootmode="open"', ' shadowrootmode="open"').replaceAll('<?>', '<!--?-->');

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
  const shadow = valid(out.slice(start, end));
  return /\bpart="error"/.test(shadow) ? undefined : shadow;
}
