/**
 * Full-text search over the plan's 73 articles: pure functions (no DOM, no Lit), plus a per-locale cache of the
 * index, built once from the chapters' text (`loadChapter`, src/data/text.ts).
 *
 * Chinese has no spaces between words, so a query is read two ways at once:
 * - the whole query (whitespace collapsed) as one literal phrase (数字经济);
 * - its words, from `Intl.Segmenter(locale, { granularity: 'word' })` (数字 + 经济), or one term per character
 *   where Intl.Segmenter is missing. Punctuation and spaces are dropped.
 * A one-character word of a longer query must occur but is neither marked nor used to rank a lead.
 * Everything is matched as literal substrings, ignoring case (English “Digital” = “digital”, 5G = 5g; Chinese is
 * unaffected), so 数字, 经济 and 数字经济 all find article 35, and “digit” finds “digital”.
 *
 * An article matches when it contains the phrase, or every term. Ranking (compared in this order, higher first):
 *  1. lead tier: 3 = the lead contains the phrase, 2 = the lead contains every term, 1 = some term longer than
 *     one character (a one-character word of a longer query, 的 or 区, does not count), 0 = none;
 *  2. how often the phrase occurs in the article (lead and paragraphs);
 *  3. how often the terms occur in the article, summed over terms (overlapping terms both count);
 *  4. the article number, ascending (a stable, readable order for ties).
 * So a lead match always ranks first; frequency orders the rest.
 */
import type { ChapterText } from '../../data/types.js';
import { fold } from '../../internal/runs.js';

export { fold, markRuns, type TextRun } from '../../internal/runs.js';

/** One article, ready to search: the lead and the body (paragraphs), original and lower-cased (same length). */
export interface IndexEntry {
  readonly number: number;
  readonly chapter: number;
  readonly lead: string;
  /** The paragraphs joined with '\n' (the first one starts with the lead). */
  readonly body: string;
  readonly leadFolded: string;
  readonly bodyFolded: string;
}

export interface SearchIndex {
  readonly locale: string;
  readonly entries: readonly IndexEntry[];
  /** Characters of text indexed (leads and bodies). */
  readonly chars: number;
  /** Milliseconds the synchronous build took. */
  readonly buildMs: number;
}

/** A parsed query: the phrase and its terms (folded), and every string to mark in results (longest first). */
export interface ParsedQuery {
  readonly phrase: string;
  readonly terms: readonly string[];
  /** The terms that rank a lead and get marked: those longer than one character, or all when none is. */
  readonly significant: readonly string[];
  readonly marks: readonly string[];
}

export interface SearchHit {
  readonly number: number;
  readonly chapter: number;
  readonly lead: string;
  /** 3, 2, 1 or 0, see the module comment. */
  readonly leadTier: number;
  readonly phraseCount: number;
  readonly termCount: number;
  /** Where the first match is in `body` (after the lead when the body has one there), or -1. */
  readonly firstMatch: number;
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

/** The index of the articles of these chapters (any order; sorted by article number). */
export function buildSearchIndex(locale: string, chapters: readonly (ChapterText | undefined)[]): SearchIndex {
  const start = now();
  const entries: IndexEntry[] = [];
  let chars = 0;
  for (const text of chapters) {
    for (const a of text?.articles ?? []) {
      const body = a.paragraphs.join('\n');
      chars += a.lead.length + body.length;
      entries.push({ number: a.number, chapter: a.chapter, lead: a.lead, body, leadFolded: fold(a.lead), bodyFolded: fold(body) });
    }
  }
  entries.sort((x, y) => x.number - y.number);
  builds++;
  return { locale, entries, chars, buildMs: now() - start };
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
 * per-character fallback (as where Intl.Segmenter is missing) for tests.
 */
export function parseQuery(query: string, locale = 'zh-Hans', useSegmenter = true): ParsedQuery {
  const phrase = fold(
    String(query ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim(),
  );
  if (!phrase) return { phrase: '', terms: [], significant: [], marks: [] };
  const seg = useSegmenter ? segmenter(locale) : null;
  const raw: string[] = [];
  if (seg) {
    for (const s of seg.segment(phrase)) if (s.isWordLike !== false && WORDISH.test(s.segment)) raw.push(s.segment);
  } else {
    // no segmenter: Latin letters and digits stay words, any other letter (a Han character) is a term of its own
    for (const m of phrase.matchAll(/[\p{Script=Latin}\p{N}]+|[\p{L}\p{N}]/gu)) raw.push(m[0]);
  }
  const terms = [...new Set(raw)].slice(0, MAX_TERMS);
  // one-character words of a longer query (的, 区, or a name the segmenter split: 前 + 海) still have to occur,
  // but they neither rank a lead nor get marked: that would mark every 区 of a snippet
  const long = terms.filter((t) => [...t].length > 1);
  const significant = long.length ? long : terms;
  const marks = [...new Set([phrase, ...significant])].sort((a, b) => b.length - a.length);
  return { phrase, terms, significant, marks };
}

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The first position in `text` from `from` where any of `needles` occurs, or -1. */
function firstOf(text: string, needles: readonly string[], from = 0): number {
  let best = -1;
  for (const n of needles) {
    const i = text.indexOf(n, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
}

/** Every matching article, best first (see the module comment for the ranking). */
export function search(index: SearchIndex, query: ParsedQuery | string): SearchHit[] {
  const q = typeof query === 'string' ? parseQuery(query, index.locale) : query;
  if (!q.phrase) return [];
  const terms = q.terms.length ? q.terms : [q.phrase];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    // the body repeats the lead at its start: count the lead once, through the body
    const phraseCount = count(e.bodyFolded, q.phrase) || count(e.leadFolded, q.phrase);
    const termCounts = terms.map((t) => count(e.bodyFolded, t) || count(e.leadFolded, t));
    if (!phraseCount && termCounts.some((c) => c === 0)) continue;
    const leadTier = e.leadFolded.includes(q.phrase)
      ? 3
      : terms.every((t) => e.leadFolded.includes(t))
        ? 2
        : (q.significant.length ? q.significant : terms).some((t) => e.leadFolded.includes(t))
          ? 1
          : 0;
    // the snippet's match: the phrase after the lead, else a marked term after the lead, else anywhere
    const afterLead = e.bodyFolded.startsWith(e.leadFolded) ? e.leadFolded.length : 0;
    let firstMatch = e.bodyFolded.indexOf(q.phrase, afterLead);
    if (firstMatch === -1) firstMatch = firstOf(e.bodyFolded, q.marks, afterLead);
    if (firstMatch === -1) firstMatch = firstOf(e.bodyFolded, q.marks);
    hits.push({
      number: e.number,
      chapter: e.chapter,
      lead: e.lead,
      leadTier,
      phraseCount,
      termCount: termCounts.reduce((a, b) => a + b, 0),
      firstMatch,
      entry: e,
    });
  }
  return hits.sort((a, b) => b.leadTier - a.leadTier || b.phraseCount - a.phraseCount || b.termCount - a.termCount || a.number - b.number);
}

/**
 * The text around a hit's first match in its body (after the lead, which results show on their own): `before`
 * characters before it and `after` after, cut at a space for alphabetic text, with … where text was left out.
 * Without a match in the body, its opening (after the lead).
 */
export function snippet(hit: SearchHit, before = 24, after = 56): string {
  const body = hit.entry.body;
  const afterLead = hit.entry.bodyFolded.startsWith(hit.entry.leadFolded) ? hit.entry.leadFolded.length : 0;
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

/**
 * The index of a locale, built once: the first call loads the chapters (1…`chapters`) with `load`, then builds;
 * later calls share it. A chapter that fails to load rejects this call and lets the next one try again.
 */
export function getSearchIndex<L extends string>(
  locale: L,
  load: (chapter: number, locale: L) => Promise<ChapterText | undefined>,
  chapters = 15,
): Promise<SearchIndex> {
  let p = cache.get(locale);
  if (!p) {
    const numbers = Array.from({ length: chapters }, (_, i) => i + 1);
    p = Promise.all(numbers.map((n) => load(n, locale))).then((texts) => {
      const index = buildSearchIndex(locale, texts);
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
