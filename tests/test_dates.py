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


def test_last_weekday_is_the_one_before_the_article():
    assert resolve("last Tuesday", PUB) == "2024-08-13"
    assert resolve("last Wednesday", PUB) == "2024-08-07"


@pytest.mark.parametrize("phrase", ["through Feb. 15", "until Friday", "by Monday", "since Tuesday"])
def test_a_bound_is_not_the_day_of_the_event(phrase):
    # "open the government through Feb. 15" (dev gold): a range, kept raw (GUIDELINES §9)
    assert resolve(phrase, "2019-01-25") == phrase


def test_a_weekday_or_date_in_a_future_clause_is_ahead_of_the_article():
    # a dev gold shape: "<X> is due to be <verb> in court on <weekday> morning", published Tue 2018-08-21
    ev = "The pair is due to be sentenced in court on Thursday morning"
    assert when_for(None, ev, ev, "2018-08-21") == "2018-08-23"
    # without the future, the Thursday before
    ev = "The pair was sentenced in court on Thursday morning"
    assert when_for(None, ev, ev, "2018-08-21") == "2018-08-16"
    # "scheduled" as an adjective, or a future verb in another clause, is not the future
    ev = "Varga canceled a scheduled radio interview Monday night"
    assert when_for(None, ev, ev, "2012-08-21") == "2012-08-20"
    ev = "He has not said what he will decide, but the paper reported Tuesday that he may run"
    assert when_for(None, ev, ev, "2013-01-30") == "2013-01-29"
    # a day of a later month in a future clause stays in the article's year
    ev = "The final debates will be held Oct. 22."
    assert when_for(None, ev, ev, "2012-10-12") == "2012-10-22"


@pytest.mark.parametrize("text", ["They lay out 19 separate actions.", "The 5-4 decision stands.",
                                  "Some 12 marines were hurt.", "He won 3 mayoral races."])
def test_words_that_begin_like_a_month_are_not_dates(text):
    # "19 separate" was resolved to Sept. 19 in BASIL (evals/tools/weigh_libs.py)
    assert find_phrase(text) is None
