"""Invariants that hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hindinews import Article, Label, parse

# Text built from the things Hindi news pages are made of.
PIECES = st.sampled_from([
    "लखनऊ: ", "नई दिल्ली, 12 अगस्त (भाषा)। ", "गुरुवार को बसपा कार्यालय में बैठक हुई। ", "ये भी पढ़ें: ",
    "Latest Videos", "Share this article", "विज्ञापन", "जमीन मजबूत करने में जुटी बसपा", "Updated: 09 Apr, 2018",
    "\n", "\n\n", "\r\n", "\u2028", " ", "\u00a0", "\u200d", "।", ".", ":", "ः", "—", "(", ")", "|", "/",
    "pic.twitter.com/x", "— Name (@handle) June 30, 2022", "•", "फोटो: ", "1.", "...",
])
NEWSY = st.lists(PIECES, max_size=60).map("".join)
ANY_TEXT = st.text(max_size=400)


def check_invariants(text: str, article: Article) -> None:
    assert article.text == text
    assert "".join(b.text for b in article.blocks) == text
    position = 0
    for block in article.blocks:
        assert block.start == position and block.end >= block.start
        assert text[block.start : block.end] == block.text
        assert (block.label is Label.BLANK) == (not block.text.strip())
        for sentence in block.sentences:
            assert block.start <= sentence.start <= sentence.end <= block.end
            assert text[sentence.start : sentence.end] == sentence.text
        position = block.end
    assert position == len(text) or (not text and not article.blocks)
    if article.dateline is not None:
        assert text[article.dateline.start : article.dateline.end] == article.dateline.text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(ANY_TEXT)
def test_any_text_parses_losslessly(text: str) -> None:
    check_invariants(text, parse(text))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NEWSY)
def test_newsy_text_parses_losslessly_and_deterministically(text: str) -> None:
    article = parse(text)
    check_invariants(text, article)
    assert parse(text) == article
    assert Article.from_dict(article.to_dict()) == article


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NEWSY)
def test_story_text_reparses_to_the_same_story(text: str) -> None:
    article = parse(text)
    again = parse(article.story_text)
    # Parsing the clean story again loses no body paragraph and no headline.
    assert [b.text for b in again.body] == [b.text for b in article.body] or not article.body
