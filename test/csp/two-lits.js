// The elements (with their copy of Lit), then a second copy of lit-html (another URL: another module instance, which
// creates its own 'lit-html' Trusted Types policy, as a second bundle on a page would) rendering into #second.
import '/src/index.ts';

const target = document.querySelector('plan-target');
await customElements.whenDefined('plan-target');
await target.updateComplete;
try {
  const { html, render } = await import('/node_modules/lit-html/lit-html.js?second-copy');
  render(html`<b>second copy</b>`, document.getElementById('second'));
  window.__second = 'rendered';
} catch (e) {
  window.__second = `failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
}
window.__ready = true;
