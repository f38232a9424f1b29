/**
 * What the iframe embed page (src/embed/page.ts, `dist/embed/index.html?el=…`) may take from its URL: the elements it
 * renders and, per element, the attributes that pass from the query string to the element. Exactly the attributes the
 * element's class declares (its `observedAttributes`, from `static properties`, `theme` included) plus the global
 * `lang`; everything else in the URL (`style`, `onclick`, `id`, `class`…) is dropped. Hard-coded here so the page does
 * not bundle the element classes; test/embed/embed.node.ts compares each list with the class built into dist/cdn/.
 */
export const EMBED_ATTRIBUTES = {
  'plan-timeline': ['theme', 'selected', 'stages', 'orientation', 'compact', 'article-href', 'no-credit', 'hash-bookmark', 'lang'],
  'plan-target': ['theme', 'figure', 'variant', 'inline-form', 'article-href', 'no-credit', 'actual', 'actual-year', 'lang'],
  'plan-article': [
    'theme',
    'number',
    'highlight',
    'excerpt',
    'max-chars',
    'heading-level',
    'citation-style',
    'permalink',
    'show-original',
    'no-credit',
    'no-translation-note',
    'lang',
  ],
  'plan-outline': ['theme', 'chapter', 'expanded', 'current', 'track', 'article-href', 'heading-level', 'lang'],
  'plan-search': ['theme', 'query', 'placeholder', 'max-results', 'article-href', 'section-href', 'url-param', 'no-credit', 'lang'],
  'plan-figures': ['theme', 'mode', 'kind', 'chapter', 'year', 'article-href', 'no-credit', 'lang'],
  'plan-document': ['theme', 'heading-level', 'no-hash', 'show-original', 'lang'],
} as const satisfies Record<string, readonly string[]>;

export type EmbedElement = keyof typeof EMBED_ATTRIBUTES;

/** Global attributes every element takes (not in its `observedAttributes`). */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['lang'];

export function isEmbedElement(tag: string): tag is EmbedElement {
  return Object.hasOwn(EMBED_ATTRIBUTES, tag);
}

/** The message the embed page posts to its parent; embed.js (src/embed/host.ts) checks the same shape. */
export const HEIGHT_MESSAGE = 'plan-widgets:height';

/** The message embed.js sends to each iframe when it starts, asking for the height again (it may have missed it). */
export const HEIGHT_REQUEST = 'plan-widgets:request-height';

/**
 * The message the embed page posts to its parent for each `plan-*` event of its element (analytics on the host page):
 * `{ type: 'plan-widgets:event', element: 'plan-timeline', event: 'plan-stage-select', detail: { stage: '2030',
 * previous: '2025' } }` — `detail` holds the event's own fields that are strings, numbers, booleans or null (and a
 * CustomEvent-style `detail` object's such fields), nothing else.
 */
export const EVENT_MESSAGE = 'plan-widgets:event';

/**
 * The elements' events (every `plan-*` event of custom-elements.json; test/embed/embed.node.ts compares), which the
 * embed page forwards to its parent.
 */
export const EMBED_EVENTS: readonly string[] = [
  'plan-impression',
  'plan-stage-select',
  'plan-article-load',
  'plan-article-error',
  'plan-article-copy',
  'plan-outline-select',
  'plan-outline-current',
  'plan-search-select',
  'plan-figures-download',
];
