/**
 * Helpers shared by test files (never imported by library code).
 *
 * Two SVG serialisers exist because the two charts' committed snapshots were written in two formats; both round
 * numbers and drop Lit's comment markers (`shadowDom.equal` of @open-wc/testing ignores <svg>, hence these).
 * Unifying them means re-recording one set of snapshots in the other format.
 */

/** The seed text, fetched once per test file: to check that literal strings in tests really stand in the plan. */
let seed: Promise<string> | undefined;
export function loadSeed(): Promise<string> {
  seed ??= fetch('/seeds/000_5c869d822c55e6be.txt').then((r) => r.text());
  return seed;
}

/** Loads a committed snapshot file from src/charts/__snapshots__ (the dev server's root is the repo root). */
export async function loadSnapshot(name: string): Promise<string> {
  const res = await fetch(`/src/charts/__snapshots__/${name}`);
  return res.ok ? (await res.text()).trim() : `(missing snapshot ${name})`;
}

/** outerHTML, one element per line, numbers rounded to 0.1 (the <plan-timeline> snapshots). */
export function serializeSvgLines(svg: Element): string {
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return String(r === 0 ? 0 : r);
    })
    .replace(/>\s*</g, '>\n<')
    .replace(/>\n<\/(path|circle)>/g, '></$1>')
    .trim();
}

/** Indented tree, attributes sorted, numbers rounded to 0.01, text nodes skipped (the <plan-target> snapshots). */
export function serializeSvgTree(el: Element, indent = ''): string {
  const attrs = [...el.attributes]
    .map((a) => [a.name, a.value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([n, v]) => ` ${n}="${v}"`)
    .join('');
  const kids = [...el.children].map((c) => serializeSvgTree(c, `${indent}  `));
  return kids.length
    ? `${indent}<${el.localName}${attrs}>\n${kids.join('\n')}\n${indent}</${el.localName}>`
    : `${indent}<${el.localName}${attrs}/>`;
}
