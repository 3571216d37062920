"""A statement made by trying to make it, a position put to an addressee ("made the case to the board that A"), and a call's content qualified after "but" (session 38, issue 12; branch
attr47): "<X> tried to argue that A", "attempted to make the case that A", "was trying to explain why A" are X's
statements (the attempt is the speaking: the statement was made, as after "was quick to point out that"); and
"<X> called for A, but on a wider scale" keeps the verbless "but" phrase in X's content (it qualifies the call; the
content had fallen under half of the sentence, which went to the outlet). Invented texts; near-misses keep their
reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze

from tests.reading import TREASURER_HEAD as HEAD, read  # (the shared helper)


# 1. a verb of trying before a cue that reports ("tried to argue that"): the statement was made (GUIDELINES §6)
@pytest.mark.parametrize("sentence", [
    "Moss tried to argue that the pool had lost money for a decade.",
    "The treasurer tried to make the case that the pool should close in the winter months.",
    "Moss was trying to explain why the pool had lost money for a decade.",
    "Moss has attempted to argue that the pool had lost money for a decade.",
    "The treasurer attempted to make the case that the pool should close in the winter months.",
    "Moss is trying to argue that the heating bill has doubled since the spring.",
])
def test_a_statement_made_by_trying_to_make_it(sentence):
    src, cert = read(sentence)
    assert src == "Ada Moss"
    assert cert != "stated"


@pytest.mark.parametrize("sentence", [
    "Moss will try to argue that the pool had lost money for a decade.",  # a modal: not made yet
    "Moss did not try to argue that the pool had lost money for a decade.",  # negated: not made
    "Moss tried to call a vote on the pool before the summer.",  # a weak cue with no clause: an act
    "Moss tried to find a buyer for the pool before the summer.",
    "Moss tried to close the pool before the summer.",  # no cue at all
    "The lifeguards tried to tell the difference between the two alarms.",  # a speech verb with no clause after it
    "Moss tried to show residents the new changing rooms.",
])
def test_near_misses_of_trying_to_say(sentence):
    src, _ = read(sentence)
    assert src is None


# 2. a verbless "but" phrase after a call or a demand qualifies it: the content is still the caller's
@pytest.mark.parametrize("sentence", [
    "Moss has also called for a review of the library's hours, but on a wider scale.",
    "(Moss has also called for a review of the library's hours, but on a wider scale.)",
    "Moss called for a ban on cars, but only in the streets of the old town.",
    "The treasurer called for a pay freeze, but mostly for the senior staff of the county.",
])
def test_a_verbless_but_phrase_stays_in_the_call(sentence):
    src, _ = read(sentence)
    assert src == "Ada Moss"


@pytest.mark.parametrize("sentence,outlets", [
    # a clause after "but": the outlet's own remark, cut off the call as before
    ("Moss called for a review of the library's hours, but in June the board refused it.", "but in June the board refused it."),
    ("Moss wants to cut the library's hours, but the mayor has refused.", "but the mayor has refused."),
    ("Moss called for a review of the library's hours, but for the rest of the council the matter is closed.",
     "but for the rest of the council the matter is closed."),
])
def test_a_but_clause_is_still_the_outlets(sentence, outlets):
    text = HEAD + sentence + "\n"
    at = analyze(text)
    start = text.index(outlets)
    assert at.source_for(start, start + len(outlets)) is None


def test_an_effort_outcome_after_but_is_not_the_callers_content():
    """"..., but to no avail" / "but without success": the outlet's remark on the effort, never in the content."""
    from summarizer.attribution.frame_scope import _verbless_qualifier
    assert _verbless_qualifier(" on a wider scale.")
    assert _verbless_qualifier(" only in the streets of the old town.")
    assert not _verbless_qualifier(" to no avail.")
    assert not _verbless_qualifier(" without success.")
    assert not _verbless_qualifier(" in vain.")
    assert not _verbless_qualifier(" in June the board refused it.")
    assert not _verbless_qualifier(" the mayor has refused.")


# 3. "made the case / the point to <addressee> that A": the position put to someone is still the maker's (§13)
@pytest.mark.parametrize("sentence", [
    "Moss made the case to residents that the pool had lost money for a decade.",
    "Moss made the point to the board that the pool had lost money for a decade.",
    "Moss made the case to them that the pool had lost money for a decade.",
    "Moss attempted to make the case to the board members that the pool had lost money.",
])
def test_a_position_put_to_an_addressee(sentence):
    src, cert = read(sentence)
    assert src == "Ada Moss"
    assert cert != "stated"


@pytest.mark.parametrize("sentence", [
    "Moss took the case to the county court that the family had brought in 2019.",  # a lawsuit taken to a court
    "Moss made the case to cut the taxes that the council had raised in 2019.",  # an infinitive, then a relative
    "The family pressed its claim to the land that their grandparents had farmed.",  # a claim to a thing
])
def test_near_misses_of_the_addressee(sentence):
    src, _ = read(sentence)
    assert src is None


def test_a_verbless_while_phrase_keeps_its_cut():
    """Only "but" keeps a verbless phrase in the content: "spoke about A while at the hall" stays narration (attr19)."""
    src, _ = read("Moss spoke about her deep ties to the swimming club while at the town hall in Pellby.")
    assert src is None
