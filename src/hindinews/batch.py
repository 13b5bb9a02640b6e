"""Corpus-scale parsing: ordered, streaming, parallel, and nothing is lost.

Three layers, each usable on its own:

* :func:`parse_many` parses an iterable of texts, in worker processes if
  asked, and yields the results in input order.  A failing item yields a
  :class:`ParseError` in its place instead of raising, so one bad record
  never costs the rest::

      >>> from hindinews.batch import parse_many, ParseError
      >>> results = list(parse_many(["शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई।", None]))
      >>> results[0].headline.text
      'शीर्षक जो खबर का है यहां'
      >>> results[1]
      ParseError(index=1, error='TypeError: parse() needs a str, got None')

* helpers that make a pandas Series, a Hugging Face ``datasets`` map or an
  Arrow/Parquet table one line: :func:`parse_series`, :func:`parse_dataset`
  (:func:`hf_map_function`, :func:`hf_features`), :func:`article_row`,
  :func:`article_arrow_type`.
* the ``hindinews batch`` command (:func:`add_batch_command`): JSONL,
  gzipped JSONL, a folder of ``.txt`` files or stdin in; JSONL or Parquet
  out; see ``docs/batch.md`` for the record shapes.

The column schema of a parsed article (for Parquet here and for Spark in
:mod:`hindinews.spark`) is not written by hand: :func:`article_spec` walks
the ``attrs`` fields of :class:`~hindinews.model.Article` and the classes
it holds, and each backend only maps the few scalar kinds::

    >>> [f.name for f in article_spec().fields]
    ['text', 'blocks', 'dateline', 'published', 'updated', 'repairs', 'headline', 'story_text']

pyarrow and pandas are imported only when a function needs them, so
``import hindinews`` stays light.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import importlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import types
import typing
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import IO, Any, Literal, NamedTuple, TypeVar

import attrs

from hindinews.encoding import decode_bytes, require_str
from hindinews.model import Article, Block, Sentence
from hindinews.pipeline import parse

__all__ = [
    "ArticleMapper",
    "Field",
    "ListOf",
    "ParseError",
    "Scalar",
    "StructOf",
    "add_batch_command",
    "article_arrow_type",
    "article_from_row",
    "article_row",
    "article_spec",
    "hf_features",
    "hf_map_function",
    "parse_dataset",
    "parse_many",
    "parse_series",
    "run_batch",
]

T = TypeVar("T")
R = TypeVar("R")

# ============================================================== the schema

ScalarName = Literal["string", "int64", "float64", "bool", "timestamp"]


@attrs.frozen
class Scalar:
    """A leaf column: ``string``, ``int64``, ``float64``, ``bool`` or ``timestamp`` (UTC)."""

    name: ScalarName


@attrs.frozen
class ListOf:
    """A list column (from ``tuple[X, ...]``)."""

    item: FieldType
    item_nullable: bool = False


@attrs.frozen
class StructOf:
    """A struct column (from an ``attrs`` class)."""

    fields: tuple[Field, ...]


@attrs.frozen
class Field:
    """One named column of a struct; ``nullable`` comes from ``X | None``."""

    name: str
    type: FieldType
    nullable: bool


FieldType = Scalar | ListOf | StructOf

_SCALARS: tuple[tuple[type, ScalarName], ...] = (
    # bool before int: bool is an int subclass.
    (bool, "bool"),
    (int, "int64"),
    (float, "float64"),
    (str, "string"),
    (datetime, "timestamp"),
)


def _column_type(hint: Any) -> tuple[FieldType, bool]:
    """(column type, nullable) for one type hint."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no column type for the union {hint!r}: only X | None is supported")
        return _column_type(members[0])[0], True
    if origin in (tuple, list):
        args = typing.get_args(hint)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            raise TypeError(f"no column type for {hint!r}: only tuple[X, ...] is supported")
        item, item_nullable = _column_type(args[0])
        return ListOf(item, item_nullable), False
    if isinstance(hint, type):
        # Enums first: Label and Kind are str subclasses but are stored as their value.
        if issubclass(hint, Enum):
            return Scalar("string"), False
        for python_type, name in _SCALARS:
            if issubclass(hint, python_type):
                return Scalar(name), False
        if attrs.has(hint):
            return _struct_of(hint), False
    raise TypeError(f"no column type for {hint!r}")


@attrs.frozen
class _Derived:
    """An exported value that is not an ``attrs`` field (``to_dict()`` carries it too)."""

    name: str
    hint: Any
    get: Callable[[Any], Any] | None = None  # None: getattr(obj, name)


def _headline_text(article: Article) -> str | None:
    return article.headline.text if article.headline is not None else None


# Hints are spelled out: attrs turns a cached_property of a slotted class into
# a slot, and its return annotation is gone.  test_batch checks these names
# against to_dict() so the two cannot drift apart.
_DERIVED: dict[type, tuple[_Derived, ...]] = {
    Block: (_Derived("normalized", str), _Derived("sentences", tuple[Sentence, ...])),
    Article: (_Derived("headline", str | None, _headline_text), _Derived("story_text", str)),
}
_GETTERS: dict[tuple[type, str], Callable[[Any], Any]] = {
    (cls, d.name): d.get for cls, derived in _DERIVED.items() for d in derived if d.get is not None
}


@functools.cache
def _struct_of(cls: type) -> StructOf:
    hints = typing.get_type_hints(cls)
    fields = [Field(a.name, *_column_type(hints[a.name])) for a in attrs.fields(cls)]
    fields += [Field(d.name, *_column_type(d.hint)) for d in _DERIVED.get(cls, ())]
    return StructOf(tuple(fields))


def article_spec() -> StructOf:
    """The neutral column schema of a parsed article.

    Derived from the ``attrs`` fields and type hints of
    :class:`~hindinews.model.Article`, :class:`~hindinews.model.Block`,
    :class:`~hindinews.model.Sentence`, :class:`~hindinews.model.Dateline`
    and :class:`~hindinews.model.Repair` (``str``/``int`` -> scalars, enums ->
    string, ``datetime`` -> timestamp, ``tuple[X, ...]`` -> list,
    ``X | None`` -> nullable, an attrs class -> struct), plus the derived
    values :meth:`Article.to_dict` also exports: each block's ``normalized``
    and ``sentences``, the article's ``headline`` (its text) and
    ``story_text``.  :func:`article_arrow_type` and
    :func:`hindinews.spark.article_schema` are built from it.

        >>> spec = article_spec()
        >>> [f.name for f in spec.fields]
        ['text', 'blocks', 'dateline', 'published', 'updated', 'repairs', 'headline', 'story_text']
        >>> blocks = spec.fields[1]
        >>> blocks.type.item.fields[0], blocks.nullable
        (Field(name='label', type=Scalar(name='string'), nullable=False), False)
    """
    return _struct_of(Article)


def _plain(value: Any, kind: FieldType) -> Any:
    """``value`` as nested dicts/lists following ``kind`` (enums as their value)."""
    if value is None:
        return None
    if isinstance(kind, StructOf):
        cls = type(value)
        return {
            f.name: _plain(
                getter(value) if (getter := _GETTERS.get((cls, f.name))) else getattr(value, f.name), f.type
            )
            for f in kind.fields
        }
    if isinstance(kind, ListOf):
        return [_plain(v, kind.item) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def article_row(article: Article) -> dict[str, Any]:
    """The article as a row of :func:`article_spec`: nested dicts and lists,
    enums as strings, ``published``/``updated`` as ``datetime`` (not ISO
    text, unlike :meth:`Article.to_dict`), ready for ``pyarrow.array``.

        >>> from hindinews import parse
        >>> row = article_row(parse("शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई।"))
        >>> row["headline"], row["blocks"][0]["label"], row["dateline"]["place"]
        ('शीर्षक जो खबर का है यहां', 'headline', 'पटना')
    """
    row: dict[str, Any] = _plain(article, article_spec())
    return row


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Rebuild the :class:`Article` from a row read back from Parquet, Arrow or
    Spark (``row.asDict(recursive=True)``): the inverse of :func:`article_row`.
    Timestamps come back as the same instants (in UTC from Arrow, in local
    time from Spark), so the rebuilt article compares equal to the original.

        >>> from hindinews import parse
        >>> art = parse("शीर्षक जो खबर का है यहां\\nPublished: 9 April 2018 11:26 AM\\n\\nपटना। आज बारिश हुई।")
        >>> art.published.isoformat()
        '2018-04-09T11:26:00+05:30'
        >>> import pyarrow as pa  # Arrow stores the same instant in UTC
        >>> stored = pa.array([article_row(art)], type=article_arrow_type()).to_pylist()[0]
        >>> stored["published"].isoformat()
        '2018-04-09T05:56:00+00:00'
        >>> article_from_row(stored) == art == article_from_row(article_row(art))
        True
    """
    data = dict(row)
    for field in article_spec().fields:
        value = data.get(field.name)
        if field.type == Scalar("timestamp") and isinstance(value, datetime):
            # Spark's collect() gives naive datetimes in the local time zone;
            # astimezone() reads a naive datetime exactly that way.
            data[field.name] = (value if value.tzinfo else value.astimezone()).isoformat()
    return Article.from_dict(data)


def _pyarrow() -> Any:
    """pyarrow, imported on first use (it is an optional extra)."""
    try:
        return importlib.import_module("pyarrow")
    except ImportError as error:
        raise ImportError("Parquet and Arrow output need pyarrow: pip install 'hindinews[parquet]'") from error


def _arrow_type(pa: Any, kind: FieldType) -> Any:
    if isinstance(kind, StructOf):
        return pa.struct([pa.field(f.name, _arrow_type(pa, f.type), nullable=f.nullable) for f in kind.fields])
    if isinstance(kind, ListOf):
        return pa.list_(pa.field("item", _arrow_type(pa, kind.item), nullable=kind.item_nullable))
    scalars = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        # Every parsed datetime is timezone aware; UTC keeps the instant exact.
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    return scalars[kind.name]


def article_arrow_type() -> Any:
    """The ``pyarrow.StructType`` of :func:`article_row` (needs pyarrow).

    >>> import pyarrow as pa
    >>> from hindinews import parse
    >>> row = article_row(parse("शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई।"))
    >>> arr = pa.array([row], type=article_arrow_type())
    >>> arr.type.field("published").type
    TimestampType(timestamp[us, tz=UTC])
    """
    return _arrow_type(_pyarrow(), article_spec())


# ============================================================== parse_many


@attrs.frozen
class ParseError:
    """Stands in for the article of an item that could not be parsed.

    ``index`` is the item's position in the input; ``error`` says why
    (``"TypeError: parse() needs a str, got int"``).
    """

    index: int
    error: str


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _worker_signals() -> None:
    # Ctrl-C goes to the whole process group; the parent alone decides what
    # happens (it terminates the workers), so workers must not die mid-task
    # printing tracebacks.  A forked worker also inherits the parent's SIGTERM
    # handler, which must not run there: terminate() has to just end it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, dropping queued work."""
    terminate_workers = getattr(pool, "terminate_workers", None)  # Python >= 3.14
    if terminate_workers is not None:
        terminate_workers()
        return
    # Older Pythons have no public way to stop a busy worker.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(5)
    # A worker stopped while it sent a result leaves half a message in the
    # result pipe, and the pool's own thread would wait for the rest for ever
    # (and shutdown() with it).  With every worker gone, closing the one
    # writer left, ours, turns that wait into an end of file: the thread then
    # winds the pool down as broken.  Work still queued for the workers may
    # fill its pipe: the pool must not wait to flush it.
    with contextlib.suppress(Exception):
        pool._call_queue.cancel_join_thread()  # type: ignore[attr-defined]
    with contextlib.suppress(Exception):
        pool._result_queue._writer.close()  # type: ignore[attr-defined]
    pool.shutdown(wait=True, cancel_futures=True)


class _OrderedPool:
    """``map`` over chunks in worker processes, in order, with at most
    ``window`` chunks in flight (so memory does not grow with the input).

    ``Pool.imap`` would read the whole input ahead into its task queue; a
    bounded deque of futures does not.  A worker that dies (segfault, OOM
    kill) breaks the pool: the chunks in flight are then redone one item at
    a time in a fresh pool, and only an item that kills a worker again gets
    ``crashed(item_chunk, reason)`` in its place.
    """

    def __init__(
        self,
        work: Callable[[list[T]], R],
        crashed: Callable[[list[T], str], R],
        jobs: int,
        window: int,
    ) -> None:
        self.work: Callable[[list[Any]], Any] = work
        self.crashed: Callable[[list[Any], str], Any] = crashed
        self.jobs = jobs
        self.window = max(window, jobs)
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[tuple[list[Any], Future[Any]]] = deque()

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_worker_signals)
        return self.pool

    def _restart(self) -> None:
        if self.pool is not None:
            _terminate(self.pool)
        self.pool = None

    def map(self, chunks: Iterable[list[Any]]) -> Iterator[Any]:
        completed = False
        try:
            for chunk in chunks:
                self.pending.append((chunk, self._pool().submit(self.work, chunk)))
                while len(self.pending) >= self.window:
                    yield from self._settle()
            while self.pending:
                yield from self._settle()
            completed = True
        finally:
            # On Ctrl-C or an abandoned generator, queued work is useless.
            if self.pool is not None:
                if completed:
                    self.pool.shutdown(wait=True)
                else:
                    _terminate(self.pool)
                self.pool = None
            self.pending.clear()

    def _settle(self) -> Iterator[Any]:
        chunk, future = self.pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool:
            redo = [chunk] + [c for c, _ in self.pending]
            self.pending.clear()
            self._restart()
            for c in redo:
                yield from self._one_by_one(c)
            return
        except Exception:  # e.g. a result that cannot be pickled
            yield from self._one_by_one(chunk)
            return
        yield result

    def _one_by_one(self, chunk: list[Any]) -> Iterator[Any]:
        for item in chunk:
            try:
                result = self._pool().submit(self.work, [item]).result()
            except BrokenProcessPool:
                self._restart()
                result = self.crashed([item], "worker process died while parsing this record")
            except Exception as error:
                result = self.crashed([item], f"worker failed: {type(error).__name__}: {error}")
            yield result


def _ordered_map(
    work: Callable[[list[T]], R],
    crashed: Callable[[list[T], str], R],
    chunks: Iterable[list[T]],
    jobs: int,
    window: int | None = None,
) -> Generator[R, None, None]:
    """``work`` over ``chunks``: in-process for one job, else in an :class:`_OrderedPool`."""
    if jobs <= 1:
        for chunk in chunks:
            try:
                result = work(chunk)
            except Exception:
                # As with a pool: an unexpected failure costs single records, not the chunk.
                for item in chunk:
                    try:
                        result = work([item])
                    except Exception as error:
                        result = crashed([item], f"failed: {type(error).__name__}: {error}")
                    yield result
                continue
            yield result
        return
    yield from _OrderedPool(work, crashed, jobs, window or 4 * jobs).map(chunks)


def _chunked(items: Iterable[T], size: int, max_bytes: int, weight: Callable[[T], int]) -> Iterator[list[T]]:
    """Lists of up to ``size`` items, cut early once ``max_bytes`` is reached so
    that one huge record travels alone instead of with a full chunk."""
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += weight(item)
        if len(chunk) >= size or total >= max_bytes:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


_MAX_CHUNK_BYTES = 4 << 20


def _parse_items(repair: bool, items: list[tuple[int, str] | ParseError]) -> list[Article | ParseError]:
    out: list[Article | ParseError] = []
    for item in items:
        if isinstance(item, ParseError):
            out.append(item)
            continue
        index, text = item
        try:
            out.append(parse(text, repair=repair))
        except Exception as error:
            out.append(ParseError(index, f"{type(error).__name__}: {error}"))
    return out


def _items_crashed(items: list[tuple[int, str] | ParseError], reason: str) -> list[Article | ParseError]:
    return [item if isinstance(item, ParseError) else ParseError(item[0], reason) for item in items]


def _indexed(texts: Iterable[object]) -> Iterator[tuple[int, str] | ParseError]:
    for index, text in enumerate(texts):
        try:
            # Checked here, not in the worker: a non-str item might not even pickle.
            yield index, require_str(text)
        except TypeError as error:
            yield ParseError(index, f"TypeError: {error}")


def parse_many(
    texts: Iterable[str],
    jobs: int | None = 1,
    chunksize: int = 16,
    *,
    repair: bool = False,
) -> Iterator[Article | ParseError]:
    """Parse ``texts`` lazily, in input order, one result per item.

    An item that cannot be parsed (a non-``str`` item, an exception in the
    parser, a worker process that died) yields a :class:`ParseError` with its
    index instead of raising, so a generator over millions of records never
    stops half way.  ``jobs=1`` parses in this process; ``jobs=N`` uses ``N``
    worker processes (``None``: one per CPU) with at most ``4 * N`` chunks of
    ``chunksize`` texts in flight, however long ``texts`` is.  Breaking out of
    the loop stops the workers.

        >>> results = list(parse_many(["शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई।", 42], jobs=1))
        >>> results[0].dateline.place, results[1].index
        ('पटना', 1)
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    n_jobs = _default_jobs() if jobs is None else jobs
    if n_jobs < 1:
        raise ValueError(f"jobs must be at least 1 (or None for one per CPU), got {jobs}")
    chunks = _chunked(
        _indexed(texts),
        chunksize,
        _MAX_CHUNK_BYTES,
        lambda item: 0 if isinstance(item, ParseError) else len(item[1]),
    )
    for results in _ordered_map(functools.partial(_parse_items, repair), _items_crashed, chunks, n_jobs):
        yield from results


# ============================================================== dataframes


def parse_series(series: Any, *, jobs: int | None = 1, repair: bool = False) -> Any:
    """Parse a pandas Series of texts into a Series of ``Article.to_dict()`` dicts.

    The result has the same index and name; an item that is not a string
    (``None``, ``NaN``) or fails to parse gives ``None``.

        >>> import pandas as pd
        >>> df = pd.DataFrame({"text": ["शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई।", None]})
        >>> df["article"] = parse_series(df["text"])
        >>> df["article"][0]["headline"], df["article"][1]
        ('शीर्षक जो खबर का है यहां', None)
    """
    pd = importlib.import_module("pandas")
    values = [
        item.to_dict() if isinstance(item, Article) else None for item in parse_many(series, jobs=jobs, repair=repair)
    ]
    return pd.Series(values, index=series.index, name=series.name, dtype=object)


@attrs.frozen
class ArticleMapper:
    """A picklable function for ``datasets.Dataset.map`` (see :func:`hf_map_function`)."""

    text_field: str = "text"
    out_field: str = "article"
    repair: bool = False

    def _row(self, text: object) -> dict[str, Any] | None:
        if not isinstance(text, str):
            return None
        try:
            return article_row(parse(text, repair=self.repair))
        except Exception:
            return None

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        texts = batch[self.text_field]
        if isinstance(texts, str) or texts is None:  # Dataset.map without batched=True
            return {self.out_field: self._row(texts)}
        return {self.out_field: [self._row(text) for text in texts]}


def hf_map_function(text_field: str = "text", out_field: str = "article", *, repair: bool = False) -> ArticleMapper:
    """A function for Hugging Face ``Dataset.map`` that adds the parsed article.

    The new column is a struct of :func:`article_spec` (``headline`` and
    ``story_text`` included); a missing or unparsable text gives ``None``.
    Pass ``features=hf_features(ds.features)`` along: without it ``datasets``
    infers the column type from the first batch, and a part that happens to
    be null throughout that batch (say every ``dateline``) then fails a later
    batch.  :func:`parse_dataset` does both in one call::

        ds = ds.map(hf_map_function("text"), batched=True, features=hf_features(ds.features))
    """
    return ArticleMapper(text_field, out_field, repair)


def hf_features(features: Mapping[str, Any] | None = None, out_field: str = "article") -> Any:
    """``datasets.Features``: ``features`` (a dataset's own) plus the article column.

    Derived from :func:`article_arrow_type`, so it is the same schema as the
    Parquet output and the Spark column.
    """
    datasets = importlib.import_module("datasets")
    pa = _pyarrow()
    merged = datasets.Features(dict(features or {}))
    merged.update(datasets.Features.from_arrow_schema(pa.schema([pa.field(out_field, article_arrow_type())])))
    return merged


def parse_dataset(
    dataset: Any, text_field: str = "text", out_field: str = "article", *, repair: bool = False, **map_kwargs: Any
) -> Any:
    """A Hugging Face ``Dataset`` with the parsed article of ``text_field`` added.

    ``map_kwargs`` go to ``Dataset.map`` (``num_proc=4`` parses in 4
    processes, ``batch_size=...``)::

        ds = parse_dataset(load_dataset("json", data_files="corpus.jsonl", split="train"))
        ds[0]["article"]["headline"]
    """
    map_kwargs.setdefault("batched", True)
    return dataset.map(
        hf_map_function(text_field, out_field, repair=repair),
        features=hf_features(dataset.features, out_field),
        **map_kwargs,
    )


# ============================================================== batch: input


class _Item(NamedTuple):
    """One input record on its way to a worker."""

    kind: Literal["json", "txt"]
    where: int | str  # line number (json) or relative path (txt)
    data: bytes
    error: str | None  # already failed while reading


@attrs.define
class _Source:
    items: Iterator[_Item]
    progress: Callable[[], float | None]
    close: Callable[[], None]


class InputError(Exception):
    """The input as a whole cannot be read (exit status 2)."""


def _json_lines(stream: Iterable[bytes]) -> Iterator[_Item]:
    line_no = 0
    try:
        for line in stream:
            line_no += 1
            # Blank lines separate nothing in JSONL and are not records;
            # isspace() rather than strip(): no copy of a huge line.
            if line and not line.isspace():
                yield _Item("json", line_no, line, None)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        # Everything read so far stands; the rest of the stream is one lost record.
        yield _Item("json", line_no + 1, b"", f"input truncated or corrupt after line {line_no}: {error}")
    except OSError as error:
        yield _Item("json", line_no + 1, b"", f"input unreadable after line {line_no}: {error}")


def _txt_files(root: Path) -> Iterator[_Item]:
    unlisted: list[OSError] = []
    for folder, subfolders, files in os.walk(root, onerror=unlisted.append):
        # A folder that cannot be listed is a record that cannot be read.
        while unlisted:
            error = unlisted.pop(0)
            where = Path(error.filename or folder).relative_to(root).as_posix()
            yield _Item("txt", where, b"", f"cannot list folder: {error.strerror or error}")
        subfolders.sort()
        for name in sorted(files):
            if not name.lower().endswith(".txt"):
                continue
            path = Path(folder, name)
            where = path.relative_to(root).as_posix()
            try:
                data = path.read_bytes()
            except OSError as error:
                yield _Item("txt", where, b"", f"cannot read file: {error.strerror or error}")
            else:
                yield _Item("txt", where, data, None)
    for failure in unlisted:
        where = Path(failure.filename or root).relative_to(root).as_posix()
        yield _Item("txt", where, b"", f"cannot list folder: {failure.strerror or failure}")


def _open_source(spec: str) -> _Source:
    """Open INPUT: ``-``, a folder of ``.txt`` files, or a (gzipped) JSONL file."""
    if spec == "-":
        stdin: IO[bytes] = sys.stdin.buffer
        peek = getattr(stdin, "peek", None)
        gzipped = peek is not None and peek(2)[:2] == b"\x1f\x8b"
        return _Source(_json_lines(gzip.GzipFile(fileobj=stdin) if gzipped else stdin), lambda: None, lambda: None)
    path = Path(spec)
    if path.is_dir():
        return _Source(_txt_files(path), lambda: None, lambda: None)
    try:
        raw = path.open("rb")
        size = os.fstat(raw.fileno()).st_size  # 0 for a pipe: no percentage then
        magic = raw.peek(2)[:2]  # peek, not read + seek: INPUT may be a pipe, <(zcat ...)
    except OSError as error:
        raise InputError(f"cannot read {spec}: {error.strerror or error}") from error
    # By content, not only by name: a .jsonl that is really gzipped still reads.
    stream: IO[bytes] | gzip.GzipFile = gzip.GzipFile(fileobj=raw) if magic == b"\x1f\x8b" else raw

    def progress() -> float | None:
        try:
            return raw.tell() / size if size else None
        except (OSError, ValueError):
            return None

    def close() -> None:
        stream.close()
        raw.close()

    return _Source(_json_lines(stream), progress, close)


# ============================================================== batch: records


@attrs.frozen
class _Job:
    text_field: str
    story: bool
    parquet: bool
    repair: bool


@attrs.frozen
class _Chunk:
    """What a worker hands back for one chunk: counts and ready-to-write output."""

    ok: int
    failed: int
    payload: Any  # JSONL bytes, or a pyarrow RecordBatch for Parquet


_MISSING = object()


def _json_kind(value: object) -> str:
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    return names.get(type(value), "an array" if isinstance(value, list) else "an object")


def _read_txt(data: bytes) -> tuple[str | None, str | None]:
    try:
        text = decode_bytes(data)
    except UnicodeDecodeError as error:
        if b"\x00" in data:
            return None, "binary file (NUL bytes), not text"
        return None, f"not UTF-8 text (invalid byte at offset {error.start}; no UTF-16/32 byte-order mark)"
    if "\x00" in text:
        return None, "binary file (NUL characters), not text"
    return text, None


def _read_json(job: _Job, data: bytes) -> tuple[dict[str, Any], str | None, str | None]:
    try:
        line = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return {}, None, f"invalid UTF-8 at byte {error.start} of the line"
    try:
        record = json.loads(line)
    except RecursionError:
        return {}, None, "bad JSON: nested too deeply"
    except ValueError as error:
        return {}, None, f"bad JSON: {error}"
    if not isinstance(record, dict):
        return {}, None, f"bad record: {_json_kind(record)}, not a JSON object"
    text = record.pop(job.text_field, _MISSING)
    if text is _MISSING:
        return record, None, f"no {job.text_field!r} field"
    if not isinstance(text, str):
        return record, None, f"the {job.text_field!r} field is {_json_kind(text)}, not a string"
    return record, text, None


def _parse_item(job: _Job, item: _Item) -> tuple[dict[str, Any], Article | None, str | None]:
    """(carried fields, article, error) for one input record."""
    carried: dict[str, Any]
    text: str | None
    if item.kind == "txt":
        carried = {"id": item.where}
        text, error = (None, item.error) if item.error else _read_txt(item.data)
    elif item.error:
        carried, text, error = {}, None, item.error
        if 0 < len(item.data) <= _MAX_CHUNK_BYTES // 4:
            # A record whose parse killed a worker: still carry its fields
            # (JSON decoding is cheap; parsing it again is what is avoided).
            carried = _read_json(job, item.data)[0]
    else:
        carried, text, error = _read_json(job, item.data)
    if text is None:
        return carried, None, error
    try:
        return carried, parse(text, repair=job.repair), None
    except Exception as exc:
        return carried, None, f"parse failed: {type(exc).__name__}: {exc}"


def _dumps(record: Mapping[str, Any]) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        # A lone surrogate (legal in JSON "\ud800", not in UTF-8): escaped
        # output keeps it rather than losing the record.
        return json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"


def _jsonl_record(job: _Job, item: _Item, carried: dict[str, Any], article: Article | None, error: str | None) -> bytes:
    record = dict(carried)
    if article is None:
        record["path" if item.kind == "txt" else "line"] = item.where
        record["error"] = error
    elif job.story:
        record["story_text"] = article.story_text
    else:
        record["article"] = article.to_dict()
    return _dumps(record)


def _safe_text(value: str) -> str:
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _parquet_row(
    job: _Job, item: _Item, carried: dict[str, Any], article: Article | None, error: str | None
) -> dict[str, Any]:
    is_txt = item.kind == "txt"
    ident = carried.get("id")
    row: dict[str, Any] = {
        "line": None if is_txt else item.where,
        # A file name that is not UTF-8 reaches Python with surrogate escapes.
        "path": _safe_text(str(item.where)) if is_txt else None,
        "id": None if ident is None else _safe_text(ident if isinstance(ident, str) else json.dumps(ident)),
        "fields": None if is_txt else _dumps(carried).decode("utf-8").rstrip("\n"),
        "error": error,
    }
    if job.story:
        row["story_text"] = article.story_text if article is not None else None
    else:
        row["article"] = article_row(article) if article is not None else None
    return row


@functools.cache
def _parquet_schema(story: bool) -> Any:
    pa = _pyarrow()
    last = pa.field("story_text", pa.string()) if story else pa.field("article", article_arrow_type())
    return pa.schema(
        [
            pa.field("line", pa.int64()),
            pa.field("path", pa.string()),
            pa.field("id", pa.string()),
            pa.field("fields", pa.string()),
            pa.field("error", pa.string()),
            last,
        ]
    )


def _to_batch(job: _Job, rows: list[dict[str, Any]]) -> tuple[Any, int]:
    """A RecordBatch of ``rows`` and how many rows had to become error rows."""
    pa = _pyarrow()
    schema = _parquet_schema(job.story)
    try:
        return pa.RecordBatch.from_pylist(rows, schema=schema), 0
    except Exception:
        pass
    # Some row does not fit (e.g. a lone surrogate in the text): find it
    # rather than lose the chunk.
    fixed: list[dict[str, Any]] = []
    demoted = 0
    for row in rows:
        try:
            pa.RecordBatch.from_pylist([row], schema=schema)
            fixed.append(row)
        except Exception as error:
            demoted += row["error"] is None
            row = {**row, "error": f"cannot store in Parquet: {error}", "article": None, "story_text": None}
            fixed.append({name: row.get(name) for name in schema.names})
    return pa.RecordBatch.from_pylist(fixed, schema=schema), demoted


def _format_item(job: _Job, item: _Item) -> tuple[bool, Any]:
    """(parsed?, the record's JSONL line or Parquet row)."""
    carried, article, error = _parse_item(job, item)
    formatter = _parquet_row if job.parquet else _jsonl_record
    try:
        # Block.normalized and .sentences are computed here, on first use.
        return article is not None, formatter(job, item, carried, article, error)
    except Exception as exc:
        reason = f"cannot serialise the parsed article: {type(exc).__name__}: {exc}"
        return False, formatter(job, item, carried, None, reason)


def _run_chunk(job: _Job, items: list[_Item]) -> _Chunk:
    """The worker: parse a chunk and format it for the sink (all CPU work happens here)."""
    results = [_format_item(job, item) for item in items]
    failed = sum(not ok for ok, _ in results)
    if job.parquet:
        batch, demoted = _to_batch(job, [row for _, row in results])
        return _Chunk(len(items) - failed - demoted, failed + demoted, batch)
    return _Chunk(len(items) - failed, failed, b"".join(line for _, line in results))


def _crashed_chunk(job: _Job, items: list[_Item], reason: str) -> _Chunk:
    return _run_chunk(job, [item._replace(error=reason) for item in items])


# ============================================================== batch: output


def _final_mode(target: Path) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class _Sink:
    """Writes to a hidden temporary file next to OUTPUT and renames it onto
    OUTPUT only on :meth:`commit`, so OUTPUT is either the old file or a
    complete new one, never half written."""

    def __init__(self, target: Path) -> None:
        if target.is_dir():
            raise InputError(f"{target} is a directory")
        self.target = target
        try:
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        except OSError as error:
            raise InputError(f"cannot write {target}: {error.strerror or error}") from error
        os.close(fd)
        self.temp = Path(name)

    def write(self, payload: Any) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        self._close()
        os.chmod(self.temp, _final_mode(self.target))
        os.replace(self.temp, self.target)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._close()
        with contextlib.suppress(OSError):
            self.temp.unlink()


class _JsonlSink(_Sink):
    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.file: IO[bytes] | gzip.GzipFile = open(self.temp, "wb")  # noqa: SIM115 - closed in _close
        if target.name.endswith(".gz"):
            self.file = gzip.GzipFile(filename=target.name[:-3], mode="wb", fileobj=self.file, compresslevel=6)

    def write(self, payload: Any) -> None:
        self.file.write(payload)

    def _close(self) -> None:
        inner = getattr(self.file, "fileobj", None)
        self.file.close()
        if inner is not None:
            inner.close()


class _StdoutSink:
    def write(self, payload: Any) -> None:
        sys.stdout.buffer.write(payload)

    def commit(self) -> None:
        sys.stdout.buffer.flush()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            sys.stdout.buffer.flush()


class _ParquetSink(_Sink):
    """Row groups of up to ``rows`` rows or ~64 MiB, written as they fill."""

    def __init__(self, target: Path, story: bool, rows: int) -> None:
        super().__init__(target)
        self.pq = importlib.import_module("pyarrow.parquet")
        self.pa = _pyarrow()
        self.writer = self.pq.ParquetWriter(str(self.temp), _parquet_schema(story), compression="zstd")
        self.rows = rows
        self.batches: list[Any] = []
        self.buffered_rows = 0
        self.buffered_bytes = 0

    def write(self, payload: Any) -> None:
        self.batches.append(payload)
        self.buffered_rows += payload.num_rows
        self.buffered_bytes += payload.nbytes
        if self.buffered_rows >= self.rows or self.buffered_bytes >= 64 << 20:
            self._flush()

    def _flush(self) -> None:
        if self.batches:
            table = self.pa.Table.from_batches(self.batches)
            self.writer.write_table(table, row_group_size=max(table.num_rows, 1))
        self.batches, self.buffered_rows, self.buffered_bytes = [], 0, 0

    def _close(self) -> None:
        if self.writer is not None:
            try:
                self._flush()
            finally:
                self.writer.close()
                self.writer = None

    def abort(self) -> None:
        self.batches = []  # nothing more reaches the file being thrown away
        super().abort()


# ============================================================== batch: progress


class _Progress:
    """A one-line progress display on stderr, redrawn with ``\\r`` at most 10 times a second."""

    def __init__(self, enabled: bool, fraction: Callable[[], float | None]) -> None:
        self.enabled = enabled
        self.fraction = fraction
        self.start = time.monotonic()
        self.last = 0.0
        self.ok = 0
        self.failed = 0
        self.width = 0

    def add(self, ok: int, failed: int) -> None:
        self.ok += ok
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.1:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        done = self.ok + self.failed
        rate = done / max(now - self.start, 1e-9)
        share = self.fraction()
        bar = ""
        if share is not None:
            share = min(max(share, 0.0), 1.0)
            filled = int(share * 20)
            bar = f"[{'#' * filled}{'.' * (20 - filled)}] {share:4.0%} "
        text = f"{bar}{done} records ({self.ok} ok, {self.failed} failed) {rate:,.1f} records/s"
        columns = shutil.get_terminal_size((80, 20)).columns
        text = text[: max(columns - 1, 10)]
        sys.stderr.write("\r" + text + " " * max(self.width - len(text), 0))
        sys.stderr.flush()
        self.width = len(text)

    def clear(self) -> None:
        if self.enabled and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0

    def summary(self) -> str:
        seconds = time.monotonic() - self.start
        done = self.ok + self.failed
        return (
            f"{done} records: {self.ok} ok, {self.failed} failed in {seconds:.2f} s "
            f"({done / max(seconds, 1e-9):.1f} records/s)"
        )


# ============================================================== batch: command


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C (clean up, then exit 143)."""


def _raise_terminated(signum: int, frame: types.FrameType | None) -> None:
    raise _Terminated()


def run_batch(
    input: str,
    output: str,
    *,
    text_field: str = "text",
    story: bool = False,
    jobs: int | None = None,
    chunksize: int = 16,
    repair: bool = False,
    quiet: bool = False,
    row_group_size: int = 2000,
) -> int:
    """What ``hindinews batch`` does; returns the exit status.

    0: every record parsed; 1: some records are error records; 2: the input
    or output as a whole could not be used; 130: interrupted (143: SIGTERM;
    141: the reader of ``-o -`` closed the pipe).
    """
    n_jobs = _default_jobs() if jobs is None else jobs
    if n_jobs < 1 or chunksize < 1 or row_group_size < 1:
        print("hindinews batch: --jobs, --chunksize and --row-group-size must be at least 1", file=sys.stderr)
        return 2
    to_stdout = output == "-"
    parquet = not to_stdout and output.endswith(".parquet")
    if parquet:
        try:
            importlib.import_module("pyarrow.parquet")
        except ImportError:
            print(
                "hindinews batch: Parquet output needs pyarrow: pip install 'hindinews[parquet]'",
                file=sys.stderr,
            )
            return 2
    job = _Job(text_field=text_field, story=story, parquet=parquet, repair=repair)

    sink: _Sink | _StdoutSink
    try:
        source = _open_source(input)
    except InputError as error:
        print(f"hindinews batch: {error}", file=sys.stderr)
        return 2
    try:
        if to_stdout:
            sink = _StdoutSink()
        elif parquet:
            sink = _ParquetSink(Path(output), story, row_group_size)
        else:
            sink = _JsonlSink(Path(output))
    except InputError as error:
        source.close()
        print(f"hindinews batch: {error}", file=sys.stderr)
        return 2

    progress = _Progress(not quiet and sys.stderr.isatty(), source.progress)
    chunks = _chunked(source.items, chunksize, _MAX_CHUNK_BYTES, lambda item: len(item.data))
    results = _ordered_map(functools.partial(_run_chunk, job), functools.partial(_crashed_chunk, job), chunks, n_jobs)
    # signal handlers can only be set from the main thread (not so when embedded).
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if on_main_thread else None
    try:
        with contextlib.closing(results):
            for chunk in results:
                sink.write(chunk.payload)
                progress.add(chunk.ok, chunk.failed)
        sink.commit()
    except KeyboardInterrupt as interrupt:
        sink.abort()
        progress.clear()
        print(f"hindinews batch: interrupted{'' if to_stdout else f'; {output} not written'}", file=sys.stderr)
        return 143 if isinstance(interrupt, _Terminated) else 130
    except OSError as error:
        sink.abort()
        progress.clear()
        if to_stdout and isinstance(error, BrokenPipeError):
            # Downstream stopped reading (`... -o - | head`): not worth a
            # message.  Point stdout at devnull so the final flush cannot fail too.
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141
        print(f"hindinews batch: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    except BaseException:
        sink.abort()
        progress.clear()
        raise
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        source.close()
    progress.clear()
    print(progress.summary(), file=sys.stderr)
    return 1 if progress.failed else 0


def _batch_command(args: argparse.Namespace) -> int:
    return run_batch(
        args.input,
        args.output,
        text_field=args.text_field,
        story=args.format == "story",
        jobs=args.jobs,
        chunksize=args.chunksize,
        repair=args.repair,
        quiet=args.quiet,
        row_group_size=args.row_group_size,
    )


_BATCH_EPILOG = """\
records out (JSONL, one line per input record, in input order):
  parsed:  {<input fields except the text field>..., "article": {Article.to_dict()}}
  --format story:  {<input fields>..., "story_text": "..."}
  failed:  {<input fields, if readable>..., "line": N, "error": "why"}
  from a .txt folder the input fields are {"id": "relative/path.txt"}; failures carry "path".
Parquet (OUTPUT ending in .parquet): columns line, path, id, fields (the input
fields as JSON), error, and article (a struct) or story_text.
exit status: 0 all parsed, 1 some error records, 2 input/output unusable, 130 interrupted.
"""


def add_batch_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``hindinews batch`` on the CLI's subcommands."""
    batch = commands.add_parser(
        "batch",
        help="parse a whole corpus (JSONL, .jsonl.gz, a folder of .txt, or stdin) to JSONL or Parquet",
        description="Parse every record of INPUT, in parallel, streaming, keeping input order.",
        epilog=_BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("input", metavar="INPUT", help="a .jsonl or .jsonl.gz file, a folder of .txt files, or -")
    batch.add_argument(
        "-o", "--output", required=True, metavar="OUTPUT", help="a .jsonl[.gz] or .parquet file, or - (JSONL)"
    )
    batch.add_argument("--text-field", default="text", help="the JSONL field holding the text (default: text)")
    batch.add_argument(
        "--format", choices=("article", "story"), default="article", help="whole article (default) or story text"
    )
    batch.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: one per CPU)")
    batch.add_argument("--chunksize", type=int, default=16, help="records sent to a worker at a time (default 16)")
    batch.add_argument("--repair", action="store_true", help="repair mojibake (UTF-8 read as cp866/cp1252)")
    batch.add_argument("--quiet", "-q", action="store_true", help="no progress bar (the summary is still printed)")
    batch.add_argument(
        "--row-group-size", type=int, default=2000, help="Parquet rows per row group (default 2000; capped at ~64 MiB)"
    )
    batch.set_defaults(handler=_batch_command)
