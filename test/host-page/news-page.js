// The elements of news-page.html, and a readiness flag for test/host-page/news-geometry.test.ts.
import '/src/index.ts';

const els = [...document.querySelectorAll('plan-timeline, plan-target, plan-article')];
await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(els.map((el) => el.updateComplete));
const article = document.querySelector('plan-article');
for (let i = 0; i < 300 && !article.shadowRoot.querySelector('[part~="paragraph"]'); i++) await new Promise((r) => setTimeout(r, 10));
await document.fonts.ready;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.__ready = true;
