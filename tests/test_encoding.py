"""Tests for hindinews.encoding: mojibake repair, byte decoding, str checks.

Mojibake is built the way it arises: real Hindi from the dev fixtures is
encoded as UTF-8 and decoded with the wrong single-byte codec.  Bytes a
windows-125x code page leaves undefined are decoded as latin-1, as browsers
(WHATWG) do.
"""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import hindinews.encoding
from hindinews.encoding import UndecodableBytesError, decode_bytes, repair_encoding, require_str
from hindinews.model import Repair

# The fixtures are the dev set of /work/shared/dev, copied into the repo.
FIXTURES = Path(__file__).parent / "fixtures"
TEXTS: list[str] = [
    data["text"]
    for data in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json")))
    if isinstance(data, dict) and isinstance(data.get("text"), str)
]


def devanagari_count(text: str) -> int:
    return sum("\u0900" <= c <= "\u097f" for c in text)


LINES: list[str] = sorted(
    {line for text in TEXTS for line in re.split(r"\r\n|\r|\n", text) if devanagari_count(line) >= 2}
)

# Python codec name -> the name Repair.encoding reports.
CODECS = {
    "cp866": "cp866",
    "cp1251": "cp1251",
    "cp1252": "cp1252",
    "latin-1": "latin-1",
    "koi8_r": "koi8-r",
    "mac_cyrillic": "mac_cyrillic",
}


def mojibake(data: str | bytes, codec: str) -> str:
    """``data`` (UTF-8 bytes, or text to encode) read with the wrong codec."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    out = []
    for byte in raw:
        try:
            out.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:  # undefined in a windows-125x page
            out.append(chr(byte))
    return "".join(out)


def undo(repaired: str, repairs: tuple[Repair, ...]) -> str:
    """Put every repair's original back: must give the input again."""
    for r in reversed(repairs):
        repaired = repaired[: r.start] + r.original + repaired[r.end :]
    return repaired


def check_repairs(text: str, repaired: str, repairs: tuple[Repair, ...]) -> None:
    """The invariants every result must keep."""
    last = 0
    for r in repairs:
        assert last <= r.start < r.end <= len(repaired)
        assert r.original and r.original != repaired[r.start : r.end]
        assert "\n" not in r.original and "\r" not in r.original
        last = r.end
    assert undo(repaired, repairs) == text
    if not repairs:
        assert repaired is text


def test_fixtures_present() -> None:
    assert len(TEXTS) >= 10
    assert len(LINES) >= 100


def test_docstring_examples() -> None:
    result = doctest.testmod(hindinews.encoding)
    assert result.attempted > 10
    assert result.failed == 0


# ---------------------------------------------------------------- known forms


def test_the_two_classic_forms() -> None:
    fixed, repairs = repair_encoding("рд╕рд▓рдорд╛рди рдЦрд╛рди")
    assert fixed == "सलमान खान"
    assert repairs == (Repair(0, 9, "рд╕рд▓рдорд╛рди рдЦрд╛рди", "cp866"),)

    fixed, repairs = repair_encoding("à¤¸à¤²à¤®à¤¾à¤¨")
    assert fixed == "सलमान"
    assert repairs == (Repair(0, 5, "à¤¸à¤²à¤®à¤¾à¤¨", "cp1252"),)


@pytest.mark.parametrize("codec", CODECS)
def test_fixture_lines_round_trip(codec: str) -> None:
    for line in LINES:
        broken = mojibake(line, codec)
        fixed, repairs = repair_encoding(broken)
        assert fixed == line, (codec, line)
        assert repairs
        assert {r.encoding for r in repairs} <= {CODECS[codec], "cp1252"}
        check_repairs(broken, fixed, repairs)


@pytest.mark.parametrize("codec", CODECS)
def test_whole_documents_round_trip(codec: str) -> None:
    # Whole pages include lines such as a lone no-break space or an English
    # byline with one: too little evidence alone, repaired because the page
    # has proved the codec.
    for text in TEXTS:
        broken = mojibake(text, codec)
        fixed, repairs = repair_encoding(broken)
        assert fixed == text
        check_repairs(broken, fixed, repairs)
        assert repair_encoding(fixed)[0] == fixed


def test_codec_names() -> None:
    line = "वह घर गया।"  # घ is E0 A4 98: undefined in cp1251, used by its sign
    for codec, name in CODECS.items():
        if codec == "cp1252":
            continue
        repairs = repair_encoding(mojibake(line, codec))[1]
        assert {r.encoding for r in repairs} == {name}, codec


@pytest.mark.parametrize("char", ["ँ", "ऍ", "ए", "ऐ", "झ"])
def test_cp1252_undefined_bytes_read_as_latin1(char: str) -> None:
    # These end in 81, 8D, 8F, 90, 9D: bytes cp1252 leaves undefined, which
    # browsers show as the C1 control of the same value.
    line = f"{char}क बार {char}से"
    broken = mojibake(line, "cp1252")
    assert any("\x80" <= c <= "\x9f" for c in broken)
    fixed, repairs = repair_encoding(broken)
    assert fixed == line
    assert {r.encoding for r in repairs} == {"cp1252"}


def test_latin1_versus_cp1252_label() -> None:
    line = "क्या कहा"  # क is E0 A4 95: "•" in cp1252, U+0095 in latin-1
    assert repair_encoding(mojibake(line, "latin-1"))[1][0].encoding == "latin-1"
    assert repair_encoding(mojibake(line, "cp1252"))[1][0].encoding == "cp1252"
    # Both readings mixed in one stretch (cp1252's "•" then latin-1 U+0095).
    mixed = mojibake("क", "cp1252") + mojibake("क", "latin-1")
    fixed, repairs = repair_encoding(mixed)
    assert fixed == "कक"
    assert repairs[0].encoding == "cp1252"


# ---------------------------------------------------------------- damaged lines


def utf8_cuts(text: str) -> list[int]:
    """Byte offsets of ``text`` that fall inside a character."""
    raw = text.encode("utf-8")
    return [i for i in range(1, len(raw)) if 0x80 <= raw[i] <= 0xBF]


def expected_after_cut(raw: bytes, codec: str) -> str:
    """Whole characters decoded, every undecodable byte as its mojibake."""
    decoded = raw.decode("utf-8", "surrogateescape")
    return "".join(mojibake(bytes([ord(c) - 0xDC00]), codec) if "\udc80" <= c <= "\udcff" else c for c in decoded)


@pytest.mark.parametrize("codec", CODECS)
def test_line_cut_mid_character_keeps_the_tail(codec: str) -> None:
    line = "सलमान खान ने कहा कि वह कल मुंबई आएंगे"
    raw = line.encode("utf-8")
    for cut in utf8_cuts(line):
        for piece in raw[:cut], raw[cut:]:  # the second starts mid-character
            broken = mojibake(piece, codec)
            fixed = repair_encoding(broken)[0]
            expected = expected_after_cut(piece, codec)
            if devanagari_count(expected) >= 4:
                assert fixed == expected
            else:
                # Two or three characters and a cut are too little evidence;
                # such a piece is left as it is, never half repaired.
                assert fixed in (broken, expected)
            assert "\ufffd" not in fixed
    head = raw[: utf8_cuts(line)[-1]]
    assert repair_encoding(mojibake(head, codec))[0] == line[:-1] + mojibake(head[-2:], codec)


def test_cut_example() -> None:
    raw = "सलमान".encode()[:-1]  # न loses its last byte
    broken = mojibake(raw, "cp866")
    assert broken == "рд╕рд▓рдорд╛рд"
    fixed, repairs = repair_encoding(broken)
    assert fixed == "सलमाрд"
    assert repairs == (Repair(0, 4, "рд╕рд▓рдорд╛", "cp866"),)
    assert fixed[repairs[0].start : repairs[0].end] == "सलमा"


def test_fixture_lines_cut_at_both_ends() -> None:
    # Every fixture line, cut inside a character at both ends, for every
    # codec: all that survives whole comes back, the cut bytes stay.
    for codec in CODECS:
        for line in LINES:
            cuts = utf8_cuts(line)
            raw = line.encode("utf-8")[cuts[0] : cuts[-1]]
            broken = mojibake(raw, codec)
            fixed = repair_encoding(broken)[0]
            expected = expected_after_cut(raw, codec)
            if devanagari_count(expected) >= 8:
                assert fixed == expected, (codec, line)
            else:  # up to four cut bytes outweigh a short word or two
                assert fixed in (broken, expected), (codec, line)


def test_mixed_lines() -> None:
    good = "सलमान खान: "
    bad = mojibake("ने कहा कि वह आएंगे", "cp866")
    fixed, repairs = repair_encoding(good + bad)
    assert fixed == "सलमान खान: ने कहा कि वह आएंगे"
    assert [fixed[r.start : r.end] for r in repairs] == ["ने कहा कि वह आएंगे"]

    # ASCII digits and punctuation survive any codec and sit inside a stretch;
    # ASCII around the stretch stays outside it.
    text = "Updated: " + mojibake("14 फरवरी 2020, 10:18 बजे", "cp1252") + " (IST)"
    fixed, repairs = repair_encoding(text)
    assert fixed == "Updated: 14 फरवरी 2020, 10:18 बजे (IST)"
    assert [fixed[r.start : r.end] for r in repairs] == ["फरवरी 2020, 10:18 बजे"]

    # Russian next to the mojibake stays Russian.
    text = "Новости: " + mojibake("सलमान खान", "cp866") + " — через час"
    fixed, repairs = repair_encoding(text)
    assert fixed == "Новости: सलमान खान — через час"

    # Two codecs in one line, each named.
    text = mojibake("पहला भाग", "cp866") + " | " + mojibake("दूसरा भाग", "cp1252")
    fixed, repairs = repair_encoding(text)
    assert fixed == "पहला भाग | दूसरा भाग"
    assert [(fixed[r.start : r.end], r.encoding) for r in repairs] == [
        ("पहला भाग", "cp866"),
        ("दूसरा भाग", "cp1252"),
    ]
    text = mojibake("पहला भाग", "koi8_r") + " " + mojibake("दूसरा भाग", "cp866")
    assert repair_encoding(text)[0] == "पहला भाग दूसरा भाग"

    # Punctuation outside ASCII is repaired along with the words.
    line = "“सलमान” — ₹500 करोड़…"
    assert repair_encoding(mojibake(line, "cp866"))[0] == line


def test_line_structure_and_spans() -> None:
    lines = ["शीर्षक यहां है", "", "English line", "लखनऊ: गुरुवार को बैठक हुई।", "अंत"]
    text = "\r\n".join(mojibake(line, "cp866") for line in lines[:2]) + "\n"
    text += lines[2] + "\r" + mojibake(lines[3], "cp866") + "\n" + lines[4]
    fixed, repairs = repair_encoding(text)
    assert fixed == "शीर्षक यहां है\r\n\nEnglish line\rलखनऊ: गुरुवार को बैठक हुई।\nअंत"
    assert [fixed[r.start : r.end] for r in repairs] == ["शीर्षक यहां है", "लखनऊ: गुरुवार को बैठक हुई।"]
    check_repairs(text, fixed, repairs)


def test_page_evidence_repairs_weak_lines() -> None:
    weak = mojibake("\xa0© 2020 “Business Standard”", "cp866")  # no Devanagari at all
    alone = repair_encoding(weak)
    assert alone == (weak, ())
    page = mojibake("जनवरी में निर्यात गिरा", "cp866") + "\n" + weak
    fixed, repairs = repair_encoding(page)
    assert fixed == "जनवरी में निर्यात गिरा\n\xa0© 2020 “Business Standard”"
    assert [fixed[r.start : r.end] for r in repairs] == ["जनवरी में निर्यात गिरा", "\xa0© 2020 “Business Standard”"]
    # A one-letter word, too short to prove anything alone:
    word = mojibake("व", "cp866")
    assert repair_encoding(word)[0] == word
    assert repair_encoding(page + "\n" + word)[0].endswith("\nव")


def test_page_evidence_is_per_codec_and_never_touches_good_lines() -> None:
    page = "\n".join(
        [
            mojibake("जनवरी में निर्यात गिरा", "cp866"),
            mojibake("\xa0©", "cp1252"),  # proven codec is cp866, not cp1252
            "Привет, как дела? Он пришёл через час.",
            "café à la crème, naïve",
            "© 2020 Business Standard\xa0Ltd",
        ]
    )
    fixed = repair_encoding(page)[0]
    assert fixed.split("\n")[1:] == page.split("\n")[1:]


# ---------------------------------------------------------------- good text

GOOD = [
    "",
    "\n\r\n",
    "सलमान खान ने कहा कि वह कल मुंबई आएंगे।",
    "The quick brown fox jumps over the lazy dog.",
    "Привет, как дела?",
    "Он пришёл через {0} сред, а потом сердечно попрощался.",  # "рез", "ред" decode to १, ।
    "резко, ред, реж, рдо",
    "Нов ред и ред",  # Bulgarian: "ред" decodes to "।" with no byte left over
    "Мексикански сребрен пезос (1861–1992)",  # "сребрен": "сॡ७"
    "кардинал гордо сердце",
    "café à la crème",
    "À la carte — déjà vu, naïveté, Ångström, Æsop, ½ °C",
    "Grüße aus Köln, ça va? señor, São Paulo",
    "emoji 🙏🇮🇳👍🏽 and ZWJ 👨‍👩‍👧",
    "Ελληνικά, עברית, العربية, 中文, 日本語",
    "рд",  # a signature alone
    "à¤",
    "\x00\x1b[0m\ud800\udfff",
]


@pytest.mark.parametrize("text", GOOD)
def test_good_text_untouched(text: str) -> None:
    fixed, repairs = repair_encoding(text)
    assert fixed is text
    assert repairs == ()


def test_fixtures_untouched() -> None:
    for text in TEXTS:
        fixed, repairs = repair_encoding(text)
        assert fixed is text and repairs == ()


def test_idempotent_on_fixtures() -> None:
    for codec in CODECS:
        for text in TEXTS[:5]:
            fixed = repair_encoding(mojibake(text, codec))[0]
            again, repairs = repair_encoding(fixed)
            assert again is fixed and repairs == ()


def test_large_input_is_fast() -> None:
    import time

    text = "\n".join(mojibake(t, "cp866") for t in TEXTS) * 3  # ~470k characters
    start = time.perf_counter()
    repair_encoding(text)
    assert time.perf_counter() - start < 5


# ---------------------------------------------------------------- properties

DEVANAGARI = "".join(map(chr, range(0x900, 0x980)))
# Characters that make the repair work hard: signatures and other mojibake
# bits of every code page, Devanagari, ASCII, line breaks, C1 controls,
# no-break spaces and lone surrogates.
NASTY = "".join(
    sorted(
        set(
            mojibake(bytes(range(0x80, 0x100)), "cp866")
            + mojibake(bytes(range(0x80, 0x100)), "cp1252")
            + mojibake(bytes(range(0x80, 0x100)), "latin-1")
            + mojibake(bytes(range(0x80, 0x100)), "cp1251")
            + "рдреà¤¥а\xa0 \n\r.1"
            + DEVANAGARI[::7]
            + "\ud800\udc80\ufffd\uffff"
        )
    )
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    fixed, repairs = repair_encoding(text)
    check_repairs(text, fixed, repairs)
    assert repair_encoding(fixed)[0] == fixed


@SETTINGS
@given(st.text(alphabet=NASTY, max_size=60))
@example("╤А╨┤╕рд╕рд▓рдорд╛рди")  # decodes to "рд╕", which is mojibake again
@example("рез рез\nрд╕")
def test_nasty_text_idempotent_and_invertible(text: str) -> None:
    fixed, repairs = repair_encoding(text)
    check_repairs(text, fixed, repairs)
    assert repair_encoding(fixed)[0] == fixed


LETTERS = DEVANAGARI[:0x60]  # letters and signs, U+0900-U+095F


@st.composite
def hindi_texts(draw: st.DrawFn) -> str:
    """Any Devanagari text in which some line has two letters or signs.

    That is the evidence a line needs to prove itself: the rest of the block
    (ॠ ॡ ॢ ॣ, dandas, digits) is what Cyrillic "ре" + a lowercase letter
    reads as (Bulgarian "ред" is "।"), and one letter is a three-letter
    Cyrillic string.  Other lines ride on the page's proven codec.
    """
    text = draw(st.text(alphabet=DEVANAGARI + " \n,.0123", max_size=50))
    if not any(sum(c in LETTERS for c in line) >= 2 for line in text.split("\n")):
        text = draw(st.text(alphabet=LETTERS, min_size=2, max_size=5)) + text
    return text


@SETTINGS
@given(hindi_texts())
@example("क्ष")
@example("कख\nऀॠ\n।")  # later lines, too weak alone, ride on the first
def test_cp866_mojibake_of_any_devanagari_round_trips(text: str) -> None:
    assert repair_encoding(text.encode("utf-8").decode("cp866"))[0] == text


@SETTINGS
@given(hindi_texts(), st.sampled_from(sorted(CODECS)))
def test_any_codec_mojibake_round_trips(text: str, codec: str) -> None:
    broken = mojibake(text, codec)
    fixed, repairs = repair_encoding(broken)
    assert fixed == text
    check_repairs(broken, fixed, repairs)


# ---------------------------------------------------------------- decode_bytes

HINDI = "सलमान खान ने कहा।\nदूसरी पंक्ति"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (HINDI.encode("utf-8"), HINDI),
        (b"\xef\xbb\xbf" + HINDI.encode("utf-8"), HINDI),
        (b"\xff\xfe" + HINDI.encode("utf-16-le"), HINDI),
        (b"\xfe\xff" + HINDI.encode("utf-16-be"), HINDI),
        (HINDI.encode("utf-16"), HINDI),
        (b"\xff\xfe\x00\x00" + HINDI.encode("utf-32-le"), HINDI),
        (b"\x00\x00\xfe\xff" + HINDI.encode("utf-32-be"), HINDI),
        (HINDI.encode("utf-32"), HINDI),
        (b"", ""),
        (b"\xef\xbb\xbf", ""),
        (b"\xff\xfe", ""),
        # UTF-16 text that starts with U+0000 looks like a UTF-32 BOM.
        (b"\xff\xfe" + "\x00सलमान".encode("utf-16-le"), "\x00सलमान"),
    ],
)
def test_decode_bytes_detects_boms(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected
    assert decode_bytes(bytearray(data)) == expected
    assert decode_bytes(memoryview(data)) == expected


def test_decode_bytes_with_encoding() -> None:
    assert decode_bytes("café".encode("cp1252"), encoding="cp1252") == "café"
    assert decode_bytes(HINDI.encode("utf-16-le"), encoding="utf-16-le") == HINDI
    # The given codec is used as is: "utf-8" keeps a BOM, "utf-8-sig" drops it.
    assert decode_bytes(b"\xef\xbb\xbfx", encoding="utf-8") == "\ufeffx"
    assert decode_bytes(b"\xef\xbb\xbfx", encoding="utf-8-sig") == "x"
    with pytest.raises(LookupError):
        decode_bytes(b"x", encoding="no-such-codec")


def test_decode_bytes_strict_failure_message() -> None:
    data = "सलमान".encode() + b" caf\xe9 " + "खान".encode()
    with pytest.raises(UndecodableBytesError) as info:
        decode_bytes(data)
    err = info.value
    assert isinstance(err, UnicodeDecodeError) and isinstance(err, ValueError)
    assert (err.start, err.end) == (19, 20)
    assert err.object == data
    message = str(err)
    assert "byte 0xe9 in position 19" in message
    assert "no byte-order mark" in message
    assert "pass encoding=..." in message and "parse_bytes" in message


def test_decode_bytes_failure_with_given_encoding_or_bom() -> None:
    with pytest.raises(UndecodableBytesError, match=r"with encoding='ascii'.*encoding=\.\.\."):
        decode_bytes("सलमान".encode(), encoding="ascii")
    # A UTF-16 BOM on an odd number of bytes: positions count the BOM.
    with pytest.raises(UndecodableBytesError, match="byte-order mark") as info:
        decode_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"c")
    assert info.value.start == 6


@pytest.mark.parametrize("value", ["text", None, 12, ["bytes"]])
def test_decode_bytes_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=f"needs bytes, bytearray or memoryview, got {type(value).__name__}"):
        decode_bytes(value)  # type: ignore[arg-type]


def test_decode_bytes_str_hint() -> None:
    with pytest.raises(TypeError, match=r"pass a str to hindinews\.parse\(\) instead"):
        decode_bytes("सलमान")  # type: ignore[arg-type]


# ---------------------------------------------------------------- require_str


def test_require_str_returns_the_same_object() -> None:
    text = "खबर"
    assert require_str(text) is text

    class Text(str):
        pass

    sub = Text("खबर")
    assert require_str(sub) is sub


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "parse() needs a str, got None"),
        (
            b"x",
            "parse() needs a str, got bytes: decode it first, or call hindinews.parse_bytes(data, encoding=None)",
        ),
        (
            bytearray(b"x"),
            "parse() needs a str, got bytearray: decode it first, or call hindinews.parse_bytes(data, encoding=None)",
        ),
        (12, "parse() needs a str, got int"),
        (["x"], "parse() needs a str, got list"),
        (Path("a.txt"), f"parse() needs a str, got {type(Path('a.txt')).__name__}"),
    ],
)
def test_require_str_messages(value: object, message: str) -> None:
    with pytest.raises(TypeError) as info:
        require_str(value)
    assert str(info.value) == message
