"""hindinews.spark: the derived Spark schema and ``with_parsed`` on a local Spark."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed (pip install 'hindinews[spark]')", allow_module_level=True)

from pyspark.sql import SparkSession
from pyspark.sql import types as T

from hindinews import parse
from hindinews.batch import article_from_row, article_spec
from hindinews.spark import article_schema, with_parsed

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# pyspark's own complaint about pandas 3, not ours.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # The Python workers Spark starts must import this checkout's hindinews.
    src = str(Path(__file__).resolve().parent.parent / "src")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    session = (
        SparkSession.builder.master("local[1]")
        .appName("hindinews-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.sql.session.timeZone", "UTC")
        # A short-lived test JVM starts faster without the optimising JIT.
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_schema_is_derived_from_the_model() -> None:
    schema = article_schema()
    assert schema.fieldNames() == [f.name for f in article_spec().fields]
    assert schema["text"] == T.StructField("text", T.StringType(), False)
    assert schema["published"] == T.StructField("published", T.TimestampType(), True)
    blocks = schema["blocks"].dataType
    assert isinstance(blocks, T.ArrayType) and not blocks.containsNull
    block = blocks.elementType
    assert isinstance(block, T.StructType)
    assert block["label"].dataType == T.StringType() and not block["label"].nullable  # an enum
    assert block["kind"].nullable and block["start"].dataType == T.LongType()
    sentences = block["sentences"].dataType
    assert isinstance(sentences, T.ArrayType) and sentences.elementType.fieldNames() == ["start", "end", "text"]
    dateline = schema["dateline"]
    assert dateline.nullable and isinstance(dateline.dataType, T.StructType)
    assert schema["repairs"].dataType.elementType.fieldNames() == ["start", "end", "original", "encoding"]


def test_with_parsed_adds_the_article_column(spark: SparkSession) -> None:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FIXTURES.glob("*.json"))][12:17]
    rows: list[tuple[Any, ...]] = [(i, t, "x") for i, t in enumerate(texts)] + [(99, None, "old")]
    df = spark.createDataFrame(rows, "id long, text string, article string")  # an old "article" is replaced
    parsed = with_parsed(df, error_col="parse_error")
    assert parsed.columns == ["id", "text", "article", "parse_error"]
    assert parsed.schema["article"].dataType == article_schema()
    # One Spark job for the whole test (each costs seconds); the nested parts
    # are ordinary columns to Spark SQL.
    got = sorted(parsed.selectExpr("*", "article.story_text AS story").collect(), key=lambda r: r["id"])
    assert [r["id"] for r in got] == [0, 1, 2, 3, 4, 99]
    for row, text in zip(got[:-1], texts, strict=True):
        assert row["parse_error"] is None
        assert article_from_row(row["article"].asDict(recursive=True)) == parse(text)
        assert row["article"]["headline"] == parse(text).headline.text
    assert any(r["article"]["published"] is not None for r in got[:5])
    assert got[-1]["article"] is None and "null" in got[-1]["parse_error"]
    assert got[1]["story"] == parse(texts[1]).story_text and got[-1]["story"] is None


def test_with_parsed_checks_its_columns(spark: SparkSession) -> None:
    df = spark.createDataFrame([("a",)], "body string")
    with pytest.raises(ValueError, match="no column 'text'"):
        with_parsed(df)
    with pytest.raises(ValueError, match="must differ"):
        with_parsed(df, text_col="body", out_col="body")
