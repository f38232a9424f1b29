// Timing of a page whose plan-* elements the CDN autoloader loads: server-rendered (declarative shadow DOM, hydrated)
// or plain tags (rendered on the client). bench/render-ssr-bench.mjs adds this file to each page as its first module
// script, as measure.js?expect=ssr|client: it runs once the HTML is parsed, before the autoloader has loaded any
// element file. It records three marks (startTime: milliseconds from navigation start):
//   widgets-defined  every plan-* tag of the page is defined (element files, and plan-hydrate.js if needed, loaded)
//   widgets-ready    and every element's updateComplete has resolved: hydrated (ssr) or first render done (client),
//                    <plan-article> with its text
//   widgets-painted  after the next frame following widgets-ready (a task posted from requestAnimationFrame), so the
//                    client-rendered content has been painted
// Tachometer reads first-contentful-paint itself. The checks run before the last mark is recorded: a page that did not
// render (or, server-rendered, rendered a second copy instead of hydrating) records no widgets-painted, and tachometer
// reports it.
const TAGS = ['plan-timeline', 'plan-target', 'plan-article'];
const expect = new URL(import.meta.url).searchParams.get('expect');
const els = [...document.querySelectorAll(TAGS.join(','))];

function fail(message) {
  console.error(`bench/ssr/measure.js: ${message}`);
  throw new Error(message);
}

if (expect !== 'ssr' && expect !== 'client') fail('?expect=ssr|client is missing');
if (els.length === 0) fail('no plan-* elements');
if (els.some((el) => customElements.get(el.localName))) fail('an element was defined before the measuring script ran');
// the server's nodes, to check after hydration that they are still the ones shown (not rendered a second time)
const before = els.map((el) => ({ root: el.shadowRoot, count: el.shadowRoot?.querySelectorAll('*').length ?? 0 }));
if (expect === 'ssr' && !before.every((b) => b.root && b.count > 0)) fail('expected every element server-rendered');
if (expect === 'client' && before.some((b) => b.root)) fail('expected plain tags (no declarative shadow roots)');
const serverNodes = before.map((b) => (b.root ? [...b.root.querySelectorAll('*')] : []));

await Promise.all(TAGS.filter((tag) => els.some((el) => el.localName === tag)).map((tag) => customElements.whenDefined(tag)));
performance.mark('widgets-defined');
// updateComplete resolves to false when another update is already pending: wait for that one too
await Promise.all(
  els.map(async (el) => {
    while (!(await el.updateComplete));
  }),
);
performance.mark('widgets-ready');
await new Promise((resolve) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(undefined);
  }),
);
const painted = performance.now();

els.forEach((el, i) => {
  const root = el.shadowRoot;
  if (!root || !root.textContent.trim()) fail(`<${el.localName}> #${i} has no content`);
  if (el.localName === 'plan-article' && !root.querySelector('[part~="paragraph"]')) fail(`<plan-article> #${i} has no text`);
  if (expect === 'ssr') {
    if (root !== before[i].root) fail(`<${el.localName}> #${i} has a new shadow root`);
    if (!serverNodes[i].every((node) => root.contains(node))) fail(`<${el.localName}> #${i} lost server-rendered nodes`);
    const count = root.querySelectorAll('*').length;
    if (count !== before[i].count) fail(`<${el.localName}> #${i}: ${before[i].count} elements before hydration, ${count} after`);
  }
});
performance.mark('widgets-painted', { startTime: painted });
