/**
 * Static image export (PNG and SVG) of any `plan-*` element, in Node, without a browser: for WeChat official
 * accounts, apps, RSS and newsletters, where scripts and iframes are not allowed.
 *
 * The pipeline starts from the server renderer's output (renderElement, src/ssr/index.ts): the element's shadow
 * root as a reader's browser gets it — its text in the locale, its `<style>`s, the charts' SVG drawn by the same
 * Lit `svg` templates (timeline-chart.ts, figures-chart.ts). satori lays that HTML out with the element's own
 * stylesheets (`:host` mapped to a wrapper, `light-dark()` resolved to the theme's value of the tokens in
 * src/styles/tokens.ts) and writes the text as glyph outlines from the fonts found on the machine (fonts.ts). The
 * charts' `<svg>`s are measured in a first pass, then drawn at that size by resvg with the element's CSS resolved
 * (css.ts), their text turned into outlines too, and placed as images. resvg rasterises the result to PNG.
 */
import { parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { TAGS } from '../tags.js';
import { preloadText, renderElement } from '../render.js';
import { ImageInputError, MAX_HEIGHT } from './errors.js';
export { ImageInputError, MAX_HEIGHT };
import { supportedLocales } from '../../i18n/locale.js';
import type { LocaleCode } from '../../i18n/types.js';
import { localePack } from '../../i18n/packs.js';
import { commonStrings } from '../../i18n/sections/common.js';
import { creditStyles, sourceCredit } from '../../internal/source-credit.js';
import { hostStyles } from '../../styles/tokens.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { isActionButton } from '../fallback.js';
import { hostless, svgStylesheet, tokenColours, type Theme } from './css.js';
import { CJK_FAMILY, findFonts, fontFamilyName, LATIN_FAMILY, type LoadedFont } from './fonts.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One element to draw: its tag and attributes, as in `<plan-target figure="gdp-2025">`. */
export interface ImageElement {
  tag: string;
  attributes?: Readonly<Record<string, string>>;
}

/** The image presets: `social` a 1200×630 card (600×315 CSS px at scale 2), `wechat` the 677 px article width. */
export type ImagePreset = 'social' | 'wechat';

export interface ImageOptions {
  /** Width of the image in CSS px (default 800; 677 with `wechat`; 600 with `social`). The height follows the content. */
  width?: number;
  /** Locale of the text (sets the element's `lang`); default the element's own `lang`, else zh-Hans. */
  lang?: LocaleCode;
  /** Colour scheme of the tokens (default the element's `theme`, else light). */
  theme?: Theme;
  /** Pixels per CSS px of the PNG, and the SVG's width/height over its viewBox (default 1; 2 with `social`). */
  scale?: number;
  /** `social`: 1200×630 card, content clipped with the source credit kept; `wechat`: 677 px wide. */
  preset?: ImagePreset;
  /** Path of a CJK font (.ttf, .otf or .ttc) instead of the one found on the machine. */
  font?: string;
  /** Also rasterise to PNG (default true). */
  png?: boolean;
}

export interface ImageResult {
  /** The image as SVG: text as glyph outlines (no font needed to view it), the plain text in `<title>`/`<desc>`. */
  svg: string;
  /** The PNG, unless `png: false`. */
  png?: Uint8Array;
  /** Size in pixels of the PNG (CSS px × scale), also the SVG's `width`/`height`. */
  width: number;
  height: number;
  /** The text the image shows, in reading order (the layer satori turns into outlines), e.g. for alt text. */
  text: string;
  /** Paths of the fonts used. */
  fonts: string[];
}

const HOST_CLASS = 'plan-image-host';
const PADDING = 16;

const GLOBAL_ATTRIBUTES = ['lang', 'theme'];

function observedAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { observedAttributes?: string[] } | undefined;
  const own: string[] = ctor?.observedAttributes ?? [];
  return [...new Set([...own, ...GLOBAL_ATTRIBUTES])].sort();
}

/** Validates the input (markup of one `plan-*` element, or tag and attributes) and returns its tag and attributes. */
export function parseImageInput(input: string | ImageElement): { tag: string; attributes: Record<string, string> } {
  let tag: string;
  let attributes: Record<string, string>;
  if (typeof input === 'string') {
    const nodes = parseFragment(input).childNodes.filter((n) => !(n.nodeName === '#text' && !('value' in n && n.value.trim())));
    const elements = nodes.filter((n): n is Element => 'tagName' in n);
    if (elements.length !== 1 || nodes.length !== 1)
      throw new ImageInputError(
        `give the markup of exactly one element, e.g. '<plan-target figure="gdp-2025"></plan-target>'; got: ${input.slice(0, 80)}`,
      );
    tag = elements[0].tagName;
    attributes = Object.fromEntries(elements[0].attrs.map((a) => [a.name, a.value]));
  } else {
    tag = String(input.tag).toLowerCase();
    attributes = { ...(input.attributes ?? {}) };
  }
  if (!TAGS.includes(tag)) throw new ImageInputError(`unknown element <${tag}>: one of ${TAGS.map((t) => `<${t}>`).join(', ')}`);
  if (tag === 'plan-document')
    throw new ImageInputError(
      '<plan-document> is the whole plan (15 chapters, 73 articles): as one image it would be far taller than the ' +
        `${MAX_HEIGHT} px an image may be here (WeChat and mail clients shrink or refuse longer images). ` +
        'Export its parts: <plan-outline>, <plan-article number="…">.',
    );
  const valid = observedAttributes(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (!valid.includes(name)) throw new ImageInputError(`<${tag}> has no attribute "${name}"; its attributes: ${valid.join(', ')}`);
    if (/[<>]/.test(value)) throw new ImageInputError(`the value of ${name}="…" contains markup (< or >): attribute values are plain text`);
  }
  return { tag, attributes };
}

interface SatoriElement {
  type: string;
  props: Record<string, unknown> & { children?: (SatoriElement | string)[] | string; style?: Record<string, string | number> };
}

interface Converted {
  node: SatoriElement;
  css: string[];
  svgs: Element[];
}

const isElement = (n: Node): n is Element => 'tagName' in n;

/** Converts the shadow root's nodes for satori; `<svg>`s become placeholders (`data-svg`) of their CSS size. */
function convert(nodes: readonly Node[], out: Converted): (SatoriElement | string)[] {
  const children: (SatoriElement | string)[] = [];
  for (const n of nodes) {
    if (n.nodeName === '#text' && 'value' in n) children.push(n.value);
    if (!isElement(n)) continue;
    if (n.tagName === 'style') {
      out.css.push(n.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
      continue;
    }
    if (n.tagName === 'script') continue;
    // a slot shows its fallback content (nothing is slotted in an image)
    if (n.tagName === 'slot' || n.tagName === 'template') {
      children.push(...convert(n.tagName === 'template' ? (n as DefaultTreeAdapterMap['template']).content.childNodes : n.childNodes, out));
      continue;
    }
    const props: SatoriElement['props'] = {};
    for (const a of n.attrs) props[a.name === 'class' ? 'className' : a.name] = a.value;
    if (typeof props.style === 'string') props.style = styleObject(props.style);
    if (n.tagName === 'svg') {
      const index = out.svgs.push(n) - 1;
      const attr = (name: string) => n.attrs.find((a) => a.name === name)?.value;
      const size = (v: string | undefined) => (v === undefined ? undefined : /^[\d.]+$/.test(v) ? Number(v) : v);
      const [, , vw, vh] = (attr('viewBox') ?? '').split(/[\s,]+/).map(Number);
      const style: Record<string, string | number> = {};
      const w = size(attr('width'));
      const h = size(attr('height'));
      if (w !== undefined) style.width = w;
      if (h !== undefined) style.height = h;
      if (typeof w === 'number' && vw && vh && attr('preserveAspectRatio') !== 'none') {
        style.maxWidth = '100%';
        style.aspectRatio = vw / vh;
        delete style.height;
      }
      out.node = { type: 'div', props: { ...props, 'data-svg': String(index), style } };
      children.push(out.node);
      continue;
    }
    props.children = convert(n.childNodes, out);
    children.push({ type: n.tagName, props });
  }
  return children;
}

/** A `style` attribute as satori's style object (`--custom` properties keep their name, others in camelCase). */
function styleObject(style: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (name && value) out[name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

/** The visible text of the shadow root, in order: paragraphs and list items on their own lines. */
function plainText(nodes: readonly Node[]): string {
  let text = '';
  for (const n of nodes) {
    if (n.nodeName === '#text' && 'value' in n) text += n.value;
    if (!isElement(n) || ['style', 'script', 'svg'].includes(n.tagName)) continue;
    if (n.attrs.some((a) => a.name === 'class' && /\bvisually-hidden\b/.test(a.value))) continue;
    if (isActionButton(n)) continue;
    const inner = plainText(n.tagName === 'template' ? (n as DefaultTreeAdapterMap['template']).content.childNodes : n.childNodes);
    text += /^(p|li|h\d|div|tr|dt|dd|blockquote|figcaption|caption)$/.test(n.tagName) ? `\n${inner}\n` : inner;
    if (n.tagName === 'input') text += n.attrs.find((a) => a.name === 'value')?.value ?? '';
  }
  return text;
}

/** CSS for what an image cannot do: controls that act (copy, download) are left out, tables laid out with flexbox. */
const IMAGE_CSS = `
.${HOST_CLASS} button[part~="button"], .${HOST_CLASS} button[data-format] { display: none !important; }
.${HOST_CLASS} button[part~="sort-button"] { border: 0; background: none; padding: 0; font: inherit; color: inherit; text-align: start; }
.${HOST_CLASS} table { display: flex; flex-direction: column; width: 100%; }
.${HOST_CLASS} thead, .${HOST_CLASS} tbody, .${HOST_CLASS} tfoot { display: flex; flex-direction: column; }
.${HOST_CLASS} tr { display: flex; }
.${HOST_CLASS} th, .${HOST_CLASS} td { display: block; flex: 1 1 0; min-width: 0; }
.${HOST_CLASS} caption { display: block; }
`;

const SATORI = 'satori';
const RESVG = '@resvg/resvg-js';
let satoriModule: Promise<typeof import('satori')> | undefined;
let resvgModule: Promise<typeof import('@resvg/resvg-js')> | undefined;

function dataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function replaceSvgs(
  node: SatoriElement | string,
  images: Map<string, { src: string; width: number; height: number }>,
): SatoriElement | string {
  if (typeof node === 'string') return node;
  const key = node.props['data-svg'];
  if (typeof key === 'string' && images.has(key)) {
    const img = images.get(key)!;
    const { style, ...rest } = node.props;
    return {
      type: 'img',
      props: { ...rest, src: img.src, width: img.width, height: img.height, style: { ...style, width: img.width, height: img.height } },
    };
  }
  const { children } = node.props;
  return Array.isArray(children) ? { ...node, props: { ...node.props, children: children.map((c) => replaceSvgs(c, images)) } } : node;
}

/**
 * Draws one element as a PNG and an SVG, in Node, from the server renderer's output.
 *
 * @param input the markup of one element, e.g. `'<plan-target figure="gdp-2025"></plan-target>'`, or `{ tag, attributes }`.
 *   The seven `plan-*` elements, with their own attributes (`no-credit` is ignored: the source credit line is always
 *   drawn); `<plan-document>` is refused (too long for one image).
 * @param options width, locale, theme, scale, preset, font (see ImageOptions).
 * @returns the SVG (text as outlines), the PNG, their pixel size and the text drawn.
 * @throws ImageInputError for input that cannot be drawn, FontError when no CJK font is found or `font` is unusable.
 *
 * @example
 * ```js
 * import { renderImage } from 'shenzhen-plan-widgets/ssr';
 * const { png, svg } = await renderImage('<plan-target figure="gdp-2025"></plan-target>', { preset: 'wechat', scale: 2 });
 * ```
 */
export async function renderImage(input: string | ImageElement, options: ImageOptions = {}): Promise<ImageResult> {
  const { tag, attributes } = parseImageInput(input);
  if (options.lang !== undefined && !supportedLocales().includes(options.lang))
    throw new ImageInputError(`unknown locale "${String(options.lang)}": one of ${supportedLocales().join(', ')}`);
  if (options.theme !== undefined && options.theme !== 'light' && options.theme !== 'dark')
    throw new ImageInputError(`unknown theme "${String(options.theme)}": light or dark`);
  if (options.preset !== undefined && options.preset !== 'social' && options.preset !== 'wechat')
    throw new ImageInputError(`unknown preset "${String(options.preset)}": social or wechat`);
  const social = options.preset === 'social';
  const width = options.width ?? (social ? 600 : options.preset === 'wechat' ? 677 : 800);
  const scale = options.scale ?? (social ? 2 : 1);
  if (!Number.isFinite(width) || width < 200 || width > 4000) throw new ImageInputError(`width ${width}: between 200 and 4000 px`);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) throw new ImageInputError(`scale ${scale}: more than 0, at most 8`);
  if (options.lang) attributes.lang = options.lang;
  if (options.theme) attributes.theme = options.theme;
  delete attributes['no-credit'];
  const theme: Theme = attributes.theme === 'dark' ? 'dark' : 'light';
  const locale = supportedLocales().find((l) => l === attributes.lang) ?? 'zh-Hans';

  const fonts = findFonts(locale, options.font);
  await preloadText();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  let shadow: string | undefined;
  try {
    shadow = renderElement(tag, attributes);
  } finally {
    console.warn = warn;
  }
  const shown = `<${tag}${Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')}>`;
  if (!shadow)
    throw new ImageInputError(
      `${shown} cannot be drawn: ${warnings.join(' ') || 'the element shows its problem notice for these attributes'}`,
    );

  const template = parseFragment(shadow).childNodes.find(isElement) as DefaultTreeAdapterMap['template'];
  const nodes = template.content.childNodes;
  const out: Converted = { node: { type: 'div', props: {} }, css: [], svgs: [] };
  const content = convert(nodes, out);
  let text = plainText(nodes);
  // an element without a credit line of its own (the outline) gets the one the others draw
  if (!/class="credit"/.test(shadow)) {
    const common = localePack(locale)?.ui.common ?? commonStrings.source;
    const credit = collectResultSync(render(sourceCredit(common))).replace(/<!--[\s\S]*?-->/g, '');
    const creditNodes = parseFragment(credit).childNodes;
    content.push(...convert(creditNodes, out));
    out.css.push(hostStyles.cssText, creditStyles.cssText);
    text += `\n${plainText(creditNodes)}`;
  }
  text = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const css = out.css.join('\n');
  const colours = tokenColours(theme);
  const cjkHasLatin = !/DroidSansFallback/i.test(fonts.cjk.path);
  const stack = fonts.latin.length ? (cjkHasLatin ? `${CJK_FAMILY}, ${LATIN_FAMILY}` : `${LATIN_FAMILY}, ${CJK_FAMILY}`) : CJK_FAMILY;
  const hostProps = { ...attributes, className: HOST_CLASS, lang: locale, style: { '--plan-font-family': stack, fontFamily: stack } };
  const satoriFonts = [...fonts.latin, fonts.cjk].map((f: LoadedFont) => ({
    name: f.name,
    data: f.data,
    weight: f.weight,
    style: 'normal' as const,
  }));

  const tree = (children: (SatoriElement | string)[], height?: number, footer?: SatoriElement | string): SatoriElement => ({
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        boxSizing: 'border-box',
        width,
        ...(height ? { height, overflow: 'hidden' } : {}),
        padding: PADDING,
        background: colours.surface,
        color: colours.text,
      },
      children: [
        { type: 'style', props: { children: [hostless(css, theme, HOST_CLASS), IMAGE_CSS].join('\n') } },
        {
          type: 'div',
          props: {
            ...hostProps,
            style: { ...hostProps.style, ...(height ? { flex: '1 1 auto', minHeight: 0, overflow: 'hidden' } : {}) },
            children,
          },
        },
        ...(footer
          ? [{ type: 'div', props: { ...hostProps, style: { ...hostProps.style, flex: 'none' }, children: [footer] } } as SatoriElement]
          : []),
      ],
    },
  });

  // optional peer dependencies (39 MB installed): only image exports need them, so the package does not install them
  const missing =
    (name: string) =>
    (error: unknown): never => {
      satoriModule = resvgModule = undefined;
      throw new ImageInputError(
        `image export needs ${name} (not installed with the package): npm install satori@0.63.2 @resvg/resvg-js@2.6.2 (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    };
  // specifiers in variables: bundlers of a consumer's server code (Turbopack, webpack) must not try to resolve these
  // optional peers when the app does not export images
  satoriModule ??= (import(/* @vite-ignore */ /* webpackIgnore: true */ SATORI) as Promise<typeof import('satori')>).catch(
    missing('satori'),
  );
  resvgModule ??= (import(/* @vite-ignore */ /* webpackIgnore: true */ RESVG) as Promise<typeof import('@resvg/resvg-js')>).catch(
    missing('@resvg/resvg-js'),
  );
  const [{ default: satori }, { Resvg }] = await Promise.all([satoriModule, resvgModule]);
  const styleErrors: string[] = [];
  const draw = (root: SatoriElement, height?: number, sizes?: Map<string, { width: number; height: number }>) =>
    satori(root as unknown as Parameters<typeof satori>[0], {
      width,
      ...(height ? { height } : {}),
      fonts: satoriFonts,
      onStyleError: (e) => styleErrors.push(e.message),
      onNodeDetected: sizes
        ? (n) => {
            const key = n.props['data-svg'] as string | undefined;
            if (typeof key === 'string') sizes.set(key, { width: n.width, height: n.height });
          }
        : undefined,
    });
  const sizeOf = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);

  // pass 1: the layout, with the charts' boxes measured
  const sizes = new Map<string, { width: number; height: number }>();
  const first = await draw(tree(content), undefined, sizes);
  const naturalHeight = sizeOf(first);
  if (naturalHeight > MAX_HEIGHT)
    throw new ImageInputError(
      `${shown} would be ${Math.round(naturalHeight)} px tall at ${width} px, over the ${MAX_HEIGHT} px an image may be`,
    );

  // the charts, drawn at their boxes' size with the element's CSS, text as outlines
  const fontFiles = [fonts.cjk.path, ...fonts.latin.map((f) => f.path)];
  const families = [...fonts.latin.map((f) => fontFamilyName(f.data)), fontFamilyName(fonts.cjk.data)].filter(Boolean);
  const svgCss = svgStylesheet(css, theme, 16);
  const images = new Map<string, { src: string; width: number; height: number }>();
  out.svgs.forEach((el, i) => {
    const box = sizes.get(String(i));
    if (!box || !box.width || !box.height) return;
    const attrs = el.attrs.filter((a) => !['width', 'height', 'class', 'style', 'aria-hidden', 'focusable', 'part'].includes(a.name));
    const cls = el.attrs.find((a) => a.name === 'class')?.value ?? '';
    const copy: Element = {
      ...el,
      attrs: [
        ...attrs,
        { name: 'xmlns', value: 'http://www.w3.org/2000/svg' },
        { name: 'width', value: String(box.width) },
        { name: 'height', value: String(box.height) },
        { name: 'class', value: cls },
        { name: 'font-family', value: families.join(', ') },
        // the timeline's chart text is 0.75em of the element's 16 px (`.axis svg`, an ancestor the copy lacks)
        { name: 'font-size', value: tag === 'plan-timeline' ? '12' : '16' },
      ],
    };
    const markup = serializeOuter(copy).replace(/<!--[\s\S]*?-->/g, '');
    // the element's stylesheet, resolved, first inside the root
    const wrapped = markup.replace(/^<svg([^>]*)>/, `<svg$1><style>${escapeXml(svgCss)}</style>`);
    const flat = new Resvg(wrapped, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: families[0] } }).toString();
    images.set(String(i), { src: dataUri(flat), width: box.width, height: box.height });
  });

  // pass 2: the final layout; `social` keeps its 315 px, the content clipped above the credit line if it is longer
  const final = replaceSvgs(tree(content), images) as SatoriElement;
  let body: string;
  let height: number;
  if (social) {
    height = 315;
    if (naturalHeight > height) {
      const main = final.props.children![1] as SatoriElement;
      const clipped = tree(
        (Array.isArray(main.props.children) ? main.props.children : []).map((c) => replaceSvgs(c, images)),
        height,
        {
          type: 'p',
          props: {
            className: 'credit',
            children: [
              text
                .split('\n')
                .filter((l) => l.includes(creditLabel(locale)))
                .pop() ?? '',
            ],
          },
        },
      );
      body = await draw(clipped, height);
    } else body = await draw(final, height);
  } else {
    body = await draw(final);
    height = sizeOf(body);
  }
  const [title, ...rest] = text.split('\n');
  const svg = body
    .replace(
      /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
      `<svg$1 width="${width * scale}" height="${Math.round(height * scale)}" role="img"`,
    )
    .replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(title ?? '')}</title><desc>${escapeXml(rest.join('\n'))}</desc>`);
  let png: Uint8Array | undefined;
  if (options.png !== false) {
    const raster = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(width * scale) },
      font: { fontFiles, loadSystemFonts: false },
    });
    png = raster.render().asPng();
  }
  return { svg, png, width: Math.round(width * scale), height: Math.round(height * scale), text, fonts: fontFiles };
}

function creditLabel(locale: LocaleCode): string {
  return (localePack(locale)?.ui.common ?? commonStrings.source).creditLabel;
}
