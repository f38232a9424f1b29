// Issue #12, point 4 (base class): elements are guests in someone else's page. Removing an attribute restores
// the default silently; `lang` on the element or any ancestor is reactive; `dir` reaches the shadow content.
// Every test runs for every element.
import { expect, fixture } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/define/plan-article.js';
import '../src/define/plan-target.js';
import '../src/define/plan-timeline.js';
import '../src/define/plan-outline.js';
import '../src/define/plan-search.js';
import '../src/define/plan-figures.js';
import { warningsOfEachTest } from './helpers/index.js';

type El = ReactiveElement & HTMLElement;

/**
 * Per element: the attributes that make it render (required ones), and for every attribute a value that is
 * valid and, where there is such a thing, one that is not. Every attribute the element declares must be listed
 * (checked below), so a new attribute gets these tests too.
 */
const ELEMENTS: {
  tag: string;
  attrs: string;
  values: Record<string, [valid: string, invalid?: string]>;
  required: Record<string, string>;
}[] = [
  {
    tag: 'plan-timeline',
    attrs: '',
    required: {},
    values: {
      selected: ['2030', '2099'],
      stages: ['2025,2030', 'foo'],
      orientation: ['vertical', 'diagonal'],
      compact: [''],
      'article-href': ['/plan/article-{n}', 'javascript:alert(1)'],
      'no-credit': [''],
      'hash-bookmark': [''],
      theme: ['dark', 'sepia'],
    },
  },
  {
    tag: 'plan-target',
    attrs: 'figure="gdp-2025"',
    required: { figure: 'gdp-2025' },
    values: {
      variant: ['inline', 'huge'],
      'inline-form': ['quote', 'label'],
      'article-href': ['/plan/article-{n}', 'javascript:alert(1)'],
      actual: ['3.46', 'abc'],
      'actual-year': ['2023'], // only read together with actual
      'no-credit': [''],
      theme: ['dark', 'sepia'],
    },
  },
  {
    tag: 'plan-article',
    attrs: 'number="35"',
    required: { number: '35' },
    values: {
      highlight: ['数字经济'],
      excerpt: [''],
      'max-chars': ['50', 'x'],
      'heading-level': ['2', '9'],
      'citation-style': ['plain', 'apa'],
      permalink: [''],
      'show-original': [''],
      'no-credit': [''],
      'no-translation-note': [''],
      theme: ['dark', 'sepia'],
    },
  },
  {
    tag: 'plan-outline',
    attrs: '',
    required: {},
    values: {
      chapter: ['8', '16'],
      expanded: ['all', 'abc'],
      current: ['35', '74'],
      track: [''],
      'article-href': ['/plan/article-{n}', 'javascript:alert(1)'],
      'heading-level': ['2', '9'],
      theme: ['dark', 'sepia'],
    },
  },
  {
    tag: 'plan-search',
    attrs: '',
    required: {},
    values: {
      query: ['数字经济'],
      placeholder: ['输入'],
      'max-results': ['5', 'x'],
      'article-href': ['/plan/article-{n}', 'javascript:alert(1)'],
      'section-href': ['/plan/{id}', 'javascript:alert(1)'],
      'url-param': ['q'],
      'no-credit': [''],
      theme: ['dark', 'sepia'],
    },
  },
  {
    tag: 'plan-figures',
    attrs: '',
    required: {},
    values: {
      mode: ['chart', 'pie'],
      kind: ['target', 'goal'],
      chapter: ['2', '16'],
      year: ['2025', '1999'],
      'article-href': ['/plan/article-{n}', 'javascript:alert(1)'],
      'no-credit': [''],
      'hash-bookmark': [''],
      theme: ['dark', 'sepia'],
    },
  },
];

const warnings = warningsOfEachTest();

const make = async (tag: string, attrs: string) => {
  const el = await fixture<El>(`<${tag} ${attrs}></${tag}>`);
  await el.updateComplete;
  return el;
};

/** The attribute → property map of an element class (Lit's declared properties with an attribute). */
function attributeProperties(el: El): Map<string, string> {
  const map = new Map<string, string>();
  for (const [prop, o] of (el.constructor as typeof ReactiveElement).elementProperties) {
    if (o.attribute !== false && !o.state)
      map.set(typeof o.attribute === 'string' ? o.attribute : String(prop).toLowerCase(), String(prop));
  }
  return map;
}

/** What a reader gets: every part with its text (live regions left out), one line per part. */
function fingerprint(el: El): string[] {
  const parts = [...el.shadowRoot!.querySelectorAll('[part]')].filter((p) => !p.closest('[aria-live]'));
  return parts.map((p) => `${p.getAttribute('part')}: ${(p.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`);
}

/** Compares two fingerprints, reporting the first difference only (whole fingerprints make unreadable messages). */
function expectSameRender(actual: string[], expected: string[]): void {
  const i = actual.findIndex((line, n) => line !== expected[n]);
  expect(i < 0 ? `${actual.length} parts` : `part #${i}: ${actual[i]}`).to.equal(
    i < 0 ? `${expected.length} parts` : `part #${i}: ${expected[i]}`,
  );
}

const nullish = (w: string) => /"(null|undefined)"/.test(w);

for (const { tag, attrs, values, required } of ELEMENTS) {
  describe(`<${tag}> attributes`, () => {
    it('lists a test value for every attribute it declares', async () => {
      const el = await make(tag, attrs);
      const declared = [...attributeProperties(el).keys()].filter((a) => !(a in required)).sort();
      expect(declared.join(' ')).to.equal(Object.keys(values).sort().join(' '));
    });

    for (const [attr, [valid, invalid]] of Object.entries(values)) {
      for (const [kind, value] of [
        ['valid', valid],
        ['invalid', invalid],
      ] as const) {
        if (value === undefined) continue;
        for (const how of ['in the markup', 'set later']) {
          it(`removing ${attr} (${kind} "${value}", ${how}) restores the default silently`, async () => {
            const fresh = await make(tag, attrs);
            const prop = attributeProperties(fresh).get(attr)!;
            const expected = { value: (fresh as unknown as Record<string, unknown>)[prop], render: fingerprint(fresh) };
            const el = how === 'in the markup' ? await make(tag, `${attrs} ${attr}="${value}"`) : await make(tag, attrs);
            if (how === 'set later') {
              el.setAttribute(attr, value);
              await el.updateComplete;
            }
            expect(warnings.length, `warnings for ${attr}="${value}"`).to.equal(kind === 'valid' ? 0 : 1);
            const before = warnings.length;
            el.removeAttribute(attr);
            await el.updateComplete;
            expect(warnings.slice(before), 'no warning on removal').to.deep.equal([]);
            expect(el.hasAttribute(attr), 'not reflected back').to.equal(false);
            expect((el as unknown as Record<string, unknown>)[prop], `${prop} is its default again`).to.equal(expected.value);
            expectSameRender(fingerprint(el), expected.render);
          });
        }
      }
    }

    for (const [attr, value] of Object.entries(required)) {
      it(`removing the required ${attr} shows the missing state, as without it, and never warns "null"`, async () => {
        const without = await make(tag, '');
        const el = await make(tag, `${attr}="${value}"`);
        el.removeAttribute(attr);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="error"]') !== null, 'error part').to.equal(true);
        expectSameRender(fingerprint(el), fingerprint(without));
        expect(warnings.filter(nullish)).to.deep.equal([]);
        el.setAttribute(attr, value);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'renders again').to.equal(true);
      });
    }
  });

  describe(`<${tag}> lang and dir`, () => {
    /** Counts the element's updates (re-renders) from now on. */
    function countUpdates(el: El): () => number {
      let n = 0;
      const spied = el as unknown as { updated: (c: Map<string, unknown>) => void };
      const original = spied.updated.bind(el);
      spied.updated = (c) => {
        n++;
        original(c);
      };
      return () => n;
    }
    const requested = (el: El) => (el as unknown as { localize: { requested: string } }).localize.requested;
    const settle = async (el: El) => {
      await new Promise((r) => setTimeout(r)); // mutation observers have run
      await el.updateComplete;
    };

    it('re-renders when its own lang changes, and warns once for an unsupported one', async () => {
      const el = await make(tag, attrs);
      const updates = countUpdates(el);
      el.setAttribute('lang', 'fr');
      await settle(el);
      expect(updates(), 'updates after lang="fr"').to.be.above(0);
      expect(requested(el)).to.equal('fr');
      expect(warnings.filter((w) => w.includes('lang="fr"'))).to.have.length(1);
      el.setAttribute('lang', 'zh-CN');
      await settle(el);
      expect(requested(el)).to.equal('zh-CN');
      expect(updates()).to.be.above(1);
    });

    it('re-renders when an ancestor’s lang changes, or its own is removed', async () => {
      const box = await fixture<HTMLDivElement>(`<div lang="zh-CN"><${tag} ${attrs} lang="zh-Hans"></${tag}></div>`);
      const el = box.firstElementChild as El;
      await el.updateComplete;
      const updates = countUpdates(el);
      el.removeAttribute('lang');
      await settle(el);
      expect(requested(el)).to.equal('zh-CN');
      expect(updates(), 'after removing its own lang').to.equal(1);
      // an unsupported tag (switching to a supported one loads that locale: test/locale.test.ts)
      box.setAttribute('lang', 'fr');
      await settle(el);
      expect(requested(el)).to.equal('fr');
      expect(updates(), 'after the ancestor’s lang changed').to.equal(2);
      box.setAttribute('data-unrelated', 'x');
      await settle(el);
      expect(updates(), 'other attributes do not re-render').to.equal(2);
      expect(warnings, 'an unsupported inherited lang is the page’s business').to.deep.equal([]);
    });

    it('re-renders when the lang of a host it is nested in (across a shadow root) changes', async () => {
      const outer = await fixture<HTMLDivElement>('<div lang="zh-CN"></div>');
      const root = outer.attachShadow({ mode: 'open' });
      root.innerHTML = `<section><${tag} ${attrs}></${tag}></section>`;
      const el = root.querySelector(tag) as El;
      await el.updateComplete;
      expect(requested(el)).to.equal('zh-CN');
      const updates = countUpdates(el);
      root.querySelector('section')!.setAttribute('lang', 'fr');
      await settle(el);
      expect(requested(el), 'ancestor inside the shadow root').to.equal('fr');
      expect(updates()).to.equal(1);
    });

    it('re-renders when moved under an ancestor with another lang', async () => {
      const page = await fixture<HTMLDivElement>(`<div><div lang="zh-CN"><${tag} ${attrs}></${tag}></div><div lang="fr"></div></div>`);
      const el = page.querySelector(tag) as El;
      await el.updateComplete;
      const updates = countUpdates(el);
      page.lastElementChild!.append(el);
      await settle(el);
      expect(requested(el)).to.equal('fr');
      expect(updates()).to.equal(1);
    });

    it('lays its shadow content out right to left under dir="rtl" on itself or an ancestor (CSS direction inherits)', async () => {
      const box = await fixture<HTMLDivElement>(`<div><${tag} ${attrs}></${tag}></div>`);
      const el = box.firstElementChild as El;
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('ltr');
      box.dir = 'rtl';
      expect(getComputedStyle(base).direction, 'ancestor dir').to.equal('rtl');
      box.dir = '';
      el.dir = 'rtl';
      expect(getComputedStyle(base).direction, 'own dir').to.equal('rtl');
      el.dir = 'ltr';
      box.dir = 'rtl';
      expect(getComputedStyle(base).direction, 'own dir beats the ancestor').to.equal('ltr');
    });
  });
}
