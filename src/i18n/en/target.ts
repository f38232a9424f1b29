import type { TargetStrings } from '../sections/target.js';

/** “1” and “+1” take the singular: 1 percentage point. */
const one = (value: string) => /^[+\-−]?1$/.test(value);

/** English strings of <plan-target>. */
export const en: TargetStrings = {
  label: (figureLabel) => `Plan figure: ${figureLabel}`,
  kindBaseline: 'Achieved',
  kindTarget: 'Target',
  noYear: 'Year not stated in the plan',
  estimate: 'Estimate',
  relativeTo: (base) => `relative to ${base}`,
  pairFrom: 'Starting point',
  pairTo: 'End point',
  pairEnd: (role, year, value) => `${role}: ${year ? `${year}, ` : ''}${value}`,
  change: (amount, relative) => `Change: ${amount}${relative ? ` (${relative})` : ''}`,
  approx: (value) => `about ${value}`,
  points: (value) => `${value} percentage ${one(value) ? 'point' : 'points'}`,
  approxNote: (qualifiers, estimate) => {
    const words = qualifiers.map((q) => `“${q}”`);
    const said = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
    const reasons = [said ? `the plan says ${said}` : '', estimate ? 'one value is an estimate' : ''].filter(Boolean);
    return `The change is only approximate${reasons.length ? `: ${reasons.join(', and ')}` : ''}.`;
  },
  progressHeading: 'Data supplied by this page (not from the plan)',
  pageData: (text) => ` (data supplied by this page, not from the plan: ${text})`,
  withYear: (year, value) => `${year}: ${value}`,
  ofTarget: (value, share) => `${value}, ${share} of the target value`,
  legendActual: 'Page data',
  markerStart: (kind, year) => ` (${kind}, ${year}, `,
  markerEnd: ')',
  quoteMarks: '“”‘’',
};
