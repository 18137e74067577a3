"""Line-level cleaning of PDF text, and a guard on the time the whole parse takes."""

from __future__ import annotations

import time

import pytest

from bot.minutes.reading import parse_file
from bot.minutes.reading.layout import clean, dehyphenate, drop_page_furniture

from .conftest import SAMPLES


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["med möteskal-", "lelsen. Sedan"], "med möteskallelsen."),
        (["den regionala hälso-", "och sjukvården"], "den regionala hälso- och"),
        (["en hållbar TSI-", "modell i länet"], "en hållbar TSI-modell"),
        (["se tidigare minnesanteck-", "", "ningar via länk"], "se tidigare minnesanteckningar"),
        (["Catharina Lindvall-Scharmer", "Hallsberg"], "Catharina Lindvall-Scharmer"),
        (["Ett VFU-avtal för socionomer -", "Nästa"], "Ett VFU-avtal för socionomer -"),
    ],
)
def test_dehyphenate(lines, expected):
    assert dehyphenate(lines)[0] == expected


def test_page_furniture_is_dropped_after_the_first_page():
    # The running head stays once, on the first page: it often is the only place that names
    # the body and the date ("NORDMALINGS KOMMUN FOLKHÄLSORÅD … Sammanträdesdatum 2015-01-14").
    words = ["Inledning", "Polisen", "Samkraft"]
    pages = [
        [
            "Region Örebro län",
            "Sekreterare Malin Duckert Ek",
            word,
            f"{word} har ordet.",
            f"Sida {n}",
        ]
        for n, word in enumerate(words, start=1)
    ]
    kept = [line for line in drop_page_furniture(pages) if line]
    assert kept == [
        "Region Örebro län",
        "Sekreterare Malin Duckert Ek",
        "Inledning",
        "Inledning har ordet.",
        "Polisen",
        "Polisen har ordet.",
        "Samkraft",
        "Samkraft har ordet.",
    ]


def test_letterhead_repeated_in_text_is_dropped_and_secretary_kept():
    block = ["Chefsgrupp X", "", "Tjänsteställe", "Regional utveckling,", "Sekreterare", "Malin Ek"]
    text = clean([*block, "Första sidan.", *block, "Andra sidan.", "http://www.orebroll.se/"])
    assert text.paragraphs == ["Första sidan.", "Andra sidan."]
    assert text.secretary == "Malin Ek"
    assert [link.url for link in text.links] == ["http://www.orebroll.se/"]


def test_wrapped_lines_become_paragraphs():
    text = clean(
        [
            "Synpunkter kring utkastet kring överenskommelsen ombedes skickas in till Ingmar",
            "Ångman och/eller Ann-Sofie Vennerstrand senast 31 december 2024.",
            "Samverkansgrupp Barn och unga",
            "Ann-Sofie Vennerstrand",
        ]
    )
    assert len(text.paragraphs) == 3
    assert text.paragraphs[0].endswith(
        "till Ingmar Ångman och/eller Ann-Sofie Vennerstrand senast 31 december 2024."
    )


def test_all_samples_parse_quickly():
    paths = sorted(SAMPLES.glob("*"))
    assert len(paths) == 5
    parse_file(paths[0])  # first call pays for imports
    started = time.perf_counter()
    for path in paths:
        parse_file(path)
    assert time.perf_counter() - started < 2.0
