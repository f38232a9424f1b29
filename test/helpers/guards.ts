/**
 * Watchers for the hardening suites (test/fuzz.test.ts, test/hostile-host.test.ts, test/lifecycle.test.ts): what
 * reaches the window uncaught, console warnings counted by message, the element tree across shadow roots, and
 * live counts of observers and global listeners. No library code imports this.
 */
import type { ReactiveElement } from 'lit';

export type PlanEl = ReactiveElement & HTMLElement;

/** Collects uncaught errors and unhandled rejections reaching `win` until `stop()`. */
export function watchUncaught(win: Window = window): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => void errors.push(`error: ${e.message} (${e.filename}:${e.lineno})`);
  const onRejection = (e: PromiseRejectionEvent) =>
    void errors.push(`unhandledrejection: ${e.reason instanceof Error ? `${e.reason.name}: ${e.reason.message}` : String(e.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Counts console.warn (and console.error) calls by message until `stop()`; messages are also passed on silently. */
export function countConsole(): { warnings: Map<string, number>; errors: string[]; stop(): void } {
  const warnings = new Map<string, number>();
  const errors: string[] = [];
  const [warn, error] = [console.warn, console.error];
  console.warn = (...args: unknown[]) => {
    const m = args.map(String).join(' ');
    warnings.set(m, (warnings.get(m) ?? 0) + 1);
  };
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    stop() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Every element under `root`, also inside open shadow roots (and theirs), the shadow roots' hosts included. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The plan-* elements in `root` and in the shadow roots below it, `root` included if it is one. */
export function deepPlanElements(root: Element): PlanEl[] {
  return [root, ...deepElements(root)].filter((e) => e.localName.startsWith('plan-') && 'updateComplete' in e) as PlanEl[];
}

/** Resolves true when `p` settles within `ms`, false after `ms`; a rejection is rethrown. */
export async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([p.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for `el` and every plan-* element inside its shadow tree to finish updating (twice: children render late). */
export async function settleDeep(el: Element, ms = 5000): Promise<boolean> {
  for (let round = 0; round < 2; round++) {
    const ok = await within(Promise.all(deepPlanElements(el).map((e) => e.updateComplete)), ms);
    if (!ok) return false;
  }
  return true;
}

/** Problems in an element's tree: tags outside `allowed`, event-handler attributes, script URLs in href/src/action. */
export function markupProblems(root: ParentNode, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    if (!allowed.has(el.localName)) problems.push(`<${el.localName}> is not in the allow-list`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) problems.push(`<${el.localName} ${a.name}> (event handler attribute)`);
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
        // eslint-disable-next-line no-control-regex -- browsers skip control characters in a URL's scheme
        /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))
      )
        problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
    }
  }
  return problems;
}

/** The tag names in a tree (across shadow roots): a clean render's, for the allow-list. */
export function tagNames(root: ParentNode): Set<string> {
  return new Set(deepElements(root).map((e) => e.localName));
}

type Counted = { name: string; active: (ignore?: (target: unknown) => boolean) => number; restore(): void };

/**
 * Wraps IntersectionObserver, ResizeObserver and MutationObserver (observe / unobserve / disconnect) and
 * window/document add/removeEventListener while installed, counting what is live: observed targets per observer
 * (observing a target again renews it, it does not add one) and registered listeners (type, callback, capture),
 * as the platform deduplicates them. `counts()` gives the live numbers (observed targets for which `ignore` is true
 * left out); `restore()` puts the originals back.
 */
export function countResources(): { counts(ignore?: (target: unknown) => boolean): Record<string, number>; restore(): void } {
  const counted: Counted[] = [];

  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const) {
    const Original = window[name] as unknown as { prototype: Record<string, (...a: unknown[]) => unknown> };
    if (!Original) continue;
    const proto = Original.prototype;
    const live = new Map<object, Set<unknown>>();
    const saved = { observe: proto.observe, unobserve: proto.unobserve, disconnect: proto.disconnect };
    proto.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      const set = live.get(this) ?? new Set();
      set.add(target);
      live.set(this, set);
      return saved.observe.call(this, target, ...rest);
    };
    if (saved.unobserve)
      proto.unobserve = function (this: object, target: unknown) {
        live.get(this)?.delete(target);
        return saved.unobserve.call(this, target);
      };
    proto.disconnect = function (this: object) {
      live.delete(this);
      return saved.disconnect.call(this);
    };
    counted.push({
      name,
      active: (ignore) => [...live.values()].reduce((n, s) => n + [...s].filter((t) => !ignore?.(t)).length, 0),
      restore() {
        proto.observe = saved.observe;
        if (saved.unobserve) proto.unobserve = saved.unobserve;
        proto.disconnect = saved.disconnect;
      },
    });
  }

  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const live = new Set<string>();
    const ids = new WeakMap<object, number>();
    let next = 0;
    const key = (type: string, fn: unknown, options: unknown) => {
      if (!fn || (typeof fn !== 'function' && typeof fn !== 'object')) return undefined;
      if (!ids.has(fn)) ids.set(fn, next++);
      const capture = typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
      return `${type}|${ids.get(fn)}|${capture}`;
    };
    // the originals, called with their target below and put back by restore()
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const add = target.addEventListener;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
      const k = key(type, fn, options);
      // { once } listeners remove themselves without a call we see: not counted as live
      if (k && !(options as AddEventListenerOptions | undefined)?.once) live.add(k);
      return add.call(this, type, fn as EventListener, options as AddEventListenerOptions);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
      const k = key(type, fn, options);
      if (k) live.delete(k);
      return remove.call(this, type, fn as EventListener, options as EventListenerOptions);
    } as typeof remove;
    counted.push({
      name: `${name} listeners`,
      active: () => live.size,
      restore() {
        target.addEventListener = add;
        target.removeEventListener = remove;
      },
    });
  }

  return {
    counts: (ignore) => Object.fromEntries(counted.map((c) => [c.name, c.active(ignore)])),
    restore: () => counted.forEach((c) => c.restore()),
  };
}
