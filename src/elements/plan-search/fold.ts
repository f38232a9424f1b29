/**
 * Folding for search (issue 17): text and query are compared in one form, whatever script, regional variant, width
 * or case the reader types or the page shows. Every step keeps the length in UTF-16 code units, so an offset in the
 * folded text is the same offset in the original (snippets, marks).
 *
 * - `foldChars` (form 1): lower case where that keeps the length (English “Digital” = “digital”); full-width ASCII
 *   (５Ｇ, ＡＩ) → ASCII and the ideographic space → a space; and, once the tables have arrived, Traditional and
 *   regional characters → Simplified (數 → 数, 峯 → 峰, 衞 → 卫, 臺 → 台), from src/generated/search-fold.ts, built
 *   from opencc-js at build time and restricted to the plan's characters (scripts/search-fold.ts).
 * - `foldPhrases` (form 2, on form 1): regional phrases → the mainland phrase of the same length (人工智慧 → 人工智能,
 *   網路 → 网络, 數位 → 数字, 數碼 → 数字).
 *
 * A text matches a query when form 1 of the text contains form 1 of the query, or form 2 contains form 2: 智慧 still
 * finds 人工智慧 in Taiwan's text (form 1), and 人工智能 finds it too (form 2).
 */

/** The tables, decoded. */
export interface Folding {
  /** Code unit → folded code unit (Han characters only; case and width are code). */
  readonly chars: ReadonlyMap<number, number>;
  /** Regional phrase (form 1) → mainland phrase (form 1), same length. */
  readonly phrases: ReadonlyMap<string, string>;
  readonly phrasePattern: RegExp | null;
  /** Phrases (form 1) of different lengths that stand for each other, both ways (互联网 ↔ 网际网路). */
  readonly expand: ReadonlyMap<string, readonly string[]>;
}

/** Without tables (before they have arrived, or where they failed to load): case and width only. */
export const NO_FOLDING: Folding = { chars: new Map(), phrases: new Map(), phrasePattern: null, expand: new Map() };

/** Decodes src/generated/search-fold.ts (see scripts/search-fold.ts `encodeChars`). Bad input gives fewer pairs. */
export function decodeFolding(data: { readonly chars: string; readonly phrases: string; readonly expand?: string }): Folding {
  const chars = new Map<number, number>();
  let k = 0;
  for (const e of data.chars.split(',')) {
    const at = Math.max(e.indexOf('+'), e.indexOf('-'));
    if (at < 1) continue;
    k += parseInt(e.slice(0, at), 36);
    const d = parseInt(e.slice(at + 1), 36);
    const v = e[at] === '+' ? k + d : k - d;
    if (v > 0 && v < 0xffff && !Number.isNaN(v)) chars.set(k, v);
  }
  const phrases = new Map<string, string>();
  const list = data.phrases ? data.phrases.split('|') : [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i].length === list[i + 1].length) phrases.set(list[i], list[i + 1]);
  const escaped = [...phrases.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const expand = new Map<string, string[]>();
  const pairs = data.expand ? data.expand.split('|') : [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [a, b] = [pairs[i], pairs[i + 1]];
    if (!a || !b) continue;
    expand.set(a, [...(expand.get(a) ?? []), b]);
    expand.set(b, [...(expand.get(b) ?? []), a]);
  }
  return { chars, phrases, phrasePattern: escaped.length ? new RegExp(escaped.join('|'), 'g') : null, expand };
}

/** Form 1: case, width and characters (same length). */
export function foldChars(text: string, folding: Folding = NO_FOLDING): string {
  const s = String(text ?? '');
  const lower = s.toLowerCase();
  const base = lower.length === s.length ? lower : caseByChar(s);
  let out = '';
  let start = 0;
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    let f: number | undefined;
    if (c >= 0xff01 && c <= 0xff5e) {
      f = c - 0xfee0;
      if (f >= 0x41 && f <= 0x5a) f += 0x20;
    } else if (c === 0x3000) f = 0x20;
    else if (c >= 0x3400) f = folding.chars.get(c);
    if (f !== undefined && f !== c) {
      out += base.slice(start, i) + String.fromCharCode(f);
      start = i + 1;
    }
  }
  return start ? out + base.slice(start) : base;
}

/** Lower-cases character by character where a character's lower case has another length (İ). */
function caseByChar(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Form 2: regional phrases of a form-1 text → mainland phrases (same length). */
export function foldPhrases(folded: string, folding: Folding = NO_FOLDING): string {
  return folding.phrasePattern ? folded.replace(folding.phrasePattern, (m) => folding.phrases.get(m) ?? m) : folded;
}

/** Both forms of a text. */
export function foldForms(text: string, folding: Folding = NO_FOLDING): readonly [string, string] {
  const one = foldChars(text, folding);
  return [one, foldPhrases(one, folding)];
}

/**
 * The other spellings (form 1) of a folded needle where it contains a phrase of `expand`: 工业互联网 → 工业网际网路.
 * At most a few (each phrase replaced everywhere at once).
 */
export function expansions(needle: string, folding: Folding = NO_FOLDING): string[] {
  const out: string[] = [];
  for (const [from, tos] of folding.expand) {
    if (!needle.includes(from)) continue;
    for (const to of tos) if (out.length < 8) out.push(needle.split(from).join(to));
  }
  return out;
}
