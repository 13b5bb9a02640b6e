"""Recipe: parse a Hugging Face ``datasets.Dataset`` with ``Dataset.map``.

Adds the parsed parts as new columns (plain strings and lists, so the
result saves to Arrow/Parquet like any dataset).  ``batched=True`` hands
``map`` a batch of rows at a time; ``num_proc`` spreads the batches over
processes on a multi-core machine::

    python examples/recipe_datasets.py             # the dev articles in tests/fixtures
    python examples/recipe_datasets.py raw.jsonl   # a local JSONL file with a "text" field

Loading a dataset from the Hub (``load_dataset("org/name")``) works the same
way once it is downloaded; this script reads local data only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from datasets import Dataset


def parse_batch(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """``Dataset.map(parse_batch, batched=True)``: new columns for a batch.

    ``hindinews`` is imported here, not at the top, so that ``datasets`` can
    hash this function for its cache (it pickles a script's globals).
    """
    import hindinews

    articles = [hindinews.parse(text) for text in batch["text"]]
    return {
        "headline": [a.headline.text if a.headline else None for a in articles],
        "place": [a.dateline.place if a.dateline else None for a in articles],
        "story_text": [a.story_text for a in articles],
        "labels": [[b.label.value for b in a.parts] for a in articles],
        "kinds": [[b.kind.value if b.kind else "" for b in a.parts] for a in articles],
    }


def demo_dataset() -> Dataset:
    fixtures = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
    rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(fixtures.glob("*.json"))]
    return Dataset.from_list([{"id": r["id"], "text": r["text"]} for r in rows])


def main(argv: list[str]) -> int:
    raw = Dataset.from_json(argv[1]) if len(argv) > 1 else demo_dataset()
    parsed = raw.map(parse_batch, batched=True, batch_size=64)
    print(parsed)
    first = parsed[0]
    print("headline:", first["headline"])
    print("labels:  ", first["labels"][:8])
    stories = parsed.filter(lambda row: len(row["story_text"]) > 0)
    print(f"{len(stories)} of {len(parsed)} rows have story text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
