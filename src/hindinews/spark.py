"""Parse a text column of a Spark DataFrame.

    from hindinews.spark import with_parsed

    df = spark.read.json("corpus.jsonl")            # any DataFrame with a string column
    parsed = with_parsed(df, text_col="text")       # + an "article" struct column
    parsed.select("id", "article.headline", "article.story_text").show()
    parsed.write.parquet("parsed.parquet")

Needs ``pip install 'hindinews[spark]'`` on the driver *and* on the
executors (the parsing runs there).  Nothing here imports pyspark or pyarrow
until a function is called, so ``import hindinews.spark`` is cheap.

Why ``mapInArrow`` and not a ``pandas_udf``: the article is a nested
struct (lists of blocks, each with a list of sentences).  A scalar
``pandas_udf`` on Spark 3.5 cannot return an array of structs at all, and
where it can it goes Arrow -> pandas objects -> Arrow for every value.
``mapInArrow`` hands the function Arrow record batches and takes Arrow
record batches back: the new column is built straight from
:func:`hindinews.batch.article_row` with the derived Arrow type, and every
other column passes through untouched (no conversion, no copy).  The cost
is that it is a DataFrame transformation rather than a Column expression,
which is what :func:`with_parsed` wraps.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from hindinews.batch import FieldType, ListOf, StructOf, _pyarrow, article_arrow_type, article_row, article_spec
from hindinews.pipeline import parse

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ["article_schema", "with_parsed"]


def _spark_type(kind: FieldType) -> DataType:
    from pyspark.sql import types as T

    if isinstance(kind, StructOf):
        return T.StructType([T.StructField(f.name, _spark_type(f.type), f.nullable) for f in kind.fields])
    if isinstance(kind, ListOf):
        return T.ArrayType(_spark_type(kind.item), containsNull=kind.item_nullable)
    scalars: dict[str, DataType] = {
        "string": T.StringType(),
        "int64": T.LongType(),
        "float64": T.DoubleType(),
        "bool": T.BooleanType(),
        "timestamp": T.TimestampType(),
    }
    return scalars[kind.name]


def article_schema() -> StructType:
    """The Spark ``StructType`` of a parsed article.

    Built from :func:`hindinews.batch.article_spec`, which walks the
    ``attrs`` classes of :mod:`hindinews.model` (so it follows the model
    and is the same schema as the Parquet output of ``hindinews batch``):
    ``str`` -> StringType, ``int`` -> LongType, ``datetime`` ->
    TimestampType, enums -> StringType, ``tuple[X, ...]`` -> ArrayType,
    ``X | None`` -> nullable, plus ``headline`` and ``story_text``.

        >>> schema = article_schema()
        >>> schema["published"].dataType.simpleString(), schema["headline"].nullable
        ('timestamp', True)
        >>> schema["blocks"].dataType.elementType["label"].dataType.simpleString()
        'string'
    """
    schema = _spark_type(article_spec())
    from pyspark.sql.types import StructType

    assert isinstance(schema, StructType)
    return schema


@attrs.frozen
class _ParseBatches:
    """The function ``mapInArrow`` runs on the executors (picklable, so not a closure)."""

    text_col: str
    out_col: str
    error_col: str | None
    repair: bool
    rows_per_batch: int

    def _parse(self, text: object) -> tuple[dict[str, Any] | None, str | None]:
        if not isinstance(text, str):
            return None, f"no text: {self.text_col!r} is null"
        try:
            return article_row(parse(text, repair=self.repair)), None
        except Exception as error:  # one bad row must not fail the whole task
            return None, f"parse failed: {type(error).__name__}: {error}"

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        pa = _pyarrow()
        article_type = article_arrow_type()
        for batch in batches:
            text_index = batch.schema.get_field_index(self.text_col)
            # Spark sends up to 10,000 rows a batch by default; parsed
            # articles are ~7 times their text, so emit smaller batches.
            for start in range(0, batch.num_rows, self.rows_per_batch):
                part = batch.slice(start, self.rows_per_batch)
                parsed = [self._parse(text) for text in part.column(text_index).to_pylist()]
                columns = [*part.columns, pa.array([row for row, _ in parsed], type=article_type)]
                names = [*part.schema.names, self.out_col]
                if self.error_col is not None:
                    columns.append(pa.array([error for _, error in parsed], type=pa.string()))
                    names.append(self.error_col)
                yield pa.RecordBatch.from_arrays(columns, names=names)


def with_parsed(
    df: DataFrame,
    text_col: str = "text",
    out_col: str = "article",
    *,
    error_col: str | None = None,
    repair: bool = False,
    rows_per_batch: int = 256,
) -> DataFrame:
    """``df`` with a column ``out_col`` holding the parsed article of ``text_col``.

    The new column is a struct of :func:`article_schema` (select its parts
    as ``"article.headline"``, ``"article.story_text"``,
    ``"article.blocks"``...).  It is null where the text is null or could
    not be parsed; pass ``error_col="parse_error"`` to also get a string
    column saying why.  Every other column is kept as it is; an existing
    ``out_col`` (or ``error_col``) is replaced.  ``repair=True`` repairs
    mojibake first, as in :func:`hindinews.parse`.

        parsed = with_parsed(spark.read.json("corpus.jsonl"))
        parsed.select("id", "article.headline").show()
    """
    from pyspark.sql.types import StringType, StructField
    from pyspark.sql.types import StructType as SparkStructType

    if text_col not in df.columns:
        raise ValueError(f"with_parsed: no column {text_col!r} in {df.columns}")
    if text_col in (out_col, error_col):
        raise ValueError("with_parsed: out_col and error_col must differ from text_col")
    if rows_per_batch < 1:
        raise ValueError(f"with_parsed: rows_per_batch must be at least 1, got {rows_per_batch}")
    replaced = [c for c in (out_col, error_col) if c is not None and c in df.columns]
    base = df.drop(*replaced) if replaced else df
    fields = [*base.schema.fields, StructField(out_col, article_schema(), nullable=True)]
    if error_col is not None:
        fields.append(StructField(error_col, StringType(), nullable=True))
    function = _ParseBatches(text_col, out_col, error_col, repair, rows_per_batch)
    return base.mapInArrow(function, SparkStructType(fields))
