"""Sentence splitting for Hindi news, with exact character offsets.

Built on indic-nlp-library's splitter, with its faults for Hindi news fixed:

* Its cut points (after ``।``, ``॥``, ``?``, ``!``) are mapped back to exact
  offsets in the input; a closing quote or bracket right after a terminator
  stays with the sentence it closes (indic-nlp gives ``['“हाँ।', '” ...']``).
* A terminator after a digit ends a sentence too (indic-nlp skips it, to
  protect decimals, which only ``.`` can be part of).
* ``.`` ends a sentence when it is followed by white space, unless it closes
  an abbreviation (``डॉ.``, ``प्रो.``, ``श्री.``, ``कि.मी.``, ``Mr.``), an
  initial or dotted acronym (``एस.एस.``, ``आई.सी.आई.सी.आई.``), a list number
  (``1. रजिस्ट्रेशन``), or the next word starts with a lower-case Latin letter.
  Many Hindi sites write ``.`` for ``।``, so this applies whether or not the
  text has dandas (indic-nlp ignores ``.`` as soon as one danda appears, and
  its ``.`` handling rejoins pieces with spaces and is quadratic, so only its
  danda pass and its list of non-breaking Hindi tokens are used).
  ``3.5``, ``12.30`` and URLs never split: there is no space after the dot.
* An ellipsis (``...``, ``…``, two or more dots) ends a sentence only when
  followed by white space and then a Devanagari letter or a capital Latin
  letter.  Devanagari has no case, so ``और... वह`` splits; in scraped news an
  ellipsis mostly marks a truncated teaser (``...... Read more``).
* A blank line always ends a sentence; a single newline does not (wrapped
  lines).

Everything runs in time linear in the input and never raises.
"""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from collections.abc import Callable

from hindinews.normalize import nfc

__all__ = ["sentence_spans", "split_sentences"]

_HARD = "।॥?!"
_DELIMS = _HARD + ".…"
_CLOSERS = "”’»›)]}\"'"
# Quotes and brackets stripped from a word before the abbreviation look-up.
_WORD_EDGES = "\"'“”‘’«»()[]{}"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A list number is short; a four-digit number before "." is usually a year.
_MAX_LIST_NUMBER_DIGITS = 3


def _word_set(words: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in words.split())


# Standalone abbreviations beyond indic-nlp's list (which has the single
# letters, English letter names, श्री, डॉ, कु, चि, सौ).  Not आदि ("etc."),
# which often ends a sentence.  Only the last dot of
# a dotted chain (कि.मी.) is ever checked, and a chain is never a sentence end.
_HINDI_ABBREVIATIONS = _word_set(
    "डा प्रो सं पृ कि मी किमी सेमी मिमी ग्रा किग्रा लि पू सु स्व मो पं नं रु रू क्र ले जन एड मि प्र वाई ज़ेड डब्लू"
)
_LATIN_ABBREVIATIONS = _word_set(
    "mr mrs ms dr prof st jr sr vs etc inc ltd co no nos gen lt col capt sgt rev hon gov govt "
    "sen rep mt ft rs sh smt approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec"
)


@functools.lru_cache(maxsize=1)
def _indic() -> tuple[Callable[[str], list[str]], Callable[[str], bool]]:
    # Imported here: indic-nlp pulls in pandas (~0.6 s), too slow for `import hindinews`.
    from indicnlp.tokenize import sentence_tokenize

    # Passing the danda pattern explicitly keeps indic-nlp to its linear first
    # pass; otherwise, for text without a danda, it also splits at every "."
    # and rejoins pieces in quadratic time.
    danda_pattern = re.compile(r"[?!\u0964\u0965]")

    def split(text: str) -> list[str]:
        return list(sentence_tokenize.sentence_split(text, lang="hi", delim_pat=danda_pattern))

    def is_abbreviation(word: str) -> bool:
        return bool(sentence_tokenize.is_acronym_abbvr(word, "hi"))

    return split, is_abbreviation


def _indic_cut_points(text: str) -> tuple[set[int], int]:
    """Offsets in ``text`` just after each sentence indic-nlp returns, and how far they reach.

    Each piece is found at or after a forward-moving cursor (indic-nlp strips
    white space from its pieces).  The second value is the offset up to which
    pieces were mapped: if one cannot be found (or indic-nlp fails), the text
    beyond it falls back to cutting after every terminator.
    """
    try:
        pieces = _indic()[0](text)
    except Exception:  # third-party code on arbitrary input
        return set(), 0
    cuts: set[int] = set()
    cursor = 0
    for piece in pieces:
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        if not piece or not text.startswith(piece, cursor):
            return cuts, cursor
        cursor += len(piece)
        cuts.add(cursor)
    return cuts, len(text)


def _is_abbreviation(word: str) -> bool:
    word = nfc(word.strip(_WORD_EDGES))
    if word.isdecimal():
        return len(word) <= _MAX_LIST_NUMBER_DIGITS
    if word.isascii():
        return (len(word) == 1 and word.isalpha()) or word.casefold() in _LATIN_ABBREVIATIONS
    # A bare consonant with nukta, not in indic-nlp's list.
    if len(word) == 2 and word[1] == "\u093c":
        word = word[0]
    return word in _HINDI_ABBREVIATIONS or _indic()[1](word)


def _next_visible(text: str, i: int) -> str:
    """The first non-space character at or after ``i`` ('' at the end)."""
    while i < len(text) and text[i].isspace():
        i += 1
    return text[i] if i < len(text) else ""


def _is_devanagari_letter(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" and ch.isalpha()


def _closer_end(text: str, i: int) -> int:
    """End of the closing quotes/brackets (and further terminators) from ``i``."""
    n = len(text)
    while i < n and (text[i] in _CLOSERS or text[i] in _DELIMS):
        # A straight quote glued to the next word opens the next sentence.
        if (
            text[i] in "\"'"
            and i + 1 < n
            and not (text[i + 1].isspace() or text[i + 1] in _CLOSERS or text[i + 1] in _DELIMS)
        ):
            break
        i += 1
    return i


def _period_ends_sentence(text: str, start: int, end: int, after: int) -> bool:
    """Whether the dots ``text[start:end]``, closed up to ``after``, end a sentence."""
    follower = _next_visible(text, after)
    if not follower:
        return True
    if not text[after].isspace() or follower in ",;:":
        return False
    if end - start > 1 or "…" in text[start:end]:
        return _is_devanagari_letter(follower) or follower.isupper()
    if follower.isascii() and follower.islower():
        return False
    word_start = start
    while word_start > 0 and not (text[word_start - 1].isspace() or text[word_start - 1] == "."):
        word_start -= 1
    if word_start > 0 and text[word_start - 1] == ".":
        return False  # last dot of a chain: कि.मी., आई.सी.आई.सी.आई., U.S.
    word = text[word_start:start]
    return not (word and _is_abbreviation(word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, in order.

    Spans do not overlap, carry no surrounding white space, and together
    cover every non-space character of ``text`` exactly once.

    >>> text = "पाकिस्तान की यह पुरानी फितरत है. हार को जीत बतलाना।"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['पाकिस्तान की यह पुरानी फितरत है.', 'हार को जीत बतलाना।']
    >>> sentence_spans("  “हाँ।” डॉ. राम आए। ")
    [(2, 8), (9, 20)]
    """
    n = len(text)
    indic_cuts, mapped = _indic_cut_points(text) if any(c in _HARD for c in text) else (set(), n)
    paragraph_cuts = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    cuts: list[int] = []
    i = 0
    while i < n:
        if text[i] not in _DELIMS:
            i += 1
            continue
        start = i
        while i < n and text[i] in _DELIMS:
            i += 1
        after = _closer_end(text, i)
        if any(c in _HARD for c in text[start:after]):
            ends = (
                any(p in indic_cuts for p in range(start + 1, after + 1))
                or start >= mapped
                # indic-nlp never cuts after a number, to spare decimals; only "." is decimal.
                or (start > 0 and text[start - 1].isnumeric())
            ) and _next_visible(text, after) not in ",;:"
        else:
            ends = _period_ends_sentence(text, start, i, after)
        if ends:
            # Not where indic-nlp cut: closing quotes/brackets belong to this sentence.
            cuts.append(after)
        i = after
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*heapq.merge(paragraph_cuts, cuts), n]:
        s, e = begin, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        begin = max(begin, cut)
    return spans


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` (see :func:`sentence_spans`).

    >>> split_sentences("प्रो. एस.एस.सारंगदेवोत ने कहा कि 3.5 करोड़ मिले। 1. रजिस्ट्रेशन")
    ['प्रो. एस.एस.सारंगदेवोत ने कहा कि 3.5 करोड़ मिले।', '1. रजिस्ट्रेशन']
    """
    return [text[s:e] for s, e in sentence_spans(text)]
