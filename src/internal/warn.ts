const warned = new Set<string>();

/**
 * console.warn once per distinct message for the whole page, so that fifty bad tags do not flood the console.
 * Messages name the element and list the valid values.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[shenzhen-plan-widgets] ${message}`);
}

/**
 * Warnings still being composed (e.g. <plan-target>'s "did you mean", whose code is loaded on demand). Tests wait
 * for them, so that a warning lands in the test that caused it.
 */
export const pendingWarnings = new Set<Promise<unknown>>();

/** For tests: forget which warnings were shown. */
export function resetWarnings(): void {
  warned.clear();
}

/**
 * Shortens and neutralises an attribute value for a message: it is only ever rendered as text (Lit escapes it),
 * but a 10 KB attribute should not become a 10 KB message.
 */
export function describeValue(value: unknown): string {
  const s = String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
