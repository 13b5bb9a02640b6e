"""Split raw text into lines with exact offsets.

Scraped text breaks lines with ``\\n``, ``\\r\\n``, ``\\r``, ``\\u2028``,
``\\x85`` and friends.  Each :class:`Line` keeps where it stands in the
input and where its content (the line without edge white space) starts and
ends, so every later stage can point back into the raw text::

    >>> [l.content for l in split_lines("शीर्षक\\r\\n\\n  लखनऊ: आज ")]
    ['शीर्षक', '', 'लखनऊ: आज']
"""

from __future__ import annotations

import attrs
import regex

# Every line terminator that str.splitlines() honours, \r\n first so that it
# counts as one break.
_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

@attrs.frozen
class Line:
    """One line of the input.

    ``start``/``end`` delimit the line without its terminator;
    ``content_start``/``content_end`` delimit it without edge white space
    (equal when the line is blank, i.e. holds only white space).
    """

    index: int
    start: int
    end: int
    content_start: int
    content_end: int
    content: str

    @property
    def is_blank(self) -> bool:
        return self.content_start == self.content_end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # White space is what str.isspace() says, as in labels.md's "blank" and
    # the gold evaluation; zero-width marks are content, kept in their block.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into :class:`Line` s; ``""`` gives one blank line."""
    lines: list[Line] = []
    start = 0
    for match in _BREAK.finditer(text):
        lines.append(_line(text, len(lines), start, match.start()))
        start = match.end()
    lines.append(_line(text, len(lines), start, len(text)))
    return lines


# Furniture a scraper glued onto the end of a story line, after a sentence
# end: "... बैठक हुई। ये भी पढ़ें: <another story>" or "... हुई।Advertisement".
_GLUED = regex.compile(
    r"(?<=[।॥?!.]['\"”’)]{0,2})[ \t\u00a0]{0,3}"
    r"(?=(?:ये|यह|इसे|इन्हें)\s(?:भी|खबर भी)\s(?:(?:पढ\u093c?|प\u095d)(?:ें|े)|देखें)\s{0,2}[:\-–—]"
    r"|(?i:also\s(?:read|see|watch)|read\salso|read\smore)\s{0,2}[:\-–—|]"
    r"|(?i:advertisement|sponsored)\s*$|विज्ञापन\s*$)"
)


def _may_hold_glued(content: str) -> bool:
    """A cheap necessary condition for :data:`_GLUED`: every phrase it cuts at
    holds one of these words, and most lines hold none (its look-behind is
    costly to try at every position)."""
    if "भी" in content or "विज्ञापन" in content:
        return True
    folded = content.casefold()
    return "also" in folded or "read" in folded or "advertisement" in folded or "sponsored" in folded


def cut_glued_furniture(lines: list[Line]) -> list[Line]:
    """Cut furniture glued onto the end of a line into a piece of its own.

    The pieces keep exact offsets, so a block may cover part of a line:

    >>> text = "बैठक में सभी नेता आए। ये भी पढ़ें: मुंबई में बारिश"
    >>> [p.content for p in cut_glued_furniture(split_lines(text))]
    ['बैठक में सभी नेता आए।', 'ये भी पढ़ें: मुंबई में बारिश']
    """
    pieces: list[Line] = []
    for line in lines:
        match = None if line.is_blank or not _may_hold_glued(line.content) else _GLUED.search(line.content, 1)
        if match is None:
            pieces.append(line if line.index == len(pieces) else attrs.evolve(line, index=len(pieces)))
            continue
        cut = line.content_start + match.start()
        head_end = cut
        tail_start = line.content_start + match.end()
        pieces.append(Line(len(pieces), line.start, cut, line.content_start, head_end,
                           line.content[: match.start()]))
        pieces.append(Line(len(pieces), cut, line.end, tail_start, line.content_end,
                           line.content[match.end() :]))
    return pieces


def _line(text: str, index: int, start: int, end: int) -> Line:
    content_start, content_end = _trim(text, start, end)
    return Line(index, start, end, content_start, content_end, text[content_start:content_end])
