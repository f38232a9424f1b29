import type { ArticleStrings } from '../sections/article.js';
import { meta as original } from '../../generated/meta.js';

/** English strings of <plan-article>. */
export const en: ArticleStrings = {
  chapterHeading: (numeral, title) => `Chapter ${numeral}: ${title}`,
  range: (min, max) => `${min}–${max}`,
  expand: 'Show full text',
  collapse: 'Show less',
  ellipsis: '…',
  actions: 'Link and citation',
  copyLink: 'Copy link',
  copyLinkContext: (n) => ` (${n})`,
  cite: 'Cite',
  citeStyleGb: ' (GB/T 7714-2015 style)',
  citeStylePlain: ' (plain text)',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  linkCopied: 'Link copied',
  citationCopied: 'Citation copied',
  copyFailedAnnouncement: 'Copying failed. Please copy the text below by hand.',
  loadFailed: 'The article could not be loaded. Please try again later.',
  translationNote: 'Unofficial translation. The Chinese original is authoritative.',
  showOriginal: 'Show the Chinese original',
  // Names the Chinese original (from the zh-Hans dataset, whatever title the element passes) and says the translation
  // is unofficial.
  plainCitation: ({ title, adoption, article, url, accessed }) =>
    `${title} (${adoption}), ${article}. ` +
    (title === original.title
      ? 'Unofficial English translation. '
      : `Unofficial English translation of the Chinese original, ${original.title}. `) +
    `Accessed ${accessed}. Source: ${url}`,
};
