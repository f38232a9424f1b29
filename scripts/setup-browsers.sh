#!/usr/bin/env bash
# Installs the browsers the tests run in (Debian packages; npm tools cannot download browsers here).
# Idempotent: does nothing when they are all present.
set -euo pipefail

need=(/usr/bin/chromium /usr/bin/chromedriver /usr/bin/firefox-esr /usr/bin/WebKitWebDriver)
missing=0
for f in "${need[@]}"; do [ -x "$f" ] || missing=1; done
command -v xvfb-run >/dev/null 2>&1 || missing=1

if [ "$missing" = 0 ]; then
  echo "setup-browsers: chromium, chromedriver, firefox-esr, WebKitWebDriver and xvfb-run already installed"
  exit 0
fi

SUDO=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "setup-browsers: not root and no sudo; install as root: apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb" >&2
    exit 1
  fi
fi

echo "setup-browsers: installing chromium chromium-driver firefox-esr webkit2gtk-driver xvfb"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb
