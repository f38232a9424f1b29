import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What an element inherits from the page through attributes: `lang` (LocaleController) and the page switch
 * `data-plan-theme` (ThemeController). Both are looked up on the element, else the nearest ancestor, across
 * shadow roots, and both are watched by one MutationObserver for the whole page.
 */

/** The attributes whose changes on an element or any ancestor re-resolve its locale or theme. */
const WATCHED = ['lang', 'data-plan-theme'];

let observer: MutationObserver | undefined;
const controllers = new Set<AncestorsController>();

/** The value of `name` on `node` or the nearest ancestor that has it (across shadow roots); null if none. */
export function closestAttribute(node: Node | null, name: string): string | null {
  // Duck-typed rather than `instanceof Element/ShadowRoot`: those globals do not exist in server rendering.
  while (node) {
    if ((node as Element).hasAttribute?.(name)) return (node as Element).getAttribute(name);
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return null;
}

/**
 * A controller whose `sync` runs when its host is connected (also after a move) and after `lang` or
 * `data-plan-theme` changed anywhere in the document or in a shadow root the host is in; `sync` compares with
 * what it saw before, so unrelated changes cost a lookup. The attribute filter keeps other mutations out.
 */
export abstract class AncestorsController implements ReactiveController {
  constructor(protected readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined') {
      observer ??= new MutationObserver(() => controllers.forEach((c) => c.sync()));
      // Observing a root twice only renews its options, so every host may register the roots it is in.
      for (let root: Node = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
        observer.observe(root, { subtree: true, attributeFilter: WATCHED });
        if (!(root as ShadowRoot).host) break;
      }
      controllers.add(this);
    }
    this.sync();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolves what the host inherits; acts only if it changed. */
  protected abstract sync(): void;
}
