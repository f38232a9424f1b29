// @ts-check
/**
 * A static server for site-dist/ (`npm run build:site`), used by test/site/site.node.ts and scripts/lighthouse.mjs:
 * 127.0.0.1 on a free port, GET only, no directory listings, `/` → index.html, every HTML page sent with the
 * site's Content-Security-Policy (no inline script or style, nothing from another origin), gzip when the client takes
 * it, and the caching a real host would give: content-hashed chunks (`cdn/chunks/`) for a year, immutable; the rest
 * (stable names: pages, entries, styles) revalidated after ten minutes.
 *
 * `GET /image.png` and `/image.svg` (issue #18, the configurator's download buttons): the element drawn by the
 * package's own renderImage (dist/ssr/, as `npx shenzhen-plan-widgets image` does), from the same query as the iframe
 * embed (`el=plan-target&figure=gdp-2025`, every other parameter an attribute) plus `image-preset=wechat|social`. A
 * static host has no such route: the configurator then offers only the command. Bad input: 400 with the reason.
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
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const image = /^\/image\.(png|svg)$/.exec(path);
    if (image && (req.method === 'GET' || req.method === 'HEAD')) {
      void sendImage(url.searchParams, image[1] === 'svg', req.method === 'HEAD', res);
      return;
    }
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

const IMAGE_TYPES = { png: 'image/png', svg: 'image/svg+xml' };

/**
 * @param {URLSearchParams} query
 * @param {boolean} svg
 * @param {boolean} head
 * @param {import('node:http').ServerResponse} res
 */
async function sendImage(query, svg, head, res) {
  const type = svg ? IMAGE_TYPES.svg : IMAGE_TYPES.png;
  if (head) {
    res.writeHead(200, { 'content-type': type, 'content-length': '0', 'cache-control': 'no-store' }).end();
    return;
  }
  const tag = query.get('el') ?? '';
  const preset = query.get('image-preset') || undefined;
  /** @type {Record<string, string>} */
  const attributes = {};
  for (const [name, value] of query) if (name !== 'el' && name !== 'image-preset') attributes[name] = value;
  try {
    const { renderImage } = await import('../dist/ssr/index.js');
    const result = await renderImage({ tag, attributes }, { preset: /** @type {any} */ (preset), png: !svg });
    const body = svg ? Buffer.from(result.svg) : Buffer.from(/** @type {Uint8Array} */ (result.png));
    res
      .writeHead(200, {
        'content-type': type,
        'content-disposition': `attachment; filename="${tag}.${svg ? 'svg' : 'png'}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .end(body);
  } catch (error) {
    const bad = error instanceof Error && /ImageInputError|FontError/.test(error.name);
    res
      .writeHead(bad ? 400 : 500, { 'content-type': 'text/plain; charset=utf-8' })
      .end(bad ? error.message : 'the image could not be drawn');
    if (!bad) console.error('serve-site: image', error);
  }
}
