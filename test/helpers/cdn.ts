/**
 * The CDN build for the Node checks that need real CDN files (test/cdn/cdn.node.ts, test/ssr/ssr.node.ts): a build
 * with vite.cdn.config.ts into a folder of the caller's, and each built file's static import closure read from the
 * files themselves (not from the build metadata that the build's own graph — plan-widgets.js's and graph.json — is
 * written from).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild, parseAst, type Rolldown } from 'vite';

/** `vite build -c vite.cdn.config.ts` into `outDir` (the repo's dist/ is not touched): the build's output files. Run from
 * the repository's root (the config finds src/define relative to the working directory). */
export async function buildCdn(root: string, outDir: string): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const result = await viteBuild({
    configFile: join(root, 'vite.cdn.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rolldown.RolldownOutput).output);
}

/** A built file and everything it imports statically, read from the files on disk (the import declarations and
 * `export … from` of each, parsed): what the browser has to fetch once it imports the file. */
export function closure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const node of parseAst(readFileSync(join(dir, file), 'utf8')).body) {
    if (
      (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') &&
      node.source
    )
      closure(dir, new URL(String(node.source.value), `http://x/${file}`).pathname.slice(1), seen);
  }
  return seen;
}
