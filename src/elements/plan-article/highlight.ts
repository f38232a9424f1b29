/**
 * Highlighting search terms in plan text: pure functions, no DOM. The element renders each run as text
 * (marked runs inside <mark>), so a term is only ever matched as literal text and never parsed as markup.
 */

/** One stretch of text, marked when it is an occurrence of a highlight term. */
export interface TextRun {
  readonly text: string;
  readonly mark: boolean;
}

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
  if (!terms.length || !text) return [{ text, mark: false }];
  const lower = terms.map((t) => t.toLowerCase());
  const runs: TextRun[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    let len = 0;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k];
      if (i + t.length <= text.length && text.slice(i, i + t.length).toLowerCase() === lower[k]) {
        len = t.length;
        break;
      }
    }
    if (len) {
      if (i > plainStart) runs.push({ text: text.slice(plainStart, i), mark: false });
      runs.push({ text: text.slice(i, i + len), mark: true });
      i += len;
      plainStart = i;
    } else {
      i++;
    }
  }
  if (plainStart < text.length || !runs.length) runs.push({ text: text.slice(plainStart), mark: false });
  return runs;
}
