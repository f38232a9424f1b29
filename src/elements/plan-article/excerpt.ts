/**
 * The excerpt of an article: its lead plus the first N characters of the rest, cut at a sentence (。；！？)
 * or clause (，、：) boundary. Pure; works on the dataset's paragraphs and returns exact prefixes of them, so
 * an excerpt never contains a character that is not in the plan.
 */

/** A leading part of one paragraph (`index` into the article's paragraphs). */
export interface ExcerptPiece {
  readonly index: number;
  readonly text: string;
  /** True when this is the whole paragraph. */
  readonly whole: boolean;
}

export interface Excerpt {
  readonly pieces: readonly ExcerptPiece[];
  /** True when the excerpt leaves out part of the text (a "展开全文" button is needed). */
  readonly truncated: boolean;
}

export const DEFAULT_MAX_CHARS = 120;
const SENTENCE_END = /[。；！？]/;
const CLAUSE_END = /[，、：]/;

/** Characters counted as code points (all of the plan's characters are in the BMP, but be safe). */
const chars = (s: string): string[] => Array.from(s);

/** How much of the first paragraph is the lead: the lead itself plus its full stop, when it has one. */
export function leadPrefixLength(first: string, lead: string): number {
  if (!lead || !first.startsWith(lead)) return 0;
  return first.charAt(lead.length) === '。' ? lead.length + 1 : lead.length;
}

/**
 * Where to cut `text` (code points) so that at most `budget` characters remain, or 0 when there is no
 * boundary. A sentence boundary in the second half of the budget wins; else the last clause boundary; else
 * any sentence boundary. A cut after a clause mark drops the mark (the caller appends an ellipsis).
 */
export function cutAt(text: readonly string[], budget: number): { end: number; keep: number } {
  let sentence = 0;
  let clause = 0;
  for (let i = 0; i < Math.min(budget, text.length); i++) {
    if (SENTENCE_END.test(text[i])) sentence = i + 1;
    else if (CLAUSE_END.test(text[i])) clause = i + 1;
  }
  if (sentence && sentence * 2 >= budget) return { end: sentence, keep: sentence };
  if (clause > sentence) return { end: clause, keep: clause - 1 };
  return { end: sentence, keep: sentence };
}

/**
 * The excerpt of an article's paragraphs: the lead (with its full stop) is always kept and not counted; then
 * whole paragraphs while they fit in `maxChars`, then the first paragraph that does not fit, cut at a boundary.
 * If not even that is possible and nothing follows the lead yet, a hard cut at `maxChars`.
 */
export function makeExcerpt(paragraphs: readonly string[], lead: string, maxChars: number): Excerpt {
  const pieces: ExcerptPiece[] = [];
  if (!paragraphs.length) return { pieces, truncated: false };
  let budget = Math.max(1, Math.floor(maxChars));
  let counted = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const para = paragraphs[index];
    const all = chars(para);
    const skip = index === 0 ? chars(para.slice(0, leadPrefixLength(para, lead))).length : 0;
    const rest = all.slice(skip);
    if (rest.length <= budget) {
      pieces.push({ index, text: para, whole: true });
      budget -= rest.length;
      counted += rest.length;
      continue;
    }
    let { keep } = cutAt(rest, budget);
    if (!keep && !counted) keep = budget;
    if (keep || skip) pieces.push({ index, text: all.slice(0, skip + keep).join(''), whole: false });
    return { pieces, truncated: true };
  }
  return { pieces, truncated: false };
}
