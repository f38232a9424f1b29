/** Recursively freezes plain data so that no element or host can mutate the shared dataset. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Parses an integer the way attributes should be read: digits only, no signs, spaces, decimals or hex. */
export function strictInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
