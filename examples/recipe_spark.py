"""Recipe: parse a text column of a Spark DataFrame with hindinews.spark.

``with_parsed`` adds an ``article`` struct column (headline, dateline,
blocks, story text...) computed on the executors; every other column passes
through.  Needs ``pip install 'hindinews[spark]'`` (pyspark and pyarrow) on
the driver and the executors, and a Java runtime for Spark::

    python examples/recipe_spark.py             # the dev articles in tests/fixtures
    python examples/recipe_spark.py raw.jsonl   # a JSONL file with a "text" field

It runs Spark in local mode on this machine; on a cluster, drop ``.master``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from hindinews.spark import with_parsed


def demo_jsonl(folder: Path) -> Path:
    """The dev articles shipped with the tests, written as a JSONL corpus."""
    fixtures = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
    path = folder / "raw.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for gold in sorted(fixtures.glob("*.json")):
            record = json.loads(gold.read_text(encoding="utf-8"))
            out.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str]) -> int:
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("hindinews-recipe")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            source = argv[1] if len(argv) > 1 else str(demo_jsonl(Path(tmp)))
            raw = spark.read.json(source)
            parsed = with_parsed(raw, text_col="text", error_col="parse_error")
            parsed.select(
                "id",
                F.col("article.headline").alias("headline"),
                F.col("article.dateline.place").alias("place"),
                F.length("article.story_text").alias("story_chars"),
            ).show(5, truncate=40)
            # One row per block: what the corpus is made of.
            blocks = parsed.select("id", F.explode("article.blocks").alias("block"))
            blocks.groupBy("block.label").agg(F.sum(F.length("block.text")).alias("chars")).orderBy(
                F.desc("chars")
            ).show()
            failed = parsed.where(F.col("parse_error").isNotNull()).count()
            print(f"{parsed.count()} articles parsed, {failed} failed")
            out = Path(tmp) / "parsed.parquet"
            parsed.write.parquet(str(out))
            print("wrote", out.name, "with columns", spark.read.parquet(str(out)).columns)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
