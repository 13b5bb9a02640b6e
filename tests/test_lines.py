from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from hindinews.lines import cut_glued_furniture, split_lines


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
    for before, after in itertools.pairwise(lines):
        assert before.end < after.start or (before.end == after.start and before.end == len(text))
        assert text[before.end : after.start] in ("\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
                                                  "\x85", "\u2028", "\u2029")


def test_furniture_glued_onto_a_story_line_is_cut_off() -> None:
    text = "बैठक में सभी नेता आए। ये भी पढ़ें: मुंबई में बारिश\nसब ठीक है।Advertisement\nयह भी पढ़ें: अकेला"
    pieces = cut_glued_furniture(split_lines(text))
    assert [p.content for p in pieces] == [
        "बैठक में सभी नेता आए।", "ये भी पढ़ें: मुंबई में बारिश", "सब ठीक है।", "Advertisement", "यह भी पढ़ें: अकेला",
    ]
    for piece in pieces:
        assert text[piece.content_start : piece.content_end] == piece.content


def test_a_glued_related_link_becomes_its_own_block() -> None:
    from hindinews import Kind, Label, parse

    text = ("नई नीति पर बड़ा फैसला, किसानों को राहत\n\nनई दिल्ली: सरकार ने आज नई कृषि नीति को मंजूरी दे दी। "
            "इससे किसानों को सीधा फायदा होगा। ये भी पढ़ें: मुंबई में भारी बारिश से जनजीवन ठप")
    art = parse(text)
    assert art.lede is not None and art.lede.text.endswith("इससे किसानों को सीधा फायदा होगा।")
    related = [b for b in art.boilerplate if b.kind is Kind.RELATED]
    assert [b.text for b in related] == ["ये भी पढ़ें: मुंबई में भारी बारिश से जनजीवन ठप"]
    assert art.line_labels() == ["headline", "blank", "body"]
    assert all(b.label is not Label.BODY or "ये भी पढ़ें" not in b.text for b in art.blocks)
