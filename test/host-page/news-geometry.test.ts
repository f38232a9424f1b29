/**
 * Issue #18's "as a reader sees it", checked by geometry rather than by eye: a Chinese news article
 * (test/host-page/news-page.html: headings, prose with two inline figures, the timeline, a figure card, article 35)
 * in an iframe of a phone's (375 px) and a desktop's (1280 px) width, with a light page and with a dark one (as
 * Bootstrap 5's data-bs-theme="dark": rgb(33,37,41)). For each of the four:
 * - nothing is wider than the page (no horizontal scrolling) and every widget sits inside the article column;
 * - every piece of text a widget shows (each line box of each text node, each SVG <text>) is inside its widget and
 *   overlaps no other piece of text of the page: no label over another, no marker over a heading;
 * - the inline figure's source marker (原文第N条) is on the same line as the end of its value;
 * - the widgets paint no surface of their own: their base part is transparent, the page's background shows, and
 *   the article's text has a contrast of at least 4.5:1 against that background.
 */
import { expect } from '@open-wc/testing';

type Box = { left: number; right: number; top: number; bottom: number; what: string };
type PageWindow = Window & { __ready?: boolean };

const WIDGETS = 'plan-timeline, plan-target, plan-article';

async function openPage(width: number, scheme: 'light' | 'dark'): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0;display:block`;
  frame.src = `/test/host-page/news-page.html?scheme=${scheme}`;
  document.body.append(frame);
  const win = (): PageWindow | null => frame.contentWindow;
  for (let i = 0; i < 600 && !win()?.__ready; i++) await new Promise((r) => setTimeout(r, 25));
  expect(win()?.__ready, 'the page loaded and the elements rendered').to.equal(true);
  return { frame, doc: frame.contentDocument! };
}

/** Is this box something a reader sees (not a 1 px visually-hidden text, not display:none)? */
const visible = (r: DOMRect) => r.width >= 2 && r.height >= 2;

/** Text inside a box that clips it to (almost) nothing: the visually-hidden words for screen readers. */
function clippedAway(text: Text): boolean {
  for (let el = text.parentElement; el; el = el.parentElement) {
    const r = el.getBoundingClientRect();
    if ((r.width < 2 || r.height < 2) && el.ownerDocument.defaultView!.getComputedStyle(el).overflow !== 'visible') return true;
  }
  return false;
}

/** The boxes of the text a root shows: each line box of each text node (Range), each SVG <text> as a whole. */
function textBoxes(root: Document | ShadowRoot | Element, what: string, out: Box[] = []): Box[] {
  // nodeType, not instanceof: the nodes belong to the iframe's realm
  const doc = (root.nodeType === Node.DOCUMENT_NODE ? root : root.ownerDocument) as Document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.shadowRoot) textBoxes(el.shadowRoot, el.localName.startsWith('plan-') ? el.localName : what, out);
      if (el.localName === 'text' && el.namespaceURI === 'http://www.w3.org/2000/svg') {
        const r = el.getBoundingClientRect();
        if (visible(r)) out.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, what: `${what} svg "${el.textContent}"` });
      }
      continue;
    }
    const text = n as Text;
    if (!text.data.trim() || text.parentElement?.closest('svg, style, script, template') || clippedAway(text)) continue;
    const range = doc.createRange();
    range.selectNodeContents(text);
    for (const r of range.getClientRects()) {
      if (visible(r))
        out.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, what: `${what} "${text.data.trim().slice(0, 16)}"` });
    }
  }
  return out;
}

/** Area two boxes share, in px² (0 when they only touch). */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`news page at ${width} px, ${scheme}`, () => {
      let frame: HTMLIFrameElement;
      let doc: Document;
      before(async () => {
        ({ frame, doc } = await openPage(width, scheme));
      });
      after(() => frame?.remove());

      it('is no wider than the page; every widget is inside the article column', () => {
        expect(doc.documentElement.scrollWidth, 'horizontal scrolling').to.be.at.most(doc.documentElement.clientWidth);
        const main = doc.querySelector('main')!.getBoundingClientRect();
        for (const el of doc.querySelectorAll(WIDGETS)) {
          if (el.getAttribute('variant') === 'inline') continue;
          const r = el.getBoundingClientRect();
          expect(r.height, `${el.localName} has a height`).to.be.above(20);
          expect(r.left, `${el.localName} left`).to.be.at.least(main.left - 0.5);
          expect(r.right, `${el.localName} right`).to.be.at.most(main.right + 0.5);
        }
      });

      it("each widget's text lies inside it and overlaps no other text of the page", () => {
        const boxes = textBoxes(doc.body, 'page');
        const ofWidgets = boxes.filter((b) => b.what.startsWith('plan-'));
        expect(ofWidgets.length, 'text boxes of the widgets').to.be.above(50);
        for (const el of doc.querySelectorAll(WIDGETS)) {
          const r = el.getBoundingClientRect();
          const own = textBoxes(el.shadowRoot!, el.localName);
          expect(own.length, `${el.localName} shows text`).to.be.above(0);
          if (el.getAttribute('variant') === 'inline') continue; // inline: its line boxes are the paragraph's
          for (const b of own) {
            expect(
              b.left >= r.left - 1 && b.right <= r.right + 1,
              `${b.what} [${b.left.toFixed(0)}–${b.right.toFixed(0)}] inside ${el.localName} [${r.left.toFixed(0)}–${r.right.toFixed(0)}]`,
            ).to.equal(true);
          }
        }
        const clashes: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            if (overlap(boxes[i], boxes[j]) > 4) clashes.push(`${boxes[i].what} × ${boxes[j].what}`);
        expect(clashes.join('\n'), 'overlapping text').to.equal('');
      });

      it('an inline figure keeps its source marker on the line of its value', () => {
        for (const el of doc.querySelectorAll('plan-target[variant="inline"]')) {
          const value = el.shadowRoot!.querySelector('[part~="value"]')!.getClientRects();
          const source = el.shadowRoot!.querySelector('[part~="source"]')!.getClientRects();
          const end = value[value.length - 1];
          const start = source[0];
          expect(end && start, 'value and marker are laid out').to.be.ok;
          expect(
            Math.min(end.bottom, start.bottom) - Math.max(end.top, start.top),
            `${el.getAttribute('figure')}: marker on the value's line`,
          ).to.be.above(0);
        }
      });

      it('paints no surface of its own; the article text reads against the page (≥ 4.5:1)', () => {
        const view = doc.defaultView!;
        const page = view.getComputedStyle(doc.documentElement).backgroundColor;
        for (const el of doc.querySelectorAll(WIDGETS)) {
          const base = el.shadowRoot!.querySelector('[part~="base"]') ?? el;
          for (const box of [el, base]) {
            const bg = view.getComputedStyle(box).backgroundColor;
            expect(bg === 'transparent' || /rgba\(0, 0, 0, 0\)/.test(bg), `${el.localName} background ${bg}`).to.equal(true);
          }
        }
        const paragraph = doc.querySelector('plan-article')!.shadowRoot!.querySelector('[part~="paragraph"]')!;
        const ratio = contrast(view.getComputedStyle(paragraph).color, page);
        expect(ratio, `article text ${view.getComputedStyle(paragraph).color} on ${page}`).to.be.at.least(4.5);
      });
    });
  }
}
