// Runs before the elements are defined (a module script ahead of hydrate-page.js): records what the page shows
// from the server's HTML alone — each element's first rendered node and its box — and every console warning,
// error and uncaught failure afterwards, for test/ssr/hydrate.test.ts.
const record = { logs: [], first: new Map(), boxes: new Map(), shifts: [] };
window.__ssr = record;
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    record.logs.push(`${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (e) => record.logs.push(`error event: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => record.logs.push(`unhandled rejection: ${String(e.reason)}`));
for (const el of document.querySelectorAll(
  'plan-timeline, plan-target, plan-article, plan-outline, plan-figures, plan-search, plan-document',
)) {
  record.first.set(el, el.shadowRoot?.querySelector(':not(style)') ?? null);
  const r = el.getBoundingClientRect();
  record.boxes.set(el, [r.x, r.y, r.width, r.height]);
}
// Chromium reports layout shifts; the box comparison above works in every engine
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
