/**
 * Pure builders of `<plan-figures>`' downloads: CSV (RFC 4180) and JSON of what the table shows. No DOM.
 */
import type { Figure } from '../../data/types.js';

/** Byte order mark: Excel opens a UTF-8 CSV as UTF-8 (Chinese text intact) only when the file starts with it. */
export const BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quotation mark, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file: BOM, the header row, then the rows; CRLF line ends (RFC 4180), one after the last record too. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** The figures as JSON, in the dataset's own Figure shape (the registry's zh-Hans fields), indented. */
export function toJson(figures: readonly Figure[]): string {
  return `${JSON.stringify(figures, null, 2)}\n`;
}

/** A download's file name: `shenzhen-plan-figures-<filter>.<ext>` (ASCII only). */
export function fileName(slug: string, ext: 'csv' | 'json'): string {
  return `shenzhen-plan-figures-${slug}.${ext}`;
}

const plain = /* @__PURE__ */ new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A number as a CSV field for machines: ASCII digits, "." for decimals, no grouping, no exponent, at most 15
 * significant digits (87.1 × 10000 is 871000, not 871000.0000000001). Not a finite number → '' (never throws).
 */
export function csvNumber(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? plain.format(value) : '';
}
