/**
 * Marking terms in plan text, shared by `<plan-article highlight>` and `<plan-search>`: pure functions, no DOM. The
 * elements render each run as text (marked runs inside <mark>), so a term is only ever matched as literal text.
 */

/** One stretch of text, marked when it is an occurrence of a term. */
export interface TextRun {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * Lower-cases character by character where that keeps the length (so offsets in the folded text are offsets in
 * the original, for snippets and marks).
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Splits `text` into runs, marking every occurrence of the terms (folded, longest first): leftmost match first, at
 * one position the longest. Matching ignores case (5G = 5g); Chinese is unaffected. Joining the runs' text gives
 * `text` back exactly.
 */
export function markRuns(text: string, folded: readonly string[]): TextRun[] {
  const haystack = fold(text);
  const runs: TextRun[] = [];
  let plain = 0;
  let i = 0;
  while (i < text.length && folded.length) {
    const m = folded.find((t) => t && haystack.startsWith(t, i));
    if (m) {
      if (i > plain) runs.push({ text: text.slice(plain, i), mark: false });
      runs.push({ text: text.slice(i, i + m.length), mark: true });
      i += m.length;
      plain = i;
    } else i++;
  }
  if (plain < text.length || !runs.length) runs.push({ text: text.slice(plain), mark: false });
  return runs;
}
