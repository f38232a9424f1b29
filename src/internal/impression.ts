import { PlanImpressionEvent } from './events.js';

/**
 * `plan-impression` for every element (PlanElement observes itself while connected): one IntersectionObserver for the
 * page, created on first use. An element counts as seen when half of it is in the viewport, or, taller than the
 * viewport, when it covers half of the viewport's height; it is then no longer observed.
 */
let observer: IntersectionObserver | undefined;

function seen(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  const rootHeight = entry.rootBounds?.height ?? Infinity;
  return entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= rootHeight / 2;
}

/** Starts watching `el` until it has been seen (fires `plan-impression` once) or `unobserveImpression` is called. */
export function observeImpression(el: HTMLElement): void {
  if (typeof IntersectionObserver === 'undefined') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!seen(e)) continue;
        observer?.unobserve(e.target);
        const event = new PlanImpressionEvent(e.target.localName);
        e.target.dispatchEvent(event);
      }
    },
    { threshold: [0, 0.25, 0.5, 0.75, 1] },
  );
  observer.observe(el);
}

export function unobserveImpression(el: HTMLElement): void {
  observer?.unobserve(el);
}
