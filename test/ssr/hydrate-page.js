// The way a server-rendered page loads the package: hydration support first, then the elements.
import '/src/hydrate.ts';
import '/src/index.ts';
import { pendingWarnings } from '/src/internal/warn.ts'; // the URL the elements' own (rewritten) imports use: the same module

const els = [
  ...document.querySelectorAll('plan-timeline, plan-target, plan-article, plan-outline, plan-figures, plan-search, plan-document'),
];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(els.map((el) => el.updateComplete));
// a warning composed asynchronously (<plan-target>'s "did you mean" loads its code on demand) is part of "loaded":
// under load it used to arrive after __ready, and the test read no warning
await Promise.all(pendingWarnings);
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.__ready = true;
