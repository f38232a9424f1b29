/**
 * iframe embed check (issue #9): builds dist/cdn/ (vite.cdn.config.ts) and dist/embed/ (vite.embed.config.ts, both
 * passes) into a temporary folder, serves it on one origin (the embed page under the README's strict CSP) and a host
 * page on another (with a CSP; embed.js added twice, after the iframes have rendered and posted), and checks in
 * headless Chromium (puppeteer-core from @web/test-runner-chrome; CHROME_PATH, default /usr/bin/chromium) that
 * - `index.html?el=plan-timeline&selected=2030&lang=zh-Hans&theme=dark` renders the timeline with those attributes,
 *   `?el=plan-target&figure=gdp-2025` shows the dataset's value (超过4万亿元), `?el=plan-article&number=35` article 35;
 * - embed.js sizes each `iframe[data-plan-embed]` to its content (timeline > 200 px), not an iframe without it, also
 *   when it starts after the iframes have posted (it asks them again);
 * - attributes outside the allow-list in the URL (`onclick`, `style`) are not set, and each allow-list
 *   (src/embed/attributes.ts) equals the element's `observedAttributes` (+ `lang`);
 * - a garbage `el` shows a short notice (no element, no HTML from the URL) and is sized too;
 * - forged messages are ignored: from the wrong window, of the wrong shape, a huge or non-finite height, and a
 *   well-formed one from a frame whose origin is not its iframe's `src` origin (a redirect to another origin);
 * - `font` / `accent` in the URL reach the element's --plan-font-family / --plan-accent, bad ones (CSS injection) are
 *   dropped with one warning, and the page's font is the system-ui stack (issue #18);
 * - on a 375 px phone page (issue #18): an article iframe far below the fold is sized without scrolling, a frame in
 *   an amp-iframe (`#amp=1`) posts AMP's embed-size, and CLS is <= 0.05 with the snippets' heights at their content's;
 * - nothing is logged as an error (CSP violations included).
 * Run by `npm test` (`test:node`), or alone with `npm run test:embed`. Exits non-zero on failure.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, type Rolldown } from 'vite';
import { EMBED_ATTRIBUTES, EMBED_EVENTS, EVENT_MESSAGE, GLOBAL_ATTRIBUTES, HEIGHT_MESSAGE } from '../../src/embed/attributes.js';
import { expectedTexts, launchChromium, report, type Browser } from '../helpers/node.js';

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
// Site isolation off: the cross-origin iframes run in the page's process, so their console messages (a CSP
// violation, the embed page's warnings) reach this test from the start, not only once puppeteer has attached to an
// out-of-process frame. Origins, postMessage and CSP behave the same.
const NO_SITE_ISOLATION = ['--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'];
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const NOTICE = '此处内容无法显示';

const { gdpValue, lead35 } = expectedTexts();

const tmp = mkdtempSync(join(tmpdir(), 'spw-embed-'));
const failures: string[] = [];
const fail = (what: string) => failures.push(what);

const listen = (handler: (req: IncomingMessage, res: ServerResponse) => void) => {
  const server = createServer(handler);
  return new Promise<{ server: typeof server; port: number }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port })),
  );
};
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

let browser: Browser | undefined;
let phoneReport: string | undefined;
const servers: { close(): unknown }[] = [];

try {
  // 1. The CDN folder and the embed folder side by side, as `npm run build` writes them into dist/.
  const outputs: Rolldown.OutputChunk[] = [];
  for (const [config, outDir, mode] of [
    ['vite.cdn.config.ts', 'cdn', undefined],
    ['vite.embed.config.ts', 'embed', undefined],
    ['vite.embed.config.ts', 'embed', 'host'],
  ] as const) {
    const result = await viteBuild({
      configFile: join(root, config),
      mode,
      logLevel: 'warn',
      build: { outDir: join(tmp, outDir), reportCompressedSize: false },
    });
    for (const r of Array.isArray(result) ? result : [result])
      outputs.push(...(r as Rolldown.RolldownOutput).output.filter((c) => c.type === 'chunk'));
  }
  const host = outputs.find((c) => c.fileName === 'embed.js');
  const pageChunk = outputs.find((c) => c.fileName === 'embed-page.js');
  assert.ok(host && pageChunk, 'embed.js and embed-page.js are built');
  if (host.imports.length || host.dynamicImports.length || /\b(?:import|export)\s*[{*"'`]/.test(host.code))
    fail('embed.js imports or exports something: it must run as a classic <script>');
  if (pageChunk.imports.length) fail(`embed-page.js imports ${pageChunk.imports.join(', ')}: it should be one file`);
  for (const c of [host, pageChunk]) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(c.code)) fail(`${c.fileName} is not plain ASCII`);
  }
  const built = performance.now();

  // 2. Origin A serves the folders (and a frame that ends up on another origin); origin B the host page.
  let portA = 0;
  const a = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/redirect') {
      // the iframe's src is on origin A, its document on http://localhost:<A>, another origin
      res.writeHead(302, { location: `http://localhost:${portA}/forge.html` }).end();
      return;
    }
    if (path === '/forge.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>forge</title><script src="/forge.js"></script>');
      return;
    }
    if (path === '/forge.js') {
      const msg = JSON.stringify({ type: HEIGHT_MESSAGE, height: 777 });
      res.writeHead(200, { 'content-type': TYPES['.js'] }).end(`setInterval(() => parent.postMessage(${msg}, '*'), 50);`);
      return;
    }
    try {
      const file = join(tmp, path);
      if (!file.startsWith(tmp + sep) || !/^\/(?:cdn|embed)\//.test(path)) throw new Error('outside');
      const body = readFileSync(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (extname(file) === '.html') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  portA = a.port;
  servers.push(a.server);
  const A = `http://127.0.0.1:${portA}`;
  const embed = (query: string) => `${A}/embed/index.html?${query}`;
  const FRAMES = {
    timeline: embed('el=plan-timeline&selected=2030&lang=zh-Hans&theme=dark&onclick=alert(1)&style=color%3Ared'),
    target: embed('el=plan-target&figure=gdp-2025'),
    article: embed('el=plan-article&number=35&excerpt'),
    garbage: embed(`el=${encodeURIComponent('<img src=x onerror=alert(1)>')}`),
    forge: `${A}/redirect`,
    // issue #18: `font` and `accent` from the URL, and bad ones (one would close the rule and hide the page)
    styled: embed(`el=plan-target&figure=gdp-2025&font=${encodeURIComponent('Georgia, "Noto Serif", serif')}&accent=%230a7d2c`),
    badStyle: embed(
      `el=plan-target&figure=gdp-2025&font=${encodeURIComponent('x;}body{display:none')}&accent=${encodeURIComponent('red;}body{display:none')}`,
    ),
  };
  // the phone page (issue #18): three iframes in view, one far below the fold, one in an amp-iframe (`#amp=1`, its name)
  const PHONE = {
    timeline: embed('el=plan-timeline&lang=zh-Hans'),
    target: embed('el=plan-target&figure=gdp-2025&lang=zh-Hans'),
    article: embed('el=plan-article&number=35&lang=zh-Hans'),
    far: embed('el=plan-article&number=35&excerpt&lang=zh-Hans'),
    amp: `${embed('el=plan-target&figure=gdp-2025&lang=en')}#amp=1`,
  };
  const phoneHtml = (heights: Record<string, number>) => `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>phone</title></head>
<body style="margin: 0 16px; font: 16px/1.6 sans-serif">
<h1>深圳规划</h1>
<p>正文</p>
${(['article', 'target', 'timeline'] as const)
  .map(
    (id) =>
      `<iframe data-plan-embed id="${id}" title="${id}" src="${PHONE[id].replace(/&/g, '&amp;')}" width="100%" height="${heights[id]}" frameborder="0"></iframe>`,
  )
  .join('\n<p>正文</p>\n')}
<div style="height: 4000px"></div>
<iframe data-plan-embed id="far" title="far" src="${PHONE.far.replace(/&/g, '&amp;')}" width="100%" height="${heights.far}" frameborder="0"></iframe>
<iframe id="amp" name="amp_iframe0" title="amp" src="${PHONE.amp.replace(/&/g, '&amp;')}" width="100%" height="150" frameborder="0"></iframe>
<script src="${A}/embed/embed.js"></script>
</body></html>`;
  const hostHtml = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>host</title></head>
<body>
${Object.entries(FRAMES)
  .map(
    ([id, src]) =>
      `<iframe data-plan-embed id="${id}" title="${id}" src="${src.replace(/&/g, '&amp;')}" width="100%" height="150"></iframe>`,
  )
  .join('\n')}
<iframe id="plain" title="plain" src="${FRAMES.target.replace(/&/g, '&amp;')}" width="100%" height="150"></iframe>
</body></html>`;
  const b = await listen((req, res) => {
    if (req.url === '/favicon.ico') res.writeHead(204).end();
    else if (req.url === '/early.html')
      // embed.js right after the iframe tag: it runs while the iframe still holds its initial about:blank document
      res
        .writeHead(200, { 'content-type': TYPES['.html'] })
        .end(
          `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>early</title></head><body><iframe data-plan-embed id="early" title="early" src="${FRAMES.target.replace(/&/g, '&amp;')}" width="100%" height="150"></iframe><script src="${A}/embed/embed.js"></script></body></html>`,
        );
    else if (req.url?.startsWith('/phone.html')) {
      // heights as the snippet gives them (?timeline=…&target=…), else the README's 400
      const q = new URL(req.url, 'http://x').searchParams;
      const heights = Object.fromEntries(['timeline', 'target', 'article', 'far'].map((k) => [k, Number(q.get(k) ?? 400)]));
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(phoneHtml(heights));
    } else if (req.url === '/host.html')
      res
        .writeHead(200, {
          'content-type': TYPES['.html'],
          'content-security-policy': `default-src 'self'; script-src 'self' ${A}; style-src 'self'; frame-src ${A} http://localhost:${portA}`,
        })
        .end(hostHtml);
    else res.writeHead(404).end();
  });
  servers.push(b.server);
  const hostUrl = `http://127.0.0.1:${b.port}/host.html`;

  // 3. The host page in Chromium.
  browser = await launchChromium(NO_SITE_ISOLATION, { protocolTimeout: 20000 });
  const tab = await browser.newPage();
  // tall enough that every iframe is in view: Chromium throttles rendering in cross-origin iframes out of view
  await tab.setViewport({ width: 900, height: 3000 });
  const warnings: string[] = [];
  tab.on('pageerror', (e) => fail(`page error: ${String(e)}`));
  tab.on('console', (m) => {
    if (m.type() === 'error') fail(`console.error: ${m.text()}`);
    if (m.type() === 'warn') warnings.push(m.text());
  });
  tab.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) fail(`HTTP ${r.status()}: ${r.url()}`);
  });
  await tab.goto(hostUrl, { waitUntil: 'load' });

  const heights = () =>
    tab.evaluate(() => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.clientHeight]))) as Promise<
      Record<string, number>
    >;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const frameOf = (id: keyof typeof FRAMES) => {
    const f = tab.frames().find((fr) => fr.url() === FRAMES[id]);
    assert.ok(f, `frame ${id}`);
    return f;
  };
  const inFrame = async <T>(id: keyof typeof FRAMES, fn: string): Promise<T> => (await frameOf(id).evaluate(fn)) as T;
  const frameState = (id: keyof typeof FRAMES, tag: string, needle: string) =>
    inFrame<{ shows: boolean; text: string; body: number; attrs: Record<string, string>; observed: string[] | null }>(
      id,
      `(async () => {
        const el = document.querySelector(${JSON.stringify(tag)});
        const text = () => (el?.shadowRoot?.textContent ?? '').replace(/\\s+/g, '');
        const end = Date.now() + 8000;
        while (!text().includes(${JSON.stringify(needle)}) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 100));
        return {
          shows: text().includes(${JSON.stringify(needle)}),
          text: text().slice(0, 200),
          body: document.body.getBoundingClientRect().height,
          attrs: Object.fromEntries([...(el?.attributes ?? [])].map((a) => [a.name, a.value])),
          observed: customElements.get(${JSON.stringify(tag)})?.observedAttributes ?? null,
        };
      })()`,
    );

  const states = {
    timeline: await frameState('timeline', 'plan-timeline', '二〇三〇年'),
    target: await frameState('target', 'plan-target', gdpValue),
    article: await frameState('article', 'plan-article', lead35),
  };
  for (const [id, s] of Object.entries(states)) if (!s.shows) fail(`${id}: the element does not render its content (${JSON.stringify(s)})`);

  // embed.js only now, after every iframe has posted its height to nobody (a slow script, or one late in the page):
  // it asks each iframe again. Twice: the second copy does nothing.
  for (const q of ['', '?again']) await tab.addScriptTag({ url: `${A}/embed/embed.js${q}` });

  // a. the allow-lists are the classes' attributes; only allowed attributes reach the element
  for (const [id, tag] of [
    ['timeline', 'plan-timeline'],
    ['target', 'plan-target'],
    ['article', 'plan-article'],
  ] as const) {
    const expected = EMBED_ATTRIBUTES[tag].filter((n) => !GLOBAL_ATTRIBUTES.includes(n)).sort();
    const observed = [...(states[id].observed ?? [])].sort();
    if (JSON.stringify(observed) !== JSON.stringify(expected))
      fail(`src/embed/attributes.ts ${tag}: [${expected.join(', ')}], but the class observes [${observed.join(', ')}]`);
  }
  const t = states.timeline.attrs;
  if (t.selected !== '2030' || t.lang !== 'zh-Hans' || t.theme !== 'dark') fail(`timeline attributes from the URL: ${JSON.stringify(t)}`);
  for (const bad of ['onclick', 'style', 'el']) if (bad in t) fail(`timeline: the URL's ${bad} was set on the element`);
  if (states.target.attrs.figure !== 'gdp-2025') fail(`target attributes: ${JSON.stringify(states.target.attrs)}`);
  if ((await inFrame<string | undefined>('timeline', 'document.documentElement.dataset.planTheme')) !== 'dark')
    fail('timeline: theme=dark does not set data-plan-theme on the page');

  // b. garbage el: the notice, nothing from the URL in the DOM
  const garbage = await inFrame<{ text: string; elements: string[]; body: number }>(
    'garbage',
    `({ text: document.body.textContent, elements: [...document.body.querySelectorAll('*')].map((e) => e.localName), body: document.body.getBoundingClientRect().height })`,
  );
  if (!garbage.text.includes(NOTICE) || garbage.elements.join() !== 'p')
    fail(`garbage el: ${JSON.stringify(garbage)} (expected one <p> with ${NOTICE})`);

  // c. sizes: each data-plan-embed iframe as tall as its content (the embed page posts again as content settles)
  let h: Record<string, number> = {};
  const sized = () =>
    ['timeline', 'target', 'article'].every((id) => Math.abs(h[id] - states[id as keyof typeof states].body) <= 1) &&
    Math.abs(h.garbage - garbage.body) <= 1;
  for (const end = Date.now() + 5000; Date.now() < end; await sleep(50)) {
    h = await heights();
    if (sized()) break;
  }
  if (!sized())
    fail(
      `iframe heights ${JSON.stringify(h)} are not their content's (${JSON.stringify({ ...Object.fromEntries(Object.entries(states).map(([k, s]) => [k, s.body])), garbage: garbage.body })})`,
    );
  if (!(h.timeline > 200)) fail(`timeline iframe is ${h.timeline} px high, expected > 200`);
  if (!(h.garbage > 0 && h.garbage < 150)) fail(`garbage-el iframe is ${h.garbage} px high, expected a small notice`);
  if (h.plain !== 150) fail(`an iframe without data-plan-embed was resized to ${h.plain} px`);
  // the forging frame (on http://localhost:<A>) posts every 50 ms: give it time to be heard
  for (const end = Date.now() + 3000; !tab.frames().some((f) => f.url().startsWith('http://localhost:')) && Date.now() < end;)
    await sleep(50);
  await sleep(300);
  h = await heights();
  if (h.forge !== 150) fail(`a frame on another origin than its src was resized to ${h.forge} px`);
  if (!warnings.some((w) => w.includes('"onclick"'))) fail(`no console warning about the dropped onclick: ${warnings.join(' | ')}`);

  // d. forged messages change nothing: wrong window, wrong shape, huge or non-finite heights
  const before = await heights();
  await tab.evaluate(`window.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE)}, height: 333 }, '*')`);
  await inFrame(
    'target',
    `(() => {
      const type = ${JSON.stringify(HEIGHT_MESSAGE)};
      for (const m of [{ type: 'other', height: 333 }, { type, height: '333' }, { type, height: 1e9 }, { type, height: Infinity },
        { type, height: NaN }, { type, height: -5 }, { type, height: 0 }, { type }, null, type, [type, 333]]) parent.postMessage(m, '*');
    })()`,
  );
  await sleep(400);
  const after = await heights();
  if (JSON.stringify(after) !== JSON.stringify(before))
    fail(`forged messages changed iframe heights: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  // control: the same channel with a well-formed message from the right frame is obeyed
  await inFrame('target', `parent.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE)}, height: 321 }, '*')`);
  await sleep(200);
  if ((await heights()).target !== 321) fail('control: a well-formed message from the target frame was not applied');

  // g. `font` and `accent` (issue #18): set as the elements' custom properties; bad values dropped, one warning, and
  // the page's own font is a sans-serif system stack (not the browser's Times New Roman)
  const styleOf = (id: keyof typeof FRAMES) =>
    inFrame<{ accent: string; font: string; inner: string; body: string; shown: boolean }>(
      id,
      `(() => {
        const el = document.querySelector('plan-target');
        const cs = getComputedStyle(el);
        return { accent: cs.getPropertyValue('--plan-accent').trim(), font: cs.getPropertyValue('--plan-font-family').trim(),
          inner: getComputedStyle(el.shadowRoot.querySelector('[lang]') ?? el).fontFamily, body: getComputedStyle(document.body).fontFamily,
          shown: getComputedStyle(document.body).display !== 'none' && el.getBoundingClientRect().height > 0 };
      })()`,
    );
  const styled = await styleOf('styled');
  if (styled.accent !== '#0a7d2c' || !styled.font.startsWith('Georgia') || !styled.inner.startsWith('Georgia'))
    fail(`font=Georgia…&accent=#0a7d2c do not reach <plan-target>: ${JSON.stringify(styled)}`);
  const bad = await styleOf('badStyle');
  if (bad.accent || bad.font || !bad.shown) fail(`bad font / accent were applied: ${JSON.stringify(bad)}`);
  if (!/^system-ui\b/.test(bad.body)) fail(`the embed page's font is ${bad.body}, expected the system-ui stack`);
  const styleWarnings = warnings.filter((w) => w.includes('"accent"') || w.includes('"font"'));
  if (styleWarnings.length !== 1 || !styleWarnings[0].includes('"accent"') || !styleWarnings[0].includes('"font"'))
    fail(`expected one warning naming the bad font and accent: ${JSON.stringify(styleWarnings)}`);

  // e. embed.js started before its iframe has loaded (issue #18: "Failed to execute 'postMessage'… target origin" was
  // logged as a console error on this correct setup): no console error (the listener above fails on any), and sized
  await tab.goto(`http://127.0.0.1:${b.port}/early.html`, { waitUntil: 'load' });
  await sleep(600);
  const early = (await tab.evaluate(`document.getElementById('early').clientHeight`)) as number;
  if (early === 150) fail('early.html: the iframe was not sized');

  // f. the element's events reach the host page (analytics): a stage chosen in the timeline frame
  await tab.goto(hostUrl, { waitUntil: 'load' });
  await tab.evaluate(
    `window.__events = []; addEventListener('message', (e) => { if (e.data && e.data.type === ${JSON.stringify(EVENT_MESSAGE)}) __events.push(e.data); })`,
  );
  for (const end = Date.now() + 5000; Date.now() < end; await sleep(100)) {
    const ready = await inFrame<boolean>(
      'timeline',
      `!!document.querySelector('plan-timeline')?.shadowRoot?.querySelector('[role="radio"][data-stage="2035"]')`,
    ).catch(() => false);
    if (ready) break;
  }
  await inFrame(
    'timeline',
    `document.querySelector('plan-timeline').shadowRoot.querySelector('[role="radio"][data-stage="2035"]').click()`,
  );
  await sleep(300);
  const events = (await tab.evaluate('window.__events')) as { element: string; event: string; detail: Record<string, unknown> }[];
  const chosen = events.find((e) => e.event === 'plan-stage-select');
  if (!chosen || chosen.element !== 'plan-timeline' || chosen.detail.stage !== '2035' || chosen.detail.previous !== '2030')
    fail(`the host did not receive plan-stage-select {stage: 2035, previous: 2030}: ${JSON.stringify(events)}`);
  // the forwarded list is every event the manifest names
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { events?: { name: string }[] }[] }[];
  };
  const named = [
    ...new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name)))),
  ].sort();
  if (JSON.stringify(named) !== JSON.stringify([...EMBED_EVENTS].sort()))
    fail(`EMBED_EVENTS ${EMBED_EVENTS.join()} ≠ the manifest's ${named.join()}`);

  // h. a phone (375 px): an iframe far below the fold is sized without being scrolled to (Chromium throttles rendering
  // of cross-origin frames out of view); the frame inside an amp-iframe also posts AMP's embed-size message; and the
  // host page's layout shift (CLS) stays <= 0.05 when the snippets' heights are their content's at 375 px (what the
  // README asks the snippet to carry), i.e. the embed page posts no interim height (a loading article's) on the way.
  const runPhone = async (query: string) => {
    const phone = await browser!.newPage();
    phone.on('pageerror', (e) => fail(`phone page error: ${String(e)}`));
    phone.on('console', (m) => {
      if (m.type() === 'error') fail(`phone console.error: ${m.text()}`);
    });
    await phone.setViewport({ width: 375, height: 667 });
    await phone.evaluateOnNewDocument(() => {
      const w = window as unknown as { __cls: number; __amp: unknown[]; __shifts: unknown[] };
      w.__cls = 0;
      w.__amp = [];
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (e.hadRecentInput) continue;
          w.__cls += e.value;
          w.__shifts.push({ t: Math.round(e.startTime), v: +e.value.toFixed(4) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      addEventListener('message', (e) => {
        const d = e.data as { sentinel?: unknown } | null;
        const amp = (document.getElementById('amp') as HTMLIFrameElement | null)?.contentWindow;
        if (d && d.sentinel === 'amp') w.__amp.push({ ...d, from: e.source === amp ? 'amp' : 'other' });
      });
    });
    await phone.goto(`http://127.0.0.1:${b.port}/phone.html?${query}`, { waitUntil: 'load' });
    const phoneFrame = (id: keyof typeof PHONE) => {
      const f = phone.frames().find((fr) => fr.url() === PHONE[id]);
      assert.ok(f, `phone frame ${id}`);
      return f;
    };
    // each frame's content height once its element shows its text (read in the frame: lays it out, no scrolling)
    const contentHeight = (id: keyof typeof PHONE, tag: string, needle: string) =>
      phoneFrame(id).evaluate(
        `(async () => {
          const el = document.querySelector(${JSON.stringify(tag)});
          const text = () => (el?.shadowRoot?.textContent ?? '').replace(/\\s+/g, '');
          for (const end = Date.now() + 8000; !text().includes(${JSON.stringify(needle)}) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
          await el?.updateComplete;
          await document.fonts.ready;
          return Math.ceil(document.body.getBoundingClientRect().height);
        })()`,
      ) as Promise<number>;
    const content: Record<string, number> = {
      timeline: await contentHeight('timeline', 'plan-timeline', '二〇三〇年'),
      target: await contentHeight('target', 'plan-target', gdpValue),
      article: await contentHeight('article', 'plan-article', lead35),
      far: await contentHeight('far', 'plan-article', lead35),
    };
    const ampContent = await contentHeight('amp', 'plan-target', '');
    let ph: Record<string, number> = {};
    let amp: { type?: string; height?: number; from?: string }[] = [];
    const done = () =>
      Object.entries(content).every(([id, c]) => Math.abs(ph[id] - c) <= 1) &&
      amp.some((m) => m.type === 'embed-size' && m.from === 'amp' && Math.abs((m.height ?? 0) - ampContent) <= 1);
    for (const end = Date.now() + 5000; Date.now() < end; await sleep(50)) {
      ph = await phone.evaluate(() => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.clientHeight])));
      amp = (await phone.evaluate('__amp')) as typeof amp;
      if (done()) break;
    }
    const result = {
      content,
      ph,
      amp,
      ampContent,
      cls: (await phone.evaluate('__cls')) as number,
      shifts: await phone.evaluate('__shifts'),
      scrolled: (await phone.evaluate('scrollY')) as number,
    };
    await phone.close();
    return result;
  };
  // first with the README's old snippet height, 400 for each: the sizes and the AMP message, and CLS "before"
  const p1 = await runPhone('timeline=400&target=400&article=400&far=400');
  if (p1.scrolled !== 0) fail('phone: the page scrolled');
  if (Math.abs(p1.ph.far - p1.content.far) > 1)
    fail(`phone: the article iframe far below the fold is ${p1.ph.far} px high, its content ${p1.content.far} px (sized only once seen?)`);
  if (!Object.entries(p1.content).every(([id, c]) => Math.abs(p1.ph[id] - c) <= 1))
    fail(`phone: iframe heights ${JSON.stringify(p1.ph)}, content ${JSON.stringify(p1.content)}`);
  if (!p1.amp.some((m) => m.type === 'embed-size' && m.from === 'amp' && Math.abs((m.height ?? 0) - p1.ampContent) <= 1))
    fail(
      `phone: no { sentinel: 'amp', type: 'embed-size', height: ${p1.ampContent} } from the amp-iframe frame: ${JSON.stringify(p1.amp)}`,
    );
  if (p1.amp.some((m) => m.from !== 'amp')) fail(`phone: a frame outside AMP posted AMP messages: ${JSON.stringify(p1.amp)}`);
  if (p1.ph.amp !== 150) fail(`phone: embed.js resized the amp frame (no data-plan-embed) to ${p1.ph.amp} px`);
  // then with each snippet's height its content's at 375 px, rounded to 10 px as the configurator writes it
  const snippet = Object.entries(p1.content).map(([id, c]) => `${id}=${Math.round(c / 10) * 10}`);
  const p2 = await runPhone(snippet.join('&'));
  if (!(p2.cls <= 0.05)) fail(`phone: CLS ${p2.cls.toFixed(3)} > 0.05 with ${snippet.join(', ')} (shifts ${JSON.stringify(p2.shifts)})`);
  phoneReport = `phone 375 px: CLS ${p1.cls.toFixed(3)} with height=400, ${p2.cls.toFixed(3)} with ${snippet.join(', ')}; heights ${JSON.stringify(p2.ph)}`;

  const ms = (x: number, y: number) => `${((y - x) / 1000).toFixed(1)} s`;
  console.log(
    `embed: build ${ms(started, built)}, Chromium ${ms(built, performance.now())} (${process.uptime().toFixed(1)} s with start-up); heights ${JSON.stringify(h)}; ${phoneReport ?? ''}`,
  );
} finally {
  await browser?.close();
  for (const s of servers) s.close();
  rmSync(tmp, { recursive: true, force: true });
}

report('embed', 'with the iframe embed', [], failures);
console.log('embed: the embed page renders allow-listed attributes only, embed.js sizes iframes and ignores forgeries');
