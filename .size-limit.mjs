// Size budgets (issue #8), counted the way pages load the elements: the shared runtime every element needs, each
// define entry with everything it pulls in (Lit, D3, data), the largest lazily loaded text chunk, and a page with
// all three elements. `npm run size` (run by .ci/run) fails when any entry is over its budget.
// size-limit bundles each entry with esbuild (minified, gzip), as an ES module like dist/. The css-literals plugin
// minifies css`` template text the same way `vite build` does for dist/ (scripts/css-literals.mjs), so the figures
// measure what ships. Code loaded with import() only when needed (chapter text, the dev-only "did you mean" of
// <plan-target>) is its own chunk in dist/ and is left out of the entry that does not download it.
import { esbuildCssLiterals } from './scripts/css-literals.mjs';

// As shipped: ES modules (size-limit's default esbuild output is an IIFE, which wraps every import() that stays
// outside the bundle in CommonJS interop helpers, ≈ 0.2 kB that no page downloads), non-ASCII text escaped as
// \uXXXX like `vite build` writes it (vite.config.ts `charset: 'ascii'`, esbuild's default too) and minified
// css`` text.
const asShipped = (config) => ({
  ...config,
  format: 'esm',
  charset: 'ascii',
  plugins: [...(config.plugins ?? []), esbuildCssLiterals()],
});
// Locale packs (src/i18n/packs/*: UI strings, stages and figure texts of zh-Hant-HK, zh-Hant-TW, en) and the code
// that loads them (src/i18n/load.ts) are import()ed only by an element whose locale is not zh-Hans: no entry counts
// them (a zh-Hans page never downloads them); each pack has its own budget below, as does the largest chapter text
// chunk of each locale.
const LOCALE_CHUNKS = ['./packs/*', './load.js'];
// `plan-impression` (issue #18): a chunk the base element import()s after the first element connects (own budget below)
const LAZY_CHUNKS = ['./impression.js'];
// <plan-search>'s lazily loaded data (issue 17): the folding tables and the zh-Hans preamble/closing module
const SEARCH_CHUNKS = ['../../generated/search-fold.js', '../../data/outline.js', '../../i18n/packs.js'];
const check = (entry) => ({
  gzip: true,
  modifyEsbuildConfig: asShipped,
  ...entry,
  ignore: [...LOCALE_CHUNKS, ...LAZY_CHUNKS, ...(entry.ignore ?? [])],
});

/** The zh-Hans chapter text chunks, as src/generated/chapter-loaders.ts import() them (size-limit matches the specifier). */
const CHAPTER_TEXT = './chapters/*';

export default [
  check({
    name: 'shared runtime: Lit + base element (tokens, locale controller, common strings, bad-input path) + define guard',
    path: ['src/internal/plan-element.ts', 'src/internal/define.ts'],
    import: {
      'src/internal/plan-element.ts': '{ PlanElement }',
      'src/internal/define.ts': '{ defineElement }',
    },
    // Issue #10 (locales) re-based this: a zh-Hans page downloads no locale pack, no loader and no translated text
    // (they are import()ed chunks), but every element now carries the locale machinery itself — tag matching for four
    // locales, the update that waits for a pack, the pack lookup (runtime +0.19 kB) — and  nothing else. 8.42 → 8.61 kB.
    // Issue #10's fonts then added the CJK stack per locale (--plan-font-zh-hans, -zh-hant-hk, -zh-hant-tw after the
    // site's --plan-font-family, on every part by its lang): +0.15 kB, 8.77 kB. A zh-Hans page still downloads no
    // translated text (test/locale-downloads.test.ts); what grew is code and CSS every locale needs.
    // Issue #18: every element loads the plan-impression chunk after connecting (the import() and its guard, +0.05 kB).
    limit: '8.85 kB',
  }),
  check({
    name: 'define/plan-timeline (runtime + D3: d3-scale, d3-array, d3-shape, d3-path + stage data)',
    path: 'src/define/plan-timeline.ts',
    limit: '32 kB',
  }),
  check({
    name: 'define/plan-target (runtime + figure data; no article text; the dev-only "did you mean" chunk excluded)',
    path: 'src/define/plan-target.ts',
    ignore: ['*/nearest-ids.js'],
    // Issue #10 (locales) re-based this: a zh-Hans page downloads no locale pack, no loader and no translated text
    // (they are import()ed chunks), but every element now carries the locale machinery itself — tag matching for four
    // locales, the update that waits for a pack, the pack lookup (runtime +0.19 kB) — and <plan-target> the localized figure
    // text, `lang` on the card and on the quote, English units (+0.1 kB own). 15.49 → 15.78 kB. Issue #11 completed the
    // figure registry (33 → 37 figures, 73 → 135 recorded non-figures; the card bundles the registry): 16.0 kB.
    // The runtime's CJK font stacks (+0.15 kB) and the approximation note quoting the qualifier as converted in
    // Traditional Chinese (超過, +0.07 kB): 16.26 kB.
    // Issue #18: every element loads the plan-impression chunk after connecting (the import() and its guard, +0.05 kB).
    // Issue #18 §4: the credit once per page (first credited element in document order, the meta switch) and the
    // transparent surfaces: 16.49 kB, re-based.
    limit: '16.55 kB',
  }),
  check({
    name: 'define/plan-article (runtime; chapter text chunks excluded)',
    path: 'src/define/plan-article.ts',
    ignore: [CHAPTER_TEXT],
    // Issue #8 set 13.5 kB when the entry was 13.24 kB. Issue #12 then added what its users asked for: the load
    // error/timeout state (updateComplete never hangs), three typed events, the opt-in permalink, the source credit,
    // and in the shared runtime the page theme switch and the version check (measured: 14.06 kB). Nothing of it can
    // be split off cheaply: the largest candidate, copy/cite (~0.6 kB), must write to the clipboard inside the click's
    // user activation, which an await import() can lose (WebKit is strict). Re-based to 14.25 kB.
    // Issue #10 (locales) re-based this: a zh-Hans page downloads no locale pack, no loader and no translated text
    // (they are import()ed chunks), but every element now carries the locale machinery itself — tag matching for four
    // locales, the update that waits for a pack, the pack lookup (runtime +0.19 kB) — and <plan-article> text per locale, the
    // translation note and the show-original toggle (+0.3 kB own). 14.16 → 14.64 kB. With the runtime's CJK font
    // stacks (+0.15 kB) and the credit's URL in print: 14.88 kB. Issue #17 (portal use): the copy link keeps its
    // fragment inside a <plan-document> (internal/fragment.ts), focus() moves to the title, `no-translation-note`,
    // cite buttons that name their article: 14.88 → 15.06 kB.
    // Issue #18: every element loads the plan-impression chunk after connecting (the import() and its guard, +0.05 kB).
    // Issue #18 §4: the credit once per page (first credited element in document order, the meta switch) and the
    // transparent surfaces: 15.26 kB, re-based.
    limit: '15.3 kB',
  }),
  check({
    name: 'define/plan-outline (runtime + chapter titles and article leads; no article text)',
    path: 'src/define/plan-outline.ts',
    // 15.2 kB at its introduction (issue #11): the runtime, and the chapter titles and 73 leads it lists
    limit: '15.6 kB',
  }),
  check({
    name: 'define/plan-search (runtime + the search index code; chapter text chunks excluded)',
    path: 'src/define/plan-search.ts',
    // issue 17: the folding tables and the preamble/closing are import()ed when the index is first built, like the
    // chapter text (the folding chunk has its own budget below)
    ignore: [CHAPTER_TEXT, ...SEARCH_CHUNKS],
    // 13.9 kB at its introduction (issue #11): the runtime, the segmenting and ranking code; the index is built from
    // the chapter chunks when first used. Issue #17 (measured with the folding tables and preamble/closing excluded, as
    // above): the preamble, chapter intros and closing as results with their links, the script/variant/width/case
    // folding code (fold.ts; its tables are the 2.25 kB chunk below), phrase-first ranking, the result count and
    // "show all", `url-param` with history, the blank-query message and the narrow-width styles: 14.04 → 16.47 kB.
    // Issue #18 §4: the credit once per page (first credited element in document order, the meta switch) and the
    // transparent surfaces: 16.67 kB, re-based.
    limit: '16.75 kB',
  }),
  check({
    name: 'define/plan-figures (runtime + figure registry + chapter titles; the chart chunk with D3 excluded)',
    path: 'src/define/plan-figures.ts',
    ignore: ['./figures-chart.js'],
    // 28.31 kB at its introduction (issue #11), d3-scale/d3-array/d3-path for the chart mode (≈ 10 kB) included, which
    // a table-only page paid too. The chart (figures-chart.ts, figures-layout.ts and D3) is now a chunk import()ed only
    // when `mode="chart"` is used (src/elements/plan-figures/chart-load.ts): the table, the registry, CSV/JSON export
    // and the loading/failure path measure 18.08 kB. Re-based to 18.3 kB; with the runtime's CJK font stacks
    // (issue #10, +0.15 kB) 18.30 kB: 18.45 kB. Issue #17 parts 4–5 (measured on the same commit with and without
    // them): the CSV's phrase, number, unit and year columns, row labels that name their own quantity (base, from → to
    // end, year), the chart's not-charted list and its strings (zh-Hans; other locales in their packs): 18.30 → 19.04 kB.
    // Issue #18: every element loads the plan-impression chunk after connecting (the import() and its guard, +0.05 kB).
    // Issue #18 §4: the credit once per page (first credited element in document order, the meta switch) and the
    // transparent surfaces: 19.26 kB, re-based. Issue #18 §2: share links to a figure (hash-bookmark: label links,
    // #plan-figure=<id> read on load and on hashchange, the marked row and its style): +0.34 kB, 19.6 kB.
    limit: '19.65 kB',
  }),
  check({
    name: 'define/plan-document (runtime + plan-article + plan-outline + plan-search; chapter text chunks excluded)',
    path: 'src/define/plan-document.ts',
    ignore: [CHAPTER_TEXT, '../../generated/search-fold.js'],
    // 27.0 kB at its introduction (issue #11): what the three elements it is made of share, counted once. Issue #17:
    // plan-search's growth (+2.43 kB, above), plan-article's (+0.18 kB), and the document's own: text loaded before the
    // first render (hydration), one translation note and show-original toggle, focus on arrival, section results with
    // their highlight: 26.86 → 30.63 kB.
    // Issue #18 §4: the credit once per page (first credited element in document order, the meta switch) and the
    // transparent surfaces: 30.94 kB, re-based.
    limit: '31 kB',
  }),
  check({
    name: 'plan-search: folding tables chunk (Simplified/Traditional/variant characters and regional phrases of the plan)',
    path: 'src/generated/search-fold.ts',
    limit: '2.5 kB',
  }),
  check({
    name: 'plan-impression chunk (one IntersectionObserver for the page; loaded after the first element connects)',
    path: 'src/internal/impression.ts',
    limit: '0.5 kB',
  }),
  check({
    name: 'plan-article: largest chapter text chunk (chapter 1)',
    path: 'src/generated/chapters/chapter-01.ts',
    limit: '6 kB',
  }),
  check({
    name: 'all three elements in one bundle (a page using them all; chapter text chunks excluded)',
    path: ['src/define/plan-timeline.ts', 'src/define/plan-target.ts', 'src/define/plan-article.ts'],
    import: {
      'src/define/plan-timeline.ts': '{ PlanTimeline }',
      'src/define/plan-target.ts': '{ PlanTarget }',
      'src/define/plan-article.ts': '{ PlanArticle }',
    },
    ignore: [CHAPTER_TEXT, '*/nearest-ids.js'],
    limit: '48 kB',
  }),
  ...['zh-Hant-HK', 'zh-Hant-TW', 'en'].flatMap((locale) => [
    check({
      name: `locale pack ${locale} (UI strings, plan metadata, stages, figure texts; chapter text excluded)`,
      path: `src/i18n/packs/${locale}.ts`,
      ignore: [`./chapters/*`, `../../generated/${locale}/outline-data.js`],
      // every element's strings and the texts of all of them: 6.38 kB (zh-Hant-*), 7.47 kB (en) with three elements;
      // 7.2 kB / 8.29 kB with the seven elements of issue #11 and its four new figures
      limit: locale === 'en' ? '8.75 kB' : '7.6 kB',
    }),
    check({
      name: `${locale} outline chunk (chapter titles, article leads, preamble, closing; for outlines and documents)`,
      path: `src/generated/${locale}/outline-data.ts`,
      // 3.82 kB (zh-Hant-*), 4.06 kB (en)
      limit: '4.5 kB',
    }),
    check({
      name: `${locale}: largest chapter text chunk (chapter 1)`,
      path: `src/generated/${locale}/chapters/chapter-01.ts`,
      // 5.66 kB (zh-Hant-*), 6.04 kB (en)
      limit: locale === 'en' ? '6.5 kB' : '6 kB',
    }),
  ]),
];
