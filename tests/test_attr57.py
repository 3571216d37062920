"""Cue shapes and certainties still read wrong on real news (session 48, attr57; issue 12). Invented texts of the
shapes the lead (session 47), real56 and attr56 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import TREASURER_HEAD, read
from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import split_sentences


def _sentences(text: str) -> list[tuple[str | None, str, str]]:
    """(source, certainty, sentence) of each sentence of `text` after the invented opening."""
    full = TREASURER_HEAD + text + "\n"
    at = analyze(full)
    return [(at.source_for(sp.start, sp.end), certainty_for(full, sp.start, sp.end, at), full[sp.start:sp.end])
            for sp in split_sentences(full) if sp.start >= len(TREASURER_HEAD)]


# -- "were due to <noun>": a cause, not a schedule (the lead, session 47) ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The delays were due to illness.",
    "The delays were due to staffing shortages.",
    "The closures are due to concerns about safety.",
    "The delays were due to congestion.",
    "The drop was largely due to rising rates among young people.",
    "The fall was partly due to the weather.",
])
def test_due_to_a_noun_is_a_cause(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "The ship was due to arrive on Monday.",
    "The mayor is due to address the council.",
    "Pupils were due to sit the test on Friday.",
    "The minister is due to bring the bill back.",
    "The talks were due to focus on trade.",
    "The pair is due to be arraigned on Thursday.",
])
def test_near_misses_due_to_a_verb_is_a_schedule(sentence):
    assert read(sentence) == (None, "speculative")


# -- a writer's aside between commas (the lead, session 47) -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The harshest reaction came from Tom Reed, whose aide, it should be noted, tried to clarify his remarks on Monday.",
    "The harshest reaction came from Tom Reed, whose spokesman, it may be noted, clarified his remarks on Monday.",
    "His spokesman, it should be noted, clarified the remarks on Monday.",
    "The figure, it is worth noting, rose again in May.",
])
def test_a_writers_aside_hedges_nothing_and_names_no_one(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence, reading", [
    ("The bridge, it should be noted, may close in May.", (None, "speculative")),  # the clause's own modal
    ("It should be noted that the bridge is old.", (None, "speculative")),  # a clause of its own: as on main
    ("Tom Reed, it should be noted, said the bridge was old.", ("Tom Reed", "reported")),
])
def test_near_misses_of_the_aside(sentence, reading):
    assert read(sentence) == reading


# -- "Under <a law>, X must ...": what a law in force requires (GUIDELINES §14 (a); the lead, session 47) -------------------

@pytest.mark.parametrize("sentence", [
    "Under federal law, judges must step aside from cases in which their impartiality might be questioned.",
    "Under federal law, judges must step aside from such cases.",
    "Under the new rules, drivers must carry a permit.",
    "Under state law, landlords have to return deposits within 30 days.",
])
def test_a_law_in_force_is_stated(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "Under the proposed rules, drivers must carry a permit.",  # a proposal: not in force
    "Under federal law, he could face ten years in prison.",  # a possibility
    "Under the plan, drivers must carry a permit.",
    "Under pressure, the council must decide by Friday.",
    "Drivers must carry a permit.",
])
def test_near_misses_of_the_law_in_force(sentence):
    assert read(sentence) == (None, "speculative")


# -- a rating verb's subject not cut at the figure (real56) -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The fact-check site rated 41% of Green claims as false or mostly false.",
    "The fact-check site rated half of Democratic claims as true.",
])
def test_claims_counted_by_a_share_are_a_noun(sentence):
    assert read(sentence) == ("The fact-check site", "reported")  # the whole subject; "rated ... as" a cue since attr58


@pytest.mark.parametrize("sentence, source", [
    ("A spokesman for Acme says the plan is sound.", "A spokesman for Acme"),
    ("About 40% of Republicans say the plan is sound.", "About 40% of Republicans"),
    ("Most of Congress says the plan is sound.", "Most of Congress"),
])
def test_near_misses_of_the_counted_share(sentence, source):
    assert read(sentence)[0] == source


# -- a denied doubt over a modal affirms (real56) -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, reading", [
    ("Nobody would question her intelligence.", (None, "stated")),
    ("No one can deny that the plant closed.", (None, "stated")),
    ("No one would question the result.", (None, "stated")),
    ("Tom Reed said nobody would question her intelligence.", ("Tom Reed", "reported")),
    ("Nobody doubts the experiments happened.", (None, "stated")),  # as on main
])
def test_a_denied_doubt_affirms(sentence, reading):
    assert read(sentence) == reading


@pytest.mark.parametrize("sentence", [
    "Nobody would buy the house.",
    "No one was hurt.",
    "No one denied the claims.",
])
def test_near_misses_a_negative_subject_still_negates(sentence):
    assert read(sentence) == (None, "negated")


# -- a negated state of mind or standing in what a source says: the source's position (real56) --------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Tom Reed has said the county cannot afford to build a new jail.", "Tom Reed"),
    ("The firm said it was not beholden to any party.", "The firm"),
    ("Twelve percent indicated they were not sure.", "Twelve percent"),
    ("The firm said it wasn't sure the plan would work.", "The firm"),
])
def test_a_negated_stance_keeps_its_frame(sentence, source):
    assert read(sentence) == (source, "reported")


@pytest.mark.parametrize("sentence, reading", [
    ("The agency said the bridge would not reopen.", ("The agency", "negated")),  # an event
    ("The agency said the firm did not pay its taxes.", ("The agency", "negated")),
    ("Tom Reed said he could not afford the rent.", ("Tom Reed", "negated")),  # a past inability (§14)
    ("Tom Reed said many small farms cannot afford the new pumps.", ("Tom Reed", "negated")),  # a means lacking: a fact
    ("The county cannot afford a new jail.", (None, "negated")),  # the outlet's own voice: the negation counts
    ("Twelve percent were not sure.", (None, "negated")),
    ("Tom Reed pointedly refused to endorse Ada Moss.", (None, "negated")),  # §14: a refusal before an infinitive
])
def test_near_misses_a_negated_event_stays_negated(sentence, reading):
    assert read(sentence) == reading


# -- "fired back on <day>, hours after ...", "fired back on <Medium>" (attr56) ---------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ('"It is a joke," Tom Reed fired back on Monday, hours after the vote.', "Tom Reed"),
    ('"It is a joke," Tom Reed fired back on Twitter.', "Tom Reed"),
    ('"It is a joke," Tom Reed said on Monday, hours after the vote.', "Tom Reed"),
])
def test_fired_back_then_a_time_phrase(sentence, source):
    assert read(sentence)[0] == source


@pytest.mark.parametrize("sentence", [
    '"It is a joke," Tom Reed fired back on Monday, hours after Ada Moss said he had lied.',  # a clause: PolNeAR's outlet
    '"It is a joke," Tom Reed said on Monday, after the mayor called him a liar.',
    "The troops fired back on Monday.",
])
def test_near_misses_a_clause_in_the_tail_stays_the_outlets(sentence):
    assert read(sentence)[0] is None


# -- "It revealed ..." of a thing the resolver cannot tie to a speaker (real55, attr56) ------------------------------

def test_an_epidemics_it_reveals_for_no_one():
    got = _sentences("The epidemic hit the county hard. It revealed real flaws in the health system.")
    assert got[1][:2] == (None, "stated")


@pytest.mark.parametrize("text, source", [
    ("The report came out on Monday. It revealed real flaws in the health system.", "The report"),
    ("The report came out on Monday. It revealed that the system had flaws.", "The report"),
])
def test_near_misses_a_documents_it_still_reveals(text, source):
    assert _sentences(text)[1][0] == source


# -- left (strict xfails) -----------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a free-indirect continuation of a speaker's view: no general rule tells it "
                                       "from the outlet's own next sentence (the lead, session 47)")
def test_a_free_indirect_continuation_is_the_speakers():
    got = _sentences("But both parties are to blame, Tom Reed said. The Greens tax and spend, while the Blues just spend.")
    assert got[1][0] == "Tom Reed"


@pytest.mark.xfail(strict=True, reason="a quotation opening a piece before anyone is named: its speaker is only "
                                       "told later in other words (real56)")
def test_an_opening_quotation_with_no_speaker_is_not_the_outlets():
    text = ("Invented news for a test\n\n\"We need more buses. If we do not get them, the town will stop.\"\n\n"
            "Photo: file.\n\n\"He has no idea what the town needs.\" - Ann Holt\n")
    at = analyze(text)
    start = text.index("We need")
    assert at.source_for(start, start + len("We need more buses.")) is not None
