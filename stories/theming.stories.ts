import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/plan-article.js';
import '../src/define/plan-target.js';
import '../src/define/plan-timeline.js';

/**
 * Live examples for the Theming page (stories/theming.mdx): a host page restyling the widgets to its brand with a
 * few shared `--plan-*` tokens, the same brand in dark, and the page switch with an element's own `theme`.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  // the docs page is stories/theming.mdx, not an autodocs page
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * A blue newsroom brand, as a host would set it on a wrapper (or on `:root`). Every value is `light-dark(light,
 * dark)`, so the same rule serves both schemes: the elements resolve it against their own `color-scheme`.
 */
const BRAND = [
  '--plan-accent: light-dark(#0b57d0, #a8c7fa)',
  '--plan-text: light-dark(#13223a, #e3e9f5)',
  '--plan-muted: light-dark(#45546b, #aab6cc)',
  '--plan-surface: light-dark(#f5f8ff, #0f1a2e)',
  '--plan-subtle: light-dark(#e3ecff, #1b2a45)',
  '--plan-border: light-dark(#b5c6e6, #3a4d70)',
  '--plan-focus-ring: light-dark(#0b57d0, #a8c7fa)',
  '--plan-radius: 2px',
  "--plan-font-family: 'Helvetica Neue', Arial",
].join('; ');

const widgets = () => html`
  <plan-target figure="gdp-2025"></plan-target>
  <plan-article number="35" excerpt max-chars="90" heading-level="3"></plan-article>
  <plan-timeline compact selected="2035"></plan-timeline>
`;

/** The brand on a light page: `.newsroom { --plan-accent: …; … }` on a wrapper. */
export const Brand: Story = {
  name: 'Brand (light)',
  render: () => html`<div class="newsroom" style="${BRAND}; display: grid; gap: 1.5rem; max-width: 44rem">${widgets()}</div>`,
};

/**
 * The same brand with the page switch set to dark (`data-plan-theme="dark"`, here on the wrapper; a site sets it on
 * `<html>`): the `light-dark()` tokens give their dark values. The page's own background is the host's to set.
 */
export const BrandDark: Story = {
  name: 'Brand (dark)',
  render: () => html`<div
    class="newsroom"
    data-plan-theme="dark"
    style="${BRAND}; display: grid; gap: 1.5rem; max-width: 44rem; padding: 1rem; background: #0a1222; color: #e3e9f5"
  >
    ${widgets()}
  </div>`,
};

/**
 * Which scheme wins: the page switch is dark (`data-plan-theme="dark"` on the wrapper), the second card has its own
 * `theme="light"` and stays light.
 */
export const PageSwitchAndOwnTheme: Story = {
  name: 'Page switch and own theme',
  render: () => html`<div data-plan-theme="dark" style="display: grid; gap: 1rem; padding: 1rem; background: #121113; color: #ece7e6">
    <p style="margin: 0"><code>data-plan-theme="dark"</code> on this wrapper:</p>
    <plan-target figure="rd-intensity-2025" variant="compact"></plan-target>
    <p style="margin: 0">the same, with <code>theme="light"</code> on the element:</p>
    <plan-target figure="rd-intensity-2025" variant="compact" theme="light"></plan-target>
  </div>`,
};
