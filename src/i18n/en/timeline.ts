import type { TimelineStrings } from '../sections/timeline.js';

/** English strings of <plan-timeline>. */
export const en: TimelineStrings = {
  stagesLabel: 'Development stages',
  goalsHeading: 'Main goals',
  outcomesHeading: 'Main achievements',
  figuresHeading: 'Key figures',
  estimate: 'Estimate',
  figureBase: (base) => `Base: ${base}`,
  selectedAnnouncement: (label, headline) => `Selected ${label}: ${headline}`,
  approximateNote: (label) => `${label} is placed only approximately`,
  copyLink: 'Copy link',
  copyLinkContext: (label) => ` (${label})`,
  linkCopied: 'Link copied',
  copyFailed: 'Copying failed; copy the link from the address bar.',
};
