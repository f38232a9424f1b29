// Classic, same-origin script loaded first by page.html (an inline one would itself be blocked by the CSP under test):
// records every CSP violation and console error of the page from the start, for test/csp/csp.test.ts.
window.__violations = [];
window.__errors = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) =>
    window.__violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile,
    }),
  true,
);
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener('error', (e) => window.__errors.push(`uncaught: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${String(e.reason)}`));
