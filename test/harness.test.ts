// Smoke test of the test harness itself: TS through esbuild with the declaration form the elements use (`static
// properties` + `declare`, no decorators: issue #21 dropped experimentalDecorators, which only this file used),
// @open-wc/testing fixtures and a11y checks, dev-server root = repo root, JSON module imports.
import { LitElement, html as litHtml, css } from 'lit';
import { expect, fixture, html } from '@open-wc/testing';
import pkg from '../package.json';

class HarnessGreeting extends LitElement {
  static override styles = css`
    :host { display: block; }
  `;

  static override properties = { name: {}, count: { type: Number } };
  declare name: string;
  declare count: number;

  constructor() {
    super();
    this.name = 'world';
    this.count = 0;
  }

  override render() {
    return litHtml`<p>Hello, ${this.name}!</p>
      <button type="button" @click=${() => this.count++}>Clicked ${this.count} times</button>`;
  }
}

if (!customElements.get('harness-greeting')) customElements.define('harness-greeting', HarnessGreeting);

declare global {
  interface HTMLElementTagNameMap {
    'harness-greeting': HarnessGreeting;
  }
}

describe('test harness', () => {
  it('renders a decorated LitElement and reacts to property changes', async () => {
    const el = await fixture<HarnessGreeting>(html`<harness-greeting name="Shenzhen"></harness-greeting>`);
    expect(el).to.be.instanceOf(HarnessGreeting);
    expect(el.name).to.equal('Shenzhen');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello, Shenzhen!');

    // attribute -> property (the declared properties, useDefineForClassFields: false)
    el.setAttribute('name', 'Futian');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello, Futian!');

    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.count).to.equal(1);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Clicked 1 times');
  });

  it('passes the axe accessibility check', async () => {
    const el = await fixture(html`<harness-greeting></harness-greeting>`);
    await expect(el).to.be.accessible();
  });

  it('serves the repo root, so files like /package.json can be fetched', async () => {
    const res = await fetch('/package.json');
    expect(res.ok).to.equal(true);
    const json = (await res.json()) as { name?: unknown };
    expect(json.name).to.equal('shenzhen-plan-widgets');
  });

  it('imports JSON as a module like Vite does', () => {
    expect(pkg.name).to.equal('shenzhen-plan-widgets');
  });
});
