import type { CommonStrings } from '../sections/common.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English common strings (an unofficial translation: the plan's own text stays Chinese where it is quoted). */
export const en: CommonStrings = {
  unavailable: 'This content cannot be shown',
  articleNumber: (n) => `Article ${n}`,
  sourceArticle: (n) => `Article ${n} of the plan`,
  year: (year) => `${year}`,
  loading: 'Loading…',
  planShortName: 'Shenzhen’s 14th Five-Year Plan proposals',
  creditLabel: 'Source: ',
  creditAdopted: (y, m, d) => ` (adopted ${MONTHS[m - 1]} ${d}, ${y})`,
};
