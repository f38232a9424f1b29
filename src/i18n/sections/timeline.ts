/** Strings of <plan-timeline>. */
export interface TimelineStrings {
  /** Accessible name of the element. */
  label: string;
}

export const zhHansTimeline: TimelineStrings = {
  label: '',
};
