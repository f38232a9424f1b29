/**
 * Loading locale packs (src/i18n/packs.ts): its own chunk, import()ed only when an element's locale is not zh-Hans.
 * The import() calls are spelled out so that bundlers see one chunk per locale.
 */
import { deepFreeze } from '../data/freeze.js';
import { warnOnce } from '../internal/warn.js';
import { outlines, packs, type LocalePack, type OtherLocale, type OutlineData } from './packs.js';

/** How long a pack may take before the elements give up on it (they render in zh-Hans and warn). */
const TIMEOUT = 10000;

const LOADERS: { readonly [L in OtherLocale]: () => Promise<{ default: LocalePack }> } = {
  'zh-Hant-HK': () => import('./packs/zh-Hant-HK.js'),
  'zh-Hant-TW': () => import('./packs/zh-Hant-TW.js'),
  en: () => import('./packs/en.js'),
};

const loading = new Map<OtherLocale, Promise<LocalePack>>();

export function load(code: OtherLocale): Promise<LocalePack> {
  let p = loading.get(code);
  if (!p) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT} ms`)), TIMEOUT);
    });
    p = Promise.race([LOADERS[code](), limit])
      .then((m) => {
        const pack = deepFreeze(m.default);
        packs.set(code, pack);
        return pack;
      })
      .finally(() => clearTimeout(timer));
    // said once; a failed load may be retried later (a flaky network), by the next element that needs the pack
    p.catch((error: unknown) => {
      loading.delete(code);
      warnOnce(`the ${code} locale did not load (${error instanceof Error ? error.message : String(error)}); showing zh-Hans.`);
    });
    loading.set(code, p);
  }
  return p;
}

const loadingOutline = new Map<OtherLocale, Promise<OutlineData>>();

/** The pack, then its outline chunk (chapter titles, leads, preamble, closing); retried after a failure. */
export function loadOutline(code: OtherLocale): Promise<OutlineData> {
  let p = loadingOutline.get(code);
  if (!p) {
    p = load(code)
      .then((pack) => pack.outline())
      .then((m) => {
        const outline = deepFreeze(m.default);
        outlines.set(code, outline);
        return outline;
      });
    p.catch(() => loadingOutline.delete(code));
    loadingOutline.set(code, p);
  }
  return p;
}
