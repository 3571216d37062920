"""within47 (issue 15): disputes inside one article the digest missed. Invented articles
throughout (made-up names, towns and companies); a near miss beside each rule: two sources who
merely add to each other are no conflict.

* a short reply in set words (replies.py): "You obviously cannot do that" after "can"; "No
  decision has been made" after an act said to come; "worked properly" after a fault;
* another figure given as "the real figure was less than $X" (lang.FIGURE_CORRECTORS);
* "a claim by <owner> that ... - a claim <Name> rejected": the owner's account, even when the
  sentence is credited to the rejecter (onesentence.py).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles, _within

_FILL = ("The hall was closed for the day. Visitors gathered by the gate. A meeting is planned for the "
         "weekend. ")


def _disputes(body: str) -> list:
    al, _, _ = build_sections(_articles("Town report\n\n" + _FILL + body + " " + _FILL + "\n"))
    return _within(al)


def _quotes(c) -> str:
    return " || ".join(s.quote for s in c.sides)


# -- replies in set words ---------------------------------------------------------------------------

@pytest.mark.parametrize("body,a,b", [
    ('"Now they are telling me I can do it with a simple order," Mayor Ilse Varden said. '
     '"You obviously cannot do that," council leader Bram Tocher told a radio station.',
     "can do it", "cannot do that"),
    ("The Corvale Rail union said the depot at Marrow Cross would be shut next spring. "
     '"No decision has been made about any site," a company spokeswoman, Tova Lind, said.',
     "would be shut", "No decision"),
    ("Candidate Orrin Halvey said he would seek a recount, citing problems with a voting machine in the "
     "Westbrook library. Clerk Dana Pell said the machine had been tested and worked properly.",
     "problems with", "worked properly"),
])
def test_a_reply_in_set_words_disputes_the_account_before_it(body, a, b):
    got = _disputes(body)
    assert any(a in _quotes(c) and b in _quotes(c) for c in got), [(_quotes(c), c.reason) for c in got]


@pytest.mark.parametrize("body", [
    # the same side twice: a speaker continuing her own point
    ('"We can finish the bridge by June," Mayor Ilse Varden said. "We cannot do that without the grant," '
     "Varden added."),
    # a reply naming its own matter that the account does not share: two sources adding to each other
    ("The Corvale Rail union said the depot at Marrow Cross would be shut next spring. "
     '"No decision has been made on the pension fund\'s investments," a company spokeswoman, Tova Lind, said.'),
    # the account is negated: nothing was said to come
    ("The Corvale Rail union said the depot would not be shut. "
     '"No decision has been made about any site," a company spokeswoman, Tova Lind, said.'),
    # "worked properly" of another thing than the fault named
    ("Candidate Orrin Halvey said he would seek a recount, citing problems with a voting machine in the "
     "Westbrook library. Clerk Dana Pell said the new phone line had worked properly."),
    # a fault the reply agrees with
    ("Candidate Orrin Halvey cited problems with a voting machine in the Westbrook library. "
     "Clerk Dana Pell said the machine had not worked properly on Tuesday."),
    # two sources who add to each other, no reply words
    ("The Corvale Rail union said the depot at Marrow Cross would be shut next spring. "
     "Spokeswoman Tova Lind said the company would pay for retraining."),
])
def test_near_misses_of_set_replies_are_no_dispute(body):
    got = [c for c in _disputes(body) if "cannot" in c.reason or "decided" in c.reason or "worked" in c.reason]
    assert not got, [(_quotes(c), c.reason) for c in got]


def test_an_inability_reply_stands_for_its_speakers_paraphrase_just_before():
    body = ("Council leader Bram Tocher said the mayor cannot close the harbor market by decree. "
            '"You obviously cannot do that," Tocher said. ' + _FILL
            + '"Now they are telling me I can close the harbor market with a decree," Mayor Ilse Varden said.')
    got = _disputes(body)
    assert any("You obviously cannot do that" in _quotes(c) and "I can close" in _quotes(c) for c in got), \
        [(_quotes(c), c.reason) for c in got]


def test_an_inability_reply_with_no_other_side_saying_can_is_alone():
    body = ("Council leader Bram Tocher said the mayor cannot close the harbor market by decree. "
            '"You obviously cannot do that," Tocher said. ' + _FILL
            + "Mayor Ilse Varden said the harbor market would stay open on Sundays.")
    got = [c for c in _disputes(body) if "cannot" in c.reason]
    assert not got, [(_quotes(c), c.reason) for c in got]


# -- another figure: "the real figure was less than $X" --------------------------------------------

def test_the_real_figure_was_less_than_is_another_figure():
    got = _disputes("Prosecutors said Oren Palley took $2.4 million from the harbor fund over five years. "
                    "His lawyer, Ada Krell, told jurors the real figure was less than $400,000.")
    assert any("$2.4 million" in _quotes(c) and "less than $400,000" in _quotes(c) for c in got), \
        [(_quotes(c), c.reason) for c in got]


def test_the_figure_given_by_the_same_side_again_is_no_correction():
    # near miss: the prosecutors' own second sentence, not another side's figure
    got = _disputes("Prosecutors said Oren Palley took $2.4 million from the harbor fund over five years. "
                    "Prosecutors said the real figure was less than $3 million a year ago.")
    assert not [c for c in got if "figure" in c.reason], [(_quotes(c), c.reason) for c in got]


# -- "a claim by <owner> that ... - a claim <Name> rejected" -------------------------------------------

def test_a_claim_by_an_owner_rejected_in_one_sentence_is_a_dispute():
    got = _disputes("Vell was answering a claim by a Harnett aide earlier Monday that the only reason the "
                    "strike had spread was the union's own leaflet - a claim Vell rejected.")
    assert any("in one sentence" in c.reason and "aide" in c.reason for c in got), [(_quotes(c), c.reason) for c in got]


def test_an_inability_reply_answers_can_not_a_supposing_could():
    # near miss: "could" only supposes; the claim that it can be done is the one answered
    body = ("Council leader Bram Tocher said the mayor cannot close the harbor market by decree. "
            '"You obviously cannot do that," Tocher said. '
            '"A decree could close the harbor market for a season," lawyer Piet Avenell wrote. ' + _FILL
            + '"Now they are telling me I can close the harbor market with a decree," Mayor Ilse Varden said.')
    got = [c for c in _disputes(body) if "cannot" in c.reason]
    assert len(got) == 1 and "I can close" in _quotes(got[0]), [(_quotes(c), c.reason) for c in got]
