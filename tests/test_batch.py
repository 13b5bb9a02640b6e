"""hindinews.batch: parse_many, the dataframe helpers, and ``hindinews batch``."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

import hindinews.batch as batch
from hindinews import parse
from hindinews.batch import ListOf, ParseError, Scalar, StructOf, article_from_row, article_row, parse_many
from hindinews.cli import main
from hindinews.model import Article, Block, Dateline, Repair, Sentence

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
FIXTURES = ROOT / "tests" / "fixtures"
SUMMARY = re.compile(r"^(\d+) records: (\d+) ok, (\d+) failed in [\d.]+ s \([\d.]+ records/s\)$", re.M)


def small_text(i: int) -> str:
    """A short article that parses fast and differs per ``i``."""
    return f"खबर संख्या {i} का शीर्षक यहां है\n\nपटना। बिहार में आज {i} लोग आए और बैठक हुई।\n\nदूसरा अनुच्छेद {i} है।"


@pytest.fixture(scope="module")
def gold_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FIXTURES.glob("*.json"))]


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def summary(err: str) -> tuple[int, int, int]:
    found = SUMMARY.findall(err)
    assert len(found) == 1, err
    total, ok, failed = map(int, found[0])
    assert total == ok + failed
    return total, ok, failed


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}


# ------------------------------------------------------------------ the schema


def test_spec_is_walked_from_the_attrs_classes() -> None:
    spec = batch.article_spec()
    by_name = {f.name: f for f in spec.fields}
    assert list(by_name)[: len(attrs.fields(Article))] == [a.name for a in attrs.fields(Article)]
    assert by_name["published"].type == Scalar("timestamp") and by_name["published"].nullable
    assert by_name["text"] == batch.Field("text", Scalar("string"), False)
    blocks = by_name["blocks"].type
    assert isinstance(blocks, ListOf) and isinstance(blocks.item, StructOf) and not blocks.item_nullable
    block_fields = {f.name: f for f in blocks.item.fields}
    assert [a.name for a in attrs.fields(Block)] == list(block_fields)[: len(attrs.fields(Block))]
    assert block_fields["label"].type == Scalar("string") and not block_fields["label"].nullable  # an enum
    assert block_fields["kind"].nullable  # Kind | None
    sentences = block_fields["sentences"].type
    assert isinstance(sentences, ListOf) and isinstance(sentences.item, StructOf)
    assert [f.name for f in sentences.item.fields] == [a.name for a in attrs.fields(Sentence)]
    dateline = by_name["dateline"]
    assert dateline.nullable and isinstance(dateline.type, StructOf)
    assert [f.name for f in dateline.type.fields] == [a.name for a in attrs.fields(Dateline)]
    repairs = by_name["repairs"].type
    assert isinstance(repairs, ListOf) and isinstance(repairs.item, StructOf)
    assert [f.name for f in repairs.item.fields] == [a.name for a in attrs.fields(Repair)]
    assert by_name["headline"].nullable and not by_name["story_text"].nullable


def test_unsupported_hints_are_refused() -> None:
    with pytest.raises(TypeError, match=r"only X \| None"):
        batch._column_type(int | str)
    with pytest.raises(TypeError, match=r"tuple\[X, \.\.\.\]"):
        batch._column_type(tuple[int, str])
    with pytest.raises(TypeError, match="no column type"):
        batch._column_type(bytes)


def _isoformat_datetimes(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _isoformat_datetimes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_isoformat_datetimes(v) for v in value]
    return value.isoformat() if isinstance(value, datetime) else value


def test_rows_follow_to_dict_exactly(gold_texts: list[str]) -> None:
    # The schema is derived from attrs, to_dict() is written by hand: this is
    # where the two would drift apart.
    mojibake = "рд╕рд▓рдорд╛рди рдЦрд╛рди рдиреЗ рдХрд╣рд╛ рдХрд┐ рд╡рд╣ рдЖрдПрдВрдЧреЗ\n\nलखनऊ। आज बैठक हुई।"
    articles = [parse(t) for t in gold_texts] + [parse(mojibake, repair=True)]
    assert articles[-1].repairs and any(a.dateline for a in articles) and any(a.published for a in articles)
    for article in articles:
        row = article_row(article)
        assert _isoformat_datetimes(row) == article.to_dict()
        assert article_from_row(row) == article


def test_arrow_round_trip_keeps_the_instant(gold_texts: list[str]) -> None:
    pa = pytest.importorskip("pyarrow")
    articles = [parse(t) for t in gold_texts]
    stored = pa.array([article_row(a) for a in articles], type=batch.article_arrow_type()).to_pylist()
    assert [article_from_row(r) for r in stored] == articles
    published = next(r["published"] for r in stored if r["published"] is not None)
    assert published.utcoffset().total_seconds() == 0  # stored in UTC


# ------------------------------------------------------------------ parse_many


def test_parse_many_in_order_with_workers() -> None:
    texts: list[Any] = [small_text(i) for i in range(40)]
    texts[7] = None
    texts[23] = b"bytes"
    results = list(parse_many(texts, jobs=2, chunksize=3))
    assert len(results) == 40
    for i, result in enumerate(results):
        if i in (7, 23):
            assert isinstance(result, ParseError) and result.index == i
            assert result.error.startswith("TypeError: parse() needs a str")
        else:
            assert isinstance(result, Article) and result == parse(texts[i])


def test_parse_many_in_process_matches_workers() -> None:
    texts = [small_text(i) for i in range(10)]
    assert list(parse_many(texts, jobs=1)) == list(parse_many(iter(texts), jobs=2, chunksize=1))
    assert list(parse_many([], jobs=2)) == []


def test_parse_many_exception_becomes_error_item(monkeypatch: pytest.MonkeyPatch) -> None:
    def flaky(text: str, *, repair: bool = False) -> Article:
        if "3 " in text:
            raise RuntimeError("boom")
        return parse(text, repair=repair)

    monkeypatch.setattr(batch, "parse", flaky)
    results = list(parse_many([small_text(i) for i in range(5)]))
    assert [type(r).__name__ for r in results] == ["Article"] * 3 + ["ParseError", "Article"]
    assert results[3] == ParseError(3, "RuntimeError: boom")


def test_parse_many_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="jobs"):
        next(parse_many(["x"], jobs=0))
    with pytest.raises(ValueError, match="chunksize"):
        next(parse_many(["x"], chunksize=0))


def test_parse_many_is_lazy_and_stops_its_workers() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield small_text(pulled)

    results = parse_many(endless(), jobs=2, chunksize=2)
    first = next(results)
    assert isinstance(first, Article)
    # A bounded window: only a few chunks were read ahead of the consumer.
    assert pulled <= 4 * 2 * 2 + 2
    results.close()
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched parse reaches workers by fork")
def test_a_worker_that_dies_costs_only_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def deadly(text: str, *, repair: bool = False) -> Article:
        if "संख्या 5 " in text:
            os._exit(3)  # as a segfault or the OOM killer would
        return parse(text, repair=repair)

    monkeypatch.setattr(batch, "parse", deadly)
    results = list(parse_many([small_text(i) for i in range(12)], jobs=2, chunksize=2))
    assert len(results) == 12
    assert [i for i, r in enumerate(results) if isinstance(r, ParseError)] == [5]
    assert "worker process died" in results[5].error  # type: ignore[union-attr]
    assert results[6] == parse(small_text(6))


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched parse reaches workers by fork")
def test_cli_worker_death_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def deadly(text: str, *, repair: bool = False) -> Article:
        if "संख्या 4 " in text:
            os._exit(3)
        return parse(text, repair=repair)

    monkeypatch.setattr(batch, "parse", deadly)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": small_text(i)} for i in range(9)])
    code, err = run_cli([source, "-o", tmp_path / "out.jsonl", "-j", "2", "--chunksize", "3"], capsys)
    assert code == 1 and summary(err) == (9, 8, 1)
    got = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in got] == list(range(9))
    assert got[4] == {"id": 4, "line": 5, "error": "worker process died while parsing this record"}
    assert got[5]["article"] == parse(small_text(5)).to_dict()


# ------------------------------------------------------------------ dataframes


def test_parse_series_keeps_index_and_gives_none_for_missing() -> None:
    pd = pytest.importorskip("pandas")
    series = pd.Series([small_text(1), None, float("nan"), small_text(2)], index=[10, 11, 12, 13], name="text")
    parsed = batch.parse_series(series)
    assert list(parsed.index) == [10, 11, 12, 13] and parsed.name == "text"
    assert parsed[10] == parse(small_text(1)).to_dict()
    assert parsed[11] is None and parsed[12] is None
    assert parsed[13]["headline"] == "खबर संख्या 2 का शीर्षक यहां है"
    assert batch.parse_series(series, jobs=2).tolist() == parsed.tolist()


def test_hugging_face_map(gold_texts: list[str]) -> None:
    datasets = pytest.importorskip("datasets")
    # The first fixtures have no dateline: a map that inferred its types from
    # the first batch would fail on a later one.
    texts = [*gold_texts[:6], None]
    ds = datasets.Dataset.from_dict({"id": list(range(len(texts))), "text": texts})
    out = batch.parse_dataset(ds, batch_size=2)
    assert out.column_names == ["id", "text", "article"]
    assert out[6]["article"] is None
    assert [article_from_row(out[i]["article"]) for i in range(6)] == [parse(t) for t in gold_texts[:6]]
    mapped = ds.map(batch.hf_map_function(), features=batch.hf_features(ds.features))  # not batched
    assert mapped[4]["article"] == out[4]["article"]


# ------------------------------------------------------------------ the command


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["batch", *[str(a) for a in args]])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_in_order_with_fields_carried(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    records = [{"id": f"r{i}", "url": f"https://x/{i}", "meta": {"n": i}, "text": small_text(i)} for i in range(30)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    code, err = run_cli([source, "-o", out, "--jobs", jobs, "--chunksize", "4"], capsys)
    assert code == 0
    assert summary(err) == (30, 30, 0)
    got = read_jsonl(out)
    assert [r["id"] for r in got] == [f"r{i}" for i in range(30)]
    for record, result in zip(records, got, strict=True):
        assert result == {"id": record["id"], "url": record["url"], "meta": record["meta"],
                          "article": parse(record["text"]).to_dict()}  # fmt: skip
    assert leftovers(tmp_path) == []


def test_story_format_and_text_field(tmp_path: Path, capsys: pytest.CaptureFixture[str], gold_texts: list[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "body": t} for i, t in enumerate(gold_texts[:4])])
    out = tmp_path / "story.jsonl"
    code, err = run_cli([source, "-o", out, "--format", "story", "--text-field", "body", "-j", "1"], capsys)
    assert code == 0 and summary(err) == (4, 4, 0)
    assert read_jsonl(out) == [{"id": i, "story_text": parse(t).story_text} for i, t in enumerate(gold_texts[:4])]


def hostile_jsonl(path: Path) -> Path:
    lines = [
        json.dumps({"id": "a", "text": small_text(1)}).encode(),  # 1 ok
        b'{"id": "b", "text": "unterminated',  # 2 bad JSON
        json.dumps({"id": "c", "body": "no text field"}).encode(),  # 3 missing field
        json.dumps({"id": "d", "text": 42}).encode(),  # 4 not a string
        json.dumps({"id": "e", "text": None}).encode(),  # 5 null
        b"   ",  # 6 blank: not a record
        b'{"id": "f", "text": "\xff\xfe broken utf-8"}',  # 7 invalid UTF-8
        b'["an", "array"]',  # 8 not an object
        json.dumps({"id": "g", "text": small_text(2)}, ensure_ascii=False).encode(),  # 9 ok
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


EXPECTED_ERRORS = [
    (None, None),
    ({"line": 2}, "bad JSON"),
    ({"id": "c", "body": "no text field", "line": 3}, "no 'text' field"),
    ({"id": "d", "line": 4}, "'text' field is a number, not a string"),
    ({"id": "e", "line": 5}, "'text' field is null, not a string"),
    ({"line": 7}, "invalid UTF-8 at byte 21"),
    ({"line": 8}, "an array, not a JSON object"),
    (None, None),
]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_bad_record_gets_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    out = tmp_path / "out.jsonl"
    code, err = run_cli([hostile_jsonl(tmp_path / "in.jsonl"), "-o", out, "-j", jobs, "--chunksize", "2"], capsys)
    assert code == 1
    got = read_jsonl(out)
    assert len(got) == 8  # every non-blank line, in = out
    assert summary(err) == (8, 2, 6)
    for record, (fields, reason) in zip(got, EXPECTED_ERRORS, strict=True):
        if reason is None:
            assert "article" in record and "error" not in record
        else:
            assert "article" not in record
            assert record.pop("error").find(reason) >= 0, (record, reason)
            assert record == fields
    assert got[0]["article"] == parse(small_text(1)).to_dict()
    assert got[-1]["id"] == "g"


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [{"id": i, "text": small_text(i) * 20} for i in range(200)]
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode())
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(whole[: len(whole) // 2])
    out = tmp_path / "out.jsonl"
    code, err = run_cli([source, "-o", out, "-j", "2"], capsys)
    assert code == 1
    got = read_jsonl(out)
    total, ok, failed = summary(err)
    assert (total, failed) == (len(got), 1) and 0 < ok < 200
    assert [r["id"] for r in got[:-1]] == list(range(ok))
    assert got[ok - 1]["article"]["text"] == records[ok - 1]["text"]
    assert got[-1]["line"] == ok + 1 and "truncated" in got[-1]["error"]


def test_whole_gzip_and_gzip_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"  # gzipped despite its name: sniffed by content
    source.write_bytes(gzip.compress(b"".join(json.dumps({"text": small_text(i)}).encode() + b"\n" for i in range(5))))
    out = tmp_path / "out.jsonl.gz"
    code, err = run_cli([source, "-o", out, "-j", "1"], capsys)
    assert code == 0 and summary(err) == (5, 5, 0)
    lines = gzip.decompress(out.read_bytes()).decode().splitlines()
    assert [json.loads(line)["article"]["text"] for line in lines] == [small_text(i) for i in range(5)]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_input_is_zero_records(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(content)
    out = tmp_path / "out.jsonl"
    code, err = run_cli([source, "-o", out], capsys)
    assert code == 0 and summary(err) == (0, 0, 0)
    assert out.read_bytes() == b""


def test_folder_of_txt_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text(small_text(1), encoding="utf-8")
    (root / "b" / "deep" / "c.txt").write_bytes(small_text(2).encode("utf-16"))  # BOM: fine
    (root / "b" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "b" / "latin1.txt").write_bytes("café crème".encode("latin-1"))
    (root / "b" / "gone.txt").symlink_to(root / "nowhere")  # unreadable, even for root
    (root / "b" / "notes.md").write_text("not a .txt: ignored")
    out = tmp_path / "out.jsonl"
    code, err = run_cli([root, "-o", out, "-j", "2", "--chunksize", "1"], capsys)
    assert code == 1 and summary(err) == (5, 2, 3)
    got = {r["id"]: r for r in read_jsonl(out)}
    # Name order, a folder's own files before its subfolders (a walk, not a global sort).
    assert list(got) == ["a.txt", "b/binary.txt", "b/gone.txt", "b/latin1.txt", "b/deep/c.txt"]
    assert got["a.txt"]["article"] == parse(small_text(1)).to_dict()
    assert got["b/deep/c.txt"]["article"]["text"] == small_text(2)
    assert got["b/binary.txt"] == {"id": "b/binary.txt", "path": "b/binary.txt", "error": got["b/binary.txt"]["error"]}
    assert "binary" in got["b/binary.txt"]["error"]
    assert "cannot read" in got["b/gone.txt"]["error"]
    assert "not UTF-8" in got["b/latin1.txt"]["error"]


def test_input_may_be_a_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "fifo.jsonl"  # as `hindinews batch <(zcat corpus.jsonl.gz)` gives
    os.mkfifo(fifo)
    payload = gzip.compress(b"".join(json.dumps({"text": small_text(i)}).encode() + b"\n" for i in range(3)))

    def feed() -> None:
        with open(fifo, "wb") as pipe:
            pipe.write(payload)

    feeder = threading.Thread(target=feed)
    feeder.start()
    code, err = run_cli([fifo, "-o", tmp_path / "out.jsonl", "-j", "1"], capsys)
    feeder.join(10)
    assert code == 0 and summary(err) == (3, 3, 0)


def test_a_record_that_cannot_be_serialised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch._jsonl_record

    def fragile(job: Any, item: Any, carried: Any, article: Article | None, error: str | None) -> bytes:
        if article is not None and "संख्या 2 " in article.text:
            raise ValueError("cannot")
        return real(job, item, carried, article, error)

    monkeypatch.setattr(batch, "_jsonl_record", fragile)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": small_text(i)} for i in range(4)])
    code, err = run_cli([source, "-o", tmp_path / "out.jsonl", "-j", "1"], capsys)
    assert code == 1 and summary(err) == (4, 3, 1)
    got = read_jsonl(tmp_path / "out.jsonl")
    assert got[2] == {"id": 2, "line": 3, "error": "cannot serialise the parsed article: ValueError: cannot"}
    assert [("article" in r) for r in got] == [True, True, False, True]


def test_in_process_failure_costs_one_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch._format_item

    def broken(job: Any, item: Any) -> tuple[bool, Any]:
        if item.where == 3 and item.error is None:  # the error record written instead still works
            raise MemoryError("simulated")
        return real(job, item)

    monkeypatch.setattr(batch, "_format_item", broken)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": small_text(i)} for i in range(5)])
    code, err = run_cli([source, "-o", tmp_path / "out.jsonl", "-j", "1", "--chunksize", "5"], capsys)
    assert code == 1 and summary(err) == (5, 4, 1)
    got = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in got] == [0, 1, 2, 3, 4]
    assert got[2] == {"id": 2, "line": 3, "error": "failed: MemoryError: simulated"}


def test_stdin_to_stdout(tmp_path: Path) -> None:
    lines = b"".join(json.dumps({"id": i, "text": small_text(i)}).encode() + b"\n" for i in range(6))
    for payload in (lines, gzip.compress(lines)):
        done = subprocess.run(
            [sys.executable, "-m", "hindinews", "batch", "-", "-o", "-", "-j", "2", "--format", "story"],
            input=payload,
            capture_output=True,
            env=subprocess_env(),
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        got = [json.loads(line) for line in done.stdout.decode().splitlines()]
        assert got == [{"id": i, "story_text": parse(small_text(i)).story_text} for i in range(6)]
        assert summary(done.stderr.decode()) == (6, 6, 0)
        assert b"\r" not in done.stderr  # not a terminal: no progress bar


def test_a_huge_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = "शब्द " * 250_000  # 4 MB of UTF-8 on one line (benchmarks/ runs 100 MB)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": small_text(1)}, {"id": 2, "text": huge}])
    out = tmp_path / "out.jsonl"
    code, err = run_cli([source, "-o", out, "-j", "2"], capsys)
    assert code == 0 and summary(err) == (2, 2, 0)
    got = read_jsonl(out)
    assert got[1]["id"] == 2 and got[1]["article"]["text"] == huge
    assert "".join(b["text"] for b in got[1]["article"]["blocks"]) == huge


def test_lone_surrogates_survive_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "शीर्षक \\ud800 यहां\\n\\nपटना। आज बैठक हुई।"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _ = run_cli([source, "-o", out, "-j", "1"], capsys)
    assert code == 0
    assert read_jsonl(out)[0]["article"]["text"] == "शीर्षक \ud800 यहां\n\nपटना। आज बैठक हुई।"


def test_interrupt_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": small_text(i)} for i in range(50)])
    calls = 0

    def interrupted(text: str, *, repair: bool = False) -> Article:
        nonlocal calls
        calls += 1
        if calls == 20:  # well after the first chunks were written to the temp file
            raise KeyboardInterrupt
        return parse(text, repair=repair)

    monkeypatch.setattr(batch, "parse", interrupted)
    for out in (tmp_path / "new.jsonl", tmp_path / "new.parquet"):
        calls = 0
        code, err = run_cli([source, "-o", out, "-j", "1", "--chunksize", "4"], capsys)
        assert code == 130 and "interrupted" in err
        assert not out.exists()
    old = tmp_path / "old.jsonl"
    old.write_text("precious\n")
    calls = 0
    code, _ = run_cli([source, "-o", old, "-j", "1", "--chunksize", "4"], capsys)
    assert code == 130 and old.read_text() == "precious\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_stops_workers_and_leaves_no_output(
    tmp_path: Path, gold_texts: list[str], sig: int, status: int
) -> None:
    # Enough records that the job is still running when the signal comes, even on a
    # fast machine (a job that ends first exits 0 and proves nothing).
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": f"{t}\n{i}"} for i in range(400) for t in gold_texts])
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "hindinews", "batch", str(source), "-o", str(out), "-j", "2"],
        env=subprocess_env(),
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a shell job is
    )
    deadline = time.monotonic() + 30
    while not leftovers(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # let the workers get going
    assert process.poll() is None, "the job ended before the signal: give it more records"
    if sig == signal.SIGINT:
        os.killpg(process.pid, sig)  # Ctrl-C reaches the whole group
    else:
        process.send_signal(sig)  # `kill PID`
    _, err = process.communicate(timeout=30)
    assert process.returncode == status, err
    assert b"Traceback" not in err
    assert not out.exists() and leftovers(tmp_path) == []
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):  # no worker outlived the parent
        os.killpg(process.pid, 0)


def test_disk_full_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": small_text(i)} for i in range(6)])

    def full(self: Any, payload: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch._JsonlSink, "write", full)
    code, err = run_cli([source, "-o", tmp_path / "out.jsonl", "-j", "2"], capsys)
    assert code == 2 and "No space left on device" in err
    assert not (tmp_path / "out.jsonl").exists() and leftovers(tmp_path) == []


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": small_text(1)}])
    assert run_cli([tmp_path / "missing.jsonl", "-o", tmp_path / "o.jsonl"], capsys)[0] == 2
    code, err = run_cli([source, "-o", tmp_path / "no" / "such" / "dir.jsonl"], capsys)
    assert code == 2 and "cannot write" in err
    assert run_cli([source, "-o", tmp_path, "-j", "1"], capsys)[0] == 2  # OUTPUT is a folder
    assert run_cli([source, "-o", tmp_path / "o.jsonl", "-j", "0"], capsys)[0] == 2
    assert not (tmp_path / "o.jsonl").exists() and leftovers(tmp_path) == []


def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": small_text(i)} for i in range(4)])
    monkeypatch.setattr(batch._Progress, "_draw", lambda self, now: sys.stderr.write("DRAWN\n"))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, err = run_cli([source, "-o", tmp_path / "o.jsonl", "-j", "1", "--chunksize", "1"], capsys)
    assert "DRAWN" in err and summary(err) == (4, 4, 0)
    _, err = run_cli([source, "-o", tmp_path / "o.jsonl", "-j", "1", "--quiet"], capsys)
    assert "DRAWN" not in err and summary(err) == (4, 4, 0)


def test_progress_line_says_rate_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    progress = batch._Progress(True, lambda: 0.5)
    progress.ok, progress.failed = 3, 1
    progress._draw(progress.start + 2)
    err = capsys.readouterr().err
    assert err.startswith("\r[##########..........]  50% 4 records (3 ok, 1 failed) 2.0 records/s")


# ------------------------------------------------------------------ Parquet


def test_parquet_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str], gold_texts: list[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    records: list[Any] = [{"id": f"g{i}", "url": f"u{i}", "text": t} for i, t in enumerate(gold_texts[:7])]
    records.insert(3, {"id": 99, "text": None})
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.parquet"
    code, err = run_cli([source, "-o", out, "-j", "2", "--chunksize", "2", "--row-group-size", "2"], capsys)
    assert code == 1 and summary(err) == (8, 7, 1)
    parquet = pq.ParquetFile(out)
    assert parquet.metadata.num_row_groups == 4  # written as it went, not at the end
    rows = parquet.read().to_pylist()
    assert [r["line"] for r in rows] == list(range(1, 9))
    assert [r["id"] for r in rows] == [str(r["id"]) for r in records]
    for row, record in zip(rows, records, strict=True):
        assert json.loads(row["fields"]) == {k: v for k, v in record.items() if k != "text"}
        if record["text"] is None:
            assert row["article"] is None and "null" in row["error"]
        else:
            assert row["error"] is None
            assert article_from_row(row["article"]) == parse(record["text"])
            assert row["article"]["story_text"] == parse(record["text"]).story_text


def test_parquet_story_format_and_txt_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text(small_text(1), encoding="utf-8")
    (tmp_path / "docs" / "two.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "story.parquet"
    code, _ = run_cli([tmp_path / "docs", "-o", out, "--format", "story", "-j", "1"], capsys)
    assert code == 1
    table = pq.read_table(out)
    assert table.column_names == ["line", "path", "id", "fields", "error", "story_text"]
    one, two = table.to_pylist()
    assert one == {"line": None, "path": "one.txt", "id": "one.txt", "fields": None, "error": None,
                   "story_text": parse(small_text(1)).story_text}  # fmt: skip
    assert two["story_text"] is None and "binary" in two["error"]


def test_parquet_unstorable_text_becomes_an_error_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": small_text(1)}) + "\n" + '{"id": 2, "text": "bad \\udc80 text"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    code, err = run_cli([source, "-o", out, "-j", "1"], capsys)
    assert code == 1 and summary(err) == (2, 1, 1)
    rows = pq.read_table(out).to_pylist()
    assert rows[0]["article"]["text"] == small_text(1)
    assert rows[1]["article"] is None and "cannot store in Parquet" in rows[1]["error"]


def test_parquet_with_a_file_name_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ok.txt").write_text(small_text(1), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as odd:
        odd.write(small_text(2).encode("utf-8"))
    out = tmp_path / "out.parquet"
    code, err = run_cli([folder, "-o", out, "-j", "1"], capsys)
    assert code == 0 and summary(err) == (2, 2, 0)
    rows = pq.read_table(out).to_pylist()
    assert [r["path"] for r in rows] == ["caf\\udce9.txt", "ok.txt"]
    assert rows[0]["article"]["text"] == small_text(2)


def test_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": small_text(1)}])
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, err = run_cli([source, "-o", tmp_path / "out.parquet"], capsys)
    assert code == 2 and "pip install 'hindinews[parquet]'" in err
    assert not (tmp_path / "out.parquet").exists() and leftovers(tmp_path) == []


def test_importing_hindinews_stays_light() -> None:
    code = "import sys, hindinews, hindinews.batch, hindinews.spark, hindinews.cli; " + (
        "print(sorted(m for m in ('pyarrow', 'pyspark', 'pandas', 'datasets') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env())
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
