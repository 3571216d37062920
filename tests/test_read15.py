"""read15: eight documents of the faithfulness corpora no session had read (markets, crime, education,
technology, environment, elections, transport, an obituary), read as articles. The sentences below are
invented in the shape of the faults found there; the near-misses must not change. Expected answers were
written before the tool was run on them."""

from __future__ import annotations

import pytest

from summarizer.drafts import as_sentence
from summarizer.places import place_of
from tests.test_read14 import _claim  # (the claim of a one-paragraph body that starts so, shared with read14)
from tests.test_reading_outputs import _code


def _claims(body: str):
    return _code("A headline for the test.\n\n" + body).claims


# --- a claim cut from inside a quotation keeps its marks -------------------------------------------
# ('"I won't buy him another coat. I'm raising three kids alone. I can't pay for a new one," she said.': the
# last sentence showed as 'I can't pay for a new one, she said.'; a quotation cut at ", and" or
# ", but" lost the marks on both halves)

_QUOTES = ('Dana Ruiz\'s son was sent home on Monday. "I am not buying him a new pair of boots for the school. '
           'I cannot afford a new pair of boots on my wage," she said. '
           'Omar Bede, a parent from Pellworth, said: "The school has sent home dozens of pupils this week. '
           'They were told to go home and change their shoes, but they had nothing else to wear at home."\n\n'
           'The head teacher said the rules were clear and would stay.')


@pytest.mark.parametrize("start, text", [
    ("I cannot afford a new pair of boots", '"I cannot afford a new pair of boots on my wage," she said.'),
    ("They were told to go home", '"They were told to go home and change their shoes."'),
    ("They had nothing else to wear", '"They had nothing else to wear at home."'),
])
def test_a_part_inside_a_quotation_keeps_its_marks(start, text):
    assert _claim(_QUOTES, start).text == text


@pytest.mark.parametrize("start, text", [
    ("The head teacher said the rules", "The head teacher said the rules were clear and would stay."),  # no quotation
    ("Dana Ruiz's son was sent home", "Dana Ruiz's son was sent home on Monday."),
])
def test_text_outside_quotations_gets_no_marks(start, text):
    assert _claim(_QUOTES, start).text == text


def test_a_short_quoted_phrase_is_not_wrapped():
    # a scare-quoted phrase cut at ", but": the halves are the outlet's own words with a quoted phrase
    c = _claim('The council called the plan "a good and fair deal, but late in the day" at its meeting on Monday.', "The council")
    assert not c.text.startswith('"')


def test_as_sentence_alone_is_unchanged():
    assert as_sentence('I cannot afford them," she said.') == "I cannot afford them, she said."


# --- a source's name without its origin or nationality ---------------------------------------------

@pytest.mark.parametrize("body, start, who", [
    ("American Jane Roe says she was upset to learn that the airline lost her dog.", "American Jane Roe", "Jane Roe"),
    ("Canadian Tom Bell said the border post had been closed for a week.", "Canadian Tom Bell", "Tom Bell"),
    ("Tom Bell from Pellston told the Courier that the mayor's policies led to the boom.", "Tom Bell", "Tom Bell"),
    # near-misses: a title, an organisation, a description with "from"
    ("Chairman Jane Roe said the board would meet on Friday.", "Chairman Jane Roe", "Chairman Jane Roe"),
    ("A spokesman from the Pellston council said the road would reopen.", "A spokesman", "A spokesman from the Pellston council"),
    ("Jane Roe said the plan would cost more than expected.", "Jane Roe", "Jane Roe"),
])
def test_origin_and_nationality_are_no_part_of_the_name(body, start, who):
    assert _claim(body, start).attributed_to == who


# --- where --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("evidence, where", [
    ("Students in the UK frequently made the new signing a top topic online.", "the UK"),
    ("Shoppers in Pellston recently complained about the new parking fees.", "Pellston"),
    # near-misses: a periodical, a plain place
    ("The plan was put to voters in Pellston.", "Pellston"),
    ("The story ran in the Pellston weekly edition of the paper.", None),
])
def test_an_adverb_after_a_place_ends_it(evidence, where):
    assert place_of(evidence) == where


def test_a_place_that_begins_a_newspapers_name_stays_a_place():
    # "Dallas" was taken for a first name because "the Dallas Morning News" appears in the article
    body = ("The boy claims the meeting took place late at night across the road from another school in Harlow. "
            "She admitted the meeting, according to the Harlow Evening Ledger.")
    assert _claim(body, "The boy claims").where == "Harlow"


def test_a_first_name_is_still_no_place():
    body = "Danielle Jones said the money was gone. Her brother kept the letter from Danielle for a year."
    assert _claim(body, "Her brother kept").where is None


# --- a final inverted frame after a name (dropped: a held-out number fell) ---------------------------
# (d8: "The <office>'s ... view is that no <wrongdoing> played a part in the death of X, <relative> of
# <someone> Y, said Detective Z." was the outlet's: a capitalised word before ", said" is read as the
# subject of an initial frame, "Jane Roe, the mayor of Pellston, said ...")

@pytest.mark.parametrize("body, start, who", [
    ("Jane Roe, the mayor of Pellston, said the plan would cost more than expected.", "Jane Roe", "Jane Roe"),
    ("Omar Bell, a lawyer for the family, said on Monday that the deal was off.", "Omar Bell", "Omar Bell"),
    ("The panel's early finding is there was no fault involved in the collapse of the bridge, said Inspector Dana Wu.",
     "The panel's early finding", "Inspector Dana Wu"),
])
def test_initial_and_final_frames_near_the_dropped_rule(body, start, who):
    assert _claim(body, start).attributed_to == who


@pytest.mark.xfail(strict=True, reason="read15: reading ', said X.' closing the sentence after a capitalised word "
                   "moved PolNeAR's held-out named source 0.956 -> 0.954 (chain 0.906 -> 0.904), both for any "
                   "capitalised word and narrowed to one closing a lower-case appositive; dropped")
@pytest.mark.parametrize("body, start, who", [
    ("The panel's early finding is there was no fault in the collapse of Bell, grandson of the trader Omar Bell, "
     "said Inspector Dana Wu.", "The panel's early finding", "Inspector Dana Wu"),
    # ("... by the floods in Pellston, said Jane Roe." passes since shapes34: tests/test_shapes34.py)
    ("Pellston, said one resident, is a quiet town.", "Pellston", "one resident"),  # "Pellston" on main
])
def test_a_final_frame_after_a_name(body, start, who):
    assert _claim(body, start).attributed_to == who


# --- certainty: "not necessarily", "not the first time" --------------------------------------------

@pytest.mark.parametrize("body, certainty", [
    ("His fame on social sites won't necessarily translate into Tom Bell winning the seat.", "speculative"),
    ("The new bridge does not necessarily mean shorter trips for drivers.", "speculative"),
    ("It isn't the first time a dog has gone missing at the Pellston depot.", "stated"),
    ("It is not the first time the council has met in the old hall.", "stated"),
    # near-misses: a plain negation stays negated
    ("The dog has not been found at the Pellston depot.", "negated"),
    ("This was not the last time the bridge closed.", "negated"),
    ("The council did not meet in the old hall.", "negated"),
])
def test_negations_that_hedge_or_affirm(body, certainty):
    assert _claims(body)[0].certainty == certainty


# --- a dateline whose country has three words --------------------------------------------------------

def test_a_dateline_with_a_three_word_country_is_dropped():
    c = _claims("Port Elan, United Arab Emirates (CNN)Lost baggage after a long trip is a familiar, annoying part of flying.")[0]
    assert c.text.startswith("Lost baggage")


# --- quantities: a short participle before a number ends the counted phrase -------------------------

@pytest.mark.parametrize("sentence, counted", [
    ("Fiona Bell, who has two children aged 9 and 7 at the academy, said the rules were unfair.", "children"),
    ("Police questioned three men aged between 20 and 30 about the fire.", "men"),
    # near-misses: a participle before the noun, a plain count
    ("About 20 used cars were sold at the auction on Monday.", "used cars"),
    ("The town has 300 people and a new school.", "people"),
])
def test_aged_ends_the_counted_phrase(sentence, counted):
    from summarizer.quantity import quantities
    assert quantities(sentence)[0]["counted"] == counted
