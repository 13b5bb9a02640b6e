"""Regression tests for what hostile-input probing and ``scripts/fuzz.py`` found.

Each test names how the case was found.  Where the fuzzer found nothing,
the inputs here are the edge cases it was pointed at that are worth keeping
as fixed examples, and are labelled as such.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import pytest

from hindinews import Article, classify, parse
from hindinews.normalize import nfc, normalize
from hindinews.sentences import sentence_spans
from hindinews.times import parse_time
from test_hostile import assert_sound, parse_soundly

# ---------------------------------------------------------------- found: quadratic NFC

# Found by the hostile-input probe ("only combining marks"), before the
# fuzzer ran: CPython's unicodedata.normalize("NFC") puts a run of
# combining marks in canonical order with an insertion sort, so
# ``to_dict()`` of 600 kB of alternating U+093C U+0301 took 425 s (normalize
# of the block, then NFC of the "word" before a full stop in the sentence
# splitter).  Fixed by hindinews.normalize.nfc, used by normalize(), the
# sentence splitter's abbreviation check and the time parser.

MARKS = "\u093c\u0301"  # nukta (class 7) and acute (class 230): every pair is out of order


def test_a_long_run_of_combining_marks_is_normalised_in_linear_time() -> None:
    text = "क" + MARKS * 200_000
    start = time.perf_counter()
    article = parse_soundly(text)
    elapsed = time.perf_counter() - start
    # Was about 190 s (quadratic); now well under a second.  The bound is
    # loose so a busy machine does not fail it.
    assert elapsed < 20, elapsed
    assert article.blocks[0].normalized == normalize(text)


@pytest.mark.parametrize(
    "text",
    [
        "e\u0301",
        "क\u093c",
        "\u0929",
        "a" + "\u0301\u0327" * 40,
        "\u1e09" + "\u0327\u0301\u093c" * 20,  # a precomposed letter whose marks join the run
        "\u0f40" + "\u0f73\u0f71\u0f72" * 20,  # Tibetan vowel signs that decompose into marks
        "\u0b47\u0b3e" + "\u0b3c" * 40,  # composing spacing marks (Oriya)
        "\uac00" + "\u0301" * 40 + "\u1100\u1161",  # Hangul around a run
        "\u0301" * 33 + "e" + "\u093c\u0301" * 17,
        MARKS * 16 + " " + MARKS * 17,
    ],
)
def test_nfc_is_exactly_unicodedata_nfc(text: str) -> None:
    assert nfc(text) == unicodedata.normalize("NFC", text)
    assert nfc(nfc(text)) == nfc(text)


def test_a_full_stop_after_a_word_of_marks_is_cheap() -> None:
    # The sentence splitter normalises the word before a "." to look it up
    # as an abbreviation; the word here is 200,000 marks long.
    text = "बैठक हुई। डॉ" + MARKS * 100_000 + ". राम आए।"
    start = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - start < 20
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_a_time_stamp_full_of_marks_is_cheap() -> None:
    start = time.perf_counter()
    parse_time("Updated: 09 Apr, 2018 11:26 AM " + MARKS * 100_000)
    assert time.perf_counter() - start < 20


# ---------------------------------------------------------------- found: a copy per list

# Found by benchmarks/bench_linear.py ("real" at 16 MB: 1.9 times the cost
# per MB of 1 MB): after the story, every run of furniture asks
# classify._list_kind_from_items whether its items are videos, and it
# iterated over ``slots[start:]``, a copy of the whole rest of the page, to
# look at a dozen lines.  Quadratic (at 40,000 furniture lines after a story,
# twice the cost per line of 5,000); it now indexes.


class _NoSlicing(Sequence[Any]):
    """A sequence that fails if anything copies a slice of it."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: Any) -> Any:
        assert not isinstance(index, slice), "copied the rest of the page"
        return self.items[index]


def test_the_list_kind_is_read_without_copying_the_rest_of_the_page() -> None:
    line = SimpleNamespace(blank=False, strong=False, feats=SimpleNamespace(video_cue=False, marker_kind=None))
    video = SimpleNamespace(blank=False, strong=False, feats=SimpleNamespace(video_cue=True, marker_kind=None))
    # Titles alternating with a channel line ("PunjabKesari TV") make a video list;
    # one title that mentions a video among a dozen does not.
    slots = _NoSlicing([line, video] * 6 + [line] * 10_000 + [video] + [line] * 11)
    assert classify._list_kind_from_items(slots, 0) == "video"
    assert classify._list_kind_from_items(slots, 12) == "related"
    assert classify._list_kind_from_items(slots, 10_012) == "related"


# ---------------------------------------------------------------- found: JSON and surrogate pairs

# Found while writing the hostile tests: a str may hold a high surrogate
# followed by a low one as two code points.  to_dict/from_dict keep them;
# JSON cannot (json.loads reads the two escapes as one astral character), so
# the JSON round trip of such an article gives another text.  This is JSON's
# limit, documented in docs/robustness.md; the dict round trip is exact.


def test_adjacent_surrogates_survive_the_dict_round_trip() -> None:
    text = "खबर \udbff\udc00 बैठक।\n\ud800 \udfff"
    article = parse(text)
    assert Article.from_dict(article.to_dict()) == article
    assert "".join(b.text for b in article.blocks) == text
    assert json.loads(json.dumps("\udbff\udc00")) == "\U0010fc00"  # why the JSON check skips them


def test_lone_surrogates_survive_json() -> None:
    text = "\ud800 खबर \udfff बैठक हुई।\n\udc80"
    article = parse_soundly(text)
    assert Article.from_json(article.to_json()) == article


# ---------------------------------------------------------------- edge cases the fuzzer was pointed at

# Not findings: scripts/fuzz.py ran these shapes (and found them sound);
# kept as fixed examples because each once looked likely to break something.

EDGE_CASES = {
    "only a BOM": "\ufeff",
    "only a ZWJ": "\u200d",
    "only a nukta": "\u093c",
    "only a combining acute": "\u0301",
    "a lone high surrogate": "\ud800",
    "a lone low surrogate": "\udfff",
    "NUL between lines": "शीर्षक\x00\nलखनऊ: बैठक हुई।\x00",
    "form feed and vertical tab as breaks": "शीर्षक जो खबर का है\x0cलखनऊ: बैठक हुई और सभी नेता आए।\x0bShare this article",
    "CR CR LF": "शीर्षक\r\r\nलखनऊ: बैठक हुई।\r\r\n",
    "a break right after a danda": "बैठक हुई।\u2028ये भी पढ़ें: खबर",
    "glued marker at the very end": "बैठक में सभी नेता आए। ये भी पढ़ें:",
    "glued Advertisement then spaces": "बैठक में सभी नेता आए।Advertisement   ",
    "dateline with nothing after it": "नई दिल्ली, 12 अगस्त (भाषा)",
    "dateline made of marks": "\u093c\u093c\u093c: बैठक हुई।",
    "date with impossible parts": "Updated: 31 Feb 2020 25:61 PM GMT+99:99",
    "a time with no date": "Updated: 10:30 AM IST",
    "ellipsis then a break": "और...\n\nवह आए…\u2029",
    "only dandas and quotes": "।”’\"'।॥“‘",
    "mojibake cut mid-character": "рд╕рд▓р\nà¤¸à¤",
    "mojibake next to real Russian": "рд╕рд▓рдорд╛рди Привет, как дела?",
    "html entity of a Devanagari letter": "&#2325;&#x915;&nbsp;<p>खबर</p>",
    "RTL override around Hindi": "\u202eलखनऊ: बैठक हुई।\u202c",
    "emoji ZWJ sequence as a line": "👨\u200d👩\u200d👧\n\nलखनऊ: बैठक हुई।",
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_case_is_sound(name: str) -> None:
    text = EDGE_CASES[name]
    article = parse_soundly(text)
    assert parse(text) == article
    repaired = parse(text, repair=True)
    assert_sound(repaired.text, repaired)


# ---------------------------------------------------------------- found: mojibake lines that do not pair up

# Found by scripts/fuzz.py (target mojibake, seed 503295549) once a damaged
# page was labelled as it reads repaired: latin-1 mojibake holds "\x85" (a
# line break to split_lines) inside "à¤\x85" ("अ"), and "â\x80¨" repairs to
# U+2028 (another), so the damaged and the repaired text can have as many
# lines without their lines pairing up; a whitespace-only line then took a
# story label.  Fixed by pairing them only when the line breaks between them
# are the same, and by keeping a blank line blank.


def test_mojibake_whose_line_breaks_move_in_the_repair_parses_soundly() -> None:
    clean_text = (
        "ये भी पढ़ें\n\nबैठक बैठक बैठक।\n\nअपडेटेड: १२ अगस्त २०२४, 10:30 AM (IST)\n\n"
        "बैठक बैठक बैठक\u2028बैठक बैठक बैठक।\nबैठक बैठक बैठक।\nबैठक बैठक बैठक।\n\nबैठक बैठक बैठक।\u2028"
    )
    lines = clean_text.split("\n")
    damaged = "\n".join(
        line.encode("utf-8").decode("latin-1") if 1104 >> (i % 32) & 1 else line for i, line in enumerate(lines)
    )
    assert "\x85" in damaged
    parse_soundly(damaged)
