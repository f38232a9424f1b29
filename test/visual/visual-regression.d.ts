// @web/test-runner-visual-regression 0.10 lists "types" after "import" in its exports, so TypeScript resolves the
// browser entry to commands.mjs and finds no declarations there: its commands.d.ts, restated.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
