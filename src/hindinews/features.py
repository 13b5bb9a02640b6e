"""Facts about one line, read from the line alone.

:func:`line_features` tells what a line looks like (prose, a title, a menu
item), which widget label or cue it carries, and whether it holds a date or
time.  The classifier weighs these facts in context::

    >>> f = line_features("ये भी पढ़ें- Aadhaar Card को लेकर UIDAI ने दिया बड़ा अपडेट")
    >>> f.marker_kind, f.title_shape
    ('related', True)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import ahocorasick
import attrs
import regex

from hindinews import lexicon

_EDGE_PUNCT = " \t\u00a0:ः：-–—|•·*#>»›<«‹←→!?,.;।॥()[]{}\"'“”‘’…_=+~/\\"
_SPACES = regex.compile(r"\s+")
# Letters with a nukta, precomposed or not, fold to the bare letter; zero-width
# marks fold away.  (str.replace on an absent character costs next to nothing.)
_NUKTA_FORMS = (
    *((chr(c), unicodedata.normalize("NFD", chr(c))[0]) for c in (0x929, 0x931, 0x934, *range(0x958, 0x960))),
    *((c, "") for c in "\u093c\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"),
)


# Precomposed nukta letters and zero-width marks: rare, so one search spares
# a test for each of them on most lines.
_RARE_FOLDS = re.compile("[\u0929\u0931\u0934\u0958-\u095f\u200b-\u200f\u2060\ufeff]")
_NASAL_CLUSTER = re.compile(
    "ङ\u094d(?=[कखगघ])|ञ\u094d(?=[चछजझ])|ण\u094d(?=[टठडढ])|न\u094d(?=[तथदध])|म\u094d(?=[पफबभ])"
)


def fold(text: str) -> str:
    """The key a phrase is looked up by: lower case, no nukta or ZWJ, edge
    punctuation trimmed, spaces collapsed.

    >>> fold("  ये भी पढ़ें:- ")
    'ये भी पढें'
    >>> fold("सम्बन्धित ख़बरें") == fold("संबंधित खबरें")
    True
    """
    folded: str = simplify(text).strip(_EDGE_PUNCT)
    return folded


def simplify(text: str) -> str:
    """Like :func:`fold` but keeps edge punctuation: for phrases that must be
    matched with their punctuation (``"फोटो:"``) anywhere in a line."""
    if "\u093c" in text:  # the nukta, the one mark of these that most lines hold
        text = text.replace("\u093c", "")
    if _RARE_FOLDS.search(text) is not None:
        for char, base in _NUKTA_FORMS:
            if char in text:
                text = text.replace(char, base)
    # "सम्बंधित" and "संबंधित", "हिन्दी" and "हिंदी": a nasal consonant joined to
    # a consonant of its own class is written either way; fold it to the anusvara.
    text = _NASAL_CLUSTER.sub("\u0902", text)
    return " ".join(text.casefold().split())


def _fold_all(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(p) for p in phrases if fold(p))


_PROMPT, _ACTION, _OBJECT = "prompt:", ":action", ":object"
_MAX_PROMPT_WORDS = 25
# A prompt asks; it ends on an imperative, which a story sentence rarely does.
_IMPERATIVES = frozenset({"करें", "करे", "कीजिए", "करिए", "जुडें", "जुडिए", "दें", "बताएं", "पाएं"})
# Cue families found by one scan of a line (see :func:`_cue_scanner`).
_CAPTION_CUE, _EMBED_CUE, _VIDEO_CUE, _READ_TIME_CUE = "caption", "embed", "video", "read_time"


def _cue_scanner(families: dict[str, Iterable[str]], kinds: dict[str, tuple[str, ...]]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton for every "the line contains this phrase"
    cue: ``families`` (caption, embed, video, read time) and the boilerplate
    ``kinds`` of :data:`lexicon.CONTAINS_MARKERS`.

    A regular-expression alternation tries every phrase at every position;
    the automaton reads a line once, whatever the size of the lexicon.  Each
    phrase maps to ``(length, families, word-start families, kind)``: a cue
    written with a leading space (" tv") counts only where it starts a word,
    and a kind carries its rank in the table, so the first kind listed wins a
    tie as it does in the lexicon.
    """
    table: dict[str, tuple[set[str], set[str], list[tuple[int, str]]]] = {}
    for family, phrases in families.items():
        for phrase in phrases:
            if simplify(phrase):
                anywhere, word_start, _ = table.setdefault(simplify(phrase), (set(), set(), []))
                (word_start if phrase[:1].isspace() else anywhere).add(family)
    for rank, (kind, phrases) in enumerate(kinds.items()):
        for phrase in phrases:
            if simplify(phrase):
                table.setdefault(simplify(phrase), (set(), set(), []))[2].append((rank, kind))
    automaton = ahocorasick.Automaton()
    for phrase, (anywhere, word_start, found_kinds) in table.items():
        value = (len(phrase), frozenset(anywhere), frozenset(word_start), min(found_kinds, default=None))
        automaton.add_word(phrase, value)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _scan_cues(simple: str) -> tuple[frozenset[str], str | None]:
    """The cue families in ``simple`` (a simplified line) and the kind of its
    leftmost boilerplate phrase."""
    families: set[str] = set()
    best: tuple[int, int, int, str] | None = None
    if not len(_CUES):
        return frozenset(), None
    for end, (length, anywhere, word_start, found_kind) in _CUES.iter(simple):
        start = end - length + 1
        families |= anywhere
        if word_start and (start == 0 or not simple[start - 1].isalnum()):
            families |= word_start
        # (a widget's phrase is whole words: "से जुड़ें" is a prompt, "से जुड़ेंगे" a story's verb)
        if found_kind is not None and not (_is_word_char(simple[end]) and _continues_word(simple, end + 1)):
            candidate = (start, found_kind[0], -length, found_kind[1])
            if best is None or candidate < best:
                best = candidate
    return frozenset(families), (best[3] if best is not None else None)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _continues_word(text: str, at: int) -> bool:
    """The character at ``at`` goes on with the word before it (a letter, digit or vowel sign)."""
    return at < len(text) and _is_word_char(text[at])


def load_lexicon() -> None:
    """(Re)build the lookup tables from :mod:`hindinews.lexicon`.

    Runs at import; call :func:`hindinews.reload_lexicon` after extending
    the lexicon.  Earlier kinds win a phrase that two kinds list (a "video"
    label is a video widget before it is a menu item).
    """
    global _WIDGET, _LIST, _PREFIX, _PREFIX_RAW, _WEAK, _CUES, _STOP, _CLAUSE_END, _BYLINE, _META
    global _TEASER_ENDS, _CREDIT, _PROMPT_KINDS, _PLATFORMS, _PREFIX_FIRST, _SECTIONS, _SECTION_WORDS, _PLACE_NAMES
    global _POSTPOSITIONS, _PLATFORM_FIRSTS, _HOME_CRUMBS
    _HOME_CRUMBS = _fold_all(lexicon.HOME_CRUMBS)
    _WIDGET = {}
    for kind, phrases in lexicon.WIDGET_LINES.items():
        for phrase in phrases:
            _WIDGET.setdefault(fold(phrase), kind)
    _LIST = {fold(k): v for k, v in lexicon.list_markers().items()}
    _PREFIX, _PREFIX_RAW = {}, {}
    for kind, phrases in lexicon.PREFIX_MARKERS.items():
        for phrase in phrases:
            if fold(phrase):
                _PREFIX.setdefault(fold(phrase), kind)
            else:  # "©" folds away: match it raw
                _PREFIX_RAW.setdefault(phrase.casefold(), kind)
    _PREFIX_FIRST = frozenset(phrase.split(" ")[0] for phrase in _PREFIX)
    _WEAK = _fold_all(lexicon.WEAK_PREFIXES)
    prompt_families = {}
    for kind, (actions, objects) in lexicon.PROMPT_CUES.items():
        prompt_families[f"{_PROMPT}{kind}{_ACTION}"] = actions
        prompt_families[f"{_PROMPT}{kind}{_OBJECT}"] = objects
    _CUES = _cue_scanner(
        {
            _CAPTION_CUE: lexicon.CAPTION_CUES,
            _EMBED_CUE: lexicon.EMBED_CUES,
            _VIDEO_CUE: lexicon.VIDEO_CUES,
            _READ_TIME_CUE: lexicon.READ_TIME_CUES,
            **prompt_families,
        },
        lexicon.CONTAINS_MARKERS,
    )
    _PROMPT_KINDS = tuple(lexicon.PROMPT_CUES)
    _STOP = _fold_all(lexicon.STOPWORDS)
    _CLAUSE_END = _fold_all(lexicon.CLAUSE_ENDINGS)
    _BYLINE = _fold_all(lexicon.BYLINE_CUES)
    _META = _fold_all(lexicon.META_CUES)
    _TEASER_ENDS = tuple(simplify(p) for p in lexicon.TEASER_ENDS)
    _CREDIT = _fold_all(lexicon.CREDIT_WORDS)
    _PLATFORMS = _fold_all(lexicon.PLATFORMS)
    _PLATFORM_FIRSTS = frozenset(name.split(" ")[0] for name in _PLATFORMS)
    _PLACE_NAMES = _fold_all(lexicon.PLACES)
    _POSTPOSITIONS = _fold_all(lexicon.POSTPOSITIONS)
    # (the states are the sections of a regional site's menu: "उत्तर प्रदेश बिहार मध्य प्रदेश")
    _SECTIONS = frozenset(key for key, kind in _WIDGET.items() if kind in _SECTION_KINDS) | _fold_all(lexicon.REGIONS)
    _SECTION_WORDS = frozenset(word for phrase in _SECTIONS for word in phrase.split())
    _remembered_line_features.cache_clear()  # what was read with the old tables is stale


_WIDGET: dict[str, str]
_LIST: dict[str, str | None]
_PREFIX: dict[str, str]
_PREFIX_RAW: dict[str, str]
_PREFIX_FIRST: frozenset[str]
_WEAK: frozenset[str]
_CUES: ahocorasick.Automaton
_PROMPT_KINDS: tuple[str, ...]
_STOP: frozenset[str]
_CLAUSE_END: frozenset[str]
_BYLINE: frozenset[str]
_META: frozenset[str]
_TEASER_ENDS: tuple[str, ...]
_CREDIT: frozenset[str]
_PLATFORMS: frozenset[str]
_PLATFORM_FIRSTS: frozenset[str]
_PLACE_NAMES: frozenset[str]
_POSTPOSITIONS: frozenset[str]
_HOME_CRUMBS: frozenset[str]
_SECTIONS: frozenset[str]
_SECTION_WORDS: frozenset[str]
# Widget labels that are also the names of a site's sections and links.
_SECTION_KINDS = frozenset({"navigation", "video", "tags", "disclaimer", "app"})
_MAX_PREFIX_WORDS = 5
_MAX_LABELLED_WORDS = 30
_MAX_CONTAINS_WORDS = 40
_MAX_CUE_WORDS = 60
_PROBE_CHARS = 360
_PROBE_HEAD = 240
_PROBE_TAIL = 100
# Abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    "डॉ डा प्रो श्री श्रीमती सं पृ कि मी ई स्व व मो ले जन रे सु कु डॉ० mr mrs ms dr prof st no vs sh smt".split()
)

_LATIN = regex.compile(r"[A-Za-z\u00C0-\u024F]+")
_TERMINAL = regex.compile(r"[।॥?!]|(?<=[\p{L}\p{M}\d)\"'”’])(?<!\.\.)\.(?=\s|$)(?!\.)")
_ENDS_TERMINAL = regex.compile(r"(?<![.…])(?:[।॥?!]|(?<!\.)\.)[\"'”’)\]\s]{0,3}$")
_WORD_BEFORE_DOT = regex.compile(r"([\p{L}\p{M}]{1,12})\.(?=\s|$)")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|"
    r"सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
)
_DATE = regex.compile(
    rf"(?i)\b\d{{1,2}}[-/. ]{{1,2}}(?:{_MONTHS})\b|\b(?:{_MONTHS})[-/. ]{{1,2}}\d{{1,2}}\b|"
    r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b(?:19|20)\d{2}\b"
)
_TIME = regex.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s?(?:am|pm|बजे)?\b|\b\d{1,2}\s?(?:am|pm)\b|\bist\b")
_DIGITS = regex.compile(r"\d")
_RELATIVE_TIME = regex.compile(
    r"(?i)\b\d{1,3}\s?(?:सेकंड|मिनट|घंटे|घंटा|घंटों|दिन|hours?|hrs?|minutes?|mins?|days?|seconds?)\s?(?:पहले|ago)\b"
)
# A verb in the future tense ends a clause whatever its stem: "मिलेंगी", "होगा", "जाएंगे".
_FUTURE_VERB = re.compile("(?:\u0947|\u0947\u0902|\u094b|\u0942|\u0942\u0902|ए|एं|ओ)(?:गा|गी|गे)$")
_MAX_PLATFORM_WORDS = 12
_FIGURE_DIGITS = 3  # "74,886.15" is a figure; "News18" is a name
_MAX_NAME_WORDS = 4
_MAX_OWNED_MARKER_WORDS = 6
# The plural a site's video rail ends its name with ("ABP Videos").
_OWNED_VIDEO_WORDS = frozenset({"videos", "वीडियोज", "वीडियोस"})
_OWNED_VIDEO_WORD = frozenset({"video", "वीडियो"})
# A line under half Devanagari is still Hindi prose when Hindi's function words hold it together.
_MIN_HINGLISH_DEVANAGARI = 0.3
_MIN_HINGLISH_STOP_SHARE = 0.2
_PHOTO_COUNTER = regex.compile(r"(\d{1,3})\s?/\s?(\d{1,3})")
_IMAGE_FILE = regex.compile(r"\S{0,300}\.(?:jpe?g|png|webp|gif|avif)\)?", regex.IGNORECASE)
# The words that tie a widget's label to its owner: "डीडब्ल्यू की टॉप स्टोरी",
# "विचार से और खबरें".
_POSSESSIVES = frozenset({"की", "के", "का", "'s", "से"})
_POSSESSIVE_GAP = re.compile(" (?:" + "|".join(map(re.escape, sorted(_POSSESSIVES))) + ") ")
_PLATFORM_SPLIT = re.compile(r"[\s|/·•,:()]+")  # ("X (Twitter)" names one platform twice)
_PLATFORM_TOKEN = re.compile(r"[^\s|/·•,:()]+")
# What a marker line is when the list it opens has no widget kind of its own.
_MARKER_LINE_KIND: dict[str | None, str] = {"standfirst": "ui", "navigation": "navigation"}
_MENU_GAP = re.compile(r"[ \t\u00a0]{2,}|\t")
_MIN_MENU_ITEMS = 3
# Page numbers and arrows of a pagination row, and the words that could be
# one (they start with a digit, a dot or an arrow).
_PAGE_MARK = re.compile(r"\d{1,5}|\.{2,3}|…|[«»‹›<>]{1,2}")
_PAGE_MARK_WORD = re.compile(r"(?:^|(?<=\s))[\d.…«»‹›<>]")
# A menu row is made of known items, but for a name or two a lexicon lacks.
_MENU_COVER = 0.75
_CRUMB_HINT = regex.compile(r"[/>›»]")
_CRUMB_SEPARATOR = regex.compile(r"\s[/>›»]\s|\s?[›»]\s?")



@attrs.define(slots=True)  # not frozen: this is built for every line, and frozen init costs
class LineFeatures:
    """What one line looks like.  ``marker_kind`` is the boilerplate kind of a
    widget label or cue the line carries (None if none); ``list_kind`` the kind
    of the list a marker line introduces."""

    text: str
    folded: str
    words: int
    devanagari: float
    latin: float
    stop_share: float
    terminals: int
    ends_terminal: bool
    ends_clause: bool
    has_date: bool
    has_time: bool
    date_share: float
    marker_kind: str | None
    marker_whole: bool
    list_kind: str | None
    is_list_marker: bool
    byline_cue: bool
    meta_cue: bool
    caption_cue: bool
    embed_cue: bool
    teaser: bool
    video_cue: bool
    separators: bool
    breadcrumb: bool
    relative_time: bool
    credit: bool
    #: The line names social platforms and nothing else ("Facebook  Twitter", "Google News").
    platforms: bool

    @property
    def prose(self) -> bool:
        """Reads as a paragraph of Hindi prose (Hinglish too: "Portal पर registration
        पूरी तरह online होगा।" is half Latin, but its function words are Hindi)."""
        if self.words < 6 or self.devanagari < _MIN_HINGLISH_DEVANAGARI or (
                self.devanagari < 0.5 and self.stop_share < _MIN_HINGLISH_STOP_SHARE):
            return False
        if self.ends_terminal and (self.stop_share >= 0.1 or self.terminals >= 2):
            return True
        if self.words >= 25 and self.stop_share >= 0.12:
            return True
        return self.terminals >= 2 and self.words >= 12 and self.stop_share >= 0.2

    @property
    def title_shape(self) -> bool:
        """Reads as a headline: a few words, no sentence end, not a menu item."""
        if self.words < 3 or self.words > 30 or self.separators:
            return False
        return not self.prose or (self.words <= 22 and not self.text.rstrip("\"'”’ ").endswith("।"))


def _share(pattern: regex.Pattern[str], text: str, letters: int) -> float:
    return len(pattern.findall(text)) / letters if letters else 0.0


def _marker(folded: str, raw: str, n_words: int, head_words: list[str]) -> tuple[str | None, bool]:
    """The kind of a widget label (whole line) or an opening marker phrase."""
    if folded in _WIDGET:
        return _WIDGET[folded], True
    lowered = raw.lstrip().casefold()
    for phrase, raw_kind in _PREFIX_RAW.items():
        if lowered.startswith(phrase):
            return raw_kind, False
    folded_words = head_words[:_MAX_PREFIX_WORDS]  # the line's first words, edge punctuation trimmed
    if not folded_words or folded_words[0] not in _PREFIX_FIRST:
        return None, False  # every prefix phrase starts with a word the line does not
    for n in range(min(_MAX_PREFIX_WORDS, len(folded_words)), 0, -1):
        head = " ".join(folded_words[:n])
        kind = _PREFIX.get(head)
        if kind is None:
            continue
        rest = n_words - n
        # "पढ़ें" or "Tags" opening a sentence is an ordinary word; with a
        # separator after it ("Read More: <a headline>") it is a label.
        if head in _WEAK and (rest > _MAX_LABELLED_WORDS or not _followed_by_separator(raw, n)):
            continue
        return kind, False
    return None, False


def _prompt_kind(cues: frozenset[str], last: str) -> str | None:
    """The kind of a follow, app or alert prompt: an action and its object
    (:data:`lexicon.PROMPT_CUES`) on a line whose ``last`` word does not end
    it as a sentence of the story does ("... फेसबुक पर लिखा था")."""
    if last in _CLAUSE_END and last not in _IMPERATIVES:
        return None
    for kind in _PROMPT_KINDS:
        if f"{_PROMPT}{kind}{_ACTION}" in cues and f"{_PROMPT}{kind}{_OBJECT}" in cues:
            return kind
    return None


def _followed_by_separator(raw: str, n_words: int) -> bool:
    """True if the n-th word of ``raw`` is followed by ``:``/``-``/``|``."""
    parts = raw.strip().split()
    if len(parts) < n_words:
        return False
    joined = " ".join(parts[:n_words])
    tail = raw.strip()[len(joined):].lstrip() if raw.strip().startswith(joined) else ""
    if parts[n_words - 1][-1:] in ":-–—|>»›":
        return True
    return tail[:1] in (":", "-", "–", "—", "|", ">", "»", "›", "")


def line_features(text: str) -> LineFeatures:
    """Compute :class:`LineFeatures` for one line's content.

    A long line (a paragraph) is read from its opening and its end only: its
    shape is plain by then, and reading all of it would make the cost of a
    line grow with cues that only short lines carry.

    The features of a short line are remembered (the last
    :data:`MEMO_LINES` of them, per process): a site's menus, share bars,
    widget labels and footers recur on every page of a crawl, and a line's
    features depend on nothing but its text and the lexicon.  The result is
    shared, so it must not be changed.

    >>> line_features("Share this article") is line_features("Share this article")
    True
    """
    if len(text) <= MEMO_MAX_CHARS:
        return _remembered_line_features(text)
    return _read_line(text)


#: How many short lines' features :func:`line_features` remembers.
MEMO_LINES = 16_384
#: The longest line (in characters) whose features are remembered: furniture
#: is short, while a paragraph seldom recurs and would hold on to memory.
MEMO_MAX_CHARS = 160


@functools.lru_cache(maxsize=MEMO_LINES)
def _remembered_line_features(text: str) -> LineFeatures:
    return _read_line(text)


def forget_line_features() -> None:
    """Empty the memo of :func:`line_features` (benchmarks measure a cold start with it)."""
    _remembered_line_features.cache_clear()


def _read_line(text: str) -> LineFeatures:
    probe = text if len(text) <= _PROBE_CHARS else f"{text[:_PROBE_HEAD]} {text[-_PROBE_TAIL:]}"
    simple = simplify(probe)
    folded = simple.strip(_EDGE_PUNCT)
    n_words = len(text.split())
    folded_words = folded.split()
    bare_words = [w.strip(_EDGE_PUNCT) for w in folded_words[:8]]
    stop = sum(map(_STOP.__contains__, folded_words))
    # A visarga typed for a colon ("... तय किए हैंः") ends the line as a colon would.
    last = folded_words[-1].rstrip("।॥.?!\"'”’ः") if folded_words else ""
    # Every cue is read by one scan, and only from lines short enough to hold one.
    cues, contained_kind = _scan_cues(simple) if n_words <= _MAX_CUE_WORDS else (frozenset(), None)
    kind, whole = _marker(folded, probe, n_words, bare_words)
    if kind is None and cues and n_words <= _MAX_PROMPT_WORDS:
        kind = _prompt_kind(cues, last)
    if kind is None and n_words <= _MAX_CONTAINS_WORDS:
        # A phrase inside the line counts after a prompt: "... चैनल से जुड़ने के लिए
        # यहां क्लिक करें" is a follow prompt before it is a "click here" link.
        kind = contained_kind
    marker_phrase = _list_marker_phrase(folded)
    is_list_marker = marker_phrase is not None
    list_kind = _LIST[marker_phrase] if marker_phrase is not None else None
    if kind == "tags" and not is_list_marker and n_words <= _MAX_OWNED_MARKER_WORDS and not any(
        c in text for c in ",:|"
    ):
        is_list_marker, list_kind = True, "tags"  # "Topics You May Be Interested In" over its tags
    # (a trail "Business News › Economy" names sections too, but it is a breadcrumb)
    crumbs = n_words <= _MAX_CONTAINS_WORDS and _CRUMB_HINT.search(text) is not None and _is_breadcrumb(text)
    sections = n_words <= _MAX_CONTAINS_WORDS and not crumbs and _names_sections(folded, folded_words)
    if sections and not whole:
        kind, whole = "navigation", True  # a menu row ("वीडियो गैलरी फोटो मैगजीन"), whatever its items cue
    if kind is None and marker_phrase is not None:
        # A list marker no widget table names ("Related Tags", "डीडब्ल्यू की टॉप स्टोरी").
        kind, whole = _MARKER_LINE_KIND.get(list_kind, list_kind) or "related", True
    if n_words <= 3 and text.rstrip().endswith("*") and any(c.isalpha() for c in text):
        kind, whole = "comments", True  # a comment form's required field: "Email *", "नाम *"
    if kind is None and n_words <= 3 and _player_chrome(text.strip()):
        kind, whole = "ui", True  # a gallery's "2 / 5", an image's file path left by the scraper
    platforms = _platform_names(folded) if n_words <= _MAX_PLATFORM_WORDS else 0
    if kind is None and platforms >= 2:
        kind, whole = "share", True  # "Facebook Twitter WhatsApp": share buttons (see labels.md)
    first = bare_words[0] if bare_words else ""
    first_two = " ".join(bare_words[:2])
    names_a_thing = len(bare_words) > 1 and bare_words[1] in _POSTPOSITIONS
    # Devanagari takes three bytes in UTF-8 and ASCII one, so the byte count
    # tells how much of the line is Devanagari without a pass in Python.
    latin = sum(map(len, _LATIN.findall(probe)))
    deva = max(0, len(probe.encode("utf-8", "surrogatepass")) - len(probe)) // 2
    letters = deva + latin or 1
    # Cues of furniture, times and credits live on short lines.
    short = n_words <= _MAX_CONTAINS_WORDS
    digits = short and _DIGITS.search(text) is not None
    dates = _DATE.findall(text) if digits else []
    times = _TIME.findall(text) if digits else []
    date_chars = sum(map(len, dates)) + sum(map(len, times))
    return LineFeatures(
        text=text,
        folded=folded,
        words=n_words,
        devanagari=deva / letters,
        latin=latin / letters,
        stop_share=stop / len(folded_words) if folded_words else 0.0,
        terminals=_count_terminals(probe),
        ends_terminal=bool(_ENDS_TERMINAL.search(text[-8:])),
        ends_clause=last in _CLAUSE_END or _FUTURE_VERB.search(last) is not None,
        has_date=bool(dates),
        has_time=bool(times),
        date_share=date_chars / max(1, len(text) - text.count(" ")),
        marker_kind=kind,
        marker_whole=whole,
        list_kind=list_kind,
        is_list_marker=is_list_marker,
        byline_cue=n_words <= 14 and (first_two in _BYLINE or (first in _BYLINE and not names_a_thing)),
        meta_cue=n_words <= 16 and (first in _META or first_two in _META or _READ_TIME_CUE in cues),
        caption_cue=short and _CAPTION_CUE in cues,
        embed_cue=_EMBED_CUE in cues,
        teaser=simple.rstrip(" .…").endswith(_TEASER_ENDS) or simple.rstrip().endswith(_TEASER_ENDS),
        video_cue=short and _VIDEO_CUE in cues,
        separators=_piped_menu(text) or sections or (short and _is_menu_row(text)),
        breadcrumb=crumbs,
        relative_time=digits and bool(_RELATIVE_TIME.search(text)),
        credit=n_words <= 8 and "," in text and (any(w in _CREDIT for w in bare_words) or _names_and_place(folded)),
        platforms=platforms > 0,
    )


def _list_marker_phrase(folded: str) -> str | None:
    """The list marker a line is: the whole line, or a marker owned by the
    site ("डीडब्ल्यू की टॉप स्टोरी", "आजतक के वीडियो")."""
    if folded in _LIST:
        return folded
    number, _, rest = folded.partition(" ")
    if number.isdigit() and rest in _LIST:
        return rest  # "2 टिप्पणियां", "15 Comments"
    name, _, last = folded.rpartition(" ")
    if last in _OWNED_VIDEO_WORDS and last in _LIST and name and len(folded.split()) <= _MAX_OWNED_MARKER_WORDS - 2:
        return last  # a site's own video rail: "HW News Videos", "Ground Report Videos"
    if (last in _OWNED_VIDEO_WORD and name and len(folded.split()) <= _MAX_OWNED_MARKER_WORDS - 3
            and not any(w in _POSTPOSITIONS for w in name.split())):
        return last  # "यूपी तक वीडियो", "Zee News Video"; a title ends so too ("हादसे का वीडियो"), with a postposition
    if _POSSESSIVE_GAP.search(folded) is None:
        return None
    words = folded.split(" ")
    if not 3 <= len(words) <= _MAX_OWNED_MARKER_WORDS:
        return None
    for i in range(1, len(words) - 1):
        if words[i] in _POSSESSIVES:
            tail = " ".join(words[i + 1 :])
            return tail if tail in _LIST else None
    return None


def _player_chrome(line: str) -> bool:
    """A photo gallery's counter ("2 / 5") or an image's file path or name
    left as text ("/media/2025/03/protest.jpg)")."""
    return photo_counter(line) or _IMAGE_FILE.fullmatch(line) is not None


def photo_counter(line: str) -> bool:
    """A photo gallery's counter: which photo of how many.

    >>> photo_counter("2 / 5"), photo_counter("12/03")
    (True, False)
    """
    counter = _PHOTO_COUNTER.fullmatch(line.strip())
    return counter is not None and 1 <= int(counter[1]) <= int(counter[2]) and int(counter[2]) > 1


def _names_and_place(folded: str) -> bool:
    """A reporter's credit: a name, then the place filed from ("अमित कुमार, नई दिल्ली")."""
    name, _, place = folded.rpartition(",")
    name_words = name.split()
    return (
        place.strip(_EDGE_PUNCT) in _PLACE_NAMES and 1 <= len(name_words) <= _MAX_NAME_WORDS
        and not any(w in _STOP or any(c.isdigit() for c in w) for w in name_words)
    )


def _platform_names(folded: str) -> int:
    """How many social platforms a line names, if it names nothing else
    ("Twitter Facebook WhatsApp Email": 4, "Google News": 1), else 0."""
    first = _PLATFORM_TOKEN.search(folded)
    if first is None or first.group() not in _PLATFORM_FIRSTS:
        return 0  # most lines: the first word names no platform
    words = [w for w in _PLATFORM_SPLIT.split(folded) if w]
    i = count = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in _PLATFORMS:
            i += 2  # "google news"
        elif words[i] in _PLATFORMS:
            i += 1
        else:
            return 0
        count += 1
    return count


def _is_menu_row(text: str) -> bool:
    """A site menu, language bar, pagination or footer row flattened onto one
    line: three or more short items parted by runs of spaces or tabs
    ("होम  देश  विदेश  राज्य", "« Prev  1  2  3  Next »")."""
    if "  " not in text and "\t" not in text:
        return False
    items = [item for item in _MENU_GAP.split(text.strip()) if item]
    return (
        len(items) >= _MIN_MENU_ITEMS
        and all(len(item.split()) <= 3 for item in items)
        and not any(c in text for c in "।?!")
    )


def _piped_menu(text: str) -> bool:
    """Three or more items parted by "|", most of them words: a menu (a row
    of market figures, "सेंसेक्स: 74,886 | निफ्टी: 22,704", is data)."""
    if text.count("|") < 2:
        return False
    items = text.split("|")
    figures = sum(sum(c.isdigit() for c in item) >= _FIGURE_DIGITS for item in items)
    return 2 * figures <= len(items)


def _names_sections(folded: str, words: list[str]) -> bool:
    """A site menu, footer or pagination row written with single spaces: three
    or more of the sections and links a site lists ("होम देश राज्य दुनिया
    क्रिकेट", "About Us Contact Us Privacy Policy", "« पिछला 1 2 3 अगला »"),
    and next to nothing else."""
    if len(words) < _MIN_MENU_ITEMS:
        return False
    # Only a word of some item, or a page mark, can be covered: count those first.
    coverable = sum(map(_SECTION_WORDS.__contains__, words)) + len(_PAGE_MARK_WORD.findall(folded))
    if coverable < _MENU_COVER * len(words):
        return False
    i = items = covered = 0
    # Words no item covers, at most; a line of prose runs out of them in a word or two.
    spare = int(len(words) * (1 - _MENU_COVER))
    while i < len(words):
        if i - covered > spare:
            return False
        for size in (3, 2, 1):
            phrase = " ".join(words[i : i + size])
            if len(words) - i >= size and (phrase in _SECTIONS or (size == 1 and _PAGE_MARK.fullmatch(phrase))):
                items += 1
                covered += size
                i += size
                break
        else:
            i += 1
    return items >= _MIN_MENU_ITEMS and covered >= _MENU_COVER * len(words)


def _is_breadcrumb(text: str) -> bool:
    """"होम / राज्य / उत्तर प्रदेश", "Home > National News", "राजनीति ›", and
    a trail that ends with the story's title."""
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(text)]
    if len(parts) < 2 and text.count("/") >= 2 and "://" not in text:
        parts = [p.strip() for p in text.split("/")]  # "Hindi News/Local/Rajasthan/Jaipur/..."
    if len(parts) < 2 or not all(any(c.isalpha() for c in p) for p in parts):
        return False
    if all(len(p.split()) <= 4 for p in parts) and not any(c in text for c in "।?!"):
        return True
    # A trail that ends with the article's own title: "Hindi News / Rajasthan / Jaipur / <headline>",
    # or a shorter one from the home page: "होम » दिल्ली » <headline>".
    trail = parts[:-1]
    from_home = fold(trail[0]) in _HOME_CRUMBS
    return (len(trail) >= (2 if from_home else 3) and all(len(p.split()) <= 4 for p in trail)
            and not any("।" in p for p in trail))


def _count_terminals(text: str) -> int:
    """Sentence ends in a line; the full stop of "डॉ." or "एस." ends nothing."""
    if "." not in text:  # Hindi prose ends sentences with dandas: no full stop to weigh
        return text.count("।") + text.count("॥") + text.count("?") + text.count("!")
    count = len(_TERMINAL.findall(text))
    for word in _WORD_BEFORE_DOT.findall(text):
        key = fold(word)
        if key in _ABBREVIATIONS or len(key) <= 2:
            count -= 1
    return max(0, count)


def future_verb(word: str) -> bool:
    """A verb in the future tense ("मिलेगा", "करेंगी", "होंगे").

    >>> future_verb("मिलेगा"), future_verb("मेला")
    (True, False)
    """
    return _FUTURE_VERB.search(word) is not None


def has_digits(text: str) -> bool:
    return bool(_DIGITS.search(text))


load_lexicon()  # last: it builds the tables and empties the memo of line_features
