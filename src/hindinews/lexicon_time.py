"""Word lists for reading dates and times: data only, no logic.

Keys are written the way they appear on pages; :mod:`hindinews.times`
normalises them the same way it normalises page text (NFC, nukta dropped,
ASCII lower-cased), so a variant spelled with or without a nukta
(``फरवरी`` / ``फ़रवरी``) may be listed once or twice.

* :data:`MONTHS` -- month name -> month number (1-12).
* :data:`WEEKDAYS` -- weekday name -> ISO weekday number (1 = Monday .. 7 = Sunday),
  the numbering of :meth:`datetime.date.isoweekday`.
* :data:`ZONES` -- time-zone abbreviation -> offset from UTC in minutes.
* :data:`DAY_PERIODS` -- Hindi time-of-day words -> how a 12-hour clock hour
  after them maps to a 24-hour hour.
* :data:`UPDATE_CUES` / :data:`PUBLISH_CUES` -- words that mark a meta line as
  the update time or the publication time.
"""

from __future__ import annotations

from typing import Final

MONTHS_HI: Final[dict[str, int]] = {
    "जनवरी": 1,
    "फरवरी": 2,
    "फ़रवरी": 2,
    "मार्च": 3,
    "अप्रैल": 4,
    "अप्रेल": 4,
    "अप्रल": 4,
    "मई": 5,
    "जून": 6,
    "जुलाई": 7,
    "जुलाइ": 7,
    "अगस्त": 8,
    "सितंबर": 9,
    "सितम्बर": 9,
    "अक्टूबर": 10,
    "अक्तूबर": 10,
    "अक्टुबर": 10,
    "नवंबर": 11,
    "नवम्बर": 11,
    "दिसंबर": 12,
    "दिसम्बर": 12,
}
"""Hindi month names with their common spelling variants."""

MONTHS_EN: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
"""English month names, full and abbreviated (lower case)."""

MONTHS: Final[dict[str, int]] = {**MONTHS_HI, **MONTHS_EN}
"""All month names."""

WEEKDAYS_HI: Final[dict[str, int]] = {
    "सोमवार": 1,
    "मंगलवार": 2,
    "बुधवार": 3,
    "गुरुवार": 4,
    "गुरूवार": 4,
    "बृहस्पतिवार": 4,
    "वीरवार": 4,
    "शुक्रवार": 5,
    "शनिवार": 6,
    "रविवार": 7,
    "इतवार": 7,
}
"""Hindi weekday names (ISO numbering, 1 = Monday)."""

WEEKDAYS_EN: Final[dict[str, int]] = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tues": 2,
    "tue": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thurs": 4,
    "thur": 4,
    "thu": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}
"""English weekday names, full and abbreviated (ISO numbering)."""

WEEKDAYS: Final[dict[str, int]] = {**WEEKDAYS_HI, **WEEKDAYS_EN}
"""All weekday names."""

ZONES: Final[dict[str, int]] = {
    "IST": 330,
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "PKT": 300,
    "NPT": 345,
    "EST": -300,
    "EDT": -240,
    "PST": -480,
    "PDT": -420,
    "CET": 60,
    "CEST": 120,
    "JST": 540,
    "SGT": 480,
    "AEST": 600,
}
"""Unambiguous (in an Indian news context) zone abbreviations -> UTC offset in minutes.

``IST`` is India Standard Time here.  Ambiguous ones (``BST``, ``CST``,
``GST`` ...) are deliberately absent: the parser refuses a time it cannot place.
"""

DAY_PERIODS: Final[dict[str, tuple[tuple[int, int, int], ...]]] = {
    "सुबह": ((1, 11, 0),),
    "प्रातः": ((1, 11, 0),),
    "तड़के": ((1, 6, 0),),
    "दोपहर": ((12, 12, 0), (1, 5, 12)),
    "शाम": ((3, 11, 12),),
    "सायं": ((3, 11, 12),),
    "रात": ((7, 11, 12), (1, 4, 0)),
}
"""Hindi time-of-day word -> ``(first, last, add)`` ranges for a 12-hour clock hour.

A clock hour ``h`` written after the word becomes ``h + add`` when
``first <= h <= last`` for one of its ranges; any other hour (``रात 12 बजे``:
which night?) is refused.
"""

UPDATE_CUES: Final[tuple[str, ...]] = (
    "last updated",
    "last modified",
    "updated",
    "modified",
    "update",
    "अपडेटेड",
    "अपडेट",
    "अद्यतन",
    "संशोधित",
)
"""Words that mark a line's date as the update time."""

PUBLISH_CUES: Final[tuple[str, ...]] = (
    "first published",
    "published",
    "publish date",
    "publish",
    "posted on",
    "posted",
    "प्रकाशित",
    "प्रकाशन",
    "पब्लिश्ड",
    "पब्लिश",
    "दिनांक",
)
"""Words that mark a line's date as the publication time."""
