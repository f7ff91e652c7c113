#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/Facilitation.Browser.Tests drive
# /usr/bin/chromium through Playwright; never `playwright install`). Idempotent.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
