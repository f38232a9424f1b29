import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { literalUnionControls } from './literal-unions.js';
// custom-elements.json is generated (`npm run analyze`, run by the storybook scripts) and git-ignored,
// so it may be missing when `tsc --noEmit` runs on a fresh clone.
// @ts-ignore -- see above: a @ts-expect-error would fail whenever the file exists
import customElements from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(customElements);

/** The locales of the elements (src/i18n/locale.ts), for the toolbar. */
export const LOCALES = [
  { value: 'zh-Hans', title: '简体中文', right: 'zh-Hans' },
  { value: 'zh-Hant-HK', title: '繁體中文（香港）', right: 'zh-Hant-HK' },
  { value: 'zh-Hant-TW', title: '繁體中文（台灣）', right: 'zh-Hant-TW' },
  { value: 'en', title: 'English', right: 'en' },
] as const;

/** The page switch `data-plan-theme`; `page` sets none (the elements follow the page's `color-scheme`, light here). */
const THEMES = ['page', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** What a host page in that scheme looks like around the elements, so their own colours have a matching canvas. */
const PAGE_STYLE: Record<Theme, string | undefined> = {
  page: undefined,
  light: 'display: block; color-scheme: light; background: #ffffff; color: #1b1b1f',
  dark: 'display: block; color-scheme: dark; background: #121113; color: #ece7e6; padding: 1rem; border-radius: 4px',
};

/**
 * Every story renders inside a stand-in for the host page: `lang` from the `locale` global and `data-plan-theme`
 * from the `theme` global, the two switches a page has (README: Language, Theming). Toolbar or URL:
 * `?globals=locale:en;theme:dark`. A story's own `lang` or `theme` (the Languages and Dark stories) still wins,
 * as it would in a page.
 */
const withPage: Decorator = (story, { globals }) => {
  const locale = LOCALES.some((l) => l.value === globals.locale) ? (globals.locale as string) : 'zh-Hans';
  const theme: Theme = THEMES.includes(globals.theme as Theme) ? (globals.theme as Theme) : 'page';
  return html`<div class="plan-story-page" lang=${locale} data-plan-theme=${theme === 'page' ? nothing : theme} style=${PAGE_STYLE[theme] ?? nothing}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  // `'a' | 'b'` types from custom-elements.json become radio/select controls (stories need not list options)
  argTypesEnhancers: [literalUnionControls],
  decorators: [withPage],
  globalTypes: {
    locale: {
      description: 'Language of the page around the elements (`lang`)',
      toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
    theme: {
      description: 'Page-level theme switch (`data-plan-theme` on an ancestor)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'page', title: 'Page default (no data-plan-theme)', icon: 'browser' },
          { value: 'light', title: 'data-plan-theme="light"', icon: 'sun' },
          { value: 'dark', title: 'data-plan-theme="dark"', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-Hans', theme: 'page' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
