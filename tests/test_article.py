from __future__ import annotations

from hindinews.article import build_article
from hindinews.classify import classify_lines
from hindinews.labels import Kind, Label
from hindinews.lines import split_lines
from hindinews.model import Article

TEXT = (
    "बसपा ने बुलाई बड़ी बैठक, पदाधिकारियों को मिला टारगेट\n\n"
    "लखनऊ: गुरुवार को बसपा कार्यालय में बड़ी बैठक रखी गई थी। इसमें सभी पदाधिकारी शामिल हुए।\n"
    "Latest Videos\n"
    "अब क्या करेगा भारत, बांग्लादेश सरकार ने कहा\n"
    "Hanuman Ashtami: कब है हनुमान अष्टमी\n\n"
    "Share this article\n"
)


def build(text: str = TEXT) -> Article:
    return build_article(text, classify_lines(split_lines(text)))


def test_consecutive_lines_of_one_kind_make_one_block() -> None:
    article = build()
    videos = [b for b in article.boilerplate if b.kind is Kind.VIDEO]
    assert len(videos) == 1
    assert videos[0].text == "Latest Videos\nअब क्या करेगा भारत, बांग्लादेश सरकार ने कहा\nHanuman Ashtami: कब है हनुमान अष्टमी"


def test_blank_blocks_fill_the_gaps() -> None:
    article = build()
    assert "".join(b.text for b in article.blocks) == TEXT
    blanks = [b for b in article.blocks if b.label is Label.BLANK]
    assert blanks and all(b.text.strip() == "" for b in blanks)
    assert article.blocks[-1].label is Label.BLANK and article.blocks[-1].text == "\n"


def test_dateline_is_read_from_the_lede() -> None:
    article = build()
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.start) == ("लखनऊ:", TEXT.index("लखनऊ:"))


def test_body_paragraphs_stay_one_block_each() -> None:
    text = "शीर्षक जो खबर का है यहां\n\nपहला पैराग्राफ यहां है और इसमें बात है।\nदूसरा पैराग्राफ यहां है और इसमें भी बात है।"
    article = build(text)
    assert [b.text for b in article.body] == ["पहला पैराग्राफ यहां है और इसमें बात है।", "दूसरा पैराग्राफ यहां है और इसमें भी बात है।"]


def test_a_hard_wrapped_paragraph_is_one_block() -> None:
    from publisher_samples import SAMPLES, parse_sample

    text, _ = parse_sample(SAMPLES["hardwrapped"])
    article = build(text)
    assert [b.text.count("\n") for b in article.body] == [2, 2]
    assert article.dateline is not None and article.dateline.place == "लखनऊ"
    assert article.lede is not None and article.lede.text.endswith("निर्देश दिए हैं।")
