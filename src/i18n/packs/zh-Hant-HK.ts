/** The zh-Hant-HK locale pack (src/i18n/packs.ts): all of it generated from the zh-Hans source by scripts/build-hant.ts. */
import { ui } from '../../generated/zh-Hant-HK/ui.js';
import { meta } from '../../generated/zh-Hant-HK/meta.js';
import { stageFigures, stages } from '../../generated/zh-Hant-HK/stages.js';
import { figures } from '../../generated/zh-Hant-HK/figures.js';
import { chapters } from '../../generated/zh-Hant-HK/chapter-loaders.js';
import type { LocalePack } from '../packs.js';

const pack: LocalePack = {
  ui,
  meta,
  stages,
  stageFigures,
  figures,
  phraseLang: 'zh-Hant-HK',
  translated: false,
  outline: () => import('../../generated/zh-Hant-HK/outline-data.js'),
  chapters,
};
export default pack;
