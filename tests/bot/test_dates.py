"""Tests for bot.dates: Swedish date phrases as members and minutes really write them."""

import time as clock
from datetime import date, time

import pytest

from bot.dates import DateMatch, extract_date, extract_dates, parse_date, parse_time_range

SUNDAY = date(2026, 11, 22)  # the fixed "today" of most tables
MONDAY = date(2026, 11, 23)
THURSDAY = date(2026, 11, 26)
SATURDAY = date(2026, 11, 28)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


PHRASES = [
    # relative days
    ("idag", d(11, 22)),
    ("i dag", d(11, 22)),
    ("Idag.", d(11, 22)),
    ("imorgon", d(11, 23)),
    ("i morgon", d(11, 23)),
    ("imorn", d(11, 23)),
    ("I morgon!", d(11, 23)),
    ("i övermorgon", d(11, 24)),
    ("övermorgon", d(11, 24)),
    ("igår", d(11, 21)),
    ("i förrgår", d(11, 20)),
    # weekdays (today is a Sunday)
    ("måndag", d(11, 23)),
    ("på torsdag", d(11, 26)),
    ("torsdag", d(11, 26)),
    ("Torsdag!", d(11, 26)),
    ("torsdagen", d(11, 26)),
    ("på fredag", d(11, 27)),
    ("söndag", d(11, 29)),
    ("på söndag", d(11, 29)),
    ("nästa torsdag", d(11, 26)),
    ("nästa måndag", d(11, 23)),
    ("nästa söndag", d(11, 29)),
    ("torsdag nästa vecka", d(11, 26)),
    ("på måndag nästa vecka", d(11, 23)),
    ("i torsdags", d(11, 19)),
    # a weekday of a numbered week (today is in week 47)
    ("torsdag vecka 48", d(11, 26)),
    ("tors v. 49", d(12, 3)),
    ("torsdagen i v49", d(12, 3)),
    ("på måndag vecka 2", d(1, 11, 2027)),
    ("fredag v 53", d(1, 1, 2027)),
    ("i söndags", d(11, 15)),
    # weeks, offsets
    ("nästa vecka", d(11, 23)),
    ("förra veckan", d(11, 9)),
    ("om en vecka", d(11, 29)),
    ("om två veckor", d(12, 6)),
    ("om 2 veckor", d(12, 6)),
    ("om tre dagar", d(11, 25)),
    ("om tio dagar", d(12, 2)),
    ("om 14 dagar", d(12, 6)),
    ("om en månad", d(12, 22)),
    ("för två veckor sedan", d(11, 8)),
    # day/month numbers
    ("den 12/6", d(6, 12, 2027)),
    ("12/6", d(6, 12, 2027)),
    ("12/6 2026", d(6, 12)),
    ("12/6-26", d(6, 12)),
    ("1/12", d(12, 1)),
    ("24/12", d(12, 24)),
    ("ons 2/12", d(12, 2)),
    ("till den 1/12", d(12, 1)),
    ("12.6.2026", d(6, 12)),
    # month names
    ("31 augusti", d(8, 31, 2027)),
    ("31 aug", d(8, 31, 2027)),
    ("31 aug.", d(8, 31, 2027)),
    ("DEN 31 AUGUSTI", d(8, 31, 2027)),
    ("den 31 augusti 2026", d(8, 31)),
    ("31 augusti, 2026", d(8, 31)),
    ("31 aug -26", d(8, 31)),
    ("onsdag 31 augusti", d(8, 31, 2027)),
    ("torsdagen den 3 december", d(12, 3)),
    ("Tisdagen den 28 oktober 2014", d(10, 28, 2014)),
    ("Måndagen den 7 december 2026", d(12, 7)),
    ("fre 4 dec", d(12, 4)),
    ("den 24 december", d(12, 24)),
    ("22 november", d(11, 22)),  # today itself is the next occurrence
    ("21 november", d(11, 21, 2027)),
    ("5 januari", d(1, 5, 2027)),
    ("15 jan", d(1, 15, 2027)),
    ("1 sept", d(9, 1, 2027)),
    ("2 mars 2027", d(3, 2, 2027)),
    ("3:e december", d(12, 3)),
    ("1:a juni", d(6, 1, 2027)),
    ("den 31:a augusti", d(8, 31, 2027)),
    ("första maj", d(5, 1, 2027)),
    ("den 3–5 december", d(12, 3)),  # a range means its first day
    ("senast 15 december", d(12, 15)),
    ("29 februari", d(2, 29, 2028)),
    ("den 31 augusti kl. 13.00", d(8, 31, 2027)),
    ("den 14:e", d(12, 14)),
    # A weekday with a day of the month: that day, not the next such weekday
    ("torsdagen den 3:e", d(12, 3)),
    ("torsdag den 3", d(12, 3)),
    ("måndag den 4:e", d(1, 4, 2027)),
    # ISO and compact forms
    ("2026-08-31", d(8, 31)),
    ("2026 05 12", d(5, 12)),
    ("20260831", d(8, 31)),
    # handled by the dateparser fallback
    ("augusti 31", d(8, 31, 2027)),
    ("31.8", d(8, 31, 2027)),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_parse_date(phrase, expected):
    assert parse_date(phrase, SUNDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "today", "expected"),
    [
        ("på torsdag", MONDAY, d(11, 26)),
        ("nästa torsdag", MONDAY, d(12, 3)),  # the Thursday of next ISO week
        ("måndag", MONDAY, d(11, 30)),
        ("nästa måndag", MONDAY, d(11, 30)),
        ("i måndags", MONDAY, d(11, 16)),
        ("idag", THURSDAY, d(11, 26)),
        ("på torsdag", THURSDAY, d(12, 3)),  # said on a Thursday: next week's
        ("torsdag", THURSDAY, d(12, 3)),
        ("nästa torsdag", THURSDAY, d(12, 3)),
        ("fredag", THURSDAY, d(11, 27)),
        ("onsdag", THURSDAY, d(12, 2)),
        ("i torsdags", THURSDAY, d(11, 19)),
        ("nästa vecka", THURSDAY, d(11, 30)),
        ("nästa vecka", SATURDAY, d(11, 30)),
        ("på fredag", SATURDAY, d(12, 4)),
        ("nästa fredag", SATURDAY, d(12, 4)),
    ],
)
def test_weekday_edges(phrase, today, expected):
    assert parse_date(phrase, today) == expected


@pytest.mark.parametrize(
    ("phrase", "today", "prefer", "expected"),
    [
        ("den 5 januari", date(2026, 12, 20), "future", d(1, 5, 2027)),
        ("12/6", date(2024, 6, 14), "future", d(6, 12, 2025)),
        ("14 juni", date(2024, 6, 14), "future", d(6, 14, 2024)),
        ("31 augusti", date(2026, 5, 12), "future", d(8, 31, 2026)),
        ("den 5 januari", date(2026, 12, 20), "past", d(1, 5, 2026)),
        ("den 20 december", date(2027, 1, 5), "past", d(12, 20, 2026)),
        ("12/6", date(2024, 6, 14), "past", d(6, 12, 2024)),
        ("14 juni", date(2024, 6, 14), "past", d(6, 14, 2024)),
        ("31 augusti", date(2026, 5, 12), "past", d(8, 31, 2025)),
        ("29 februari", SUNDAY, "past", d(2, 29, 2024)),
        ("torsdag", SUNDAY, "past", d(11, 19)),
        ("den 12/6", date(2024, 6, 14), "nearest", d(6, 12, 2024)),
        ("den 5 januari", date(2026, 12, 20), "nearest", d(1, 5, 2027)),
        ("den 20 december", date(2027, 1, 5), "nearest", d(12, 20, 2026)),
        ("31 augusti", date(2026, 5, 12), "nearest", d(8, 31, 2026)),
        ("1 mars", date(2026, 9, 1), "nearest", d(3, 1, 2027)),  # 181 days ahead, 184 back
        ("1 mars", date(2026, 8, 29), "nearest", d(3, 1, 2026)),  # 184 ahead, 181 back
        ("den 31 augusti 2026", date(2030, 1, 1), "future", d(8, 31, 2026)),  # year wins
    ],
)
def test_year_inference(phrase, today, prefer, expected):
    assert parse_date(phrase, today, prefer) == expected


def test_prefer_must_be_known():
    with pytest.raises(ValueError):
        parse_date("31 augusti", SUNDAY, prefer="soon")


@pytest.mark.parametrize(
    ("text", "expected", "phrase"),
    [
        ("jag kan inte komma på torsdag, Per går i mitt ställe", d(11, 26), "torsdag"),
        ("vad står på dagordningen den 31 augusti?", d(8, 31, 2027), "den 31 augusti"),
        (
            "Nästa möte är den 31 augusti, 2026. Kl. 13.00 – 15.00",
            d(8, 31),
            "den 31 augusti, 2026",
        ),
        ("Jag är sjuk idag och kommer inte", d(11, 22), "idag"),
        ("Kan vi flytta mötet till nästa torsdag?", d(11, 26), "nästa torsdag"),
        ("Hej! Jag är borta i morgon men Anna kommer", d(11, 23), "i morgon"),
        (
            "Påminnelse: samverkansmöte torsdagen den 3 december kl. 13.00–15.00 i Örebro",
            d(12, 3),
            "torsdagen den 3 december",
        ),
        ("Anmälan senast 2026-12-01 till Eva", d(12, 1), "2026-12-01"),
        ("Vi ses om två veckor!", d(12, 6), "om två veckor"),
        ("Mötet 12/6 är inställt", d(6, 12, 2027), "12/6"),
        ("Jag missade mötet i torsdags, finns det anteckningar?", d(11, 19), "i torsdags"),
        (
            "Budgeten ökar 35–40 % till 2 mkr och den 15 januari kommer beslutet",
            d(1, 15, 2027),
            "den 15 januari",
        ),
        (
            "Tisdagen den 28 oktober 2014 hölls första mötet.",
            d(10, 28, 2014),
            "Tisdagen den 28 oktober 2014",
        ),
        ("Vi träffas varje torsdag, men nästa gång blir det på fredag", d(11, 27), "fredag"),
    ],
)
def test_extract_date(text, expected, phrase):
    match = extract_date(text, SUNDAY)
    assert match is not None
    assert (match.date, match.phrase) == (expected, phrase)
    assert text[match.start : match.end] == phrase


def test_extract_date_next_meeting_in_minutes():
    text = "Nästa möte är den 31 augusti"
    assert extract_date(text, date(2026, 5, 12)).date == d(8, 31, 2026)


def test_extract_dates_from_minutes():
    minutes = (
        "Minnesanteckningar 2024-06-14\n"
        "§ 1 Föregående möte den 12/6 godkändes.\n"
        "§ 2 Budget 35–40 % (2 mkr), se SOU 2025:113.\n"
        "§ 3 Nästa möte är den 31 augusti kl. 13.00–15.00. Utskick senast 20/8."
    )
    matches = extract_dates(minutes, date(2024, 6, 14))
    assert [m.date for m in matches] == [
        date(2024, 6, 14),
        date(2024, 6, 12),
        date(2024, 8, 31),
        date(2024, 8, 20),
    ]
    assert [m.phrase for m in matches] == ["2024-06-14", "den 12/6", "den 31 augusti", "20/8"]
    assert all(isinstance(m, DateMatch) and minutes[m.start : m.end] == m.phrase for m in matches)


def test_extract_dates_keeps_both_ends_of_a_numeric_range():
    matches = extract_dates("Utställningen pågår 12/6-14/6.", date(2026, 5, 1))
    assert [m.date for m in matches] == [d(6, 12), d(6, 14)]


NON_DATES = [
    "",
    "   ",
    "hej",
    "35–40 %",
    "2 mkr",
    "SOU 2025:113",
    "kl. 13.00",
    "§ 12",
    "2024",
    "år 2024",
    "Prop. 2024/25:1",
    "3 4",
    "1,5 miljoner",
    "punkt 3.2",
    "version 1.2.3",
    "dnr 23/1234",
    "personnummer 19800101-1234",
    "0701234567",
    "31 februari",
    "32/1",
    "30/2",
    "0/5",
    "12/13",
    "den 32 maj",
    "2026-13-01",
    "20261301",
    "varje torsdag",
    "torsdagar",
    "i viss mån",
    "god morgon",
    "i april",
    "dagens möte",
    "om några veckor",
    "kl 13-15",
]


@pytest.mark.parametrize("text", NON_DATES)
def test_non_dates(text):
    assert parse_date(text, SUNDAY) is None
    assert extract_date(text, SUNDAY) is None
    assert extract_dates(text, SUNDAY) == []


def test_invalid_date_is_not_replaced_by_its_weekday():
    assert extract_date("torsdagen den 31 februari", SUNDAY) is None


@pytest.mark.parametrize(
    "phrase",
    ["jag kan inte på torsdag", "möte 31 augusti", "31 augusti och 2 september", "31 augusti 13"],
)
def test_parse_date_wants_only_a_date(phrase):
    assert parse_date(phrase, SUNDAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kl. 13.00–15.00", (time(13), time(15))),
        ("kl 10.00-13.00", (time(10), time(13))),
        ("klockan 09-12", (time(9), time(12))),
        ("13.00 – 16.00", (time(13), time(16))),
        ("Kl 14.00-16.00", (time(14), time(16))),
        ("klockan 13.00 -16.00", (time(13), time(16))),
        ("kl. 13", (time(13), None)),
        ("kl.13", (time(13), None)),
        ("kl 8.30", (time(8, 30), None)),
        ("kl. 9:30–11:45", (time(9, 30), time(11, 45))),
        ("13:00-15:00", (time(13), time(15))),
        ("kl 13 till 15", (time(13), time(15))),
        ("mellan kl. 13 och 15", (time(13), time(15))),
        ("kl. 8–9.30", (time(8), time(9, 30))),
        ("kl 13.00-25.00", (time(13), None)),
        ("Nästa möte är den 31 augusti, 2026. Kl. 13.00 – 15.00", (time(13), time(15))),
        ("Vi ses 12/6 kl 10.00-12.00 i sal 3", (time(10), time(12))),
        ("Lunch 12.00, sedan möte", (time(12), None)),
    ],
)
def test_parse_time_range(text, expected):
    assert parse_time_range(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "35–40 %",
        "§ 12",
        "2 mkr",
        "SOU 2025:113",
        "12/6",
        "den 12.06.2026",
        "kl 25",
        "kl 13.75",
        "1,5 timmar",
        "klart 13",
        "år 2024",
    ],
)
def test_parse_time_range_none(text):
    assert parse_time_range(text) is None


def test_common_phrases_are_fast():
    phrases = [p for p, _ in PHRASES[:60]] + ["hej", "kl. 13.00"]
    started = clock.perf_counter()
    for i in range(1000):
        parse_date(phrases[i % len(phrases)], SUNDAY)
    assert clock.perf_counter() - started < 2


def test_a_weekday_and_a_day_that_never_meet_near_today_are_no_date():
    # From 22 November 2026 no Thursday falls on the 5th before March 2027: no guess.
    assert parse_date("torsdag den 5", SUNDAY) is None
