"""Session 15, the lead: faults found reading ten invented wire stories of other beats (a recall,
an outbreak, a settlement, an emergency landing, a strike, a central bank, a sentencing, a drug
trial, an election, a cup match), each with invented sentences and near-misses (expected answers
written before the run)."""

from __future__ import annotations

import pytest

from summarizer import quantity, rules
from summarizer.chunk import is_title, split_sentences
from tests.test_lead14 import _first
from tests.test_reading_outputs import _code


# -- "according to Dr. Jane Roe": the title's full stop is no end of the source ----------------------

@pytest.mark.parametrize("sentence,source", [
    ("Six children are in hospital, according to Dr. Nadia Ferris, the county's health officer.", "Dr. Nadia Ferris"),
    ("The tests came back late, according to Gov. Ada Quell.", "Gov. Ada Quell"),
    ("The vote was delayed, according to Sen. Tom Brill of Ohio.", "Sen. Tom Brill of Ohio"),
    ("The bridge was closed, according to Mr. Ivo Lind.", "Mr. Ivo Lind"),
    # session 16: every title abbreviation of lang (Maj. was in PERSON_TITLES, not in this rule's list)
    ("The levee failed before dawn, according to Maj. Ann Lee of the county guard.", "Maj. Ann Lee of the county guard"),
    ("The plan cost $4 million, according to Sens. Ada Roe and Bo Dane.", "Sen. Ada Roe and Sen. Bo Dane"),  # (the plural
    # title is each one's: coref50)
    ("The chapel reopened in May, according to Msgr. Paul Vane.", "Msgr. Paul Vane"),
    # near-miss: no title, the name alone
    ("The bridge was closed, according to Ivo Lind, the county engineer.", "Ivo Lind"),
    # near-miss: a title written out in full ends the source at its stop
    ("The bridge was closed, according to the president. Repairs took a week, the mayor said.", "the president"),
])
def test_according_to_a_titled_name(sentence, source):
    c = _first(sentence)
    assert (c.attributed_to, c.certainty) == (source, "reported"), (c.attributed_to, c.certainty)


# -- a dated wire dateline opens the lede: "CALDER, Aug. 8 - Health officials reported ..." ------------

_LEDE = "Health officials in Calder County reported 11 new measles cases on Thursday."


@pytest.mark.parametrize("dateline", ["CALDER, Aug. 8 - ", "CALDER, Aug 8 - ", "CALDER, Mass., Aug. 8 - ",
                                      "CALDER (Reuters) - ", "CALDER — ", "CALDER, Aug. 8 (Wire) - "])
def test_a_dateline_lede_keeps_its_source_and_is_no_title(dateline):
    text = dateline + _LEDE + "\n\nMost of the cases are in children, the county health department said.\n"
    c = _first(text)
    assert c.text == _LEDE
    assert (c.attributed_to, c.certainty) == ("Health officials in Calder County", "reported"), (c.attributed_to, c.certainty)


def test_a_title_with_a_full_stop_stays_a_title():
    # near-miss: a short first line with a full stop and no dateline is still the title (PolNeAR's 66 of 84)
    text = "Judge rejects request to unseal file.\n\nThe judge said the file would stay sealed.\n"
    assert is_title(text, split_sentences(text)[0])
    text = "CALDER - Judge rejects request to unseal file.\n\nThe judge said the file would stay sealed.\n"
    assert not is_title(text, split_sentences(text)[0])


# -- a purpose clause's modal is not the main clause's hedge: "so that it could charge more fees" ------

@pytest.mark.parametrize("sentence,source,certainty", [
    ("The bank reordered transactions so that it could charge more fees.", "article", "stated"),
    ("The bank reordered transactions so it could charge more fees.", "article", "stated"),
    ("The council closed the road in order that crews might repair the bridge.", "article", "stated"),
    ("The bank hid the fees so that customers would not notice.", "article", "stated"),
    ("The plaintiffs claimed the bank reordered transactions so that it could charge more fees.", "The plaintiffs", "claimed"),
    # near-misses: the main clause's own modal, and a result clause after a comma
    ("The bridge may close so that crews can repair it.", "article", "speculative"),
    ("The road was closed, so drivers could not reach the town.", "article", "negated"),
    ("The bank could raise fees so that it earns more.", "article", "speculative"),
])
def test_a_purpose_clause_hedges_nothing(sentence, source, certainty):
    c = _first(sentence)
    assert (c.attributed_to, c.certainty) == (source, certainty), (c.attributed_to, c.certainty)


# -- a negated contact relative whose verb lacks its object: "billions the country does not have" ----
# (the rule is off, main_clause.GAPPED_NEGATION_IS_THE_RELATIVES: it cost factuality half B one negated event)

@pytest.mark.parametrize("sentence,certainty", [
    pytest.param("The plan will cost money the city does not have.", "speculative", marks=pytest.mark.xfail(strict=True, reason="main_clause.GAPPED_NEGATION_IS_THE_RELATIVES off: factuality B negated 0.092 -> 0.096 (session 15)")),
    pytest.param("The council hired staff it did not need.", "stated", marks=pytest.mark.xfail(strict=True, reason="main_clause.GAPPED_NEGATION_IS_THE_RELATIVES off: factuality B negated 0.092 -> 0.096 (session 15)")),
    pytest.param("The firm paid fees it did not owe.", "stated", marks=pytest.mark.xfail(strict=True, reason="main_clause.GAPPED_NEGATION_IS_THE_RELATIVES off: factuality B negated 0.092 -> 0.096 (session 15)")),
    pytest.param("Critics say her plans would cost billions the country does not have.", "speculative", marks=pytest.mark.xfail(strict=True, reason="main_clause.GAPPED_NEGATION_IS_THE_RELATIVES off: factuality B negated 0.092 -> 0.096 (session 15)")),
    # near-misses: the main clause's negation, and content clauses after a verb
    ("The council did not hire staff it needed.", "negated"),
    ("The mayor said they did not know.", "negated"),
    ("The team knew it could not win.", "negated"),
    ("The firm admitted it had not paid.", "negated"),
    ("Officials feared they would not finish.", "negated"),
])
def test_a_gapped_relatives_negation_is_its_own(sentence, certainty):
    assert _first(sentence).certainty == certainty


# -- "the company said" after a headline's bare "company says" is the company the body names ---------

def test_a_bare_headline_noun_is_no_name_to_resolve_to():
    text = ("Drug slows memory decline in trial, company says\n\n"
            "Pellam Therapeutics said the trial enrolled 1,200 patients in nine countries.\n\n"
            "Patients who received the drug scored better on memory tests, the company said.\n")
    claims = _code(text).claims
    assert [c.attributed_to for c in claims] == ["Pellam Therapeutics", "Pellam Therapeutics"], [c.attributed_to for c in claims]


def test_the_company_without_a_named_one_stays_the_company():
    # near-miss: no proper name to resolve to
    c = _first("Prices will rise by June, the company said.\n")
    assert c.attributed_to.lower() in ("the company", "company")


# -- "160 of the 300 seats": the share counts the same noun as the total ------------------------------

@pytest.mark.parametrize("sentence,want", [
    ("Unity won 160 of the 300 seats.", {(160, "seats"), (300, "seats")}),
    ("Police said 12 of the 40 passengers were hurt.", {(12, "passengers"), (40, "passengers")}),
    ("Voters backed 3,100 of the 4,000 proposals.", {(3100, "proposals"), (4000, "proposals")}),
    # near-misses: a partitive with no total, and one cut short
    ("About 3,000 of the agency's emails were released.", {(3000, "agency's emails")}),  # (unchanged)
])
def test_a_share_of_a_total_counts_the_totals_noun(sentence, want):
    got = {(q["value"], q["counted"]) for q in quantity.quantities(sentence)}
    assert got == want, got


# -- a toll in words is a quantity, as in digits (rules.WORD_COUNTS_ARE_QUANTITIES) -------------------

@pytest.mark.parametrize("sentence,kind", [
    ("The bridge collapsed on Tuesday, killing four people.", "quantity"),
    ("The bridge collapsed on Tuesday, killing 4 people.", "quantity"),
    ("The raid injured nine guards, officials said.", "quantity"),
    # near-misses: a count that qualifies the event
    ("The storm destroyed two crucial bridges.", "event"),
    ("One man was injured in the blast.", "event"),
])
def test_a_toll_in_words_is_a_toll_in_digits(sentence, kind):
    assert rules.WORD_COUNTS_ARE_QUANTITIES
    assert rules.kind(sentence) == kind


# -- "..., and his lawyer said B": a possessive subject opens a second reporting clause ----------------

@pytest.mark.parametrize("sentence,second,source", [
    ("Crewe denied all of the charges in court, and his lawyer said he would appeal.", "His lawyer said he would appeal.", "his lawyer"),
    ("The bridge collapsed on Monday, and her spokesman said it would reopen.", "Her spokesman said it would reopen.", "her spokesman"),
    ("The plant closed two lines in June, but their union said the jobs were safe.", "Their union said the jobs were safe.", "their union"),
])
def test_a_possessive_subject_opens_a_second_frame(sentence, second, source):
    claims = _code(sentence).claims
    got = {c.text: c.attributed_to.lower() for c in claims}
    assert got.get(second) == source, got


def test_a_possessive_clause_with_no_speaker_stays_the_outlets():
    # near-miss: the second clause's possessive subject does not speak
    claims = _code("The mayor said the bridge would reopen, and his car was parked outside.").claims
    assert [(c.text, c.attributed_to) for c in claims][-1] == ("His car was parked outside.", "article")


# -- a wire tag before an opening frame ("(CNN)The board said ..."; read16 left it) -------------------

@pytest.mark.parametrize("text,source", [
    ("(CNN)The Harlow Water Board said it would fine the utility.\n", "The Harlow Water Board"),
    ("Board fines utility\n\n(Reuters)The Harlow Water Board said it would fine the utility.\n", "The Harlow Water Board"),
    ("Marlow, Elland (CNN)The Harlow Water Board said it would fine the utility.\n", "The Harlow Water Board"),
    ("-LRB- CNN -RRB- The Harlow Water Board said it would fine the utility .\n", "The Harlow Water Board"),
])
def test_a_wire_tag_hides_no_opening_frame(text, source):
    assert _first(text).attributed_to == source


def test_a_bracket_inside_a_sentence_is_no_wire_tag():
    # near-miss: a party tag and a vote count in brackets stay as they are
    c = _first("Senator Ada Quell (D-Ohio) said the bill would pass.\n")
    assert c.attributed_to == "Senator Ada Quell"


# -- "bringing the total in the outbreak to 57": a short phrase after "total" ------------------------

@pytest.mark.parametrize("sentence,row", [
    ("Officials reported 11 new measles cases on Thursday, bringing the total in the outbreak to 57.", (57.0, "cases")),
    ("The firm hired 30 workers, bringing the total in Ohio to 120.", (120.0, "workers")),
    ("Officials reported 12 new cases, bringing the total since March to 164.", (164.0, "cases")),
])
def test_a_running_total_past_a_phrase(sentence, row):
    assert row in {(q["value"], q["counted"]) for q in quantity.quantities(sentence)}
