#!/usr/bin/env bash
# Installs the system Chromium the dashboard's browser tests drive (tests/Octave.Interactly.Sdk.Dashboard.Tests),
# when it is missing. Debian's package; nothing is downloaded by the tests themselves.
set -uo pipefail

printf '\n== %s ==\n' "Chromium for the dashboard's browser tests"

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  echo "chromium: $(chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "chromium is missing and this user cannot install packages; the dashboard browser tests will fail in CI." >&2
  exit 1
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -q && as_root apt-get install -y -q chromium
command -v chromium >/dev/null 2>&1
