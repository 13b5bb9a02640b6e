"""Recipe: clean a JSONL corpus of raw articles.

Reads one JSON object per line with the raw article in a ``text`` field (any
other fields, such as ``id`` or ``url``, are carried over) and writes one
object per line with the parts a corpus usually keeps::

    python examples/recipe_jsonl.py raw.jsonl clean.jsonl

Run without arguments, it cleans the dev articles in tests/fixtures and
prints the first record.  For large corpora see the ``hindinews batch``
command (docs: "Corpus jobs").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import hindinews


def clean_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its raw ``text``, plus what the parser found."""
    article = hindinews.parse(record["text"])
    dateline = article.dateline
    out = {key: value for key, value in record.items() if key != "text"}
    out.update(
        headline=article.headline.text if article.headline else None,
        dateline=dateline.to_dict() if dateline else None,
        published=article.published.isoformat() if article.published else None,
        story_text=article.story_text,
        bylines=[block.text for block in article.bylines],
        boilerplate_chars=sum(len(block.text) for block in article.boilerplate),
    )
    return out


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def demo_records() -> list[dict[str, Any]]:
    """The dev articles shipped with the tests, as a small corpus."""
    fixtures = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
    records = []
    for path in sorted(fixtures.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        records.append({"id": gold["id"], "text": gold["text"]})
    return records


def main(argv: list[str]) -> int:
    if len(argv) == 3:
        count = write_jsonl((clean_record(r) for r in read_jsonl(Path(argv[1]))), Path(argv[2]))
        print(f"cleaned {count} articles into {argv[2]}")
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    cleaned = [clean_record(r) for r in demo_records()]
    print(f"cleaned {len(cleaned)} dev articles; the first:")
    print(json.dumps(cleaned[0], ensure_ascii=False, indent=2)[:1500])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
