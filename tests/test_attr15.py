"""Session 14, attr15 (issue 12): the attribution and certainty shapes session 13 left, each as
invented sentences of the shape that went wrong, with near-misses that must not change. The
expected source and certainty were written before the tool ran. Shapes: "X did A saying B" with no
comma; "found that A, while B"; a quotation paragraph after an image caption; a bare surname after a
long title "of" a body; a contact relative's subject ("The companies Brandt hopes to lure include
..."); a quoted forecast whose subject is coordinated ("My review and recommendations will ...")."""

from __future__ import annotations

import pytest

from tests.test_attr14b import _claims, _one  # (claims of a one-paragraph body, shared with attr14b)


# -- (1) "X did A saying B" with no comma: the act is the outlet's, the saying the subject's ----------

@pytest.mark.parametrize("body, act, said, who", [
    ("The mayor has apologised after losing the vote saying it would have been unfair to delay the count.",
     "The mayor has apologised after losing the vote.", "The mayor said that it would have been unfair to delay the count.",
     "The mayor"),
    ("The mayor rejected the request on Monday saying it had no merit.",
     "The mayor rejected the request on Monday.", "The mayor said that it had no merit.", "The mayor"),
    # (the comma form, as before)
    ("The mayor rejected the request, saying it had no merit.",
     "The mayor rejected the request.", "The mayor said that it had no merit.", "The mayor"),
])
def test_act_then_bare_saying_is_two_claims(body, act, said, who):
    got = _claims(body)
    assert [g[0] for g in got] == [act, said], got
    assert got[0][1:] == ("article", "stated"), got
    assert got[1][1] == who and got[1][2] != "stated", got


@pytest.mark.parametrize("body", [
    "Protesters carried a sign saying the plant must close.",  # a thing that carries words: its text
    "The council received a letter saying the bridge was unsafe.",
    "The mayor ignored the critics saying the plan would fail.",  # the critics say it
    "Jane Roe left the hall without saying a word.",  # a preposition
])
def test_reduced_relatives_stay_one_outlet_claim(body):
    text, who, certainty = _one(body)
    assert who == "article", (text, who, certainty)


# -- (2) "found that A, while B": both halves are the finding's ---------------------------------------

@pytest.mark.parametrize("body, who", [
    ("The audit found that the city's reserves increased, while the county's reserves decreased.", "The audit"),
    ("A study by the Harlow Institute found that rents rose in Tarvin, while wages in Tarvin fell.",
     "A study by the Harlow Institute"),
    ("The survey shows that rents rose, whereas wages fell in Tarvin.", "The survey"),
])
def test_a_findings_while_half_is_the_finders(body, who):
    got = _claims(body)
    assert len(got) == 2 and all(g[1] == who and g[2] != "stated" for g in got), got


#: Why the wider form of the "while" rule stays open (strict xfail).
_WHILE_WIDE = ("any belief's that-clause keeping a contrast after it ('X believes that A, while B'; also 'but', 'though') "
               "moved PolNeAR held-out half B's own voice kept 0.851 -> 0.850 (one claim): narrowed to finding verbs "
               "(lang.FINDING_VERBS) and 'while'/'whereas'")


@pytest.mark.xfail(strict=True, reason=_WHILE_WIDE)
def test_a_beliefs_while_half_is_the_believers():
    got = _claims("Jane Roe believes that rents rose in Tarvin, while wages in Tarvin fell.")
    assert len(got) == 2 and all(g[1] == "Jane Roe" for g in got), got


@pytest.mark.parametrize("body, second", [
    ("Auditors found that the fund lost money, but the mayor disputed the audit.", ("article", "stated")),
    ("Jane Roe believes that the bridge is safe, while engineers say it is not.", ("engineers", "negated")),
])
def test_other_contrasts_keep_their_own_source(body, second):
    got = _claims(body)
    assert len(got) == 2 and got[1][1:] == second, got


# -- (3) a quotation paragraph after an image caption ------------------------------------------------

_CAPTIONED = '''"The team has spent years watching these reefs with divers, drones and sonar," said Dana Roe, a marine biologist at Tarvin University, in a statement.

%s

"But the first weeks of a coral's life have stayed out of view because the larvae drift in murky water."

The survey will continue at other reefs next year.'''


@pytest.mark.parametrize("between, who", [
    ("A drone image of Harlow Reef shows bleached corals along the outer ridge. Photo: J. Lee/Tarvin University", "Dana Roe"),
    ("A drone image of Harlow Reef shows bleached corals along the outer ridge. TARVIN UNIVERSITY/J. Lee of the Reef Lab",
     "Dana Roe"),
    ("The reef was first mapped in 1990.", "article"),  # a paragraph of the outlet's: the quotation stays unowned
])
def test_quotation_after_a_caption(between, who):
    got = [g for g in _claims(_CAPTIONED % between) if g[0].startswith('"But the first weeks')]
    assert len(got) == 1 and got[0][1] == who, got


# -- (4) a bare surname after a long title "of" a body -----------------------------------------------

@pytest.mark.parametrize("first, who", [
    ("Deputy Assistant Secretary of State for Policy Jane Doralt met the delegation on Monday.", "Jane Doralt"),
    ("Secretary of State Jane Doralt met the delegation on Monday.", "Jane Doralt"),
    ("Secretary Jane Doralt met the delegation on Monday.", "Secretary Jane Doralt"),  # (as before)
    ("Gov. Jane Doralt of Tarvin met the delegation on Monday.", "Gov. Jane Doralt"),  # the name before "of": as before
])
def test_surname_after_a_long_title(first, who):
    got = _claims(first + " The talks were long. Doralt said the two sides had agreed on a timetable.")
    assert got[-1][0].startswith("Doralt said") and got[-1][1] == who, got


def test_a_titled_subject_as_written_stays():
    assert _one("Secretary of State Jane Doralt said the two sides had agreed on a timetable.")[1] \
        == "Secretary of State Jane Doralt"


# -- (5) a contact relative's subject is not the claim's source, its wish no hedge of the claim --------

@pytest.mark.parametrize("body", [
    "The companies Brandt hopes to lure include three carmakers and a chip plant.",
    "The firms the mayor wants to attract include two banks.",
    "The cuts he wants the council to pass include two clinics.",  # (a pronoun: as before)
])
def test_contact_relative_subject(body):
    text, who, certainty = _one(body)
    assert (who, certainty) == ("article", "stated"), (text, who, certainty)


@pytest.mark.parametrize("body, who, certainty", [
    ("The union leader Jane Doe said the strike would end.", "Jane Doe", "speculative"),
    ("The lawyers Dana Roe and Ned Vale said the ruling was wrong.", "The lawyers Dana Roe and Ned Vale", "reported"),
    ("Brandt hopes to lure three carmakers to Tarvin.", "article", "speculative"),
])
def test_names_after_a_noun_that_are_subjects(body, who, certainty):
    text, got_who, got_certainty = _one(body)
    assert (got_who, got_certainty) == (who, certainty), (text, got_who, got_certainty)


# -- (6) a source's quoted forecast whose subject joins two nouns (GUIDELINES §14, "A source's forecast") --

@pytest.mark.parametrize("body, certainty", [
    ('"My review and recommendations will ensure that residents get better care," Dana Roe said.', "speculative"),
    ('"The ward and the clinic will open in May," Dana Roe said.', "speculative"),
    ('"The new ward will open in May," Dana Roe said.', "speculative"),  # (one noun: as before)
    ('"We have met them and I will say more later," Dana Roe said.', "reported"),  # two clauses: the first decides
    ('"My staff and I will not back down," Dana Roe said.', "reported"),  # a negated vow of resolve (§14)
    ('"It will be a disaster for the town," Dana Roe said.', "reported"),  # an opinion in the future (§14)
    ('"Prices rose and wages will fall," Dana Roe said.', "reported"),  # a verb before "and": two clauses
])
def test_quoted_forecast_with_a_joined_subject(body, certainty):
    text, who, got = _one(body)
    assert (who, got) == ("Dana Roe", certainty), (text, who, got)


@pytest.mark.parametrize("body, certainty", [
    # the speaker's own future act, reported, also when the claim reads as a position (§14: "Ryan said ... he would remove")
    ("Health commissioner Dana Roe visited three care homes. She said she would praise good practice but also expose the "
     "harm of poor practice to older residents.", "speculative"),
    # a leading "By ...ing ...," phrase is no part of the main clause
    ('"By giving a say to older residents and their relatives, my review and recommendations will ensure that the council '
     'understands the care homes," Dana Roe said.', "speculative"),
    ("Dana Roe said she would not accept the unfair and cruel plan.", "negated"),  # negation beats the future (§14)
    ("Dana Roe said it would be a disaster for the town.", "reported"),  # an opinion's copula
])
def test_a_sources_own_future_act(body, certainty):
    got = _claims(body)[-1]
    assert got[1] == "Dana Roe" and got[2] == certainty, got
