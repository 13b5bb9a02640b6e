"""Find the dateline that opens a story paragraph.

Hindi desks open a story with its place, and sometimes a date and the
agency or reporter that filed it, ended by ``:``, ``ः`` (a visarga typed for
a colon), ``।``, ``|`` or a dash::

    >>> d = find_dateline("नई दिल्ली, 12 अगस्त (भाषा)। सरकार ने आज कहा ...")
    >>> d.place, d.date, d.agency, d.text
    ('नई दिल्ली', '12 अगस्त', 'भाषा', 'नई दिल्ली, 12 अगस्त (भाषा)।')
    >>> find_dateline("लखनऊ में गुरुवार को बैठक हुई।") is None
    True

The place is written out as it stands; a place named in the middle of a
sentence is not a dateline.
"""

from __future__ import annotations

import unicodedata

import regex

from hindinews import lexicon
from hindinews.model import Dateline

# Letters that carry a nukta, precomposed (NFC keeps them decomposed, so
# only a text holding one of these needs the decomposing round trip).
_NUKTA_LETTERS = regex.compile("[\u093c\u0929\u0931\u0934\u0958-\u095f]")


def _key(text: str) -> str:
    if text.isascii():
        return text.casefold().strip()
    if _NUKTA_LETTERS.search(text):
        text = unicodedata.normalize("NFD", text).replace("\u093c", "")
    return unicodedata.normalize("NFC", text).casefold().strip()


_AGENCIES: frozenset[str]
_AGENCY_TAILS: frozenset[str]
_NOT_PLACE: frozenset[str]
_PLACES: frozenset[str]
_QA: frozenset[str]
_REGIONS: frozenset[str]


def load_lexicon() -> None:
    """(Re)build the lookup sets from :mod:`hindinews.lexicon` (at import, and
    from :func:`hindinews.reload_lexicon`)."""
    global _AGENCIES, _AGENCY_TAILS, _NOT_PLACE, _PLACES, _QA, _REGIONS
    _AGENCIES = frozenset(_key(a) for a in lexicon.AGENCIES)
    _AGENCY_TAILS = frozenset(_key(a) for a in lexicon.AGENCY_TAILS)
    # (a weekday opens a site's date strip, "सोमवार, 06 मार्च 2023"; "उत्तर:" answers a question)
    _NOT_PLACE = frozenset(
        _key(w) for w in (*lexicon.NOT_PLACE_WORDS, *lexicon.STOPWORDS, *lexicon.CLAUSE_ENDINGS, *lexicon.WEEKDAYS)
    )
    _QA = frozenset(_key(w) for w in lexicon.QA_LABELS)
    _PLACES = frozenset(_key(p) for p in lexicon.PLACES)
    _REGIONS = frozenset(_key(p) for p in lexicon.REGIONS)


load_lexicon()

# (a full stop after a Hindi month is the dateline's separator: "गाजीपुर, 12 सितंबर. ..."; after
# an English one it may close an abbreviation: "Sept.")
_MONTH = (
    r"(?:जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|"
    r"नवम्बर|दिसंबर|दिसम्बर|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
)
_DIGIT = r"[0-9०-९]"
# A word of a place name: Devanagari letters and marks, or a capitalised
# Latin word.  Bounded repeats keep every pattern linear.
# Devanagari letters and marks without the visarga (which stands in for a
# colon after a place), the dandas and the digits.
_WORDCH = r"[\u0900-\u0902\u0904-\u0963\u0970-\u097F\u200c\u200d]"
# (a Latin word's full stop before a space or the story's first word is the dateline's, "BHOPAL.")
_PLACE_WORD = rf"(?:{_WORDCH}{{1,25}}|\p{{Lu}}(?:\p{{Ll}}|\.(?![ \u0900-\u097F])){{1,20}})"
_PLACE = rf"{_PLACE_WORD}(?:(?:[ ]|[ ]?/[ ]?|-){_PLACE_WORD}){{0,3}}"
_DATE = (
    rf"(?:{_DIGIT}{{1,2}}[ ]{{0,2}}{_MONTH}(?:,?[ ]{{0,2}}{_DIGIT}{{4}})?|{_MONTH}[ ]{{0,2}}{_DIGIT}{{1,2}}"
    rf"(?:,?[ ]{{0,2}}{_DIGIT}{{4}})?|{_DIGIT}{{1,2}}[-/.]{_DIGIT}{{1,2}}[-/.]{_DIGIT}{{2,4}})"
)
_BRACKET = r"\([^()\n]{1,40}\)"
_CREDIT = r"[^,:।|()\n\p{Nd}]{1,40}"
# (a full stop ends a dateline too, "पटना. बिहार में ...", but only after a known place; a
# scraper may have lost the space after it: "BHOPAL.मध्य प्रदेश में ...")
# (a government press release writes "धमतरी, 20 नवंबर 2024/": a slash after a date)
_SEP = r"[ ]{0,2}(?:[:ः।|/]|[-–—](?![-–—])|\.(?=[ \u00a0]|[\u0900-\u097F]))"

_DATELINE = regex.compile(
    rf"""(?xi)
    (?P<place>{_PLACE})
    (?:[ ]{{0,2}},?[ ]{{0,2}}(?P<bracket1>{_BRACKET}))?
    (?:[ ]{{0,2}},?[ ]{{0,2}}(?P<date>{_DATE}))?
    (?:[ ]{{0,2}},[ ]{{0,2}}(?P<credit>{_CREDIT}))?
    (?:[ ]{{0,2}}(?P<bracket2>{_BRACKET}))?
    (?P<sep>{_SEP})?
    """
)
# The credit before the place: "जागरण संवाददाता, वाराणसी।", "नईदुनिया प्रतिनिधि, इंदौर।".
_CREDIT_FIRST = regex.compile(
    rf"""(?xi)
    (?P<credit>{_WORDCH}{{1,20}}(?:[ ]{_WORDCH}{{1,20}}){{0,2}})[ ]{{0,2}},[ ]{{0,2}}
    (?P<place>{_PLACE})
    (?:[ ]{{0,2}}(?P<bracket>{_BRACKET}))?
    (?P<sep>{_SEP})
    """
)
_CREDIT_REACH = 64
_LATIN_BRAND = regex.compile(r"\p{Lu}[\p{Latin}0-9]*(?:[ ]\p{Lu}[\p{Latin}0-9]*){0,3}")
# The outlet in brackets or before a pipe, then the place: "(आज समाज), पानीपत:",
# "Ground Report | सीहोर:".
_OUTLET_FIRST = regex.compile(
    rf"""(?xi)
    (?:\((?P<bracketed>[^()\n]{{1,40}})\)[ ]{{0,2}},?
      |(?P<piped>\p{{L}}[\p{{L}}\p{{M}}]{{0,20}}(?:[ ]\p{{L}}[\p{{L}}\p{{M}}]{{0,20}}){{0,3}})[ ]{{0,2}}\|)
    [ ]{{0,2}}(?P<place>{_PLACE})
    (?P<sep>[ ]{{0,2}}[:ः।])
    """
)
# A desk or bureau alone: "डेस्क-", "नेशनल डेस्क:".
# (a desk may be followed by a comma too: "बिज़नेस न्यूज़ डेस्क, सोने के दाम ...")
_DESK = regex.compile(
    rf"(?xi)(?P<agency>(?:{_WORDCH}{{1,20}}[ ]){{0,2}}(?:डेस्क|ब्यूरो|desk|bureau))(?P<sep>{_SEP}|,(?=[ ]))"
)
_MAX_REPORTER_WORDS = 3
_MAX_CREDIT_WORDS = 4
_LEAD = regex.compile(r"[\s\u200b\u200c\u200d\ufeff\"'“‘*•]*")
_LEAD_CHARS = frozenset("\u200b\u200c\u200d\ufeff\"'“‘*•")
_DESK_WORDS = ("डेस्क", "ब्यूरो", "desk", "bureau")
# The desk word ends at most two words of twenty letters in: it stands in
# the opening characters or not at all.
_DESK_REACH = 60
_DIGIT_BRACKET_COMMA = regex.compile(r"[(,0-9०-९]")


def _lead_end(text: str) -> int:
    """Where ``text`` starts after leading space, quotes and bullets."""
    first = text[:1]
    if not (first in _LEAD_CHARS or first.isspace()):
        return 0  # the common case: no regex call
    lead = _LEAD.match(text)
    return lead.end() if lead else 0


def _may_name_desk(paragraph: str, begin: int) -> bool:
    """A cheap necessary condition for :data:`_DESK` (most lines name no desk)."""
    head = paragraph[begin : begin + _DESK_REACH].casefold()
    return any(word in head for word in _DESK_WORDS)
_MAX_WORDS = 4
# What ends a dateline standing alone on its line ("लखनऊ:", "जयपुर।").
_ALONE_SEPARATORS = (":", "ः", "-", "—", "।", "|")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
_PHOTO_WORDS = regex.compile(r"(?i)(?:फ\u093c?|\u095e)ोटो|तस्वीर|सांकेतिक|photo|image|file pic|pic:")


def _is_agency(credit: str) -> bool:
    key = _key(credit)
    if key in _AGENCIES:
        return True
    words = key.split()
    # (an outlet's own desk: "हिन्दुस्तान टीम", "जन जागरण टाइम्स संवाददाता")
    return bool(words) and len(words) <= _MAX_CREDIT_WORDS and words[-1] in _AGENCY_TAILS


def _names_reporter(credit: str, place: str, sep: str) -> bool:
    """A reporter's name after a known place ("जबलपुर, संदीप कुमार।"): two or
    three words, none a place, a weekday or a word of a sentence."""
    words = _key(credit).split()
    return (
        sep in ("।", ":", "ः") and _key(place) in _PLACES and 2 <= len(words) <= _MAX_REPORTER_WORDS
        and not any(w in _NOT_PLACE or w in _PLACES or w in _REGIONS for w in words)  # (weekdays are not places)
    )


def _known_place(key: str) -> bool:
    """A place the lexicon knows, or places it knows joined by "/" ("बीजापुर/भोपालपटनम")."""
    return key in _PLACES or all(p in _PLACES for p in key.replace("/", " / ").split(" / "))


def _place_ok(place: str, strong: bool) -> bool:
    key = _key(place)
    if key in _QA:
        return False
    words = key.replace("/", " ").split()
    if not words or len(words) > _MAX_WORDS or any(w in _NOT_PLACE for w in words):
        return False
    known = _known_place(key)
    if _LATIN_LETTER.search(place):
        return known
    # A place with a weak separator ("पटना। ") and nothing else may just be a
    # short opening sentence: accept only short names.
    return known or strong or len(words) <= 2


def find_dateline(paragraph: str, offset: int = 0) -> Dateline | None:
    """The :class:`Dateline` opening ``paragraph``, or None.

    ``offset`` is where the paragraph stands in the article text; the
    returned ``start``/``end`` are shifted by it.
    """
    begin = _lead_end(paragraph)
    # (before a desk alone: "डिजिटल डेस्क, नागपुर।" names the place after the desk)
    if "," in paragraph[begin : begin + _CREDIT_REACH]:
        credit_first = _credit_first(paragraph, offset, begin)
        if credit_first is not None:
            return credit_first
    desk = _DESK.match(paragraph, begin) if _may_name_desk(paragraph, begin) else None
    if desk and (desk.end() >= len(paragraph) or paragraph[desk.end()] in " \u00a0\t" or desk["sep"] != "-"):
        return _make(paragraph, offset, begin, desk.end(), None, None, desk["agency"].strip())
    if paragraph[begin : begin + 1] == "(" or "|" in paragraph[begin : begin + _CREDIT_REACH]:
        outlet_first = _outlet_first(paragraph, offset, begin)
        if outlet_first is not None:
            return outlet_first
    match = _DATELINE.match(paragraph, begin)
    if match is None:
        return None
    end = match.end()
    rest = paragraph[end:]
    sep = (match["sep"] or "").strip()
    if not sep:
        # Wire copy writes "नयी दिल्ली, 12 अगस्त (वार्ता) केंद्र ..." with no
        # separator: a date and a bracketed agency are evidence enough.
        if not (match["date"] and match["bracket2"] and rest[:1] in (" ", "\u00a0")):
            return None
    elif not _ends_prefix(sep, rest):
        return None
    if match["date"] and not match["bracket2"] and "," not in paragraph[match.end("place") : match.start("date")]:
        return None  # a date with no comma before it is a dateline's only in wire copy's "(वार्ता)" form
    place = match["place"].strip()
    agency = None
    date = match["date"].strip() if match["date"] else None
    for group in ("bracket1", "credit", "bracket2"):
        value = match[group]
        if value:
            value = value.strip().strip("()").strip()
            if _PHOTO_WORDS.search(value):
                return None  # "दिल्ली मेट्रो (फाइल फोटो)" is a caption
            if group == "credit" and _key(value) in _REGIONS and date is None:
                # "भोपाल, मध्यप्रदेश।": the state is part of the place
                place = paragraph[match.start("place") : match.end("credit")].strip()
                continue
            if group == "credit" and not (_is_agency(value) or _names_reporter(value, place, sep)):
                return None
            if _key(value) in _REGIONS:
                continue  # "बरेली (उप्र)": the state, not who filed it
            agency = agency or value
    credited = date is not None or agency is not None
    known_place = _key(place) in _PLACES
    if sep == "." and not known_place and date is None:
        return None  # "डॉ. राम ...": a full stop after an unknown word ends an abbreviation (not after a date)
    if sep == "/" and date is None:
        return None  # a slash ends only a press release's date ("धमतरी, 20 नवंबर 2024/")
    if sep in "-–—" and not (credited or known_place):
        return None  # "शनैः – शनैः": a dash alone is too weak a separator
    # A visarga is a typed colon after a known place ("नई दिल्लीः"); after
    # other words it may end an adverb ("अतः"), so it counts as weak.
    if not _place_ok(place, sep == ":" or credited or (sep == "ः" and known_place)):
        return None
    return _make(paragraph, offset, begin, end, place, date, agency)


def _ends_prefix(sep: str, rest: str) -> bool:
    """The separator ends the prefix: a dash inside a word ("लश्कर-ए") or a
    colon in a time ("10:30") does not."""
    return not (sep in "-–—" and rest[:1] not in (" ", "\u00a0", "")) and not rest[:1].isdigit()


def _credit_first(paragraph: str, offset: int, begin: int) -> Dateline | None:
    """A dateline that names who filed it before the place."""
    match = _CREDIT_FIRST.match(paragraph, begin)
    if match is None:
        return None
    sep = match["sep"].strip()
    rest = paragraph[match.end() :]
    if not _ends_prefix(sep, rest):
        return None
    place = match["place"].strip()
    # An agency or desk, or a reporter's name before a known place ("नीलेश तिवारी, रायपुर।").
    if not (_is_agency(match["credit"]) or _names_reporter(match["credit"], place, sep)):
        return None
    if not _place_ok(place, True):
        return None
    return _make(paragraph, offset, begin, match.end(), place, None, match["credit"].strip())


def _outlet_first(paragraph: str, offset: int, begin: int) -> Dateline | None:
    """A dateline that names the outlet, in brackets or before a pipe, then the place."""
    match = _OUTLET_FIRST.match(paragraph, begin)
    if match is None or not _ends_prefix(match["sep"].strip(), paragraph[match.end() :]):
        return None
    place = match["place"].strip()
    sep = match["sep"].strip()
    # (a full stop or danda after an unknown word may end a short sentence)
    if not _place_ok(place, True) or (sep == "।" and _key(place) not in _PLACES):
        return None
    outlet = (match["bracketed"] or match["piped"]).strip()
    if _PHOTO_WORDS.search(outlet):
        return None  # "(फाइल फोटो) लखनऊ: ..." is a caption's credit
    # Before a pipe, an unknown place needs a name that is plainly an outlet's:
    # an agency, or a brand in Latin letters ("मोदी | भाजपा:" is a title).
    if match["piped"] and _key(place) not in _PLACES and not (_is_agency(outlet) or _LATIN_BRAND.fullmatch(outlet)):
        return None
    return _make(paragraph, offset, begin, match.end(), place, None, outlet)


def _make(
    paragraph: str, offset: int, begin: int, end: int, place: str | None, date: str | None, agency: str | None
) -> Dateline:
    text = paragraph[begin:end].rstrip()
    return Dateline(
        text=text,
        place=place,
        date=date,
        agency=agency,
        start=offset + begin,
        end=offset + begin + len(text),
    )


# Who filed it, a dash, then the place, alone on a line: "दिव्य हिमाचल ब्यूरो — शिमला",
# "स्टाफ रिपोर्टर - धर्मशाला".
_CREDIT_DASH_PLACE = regex.compile(
    rf"""(?xi)
    (?P<credit>{_WORDCH}{{1,20}}(?:[ ]{_WORDCH}{{1,20}}){{0,2}})[ ]{{0,2}}[-–—][ ]{{0,2}}
    (?P<place>{_PLACE})[ ]{{0,2}}[:ः।|]?
    """
)


def _credit_then_place(stripped: str) -> tuple[str, str] | None:
    """(credit, place) of a line that is only a credit, a dash and a known place."""
    if "-" not in stripped and "–" not in stripped and "—" not in stripped:
        return None
    match = _CREDIT_DASH_PLACE.fullmatch(stripped)
    if match is None or not _is_agency(match["credit"]):
        return None
    place = match["place"].strip()
    if not _known_place(_key(place)):
        return None
    return match["credit"].strip(), place


def is_dateline_only(line: str) -> bool:
    """True if the whole line is a dateline with nothing after it
    (``नई दिल्ली, 12 अगस्त (भाषा)`` alone on its line)."""
    if len(line) > 80:
        return False
    stripped = line.strip()
    if _credit_then_place(stripped) is not None:
        return True
    if stripped[-1:] in _ALONE_SEPARATORS and len(stripped) <= 30:
        # A known place alone with its separator ("लखनऊ:"); an unknown word
        # there is more likely a subhead ("निष्कर्ष:").
        alone = find_dateline(stripped + " ")
        if alone is not None and alone.place and alone.text == stripped and _key(alone.place) in _PLACES:
            return True
    # Otherwise it needs a date or a credit: a digit, a bracket or a comma.
    if _DIGIT_BRACKET_COMMA.search(line) is None:
        return False
    found = find_dateline(line + " :")
    if found is None or found.place is None:
        return False
    tail = line[found.end :].strip(" :।|-–—")
    # (a reporter's name and a place alone on a line, "अमित कुमार, नई दिल्ली", is a byline)
    # (a bracket after an unknown word is a unit or a note, "खरीदी (क्विंटल)", not a reporter)
    credited = found.agency is not None and (
        _is_agency(found.agency) or ("(" in found.text and _key(found.place) in _PLACES)
    )
    return tail == "" and (found.date is not None or credited)


def standalone_dateline(line: str, offset: int = 0) -> Dateline | None:
    """The :class:`Dateline` of a line that holds only a dateline, or None."""
    if not is_dateline_only(line):
        return None
    credited = _credit_then_place(line.strip())
    if credited is not None:
        begin = len(line) - len(line.lstrip())
        text = line.strip()
        return Dateline(text, credited[1], None, credited[0], offset + begin, offset + begin + len(text))
    found = find_dateline(line if line.rstrip()[-1:] in _ALONE_SEPARATORS else line + " :", offset)
    if found is None:
        return None
    stripped = line.rstrip()
    lead = _LEAD.match(line)
    begin = lead.end() if lead else 0
    return Dateline(stripped[begin:], found.place, found.date, found.agency, offset + begin, offset + len(stripped))
