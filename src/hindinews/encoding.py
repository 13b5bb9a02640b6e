"""Input checks, byte decoding and mojibake repair for Hindi text.

Three entry points:

* :func:`repair_encoding` undoes the commonest crawl damage: UTF-8 Devanagari
  that was decoded with a single-byte codec (cp866, cp1251, cp1252/latin-1,
  koi8-r, mac_cyrillic) and so reads ``рд╕рд▓рдорд╛рди`` or ``à¤¸à¤²à¤®à¤¾à¤¨``
  instead of ``सलमान``::

      >>> repair_encoding("рд╕рд▓рдорд╛рди рдЦрд╛рди")[0]
      'सलमान खान'

* :func:`decode_bytes` turns raw bytes into ``str`` (BOM aware, strict).
* :func:`require_str` rejects non-``str`` input with a message that says
  what to do instead.

How the repair works
--------------------
Every Devanagari code point (U+0900–U+097F) is three UTF-8 bytes,
``E0 A4 xx`` or ``E0 A5 xx``.  A single-byte codec maps each byte to exactly
one character, so the damage is reversible: encode the characters back to
bytes with the codec and decode those bytes as UTF-8.  Because the codec is
single-byte, byte *i* of the re-encoded run is character *i* of the run,
which makes keeping undecodable bytes as their original characters trivial.

A run (maximal stretch of characters the codec can encode, within one line)
is repaired only if the decoding is unmistakably Hindi: at least two
Devanagari characters, at most one third of its non-ASCII bytes undecodable,
and no more non-Devanagari decodes than Devanagari ones.  Genuine Russian
text is encodable in cp866 too, but it decodes to a mess of invalid bytes
and at best a stray Devanagari digit, so it fails these tests.  Text that is
already right is never encodable in the codec at all (Devanagari, emoji) or
lacks the two-character signature of a Devanagari lead byte (``рд``/``ре``
for cp866, ``à¤``/``à¥`` for cp1252), which is checked first so clean
input costs a few substring searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from hindinews.model import Repair

__all__ = [
    "UndecodableBytesError",
    "decode_bytes",
    "repair_encoding",
    "require_str",
]


# ---------------------------------------------------------------- code pages


@attrs.frozen
class _Codepage:
    """A single-byte codec seen as a char -> byte table plus its signature."""

    name: str
    to_byte: dict[int, str]  # for str.translate: ord(char) -> char with ord == byte
    run: re.Pattern[str]  # maximal stretch of encodable characters
    signatures: tuple[str, ...]  # how the lead bytes E0 A4 / E0 A5 look


def _byte_char(codec: str, byte: int) -> str:
    # WHATWG decoders (what browsers, and hence most crawls, use) turn bytes a
    # windows-125x code page leaves undefined into the C1 control of the same
    # value; copying that keeps ए (E0 A4 8F in cp1252) and घ (E0 A4 98 in
    # cp1251) repairable.
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)


def _codepage(name: str, codec: str, *, extra: dict[str, int] | None = None) -> _Codepage:
    chars = {_byte_char(codec, b): b for b in range(256)}
    for char, byte in (extra or {}).items():
        chars.setdefault(char, byte)
    # Line breaks end runs: a repair never spans lines, so lines can be
    # handled (and checked for idempotence) one at a time.
    chars.pop("\r")
    chars.pop("\n")
    klass = "".join(sorted(chars))
    return _Codepage(
        name=name,
        to_byte={ord(c): chr(b) for c, b in chars.items() if ord(c) != b},
        run=re.compile("[" + re.escape(klass) + "]+"),
        signatures=(
            _byte_char(codec, 0xE0) + _byte_char(codec, 0xA4),
            _byte_char(codec, 0xE0) + _byte_char(codec, 0xA5),
        ),
    )


# Text that was decoded as latin-1 differs from cp1252 only in 0x80-0x9F,
# where latin-1 gives C1 controls.  One table accepting both repairs either
# (and mixtures); :func:`_cp1252_label` tells them apart for the record.
_LATIN1_C1 = {chr(b): b for b in range(0x80, 0xA0)}

# Order matters only for strings valid under two codecs, which takes
# contrived input: the signatures differ.  cp866 comes first because it is
# the form most often seen in Hindi crawls.
_CODEPAGES: tuple[_Codepage, ...] = (
    _codepage("cp866", "cp866"),
    _codepage("cp1252", "cp1252", extra=_LATIN1_C1),
    _codepage("cp1251", "cp1251"),
    _codepage("koi8-r", "koi8_r"),
    _codepage("mac_cyrillic", "mac_cyrillic"),
)
_SIGNATURES: tuple[str, ...] = tuple(s for cp in _CODEPAGES for s in cp.signatures)

# The characters only cp1252 puts at 0x80-0x9F (€, ‚, ƒ, „, …, ™, ...).
_CP1252_ONLY = frozenset(_byte_char("cp1252", b) for b in range(0x80, 0xA0)) - frozenset(_LATIN1_C1)
# The C1 controls both readings produce (cp1252 leaves these bytes undefined).
_C1_SHARED = frozenset(chr(b) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _cp1252_label(original: str) -> str:
    """Name the codec a cp1252-table repair came from.

    >>> _cp1252_label("à¤•"), _cp1252_label("à¤\\x95"), _cp1252_label("à¤¸")
    ('cp1252', 'latin-1', 'cp1252')
    """
    if any(c in _CP1252_ONLY for c in original):
        return "cp1252"
    if any("\x80" <= c <= "\x9f" and c not in _C1_SHARED for c in original):
        return "latin-1"
    # Nothing tells them apart; browsers read a "latin-1" label as cp1252.
    return "cp1252"


# ---------------------------------------------------------------- line repair

_LINE_END = re.compile(r"\r\n|\r|\n")

# A UTF-8 decode with surrogateescape turns each undecodable byte B into
# U+DC00+B, so the decoded run tells valid characters and leftovers apart.
_ESCAPE_LO, _ESCAPE_HI = 0xDC80, 0xDCFF
_ASCII, _KEPT, _REPAIRED = 0, 1, 2

# What the non-Hindi parts of a Hindi page are made of besides ASCII: NBSP,
# ©, accented Latin, Devanagari, ZWJ/ZWNJ, quotes and dashes, ₹, ™ and №,
# arrows, bullets and dingbats, emoji.  Cyrillic is left out on purpose: a
# decode into Cyrillic is a Russian line, not a damaged Hindi page.
_TYPOGRAPHIC: tuple[tuple[int, int], ...] = (
    (0x00A0, 0x024F),
    (0x0900, 0x097F),
    (0x200B, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x21FF),
    (0x25A0, 0x27BF),
    (0x1F300, 0x1FAFF),
)

# Edit = (start, end, replacement, codec label) on one line.
_Edit = tuple[int, int, str, str]


def _utf8_len(cp: int) -> int:
    return 2 if cp < 0x800 else 3 if cp < 0x10000 else 4


def _typographic(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _TYPOGRAPHIC)


def _in_words(tokens: list[tuple[int, int, str, int]]) -> int:
    """How many repaired Devanagari characters have one as a neighbour."""
    flags = [kind == _REPAIRED and "\u0900" <= text <= "\u097f" for _, _, text, kind in tokens]
    return sum(
        1
        for i, flag in enumerate(flags)
        if flag and ((i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1]))
    )


def _repair_run(run: str, base: int, page: _Codepage, strict: bool) -> list[_Edit]:
    """Edits that undo ``page`` on ``run`` (at ``base`` in its line), or none.

    ``strict`` asks for proof that the run is Hindi mojibake on its own:
    at least two Devanagari characters, no more other decoded characters
    than Devanagari ones, and no more undecodable bytes than Devanagari
    characters that stand next to another one (in a word).  Without
    ``strict`` (used once the page has shown mojibake of this codec) the
    run must decode completely into :data:`_TYPOGRAPHIC` characters.

    Bytes that do not decode keep their original characters, so a sequence
    cut short by truncation stays as the mojibake it was.
    """
    decoded = run.translate(page.to_byte).encode("latin-1").decode("utf-8", "surrogateescape")
    devanagari = other = escaped = 0
    typographic = True
    # tokens: (start in run, end in run, text, kind)
    tokens: list[tuple[int, int, str, int]] = []
    pos = 0
    for char in decoded:
        cp = ord(char)
        if cp < 0x80:
            tokens.append((pos, pos + 1, char, _ASCII))
            pos += 1
        elif _ESCAPE_LO <= cp <= _ESCAPE_HI:
            escaped += 1
            tokens.append((pos, pos + 1, run[pos], _KEPT))
            pos += 1
        else:
            if 0x900 <= cp <= 0x97F:
                devanagari += 1
            else:
                other += 1
                typographic = typographic and _typographic(cp)
            size = _utf8_len(cp)
            tokens.append((pos, pos + size, char, _REPAIRED))
            pos += size
    if strict:
        # Real mojibake leaves bytes undecodable only where a character was
        # cut, and its Devanagari comes in words.  Russian cp866 text is the
        # opposite: "через {0} сред" reads "че१ {0} с।", isolated signs
        # amid undecodable bytes.
        if devanagari < 2 or other > devanagari or escaped > _in_words(tokens):
            return []
    elif escaped or not typographic or devanagari + other == 0:
        return []

    # Group repaired characters into stretches: ASCII (spaces, digits and
    # punctuation read the same in every codec) joins a stretch, a kept
    # undecodable byte ends it.  Trailing ASCII is not part of a stretch.
    edits: list[_Edit] = []
    start = end = -1
    pieces: list[str] = []
    kept = 0  # pieces up to the last repaired character
    for t_start, t_end, text, kind in tokens:
        if kind == _REPAIRED:
            if start < 0:
                start, pieces = t_start, []
            pieces.append(text)
            end, kept = t_end, len(pieces)
        elif kind == _ASCII and start >= 0:
            pieces.append(text)
        elif start >= 0:
            edits.append(_edit(run, base, start, end, pieces[:kept], page))
            start = -1
    if start >= 0:
        edits.append(_edit(run, base, start, end, pieces[:kept], page))
    return edits


def _edit(run: str, base: int, start: int, end: int, pieces: list[str], page: _Codepage) -> _Edit:
    original = run[start:end]
    name = _cp1252_label(original) if page.name == "cp1252" else page.name
    return (base + start, base + end, "".join(pieces), name)


def _mask(line: str, edits: list[_Edit]) -> str:
    # U+FFFF is in no code page, so a masked stretch can join no run.
    parts: list[str] = []
    pos = 0
    for start, end, _, _ in sorted(edits):
        parts.append(line[pos:start])
        parts.append("\uffff" * (end - start))
        pos = end
    parts.append(line[pos:])
    return "".join(parts)


def _line_edits(
    line: str,
    pages: tuple[_Codepage, ...] = _CODEPAGES,
    *,
    strict: bool = True,
    taken: list[_Edit] | None = None,
) -> list[_Edit]:
    """New edits for one line (no line breaks inside), sorted by start.

    Characters under ``taken`` edits, or claimed by an earlier code page,
    are not looked at again.
    """
    masked = _mask(line, taken) if taken else line
    edits: list[_Edit] = []
    for page in pages:
        if strict and not any(sig in masked for sig in page.signatures):
            continue
        found: list[_Edit] = []
        for match in page.run.finditer(masked):
            found.extend(_repair_run(match.group(), match.start(), page, strict))
        if found:
            edits.extend(found)
            masked = _mask(masked, found)
    edits.sort()
    return edits


def _apply(line: str, edits: list[_Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, replacement, _ in edits:
        parts.append(line[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(line[pos:])
    return "".join(parts)


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end of content, end with line break) for each line.

    Only ``\\n``, ``\\r\\n`` and ``\\r`` count as breaks; ``str.splitlines``
    would also split at U+2028, form feeds etc. and make offsets harder to
    predict.
    """
    pos = 0
    for match in _LINE_END.finditer(text):
        yield pos, match.start(), match.end()
        pos = match.end()
    yield pos, len(text), len(text)


_PAGE_OF_LABEL = {page.name: page for page in _CODEPAGES} | {"latin-1": _CODEPAGES[1]}


def repair_encoding(text: str) -> tuple[str, tuple[Repair, ...]]:
    """Undo UTF-8 Devanagari that was decoded with the wrong single-byte codec.

    Returns the repaired text and one :class:`~hindinews.model.Repair` per
    repaired stretch; its ``start``/``end`` index the *repaired* text and its
    ``original`` is the mojibake it replaced, so every repair can be undone.
    Text without mojibake comes back as the very same object with ``()``.

        >>> fixed, repairs = repair_encoding("खबर: рд╕рд▓рдорд╛рди рдЦрд╛рди")
        >>> fixed
        'खबर: सलमान खान'
        >>> r = repairs[0]
        >>> fixed[r.start:r.end], r.original, r.encoding
        ('सलमान खान', 'рд╕рд▓рдорд╛рди рдЦрд╛рди', 'cp866')
        >>> repair_encoding("à¤¸à¤²à¤®à¤¾à¤¨")[0]
        'सलमान'
        >>> repair_encoding("Привет, как дела? café à la crème")[1]
        ()

    A character cut in half keeps its undecodable bytes as they stood:

        >>> repair_encoding("рд╕рд▓р")[0]
        'सलр'

    Lines are judged one at a time, and a line must prove itself Hindi
    mojibake.  Once one has, the page is known to have gone through that
    codec, and lines that decode under it without any leftover byte into
    ordinary characters (no-break spaces, ©, quotes, a lone Hindi word) are
    repaired too:

        >>> repair_encoding("рд╕рд▓рдорд╛рди\\n┬й 2020")[0]
        'सलमान\\n© 2020'
        >>> repair_encoding("┬й 2020")[0]
        '┬й 2020'

    The repair runs in linear time, never raises, and is idempotent:
    ``repair_encoding(repair_encoding(t)[0])[0] == repair_encoding(t)[0]``.
    """
    if not any(sig in text for sig in _SIGNATURES):
        return text, ()
    spans = list(_lines(text))
    all_edits: list[list[_Edit]] = []
    proven: dict[str, _Codepage] = {}
    for start, end, _ in spans:
        line = text[start:end]
        edits = _line_edits(line)
        # A repair could yield characters that, with their neighbours, look
        # like mojibake again (only contrived input does).  Leaving such a
        # line alone is what keeps the function idempotent.
        if edits and _line_edits(_apply(line, edits)):
            edits = []
        for edit in edits:
            page = _PAGE_OF_LABEL[edit[3]]
            proven[page.name] = page
        all_edits.append(edits)
    if not proven:
        return text, ()

    pages = tuple(page for page in _CODEPAGES if page.name in proven)
    for i, (start, end, _) in enumerate(spans):
        line = text[start:end]
        if line.isascii():
            continue
        more = _line_edits(line, pages, strict=False, taken=all_edits[i])
        if more:
            combined = sorted(all_edits[i] + more)
            # Same guard as above; a second call then finds no strict
            # repair, hence no proven codec, hence nothing to do.
            if not _line_edits(_apply(line, combined)):
                all_edits[i] = combined

    parts: list[str] = []
    repairs: list[Repair] = []
    out = 0  # length of the repaired text so far
    for (start, end, after), edits in zip(spans, all_edits, strict=True):
        line = text[start:end]
        pos = 0
        for e_start, e_end, replacement, codec in edits:
            out += e_start - pos
            repairs.append(Repair(out, out + len(replacement), line[e_start:e_end], codec))
            out += len(replacement)
            pos = e_end
        out += (after - start) - pos
        parts.append(_apply(line, edits) if edits else line)
        parts.append(text[end:after])
    return "".join(parts), tuple(repairs)


# ---------------------------------------------------------------- bytes in


class UndecodableBytesError(UnicodeDecodeError):
    """Bytes that are not valid in the encoding used (or detected).

    A :class:`UnicodeDecodeError`, hence also a :class:`ValueError`; its
    message says which byte failed and how to pass the right encoding.
    """


_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _sniff_bom(data: bytes) -> tuple[str, int]:
    """(codec, BOM length) for ``data``; ("utf-8", 0) when there is no BOM."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-32-le" and len(data) % 4:
                # FF FE 00 00 is also a UTF-16 BOM followed by U+0000;
                # a length UTF-32 cannot have settles it.
                return "utf-16-le", 2
            return codec, len(bom)
    return "utf-8", 0


def decode_bytes(data: bytes | bytearray | memoryview, encoding: str | None = None) -> str:
    """Decode raw page bytes for :func:`hindinews.parse_bytes`.

    With ``encoding`` the bytes are decoded with it, strictly (pass
    ``"utf-8-sig"`` to drop a UTF-8 BOM).  Without, a UTF-8, UTF-16 or UTF-32
    byte-order mark picks the codec and is removed; with no BOM the bytes
    must be valid UTF-8.

        >>> decode_bytes("सलमान".encode("utf-8"))
        'सलमान'
        >>> decode_bytes(b"\\xef\\xbb\\xbf" + "खान".encode("utf-8"))
        'खान'
        >>> decode_bytes("खान".encode("utf-16"))
        'खान'
        >>> decode_bytes(b"caf\\xe9", encoding="cp1252")
        'café'

    Raises :class:`TypeError` for anything but bytes-like data,
    :class:`UndecodableBytesError` (a ``UnicodeDecodeError``) for bytes the
    codec rejects, and :class:`LookupError` for an unknown ``encoding``.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"decode_bytes() needs bytes, bytearray or memoryview, got {type(data).__name__}"
            + (": pass a str to hindinews.parse() instead" if isinstance(data, str) else "")
        )
    raw = bytes(data)
    if encoding is not None:
        codec, skip, how = encoding, 0, f"with encoding={encoding!r}"
    else:
        codec, skip = _sniff_bom(raw)
        how = f"as {codec} (from its byte-order mark)" if skip else "as UTF-8 (no byte-order mark found)"
    try:
        return raw[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        hint = (
            "pass the right encoding=... (e.g. 'cp1252', 'utf-16', 'iso-8859-1')"
            if encoding is not None
            else "pass encoding=... to hindinews.parse_bytes() (e.g. 'cp1252', 'utf-16-le', 'iso-8859-1')"
        )
        bad = raw[skip + exc.start : skip + exc.end]
        reason = f"{exc.reason} ({bad.hex(' ')}) when decoding {how}; {hint}"
        raise UndecodableBytesError(exc.encoding, raw, skip + exc.start, skip + exc.end, reason) from None


# ---------------------------------------------------------------- str in


def require_str(value: object) -> str:
    """Return ``value`` if it is a ``str``, else raise a helpful TypeError.

    >>> require_str("खबर")
    'खबर'
    >>> require_str(None)
    Traceback (most recent call last):
    ...
    TypeError: parse() needs a str, got None
    """
    if isinstance(value, str):
        return value
    if value is None:
        raise TypeError("parse() needs a str, got None")
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"parse() needs a str, got {kind}: decode it first, "
            "or call hindinews.parse_bytes(data, encoding=None)"
        )
    raise TypeError(f"parse() needs a str, got {kind}")
