import type { DocumentStrings } from '../sections/document.js';

/** English strings of <plan-document>. */
export const en: DocumentStrings = {
  label: 'The full text of the plan (unofficial translation)',
  contents: 'Contents',
  adoption: (text) => `(${text})`,
};
