/** Types of scripts/serve-site.mjs, for test/site/site.node.ts. */
export const SITE_CSP: string;
export function serveSite(dir: string, options?: { csp?: string; port?: number }): Promise<{ origin: string; close(): Promise<void> }>;
