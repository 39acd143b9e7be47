#!/bin/sh
# The browser tests drive Debian's Chromium and Firefox ESR (never a browser downloaded by npm). Installs them,
# with the Chromium translations and a Japanese font, when they are missing and this machine can install them.
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium chromium-l10n"
command -v firefox-esr >/dev/null 2>&1 || missing="$missing firefox-esr"
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-ipafont-gothic >/dev/null 2>&1; then missing="$missing fonts-ipafont-gothic"; fi
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: install these for the browser tests:$missing (no apt-get here)" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then run=""; elif command -v sudo >/dev/null 2>&1; then run="sudo"; else
  echo "setup: as root, run: apt-get install$missing (needed by the browser tests)" >&2
  exit 0
fi
echo "setup: installing from Debian:$missing"
$run apt-get update -qq
DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq --no-install-recommends $missing
