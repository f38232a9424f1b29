import type { OutlineStrings } from '../sections/outline.js';

/** English strings of <plan-outline>. */
export const en: OutlineStrings = {
  label: 'Contents',
  chapterHeading: (numeral, title) => `Chapter ${numeral}: ${title}`,
  leadSeparator: ': ',
};
