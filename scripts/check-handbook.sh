#!/usr/bin/env bash
# Installs Debian's Chromium if it is missing, then checks the handbooks in it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
node scripts/check-handbook.mjs
