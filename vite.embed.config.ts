import { defineConfig, type UserConfig } from 'vite';

// `npm run build:embed` (run by `npm run build` after the CDN build): the iframe embed, dist/embed/, in two passes of
// this config (a Vite library build has one output format):
// - default mode: the embed page, index.html + embed.css (copied from src/embed/static/) and embed-page.js (an ES
//   module, src/embed/page.ts) that loads the element's file from ../cdn/ at run time (the CDN build, not bundled);
// - `--mode host`: embed.js (src/embed/host.ts), the host page's resizer, one classic script (IIFE), no imports.
// Both are minified plain ASCII, like dist/cdn/.

const output = { minify: true, comments: { annotation: false }, charset: 'ascii' } as const;

export default defineConfig(({ mode }): UserConfig => {
  const host = mode === 'host';
  return {
    publicDir: host ? false : 'src/embed/static',
    build: {
      target: 'es2022',
      outDir: 'dist/embed',
      // the page pass starts from an empty folder; the host pass adds embed.js beside it
      emptyOutDir: !host,
      sourcemap: false,
      lib: host
        ? { entry: 'src/embed/host.ts', formats: ['iife'], name: 'planWidgetsEmbed', fileName: () => 'embed.js' }
        : { entry: { 'embed-page': 'src/embed/page.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
      rolldownOptions: { output },
    },
  };
});
