/** The zh-Hant-TW locale pack (src/i18n/packs.ts): all of it generated from the zh-Hans source by scripts/build-hant.ts. */
import { ui } from '../../generated/zh-Hant-TW/ui.js';
import { meta } from '../../generated/zh-Hant-TW/meta.js';
import { stageFigures, stages } from '../../generated/zh-Hant-TW/stages.js';
import { figures } from '../../generated/zh-Hant-TW/figures.js';
import type { LocalePack } from '../packs.js';

/** Spelled out so that bundlers see fifteen chunks. */
const chapters: LocalePack['chapters'] = [
  () => import('../../generated/zh-Hant-TW/chapters/chapter-01.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-02.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-03.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-04.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-05.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-06.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-07.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-08.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-09.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-10.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-11.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-12.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-13.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-14.js'),
  () => import('../../generated/zh-Hant-TW/chapters/chapter-15.js'),
];

const pack: LocalePack = {
  ui,
  meta,
  stages,
  stageFigures,
  figures,
  phraseLang: 'zh-Hant-TW',
  translated: false,
  outline: () => import('./zh-Hant-TW-outline.js'),
  chapters,
};
export default pack;
