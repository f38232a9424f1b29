/**
 * Storybook controls from the manifest: an attribute or property typed as a union of string literals in the
 * element (`variant: 'card' | 'inline' | 'compact'`, `theme?: 'light' | 'dark'`) reaches Storybook as that type
 * text (custom-elements.json → `type: { name: "'card' | 'inline' | 'compact'" }`), which Storybook cannot turn
 * into a control by itself. This enhancer makes it an enum, so Storybook's own inference gives a radio (≤ 5
 * options) or a select, and stories need not repeat the option lists. An optional property (`| undefined`)
 * gets `undefined` as its first option: the element's default ("follow the page" for theme). Options a story
 * gives itself are kept.
 */
import type { ArgTypesEnhancer } from 'storybook/internal/types';

/** `'a' | 'b' | undefined` → ['a', 'b'] and whether undefined is allowed; undefined for any other type text. */
export function literalUnion(text: unknown): { values: string[]; optional: boolean } | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split('|').map((p) => p.trim());
  const literals = parts.filter((p) => p !== 'undefined');
  if (!literals.length || !literals.every((p) => /^'[^'\\]*'$/.test(p))) return undefined;
  return { values: literals.map((p) => p.slice(1, -1)), optional: literals.length < parts.length };
}

export const literalUnionControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([key, argType]) => {
      const union = argType.options ? undefined : literalUnion(argType.type && (argType.type as { name?: unknown }).name);
      if (!union) return [key, argType];
      const options = union.optional ? [undefined, ...union.values] : union.values;
      return [key, { ...argType, type: { name: 'enum', value: union.values }, options }];
    }),
  );
