#!/usr/bin/env bash
# Proves the bare-machine path of the README: `npm ci && npm start` with no browser and no chromedriver reachable.
# Run by .ci/run before any browser is installed or used. Browsers are for tests only, never for installing.
#
# - no chromedriver package is a dependency (tachometer's stand-in, scripts/chromedriver-debian/, is linked into
#   node_modules by scripts/bench-driver.mjs for `npm run bench*` only); the variables below point every place a
#   driver download could look at an empty directory, so the check also fails if a real chromedriver package ever
#   comes back.
# - PATH is reduced to node's own directory plus /usr/bin:/bin with a shadow directory first that hides any
#   chromium/chromedriver/firefox/xvfb-run that may already be installed on the CI machine.
set -euo pipefail
cd "$(dirname "$0")/.."

empty="$(mktemp -d)"
shadow="$(mktemp -d)"
for b in chromium chromium-browser chromedriver google-chrome firefox firefox-esr WebKitWebDriver xvfb-run Xvfb; do
  printf '#!/bin/sh\necho "check-bare-install: %s is hidden in this check" >&2\nexit 127\n' "$b" > "$shadow/$b"
  chmod +x "$shadow/$b"
done
node_dir="$(dirname "$(command -v node)")"
port="${BARE_PORT:-5173}"
log="$(mktemp)"
cleanup() {
  [ -n "${server_pid:-}" ] && kill -- "-$server_pid" 2>/dev/null || true
  rm -rf "$empty" "$shadow" "$log"
}
trap cleanup EXIT

export PATH="$shadow:$node_dir:/usr/local/bin:/usr/bin:/bin"
export CHROMEDRIVER_FILEPATH="$empty/chromedriver" npm_config_chromedriver_filepath="$empty/chromedriver"
export PUPPETEER_SKIP_DOWNLOAD=1 SE_CACHE_PATH="$empty"

echo "check-bare-install: npm ci (no browser, no chromedriver reachable)"
npm ci 2>&1 | tee "$log" | grep -v '^npm warn EBADENGINE' | tail -n 5
if grep -q 'Unknown project config' "$log"; then
  echo "check-bare-install: npm printed 'Unknown project config'" >&2
  exit 1
fi

echo "check-bare-install: npm start"
set -m
npm start >"$log" 2>&1 &
server_pid=$!
set +m
url="http://127.0.0.1:$port"
for _ in $(seq 1 60); do
  curl -fsS "$url/" -o /dev/null 2>/dev/null && break
  sleep 1
done
page="$(curl -fsS "$url/")" || { cat "$log"; echo "check-bare-install: the demo page is not served at $url/" >&2; exit 1; }
grep -q '<plan-timeline' <<<"$page" || { echo "check-bare-install: the page has no <plan-timeline>" >&2; exit 1; }
# the demo's module graph must load: its entry script and the modules it imports transform without errors
entry="$(grep -o 'src="/demo/[^"]*"' <<<"$page" | head -n 1 | cut -d'"' -f2)"
[ -n "$entry" ] || { echo "check-bare-install: no demo entry script in the page" >&2; exit 1; }
curl -fsS "$url$entry" -o /dev/null || { cat "$log"; echo "check-bare-install: $entry fails to load" >&2; exit 1; }
for m in /src/index.ts /src/define/plan-timeline.ts /src/elements/plan-timeline/plan-timeline.ts; do
  curl -fsS "$url$m" -o /dev/null || { cat "$log"; echo "check-bare-install: $m fails to load" >&2; exit 1; }
done
echo "check-bare-install: OK — npm ci && npm start serve the demo at $url/ with no browser installed"
