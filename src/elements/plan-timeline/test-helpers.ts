/** Test helpers for <plan-timeline> and its layout (imported by tests only). */

/**
 * Serialises an SVG element to stable text for snapshots: Lit's comment markers removed, numbers rounded to
 * 0.1, one element per line. (`shadowDom.equal` of @open-wc/testing ignores <svg>, so charts are compared here.)
 */
export function serializeSvg(svg: Element): string {
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

/** Loads a committed snapshot from the dev server (rootDir is the repo root). */
export async function loadSnapshot(name: string): Promise<string> {
  const res = await fetch(`/src/charts/__snapshots__/${name}`);
  return res.ok ? (await res.text()).trim() : `(missing snapshot ${name})`;
}

/** The seed text, to check that literal strings in tests really stand in the plan. */
let seed: Promise<string> | undefined;
export function loadSeed(): Promise<string> {
  seed ??= fetch('/seeds/000_5c869d822c55e6be.txt').then((r) => r.text());
  return seed;
}
