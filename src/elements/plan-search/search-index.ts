/**
 * Full-text search over the whole plan: the preamble, the fifteen chapters (their titles and introductions), the 73
 * articles and the closing. Pure functions (no DOM, no Lit), plus a per-locale cache of the index, built once from
 * the chapters' text (`loadChapter`, src/data/text.ts), the preamble and closing (the outline data) and the folding
 * tables (src/generated/search-fold.ts), all loaded with import() on first use.
 *
 * Text and query are folded (fold.ts): case, full-width Latin and digits (５Ｇ = 5G), Simplified and Traditional
 * characters and regional variants (數字經濟 = 数字经济, 碳排放達峯 = 碳排放达峰), regional phrasing (人工智慧 =
 * 人工智能, 網路 = 網絡, 數位經濟 = 數字經濟). So a query in either script finds the text of any locale.
 *
 * Chinese has no spaces between words, so a query is read two ways:
 * - the whole query (whitespace collapsed) as one literal phrase (数字经济, 前海, “health care”);
 * - its words, from `Intl.Segmenter(locale, { granularity: 'word' })` (数字 + 经济), or one term per character
 *   where Intl.Segmenter is missing. Punctuation and spaces are dropped.
 *
 * Precision first: when some section contains the phrase, the results are exactly the sections that contain it
 * (前海 lists no section that merely has 前 and 海; “health care” none with “health” and “care” apart). Only when no
 * section has the phrase do the words count: a section matches when it contains every word (数字 深圳, “economy
 * digital”).
 *
 * Ranking (compared in this order, higher first):
 *  1. the lead (an article's opening sentence, a chapter's title) contains the phrase;
 *  2. articles before the other sections (a chapter's title and introduction, the preamble, the closing);
 *  3. how often the phrase occurs in the section;
 *  4. lead tier: 2 = the lead contains every word, 1 = some word longer than one character, 0 = none;
 *  5. how often the words occur, summed;
 *  6. document order (preamble, chapter 1, articles 1–4, chapter 2, …, closing).
 */
import type { ChapterText } from '../../data/types.js';
import type { LocaleCode } from '../../i18n/types.js';
import { NO_FOLDING, decodeFolding, expansions, foldChars, foldPhrases, type Folding } from './fold.js';

export { fold, markRuns, type TextRun } from '../../internal/runs.js';
export { foldChars, foldPhrases, type Folding } from './fold.js';

/** What a section of the plan is. */
export type SectionKind = 'article' | 'chapter' | 'preamble' | 'closing';

/** One section, ready to search: the lead and the body, original and in both folded forms (same lengths). */
export interface IndexEntry {
  readonly kind: SectionKind;
  /** `article-35`, `chapter-8`, `preamble`, `closing`: the id the section has in `<plan-document>`. */
  readonly id: string;
  /** The article number (1…73), the chapter number (1…15), or 0 (preamble, closing). */
  readonly number: number;
  /** The chapter (1…15); 0 for the preamble and the closing. */
  readonly chapter: number;
  /** The chapter's numeral (一…十五) for a chapter section, else ''. */
  readonly numeral: string;
  /** An article's lead, a chapter's title, '' for the preamble and the closing. */
  readonly lead: string;
  /** The paragraphs joined with '\n'; it starts with the lead (an article's first paragraph does; a chapter's title is put first). */
  readonly body: string;
  readonly leadFolded: string;
  readonly bodyFolded: string;
  readonly leadFolded2: string;
  readonly bodyFolded2: string;
  /** Position in the document. */
  readonly order: number;
}

export interface SearchIndex {
  readonly locale: string;
  readonly entries: readonly IndexEntry[];
  /** Characters of text indexed (leads and bodies). */
  readonly chars: number;
  /** Milliseconds the synchronous build took. */
  readonly buildMs: number;
  /** The folding tables the index was built with (queries are folded with the same). */
  readonly folding: Folding;
}

/** A parsed query: the phrase and its terms (folded), and every string to mark in results (longest first). */
export interface ParsedQuery {
  /** Folded (form 1, fold.ts). */
  readonly phrase: string;
  readonly terms: readonly string[];
  /** The terms that rank a lead and get marked: those longer than one character, or all when none is. */
  readonly significant: readonly string[];
  readonly marks: readonly string[];
  /** Form 2 (regional phrasing folded) of the phrase, each term and each mark, where it differs from form 1. */
  readonly alt: ReadonlyMap<string, string>;
  /** Other form-1 spellings of the phrase or a term, of another length (互联网 → 网际网路), where there are some. */
  readonly more: ReadonlyMap<string, readonly string[]>;
}

export interface SearchHit {
  readonly kind: SectionKind;
  readonly id: string;
  readonly number: number;
  readonly chapter: number;
  readonly lead: string;
  /** Whether the results are the sections with the phrase (`phrase`) or those with every word (`words`). */
  readonly mode: 'phrase' | 'words';
  /** 3 = the lead contains the phrase, 2 = every word, 1 = some word longer than one character, 0 = none. */
  readonly leadTier: number;
  readonly phraseCount: number;
  readonly termCount: number;
  /** Where the first match is in `body` (after the lead when the body has one there), or -1. */
  readonly firstMatch: number;
  /**
   * The matched text as it stands in this section (the phrase, or in `words` mode each word), distinct, in the order
   * met: what `<plan-article highlight>` needs to mark it there (數字經濟 on a Taiwan page where 数字经济 was typed).
   */
  readonly matched: readonly string[];
  readonly entry: IndexEntry;
}

/** A query longer than this is cut (typing a whole paragraph must not make each keystroke slow). */
export const MAX_QUERY_LENGTH = 100;
/** At most this many terms from one query. */
export const MAX_TERMS = 20;

let builds = 0;
/** How many indexes this module has built (tests check that an index is built once per locale). */
export function indexBuildCount(): number {
  return builds;
}

/** The preamble and the closing of a locale (the outline data). */
export interface PlanFrame {
  readonly preamble: readonly string[];
  readonly closing: readonly string[];
}

/**
 * The index of these chapters (any order), with the preamble and closing when given: every section in document
 * order. `folding` defaults to the tables already loaded (`loadFolding`), else case and width only.
 */
export function buildSearchIndex(
  locale: string,
  chapters: readonly (ChapterText | undefined)[],
  frame?: PlanFrame,
  folding: Folding = loadedFolding ?? NO_FOLDING,
): SearchIndex {
  const start = now();
  const raw: Omit<IndexEntry, 'leadFolded' | 'bodyFolded' | 'leadFolded2' | 'bodyFolded2' | 'order'>[] = [];
  const sorted = chapters.filter((c): c is ChapterText => !!c).sort((a, b) => a.chapter.number - b.chapter.number);
  if (frame?.preamble.length)
    raw.push({ kind: 'preamble', id: 'preamble', number: 0, chapter: 0, numeral: '', lead: '', body: frame.preamble.join('\n') });
  for (const text of sorted) {
    const c = text.chapter;
    raw.push({
      kind: 'chapter',
      id: `chapter-${c.number}`,
      number: c.number,
      chapter: c.number,
      numeral: c.numeral,
      lead: c.title,
      body: [c.title, ...c.intro].join('\n'),
    });
    for (const a of [...text.articles].sort((x, y) => x.number - y.number)) {
      raw.push({
        kind: 'article',
        id: `article-${a.number}`,
        number: a.number,
        chapter: a.chapter,
        numeral: '',
        lead: a.lead,
        body: a.paragraphs.join('\n'),
      });
    }
  }
  if (frame?.closing.length)
    raw.push({ kind: 'closing', id: 'closing', number: 0, chapter: 0, numeral: '', lead: '', body: frame.closing.join('\n') });
  let chars = 0;
  const entries = raw.map((e, order): IndexEntry => {
    chars += e.lead.length + e.body.length;
    const leadFolded = foldChars(e.lead, folding);
    const bodyFolded = foldChars(e.body, folding);
    return {
      ...e,
      leadFolded,
      bodyFolded,
      leadFolded2: foldPhrases(leadFolded, folding),
      bodyFolded2: foldPhrases(bodyFolded, folding),
      order,
    };
  });
  builds++;
  return { locale, entries, chars, buildMs: now() - start, folding };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

type Segment = { segment: string; isWordLike?: boolean };
type SegmenterLike = { segment(text: string): Iterable<Segment> };
const segmenters = new Map<string, SegmenterLike | null>();

function segmenter(locale: string): SegmenterLike | null {
  let s = segmenters.get(locale);
  if (s === undefined) {
    const Seg = (Intl as { Segmenter?: new (l: string, o: { granularity: 'word' }) => SegmenterLike }).Segmenter;
    try {
      s = Seg ? new Seg(locale.startsWith('zh') ? 'zh' : locale, { granularity: 'word' }) : null;
    } catch {
      s = null;
    }
    segmenters.set(locale, s);
  }
  return s;
}

/** Letters and numbers of any script: what a term is made of (punctuation and spaces are not). */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Reads a query: trimmed, whitespace collapsed, cut to MAX_QUERY_LENGTH, folded. `useSegmenter: false` forces the
 * per-character fallback (as where Intl.Segmenter is missing) for tests. `folding` defaults to the tables already
 * loaded; pass the index's (`index.folding`) to fold the query as its text was.
 */
export function parseQuery(
  query: string,
  locale = 'zh-Hans',
  useSegmenter = true,
  folding: Folding = loadedFolding ?? NO_FOLDING,
): ParsedQuery {
  const phrase = foldChars(
    String(query ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim(),
    folding,
  ).trim();
  if (!phrase) return { phrase: '', terms: [], significant: [], marks: [], alt: new Map(), more: new Map() };
  const seg = useSegmenter ? segmenter(locale) : null;
  const raw: string[] = [];
  if (seg) {
    for (const s of seg.segment(phrase)) if (s.isWordLike !== false && WORDISH.test(s.segment)) raw.push(s.segment);
  } else {
    // no segmenter: Latin letters and digits stay words, any other letter (a Han character) is a term of its own
    for (const m of phrase.matchAll(/[\p{Script=Latin}\p{N}]+|[\p{L}\p{N}]/gu)) raw.push(m[0]);
  }
  const terms = [...new Set(raw)].slice(0, MAX_TERMS);
  // one-character words of a longer query (的, 区) still have to occur (when the phrase does not), but they neither
  // rank a lead nor get marked: that would mark every 区 of a snippet
  const long = terms.filter((t) => [...t].length > 1);
  const significant = long.length ? long : terms;
  const marks = [...new Set([phrase, ...significant])].sort((a, b) => b.length - a.length);
  const alt = new Map<string, string>();
  const more = new Map<string, string[]>();
  for (const s of [phrase, ...terms]) {
    const two = foldPhrases(s, folding);
    if (two !== s) alt.set(s, two);
    const other = expansions(s, folding);
    if (other.length) more.set(s, other);
  }
  return { phrase, terms, significant, marks, alt, more };
}

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** What to look for for one needle: its form 1 and other spellings (in form-1 text), its form 2 (in form-2 text). */
type Lookup = Pick<ParsedQuery, 'alt' | 'more'>;
const ones = (n: string, q: Lookup): readonly string[] => [n, ...(q.more.get(n) ?? [])];
const two = (n: string, q: Lookup): string => q.alt.get(n) ?? n;

/** Where `needle` first occurs in a text given in both forms, from `from`, or -1. */
function find(one: string, twoText: string, needle: string, q: Lookup, from = 0): number {
  let best = twoText.indexOf(two(needle, q), from);
  for (const n of ones(needle, q)) {
    const i = one.indexOf(n, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
}

const countBoth = (one: string, twoText: string, needle: string, q: Lookup) =>
  Math.max(count(twoText, two(needle, q)), ...ones(needle, q).map((n) => count(one, n)));
const has = (one: string, twoText: string, needle: string, q: Lookup) =>
  twoText.includes(two(needle, q)) || ones(needle, q).some((n) => one.includes(n));

/** The first position in a section's body from `from` where any of `needles` occurs, or -1. */
function firstOf(e: IndexEntry, needles: readonly string[], q: Lookup, from = 0): number {
  let best = -1;
  for (const n of needles) {
    const i = find(e.bodyFolded, e.bodyFolded2, n, q, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
}

/** Every occurrence (original text) of the needles in a section, distinct, in the order met. */
function matchedText(e: IndexEntry, needles: readonly string[], q: Lookup): string[] {
  const found = new Set<string>();
  for (const r of markFolded(e.lead, e.leadFolded, e.leadFolded2, needles, q)) if (r.mark) found.add(r.text);
  for (const r of markFolded(e.body, e.bodyFolded, e.bodyFolded2, needles, q)) if (r.mark) found.add(r.text);
  return [...found];
}

/** Every matching section, best first (see the module comment for the matching and the ranking). */
export function search(index: SearchIndex, query: ParsedQuery | string): SearchHit[] {
  const q = query && typeof query === 'object' ? query : parseQuery(String(query ?? ''), index.locale, true, index.folding);
  if (!q.phrase) return [];
  const terms = q.terms.length ? q.terms : [q.phrase];
  const withPhrase = index.entries.filter(
    (e) => has(e.bodyFolded, e.bodyFolded2, q.phrase, q) || has(e.leadFolded, e.leadFolded2, q.phrase, q),
  );
  const mode = withPhrase.length ? 'phrase' : 'words';
  const hits: SearchHit[] = [];
  for (const e of mode === 'phrase' ? withPhrase : index.entries) {
    // the body repeats the lead at its start: count the lead once, through the body
    const phraseCount = countBoth(e.bodyFolded, e.bodyFolded2, q.phrase, q) || countBoth(e.leadFolded, e.leadFolded2, q.phrase, q);
    const termCounts = terms.map((t) => countBoth(e.bodyFolded, e.bodyFolded2, t, q) || countBoth(e.leadFolded, e.leadFolded2, t, q));
    if (mode === 'words' && termCounts.some((c) => c === 0)) continue;
    const inLead = (t: string) => has(e.leadFolded, e.leadFolded2, t, q);
    const leadTier = e.lead && inLead(q.phrase) ? 3 : e.lead && terms.every(inLead) ? 2 : e.lead && q.significant.some(inLead) ? 1 : 0;
    // the snippet's match: the phrase after the lead, else a marked term after the lead, else anywhere
    const afterLead = e.lead && e.bodyFolded.startsWith(e.leadFolded) ? e.leadFolded.length : 0;
    let firstMatch = find(e.bodyFolded, e.bodyFolded2, q.phrase, q, afterLead);
    if (firstMatch === -1) firstMatch = firstOf(e, q.marks, q, afterLead);
    if (firstMatch === -1) firstMatch = firstOf(e, q.marks, q);
    hits.push({
      kind: e.kind,
      id: e.id,
      number: e.number,
      chapter: e.chapter,
      lead: e.lead,
      mode,
      leadTier,
      phraseCount,
      termCount: termCounts.reduce((a, b) => a + b, 0),
      firstMatch,
      matched: matchedText(e, mode === 'phrase' ? [q.phrase] : q.significant, q),
      entry: e,
    });
  }
  const isArticle = (h: SearchHit) => (h.kind === 'article' ? 1 : 0);
  return hits.sort(
    (a, b) =>
      Number(b.leadTier === 3) - Number(a.leadTier === 3) ||
      isArticle(b) - isArticle(a) ||
      b.phraseCount - a.phraseCount ||
      b.leadTier - a.leadTier ||
      b.termCount - a.termCount ||
      a.entry.order - b.entry.order,
  );
}

/** A stretch of result text, marked when it is an occurrence of the query. */
export interface MarkedRun {
  readonly text: string;
  readonly mark: boolean;
}

/** Splits text (given with its two folded forms) into runs, marking the needles: leftmost first, longest at a place. */
function markFolded(text: string, one: string, twoText: string, needles: readonly string[], q: Lookup): MarkedRun[] {
  // every spelling to look for, with the form it is looked for in; longest first
  const probes = needles
    .filter(Boolean)
    .flatMap((n) => [...ones(n, q).map((s) => [s, one] as const), [two(n, q), twoText] as const])
    .sort((a, b) => b[0].length - a[0].length);
  const runs: MarkedRun[] = [];
  let plain = 0;
  let i = 0;
  while (i < text.length && probes.length) {
    const m = probes.find(([s, form]) => form.startsWith(s, i));
    if (m) {
      if (i > plain) runs.push({ text: text.slice(plain, i), mark: false });
      runs.push({ text: text.slice(i, i + m[0].length), mark: true });
      i += m[0].length;
      plain = i;
    } else i++;
  }
  if (plain < text.length || !runs.length) runs.push({ text: text.slice(plain), mark: false });
  return runs;
}

/**
 * Splits any text into runs, marking the query's marks (phrase and significant words) as the search matched them:
 * folded, so 數字經濟 is marked for 数字经济. Joining the runs' text gives `text` back exactly.
 */
export function markQuery(text: string, q: ParsedQuery, folding: Folding = loadedFolding ?? NO_FOLDING): MarkedRun[] {
  const one = foldChars(text, folding);
  return markFolded(text, one, foldPhrases(one, folding), q.marks, q);
}

/**
 * The text around a hit's first match in its body (after the lead, which results show on their own): `before`
 * characters before it and `after` after, cut at a space for alphabetic text, with … where text was left out.
 * Without a match in the body, its opening (after the lead).
 */
export function snippet(hit: SearchHit, before = 24, after = 56): string {
  const body = hit.entry.body;
  const afterLead = hit.entry.lead && hit.entry.bodyFolded.startsWith(hit.entry.leadFolded) ? hit.entry.leadFolded.length : 0;
  const at = hit.firstMatch >= afterLead ? hit.firstMatch : afterLead;
  let start = Math.max(afterLead, at - before);
  let end = Math.min(body.length, at + after);
  // alphabetic text: do not cut inside a word
  if (start > afterLead && /\w/.test(body[start - 1] ?? '') && /\w/.test(body[start] ?? '')) {
    const sp = body.indexOf(' ', start);
    if (sp !== -1 && sp < at) start = sp + 1;
  }
  if (end < body.length && /\w/.test(body[end - 1] ?? '') && /\w/.test(body[end] ?? '')) {
    const sp = body.lastIndexOf(' ', end);
    if (sp > at) end = sp;
  }
  // skip the full stop and space that follow the lead
  while (start === afterLead && start < end && /^[。.\s]/.test(body[start])) start++;
  const text = body
    .slice(start, end)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return `${start > afterLead ? '…' : ''}${text}${end < body.length ? '…' : ''}`;
}

/** By locale: the index being built or built. */
const cache = new Map<string, Promise<SearchIndex>>();
/** By locale: the indexes built, for synchronous reads. */
const ready = new Map<string, SearchIndex>();

/** The folding tables once loaded (`loadFolding`). */
let loadedFolding: Folding | undefined;
let folding: Promise<Folding> | undefined;

/**
 * Loads the folding tables (src/generated/search-fold.ts, its own chunk, ≈ 1.9 kB gzip), once. Where they cannot be
 * loaded, resolves to case and width folding only (and a later call tries again): search still works in the page's
 * own script.
 */
export function loadFolding(): Promise<Folding> {
  folding ??= import('../../generated/search-fold.js').then(
    (m) => (loadedFolding = decodeFolding(m)),
    () => {
      folding = undefined;
      return NO_FOLDING;
    },
  );
  return folding;
}

const FRAME_LOCALES: readonly string[] = ['zh-Hant-HK', 'zh-Hant-TW', 'en'];

/**
 * The preamble and closing of a locale: zh-Hans from src/data/outline.ts, the others from their outline chunk (the
 * one `<plan-outline>` and `<plan-document>` load), both import()ed. Undefined for another locale.
 */
export function loadFrame(locale: string): Promise<PlanFrame | undefined> {
  if (locale === 'zh-Hans') return import('../../data/outline.js').then((m) => ({ preamble: m.planPreamble, closing: m.planClosing }));
  if (!FRAME_LOCALES.includes(locale)) return Promise.resolve(undefined);
  return import('../../i18n/packs.js').then((m) => m.loadLocaleOutline(locale as Exclude<LocaleCode, 'zh-Hans'>));
}

/**
 * The index of a locale, built once: the first call loads the chapters (1…`chapters`) with `load`, the preamble and
 * closing with `frame` and the folding tables, then builds; later calls share it. A chapter (or the preamble) that
 * fails to load rejects this call and lets the next one try again.
 */
export function getSearchIndex<L extends string>(
  locale: L,
  load: (chapter: number, locale: L) => Promise<ChapterText | undefined>,
  chapters = 15,
  frame: (locale: L) => Promise<PlanFrame | undefined> = loadFrame,
): Promise<SearchIndex> {
  let p = cache.get(locale);
  if (!p) {
    const numbers = Array.from({ length: chapters }, (_, i) => i + 1);
    p = Promise.all([Promise.all(numbers.map((n) => load(n, locale))), frame(locale), loadFolding()]).then(([texts, f, tables]) => {
      const index = buildSearchIndex(locale, texts, f, tables);
      ready.set(locale, index);
      return index;
    });
    p.catch(() => cache.delete(locale));
    cache.set(locale, p);
  }
  return p;
}

/** The index of a locale if it has been built, else undefined (synchronous, loads nothing). */
export function peekSearchIndex(locale: string): SearchIndex | undefined {
  return ready.get(locale);
}
