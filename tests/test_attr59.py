"""Who says what on real news, part of issue 12 (session 50, attr59): shapes the lead (session 49) and attr58 left,
and half A of PolNeAR's attributed claims shown in the outlet's voice. Invented texts of the same shape; near-misses
keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from tests.reading import TREASURER_HEAD, read


def read_after(before: str, sentence: str) -> tuple[str | None, str]:
    """The source and certainty of `sentence` read right after the sentence `before` (one paragraph)."""
    text = TREASURER_HEAD + before + " " + sentence + "\n"
    start = text.index(sentence)
    at = analyze(text)
    return at.source_for(start, start + len(sentence)), certainty_for(text, start, start + len(sentence), at)


# -- a poll named by a pronoun after a sentence about polls (the lead's Left, session 49) ---------------------------------

@pytest.mark.parametrize("before, sentence, source", [
    ("Most voters oppose the tax, according to surveys.",
     "One released this week by the Daily Ledger found 56 percent against it, with 20 percent of its own party.",
     "One released this week by the Daily Ledger"),
    ("Two surveys were taken in May.", "Another conducted by the Herald showed 48 percent for it and 40 percent against.",
     "Another conducted by the Herald"),
    ("Two studies were done.", "One found that the drug cut deaths by a third among older patients.", "One"),
])
def test_a_finding_named_by_a_pronoun_after_findings(before, sentence, source):
    assert read_after(before, sentence) == (source, "reported")


@pytest.mark.parametrize("before, sentence", [
    ("Many voters came to the fair on Sunday.", "One found the show boring and went home before the end."),
    ("Two polls were taken in May.", "One released the figures on Monday to the whole town council."),
    ("Most voters oppose the tax, according to surveys.", "One voter found the tax unfair to farmers and small shops."),
])
def test_near_misses_one_that_is_no_finding(before, sentence):
    assert read_after(before, sentence)[0] is None


# -- "requested $5.7 billion": a sum asked for is a budget act, not a statement (the lead's Left, session 49) ------------

@pytest.mark.parametrize("sentence", [
    "The mayor requested $5.7 billion to build the bridge, while the council vowed to block any plan.",
    "The mayor requested an additional $40 million from the state.",
    "The mayor requested 2 million euros for the port.",
])
def test_a_sum_requested_is_an_act(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "The mayor requested that the council vote again on the bridge.",
    "The mayor requested that the state pay $5 million for the bridge.",
])
def test_near_misses_a_request_with_a_clause_stays_the_speakers(sentence):
    assert read(sentence)[0] == "The mayor"


# -- "<Name>'s comments added another voice to …": a thing added, no statement (the lead's Left, session 49) -------------

@pytest.mark.parametrize("sentence", [
    "Ann Hale's comments added another loud voice to the dispute over the tax.",
    "Ann Hale's comments added fuel to the row.",
])
def test_comments_that_add_a_thing_are_no_statement(sentence):
    assert read(sentence)[0] is None


@pytest.mark.parametrize("sentence", [
    "Ann Hale's statement added that the tax was unfair.",
    'Ann Hale\'s statement added: "The tax is unfair to farmers."',
    "Ann Hale's statement said the tax was unfair.",
])
def test_near_misses_a_statement_that_adds_words(sentence):
    assert read(sentence)[0] == "Ann Hale"


# -- "spoke <manner> of …": what was spoken of is the speaker's, as after "spoke of" (PolNeAR half A) ---------------------

@pytest.mark.parametrize("sentence", [
    "Mr. Reed spoke emotionally of his many trips across the river, past the old mill and the lighted front of the church.",
    "Mr. Reed spoke fondly of his years at the mill.",
])
def test_spoke_with_a_manner_adverb_then_of(sentence):
    assert read(sentence) == ("Mr. Reed", "reported")


@pytest.mark.parametrize("sentence", [
    "Mr. Reed spoke briefly at the old mill on Monday before he left for the church.",
    "Mr. Reed spoke quietly to his wife at the back of the church.",
    "The union pushed quickly to the river.",
])
def test_near_misses_a_manner_adverb_before_no_topic(sentence):
    assert read(sentence)[0] is None


# -- "<act> on allegations that …": the act is the outlet's, the allegation its ground (the lead's Left, session 49) -----

@pytest.mark.parametrize("sentence", [
    "The county began investigating Mr. Reed last spring on allegations that he filed false expense reports and "
    "accepted improper gifts during his first term in office.",
    "Mr. Reed was arrested on Monday amid claims that he filed false expense reports and accepted improper gifts during "
    "his first term in office.",
])
def test_an_act_on_allegations_is_the_outlets(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence, source, certainty", [
    ("Mr. Reed faces allegations that he filed false expense reports and accepted improper gifts during his first term "
     "in office.", "unnamed sources", "claimed"),
    ("The mayor commented on claims that he filed false expense reports and accepted improper gifts during his first "
     "term.", "unnamed sources", "claimed"),
    ("Mr. Reed has denied the allegations that he filed false expense reports and accepted improper gifts during his "
     "first term.", "Mr. Reed", "denied"),
    ("The vote against Mr. Reed took place despite repeated warnings from his lawyer that the hearing was pointless since "
     "the clerk would refuse to answer any questions put to him.", "his lawyer", "reported"),
])
def test_near_misses_allegations_held_or_denied(sentence, source, certainty):
    assert read(sentence) == (source, certainty)


# -- "felt betrayed when …": a view of a wrong done, the subject's (PolNeAR half A) ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Many farmers felt betrayed when the governor invited the rival to a meeting in the capital, sending his ratings lower.",
    "Many farmers felt deeply betrayed by the new law.",
])
def test_felt_with_a_judged_wrong_is_the_subjects_view(sentence):
    assert read(sentence) == ("Many farmers", "reported")


@pytest.mark.parametrize("sentence", [
    "Many farmers felt tired after the long meeting on Monday.",
    "Many farmers felt cold when the wind rose over the hills.",
])
def test_near_misses_felt_a_state_of_the_body(sentence):
    assert read(sentence) == (None, "stated")


# -- "It was on <day> that <X> warned that …": a cleft that focuses a time is read as its opener (attr58's Left) ---------

@pytest.mark.parametrize("sentence", [
    "It was on Saturday that the younger Mr. Reed warned that the mill would close.",
    "It was on Saturday that Mr. Reed warned that the mill would close.",
])
def test_an_adverbial_cleft_opens_the_speakers_clause(sentence):
    assert read(sentence) == ("Mr. Reed", "reported")


@pytest.mark.parametrize("sentence", [
    "It was in May that the mill closed.",
    "It was on Saturday that the council voted to close the mill.",
])
def test_near_misses_a_cleft_with_no_speaker(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.xfail(strict=True, reason="two set-off openers before the subject (a time and an 'after' phrase) leave the "
                                       "frame's opener too long for relations._framed, with or without the cleft")
def test_a_cleft_with_two_openers_and_two_verbs():
    sentence = ("And so it was on Saturday, after the long vote, that the younger Mr. Reed wrote to his brother and "
                "warned that the mill would close.")
    assert read(sentence)[0] == "Mr. Reed"
