/**
 * The little CSS the image export needs to do itself (src/ssr/image/render-image.ts): satori applies the elements'
 * own stylesheets to their HTML, but it has no shadow DOM (`:host`) and no colour scheme, and resvg, which draws
 * the charts' SVG, knows neither `var()` nor `light-dark()`. Pure string functions, no DOM.
 */
import { hostStyles } from '../../styles/tokens.js';

export type Theme = 'light' | 'dark';

/** The index just after the `)` closing the parenthesis opened at `open` (the index of `(`). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Splits a function's argument list at its top-level commas. */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '(') depth++;
    else if (args[i] === ')') depth--;
    else if (args[i] === ',' && depth === 0) {
      out.push(args.slice(start, i));
      start = i + 1;
    }
  }
  out.push(args.slice(start));
  return out.map((a) => a.trim());
}

/** Replaces every `light-dark(light, dark)` with the value of the scheme asked for (nested ones too). */
export function resolveLightDark(css: string, theme: Theme): string {
  let out = css;
  for (let at = out.indexOf('light-dark('); at >= 0; at = out.indexOf('light-dark(')) {
    const open = at + 'light-dark'.length;
    const end = closing(out, open);
    const [light, dark = light] = splitArgs(out.slice(open + 1, end - 1));
    out = out.slice(0, at) + (theme === 'dark' ? dark : light) + out.slice(end);
  }
  return out;
}

/** Replaces every `var(--name, fallback)` with the property's value from `props` (resolved in turn) or the fallback. */
export function resolveVars(value: string, props: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) return value;
  let out = value;
  for (let at = out.indexOf('var('); at >= 0; at = out.indexOf('var(')) {
    const open = at + 3;
    const end = closing(out, open);
    const [name, ...rest] = splitArgs(out.slice(open + 1, end - 1));
    const own = props.get(name);
    const replacement =
      own !== undefined ? resolveVars(own, props, depth + 1) : rest.length ? resolveVars(rest.join(', '), props, depth + 1) : '';
    out = out.slice(0, at) + replacement + out.slice(end);
  }
  return out;
}

export interface Rule {
  selector: string;
  declarations: [property: string, value: string][];
}

/** The style rules outside any at-rule (`@media`, `@container`, `@supports` … are skipped with their blocks). */
export function topLevelRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const brace = text.indexOf('{', i);
    if (brace < 0) break;
    const selector = text.slice(i, brace).trim();
    // the matching close brace (a block may nest others: at-rules)
    let depth = 0;
    let end = brace;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const body = text.slice(brace + 1, end);
    if (!selector.startsWith('@') && !body.includes('{')) {
      const declarations = body
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d): [string, string] => {
          const colon = d.indexOf(':');
          return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
        })
        .filter(([p, v]) => p && v);
      rules.push({ selector, declarations });
    }
    i = end + 1;
  }
  return rules;
}

/**
 * The custom properties the `:host` rules of the style text declare (later declarations win), colour scheme resolved.
 * An image is drawn in one scheme on a background of its own, as an element with `theme` is: so the
 * `:host([theme=<scheme>])` rules count too (they give the opaque surface, `--_box`; tokens.ts).
 */
export function hostCustomProperties(css: string, theme: Theme): Map<string, string> {
  const props = new Map<string, string>();
  const hosts = [':host', `:host([theme=${theme}])`];
  for (const rule of topLevelRules(resolveLightDark(css, theme))) {
    if (!rule.selector.split(',').some((s) => hosts.includes(s.trim().replace(/['"]/g, '')))) continue;
    for (const [p, v] of rule.declarations) if (p.startsWith('--')) props.set(p, v);
  }
  return props;
}

/** The global colour tokens of every element (hostStyles in src/styles/tokens.ts) in a scheme, e.g. `--_surface`. */
export function tokenColours(theme: Theme): { surface: string; text: string; muted: string; accent: string; border: string } {
  const props = hostCustomProperties(hostStyles.cssText, theme);
  const get = (name: string) => resolveVars(`var(${name})`, props);
  return { surface: get('--_surface'), text: get('--_text'), muted: get('--_muted'), accent: get('--_accent'), border: get('--_border') };
}

/**
 * A shadow root's stylesheet for satori, which has no shadow DOM: `:host` becomes the class of the wrapper that
 * stands for the host element, `:host(x)` that class with `x`, and `light-dark()` the scheme's value.
 */
export function hostless(css: string, theme: Theme, hostClass: string): string {
  return resolveLightDark(css, theme)
    .replace(/:host\(([^()]*(?:\([^()]*\))?[^()]*)\)/g, `.${hostClass}$1`)
    .replace(/:host\b/g, `.${hostClass}`);
}

/**
 * A stylesheet for one of the charts' `<svg>`s, for resvg: the shadow root's rules outside at-rules, every `var()`
 * resolved against the host's custom properties (the element's tokens over the global ones) and `em` font sizes in
 * px of the host's `fontSize`. resvg applies plain selectors (classes, descendants) and ignores what it does not know.
 */
export function svgStylesheet(css: string, theme: Theme, fontSize: number): string {
  const props = hostCustomProperties(css, theme);
  return topLevelRules(resolveLightDark(css, theme))
    .filter((r) => !r.selector.includes(':host') && !r.selector.includes('::'))
    .map((r) => {
      const body = r.declarations
        .filter(([p]) => !p.startsWith('--'))
        .map(([p, v]) => {
          // the scheme's Canvas (hollow markers, progress ticks): the image's own background
          let value = resolveVars(v, props).replace(/\bCanvas\b/g, () => resolveVars('var(--_surface)', props));
          if (p === 'font-size') value = value.replace(/^([\d.]+)r?em$/, (_, n: string) => `${Number(n) * fontSize}px`);
          return `${p}:${value}`;
        })
        .join(';');
      return `${r.selector}{${body}}`;
    })
    .join('\n');
}
