#!/usr/bin/env bash
# Installs Debian's Chromium and poppler-utils (pdftotext) if missing, then checks the handbooks in it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
fi
node scripts/check-handbook.mjs
