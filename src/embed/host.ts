/**
 * `dist/embed/embed.js`, for the HOST page of iframe embeds (a classic script, no module needed):
 *
 *   <iframe data-plan-embed src="https://example.com/widgets/embed/index.html?el=plan-timeline" …></iframe>
 *   <script src="https://example.com/widgets/embed/embed.js"></script>
 *
 * Sizes every `iframe[data-plan-embed]` (also ones added later) to the height of its content, which the embed page
 * (src/embed/page.ts) posts as `{ type: 'plan-widgets:height', height }` (Datawrapper's responsive-iframe pattern);
 * asks each iframe for it as the script starts and as the iframe loads.
 * A message counts only when it comes from that iframe's window (`event.source`), from the origin of the iframe's
 * `src`, and has that exact shape with a finite height in (0, MAX_HEIGHT]; anything else is ignored. Loading the
 * script twice is harmless. A sandboxed iframe needs `allow-scripts allow-same-origin` (else its origin is opaque).
 */
((): void => {
  const TYPE = 'plan-widgets:height'; // = HEIGHT_MESSAGE in src/embed/attributes.ts (kept apart: no shared chunk)
  const REQUEST = 'plan-widgets:request-height'; // = HEIGHT_REQUEST in src/embed/attributes.ts
  const MAX_HEIGHT = 20000;
  const KEY = Symbol.for('shenzhen-plan-widgets.embed-host');
  const state = globalThis as { [KEY]?: true };
  if (state[KEY]) return;
  state[KEY] = true;

  // Iframes that loaded before this script (it may come late in the page, or load slowly) posted their height to
  // nobody: ask each once for it again. The embed page answers only its parent; iframes that load later post anyway.
  // The request carries nothing and any window may answer it: target origin '*'. With the src's origin as the target,
  // an iframe still on its initial about:blank document made the browser log "Failed to execute 'postMessage'…
  // target origin does not match" on a correct setup; the answer is checked (source and origin) below either way.
  // And each again as it loads (one added later too): the page posts as it renders, this covers a missed message.
  const ask = (iframe: HTMLIFrameElement): void => iframe.contentWindow?.postMessage({ type: REQUEST }, '*');
  document.querySelectorAll<HTMLIFrameElement>('iframe[data-plan-embed]').forEach(ask);
  // `load` does not bubble and never reaches `window` from an element: capture it on the document
  document.addEventListener(
    'load',
    (event) => {
      const t = event.target as HTMLIFrameElement;
      if (t.localName === 'iframe' && t.hasAttribute('data-plan-embed')) ask(t);
    },
    true,
  );

  addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== TYPE || typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-plan-embed]')) {
      if (!event.source || iframe.contentWindow !== event.source) continue;
      let origin: string;
      try {
        origin = new URL(iframe.src, document.baseURI).origin;
      } catch {
        return;
      }
      if (origin === event.origin) iframe.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });
})();
