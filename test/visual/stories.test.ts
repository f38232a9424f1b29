/**
 * Visual regression (issue #20 §3): a screenshot of every Storybook story in Chromium, of the key stories (each
 * element's default and dark story, the theming guide) in Firefox ESR and WebKitGTK, compared with the committed
 * baseline (test/visual/screenshots/<engine>/baseline/<story id>.png, @web/test-runner-visual-regression, pixelmatch)
 * within a small tolerance, so a CSS change that breaks a layout fails the suite.
 *
 * The stories are Storybook's own build (`npm run build-storybook`, run by `npm test` before the browser tests): the
 * list comes from storybook-static/index.json, each story is opened in an iframe of 800 px (Storybook's iframe.html,
 * as the docs and the canvas show it) and screenshotted once it has rendered and stopped changing. The fonts are the
 * ones `npm run setup:browsers` installs (DejaVu Sans, Droid Sans Fallback for CJK), so text renders the same on
 * every machine that ran it.
 *
 * After an intended change: `UPDATE_SCREENSHOTS=1 npx web-test-runner test/visual/stories.test.ts` (all three engines,
 * under xvfb-run) rewrites the baselines; review the PNGs in the diff. A failure writes the new image and the diff to
 * test/visual/screenshots/<engine>/failed/ (git-ignored).
 */
import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { engine } from '../helpers/fuzz.js';

const ENGINE = engine();
const WIDTH = 800;
/** Long stories (the whole document) are cut here: what a layout change moves is on the first screens. */
const MAX_HEIGHT = 1600;

/** Firefox and WebKit: each element's default and dark story, and the theming guide's. */
const KEY = /^elements-plan-[a-z]+--(default|dark)$|^guides-theming--brand$/;

type Entry = { id: string; type: string; title: string; name: string };

const index = await fetch('/storybook-static/index.json').then(
  (r) => (r.ok ? (r.json() as Promise<{ entries: Record<string, Entry> }>) : undefined),
  () => undefined,
);
const stories = Object.values(index?.entries ?? {}).filter((e) => e.type === 'story');
const shown = ENGINE === 'chromium' ? stories : stories.filter((s) => KEY.test(s.id));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every element under `root`, shadow roots included. */
function* deep(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** What the story shows, as far as it can change: every text and every element's size. */
function signature(doc: Document): string {
  let out = '';
  for (const el of deep(doc.body)) {
    const r = el.getBoundingClientRect();
    out += `${el.localName}${Math.round(r.width)}x${Math.round(r.height)}`;
    if (el.shadowRoot) out += el.shadowRoot.textContent?.length ?? 0;
  }
  return out + (doc.body.textContent?.length ?? 0);
}

async function openStory(id: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${WIDTH}px;height:600px;border:0;display:block;background:#fff`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  await loaded;
  const doc = () => frame.contentDocument!;
  // Storybook shows the story (body.sb-show-main) or its error display
  for (let i = 0; i < 400 && !/sb-show-(main|errordisplay)/.test(doc().body?.className ?? ''); i++) await sleep(25);
  expect(doc().body.className, `${id}: rendered, not Storybook's error display`).to.contain('sb-show-main');
  // no text caret: it blinks (caret-color is inherited into the shadow roots)
  const style = doc().createElement('style');
  style.textContent = ':root { caret-color: transparent !important; }';
  doc().head.append(style);
  // settled: the elements' updates done, nothing busy, the same text and sizes three times in a row
  let last = '';
  for (let same = 0, i = 0; same < 3 && i < 200; i++) {
    const els = [...deep(doc().body)].filter((e) => e.localName.startsWith('plan-')) as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(els.map((e) => e.updateComplete ?? Promise.resolve()));
    const busy = [...deep(doc().body)].some((e) => e.getAttribute('aria-busy') === 'true');
    const now = signature(doc());
    same = !busy && now === last ? same + 1 : 0;
    last = now;
    await sleep(100);
  }
  await doc().fonts.ready;
  // as tall as the story (Storybook's root and its padding), not the 600 px it was opened at
  const root = doc().getElementById('storybook-root') ?? doc().body;
  const bottom = Math.ceil(root.getBoundingClientRect().bottom + parseFloat(getComputedStyle(doc().body).paddingBottom || '0'));
  frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(100, bottom))}px`;
  // transitions (focus rings, a selected stage) run their course at the final size
  await sleep(400);
  return frame;
}

describe(`visual regression: Storybook stories (${ENGINE}, ${shown.length} of ${stories.length})`, () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the stories are built (npm run build-storybook) and there is one of each element', () => {
    expect(index, 'storybook-static/index.json: run npm run build-storybook first (npm test does)').to.not.equal(undefined);
    for (const tag of ['plan-article', 'plan-document', 'plan-figures', 'plan-outline', 'plan-search', 'plan-target', 'plan-timeline'])
      expect(shown.map((s) => s.id)).to.include(`elements-${tag}--default`);
  });

  for (const story of shown) {
    it(`${story.title} / ${story.name} (${story.id})`, async function () {
      this.timeout(60_000);
      frame = await openStory(story.id);
      await visualDiff(frame, story.id);
    });
  }
});
