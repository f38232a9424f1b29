import type { SearchStrings } from '../sections/search.js';

/** English strings of <plan-search>. */
export const en: SearchStrings = {
  label: 'Search the plan',
  inputLabel: 'Search the full text of the plan',
  placeholder: 'Enter keywords',
  resultsLabel: 'Search results',
  resultCount: (shown, total) => `${total} ${total === 1 ? 'result' : 'results'}${shown < total ? `, showing the first ${shown}` : ''}`,
  noResults: (query) => `No articles match “${query}”`,
  loading: 'Loading the full text of the plan…',
  failed: 'The full text could not be loaded; please try again later',
  hint: 'After typing, use the up and down arrow keys to choose a result, Enter to open it, Escape to close the list',
  emptyQuery: 'Type a word or phrase to search for',
  showAll: (total) => `Show all ${total} results`,
  chapterLabel: (numeral) => `Chapter ${numeral}`,
  preamble: 'Preamble',
  closing: 'Closing',
};
