// @ts-check
/**
 * `npm run bench:ssr`, last step: the results tachometer wrote (bench/results/ssr/*-results.json, `--json-file`) as
 * Markdown tables for BENCHMARKS.md. Per benchmark and measurement: the median with a distribution-free 95 %
 * confidence interval (order statistics of the samples, binomial), tachometer's 95 % interval of the mean, and, for
 * the other pages, tachometer's 95 % interval of the difference of means (that page minus the server-rendered one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The smallest k (1-based) with P(X < k) ≤ 2.5 % for X ~ Binomial(n, 1/2): [x(k), x(n+1-k)] holds the median with at
 * least 95 % confidence.
 * @param {number} n
 */
function medianRanks(n) {
  let cumulative = 0;
  let k = 0;
  // P(X ≤ k) for k = 0, 1, …; the interval is [x(k), x(n+1-k)] with the largest k where P(X ≤ k−1) ≤ 0.025
  for (let i = 0; i <= n; i++) {
    let c = 1;
    for (let j = 0; j < i; j++) c = (c * (n - j)) / (j + 1);
    cumulative += c / 2 ** n;
    if (cumulative > 0.025) break;
    k = i + 1;
  }
  return Math.max(1, k);
}

/** @param {number[]} samples */
function median(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const m = s.length >> 1;
  const value = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  const k = medianRanks(s.length);
  return { value, low: s[k - 1], high: s[s.length - k] };
}

const f = (/** @type {number} */ x) => x.toFixed(1);
/** A signed interval: +1.0 … +2.0 ms, -1.0 … +2.0 ms. */
const signed = (/** @type {{ low: number, high: number }} */ d, unit = ' ms', digits = 1) =>
  `${d.low >= 0 ? '+' : ''}${d.low.toFixed(digits)} … ${d.high >= 0 ? '+' : ''}${d.high.toFixed(digits)}${unit}`;
const LABELS = {
  fcp: 'first contentful paint',
  'widgets-defined': 'elements defined',
  'widgets-ready': 'hydrated / rendered (`updateComplete`)',
  'widgets-painted': 'next frame painted after that',
};

for (const name of ['hydrate', 'news']) {
  const file = join(root, `bench/results/ssr/${name}-results.json`);
  if (!existsSync(file)) continue;
  /** @type {{ benchmarks: { name: string, mean: { low: number, high: number }, samples: number[], differences: ({ absolute: { low: number, high: number } } | null)[] }[] }} */
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const rows = results.benchmarks.map((b, i) => {
    const match = /^(.*) \[(.*)\]$/.exec(b.name);
    return { page: match ? match[1] : b.name, measurement: match ? match[2] : 'fcp', b, i };
  });
  console.log(`\n### bench/ssr/${name}.json (${rows[0].b.samples.length} samples per benchmark)\n`);
  console.log('| page | measurement | median (95 % CI) | mean (95 % CI) | minus server-rendered: difference of means (95 % CI) |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const { page, measurement, b } of rows) {
    const m = median(b.samples);
    const ssr = rows.find((r) => r.measurement === measurement && /server-rendered/.test(r.page));
    const d = ssr && ssr.b !== b ? b.differences[ssr.i] : null;
    const diff = d
      ? `${d.absolute.low >= 0 ? '+' : ''}${f(d.absolute.low)} … ${d.absolute.high >= 0 ? '+' : ''}${f(d.absolute.high)} ms`
      : '';
    const label = LABELS[/** @type {keyof typeof LABELS} */ (measurement)] ?? measurement;
    console.log(`| ${page} | ${label} | ${f(m.value)} ms (${f(m.low)}–${f(m.high)}) | ${f(b.mean.low)}–${f(b.mean.high)} ms | ${diff} |`);
  }
  // when the elements' content is first on screen: with the server's HTML at first contentful paint, rendered on the
  // client in the frame after widgets-ready
  const ssrFcp = rows.find((r) => r.measurement === 'fcp' && /server-rendered/.test(r.page));
  const clientPainted = rows.find((r) => r.measurement === 'widgets-painted' && /client-rendered/.test(r.page));
  if (ssrFcp && clientPainted) {
    const d = clientPainted.b.differences[ssrFcp.i];
    const pct = d && 'percentChange' in d ? /** @type {{ percentChange: { low: number, high: number } }} */ (d).percentChange : undefined;
    console.log(
      `\nContent first on screen: server-rendered at first contentful paint, median ${f(median(ssrFcp.b.samples).value)} ms; ` +
        `client-rendered in the frame after updateComplete, median ${f(median(clientPainted.b.samples).value)} ms; ` +
        `difference of means ${d ? signed(d.absolute) : '?'}` +
        `${pct ? ` (${signed(pct, ' %', 0)})` : ''}.`,
    );
  }
}
