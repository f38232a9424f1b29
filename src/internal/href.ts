/**
 * Links to a source article, rendered only where they lead somewhere (DESIGN habit 14):
 * - with an `article-href` template from the page (`/plan/article-{n}`, `https://example.gov.cn/plan#a{n}`,
 *   even `#article-{n}`): that URL, `{n}` replaced — the page vouches for it;
 * - without one: `#article-N` only if the element's document has an element with that id in its document tree.
 *   A fragment never reaches into a shadow root, so an id inside one (even the element's own) does not count;
 * - otherwise none: the element shows the same words as plain text.
 * The check runs when the element renders. A page that adds the target later gets the link at the element's next
 * update (any property change, or `element.requestUpdate()`); removing it takes the link away the same way.
 * Templates that would yield a script URL (javascript:, data:, vbscript:) or another scheme than http(s) are
 * refused: the element warns and behaves as without a template.
 */
export function isSafeHrefTemplate(template: string): boolean {
  if (!template.includes('{n}')) return false;
  const probe = template.replace(/\{n\}/g, '1').trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s"'<>`]/.test(probe)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(probe);
  return !scheme || /^https?$/i.test(scheme[1]);
}

/** Where a link to article `n` from `host` leads, or undefined where it would lead nowhere (see above). */
export function articleHref(host: Element, template: string | null | undefined, n: number): string | undefined {
  if (template && isSafeHrefTemplate(template)) return template.replace(/\{n\}/g, String(n));
  const id = `article-${n}`;
  // no document on the server (@lit-labs/ssr): no link unless the page gave a template
  return host.ownerDocument?.getElementById(id) ? `#${id}` : undefined;
}
