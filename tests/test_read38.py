"""Session 31, read38: shapes found reading the bundled tool's output on six more news texts no session had
read (BBC texts: a press secretary on a detention camp, a council's ferry, an MP's committee letter, a
coercion conviction, an arrest after an attack, an electoral law), claim by claim against their articles.
Invented sentences (names, places and topics changed), each with what an analyst reads in it; see
evals/RESULTS.md "Session 31: read38".

1. "In <month>, the police said they had <charged X> ... . They said it was unclear ..." gave "They" to an
   earlier plural or a city: "the police" (a plural with no -s, a mention of kind person) is the group meant.
2. "... after a letter from <Title> <Name>. The letter reveals <Other> had offered ..." went to <Other> (the
   first subject of the sentence that mentions a letter): the letter is from <Name>.
3. "A court heard he sent <x>" was the outlet's `stated`: a hearing's noun after "A"/"An" makes the frame as
   after "The".
4. "<Name> told <agency> that officers moved on a hint that <X> was due to arrive ..." was `speculative`:
   "due to" is the hint's content, the moving happened.
5. "on <day> <Month>, <year>" gave `when` "<day> <Month>" (the year after the comma dropped), and a range
   "between <day> <Month>, <year> and <day> <Month>" gave its first day only.
6. "The <man>, allegedly a <nationality> citizen, was arrested at <place>" went to "unnamed sources" `unconfirmed`:
   the hearsay adverb hedges the set-off description only.
7. "<Name>, formerly of <Village>, near <Town>, was found guilty ..." had `where` <Town>: the person's home.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. "They" after "the police said" ----------------------------------------------------------------------------
_DEPOT = ("Officers believe a 31-year-old driver, known as Pim, caused the crash on the ring road. "
          "He was detained at a bus depot in Brantfield (Old Brant). "
          "In June, the police said they had charged Tomas Leer and named him as the owner of the van which hit the barrier. "
          "They said it was unclear what part the driver had in the scheme.")


def test_they_after_the_police_is_the_police():
    assert who(_DEPOT, "They said it was unclear") == "the police"


def test_they_after_named_group_apart():
    text = ("Two ramblers found the cave near Oskby on Sunday. The ramblers said they had seen smoke. "
            "They said the entrance was blocked.")
    assert who(text, "They said the entrance") != "the police"
    assert "ramblers" in (who(text, "They said the entrance") or "").lower()


# 2. "a letter from <Name>. The letter reveals ..." ------------------------------------------------------------
_NOTE = ("Ms Varga has until 4 June to reply after a letter from Dunmoor councillor Piet Hale. "
         "The letter reveals Ms Varga had offered the panel a tour of the firm's plant in Dunmoor.")


def test_the_letter_is_from_its_sender():
    assert "Piet Hale" in (who(_NOTE, "The letter reveals") or "")


def test_letter_with_no_sender_apart():
    text = ("Ms Varga was asked to appear before the panel. "
            "The letter reveals Ms Varga had offered the panel a tour of the firm's plant.")
    assert who(text, "The letter reveals") == "The letter"


# 3. "A court heard ..." ------------------------------------------------------------------------------------------
def test_a_tribunal_heard_is_the_tribunals():
    s = code("Jana Roe admitted the scheme. A tribunal heard she moved funds from a charity account to her own bank.")
    c = _claim(s, "A tribunal heard")
    assert c.attributed_to == "A tribunal"
    assert c.certainty == "reported"


@pytest.mark.parametrize("sentence", ["A court heard evidence from six witnesses.", "A neighbour heard two bangs."])
def test_heard_with_no_clause_apart(sentence):
    c = code("The hall was closed on Monday. " + sentence).claims[-1]
    assert c.attributed_to == "article"


# 4. a hedge inside the "that" clause of a noun of news ------------------------------------------------------------
def test_due_to_inside_a_hints_content_is_not_a_hedge():
    s = code("Mr Pell, of the county fraud unit, told the Reuters news agency that officers moved on a hint "
             "that Vos was due to arrive in Harwick by ferry.")
    assert s.claims[0].certainty == "reported"


@pytest.mark.parametrize("sentence", ["Mr Pell said officers were due to arrive in Harwick by ferry.",
                                      "Mr Pell said the hint was that Vos was due to arrive by ferry."])
def test_due_to_of_the_clause_apart(sentence):
    assert code(sentence).claims[0].certainty == "speculative"


# 5. a year after a comma -------------------------------------------------------------------------------------------
def test_year_after_a_comma_is_kept():
    s = code("Bram Okoye was found guilty of fraud between 3 April, 2015 and 9 April the following year. "
             "He was also convicted of theft on 12 August, 2016.")
    assert _claim(s, "Bram Okoye").when == "between 3 April, 2015 and 9 April"
    assert _claim(s, "He was also").when == "2016-08-12"


@pytest.mark.parametrize("sentence,when", [("The ship sank on 4 May 1998.", "1998-05-04"),
                                           ("The fair opened on 4 May, 2000 visitors came.", None)])
def test_comma_year_apart(sentence, when):
    c = code(sentence).claims[0]
    if when:
        assert c.when == when
    else:
        assert "2000" not in (c.when or "")


# 6. a hearsay adverb opening a set-off description ----------------------------------------------------------------
def test_hedged_apposition_leaves_the_clause_the_outlets():
    c = code("The driver, reportedly a Danish national, was stopped at a toll gate near Brantfield.").claims[0]
    assert (c.attributed_to, c.certainty) == ("article", "stated")


@pytest.mark.parametrize("sentence", ["The driver was reportedly a Danish national.",
                                      "The driver was reportedly stopped at a toll gate near Brantfield."])
def test_hedged_clause_apart(sentence):
    assert code(sentence).claims[0].certainty == "unconfirmed"


# 7. a home town set off after a name --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["Bram Okoye, formerly of Millbeck, near Tadford, was found guilty of fraud.",
                                      "Bram Okoye, 42, of Millbeck, near Tadford, was found guilty of fraud."])
def test_home_town_apposition_is_no_where(sentence):
    assert code(sentence).claims[0].where is None


@pytest.mark.parametrize("sentence,where", [
    ("Bram Okoye, formerly of Millbeck, near Tadford, was found guilty of fraud in Dunmore.", "Dunmore"),
    ("Flooding hit the village of Millbeck, near Tadford, on Monday.", "Tadford")])
def test_home_town_apart(sentence, where):
    assert code(sentence).claims[0].where == where
