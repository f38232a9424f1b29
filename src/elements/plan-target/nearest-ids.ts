/**
 * "Did you mean" for unknown figure ids: Levenshtein distance (insert, delete, substitute, each cost 1), on
 * code points, case-insensitive.
 */

/** Levenshtein edit distance between a and b (two-row dynamic programming, O(|a|·|b|) time). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = t.map((_, j) => j + 1);
  prev.unshift(0);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[t.length];
}

/**
 * Up to `n` ids nearest to `input`, nearest first: ids that contain every `-`-separated word of the input come
 * first (`rd-2025` → rd-intensity-2025, `gdp` → gdp-2020 …), then by edit distance, ties in the order of `ids`.
 * Other ids are only suggested when the distance is at most 60 % of the longer string, so garbage (or markup)
 * gets no suggestions; an empty input gets none either. Inputs longer than 64 characters are not compared.
 */
export function nearestIds(input: string, ids: readonly string[], n = 3): string[] {
  const q = input.trim().toLowerCase();
  if (!q || q.length > 64) return [];
  const words = q.split('-').filter(Boolean);
  return ids
    .map((id, i) => {
      const own = id.toLowerCase().split('-');
      return { id, i, w: words.every((w) => own.includes(w)) ? 0 : 1, d: editDistance(q, id.toLowerCase()) };
    })
    .filter(({ id, w, d }) => w === 0 || d <= Math.ceil(Math.max(q.length, id.length) * 0.6))
    .sort((a, b) => a.w - b.w || a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map(({ id }) => id);
}
