// Deliberately failing DOM assertions, run by fail-fast.node.ts (not part of the normal test glob). Each one used to
// hang web-test-runner until testsFinishTimeout (see test/wtr/serializable-failures.ts). Titles are matched there.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/plan-target.js';

const card = () => fixture<HTMLElement>(html`<plan-target figure="gdp-2025"></plan-target>`);
const inline = () => fixture<HTMLElement>(html`<plan-target figure="gdp-2025" variant="inline"></plan-target>`);

describe('failing DOM assertions (deliberate)', () => {
  it('equal: a Lit element to another one', async () => {
    expect(await card()).to.equal(await inline());
  });

  it('deep.equal: arrays of Lit elements', async () => {
    expect([await card()]).to.deep.equal([await inline()]);
  });

  it('null: an element in a shadow root', async () => {
    const el = await card();
    expect(el.shadowRoot!.querySelector('p')).to.be.null;
  });

  it('null: a Lit element', async () => {
    expect(await card()).to.be.null;
  });

  it('attribute: a missing attribute (chai-dom)', async () => {
    expect(await card()).to.have.attribute('data-missing');
  });

  it('length: a NodeList (chai-dom)', async () => {
    const el = await card();
    expect(el.shadowRoot!.querySelectorAll('p')).to.have.length(99);
  });

  it('a passing test after them still runs', async () => {
    expect((await card()).getAttribute('figure')).to.equal('gdp-2025');
  });
});
