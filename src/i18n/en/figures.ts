import type { FiguresStrings } from '../sections/figures.js';

/** English strings of <plan-figures>. */
export const en: FiguresStrings = {
  label: 'The plan’s figures',
  colLabel: 'Indicator',
  colValue: 'Value',
  colYear: 'Year',
  colKind: 'Kind',
  colSource: 'Source',
  kindBaseline: 'Achieved',
  kindTarget: 'Target',
  noYear: 'Year not stated in the plan',
  estimate: ' (estimate)',
  filterKind: 'Kind',
  filterChapter: 'Chapter',
  filterYear: 'Year',
  all: 'All',
  chapterOption: (numeral, title) => `${numeral}. ${title}`,
  count: (shown, total) => `Showing ${shown} of ${total} figures`,
  empty: 'No figure matches these filters',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  downloads: 'Download the figures shown',
  chartHeading: 'Starting points and targets',
  chartNote:
    'Each row has its own scale, not starting at zero. An arrow marks a value the plan gives only as a lower bound (“more than”, “no less than”), a tilde an approximate value (“about”), a hollow dot an estimate.',
  dated: (year, value) => `${year}: ${value}`,
  chartRow: (label, from, to) => `${label}: starting point ${from}; target ${to}`,
};
