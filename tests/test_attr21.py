"""Session 20, attr21 (issue 12): the PolNeAR half-A claims the gold attributes and the tool showed
as `stated` (evals/tools/attrib_split.py --stated-why), as invented sentences of the shapes that are
rule errors by GUIDELINES, with near shapes that must not change. The expected source and certainty
were written before the tool ran.

Shapes: (1) "Many residents have heard (by now) that C": a that-clause after "heard" gives what
the hearers hold as told, the hearers' as a belief is its holder's (GUIDELINES §13 "Intentions,
beliefs and forecasts are attributed"; the hearing frame of court copy already reads "The jury
heard that C" so); (2) "X unveiled a proposal for A that would B": a proposal made public is a
speech act of X (§13 "proposes"; §6 "a plan reported as a ... proposal keeps the certainty of its
attribution"); (3) "In a comparison done by X, C": a finding named by an opening phrase, as
"In this poll, C" (§13 findings are sources)."""

from __future__ import annotations

import pytest

from tests.test_attr14b import _claims  # (claims of a one-paragraph body, shared with attr14b)


def _find(got, start: str):
    hits = [g for g in got if g[0].startswith(start)]
    assert len(hits) == 1, got
    return hits[0]


# -- (1) "have heard that C": the hearers hold C as told ---------------------------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("Many residents have heard by now that 30 swans die on the lake each winter.", "Many residents",
     ("Many residents", "reported")),
    ("Most commuters heard that the ferry had been cancelled.", "Most commuters", ("Most commuters", "reported")),
    ("Nora Pell runs a bakery in Dunmore. She had heard that the old mill was for sale.", "Nora Pell had heard",
     ("Nora Pell", "reported")),
])
def test_heard_that_is_the_hearers(body, start, expected):
    got = _claims(body)
    hit = [g for g in got if g[0].startswith(start) or g[0].startswith(start.split()[0] + " had heard")
           or "heard" in g[0]]
    assert len(hit) == 1, got
    assert hit[0][1:] == expected, got


@pytest.mark.parametrize("body, start, expected", [
    # not a that-clause: what was heard is a sound, a topic or a hearing's evidence (the outlet's)
    ("Residents heard a loud bang on Tuesday night.", "Residents", ("article", "stated")),
    ("Neighbours heard about the fire from a radio bulletin.", "Neighbours", ("article", "stated")),
    ("The council heard evidence that the pier was unsafe.", "The council", ("article", "stated")),
    # the hearing frame of court copy, as before
    ("The jury heard that the driver had been drinking.", "The jury", ("The jury", "reported")),
])
def test_heard_without_that_clause_apart(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (2) "unveiled a proposal for A that would B": a proposal made public is X's ----------------------

_REJECTED = ("'The committee rejected a proposal to close the library.' is the committee's `reported` (on main f3e2f7a too): "
             "'rejected' with a proposal's noun is read as a statement; GUIDELINES §14 says a body refusing a request or "
             "approval acts (`article`/`stated`); found by this battery (an apart case written before the tool ran), not fixed (attr21)")

@pytest.mark.parametrize("body, start, expected", [
    ("Before the summit, Norland and Vesta unveiled a proposal for closer cooperation that would create a shared "
     "coast guard.", "Before the summit", ("Norland and Vesta", "reported")),
    ("Ahead of Friday's vote, the Lorne council unveiled a proposal that would cap rents for two years.", "Ahead of",
     ("the Lorne council", "reported")),
    ("The harbor board presented a proposal to rebuild the sea wall by 2030.", "The harbor board",
     ("The harbor board", "reported")),
])
def test_unveiled_proposal_is_the_proposers(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


def test_released_plan_stays_the_outlets():
    # "released/unveiled a plan to" is the act the outlet reports (tests/pol10_battery.txt; first written with
    # "plan" in the rule, which that battery caught: narrowed to a proposal's noun); a time phrase is no subject
    assert _find(_claims("The Lorne council on Monday released a plan to hire 30 new wardens."), "The Lorne council")[1] \
        == "article"
    assert _find(_claims("The Lorne council on Monday unveiled a proposal to hire 30 new wardens."), "The Lorne council")[1] \
        in ("article", "The Lorne council")


@pytest.mark.parametrize("body, start, expected", [
    # a body refusing a proposal acts (GUIDELINES §14); a thing unveiled is no proposal
    pytest.param("The committee rejected a proposal to close the library.", "The committee", ("article", "stated"),
                 marks=pytest.mark.xfail(strict=True, reason=_REJECTED)),
    ("The committee rejected the proposal.", "The committee", ("article", "stated")),
    ("Workers unveiled a statue of the founder on Friday.", "Workers", ("article", "stated")),
])
def test_proposal_acts_apart(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (3) "In a comparison done by X, C": a finding named by an opening phrase ------------------------

@pytest.mark.parametrize("body, start, name", [
    ("In a comparison done by the Tarvin Institute, rents in the north rose twice as fast as wages.", "In a comparison",
     "Tarvin Institute"),
    ("In an analysis published by the Dorvan Herald, most of the mayor's claims were rated as false.", "In an analysis",
     "Dorvan Herald"),
])
def test_in_a_comparison_by_is_the_findings(body, start, name):
    got = _find(_claims(body), start)
    assert name in got[1] and got[2] == "reported", got


@pytest.mark.parametrize("body, start", [
    ("In comparison, rents in the south fell by a tenth.", "In comparison"),
    ("In a report on Monday, the council listed 12 closed roads.", "In a report"),
])
def test_in_comparison_apart(body, start):
    got = _find(_claims(body), start)
    assert got[1] in ("article", "the council"), got


# -- (4) attr19's left list: a quotation whose tag is a relative clause inside a retold story -------

_RELATIVE_TAG = ("a quotation whose tag is a relative clause of a noun in a retold story ('the story Tom Vale told about "
                 "his father, who wired, \"A. B.\"'): the quoted sentences go to the sentence's subject, cut as 'Voters "
                 "still remember the story Tom Vale', not to the one who wired them; the relative tag ('who wired,') opens "
                 "no frame of its own (attr19's left list; on main f3e2f7a too; not fixed for time: attr21)")


@pytest.mark.xfail(strict=True, reason=_RELATIVE_TAG)
def test_relative_tag_quotation_in_a_story_is_the_writers():
    body = ('Voters still remember the story Tom Vale told about his father, who wired, "Dear Tom, buy no more votes '
            'than you need. I will not fund a landslide."')
    got = _claims(body)
    quoted = [g for g in got if "landslide" in g[0] or "no more votes" in g[0]]
    assert quoted and all("father" in g[1] for g in quoted), got


def test_relative_tag_quotation_is_not_the_outlets():
    # the part that holds (the first shape tried): no quoted sentence is shown in the outlet's voice
    body = ('Mayor Ana Ruiz often tells the story of her grandmother, who wrote, "Dear Ana, the harbor is frozen. '
            'I will not sail until the ice breaks."')
    got = _claims(body)
    quoted = [g for g in got if "sail" in g[0] or "frozen" in g[0]]
    assert quoted and all(g[1] != "article" for g in quoted), got


def test_short_semicolon_clause_stays_the_speakers():
    # attr19's strict xfail, fixed by left20 (frame_shapes.short_semicolon_tail): kept here as a check
    got = _claims("Mayor Dana Vale said that the mill would close in June; the union met on Monday.")
    assert all(g[1] == "Mayor Dana Vale" for g in got if "mill" in g[0]), got
