/** The en outline data (src/i18n/packs.ts OutlineData): a chunk of its own, loaded by outlines and documents. */
import { chapters } from '../../generated/en/chapters.js';
import { articles, closing, preamble } from '../../generated/en/outline.js';
import type { OutlineData } from '../packs.js';

const outline: OutlineData = { chapters, articles, preamble, closing };
export default outline;
