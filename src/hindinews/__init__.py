"""hindinews: raw Hindi news text in, a lossless typed Article out.

    >>> import hindinews
    >>> art = hindinews.parse("शीर्षक यहां है\\n\\nलखनऊ: गुरुवार को बैठक हुई।")
    >>> art.dateline.place
    'लखनऊ'
"""

from __future__ import annotations

from hindinews.labels import Kind, Label
from hindinews.model import Article, Block, Dateline, Repair, Section, Sentence

__all__ = [
    "Article",
    "Block",
    "Dateline",
    "Kind",
    "Label",
    "Repair",
    "Section",
    "Sentence",
]
__version__ = "0.1.0"
