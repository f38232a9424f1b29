/**
 * Builds the link to a source article. Default `#article-N` (the permalink id that <plan-article> gives itself);
 * a host template such as `/plan/article-{n}` or `https://example.gov.cn/plan#a{n}` replaces `{n}`.
 * Templates that would yield a script URL (javascript:, data:, vbscript:) or another scheme than http(s) are
 * refused: the caller falls back to the default and warns.
 */
export const DEFAULT_ARTICLE_HREF = '#article-{n}';

export function isSafeHrefTemplate(template: string): boolean {
  if (!template.includes('{n}')) return false;
  const probe = template.replace(/\{n\}/g, '1').trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s"'<>`]/.test(probe)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(probe);
  return !scheme || /^https?$/i.test(scheme[1]);
}

export function articleHref(template: string | null | undefined, n: number): string {
  const t = template && isSafeHrefTemplate(template) ? template : DEFAULT_ARTICLE_HREF;
  return t.replace(/\{n\}/g, String(n));
}
