"""Cue shapes and certainties still read wrong on real news (session 49, attr58; issue 12). Invented texts of the
shapes the lead (session 48), real57 and attr57 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import read


# -- a presentation's slide as a document (real57: "A slide ... shows") ---------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("A slide from the briefing shows that the plant loses money.", "A slide from the briefing"),
    ("A slide from a deck that the aides carry with them shows that eight of 10 pears are grown nearby.",
     "A slide from a deck that the aides carry with them"),
    ("One slide shows that the plant loses money.", "One slide"),
])
def test_a_slide_states_its_text(sentence, source):
    assert read(sentence) == (source, "reported")


@pytest.mark.parametrize("sentence", [
    "Prices began a slide in May that shows no sign of ending.",
    "The slide in prices shows that demand is weak.",
    "The slide in prices that began in May shows no sign of ending.",
    "Children played on the slide in the park.",
])
def test_near_misses_a_slide_in_prices_is_a_fall(sentence):
    assert read(sentence) == (None, "stated")


# -- "called <X>'s speech on <day> “a …”": an evaluation with a time before its quotation (real57) ------------------------

@pytest.mark.parametrize("sentence", [
    'Ann Hale called Mr. Reed\'s speech on Sunday "a real alarm bell" for his base.',
    'With 40 days to go, Ann Hale, a top aide to the Reed team, called Mr. Reed\'s speech on Sunday "a real alarm '
    'bell" for his base of voters.',
    'Ann Hale called the plan last week "a recipe for ruin."',
])
def test_called_with_a_time_before_the_quoted_judgement(sentence):
    assert read(sentence) == ("Ann Hale", "reported")


@pytest.mark.parametrize("sentence", [
    "The council called an early vote on Monday in the town hall.",
    "The firm called the meeting on Monday.",
])
def test_near_misses_called_with_no_quotation_is_an_act(sentence):
    assert read(sentence)[0] is None


# -- a recall of goods with no count, and a relative clause's hedge on the object (the lead, session 48) -----------------

@pytest.mark.parametrize("sentence", [
    "The firm recalled cars that may have faulty brakes.",
    "The firm recalled its heaters after reports of fires.",
    "Acme Foods recalled some of its frozen meals and canned soups.",
    "The shop sold cars that may have faulty brakes.",
])
def test_goods_recalled_are_the_outlets_act(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence, reading", [
    ("She recalled that the cars had faulty brakes.", ("Ada Moss", "reported")),
    ("She recalled the day her father left.", ("Ada Moss", "reported")),
    ("He recalled conversations with the mayor that had gone badly.", ("Ada Moss", "reported")),
    ("The mayor told reporters that the plant may close.", ("The mayor", "speculative")),
    ("The mayor convinced voters that the tax would fall.", (None, "speculative")),
])
def test_near_misses_a_memory_or_a_content_clause(sentence, reading):
    assert read(sentence) == reading


@pytest.mark.parametrize("sentence", [
    "The law gives residents the right to sue for any damage that the plant may have caused.",
    "The new rule lets tenants recover any deposit that the landlord may have kept.",
])
def test_a_present_verb_before_an_object_relative(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "The plant may have caused damage that the law does not cover.",
    "The law may give residents the right to sue for any damage that the plant caused.",
])
def test_near_misses_the_main_clause_hedge_stays(sentence):
    assert read(sentence)[1] == "speculative"


# -- "When the poll asked ..., X was supported by N percent": the poll's answer (real57; GUIDELINES §13) -----------------

@pytest.mark.parametrize("sentence", [
    "When the poll asked about the three hopefuls in the race, Hale was backed by 42 percent of those polled.",
    "When the poll asked about the three hopefuls in the race, Hale was backed by 42 percent of those polled, while "
    "Reed drew 38 percent.",
    "When this survey asked about the new tax, a clear majority backed it.",
])
def test_a_polls_answer_to_its_own_question_is_the_polls(sentence):
    assert read(sentence)[0] in ("the poll", "this survey")
    assert read(sentence)[1] == "reported"


@pytest.mark.parametrize("sentence", [
    "When the mayor asked about the tax, the clerk was silent.",
    "When the poll closed, Hale was ahead.",
    "When reporters asked about the poll, Hale was silent.",
])
def test_near_misses_no_finding_asks(sentence):
    assert read(sentence) == (None, "stated")


# -- a comma splice of two speakers' clauses (the lead, session 48): two claims -----------------------------------------

_INTRO = "Council vote\n\nThe city council met on Tuesday to debate the harbor bill.\n\n"


def _claims(sentence: str):
    from tests.reading import code
    return [(c.text, c.attributed_to, c.certainty) for c in code(_INTRO + sentence + "\n").claims
            if "city council met" not in c.text]


def test_a_comma_splice_of_two_speakers_is_two_claims():
    assert _claims("Sen. Ann Hale expressed admiration for the judge, Sen. Bob Kerr said that the vote would be close.") == [
        ("Sen. Ann Hale expressed admiration for the judge.", "article", "stated"),
        ("Sen. Bob Kerr said that the vote would be close.", "Sen. Bob Kerr", "speculative")]


@pytest.mark.parametrize("sentence", [
    "After the vote ended, Bob Kerr said that the bill would fail.",
    "Hours after the vote ended, Bob Kerr said that the bill would fail.",
    "The bill passed the chamber easily, Bob Kerr said in a statement on Monday.",
    "Last week the panel met, Bob Kerr said.",
])
def test_near_misses_an_opener_or_a_closing_tag_is_one_claim(sentence):
    claims = _claims(sentence)
    assert len(claims) == 1 and claims[0][1] == "Bob Kerr"


# -- "rated <object> as <judgement>": the rater's view (attr57's Left; PolNeAR half A labels "rated" a cue) ---------------

@pytest.mark.parametrize("sentence, source", [
    ('The Herald rated 41% of Green claims as "false" or "mostly false," set against 9% of Labor claims.',
     "The Herald"),
    ("The agency rated the bonds as junk last year.", "The agency"),
])
def test_rated_as_is_the_raters_view(sentence, source):
    assert read(sentence) == (source, "reported")


@pytest.mark.parametrize("sentence", [
    "He is rated as one of the best players in the league.",
    "The hotel is rated highly by guests.",
])
def test_near_misses_a_passive_rating_with_no_rater_is_the_outlets(sentence):
    assert read(sentence) == (None, "stated")


# -- efforts, purposes and questions stay `speculative` (GUIDELINES §14 and §6; the lead's session-48 list, read again) ----

@pytest.mark.parametrize("sentence", [
    "The mayor made a last-ditch attempt to save the plant.",
    "The law aims to protect tenants from eviction.",
    "The host asked him whether signing the deal was a mistake.",
])
def test_an_effort_a_purpose_or_a_question_asserts_no_goal(sentence):
    assert read(sentence)[1] == "speculative"
