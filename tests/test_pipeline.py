from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import hindinews
from hindinews import Label, clean, parse, parse_bytes

ROOT = Path(__file__).resolve().parent.parent


def test_the_issue_example(seed_text: str) -> None:
    art = hindinews.parse(seed_text)
    assert art.headline is not None
    assert art.headline.text.startswith("उपचुनाव में अच्छे परिणाम")
    assert art.dateline is not None
    assert (art.dateline.place, art.dateline.agency, art.dateline.text) == ("लखनऊ", None, "लखनऊ:")
    assert art.lede is not None and art.lede.text.startswith("लखनऊ: गुरुवार को")
    assert art.standfirst and art.standfirst[0].text.startswith("मायावती ने कहा कि")
    assert [(b.kind, b.text) for b in art.boilerplate][:1] == [(hindinews.Kind.VIDEO, "Latest Videos")]


def test_blocks_tile_the_input_exactly(seed_text: str) -> None:
    art = parse(seed_text)
    assert "".join(b.text for b in art.blocks) == seed_text
    for block in art.blocks:
        assert seed_text[block.start : block.end] == block.text
        assert (block.label is Label.BLANK) == (block.text.strip() == "")


def test_normalised_text_sits_beside_the_raw_text() -> None:
    art = parse("शीर्षक जो खबर का है यहां\n\nलखनऊ: गुरुवार को बैठक हुई\u00a0और सब आए।")
    lede = art.lede
    assert lede is not None
    assert lede.text == "लखनऊ: गुरुवार को बैठक हुई\u00a0और सब आए।"
    assert lede.normalized.startswith("लखनऊ: ")  # the colon stays a colon
    assert "\u00a0" not in lede.normalized
    assert [s.text for s in lede.sentences] == ["लखनऊ: गुरुवार को बैठक हुई\u00a0और सब आए।"]


def test_times_are_read_from_meta_lines() -> None:
    art = parse(
        "चंदा कोचर छोड़ेंगी बैंक के CEO का पद, बोर्ड ले सकता है फैसला\nEdited By jyoti choudhary,\n"
        "Updated: 09 Apr, 2018 01:50 PM\n09 Apr, 2018 01:37 PM\n"
        "नई दिल्लीः बैंक की सीईओ चंदा कोचर की मुश्किलें कम होने का नाम नहीं ले रही हैं।"
    )
    assert art.updated is not None and art.updated.isoformat() == "2018-04-09T13:50:00+05:30"
    assert art.published is not None and art.published.isoformat() == "2018-04-09T13:37:00+05:30"


def test_empty_text_gives_an_empty_article() -> None:
    art = parse("")
    assert art.blocks == () and art.headline is None and art.story_text == "" and art.dateline is None


@pytest.mark.parametrize(("value", "message"), [(None, "got None"), (b"abc", "parse_bytes"), (42, "int")])
def test_wrong_types_are_a_clear_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        parse(value)  # type: ignore[arg-type]


def test_parse_bytes_detects_boms(seed_text: str) -> None:
    assert parse_bytes(seed_text.encode("utf-16")).text == seed_text
    assert parse_bytes(b"\xef\xbb\xbf" + seed_text.encode("utf-8")).text == seed_text


def test_clean_is_the_story_text(seed_text: str) -> None:
    story = clean(seed_text)
    assert "Latest Videos" not in story and "click me!" not in story
    assert "जमीन मजबूत करने में जुटी बसपा" in story


def test_import_does_not_load_indic_nlp() -> None:
    code = "import sys, hindinews; print('indicnlp' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")}).stdout
    assert out.split() == ["False", "False"]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hindinews", *args], capture_output=True, text=True,
                          input=stdin, env={"PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8"})


def test_cli_prints_json_and_story_text() -> None:
    example = ROOT / "examples" / "asianet-mayawati.txt"
    as_json = run_cli("parse", str(example))
    assert as_json.returncode == 0
    article = hindinews.Article.from_json(as_json.stdout)
    assert article.headline is not None and article.dateline is not None
    as_text = run_cli("parse", "-", "--text", stdin=example.read_text(encoding="utf-8"))
    assert as_text.returncode == 0 and as_text.stdout.startswith(article.headline.text)
    assert "Share this article" not in as_text.stdout


def test_cli_reports_a_missing_file() -> None:
    result = run_cli("parse", "/nonexistent/file.txt")
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_an_extended_lexicon_counts_after_reload() -> None:
    from hindinews import lexicon

    sign_off = "ताजा खबरों के लिए हमारे साथ जुड़े रहें।"
    text = ("भारी बारिश से शहर के कई इलाकों में पानी भरा\n\nलखनऊ: गुरुवार को हुई भारी बारिश से शहर में पानी भर गया। "
            "नगर निगम ने राहत के लिए टीमें भेजी हैं।\n\n" + sign_off)
    saved = lexicon.WIDGET_LINES["social"]
    assert parse(text).line_labels()[-1] == "body"
    try:
        lexicon.WIDGET_LINES["social"] = (*saved, sign_off)
        hindinews.reload_lexicon()
        assert parse(text).line_labels()[-1] == "boilerplate:social"
    finally:
        lexicon.WIDGET_LINES["social"] = saved
        hindinews.reload_lexicon()
    assert parse(text).line_labels()[-1] == "body"


def test_parse_many_is_exported_lazily() -> None:
    code = ("import sys, hindinews; print('hindinews.batch' in sys.modules); "
            "hindinews.parse_many; print('hindinews.batch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")}).stdout
    assert out.split() == ["False", "True"]
    results = list(hindinews.parse_many(["शीर्षक जो खबर का है यहां\n\nलखनऊ: आज बैठक हुई और सब आए।", None], jobs=1))
    assert isinstance(results[0], hindinews.Article) and results[0].dateline is not None
    assert not isinstance(results[1], hindinews.Article) and "needs a str" in results[1].error


def test_a_large_page_leaves_the_cycle_collector_as_it_found_it() -> None:
    import gc

    page = "लखनऊ: बैठक हुई और सभी नेता शामिल हुए।\n" * 20_000
    assert gc.isenabled()
    assert parse(page).blocks
    assert gc.isenabled()
    gc.disable()
    try:
        parse(page)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _as_cp866(text: str) -> str:
    return text.encode("utf-8").decode("cp866")


def test_a_damaged_page_keeps_its_text_and_is_labelled_as_it_reads_repaired() -> None:
    clean_text = "\n".join([
        "Share On :",
        "धानुका की कृषक संगोष्ठी आयोजित हुई",
        "छिंदवाड़ा। मक्का की फसल को फॉल आर्मीवर्म से बचाने के लिए एकीकृत प्रयासों की आवश्यकता है। संगोष्ठी में"
        " करीब 175 किसानों ने भाग लिया।",
        "\u00a0",
    ])
    damaged = "\n".join(_as_cp866(line) if i in (1, 2, 3) else line for i, line in enumerate(clean_text.split("\n")))
    article = parse(damaged)
    assert article.text == damaged and article.repairs == ()
    assert "".join(b.text for b in article.blocks) == damaged
    assert all(damaged[b.start : b.end] == b.text for b in article.blocks)
    labels = article.line_labels()
    assert labels[:3] == parse(clean_text).line_labels()[:3] == ["boilerplate:share", "headline", "body"]
    assert labels[3] == "boilerplate:ui"  # "┬а", a no-break space read as cp866, is no blank line
    repaired = parse(damaged, repair=True)
    assert repaired.text == clean_text and repaired.line_labels()[:3] == labels[:3]
