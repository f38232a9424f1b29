/**
 * Test helper: serialises an SVG (or any element) subtree as indented markup with attributes sorted and
 * decimal numbers rounded to 2 places, so snapshots are stable across engines. `shadowDom.equal` of
 * @open-wc/testing ignores <svg>, hence this. Lit's comment markers and text nodes are skipped.
 */
export function serializeSvg(el: Element, indent = ''): string {
  const attrs = [...el.attributes]
    .map((a) => [a.name, a.value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([n, v]) => ` ${n}="${v}"`)
    .join('');
  const kids = [...el.children].map((c) => serializeSvg(c, `${indent}  `));
  return kids.length
    ? `${indent}<${el.localName}${attrs}>\n${kids.join('\n')}\n${indent}</${el.localName}>`
    : `${indent}<${el.localName}${attrs}/>`;
}
