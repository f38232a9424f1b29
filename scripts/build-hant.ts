/**
 * Build-time Traditional Chinese (issue 10), called at the end of scripts/build-data.ts (npm run data).
 * Converts the zh-Hans data that build-data.ts generates into src/generated/zh-Hant-HK/ and src/generated/zh-Hant-TW/,
 * mirroring the zh-Hans modules that hold reader-facing text (same shapes, same formatting):
 *   meta.ts, chapters.ts, outline.ts, stages.ts, chapters/chapter-NN.ts, figures.ts (figure id → converted text), and
 *   ui.ts (every UI section of src/i18n/sections/, its zh-Hans object converted as source text).
 * Numbers, ids, dates and URLs are copied unchanged.
 *
 * Each string goes through the same pipeline:
 *   1. opencc-js: `Converter({ from: 'cn', to: 'hk' })` (Hong Kong forms) or `{ from: 'cn', to: 'twp' }` (Taiwan forms
 *      and phrasing: 軟體, 資訊, 網路);
 *   2. translations/opencc-overrides.json: reviewed corrections of what OpenCC gets wrong in this text, matched on the
 *      OpenCC output in one pass, longest `from` first. An override that matches nothing fails the build, so that the
 *      table cannot keep entries the converter (or the seed) no longer needs;
 *   3. quotation marks: “ ” → 「 」 and ‘ ’ → 『 』 (OpenCC leaves them). The source nests only “…‘…’…”, which this
 *      maps to 「…『…』…」; every paragraph is checked for balanced, well-nested quotes first (the build fails
 *      otherwise), so that a seed change cannot ship a stray 「.
 * The mapping of quotes is per character and the source strings are converted on their own, so a stage goal or a
 * figure phrase (an exact substring of its zh-Hans article) stays an exact substring of its converted article
 * (test/i18n/hant.node.ts checks it). OpenCC is not idempotent on its own output (體系系統 → 體繫系統), so the
 * conversion always starts from zh-Hans, never from Traditional text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js';
import type { Figure, Plan, PlanMeta, StageFigure } from '../src/data/types.js';

import { renderLocaleFiles } from './locale-files.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OVERRIDES_FILE = 'translations/opencc-overrides.json';

/** The generated Traditional Chinese locales and the OpenCC target (= override table) of each. */
export const HANT_LOCALES = { 'zh-Hant-HK': 'hk', 'zh-Hant-TW': 'twp' } as const;
export type HantLocale = keyof typeof HANT_LOCALES;
export type OpenccTarget = (typeof HANT_LOCALES)[HantLocale];

export interface Override {
  /** A string as OpenCC writes it (before the quotation marks are changed). */
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}
export type OverrideTable = { readonly [T in OpenccTarget]: readonly Override[] };

export const QUOTES: { readonly [q: string]: string } = { '“': '「', '”': '」', '‘': '『', '’': '』' };

export function readOverrides(file = join(root, OVERRIDES_FILE)): OverrideTable {
  const table = JSON.parse(readFileSync(file, 'utf8')) as OverrideTable;
  for (const target of Object.values(HANT_LOCALES)) {
    const list: unknown = table[target];
    if (!Array.isArray(list)) throw new Error(`${OVERRIDES_FILE}: no "${target}" list`);
    const seen = new Set<string>();
    for (const o of list as Partial<Override>[]) {
      if (typeof o.from !== 'string' || !o.from || typeof o.to !== 'string' || !o.reason?.trim() || o.from === o.to)
        throw new Error(`${OVERRIDES_FILE} ${target}: an override needs from, a different to and a reason: ${JSON.stringify(o)}`);
      if (seen.has(o.from)) throw new Error(`${OVERRIDES_FILE} ${target}: "${o.from}" is listed twice`);
      seen.add(o.from);
    }
  }
  return table;
}

/** Throws unless every “ has its ” and every ‘ its ’, properly nested (the quotes can then be mapped per character). */
export function checkQuotes(text: string, where: string): void {
  const open: string[] = [];
  for (const c of text) {
    if (c === '“' || c === '‘') open.push(c);
    else if (c === '”' || c === '’') {
      if (open.pop() !== (c === '”' ? '“' : '‘')) throw new Error(`${where}: unbalanced or badly nested quotation marks in ${text}`);
    }
  }
  if (open.length) throw new Error(`${where}: unclosed quotation mark in ${text}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface HantConverter {
  readonly locale: HantLocale;
  /** zh-Hans → this locale: OpenCC, then the overrides, then the quotation marks. */
  readonly convert: (text: string) => string;
  /** How often each override of this locale has matched so far, by `from`. */
  readonly applied: ReadonlyMap<string, number>;
}

export function createHantConverter(locale: HantLocale, overrides: OverrideTable = readOverrides()): HantConverter {
  const opencc = Converter({ from: 'cn', to: HANT_LOCALES[locale] });
  const list = overrides[HANT_LOCALES[locale]];
  const to = new Map(list.map((o) => [o.from, o.to]));
  const applied = new Map(list.map((o) => [o.from, 0]));
  // one pass, longest first: at each position the longest listed string wins, and a replacement is never re-scanned
  const pattern = list.length
    ? new RegExp(
        [...to.keys()]
          .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
          .map(escape)
          .join('|'),
        'g',
      )
    : null;
  const convert = (text: string) => {
    let out = opencc(text);
    if (pattern)
      out = out.replace(pattern, (m) => {
        applied.set(m, (applied.get(m) ?? 0) + 1);
        return to.get(m) ?? m;
      });
    return out.replace(/[“”‘’]/g, (q) => QUOTES[q]);
  };
  return { locale, convert, applied };
}

export interface HantInput {
  readonly plan: Plan;
  readonly figures: readonly Figure[];
  /** The timeline chips per stage id, as build-data.ts writes them into stages.ts. */
  readonly stageFigures: { readonly [id: string]: readonly StageFigure[] };
}

/** The files of one locale: path under src/generated/<locale>/ → content. Pure apart from the converter's counts. */
export function renderHant({ plan, figures, stageFigures }: HantInput, hant: HantConverter): Map<string, string> {
  const c = hant.convert;
  const all = (list: readonly string[]) => list.map(c);
  const opt = (s: string | null) => (s === null ? null : c(s));
  const banner =
    `// Generated by scripts/build-hant.ts (opencc-js cn → ${HANT_LOCALES[hant.locale]}, ${OVERRIDES_FILE}) ` +
    `from the zh-Hans data of scripts/build-data.ts. Do not edit.\n`;
  const { title, adoption, adoptedBy, publicationNote } = plan.meta;
  const meta: PlanMeta = {
    ...plan.meta,
    title: c(title),
    adoption: c(adoption),
    adoptedBy: c(adoptedBy),
    publicationNote: c(publicationNote),
  };
  const chapters = plan.chapters.map((ch) => ({ ...ch, title: c(ch.title), intro: all(ch.intro) }));
  const articles = plan.articles.map((a) => ({ ...a, lead: c(a.lead), paragraphs: all(a.paragraphs) }));
  const stages = plan.stages.map((s) => ({ ...s, label: c(s.label), headline: c(s.headline), goals: all(s.goals) }));
  const chips = Object.fromEntries(
    Object.entries(stageFigures).map(([id, list]) => [
      id,
      list.map((f) => ({
        ...f,
        label: c(f.label),
        valueText: c(f.valueText),
        unit: c(f.unit),
        qualifier: opt(f.qualifier),
        ...(f.base === undefined ? {} : { base: c(f.base) }),
      })),
    ]),
  );
  const figureText = Object.fromEntries(
    figures.map((f) => [
      f.id,
      {
        label: c(f.label),
        phrase: c(f.phrase),
        valueText: c(f.valueText),
        unit: c(f.unit),
        qualifier: opt(f.qualifier),
        ...(f.base === undefined ? {} : { base: c(f.base) }),
      },
    ]),
  );
  const files = renderLocaleFiles({
    banner,
    meta,
    chapters,
    articles,
    preamble: all(plan.preamble),
    closing: all(plan.closing),
    stages,
    chips,
    figureText,
    figureTextType:
      `/** The reader-facing text of a figure of src/data/figures.ts, converted; the other fields are the registry's. */\n` +
      `export type FigureText = Pick<Figure, 'label' | 'phrase' | 'valueText' | 'unit' | 'qualifier' | 'base'>;\n`,
  });
  // UI strings: each section's zh-Hans object, converted as source code (OpenCC changes Chinese characters only, so
  // the code around the strings — arrow functions, template literals — stays as it is)
  const sections = uiSections();
  files.set(
    'ui.ts',
    banner +
      `import type { UiStrings } from '../../i18n/packs.js';\n` +
      sections.map(({ key, body }) => `const ${key}: UiStrings['${key}'] = ${c(body)};\n`).join('') +
      `export const ui: UiStrings = { ${sections.map((x) => x.key).join(', ')} };\n`,
  );
  return files;
}

/** The UI sections of src/i18n/sections/: key and the source text of its zh-Hans object (`{ … }`). */
export function uiSections(): { key: string; body: string }[] {
  return ['common', 'article', 'target', 'timeline', 'outline', 'search', 'figures', 'document'].map((key) => {
    const source = readFileSync(join(root, `src/i18n/sections/${key}.ts`), 'utf8');
    const body = /\nconst zhHans: \w+ = (\{\n[\s\S]*?\n\});\n/.exec(source)?.[1];
    if (!body) throw new Error(`src/i18n/sections/${key}.ts: no \`const zhHans: …Strings = { … };\` block to convert`);
    return { key, body };
  });
}

/** Every string of the plan that goes through the converter, with where it stands (for the quote check). */
function* texts({ plan, figures }: HantInput): Generator<[string, string]> {
  const { meta } = plan;
  yield* [meta.title, meta.adoption, meta.adoptedBy, meta.publicationNote].map((t): [string, string] => ['meta', t]);
  for (const p of plan.preamble) yield ['preamble', p];
  for (const p of plan.closing) yield ['closing', p];
  for (const ch of plan.chapters) for (const t of [ch.title, ...ch.intro]) yield [`chapter ${ch.number}`, t];
  for (const a of plan.articles) for (const t of [a.lead, ...a.paragraphs]) yield [`article ${a.number}`, t];
  for (const s of plan.stages) for (const t of [s.label, s.headline, ...s.goals]) yield [`stage ${s.id}`, t];
  for (const f of figures) for (const t of [f.label, f.phrase, f.base ?? '']) yield [`figure ${f.id}`, t];
  for (const { key, body } of uiSections()) yield [`src/i18n/sections/${key}.ts`, body];
}

/**
 * Converts the zh-Hans data and writes src/generated/zh-Hant-HK/ and zh-Hant-TW/ (`out` is src/generated, which
 * build-data.ts has just emptied and refilled). Fails on unbalanced quotes and on overrides that matched nothing.
 */
export function buildHant(input: HantInput, out: string, overrides: OverrideTable = readOverrides()): void {
  const started = performance.now();
  for (const [where, text] of texts(input)) checkQuotes(text, where);
  const counts: string[] = [];
  for (const locale of Object.keys(HANT_LOCALES) as HantLocale[]) {
    const hant = createHantConverter(locale, overrides);
    const files = renderHant(input, hant);
    const unused = [...hant.applied].filter(([, n]) => n === 0).map(([from]) => from);
    if (unused.length)
      throw new Error(
        `${OVERRIDES_FILE} ${HANT_LOCALES[locale]}: ${unused.length} override(s) match nothing in the converted text ` +
          `(remove or fix them): ${unused.join(', ')}`,
      );
    mkdirSync(join(out, locale, 'chapters'), { recursive: true });
    for (const [file, body] of files) writeFileSync(join(out, locale, file), body);
    counts.push(`${locale} ${files.size} files, ${hant.applied.size} overrides`);
  }
  console.log(`hant: ${counts.join('; ')} → src/generated/zh-Hant-*/ in ${Math.round(performance.now() - started)} ms`);
}
