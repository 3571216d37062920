"""Session 13, attr14b (issue 12): the attribution leftovers of session 12, each as invented
sentences of the shape that went wrong, with near-misses that must not change. The expected source
and certainty were written before the tool ran. Shapes: a manner adverb after an apposition before a
verb of judging; a leading "As ..." clause before an evaluation; "Plus" opening the sentence; "X did
A, telling Y that B"; "X called Y a Z" with a one-word object or an unnamed group with a relative
clause as its source; '"A," X wrote in an email to the N's Y, and "B."'."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


#: Why the adverb case stays open (strict xfail).
_ADVERB = ("an -ly adverb between an apposition's closing comma and a verb of judging, read as a modifier "
           "(subjects.comma_then_modifiers), took one claim of PolNeAR's held-out half B off the outlet's voice "
           "(own voice kept 0.851 -> 0.850), also when narrowed to verbs of accusing and evaluating: dropped")


def _claims(body: str):
    return [(c.text, c.attributed_to, c.certainty) for c in _code("A headline for the test.\n\n" + body).claims]


def _one(body: str):
    got = _claims(body)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("body, source", [
    # an apposition, then a manner adverb, then a verb of judging (the first one left open: see _ADVERB)
    pytest.param("Tessa Moore, the city's budget director, sharply criticized the council's spending plan.", "Tessa Moore",
                 marks=pytest.mark.xfail(strict=True, reason=_ADVERB)),
    ("Gov. Ray Dunn, a Republican, bitterly denounced the ruling.", "Gov. Ray Dunn"),  # (an evaluation verb: as before)
    # (without the adverb, as before)
    ("Tessa Moore, the city's budget director, criticized the council's spending plan.", "Tessa Moore"),
    # a leading subordinate clause before an evaluation verb
    ("As he often has in committee hearings, Senator Ned Vale assailed the agency's chief.", "Senator Ned Vale"),
    ("As she did last year, Mayor Lina Ostrow criticized the transit board.", "Mayor Lina Ostrow"),
    # "Plus" is no part of the source
    ("Plus the governor wants the levy to pass by spring.", "the governor"),
    ("Plus the mayor said the bridge would reopen in May.", "the mayor"),
    # "called Y a Z": a one-word object, an unnamed group, a relative clause in the subject
    ("Tessa Moore called Brandt a fraud.", "Tessa Moore"),
    ("The doctors called Brandt a fraud.", "The doctors"),
    ("One of the nurses who signed the petition called Dan Brandt a fraud.", "One of the nurses who signed the petition"),
    ("Some of the parents who attended the meeting called the plan a disgrace.", "Some of the parents who attended the meeting"),
    # a second quoted part after an addressee with a possessive name
    ('Marlow is "fast as lightning," Dana Keel wrote in an email to the Sports Channel\'s Rick Tamm, and "hard to stop."',
     "Dana Keel"),
])
def test_the_subjects_statement(body, source):
    text, who, certainty = _one(body)
    assert who == source and certainty != "stated", (text, who, certainty)


@pytest.mark.parametrize("body", [
    "Tessa Moore, the budget director, quickly left the room.",  # an adverb, but no cue
    "As the storm moved east, the river flooded three towns.",  # an "As" clause, no speaker
    "As expected, the council approved the budget.",
    "One of the nurses who signed the petition called the hospital on Monday.",  # a phone call, no label
    pytest.param("Sen. Ned Vale called the meeting to order at noon.", marks=pytest.mark.xfail(
        strict=True, reason="'called X to order' is read as a speech act by main's rules already (not this branch's): left")),
])
def test_near_misses_stay_the_outlets(body):
    text, who, certainty = _one(body)
    assert who == "article" and certainty == "stated", (text, who, certainty)


def test_plus_as_a_name_stays():
    assert _one("Plus Holdings said its profit rose.")[1] == "Plus Holdings"


@pytest.mark.parametrize("body, act, told", [
    ('Dan Harlan has had sharp words for the mayor, telling reporters that "I am not happy with the plan."',
     "Dan Harlan has had sharp words for the mayor.", 'Dan Harlan told reporters that "I am not happy with the plan."'),
    ("Dan Harlan and his aides have had sharp words for the mayor, telling Brill that 'I'm not happy with the plan.'",
     "Dan Harlan and his aides have had sharp words for the mayor.", "told Brill that 'I'm not happy with the plan.'"),
])
def test_an_act_and_what_was_told_while_doing_it_are_two_claims(body, act, told):
    got = _claims(body)
    assert (act, "article", "stated") in got, got  # the negation inside the quotation no longer negates the act
    assert any(t.endswith(told) and who.startswith("Dan Harlan") for t, who, _ in got), got


def test_a_speech_act_with_a_telling_participle_stays_one_claim():
    # the act is itself a judgement: one claim, the speaker's
    text, who, certainty = _one("Dan Harlan criticized the mayor, telling Ann Brill that the plan was not ready.")
    assert who == "Dan Harlan" and certainty != "stated"


def test_a_second_clause_of_the_outlet_after_a_told_frame_stays_the_outlets():
    got = _claims('"The bridge is safe," the engineer told the city\'s transit board on Monday, and the board voted to reopen it.')
    assert ("The board voted to reopen it.", "article", "stated") in got, got
