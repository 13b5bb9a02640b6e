"""The label vocabulary of ``shared/spec/labels.md``, as string enums.

Every line (or part of a line) of a raw article gets one :class:`Label`;
boilerplate also gets a :class:`Kind`.  Both are ``str`` enums, so they
compare equal to the plain strings of the gold files::

    >>> Label.HEADLINE == "headline"
    True
    >>> Kind("video")
    <Kind.VIDEO: 'video'>
"""

from __future__ import annotations

from enum import Enum


class Label(str, Enum):
    """What a block of an article is (labels.md, first table)."""

    BLANK = "blank"
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    DATELINE = "dateline"
    BYLINE = "byline"
    META = "meta"
    BODY = "body"
    SUBHEAD = "subhead"
    CAPTION = "caption"
    EMBED = "embed"
    BOILERPLATE = "boilerplate"

    def __str__(self) -> str:
        return self.value


class Kind(str, Enum):
    """What kind of boilerplate a block is (labels.md, second table)."""

    SHARE = "share"
    RELATED = "related"
    VIDEO = "video"
    AD = "ad"
    SOCIAL = "social"
    APP = "app"
    NEWSLETTER = "newsletter"
    TAGS = "tags"
    NAVIGATION = "navigation"
    COMMENTS = "comments"
    COPYRIGHT = "copyright"
    DISCLAIMER = "disclaimer"
    UI = "ui"

    def __str__(self) -> str:
        return self.value


#: Labels whose text a reader reads as the story (labels.md, "story text").
STORY_LABELS = frozenset({Label.HEADLINE, Label.STANDFIRST, Label.DATELINE, Label.SUBHEAD, Label.BODY})
