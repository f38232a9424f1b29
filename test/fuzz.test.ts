// Issue 20, part 3: attribute fuzzing. Every attribute each element declares (its class's observedAttributes, so a
// new attribute is fuzzed without touching this file) plus the global `lang` and `dir` it reacts to gets a seeded
// stream of values — blanks, huge / negative / NaN / exponent numbers, CJK, emoji, combining marks, bidi controls,
// 10,000-character strings, HTML and script payloads, script URLs, JSON fragments, `{n}` templates, valid values —
// set in random order, several at a time, some removed again, often without waiting for the element in between.
// After each settle: nothing uncaught reached the window, no tag outside a clean render's allow-list and no event
// handler attribute exists in the light DOM or any shadow root, no payload ran, the element shows its render or its
// notice, and no console warning is given twice. The seed is printed in every failure (test/helpers/fuzz.ts).
import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { resetWarnings } from '../src/internal/warn.js';
import { engine, fuzzSeed, prng, PWNED, VALID, ValueGen } from './helpers/fuzz.js';
import { countConsole, deepElements, markupProblems, settleDeep, tagNames, watchUncaught, type PlanEl } from './helpers/guards.js';

const SEED = fuzzSeed();
const ENGINE = engine();
/** Values generated per element: the full run in Chromium, a sample in the slower WebDriver engines. */
const VALUES_PER_ELEMENT = ENGINE === 'chromium' ? 2000 : 200;
/** Attributes every element reacts to without declaring them (LocaleController, CSS direction). */
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];
/** What an element needs to render at all (without it, it shows its notice: also a valid end state). */
const REQUIRED: Record<string, Record<string, string>> = {
  'plan-target': { figure: 'gdp-2025' },
  'plan-article': { number: '35' },
};
const TAGS = ['plan-timeline', 'plan-target', 'plan-article', 'plan-outline', 'plan-search', 'plan-figures', 'plan-document'];
/** How long one settle may take before the element counts as stuck. */
const SETTLE_MS = 5000;

const observed = (tag: string): string[] => [
  ...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? []),
];
const win = window as unknown as Record<string, unknown>;
const short = (v: string | null) => (v === null ? '(removed)' : JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v));

async function mount(tag: string): Promise<{ box: HTMLElement; el: PlanEl }> {
  const attrs = Object.entries(REQUIRED[tag] ?? {})
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const box = await fixture<HTMLElement>(`<div><${tag}${attrs}></${tag}></div>`);
  const el = box.firstElementChild as PlanEl;
  await settleDeep(el, SETTLE_MS);
  return { box, el };
}

/**
 * The tags a clean render of each element may contain: its render with each valid value of each attribute (set one
 * at a time), so a fuzzed value may switch modes (a chart, links, marks) but never add a tag; plus the notice's
 * (part="error" and its fallback slot), as an element without its required attribute shows it.
 */
const allowed = new Map<string, Set<string>>();
const notice = new Set<string>();

let startUrl = '';
before(async function () {
  this.timeout(120_000);
  const quiet = countConsole(); // the valid values' own warnings (lang="fr", heading-level="1") are not the fuzz's
  // the notice (part="error" with its fallback slot), as an element without its required attribute shows it
  for (const tag of Object.keys(REQUIRED)) {
    const el = await fixture<PlanEl>(`<${tag}></${tag}>`);
    await settleDeep(el, SETTLE_MS);
    tagNames(el.shadowRoot!).forEach((t) => notice.add(t));
    el.remove();
  }
  for (const tag of TAGS) {
    const { box, el } = await mount(tag);
    const tags = new Set(notice);
    allowed.set(tag, tags);
    tagNames(el.shadowRoot!).forEach((t) => tags.add(t));
    for (const attr of [...observed(tag), ...GLOBAL_ATTRIBUTES]) {
      for (const v of VALID[attr] ?? ['']) {
        el.setAttribute(attr, v);
        await settleDeep(el, SETTLE_MS);
        // a search runs after its debounce (SEARCH_DEBOUNCE_MS)
        if (attr === 'query') await new Promise((r) => setTimeout(r, 500));
        await settleDeep(el, SETTLE_MS);
        tagNames(el.shadowRoot!).forEach((t) => tags.add(t));
      }
      if (REQUIRED[tag]?.[attr]) el.setAttribute(attr, REQUIRED[tag][attr]);
      else el.removeAttribute(attr);
    }
    box.remove();
  }
  quiet.stop();
  // the fuzz may write the page URL (hash-bookmark, url-param); the dev server's page must come back as it was
  startUrl = location.href;
});

afterEach(() => {
  if (location.href !== startUrl) history.replaceState(history.state, '', startUrl);
  delete win[PWNED];
});

describe(`attribute fuzzing (seed ${SEED}, ${ENGINE}, ${VALUES_PER_ELEMENT} values per element)`, () => {
  it('derives a non-trivial allow-list per element from clean renders, without script-capable tags', () => {
    const all = new Set([...allowed.values()].flatMap((s) => [...s]));
    for (const [tag, tags] of allowed) console.log(`fuzz allow-list <${tag}> (${ENGINE}): ${[...tags].sort().join(' ')}`);
    expect([...all].filter((t) => ['img', 'script', 'iframe', 'object', 'embed', 'x-evil'].includes(t))).to.deep.equal([]);
    for (const t of ['button', 'p', 'svg', 'table', 'input', 'mark', 'a']) expect(all.has(t), `<${t}> in a clean render`).to.equal(true);
    expect(allowed.get('plan-target')!.has('plan-target'), 'no element in its own render').to.equal(false);
  });

  for (const [index, tag] of TAGS.entries()) {
    it(`<${tag}>: every declared attribute survives ${VALUES_PER_ELEMENT} generated values`, async function () {
      this.timeout(120_000);
      const started = performance.now();
      // one stream per element, so an element's sequence does not depend on the others
      const gen = new ValueGen(prng(SEED + index * 7919));
      const attributes = [...observed(tag), ...GLOBAL_ATTRIBUTES];
      expect(observed(tag).length, `<${tag}> declares attributes`).to.be.above(0);
      const scriptsBefore = document.querySelectorAll('script').length;
      resetWarnings();
      const uncaught = watchUncaught();
      const consoleCounts = countConsole();
      const recent: string[] = [];
      const where = (step: number) => `seed ${SEED}, <${tag}>, step ${step}; last operations: ${recent.join('; ')}`;
      try {
        const { box, el } = await mount(tag);
        let values = 0;
        let step = 0;
        let settles = 0;
        const check = async (deep: boolean) => {
          const settled = await settleDeep(el, SETTLE_MS);
          expect(settled, `settles within ${SETTLE_MS} ms (${where(step)})`).to.equal(true);
          expect(uncaught.errors, `nothing uncaught (${where(step)})`).to.deep.equal([]);
          expect(consoleCounts.errors, `no console.error (${where(step)})`).to.deep.equal([]);
          expect(win[PWNED], `no payload ran (${where(step)})`).to.equal(undefined);
          const root = el.shadowRoot!;
          expect(!!root.querySelector('[part~="base"], [part~="error"]'), `shows its render or its notice (${where(step)})`).to.equal(true);
          if (deep) {
            expect(markupProblems(el.shadowRoot!, allowed.get(tag)!), `markup (${where(step)})`).to.deep.equal([]);
            expect(
              [...box.querySelectorAll('*')].map((e) => e.localName),
              `light DOM untouched (${where(step)})`,
            ).to.deep.equal([tag]);
          }
        };
        while (values < VALUES_PER_ELEMENT) {
          step++;
          const ops = 1 + gen.int(4);
          for (const attr of gen.shuffle(attributes).slice(0, ops)) {
            const remove = gen.chance(0.15) && el.hasAttribute(attr);
            const value = remove ? null : gen.value(attr);
            if (value === null) el.removeAttribute(attr);
            else {
              el.setAttribute(attr, value);
              values++;
              // changed rapidly: sometimes the same attribute again before the element has rendered
              if (gen.chance(0.1)) {
                el.setAttribute(attr, gen.value(attr));
                values++;
              }
            }
            recent.push(`${attr}=${short(value)}`);
            if (recent.length > 8) recent.shift();
          }
          // about half the bursts wait for the element; the others pile onto a pending update
          if (gen.chance(0.5)) {
            settles++;
            // now and then past the debounce of a search and a chapter's text arriving, so those render fuzzed values too
            if (gen.chance(0.06)) await new Promise((r) => setTimeout(r, 120));
            // the tree scan is the costly part (<plan-document> has thousands of nodes): every few settles
            await check(settles % (tag === 'plan-document' ? 10 : 2) === 0);
          }
        }
        await check(true);
        // a payload's onerror would fire after the (failing) image load: give it the time to
        await new Promise((r) => setTimeout(r, 100));
        expect(win[PWNED], `no payload ran (${where(step)})`).to.equal(undefined);
        expect(document.querySelectorAll('script').length, `no script added to the page (${where(step)})`).to.equal(scriptsBefore);
        expect(
          deepElements(document).filter((e) => e.localName === 'img' || e.localName === 'x-evil').length,
          `no <img> or <x-evil> anywhere (${where(step)})`,
        ).to.equal(0);
        expect(({} as Record<string, unknown>).polluted, `Object.prototype not polluted (${where(step)})`).to.equal(undefined);
        const repeated = [...consoleCounts.warnings].filter(([, n]) => n > 1).map(([m, n]) => `${n}× ${m.slice(0, 160)}`);
        expect(repeated, `each warning once (seed ${SEED}, <${tag}>)`).to.deep.equal([]);

        // and it recovers: without the fuzzed attributes it renders as a fresh element does
        for (const attr of attributes) if (!(attr in (REQUIRED[tag] ?? {}))) el.removeAttribute(attr);
        for (const [k, v] of Object.entries(REQUIRED[tag] ?? {})) el.setAttribute(k, v);
        expect(await settleDeep(el, SETTLE_MS), `settles after the attributes are removed (seed ${SEED})`).to.equal(true);
        expect(!!el.shadowRoot!.querySelector('[part~="base"]'), `renders again (seed ${SEED}, <${tag}>)`).to.equal(true);
        expect(!!el.shadowRoot!.querySelector('[part~="error"]'), `no notice once valid again (seed ${SEED}, <${tag}>)`).to.equal(false);
        const ms = Math.round(performance.now() - started);
        console.log(
          `fuzz ${ENGINE} <${tag}>: ${values} values in ${step} bursts, ${settles} settles, ${consoleCounts.warnings.size} distinct warnings, ${ms} ms (seed ${SEED})`,
        );
      } finally {
        consoleCounts.stop();
        uncaught.stop();
      }
    });
  }
});
