"""Label every line of an article, first alone, then in context.

The classifier reads an article the way a reader does:

1. **Alone.**  Lines that say what they are get their label at once: widget
   labels (``Share this article``, ``ये भी पढ़ें``), bylines (``Edited By``),
   times (``Updated: ...``), captions (``फोटो:``), embedded posts.
2. **The story.**  The body is the run of Hindi prose that starts at the
   lede.  The lede is the first prose paragraph, unless the paragraphs before
   a dateline-led one (or ones the body repeats) are a standfirst.  The story
   ends before a time stamp, a footer or a tag line that follows the body.
3. **Around it.**  The headline is the first title-shaped line before the
   story; between it and the lede stand bylines, meta, standfirst, captions
   and section tags; before it, menus and breadcrumbs.  Inside the story a
   title followed by prose that shares its words is a subhead; lines under a
   list marker take the list's kind; after the story, everything is page
   furniture.

    >>> from hindinews.lines import split_lines
    >>> text = "शीर्षक जो खबर का है यहां\\n\\nलखनऊ: गुरुवार को बैठक में सभी नेता शामिल हुए और चर्चा की।\\nShare this article"
    >>> [(l.label.value, l.kind) for l in classify_lines(split_lines(text))]
    [('headline', None), ('blank', None), ('body', None), ('boilerplate', 'share')]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import attrs
import regex

from hindinews import lexicon
from hindinews.dateline import find_dateline, is_dateline_only
from hindinews.features import LineFeatures, fold, future_verb, has_digits, line_features, photo_counter
from hindinews.labels import Kind, Label
from hindinews.lines import Line

B = Label.BOILERPLATE
_INITIALS = regex.compile(r"[\u0900-\u0963]{1,12}(?:[./][\u0900-\u0963]{1,12}){1,3}")
_NUMBERED = regex.compile(r"\d{1,2}[.)]\s")
_LIST_ITEM = regex.compile(r"(?:\d{1,2}[.)]|[•●▪◦*►■✓✔-])\s")
_QUOTE_OPEN = "\"“‘'«"
_QUOTE_CLOSE = "\"”’'»"
_SIGNATURE = regex.compile(r"^[—–-]{1,2}\s?[^\n]{1,80}\(@\w{1,30}\)")
_BARE_LINK = regex.compile(r"https?://\S{1,300}")
# Instagram's player: its post's text stands between these two lines.
_POST_OPENING, _POST_CLOSING = "view this post on instagram", "a post shared by"
_MAX_POST_LINES = 4
_HANDLE_ONLY = regex.compile(r"^@\w{1,30}$")
_DESK_TAILS: frozenset[str]
_AGENCY_CREDIT: regex.Pattern[str]
_STOP: frozenset[str]
_CONTINUATION: frozenset[str]
_CONTINUED_OPENINGS: frozenset[str]
_NEXT_PREVIOUS: frozenset[str]
_BIO_OPENINGS: frozenset[str]
_HONORIFICS: frozenset[str]
_JUMP_OUT: regex.Pattern[str]
_JUMP_IN: regex.Pattern[str]
_QA_LABELS: frozenset[str]
_AGENCY_WORDS: frozenset[str]
_CLAUSE_WORDS: frozenset[str]
_AUTHOR_BIO: tuple[str, ...]
_NOT_PARTICIPLES: frozenset[str]
_SUBSCRIBE: frozenset[str]
_WEEKDAYS: frozenset[str]


def load_lexicon() -> None:
    """(Re)build the lookup tables from :mod:`hindinews.lexicon` (at import,
    and from :func:`hindinews.reload_lexicon`)."""
    global _DESK_TAILS, _AGENCY_CREDIT, _STOP, _CONTINUATION, _QA_LABELS, _AGENCY_WORDS, _CLAUSE_WORDS
    global _AUTHOR_BIO, _NOT_PARTICIPLES, _SUBSCRIBE, _WEEKDAYS, _CONTINUED_OPENINGS, _NEXT_PREVIOUS
    global _BIO_OPENINGS, _HONORIFICS
    _BIO_OPENINGS = frozenset(fold(w) for w in lexicon.BIO_OPENINGS)
    _HONORIFICS = frozenset(fold(w).rstrip('.') for w in lexicon.HONORIFICS)
    _NEXT_PREVIOUS = frozenset(fold(w) for w in lexicon.NEXT_PREVIOUS_WORDS)
    _DESK_TAILS = frozenset(fold(w) for w in lexicon.AGENCY_TAILS)
    _AGENCY_WORDS = frozenset(fold(a) for a in lexicon.AGENCIES if len(a.split()) <= 2)
    _CLAUSE_WORDS = frozenset(fold(w) for w in lexicon.CLAUSE_ENDINGS)
    _AUTHOR_BIO = tuple(fold(w) for w in lexicon.AUTHOR_BIO_WORDS)
    _NOT_PARTICIPLES = frozenset(fold(w) for w in lexicon.NOT_PARTICIPLES)
    _SUBSCRIBE = frozenset(fold(w) for w in lexicon.SUBSCRIBE_BUTTONS)
    _AGENCY_CREDIT = regex.compile(
        r"(?:(?:इनपुट|input|inputs|साभार|स्रोत|source)\s?[:\-]?\s?)?(?:"
        + "|".join(regex.escape(fold(a)) for a in sorted(lexicon.AGENCIES, key=len, reverse=True))
        + r")(?:\s?(?:इनपुट|के साथ|इनपुट के साथ))?"
    )
    _STOP = frozenset(fold(w) for w in lexicon.STOPWORDS)
    _CONTINUATION = frozenset(fold(w) for w in lexicon.CONTINUATION_WORDS)
    _CONTINUED_OPENINGS = frozenset(fold(w) for w in lexicon.CONTINUED_OPENINGS)
    _QA_LABELS = frozenset(fold(w) for w in lexicon.QA_LABELS)
    _WEEKDAYS = frozenset(fold(w) for w in lexicon.WEEKDAYS)
    global _JUMP_OUT, _JUMP_IN
    pages = "|".join(regex.escape(w) for w in lexicon.PAGE_WORDS)
    _JUMP_OUT = regex.compile(
        rf"(?i)\(?(?:{'|'.join(regex.escape(w) for w in lexicon.JUMP_OUT_WORDS)})\s?(?:{pages})\s?(?:नं\.?\s?)?"
        r"[0-9०-९]{1,3}\s?(?:पर|पे)\)?"
    )
    goes_on = "|".join(regex.escape(w) for w in lexicon.JUMP_IN_WORDS)
    _JUMP_IN = regex.compile(rf"(?i)\(?(?:{pages})\s?[0-9०-९]{{1,3}}\s?(?:का|के|से)\s?(?:{goes_on})\)?")


load_lexicon()
_BULLETS = ("•", "●", "▪", "◦", "*", "-", "–", "►", "■", "✓", "✔")
_SHINGLE = 4
_MAX_SKIPPED_WIDGETS = 8
_MAX_CRUMBS = 4
_MAX_MENU_ITEM_WORDS = 8
_MAX_INTRODUCED_ITEM_WORDS = 12
_MAX_ITEM_WORDS = 25
_MAX_TITLE_WORDS = 30
_MAX_LISTED_ITEMS = 12
_MIN_TITLE_WORDS = 4
_MIN_NAMES_ROW_WORDS = 4
_MIN_TABLE_CELLS = 3
_MIN_TABLE_ROWS = 3
_MIN_TWO_COLUMN_ROWS = 4
# A table flattened one cell a line: short cells, some columns of figures.
_MIN_CELL_TABLE_LINES = 9
_MAX_CELL_WORDS = 7
_MAX_TABLE_COLUMNS = 8
# A list of figures, one item a line: "ग्वालियर - 45.8 / 30.2".
_MIN_FIGURE_LIST_LINES = 4
_MAX_FIGURE_ITEM_WORDS = 8
_ITEM_SEPARATORS = frozenset("-–—/:|=")
_FIGURE_CELL = regex.compile(r"[#№]?[0-9०-९]{1,9}(?:[.,:/][0-9०-९]{1,9}){0,3}\s?%?(?:\s?\([^()]{1,20}\))?")
_TABLE_REACH = 3
_MAX_QUESTION_SUBHEAD_WORDS = 10
_MAX_PLAIN_SUBHEAD_WORDS = 6
# A list in the story with no sentence to open it: three or more short items
# one under another, between two paragraphs (another story's headline is longer).
_MIN_BARE_ITEMS = 3
_CELL_GAP = regex.compile(r"[ \u00a0]{2,}|\t+")
_MAX_CHANNEL_WORDS = 4  # "PunjabKesari TV", "Malwa Express TV"
_MAX_MORE_WORDS = 3  # "और पढ़ें", "Read more »"
_MIN_JUDGED_WORDS = 40  # the story under a title, long enough to tell whether the title names it
_MAX_NUMBERED_SUBHEAD_WORDS = 10
_MAX_BARE_ITEM_WORDS = 8
_MAX_SECTION_WORDS = 4
_FULL_STOPS = ("।", "॥", ".")
_DASHES = ("-", "–", "—")
_MAX_SIGN_OFF_WORDS = 5
_MAX_NAME_WORDS = 4
_MIN_BIO_WORDS = 6
_MIN_COMMA_TAGS = 4
_MAX_COMMA_TAG_WORDS = 3
_MAX_STAMP_WORDS = 16
_MAX_TAG_RUN_WORDS = 4
_MAX_TAG_WORDS = 6
_MIN_TEASER_WORDS = 12
_MIN_CAPTION_WORDS = 4
_MAX_CAPTION_WORDS = 20
_MAX_CAPTION_TAIL = 5
_MAX_NOUN_CAPTION_WORDS = 15
_MAX_GALLERY_CAPTION_WORDS = 45
_MIN_CARD_SECTIONS = 3
_MIN_MENU_LINES = 5
_MAX_BIO_WORDS = 40
_CRUMB_MARKS = frozenset({"»", "›", ">", "→"})  # ("|" parts a menu as often)
# A print edition's jump from page to page, and how far the story may go on.
_MAX_JUMP_WORDS = 6
_MAX_JUMP_LINES = 80
# A Devanagari word ending on a consonant with no vowel sign, nasal or virama after it.
_BARE_CONSONANT_END = regex.compile(r"[\u0915-\u0939\u0958-\u095f]$")
_EDGE = "।॥.?!,:;\"'“”‘’()"
_IMPERATIVE_ENDS = ("ें", "िए", "िये")
# "करते", "दिखातीं": the participle of one who is doing something.
_PARTICIPLE_ENDS = ("ते", "तीं", "ती")
# A subhead of a Hindi story is written in Hindi ("Latest India News" over the
# closing lines is a section link).
_MIN_SUBHEAD_DEVANAGARI = 0.3
_MAX_QUOTED_SUBHEAD_WORDS = 12
_MAX_WRAPPED_LINES = 60
_MIN_WRAPPED_WORDS = 8
# A line this long with a sentence ending inside it and none at its end was broken mid-sentence.
_MIN_BROKEN_WORDS = 16
# "04:40 PM IST", "सुबह 11:20 बजे": a live update's time alone on its line.
_MAX_UPDATE_STAMP_WORDS = 4
# Lines wrapped at a width fill it to within this share; the last may run a little over.
_WRAP_FILL = 0.6
_WRAP_SLACK = 1.1
_LISTING_TEASERS = 3
_MAX_TEASER_CHARS = 220
_MENU_WORDS = frozenset({"related", "video", "tags", "ui"})
_STANDFIRST_OVERLAP = 0.5
_MAX_STANDFIRST = 3


@attrs.frozen
class LineLabel:
    """The label (and boilerplate kind) given to one line."""

    line: Line
    label: Label
    kind: Kind | None = None
    #: The line's paragraph goes on on the next line (a hard-wrapped paragraph).
    continued: bool = False


@attrs.define
class _Slot:
    """Mutable working state for one line while the classifier decides."""

    line: Line
    feats: LineFeatures | None
    label: Label | None = None
    kind: str | None = None
    strong: bool = False
    before: int = -1  # index of the previous non-blank line, -1 if none
    after: int = -1  # index of the next non-blank line, -1 if none
    continued: bool = False  # the paragraph goes on on the next line
    leaves_page: bool = False  # a print edition's "शेष पेज 5 पर"
    resumes: int = -1  # ... and the line where the story goes on, if the text has it

    def set(self, label: Label, kind: str | None = None, strong: bool = False) -> None:
        self.label, self.kind, self.strong = label, kind, strong

    @property
    def blank(self) -> bool:
        return self.feats is None


# --------------------------------------------------------------------- pass 1


def _alone(slot: _Slot) -> None:
    """Give a line the label it carries on its face, if any."""
    f = slot.feats
    if f is None:
        return
    text = f.text
    short = f.words <= 40
    if _SIGNATURE.match(text) or (f.embed_cue and short):
        slot.set(Label.EMBED, strong=True)
    elif text.startswith("(") and any(w in f.folded for w in _AUTHOR_BIO) and f.words <= 80 and not f.marker_kind:
        slot.set(Label.BYLINE, strong=True)
    elif _bio(f):
        slot.set(Label.BYLINE, strong=True)  # "लेखिका कोलकाता के एक महाविद्यालय में प्राध्यापक हैं।"
    elif f.teaser:
        # a teaser ending "... Read more" is another story's; the link alone is a button
        slot.set(B, "ui" if _is_more_link(f) else "related", strong=True)
    elif f.marker_kind is not None and (f.marker_whole or short or f.marker_kind in ("disclaimer", "copyright")):
        slot.set(B, f.marker_kind, strong=True)
    elif f.byline_cue:
        slot.set(Label.BYLINE, strong=True)
    elif is_dateline_only(text):  # before credits: "नयी दिल्ली, 12 मार्च (एजेंसी)" names an agency too
        slot.set(Label.DATELINE, strong=True)
    elif f.credit:
        slot.set(Label.BYLINE, strong=True)
    elif "/" in text and f.has_date and f.words <= 12 and not f.prose and not f.meta_cue and f.date_share < 0.5:
        slot.set(Label.BYLINE, strong=True)  # "नाम / नई दिल्ली February 14, 2020"
    elif f.meta_cue or _time_stamp(f):
        slot.set(Label.META, strong=True)
    elif f.caption_cue and (not f.prose or not f.ends_clause) and short:
        slot.set(Label.CAPTION, strong=True)
    elif f.breadcrumb:
        slot.set(B, "tags", strong=True)
    elif f.separators and "|" in text and (f.has_date or f.has_time) and f.words <= _MAX_STAMP_WORDS:
        slot.set(Label.META, strong=True)  # "Amit Kumar | Navbharat Times | Updated: 12 Mar 2024"
    elif f.separators or not any(ch.isalnum() for ch in text):
        slot.set(B, "navigation", strong=True)
    elif f.words <= 4 and f.folded.split()[-1:] and f.folded.split()[-1] in _DESK_TAILS and not f.prose:
        slot.set(Label.BYLINE, strong=True)  # "ज़ी न्यूज़ डेस्क"
    elif f.words <= 3 and _AGENCY_CREDIT.fullmatch(f.folded):
        slot.set(Label.BYLINE, strong=True)  # "(भाषा)", "इनपुट: आईएएनएस", "- एजेंसी"
    elif _caption_shaped(f):
        slot.set(Label.CAPTION, strong=True)  # "गोमती रिवरफ्रंट पर सुबह की सैर करते लोग।"


def _bio(f: LineFeatures) -> bool:
    """An author's bio as a sentence: "लेखक/लेखिका ... हैं।" (or a name with an
    honorific alone: "डॉ. सुनीता पाण्डेय")."""
    words = f.folded.split()
    if not words or f.marker_kind is not None:
        return False
    if words[0] in _BIO_OPENINGS:
        return f.words <= _MAX_BIO_WORDS and words[-1].rstrip("।.") in ("हैं", "है", "थे", "थीं")
    return words[0].rstrip(".") in _HONORIFICS and 2 <= len(words) <= _MAX_NAME_WORDS and _name_like(f) and (
        f.devanagari >= 0.5)


def _sign_off(slots: Sequence[_Slot], end: int, lede: int) -> None:
    """The line right after the story may be wire copy's sign-off (a byline):
    the agency and the desk's names, or, under a story whose dateline credits
    a wire agency, the desk's names alone ("प्रेम अजय")."""
    after = slots[end].after
    # (after the agency's own credit, "--आईएएनएस", may come the desk's initials)
    while 0 <= after < len(slots) and slots[after].strong and slots[after].label is Label.BYLINE:
        after = slots[after].after
    if not 0 <= after < len(slots):
        return
    slot = slots[after]
    desk_names = (slot.feats is not None and 2 <= slot.feats.words <= _MAX_SIGN_OFF_WORDS
                  and slot.feats.devanagari >= 1 and _name_like(slot.feats) and _credits_a_wire(slots, lede))
    if _may_sign_off(slot) and slot.feats is not None and (_wire_sign_off(slot.feats) or desk_names):
        slot.set(Label.BYLINE, strong=True)
        # The desk's editor may stand again alone under it ("भाषा राजकुमार नरेश", then "नरेश").
        following = slots[slot.after] if slot.after >= 0 else None
        if following is not None and not following.strong and _editor_alone(following.feats):
            following.set(Label.BYLINE, strong=True)


def _credits_a_wire(slots: Sequence[_Slot], lede: int) -> bool:
    """The story's dateline (opening the lede, or alone on the line above it)
    credits a news agency ("नयी दिल्ली, 12 मार्च (भाषा)")."""
    above = slots[lede].before
    for i in (lede, above):
        if 0 <= i < len(slots) and (i == lede or slots[i].label is Label.DATELINE):
            found = find_dateline(slots[i].line.content)
            if found is not None and found.agency is not None and fold(found.agency) in _AGENCY_WORDS:
                return True
    return False


def _may_sign_off(slot: _Slot) -> bool:
    """Free to be read as a sign-off ("हिन्दुस्थान समाचार / नाम" looks like a trail)."""
    return not slot.strong or (slot.label is B and slot.kind == "tags")


def _wire_sign_off(f: LineFeatures) -> bool:
    """The sign-off wire copy ends with: the agency, then the desk's names
    ("भाषा राजेश अजय", "वार्ता सं. जफर", "हिन्दुस्थान समाचार/ राकेश")."""
    if _INITIALS.fullmatch(f.text.strip()):
        return True  # "सत्या.संजय": the desk's initials
    if f.ends_terminal or f.words > _MAX_SIGN_OFF_WORDS + 1:
        return False
    words = f.folded.replace("/", " ").replace("(", " ").replace(")", " ").split()
    for size in (2, 1):
        if len(words) > size and " ".join(words[:size]) in _AGENCY_WORDS:
            return len(words) - size <= _MAX_SIGN_OFF_WORDS - 1 and _no_sentence_words(words[size:])
    return False


def _editor_alone(f: LineFeatures | None) -> bool:
    """A name or two in Devanagari alone on a line."""
    return f is not None and f.words <= 2 and f.devanagari >= 1 and _name_like(f)


def _no_sentence_words(words: Sequence[str]) -> bool:
    return not any(w in _STOP or any(c.isdigit() for c in w) for w in words)


def _caption_shaped(f: LineFeatures) -> bool:
    """A photo caption with no credit: a phrase that names who is seen doing
    what, with a participle and no finite verb ("... बैठक लेते महापौर।",
    "... शरबत बनाते दुकानदार.").  A sentence of the story ends on its verb."""
    if not _MIN_CAPTION_WORDS <= f.words <= _MAX_CAPTION_WORDS or f.terminals > 1 or f.devanagari < 0.5:
        return False
    # Closed by a full stop as a caption is (a title or a subhead is not), and
    # not an item of a list.
    if not _closed_by_full_stop(f.text) or _LIST_ITEM.match(f.text):
        return False
    words = [w.strip(_EDGE) for w in f.folded.split()]
    if f.ends_clause or words[-1] in _CLAUSE_WORDS or words[-1].endswith(_IMPERATIVE_ENDS):
        return False
    for k in range(max(1, len(words) - _MAX_CAPTION_TAIL - 1), len(words) - 1):
        word = words[k]
        if word.endswith(_PARTICIPLE_ENDS) and len(word) >= 3 and word not in _NOT_PARTICIPLES and words[k - 1] != "के":
            return not any(w in _CLAUSE_WORDS for w in words[k + 1 :])
    # "... खेतों पर बिछी ओलों की सफेद चादर।": a noun phrase closed by a full stop.
    # A Hindi sentence ends on its verb, and no verb ends on a bare consonant.
    return (f.words <= _MAX_NOUN_CAPTION_WORDS and f.text.rstrip().endswith("।")
            and _BARE_CONSONANT_END.search(words[-1]) is not None
            # (a verb inside it makes a sentence set as a headline: "... को मिलेगा प्रवेश।";
            # "की" inside a noun phrase is its genitive, not "did")
            and not any((w in _CLAUSE_WORDS and w != "की") or future_verb(w) for w in words))


def _time_stamp(f: LineFeatures) -> bool:
    """A line that is mostly a date or time ("09 Apr, 2018 01:37 PM", "4 घंटे पहले")."""
    if f.prose:
        return False
    if f.relative_time and f.words <= 8:
        return True
    if f.has_date and f.has_time and f.words <= 16:
        return True
    if f.has_time and f.date_share >= 0.5 and f.words <= 4 and any(c.isalpha() for c in f.text):
        # The time on a line of its own, under the date ("04:15 pm", "10:30 AM IST");
        # bare digits ("02:14") are a video's length.
        return True
    return f.has_date and f.date_share >= 0.35 and f.words <= 12


def _quoted(text: str) -> bool:
    """A paragraph that is one quotation ("“हम लड़ेंगे और जीतेंगे”")."""
    return len(text) > 2 and text[0] in _QUOTE_OPEN and text.rstrip(".।")[-1:] in _QUOTE_CLOSE


def _cue_only(f: LineFeatures | None) -> bool:
    """A byline or meta cue standing alone ("Written By:", "Updated:")."""
    return f is not None and f.words <= 2 and f.text.rstrip().endswith(":")


# --------------------------------------------------------------------- helpers


def _content_words(text: str) -> list[str]:
    return _content_of(fold(text))


def _content_of(folded: str) -> list[str]:
    """The words of a folded text that carry its content, each without the
    punctuation around it ("'कागज", "गया," read as "कागज", "गया")."""
    return [w for x in folded.split() if len(w := x.strip(_EDGE)) >= 2 and w not in _STOP]


@attrs.frozen
class _Vocabulary:
    """The content words of a text and their four-letter stems."""

    words: frozenset[str]
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Vocabulary:
        return cls.of_folded(fold(text))

    @classmethod
    def of_folded(cls, folded: str) -> _Vocabulary:
        """The vocabulary of a text already folded (a line's ``feats.folded``)."""
        words = _content_of(folded)
        return cls(frozenset(words), frozenset(w[:4] for w in words if len(w) >= 4))

    def shares(self, title: str) -> bool:
        """True if ``title`` has a content word (or a word stem) of this text."""
        return any(map(self._has, _content_words(title)))

    def shared(self, title: str) -> int:
        """How many of ``title``'s content words (or their stems) this text has."""
        return sum(map(self._has, _content_words(title)))

    def _has(self, word: str) -> bool:
        return word in self.words or (len(word) >= 4 and word[:4] in self.stems)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = fold(text).split()
    return {tuple(words[i : i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))}


def _repeated_later(text: str, later: Sequence[str]) -> bool:
    """True if most of ``text`` is repeated in the paragraphs that follow."""
    mine = _shingles(text)
    if not mine:
        return False
    seen: set[tuple[str, ...]] = set()
    for paragraph in later:
        seen |= _shingles(paragraph)
    return len(mine & seen) / len(mine) >= _STANDFIRST_OVERLAP


def _name_like(f: LineFeatures) -> bool:
    """One to four words, none of a sentence, no digit and no widget's label: a name."""
    words = f.folded.split()
    return (
        1 <= len(words) <= _MAX_NAME_WORDS
        and not any(w in _STOP for w in words)
        and not any(ch.isdigit() for ch in f.text)
        and not f.ends_terminal
        and f.marker_kind is None
    )


def _is_prose(slot: _Slot) -> bool:
    return slot.feats is not None and not slot.strong and slot.feats.prose


def _list_kind_from_items(slots: Sequence[_Slot], start: int) -> str:
    """The kind of a list whose marker does not say: video if a third of its
    items say so (one title that mentions a video does not make a video list)."""
    seen = videos = 0
    for j in range(start, len(slots)):  # not slots[start:]: a copy of the rest per call is quadratic
        slot = slots[j]
        if slot.blank:
            continue
        if slot.strong and slot.feats is not None and slot.feats.marker_kind is not None:
            break
        seen += 1
        if slot.feats is not None and slot.feats.video_cue:
            videos += 1
        if seen >= 12:
            break
    # Video widgets often alternate titles with a channel line ("PunjabKesari TV").
    return "video" if videos and 3 * videos >= seen else "related"


# --------------------------------------------------------------------- pass 2


def _summary_prose(slots: Sequence[_Slot], prose: Sequence[int]) -> set[int]:
    """Prose under a summary label ("सार", "हाइलाइट्स") until another widget."""
    summary: set[int] = set()
    active = False
    taken = 0
    prose_set = set(prose)
    for i, slot in enumerate(slots):
        if slot.strong and slot.feats is not None and slot.label is B:
            active, taken = slot.feats.list_kind == "standfirst", 0
        elif slot.strong and slot.label is Label.DATELINE:
            active = False  # a dateline on its own line opens the story
        elif active and i not in prose_set and slot.feats is not None and not slot.strong:
            taken += 1  # a short point of the highlights: the paragraph after them is the story's
        elif i in prose_set and active:
            content = slot.line.content
            # One summary paragraph, or bullets; the dateline-led lede ends it.
            if find_dateline(content) is not None or (taken and not content.startswith(_BULLETS)):
                active = False
                continue
            summary.add(i)
            taken += 1
    return summary


def _title_shaped_prose(slot: _Slot) -> bool:
    f = slot.feats
    return f is not None and f.words <= _MAX_TITLE_WORDS and not _closed_by_full_stop(f.text)


def _find_lede(slots: Sequence[_Slot], prose: Sequence[int]) -> tuple[int, list[int]]:
    """The lede's line index and the standfirst prose lines before it."""
    summary = _summary_prose(slots, prose)
    lead = 0
    while lead < len(prose) - 1 and prose[lead] in summary:
        lead += 1
    rest = prose[lead:]
    for k, index in enumerate(rest[: _MAX_STANDFIRST + 1]):
        above = slots[index].before
        # The dateline opens the lede, on its line or alone on the line above;
        # a headline may open with a place too ("दिल्ली: ... कैसे चले?"), but it
        # does not end with a full stop.
        if (find_dateline(slots[index].line.content) is not None and not _title_shaped_prose(slots[index])) or (
            above >= 0 and slots[above].strong and slots[above].label is Label.DATELINE
        ):
            return index, list(prose[: lead + k])
    # A summary paragraph stands above the byline and the time stamp, the
    # story below them.
    for k in range(min(_MAX_STANDFIRST, len(rest) - 1)):
        if not any(slots[i].strong and slots[i].label in (Label.BYLINE, Label.META) and not _update_stamp(slots, i)
                   for i in range(rest[k] + 1, rest[k + 1])):
            continue
        return rest[k + 1], list(prose[: lead + k + 1])
    standfirst = list(prose[:lead])
    texts = [slots[i].line.content for i in rest]
    for k in range(min(_MAX_STANDFIRST, len(rest) - 1)):
        if _repeated_later(texts[k], texts[k + 1 : k + 4]):
            standfirst.append(rest[k])
        else:
            break
    return prose[len(standfirst)], standfirst


_HARD_STOP_KINDS = frozenset({"copyright", "comments", "tags", "disclaimer"})
# Furniture that closes a story: titles with their teasers under it are other stories.
_CLOSING_KINDS = frozenset({"share", "social", "app", "newsletter"})


def _story_end(slots: Sequence[_Slot], lede: int) -> int:
    """The index of the story's last prose line."""
    end = lede
    nav_run = 0
    in_list = False  # inside the run of lines right under a widget's list marker
    introduced = False  # right under a story sentence that opens a list
    resumed = -1  # the story left its page and goes on at this line
    for i in range(lede + 1, len(slots)):
        slot = slots[i]
        if i < resumed:
            continue  # other stories of the page between a print edition's jump marks
        if slot.leaves_page:
            if slot.resumes < 0:
                break  # "शेष पेज 5 पर" and the rest of it is not in the text: the story ends here
            resumed = slot.resumes
            continue
        if slot.blank:
            in_list = introduced = False
            continue
        if slot.strong:
            if _update_stamp(slots, i):
                continue  # a live blog's "04:40 PM" over its next update
            if slot.label is Label.META or (slot.label is B and slot.kind in _HARD_STOP_KINDS):
                break
            in_list = _heads_a_list(slot)
            if (in_list or (slot.label is B and slot.kind in _CLOSING_KINDS)) and _teasers_follow(slots, i):
                break  # "Related Posts" (or a share bar) over titles, each with its teaser: the story has ended
            if slot.label is B and slot.kind == "navigation":
                nav_run += 1
                if nav_run >= 2 or (slot.feats is not None and "next" in slot.feats.folded):
                    break
                continue
        nav_run = 0
        if _may_sign_off(slot) and slot.before == end and slot.feats is not None and _wire_sign_off(slot.feats):
            break  # wire copy signs off after its last paragraph ("भाषा राजेश अजय")
        if in_list and slot.feats is not None and _item_shaped(slot.feats):
            continue  # a title in a widget's list ("वेब स्टोरीज" over three titles) is not the story
        in_list = False
        f = slot.feats
        if introduced and not slot.strong and f is not None and f.words <= _MAX_INTRODUCED_ITEM_WORDS:
            end = i  # an item of the list ("मणिकर्णिका घाट")
            continue
        introduced = not slot.strong and f is not None and _opens_list(f)
        if _is_prose(slot) or (f is not None and not slot.strong and (_ends_sentence(f) or introduced)) or (
                slot.strong and slot.label is Label.BODY):  # (a table's rows)
            end = i
    return end


def _update_stamp(slots: Sequence[_Slot], i: int) -> bool:
    """A live blog's time stamp: a time of day alone on its line ("04:40 PM",
    "सुबह 11:20 बजे"), with an update's paragraph right under it."""
    slot = slots[i]
    f = slot.feats
    if f is None or slot.label is not Label.META or not f.has_time or f.has_date or f.words > _MAX_UPDATE_STAMP_WORDS:
        return False
    return 0 <= slot.after < len(slots) and _is_prose(slots[slot.after])


def _teasers_follow(slots: Sequence[_Slot], marker: int) -> bool:
    """Under a widget's marker, two or more titles each over its teaser."""
    pairs = 0
    j = slots[marker].after
    while 0 <= j < len(slots) and pairs < _LISTING_TEASERS:
        title = slots[j]
        teaser = slots[title.after] if 0 <= title.after < len(slots) else None
        if (title.strong or title.feats is None or not title.feats.title_shape or title.feats.prose
                or teaser is None or teaser.strong or teaser.feats is None
                or not (_is_prose(teaser) or _cut_short(teaser.feats))
                or len(teaser.line.content) > _MAX_TEASER_CHARS):
            break
        pairs += 1
        j = teaser.after
    return pairs >= 2


def _cut_short(f: LineFeatures) -> bool:
    """A teaser cut short on purpose: the opening words of a paragraph and "..."."""
    return f.words >= _MIN_WRAPPED_WORDS and f.text.rstrip().endswith(("...", "…")) and f.devanagari >= 0.5


def _quoted_title(f: LineFeatures) -> bool:
    """A short quotation that ends no sentence: a title set in quotes."""
    return _quoted(f.text) and f.terminals == 0 and f.words <= _MAX_QUOTED_SUBHEAD_WORDS


def _asks(f: LineFeatures) -> bool:
    """A short question alone on its line, not a line of a Q&A ("सवाल: ...?")."""
    return (
        f.text.rstrip("\"'”’) ").endswith("?") and f.terminals == 1 and f.words <= _MAX_QUESTION_SUBHEAD_WORDS
        and f.devanagari >= _MIN_SUBHEAD_DEVANAGARI and not _LIST_ITEM.match(f.text)
        and not (":" in f.text[:12] and fold(f.text.split(":", 1)[0]) in _QA_LABELS)
    )


def _numbered_question(slots: Sequence[_Slot], i: int) -> bool:
    """An explainer's numbered question over its answer ("1. क्या है नया नियम?"),
    not an item of a list of questions (the line above is no item)."""
    f = slots[i].feats
    number = _NUMBERED.match(f.text) if f is not None else None
    if f is None or number is None:
        return False
    above = slots[slots[i].before].feats if slots[i].before >= 0 else None
    return _asks(line_features(f.text[number.end() :])) and (above is None or _LIST_ITEM.match(above.text) is None)


def _opens_list(f: LineFeatures) -> bool:
    """A story sentence that opens a list ("... इन घाटों पर है:", "... सबसे ज्यादा असर पड़ेगा-")."""
    text = f.text.rstrip()
    return f.devanagari >= 0.5 and f.words >= 3 and (
        (text.endswith((":", "ः")) and (f.ends_clause or f.prose or f.words >= _MIN_WRAPPED_WORDS))
        or (text.endswith(_DASHES) and f.ends_clause)
    )


def _item_shaped(f: LineFeatures) -> bool:
    """Shaped as an item of a list of stories: a title (one sentence at most,
    not closed by a full stop as a paragraph of the story would be)."""
    return f.words <= _MAX_ITEM_WORDS and f.terminals <= 1 and not _closed_by_full_stop(f.text)


def _closed_by_full_stop(text: str) -> bool:
    """The line ends as a paragraph or a caption does, with "।" or "." (a
    title, a subhead or a question does not)."""
    return text.rstrip("\"'”’) ").endswith(_FULL_STOPS)


def _ends_sentence(f: LineFeatures) -> bool:
    return f.devanagari >= 0.5 and f.ends_terminal and f.words >= 3 and not f.text.rstrip().endswith("?")


def _sentence_of_story(f: LineFeatures) -> bool:
    """A story line that is not shaped as prose: a sentence that introduces a
    quotation ("... ने लिखा,"), or a line of a question-and-answer ("सवाल:
    सबसे पहले क्या करें?").  (One that opens a list is :func:`_opens_list`.)"""
    if f.devanagari < 0.5 or f.words < 3:
        return False
    text = f.text.rstrip()
    if text.endswith(",") and f.words >= _MIN_WRAPPED_WORDS:
        return True  # "... एक यूजर ने लिखा," over the post it quotes
    return fold(text.split(":", 1)[0]) in _QA_LABELS if ":" in text[:12] else False


def _is_listing(slots: Sequence[_Slot], prose: Sequence[int]) -> bool:
    """A listing page: most paragraphs are teasers parted by time stamps.

    A live blog parts its updates by time stamps too, but nothing else
    stands between two updates; a listing's teaser has its title there."""
    gaps = list(pairwise(prose))
    if len(gaps) < 2:
        return False
    timed = titled = 0
    for a, b in gaps:
        between = [slots[i] for i in range(a + 1, b) if not slots[i].blank]
        if any(_is_stamp(s) for s in between):
            timed += 1
            titled += any(not _is_stamp(s) for s in between)
    live = 2 * titled < timed
    return not live and timed >= 2 and timed * 3 >= len(gaps) * 2


def _is_title_listing(slots: Sequence[_Slot], prose: Sequence[int]) -> bool:
    """A listing page of titles, each over its time stamp ("<title>" /
    "24 जुलाई 2019"), its stamp and a short teaser (either way round), its
    section or its number, again and again, with no paragraph of a story."""
    if any(len(slots[i].line.content) > _MAX_TEASER_CHARS for i in prose):
        return False
    titled = 0
    teasers: set[int] = set()
    for slot in slots:
        f = slot.feats
        if f is None or slot.strong or not f.title_shape or not 0 <= slot.after < len(slots):
            continue
        under = slots[slot.after]
        further = slots[under.after] if 0 <= under.after < len(slots) else None
        if _is_stamp(under):
            titled += 1
            if further is not None and _is_prose(further):
                teasers.add(under.after)  # "<title>" / "Date : 14/03/2024" / "<teaser>"
        elif _is_prose(under) and further is not None and _is_stamp(further):
            titled += 1
            teasers.add(slot.after)  # "<title>" / "<teaser>" / "January 12, 2024"
        elif (under.feats is not None and under.feats.words <= 2 and not _is_prose(under)
              and under.label in (None, B)):
            titled += 1  # "<title>" / "आबूरोड" or "24817": its section or its number
    story = [i for i in prose if i not in teasers]
    # (a short story with a sidebar of timed titles has paragraphs, one opening with a
    # dateline; a listing's teaser may open with one too, but a "और पढ़ें" link closes it)
    return (titled >= _LISTING_TEASERS and 2 * len(story) <= titled
            and not any(find_dateline(slots[i].line.content) is not None and not _closed_by_more(slots, i)
                        for i in story))


def _is_stamp(slot: _Slot) -> bool:
    return slot.strong and slot.label is Label.META


def _dated_stamp(slot: _Slot) -> bool:
    """A time stamp with a date in it (a video's running time, "02:14", has none)."""
    return _is_stamp(slot) and slot.feats is not None and slot.feats.has_date


def _closed_by_more(slots: Sequence[_Slot], i: int) -> bool:
    """A teaser: the paragraph ends on "Read more", or the line under it is that link."""
    f = slots[i].feats
    after = slots[i].after
    under = slots[after].feats if 0 <= after < len(slots) else None
    return (f is not None and f.teaser) or (under is not None and _is_more_link(under))


def _is_more_link(f: LineFeatures) -> bool:
    """A "Read more" / "और पढ़ें" link alone on its line."""
    return f.teaser and f.words <= _MAX_MORE_WORDS


def _is_teaser_listing(slots: Sequence[_Slot], prose: Sequence[int], lede: int) -> bool:
    """A listing of titles, each over a one- or two-sentence teaser, with no
    dateline to open a story.  (A digest article pairs subheads with full
    paragraphs; teasers are short.)"""
    if len(prose) < _LISTING_TEASERS or find_dateline(slots[lede].line.content) is not None:
        return False
    for i in prose:
        f = slots[i].feats
        before = slots[i].before
        if f is None or len(f.text) > _MAX_TEASER_CHARS or before < 0:
            return False
        title = slots[before]
        if title.strong or title.feats is None or not title.feats.title_shape or title.feats.prose:
            return False
    return True


def _pick_headline(slots: Sequence[_Slot], before: int) -> int | None:
    """The first title-shaped line before ``before`` that is free to be one
    and is not an item of a menu (a line between two one- or two-word lines).

    A page dump may open with a site's tagline or a ticker's headline: when a
    menu or a widget's list stands between a candidate and the story, the
    headline is a later candidate, if there is one."""
    found = _pick_among(slots, before, strict=True)
    # (a headline of names alone is rare; a menu of them is not: try those last)
    return found if found is not None else _pick_among(slots, before, strict=False)


def _pick_among(slots: Sequence[_Slot], before: int, strict: bool) -> int | None:
    first: int | None = None
    start = 0
    while (i := _title_candidate(slots, start, before, strict)) is not None:
        if first is None:
            first = i
        elif _same_text(slots[i], slots[first]):
            return first  # the headline again, after a breadcrumb: the first one is the headline
        header = _page_header_after(slots, i, before)
        if header is None:
            following = _title_candidate(slots, i + 1, before, strict)
            if following is not None and _ends_with_title(slots[i], slots[following]):
                return following  # "HomeHindi<title>": a trail glued to the title, then the title
            return i
        start = header + 1
    return first


def _list_kind_above(slots: Sequence[_Slot], i: int, kinds: tuple[str, ...] = ("related", "video")) -> str | None:
    """The kind of the widget's list (one of ``kinds``) whose marker heads
    the run of lines that line ``i`` stands in, if one does."""
    j = i - 1
    while j >= 0 and i - j <= _MAX_LISTED_ITEMS and not slots[j].blank:
        slot = slots[j]
        if slot.strong:
            kind = slot.feats.list_kind if slot.feats is not None else None
            return kind if kind in kinds else None
        j -= 1
    return None


def _heads_tags(slots: Sequence[_Slot], i: int) -> bool:
    """Line ``i`` is the label of a tag cloud with its tags right under it
    ("TRENDING TAGS :" over "Mahakumbh 2025"), not a "Tags" entry of a menu."""
    f = slots[i].feats
    following = slots[i + 1] if i + 1 < len(slots) else None
    return (f is not None and f.list_kind == "tags" and following is not None and following.feats is not None
            and not following.strong)


def _opens_titles(slots: Sequence[_Slot], i: int) -> bool:
    """The line right under marker ``i`` is a title: the marker heads a widget, not a menu entry."""
    following = slots[i + 1] if i + 1 < len(slots) else None
    return (following is not None and following.feats is not None and not following.strong
            and following.feats.words >= 4 and following.feats.title_shape)


def _ends_with_title(trail: _Slot, title: _Slot) -> bool:
    a, b = trail.feats, title.feats
    return a is not None and b is not None and len(a.folded) > len(b.folded) and a.folded.endswith(b.folded)


def _same_text(a: _Slot, b: _Slot) -> bool:
    return a.feats is not None and b.feats is not None and a.feats.folded == b.feats.folded


def _page_header_after(slots: Sequence[_Slot], i: int, before: int) -> int | None:
    """The last menu line or widget list marker between line ``i`` and ``before``."""
    last = None
    for j in range(i + 1, before):
        slot = slots[j]
        if slot.strong and slot.label is B and slot.feats is not None and (
            slot.kind == "navigation" or slot.feats.list_kind in ("related", "video")
        ):
            last = j
    return last


def _title_candidate(slots: Sequence[_Slot], start: int, before: int, strict: bool) -> int | None:
    """The first line from ``start`` on that could be the headline; ``strict``
    leaves out lines of names alone, without one function word of a
    sentence ("मुख्य पान नाशिक जळगाव धुळे ...": a menu)."""
    for i in range(start, before):
        slot = slots[i]
        f = slot.feats
        if f is None or slot.strong:
            continue
        if f.words < 4 or f.devanagari < 0.3 or f.separators or not (f.title_shape or not f.prose):
            continue
        if _NUMBERED.match(f.text) or _list_kind_above(slots, i) is not None or _last_crumb(slots, i):
            continue  # "3. डीडब्ल्यू की अन्य साइट देखें", a title under "ट्रेंडिंग", a trail's last crumb
        if strict and f.words >= _MIN_NAMES_ROW_WORDS and f.stop_share == 0 and f.devanagari >= 0.5:
            continue
        around = _neighbours(slots, i)
        # (a menu is a run of lines; a title stands apart, with blank lines around it)
        in_run = slot.before == i - 1 or slot.after == i + 1
        in_menu = f.words <= _MAX_MENU_ITEM_WORDS and len(around) == 2 and in_run and all(
            n.feats is not None and n.feats.words <= 2 and n.label in (None, B) for n in around
        )
        if not in_menu:
            return i
    return None


def _opening_title(slots: Sequence[_Slot], prose: Sequence[int]) -> int | None:
    """The first prose line, when it reads as prose but is shaped as a
    headline ("PM Kisan Yojana: बड़ी खबर! ... जानिए- क्या है वजह?") and only
    page furniture stands above it (a breadcrumb, a section name, a menu)."""
    if len(prose) < 2:
        return None
    first = prose[0]
    for slot in slots[:first]:
        f = slot.feats
        if f is not None and not (slot.strong and slot.label is B) and f.words > _MAX_SECTION_WORDS:
            return None  # a line above could be the headline
    f = slots[first].feats
    assert f is not None
    return first if f.words <= _MAX_TITLE_WORDS and not _closed_by_full_stop(f.text) and f.terminals <= 2 else None


# --------------------------------------------------------------------- pass 3


def _label_before_headline(slots: Sequence[_Slot], headline: int) -> None:
    """Menus, breadcrumbs and teasers above the headline."""
    crumbs: list[int] = []
    i = headline - 1
    while i >= 0 and slots[i].blank:
        i -= 1
    while i >= 0 and not slots[i].blank:
        f = slots[i].feats
        if f is None or f.words > 4 or f.separators or (slots[i].strong and slots[i].label is not B):
            break
        if slots[i].strong and slots[i].kind not in ("navigation", "tags"):
            break
        if f.breadcrumb:  # a breadcrumb written on one line is the whole trail
            crumbs = [i]
            break
        crumbs.append(i)
        i -= 1
    # (a "|" or "›" on a line of its own parts the trail's steps, it is not one)
    steps = sum(any(c.isalnum() for c in slots[i].line.content) for i in crumbs)
    if steps > _MAX_CRUMBS:
        crumbs = []  # a long run of short lines is a menu, not a trail
    for i in range(headline):
        slot = slots[i]
        if slot.blank:
            continue
        if i in crumbs:
            slot.set(B, "tags", strong=slot.strong)
        elif slot.feats is not None and slot.feats.breadcrumb:
            continue
        elif (not slot.strong and slot.feats is not None and slot.feats.words >= _MIN_TITLE_WORDS
              and (listed := _list_kind_above(slots, i)) is not None):
            slot.set(B, listed)  # a title of a ticker or a trending list
        elif slot.label is B and slot.kind in _MENU_WORDS and slot.feats is not None and slot.feats.words <= 3 \
                and _in_menu(slots, i) and not _opens_titles(slots, i) and not _heads_tags(slots, i) \
                and not _in_split_trail(slots, i):
            slot.set(B, "navigation", strong=True)  # "ताज़ा खबरें", "वीडियो" as menu entries
        elif not slot.strong and _list_kind_above(slots, i, ("tags",)) is not None:
            slot.set(B, "tags")  # a tag of the cloud above ("Mahakumbh 2025")
        elif slot.label is Label.META and (_neighbour_kind(slots, i) == "navigation" or _opens_with_weekday(slot)):
            slot.set(B, "navigation", strong=True)  # the date strip of a site header ("शनिवार, 18 मार्च 2023")
        elif not slot.strong:
            f = slot.feats
            assert f is not None
            teaser = f.words >= 4 and f.title_shape and not _in_menu(slots, i)
            slot.set(B, "related" if teaser else "navigation")


def _opens_with_weekday(slot: _Slot) -> bool:
    f = slot.feats
    return f is not None and f.folded.split(" ", 1)[0].rstrip(",") in _WEEKDAYS


def _in_menu(slots: Sequence[_Slot], i: int) -> bool:
    """A short line next to another short line of furniture: a menu item."""
    return any(
        n.feats is not None and n.feats.words <= 3 and n.label in (None, B) and not n.feats.prose
        for n in _neighbours(slots, i)
    )


def _long_menus(slots: Sequence[_Slot], start: int, end: int) -> set[int]:
    """The lines from ``start`` to ``end`` that stand among five or more
    adjacent short lines: a site's menu, one item a line (a story's sections
    under its headline are two or three: "National News" / "India")."""
    menus: set[int] = set()
    run: list[int] = []
    for k in range(start, end + 1):
        f = slots[k].feats if k < end else None
        if f is not None and f.words <= 3 and not f.prose:
            run.append(k)
            continue
        if len(run) >= _MIN_MENU_LINES:
            menus.update(run)
        run = []
    return menus


def _label_header(slots: Sequence[_Slot], start: int, lede: int, headline: int | None,
                  standfirst: set[int]) -> None:
    """Between the headline and the lede: bylines, meta, standfirst, captions, tags."""
    list_kind: str | None = None
    previous: _Slot | None = slots[headline] if headline is not None else None
    menus = _long_menus(slots, start, lede)
    for i in range(start, lede):
        slot = slots[i]
        if slot.blank:
            continue
        f = slot.feats
        assert f is not None
        if slot.strong:
            if slot.label is B and slot.kind == "navigation" and f.words <= 4 and i not in menus:
                slot.set(B, "tags", strong=True)  # the story's section under its headline ("राजनीति")
            if f.is_list_marker:
                list_kind = f.list_kind
            previous = slot
            continue
        right_after_headline = previous is not None and previous.label is Label.HEADLINE
        if i in standfirst or list_kind == "standfirst" or f.prose or (
            f.text.startswith(_BULLETS) and f.words >= _MIN_TITLE_WORDS
        ):
            slot.set(Label.STANDFIRST)  # (bullets under the headline are its highlights)
        elif f.words <= 4:
            slot.set(B, "navigation" if i in menus else "tags")
        elif right_after_headline and not f.caption_cue:
            slot.set(Label.STANDFIRST)
        else:
            slot.set(Label.CAPTION)
        previous = slot


def _next_content(slots: Sequence[_Slot], i: int, end: int) -> _Slot | None:
    """The next non-blank line after ``i`` that is not an inline widget
    (a few widgets are skipped; a wall of them ends the search)."""
    j = slots[i].after
    for _ in range(_MAX_SKIPPED_WIDGETS):
        if not 0 <= j < end:
            return None
        slot = slots[j]
        if not (slot.strong and slot.label is B and slot.kind in ("ad", "share", "social")):
            return slot
        j = slot.after
    return None


def _neighbours(slots: Sequence[_Slot], i: int) -> list[_Slot]:
    """The previous and the next non-blank lines of line ``i``."""
    return [slots[j] for j in (slots[i].before, slots[i].after) if 0 <= j < len(slots)]


def _open_list(slots: Sequence[_Slot], marker: int) -> str:
    """The kind of the list a marker line opens; a marker that does not say
    ("Stories You May Like") takes the kind its items show, and so does its line."""
    slot = slots[marker]
    assert slot.feats is not None
    kind = slot.feats.list_kind or _list_kind_from_items(slots, marker + 1)
    if slot.label is B and slot.feats.list_kind is None:
        slot.kind = kind
    return kind


def _label_story(slots: Sequence[_Slot], lede: int, end: int, headline: int | None) -> None:
    """From the lede to the story's end: body, subheads, inline widgets."""
    list_kind: str | None = None
    story: _Vocabulary | None = None  # built when a subhead candidate first needs it

    def titles(title: str, following: _Slot) -> bool:
        """A subhead names what the paragraph under it (or the story) is
        about: it shares a content word or a word stem with it."""
        nonlocal story
        assert following.feats is not None
        # (a hard-wrapped paragraph's lines all carry the whole paragraph's features)
        if _Vocabulary.of(following.feats.text).shares(title):
            return True
        story = story or _story_vocabulary(slots, lede, end, headline)
        return story.shares(title)

    introduced = False  # the line above is a story sentence that opens a list ("... इन घाटों पर है:")
    items_end = -1  # the last line of a bare list of the story's own
    for i in range(lede, end + 1):
        slot = slots[i]
        if slot.blank:
            introduced = False
            continue
        if i <= items_end:
            slot.set(Label.BODY)
            continue
        f = slot.feats
        assert f is not None
        if slot.strong:
            introduced = False
            if f.is_list_marker:
                list_kind = _open_list(slots, i)
            continue
        if introduced and f.words <= _MAX_INTRODUCED_ITEM_WORDS and not f.prose:
            slot.set(Label.BODY)  # an item of the list the sentence above opened ("मणिकर्णिका घाट")
            continue
        introduced = False
        marked = slots[slot.before] if slot.before >= 0 else None
        listed = (  # the next line of a related list, right under the one before
            slot.before == i - 1 and marked is not None and marked.label is B and marked.kind == "related"
            and not marked.strong and _item_shaped(f) and not _heads_next_paragraph(slots, i, end, titles)
        )
        if (marked is not None and list_kind == "related" and not f.ends_terminal
                and ((marked.strong and marked.feats is not None and marked.feats.is_list_marker) or listed)):
            # The headline a "ये भी पढ़ें" line points to, however long ("शीर्षक:उपशीर्षक, ..."):
            # a paragraph of the story would end its sentence.
            slot.set(B, "related")
            continue
        if (list_kind not in (None, "standfirst") and _LIST_ITEM.match(f.text) and slot.before == i - 1
                and slots[i - 1].label is B):
            slot.set(B, list_kind)  # the next item of a widget's list ("सबसे ज्यादा पढ़ी गईं" over "1. ...")
            continue
        following = _next_content(slots, i, end + 1)
        # A subhead asked as a question ("आगे कैसी रहेगी बाजार की चाल?") or set in
        # quotes ("'घाटों पर अब भी जमी है सिल्ट'"), over the paragraph it names.
        if (_asks(f) or _quoted_title(f) or _numbered_question(slots, i)) and _followed_by_prose(following):
            assert following is not None
            if titles(f.text, following):
                slot.set(Label.SUBHEAD)
                list_kind = None
                continue
        opens = _opens_list(f)
        if (f.prose or _ends_sentence(f) or (f.words > 25 and f.devanagari >= 0.5) or _quoted(f.text)
                or _sentence_of_story(f) or opens):
            slot.set(Label.BODY)
            list_kind = None
            introduced = opens
            continue
        if _numbered_subhead(slots, i, following):
            slot.set(Label.SUBHEAD)  # "1. तापमान 24 डिग्री पर रखें" over its paragraph: a listicle's step
            list_kind = None
            continue
        if _LIST_ITEM.match(f.text) and f.devanagari >= 0.5 and list_kind is None:
            slot.set(Label.BODY)  # a list inside the story ("1. ...", "• ...")
            continue
        if list_kind is None and marked is not None and marked.label is Label.BODY:
            items_end = _bare_list_end(slots, i, end)
            if items_end > i:
                slot.set(Label.BODY)  # "तिल और गुड़ से बने लड्डू" / "ऊनी कपड़े और कंबल" / ...
                continue
        if _followed_by_prose(following) and f.words <= 22 and f.devanagari >= _MIN_SUBHEAD_DEVANAGARI:
            assert following is not None
            # A short title between two paragraphs of the story heads the next
            # one even when it shares no word with it ("आगे का रास्ता"); another
            # story's headline is longer.
            between = f.words <= _MAX_PLAIN_SUBHEAD_WORDS and marked is not None and marked.label is Label.BODY
            if between or titles(f.text, following):
                slot.set(Label.SUBHEAD)
                list_kind = None
            else:
                slot.set(B, _inline_kind(slots, i))
        elif list_kind is not None and list_kind != "standfirst":
            slot.set(B, list_kind)
        elif f.words <= 2 and not f.video_cue:
            slot.set(B, "ui")
        else:
            slot.set(B, _inline_kind(slots, i))


def _heads_next_paragraph(slots: Sequence[_Slot], i: int, end: int, titles: Callable[[str, _Slot], bool]) -> bool:
    """A short title right over the story's next paragraph, naming what it
    tells, is a subhead even under a related link ("ये भी पढ़ें" / "<another
    story's headline>" / "दियारा में नाव ही सहारा" / "दियारा के गांवों का ...");
    another story's headline is longer."""
    f = slots[i].feats
    following = slots[i + 1] if i + 1 <= end else None
    return (f is not None and f.words <= _MAX_PLAIN_SUBHEAD_WORDS and f.devanagari >= _MIN_SUBHEAD_DEVANAGARI
            and following is not None and not following.strong and following.feats is not None
            and _is_prose(following) and titles(f.text, following))


def _inline_kind(slots: Sequence[_Slot], i: int) -> str:
    """The kind of a widget's line: video when it, or the line right under
    it, is a channel's name (titles alternate with it: "<title>" / "Malwa
    Express TV"), else another story's link."""
    own = slots[i].feats
    if own is not None and own.video_cue and own.words <= _MAX_CHANNEL_WORDS:
        return "video"
    under = slots[i + 1].feats if i + 1 < len(slots) else None
    # (a widget's own label under the line, "वीडियो", opens the next list: it names no channel)
    channel = under is not None and under.video_cue and under.words <= _MAX_CHANNEL_WORDS and under.marker_kind is None
    return "video" if channel else "related"


def _numbered_subhead(slots: Sequence[_Slot], i: int, following: _Slot | None) -> bool:
    """A numbered title with its paragraph right under it, no blank line
    between: a step or tip of a listicle, not an item of a list (the next
    item of a list is another item)."""
    f = slots[i].feats
    above = slots[i - 1].feats if i > 0 else None
    return (
        f is not None and _NUMBERED.match(f.text) is not None and f.words <= _MAX_NUMBERED_SUBHEAD_WORDS
        and (above is None or _LIST_ITEM.match(above.text) is None)
        and not f.ends_terminal and not f.prose and f.devanagari >= _MIN_SUBHEAD_DEVANAGARI
        and following is slots[i + 1] and following.feats is not None and _is_prose(following)
        and _LIST_ITEM.match(following.feats.text) is None
    )


def _bare_list_end(slots: Sequence[_Slot], i: int, end: int) -> int:
    """The last line of a list of the story's own that starts at line ``i``
    with no bullet or sentence to open it: three or more short items, one
    per line with no blank line between them, followed by the story's
    prose; -1 if line ``i`` opens none."""
    j = i
    while j <= end and _bare_item(slots[j]):
        j += 1
    if j - i < _MIN_BARE_ITEMS:
        return -1
    return j - 1 if _followed_by_prose(_next_content(slots, j - 1, end + 1)) else -1


def _bare_item(slot: _Slot) -> bool:
    f = slot.feats
    return (f is not None and not slot.strong and f.words <= _MAX_BARE_ITEM_WORDS and not f.prose
            and f.devanagari >= 0.5 and not f.ends_terminal)


def _followed_by_prose(following: _Slot | None) -> bool:
    """The next line of content reads as the story: prose, a sentence, a list item."""
    return following is not None and following.feats is not None and (
        _is_prose(following) or (following.strong and following.label is Label.BODY)  # (a table's rows)
        or (not following.strong and (_ends_sentence(following.feats) or _sentence_of_story(following.feats)
                                      or _opens_list(following.feats)
                                      or _LIST_ITEM.match(following.feats.text) is not None))
    )


def _story_vocabulary(slots: Sequence[_Slot], lede: int, end: int, headline: int | None) -> _Vocabulary:
    """The words of the story's prose and its headline."""
    story_text = " ".join(s.line.content for s in slots[lede : end + 1] if s.feats is not None and s.feats.prose)
    if headline is not None:
        story_text += " " + slots[headline].line.content
    return _Vocabulary.of(story_text)


def _author_boxes(slots: Sequence[_Slot], start: int) -> None:
    """An author's box after the story: the name, and right under it a line
    about them that opens with the name ("अनुराधा मालवीय" over "अनुराधा
    भोपाल स्थित स्वतंत्र पत्रकार हैं ...")."""
    for i in range(start, len(slots) - 1):
        name, bio = slots[i], slots[i + 1]
        f, g = name.feats, bio.feats
        if f is None or g is None or name.strong or bio.strong or f.words < 2 or not _name_like(f):
            continue
        first = f.folded.partition(" ")[0]
        if first and g.words >= _MIN_BIO_WORDS and g.folded.startswith(first + " ") and any(
            w in g.folded for w in _AUTHOR_BIO
        ):
            name.set(Label.BYLINE, strong=True)
            bio.set(Label.BYLINE, strong=True)


def _label_after(slots: Sequence[_Slot], start: int) -> None:
    """After the story: every unlabelled line is page furniture."""
    _author_boxes(slots, start)
    list_kind: str | None = None
    run_kind: str | None = None
    run_end = start  # the end of the run of adjacent lines that line i stands in
    run_nature: str | None = None
    for i in range(start, len(slots)):
        slot = slots[i]
        if slot.blank:
            continue
        f = slot.feats
        assert f is not None
        if i >= run_end:
            run_end = _run_end(slots, i)
            run_nature = _run_nature(slots, i, run_end)
            if list_kind is not None and i > start and slots[i - 1].blank and run_nature is not None:
                list_kind = None  # the widget's list ended at the blank line; a footer or a listing follows
        if slot.strong:
            if f.is_list_marker:
                list_kind = _open_list(slots, i)
            elif slot.label is B and slot.kind != list_kind:
                list_kind = None  # (a "जवाब दें" button inside a list of comments keeps it open)
            if slot.label is B and slot.kind == "disclaimer" and f.marker_whole and i > start and (
                    _neighbour_kind(slots, i) == "navigation"):
                slot.kind = "navigation"  # "Disclaimer" among the footer's links is a link to that page
            run_kind = None
            continue
        if list_kind == "tags" and f.words > _MAX_TAG_WORDS:
            list_kind = None  # a title is no tag: the list of tags has ended
        if list_kind == "video" and 0 <= slot.after < len(slots) and _dated_stamp(slots[slot.after]):
            list_kind = None  # a title over its date ("Posted on :07-Jan-2024") opens a listing of stories
        if list_kind is not None:
            slot.set(B, "related" if list_kind == "standfirst" else list_kind)
            continue
        if run_nature in ("navigation", "tags") and f.words <= _MAX_MENU_ITEM_WORDS and not f.prose:
            slot.set(B, run_nature)
            continue
        if f.words <= 3 and not f.prose and _neighbour_kind(slots, i) == "navigation":
            slot.set(B, "navigation")
            continue
        if _comma_tags(f):
            slot.set(B, "tags")  # topics without a label: "कृषि, जल संकट, जलवायु परिवर्तन, बिहार"
            continue
        if run_kind is None:
            run_kind = _list_kind_from_items(slots, i)
        slot.set(B, _inline_kind(slots, i) if run_kind == "related" else run_kind)
    _sections_of_teasers(slots, start)


def _sections_of_teasers(slots: Sequence[_Slot], start: int) -> None:
    """A section's or place's name under each title of a list ("<title>" /
    "शिक्षा" / "<title>" / "सिंगरौली") tags its story; it is no menu entry.
    It takes the pattern repeated, twice or more between two titles ("अगला
    लेख" between two titles once is a link); the list's last name then
    follows its title alone."""
    names: list[int] = []
    last: list[int] = []  # names with a title above and none below
    first: list[int] = []  # names with a title below and none above
    for i in range(start, len(slots)):
        slot = slots[i]
        f = slot.feats
        if (f is None or slot.label is not B or f.words > 2 or f.separators or f.video_cue or has_digits(f.text)
                or any(w in _NEXT_PREVIOUS for w in f.folded.split())):
            continue
        # a menu's section ("शिक्षा"), or a name no table lists ("सिंगरौली"), but no widget's label
        if not (slot.kind == "navigation" or (slot.kind == "related" and f.marker_kind is None)):
            continue
        if _listed_title(slots, slot.before):
            (names if _listed_title(slots, slot.after) else last).append(i)
        elif _listed_title(slots, slot.after):
            first.append(i)  # a card's section over its title: "मीडिया" / "<title>" / "<date>"
    if len(names) >= 2:
        named = set(names)
        for i in names + [i for i in last if slots[slots[i].before].before in named]:
            slots[i].set(B, "tags", strong=True)
    # Cards that name their section above or below the title, now one way, now the
    # other: three or more lone names, none next to another (a menu's items are).
    lone = [i for i in names + last + first if not (_short_name(slots, slots[i].before)
                                                    or _short_name(slots, slots[i].after))]
    if len(lone) >= _MIN_CARD_SECTIONS:
        for i in lone:
            slots[i].set(B, "tags", strong=True)


def _short_name(slots: Sequence[_Slot], i: int) -> bool:
    f = slots[i].feats if 0 <= i < len(slots) else None
    return f is not None and f.words <= 2


def _listed_title(slots: Sequence[_Slot], i: int) -> bool:
    """Line ``i`` is the title of another story in a list."""
    if not 0 <= i < len(slots):
        return False
    n = slots[i]
    return (n.label is B and n.kind == "related" and n.feats is not None and n.feats.words >= _MIN_TITLE_WORDS
            and n.feats.title_shape and not n.feats.teaser)


def _comma_tags(f: LineFeatures) -> bool:
    """A row of short names parted by commas and nothing else: a topic list."""
    if f.text.count(",") < _MIN_COMMA_TAGS - 1 or f.ends_terminal or f.prose:
        return False
    items = [item.split() for item in f.folded.split(",")]
    return len(items) >= _MIN_COMMA_TAGS and all(
        1 <= len(words) <= _MAX_COMMA_TAG_WORDS and _no_sentence_words(words) for words in items
    )


def _run_end(slots: Sequence[_Slot], i: int) -> int:
    """The index after the run of adjacent non-blank lines that starts at ``i``."""
    j = i
    while j < len(slots) and not slots[j].blank:
        j += 1
    return j


def _run_nature(slots: Sequence[_Slot], start: int, end: int) -> str | None:
    """What a run of adjacent lines after the story is, when its lines show it:

    * ``"navigation"``: half of it or more is site links ("About Us",
      "निजता की नीति"): a footer, whose other short lines are links too;
    * ``"tags"``: two or more short names and nothing else ("Delhi High
      Court", "EWS", "शिक्षा का अधिकार"): a tag list without its label;
    * ``"teasers"``: it holds a paragraph, a teaser of a listing.
    """
    run = [s for s in slots[start:end] if s.feats is not None]
    links = sum(1 for s in run if s.strong and s.label is B and s.kind == "navigation")
    open_lines = sum(1 for s in run if not s.strong)
    if links >= 2 and links >= open_lines:
        return "navigation"
    if any(s.feats.prose and s.feats.words > _MIN_TEASER_WORDS for s in run if s.feats is not None):
        return "teasers"
    if len(run) >= 2 and all(
        not s.strong and s.feats is not None and s.feats.words <= _MAX_TAG_RUN_WORDS and not s.feats.ends_terminal
        and not s.feats.has_date and not s.feats.has_time
        and s.feats.folded not in _STOP  # ("हां", "नहीं": the answers of a poll)
        for s in run
    ):
        return "tags"
    return None


def _neighbour_kind(slots: Sequence[_Slot], i: int) -> str | None:
    if any(n.label is B and n.kind == "navigation" for n in _neighbours(slots, i)):
        return "navigation"
    return None


def _names_near_meta(slots: Sequence[_Slot], end: int) -> None:
    """Short name lines next to a byline or a time stamp are bylines
    ("सुनील राय" under "दिनांक 22-जुलाई-2019")."""
    for i in range(end):
        slot = slots[i]
        if slot.blank or slot.strong or slot.feats is None or not _name_like(slot.feats):
            continue
        # (a site's name next to its clock, "शनिवार, 15 फ़रवरी 2025", is the page's header, not a byline)
        if any(n.strong and n.label in (Label.META, Label.BYLINE) and not _opens_with_weekday(n)
               for n in _neighbours(slots, i)):
            slot.set(Label.BYLINE, strong=True)


def _embeds(slots: Sequence[_Slot]) -> None:
    """The text of a post around the lines its player leaves: above its
    ``— Name (@handle) date`` line; between Instagram's "View this post on
    Instagram" and "A post shared by ..."; a video's title right above its
    bare link (``https://www.youtube.com/watch?v=...``)."""
    for i, slot in enumerate(slots):
        f = slot.feats
        if slot.label is not Label.EMBED or f is None:
            continue
        j = slot.before
        above = slots[j] if j >= 0 and not slots[j].strong and slots[j].feats is not None else None
        if _SIGNATURE.match(f.text):
            if above is not None:
                above.set(Label.EMBED, strong=True)
        elif f.folded.startswith(_POST_OPENING):
            k = slot.after
            post: list[_Slot] = []
            while 0 <= k < len(slots) and len(post) <= _MAX_POST_LINES and not slots[k].strong:
                post.append(slots[k])
                k = slots[k].after
            closing = slots[k].feats if 0 <= k < len(slots) else None
            if closing is not None and closing.folded.startswith(_POST_CLOSING):
                for line in post:
                    line.set(Label.EMBED, strong=True)
        elif _BARE_LINK.fullmatch(f.text.strip()) and j == i - 1 and _video_title(slots[j]):
            # "<video title> | Channel" over its link (its pipes and a year may have read as a time stamp)
            slots[j].set(Label.EMBED, strong=True)


def _gallery_captions(slots: Sequence[_Slot]) -> None:
    """A photo gallery prints each photo's counter ("2 / 6"), then its
    caption, however long ("संगम नोज के पास पीपे जोड़ते मजदूर। मेला क्षेत्र में ...")."""
    for slot in slots:
        f = slot.feats
        if not (slot.strong and slot.label is B and f is not None and photo_counter(f.text)):
            continue
        under = slots[slot.after] if 0 <= slot.after < len(slots) else None
        if (under is not None and not under.strong and under.feats is not None
                and under.feats.words <= _MAX_GALLERY_CAPTION_WORDS):
            under.set(Label.CAPTION, strong=True)


def _video_title(slot: _Slot) -> bool:
    f = slot.feats
    return (f is not None and not f.prose and f.words <= _MAX_TITLE_WORDS
            and (not slot.strong or slot.label is Label.META or slot.label is B))


def _headline(slots: Sequence[_Slot], opening: int | None, first_story: int, lede: int,
              prose: Sequence[int]) -> int | None:
    """The headline: the title the page opens with, or the one picked above
    the story, provided it names the story.  One that names nothing of it is
    another story's headline (a ticker's, one a crawl left atop), and a title
    under it may be the headline instead."""
    for _ in range(2):
        headline = opening if opening is not None else _pick_headline(slots, first_story)
        if headline is None:
            # A long headline reads as prose, but no sentence of it ends: "कोचिंग छात्रों के लिए नई
            # गाइडलाइन लागू: 16 साल से कम ... नहीं, हॉस्टल के नियम भी बदले; जानिए 6 सवालों में सब कुछ"
            first = slots[first_story].feats
            untold = first_story < lede and first is not None and first.terminals == 0 and (
                first.words <= _MAX_TITLE_WORDS + 10)
            return first_story if untold else None
        if opening is None:
            headline = _title_of_the_lede(slots, headline, first_story, lede)
        headline = _first_of_copies(slots, headline)
        if _names_the_story(slots, headline, prose):
            return headline
        slots[headline].set(B, "related", strong=True)
        opening = None
    return None


def _title_of_the_lede(slots: Sequence[_Slot], headline: int, first_story: int, lede: int) -> int:
    """A headline names what its lede tells: a third of its content words
    or more stand in the lede.  When the title picked names less and a
    later title above the story names more, the later one is the headline:
    a crawl left another story's headline above this one's."""
    told = slots[lede].feats
    if told is None:
        return headline
    vocabulary = _Vocabulary.of_folded(told.folded)
    best, most = headline, vocabulary.shared(slots[headline].line.content)
    if 3 * most > len(_content_words(slots[headline].line.content)):
        return headline  # it names the lede well enough (an interview's intro may name it better)
    for i in range(headline + 1, first_story):
        slot = slots[i]
        f = slot.feats
        if most and i == headline + 1:
            continue  # right under a headline that names the lede at all stands its dek
        if (f is not None and not slot.strong and f.title_shape and f.words >= _MIN_TITLE_WORDS and not f.prose
                and _LIST_ITEM.match(f.text) is None and _list_kind_above(slots, i, ("standfirst",)) is None
                # (a photo's caption names the lede's scene too: "संबोधित करते डॉ. ... । मंच पर ...")
                and "।" not in f.text and not f.caption_cue and not _caption_shaped(f)):
            shared = vocabulary.shared(slot.line.content)
            if shared > most:
                best, most = i, shared
    return best


def _shares_a_stem(title: _Slot, paragraph: _Slot) -> bool:
    """The title has a content word, or a word's stem, of the paragraph (read
    from its opening and end, as its features are)."""
    return paragraph.feats is not None and _Vocabulary.of_folded(paragraph.feats.folded).shares(title.line.content)


def _names_the_story(slots: Sequence[_Slot], headline: int, prose: Sequence[int]) -> bool:
    """A headline shares a content word (or a word's stem) with the prose
    under it; a title that shares none heads another story."""
    # (read paragraph by paragraph: the first one mostly tells)
    if not _content_words(slots[headline].line.content):
        return True
    # (a story of a sentence or two is too short to tell: "शीर्षक" over "आज बैठक हुई।")
    words = 0
    for i in prose:
        f = slots[i].feats
        if i > headline and f is not None:
            words += f.words
    if words < _MIN_JUDGED_WORDS:
        return True
    return any(i > headline and _shares_a_stem(slots[headline], slots[i]) for i in prose)


def _first_of_copies(slots: Sequence[_Slot], headline: int) -> int:
    """The first line that reads as the headline does: a page shows its title
    once as the headline and may repeat it under the byline (as a bullet, in
    a sticky header); the repeat is the copy, whatever made it look closer
    to the story."""
    feats = slots[headline].feats
    if feats is None or not feats.folded:
        return headline
    for i in range(headline):
        slot = slots[i]
        if slot.feats is not None and not slot.strong and slot.feats.folded == feats.folded and (
                not _last_crumb(slots, i)):
            return i
    return headline


def _split_trails(slots: Sequence[_Slot]) -> None:
    """A breadcrumb trail a scraper split one crumb a line, its marks alone
    between them ("होम" / "»" / "अम्बाला" / "»" / "<title>"): its crumbs and
    marks are tags, a title that ends it is the headline's copy."""
    i = 0
    while i < len(slots):
        if not _crumb_mark(slots[i]):
            i += 1
            continue
        marks = [i]
        k = i
        # (mark, crumb, mark, crumb, ...: each next mark two lines on)
        while k + 2 < len(slots) and _crumb_mark(slots[k + 2]) and _short_crumb(slots[k + 1]):
            k += 2
            marks.append(k)
        if len(marks) >= 2:
            first = i - 1 if i > 0 and _short_crumb(slots[i - 1]) else i
            for j in range(first, k + 1):
                slots[j].set(B, "tags", strong=True)
            last = slots[k + 1] if k + 1 < len(slots) else None
            if last is not None and last.feats is not None and not last.strong:
                last.set(B, "ui" if last.feats.title_shape and last.feats.words >= _MIN_TITLE_WORDS else "tags",
                         strong=True)
        i = k + 1


def _in_split_trail(slots: Sequence[_Slot], i: int) -> bool:
    """Line ``i`` is a crumb or a mark of a trail split one crumb a line."""
    return any(0 <= k < len(slots) and _crumb_mark(slots[k]) for k in (i - 1, i, i + 1))


def _crumb_mark(slot: _Slot) -> bool:
    return slot.line.content.strip() in _CRUMB_MARKS


def _short_crumb(slot: _Slot) -> bool:
    return slot.feats is not None and slot.feats.words <= _MAX_MENU_ITEM_WORDS and not slot.feats.prose


def _last_crumb(slots: Sequence[_Slot], i: int) -> bool:
    """Line ``i`` ends a breadcrumb trail split one crumb a line ("होम" / "»" / "अम्बाला" / "»" / "<title>")."""
    return slots[i].before >= 0 and _crumb_mark(slots[slots[i].before])


def _headline_copies(slots: Sequence[_Slot], headline: int) -> None:
    feats = slots[headline].feats
    key = feats.folded if feats is not None else ""
    for i, slot in enumerate(slots):
        if i != headline and slot.feats is not None and key and slot.feats.folded == key:
            slot.set(B, "ui", strong=True)


def _follow_rows(slots: Sequence[_Slot]) -> None:
    """The platform names right under a follow prompt or a share label are
    its buttons ("Follow Us" over "Google News", "शेयर करें" over "Facebook",
    "X", "WhatsApp")."""
    for i, slot in enumerate(slots[:-1]):
        if not (slot.strong and slot.label is B and slot.kind in ("social", "share", "newsletter")):
            continue
        following = slots[i + 1]
        f = following.feats
        if f is None:
            continue
        if slot.kind != "newsletter" and f.platforms:
            following.set(B, slot.kind, strong=True)
        elif slot.kind == "newsletter" and following.strong and following.kind == "social" and f.folded in _SUBSCRIBE:
            following.set(B, "newsletter", strong=True)  # "For Quick Alerts" over "Subscribe Now"


def _tables(slots: Sequence[_Slot]) -> None:
    """A table in the story, flattened to rows parted by "|", tabs or runs of spaces: three or more
    adjacent rows of as many cells, most of them holding figures, with prose
    above and below ("जयपुर | 5900 | 6350 | 6150").  Its rows are story, not
    a menu or a time stamp."""
    i = 0
    while i < len(slots):
        cells = _cells(slots[i])
        j = i
        while j + 1 < len(slots) and cells >= 2 and _cells(slots[j + 1]) == cells:
            j += 1
        rows = range(i, j + 1)
        if len(rows) >= _MIN_TABLE_ROWS and _table_shaped(slots, rows, cells):
            for k in rows:
                slots[k].set(Label.BODY, strong=True)
        i = j + 1


def _table_shaped(slots: Sequence[_Slot], rows: range, cells: int) -> bool:
    """Rows of as many cells are a table: most of them hold figures (two
    columns, "इतिहास | 99", only when longer and nearly all do: a byline or a
    breadcrumb has two cells too), with the story's prose on both sides, or
    on one when every row but the header holds a figure."""
    figures = sum(_has_figure(slots[k]) for k in rows)
    if cells >= _MIN_TABLE_CELLS:
        shaped = 2 * figures >= len(rows)
    else:
        shaped = len(rows) >= _MIN_TWO_COLUMN_ROWS and 4 * figures >= 3 * len(rows)
    if not shaped:
        return False
    before, after = _prose_near(slots, rows[0], -1), _prose_near(slots, rows[-1], +1)
    return (before and after) or ((before or after) and figures >= len(rows) - 1)


def _page_jumps(slots: Sequence[_Slot]) -> None:
    """E-paper text follows a story across pages: "शेष पेज 5 पर" where it
    leaves its page, then other stories, then (after the next page's header)
    "पेज 1 का शेष" and the rest of it.  The two marks are navigation; what
    stands between is other stories; a title right by the second mark is the
    story's headline again, shortened (a copy)."""
    out: int | None = None
    for i, slot in enumerate(slots):
        f = slot.feats
        if f is None or f.words > _MAX_JUMP_WORDS:
            continue
        text = f.text.strip()
        if _JUMP_OUT.fullmatch(text):
            slot.set(B, "navigation", strong=True)
            slot.leaves_page = True
            out = i
        elif _JUMP_IN.fullmatch(text):
            slot.set(B, "navigation", strong=True)
            if out is not None and i - out <= _MAX_JUMP_LINES:
                slots[out].resumes = i
                for k in range(out + 1, i):
                    if not slots[k].blank and not slots[k].strong:
                        slots[k].set(B, "related", strong=True)
                for k in (slot.before, slot.after):
                    near = slots[k] if 0 <= k < len(slots) else None
                    if near is not None and near.feats is not None and near.feats.title_shape and not near.feats.prose:
                        near.set(B, "ui", strong=True)  # the headline again, where the story goes on
            out = None


def _cell_tables(slots: Sequence[_Slot]) -> None:
    """A table flattened one cell a line ("स्थान" / "नाम" / "प्रतिशत" / "1" /
    "दीपिका बिष्ट" / "99.2" / "2" / ...): a run of short lines in which, for
    some number of columns, one column holds a figure row after row and
    another holds words, with the story's prose near.  Its cells are story,
    even those that read as a widget's label ("नाम")."""
    i = 0
    while i < len(slots):
        j = i
        while j < len(slots) and _cell_shaped(slots[j]):
            j += 1
        grid = _columns_of_figures(slots[i:j]) if j - i >= _MIN_CELL_TABLE_LINES else None
        if grid is not None and (_prose_near(slots, i, -1) or _prose_near(slots, j - 1, +1)):
            start, end = grid  # (a title over the table is not a cell: the subhead is read later)
            for k in range(i + start, i + end):
                slots[k].set(Label.BODY, strong=True)
        i = max(j, i + 1)


def _figure_lists(slots: Sequence[_Slot]) -> None:
    """A list of figures in the story, one item a line, each written alike:
    "ग्वालियर - 45.8 / 30.2", "सेंसेक्स: 74,886"; four or more adjacent
    lines with a figure and the same separators, with the story's prose near."""
    i = 0
    while i < len(slots):
        skeleton = _figure_skeleton(slots[i])
        j = i + 1
        while skeleton and j < len(slots) and _figure_skeleton(slots[j]) == skeleton:
            j += 1
        if skeleton and j - i >= _MIN_FIGURE_LIST_LINES and (
                _prose_near(slots, i, -1) or _prose_near(slots, j - 1, +1)):
            for k in range(i, j):
                slots[k].set(Label.BODY, strong=True)
        i = j


def _figure_skeleton(slot: _Slot) -> str:
    """The separators of a short line that holds a figure ("-/" for "ग्वालियर - 45.8 / 30.2"), else ""."""
    f = slot.feats
    if f is None or slot.strong or f.words > _MAX_FIGURE_ITEM_WORDS or f.prose or not has_digits(f.text):
        return ""
    return "".join(c for c in f.text if c in _ITEM_SEPARATORS)


def _cell_shaped(slot: _Slot) -> bool:
    f = slot.feats
    return f is not None and f.words <= _MAX_CELL_WORDS and not f.prose and "।" not in f.text


def _columns_of_figures(run: Sequence[_Slot]) -> tuple[int, int] | None:
    """Where the table's rows start and end in ``run``, if, for some width of
    2 to 8 columns, one column holds a figure in three rows or more (all but
    its header), and another holds none; else None."""
    figures = [_FIGURE_CELL.fullmatch(s.line.content.strip()) is not None for s in run]
    best: tuple[int, int, int, int] | None = None  # (figures in full columns, -start, start, end)
    for width in range(2, _MAX_TABLE_COLUMNS + 1):
        if len(run) // width < _MIN_TABLE_ROWS:
            break
        for start in range(width):
            rows = (len(run) - start) // width
            columns = [[figures[start + r * width + c] for r in range(rows)] for c in range(width)]
            numeric = [sum(col) for col in columns]
            full = [n for n in numeric if n >= _MIN_TABLE_ROWS and n >= rows - 1]
            if rows >= _MIN_TABLE_ROWS and full and any(n == 0 for n in numeric):
                # (the grid that aligns the most figures in its columns is the table's; a title
                # above it or below it, a line that fits no row, is left out)
                candidate = (sum(full), -start, start, start + rows * width)
                best = candidate if best is None or candidate[:2] > best[:2] else best
    return (best[2], best[3]) if best is not None else None


def _cells(slot: _Slot) -> int:
    """How many cells a row holds, parted by "|", tabs or runs of spaces
    (a crawler flattens a table's cells with any of them)."""
    if slot.feats is None:
        return 0
    content = slot.line.content
    gaps = len(_CELL_GAP.findall(content)) if "  " in content or "\t" in content else 0
    return max(content.count("|"), gaps) + 1


def _has_figure(slot: _Slot) -> bool:
    return slot.feats is not None and any(c.isdigit() for c in slot.feats.text)


def _prose_near(slots: Sequence[_Slot], i: int, step: int) -> bool:
    """A prose line among the few non-blank lines before (``step`` -1) or after (+1) line ``i``."""
    j = i
    for _ in range(_TABLE_REACH):
        j = slots[j].before if step < 0 else slots[j].after
        if not 0 <= j < len(slots):
            return False
        slot = slots[j]
        if _is_prose(slot) or (not slot.strong and slot.feats is not None and _opens_list(slot.feats)):
            return True  # (a table is often introduced: "... आंकड़ों के अनुसार:")
    return False


def _cue_continuations(slots: Sequence[_Slot]) -> None:
    """"Written By:" or "Updated:" alone lend their label to the next line."""
    for slot in slots:
        if not (slot.strong and slot.label in (Label.BYLINE, Label.META) and _cue_only(slot.feats)):
            continue
        j = slot.after
        following = slots[j].feats if 0 <= j < len(slots) else None
        if following is not None and not slots[j].strong and following.words <= 8 and slot.label is not None:
            slots[j].set(slot.label, strong=True)


def _continues(f: LineFeatures) -> bool:
    """The line stops mid-sentence: on a comma or a word no sentence ends on."""
    words = f.folded.split()
    if len(words) < _MIN_WRAPPED_WORDS or f.ends_terminal or f.text.rstrip().endswith(("...", "…")):
        return False  # short lines are titles; "..." is a teaser cut short on purpose
    return f.text.rstrip()[-1:] in ",;" or words[-1] in _CONTINUATION


def _broken_mid_sentence(slots: Sequence[_Slot], i: int) -> bool:
    """A long line a scraper broke inside a sentence: one sentence of it ends
    inside the line and the last runs on ("... हटाया जाना था। इनमें कई"), or
    the next line opens with a word no sentence opens with ("है और ...")."""
    f = slots[i].feats
    if f is None or f.words < _MIN_WRAPPED_WORDS or f.ends_terminal or f.text.rstrip().endswith(("...", "…")):
        return False
    if "..." in f.text or "…" in f.text:
        return False  # a teaser cut short on purpose ("... करते... पूरी खबर पढ़िए")
    if f.words >= _MIN_BROKEN_WORDS and "।" in f.text and f.text.rstrip()[-1] not in "।|":
        return True
    below = slots[i + 1].feats if i + 1 < len(slots) else None
    return below is not None and below.folded.split(" ", 1)[0] in _CONTINUED_OPENINGS


def _open_line(slot: _Slot) -> bool:
    """A line that does not end its paragraph on its face: long enough to be
    prose, and with no sentence end (or teaser ellipsis) at its end."""
    f = slot.feats
    return (
        f is not None
        and not slot.strong
        and f.words >= _MIN_WRAPPED_WORDS
        and not f.ends_terminal
        and not f.text.rstrip().endswith(("...", "…"))
    )


def _wrapped_to_width(slots: Sequence[_Slot], i: int) -> tuple[int, int]:
    """The last line of a paragraph wrapped to a fixed width that starts at
    line ``i``, or ``i`` if none does.

    Wrapping at a width leaves its mark: three or more adjacent lines, every
    one but the last filled to nearly the same length and ending mid-sentence,
    and a last line no longer than the others that ends the sentence.  A
    headline over a one-line lede has neither the run nor the width.

    Also returns where the run of open lines ends, so that a caller never
    reads the same run twice (which would cost a run's length per line).
    """
    k = i
    while k < len(slots) and k - i < _MAX_WRAPPED_LINES and _open_line(slots[k]):
        k += 1
    if k - i < 2 or k >= len(slots) or slots[k].blank or slots[k].strong:
        return i, k
    last = slots[k].feats
    if last is None or not last.ends_terminal:
        return i, k
    widths = [len(s.line.content) for s in slots[i:k]]
    width = max(widths)
    if min(widths) < _WRAP_FILL * width or len(last.text) > _WRAP_SLACK * width:
        return i, k
    return k, k


def _join_wrapped(slots: Sequence[_Slot]) -> None:
    """Read a paragraph a scraper hard-wrapped over adjacent lines as one:
    every line of it gets the features of the whole paragraph."""
    i = 0
    while i < len(slots):
        slot = slots[i]
        if slot.blank or slot.strong or slot.feats is None or _under_list_marker(slots, i):
            i += 1
            continue
        broken = False
        if not _continues(slot.feats) and not (broken := _broken_mid_sentence(slots, i)):
            j, run_end = _wrapped_to_width(slots, i)
            if j == i and run_end > i + 1:
                i = run_end  # no paragraph starts inside a run that failed the test
                continue
        else:
            j = i
            while j + 1 < len(slots) and not slots[j + 1].blank and not slots[j + 1].strong:
                j += 1
                following = slots[j].feats
                # Once a paragraph is seen to wrap, it goes on until a line ends a sentence.
                if (following is None or following.ends_terminal or following.text.rstrip().endswith(("...", "…"))
                        or j - i >= _MAX_WRAPPED_LINES):
                    break
            last = slots[j].feats
            if broken and (last is None or not last.ends_terminal):
                j = i  # a teaser cut short in a listing runs into the next title, not to a sentence's end
        if j > i:
            joined = line_features(" ".join(s.line.content for s in slots[i : j + 1]))
            if joined.prose:
                for member in slots[i : j + 1]:
                    member.feats = joined
                    member.continued = True
                slots[j].continued = False
        i = j + 1


def _under_list_marker(slots: Sequence[_Slot], i: int) -> bool:
    """Line ``i`` opens the list of a widget's marker right above it: its lines
    are titles, one per line, not a paragraph wrapped over them."""
    return i > 0 and _heads_a_list(slots[i - 1])


def _heads_a_list(slot: _Slot) -> bool:
    """A marker line of a widget's list (not a summary's highlights)."""
    f = slot.feats
    # (a marker that names no kind, "Trending", takes its items' kind: it heads a list all the same)
    return slot.strong and f is not None and (f.list_kind not in (None, "standfirst") or (
        f.is_list_marker and f.list_kind is None and slot.label is B))


def _link_neighbours(slots: Sequence[_Slot]) -> None:
    """Point every line at its non-blank neighbours, once, so that context
    rules never walk runs of blank lines again (that would be quadratic)."""
    last = -1
    for i, slot in enumerate(slots):
        slot.before = last
        if not slot.blank:
            last = i
    last = -1
    for i in range(len(slots) - 1, -1, -1):
        slots[i].after = last
        if not slots[i].blank:
            last = i


# --------------------------------------------------------------------- entry


def classify_lines(lines: Sequence[Line]) -> list[LineLabel]:
    """Label every line; blank lines are labelled ``blank``."""
    # Page furniture repeats within a page ("PunjabKesari TV" under every
    # video title): read each distinct line once.
    seen: dict[str, LineFeatures] = {}
    slots = []
    for line in lines:
        feats = None
        if not line.is_blank:
            feats = seen.get(line.content)
            if feats is None:
                feats = seen[line.content] = line_features(line.content)
        slots.append(_Slot(line, feats))
    _link_neighbours(slots)
    for slot in slots:
        _alone(slot)
    _cue_continuations(slots)
    _follow_rows(slots)
    _page_jumps(slots)
    _split_trails(slots)
    _tables(slots)
    _cell_tables(slots)
    _figure_lists(slots)
    _embeds(slots)
    _gallery_captions(slots)
    _join_wrapped(slots)

    prose = [i for i, s in enumerate(slots) if _is_prose(s)]
    opening = _opening_title(slots, prose)
    if opening is not None:
        prose.remove(opening)
    if not prose or _is_listing(slots, prose) or _is_title_listing(slots, prose):
        _names_near_meta(slots, len(slots))
        _label_after(slots, 0)
        return _finish(slots)

    lede, standfirst = _find_lede(slots, prose)
    if _is_teaser_listing(slots, prose, lede):
        _label_after(slots, 0)
        return _finish(slots)
    first_story = standfirst[0] if standfirst else lede
    headline = _headline(slots, opening, first_story, lede, prose)
    _names_near_meta(slots, lede)
    if headline is not None:
        slots[headline].set(Label.HEADLINE, strong=True)
        _headline_copies(slots, headline)
        _label_before_headline(slots, headline)
    header_start = headline + 1 if headline is not None else 0
    if headline is None:
        # No headline: what stands before the standfirst is furniture.
        _label_after(slots[:first_story], 0)
        header_start = first_story
    _label_header(slots, header_start, lede, headline, set(standfirst))
    end = _story_end(slots, lede)
    _sign_off(slots, end, lede)
    _label_story(slots, lede, end, headline)
    _label_after(slots, end + 1)
    return _finish(slots)


def _finish(slots: Sequence[_Slot]) -> list[LineLabel]:
    out = []
    for slot in slots:
        if slot.blank:
            out.append(LineLabel(slot.line, Label.BLANK))
        elif slot.label is None:
            out.append(LineLabel(slot.line, B, Kind.RELATED))
        else:
            kind = Kind(slot.kind) if slot.label is B and slot.kind else (Kind.UI if slot.label is B else None)
            out.append(LineLabel(slot.line, slot.label, kind, slot.continued))
    return out
