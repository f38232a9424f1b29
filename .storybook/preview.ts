import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// custom-elements.json is generated (`npm run analyze`, run by the storybook scripts) and git-ignored,
// so it may be missing when `tsc --noEmit` runs on a fresh clone.
// @ts-ignore
import customElements from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
