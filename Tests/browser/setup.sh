#!/usr/bin/env bash
# Installs what Tests/browser needs, and is safe to run again:
#   - Chromium from Debian (Playwright's own browser download cannot reach the internet here),
#   - a virtualenv (first argument, default <repo>/.venv) with the pinned packages.
# Run as root on Debian 12. Usage: bash Tests/browser/setup.sh [VENV_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${1:-$repo/.venv}"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # Fonts so pages render with real glyph metrics (contrast and reflow checks depend on them).
  apt-get install -y chromium fonts-liberation fonts-dejavu-core
elif [ ! -x "$chromium" ]; then
  echo "setup.sh: $chromium is missing and we are not root to apt-get install it" >&2
  exit 1
fi

# Debian's own python3 needs python3-venv for `-m venv`; other Pythons ship it.
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y python3-venv; fi
fi
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --disable-pip-version-check -q -r "$here/requirements.txt"

# Fail here, not halfway through the suite, if Playwright cannot drive this Chromium.
CHROMIUM_PATH="$chromium" "$venv/bin/python" - <<'PY'
import os
import re
from importlib.metadata import version
from playwright.sync_api import sync_playwright
from axe_playwright_python.base import AXE_SCRIPT

axe_core = re.search(r"axe v([\d.]+)", AXE_SCRIPT).group(1)
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=os.environ["CHROMIUM_PATH"], headless=True)
    print(f"chromium {browser.version}; playwright {version('playwright')}; "
          f"pytest {version('pytest')}; axe-playwright-python {version('axe-playwright-python')}; "
          f"axe-core {axe_core}")
    browser.close()
PY
