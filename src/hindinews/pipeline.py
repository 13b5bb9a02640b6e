"""The one-call entry points: :func:`parse`, :func:`parse_bytes`, :func:`clean`.

    >>> art = parse("शीर्षक जो खबर का है यहां\\n\\nपटना। बिहार में आज बारिश हुई और लोग खुश हुए।")
    >>> art.headline.text, art.dateline.place
    ('शीर्षक जो खबर का है यहां', 'पटना')
    >>> parse("").blocks
    ()
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from hindinews import classify, dateline, features
from hindinews.article import build_article
from hindinews.classify import classify_lines
from hindinews.encoding import decode_bytes, repair_encoding, require_str
from hindinews.lines import cut_glued_furniture, split_lines
from hindinews.model import Article, Repair


def parse(text: str, *, repair: bool = False) -> Article:
    """Parse raw Hindi news text into an :class:`Article`.

    Never raises on a ``str``; anything else is a :class:`TypeError`.  With
    ``repair=True``, mojibake lines (UTF-8 read as cp866, cp1252, ...) are
    repaired first: the article's ``text`` is then the repaired text, its
    spans index it, and ``repairs`` says what changed.
    """
    text = require_str(text)
    repairs: tuple[Repair, ...] = ()
    with _collector_paused(len(text) >= _PAUSE_COLLECTOR_CHARS):
        if repair:
            text, repairs = repair_encoding(text)
        return build_article(text, classify_lines(cut_glued_furniture(split_lines(text))), repairs)


# A page of this size makes hundreds of thousands of small objects, none of
# them in a reference cycle.  CPython's cycle collector walks every live
# object at each full collection, so left running it makes the cost per
# megabyte grow with the page (1.2x from 1 to 16 MB); paused, it stays flat.
_PAUSE_COLLECTOR_CHARS = 200_000
_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = False


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cycle collector while a large page is parsed.  Pauses from
    several threads nest: the collector runs again, if it ran before, when
    the last one ends."""
    global _collector_pauses, _collector_was_enabled
    if not pause:
        yield
        return
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                gc.enable()


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
