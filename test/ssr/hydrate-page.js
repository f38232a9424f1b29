// The way a server-rendered page loads the package: hydration support first, then the elements.
import '/src/hydrate.ts';
import '/src/index.ts';

const els = [
  ...document.querySelectorAll('plan-timeline, plan-target, plan-article, plan-outline, plan-figures, plan-search, plan-document'),
];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(els.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.__ready = true;
