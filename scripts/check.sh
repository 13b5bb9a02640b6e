#!/usr/bin/env bash
# The project's whole check: install with the test extras, lint, type-check,
# run every test (among them the strict docs build, the notebook and the
# headless-browser test of the HTML view).  `.ci/run` runs
# exactly this; so does a developer, from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser test renders the HTML view in Debian's Chromium with a
# Devanagari font; install them where we can (root with apt), else that one
# test is skipped and says why.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi
python -m pip install --quiet --disable-pip-version-check -e ".[test]"
ruff check .
mypy
python -m pytest
