/**
 * Pure helpers of `<plan-figures>`: reading the filter attributes, filtering and sorting the registry's figures.
 * No DOM, no Lit.
 */
import { getArticleRef, toChapterNumber } from '../../data/article-index.js';
import type { Figure, FigureKind } from '../../data/types.js';

export const KINDS = ['baseline', 'target'] as const;
export const COLUMNS = ['label', 'value', 'year', 'kind', 'article'] as const;
export type FiguresColumn = (typeof COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface FiguresFilter {
  readonly kind?: FigureKind;
  readonly chapter?: number;
  /** A year, or null for "year not stated" (`year="none"`). */
  readonly year?: number | null;
}

/** One unusable filter attribute: its name, the value given and the valid values (for the console). */
export interface InvalidFilter {
  readonly attribute: 'kind' | 'chapter' | 'year';
  readonly value: string;
  readonly valid: readonly string[];
}

/** The years the registry states, ascending (2020, 2025, 2035). */
export function yearsOf(figures: readonly Figure[]): number[] {
  return [...new Set(figures.map((f) => f.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

const blank = (v: string | null | undefined): v is null | undefined | '' => v == null || v.trim() === '';

/**
 * The filter the attributes ask for. An absent or empty attribute filters nothing; an unusable one (unknown kind,
 * chapter outside 1…15, a year the plan does not state, garbage or markup) filters nothing either and is reported
 * in `invalid`, for the element's console warning.
 */
export function parseFilter(
  attrs: { kind?: string | null; chapter?: string | null; year?: string | null },
  figures: readonly Figure[],
): { filter: FiguresFilter; invalid: InvalidFilter[] } {
  const invalid: InvalidFilter[] = [];
  const filter: { kind?: FigureKind; chapter?: number; year?: number | null } = {};
  const { kind, chapter, year } = attrs;
  if (!blank(kind)) {
    const k = kind.trim();
    if ((KINDS as readonly string[]).includes(k)) filter.kind = k as FigureKind;
    else invalid.push({ attribute: 'kind', value: kind, valid: KINDS });
  }
  if (!blank(chapter)) {
    const c = toChapterNumber(chapter.trim());
    if (c !== undefined) filter.chapter = c;
    else invalid.push({ attribute: 'chapter', value: chapter, valid: ['1 … 15'] });
  }
  if (!blank(year)) {
    const years = yearsOf(figures);
    const y = year.trim();
    if (y === 'none') filter.year = null;
    else if (/^\d{4}$/.test(y) && years.includes(Number(y))) filter.year = Number(y);
    else invalid.push({ attribute: 'year', value: year, valid: [...years.map(String), 'none'] });
  }
  return { filter, invalid };
}

/** The chapter of a figure's article. */
export const chapterOf = (f: Figure): number | undefined => getArticleRef(f.article)?.chapter;

/** Figures matching every criterion of the filter, in registry (reading) order. */
export function filterFigures(figures: readonly Figure[], filter: FiguresFilter): Figure[] {
  return figures.filter(
    (f) =>
      (filter.kind === undefined || f.kind === filter.kind) &&
      (filter.chapter === undefined || chapterOf(f) === filter.chapter) &&
      (filter.year === undefined || f.year === filter.year),
  );
}

/** A short ASCII description of the filter for file names: `all`, `target-chapter-2-year-2025`, `year-none`. */
export function filterSlug(filter: FiguresFilter): string {
  const parts: string[] = [];
  if (filter.kind) parts.push(filter.kind);
  if (filter.chapter !== undefined) parts.push(`chapter-${filter.chapter}`);
  if (filter.year !== undefined) parts.push(`year-${filter.year ?? 'none'}`);
  return parts.length ? parts.join('-') : 'all';
}

/**
 * Sorts rows by a column. `value`, `year` and `article` compare numbers (figure value, year, article number; a year
 * the plan does not state sorts after every year in both directions), `label` and `kind` compare the shown text
 * with the locale's collation. Ties keep registry order. Returns a new array.
 */
export function sortRows<R extends { readonly figure: Figure; readonly index: number; readonly label: string; readonly kind: string }>(
  rows: readonly R[],
  column: FiguresColumn | undefined,
  direction: SortDirection,
  lang: string,
): R[] {
  const out = [...rows];
  if (!column) return out;
  const sign = direction === 'descending' ? -1 : 1;
  const collator = new Intl.Collator(lang);
  const compare = (a: R, b: R): number => {
    switch (column) {
      case 'value':
        return sign * (a.figure.value - b.figure.value);
      case 'year': {
        const ya = a.figure.year;
        const yb = b.figure.year;
        if (ya === null || yb === null) return ya === yb ? 0 : ya === null ? 1 : -1;
        return sign * (ya - yb);
      }
      case 'article':
        return sign * (a.figure.article - b.figure.article);
      default:
        return sign * collator.compare(a[column], b[column]);
    }
  };
  return out.sort((a, b) => compare(a, b) || a.index - b.index);
}

/**
 * Which end of a from → to phrase a figure is, when another figure of the same measure states the other end in the
 * same phrase under the same label (高校数量从9所增至15所: universities-before is the start, universities the end): the
 * one whose value + unit the phrase writes first is the start. Undefined for every other figure.
 */
export function phraseEnd(f: Figure, all: readonly Figure[]): 'start' | 'end' | undefined {
  const twins = all.filter((o) => o.measure === f.measure && o.phrase === f.phrase && o.label === f.label && o.base === f.base);
  if (twins.length < 2) return undefined;
  const at = (o: Figure) => o.phrase.indexOf(o.valueText + o.unit);
  return twins.every((o) => o === f || at(f) < at(o)) ? 'start' : 'end';
}

/** The strings rowLabel appends (FiguresStrings), and how the locale writes a year (common.year). */
export interface LabelStrings {
  readonly labelBase: (base: string) => string;
  readonly labelStart: string;
  readonly labelEnd: string;
  readonly labelYear: (year: string) => string;
  readonly year: (year: number) => string;
}

/**
 * A row's label, naming its own quantity: the figure's label in the locale (`local`), then the base of a multiple or
 * a share (建设筹集公共住房（以“十二五”时期为基数）, 2.4倍), or which end of a from → to phrase it is (高校数量（起点）, 9所),
 * and where the registry has the same label for another year, the year (…比重（2020年）, …比重（2025年）). Unique
 * across the registry in every locale (test/registry.test.ts): the table's row headers and the CSV's first column.
 */
export function rowLabel(f: Figure, local: Pick<Figure, 'label' | 'base'>, all: readonly Figure[], t: LabelStrings): string {
  const end = (o: Figure) => phraseEnd(o, all);
  const same = (o: Figure) => o.label === f.label && o.base === f.base && end(o) === end(f);
  const e = end(f);
  return (
    local.label +
    (local.base ? t.labelBase(local.base) : '') +
    (e ? (e === 'start' ? t.labelStart : t.labelEnd) : '') +
    (f.year !== null && all.some((o) => o !== f && same(o)) ? t.labelYear(t.year(f.year)) : '')
  );
}
