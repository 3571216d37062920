"""The digest's timeline and its numbers by who claims them, read as an analyst (issue 15,
session 14, digest15): one small invented cluster (tests/fixtures/digest15/e01_oath: a mayor's
swearing-in told by three outlets), the expected rows written before the code was run.

The faults are those found reading BASIL clusters 9, 18, 35 and 48 (neither gold):
- a number in the frame of a quoted statement is the outlet's, not the speaker's ("“...,” Mr. X
  told admirers in a forceful 16-minute address"; "X explained his failure during his first two
  years in office by saying, “...”");
- a year of a description inside a list of occasions is not the claim's date ("placed his hand on
  two books, one given him by his aunt in 1962 and another used by the town's founder in 1874"; "cited only
  two times ... — once by Governor Hale in 1990 ..., and again by her son in 2001"), neither on
  the timeline nor as the `when` of the claim's quantity rows.
Near-misses must not change: a number inside the quotation or in a said-clause stays the
speaker's; a passive main clause's year ("was built by the Garrow family in 1911") and two events
each with its own year ("opened the new hall in 1998 and closed the old one in 2009") stay dated.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from summarizer.digest.build import build_sections
from tests.test_agree10 import digest_of

HERE = Path(__file__).resolve().parent / "fixtures" / "digest15"


@lru_cache(maxsize=None)
def _sections(cluster: str):
    arts, _ = digest_of(HERE / cluster)
    return build_sections(arts)


def _rows(cluster: str) -> dict[str, tuple[str, str | None]]:
    """counted -> (who claims it, when) of each quantity row."""
    return {q.counted: (q.attributed_to, q.when) for q in _sections(cluster)[2]}


def _timeline(cluster: str) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in _sections(cluster)[1]]


def _dated(cluster: str, words: str) -> list[str]:
    return [d for d, t in _timeline(cluster) if words in t]


# -- numbers by who claims them: the frame of a quoted statement is the outlet's --------------

def test_a_number_in_the_tail_frame_of_a_quotation_is_the_outlets():
    assert _rows("e01_oath")["12-minute speech"][0] == "article"


def test_a_number_in_the_frame_of_a_quotation_cut_in_sentences_is_the_outlets():
    # the claim is the quotation's second sentence with its frame: its text may drop the marks,
    # its evidence opens inside the quotation ("The bridges come next,” Ms. Quillon told ...")
    assert _rows("e01_oath")["20-minute news conference"][0] == "article"


def test_a_number_before_a_saying_quotation_is_the_outlets():
    assert _rows("e01_oath")["three years"][0] == "article"


def test_a_number_in_an_opening_clause_before_the_speaker_is_the_outlets():
    assert _rows("e01_oath")["two-month fight"][0] == "article"


def test_near_miss_a_number_before_an_inverted_said_stays_the_speakers():
    assert _rows("e01_oath")["bridges"][0] != "article"
    assert _rows("e01_oath")["precincts"][0] != "article"


def test_near_miss_a_number_inside_the_quotation_stays_the_speakers():
    assert _rows("e01_oath")["ballots"][0] == "Wendel Osk"


def test_near_miss_a_number_in_a_said_clause_stays_the_speakers():
    assert _rows("e01_oath")["people"][0] == "Protesters"


# -- the timeline: a year of a description inside a list of occasions ---------------------------

def test_a_year_of_a_reduced_relative_in_a_list_is_not_the_claims_date():
    assert _dated("e01_oath", "two books held by her husband") == []
    assert _rows("e01_oath")["books"][1] is None


def test_a_year_of_an_elided_occasion_after_a_dash_is_not_the_claims_date():
    assert _dated("e01_oath", "Aides cited only two times") == []
    assert _rows("e01_oath")["times"][1] is None


def test_near_miss_a_passive_main_clause_keeps_its_year():
    assert _dated("e01_oath", "built by the Garrow family") == ["1911"]


def test_near_miss_two_events_each_with_its_year_keep_the_first():
    assert _dated("e01_oath", "opened the new hall") == ["1998"]


def test_near_miss_the_days_of_the_story_stay():
    assert _dated("e01_oath", "sworn in as mayor of Brantwick on Friday") == ["2026-03-06"]


# -- the timeline: a weekday in a long future clause is the coming one ---------------------------
# (BASIL: "X, the director of ..., plans to invoke <a right> during her expected appearance
# before the <chamber> ... Committee on Wednesday" in a Tuesday article was dated the Wednesday before)

_TUESDAY = "2026-03-03"


def _when(text: str) -> str | None:
    from summarizer.dates import when_for

    return when_for(None, text, text, _TUESDAY)


def test_a_plan_far_back_in_one_clause_puts_the_weekday_ahead():
    assert _when("Dana Voss, the head of the permits office at the Harlan Water Board, plans to invoke her right "
                 "to silence during her expected testimony before the Senate Water Committee on Wednesday, the "
                 "Tribune reports.") == "2026-03-04"


def test_near_miss_a_past_verb_after_the_plan_keeps_the_weekday_before():
    assert _when("Dana Voss, who will retire next year, testified before the Senate Water Committee on Wednesday.") \
        == "2026-02-25"
    assert _when("The council plans to review the permits of the firm that the inspector approved at a long "
                 "and contentious meeting of the planning board on Wednesday.") == "2026-02-25"


def test_near_miss_no_future_keeps_the_weekday_before():
    assert _when("The clerk testified before the Senate Water Committee on Wednesday.") == "2026-02-25"
