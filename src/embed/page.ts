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
 * - In an iframe, posts `{ type: 'plan-widgets:height', height }` to the parent on load and whenever the body's
 *   height changes (ResizeObserver), for `dist/embed/embed.js` on the host page to size the iframe; and again when
 *   the parent asks with `{ type: 'plan-widgets:request-height' }` (embed.js does as it starts, in case it came late).
 * - Forwards the element's `plan-*` events to the parent as `{ type: 'plan-widgets:event', element, event, detail }`
 *   (EVENT_MESSAGE in attributes.ts: plain fields only), for the host page's analytics.
 */
import { EMBED_ATTRIBUTES, EMBED_EVENTS, EVENT_MESSAGE, HEIGHT_MESSAGE, HEIGHT_REQUEST, isEmbedElement } from './attributes.js';

const PREFIX = 'shenzhen-plan-widgets embed:';
const params = new URL(location.href).searchParams;
const tag = params.get('el') ?? '';
const body = document.body;

if (isEmbedElement(tag)) {
  const el = document.createElement(tag);
  const allowed: readonly string[] = EMBED_ATTRIBUTES[tag];
  const dropped: string[] = [];
  for (const [name, value] of params) {
    if (name === 'el') continue;
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
  // the element's own file of the CDN build (registers it); the name comes from the allow-list, never from the URL.
  // (`here`, not `import.meta.url` inline: Vite would turn `new URL(`…${x}`, import.meta.url)` into a glob of assets)
  const here = import.meta.url;
  import(/* @vite-ignore */ new URL(`../cdn/${tag}.js`, here).href).catch((error: unknown) => {
    console.error(`${PREFIX} could not load <${tag}>`, error);
  });
} else {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.textContent = '此处内容无法显示';
  body.append(notice);
  console.warn(`${PREFIX} el=${JSON.stringify(tag)} is not one of ${Object.keys(EMBED_ATTRIBUTES).join(', ')}`);
}

if (window.parent !== window) {
  let last = 0;
  const post = (again = false): void => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !again)) return;
    last = height;
    // the height is no secret: any parent may read it ('*'); embed.js checks where a message comes from
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => post()).observe(body);
  addEventListener('load', () => post());
  // embed.js, started after this page posted, asks again; only the parent may ask (the reply is the same anyway)
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
