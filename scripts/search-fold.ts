/**
 * Build-time folding data for `<plan-search>` (issue 17), called at the end of scripts/build-data.ts (npm run data):
 * writes src/generated/search-fold.ts (git-ignored, rebuilt like every generated file), which the search index
 * loads with import() the first time it is built, beside the chapter text.
 *
 * A reader may type in another script or regional phrasing than the page shows: 數字經濟 on a zh-Hans page, 数字经济
 * on a zh-Hant page, the Hong Kong forms 峯 羣 衞 where the text has 峰 群 衛, or Taiwan's 人工智慧, 網路, 數位 where
 * the text has 人工智能, 網絡, 數字 (and the reverse). The search folds text and query to one form, Simplified
 * characters, without changing their length (offsets in the folded text are offsets in the original, for snippets and
 * marks). Two tables do that, both restricted to what the plan's texts (zh-Hans and the generated zh-Hant-HK and
 * zh-Hant-TW) contain, so that browsers never get OpenCC's dictionaries (≈ 1 MB):
 *
 *   chars    one character → one character: every BMP character that opencc-js 1.4.2 converts (hk → cn, tw → cn,
 *            t → cn, one character at a time) into a single other character that occurs in the folded plan text.
 *            So 數 → 数, 峯 → 峰, 衞 → 卫, 臺 → 台, full forms the plan never uses included (a reader types them).
 *   phrases  a regional phrase → the mainland phrase, same length, on the already char-folded text: OpenCC's
 *            TWPhrases (人工智慧 → 人工智能, 網路 → 网络) where the mainland phrase occurs in the plan and the regional one
 *            does not (品质 is also a mainland word: folding it to 质量 would find 质量 where the text says 品质), and
 *            REGIONAL below, reviewed by hand: OpenCC has no entry for them.
 *
 * Case and full-width Latin letters and digits (５Ｇ → 5g) are folded by code (src/elements/plan-search/fold.ts), not
 * by these tables.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Converter } from 'opencc-js';
import type { Plan } from '../src/data/types.js';
import { HANT_LOCALES, createHantConverter, type HantLocale } from './build-hant.js';

/** Regional phrases OpenCC does not convert, with the mainland phrase they stand for in this plan. */
export const REGIONAL: readonly { readonly from: string; readonly to: string; readonly reason: string }[] = [
  { from: '數位', to: '数字', reason: 'Taiwan: 數位經濟, 數位政府 = 数字经济, 数字政府 (OpenCC keeps 數字)' },
  { from: '數碼', to: '数字', reason: 'Hong Kong: 數碼經濟, 數碼港 = digital (OpenCC keeps 數字)' },
];

/** The folding tables, each a flat string of pairs (chars: key, value, key, value…; phrases: from|to|from|to…). */
export interface SearchFold {
  readonly chars: string;
  readonly phrases: string;
  /** Mainland phrase → the regional phrase of another length the texts use (互联网|网际网路|…), for queries. */
  readonly expand: string;
  /** Stats for the build log and the quality script. */
  readonly charPairs: number;
  readonly phrasePairs: number;
  readonly expandPairs: number;
}

/** The phrase lists of an OpenCC dictionary file ("a b|c d|…", a → the first of its values). */
function openccDict(name: string): [string, string][];
function openccDict(name: string, all: true): [string, string[]][];
function openccDict(name: string, all = false): [string, string | string[]][] {
  const require = createRequire(import.meta.url);
  // the package exports no package.json: its main file is dist/umd/full.js
  const dir = join(dirname(require.resolve('opencc-js')), '../..');
  const source = readFileSync(join(dir, 'dist/esm-lib/dict', `${name}.js`), 'utf8');
  const literal = /export default ("(?:[^"\\]|\\.)*")/.exec(source)?.[1];
  if (!literal) throw new Error(`opencc-js dict ${name}: unexpected format`);
  return (JSON.parse(literal) as string)
    .split('|')
    .map((e) => e.split(' '))
    .filter((p) => p.length >= 2)
    .map((p) => [p[0], all ? p.slice(1) : p[1]]);
}

const isBmpChar = (s: string) => s.length === 1 && !/[\ud800-\udfff]/.test(s);

/** Applies a char table (Map) to text, character by character (same length). */
export function foldChars(text: string, chars: ReadonlyMap<string, string>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += chars.get(text[i]) ?? text[i];
  return out;
}

/** The tables for these texts (every reader-facing string of the plan, in every Chinese locale). Pure. */
export function buildSearchFold(hansTexts: readonly string[], hantTexts: readonly string[]): SearchFold {
  const texts = [...hansTexts, ...hantTexts];
  const converters = [Converter({ from: 'hk', to: 'cn' }), Converter({ from: 'tw', to: 'cn' }), Converter({ from: 't', to: 'cn' })];
  const all = new Map<string, string>();
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [lo, hi] of ranges) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCharCode(cp);
      for (const convert of converters) {
        const s = convert(c);
        if (s !== c && isBmpChar(s)) {
          all.set(c, s);
          break;
        }
      }
    }
  }
  // chains (a → b, b → c) end in one step, so folding is idempotent
  for (const [k, v] of all) {
    let to = v;
    for (let n = 0; n < 4 && all.has(to) && all.get(to) !== to; n++) to = all.get(to)!;
    all.set(k, to);
  }
  // the keys: every character of the plan's texts, and every traditional or regional form of its zh-Hans characters
  // (STCharacters lists all of them: 发 → 發 髮), with their Hong Kong and Taiwan variants (峰 → 峯)
  const written = new Set(texts.join(''));
  const hansChars = new Set(hansTexts.join(''));
  const variants = new Map<string, string[]>();
  for (const [k, v] of [...openccDict('HKVariants', true), ...openccDict('TWVariants', true)])
    variants.set(k, [...(variants.get(k) ?? []), ...v]);
  const keys = new Set(written);
  for (const [s, trads] of openccDict('STCharacters', true)) {
    if (!hansChars.has(s)) continue;
    for (const t of trads) for (const x of [t, ...(variants.get(t) ?? [])]) keys.add(x);
  }
  const present = new Set(texts.map((t) => foldChars(t, all)).join(''));
  const chars = new Map([...all].filter(([k, v]) => keys.has(k) && k !== v && present.has(v)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const hans = hansTexts.map((t) => foldChars(t, chars)).join('\n');
  const phrases = new Map<string, string>();
  const hant = hantTexts.map((t) => foldChars(t, chars)).join('\n');
  const expand = new Map<string, string>();
  const longer: string[] = [];
  for (const [std, tw] of openccDict('TWPhrases')) {
    const from = foldChars(tw, chars);
    const to = foldChars(std, chars);
    if (from === to || [...from].length < 2) continue;
    if (from.length !== to.length) {
      // another length (互联网 → 網際網路): cannot be folded in place; the query is expanded instead
      if (hans.includes(to) && hant.includes(from)) {
        expand.set(to, from);
        longer.push(from);
      }
      continue;
    }
    if (hans.includes(to) && !hans.includes(from)) phrases.set(from, to);
  }
  // a regional phrase of another length that contains a folded one (網際網路 contains 網路) is kept as it is, so that
  // 網絡 does not find 工業網際網路: an identity pair, which the longest-first match takes first
  for (const l of longer) if ([...phrases.keys()].some((f) => l !== f && l.includes(f))) phrases.set(l, l);
  for (const r of REGIONAL) {
    const from = foldChars(r.from, chars);
    const to = foldChars(r.to, chars);
    if (from.length !== to.length) throw new Error(`scripts/search-fold.ts: ${r.from} → ${r.to} changes the length`);
    if (hans.includes(from)) throw new Error(`scripts/search-fold.ts: ${r.from} occurs in the plan itself: folding it would be wrong`);
    phrases.set(from, to);
  }
  return {
    chars: [...chars].map(([k, v]) => k + v).join(''),
    phrases: [...phrases].map(([f, t]) => `${f}|${t}`).join('|'),
    expand: [...expand].map(([f, t]) => `${f}|${t}`).join('|'),
    charPairs: chars.size,
    phrasePairs: phrases.size,
    expandPairs: expand.size,
  };
}

/**
 * The character pairs as shipped: sorted by variant, each `<d><sign><e>` in base 36 and separated by commas, where d
 * is the variant's code point minus the previous variant's and e how far the folded form's code point is from the
 * variant's (数 from 數: "…,1k-5ky,…"). Numbers instead of the characters themselves: a build writes non-ASCII text as
 * \uXXXX escapes, which gzip compresses poorly (2.74 kB plain, 1.73 kB like this). Decoded by
 * src/elements/plan-search/fold.ts `decodeChars`.
 */
export function encodeChars(chars: string): string {
  const out: string[] = [];
  let prev = 0;
  for (let i = 0; i < chars.length; i += 2) {
    const k = chars.charCodeAt(i);
    const v = chars.charCodeAt(i + 1);
    out.push(`${(k - prev).toString(36)}${v < k ? '-' : '+'}${Math.abs(k - v).toString(36)}`);
    prev = k;
  }
  return out.join(',');
}

/** The module src/generated/search-fold.ts. */
export function renderSearchFold(fold: SearchFold): string {
  return (
    `// Generated by scripts/search-fold.ts (opencc-js 1.4.2, restricted to the plan's text) from the data of scripts/build-data.ts. Do not edit.\n` +
    `/** ${fold.charPairs} character pairs (variant → folded form), encoded by scripts/search-fold.ts \`encodeChars\`. */\n` +
    `export const chars = ${JSON.stringify(encodeChars(fold.chars))};\n` +
    `/** ${fold.phrasePairs} phrase pairs (regional|mainland|…) on char-folded text. */\n` +
    `export const phrases = ${JSON.stringify(fold.phrases)};\n` +
    `/** ${fold.expandPairs} phrase pairs (mainland|regional|…) of different lengths: a query with the first also looks for the second. */\n` +
    `export const expand = ${JSON.stringify(fold.expand)};\n`
  );
}

/** Every reader-facing string of the plan in zh-Hans (title, preamble, chapter titles and intros, articles, closing). */
export function planStrings(plan: Plan): string[] {
  return [
    plan.meta.title,
    ...plan.preamble,
    ...plan.chapters.flatMap((c) => [c.title, ...c.intro]),
    ...plan.articles.flatMap((a) => [a.lead, ...a.paragraphs]),
    ...plan.closing,
  ];
}

/** Builds the tables from the plan and its zh-Hant conversions, writes src/generated/search-fold.ts, logs its size. */
export function writeSearchFold(plan: Plan, out: string): SearchFold {
  const hans = planStrings(plan);
  const hant = (Object.keys(HANT_LOCALES) as HantLocale[]).flatMap((l) => hans.map(createHantConverter(l).convert));
  const fold = buildSearchFold(hans, hant);
  const body = renderSearchFold(fold);
  writeFileSync(join(out, 'search-fold.ts'), body);
  console.log(
    `search fold: ${fold.charPairs} character pairs, ${fold.phrasePairs} phrase pairs, ${fold.expandPairs} expansions, ` +
      `${(gzipSync(Buffer.from(body.replace(/[^ -~\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))).length / 1000).toFixed(2)} kB gzip (as shipped, \\u-escaped) → src/generated/search-fold.ts`,
  );
  return fold;
}
