#!/usr/bin/env bash
# The project's whole check: install with the test extras, lint, type-check,
# build the docs with warnings as errors, run every test.  `.ci/run` runs
# exactly this; so does a developer, from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -e ".[test]"
ruff check .
mypy
python -m pytest
