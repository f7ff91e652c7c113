#!/usr/bin/env bash
# Installs Debian's Node.js and npm when missing: the web project's build runs `npm ci` to fetch
# the SignalR browser client (served locally, never from a CDN). Idempotent.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
fi
