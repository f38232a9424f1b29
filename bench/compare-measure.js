// The measures both pages of the comparison record (bench/compare-timelinejs.json), written once so that both sides
// are timed the same way. `draw` does a library's work, from the 'start' mark to its first-drawn point; `drawnAll`
// checks the result before anything is recorded (a failed render records nothing, and tachometer reports the page).
export async function measureDrawn(what, draw, drawnAll) {
  performance.mark('start');
  await draw();
  const drawn = performance.now();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const laidOut = performance.now();
  if (!drawnAll()) throw new Error(`${what} did not draw the five stages`);
  performance.measure('first-drawn', { start: 'start', end: drawn });
  performance.measure('laid-out', { start: 'start', end: laidOut });
  performance.measure('page-drawn', { start: 0, end: drawn });
}
