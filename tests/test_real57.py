"""Shapes met reading the bundled tool's whole output on 20 more real news documents it never saw (session 48, real57;
issue 12): sixteen PolNeAR half-A stories of 2016 (a doctor's memoir, a sealed divorce file, a post-debate poll, a
column on trade retaliation, a leader's visit, an op-ed on terrorism, a nuclear test, a contempt vote, a turnout
appeal, a column on tax returns, an investor-visa program, a city after a shooting, a lawsuit bill, a museum's
opening, a leave plan, tax claims) and four BASIL articles (a job offer's report, a governor's son, a whip's remarks,
a resignation). Fields first: `when` of a date before an occasion's noun ("In an August speech"), of a weekday's night
naming a noun and of "the overnight <noun>"; `where` of a restrictive life relative, a superlative's domain, a
comparison, a made thing's origin, goods "from" a place, an appositive after a party tag, a session, a subject's place
before an "-s" verb; `counted` of a ratio, a multiplier and a spelled percent; `kind` of an age in years. Then the
article's lead opening on "That's ...". Each shape is invented text with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer import dates, places, rules
from summarizer.quantity import quantities
from summarizer.summary_grounding import lead_sentences
from tests.reading import code

PUBLISHED = "2016-09-20"


def _when(sentence: str) -> str | None:
    return dates.when_for(None, sentence, sentence, PUBLISHED)


def _rows(sentence: str) -> list[tuple[float, str | None, str]]:
    return [(q["value"], q["unit"], q["counted"]) for q in quantities(sentence)]


# -- `when`: a date written before the noun of an occasion or a text

@pytest.mark.parametrize("sentence, when", [
    ("In an August speech, the senator said the plan would fail.", "August"),
    ("In her 2003 book, Harbor Days, Vale noted the risk.", "2003"),
    ("In a June television interview, she said the port would stay open.", "June"),
    ("At a June rally he promised new jobs.", "June"),
    ("The agency said in a June report that costs rose.", "June"),
    # near-misses: a date naming a thing, a house's year, a description's date, another time phrase first
    ("The 1998 law bans the sale of the land.", None),
    ("Survivors of the Sept. 11 attacks met in the hall.", None),
    ("They live in a 1920 house near the port.", None),
    ("The senator, who in a May speech called for cuts, voted no.", None),
    ("In a speech in August, he said so.", "in August"),
    ("Vale said he would not run for a seat in the 2018 midterm election after the reports.", None),
])
def test_a_date_before_an_occasions_noun_is_the_claims_time(sentence, when):
    assert _when(sentence) == when


@pytest.mark.parametrize("sentence, when", [
    # a weekday's part of the day naming a noun, "overnight" as an adjective: no time of the claim
    ("Despite claims that she won Monday night's debate, she got no bump in the poll.", None),
    ("The council issued a statement calling the overnight missile test a clear violation.", None),
    # near-misses: the same words as times
    ("She spoke Monday night to donors in the hall.", "2016-09-19"),
    ("Since Monday night's debate, her lead grew.", "since Monday night"),
    ("The board says there was a fault with his microphone during Monday night's debate.", "2016-09-19"),
    ("Rebels shelled the town overnight, officials said.", "overnight"),
])
def test_a_time_naming_a_noun_dates_nothing(sentence, when):
    assert _when(sentence) == when


# -- `where`

@pytest.mark.parametrize("sentence, where", [
    # a restrictive life relative tells which people, not where the claim happened
    ("Some 20 veterans who served in Valdoria or Tarvia commit suicide each day.", None),
    # a superlative's domain: an office, a level, people ranked within a place
    ("She is the highest-ranking prosecutor in Valdoria.", None),
    ("He said the valley had the highest unemployment levels in Tarvia.", None),
    ("To people who know the Vales, long one of the richest families in Tarvia, the news was no surprise.", None),
    # a place compared
    ("Unlike in Valdoria or Tarvia, the decision won support from both parties.", None),
    # a made thing's origin, with a larger place after it
    ("A slide shows what the Vale sedan, made in Harlow, in northern Valdoria, would cost under the tariff.", None),
    # goods from a place
    ("It included apples from Tarvia and pine trees from Valdoria.", None),
    # a description after a party tag
    ('"They were engaged," said Rep. Jon Vale (D-N.Y.), a longtime advocate for prison reform in Valdoria.', None),
    # a session is no place
    ("She will testify again on Monday in Executive Session.", None),
    # a subject's place before a verb in "-s" and its object
    ("The Vale Library in Dallas runs a school for young leaders in Valdoria.", "Dallas"),
    # near-misses: the same words where the place is the claim's
    ("Soldiers served in Valdoria for a year.", "Valdoria"),
    ("Officials who met in Kelso agreed a deal.", "Kelso"),
    ("Police reported the latest attack in Kelso.", "Kelso"),
    ("The group held a protest in Kelso.", "Kelso"),
    ("The highest rainfall in Kelso fell on Monday.", "Kelso"),
    ("It saw the worst flooding in Kelso.", "Kelso"),
    ("There is growing interest in Kelso.", "Kelso"),
    ("As in Kelso, prices rose.", "Kelso"),
    ("The bridge, built in Kelso, collapsed.", "Kelso"),
    ("Police seized 40 guns from Kelso.", "Kelso"),
    ("The team returns from Kelso on Monday.", "Kelso"),
    ('"They were engaged," Rep. Jon Vale (D-N.Y.) said in Kelso.', "Kelso"),
    ("The court sat in Kelso during its autumn session.", "Kelso"),
    ("In Democratic circles the mood soured in Kelso.", "Kelso"),
])
def test_where_a_place_tells_the_claims_place_only(sentence, where):
    assert places.place_of(sentence) == where


# -- `counted`: a ratio, a multiplier, a spelled percent

@pytest.mark.parametrize("sentence, rows", [
    ("Voters backed the plan by a 3 to 1 margin.", [(3.0, None, "3 to 1 margin")]),
    ("Voters backed it by a two to one margin.", [(2.0, None, "two to one margin")]),
    ("Veterans die at three times the rate of other adults.", [(3.0, "times", "rate of other adults")]),
    ("Crime here is four times the national average.", [(4.0, "times", "national average")]),
    ("She is three times more likely to vote.", []),
    ("Sixty-two percent of Republicans agreed.", [(62.0, "percent", "Republicans")]),
    # near-misses: a range rises, a fall has no determiner, occasions are counted, a spelled count keeps its noun
    ("About 10 to 15 militants died.", [(10.0, None, "militants"), (15.0, None, "militants")]),
    ("It fell from 10 to 5 percent.", [(10.0, "percent", "10 percent"), (5.0, "percent", "5 percent")]),
    ("He was arrested three times in a year.", [(3.0, None, "times")]),
    ("Some twenty-five people came.", [(25.0, None, "people")]),
    ("The measure passed by a 3-to-1 margin.", [(3.0, None, "3-to-1 margin")]),
])
def test_counted_of_a_ratio_a_multiplier_and_a_spelled_percent(sentence, rows):
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence, kind", [
    ("If you are 80 years old, you went through much of this.", "event"),
    ("Late on Saturday, Sara and Tim Vale, 27 and 29 years old, respectively, walked home.", "event"),
    # near-misses: a count beside an age, a term of years
    ("The bridge is 100 years old and carries 20,000 cars a day.", "quantity"),
    ("He served 12 years in prison.", "quantity"),
])
def test_an_age_in_years_counts_nothing(sentence, kind):
    assert rules.kind(sentence) == kind


# -- the article's lead: "That's ..." after a sentence it does not show

def test_the_lead_skips_a_demonstrative_whose_antecedent_is_not_shown():
    text = ("Harbor council, give us the numbers.\n\n"
            "I have a deal for the harbor council and its members. "
            "So just give us this: your budget for the last five years. "
            "That's a total of five numbers, which would fill one page of the report. "
            "The council voted on Monday to keep the port open for ten more years after a long debate.\n")
    lead = lead_sentences(text, 3)
    assert lead and not any(s.startswith("That's") for s in lead)


def test_the_lead_keeps_a_demonstrative_after_the_sentence_it_points_at():
    text = ("Harbor council backs port plan.\n\n"
            "The council voted on Monday to keep the port open for ten more years after a long debate. "
            "That is a victory for the dock workers who had campaigned for it since the spring.\n")
    assert lead_sentences(text, 3)[1].startswith("That is a victory")


# -- left: a deck line under the title is still shown as a claim

@pytest.mark.xfail(strict=True, reason="a deck set off by blank lines under a title closed by a stop is read as the lede's "
                   "first sentence (chunk.title_runs_on needs ';' or ':'): no rule yet tells a deck from a short lede")
def test_a_deck_under_the_title_is_no_claim():
    text = ("Harbor port struggles after the storm.\n\n"
            "Curfew lifted, but town still in limbo as guards patrol quiet streets.\n\n"
            "Nearly a week after the storm flooded the harbor, the town of Kelso remains in a state of limbo, "
            "the mayor said on Sunday.\n\n"
            "Shops near the port were still covered with planks of wood, officials said.\n")
    assert not any(c.text.startswith("Curfew lifted") for c in code(text).claims)
