"""Recipe: parse a pandas column of raw articles.

Two tables come out of one parse per row: one row per article (headline,
dateline, story text) and one row per block (label, kind, span) for
counting what the scrapes are made of::

    python examples/recipe_pandas.py            # the dev articles in tests/fixtures
    python examples/recipe_pandas.py raw.jsonl  # a JSONL file with a "text" field
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

import hindinews


def load_demo() -> pd.DataFrame:
    fixtures = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
    rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(fixtures.glob("*.json"))]
    return pd.DataFrame({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]})


def articles_table(df: pd.DataFrame, parsed: pd.Series) -> pd.DataFrame:
    """One row per article: the input columns plus the parsed parts."""
    return df.drop(columns="text").assign(
        headline=parsed.map(lambda a: a.headline.text if a.headline else None),
        place=parsed.map(lambda a: a.dateline.place if a.dateline else None),
        agency=parsed.map(lambda a: a.dateline.agency if a.dateline else None),
        published=parsed.map(lambda a: a.published),
        story_text=parsed.map(lambda a: a.story_text),
        story_share=parsed.map(lambda a: len(a.story_text) / max(1, len(a.text))),
    )


def blocks_table(ids: pd.Series, parsed: pd.Series) -> pd.DataFrame:
    """One row per non-blank block, keyed by the article's ``id``."""
    rows = [
        {
            "id": article_id,
            "label": block.label.value,
            "kind": block.kind.value if block.kind else None,
            "start": block.start,
            "end": block.end,
            "chars": block.end - block.start,
        }
        for article_id, article in zip(ids, parsed, strict=True)
        for block in article.parts
    ]
    return pd.DataFrame(rows, columns=["id", "label", "kind", "start", "end", "chars"])


def main(argv: list[str]) -> int:
    df = pd.read_json(argv[1], lines=True) if len(argv) > 1 else load_demo()
    if "id" not in df.columns:
        df = df.assign(id=range(len(df)))
    parsed = df["text"].map(hindinews.parse)  # a Series of Article objects, one parse per row
    articles = articles_table(df, parsed)
    blocks = blocks_table(df["id"], parsed)
    with pd.option_context("display.width", 120, "display.max_colwidth", 36, "display.max_columns", 10):
        print(articles[["id", "headline", "place", "story_share"]].head(10))
        print()
        print("characters per label:")
        print(blocks.groupby("label")["chars"].sum().sort_values(ascending=False))
        print()
        print("boilerplate kinds:")
        print(blocks[blocks["label"] == "boilerplate"]["kind"].value_counts())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
