"""Session 23, stated24 (issue 12): a source's statement shown as the outlet's own fact. Shapes
found by reading PolNeAR half A's claims that the whole-statement reading attributes and the code
path showed `article`/`stated` (evals/RESULTS.md "Session 23: stated24"), written as invented
sentences with the expected source and certainty before the fix, with near shapes that must not
change.

(1) A reporting clause after a colon ("The verdict started a fresh dispute on Monday: farmers said
the board had erred"): the clause after the colon is the speaker's (GUIDELINES §6: the sentence
names a source), the account before it the outlet's. attribution/colon_pieces.py.
(2) A run-in subhead in capitals before the sentence ("THE REPAIRS Long before she bought the
ferry, Ms. Vane said that ..."): the label is no part of the opener that decides whether the
sentence is the speaker's statement (relations._framed).
(3) A finding's noun with "taken" after it ("A tally of surveys taken during the last ten days
shows ..."): the finding is the source (GUIDELINES §13 "Polls are sources"; lang.FINDING_TAILS_RE).
(4) "X called Y a A, B and C": a list of labels is a judgement as one label is (GUIDELINES §13
"called (X a hoax)" is a speech act; frame_shapes.judgement).
(5) A speaker named with "of <Place>" before a verb of evaluation ("Gov. Ada Pike of Norland lauded
Mr. Vale for ..."): the evaluation is the speaker's, as "Gov. Ada Pike lauded ..." is (GUIDELINES
§13 "praised"; cues._LEAD).
(6) "A said B and C accused D of E" with no comma: two statements, A's and C's (GUIDELINES §3:
different speakers are separate claims), as "A said B and C said D" already was; also when the
first clause holds an apostrophe ("they're"). contrast._AND_NAMED_FRAME, lang.SECOND_FRAME_CUES_RE.
(7) "X issued a call for Y to Z", "X renewed her plea for ...": an appeal made public with a light
verb is the speech act "X called for ..." is (GUIDELINES §13 "called for"). attribution/appeals.py."""

from __future__ import annotations

import pytest

from tests.test_attr14b import _claims  # (claims of a one-paragraph body, shared with attr14b)


def _find(got, start: str):
    hits = [g for g in got if g[0].startswith(start)]
    assert len(hits) == 1, got
    return hits[0]


# -- (1) a reporting clause after a colon ------------------------------------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("The verdict started a fresh dispute in the valley on Monday: farmers said the water board had "
     "mishandled the audit from the start.", "Farmers said", ("farmers", "reported")),
    ("The verdict started a fresh dispute in the valley on Monday: farmers said they were sure the water "
     "board had hidden the audit and growers accused the mayor of delaying the vote for weeks.", "Farmers said",
     ("farmers", "reported")),
    ("Two ferries were cancelled again on the northern route: the harbor master said the engines "
     "needed new parts.", "The harbor master said", ("the harbor master", "reported")),
])
def test_reporting_clause_after_a_colon_is_the_speakers(body, start, expected):
    got = _claims(body)
    assert _find(got, start)[1:] == expected, got
    # the account before the colon stays the outlet's
    assert all(g[1] == "article" for g in got if not g[0].startswith(start)), got


@pytest.mark.parametrize("body, start, expected", [
    # the colon after a cue: one statement, as before
    ("The harbor master said: the engines need new parts before the winter.", "The harbor master",
     ("The harbor master", "speculative")),
    # after a short label: one claim, the speaker's
    ("Ferry update: officials said the engines needed new parts.", "Ferry update", ("officials", "reported")),
    # no reporting clause after the colon: the outlet's
    ("The valley faces a hard choice: the water board must raise fees or close two wells.", "The valley",
     ("article", "stated")),
    # a free relative, not a subject
    ("The valley faces a hard choice: what officials said last year no longer holds for the wells.", "The valley",
     ("article", "stated")),
])
def test_colon_apart(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (2) a run-in subhead in capitals -----------------------------------------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("THE REPAIRS Long before she bought the ferry, Ms. Vane said that she viewed loans as a final option.",
     "THE REPAIRS", ("Ms. Vane", "reported")),
    # without the subhead, as before
    ("Long before she bought the ferry, Ms. Vane said that she viewed loans as a final option.",
     "Long before", ("Ms. Vane", "reported")),
    # a subhead before a sentence with no source stays the outlet's
    ("THE REPAIRS Long before she bought the ferry, the hull had been patched twice by the yard.",
     "THE REPAIRS", ("article", "stated")),
])
def test_subhead_is_no_part_of_the_opener(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (3) a finding "taken" over a period ---------------------------------------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("A tally of surveys taken during the last ten days shows Dunn ahead of Pell by three points.", "A tally",
     ("A tally of surveys taken during the last ten days", "reported")),
    # not a finding's noun: the outlet's
    ("Samples taken from the canal show high levels of lead.", "Samples", ("article", "stated")),
])
def test_finding_taken_over_a_period(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (4) "called Y a A, B and C": a list of labels ------------------------------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("One of the nurses who wrote the note called Vale a crank, fake and charlatan.", "One of the nurses",
     ("One of the nurses who wrote the note", "reported")),
    ("One of the nurses who wrote the note called Vale a crank and a fraud.", "One of the nurses",
     ("One of the nurses who wrote the note", "reported")),
    # one label, as before
    ("One of the nurses who wrote the note called Vale a crank.", "One of the nurses",
     ("One of the nurses who wrote the note", "reported")),
    # a telephone call, not a label: the outlet's
    ("One of the nurses who wrote the note called the clinic a week later.", "One of the nurses", ("article", "stated")),
    ("One of the nurses who wrote the note called the clinic a few times and left.", "One of the nurses", ("article", "stated")),
])
def test_called_with_a_list_of_labels(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (5) "Gov. X of <Place> lauded Y": a speaker named with the place -----------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("In March, Gov. Ada Pike of Norland lauded Mr. Vale in her budget speech for helping build "
     "\"bold and useful tools.\"", "In March", ("Gov. Ada Pike of Norland", "reported")),
    ("Senator Ada Pike of Norland slammed the ferry plan as a giveaway.", "Senator Ada Pike",
     ("Senator Ada Pike of Norland", "reported")),
    # without the place, as before
    ("Gov. Ada Pike lauded Mr. Vale for helping build new tools.", "Gov. Ada Pike", ("Gov. Ada Pike", "reported")),
    # "of" inside a title (wrong on main too: fixed with it)
    ("Secretary of State Ada Pike slammed the ferry plan as a giveaway.", "Secretary of State",
     ("Secretary of State Ada Pike", "reported")),
    # an act, not an evaluation: the outlet's
    ("Gov. Ada Pike of Norland signed the ferry bill on Tuesday.", "Gov. Ada Pike", ("article", "stated")),
])
def test_speaker_of_a_place_before_an_evaluation(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (6) "A said B and C accused D": two speakers, no comma -------------------------------------------

def test_second_named_frame_with_an_accusation():
    got = _claims("Farmers said the water board had mishandled the audit and Greens accused the mayor of hiding "
                  "the figures for months.")
    assert _find(got, "Farmers said")[1:] == ("Farmers", "reported"), got
    assert _find(got, "Greens accused")[1:] == ("Greens", "claimed"), got


def test_second_named_frame_after_a_contraction():
    got = _claims("Farmers said they're sure the water board had hidden the audit and Growers accused the mayor of "
                  "delaying the vote for weeks.")
    assert _find(got, "Farmers said")[1:] == ("Farmers", "reported"), got
    assert _find(got, "Growers accused")[1:] == ("Growers", "claimed"), got


@pytest.mark.parametrize("body, start, expected", [
    # a plain saying verb, as before
    ("Farmers said the water board had mishandled the audit and Mayor Pike said it had not.", "Mayor Pike",
     ("Mayor Pike", "negated")),
    # a second subject with a verb of no statement: one claim, the first speaker's
    ("Farmers said the storm would reach the coast by Friday and Norland closed its ferries.", "Farmers said",
     ("Farmers", "speculative")),
])
def test_second_named_frame_apart(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (7) "X issued a call for ...": an appeal made public -------------------------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("Mayor Ada Pike issued a call for the county to accept more ferries on Monday.", "Mayor Ada Pike",
     ("Mayor Ada Pike", "reported")),
    ("Mayor Ada Pike renewed her plea for the county to keep the night crossings.", "Mayor Ada Pike",
     ("Mayor Ada Pike", "reported")),
    ("Mayor Ada Pike sounded a call for the county to accept more ferries on Monday as she issued a statement "
     "on the festival.", "Mayor Ada Pike", ("Mayor Ada Pike", "reported")),
    # the plain verb, as before
    ("Mayor Ada Pike called for the county to accept more ferries on Monday.", "Mayor Ada Pike",
     ("Mayor Ada Pike", "reported")),
    # no appeal's noun, or a telephone call: the outlet's
    ("The harbor bank issued new shares for the first time in a decade.", "The harbor bank", ("article", "stated")),
    ("The lighthouse keeper made a call for help at noon.", "The lighthouse keeper", ("article", "stated")),
])
def test_appeal_made_public(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected
