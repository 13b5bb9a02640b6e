"""Tests for :mod:`hindinews.times` (and the data in :mod:`hindinews.lexicon_time`)."""

from __future__ import annotations

import doctest
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hindinews import lexicon_time, times
from hindinews.times import IST, parse_time, published_and_updated

UTC = timezone.utc


def ist(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=IST)


def same(got: datetime | None, want: datetime) -> None:
    """Same instant *and* same written offset (datetime == alone ignores the offset)."""
    assert got is not None
    assert got == want
    assert got.utcoffset() == want.utcoffset()
    assert got.tzinfo is not None


# --------------------------------------------------------------------------- the real forms

REAL_FORMS = [
    ("Updated: 09 Apr, 2018 11:26 AM", ist(2018, 4, 9, 11, 26)),
    ("09 Apr, 2018 01:37 PM", ist(2018, 4, 9, 13, 37)),
    ("Publish Date: Jul 24 2019 4:52PM", ist(2019, 7, 24, 16, 52)),
    ("अपडेटेड: 12 अगस्त 2024, 10:30 AM (IST)", ist(2024, 8, 12, 10, 30)),
    ("Posted on :24-Mar-2019", ist(2019, 3, 24)),
    ("\xa0\xa0\xa0दिनांक 22-जुलाई-2019", ist(2019, 7, 22)),
    ("   दिनांक 23-जुलाई-2019", ist(2019, 7, 23)),
    ("Aug 2, 2021, 05:18 PM IST", ist(2021, 8, 2, 17, 18)),
    ("Friday, February 14, 2020 10:18 PM", ist(2020, 2, 14, 22, 18)),
    ("शुभायन चक्रवर्ती / नई दिल्ली February 14, 2020", ist(2020, 2, 14)),
    ("By  Unknown  August 01, 2010  7 comments", ist(2010, 8, 1)),
    ("30 जून 2022", ist(2022, 6, 30)),
    ("अपडेटेड Thu, 30 Jun 2022 10:30 PM", ist(2022, 6, 30, 22, 30)),
    ("Last Updated: 12 Aug 2023, 10:30 AM IST", ist(2023, 8, 12, 10, 30)),
    ("प्रकाशित: 5 मार्च 2024 09:15 IST", ist(2024, 3, 5, 9, 15)),
    ("2024-03-05T09:15:00+05:30", ist(2024, 3, 5, 9, 15)),
    ("05/03/2024", ist(2024, 3, 5)),
    ("Updated on: 12.08.2023", ist(2023, 8, 12)),
    ("12 Aug 2023 14:05", ist(2023, 8, 12, 14, 5)),
    ("Updated: 12 August 2023 14:05 IST", ist(2023, 8, 12, 14, 5)),
]


@pytest.mark.parametrize(("text", "want"), REAL_FORMS, ids=[t for t, _ in REAL_FORMS])
def test_real_forms(text: str, want: datetime) -> None:
    same(parse_time(text), want)


def test_default_zone_is_ist_object() -> None:
    got = parse_time("30 जून 2022")
    assert got is not None
    assert got.tzinfo is IST
    assert got.utcoffset() == timedelta(hours=5, minutes=30)
    assert got.tzname() == "IST"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Spelling variants from the lexicon.
        ("14 फ़रवरी 2020", ist(2020, 2, 14)),
        ("14 फरवरी 2020", ist(2020, 2, 14)),
        ("14 फ़रवरी 2020", ist(2020, 2, 14)),  # nukta as a separate code point
        ("1 अप्रेल 2021", ist(2021, 4, 1)),
        ("1 अप्रैल 2021", ist(2021, 4, 1)),
        ("3 सितम्बर 2021", ist(2021, 9, 3)),
        ("3 सितंबर 2021", ist(2021, 9, 3)),
        ("3 अक्तूबर 2021", ist(2021, 10, 3)),
        ("3 अक्टूबर 2021", ist(2021, 10, 3)),
        ("3 नवम्बर 2021", ist(2021, 11, 3)),
        ("3 दिसम्बर 2021", ist(2021, 12, 3)),
        ("3 मई 2021", ist(2021, 5, 3)),
        ("Sept 3, 2021", ist(2021, 9, 3)),
        ("SEPTEMBER 3, 2021", ist(2021, 9, 3)),
        ("Apr. 9, 2018", ist(2018, 4, 9)),
        ("1st of August 2020", ist(2020, 8, 1)),
        ("August 2nd, 2020", ist(2020, 8, 2)),
        ("शुक्रवार, 14 फरवरी 2020", ist(2020, 2, 14)),
        # Other separators and layouts.
        ("2020/01/02", ist(2020, 1, 2)),
        ("24-03-2019", ist(2019, 3, 24)),
        ("12 Aug 2023 at 10:30 am", ist(2023, 8, 12, 10, 30)),
        ("12 Aug 2023 10.30 a.m.", ist(2023, 8, 12, 10, 30)),
        ("12 Aug 2023 | 10:30:45 PM", ist(2023, 8, 12, 22, 30, 45)),
        ("12 Aug 2023 12:05 AM", ist(2023, 8, 12, 0, 5)),
        ("12 Aug 2023 12:05 PM", ist(2023, 8, 12, 12, 5)),
        ("12 Aug 2023 10:30 hrs IST", ist(2023, 8, 12, 10, 30)),
        ("05:18 PM IST, Aug 2, 2021", ist(2021, 8, 2, 17, 18)),
        ("12 अगस्त 2024, शाम 4:52 बजे", ist(2024, 8, 12, 16, 52)),
        ("12 अगस्त 2024, सुबह 9 बजे", ist(2024, 8, 12, 9, 0)),
        ("12 अगस्त 2024, रात 2:15 बजे", ist(2024, 8, 12, 2, 15)),
        ("12 अगस्त 2024, 16:40 बजे", ist(2024, 8, 12, 16, 40)),
        ("2024-03-05T09:15:00.250+05:30", ist(2024, 3, 5, 9, 15, 0, 250000)),
        ("2024-03-05 09:15", ist(2024, 3, 5, 9, 15)),
    ],
)
def test_variants(text: str, want: datetime) -> None:
    same(parse_time(text), want)


# --------------------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2024-03-05T09:15:00Z", datetime(2024, 3, 5, 9, 15, tzinfo=UTC)),
        ("2024-03-05T09:15:00+0000", datetime(2024, 3, 5, 9, 15, tzinfo=UTC)),
        ("2024-03-05T09:15:00-04:00", datetime(2024, 3, 5, 9, 15, tzinfo=timezone(timedelta(hours=-4)))),
        ("Last Updated: 12 Aug 2023, 10:30 AM GMT", datetime(2023, 8, 12, 10, 30, tzinfo=UTC)),
        ("12 Aug 2023 10:30 UTC", datetime(2023, 8, 12, 10, 30, tzinfo=UTC)),
        ("12 Aug 2023 10:30 GMT+5:30", ist(2023, 8, 12, 10, 30)),
        ("12 Aug 2023 10:30 (GMT+05:30)", ist(2023, 8, 12, 10, 30)),
        ("12 Aug 2023 10:30 +05:30", ist(2023, 8, 12, 10, 30)),
        ("12 Aug 2023 10:30 IST +05:30", ist(2023, 8, 12, 10, 30)),
        ("12 Aug 2023 10:30 PM EST", datetime(2023, 8, 12, 22, 30, tzinfo=timezone(timedelta(hours=-5)))),
        ("12 Aug 2023 10:30 NPT", datetime(2023, 8, 12, 10, 30, tzinfo=timezone(timedelta(minutes=345)))),
        ("12 Aug 2023 GMT", datetime(2023, 8, 12, tzinfo=UTC)),
        ("2024-03-05T09:15:00 IST", ist(2024, 3, 5, 9, 15)),
        ("2024-03-05T09:15 +00:00", datetime(2024, 3, 5, 9, 15, tzinfo=UTC)),
        ("10:30 AM GMT, 12 Aug 2023", datetime(2023, 8, 12, 10, 30, tzinfo=UTC)),
    ],
)
def test_stated_zones(text: str, want: datetime) -> None:
    same(parse_time(text), want)


def test_default_tz_applies_only_without_a_stated_zone() -> None:
    utc_default = {"default_tz": UTC}
    same(parse_time("12 Aug 2023 10:30", **utc_default), datetime(2023, 8, 12, 10, 30, tzinfo=UTC))
    same(parse_time("12 Aug 2023 10:30 IST", **utc_default), ist(2023, 8, 12, 10, 30))


# --------------------------------------------------------------------------- Hindi digits


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("३० जून २०२२", ist(2022, 6, 30)),
        ("अपडेटेड: १२ अगस्त २०२४, १०:३० AM (IST)", ist(2024, 8, 12, 10, 30)),
        ("दिनांक २२-जुलाई-२०१९", ist(2019, 7, 22)),
        ("०५/०३/२०२४", ist(2024, 3, 5)),
        ("३० जून २०२२, १४:०५", ist(2022, 6, 30, 14, 5)),
        ("30 जून २०२२", ist(2022, 6, 30)),  # mixed scripts
    ],
)
def test_hindi_digits(text: str, want: datetime) -> None:
    same(parse_time(text), want)


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Updated:",
        "अपडेटेड:",
        "कोई तारीख नहीं है",
        # Impossible dates.
        "31 Feb 2020",
        "30 फरवरी 2024",
        "29 Feb 2023",
        "31/04/2024",
        "13/13/2020",
        "00/01/2020",
        "2024-13-05",
        "2024-02-30T10:00:00+05:30",
        "Aug 32, 2021",
        # A bare time, or a date without a year.
        "14:05",
        "10:30 AM IST",
        "12 अगस्त",
        "Aug 2",
        "अगस्त 2024",
        # Two-digit years are refused.
        "09 Apr 18",
        "09/04/18",
        # Numbers that are not dates.
        "7 comments",
        "Rs. 49/- per month",
        "Rs. 1,299 only, 24 x 7 support",
        "Call 98-765-43210",
        "version 1.2.2020.5",
        "ID 12/05/20245",
        "112/05/2024",
        "Price 2024",
        "may 2024 be good",  # "may" without a day
        "Mayday 12, 2020",  # month name must be a whole word
        "12 मईदान 2020",
        # Impossible or ambiguous times and zones reject the candidate.
        "12 Aug 2023 25:10",
        "12 Aug 2023 10:75",
        "12 Aug 2023 14:05 AM",
        "12 Aug 2023 0:30 PM",
        "12 Aug 2023 4 बजे",  # morning or afternoon?
        "12 Aug 2023 रात 12 बजे",  # which night?
        "12 Aug 2023 10:30 BST",  # British summer or Bangladesh?
        "Aug 2, 2021, 05:18 PM ET",
        "2024-03-05T24:00:00",
        "12 Aug 2023 10:30 GMT+25",
        # A weekday that contradicts the date.
        "Friday, February 13, 2020 10:18 PM",
        "गुरुवार, 14 फरवरी 2020",
        # Years outside 1900-2099.
        "12 Aug 1857",
        "12 Aug 2150",
        # A US month-first date is not read day-first as something else.
        "03/25/2024",
    ],
)
def test_refusals(text: str) -> None:
    assert parse_time(text) is None


def test_unqualified_number_after_date_is_not_a_time() -> None:
    # "7 comments" and "10.30" (could be Rs 10.30) are no time: the date is midnight.
    same(parse_time("August 01, 2010 7 comments"), ist(2010, 8, 1))
    same(parse_time("5 मार्च 2024 12.50 लाख"), ist(2024, 3, 5))


def test_first_valid_date_wins() -> None:
    same(parse_time("09 Apr, 2018 01:37 PM, 10 Apr, 2018 02:00 PM"), ist(2018, 4, 9, 13, 37))
    # An impossible date is skipped, not half-read.
    same(parse_time("31 Feb 2020 / 5 Mar 2020"), ist(2020, 3, 5))
    # ... and its time is not lent to the next date.
    same(parse_time("31 Feb 2020 10:30 AM, 5 Mar 2020"), ist(2020, 3, 5))
    same(parse_time("31 Feb 2020, 10:30 AM IST, 5 Mar 2020"), ist(2020, 3, 5))


def test_agency_after_date_is_not_a_zone() -> None:
    same(parse_time("Posted on :24-Mar-2019 TNIS सुधीर जैन"), ist(2019, 3, 24))
    same(parse_time("12 Aug 2023 10:30 AM PTI"), ist(2023, 8, 12, 10, 30))
    same(parse_time("12 Aug 2023 IIT Delhi"), ist(2023, 8, 12))


def test_non_str_input_gives_none() -> None:
    assert parse_time(None) is None  # type: ignore[arg-type]
    assert parse_time(b"12 Aug 2023") is None  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

_FRAGMENTS = st.sampled_from(
    [
        *lexicon_time.MONTHS,
        *lexicon_time.WEEKDAYS,
        *lexicon_time.ZONES,
        *lexicon_time.DAY_PERIODS,
        *lexicon_time.UPDATE_CUES,
        "0",
        "1",
        "12",
        "31",
        "2020",
        "०९",
        "२०२४",
        " ",
        "\xa0",
        ",",
        ".",
        ":",
        "/",
        "-",
        "–",
        "+",
        "T",
        "Z",
        "AM",
        "p.m.",
        "बजे",
        "hrs",
        "(",
        ")",
        "\u093c",
        "\n",
        "\u200d",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    got = parse_time(text)
    assert got is None or (isinstance(got, datetime) and got.utcoffset() is not None)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=25).map("".join))
def test_date_like_soup_never_raises(text: str) -> None:
    got = parse_time(text)
    assert got is None or (isinstance(got, datetime) and got.utcoffset() is not None)
    assert got is None or 1900 <= got.year <= 2099


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), _FRAGMENTS), max_size=8))
def test_published_and_updated_never_raises(lines: list[str]) -> None:
    pub, upd = published_and_updated(lines)
    for value in (pub, upd):
        assert value is None or value.utcoffset() is not None


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_round_trip_every_layout(day: date) -> None:
    hindi_month = next(k for k, v in lexicon_time.MONTHS_HI.items() if v == day.month)
    layouts = [
        day.strftime("%d %b, %Y"),
        day.strftime("%B %d, %Y"),
        day.strftime("%d-%b-%Y"),
        day.strftime("%d/%m/%Y"),
        day.strftime("%d.%m.%Y"),
        day.isoformat(),
        f"{day.day} {hindi_month} {day.year}",
        day.strftime("%A, %B %d, %Y"),
    ]
    for text in layouts:
        same(parse_time(text), ist(day.year, day.month, day.day))


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 50_000,
        "12 Aug " * 15_000,
        "31 Feb 2020 " * 8_000,
        "Friday, February 13, 2020 " * 4_000,
        "1/1/1/1/" * 12_000,
        "12:30 PM " * 10_000,
        "शाम 4 बजे " * 10_000,
        "9" * 100_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_linear_time_on_adversarial_input(text: str) -> None:
    start = time.perf_counter()
    assert parse_time(text) is None
    assert time.perf_counter() - start < 2.0


# --------------------------------------------------------------------------- published_and_updated


def test_updated_then_plain_line() -> None:
    pub, upd = published_and_updated(["Updated: 09 Apr, 2018 01:50 PM", "09 Apr, 2018 01:37 PM"])
    same(pub, ist(2018, 4, 9, 13, 37))
    same(upd, ist(2018, 4, 9, 13, 50))


def test_cue_alone_applies_to_next_line() -> None:
    pub, upd = published_and_updated(["Updated:", "Aug 2, 2021, 05:18 PM IST"])
    assert pub is None
    same(upd, ist(2021, 8, 2, 17, 18))


def test_cue_alone_skips_blank_lines_but_only_reaches_one_line() -> None:
    lines = ["Written By:", "\tज़ी न्यूज़ डेस्क", "Updated:", "  ", "Aug 2, 2021, 05:18 PM IST", "12 Aug 2021"]
    pub, upd = published_and_updated(lines)
    same(upd, ist(2021, 8, 2, 17, 18))
    same(pub, ist(2021, 8, 12))


def test_zee_news_meta_block() -> None:
    lines = ["Written By:", "\tज़ी न्यूज़ डेस्क", "Updated:", "Aug 2, 2021, 05:18 PM IST", "खास बातें"]
    assert published_and_updated(lines) == (None, ist(2021, 8, 2, 17, 18))


def test_publish_cues() -> None:
    for line, want in [
        ("Posted on :24-Mar-2019", ist(2019, 3, 24)),
        ("   दिनांक 22-जुलाई-2019", ist(2019, 7, 22)),
        ("प्रकाशित: 5 मार्च 2024 09:15 IST", ist(2024, 3, 5, 9, 15)),
        ("Publish Date: Jul 24 2019 4:52PM", ist(2019, 7, 24, 16, 52)),
        ("पब्लिश्ड: 5 मार्च 2024", ist(2024, 3, 5)),
    ]:
        pub, upd = published_and_updated([line])
        same(pub, want)
        assert upd is None


def test_update_cues() -> None:
    for line in [
        "Updated: 12 Aug 2023, 10:30 AM IST",
        "Last Updated: 12 Aug 2023, 10:30 AM IST",
        "LAST UPDATED : 12 Aug 2023, 10:30 AM IST",
        "अपडेटेड: 12 Aug 2023, 10:30 AM IST",
        "अपडेट 12 Aug 2023, 10:30 AM IST",
        "Modified: 12 Aug 2023, 10:30 AM IST",
        "Updated on 12 Aug 2023, 10:30 AM IST",
    ]:
        assert published_and_updated([line]) == (None, ist(2023, 8, 12, 10, 30)), line


def test_explicit_publish_cue_beats_earlier_plain_line() -> None:
    lines = ["12 Aug 2023", "Published: 10 Aug 2023 09:00 AM", "Updated: 13 Aug 2023 11:00 AM"]
    pub, upd = published_and_updated(lines)
    same(pub, ist(2023, 8, 10, 9))
    same(upd, ist(2023, 8, 13, 11))


def test_both_cues_on_one_line() -> None:
    pub, upd = published_and_updated(["Published: 12 Aug 2023 10:30 AM | Updated: 13 Aug 2023 11:00 AM"])
    same(pub, ist(2023, 8, 12, 10, 30))
    same(upd, ist(2023, 8, 13, 11))
    pub, upd = published_and_updated(["प्रकाशित: 5 मार्च 2024, अपडेटेड: 6 मार्च 2024 10:00 AM"])
    same(pub, ist(2024, 3, 5))
    same(upd, ist(2024, 3, 6, 10))


def test_first_date_of_each_kind_wins() -> None:
    lines = [
        "Updated: 09 Apr, 2018 01:50 PM",
        "09 Apr, 2018 01:37 PM",
        "Posted on :18-Mar-2019",  # a related story further down
        "Updated: 10 Apr, 2018 09:00 AM",
    ]
    pub, upd = published_and_updated(lines)
    same(pub, ist(2019, 3, 18))  # an explicit cue beats the plain line
    same(upd, ist(2018, 4, 9, 13, 50))


def test_no_dates() -> None:
    assert published_and_updated([]) == (None, None)
    assert published_and_updated(["Edited By Tanuja,", "Google plus", "Updated:"]) == (None, None)


def test_cue_line_with_words_does_not_carry_over() -> None:
    # "Updated by X" is no bare cue: the next line's date stays a plain (published) date.
    pub, upd = published_and_updated(["Updated by Tanuja", "09 Apr, 2018 01:37 PM"])
    same(pub, ist(2018, 4, 9, 13, 37))
    assert upd is None


def test_default_tz_is_passed_through() -> None:
    pub, _ = published_and_updated(["12 Aug 2023 10:30"], default_tz=UTC)
    same(pub, datetime(2023, 8, 12, 10, 30, tzinfo=UTC))


# --------------------------------------------------------------------------- docs and data


def test_doctests() -> None:
    result = doctest.testmod(times, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5
    assert result.failed == 0


def test_lexicon_numbers_are_in_range() -> None:
    assert set(lexicon_time.MONTHS.values()) == set(range(1, 13))
    assert set(lexicon_time.WEEKDAYS.values()) == set(range(1, 8))
    assert set(lexicon_time.MONTHS_HI.values()) == set(range(1, 13))
    assert set(lexicon_time.WEEKDAYS_HI.values()) == set(range(1, 8))
    for name, weekday in lexicon_time.WEEKDAYS.items():
        # 1-7 January 2024 ran Monday to Sunday: each name is checked against the calendar.
        same(parse_time(f"{name}, {weekday} January 2024"), ist(2024, 1, weekday))
        assert parse_time(f"{name}, {weekday % 7 + 1} January 2024") is None, name
