/**
 * The iframe embed page, `dist/embed/index.html` (built by vite.embed.config.ts as `dist/embed/embed-page.js`, loaded
 * by the static src/embed/static/index.html): renders one element from the CDN build next to it (`../cdn/`), chosen
 * and configured by the page URL: `index.html?el=plan-timeline&selected=2030&lang=zh-Hans&theme=dark`.
 *
 * - `el` must be one of the elements of src/embed/attributes.ts; anything else shows a short neutral notice (the
 *   details go to the console).
 * - Only the element's own attributes (the allow-list) pass from the URL, each with `setAttribute` on an element
 *   made with `createElement`: no URL text is ever parsed as HTML. Other parameters are dropped (console warning).
 * - `theme=light|dark` also sets `data-plan-theme` on `<html>`: the page's notice and background follow it.
 * - No inline script or style: works under the strict CSP of the README.
 * - `font` and `accent` set `--plan-font-family` and `--plan-accent` on the page (validated, `style.setProperty`).
 * - In an iframe, posts `{ type: 'plan-widgets:height', height }` to the parent whenever the body's height may have
 *   changed (DOM changes of the element, fonts, load, ResizeObserver), also out of view, but not while the element is
 *   `aria-busy` (loading its text), for `dist/embed/embed.js` on the host page to size the iframe; and again when the
 *   parent asks with `{ type: 'plan-widgets:request-height' }` (embed.js does as it starts and as each iframe loads).
 *   Inside an amp-iframe also AMP's `{ sentinel: 'amp', type: 'embed-size', height }`.
 * - Forwards the element's `plan-*` events to the parent as `{ type: 'plan-widgets:event', element, event, detail }`
 *   (EVENT_MESSAGE in attributes.ts: plain fields only), for the host page's analytics.
 */
import { EMBED_ATTRIBUTES, EMBED_EVENTS, EVENT_MESSAGE, HEIGHT_MESSAGE, HEIGHT_REQUEST, isEmbedElement } from './attributes.js';

const PREFIX = 'shenzhen-plan-widgets embed:';
const params = new URL(location.href).searchParams;
const tag = params.get('el') ?? '';
const body = document.body;
let el: (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;

/**
 * `font` and `accent`: the page's `--plan-font-family` and `--plan-accent` (src/styles/tokens.ts), set with
 * `style.setProperty` only (a value is never CSS text). `font` is a family list of letters, digits, spaces, commas,
 * quotes and hyphens; `accent` a CSS colour (`CSS.supports`). Anything else is dropped, with one warning.
 */
const STYLE_PARAMS: Record<string, [property: string, valid: (v: string) => boolean]> = {
  font: ['--plan-font-family', (v) => /^[\p{L}\p{N} ,'"-]+$/u.test(v)],
  accent: ['--plan-accent', (v) => CSS.supports('color', v)],
};
const badStyle: string[] = [];
for (const [name, [property, valid]] of Object.entries(STYLE_PARAMS)) {
  const value = params.get(name);
  if (value === null) continue;
  if (valid(value)) document.documentElement.style.setProperty(property, value);
  else badStyle.push(`${JSON.stringify(name)} ${JSON.stringify(value)}`);
}
if (badStyle.length) {
  console.warn(`${PREFIX} ignored ${badStyle.join(', ')}: font takes family names (letters, digits, spaces, , ' " -), accent a CSS colour`);
}

if (isEmbedElement(tag)) {
  el = document.createElement(tag);
  const allowed: readonly string[] = EMBED_ATTRIBUTES[tag];
  const dropped: string[] = [];
  for (const [name, value] of params) {
    if (name === 'el' || Object.hasOwn(STYLE_PARAMS, name)) continue;
    if (allowed.includes(name)) el.setAttribute(name, value);
    else dropped.push(name);
  }
  if (dropped.length) {
    console.warn(`${PREFIX} ignored ${dropped.map((n) => JSON.stringify(n)).join(', ')}; <${tag}> takes ${allowed.join(', ')}`);
  }
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.planTheme = theme;
  body.append(el);
  if (window.parent !== window) forwardEvents(el, tag);
  const shown = el;
  // the element's own file of the CDN build (registers it); the name comes from the allow-list, never from the URL.
  // (`here`, not `import.meta.url` inline: Vite would turn `new URL(`…${x}`, import.meta.url)` into a glob of assets)
  const here = import.meta.url;
  import(/* @vite-ignore */ new URL(`../cdn/${tag}.js`, here).href).then(
    () => customElements.whenDefined(tag).then(() => watch(shown)),
    (error: unknown) => {
      console.error(`${PREFIX} could not load <${tag}>`, error);
    },
  );
} else {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.textContent = '此处内容无法显示';
  body.append(notice);
  console.warn(`${PREFIX} el=${JSON.stringify(tag)} is not one of ${Object.keys(EMBED_ATTRIBUTES).join(', ')}`);
}

/** Posts the height on every change that may alter it (set by the block below in an iframe). */
let watch: (shown: HTMLElement & { updateComplete?: Promise<unknown> }) => void = () => {};

if (window.parent !== window) {
  // inside an amp-iframe (which adds `#amp=1` to the src and names its iframe `amp_iframe<n>`): AMP's message too
  const amp = /(?:^#|&)amp=1(?:&|$)/.test(location.hash) || window.name.startsWith('amp_iframe');
  let last = 0;
  const post = (again = false): void => {
    // not while the element still loads its text: the host would size the iframe twice (two layout shifts)
    if (el?.shadowRoot?.querySelector('[aria-busy="true"]')) return;
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !again)) return;
    last = height;
    // the height is no secret: any parent may read it ('*'); embed.js checks where a message comes from
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    if (amp) window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const changed = (): void => post();
  // ResizeObserver and rendering stop in a cross-origin frame out of view (Chromium throttles it): the height is also
  // read (which lays the page out) after every DOM change of the element (MutationObserver still runs), once it has
  // rendered (updateComplete) and when fonts load, so an iframe below the fold has its height before it is seen.
  const mutations = new MutationObserver(changed);
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  mutations.observe(body, options);
  watch = (shown) => {
    if (shown.shadowRoot) mutations.observe(shown.shadowRoot, options);
    void shown.updateComplete?.then(changed);
    changed();
  };
  new ResizeObserver(changed).observe(body);
  void document.fonts.ready.then(changed);
  document.fonts.addEventListener('loadingdone', changed);
  addEventListener('load', changed);
  addEventListener('resize', changed);
  // embed.js asks as it starts and when an iframe loads; only the parent may ask (the reply is the same anyway)
  addEventListener('message', (event: MessageEvent) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === HEIGHT_REQUEST) post(true);
  });
}

/** The plain fields (string, number, boolean, null) of an object: what an event message may carry. */
function plainFields(source: object, skip: ReadonlySet<string>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(source) as [string, unknown][]) {
    if (skip.has(k)) continue;
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
  }
  return out;
}

function forwardEvents(el: Element, tag: string): void {
  const skip = new Set(['isTrusted']);
  for (const name of EMBED_EVENTS) {
    el.addEventListener(name, (e: Event) => {
      const detail = plainFields(e, skip);
      const inner = (e as { detail?: unknown }).detail;
      if (inner && typeof inner === 'object') Object.assign(detail, plainFields(inner, skip));
      // like the height, no secret: any parent may read it; the host checks where it comes from
      window.parent.postMessage({ type: EVENT_MESSAGE, element: tag, event: name, detail }, '*');
    });
  }
}
