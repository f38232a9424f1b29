// @ts-check
/**
 * A static server for site-dist/ (`npm run build:site`), used by test/site/site.node.ts and scripts/lighthouse.mjs:
 * 127.0.0.1 on a free port, GET only, no directory listings, `/` → index.html, every HTML page sent with the
 * site's Content-Security-Policy (no inline script or style, nothing from another origin), gzip when the client takes
 * it, and the caching a real host would give: content-hashed chunks (`cdn/chunks/`) for a year, immutable; the rest
 * (stable names: pages, entries, styles) revalidated after ten minutes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SITE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * @param {string} dir the folder to serve (site-dist/)
 * @param {{ csp?: string, port?: number }} [options]
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export function serveSite(dir, { csp = SITE_CSP, port = 0 } = {}) {
  const hashFile = join(dir, 'csp-hashes.json');
  /** @type {Record<string, string[]>} */
  const pageHashes = existsSync(hashFile) ? JSON.parse(readFileSync(hashFile, 'utf8')) : {};
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(dir + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      /** @type {Record<string, string>} */
      const headers = {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'cache-control': path.startsWith('/cdn/chunks/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
        vary: 'accept-encoding',
      };
      // a server-rendered page's inline styles, allowed by hash (scripts/build-site.mjs writes csp-hashes.json)
      const hashes = type.startsWith('text/html') ? (pageHashes[path.replace(/^\//, '') || 'index.html'] ?? []) : [];
      if (type.startsWith('text/html'))
        headers['content-security-policy'] = csp.replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));
      let body = readFileSync(file);
      const compressible = /^(?:text\/|application\/json|image\/svg)/.test(type);
      if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}
