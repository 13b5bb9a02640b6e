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

# Characters that carry nothing a reader sees: white space, zero-width marks,
# BOM, bidi controls.  A line made only of these is blank.
INVISIBLE = frozenset(
    " \t\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u3000\ufeff"
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1f\x7f"
)


@attrs.frozen
class Line:
    """One line of the input.

    ``start``/``end`` delimit the line without its terminator;
    ``content_start``/``content_end`` delimit it without edge white space
    (equal when the line is blank).
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
    while start < end and text[start] in INVISIBLE:
        start += 1
    while end > start and text[end - 1] in INVISIBLE:
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


def _line(text: str, index: int, start: int, end: int) -> Line:
    content_start, content_end = _trim(text, start, end)
    return Line(index, start, end, content_start, content_end, text[content_start:content_end])
