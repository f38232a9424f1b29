/**
 * `<plan-article highlight>`: reading the attribute's terms; the marking itself is src/internal/runs.ts (shared with
 * `<plan-search>`). The element renders each run as text, so a term is only ever matched as literal text.
 */

import { fold, markRuns, type TextRun } from '../../internal/runs.js';

export type { TextRun } from '../../internal/runs.js';

/** At most this many terms, each at most this long: a long attribute must not make rendering quadratic. */
export const MAX_TERMS = 20;
export const MAX_TERM_LENGTH = 50;

/**
 * Reads a `highlight` attribute: terms separated by `,` or `，`, trimmed, empty ones ignored, duplicates
 * removed, longest first (so that where terms overlap, the longest one wins).
 */
export function parseTerms(value: string | null | undefined): string[] {
  if (typeof value !== 'string') return [];
  const seen = new Set<string>();
  for (const raw of value.split(/[,，]/)) {
    const term = raw.trim();
    if (term && term.length <= MAX_TERM_LENGTH) seen.add(term);
    if (seen.size === MAX_TERMS) break;
  }
  return [...seen].sort((a, b) => b.length - a.length);
}

/**
 * Splits `text` into runs, marking every occurrence of any term: leftmost match first, and at one position
 * the longest term (`terms` as returned by parseTerms). Matching ignores case (5G = 5g); Chinese is unaffected.
 * Joining the runs' text always gives back `text` exactly.
 */
export function splitRuns(text: string, terms: readonly string[]): TextRun[] {
  return markRuns(text, terms.map(fold));
}
