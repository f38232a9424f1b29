import { css, html, nothing, type TemplateResult } from 'lit';
import { planCredit } from '../data/article-index.js';
import type { CommonStrings } from '../i18n/sections/common.js';

/**
 * The source credit every element shows under its content (Datawrapper's "Source:" line): 来源：the plan's short
 * title (adoption date), the title linking to the official text. Date and URL come from the dataset (planCredit),
 * the words from the common strings. The exact title is left to `<plan-article>`'s citation: it is 56 characters
 * that would cost ≈ 0.17 kB gzip in every bundle. Part `credit`; the elements' `no-credit` attribute turns it off.
 *
 * Once per page: of the elements that show a credit, only the first in document order (of its tree: the document,
 * or the shadow root it is in) prints the source's address on paper (class `url`), and with
 * `<meta name="plan-widgets-credit" content="once">` in the document only that one shows a credit at all; the others
 * render none, as with `no-credit`. Decided at each render from the page as it is then; without a host (the image
 * renderer) or a page (a server render) the credit is the first.
 */
export function sourceCredit(common: CommonStrings, host?: Element): TemplateResult | typeof nothing {
  const root = host?.getRootNode?.() as ParentNode | undefined;
  const first = !root?.querySelector || root.querySelector(CREDITED) === host;
  if (!first && host!.ownerDocument.querySelector('[name=plan-widgets-credit][content=once]')) return nothing;
  const [year, month, day] = planCredit.adoptedOn.split('-').map(Number);
  return html`<p class="credit ${first ? 'url' : ''}" part="credit">${common.creditLabel}<a href=${planCredit.sourceUrl}>${common.planShortName}</a>${common.creditAdopted(
    year,
    month,
    day,
  )}</p>`;
}

/** The elements that show a credit: `no-credit` and `<plan-target variant="inline">` do not; `<plan-outline>` has none. */
const CREDITED =
  ':is(plan-timeline,plan-target:not([variant=inline]),plan-article,plan-search,plan-figures,plan-document):not([no-credit])';

/**
 * Styles of the credit line: small and muted, its link in the text colour (the page's link styles do not reach in);
 * the page's first credit printed with the source's URL.
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
  /* on paper the link is its address, once per page (the first credit, sourceCredit) */
  @media print {
    .url a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
