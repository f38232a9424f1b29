// The elements of page.html, and a readiness flag for test/csp/csp.test.ts.
import '/src/index.ts';

const els = [...document.querySelectorAll('plan-timeline, plan-target, plan-article, plan-outline, plan-figures, plan-search')];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(els.map((el) => el.updateComplete));
// the articles' text arrives with their chapter chunks
for (const article of document.querySelectorAll('plan-article')) {
  for (let i = 0; i < 300 && !article.shadowRoot.querySelector('[part~="paragraph"]'); i++) await new Promise((r) => setTimeout(r, 10));
}
// the search's first query (debounced) and its index
const search = document.querySelector('plan-search');
for (let i = 0; i < 300 && !search.shadowRoot.querySelector('[role="option"]'); i++) await new Promise((r) => setTimeout(r, 10));
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.__ready = true;
