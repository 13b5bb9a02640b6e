"""hindinews: raw Hindi news text in, a lossless typed Article out.

    >>> import hindinews
    >>> art = hindinews.parse("मायावती ने दिया पदाधिकारियों को टारगेट\\n\\nलखनऊ: गुरुवार को बसपा कार्यालय में बैठक हुई।")
    >>> art.headline.text
    'मायावती ने दिया पदाधिकारियों को टारगेट'
    >>> art.dateline.place
    'लखनऊ'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hindinews.dateline import find_dateline
from hindinews.encoding import repair_encoding
from hindinews.labels import Kind, Label
from hindinews.model import Article, Block, Dateline, Repair, Section, Sentence
from hindinews.normalize import normalize
from hindinews.pipeline import clean, parse, parse_bytes, reload_lexicon
from hindinews.sentences import split_sentences

__all__ = [
    "Article",
    "Block",
    "Dateline",
    "Kind",
    "Label",
    "ParseError",
    "Repair",
    "Section",
    "Sentence",
    "clean",
    "find_dateline",
    "normalize",
    "parse",
    "parse_bytes",
    "parse_many",
    "reload_lexicon",
    "repair_encoding",
    "split_sentences",
]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from hindinews.batch import ParseError, parse_many


def __getattr__(name: str) -> Any:
    # The corpus tools (process pools, gzip, JSON streaming) load on first use,
    # so that `import hindinews` stays cheap for code that parses one article.
    if name in ("parse_many", "ParseError"):
        from hindinews import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'hindinews' has no attribute {name!r}")
