/** The zh-Hant-TW locale pack (src/i18n/packs.ts): all of it generated from the zh-Hans source by scripts/build-hant.ts. */
import { ui } from '../../generated/zh-Hant-TW/ui.js';
import { meta } from '../../generated/zh-Hant-TW/meta.js';
import { stageFigures, stages } from '../../generated/zh-Hant-TW/stages.js';
import { figures } from '../../generated/zh-Hant-TW/figures.js';
import { chapters } from '../../generated/zh-Hant-TW/chapter-loaders.js';
import type { LocalePack } from '../packs.js';

const pack: LocalePack = {
  ui,
  meta,
  stages,
  stageFigures,
  figures,
  phraseLang: 'zh-Hant-TW',
  translated: false,
  outline: () => import('../../generated/zh-Hant-TW/outline-data.js'),
  chapters,
};
export default pack;
