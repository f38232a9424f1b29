/**
 * Lit's hydration support, for server-rendered pages (src/ssr/, `npx plan-widgets render`): with it, the elements
 * take over the server's HTML instead of rendering it again. Package entry `shenzhen-plan-widgets/hydrate.js`
 * (import it before the elements) and CDN file `plan-hydrate.js` (the autoloader imports it by itself when it finds
 * server-rendered tags; a page that loads element files directly loads it first):
 *
 *   import 'shenzhen-plan-widgets/hydrate.js';
 *   import 'shenzhen-plan-widgets/define/plan-article.js';
 *
 * The support module installs a hook that LitElement calls when Lit's module is evaluated. Where Lit was evaluated
 * first (in the CDN folder Lit lives in the shared runtime chunk, which this module's import of `lit` evaluates
 * before this body), the hook is applied here, once: it has been applied when LitElement has its own
 * `observedAttributes` (the hook adds `defer-hydration` to them). test/ssr/ fails if that ever changes.
 * Elements defined before this runs render on the client as usual (the server's HTML is replaced, not hydrated).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
const hook = (globalThis as { litElementHydrateSupport?: Hook }).litElementHydrateSupport;
if (hook && !Object.hasOwn(LitElement, 'observedAttributes')) hook({ LitElement });
