"""Issue 12, session 5 (branch cue6): cues the analysis missed on PolNeAR half A, by their general
construction. Sentences written for the test (never copied from dev data), each rule with what it
must leave alone."""

from __future__ import annotations

import pytest

from summarizer import lang
from summarizer.attribution import analyze


def _rels(text: str) -> list[tuple[str, str, str]]:
    """(resolved source, cue, content) of every relation."""
    return [(r.name, r.cue, " ".join(text[a:b] for a, b in r.content)) for r in analyze(text).relations]


def _who(text: str, part: str) -> str | None:
    s = text.index(part)
    return analyze(text).source_for(s, s + len(part))


# -- noun cues with a "that" clause ------------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("For a decade the dam's builder has been dogged by charges that it skimped on concrete.",
     "charges", "it skimped on concrete."),
    ("The harbor towns voted against the plan amid growing fears that the new port would take their trade.",
     "fears", "the new port would take their trade."),
    ("There is speculation that the coach will leave the club before the season ends.",
     "speculation", "the coach will leave the club before the season ends."),
    # (session 35, polar44: "Farmers also persisted in complaints that ..." is the farmers' now, as "X voiced
    # complaints that ..." was: tests/test_polar44.py; a noun cue met by a subject that holds no position stays no one's)
    ("The canal plan met complaints that the canal fees were set without any hearing.",
     "complaints", "the canal fees were set without any hearing."),
    ("The harbor master faces accusations that she sold berths to her cousins.",  # "faces" is no adjective
     "accusations", "she sold berths to her cousins."),
])
def test_a_noun_cues_that_clause_is_no_ones_named(text, cue, content):
    assert _rels(text) == [(lang.UNNAMED_SOURCES, cue, content)]


def test_a_noun_cues_possessor_is_its_source():
    text = ("Jane Roe ran the county clinic for twenty years. Her last report carried a warning, "
            "and her admission that the clinic had turned away patients for lack of staff.")
    rels = _rels(text)
    assert rels == [("Jane Roe", "admission", "the clinic had turned away patients for lack of staff.")]
    assert _who(text, "the clinic had turned away patients for lack of staff") == "Jane Roe"


def test_a_noun_cue_after_an_opening_preposition_holds_only_its_clause():
    text = "Contrary to the builder's assurance that the tower was safe, inspectors found cracks in every floor."
    assert _rels(text) == [("the builder", "assurance", "the tower was safe")]
    assert _who(text, "inspectors found cracks in every floor.") is None


@pytest.mark.parametrize("text", [
    "Allegations that the mayor took bribes surfaced last week in a local paper.",  # the opening subject
    "The claims that were made at the hearing have not been checked by anyone.",  # a relative clause
    "The council weighed the possibility that the river would flood the lower town.",  # no one's position
    "Officials cited the fact that the bridge had been closed twice since the spring.",
])
def test_what_noun_cues_leave_alone(text):
    assert all(r.cue not in lang.COMPLEMENT_NOUNS for r in analyze(text).relations)


# -- agentless beliefs ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The missing painting is thought to be in a private collection abroad.",
    "It is believed that the ship sank within minutes of striking the reef.",
])
def test_an_agentless_belief_is_unnamed_sources(text):
    assert analyze(text).source_for(0, len(text)) == lang.UNNAMED_SOURCES


def test_a_forecast_nobody_holds_is_still_the_outlets():
    # "is expected to" stays the outlet's (tests/test_attribution_prospects.py): PolNeAR half A
    # gained from it, but the gold guidelines keep an unheld forecast `article`/`speculative`
    text = "The new terminal is expected to open to passengers in the spring."
    assert analyze(text).source_for(0, len(text)) is None


# -- verbs the main rules do not know as cues ----------------------------------------------------

@pytest.mark.parametrize("text, source, cue", [
    ("Several hydrologists at the state university see the new levee as a waste of public money.",
     "Several hydrologists at the state university", "see"),
    ("The harbor master portrayed the dredging delay as a minor setback for the port.", "The harbor master", "portrayed"),
    ("The union labeled the pension offer a betrayal of the workers who built the plant.", "The union", "labeled"),
    ("The harbor master made it clear that she would not reopen the channel before spring.",
     "The harbor master", "made it clear"),
    ("The Port Authority issued a statement calling the dredging delay an unacceptable risk to shipping.",
     "The Port Authority", "issued"),
])
def test_a_characterising_or_issuing_verb_is_its_subjects(text, source, cue):
    rels = analyze(text).relations
    assert [(r.name, r.cue) for r in rels] == [(source, cue)]
    after = text[text.index(cue) + len(cue):].strip()
    assert _who(text, after) == source


def test_a_passive_of_speech_is_its_agents():
    text = "The new levee has been called a waste of public money by several hydrologists at the state university."
    assert analyze(text).source_for(0, len(text)) == "several hydrologists at the state university"


@pytest.mark.parametrize("text", [
    "The new levee was finished by the end of the year despite the heavy rains in the spring.",  # no speaking agent
    "The city saw its population grow as the factories along the river closed one by one.",  # not "see ... as"
    "The group sent a letter to the council on Friday urging a vote on the levee.",  # a description: left alone
    "Critics who see the levee as a waste of money met with the council on Friday evening.",  # not the main clause
])
def test_what_the_new_verb_frames_leave_alone(text):
    assert analyze(text).source_for(0, len(text)) is None


def test_in_someones_view_gives_the_rest_of_the_sentence():
    text = ("Jane Roe has run the harbor for a decade. In her view, the new levee is the best investment "
            "the county has made in years.")
    part = "the new levee is the best investment the county has made in years."
    assert _who(text, part) == "Jane Roe"
    assert _who("In the words of one engineer, the new levee will not survive a second winter of storms.",
                "the new levee will not survive a second winter of storms.") == "one engineer"


# -- the writer's impersonal judgement -----------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("By now, it should be obvious that the county cannot pay for the levee on its own.", "obvious"),
    ("But it was clear that a second levee would not hold back a flood of that size.", "clear"),
    ("At this point, it's evident that the council has no plan for the harbor.", "evident"),
])
def test_it_is_clear_that_is_the_writers_judgement(text, cue):
    assert [(r.name, r.cue) for r in analyze(text).relations] == [(lang.WRITER_SOURCE, cue)]


@pytest.mark.parametrize("text", [
    "It is unclear whether the county can pay for the levee on its own.",  # asserts nothing: a hedge
    "Nor is it clear that a second levee would hold back a flood of that size.",
    "It is likely that the levee will fail in the next big storm.",
    "It was clear and cold on the morning the levee gave way.",  # weather, no clause
])
def test_what_the_impersonal_judgement_leaves_alone(text):
    assert analyze(text).relations == []
