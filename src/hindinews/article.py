"""Assemble labelled lines into an :class:`~hindinews.model.Article`.

Consecutive lines of the same boilerplate kind (no blank line between them)
become one block, and so do the lines of a hard-wrapped paragraph; every
other non-blank line is a block of its own.  The
white space between blocks becomes ``blank`` blocks, so the blocks tile the
input exactly.  Each block offers its normalised text beside the raw one,
and body and standfirst blocks their sentences::

    >>> from hindinews.lines import split_lines
    >>> from hindinews.classify import classify_lines
    >>> text = "शीर्षक जो खबर का है यहां\\n\\nलखनऊ: गुरुवार को बैठक हुई। सभी नेता आए और चर्चा की।"
    >>> art = build_article(text, classify_lines(split_lines(text)))
    >>> art.dateline.text, len(art.lede.sentences)
    ('लखनऊ:', 2)
"""

from __future__ import annotations

from collections.abc import Sequence

from hindinews.classify import LineLabel
from hindinews.dateline import find_dateline, standalone_dateline
from hindinews.labels import Kind, Label
from hindinews.model import Article, Block, Dateline, Repair
from hindinews.times import published_and_updated


def _groups(labels: Sequence[LineLabel]) -> list[tuple[Label, Kind | None, int, int]]:
    """(label, kind, start, end) of each content block, in order."""
    groups: list[tuple[Label, Kind | None, int, int]] = []
    previous: LineLabel | None = None
    for item in labels:
        if item.label is Label.BLANK:
            previous = None
            continue
        line = item.line
        mergeable = previous is not None and (
            (item.label is Label.BOILERPLATE and previous.label is Label.BOILERPLATE and previous.kind is item.kind)
            or (previous.continued and previous.label is item.label)
        )
        if mergeable and groups:
            label, kind, start, _ = groups[-1]
            groups[-1] = (label, kind, start, line.content_end)
        else:
            groups.append((item.label, item.kind, line.content_start, line.content_end))
        previous = item
    return groups


def _block(text: str, label: Label, kind: Kind | None, start: int, end: int) -> Block:
    return Block(label, kind, start, end, text[start:end])


def _dateline(labels: Sequence[LineLabel]) -> Dateline | None:
    """From a dateline line before the lede, else from the lede's opening."""
    for item in labels:
        if item.label is Label.DATELINE:
            return standalone_dateline(item.line.content, item.line.content_start)
        if item.label is Label.BODY:
            return find_dateline(item.line.content, item.line.content_start)
    return None


def build_article(text: str, labels: Sequence[LineLabel], repairs: Sequence[Repair] = ()) -> Article:
    """Turn the classifier's line labels into an :class:`Article`."""
    blocks: list[Block] = []
    position = 0
    for label, kind, start, end in _groups(labels):
        if start > position:
            blocks.append(_block(text, Label.BLANK, None, position, start))
        blocks.append(_block(text, label, kind, start, end))
        position = end
    if position < len(text):
        blocks.append(_block(text, Label.BLANK, None, position, len(text)))
    stamps = [i.line.content for i in labels if i.label in (Label.META, Label.BYLINE)]
    published, updated = published_and_updated(stamps)
    return Article(
        text=text,
        blocks=tuple(blocks),
        dateline=_dateline(labels),
        published=published,
        updated=updated,
        repairs=tuple(repairs),
    )
