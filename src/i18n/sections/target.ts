/** Strings of <plan-target>. */
export interface TargetStrings {
  /** Accessible name of the element. */
  label: string;
}

export const zhHansTarget: TargetStrings = {
  label: '',
};
