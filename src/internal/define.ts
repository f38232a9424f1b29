import { VERSION } from '../generated/version.js';
import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless the name is taken, so double loading is harmless. Only the registering entries
 * (src/define/*, src/index.ts) call this: class modules have no side effects.
 *
 * When the name is taken:
 * - by this very class, or by the same release of this library loaded twice (two bundles, a CDN copy and an npm
 *   copy; the classes differ but `version` is equal): nothing happens, silently;
 * - by another release of this library, or by some other script's element: this copy is not registered (a tag
 *   can only be defined once) and the console says so once per tag, since the page then shows the other one.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, ctor);
  else if (existing !== ctor) {
    const theirs = (existing as { version?: unknown }).version;
    if (theirs !== VERSION) {
      warnOnce(
        `<${name}> is already defined by ${typeof theirs === 'string' ? `version ${theirs}` : 'another script'}; this copy (${VERSION}) is not used.`,
      );
    }
  }
}
