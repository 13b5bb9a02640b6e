"""Text normalisation for Hindi news: one canonical spelling of the same text.

:func:`normalize` runs indic-nlp-library's Hindi normaliser and adds what it
misses.  The output conventions:

* Unicode NFC, except for nukta letters: every nukta letter is written
  decomposed, consonant + U+093C NUKTA.  NFC already decomposes U+0958-U+095F
  (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) but composes ऩ ऱ ऴ; those three are decomposed too so
  the form is the same for every nukta letter (this is also indic-nlp's form).
* ZWJ, ZWNJ, BOM, word joiner and soft hyphen are removed; NBSP, zero-width
  space and every other Unicode space separator become a plain space.
* Curly quotes become straight quotes, ``…`` becomes ``...``, dashes become
  ``-`` (indic-nlp's punctuation rules).
* Spaces and tabs collapse to one space within a line; lines are stripped;
  newlines are kept (``\\r\\n`` and ``\\r`` become ``\\n``) and only leading
  and trailing newlines of the whole text are removed.
* An ASCII colon stays a colon and a pipe stays a pipe.  indic-nlp turns
  ``लखनऊ:`` into ``लखनऊः`` (visarga) and every ``|`` into ``।``; in scraped
  news a colon after a place name is a dateline and pipes are menu or
  breadcrumb separators, so both are shielded from it.  A real visarga
  (``दुःख``) is untouched, and ``.`` or ``|`` is never rewritten as a danda.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import cast

import regex

__all__ = ["normalize"]

# Every Unicode space separator (Zs) except the plain space, plus tab and
# zero-width space, which indic-nlp would turn into a space anyway.
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000\u200b" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACE_TABLE = str.maketrans(dict.fromkeys(_SPACES, " ") | {"\u200c": None, "\u200d": None})

# NFC composes these three; indic-nlp and our canonical form keep them decomposed.
_NUKTA_DECOMPOSE = str.maketrans(
    {"\u0929": "\u0928\u093c", "\u0931": "\u0930\u093c", "\u0934": "\u0933\u093c"}
)

# indic-nlp rewrites ":" after Devanagari as visarga and "|" as danda.
_SHIELDED = re.compile(r"([:|])")
_SPACE_RUN = re.compile(r" {2,}")
_LINE_EDGE_SPACES = re.compile(r" *\n *")


# CPython's NFC puts a run of combining marks in canonical order with an
# insertion sort: quadratic in the run (a 600 kB run of U+093C U+0301 takes
# minutes).  Long runs are put in order here first, with a real sort.
_LONG_MARK_RUN = regex.compile(r"\p{M}{32,}")
_CHUNK = 16


def _canonical_order(match: regex.Match[str]) -> str:
    run = match.group()
    # NFD of short chunks decomposes every character (decomposition is per
    # character) at a bounded cost; the stable sort by combining class then
    # gives exactly the canonical order of the whole run.
    decomposed = "".join(unicodedata.normalize("NFD", run[i : i + _CHUNK]) for i in range(0, len(run), _CHUNK))
    starters = [i for i, c in enumerate(map(unicodedata.combining, decomposed)) if c == 0]
    out: list[str] = []
    begin = 0
    for end in [*starters, len(decomposed)]:
        out.append("".join(sorted(decomposed[begin:end], key=unicodedata.combining)))
        out.append(decomposed[end : end + 1])
        begin = end + 1
    return "".join(out)


def nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``, in time linear in ``text``.

    >>> nfc("e\u0301") == "\u00e9"
    True
    """
    if _LONG_MARK_RUN.search(text) is None:
        return unicodedata.normalize("NFC", text)
    # The runs, decomposed and in canonical order, are canonically
    # equivalent to what they replace, and NFC's own sort finds them ordered.
    return unicodedata.normalize("NFC", _LONG_MARK_RUN.sub(_canonical_order, text))


@functools.lru_cache(maxsize=1)
def _indic_normalizer() -> Callable[[str], str]:
    # Imported here: indic-nlp pulls in pandas (~0.6 s), too slow for `import hindinews`.
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    normalizer = IndicNormalizerFactory().get_normalizer("hi")
    return cast("Callable[[str], str]", normalizer.normalize)


def normalize(text: str) -> str:
    r"""Return the canonical form of ``text`` (see the module docstring).

    Never raises for any ``str`` and is idempotent.

    >>> normalize("लखनऊ:\u00a0 गुरुवार  को  बैठक   हुई।")
    'लखनऊ: गुरुवार को बैठक हुई।'
    >>> normalize("दुःख") == "दुःख"
    True
    >>> normalize("\u095c") == "\u0921\u093c"
    True
    """
    if not text:
        return ""
    text = nfc(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACE_TABLE)
    indic = _indic_normalizer()
    # Normalising the pieces between shielded characters separately is the
    # same as normalising the whole (indic-nlp's rules are local and none
    # spans ":" or "|"), minus the colon/pipe rewrites.
    text = "".join(part if i % 2 else indic(part) for i, part in enumerate(_SHIELDED.split(text)))
    # Removing invisible characters can join combining sequences, so compose again.
    text = nfc(text).translate(_NUKTA_DECOMPOSE)
    text = _SPACE_RUN.sub(" ", text)
    text = _LINE_EDGE_SPACES.sub("\n", text)
    return text.strip(" \n")
