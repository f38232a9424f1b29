import { zhHansArticle } from '../sections/article.js';
import { zhHansCommon } from '../sections/common.js';
import { zhHansTarget } from '../sections/target.js';
import { zhHansTimeline } from '../sections/timeline.js';
import type { Translation } from '../types.js';

const translation: Translation = {
  $code: 'zh-Hans',
  $lang: 'zh-Hans',
  $dir: 'ltr',
  common: zhHansCommon,
  timeline: zhHansTimeline,
  target: zhHansTarget,
  article: zhHansArticle,
};
export default translation;
