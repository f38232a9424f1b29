/** The zh-Hant-HK locale pack (src/i18n/packs.ts): all of it generated from the zh-Hans source by scripts/build-hant.ts. */
import { ui } from '../../generated/zh-Hant-HK/ui.js';
import { meta } from '../../generated/zh-Hant-HK/meta.js';
import { stageFigures, stages } from '../../generated/zh-Hant-HK/stages.js';
import { figures } from '../../generated/zh-Hant-HK/figures.js';
import type { LocalePack } from '../packs.js';

/** Spelled out so that bundlers see fifteen chunks. */
const chapters: LocalePack['chapters'] = [
  () => import('../../generated/zh-Hant-HK/chapters/chapter-01.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-02.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-03.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-04.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-05.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-06.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-07.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-08.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-09.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-10.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-11.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-12.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-13.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-14.js'),
  () => import('../../generated/zh-Hant-HK/chapters/chapter-15.js'),
];

const pack: LocalePack = {
  ui,
  meta,
  stages,
  stageFigures,
  figures,
  phraseLang: 'zh-Hant-HK',
  translated: false,
  outline: () => import('./zh-Hant-HK-outline.js'),
  chapters,
};
export default pack;
