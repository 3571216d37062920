"""Date resolution: relative phrases are pinned with the article's date, or kept raw."""

import pytest

from summarizer.dates import find_phrase, resolve, when_for

PUB = "2024-08-14"  # a Wednesday


@pytest.mark.parametrize("phrase, want", [
    ("on Wednesday", "2024-08-14"),
    ("Tuesday night", "2024-08-13"),
    ("last Wednesday", "2024-08-07"),
    ("on Thursday", "2024-08-08"),  # the Thursday before, never a future day
    ("August 6", "2024-08-06"),
    ("Aug. 6", "2024-08-06"),
    ("6 August", "2024-08-06"),
    ("December 30", "2023-12-30"),  # no year, later than the article: last year
    ("March 3, 2021", "2021-03-03"),
    ("1 January 2000", "2000-01-01"),  # "january 20" inside "january 2000" is not a day
    ("12 September 2023", "2023-09-12"),
    ("yesterday", "2024-08-13"),
    ("today", "2024-08-14"),
    ("2022-02-24", "2022-02-24"),
    ("overnight", "overnight"),
    ("last September", "last September"),
    ("February 30", "February 30"),  # no such day: kept as written
])
def test_resolve(phrase, want):
    assert resolve(phrase, PUB) == want


def test_without_a_publication_date_phrases_stay_raw():
    assert resolve("on Wednesday", None) == "on Wednesday"
    assert resolve("2022-02-24", None) == "2022-02-24"


@pytest.mark.parametrize("text, want", [
    ("Drones were downed on Tuesday night over Kursk.", "on Tuesday night"),
    ("The offensive began on 6 August 2024, officials said.", "6 August 2024"),
    ("It dates back to 1 January 2000.", "1 January 2000"),
    ("No date is given here.", None),
])
def test_find_phrase(text, want):
    assert find_phrase(text) == want


def test_when_for_prefers_the_models_phrase_only_when_the_source_has_it():
    ev = "Russia said on Tuesday it had downed 12 drones."
    assert when_for("Tuesday", ev, ev, PUB) == "2024-08-13"
    # an invented phrase is ignored; the evidence's own phrase is used instead
    assert when_for("Friday", ev, ev, PUB) == "2024-08-13"
    assert when_for(None, "no date", "no date", PUB) is None
