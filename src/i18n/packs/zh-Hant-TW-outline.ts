/** The zh-Hant-TW outline data (src/i18n/packs.ts OutlineData): a chunk of its own, loaded by outlines and documents. */
import { chapters } from '../../generated/zh-Hant-TW/chapters.js';
import { articles, closing, preamble } from '../../generated/zh-Hant-TW/outline.js';
import type { OutlineData } from '../packs.js';

const outline: OutlineData = { chapters, articles, preamble, closing };
export default outline;
