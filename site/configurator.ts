/**
 * The embed configurator (site/configurator.html, bundled by scripts/build-site.mjs into site-dist/configurator.js).
 * Reads the package's custom elements manifest (site-dist/custom-elements.json, a copy of the one `npm run analyze`
 * writes) and, for the chosen element, generates one form control per attribute from its declared type:
 * a union of string literals → <select>, `boolean` → checkbox, anything else (string, number) → text input; each
 * with a visible label and the attribute's description as help text. Every change updates a live preview (the real
 * element, registered by the CDN autoloader the page loads) and three snippets: CDN script + tag, npm import + tag,
 * and the iframe embed with embed.js. Snippets are plain text (`textContent`); attribute values in them are escaped,
 * so a value with `"<>&` stays text in the copied HTML. No inline script or style: works under
 * `script-src 'self'; style-src 'self'`.
 */

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export type Control =
  | { kind: 'select'; name: string; options: string[]; def?: string; description: string }
  | { kind: 'checkbox'; name: string; description: string }
  | { kind: 'text'; name: string; numeric: boolean; def?: string; description: string };

/** Titles for the iframe snippet (an iframe needs an accessible name). */
const IFRAME_TITLES: Record<string, string> = {
  'plan-timeline': '深圳规划建议：发展阶段时间轴',
  'plan-target': '深圳规划建议：目标数据',
  'plan-article': '深圳规划建议：条文',
};

/** Starting values, so the first preview shows content rather than the element's "missing attribute" notice. */
const EXAMPLES: Record<string, Record<string, string>> = {
  'plan-article': { number: '4' },
  'plan-target': { figure: 'gdp-2025' },
};

const unquote = (s: string): string | undefined => /^'([^']*)'$/.exec(s.trim())?.[1];

/** One control for one manifest attribute, from its type text (`'a' | 'b' | undefined`, `boolean`, `string | number`). */
export function controlFor(attr: ManifestAttribute): Control {
  const parts = (attr.type?.text ?? 'string')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  const description = attr.description ?? '';
  const def = attr.default === undefined ? undefined : (unquote(attr.default) ?? attr.default);
  const literals = parts.map(unquote);
  if (parts.length && literals.every((l) => l !== undefined))
    return { kind: 'select', name: attr.name, options: literals, def, description };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'checkbox', name: attr.name, description };
  return { kind: 'text', name: attr.name, numeric: parts.includes('number'), def, description };
}

/**
 * An attribute value as it must appear between double quotes in HTML source. (The same as src/ssr/index.ts's: a
 * module both import makes rolldown move the ssr entry into a shared chunk, which the packaging guard refuses.)
 */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<tag a="1" b></tag>` from the attributes in form order (boolean ones as bare names). */
export function tagSnippet(tag: string, attrs: readonly [string, string | true][]): string {
  const list = attrs.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('');
  return `<${tag}${list}></${tag}>`;
}

/** A word for a POSIX shell: in single quotes, a quote inside as '\'' (the image command's markup argument). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * The snippets for the element as configured. `height` is the iframe's: the element's height at 375 px (a phone),
 * measured in the page, rounded up to 10 px, so that the host page hardly moves when embed.js sizes the frame (400
 * until measured). `preset` is the image command's `--preset` (none: 800 px wide).
 */
export function snippets(
  tag: string,
  attrs: readonly [string, string | true][],
  base: string,
  height = 400,
  preset = '',
): { cdn: string; npm: string; iframe: string; image: string } {
  const element = tagSnippet(tag, attrs);
  const query = new URLSearchParams([['el', tag], ...attrs.map(([n, v]): [string, string] => [n, v === true ? '' : v])]);
  const src = new URL(`embed/index.html?${query.toString()}`, base).href;
  const title = IFRAME_TITLES[tag] ?? tag;
  return {
    cdn: `<script type="module" src="${escapeAttribute(new URL('cdn/plan-widgets.js', base).href)}"></script>\n${element}`,
    npm: `// npm install shenzhen-plan-widgets\nimport 'shenzhen-plan-widgets/define/${tag}.js';\n\n<!-- in the page -->\n${element}`,
    iframe:
      `<iframe data-plan-embed title="${escapeAttribute(title)}" width="100%" height="${height}" frameborder="0"\n` +
      `  src="${escapeAttribute(src)}"></iframe>\n` +
      `<script src="${escapeAttribute(new URL('embed/embed.js', base).href)}"></script>`,
    image: `npx shenzhen-plan-widgets image ${shellQuote(element)} --out ${tag}.png${preset ? ` --preset ${preset}` : ''}`,
  };
}

/** The query of the site server's image route (scripts/serve-site.mjs): the embed's, plus the preset. */
export function imageQuery(tag: string, attrs: readonly [string, string | true][], preset: string): string {
  const query = new URLSearchParams([['el', tag], ...attrs.map(([n, v]): [string, string] => [n, v === true ? '' : v])]);
  if (preset) query.set('image-preset', preset);
  return query.toString();
}

/** The iframe height for a measured element height: rounded up to 10 px. */
export const frameHeight = (px: number): number => Math.max(10, Math.ceil(px / 10) * 10);

const SNIPPETS = [
  {
    key: 'cdn',
    title: 'Script tag (CDN folder)',
    short: 'script tag',
    help: 'For any page: one module script, then the tag where the widget goes.',
  },
  {
    key: 'npm',
    title: 'npm and a bundler',
    short: 'npm',
    help: 'Import the element once in your bundle; the tag goes in your HTML or templates.',
  },
  {
    key: 'iframe',
    title: 'iframe',
    short: 'iframe',
    help: 'For a CMS that allows only iframes; embed.js sizes the iframe to its content. The height given is the widget’s at 375 px (a phone), measured here, so the page hardly moves.',
  },
  {
    key: 'image',
    title: 'Image (command line)',
    short: 'image command',
    help: 'For WeChat, apps, RSS and newsletters, where scripts and iframes are not allowed: the same widget as a PNG (or --out x.svg), drawn in Node without a browser.',
  },
] as const;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`configurator: #${id} is missing`);
  return el as T;
}

function start(manifest: Manifest): void {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is ManifestDeclaration & { tagName: string } => typeof d.tagName === 'string' && d.tagName.startsWith('plan-'))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const select = byId<HTMLSelectElement>('element');
  const fieldset = byId<HTMLFieldSetElement>('attributes');
  const preview = byId<HTMLDivElement>('preview');
  const snippetHost = byId<HTMLDivElement>('snippets');
  const status = byId<HTMLParagraphElement>('copy-status');
  const form = byId<HTMLFormElement>('config');
  form.addEventListener('submit', (e) => e.preventDefault());

  for (const d of elements) select.append(new Option(`<${d.tagName}>`, d.tagName));
  const initial = new URL(location.href).searchParams.get('el');
  if (initial && elements.some((d) => d.tagName === initial)) select.value = initial;

  // the three snippet blocks, each with its copy button
  const codes: Record<string, HTMLElement> = {};
  for (const s of SNIPPETS) {
    const section = document.createElement('section');
    section.className = 'snippet';
    section.setAttribute('aria-labelledby', `snippet-${s.key}-title`);
    const h3 = document.createElement('h3');
    h3.id = `snippet-${s.key}-title`;
    h3.textContent = s.title;
    const help = document.createElement('p');
    help.className = 'help';
    help.textContent = s.help;
    const pre = document.createElement('pre');
    const code = document.createElement('code');
    code.id = `snippet-${s.key}`;
    pre.append(code);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Copy the ${s.short} code`;
    button.dataset.copy = s.key;
    button.addEventListener('click', () => void copy(code.textContent ?? '', s.short));
    section.append(h3, help, pre, button);
    snippetHost.append(section);
    codes[s.key] = code;
  }

  async function copy(text: string, what: string): Promise<void> {
    status.textContent = '';
    const ok = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    // a new text each time, so a second copy of the same snippet is announced again
    status.textContent = ok
      ? `Copied the ${what} code to the clipboard.`
      : `Could not copy automatically: select the ${what} code and press Ctrl+C.`;
  }

  let current: HTMLElement | undefined;
  let controls: Control[] = [];

  const values = (): [string, string | true][] => {
    const out: [string, string | true][] = [];
    for (const c of controls) {
      const input = form.elements.namedItem(`attr-${c.name}`) as HTMLInputElement | HTMLSelectElement | null;
      if (!input) continue;
      if (c.kind === 'checkbox') {
        if ((input as HTMLInputElement).checked) out.push([c.name, true]);
      } else if (input.value !== '') out.push([c.name, input.value]);
    }
    return out;
  };

  /** The element of `tag` in `box` (a new one when the tag changed), with the form's attributes and no others. */
  const configure = (box: HTMLElement, el: HTMLElement | undefined, tag: string, wanted: Map<string, string>): HTMLElement => {
    if (!el || el.localName !== tag) {
      el = document.createElement(tag);
      box.replaceChildren(el);
    }
    // set what the form has, remove the rest (removing an attribute restores the element's default)
    for (const c of controls) {
      const v = wanted.get(c.name);
      if (v === undefined) el.removeAttribute(c.name);
      else if (el.getAttribute(c.name) !== v) el.setAttribute(c.name, v);
    }
    return el;
  };

  const update = (): void => {
    const tag = select.value;
    const wanted = new Map(values().map(([n, v]) => [n, v === true ? '' : v]));
    current = configure(preview, current, tag, wanted);
    if (measured?.localName !== tag) height = 400;
    measured = configure(measureBox, measured, tag, wanted);
    writeSnippets();
  };

  const writeSnippets = (): void => {
    const tag = select.value;
    const attrs = values();
    const preset = presetSelect.value;
    const s = snippets(tag, attrs, new URL('./', location.href).href, height, preset);
    for (const key of Object.keys(s) as (keyof typeof s)[]) codes[key].textContent = s[key];
    const query = imageQuery(tag, attrs, preset);
    pngLink.href = `image.png?${query}`;
    pngLink.download = `${tag}.png`;
    svgLink.href = `image.svg?${query}`;
    svgLink.download = `${tag}.svg`;
  };

  // The iframe's height: a second instance in a 375 px box off screen (site.css .measure, as the embed page lays
  // it out: full width, system sans-serif), measured each time its size changes (it grows when its text arrives).
  const measureBox = byId<HTMLDivElement>('measure');
  let measured: HTMLElement | undefined;
  let height = 400;
  new ResizeObserver(() => {
    // the box's height, as the embed page posts its body's: the element with its margins (flow-root)
    const h = measured ? measureBox.getBoundingClientRect().height : 0;
    if (h > 0 && frameHeight(h) !== height) {
      height = frameHeight(h);
      writeSnippets();
    }
  }).observe(measureBox);

  // Image downloads, where the server draws them (scripts/serve-site.mjs's /image.png); elsewhere the command.
  const presetSelect = byId<HTMLSelectElement>('image-preset');
  const pngLink = byId<HTMLAnchorElement>('image-png');
  const svgLink = byId<HTMLAnchorElement>('image-svg');
  presetSelect.addEventListener('change', () => writeSnippets());
  void fetch('image.svg', { method: 'HEAD' })
    // the (empty) body read, so the request ends (unread, Chromium reports it aborted)
    .then(async (r) => (await r.arrayBuffer(), r.ok && (r.headers.get('content-type') ?? '').startsWith('image/svg')))
    .catch(() => false)
    .then((ok) => {
      byId('image-links').hidden = !ok;
      byId('image-unavailable').hidden = ok;
    });

  const buildForm = (): void => {
    const decl = elements.find((d) => d.tagName === select.value);
    controls = (decl?.attributes ?? []).map(controlFor);
    const nodes: Node[] = [];
    const legend = document.createElement('legend');
    legend.textContent = `Attributes of <${select.value}>`;
    nodes.push(legend);
    for (const c of controls) {
      const id = `attr-${c.name}`;
      const wrap = document.createElement('div');
      wrap.className = c.kind === 'checkbox' ? 'field check' : 'field';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = c.name;
      const help = document.createElement('p');
      help.className = 'help';
      help.id = `${id}-help`;
      help.textContent = c.description + (c.kind !== 'checkbox' && c.def ? ` Default: ${c.def}.` : '');
      let input: HTMLInputElement | HTMLSelectElement;
      if (c.kind === 'select') {
        input = document.createElement('select');
        input.append(new Option(c.def ? `(default: ${c.def})` : '(not set)', ''));
        for (const o of c.options) input.append(new Option(o, o));
      } else {
        input = document.createElement('input');
        if (c.kind === 'checkbox') input.type = 'checkbox';
        else {
          input.type = 'text';
          input.autocomplete = 'off';
          input.spellcheck = false;
          if (c.numeric) input.inputMode = 'numeric';
        }
      }
      input.id = id;
      input.name = id;
      const example = EXAMPLES[select.value]?.[c.name];
      if (example !== undefined && c.kind !== 'checkbox') input.value = example;
      input.setAttribute('aria-describedby', help.id);
      input.addEventListener(input instanceof HTMLSelectElement || c.kind === 'checkbox' ? 'change' : 'input', update);
      if (c.kind === 'checkbox') wrap.append(input, label, help);
      else wrap.append(label, input, help);
      nodes.push(wrap);
    }
    fieldset.replaceChildren(...nodes);
    update();
  };

  select.addEventListener('change', buildForm);
  buildForm();
}

fetch(new URL('custom-elements.json', location.href))
  .then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<Manifest>;
  })
  .then(start)
  .catch((error: unknown) => {
    const loading = document.getElementById('attributes-loading');
    if (loading) loading.textContent = 'The element list could not be loaded.';
    console.error('configurator: could not read custom-elements.json', error);
  });
