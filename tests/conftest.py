"""Shared fixtures: the hand-labelled dev articles copied from shared/dev."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# The suite is deterministic: hypothesis draws the same examples on every run,
# so CI never fails on a new random draw.  Exploration with fresh seeds is the
# fuzz command's job (scripts/fuzz.py, docs/robustness.md).
settings.register_profile("suite", derandomize=True, print_blob=True)
settings.load_profile("suite")

FIXTURES = Path(__file__).parent / "fixtures"


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))]


@pytest.fixture(scope="session")
def gold() -> list[dict[str, Any]]:
    return load_gold()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return str(json.loads((FIXTURES / "seed-asianet-0001.json").read_text(encoding="utf-8"))["text"])
