from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hindinews import Article, Block, Dateline, Kind, Label, Repair, Sentence, parse


def test_block_round_trip_keeps_enums() -> None:
    block = Block(Label.BOILERPLATE, Kind.VIDEO, 3, 16, "Latest Videos")
    data = block.to_dict()
    assert data["label"] == "boilerplate" and data["kind"] == "video"
    assert Block.from_dict(data) == block


def test_article_json_round_trip(seed_text: str) -> None:
    article = parse(seed_text)
    assert Article.from_json(article.to_json()) == article
    assert Article.from_dict(article.to_dict()) == article


def test_article_round_trip_with_every_field() -> None:
    ist = timezone(timedelta(hours=5, minutes=30))
    article = Article(
        text="लखनऊ: आज",
        blocks=(Block(Label.BODY, None, 0, 8, "लखनऊ: आज"),),
        dateline=Dateline("लखनऊ:", "लखनऊ", None, None, 0, 5),
        published=datetime(2022, 6, 30, 10, 30, tzinfo=ist),
        updated=None,
        repairs=(Repair(0, 4, "рд▓", "cp866"),),
    )
    assert Article.from_dict(article.to_dict()) == article


def test_normalized_text_and_sentences_are_derived_on_demand() -> None:
    block = Block(Label.BODY, None, 10, 40, "डॉ. सिंह ने कहा। फिर सब\u00a0चले गए।")
    assert block.normalized == "डॉ. सिंह ने कहा। फिर सब चले गए।"
    assert [(s.start, s.text) for s in block.sentences] == [(10, "डॉ. सिंह ने कहा।"), (27, "फिर सब\u00a0चले गए।")]
    assert Block(Label.HEADLINE, None, 0, 4, "शीर्षक").sentences == ()
    assert block.to_dict()["sentences"][1] == Sentence(27, 41, "फिर सब\u00a0चले गए।").to_dict()


def test_derived_parts(seed_text: str) -> None:
    article = parse(seed_text)
    assert article.headline is not None and article.headline.text.startswith("उपचुनाव में अच्छे परिणाम")
    assert article.lede is article.body[0]
    headings = [s.heading.text for s in article.sections if s.heading]
    assert headings == ["जमीन मजबूत करने में जुटी बसपा", "बड़े चेहरो को बाहर का रस्ता दिखाए जाने की तैयारी"]
    assert article.sections[0].heading is None and len(article.sections[0].paragraphs) == 1
    assert ("video", "Latest Videos") in [(b.kind, b.text) for b in article.boilerplate]
    assert "Share this article" not in article.story_text
    assert article.story_text.startswith(article.headline.text)


def test_line_labels_speak_the_gold_format(seed_text: str) -> None:
    labels = parse(seed_text).line_labels()
    assert len(labels) == len(seed_text.split("\n"))
    assert labels[0] == "headline" and labels[1] == "blank" and labels[-1] == "boilerplate:video"
