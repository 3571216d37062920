"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 42, real51; issue 12): pest survey figures, a catfishing case on a talk show, a refugee photo series,
arrests after attacks on foreigners, a boy out of school, students charged after spring break, a hospital trust's
finances, a tidal lagoon's fish, a settlement vote postponed, and eleven more. Each shape is written here as invented
text with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer.summary_grounding import _note, lead_sentences
from summarizer.summary_hedges import object_phrase
from tests.reading import fallback_headline, first_sentence_certainty


_certainty = first_sentence_certainty
_headline = fallback_headline


# -- "has to do with" is a relation, not an obligation (GUIDELINES §6: only a present need or duty is `speculative`)

@pytest.mark.parametrize("sentence", [
    "Another reason has to do with the painter's interest in old maps.",
    "The delay had to do with the weather in the valley.",
    "Their success may seem odd, but it has to do with the soil.",
])
def test_has_to_do_with_is_no_obligation(sentence):
    assert _certainty(sentence) != "speculative" or "may" in sentence


def test_has_to_do_with_is_stated():
    assert _certainty("Another reason has to do with the painter's interest in old maps.") == "stated"


@pytest.mark.parametrize("sentence", [
    "The council has to pay the fine by June.",
    "The crews have to do the work with care.",
    "Tenants have to leave the block.",
])
def test_apart_a_duty_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- the fallback headline: the article's first line cut cleanly

@pytest.mark.parametrize("line, expected", [
    ("Nine nurses, some of whom work at Harlow General Hospital in Kent, were misled by the same recruiter who "
     "claimed to offer them permanent posts.",
     "Nine nurses were misled by the same recruiter"),
    ("Four pupils, two of whom attend Marsh Lane Academy in Dorset, were injured when a wall collapsed during a "
     "storm on the seafront.",
     "Four pupils were injured when a wall collapsed during a storm on the seafront."),
    ("More than 40 people have been detained in Veltrania in connection with a string of arson attacks on shops "
     "that forced dozens to close, the police said.",
     "More than 40 people have been detained in Veltrania"),
    ("Twelve workers were questioned at the Holm depot in response to complaints about missing stock from three "
     "branches in the county, the firm said.",
     "Twelve workers were questioned at the Holm depot"),
    ('Regulators are looking into the pension arrangements of Brightwater Mutual Society "on behalf of members", '
     'the watchdog said.',
     "Regulators are looking into the pension arrangements of Brightwater Mutual Society"),
])
def test_a_fallback_headline_is_cut_outside_an_aside_or_an_idiom(line, expected):
    assert _headline(line) == expected


@pytest.mark.parametrize("line", [
    "Two of the wards at Harlow General Hospital were closed on Monday after a leak in the roof of the old wing, "
    "which was built in 1960.",
    "More than 40 people have been detained in Veltrania after a string of arson attacks on shops that forced "
    "dozens to close, the police said.",
    "Twelve workers were questioned at the Holm depot on Monday in connection with missing stock from three "
    "branches, the firm said.",
])
def test_apart_the_cut_still_ends_before_a_modifier(line):
    out = _headline(line)
    assert not out.endswith("…") and not out.rstrip(",").split()[-1].lower() in ("connection", "whom", "which")
    assert not out.endswith(" in connection")


# -- an editor's note on the piece is no lead

@pytest.mark.parametrize("line", [
    "Editor's Note: Jane Roe was recently named a winner of the Harbour Prize.",
    "Editor's note: This story was first published in May.",
    "Correction: An earlier version of this story gave the wrong date.",
])
def test_an_editors_note_is_no_lead(line):
    assert _note(line)


@pytest.mark.parametrize("line", [
    "Breaking: The council has voted to close the pool.",
    "The editor noted: the paper had made a mistake.",
    "Jane Roe, the editor, said the note was wrong.",
])
def test_apart_a_label_of_news_or_a_sentence_is_a_lead(line):
    assert not _note(line)


def test_the_lead_skips_the_editors_note():
    text = ("Editor's Note: Jane Roe was recently named a winner of the Harbour Prize.\n"
            "Anna, a young fisher from the coast, left her village at 15 years old.\n"
            "Throughout her long journey north, she managed to find work on the boats.")
    lead = lead_sentences(text, 2)
    assert lead and lead[0].startswith("Anna")


# -- a model's headline that is only a preposition's object (no verb)

ARTICLE = ('Regulators are looking into the pension arrangements of Brightwater Mutual Society "on behalf of members", '
           'the watchdog said. The society blamed the shortfall on rising costs.')


def test_a_headline_lifted_from_a_prepositions_object_is_no_headline():
    assert object_phrase(ARTICLE, "The pension arrangements of Brightwater Mutual Society")


@pytest.mark.parametrize("headline", [
    "Regulators are looking into the pension arrangements of Brightwater Mutual Society",
    "The society blamed the shortfall on rising costs",
    "Brightwater Mutual Society faces a review of its pensions",
])
def test_apart_a_headline_with_its_verb_stays(headline):
    assert not object_phrase(ARTICLE, headline)


@pytest.mark.parametrize("line, expected", [
    ("Rebels on Tuesday freed more than 40 hostages, a group of aid workers whose convoy was seized near the border "
     "last spring, officials said.", "Rebels on Tuesday freed more than 40 hostages"),
    ("The club on Friday signed four young players, a trio of strikers whose deals were ended by rivals after a dispute "
     "over wages, the manager said.", "The club on Friday signed four young players"),
])
def test_a_fallback_headline_ends_before_an_appositive_with_its_relative(line, expected):
    assert _headline(line) == expected


def test_apart_a_list_of_nouns_is_no_appositive():
    out = _headline("The council bought a field, a barn and a house which stood empty on the edge of the village for "
                    "many years.")
    assert out.startswith("The council bought a field, a barn and a house")


# -- a model's headline cut after a preposition, in its own words before the cut

def test_a_headline_ending_on_a_preposition_the_article_goes_on_after_is_cut():
    from summarizer.summary_roles import ends_before_object
    article = ("A farmer has been fined after he was filmed kicking and throwing his goat across the yard. "
               "The fire broke out in the barn. The boat drifted across.")
    assert ends_before_object(article, "John Doe was fined after he was filmed kicking and throwing his goat across.") == "across"


@pytest.mark.parametrize("headline", [
    "The old boat then drifted across.",
    "The goat was thrown across the yard.",
    "The farmer said the fire broke out.",
])
def test_apart_a_headline_whose_last_word_ends_the_article_phrase_stays(headline):
    from summarizer.summary_roles import ends_before_object
    article = ("A farmer has been fined after he was filmed kicking and throwing his goat across the yard. "
               "The fire broke out in the barn. The boat drifted across.")
    assert ends_before_object(article, headline) is None


# -- a hedge set off with its own phrase hedges the aside, not the clause (GUIDELINES §6)

@pytest.mark.parametrize("sentence", [
    "And, perhaps to her surprise, the mayor got a response.",
    "The firm, maybe out of caution, closed the plant on Monday.",
    "The council, possibly by mistake, sent the letters to every house.",
])
def test_a_set_off_hedged_aside_leaves_the_clause_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The council, perhaps, will close the pool.",
    "The storm, maybe, was the cause of the fire.",
    "The council will perhaps close the pool next year.",
])
def test_apart_a_bare_hedge_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- counted: a verb in -s after a plural noun, a pronoun its object

@pytest.mark.parametrize("sentence, counted", [
    ("He shouts at her and on two occasions pushes her against the wall.", "occasions"),
    ("The guard on three nights locks them in the yard.", "nights"),
])
def test_a_verb_before_an_object_pronoun_ends_the_counted_phrase(sentence, counted):
    from summarizer.quantity import quantities
    assert [q["counted"] for q in quantities(sentence)] == [counted]


@pytest.mark.parametrize("sentence, counted", [
    ("Three nurses helped her.", "nurses"),
    ("Forty new homes for them were built.", "new homes"),
])
def test_apart_a_counted_noun_before_a_pronoun_stays(sentence, counted):
    from summarizer.quantity import quantities
    assert [q["counted"] for q in quantities(sentence)] == [counted]


# -- `where`: a faith is no place

@pytest.mark.parametrize("evidence", [
    "Their religion is a sect that draws from Christianity, Judaism and other faiths.",
    "The pastor said the village had turned to Buddhism after the war.",
    "Many of the students converted to Islam.",
])
def test_a_faith_is_no_place(evidence):
    from summarizer.places import place_of
    assert place_of(evidence) is None


@pytest.mark.parametrize("evidence, place", [
    ("The pilgrims travelled to Mecca.", "Mecca"),
    ("She converted to Islam in Leeds.", "Leeds"),
    ("He moved to Brompton in 1990.", "Brompton"),
])
def test_apart_a_place_stays(evidence, place):
    from summarizer.places import place_of
    assert place_of(evidence) == place
