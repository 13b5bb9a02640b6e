from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hindinews
from hindinews.normalize import normalize

# Characters that exercise every rule: Devanagari letters, signs, nukta
# letters (both forms), visarga, danda, colon, pipe, quotes, dashes, the
# space variants, joiners, soft hyphen, BOM, newlines, Latin, digits.
_ALPHABET = (
    "कखगजडढनफयरलसहअआइएओ"
    "ािीुूेैोौंँ्ः़"
    "\u0929\u0931\u0934\u0958\u095b\u095c\u095e\u0972"
    "।॥:|.…'\"“”‘’´„—–- \t\n\r"
    "\u00a0\u2002\u2009\u200a\u200b\u200c\u200d\u202f\u3000\u00ad\ufeff\u2060"
    "aeZ0१\u0301"
)
hindi_like = st.text(alphabet=_ALPHABET, max_size=60)
# Any code points, lone surrogates and control characters included.
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40)


def test_dateline_colon_is_not_turned_into_visarga() -> None:
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    text = "लखनऊ: गुरुवार को बसपा कार्यालय में बैठक हुई।"
    # indic-nlp alone would misread the dateline colon as a visarga.
    assert "लखनऊः" in IndicNormalizerFactory().get_normalizer("hi").normalize(text)
    assert normalize(text) == text
    headline = "नई दिल्ली: PM Kisan Samman Yojana: बड़ी खबर"
    assert normalize(headline) == headline


@pytest.mark.parametrize(
    "text",
    [
        "नई दिल्लीः आतंकवाद की पनाहगाह बने पाकिस्तान की नैशनल इनवेस्टीगेशन एजैंसी (NIA) ने फिर पोल खोल दी है।",
        "दुःख",
        "अतः",
    ],
)
def test_real_visarga_is_kept(text: str) -> None:
    assert normalize(text) == text


def test_pipes_and_full_stops_are_not_rewritten_as_danda() -> None:
    assert normalize("M English | हिंदी") == "M English | हिंदी"
    assert normalize("होम || देश") == "होम || देश"
    assert normalize("पाकिस्तान की यह पुरानी फितरत है. हार") == "पाकिस्तान की यह पुरानी फितरत है. हार"


def test_nukta_letters_are_decomposed() -> None:
    # Real text: "बढऩे" with the precomposed U+0929, "बढ़ती" with U+095D.
    composed = "घाटा बढ\u0929े की मुख्य वजह, ब\u095dती दौलत"
    decomposed = "घाटा बढ\u0928\u093cे की मुख्य वजह, ब\u0922\u093cती दौलत"
    assert normalize(composed) == decomposed
    assert normalize(decomposed) == decomposed
    assert not any("\u0958" <= c <= "\u095f" or c in "\u0929\u0931\u0934" for c in normalize(composed))


def test_output_is_nfc_apart_from_nukta_letters() -> None:
    # Removing the soft hyphen brings "e" and the accent together.
    assert normalize("cafe\u00ad\u0301") == "café"
    text = normalize("मायावती शनैः – शनैः राजनीति में ताकतवर होती गईं. ")
    assert text == unicodedata.normalize("NFC", text)
    assert text == "मायावती शनैः - शनैः राजनीति में ताकतवर होती गईं."


def test_spaces_joiners_and_lines() -> None:
    spaced = "जगदलपुर :\u00a0भाजपा  ने\u2009दो\t\tबार\u200bचित्रकोट\u3000रहे\u202fबैदूराम"
    assert normalize(spaced) == "जगदलपुर : भाजपा ने दो बार चित्रकोट रहे बैदूराम"
    assert normalize("क्\u200dष और क्\u200cष") == "क्ष और क्ष"
    lines = "\ufeffहुई।\u00a0\r\n\u00a0\u00a0\u00a0अगली  पंक्ति \n\nतीसरी\n"
    assert normalize(lines) == "हुई।\nअगली पंक्ति\n\nतीसरी"


def test_indic_nlp_punctuation_rules_apply() -> None:
    assert normalize("“बहन जी” ‘दलित की बेटी’…") == "\"बहन जी\" 'दलित की बेटी'..."


@pytest.mark.parametrize("text", ["", " ", "\n\t \u00a0", "\u200d"])
def test_blank_input_gives_empty_string(text: str) -> None:
    assert normalize(text) == ""


@pytest.mark.parametrize("text", ["\ud800क\udfff", "\x00\x1b[0mहै\x7f", "खबर 😀👍🏽 है", "\U0010ffff:|"])
def test_odd_input_does_not_raise(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(hindi_like)
def test_idempotent_on_hindi_like_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_idempotent_on_any_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(hindi_like)
def test_colons_and_pipes_survive(text: str) -> None:
    out = normalize(text)
    assert out.count(":") == text.count(":")
    assert out.count("|") == text.count("|")
    assert out.count("ः") == text.count("ः")


def test_import_does_not_load_indic_nlp() -> None:
    code = (
        "import sys, hindinews.normalize, hindinews.sentences;"
        "print(sorted({'indicnlp', 'pandas'} & set(sys.modules)))"
    )
    src = str(Path(hindinews.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[]"
