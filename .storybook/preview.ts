import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { literalUnionControls } from './literal-unions.js';
// custom-elements.json is generated (`npm run analyze`, run by the storybook scripts) and git-ignored,
// so it may be missing when `tsc --noEmit` runs on a fresh clone.
// @ts-ignore -- see above: a @ts-expect-error would fail whenever the file exists
import customElements from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  // `'a' | 'b'` types from custom-elements.json become radio/select controls (stories need not list options)
  argTypesEnhancers: [literalUnionControls],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
