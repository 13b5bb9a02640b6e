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
is repaired only if the decoding is unmistakably Hindi.  Its words (split
at ASCII) that decode to Devanagari must hold at least two Devanagari
letters, no more other decoded characters than Devanagari ones, and no more
undecodable bytes than letters standing in words.  Real mojibake leaves
bytes undecodable only where a character was cut; genuine Russian text,
which cp866 encodes too, decodes to undecodable bytes with at most a stray
Devanagari digit, danda or letter, so it fails.  Text that is already right
is either not encodable in the codec at all (Devanagari, emoji) or lacks the
two-character signature of a Devanagari lead byte (``рд``/``ре`` for cp866,
``à¤``/``à¥`` for cp1252), which is searched for first, so clean input
costs one regex search.

Once a line has proved a codec, the page is known to have gone through it,
and the rest of its lines are repaired under that codec when they decode
without a single leftover byte into ordinary characters: this catches the
no-break spaces, ©, curly quotes and one-word lines of a damaged page,
which on their own carry too little evidence.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any

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
    # charmap_encode with a built map is C speed; str.translate or a codec's
    # own dict-based encoder is ten times slower.
    encoding_map: Any  # codecs.EncodingMap, which typeshed keeps private
    # Characters outside the 256 of the table that also stand for a byte
    # (latin-1's C1 controls on the cp1252 page), as a str.translate table.
    aliases: dict[int, str]
    alias: re.Pattern[str] | None
    run: re.Pattern[str]  # maximal stretch of encodable characters
    signature: re.Pattern[str]  # how the lead bytes E0 A4 / E0 A5 look


def _byte_char(codec: str, byte: int) -> str:
    # WHATWG decoders (what browsers, and hence most crawls, use) turn bytes a
    # windows-125x code page leaves undefined into the C1 control of the same
    # value; copying that keeps ए (E0 A4 8F in cp1252) and घ (E0 A4 98 in
    # cp1251) repairable.
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)


def _signature_second(codec: str) -> str:
    return "[" + re.escape(_byte_char(codec, 0xA4) + _byte_char(codec, 0xA5)) + "]"


def _codepage(name: str, codec: str, *, extra: dict[str, int] | None = None) -> _Codepage:
    table = "".join(_byte_char(codec, b) for b in range(256))
    aliases = {ord(char): table[byte] for char, byte in (extra or {}).items() if char not in table}
    # Line breaks end runs: a repair never spans lines, so lines can be
    # handled (and checked for idempotence) one at a time.
    klass = "".join(sorted(set(table + "".join(map(chr, aliases))) - {"\r", "\n"}))
    return _Codepage(
        name=name,
        encoding_map=codecs.charmap_build(table),
        aliases=aliases,
        alias=re.compile("[" + re.escape("".join(map(chr, aliases))) + "]") if aliases else None,
        run=re.compile("[" + re.escape(klass) + "]+"),
        signature=re.compile(re.escape(_byte_char(codec, 0xE0)) + _signature_second(codec)),
    )


def _to_bytes(run: str, page: _Codepage) -> bytes:
    """The bytes ``run`` (made of characters of ``page``) was decoded from."""
    if page.alias is not None and page.alias.search(run):
        run = run.translate(page.aliases)
    data: bytes = codecs.charmap_encode(run, "strict", page.encoding_map)[0]
    return data


# Text that was decoded as latin-1 differs from cp1252 only in 0x80-0x9F,
# where latin-1 gives C1 controls.  One table accepting both repairs either
# (and mixtures); :func:`_cp1252_label` tells them apart for the record.
_LATIN1_C1 = {chr(b): b for b in range(0x80, 0xA0)}
# The bytes cp1252 leaves undefined, read as C1 controls either way.
_C1_SHARED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)

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
_SIGNATURES = re.compile("|".join(page.signature.pattern for page in _CODEPAGES))

# The characters only cp1252 puts at 0x80-0x9F (€, ‚, ƒ, „, …, ™, ...).
_CP1252_ONLY = re.compile(
    "[" + re.escape("".join(_byte_char("cp1252", b) for b in range(0x80, 0xA0) if b not in _C1_SHARED)) + "]"
)
# The C1 controls only latin-1 produces (cp1252 has characters there).
_LATIN1_ONLY = re.compile("[" + "".join(f"\\x{b:02x}" for b in range(0x80, 0xA0) if b not in _C1_SHARED) + "]")


def _cp1252_label(original: str) -> str:
    """Name the codec a cp1252-table repair came from.

    >>> _cp1252_label("à¤•"), _cp1252_label("à¤\\x95"), _cp1252_label("à¤¸")
    ('cp1252', 'latin-1', 'cp1252')
    """
    if _CP1252_ONLY.search(original) or not _LATIN1_ONLY.search(original):
        # In the second case nothing tells them apart; browsers read a
        # "latin-1" label as cp1252.
        return "cp1252"
    return "latin-1"


# ---------------------------------------------------------------- line repair

_LINE_END = re.compile(r"\r\n|\r|\n")

# A UTF-8 decode with surrogateescape turns each undecodable byte B into
# U+DC00+B, so the decoded run tells valid characters and leftovers apart;
# encoding back with surrogateescape gives the byte (= character) offsets.
_ESCAPE_LO, _ESCAPE_HI = 0xDC80, 0xDCFF
_ESCAPED = re.compile("[\udc80-\udcff]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
# Letters and signs, without what follows them in the block (ॠ ॡ ॢ ॣ, the
# dandas, digits and rarities): those are all that "ре" + a lowercase
# Cyrillic letter can give, so they prove nothing.
_LETTERS = re.compile("[\u0900-\u095f]")
_IN_WORDS = re.compile("[\u0900-\u095f]{2,}")
# In a decoded run: a word (what lies between ASCII), and the repaired
# characters in it.
_WORD = re.compile("[^\x00-\x7f]+")
_VALID = re.compile("[^\x00-\x7f\udc80-\udcff]+")

# What the non-Hindi parts of a Hindi page are made of besides ASCII: NBSP,
# ©, accented Latin, Devanagari, ZWJ/ZWNJ, quotes and dashes, ₹, ™ and №,
# arrows, bullets and dingbats, emoji.  Cyrillic is left out on purpose: a
# decode into Cyrillic is a Russian line, not a damaged Hindi page.
_TYPOGRAPHIC = "\u00a0-\u024f\u0900-\u097f\u200b-\u206f\u20a0-\u20cf\u2100-\u21ff\u25a0-\u27bf\U0001f300-\U0001faff"
# Anything else, but for undecodable bytes (which are kept, not repaired).
_UNTYPOGRAPHIC = re.compile(f"[^\\x00-\\x7f\\udc80-\\udcff{_TYPOGRAPHIC}]")

# Edit = (start, end, replacement, codec label) on one line.
_Edit = tuple[int, int, str, str]


def _byte_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogateescape"))


_ESCAPES = "".join(map(chr, range(_ESCAPE_LO, _ESCAPE_HI + 1)))


def _is_cut(word: str, first: bool, last: bool) -> bool:
    """Whether ``word`` decodes whole but for bytes cut at the run's ends.

    Mojibake of another codec decodes by accident here and there, with
    undecodable bytes in between; a real word only loses bytes where the
    text was cut.
    """
    inner = word.lstrip(_ESCAPES) if first else word
    inner = inner.rstrip(_ESCAPES) if last else inner
    return bool(inner) and not _ESCAPED.search(inner)


def _hindi_words(decoded: str) -> list[tuple[int, int]] | None:
    """The words of a decoded run to repair, or None if it is no mojibake.

    Words holding Devanagari are the evidence.  Together they need at least
    two Devanagari letters or signs (U+0900–U+095F), no more other decoded
    characters than Devanagari ones, and no more undecodable bytes than
    letters standing in words (next to another one).  Real mojibake leaves
    bytes undecodable only where a character was cut; Cyrillic read through
    cp866 gives isolated signs amid undecodable bytes ("через {0} сред"
    reads "че१ {0} с।", Macedonian "сребрен" "сॡ७") or lone dandas and
    digits (Bulgarian "ред" is "।").  Words without Devanagari ride along
    if what decodes in them is ordinary characters (``_TYPOGRAPHIC``: a
    dash, a no-break space) with undecodable bytes only where the run was
    cut; the rest (other text, or mojibake of another codec) are left alone.
    """
    words: list[tuple[int, int]] = []
    devanagari = letters = other = escaped = in_words = 0
    for match in _WORD.finditer(decoded):
        word = match.group()
        found = len(_DEVANAGARI.findall(word))
        if found:
            cut = len(_ESCAPED.findall(word))
            devanagari += found
            letters += len(_LETTERS.findall(word))
            escaped += cut
            other += len(word) - found - cut
            in_words += sum(map(len, _IN_WORDS.findall(word)))
        else:
            first, last = match.start() == 0, match.end() == len(decoded)
            if _UNTYPOGRAPHIC.search(word) or not _is_cut(word, first, last):
                continue
        words.append(match.span())
    if letters < 2 or other > devanagari or escaped > in_words:
        return None
    return words


def _repair_run(run: str, base: int, page: _Codepage, strict: bool) -> list[_Edit]:
    """Edits that undo ``page`` on ``run`` (at ``base`` in its line), or none.

    ``strict`` asks the run to prove itself Hindi mojibake (see
    :func:`_hindi_words`).  Without ``strict`` (used once the page has shown
    mojibake of this codec) the whole run must decode, every byte, into
    ordinary characters (``_TYPOGRAPHIC``).

    Bytes that do not decode keep their original characters, so a sequence
    cut short by truncation stays as the mojibake it was.  Repaired
    characters separated by ASCII only (spaces, digits, punctuation, which
    read the same in every codec) form one stretch and one edit.
    """
    decoded = _to_bytes(run, page).decode("utf-8", "surrogateescape")
    if decoded == run:  # all ASCII: nothing to repair
        return []
    words: list[tuple[int, int]] | None
    if strict:
        words = _hindi_words(decoded)
    elif _ESCAPED.search(decoded) or _UNTYPOGRAPHIC.search(decoded):
        words = None
    else:
        words = [(0, len(decoded))]
    if not words:
        return []

    stretches: list[list[int]] = []
    for w_start, w_end in words:
        for match in _VALID.finditer(decoded, w_start, w_end):
            start, end = match.span()
            if stretches and decoded[stretches[-1][1] : start].isascii():
                stretches[-1][1] = end
            else:
                stretches.append([start, end])

    edits: list[_Edit] = []
    pos = done = 0  # in decoded / in run (bytes == characters of the run)
    for start, end in stretches:
        r_start = done + _byte_len(decoded[pos:start])
        replacement = decoded[start:end]
        r_end = r_start + _byte_len(replacement)
        original = run[r_start:r_end]
        name = _cp1252_label(original) if page.name == "cp1252" else page.name
        edits.append((base + r_start, base + r_end, replacement, name))
        pos, done = end, r_end
    return edits


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
        if strict and not page.signature.search(masked):
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
    if not _SIGNATURES.search(text):
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
        >>> try:
        ...     decode_bytes(b"caf\\xe9")
        ... except ValueError as exc:
        ...     print(type(exc).__name__, exc.start, "pass encoding=..." in str(exc))
        UndecodableBytesError 3 True

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
        if encoding is None and codec == "utf-32-le":
            # FF FE 00 00 is also a UTF-16 BOM followed by U+0000.
            try:
                return raw[2:].decode("utf-16-le")
            except UnicodeDecodeError:
                pass
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
            f"parse() needs a str, got {kind}: decode it first, or call hindinews.parse_bytes(data, encoding=None)"
        )
    raise TypeError(f"parse() needs a str, got {kind}")
