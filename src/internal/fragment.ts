/**
 * Fragments (`#article-35`) and the elements they lead to. A fragment never reaches into a shadow root by itself; an
 * element that renders fragment targets in its own shadow root and scrolls to them (`<plan-document>`) says so by
 * implementing `FragmentHost`, so the links of the elements inside it (copy link) keep their fragment.
 */
export interface FragmentHost {
  /** True when this element scrolls to `#id` of the page's URL (the target is in its shadow root). */
  answersFragment(id: string): boolean;
}

/** True when `el` sits in a shadow root whose host answers `#id` (FragmentHost). */
export function answeredByHost(el: Element, id: string): boolean {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as Partial<FragmentHost>) : undefined;
  return typeof host?.answersFragment === 'function' && host.answersFragment(id);
}

/**
 * Focuses `target` as a skip link would: an element that is not focusable by itself takes `tabindex="-1"` (so it
 * never becomes a tab stop) until focus leaves it again.
 */
export function focusTarget(target: HTMLElement, options?: FocusOptions): void {
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus(options);
}

/**
 * Writes `hash` (e.g. `#article-35`) into the page's address with `history.replaceState`, so it stays shareable without
 * a history entry per change. Resolved against the document's own URL, not the base URL (a `<base href>`, or the
 * parent's URL in a srcdoc frame, would make it another page's and replaceState throw); a page whose URL cannot be
 * written (an opaque origin) keeps its own, and the element goes on.
 */
export function replaceFragment(hash: string): void {
  try {
    history.replaceState(history.state, '', new URL(hash, location.href).href);
  } catch {
    // not writable: the element works without it
  }
}
