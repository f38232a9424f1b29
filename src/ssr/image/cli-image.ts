/**
 * `plan-widgets image '<plan-target figure="gdp-2025"></plan-target>' --out card.png`: the CLI's image command
 * (src/ssr/cli.ts), over renderImage. Bad input prints one line saying why, and exits 2 (no stack trace).
 */
import { writeFileSync } from 'node:fs';
import { FontError } from './fonts.js';
import { ImageInputError, renderImage, type ImageOptions } from './render-image.js';

export const IMAGE_USAGE = `Usage: plan-widgets image '<plan-target figure="gdp-2025"></plan-target>' --out <file.png | file.svg>
         [--width 800] [--lang zh-Hans|zh-Hant-HK|zh-Hant-TW|en] [--theme light|dark] [--scale 2]
         [--preset social|wechat] [--font path/to/font.ttf|otf|ttc]

Draws one element as a PNG or an SVG (by the extension of --out), for WeChat, apps, RSS and newsletters.
  --preset social  a 1200×630 card (600×315 px at scale 2); wechat: 677 px wide, as long as the content
  --font           the CJK font to use (default: the first found of Noto Sans CJK, Source Han Sans, PingFang,
                   Microsoft YaHei, WenQuanYi, Droid Sans Fallback)`;

const VALUE_OPTIONS = ['--out', '--width', '--lang', '--theme', '--scale', '--preset', '--font'];

export async function runImage(args: string[]): Promise<number> {
  const [markup, ...rest] = args;
  const values: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    if (VALUE_OPTIONS.includes(rest[i]) && rest[i + 1] !== undefined) values[rest[i]] = rest[++i];
    else {
      console.error(`plan-widgets: unknown option ${rest[i]}\n\n${IMAGE_USAGE}`);
      return 2;
    }
  }
  const out = values['--out'];
  if (!markup || !out || !/\.(png|svg)$/i.test(out)) {
    console.error(`plan-widgets: give the element's markup and --out file.png or file.svg\n\n${IMAGE_USAGE}`);
    return 2;
  }
  const number = (name: string) => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isFinite(n)) throw new ImageInputError(`${name} ${values[name]}: not a number`);
    return n;
  };
  const svgOut = /\.svg$/i.test(out);
  try {
    const options: ImageOptions = {
      width: number('--width'),
      scale: number('--scale'),
      lang: values['--lang'] as ImageOptions['lang'],
      theme: values['--theme'] as ImageOptions['theme'],
      preset: values['--preset'] as ImageOptions['preset'],
      font: values['--font'],
      png: !svgOut,
    };
    const started = performance.now();
    const image = await renderImage(markup, options);
    const data = svgOut ? image.svg : image.png!;
    writeFileSync(out, data);
    const ms = Math.round(performance.now() - started);
    console.error(
      `plan-widgets: wrote ${out} (${image.width}×${image.height}, ${Math.round(data.length / 1024)} kB, ${ms} ms, font ${image.fonts[0]}).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ImageInputError || error instanceof FontError) {
      console.error(`plan-widgets: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
