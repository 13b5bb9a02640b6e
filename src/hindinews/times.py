"""Publication and update times from the meta and byline lines of a Hindi news page.

:func:`parse_time` reads one date (and optional clock time and zone) into a
timezone-aware :class:`~datetime.datetime`; :func:`published_and_updated`
sorts the dated lines of an article into its publication and update times::

    >>> parse_time("Updated: 09 Apr, 2018 11:26 AM")
    datetime.datetime(2018, 4, 9, 11, 26, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800), 'IST'))
    >>> parse_time("अपडेटेड: १२ अगस्त २०२४, 10:30 AM (IST)").isoformat()
    '2024-08-12T10:30:00+05:30'
    >>> parse_time("By  Unknown  August 01, 2010  7 comments").isoformat()
    '2010-08-01T00:00:00+05:30'
    >>> parse_time("31 फरवरी 2020") is None
    True

How it reads
------------
No ``dateutil``: its fuzzy mode turns stray numbers ("7 comments", "Rs. 49/-")
into days, and it knows no Hindi.  Instead the text is normalised (NFC, nukta
dropped, Devanagari digits to ASCII, dashes to ``-``, whitespace runs to one
space) and scanned once by a single regular expression with four date shapes:

* year first, ``2024-03-05`` / ``2024/03/05``, optionally ISO ``T09:15:00+05:30``;
* day first, numeric, ``05/03/2024``, ``12.08.2023``, ``24-03-2019`` (the
  Indian convention; ``03/25/2024`` is refused, never read month-first);
* day, month name, year: ``09 Apr, 2018``, ``24-Mar-2019``, ``22-जुलाई-2019``;
* month name, day, year: ``Aug 2, 2021``, ``February 14, 2020``.

Month names come only from :mod:`hindinews.lexicon_time` and must stand as
whole words; years must have four digits (two-digit years are refused) and
lie in 1900-2099.  After a date, a clock time may follow (``11:26 AM``,
``4:52PM``, ``14:05``, ``10.30 am``, ``शाम 4:52 बजे``) and then a zone
(``IST``, ``(IST)``, ``GMT+5:30``, ``+05:30``); a time may also come just
before the date.  Every separator is a bounded repeat of a character class
and no quantifier is nested, so a scan is linear in the length of the text.

Refusing is preferred to guessing: an impossible date, an impossible or
ambiguous time (``25:10``, ``14:05 AM``, ``4 बजे`` without a part of day),
an unknown zone abbreviation (``BST``), or a weekday that contradicts the
date rejects that candidate, and the scan moves on.  A date without a time
is midnight; a text without a zone is in ``default_tz`` (:data:`IST`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Final, Literal, TypeAlias

from hindinews import lexicon_time as lex
from hindinews.normalize import nfc

__all__ = ["IST", "parse_time", "published_and_updated"]

IST: Final = timezone(timedelta(hours=5, minutes=30), "IST")
"""India Standard Time, UTC+05:30: the zone of a time that states none."""

_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2099

# --------------------------------------------------------------------------- normalisation

_DEVANAGARI_DIGITS: Final = {0x0966 + i: str(i) for i in range(10)}
_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u093c\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATE: Final[dict[int, str | None]] = {**_DEVANAGARI_DIGITS, **_DASHES, **_INVISIBLE}
_SPACES: Final = re.compile(r"\s+")  # Unicode \s: NBSP, tabs, newlines, ...


def _normalize(text: str) -> str:
    """Fold the spellings the patterns should not care about.

    >>> _normalize("\\xa0\\xa0दिनांक  २२–फ़रवरी–२०१९") == " दिनांक 22-फरवरी-2019"
    True
    """
    text = nfc(text).translate(_TRANSLATE)
    return _SPACES.sub(" ", text)


def _fold_key(word: str) -> str:
    return _normalize(word).lower()


def _folded(table: Mapping[str, int]) -> dict[str, int]:
    return {_fold_key(k): v for k, v in table.items()}


_MONTHS: Final = _folded(lex.MONTHS)
_WEEKDAYS: Final = _folded(lex.WEEKDAYS)
_PERIODS: Final = {_fold_key(k): v for k, v in lex.DAY_PERIODS.items()}


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- patterns

_LETTER: Final = r"A-Za-z\u0900-\u0963\u0971-\u097f"  # Devanagari without danda, digits, ॰
_START: Final = rf"(?<![0-9{_LETTER}])"  # no letter or digit just before
_WORD_END: Final = rf"(?![{_LETTER}])"  # no letter just after
_MONTH: Final = _alternation(list(_MONTHS))
_ORDINAL: Final = r"(?:st|nd|rd|th)?"

_DATE: Final = re.compile(
    "|".join(
        (
            # 2024-03-05, 2024/3/5, 2024-03-05T09:15:00.123+05:30
            rf"{_START}(?<![0-9][./-])(?P<y_iso>[0-9]{{4}})(?P<s_iso>[./-])(?P<m_iso>[0-9]{{1,2}})"
            rf"(?P=s_iso)(?P<d_iso>[0-9]{{1,2}})(?![0-9])"
            r"(?:T(?P<h_iso>[0-9]{2}):(?P<mi_iso>[0-9]{2})"
            r"(?::(?P<s_iso2>[0-9]{2})(?:[.,](?P<f_iso>[0-9]{1,9}))?)?(?![0-9])"
            r"(?P<z_iso>Z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9]))?",
            # 05/03/2024, 12.08.2023, 24-03-2019 (day first)
            rf"{_START}(?<![0-9][./-])(?P<d_num>[0-9]{{1,2}})(?P<s_num>[./-])(?P<m_num>[0-9]{{1,2}})"
            r"(?P=s_num)(?P<y_num>[0-9]{4})(?![0-9])(?![./][0-9])",
            # 09 Apr, 2018 / 24-Mar-2019 / 22-जुलाई-2019 / 1st of August 2020
            rf"{_START}(?P<d_dmy>[0-9]{{1,2}}){_ORDINAL}(?: of)?[ ,./-]{{0,3}}"
            rf"(?P<m_dmy>{_MONTH}){_WORD_END}\.?[ ,./-]{{0,3}}(?P<y_dmy>[0-9]{{4}})(?![0-9])",
            # Aug 2, 2021 / February 14, 2020 / Jul 24 2019
            rf"{_START}(?P<m_mdy>{_MONTH}){_WORD_END}\.?[ ,/-]{{0,3}}(?P<d_mdy>[0-9]{{1,2}}){_ORDINAL}"
            r"(?![0-9])[ ,./-]{1,3}(?P<y_mdy>[0-9]{4})(?![0-9])",
        )
    ),
    re.IGNORECASE | re.ASCII,
)

_TIME_BODY: Final = (
    rf"(?:(?P<per>{_alternation(list(_PERIODS))}){_WORD_END} ?)?"
    r"(?P<h>[0-9]{1,2})(?:(?P<sep>[:.])(?P<mi>[0-9]{2})(?::(?P<sec>[0-9]{2}))?)?(?![0-9])(?!:[0-9])"
    r"(?: ?(?P<ap>[ap]\.?m\.?)(?![A-Za-z]))?"
    rf"(?: ?(?P<hrs>hrs|hr|hours|बजे){_WORD_END})?"
)
# Between a date and the time after it: "2018 11:26", "2024, 10:30", "2023 at 10:30", "2023 | 10:30".
_TIME_AFTER: Final = re.compile(r"[ ,|।(/-]{0,4}(?:at )?" + _TIME_BODY, re.IGNORECASE | re.ASCII)
# A time just before a date: "05:18 PM IST, Aug 2, 2021".  Searched in a short window, anchored at its end.
_TIME_BEFORE: Final = re.compile(
    r"(?<![0-9:.])" + _TIME_BODY + r"(?P<zone> ?\(?(?-i:[A-Z]{2,4})\)?)?[ ,|।-]{0,3}$",
    re.IGNORECASE | re.ASCII,
)
_BEFORE_WINDOW: Final = 48
_ZONE: Final = re.compile(
    r" ?\(? ?(?:(?P<name>(?-i:[A-Z]{2,4}))(?![A-Za-z]))? ?(?P<off>[+-][0-9]{1,2}(?::?[0-9]{2})?(?![0-9]))?",
    re.IGNORECASE | re.ASCII,
)
_OFFSET: Final = re.compile(r"([+-])([0-9]{1,2}):?([0-9]{2})?")
_WEEKDAY_BEFORE: Final = re.compile(
    rf"{_START}(?P<wd>{_alternation(list(_WEEKDAYS))}){_WORD_END}\.?,? ?$",
    re.IGNORECASE | re.ASCII,
)
_WEEKDAY_WINDOW: Final = 24

_NO_TIME: Final = "none"
_BAD: Final = "bad"
_Clock: TypeAlias = tuple[int, int, int] | Literal["none", "bad"]


# --------------------------------------------------------------------------- pieces


def _clock(m: re.Match[str]) -> _Clock:
    """Hour, minute, second of a :data:`_TIME_BODY` match; ``"none"`` if it is no time, ``"bad"`` if wrong.

    A bare number ("7 comments") is no time.  ``10.30`` needs a qualifier
    (am/pm, hrs, बजे, a part of day); ``10:30`` alone is a 24-hour time.
    """
    sep, ap, hrs, per = m["sep"], m["ap"], m["hrs"], m["per"]
    if sep != ":" and not (ap or hrs or per):
        return _NO_TIME
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    second = int(m["sec"] or 0)
    if minute > 59 or second > 59:
        return _BAD
    if ap:
        pm = ap[0] in "pP"
        if hour == 0:
            return (0, minute, second) if not pm else _BAD
        if hour <= 12:
            return (hour % 12 + (12 if pm else 0), minute, second)
        return (hour, minute, second) if pm and hour <= 23 else _BAD
    if hour > 23:
        return _BAD
    if hour > 12 or hour == 0 or (hrs and hrs.lower() != "बजे"):
        return (hour, minute, second)  # plainly a 24-hour clock
    if per:
        for first, last, add in _PERIODS[per.lower()]:
            if first <= hour <= last:
                return (hour + add, minute, second)
        return _BAD
    if hrs:  # "4 बजे": morning or afternoon?
        return _BAD
    return (hour, minute, second)


def _offset_zone(minutes: int) -> tzinfo:
    if minutes == 330:
        return IST
    if minutes == 0:
        return timezone.utc
    return timezone(timedelta(minutes=minutes))


def _parse_offset(text: str) -> int | None:
    """``"+05:30"`` -> 330 minutes; ``None`` if out of range."""
    m = _OFFSET.fullmatch(text)
    if m is None:
        return None
    hours, minutes = int(m[2]), int(m[3] or 0)
    if hours > 14 or minutes > 59:
        return None
    total = hours * 60 + minutes
    return -total if m[1] == "-" else total


def _named_zone(name: str) -> tzinfo | None:
    """``"IST"`` -> :data:`IST`; ``None`` for an abbreviation not in :data:`lexicon_time.ZONES`."""
    minutes = lex.ZONES.get(name)
    if minutes is None:
        return None
    if minutes in (0, 330):
        return _offset_zone(minutes)
    return timezone(timedelta(minutes=minutes), name)


def _zone_at(s: str, pos: int, *, after_clock: bool) -> tzinfo | Literal["bad"] | None:
    """The zone written at ``s[pos:]``: a tzinfo, ``None`` (none written) or ``"bad"`` (unreadable)."""
    m = _ZONE.match(s, pos)
    if m is None:  # pragma: no cover - every part is optional
        return None
    name, off = m["name"], m["off"]
    if name is not None:
        zone = _named_zone(name)
        if zone is None:
            # After a clock, "BST", "CST", "ET" are zones we cannot place; "PTI" or a
            # bare date's "IIT Delhi" are no zone at all.
            return _BAD if after_clock and name.endswith("T") else None
        if off is None:
            return zone
        minutes = _parse_offset(off)
        if name in ("GMT", "UTC", "UT") and minutes is not None:
            return _offset_zone(minutes)  # GMT+5:30
        if minutes == lex.ZONES[name]:
            return zone  # IST +05:30
        return _BAD
    if off is not None and after_clock and re.fullmatch(r"[+-][0-9]{2}:?[0-9]{2}", off):
        minutes = _parse_offset(off)
        return _BAD if minutes is None else _offset_zone(minutes)
    return None


def _date_of(m: re.Match[str]) -> tuple[int, int, int] | None:
    if m["y_iso"] is not None:
        y, mo, d = m["y_iso"], m["m_iso"], m["d_iso"]
    elif m["y_num"] is not None:
        y, mo, d = m["y_num"], m["m_num"], m["d_num"]
    elif m["y_dmy"] is not None:
        y, mo, d = m["y_dmy"], str(_MONTHS.get(m["m_dmy"].lower(), 0)), m["d_dmy"]
    else:
        y, mo, d = m["y_mdy"], str(_MONTHS.get(m["m_mdy"].lower(), 0)), m["d_mdy"]
    year = int(y)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return year, int(mo), int(d)


def _iso_clock(m: re.Match[str]) -> tuple[tuple[int, int, int, int], tzinfo | None] | None:
    """Clock (with microseconds) and zone of an ISO ``T09:15:00.250+05:30`` part; ``None`` if impossible."""
    hour, minute, second = int(m["h_iso"]), int(m["mi_iso"]), int(m["s_iso2"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    micro = int((m["f_iso"] or "").ljust(6, "0")[:6])
    written = m["z_iso"]
    zone: tzinfo | None = None
    if written is not None and written.upper() == "Z":
        zone = timezone.utc
    elif written is not None:
        minutes = _parse_offset(written)
        if minutes is None:
            return None
        zone = _offset_zone(minutes)
    return (hour, minute, second, micro), zone


def _candidate(s: str, m: re.Match[str], floor: int, default_tz: tzinfo) -> datetime | None:
    """The datetime of one date match, or ``None`` if anything about it is wrong or unsure.

    ``floor`` is where the previous date (and its time) ended: a time before
    this date is looked for only after it, so it is never borrowed from there.
    """
    ymd = _date_of(m)
    if ymd is None:
        return None
    try:
        day_of = date(*ymd)
    except ValueError:
        return None  # 31 Feb, month 13, day 0: checked before any look around
    clock: tuple[int, int, int, int] | None = None
    zone: tzinfo | None = None
    zone_at = m.end()  # where a zone may be written
    clock_end: int | None = None  # just after a written clock: a bare "+05:30" may follow
    lead = m.start()  # start of the date, or of a time written before it
    if m["h_iso"] is not None:
        iso = _iso_clock(m)
        if iso is None:
            return None
        clock, zone = iso
        clock_end = m.end()
    else:
        after = _TIME_AFTER.match(s, m.end())
        got = _clock(after) if after is not None else _NO_TIME
        if got == _BAD:
            return None
        if after is not None and isinstance(got, tuple):
            clock, zone_at = (*got, 0), after.end()
            clock_end = zone_at
        else:
            before = _TIME_BEFORE.search(s, max(floor, m.start() - _BEFORE_WINDOW), m.start())
            got = _clock(before) if before is not None else _NO_TIME
            if got == _BAD:
                return None
            if before is not None and isinstance(got, tuple):
                clock, lead = (*got, 0), before.start()
                if before["zone"]:
                    written = _zone_at(s, before.start("zone"), after_clock=True)
                    if written == _BAD:
                        return None
                    zone = written if isinstance(written, tzinfo) else None
    if zone is None:
        written = _zone_at(s, zone_at, after_clock=clock_end == zone_at)
        if written == _BAD:
            return None
        zone = written if isinstance(written, tzinfo) else None
    w = _WEEKDAY_BEFORE.search(s, max(floor, lead - _WEEKDAY_WINDOW), lead)
    if w is not None and _WEEKDAYS.get(w["wd"].lower()) != day_of.isoweekday():
        return None  # "Friday, February 13, 2020": one of the two is wrong
    hour, minute, second, micro = clock or (0, 0, 0, 0)
    return datetime.combine(day_of, time(hour, minute, second, micro), tzinfo=zone or default_tz)


def _date_end(s: str, m: re.Match[str]) -> int:
    """Where a date match and the clock time right after it end."""
    after = _TIME_AFTER.match(s, m.end())
    if after is not None and isinstance(_clock(after), tuple):
        return after.end()
    return m.end()


# --------------------------------------------------------------------------- public API


def parse_time(text: str, *, default_tz: tzinfo = IST) -> datetime | None:
    """The first date (with its time and zone, if written) in ``text``, as an aware datetime.

    Meant for a meta or byline line.  Returns ``None`` when no date can be
    read with certainty.  The zone is the one written in the text, else
    ``default_tz``; a date without a time is midnight.  Never raises, and
    runs in time linear in ``len(text)``.

    >>> parse_time("Publish Date: Jul 24 2019 4:52PM").isoformat()
    '2019-07-24T16:52:00+05:30'
    >>> parse_time("\\xa0\\xa0 दिनांक 22-जुलाई-2019").isoformat()
    '2019-07-22T00:00:00+05:30'
    >>> parse_time("Last Updated: 12 Aug 2023, 10:30 AM GMT").isoformat()
    '2023-08-12T10:30:00+00:00'
    >>> parse_time("05/03/2024").date()  # day first
    datetime.date(2024, 3, 5)
    >>> print(parse_time("Rs. 49/- per month"), parse_time("14:05"), parse_time("09 Apr 18"))
    None None None
    """
    if not isinstance(text, str):
        return None
    s = _normalize(text)
    floor = 0
    for m in _DATE.finditer(s):
        found = _candidate(s, m, floor, default_tz)
        if found is not None:
            return found
        floor = _date_end(s, m)
    return None


_UPDATED: Final = "updated"
_PUBLISHED: Final = "published"
_UPDATE_CUES: Final = _alternation([_fold_key(c) for c in lex.UPDATE_CUES])
_PUBLISH_CUES: Final = _alternation([_fold_key(c) for c in lex.PUBLISH_CUES])
_CUE: Final = re.compile(
    rf"{_START}(?:(?P<upd>{_UPDATE_CUES})|(?P<pub>{_PUBLISH_CUES})){_WORD_END}(?: (?:on|at){_WORD_END})?",
    re.IGNORECASE | re.ASCII,
)
_CUE_ONLY_REST: Final = re.compile(r"[\W_]*")


def published_and_updated(
    lines: Sequence[str], *, default_tz: tzinfo = IST
) -> tuple[datetime | None, datetime | None]:
    """``(published, updated)`` from an article's meta and byline lines, in page order.

    A line with an update cue (``Updated``, ``Last Updated``, ``अपडेटेड``,
    ``अपडेट``, ``Modified``) gives ``updated``; a line with a publish cue
    (``Published``, ``Publish Date``, ``Posted on``, ``प्रकाशित``, ``पब्लिश्ड``,
    ``दिनांक``) gives ``published``, and failing one, the first dated line with
    no cue does.  The first date of each kind wins.  A line that is only a cue
    (``"Updated:"``) lends it to the next non-blank line.  A line with both
    cues is split at them.  Only an update time leaves ``published`` ``None``.

    >>> pub, upd = published_and_updated(["Updated: 09 Apr, 2018 01:50 PM", "09 Apr, 2018 01:37 PM"])
    >>> pub.strftime("%H:%M"), upd.strftime("%H:%M")
    ('13:37', '13:50')
    >>> published_and_updated(["Updated:", "Aug 2, 2021, 05:18 PM IST"])[0] is None
    True
    """
    explicit: datetime | None = None
    plain: datetime | None = None
    updated: datetime | None = None
    pending: str | None = None
    for raw in lines:
        if not isinstance(raw, str):
            continue
        s = _normalize(raw).strip()
        if not s:
            continue
        cues = [(c.start(), c.end(), _UPDATED if c["upd"] else _PUBLISHED) for c in _CUE.finditer(s)]
        kinds = {kind for _, _, kind in cues}
        segments: list[tuple[str | None, str]]
        if not cues:
            segments = [(pending, s)]
        elif len(kinds) == 1:
            segments = [(cues[0][2], s)]
        else:
            segments = [(None, s[: cues[0][0]])]
            for i, (start, _, cue_kind) in enumerate(cues):
                stop = cues[i + 1][0] if i + 1 < len(cues) else len(s)
                segments.append((cue_kind, s[start:stop]))
        dated = False
        for kind, segment in segments:
            when = parse_time(segment, default_tz=default_tz)
            if when is None:
                continue
            dated = True
            if kind == _UPDATED:
                updated = updated or when
            elif kind == _PUBLISHED:
                explicit = explicit or when
            else:
                plain = plain or when
        pending = None
        if cues and not dated and _CUE_ONLY_REST.fullmatch(_CUE.sub("", s)):
            pending = cues[-1][2]
    return explicit or plain, updated
