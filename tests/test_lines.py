from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hindinews.lines import split_lines


def test_offsets_point_into_the_text() -> None:
    text = "शीर्षक\r\nलखनऊ: आज\rदूसरी\u2028तीसरी\x85चौथी"
    lines = split_lines(text)
    assert [line.content for line in lines] == ["शीर्षक", "लखनऊ: आज", "दूसरी", "तीसरी", "चौथी"]
    for line in lines:
        assert text[line.content_start : line.content_end] == line.content


def test_edge_white_space_is_not_content_but_zero_width_marks_are() -> None:
    (line,) = split_lines("\u00a0\t लखनऊ \u00a0")
    assert line.content == "लखनऊ"
    (zw,) = split_lines("\u200bलखनऊ")
    assert zw.content == "\u200bलखनऊ"  # str.isspace() is the rule for blank


def test_blank_and_empty() -> None:
    assert [line.is_blank for line in split_lines("a\n \t\nb")] == [False, True, False]
    (only,) = split_lines("")
    assert only.is_blank and (only.start, only.end) == (0, 0)


@given(st.text())
def test_lines_tile_the_text(text: str) -> None:
    lines = split_lines(text)
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for before, after in zip(lines, lines[1:], strict=False):
        assert before.end < after.start or (before.end == after.start and before.end == len(text))
        assert text[before.end : after.start] in ("\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
                                                  "\x85", "\u2028", "\u2029")
