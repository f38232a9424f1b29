/**
 * Which article of the page the reader is at, for `<plan-outline track>`: one tracker for the whole page, shared by
 * every outline that tracks (a module-level singleton), started by the first subscriber and stopped by the last.
 *
 * - One IntersectionObserver (viewport, threshold 0) observes the document's elements whose id is `article-N`
 *   (N = 1…73; e.g. `<plan-article permalink>` or any `<section id="article-35">`). Ids inside shadow roots do not
 *   count, as for links: a `#fragment` never reaches into one — except in a `<plan-document>`'s, which answers those
 *   fragments itself (it scrolls to `#article-N`), so an outline beside it tracks and links to its articles.
 * - The current article is the topmost of those that intersect the viewport. When none does (a gap between
 *   articles, or scrolled past them all), the last one stays current.
 * - One MutationObserver on `document.body` (child list, subtree, and `id` attributes) re-scans the document when
 *   nodes are added or removed or an id changes, so articles added later (or given their id after they were added,
 *   as `permalink` does) are tracked too. Each batch of mutations costs one `querySelectorAll('[id^="article-"]')`.
 */
import { ARTICLE_COUNT } from '../../data/article-index.js';

/** Told the current article's number whenever it changes (and once, in a microtask, when subscribing). */
export type ArticleListener = (article: number) => void;

const ID = /^article-([1-9]\d{0,2})$/;

/** The article number an element's id names, or undefined. */
function articleOf(el: Element): number | undefined {
  const m = ID.exec(el.id);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= ARTICLE_COUNT ? n : undefined;
}

class ArticleTracker {
  private readonly listeners = new Set<ArticleListener>();
  private io?: IntersectionObserver;
  private mo?: MutationObserver;
  private readonly observed = new Set<Element>();
  private readonly visible = new Set<Element>();
  private current?: number;

  /** Starts listening; returns the function that stops. */
  subscribe(listener: ArticleListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    else if (this.current !== undefined) {
      const n = this.current;
      queueMicrotask(() => {
        if (this.listeners.has(listener)) listener(n);
      });
    }
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.stop();
    };
  }

  private start(): void {
    if (typeof IntersectionObserver === 'undefined' || typeof document === 'undefined') return;
    this.io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) this.visible.add(e.target);
        else this.visible.delete(e.target);
      }
      this.compute();
    });
    this.mo = new MutationObserver(() => this.scan());
    this.mo.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
    this.scan();
  }

  private stop(): void {
    this.io?.disconnect();
    this.mo?.disconnect();
    this.io = this.mo = this.current = undefined;
    this.observed.clear();
    this.visible.clear();
  }

  /** Looks for articles again: a `<plan-document>` calls it once it has rendered its articles (no mutation the page sees). */
  rescan(): void {
    this.scan();
  }

  /** Observes the document's `article-N` elements, and only those. */
  private scan(): void {
    const io = this.io;
    if (!io) return;
    // the page's ids, and those of each <plan-document> (its articles are in its shadow root; it answers their fragments)
    const roots: ParentNode[] = [
      document,
      ...[...document.querySelectorAll('plan-document')].flatMap((d) => (d.shadowRoot ? [d.shadowRoot] : [])),
    ];
    const found = new Set(roots.flatMap((r) => [...r.querySelectorAll('[id^="article-"]')]).filter((el) => articleOf(el) !== undefined));
    for (const el of this.observed) {
      if (found.has(el)) continue;
      io.unobserve(el);
      this.observed.delete(el);
      this.visible.delete(el);
    }
    for (const el of found) {
      if (this.observed.has(el)) continue;
      this.observed.add(el);
      io.observe(el); // the observer reports it once, intersecting or not
    }
    // a visible article may have gone or changed its id
    this.compute();
  }

  /** The topmost visible article becomes current; listeners hear of a change. */
  private compute(): void {
    let top = Infinity;
    let n: number | undefined;
    for (const el of this.visible) {
      const a = articleOf(el);
      const y = el.getBoundingClientRect().top;
      if (a !== undefined && y < top) [top, n] = [y, a];
    }
    if (n === undefined || n === this.current) return;
    this.current = n;
    for (const l of [...this.listeners]) l(n);
  }
}

/** The page's one tracker. */
export const articleTracker = /* @__PURE__ */ new ArticleTracker();
