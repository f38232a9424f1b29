/**
 * Image export check (Node, no browser): renderImage and `plan-widgets image` (src/ssr/image/). PNG dimensions per
 * preset, width and scale; pixels (not blank, the theme's surface colour from src/styles/tokens.ts, CJK glyphs drawn:
 * more ink than a control whose only font, DejaVu Sans, has no CJK glyphs); SVG well-formed with width, height and
 * viewBox; every element in every locale, its text from the dataset; the CLI's messages for bad input. Prints the
 * export times and sizes. Exits non-zero on failure.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { getFigure } from '../../src/data/figure-index.js';
import { getArticle } from '../../src/data/index.js';
import { stages } from '../../src/data/stages.js';
import { supportedLocales } from '../../src/i18n/locale.js';
import { localePack, localFigure } from '../../src/i18n/packs.js';
import { commonStrings } from '../../src/i18n/sections/common.js';
import { hostStyles } from '../../src/styles/tokens.js';
import { renderImage, ImageInputError, type ImageResult } from '../../src/ssr/index.js';

/** RGBA pixels of a PNG as resvg writes it (8-bit, colour type 6, not interlaced). */
function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const buf = Buffer.from(png);
  assert.equal(buf.toString('latin1', 1, 4), 'PNG', 'PNG signature');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  assert.equal(buf[24], 8, 'bit depth 8');
  assert.equal(buf[25], 6, 'colour type RGBA');
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    if (buf.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
/** Pixels that differ from the background colour (ink), in the rows [top, bottom). */
function ink(png: Uint8Array, background: string, top = 0, bottom = Infinity): number {
  const { width, height, pixels } = decodePng(png);
  const [r, g, b] = hex(background);
  let n = 0;
  for (let y = top; y < Math.min(height, bottom); y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) > 60) n++;
    }
  return n;
}

function checkSvg(svg: string, width: number, height: number, what: string): void {
  const root = /^<svg\b([^>]*)>/.exec(svg);
  assert.ok(root, `${what}: root <svg>`);
  assert.match(root[1], new RegExp(`width="${width}"`), `${what}: width="${width}"`);
  assert.match(root[1], new RegExp(`height="${height}"`), `${what}: height="${height}"`);
  assert.match(root[1], /viewBox="0 0 [\d.]+ [\d.]+"/, `${what}: viewBox`);
  assert.ok(svg.trimEnd().endsWith('</svg>'), `${what}: closed`);
  // resvg's XML parser (roxmltree) rejects malformed XML
  const parsed = new Resvg(svg);
  assert.ok(parsed.width > 0 && parsed.height > 0, `${what}: parses as SVG`);
  assert.ok(!/<text\b/.test(svg.replace(/data:image\/svg\+xml;base64,[^"]*/g, '')), `${what}: text as outlines, no font needed`);
}

const failures: string[] = [];
const rows: string[] = [];
async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const gdp = getFigure('gdp-2025')!;
// the expected colours read from tokens.ts here, not through the exporter's own CSS code (css.ts), so a mistake there shows
// (an image has a background of its own, as an element with `theme` has: the opaque surface --_box of :host([theme]))
const box = (scheme: string) => new RegExp(`:host\\(\\[theme='${scheme}'\\]\\)\\s*\\{[^}]*--_box: (#[0-9a-f]{6})`).exec(hostStyles.cssText);
const [boxLight, boxDark] = [box('light'), box('dark')];
assert.ok(boxLight && boxDark, 'tokens.ts: --_box in :host([theme=light|dark])');
const light = { surface: boxLight[1] };
const dark = { surface: boxDark[1] };
const creditOf = (l: string) => (localePack(l as never)?.ui.common ?? commonStrings.source).creditLabel;

// dimensions: default, --width and --scale, the presets
await check('dimensions', async () => {
  const base = await renderImage('<plan-target figure="gdp-2025"></plan-target>');
  const png = decodePng(base.png!);
  assert.equal(png.width, 800, 'default width 800');
  assert.equal(png.height, base.height, 'height as reported');
  checkSvg(base.svg, 800, base.height, 'default');
  const wide = await renderImage('<plan-target figure="gdp-2025"></plan-target>', { width: 500, scale: 2 });
  assert.equal(decodePng(wide.png!).width, 1000, '--width 500 --scale 2: 1000 px');
  checkSvg(wide.svg, 1000, wide.height, 'scaled');
  const wechat = await renderImage('<plan-article number="35"></plan-article>', { preset: 'wechat' });
  assert.equal(decodePng(wechat.png!).width, 677, 'wechat: 677 px wide');
  const social = await renderImage('<plan-article number="35"></plan-article>', { preset: 'social' });
  const s = decodePng(social.png!);
  assert.deepEqual([s.width, s.height], [1200, 630], 'social: 1200×630');
  checkSvg(social.svg, 1200, 630, 'social');
  // the credit line survives the clipping of a long article: ink in the bottom band
  assert.ok(social.text.includes(creditOf('zh-Hans')), 'social: credit in the text');
  const band = ink(social.png!, light.surface, 630 - 80, 630);
  assert.ok(band > 200, `social: the credit line is drawn at the bottom (${band} px of ink)`);
  rows.push(`dimensions: 800×${base.height}, 1000×${wide.height} (scale 2), wechat 677×${wechat.height}, social ${s.width}×${s.height}`);
});

// colours from the tokens, and real CJK glyphs (control: DejaVu Sans only, CJK text becomes tofu/blank)
await check('pixels', async () => {
  const real = await renderImage('<plan-target figure="gdp-2025"></plan-target>');
  const px = decodePng(real.png!).pixels;
  assert.deepEqual([...px.slice(0, 3)], hex(light.surface), `light background is --_surface ${light.surface}`);
  const night = await renderImage('<plan-target figure="gdp-2025"></plan-target>', { theme: 'dark' });
  assert.deepEqual([...decodePng(night.png!).pixels.slice(0, 3)], hex(dark.surface), `dark background is --_surface ${dark.surface}`);
  const realInk = ink(real.png!, light.surface);
  assert.ok(realInk > 5000, `not blank (${realInk} px of ink)`);
  const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  if (!existsSync(dejavu)) return void rows.push('pixels: DejaVu Sans missing, CJK control skipped');
  const control = await renderImage('<plan-target figure="gdp-2025"></plan-target>', { font: dejavu });
  const controlInk = ink(control.png!, light.surface);
  assert.ok(realInk > controlInk * 1.25, `CJK glyphs drawn: ${realInk} px of ink against ${controlInk} with a font without CJK`);
  assert.ok(real.text.includes(gdp.label) && real.text.includes(creditOf('zh-Hans')), 'text layer: label and credit');
  rows.push(`pixels: ink ${realInk} px with ${real.fonts[0]}, ${controlInk} px with DejaVu Sans alone (control)`);
});

// every element × every locale, text from the dataset
const ELEMENTS = [
  '<plan-timeline></plan-timeline>',
  '<plan-target figure="gdp-2025"></plan-target>',
  '<plan-article number="35"></plan-article>',
  '<plan-outline></plan-outline>',
  '<plan-search></plan-search>',
  '<plan-search query="数字经济"></plan-search>',
  '<plan-figures></plan-figures>',
  '<plan-figures mode="chart"></plan-figures>',
];
const table: string[] = ['| element | locale | size | time | SVG | PNG |', '| --- | --- | --- | ---: | ---: | ---: |'];
for (const markup of ELEMENTS)
  for (const locale of supportedLocales())
    await check(`${markup} ${locale}`, async () => {
      const t0 = performance.now();
      const image: ImageResult = await renderImage(markup, { lang: locale, png: locale === 'zh-Hans' });
      const ms = performance.now() - t0;
      checkSvg(image.svg, image.width, image.height, markup);
      assert.ok(image.text.includes(creditOf(locale)), `${locale}: the credit line ${creditOf(locale)}`);
      const pack = localePack(locale);
      if (markup.includes('plan-target')) assert.ok(image.text.includes(localFigure(gdp, pack).label), `${locale}: the figure's label`);
      if (markup.includes('plan-timeline'))
        for (const s of stages) assert.ok(locale !== 'zh-Hans' || image.text.includes(s.headline), `stage ${s.id}'s headline`);
      if (markup.includes('plan-article')) {
        type Chapter = { default: { articles: { number: number; paragraphs: string[] }[] } };
        const a35 =
          locale === 'zh-Hans'
            ? getArticle(35)!
            : ((await import(`../../src/generated/${locale}/chapters/chapter-08.js`)) as Chapter).default.articles.find(
                (a) => a.number === 35,
              )!;
        assert.ok(image.text.includes(a35.paragraphs[0].slice(0, 30)), `${locale}: article 35's first paragraph`);
        if (locale === 'zh-Hant-HK') assert.ok(image.text.includes('數字經濟'), 'zh-Hant-HK: 數字經濟');
      }
      if (image.png) assert.ok(ink(image.png, light.surface) > 2000, 'not blank');
      if (locale === 'zh-Hans' || locale === 'en')
        table.push(
          `| \`${markup.replace(/><\/.*$/, '>')}\` | ${locale} | ${image.width}×${image.height} | ${ms.toFixed(0)} ms | ${(image.svg.length / 1024).toFixed(0)} kB | ${image.png ? `${(image.png.length / 1024).toFixed(0)} kB` : '–'} |`,
        );
    });

// bad input: a clear error, and from the CLI one line and exit code 2, no stack trace
await check('bad input', async () => {
  for (const [markup, message] of [
    ['<plan-bogus></plan-bogus>', /unknown element <plan-bogus>/],
    ['<plan-target onclick="alert(1)"></plan-target>', /no attribute "onclick"/],
    ['<plan-target figure="&lt;b&gt;"></plan-target>', /contains markup/],
    ['<plan-target figure="nope"></plan-target>', /cannot be drawn/],
    ['<plan-document></plan-document>', /whole plan/],
    ['<p>x</p><plan-target figure="gdp-2025"></plan-target>', /exactly one element/],
  ] as const)
    await assert.rejects(
      renderImage(markup, { png: false }),
      (e: unknown) => e instanceof ImageInputError && message.test(e.message),
      markup,
    );
  const dir = mkdtempSync(join(tmpdir(), 'plan-image-'));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/ssr/cli.ts', 'image', ...args], { encoding: 'utf8' });
  const ok = cli('<plan-target figure="gdp-2025"></plan-target>', '--out', join(dir, 'card.png'), '--preset', 'social');
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(
    [decodePng(readFileSync(join(dir, 'card.png'))).width, decodePng(readFileSync(join(dir, 'card.png'))).height],
    [1200, 630],
  );
  const svgOut = cli('<plan-timeline></plan-timeline>', '--out', join(dir, 't.svg'), '--lang', 'en');
  assert.equal(svgOut.status, 0, svgOut.stderr);
  assert.ok(readFileSync(join(dir, 't.svg'), 'utf8').startsWith('<svg'), 'CLI writes the SVG');
  for (const args of [
    ['<plan-bogus></plan-bogus>', '--out', join(dir, 'x.png')],
    ['<plan-target figure="gdp-2025"></plan-target>', '--out', join(dir, 'x.png'), '--font', '/nonexistent.ttf'],
    ['<plan-target figure="gdp-2025"></plan-target>', '--out', join(dir, 'x.png'), '--lang', 'fr'],
  ]) {
    const bad = cli(...args);
    assert.equal(bad.status, 2, `${args.join(' ')}: exit 2`);
    assert.match(bad.stderr, /^plan-widgets: /, 'one clear line');
    assert.ok(!/\n\s+at /.test(bad.stderr), `no stack trace: ${bad.stderr}`);
  }
  rmSync(dir, { recursive: true });
});

console.log(table.join('\n'));
if (rows.length) console.log(rows.join('\n'));
if (failures.length) {
  console.error(`image: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('image: PNG and SVG of every element in every locale, presets, fonts and bad input checked');
