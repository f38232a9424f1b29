// Control for test/ssr/hydrate.test.ts: the elements without Lit's hydration support (they replace the server's DOM).
import '/src/index.ts';

const els = [...document.querySelectorAll('plan-timeline, plan-target, plan-article')];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(els.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.__ready = true;
