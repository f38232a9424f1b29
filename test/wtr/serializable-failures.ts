/**
 * Loaded into every test page by web-test-runner.config.mjs (testRunnerHtml), right after WTR's mocha bundle.
 *
 * A failing assertion error carries the values it compared: chai sets `err.actual` to the assertion's subject
 * (`expect(el).to.be.null` → the element) and `err.expected` to the other operand. Two steps in the browser then
 * serialise them, and both throw on a DOM node or a Lit element (circular: `el.renderOptions.host === el`):
 * - mocha's Base reporter (WTR's in-page reporter extends it) JSON.stringifies actual/expected of the same type for a
 *   diff (`stringifyDiffObjs` → `utils.stringify`), inside `Runner#fail`: in an async test the throw escapes the
 *   run, which never ends (in a sync one it replaces the assertion's error with a TypeError);
 * - WTR's mocha adapter copies actual/expected into the results, and the dev server's `sendMessage` → `stable()`
 *   calls `structuredClone`, which throws `DataCloneError` on any Node: the results are never sent.
 * Both throws land in promises nobody awaits, so WTR just waits for `testsFinishTimeout` and then reports
 * "Browser tests did not finish", with no test name and no message.
 *
 * Fix: before mocha sees a failure (`Runner#fail`), an actual/expected value that one of those steps could not handle is
 * turned into a short readable string (`<plan-target figure="gdp-2025" variant="card">`) where a diff is due, or
 * dropped where none is; reportable values are left as they are. One place for every failure: any assertion library,
 * tests and hooks. The test then fails at once with its own message, which names the element.
 */

const MAX_TEXT = 300;
const MAX_ITEMS = 8;

/** mocha's private `Runner#fail(test, err)`: every failure of a test or hook goes through it, before any reporter. */
type Fail = (this: unknown, test: unknown, err: unknown) => unknown;
interface MochaGlobal {
  Runner: { prototype: { fail: Fail; __reportable?: true } };
  utils: { stringify: (value: unknown) => string };
}
const mocha = (globalThis as unknown as { Mocha?: MochaGlobal }).Mocha;

const clip = (s: string, max = MAX_TEXT) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const isNode = (v: object): v is Node => typeof (v as Node).nodeType === 'number' && typeof (v as Node).nodeName === 'string';

/** `<tag a="1" b>`: an element's start tag, attribute values clipped. */
function startTag(el: Element): string {
  const attrs = Array.from(el.attributes, (a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${clip(a.value, 60)}"`));
  return `<${el.localName}${attrs.join('')}>`;
}

function describeNode(node: Node): string {
  switch (node.nodeType) {
    case 1: {
      const el = node as Element;
      const root = el.getRootNode();
      // an element inside a shadow root is named with its host, so the report says which component it came from
      return root instanceof ShadowRoot ? `${startTag(el)} in the shadow root of ${startTag(root.host)}` : startTag(el);
    }
    case 3:
      return `#text ${JSON.stringify(clip(node.textContent ?? '', 60))}`;
    case 8:
      return `<!--${clip(node.textContent ?? '', 60)}-->`;
    case 11:
      return node instanceof ShadowRoot ? `#shadow-root (${node.mode}) of ${startTag(node.host)}` : '#document-fragment';
    default:
      return node.nodeName;
  }
}

/** A readable, size-bounded description of any value, for the test report only. */
function describe(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function${value.name ? `: ${value.name}` : ''}]`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (isNode(value)) return describeNode(value);
  if (value === globalThis) return '[Window]';
  if (value instanceof Error) return `[${value.name}: ${clip(value.message, 100)}]`;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (depth >= 2) return `[${tag}]`;
  if (Array.isArray(value) || value instanceof NodeList || value instanceof HTMLCollection) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, MAX_ITEMS).map((v) => describe(v, depth + 1));
    if (items.length > MAX_ITEMS) shown.push(`… ${items.length - MAX_ITEMS} more`);
    return `${Array.isArray(value) ? '' : `${tag}(${items.length}) `}[${shown.join(', ')}]`;
  }
  const keys = Object.keys(value);
  const shown = keys.slice(0, MAX_ITEMS).map((k) => `${k}: ${describe((value as Record<string, unknown>)[k], depth + 1)}`);
  if (keys.length > MAX_ITEMS) shown.push(`… ${keys.length - MAX_ITEMS} more`);
  const name = (value as { constructor?: { name?: string } }).constructor?.name;
  return `${name && name !== 'Object' ? `${name} ` : ''}{${shown.join(', ')}}`;
}

/** Whether mocha's reporter and WTR's browser→server channel can both serialise the value. */
function serializable(value: unknown): boolean {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  try {
    structuredClone(value);
    mocha!.utils.stringify(value);
    return true;
  } catch {
    return false;
  }
}

const tagOf = (v: unknown) => Object.prototype.toString.call(v);

/**
 * Makes err.actual / err.expected safe to report when one of them is not. Where mocha would show a diff (its own
 * rule, reporters/base.js `showDiff`: same type, expected defined, showDiff not false) both become readable strings,
 * which WTR diffs; otherwise the unreportable value is dropped, as no reporter would show it (the assertion message
 * already names it).
 */
function makeReportable(err: unknown): void {
  if (typeof err !== 'object' || err === null) return;
  const e = err as { actual?: unknown; expected?: unknown; showDiff?: boolean };
  const fixActual = !serializable(e.actual);
  const fixExpected = !serializable(e.expected);
  if (!fixActual && !fixExpected) return;
  const diff = e.showDiff !== false && e.expected !== undefined && tagOf(e.actual) === tagOf(e.expected);
  if (!diff) {
    if (fixActual) e.actual = undefined;
    if (fixExpected) e.expected = undefined;
    return;
  }
  const actual = describe(e.actual);
  const expected = describe(e.expected);
  if (actual === expected) {
    // two different nodes that read the same (`expect(el).to.equal(otherEl)`): a diff of equal strings shows nothing
    e.actual = e.expected = undefined;
    e.showDiff = false;
  } else {
    e.actual = actual;
    e.expected = expected;
  }
}

if (!mocha?.Runner?.prototype?.fail) {
  throw new Error('test/wtr/serializable-failures.ts: window.Mocha is missing; load it after the test framework');
}
const proto = mocha.Runner.prototype;
if (!proto.__reportable) {
  const fail = proto.fail;
  proto.fail = function (test, err) {
    try {
      makeReportable(err);
    } catch {
      // never let the reporting fix itself break a run
    }
    return fail.call(this, test, err);
  };
  proto.__reportable = true;
}

export {};
