import { expect } from '@open-wc/testing';
import { VERSION } from '../generated/version.js';
import { PlanTarget } from '../elements/plan-target/plan-target.js';
import { defineElement } from './define.js';
import { PlanElement } from './plan-element.js';
import { warningsDuring } from '../../test/helpers/index.js';

let n = 0;
/** A tag name no other test has used (the registry cannot forget a name). */
const freshTag = () => `define-test-${++n}-${Math.random().toString(36).slice(2, 8)}`;

/** Another copy of the library's class (what a second bundle or a CDN copy would bring), optionally of another release. */
function copyOfPlanElement(version?: string) {
  const Copy = class extends PlanElement {};
  if (version !== undefined) Object.defineProperty(Copy, 'version', { value: version });
  return Copy;
}

describe('defineElement', () => {
  it("the version it compares is package.json's, written at build time, and every element class carries it", async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(PlanElement.version).to.equal(VERSION);
    expect(PlanTarget.version).to.equal(VERSION);
  });

  it('registers a free name, silently', async () => {
    const tag = freshTag();
    const Ctor = copyOfPlanElement();
    expect(await warningsDuring(() => defineElement(tag, Ctor))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Ctor);
  });

  it('the same class registered again (the bundle loaded twice) does nothing and says nothing', async () => {
    const tag = freshTag();
    const Ctor = copyOfPlanElement();
    defineElement(tag, Ctor);
    expect(await warningsDuring(() => defineElement(tag, Ctor))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Ctor);
  });

  it('another copy of the same release (two bundles, CDN + npm) keeps the first, silently', async () => {
    const tag = freshTag();
    const First = copyOfPlanElement();
    defineElement(tag, First);
    expect(await warningsDuring(() => defineElement(tag, copyOfPlanElement()))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('another release of the library keeps the first and warns once, naming both versions', async () => {
    const tag = freshTag();
    const Older = copyOfPlanElement('0.0.9');
    defineElement(tag, Older);
    const warnings = await warningsDuring(() => {
      defineElement(tag, copyOfPlanElement());
      defineElement(tag, copyOfPlanElement());
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${tag}>`).and.include('0.0.9').and.include(`(${VERSION})`);
    expect(customElements.get(tag)).to.equal(Older);
  });

  it("another script's element under the same name is kept, with one warning", async () => {
    const tag = freshTag();
    const Foreign = class extends HTMLElement {};
    customElements.define(tag, Foreign);
    const warnings = await warningsDuring(() => {
      defineElement(tag, copyOfPlanElement());
      defineElement(tag, copyOfPlanElement());
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${tag}>`).and.include('another script').and.include(VERSION);
    expect(customElements.get(tag)).to.equal(Foreign);
  });
});
