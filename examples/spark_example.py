"""Parse a JSONL corpus with Spark and write Parquet.

Locally (Spark in this process, every core)::

    pip install 'hindinews[spark]'
    python examples/spark_example.py    # examples/sample_corpus.jsonl -> /tmp/hindinews-parsed.parquet
    python examples/spark_example.py IN.jsonl OUT.parquet

On a cluster the same file runs unchanged; the master then comes from
``spark-submit`` (hindinews must be installed on the executors too)::

    spark-submit --master yarn examples/spark_example.py s3://bucket/corpus/*.jsonl s3://bucket/parsed/
"""

from __future__ import annotations

import sys
from pathlib import Path

from pyspark import SparkConf
from pyspark.sql import SparkSession

from hindinews.spark import with_parsed

HERE = Path(__file__).resolve().parent


def main(source: str, target: str) -> None:
    builder = SparkSession.builder.appName("hindinews-parse")
    if not SparkConf().contains("spark.master"):
        # Run directly with python: a local Spark.  Under spark-submit the
        # master is already set and must not be overridden.
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()

    corpus = spark.read.json(source)  # one JSON object per line, with a "text" field
    parsed = with_parsed(corpus, text_col="text", out_col="article", error_col="parse_error")
    parsed.drop("text").write.mode("overwrite").parquet(target)

    # Read it back: the nested parts are ordinary columns.
    result = spark.read.parquet(target)
    result.selectExpr(
        "id",
        "article.headline",
        "article.dateline.place AS place",
        "article.published",
        "size(article.blocks) AS blocks",
        "length(article.story_text) AS story_chars",
    ).show(5, truncate=40)
    failed = result.where("parse_error IS NOT NULL").count()
    print(f"{result.count()} articles written to {target} ({failed} failed)")
    spark.stop()


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0] if args else str(HERE / "sample_corpus.jsonl"),
        args[1] if len(args) > 1 else "/tmp/hindinews-parsed.parquet",
    )
