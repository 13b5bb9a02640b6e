"""Scores on the articles of ``tests/heldout`` (written apart from the rules)
must not fall: they guard the conventions of the publishers that
``tests/heldout/README.md`` lists.

The floors are the scores measured when the rules were last changed, less a
small margin; the lines still missed are judgement calls of the labellers
(a section name read as a tag or a subhead) or have no cue a reader could
use without the page's layout (a photo caption with no photo credit).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hindinews import parse

HELDOUT = Path(__file__).parent / "heldout"
STORY = {"headline", "standfirst", "dateline", "subhead", "body"}


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for path in sorted(HELDOUT.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        predicted = parse(gold["text"]).line_labels()
        assert len(predicted) == len(gold["lines"])
        pairs += [(g, p) for g, p in zip(gold["lines"], predicted, strict=True) if g != "blank"]
    return pairs


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str]]:
    return _pairs()


def test_every_heldout_article_is_there() -> None:
    assert len(list(HELDOUT.glob("*.json"))) == 326


def test_line_accuracy_holds(pairs: list[tuple[str, str]]) -> None:
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    assert accuracy >= 0.94


def test_story_f1_holds(pairs: list[tuple[str, str]]) -> None:
    true_positive = sum(g in STORY and p in STORY for g, p in pairs)
    precision = true_positive / sum(p in STORY for _, p in pairs)
    recall = true_positive / sum(g in STORY for g, _ in pairs)
    assert 2 * precision * recall / (precision + recall) >= 0.97


# Headlines the rules still miss, each with why; the test of each fails
# loudly once it is found (strict), so that it leaves this list.
KNOWN_HEADLINE_MISSES = {
    "raisen-express-1.json": "a ticker's headlines run together above the story read as the opening title",
    "janchowk-1.json": "another story's title left atop the page names two words of the lede, as many as the "
    "headline under it does, which is then read as its dek",
    "haryana-express-1.json": "the page's title tag ('<title> | Haryana Express') is labelled the headline; two other "
    "writers (haryana-abtak-1, mahanagar-times-jaipur-1) label that line ui and take a later copy, as the library does",
    "jharkhand-state-news-1.json": "the writer takes the second of two copies of the title as the headline; the dev "
    "set's labellers (punjabkesari--*) take the first, as the library does",
    # Batch 22 was asked for "an English headline over a Hindi story": its writers label the English title the
    # headline and the Hindi title under it a standfirst; the library reads an English title that shares no word
    # with the Hindi story as another story's, and takes the Hindi title.
    "haribhoomi-rohtak-1.json": "an English title over a Hindi story",
    "lakhimpurtimes-1.json": "an English title over a Hindi story",
    "prabhatkhabar-patna-1.json": "an English title over a Hindi story",
}


def _headline_case(path: Path) -> object:
    reason = KNOWN_HEADLINE_MISSES.get(path.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(path, id=path.name, marks=marks)


@pytest.mark.parametrize("path", [_headline_case(p) for p in sorted(HELDOUT.glob("*.json"))])
def test_every_headline_is_found(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    lines = gold["text"].split("\n")
    expected = [lines[i] for i, label in enumerate(gold["lines"]) if label == "headline"]
    article = parse(gold["text"])
    found = [article.headline.text] if article.headline else []
    assert found == [line.strip() for line in expected]


def test_the_known_misses_are_few() -> None:
    assert len(KNOWN_HEADLINE_MISSES) <= 7
