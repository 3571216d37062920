"""Session 33, shapes36: shapes session 32 left because the modules they live in were at the 400-line bound
(evals/RESULTS.md "Session 33: shapes36"). Invented sentences (names, places, topics and numbers changed), each with
what an analyst reads in it, and near misses that must not change.

1. "<Name> was charged with A and could face B" (and ", and could face B"): one claim, `speculative` for the charge
   too; now the act as the outlet tells it (`stated`) and the hedged conjunct with the subject it shares
   (`speculative`). Not when the first predicate is hedged or negated, nor inside a source's statement, nor when the
   second conjunct has a subject of its own.
2. "<Name>, who investigators believe stole <x>": an irregular past the past test did not know ("stole") left the
   relative to drafts' descriptions, which made the malformed outlet claim "<Name> investigators believe stole <x>".
   Now the investigators' claim "<Name> stole <x>.", and no description opens with a source and its cue.
3. "He told <paper> that A. He added B. <Title> <Name> was speaking at ...": an opening pronoun resolved forward
   read only the next sentence (shapes35); now up to three sentences on, through sentences that go on with the
   same pronoun or a quotation, when no other person is named first and the named sentence is no new speech act.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claims(text: str):
    return [(c.text, c.attributed_to, c.certainty) for c in code("Town news\n\n" + text + "\n").claims]


# 1. a hedged conjunct with no subject of its own ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, act, hedged", [
    ("Marta Quill was charged with arson and could face twelve years in prison.",
     "Marta Quill was charged with arson.", "Marta Quill could face twelve years in prison."),
    ("The three porters are charged with theft, and could face jail if found guilty.",
     "The three porters are charged with theft.", "The porters could face jail if found guilty."),
    ("The ferry service resumed on Tuesday and may stop again in the winter.",
     "The ferry service resumed on Tuesday.", "The ferry service may stop again in the winter."),
    ("Olin Brast was arrested at the border and will appear in court on Friday.",
     "Olin Brast was arrested at the border.", "Olin Brast will appear in court on Friday."),
])
def test_the_act_is_stated_and_the_hedged_conjunct_is_its_own_claim(sentence, act, hedged):
    got = _claims(sentence)
    assert (act, "article", "stated") in got
    assert (hedged, "article", "speculative") in got
    assert not any(t == sentence for t, _, _ in got)  # the whole sentence is no longer one hedged claim


@pytest.mark.parametrize("sentence", [
    "The bakery may sell its ovens and could buy a larger site.",       # both predicates hedged: one claim
    "Marta Quill did not pay the levy and could lose her permit.",      # a negated first predicate governs both
    "The depot closed in June and drivers could lose their routes.",    # the second conjunct has its own subject
    "Inspectors said Marta Quill was charged with arson and could face twelve years in prison.",  # a source's statement
])
def test_near_misses_stay_one_claim(sentence):
    got = _claims(sentence)
    assert [t for t, _, _ in got] == [sentence]


# 2. "who <source> believe <irregular past>" ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, claim", [
    ("Guards detained a driver, Pavel Orme, who investigators believe stole a tractor from the farm.",
     "Pavel Orme stole a tractor from the farm."),
    ("Guards detained a driver, Pavel Orme, who detectives suspect hid the ledgers in a barn.",
     "Pavel Orme hid the ledgers in a barn."),
])
def test_a_sourced_relative_with_an_irregular_past_is_the_sources_claim(sentence, claim):
    got = _claims(sentence)
    assert any(t == claim and src in ("investigators", "detectives") for t, src, _ in got), got
    assert not any("believe stole" in t or "suspect hid" in t for t, _, _ in got if t != sentence), got


def test_no_description_opens_with_a_source_and_its_cue():
    got = _claims("Guards detained a driver, Pavel Orme, who critics say is a smuggler.")
    assert not any(t.startswith("Pavel Orme critics") for t, _, _ in got), got


def test_a_plain_relative_is_still_a_description():
    # near miss: a relative with no source of its own stays the outlet's description of the name
    got = _claims("Guards detained Pavel Orme, who founded a haulage firm in 2019.")
    assert ("Pavel Orme founded a haulage firm in 2019.", "article", "stated") in got, got


# 3. a pronoun resolved forward past its own next sentence ---------------------------------------------------------
_OPENING = "He told the Harlow Courier that the ferry fares would rise in spring."


@pytest.mark.parametrize("between", [
    "He added that the operator had lost money for three years.",
    "“We have no choice,” he said.",
])
def test_an_opening_pronoun_goes_on_to_the_person_named_two_sentences_on(between):
    text = f"{_OPENING}\n\n{between}\n\nTransport Secretary Colm Deery was speaking at a port conference in Belcross."
    assert who(text, _OPENING) == "Transport Secretary Colm Deery"
    assert who(text, between) == "Transport Secretary Colm Deery"


@pytest.mark.parametrize("between, named", [
    ("The operator had lost money for three years.", "Transport Secretary Colm Deery was speaking at a conference."),  # no pronoun between
    ("He added that the operator had lost money for three years.", "Mayor Ines Korr said the port would stay open."),  # a new speaker
    ("Harbour master Eli Stroud had warned of the losses.", "Transport Secretary Colm Deery was speaking at a conference."),  # another person first
])
def test_an_opening_pronoun_stays_unresolved_when_the_chain_breaks(between, named):
    assert who(f"{_OPENING}\n\n{between}\n\n{named}", _OPENING) == "He"
