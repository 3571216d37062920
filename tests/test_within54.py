"""within54 (issue 15): disputes inside one article told in other words: a cause denied ("the
controller "failed ..."" / "The controller was not the cause of the shutdown"), a figure set against
"the company's figure", a rejection of "that reading of the memo", a trend told the other way in the
sentence after a rebuttal (digest/withincauses.py, digest/continued.py). Invented articles throughout
(made-up names, towns, bodies); near misses beside each rule.
"""

from __future__ import annotations

import pytest

from tests.test_within49 import _disputes, _has, _show

# -- a cause denied -----------------------------------------------------------------------------------------

_FAILED = ("A power failure shut the Dunmere pumping works for nine hours on Sunday, the Harlow Water Company said. "
           "Its operations director, Maren Kolby, said the works ran on a pump controller supplied by Stellgate "
           "Controls and that the controller \"failed in a way we had never seen.\" "
           "Engineers restored supply to most homes by Sunday evening, the company said. "
           "About 12,000 households were told to boil their water. ")


def test_a_thing_denied_to_be_the_cause_after_another_said_it_failed_is_a_dispute():
    got = _disputes(_FAILED + "\"The controller was not the cause of the shutdown,\" a Stellgate spokeswoman, "
                              "Ilsa Parr, said. ")
    assert _has(got, "controller \"failed", "not the cause of the shutdown"), _show(got)


def test_not_the_main_source_in_quotation_marks_is_a_cause_denied():
    body = ("The plant manager, Odile Farrant, said a seal on a feed pipe had failed during a night shift. "
            "The leak was found early on Tuesday, the company said. The plant employs about 200 people. "
            "The agency said its inspectors had found that a tank had been overfilled and that the seal "
            "\"was not the main source of the leak.\" ")
    got = _disputes(body)
    assert _has(got, "seal on a feed pipe had failed", "not the main source"), _show(got)


@pytest.mark.parametrize("body, mark", [
    # no one said the weather failed
    (_FALSE := _FAILED.replace("the controller \"failed in a way we had never seen.\"", "the weather had been calm.")
     + "\"The controller was not the cause of the shutdown,\" Stellgate's Ilsa Parr said. ", "not the cause"),
    # the thing named without failing
    ("Its director, Maren Kolby, said the controller was installed in May by Stellgate Controls. "
     "Engineers restored supply by Sunday evening. \"The controller was not the cause of the shutdown,\" "
     "Stellgate's Ilsa Parr said. ", "not the cause"),
])
def test_a_cause_denied_that_no_other_side_blamed_is_no_dispute(body, mark):
    got = _disputes(body)
    assert not any(mark in " ".join(s.quote for s in c.sides) and "failed" in " ".join(s.quote for s in c.sides)
                   for c in got), _show(got)


def test_a_failure_told_by_the_deniers_own_side_is_no_cause_dispute():
    body = ("Stellgate Controls said its controller failed on Sunday and that a replacement was fitted within hours. "
            "Engineers restored supply by Sunday evening. Stellgate Controls said the controller was not the cause "
            "of the flooding in the basement. ")
    got = _disputes(body)
    assert not _has(got, "controller failed", "not the cause"), _show(got)


# -- a figure against the owner's figure ----------------------------------------------------------------------

_SPILL = "Carrow Oils, a fuel company, said on Monday that about 3,000 liters of diesel leaked from a storage tank at its depot. "


def test_a_figure_set_against_the_owners_figure_is_a_dispute():
    got = _disputes(_SPILL + "The state water board said its own samples pointed to a spill of about 9,000 liters, "
                             "three times the company's figure. The leak was found by a worker, the company said. ")
    assert _has(got, "3,000 liters", "9,000 liters"), _show(got)


@pytest.mark.parametrize("after", [
    # the same figure: in line with the owner's
    "The state water board said its own samples pointed to a spill of about 3,000 liters, in line with the company's "
    "figure. The leak was found by a worker, the company said. ",
    # another unit
    "The state water board said the spill had spread over about 9 kilometers, well past the company's estimate. "
    "The leak was found by a worker, the company said. ",
])
def test_a_figure_that_matches_the_owners_or_counts_another_unit_is_no_dispute(after):
    got = _disputes(_SPILL + after)
    assert not _has(got, "3,000 liters", "state water board"), _show(got)


# -- a rejection of a reading of a record ---------------------------------------------------------------------

_MEMO = ("Varrow Council had already agreed to sell two swimming baths to a developer before it announced plans to close "
         "them, according to an internal memo seen by the Varrow Echo. The council's deputy leader, Idris Kell, "
         "rejected that reading of the memo on Thursday. ")


def test_a_rejected_reading_of_a_record_and_the_words_after_are_one_dispute():
    got = _disputes(_MEMO + "He said no swimming bath had been sold or promised to anyone. ")
    assert _has(got, "two swimming baths", "rejected that reading of the memo"), _show(got)
    assert _has(got, "two swimming baths", "no swimming bath had been sold"), _show(got)


def test_a_rejected_reading_of_a_record_no_claim_is_told_from_is_no_dispute():
    body = ("Varrow Council had already agreed to sell two swimming baths to a developer, the union said. "
            "The council's deputy leader, Idris Kell, rejected that reading of the forecast on Thursday. ")
    got = _disputes(body)
    assert not _has(got, "two swimming baths", "reading of the forecast"), _show(got)


# -- a trend told the other way after a rebuttal --------------------------------------------------------------

_FALLEN = ("The Carven school district says enrolment at its rural schools has fallen 20 percent since 2018. "
           "The teachers' association disputes this. ")


def test_the_trend_told_the_other_way_after_a_rebuttal_is_a_side_of_it():
    got = _disputes(_FALLEN + "It says enrolment rose in each of the last three years once part-time pupils are "
                              "counted. ")
    assert _has(got, "fallen 20 percent", "enrolment rose"), _show(got)


@pytest.mark.parametrize("after, mark", [
    ("It says class sizes rose in each of the last three years. ", "class sizes rose"),     # another matter
    ("It says enrolment has fallen faster in the towns. ", "fallen faster"),               # the same way
])
def test_a_sentence_after_a_rebuttal_with_no_reversed_trend_of_its_matter_is_no_side(after, mark):
    got = _disputes(_FALLEN + after)
    assert _has(got, "fallen 20 percent", "disputes this"), _show(got)  # the rebuttal itself stays
    assert not _has(got, "fallen 20 percent", mark), _show(got)


# -- a bare denial of a noun ---------------------------------------------------------------------------------

_FUND = ("Campaign spending on the parking referendum has passed $2 million, filings show. The Ardlow Residents' "
         "Alliance says a \"community outreach\" fund is working with the campaign against the measure, which city "
         "rules forbid. ")


def test_a_bare_denial_of_a_noun_answers_the_claim_before():
    got = _disputes(_FUND + "Keep Ardlow Moving denies any coordination. ")
    assert _has(got, "working with the campaign", "denies any coordination"), _show(got)


@pytest.mark.parametrize("body", [
    # after the article's own narration
    "Campaign spending on the parking referendum has passed $2 million, filings show. A community fund has paid for "
    "leaflets across the city. Keep Ardlow Moving denies any coordination. ",
    # a denial that goes on
    _FUND + "Keep Ardlow Moving denies any coordination with the fund's staff and says it has never met them. ",
])
def test_a_bare_denial_after_narration_or_one_that_goes_on_is_no_bare_denial(body):
    got = _disputes(body)
    assert not any("denies any coordination" in " ".join(s.quote for s in c.sides) and "(any coordination)" in c.reason
                   for c in got), _show(got)


# -- jobs to go against no job lost; deaths by a noun against deaths by a verb ----------------------------------

_JOBS = ("Carven City Council plans to shut five of its 14 swimming pools next year, the council said. "
         "The pool staff union said 35 jobs would go. The pools cost $2 million a year to run. ")


def test_no_job_lost_against_a_count_of_jobs_to_go_is_a_dispute():
    got = _disputes(_JOBS + "Council leader Oswin Trell said that no pool worker would lose their job. ")
    assert _has(got, "35 jobs would go", "no pool worker would lose"), _show(got)


def test_no_job_lost_with_no_count_of_jobs_is_no_jobs_dispute():
    body = ("Carven City Council plans to shut five of its 14 swimming pools next year, the council said. "
            "The pools cost $2 million a year to run. Council leader Oswin Trell said that no pool worker would lose "
            "their job. ")
    got = _disputes(body)
    assert not any("no job lost" in c.reason for c in got), _show(got)


_DIED = ("Pelling Bio said a safety board had halted a trial of its kidney drug early. Twenty-six patients taking "
         "the drug died, compared with 12 on the placebo, the company said. ")


def test_deaths_among_people_against_a_count_of_those_people_who_died_is_a_dispute():
    got = _disputes(_DIED + "A patients' group, Kidney Voices, said it had been told of 35 deaths among patients on "
                            "the drug. ")
    assert _has(got, "Twenty-six patients", "35 deaths among patients"), _show(got)


@pytest.mark.parametrize("after", [
    "A nurses' union, Ward Voices, said it had been told of 35 deaths among nurses at the hospitals. ",  # another kind
    "A patients' group, Kidney Voices, said it had been told of 26 deaths among patients on the drug. ",  # the same count
])
def test_deaths_of_another_kind_or_the_same_count_is_no_dispute(after):
    got = _disputes(_DIED + after)
    assert not any("deaths" in c.reason and "died" in c.reason for c in got), _show(got)


# -- two bodies that share a place word are two sides ---------------------------------------------------------

def test_a_pointer_denial_by_a_body_sharing_the_accusers_place_word_is_a_rebuttal():
    body = ("The Fenwick Tenants' Action Group says tap water in the north of the town smelled of diesel on Monday. "
            "Fenwick Water denies this. ")
    got = _disputes(body)
    assert _has(got, "smelled of diesel", "Fenwick Water denies this"), _show(got)


@pytest.mark.parametrize("s1, s2, apart", [
    ("Mossford Water", "The Mossford Residents' Action Group", True),
    ("United Nations", "United States", True),
    ("Harrowgate General Hospital", "Harrowgate Hospital", False),            # two words shared
    ("Tarrowby Chemicals", "Tarrowby spokeswoman Lorna Videck", False),       # a description, not a name
    ("Tarrowby Chemicals", "Tarrowby", False),                                # one word
    ("the state Environment Protection Agency", "the state hydrology service", False),  # lower-case words
    ("Felipe Calder\u00f3n", "Felipe Calderon", False),                        # an accent dropped
    ("Olena Marchenkova", "Olena Marchenkowa", False),                        # a transliteration
])
def test_names_apart(s1, s2, apart):
    from summarizer.digest.affiliation import names_apart

    assert names_apart(s1, s2) is apart


# -- a finding and none --------------------------------------------------------------------------------------

_FINDING = ("The review panel that halted the Carrow trial found more strokes among patients taking the drug than among "
            "those on a placebo, according to a letter from the panel seen by the Carrow Post. The company said the trial "
            "had enrolled 900 patients. ")


def test_a_finder_told_as_finding_none_on_the_same_matter_is_a_dispute():
    got = _disputes(_FINDING + "Its medical director, Dr. Anselm Vey, said the panel had found \"no clear pattern\" and "
                               "no sign that the drug caused strokes. ")
    assert _has(got, "found more strokes", "no clear pattern"), _show(got)


@pytest.mark.parametrize("after", [
    "Its medical director, Dr. Anselm Vey, said the panel had found no fault with the hospitals' paperwork. ",  # another matter
    "Its medical director, Dr. Anselm Vey, said the police had found no sign that the drug caused strokes. ",   # another finder
])
def test_finding_none_on_another_matter_or_by_another_finder_is_no_dispute(after):
    got = _disputes(_FINDING + after)
    assert not any("found none" in c.reason for c in got), _show(got)


# -- warned and never told -----------------------------------------------------------------------------------

_WARNED = ("The Carrow Dyes works that spilled dye into the Fenn this week had been warned twice in 2022 that its gutters "
           "could carry spills into the river, according to inspection letters obtained by the Fenn Courier. "
           "A company spokeswoman, Ada Morrel, said the letters had been taken seriously. ")


def test_never_told_against_an_earlier_warning_of_the_same_thing_is_a_dispute():
    got = _disputes(_WARNED + "She said the works had never been told its gutters were a danger to the river. ")
    assert _has(got, "had been warned twice", "never been told its gutters"), _show(got)


@pytest.mark.parametrize("after", [
    "She said the works had never been told about the inspectors' visit in advance. ",      # another matter
    "She said the council had never been told its gutters were a danger to the river. ",    # another subject
])
def test_never_told_of_another_matter_or_subject_is_no_dispute(after):
    got = _disputes(_WARNED + after)
    assert not any("never told" in c.reason for c in got), _show(got)


# -- a reopening by a month against a closure until a later month -----------------------------------------------

_BERTH = "The harbour board says the ferry pier will reopen by Nov. 15. "


def test_a_closure_until_a_later_month_at_the_earliest_is_a_dispute():
    got = _disputes(_BERTH + "The boatmen's guild says it will stay shut until January at the earliest. ")
    assert _has(got, "reopen by Nov. 15", "until January at the earliest"), _show(got)


@pytest.mark.parametrize("after", [
    "The boatmen's guild says it will stay shut until October at the earliest. ",   # an earlier month: no clash
    "The harbour board says it will stay shut until January at the earliest. ",     # the same side
])
def test_a_closure_until_an_earlier_month_or_by_the_same_side_is_no_dispute(after):
    got = _disputes(_BERTH + after)
    assert not any("at the earliest" in c.reason for c in got), _show(got)
