/**
 * The CDN autoloader, `dist/cdn/plan-widgets.js` (vite.cdn.config.ts): one
 * `<script type="module" src="…/plan-widgets.js"></script>` and every `plan-*` tag on the page works. It imports
 * nothing up front; when a tag appears (in the document, or in an open shadow root it can see), it `import()`s that
 * element's file (`plan-timeline.js`, …, the same files a site may load alone), which brings Lit, the shared runtime
 * and, for the timeline only, D3. Chunks load relative to this module, so the folder works from any path.
 *
 * Server-rendered pages (src/ssr/, `npx plan-widgets render`): when a tag already has a declarative shadow root, the
 * autoloader first imports `plan-hydrate.js` (Lit's hydration support), so the elements take over the server's DOM
 * instead of rendering it again.
 *
 * Like Shoelace's autoloader: a scan at start, then a MutationObserver for tags added later. Shadow roots are
 * watched when the scan meets them (an element's shadow root attached after it was scanned is not seen: load that
 * element's own file instead). Once every element has been requested the observers stop. Loading this script twice
 * (even from two URLs) is harmless: the second copy does nothing.
 *
 * Issue #20: before it `import()`s a file, the built autoloader adds a `<link rel="modulepreload">` to the document's
 * head for that file and each chunk the file imports statically, directly or not (the build writes that graph into
 * this file: vite.cdn.config.ts, cdnPreloadGraph), so that they download in parallel rather than one level after
 * another. Unbuilt (the dev server) there is no graph and nothing is preloaded.
 */

/** Tag → its element file (generated from src/define/ by npm run data). Each target is also an entry of the CDN
 * build, so the autoloader and a page that loads `plan-target.js` directly share one module. */
import { LOADERS } from '../generated/element-loaders.js';

const STARTED = Symbol.for('shenzhen-plan-widgets.autoloader');

/** Written by the CDN build (vite.cdn.config.ts, cdnPreloadGraph): the chunk names (no `chunks/`, no `.js`),
 * space-separated, and per entry (`plan-timeline`, `plan-hydrate`) the chunks it imports statically, one base-36
 * digit (an index into the names) each. */
const GRAPH = (import.meta as { planGraph?: [string, Record<string, string>] }).planGraph;
const FILES = GRAPH?.[0].split(' ');
const preloaded = new Set<string>();

/** A `<link rel="modulepreload">` for an entry's file (`plan-timeline` -> plan-timeline.js) and each of its chunks,
 * each file once: its `import()` then finds them in the module map. */
const preload = (entry: string): void => {
  if (!GRAPH) return;
  for (const file of [entry, ...[...(GRAPH[1][entry] ?? '')].map((d) => `chunks/${FILES![parseInt(d, 36)]}`)]) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`${file}.js`, import.meta.url).href;
    document.head.append(link);
  }
};

function start(): void {
  const requested = new Set<string>();
  const watched = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  const pending = () => requested.size < Object.keys(LOADERS).length;

  // server-rendered elements (a declarative shadow root before their definition) are hydrated: Lit's hydration
  // support loads first (plan-hydrate.js), and element files after it
  let hydration: Promise<unknown> | undefined;

  const load = (tag: string): void => {
    const loader = LOADERS[tag];
    if (!loader || requested.has(tag)) return;
    requested.add(tag);
    if (!pending()) for (const o of observers.splice(0)) o.disconnect();
    if (customElements.get(tag)) return; // registered by another script
    preload(tag);
    (hydration ?? Promise.resolve()).then(loader).catch((error: unknown) => {
      console.error(`shenzhen-plan-widgets: could not load <${tag}>`, error);
    });
  };

  const visit = (el: Element): void => {
    if (Object.hasOwn(LOADERS, el.localName)) {
      if (el.shadowRoot && !customElements.get(el.localName)) hydration ??= (preload('plan-hydrate'), import('../hydrate.js'));
      load(el.localName);
    } else if (el.shadowRoot) watch(el.shadowRoot);
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element) visit(root);
    for (const el of root.querySelectorAll('*')) {
      if (!pending()) return;
      visit(el);
    }
  };

  function watch(root: Document | ShadowRoot): void {
    if (watched.has(root) || !pending()) return;
    watched.add(root);
    scan(root);
    if (!pending()) return;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    observers.push(observer);
  }

  watch(document);
}

const state = globalThis as { [STARTED]?: true };
if (typeof document !== 'undefined' && typeof customElements !== 'undefined' && !state[STARTED]) {
  state[STARTED] = true;
  start();
}
