// The elements of cls-page.html, and a readiness flag for test/host-page/cls.test.ts.
import '/src/index.ts';

const els = [...document.querySelectorAll('plan-timeline, plan-target, plan-article')];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(els.map((el) => el.updateComplete));
// after the frame that paints the elements' first render (their appearance: rAF, then a task after that frame's
// paint); later shifts are the elements' own
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.__definedAt = performance.now();
// the article's text arrives with its chapter chunk
const article = document.querySelector('plan-article');
for (let i = 0; i < 300 && !article.shadowRoot.querySelector('[part~="paragraph"]'); i++) await new Promise((r) => setTimeout(r, 10));
window.__ready = true;
