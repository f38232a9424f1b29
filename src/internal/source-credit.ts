import { css, html, type TemplateResult } from 'lit';
import { planCredit } from '../data/article-index.js';
import type { CommonStrings } from '../i18n/sections/common.js';

/**
 * The source credit every element shows under its content (Datawrapper's "Source:" line): 来源：the plan's short
 * title (adoption date), the title linking to the official text. Date and URL come from the dataset (planCredit),
 * the words from the common strings. The exact title is left to `<plan-article>`'s citation: it is 56 characters
 * that would cost ≈ 0.17 kB gzip in every bundle. Part `credit`; the elements' `no-credit` attribute turns it off.
 */
export function sourceCredit(common: CommonStrings): TemplateResult {
  const [year, month, day] = planCredit.adoptedOn.split('-').map(Number);
  return html`<p class="credit" part="credit">${common.creditLabel}<a href=${planCredit.sourceUrl}>${common.planShortName}</a>${common.creditAdopted(
    year,
    month,
    day,
  )}</p>`;
}

/**
 * Styles of the credit line: small and muted, its link in the text colour (the page's link styles do not reach in);
 * printed with the source's URL.
 */
export const creditStyles = css`
  .credit {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.5;
  }
  .credit a {
    color: inherit;
  }
  /* on paper the link is its address */
  @media print {
    .credit a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
