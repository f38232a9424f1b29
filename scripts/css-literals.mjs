/**
 * Build-time minification of the CSS inside Lit `css` tagged templates (the JS minifier leaves template text
 * alone). Used by `vite build` (vite.config.ts) so that dist/ ships minified styles, and by size-limit
 * (.size-limit.mjs) so that the budgets measure what ships. Tests and the dev server use the source as written.
 *
 * Interpolations (`${LIGHT}`) must stand where a declaration may stand; each is swapped for a placeholder
 * custom property, the CSS is minified by esbuild, and the interpolation is put back. A literal without `{`
 * is a list of declarations (a token set) and is minified inside a temporary rule. Anything unexpected
 * (an escape in the template, a placeholder lost or duplicated) fails the build rather than ship broken CSS.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

// `css` as a tag, not the end of a word or a file name (`plan-article-1a2b3c4d.css` in a comment, `${name}.css` in a
// template): `\b` alone matched after the `.`, and minified the code between two such backticks as CSS
const LITERAL = /(?<![\w$.])css`([^`]*)`/g;
const INTERPOLATION = /\$\{([^{}`]*)\}/g;
const slot = (i) => `--css-literal-slot-${i}:0`;

/** Minifies one template body (the text between the backticks). */
export async function minifyCssBody(body, where = 'css literal') {
  if (body.includes('\\')) throw new Error(`${where}: escapes in css\`\` are not supported by the CSS minifier`);
  const expressions = [];
  const text = body.replace(INTERPOLATION, (_, e) => `${slot(expressions.push(e) - 1)};`);
  const declarations = !text.includes('{');
  const { code } = await transform(declarations ? `:root{${text}}` : text, { loader: 'css', minify: true });
  let out = code.trim();
  if (declarations) out = out.slice(out.indexOf('{') + 1, out.lastIndexOf('}'));
  expressions.forEach((e, i) => {
    // exactly once, and where a declaration stands: inside a block, after `{` or `;`, before `;` or `}`
    const parts = out.split(new RegExp(`${slot(i)}(?![0-9])`));
    const ok = parts.length === 2 && /[{;]$/.test(parts[0]) && /^[;}]/.test(parts[1]);
    if (!ok) throw new Error(`${where}: interpolation \${${e}} was not preserved as a declaration by the CSS minifier`);
    out = parts.join(`\${${e}}`);
  });
  return out;
}

/** Returns the source with every css`` template body minified (unchanged when there is none). */
export async function minifyCssLiterals(source, where = 'module') {
  if (!source.includes('css`')) return source;
  let result = '';
  let last = 0;
  for (const m of source.matchAll(LITERAL)) {
    result += source.slice(last, m.index) + 'css`' + (await minifyCssBody(m[1], where)) + '`';
    last = m.index + m[0].length;
  }
  return result + source.slice(last);
}

/** esbuild plugin (size-limit): minifies css`` in the project's TypeScript sources. */
export function esbuildCssLiterals() {
  return {
    name: 'css-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        return { contents: await minifyCssLiterals(await readFile(path, 'utf8'), path), loader: 'ts' };
      });
    },
  };
}

/** Vite plugin (vite build): minifies css`` in the project's TypeScript sources. */
export function viteCssLiterals() {
  return {
    name: 'css-literals',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: await minifyCssLiterals(code, id), map: null };
    },
  };
}
