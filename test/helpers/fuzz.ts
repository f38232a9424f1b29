/**
 * Seeded attribute-value generation for test/fuzz.test.ts (issue 20, part 3). No library code imports this.
 *
 * The seed: `?seed=N` in the test page's URL, else FUZZ_SEED below. Every failure message prints it, so a failure
 * found once can be replayed by putting its seed here (or in the URL) and running the file again.
 */

/** The default seed (change it, or pass `?seed=N`, to explore other sequences). */
export const FUZZ_SEED = 20_2025;

/** The seed in effect: the test URL's `seed` query parameter, else FUZZ_SEED. */
export function fuzzSeed(): number {
  const fromUrl = Number(new URLSearchParams(location.search).get('seed'));
  return Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : FUZZ_SEED;
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Which engine runs the tests, from the user agent (Chromium's UA also says Safari; WebKitGTK's says neither Chrome nor Firefox). */
export function engine(): 'chromium' | 'firefox' | 'webkit' {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\/|Chromium\//.test(ua)) return 'chromium';
  return 'webkit';
}

/** The global a payload sets if it ever runs as script (it must stay undefined). */
export const PWNED = '__planFuzzPwned';
const set = (how: string) => `window.${PWNED}='${how}'`;

/** Markup and URLs that would run script (set PWNED) if an element ever treated an attribute as HTML or a URL. */
export const HOSTILE: readonly string[] = [
  `<img src=x onerror="${set('img')}">`,
  `<img src=x onerror=${set('img2')}>`,
  `<script>${set('script')}</script>`,
  `"><svg onload="${set('svg')}"></svg>`,
  `'><iframe srcdoc="<script>parent.${set('iframe')}</script>"></iframe>`,
  `</style><img src=x onerror="${set('style')}">`,
  `</textarea></title><script>${set('title')}</script>`,
  `<x-evil>x</x-evil>`,
  `<plan-target figure="gdp-2025"></plan-target>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${set('mxss')}">`,
  `<!--`,
  `-->`,
  `<![CDATA[x]]>`,
  `&lt;b&gt;&amp;&#x3c;`,
  `javascript:${set('js')}//{n}`,
  `JaVaScRiPt:${set('js2')}//{n}`,
  ` javascript:${set('js3')}//{n}`,
  `java\tscript:${set('js4')}//{n}`,
  `\u0000javascript:${set('js5')}//{n}`,
  `javascript&colon;${set('js6')}//{n}`,
  `data:text/html,<script>${set('data')}</script>{n}`,
  `vbscript:msgbox(1)//{n}`,
  `https://example.com/{n}" onmouseover="${set('attr')}`,
  `/plan/{n}'><img src=x onerror=${set('img3')}>`,
  `${'${'}alert(1)}`,
  `{{constructor.constructor('${set('tpl')}')()}}`,
];

const NUMBERS = [
  '0',
  '-0',
  '-1',
  '1',
  '35',
  '73',
  '74',
  '+35',
  ' 35 ',
  '035',
  '35.0',
  '35.5',
  '3.5e1',
  '1e3',
  '1e308',
  '1e309',
  '-1e308',
  '1e-308',
  '5e-324',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  'infinity',
  '0x23',
  '0b1',
  '0o7',
  '1_000',
  '9007199254740993',
  '-9007199254740993',
  '9'.repeat(400),
  '٣٥',
  '３５',
  '35px',
  '35%',
  '1,000',
  '1.2.3',
  '.',
  '-',
  'e',
];
const BLANKS = ['', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u200b', '\ufeff', ' \t\n '];
const UNICODE = [
  '数字经济',
  '深圳',
  '粤港澳大湾区',
  '２０３５年',
  '本世纪中叶',
  '中國',
  '经济🚀',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇨🇳',
  'a\u0301\u0302\u0303\u0304\u0305\u0306\u0307',
  'Z̸̢̛̹̜̱̺̮͇̗̦̦̬͎̤̓̀̍͋̈́͐̒̄̐̓̉̈̈̈̋̑̚͘͝a̸̡̛l̵g̵o̴',
  'مرحبا بالعالم',
  'שלום',
  '\u202egnp.exe',
  '\u202a数字\u202c',
  '\u2066\u2067\u2068\u2069',
  '\u200f35\u200e',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\uffff',
  '\u{10ffff}',
  'ﷺ',
  '\u0085',
  '\u2028\u2029',
];
const JSONISH = [
  '{}',
  '[]',
  '{"a":1}',
  '[1,2,3]',
  '{"__proto__":{"polluted":1}}',
  '{"n":35}',
  'null',
  'undefined',
  'true',
  'false',
  '{',
  '[',
  '"',
  "'",
  '`',
  '\\',
  '\\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '[object Object]',
];
const TEMPLATES = [
  '{n}',
  '{n}{n}',
  '/plan/article-{n}',
  '#article-{n}',
  'https://example.gov.cn/plan#a{n}',
  '{N}',
  '{ n }',
  '{{n}}',
  '{0}',
  '{id}',
  '/plan/{id}',
  '%7Bn%7D',
  '//evil.example/{n}',
  'https:{n}',
  'mailto:{n}',
  'ftp://x/{n}',
  '?{n}',
  '{n}'.repeat(50),
];

/** Valid values (and near-valid ones) per attribute name, mixed into the stream; attributes not listed get none. */
export const VALID: Record<string, readonly string[]> = {
  figure: ['gdp-2025', 'gdp-2020', 'gdp-2035', 'export-streak', 'rd-intensity-2020', 'gdp-per-capita-2035'],
  number: ['1', '8', '35', '73'],
  selected: ['2020', '2025', '2030', '2035', 'mid-century'],
  stages: ['2025,2030', '2020,2035', '2025', '2020, 2025 ,2030'],
  orientation: ['auto', 'horizontal', 'vertical'],
  variant: ['card', 'inline', 'compact'],
  'inline-form': ['value', 'quote'],
  actual: ['3.46', '2.77', '0'],
  'actual-year': ['2023', '2022'],
  highlight: ['数字经济', '深圳', '创新 开放'],
  'max-chars': ['50', '200', '1'],
  'heading-level': ['1', '2', '3', '4'],
  'citation-style': ['gb7714', 'plain'],
  chapter: ['1', '2', '8', '15'],
  expanded: ['all'],
  current: ['1', '35', '73'],
  query: ['数字经济', '深圳', '科技创新', 'x'],
  placeholder: ['输入关键词', 'Search'],
  'max-results': ['1', '5', '73'],
  'url-param': ['q', 'search'],
  mode: ['table', 'chart'],
  kind: ['baseline', 'target'],
  year: ['2020', '2025', '2035'],
  theme: ['light', 'dark'],
  'article-href': ['/plan/article-{n}', '#article-{n}', 'https://example.gov.cn/plan#a{n}'],
  'section-href': ['/plan/{id}', '#{id}'],
  lang: ['zh-Hans', 'zh-CN', 'zh-Hant', 'en', 'fr'],
  dir: ['ltr', 'rtl', 'auto'],
};

/** A generator of attribute values from a seeded PRNG. */
export class ValueGen {
  constructor(readonly random: () => number) {}

  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** `list` in a random order (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** A string of `length` random code points from a mix of ranges (ASCII, CJK, emoji, combining marks, bidi controls). */
  randomText(length: number): string {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0x4e00, 0x9fff],
      [0x1f300, 0x1faff],
      [0x0300, 0x036f],
      [0x0590, 0x06ff],
      [0x200b, 0x206f],
      [0xff00, 0xffef],
    ];
    let s = '';
    while (s.length < length) {
      const [a, b] = this.pick(ranges);
      s += String.fromCodePoint(a + this.int(b - a + 1));
    }
    return s.slice(0, length);
  }

  /** One value for attribute `name`: valid ones about a fifth of the time, otherwise from the hostile families. */
  value(name: string): string {
    const valid = VALID[name];
    const r = this.random();
    if (valid && r < 0.2) return this.pick(valid);
    if (r < 0.3) return this.pick(BLANKS);
    if (r < 0.45) return this.chance(0.8) ? this.pick(NUMBERS) : String((this.random() - 0.5) * 10 ** this.int(30));
    if (r < 0.57) return this.pick(UNICODE);
    if (r < 0.72) return this.pick(HOSTILE);
    if (r < 0.78) return this.pick(JSONISH);
    if (r < 0.85) return this.pick(TEMPLATES);
    if (r < 0.89)
      return this.chance(0.5) ? this.pick(['x', '数', '{n}', '<b>', '9']).repeat(10_000).slice(0, 10_000) : this.randomText(10_000);
    if (r < 0.95) return this.randomText(1 + this.int(40));
    // a valid value spoiled: padded, cased, or glued to a hostile one
    const base = valid ? this.pick(valid) : this.pick(NUMBERS);
    return this.pick([` ${base} `, base.toUpperCase(), `${base}${this.pick(HOSTILE)}`, `${base}\u0000`, `${base},${base}`, base + base]);
  }
}
