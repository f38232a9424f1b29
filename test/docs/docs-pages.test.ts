/**
 * The docs pages in Storybook (issue #21): each docs/*.md is a page of the Storybook build (stories/docs/*.mdx, built
 * by npm test before the browser tests); opened as a reader would, it shows its own title as the first heading and
 * the rest of its text, with the code blocks as code. test/docs/docs.node.ts checks the files and links.
 */
import { expect } from '@open-wc/testing';

type Entry = { id: string; type: string; title: string; importPath: string };
const index = await fetch('/storybook-static/index.json').then(
  (r) => (r.ok ? (r.json() as Promise<{ entries: Record<string, Entry> }>) : undefined),
  () => undefined,
);
const pages = Object.values(index?.entries ?? {}).filter((e) => e.type === 'docs' && e.importPath.startsWith('./stories/docs/'));

describe('docs pages in Storybook', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('every docs/*.md page is in the Storybook build (npm run build-storybook first; npm test does)', () => {
    expect(index, 'storybook-static/index.json').to.not.equal(undefined);
    expect(pages.length).to.equal(15);
  });

  for (const page of pages) {
    it(`${page.title} renders its Markdown`, async function () {
      this.timeout(30_000);
      const name = page.importPath.replace(/^\.\/stories\/docs\/(.*)\.mdx$/, '$1');
      const source = await (await fetch(`/docs/${name}.md`)).text();
      const title = /^# (.*)$/m.exec(source)![1];
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:900px;height:600px;border:0';
      frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(page.id)}&viewMode=docs`;
      frames.push(frame);
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      let h1: HTMLHeadingElement | null = null;
      for (let i = 0; i < 400 && !(h1 = doc.querySelector('#storybook-docs h1')); i++) await new Promise((r) => setTimeout(r, 25));
      expect(h1?.textContent?.trim(), `${name}: the page's title as its first heading`).to.equal(title.replace(/`/g, ''));
      // code blocks are highlighted by a chunk Storybook loads on demand: wait for them
      const codeBlocks = (source.match(/^```/gm)?.length ?? 0) / 2;
      for (let i = 0; i < 400 && doc.querySelectorAll('#storybook-docs pre').length < codeBlocks; i++)
        await new Promise((r) => setTimeout(r, 25));
      expect(doc.querySelectorAll('#storybook-docs pre').length, `${name}: code blocks`).to.be.at.least(codeBlocks);
      const text = (doc.querySelector('#storybook-docs')!.textContent ?? '').replace(/\s+/g, ' ');
      // the whole file, not only its start: every heading of it is a heading of the page, in order
      const headings = [...source.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.*)$/gm)].map((m) => m[1].replace(/`/g, '').trim());
      const shown = [...doc.querySelectorAll('#storybook-docs :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.textContent.trim());
      expect(shown, `${name}: headings`).to.deep.equal(headings);
      expect(text.length, `${name}: text`).to.be.greaterThan(source.length / 3);
    });
  }
});
