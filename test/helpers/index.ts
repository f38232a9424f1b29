/** Helpers shared by test files (never imported by library code). */
import { expect } from '@open-wc/testing';
import { pendingWarnings, resetWarnings } from '../../src/internal/warn.js';
import type { Plan } from '../../src/data/types.js';

/**
 * The console.warn messages of each test of the file, as a live list (emptied before each test). Warnings are
 * once per page (src/internal/warn.ts), so that memory is reset before each test too.
 */
export function warningsOfEachTest(): string[] {
  const messages: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    resetWarnings();
    messages.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  });
  afterEach(async () => {
    // a warning composed asynchronously belongs to the test that caused it, not to the next one
    await Promise.all(pendingWarnings);
    console.warn = original;
  });
  return messages;
}

/** Resolves once warnings being composed asynchronously (src/internal/warn.ts `pendingWarnings`) are out. */
export async function warningsSettled(): Promise<void> {
  await Promise.all(pendingWarnings);
}

/** The console.warn messages while `fn` runs (the warn-once memory is reset first). */
export async function warningsDuring(fn: () => unknown): Promise<string[]> {
  const messages: string[] = [];
  const original = console.warn;
  resetWarnings();
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  try {
    await fn();
    await Promise.all(pendingWarnings);
  } finally {
    console.warn = original;
  }
  return messages;
}

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

/**
 * An SVG (or any element) as an indented tree: one element per line, attributes sorted by name, numbers rounded
 * to 0.1 (also inside path data), text kept, Lit's comment markers and whitespace-only text dropped.
 * `shadowDom.equal` of @open-wc/testing ignores <svg>, hence this; the chart snapshots are in this format.
 */
export function serializeSvg(el: Element, indent = ''): string {
  const num = (v: string) =>
    v.replace(/-?\d*\.\d+/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return String(r === 0 ? 0 : r);
    });
  const attrs = [...el.attributes]
    .map((a) => [a.name, num(a.value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([n, v]) => ` ${n}="${v}"`)
    .join('');
  const kids = [...el.childNodes].flatMap((c) =>
    c.nodeType === Node.ELEMENT_NODE
      ? [serializeSvg(c as Element, `${indent}  `)]
      : c.nodeType === Node.TEXT_NODE && c.textContent!.trim()
        ? [`${indent}  ${c.textContent!.trim()}`]
        : [],
  );
  return kids.length
    ? `${indent}<${el.localName}${attrs}>\n${kids.join('\n')}\n${indent}</${el.localName}>`
    : `${indent}<${el.localName}${attrs}/>`;
}

/** Every CSS rule of the element's shadow root, media blocks included (their inner rules follow them). */
export function rules(el: HTMLElement): CSSRule[] {
  const flat = (list: CSSRuleList): CSSRule[] =>
    [...list].flatMap((r) => [r, ...('cssRules' in r ? flat((r as CSSGroupingRule).cssRules) : [])]);
  const root = el.shadowRoot!;
  return [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)].flatMap((s) => flat(s.cssRules));
}

/** Applies the element's `@media print` rules unconditionally (test-only), as a print preview would. */
export function applyPrintRules(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  const print = rules(el).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
  expect(print.length, 'a @media print block').to.be.above(0);
  sheet.replaceSync(print.flatMap((r) => [...r.cssRules].map((x) => x.cssText)).join('\n'));
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/**
 * Every text of the plan with where it stands: title, adoption line, preamble, chapter titles and intros (`chapter-N`),
 * article paragraphs (the article number), closing.
 */
export function textPlaces(plan: Plan): [string | number, string][] {
  return [
    ['title', plan.meta.title],
    ['adoption', plan.meta.adoption],
    ...plan.preamble.map((p): [string, string] => ['preamble', p]),
    ...plan.chapters.flatMap((c) => [c.title, ...c.intro].map((p): [string, string] => [`chapter-${c.number}`, p])),
    ...plan.articles.flatMap((a) => a.paragraphs.map((p): [number, string] => [a.number, p])),
    ...plan.closing.map((p): [string, string] => ['closing', p]),
  ];
}
