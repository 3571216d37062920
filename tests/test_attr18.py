"""Session 17, attr18 (issue 12): attributed claims shown as `stated` on PolNeAR half A, as invented
sentences of the same shapes with near-misses that must not change (the outlet's own sentences that
merely mention a person or a group among them). The expected source and certainty were written
before the tool ran. Shapes: a belief state after ", but" with a subject of its own ("..., but
Republicans seem confident they ...": GUIDELINES §13, beliefs are attributed to whoever holds them;
measured and switched off, its cases strict xfails); a title broken after a semicolon onto a second
line of its own (GUIDELINES §13: the title is never a claim; fixed)."""

from __future__ import annotations

import pytest

from tests.test_attr14b import _claims  # (claims of a one-paragraph body, shared with attr14b)
from tests.test_reading_outputs import _code


#: Why a belief state after a contrast stays unsplit (strict xfail).
_OFF = ("contrast.STATE_AFTER_CONTRAST off: the split gave PolNeAR half A its one claim of the shape (shown `stated` "
        "34 -> 33) but cost held-out half B one attributed claim (balanced accuracy 0.836 -> 0.835, found 0.821 -> "
        "0.820, named source n 454 -> 453) with every state adjective, with convinced/confident/sure/certain alone, "
        "and after a first clause in the outlet's voice alone (attr18)")
_X = pytest.mark.xfail(strict=True, reason=_OFF)


def _find(got, start: str):
    hits = [g for g in got if g[0].startswith(start)]
    assert len(hits) == 1, got
    return hits[0]


# -- (1) a belief state in the clause after ", but": the holder's ----------------------------------

@pytest.mark.parametrize("body, start, expected", [
    pytest.param("The governor's veto is expected to arrive ahead of the deadline on Friday, but Democrats seem confident "
                 "they have the seats needed to override her.", "Democrats", ("Democrats", "reported"), marks=_X),
    pytest.param("The mayor of Tarvin, Dana Vale, has promised to veto the harbor bill, but council members seem "
                 "confident they have the votes to override her.", "Council members", ("council members", "reported"),
                 marks=_X),
    pytest.param("The governor will sign the levy bill, but lawmakers are convinced that it will fail at the polls.",
                 "Lawmakers", ("lawmakers", "speculative"), marks=_X),
    pytest.param("The port reopened on Monday, but the dockworkers are sure the cranes will break down again.",
                 "The dockworkers", ("the dockworkers", "speculative"), marks=_X),
    pytest.param("Pellston Mills cut 40 jobs in March, but its owners are confident the plant will stay open.",
                 "Its owners", ("its owners", "speculative"), marks=_X),
])
def test_belief_state_after_but_is_the_holders(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


@pytest.mark.parametrize("body, start, expected", [
    # the first clause stays as it was: the outlet's expectation, the mayor's promise
    ("The governor's veto is expected to arrive ahead of the deadline on Friday, but Democrats seem confident they "
     "have the seats needed to override her.", "The governor's veto", ("article", "speculative")),
    ("The mayor of Tarvin, Dana Vale, has promised to veto the harbor bill, but council members seem confident "
     "they have the votes to override her.", "The mayor of Tarvin", ("Dana Vale", "reported")),
    # an impersonal state: the outlet's own hedge
    ("The plant closed in May, but it is certain the owners will sell the land.", "The plant closed",
     ("article", "stated")),
    # a state with no clause: a feeling the outlet reports, or a forecast ("certain to")
    ("The mayor opened the bridge on Monday, but residents are unhappy with the new tolls.",
     "The mayor opened", ("article", "stated")),
    ("The levy passed the council on Monday, but the plan seems certain to fail in the state senate.",
     "The levy passed", ("article", "stated")),
    # the outlet's own sentence that merely mentions a person's mood
    ("Council member Ada Voss, who seemed confident at the meeting, left before the vote on the harbor bill.",
     "Council member Ada Voss", ("article", "stated")),
])
def test_belief_state_near_misses(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (2) a title broken after a semicolon: the second line is the title's, no claim ------------------

_BODY = "\n\nDana Vale has asked for a recount of the harbor vote, her office said on Monday.\n"


@pytest.mark.parametrize("title, expected", [
    # the second line of the title: no claim (was `article`/`stated`)
    ("Mayor questions the harbor count; \nRecount compared to 'moving the goalposts' at a bake sale.", []),
    ("Tarvin council delays the levy vote:\nMembers want more time to read the audit.", []),
    # near-misses: a one-line title; a first line that ends with no semicolon is the title alone and
    # the next line the lede; a long second line is the lede
    ("Mayor questions the harbor count", []),
    ("Mayor questions the harbor count\nThe recount was compared to moving the goalposts at a bake sale.",
     ["The recount was compared to moving the goalposts at a bake sale."]),
    ("Mayor questions the harbor count;\nThe recount of the harbor vote, which the council ordered last week after "
     "a long night of debate, will cost the city more than 40,000 dollars, the clerk said.",
     ["The recount of the harbor vote"]),
])
def test_title_broken_after_a_semicolon(title, expected):
    got = [c.text for c in _code(title + _BODY).claims]
    assert [g for g in got if not g.startswith("Dana Vale")] == [g for g in got if any(g.startswith(e[:30]) for e in expected)]
    assert len(got) == 1 + len(expected), got
