/** Types of scripts/build-site.mjs, for test/site/site.node.ts. */
export function renderPage(html: string, file: string): Promise<string>;
export function buildSite(): Promise<string[]>;
