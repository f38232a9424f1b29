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
export { TAGS } from './tags.js';
export { preloadText, renderElement } from './render.js';
export { renderPage, styleHashes, type CdnGraph, type RenderReport, type RenderPageOptions } from './page.js';
// renderImage: a PNG and an SVG of one element as a reader sees it, drawn in Node without a browser (src/ssr/image/;
// satori and @resvg/resvg-js, optional peer dependencies, are import()ed on the first call)
export { renderImage } from './image/render-image.js';
export { FontError, ImageInputError, MAX_HEIGHT } from './image/errors.js';
export type { ImageElement, ImageOptions, ImagePreset, ImageResult } from './image/render-image.js';
