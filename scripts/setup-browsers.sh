#!/usr/bin/env bash
# Installs the browsers the tests run in (Debian packages; npm tools cannot download browsers here).
# Idempotent: does nothing when they are all present.
set -euo pipefail

# Java (headless): the Nu Html Checker (vnu-jar, test/html/validity.node.ts) runs on it
# fonts: a CJK face for the image exports (test/image/: Droid Sans Fallback) and DejaVu Sans, the control without CJK glyphs
need=(/usr/bin/java /usr/bin/chromium /usr/bin/chromedriver /usr/bin/firefox-esr /usr/bin/WebKitWebDriver
  /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
missing=0
for f in "${need[@]}"; do
  case "$f" in
    *.ttf) [ -e "$f" ] || missing=1 ;;
    *) [ -x "$f" ] || missing=1 ;;
  esac
done
command -v xvfb-run >/dev/null 2>&1 || missing=1

if [ "$missing" = 0 ]; then
  echo "setup-browsers: chromium, chromedriver, firefox-esr, WebKitWebDriver, xvfb-run, java and the test fonts already installed"
  exit 0
fi

SUDO=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "setup-browsers: not root and no sudo; install as root: apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-droid-fallback fonts-dejavu-core default-jre-headless" >&2
    exit 1
  fi
fi

echo "setup-browsers: installing chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-droid-fallback fonts-dejavu-core default-jre-headless"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-droid-fallback fonts-dejavu-core default-jre-headless
