"""Shared fixtures: the hand-labelled dev articles copied from shared/dev."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))]


@pytest.fixture(scope="session")
def gold() -> list[dict[str, Any]]:
    return load_gold()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return str(json.loads((FIXTURES / "seed-asianet-0001.json").read_text(encoding="utf-8"))["text"])
