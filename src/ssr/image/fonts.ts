/**
 * Fonts for the image export: the image must show real glyphs of the widget's locale, never tofu, so it needs a
 * CJK font from the machine (or the one named with `--font` / `renderImage`'s `font`), plus a Latin font for digits
 * and English when the CJK font has none (Droid Sans Fallback has no Latin letters or digits).
 */
import { FontError } from './errors.js';
export { FontError };
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import type { LocaleCode } from '../../i18n/types.js';

/** A font as satori takes it: the family name the image's CSS uses and the file's bytes (TTF or OTF). */
export interface LoadedFont {
  name: string;
  path: string;
  data: Buffer;
  weight: 400 | 700;
}

const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
  '/System/Library/Fonts',
  '/Library/Fonts',
  join(homedir(), 'Library/Fonts'),
  'C:\\Windows\\Fonts',
];

/** CJK fonts in order of preference (file names, case-insensitive); the first found is used. */
const CJK_FILES = [
  /^NotoSansCJK-Regular\.ttc$/i,
  /^NotoSansCJK(sc|tc|hk)?-Regular\.otf$/i,
  /^NotoSans(SC|TC|HK)-Regular\.(otf|ttf)$/i,
  /^SourceHanSans(-Regular)?\.ttc$/i,
  /^SourceHanSans(SC|TC|HK|CN|TW)?-Regular\.otf$/i,
  /^PingFang\.ttc$/i,
  /^msyh\.tt[cf]$/i,
  /^msjh\.tt[cf]$/i,
  /^wqy-(microhei|zenhei)\.tt[cf]$/i,
  /^DroidSansFallbackFull\.ttf$/i,
  /^DroidSansFallback\.ttf$/i,
];
const LATIN_FILES: [RegExp, 400 | 700][] = [
  [/^DejaVuSans\.ttf$/i, 400],
  [/^DejaVuSans-Bold\.ttf$/i, 700],
  [/^LiberationSans-Regular\.ttf$/i, 400],
  [/^LiberationSans-Bold\.ttf$/i, 700],
  [/^NotoSans-Regular\.ttf$/i, 400],
  [/^NotoSans-Bold\.ttf$/i, 700],
  [/^Arial\.ttf$/i, 400],
  [/^Arial Bold\.ttf$/i, 700],
];

function walk(dir: string, depth: number, out: string[]): void {
  if (depth > 4) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) walk(path, depth + 1, out);
      else if (/\.(ttf|otf|ttc)$/i.test(name)) out.push(path);
    } catch {
      // unreadable entry: skip
    }
  }
}

let files: string[] | undefined;
/** Every font file in the usual directories and fontconfig's list (when `fc-list` exists). */
function fontFiles(): string[] {
  if (files) return files;
  const found: string[] = [];
  for (const dir of FONT_DIRS) walk(dir, 0, found);
  try {
    const listed = execFileSync('fc-list', ['--format', '%{file}\n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    found.push(...listed.split('\n').filter((f) => /\.(ttf|otf|ttc)$/i.test(f)));
  } catch {
    // no fontconfig: the directories above are all
  }
  files = [...new Set(found)];
  return files;
}

/** The face of a TrueType/OpenType collection (`.ttc`) for a locale, as a standalone font file (satori reads no TTC). */
export function fontFromCollection(data: Buffer, locale: LocaleCode): Buffer {
  if (data.toString('latin1', 0, 4) !== 'ttcf') return data;
  const count = data.readUInt32BE(8);
  const offsets = Array.from({ length: count }, (_, i) => data.readUInt32BE(12 + 4 * i));
  const want = locale === 'zh-Hant-HK' ? /\bHK\b|HC\b/ : locale === 'zh-Hant-TW' ? /\bTC\b|TW\b/ : /\bSC\b|CN\b|GB\b/;
  const names = offsets.map((o) => faceName(data, o));
  const index = Math.max(
    0,
    names.findIndex((n) => want.test(n)),
  );
  return extractFace(data, offsets[index]);
}

/** The family name of a font file (its first face), as resvg matches `font-family`. */
export function fontFamilyName(data: Buffer): string {
  return faceName(data, data.toString('latin1', 0, 4) === 'ttcf' ? data.readUInt32BE(12) : 0, [1]);
}

/** Family (and full) names of the face whose table directory is at `offset` (name table, Windows UTF-16 records). */
function faceName(data: Buffer, offset: number, ids: readonly number[] = [1, 4]): string {
  const tables = data.readUInt16BE(offset + 4);
  for (let t = 0; t < tables; t++) {
    const rec = offset + 12 + 16 * t;
    if (data.toString('latin1', rec, rec + 4) !== 'name') continue;
    const at = data.readUInt32BE(rec + 8);
    const n = data.readUInt16BE(at + 2);
    const strings = at + data.readUInt16BE(at + 4);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = at + 6 + 12 * i;
      const [platform, , , nameId, length, off] = [0, 2, 4, 6, 8, 10].map((k) => data.readUInt16BE(r + k));
      if (platform !== 3 || !ids.includes(nameId)) continue;
      const bytes = Buffer.from(data.subarray(strings + off, strings + off + length));
      out.push(bytes.swap16().toString('utf16le'));
    }
    return ids.length === 1 ? (out[0] ?? '') : out.join(' ');
  }
  return '';
}

/** A standalone sfnt of one face of a collection: its table directory and tables, offsets rewritten. */
function extractFace(data: Buffer, offset: number): Buffer {
  const tables = data.readUInt16BE(offset + 4);
  const headerSize = 12 + 16 * tables;
  const records = Array.from({ length: tables }, (_, t) => {
    const rec = offset + 12 + 16 * t;
    return { rec, at: data.readUInt32BE(rec + 8), length: data.readUInt32BE(rec + 12) };
  });
  const size = headerSize + records.reduce((n, r) => n + ((r.length + 3) & ~3), 0);
  const out = Buffer.alloc(size);
  data.copy(out, 0, offset, offset + headerSize);
  let cursor = headerSize;
  records.forEach((r, t) => {
    data.copy(out, cursor, r.at, r.at + r.length);
    out.writeUInt32BE(cursor, 12 + 16 * t + 8);
    cursor += (r.length + 3) & ~3;
  });
  return out;
}

function load(path: string, name: string, weight: 400 | 700, locale: LocaleCode): LoadedFont {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    throw new FontError(`cannot read the font ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const magic = data.toString('latin1', 0, 4);
  if (!['ttcf', 'OTTO', 'true', '\0\u0001\0\0'].includes(magic))
    throw new FontError(`${path} is not a TrueType or OpenType font (.ttf, .otf or .ttc); pass another with --font`);
  return { name, path, data: fontFromCollection(data, locale), weight };
}

/** The family names the image's CSS uses for the fonts below. */
export const CJK_FAMILY = 'plan-image-cjk';
export const LATIN_FAMILY = 'plan-image-latin';

/**
 * The fonts of an image: the CJK font (`explicit`, else the first of the machine's found in the list above) and,
 * beside it, a Latin font when one is found. Throws a FontError naming `--font` when there is no CJK font.
 */
export function findFonts(locale: LocaleCode, explicit?: string): { cjk: LoadedFont; latin: LoadedFont[] } {
  let cjkPath = explicit;
  if (cjkPath !== undefined && !existsSync(cjkPath)) throw new FontError(`the font ${cjkPath} does not exist`);
  const all = fontFiles();
  cjkPath ??= CJK_FILES.map((re) => all.find((f) => re.test(basename(f)))).find(Boolean);
  if (!cjkPath)
    throw new FontError(
      'no Chinese (CJK) font found on this machine (looked for Noto Sans CJK, Source Han Sans, PingFang, Microsoft YaHei, ' +
        `WenQuanYi and Droid Sans Fallback in ${FONT_DIRS.join(', ')} and fontconfig's list). ` +
        'Install one (Debian: apt-get install fonts-noto-cjk) or name a .ttf/.otf/.ttc file with --font path/to/font.',
    );
  const cjk = load(cjkPath, CJK_FAMILY, 400, locale);
  const latin: LoadedFont[] = [];
  for (const weight of [400, 700] as const) {
    const path = LATIN_FILES.filter(([, w]) => w === weight)
      .map(([re]) => all.find((f) => re.test(basename(f))))
      .find(Boolean);
    if (path) latin.push(load(path, LATIN_FAMILY, weight, locale));
  }
  return { cjk, latin };
}
