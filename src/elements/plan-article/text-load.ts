/**
 * How long <plan-article> waits for a chapter's text chunk, in milliseconds, before it shows its load-failed message
 * (the host's content stays in the slot), fires `plan-article-error` and lets `updateComplete` resolve. Text that
 * arrives later is still shown. Internal: one setting for the page, exported by no package entry (tests shorten it).
 */
export const textLoad = { timeout: 10000 };
