"""The one-call entry points: :func:`parse`, :func:`parse_bytes`, :func:`clean`.

    >>> art = parse("शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई और लोग खुश हुए।")
    >>> art.headline.text, art.dateline.place
    ('शीर्षक जो खबर का है यहां', 'पटना')
    >>> parse("").blocks
    ()
"""

from __future__ import annotations

from itertools import pairwise

import attrs

from hindinews import classify, dateline, features
from hindinews.article import build_article
from hindinews.classify import LineLabel, classify_lines
from hindinews.collector import LARGE_TEXT_CHARS, paused
from hindinews.encoding import decode_bytes, repair_encoding, require_str
from hindinews.labels import Kind, Label
from hindinews.lines import Line, cut_glued_furniture, split_lines
from hindinews.model import Article


def parse(text: str, *, repair: bool = False) -> Article:
    """Parse raw Hindi news text into an :class:`Article`.

    Never raises on a ``str``; anything else is a :class:`TypeError`.  With
    ``repair=True``, mojibake lines (UTF-8 read as cp866, cp1252, ...) are
    repaired first: the article's ``text`` is then the repaired text, its
    spans index it, and ``repairs`` says what changed.  Without it, a damaged
    page keeps its text as given, but its lines are labelled as they read
    once repaired.  While a page of
    200,000 characters or more is read, the cycle collector is paused
    (:mod:`hindinews.collector`), so that the cost per megabyte stays flat.
    """
    text = require_str(text)
    with paused(len(text) >= LARGE_TEXT_CHARS):
        readable, repairs = repair_encoding(text)
        if repair:
            return build_article(readable, classify_lines(cut_glued_furniture(split_lines(readable))), repairs)
        if repairs:
            return build_article(text, _labels_read_through(text, readable))
        return build_article(text, classify_lines(cut_glued_furniture(split_lines(text))))


def _labels_read_through(text: str, readable: str) -> list[LineLabel]:
    """The labels of ``text``'s lines as its repaired reading gives them.

    Mojibake ("рд╕рд▓рдорд╛рди") hides every cue a line carries, so without
    ``repair=True`` a damaged page is still labelled as it reads once
    repaired, while the article keeps the text as given and every span
    indexes it.  (A repair edits within lines only, so the lines pair up;
    the dateline and times, which must index the text, are read from the
    text as given.)
    """
    lines = split_lines(text)
    read = split_lines(readable)
    if not _same_breaks(text, lines, readable, read):
        # A line break inside the damage ("\x85" of latin-1, a repaired
        # U+2028): the lines do not pair up, so read the text as it is.
        return classify_lines(cut_glued_furniture(lines))
    labels = []
    for line, label in zip(lines, classify_lines(read), strict=True):
        if line.is_blank:
            labels.append(LineLabel(line, Label.BLANK))
        elif label.label is Label.BLANK:
            # A damaged no-break space reads as white space; it is furniture, not blank.
            labels.append(LineLabel(line, Label.BOILERPLATE, Kind.UI))
        else:
            labels.append(attrs.evolve(label, line=line))
    return labels


def _same_breaks(text: str, lines: list[Line], readable: str, read: list[Line]) -> bool:
    """The two texts have as many lines, parted by the same line breaks."""
    if len(lines) != len(read):
        return False
    return all(
        text[a.end : a_next.start] == readable[b.end : b_next.start]
        for (a, a_next), (b, b_next) in zip(pairwise(lines), pairwise(read), strict=True)
    )



def parse_bytes(data: bytes, encoding: str | None = None, *, repair: bool = False) -> Article:
    """Decode ``data`` (BOM-aware UTF-8/16/32 unless ``encoding`` is given),
    then :func:`parse` it.  Undecodable bytes raise a clear error."""
    return parse(decode_bytes(data, encoding), repair=repair)


def clean(text: str) -> str:
    """The story text of a raw article: headline, standfirst, subheads and body.

    >>> clean("शीर्षक जो खबर का है यहां\\n\\nलखनऊ: आज बैठक हुई और सभी नेता आए।\\n\\nShare this article")
    'शीर्षक जो खबर का है यहां\\n\\nलखनऊ: आज बैठक हुई और सभी नेता आए।'
    """
    return parse(text).story_text


def reload_lexicon() -> None:
    """Rebuild every lookup table after :mod:`hindinews.lexicon` was extended.

    >>> from hindinews import lexicon
    >>> lexicon.WIDGET_LINES["social"] += ("हमारे चैनल से जुड़िए",)
    >>> reload_lexicon()
    >>> parse("हमारे चैनल से जुड़िए").line_labels()
    ['boilerplate:social']

    The tables live in each process: worker processes started with *spawn*
    (and Spark executors) must extend the lexicon and call this themselves.
    """
    features.load_lexicon()
    dateline.load_lexicon()
    classify.load_lexicon()
