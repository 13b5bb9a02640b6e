"""The HTML and terminal views (hindinews.view), Article.to_html/_repr_html_,
and ``hindinews parse FILE --show``."""

from __future__ import annotations

import colorsys
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hindinews
from hindinews import Article, Block, Dateline, Kind, Label
from hindinews.cli import main
from hindinews.view import (
    BOILERPLATE_INK,
    FONT_STACK,
    KIND_COLOURS,
    LABEL_COLOURS,
    article_html,
    block_colour,
    render_terminal,
    terminal_text,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "seed-asianet-0001.json"
VOID = {"meta", "br", "img", "hr", "input", "link"}


def fixture_text(name: str) -> str:
    return str(json.loads((FIXTURES / name).read_text(encoding="utf-8"))["text"])


class ViewParser(HTMLParser):
    """Reads back what a browser would: the text of ``.hn-text``, the block
    spans with their attributes, the dateline marks; checks tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.text_depth: int | None = None
        self.text: list[str] = []
        self.blocks: list[dict[str, str]] = []
        self.block_text: list[list[str]] = []
        self.marks: list[list[str]] = []
        self.in_block = False
        self.in_mark = False
        self.legend: list[str] = []
        self.in_key = False
        self.root_attrs: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag in VOID:
            return
        classes = attributes.get("class", "").split()
        if "hn-view" in classes and self.root_attrs is None:
            self.root_attrs = attributes
        if "hn-text" in classes:
            self.text_depth = len(self.stack)
        elif self.text_depth is not None and "hn-b" in classes:
            self.blocks.append(attributes)
            self.block_text.append([])
        elif self.text_depth is not None and "hn-dateline" in classes:
            self.marks.append([])
        if "hn-key" in classes:
            self.legend.append("")
        self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"stray </{tag}>"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"<{open_tag}> closed by </{tag}>"
        if self.text_depth is not None and len(self.stack) == self.text_depth:
            self.text_depth = None

    def handle_data(self, data: str) -> None:
        classes = [set(a.get("class", "").split()) for _, a in self.stack]
        if self.text_depth is not None:
            self.text.append(data)
            if any("hn-b" in c for c in classes):
                self.block_text[-1].append(data)
            if any("hn-dateline" in c for c in classes):
                self.marks[-1].append(data)
        if classes and "hn-key" in classes[-1]:
            self.legend[-1] += data


def read_view(page: str) -> ViewParser:
    parser = ViewParser()
    parser.feed(page)
    parser.close()
    assert not parser.stack, f"unclosed tags: {[t for t, _ in parser.stack]}"
    return parser


def blk(label: Label, kind: Kind | None, start: int, end: int, text: str) -> Block:
    return Block.from_dict(
        {"label": label.value, "kind": kind.value if kind else None, "start": start, "end": end, "text": text}
    )


def seed_article() -> Article:
    return hindinews.parse(fixture_text("seed-asianet-0001.json"))


# ---------------------------------------------------------------- the colour table


def test_every_label_and_kind_has_its_own_colour() -> None:
    assert set(LABEL_COLOURS) == set(Label)
    assert set(KIND_COLOURS) == set(Kind)
    colours = [*LABEL_COLOURS.values(), *KIND_COLOURS.values()]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)
    assert len(set(colours)) == len(colours)


def _hls(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)


def test_boilerplate_kinds_are_one_family_of_greys() -> None:
    family = [KIND_COLOURS[k] for k in Kind] + [LABEL_COLOURS[Label.BOILERPLATE]]
    for colour in family:
        _, lightness, saturation = _hls(colour)
        assert saturation <= 0.3 and 0.7 <= lightness <= 0.9, colour
    # ...and every story label is more colourful than any of them.
    for label in (Label.HEADLINE, Label.STANDFIRST, Label.DATELINE, Label.SUBHEAD, Label.BODY):
        assert _hls(LABEL_COLOURS[label])[2] > 0.5, label


def test_block_colour_uses_the_kind_for_boilerplate() -> None:
    video = blk(Label.BOILERPLATE, Kind.VIDEO, 0, 3, "abc")
    unknown = blk(Label.BOILERPLATE, None, 0, 3, "abc")
    body = blk(Label.BODY, None, 0, 3, "abc")
    assert block_colour(video) == KIND_COLOURS[Kind.VIDEO]
    assert block_colour(unknown) == LABEL_COLOURS[Label.BOILERPLATE]
    assert block_colour(body) == LABEL_COLOURS[Label.BODY]


# ---------------------------------------------------------------- HTML


def test_html_holds_the_text_exactly_one_span_per_block() -> None:
    article = seed_article()
    view = read_view(article_html(article))
    assert "".join(view.text) == article.text
    assert [b["data-label"] for b in view.blocks] == [b.label.value for b in article.blocks]
    for attrs, texts, block in zip(view.blocks, view.block_text, article.blocks, strict=True):
        assert "".join(texts) == block.text
        assert (int(attrs["data-start"]), int(attrs["data-end"])) == (block.start, block.end)
        assert f"background-color:{block_colour(block)}" in attrs["style"]
        if block.kind is not None:
            assert attrs["data-kind"] == block.kind.value
            assert block.kind.value in attrs["title"]
        else:
            assert "data-kind" not in attrs


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.json")))
def test_every_dev_article_renders_losslessly(name: str) -> None:
    article = hindinews.parse(fixture_text(name))
    view = read_view(article_html(article))
    assert "".join(view.text) == article.text


def test_page_attributes_language_font_and_wrapping() -> None:
    page = article_html(seed_article())
    view = read_view(page)
    assert view.root_attrs is not None and view.root_attrs["lang"] == "hi"
    assert '"Noto Sans Devanagari"' in FONT_STACK and "font-family:" in view.root_attrs["style"]
    assert "Noto Sans Devanagari" in view.root_attrs["style"]
    assert "white-space:pre-wrap" in page and "overflow-wrap:anywhere" in page


def test_legend_lists_every_label_and_kind() -> None:
    view = read_view(article_html(hindinews.parse("")))
    for label in Label:
        assert label.value in view.legend
    for kind in Kind:
        assert kind.value in view.legend
    assert "dateline in the lede" in view.legend


def test_dateline_is_marked_inside_the_lede() -> None:
    article = seed_article()
    assert article.dateline is not None and article.lede is not None
    view = read_view(article_html(article))
    assert ["".join(m) for m in view.marks] == [article.dateline.text]
    lede = next(i for i, b in enumerate(article.blocks) if b is article.lede)
    assert "".join(view.block_text[lede]).startswith(article.dateline.text)
    assert 'class="hn-dateline" title="dateline: place=लखनऊ"' in article_html(article)


def test_a_dateline_on_its_own_line_is_marked_too() -> None:
    article = hindinews.parse("खबर का शीर्षक यहां है\n\nनई दिल्ली, 12 अगस्त (भाषा)\n\nसरकार ने आज फैसला लिया और राज्यों को भेजा।")
    assert article.dateline is not None
    view = read_view(article_html(article))
    assert ["".join(m) for m in view.marks] == ["नई दिल्ली, 12 अगस्त (भाषा)"]
    assert "place=नई दिल्ली, date=12 अगस्त, agency=भाषा" in article_html(article)


def test_text_is_escaped() -> None:
    text = 'शीर्षक <script>alert("x")</script> & <b>बोल्ड</b>\n\nलखनऊ: आज "बैठक" हुई & सब <आए>।'
    page = article_html(hindinews.parse(text))
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "&amp;" in page
    assert "".join(read_view(page).text) == text


def test_standalone_page_and_title() -> None:
    article = hindinews.parse("शीर्षक <जो> & खबर का है\n\nलखनऊ: आज बैठक हुई और सब आए।")
    page = article_html(article, standalone=True)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="hi">' in page and '<meta charset="utf-8">' in page
    assert "<title>शीर्षक &lt;जो&gt; &amp; खबर का है</title>" in page
    assert article_html(article) in page
    assert "<title>hindinews article</title>" in article_html(hindinews.parse(""), standalone=True)


def test_to_html_writes_the_page(tmp_path: Path) -> None:
    article = seed_article()
    as_path = tmp_path / "a.html"
    as_str = tmp_path / "b.html"
    page = article.to_html(as_path)
    assert page == article.to_html(str(as_str)) == article.to_html() == article_html(article, standalone=True)
    assert as_path.read_bytes() == page.encode("utf-8") == as_str.read_bytes()


def test_repr_html_is_the_fragment() -> None:
    article = seed_article()
    assert article._repr_html_() == article_html(article)
    assert not article._repr_html_().lstrip().startswith("<!DOCTYPE")


def test_empty_article() -> None:
    article = hindinews.parse("")
    page = article_html(article)
    view = read_view(page)
    assert view.text == [] and view.blocks == []
    assert "empty article" in page
    assert read_view(article_html(article, standalone=True)).legend


def test_all_boilerplate_article() -> None:
    article = hindinews.parse("Share this article\n\nविज्ञापन\n\nFollow Us\n\nTags: भारत, राजनीति")
    assert article.parts and all(b.label is Label.BOILERPLATE for b in article.parts)
    view = read_view(article_html(article))
    assert "".join(view.text) == article.text
    assert {b["data-kind"] for b in view.blocks if b["data-label"] == "boilerplate"} >= {"share", "ad"}
    assert view.marks == []


def test_hand_made_article_with_gaps_overlaps_and_spans_past_the_end() -> None:
    text = "पहला भाग\nदूसरा भाग\nतीसरा"
    blocks = (
        blk(Label.HEADLINE, None, 0, 8, text[0:8]),
        blk(Label.BODY, None, 5, 15, text[5:15]),  # overlaps the headline
        blk(Label.BOILERPLATE, Kind.UI, 18, 99, text[18:]),  # a gap before, past the end after
    )
    article = Article(text, blocks, dateline=Dateline("x", None, None, None, 500, 600))
    view = read_view(article_html(article))
    assert "".join(view.text) == text
    assert view.marks == []  # a dateline outside the text marks nothing


def test_line_breaks_and_odd_characters_survive() -> None:
    text = "शीर्षक\r\n\r\nलखनऊ:\tआज\u00a0बैठक\u200dहुई।\u2028दूसरी पंक्ति\n\n\n"
    page = article_html(hindinews.parse(text))
    assert "".join(read_view(page).text) == text


def test_lone_surrogates_do_not_break_the_page(tmp_path: Path) -> None:
    article = hindinews.parse("शीर्षक \ud800 यहां\n\nलखनऊ: आज बैठक हुई।")
    page = article.to_html(tmp_path / "s.html")
    page.encode("utf-8")
    assert "\ufffd" in page


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("कखगघचछजटडतथदधनपबमयरलवशसह्ािीुूेैोौंँः।़ \n\r\t<>&\"'ab:.-")),
        max_size=300,
    )
)
def test_any_text_renders_losslessly(text: str) -> None:
    article = hindinews.parse(text)
    assert "".join(read_view(article_html(article)).text) == text


# ---------------------------------------------------------------- the core stays light


def test_importing_hindinews_does_not_import_the_view_or_rich() -> None:
    code = (
        "import sys, hindinews; a = hindinews.parse('x');"
        "assert 'hindinews.view' not in sys.modules; assert 'rich' not in sys.modules;"
        "import hindinews.view; hindinews.view.article_html(a); assert 'rich' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(ROOT / "src")})


# ---------------------------------------------------------------- terminal


def _console(color: bool = True, width: int = 100) -> tuple[object, io.StringIO]:
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out, force_terminal=color, color_system="truecolor" if color else None, width=width, no_color=not color
    )
    return console, out


def _squash(text: str) -> str:
    return "".join(text.split())


def test_terminal_view_colours_each_block() -> None:
    from rich.console import Console

    article = seed_article()
    console, out = _console()
    assert isinstance(console, Console)
    render_terminal(article, console)
    written = out.getvalue()
    for block in article.parts:
        r, g, b = (int(block_colour(block)[i : i + 2], 16) for i in (1, 3, 5))
        assert f"48;2;{r};{g};{b}" in written, block.label
    assert "\x1b[" in written


def test_terminal_view_plain_has_legend_text_and_kind_tags() -> None:
    from rich.console import Console

    article = seed_article()
    console, out = _console(color=False, width=80)
    assert isinstance(console, Console)
    render_terminal(article, console)
    written = out.getvalue()
    assert "\x1b[" not in written
    head = written.split("─" * 10)[0]
    for name in [*(label.value for label in Label), *(kind.value for kind in Kind)]:
        assert name in head
    # No rewrapping (terminals disagree on Devanagari widths): each block's text is there verbatim.
    for block in article.parts:
        assert block.text in written, block.label
    assert written.count("[video]") == sum(1 for b in article.boilerplate if b.kind is Kind.VIDEO)


def test_terminal_text_spans_line_up_with_blocks() -> None:
    article = seed_article()
    text = terminal_text(article)
    for block in article.parts:
        if block.label is Label.BOILERPLATE:
            continue
        last = text.plain.index(block.text) + len(block.text) - 1
        styles = {str(span.style) for span in text.spans if span.start <= last < span.end}
        assert any(block_colour(block) in s for s in styles), (block.label, styles)
    assert article.dateline is not None
    at = text.plain.index(article.dateline.text)
    styles = {str(span.style) for span in text.spans if span.start <= at < span.end}
    assert any("underline" in s and LABEL_COLOURS[Label.DATELINE] in s for s in styles), styles


def test_terminal_view_of_empty_article() -> None:
    from rich.console import Console

    console, out = _console(color=False)
    assert isinstance(console, Console)
    render_terminal(hindinews.parse(""), console)
    assert "empty article" in out.getvalue()
    assert BOILERPLATE_INK.startswith("#")


# ---------------------------------------------------------------- CLI


def test_cli_show_prints_the_view_not_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--show"]) == 0
    out = capsys.readouterr().out
    assert "boilerplate kinds" in out and "[video]" in out and "[share]" in out
    assert _squash(seed_article().headline.text) in _squash(out)  # type: ignore[union-attr]
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_cli_show_in_colour(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["parse", str(SEED), "--show"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" in out


def test_cli_show_without_rich_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("rich", "rich.console", "rich.text", "rich.rule"):
        monkeypatch.setitem(sys.modules, name, None)
    assert main(["parse", str(SEED), "--show"]) == 2
    assert "pip install 'hindinews[view]'" in capsys.readouterr().err


def test_cli_without_show_still_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    assert json.loads(capsys.readouterr().out)["headline"].startswith("उपचुनाव")
