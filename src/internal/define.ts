/**
 * Registers a custom element unless the name is taken (e.g. the bundle is loaded twice, or from a CDN and npm),
 * so double loading is harmless. Only define files (src/define/*) call this: class modules have no side effects.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, ctor);
}
