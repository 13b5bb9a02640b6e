"""The one-call entry points: :func:`parse`, :func:`parse_bytes`, :func:`clean`.

    >>> art = parse("शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई और लोग खुश हुए।")
    >>> art.headline.text, art.dateline.place
    ('शीर्षक जो खबर का है यहां', 'पटना')
    >>> parse("").blocks
    ()
"""

from __future__ import annotations

from hindinews import classify, dateline, features
from hindinews.article import build_article
from hindinews.classify import classify_lines
from hindinews.collector import LARGE_TEXT_CHARS, paused
from hindinews.encoding import decode_bytes, repair_encoding, require_str
from hindinews.lines import cut_glued_furniture, split_lines
from hindinews.model import Article, Repair


def parse(text: str, *, repair: bool = False) -> Article:
    """Parse raw Hindi news text into an :class:`Article`.

    Never raises on a ``str``; anything else is a :class:`TypeError`.  With
    ``repair=True``, mojibake lines (UTF-8 read as cp866, cp1252, ...) are
    repaired first: the article's ``text`` is then the repaired text, its
    spans index it, and ``repairs`` says what changed.  While a page of
    200,000 characters or more is read, the cycle collector is paused
    (:mod:`hindinews.collector`), so that the cost per megabyte stays flat.
    """
    text = require_str(text)
    repairs: tuple[Repair, ...] = ()
    with paused(len(text) >= LARGE_TEXT_CHARS):
        if repair:
            text, repairs = repair_encoding(text)
        return build_article(text, classify_lines(cut_glued_furniture(split_lines(text))), repairs)



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
