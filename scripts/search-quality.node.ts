/**
 * `tsx scripts/search-quality.node.ts`: the search-quality goals of issue 17 (scripts/search-quality.ts) hold, and the
 * ground truth can tell a bad search from a good one (a search that ignores folding and precision fails it).
 */
import assert from 'node:assert/strict';
import { QUERIES, groundTruth, normalize, runQuality, summarize } from './search-quality.js';

const rows = runQuality();
const s = summarize(rows);
assert.ok(QUERIES.length >= 30, 'at least 30 queries');
for (const l of ['zh-Hans', 'zh-Hant-HK', 'zh-Hant-TW', 'en'])
  assert.ok(
    QUERIES.some((q) => q.locale === l),
    l,
  );
for (const r of rows) {
  assert.ok(r.relevant > 0, `${r.query.locale} ${r.query.q}: the ground truth has relevant sections`);
  assert.equal(r.recall, 1, `${r.query.locale} ${r.query.q}: recall (missing ${r.missing.join(' ')})`);
  assert.ok(r.precision >= 0.95, `${r.query.locale} ${r.query.q}: precision ${r.precision} (extra ${r.extra.join(' ')})`);
  assert.ok(r.bestFirst, `${r.query.locale} ${r.query.q}: best first (${r.first}, best ${r.best.join(' ')})`);
}
assert.ok(s.pass);
// the ground truth is strict: 前海 is not 前 + 海, and folding is its own (OpenCC), not the search's
assert.equal(normalize('數字經濟'), '数字经济');
const fake = [
  { id: 'a', article: true, lead: '', text: '前面的海' },
  { id: 'b', article: true, lead: '前海', text: '前海' },
];
assert.deepEqual([...groundTruth(fake, { locale: 'zh-Hans', q: '前海', kind: '' }).relevant], ['b']);
console.log(
  `search quality: ${s.queries} queries, recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}, best first ${s.bestFirst}/${s.queries}`,
);
