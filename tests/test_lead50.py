"""Shapes the lead met reading four more BASIL clusters' digests on the bundled model (session 50, issues 12 and 15):
a pronoun opening an aside set off by a dash ("<Name> lamented the shops lost – he described “...” –") given to the
last speaker of the sentence before, not to the sentence's own subject; "..., when it was revealed that ..." making the
main clause `unconfirmed` with "unnamed sources"; a preposed "Trying to ..., X did Y" and a contact relative's hedge
("The administration he pledged would be ... has instead ...") making the main clause `speculative`; "running for
president in 2028" dating the announcement by the election's year; a slogan on hats ("wearing “Keep Halden Green”
hats") agreeing with the speaker's own "We will keep Halden green"; a chant ("“Vega! Vega! Vega!”") split into three
sentences. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.chunk import split_sentences
from tests.reading import code

INTRO = "Council vote\n\nThe city council met on Tuesday to debate the harbor bill.\n\n"


def _claims(text: str):
    return [(c.text, c.attributed_to, c.certainty) for c in code(INTRO + text + "\n").claims]


def _claim(text: str, start: str):
    claims = _claims(text)
    return next(((who, how) for t, who, how in claims if t.startswith(start)), f"no claim {start!r} in {claims}")


def _digest(*texts: str):
    from summarizer.digest.build import build_sections
    from tests.test_align_disputes import _articles
    return build_sections(_articles(*texts))[0]


# -- a pronoun opening a dash aside is the sentence's subject ---------------------------------------------------------

_ASIDE = ("Owen Marsh took office Monday as the city's mayor.\n\n"
          "His campaign manager {manager} noted in an earlier interview that Marsh was \"making history\".\n\n"
          "In plain terms, Marsh on Monday lamented the shops lost to the new mall – he described \"empty storefronts "
          "lined up like gravestones\" along Main Street – and the traffic in the old town.")


@pytest.mark.parametrize("manager", ["Kellyanne Okafor", "Dana Okafor", "Paul Okafor"])
def test_a_pronoun_opening_a_dash_aside_is_the_sentences_subject(manager):
    assert _claim(_ASIDE.format(manager=manager), "He described")[0] == "Owen Marsh"


def test_two_persons_before_the_aside_leave_the_old_reading():
    # two persons named before the dash: the rule does not choose between them
    text = ("Owen Marsh took office Monday.\n\nHis aide Dana Okafor noted that Marsh was \"making history\".\n\n"
            "Marsh thanked Pia Lund on Monday – he described \"a long road\" – and the voters.")
    assert _claim(text, "He described")[0] != "Pia Lund"


# -- a passive report inside a time clause hedges only its clause -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The governor's standing took a heavy hit in 2014, when it was revealed that two of his staff had joined "
    "a plot to close a bridge.",
    "The council lost two seats, after it was reported that the mayor had lied.",
])
def test_a_passive_report_in_a_time_clause_leaves_the_main_clause_the_outlets(sentence):
    assert _claim(sentence, sentence[:30]) == ("article", "stated")


@pytest.mark.parametrize("sentence", [
    "It was also revealed that the clerk had sold keys to the archive.",
    "Fires were reported at a depot near the harbor.",
])
def test_a_passive_report_of_the_main_clause_stays_unconfirmed(sentence):
    assert _claim(sentence, sentence[:20]) == ("unnamed sources", "unconfirmed")


# -- an effort before the main clause, a contact relative's hedge -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Trying to fight back to the front of the pack, Mr. Marek took a sharp jab at his rivals in the Senate.",
    "Hoping to calm the crowd, the mayor read the letter aloud.",
    "The administration he pledged would be a model of ethics has instead mired the capital in scandal.",
    "Mr. Marek joined the contest looking little like the leader he once expected to be.",
])
def test_a_hedge_of_an_aside_or_a_contact_relative_is_not_the_main_clauses(sentence):
    assert _claim(sentence, sentence[:20])[1] == "stated"


@pytest.mark.parametrize("sentence, start", [
    ("Trying to reach the summit may take three days.", "Trying to reach"),
    ("The mayor said he expected to win the vote.", "The mayor said"),
    ("Marsh said the plan he expected to pass would fail.", "Marsh said"),
])
def test_a_hedge_of_the_main_clause_stays(sentence, start):
    assert _claim(sentence, start)[1] == "speculative"


# -- the year of an election is no time of the claim ---------------------------------------------------------------------

def _when(sentence: str):
    claims = code(INTRO + sentence + "\n").claims
    return next((c.when for c in claims if c.text.startswith(sentence[:20])), "no claim")


@pytest.mark.parametrize("sentence", [
    "Ohio Gov. Dale Marek announced he is running for president in 2028.",
    "Rep. Ana Ruiz confirmed her bid for the governorship in 2026.",
    "Sen. Ivo Lund said he would seek re-election in 2030.",
])
def test_a_races_year_does_not_date_the_claim(sentence):
    assert _when(sentence) is None


@pytest.mark.parametrize("sentence, when", [
    ("Dale Marek was first elected governor in 2019.", "in 2019"),
    ("Dale Marek ran the state budget office in 2015.", "in 2015"),
])
def test_a_year_of_an_act_still_dates_it(sentence, when):
    assert _when(sentence) == when


# -- a slogan on a thing, a chant --------------------------------------------------------------------------------------

_SPEECH = ("Vega sworn in\n\nMayor Rita Vega took the oath on Friday in the main square. \"We will keep Halden green,\" "
           "Vega said. \"The hour for idle words has passed,\" she said.\n")
_CROWD = ("Vega takes office\n\nRita Vega was sworn in as mayor on Friday. The square was filled with supporters, many "
          "wearing “Keep Halden Green” hats and chanting “Vega! Vega! Vega!” Some residents stayed away.\n")


def test_a_slogan_on_hats_is_no_agreement_with_the_speech():
    groups = [" ".join(a.quotes) for a in _digest(_SPEECH, _CROWD).agreements]
    assert not any("hats" in g and "keep Halden green" in g for g in groups), groups


def test_the_same_words_said_by_both_still_agree():
    other = ("Vega sworn in\n\nRita Vega became mayor on Friday. \"We will keep Halden green,\" Vega told the crowd.\n")
    groups = [" ".join(a.quotes) for a in _digest(_SPEECH, other).agreements]
    assert any(g.count("keep Halden green") >= 2 for g in groups), groups


def test_a_chant_inside_one_quotation_is_one_sentence():
    text = _CROWD
    sentences = [text[s.start:s.end] for s in split_sentences(text)]
    assert any(s.endswith("“Vega! Vega! Vega!”") and s.startswith("The square") for s in sentences), sentences
    assert "Vega!" not in sentences


def test_a_quotation_of_two_sentences_still_splits():
    text = "Quotes\n\n“Is it true? Yes it is,” she said. “Stop it now. We are done.”\n"
    sentences = [text[s.start:s.end] for s in split_sentences(text)]
    assert "“Is it true?" in sentences and "“Stop it now." in sentences, sentences


# -- a negation inside a time clause or a said-relative after the main clause ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "The mayor and council leaders settled in Wednesday for a long standoff after a session at city hall — the first "
    "in 22 days — could not end the deadlock on the harbor fund.",
    "The council voted on Monday after the mayor did not appear.",
    "He resigned because the fund could not pay the staff.",
    "As part of his plan, the mayor handed each member a slide deck on the harbor that he said "
    "the people at a Wednesday session did not want to hear.",
])
def test_a_negation_of_a_subordinate_clause_is_not_the_main_clauses(sentence):
    assert _claim(sentence, sentence[:20])[1] == "stated"


@pytest.mark.parametrize("sentence", [
    "The council did not vote on Monday after the mayor appeared.",
    "The mayor did not attend after the council voted.",
])
def test_a_negated_main_clause_stays_negated(sentence):
    assert _claim(sentence, sentence[:20])[1] == "negated"


# -- "which" after a person's name is the noun's before it; a naming participle right before "by" is an act ------------

def test_which_after_a_titled_persons_name_is_no_description_of_the_person():
    sentence = ("A council bill, which would have reopened the depot, drew more support than the measure backed by "
                "Mr. Marek, which included short-term protections for tenants in exchange for $5 million.")
    assert not any(t.startswith("Mr. Marek included") for t, _, _ in _claims(sentence))


def test_which_after_a_firm_still_describes_it():
    claims = _claims("The plan was backed by Acme Freight, which employs 300 people in the port.")
    assert any(t == "Acme Freight employs 300 people in the port." for t, _, _ in claims), claims


@pytest.mark.parametrize("sentence", [
    "The vote was called by Sen. Ivo Lund on Monday.",
    "The strike was called by the union on Monday.",
])
def test_a_naming_participle_right_before_by_is_an_act(sentence):
    assert _claim(sentence, sentence[:15]) == ("article", "stated")


def test_a_naming_participle_with_its_complement_is_speech():
    assert _claim("The harbor plan was called a giveaway by critics.", "The harbor plan")[0] == "critics"


def test_a_failure_inside_a_time_clause_is_not_the_main_clauses():
    sentence = ("The mayor agreed on Friday to reopen the depot for three weeks, backing down after a monthlong standoff "
                "failed to force the council to pay for the seawall.")
    assert _claim(sentence, "The mayor agreed")[1] != "negated"
    assert _claim("The council refused to pay after the mayor failed to appear.", "The council refused")[1] == "negated"


# -- two outlets' own times: each side names its article -----------------------------------------------------------------

def test_two_outlets_own_times_name_their_articles():
    from summarizer.digest.reasons import outlet_sides
    assert outlet_sides("article: at 11am; article: Tuesday afternoon", "a1", "a2") == \
        "article (a1): at 11am; article (a2): Tuesday afternoon"
    assert outlet_sides("Jo Doe: at 11am; article: Tuesday afternoon", "a1", "a2") == "Jo Doe: at 11am; article: Tuesday afternoon"


def test_a_digest_conflict_of_two_outlets_times_reads_which_is_which():
    a = "Vega to run\n\nMayor Rita Vega will make the announcement today at 11am from the town hall in Halden.\n"
    b = "Vega runs\n\nRita Vega made a public announcement Tuesday afternoon at the town hall in Halden.\n"
    reasons = [c.reason for c in _digest(a, b).conflicts]
    assert reasons and not any("the outlet: " in r for r in reasons), reasons
    assert any("(a1)" in r and "(a2)" in r for r in reasons), reasons


def test_a_sentence_timing_one_thing_by_a_failure_keeps_the_failure():
    # "<X> comes a day after <Y> failed to ...": the news is the clause after (the gold's reading)
    assert _claim("Marek's remarks come a day after the Senate failed to approve his plan to reopen the depot.", "Marek's")[1] == "negated"


# -- an opener that closes on a dash pair before the speaker ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Leaning on his strongest, and maybe his final, asset in a crowded field of richer rivals — his "
    "charm — Mr. Marek portrayed himself as the sole contender in the race who is candid enough to lead.",
    "Relying on his personality, Mr. Marek portrayed himself as the only honest candidate in the field.",
])
def test_a_characterizing_verb_after_an_opener_closing_on_a_dash_pair_is_the_speakers(sentence):
    claims = _claims(sentence)
    assert any(who == "Mr. Marek" and "portrayed himself" in t for t, who, _ in claims), claims


def test_a_relative_on_an_indefinite_name_keeps_its_article():
    claims = [t for t, _, _ in _claims("An Easton firm, which employs 300 people, won the contract.")]
    assert "An Easton firm employs 300 people." in claims, claims
    claims = [t for t, _, _ in _claims("The Easton firm, which employs 300 people, won the contract.")]
    assert "The Easton firm employs 300 people." in claims, claims
