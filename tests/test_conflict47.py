"""conflict47 (issue 15): cross-article number conflicts the digest missed because the count was told
in other words. Invented sentences throughout (made-up names, places and numbers); a near miss beside
each rule: two counts of different things, of different days or places, a count and its part.

* an agent noun and people doing its verb ("310,000 riders" / "250,000 people ride");
* a vote told in words ("Six of the nine members backed ... and three voted ..." / "voted 7-2");
* a sum a ruling orders paid ("a $12 million verdict" / "a verdict ordering <Firm> to pay $15 million");
* people "caught up in" a disruption were affected by it ("were affected" / "were caught up in").
"""

from __future__ import annotations

import pytest

from summarizer.digest import countwords
from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles

_FILL = ("The path was closed for the day. Walkers gathered by the gate. The warden asked for patience. "
         "A meeting is planned for the weekend. The council has opened a review. ")


def _conflicts(a: str, b: str) -> list:
    al, _, _ = build_sections(_articles(f"Report one\n\n{_FILL}{a}\n", f"Report two\n\n{_FILL}{b}\n"))
    return al.conflicts


def _numbers(a: str, b: str) -> list:
    return [(c.kind, c.topic, c.reason) for c in _conflicts(a, b) if c.kind == "numbers"]


def _votes(a: str, b: str) -> list:
    return [(c.kind, c.topic, c.reason) for c in _conflicts(a, b) if c.kind == "assertion" and "-" in c.reason]


# -- an agent noun and people doing its verb (countwords.agent_counts)

_RIDERS = "The Dornby Transit Authority carries about 410,000 riders a day on its buses and trams, according to its own figures."


def test_riders_and_people_who_ride_are_one_count():
    got = _numbers(_RIDERS, "The Dornby Riders Union says fewer than 330,000 people ride the authority's buses and trams each day.")
    assert got and "410,000" in got[0][2] and "330,000" in got[0][2], got


@pytest.mark.parametrize("b", [
    # near misses: people who do something else; the same count; a bound the other count meets
    "The Dornby Riders Union says fewer than 330,000 people were stranded on the authority's buses and trams each day.",
    "The Dornby Riders Union says about 410,000 people ride the authority's buses and trams each day.",
    "The Dornby Riders Union says more than 330,000 people ride the authority's buses and trams each day.",
])
def test_people_of_another_verb_or_an_agreeing_count_are_no_rider_conflict(b):
    assert not _numbers(_RIDERS, b)


@pytest.mark.parametrize("noun,verb,same", [
    ("riders", "ride", True), ("voters", "voted", True), ("runners", "running", True), ("workers", "work", True),
    ("riders", "rode", False), ("members", "voted", False), ("voters", "ride", False), ("people", "ride", False),
])
def test_agent_nouns_and_verbs(noun, verb, same):
    assert bool(countwords._agent_bases(noun) & countwords._verb_bases(verb)) is same


# -- a vote told in words (countwords.word_tallies)

_VOTED = "The Ellory council's planning board voted 5-2 to approve the tower, the board said."


def test_a_vote_told_in_words_is_a_tally():
    got = _votes(_VOTED, "Four of the seven members of the planning board backed the tower and three voted against it, "
                         "two people at the meeting said.")
    assert got and "5-2" in got[0][2] and "4-3" in got[0][2], got


@pytest.mark.parametrize("b", [
    # near misses: the same tally in words; a share without the other side (the rest may have abstained)
    "Five of the seven members of the planning board backed the tower and two voted against it, two people at the meeting said.",
    "Four of the seven members of the planning board backed the tower, two people at the meeting said.",
])
def test_the_same_tally_or_a_share_alone_is_no_vote_conflict(b):
    assert not _votes(_VOTED, b)


@pytest.mark.parametrize("text,tallies", [
    ("Six of the nine judges backed the ruling and three opposed it.", {"6-3"}),
    ("Two of the 11 members voted for the plan while nine voted against it.", {"9-2"}),
    ("Six of the nine judges backed the ruling.", set()),
    ("Six of the nine judges wrote opinions and three retired.", set()),
    ("Eight of the nine members backed it and three opposed it.", set()),  # more votes than members
])
def test_word_tallies(text, tallies):
    assert countwords.word_tallies(text) == tallies


# -- a sum a ruling orders paid (countwords.ordered_sum)

_VERDICT = "A state appeals court on Monday upheld a $22 million verdict against Pelton Dyes over a spill in the Arne river."


def test_a_verdict_and_the_sum_it_orders_paid_are_one_figure():
    got = _numbers(_VERDICT, "An appeals court in Ostry on Monday let stand a jury's verdict ordering Pelton Dyes to pay "
                             "$27 million to farmers along the Arne river.")
    assert got and "22" in got[0][2] and "27" in got[0][2], got


@pytest.mark.parametrize("b", [
    # near misses: a sum ordered by another noun (a settlement); the same sum; a sum in fees of its own noun
    "An appeals court in Ostry on Monday let stand a settlement ordering Pelton Dyes to pay $27 million to farmers along the Arne river.",
    "An appeals court in Ostry on Monday let stand a jury's verdict ordering Pelton Dyes to pay $22 million to farmers along the Arne river.",
    "An appeals court in Ostry on Monday let stand a jury's verdict and ordered Pelton Dyes to pay $3 million in legal fees.",
])
def test_another_noun_or_the_same_sum_is_no_verdict_conflict(b):
    assert not _numbers(_VERDICT, b)


# -- "caught up in" is "affected" (lang.PHRASE_SENSES; countacts, measure_frames)

_AFFECTED = "About 90,000 travellers were affected by the signal failure at Brantwich, the rail operator said."


def test_affected_and_caught_up_in_are_one_count():
    got = _numbers(_AFFECTED, "More than 130,000 travellers were caught up in the signal failure at Brantwich, a watchdog estimated.")
    assert got and "90,000" in got[0][2] and "130,000" in got[0][2], got


@pytest.mark.parametrize("b", [
    # near misses: people who underwent something else; a count of another place
    "More than 130,000 travellers were stranded by the signal failure at Brantwich, a watchdog estimated.",
    "More than 130,000 travellers were caught up in the signal failure at Kellmoor, a watchdog estimated.",
])
def test_travellers_stranded_or_elsewhere_are_no_affected_conflict(b):
    assert not _numbers(_AFFECTED, b)


# -- a sentence-initial spelled number is no name (pairs.NOT_NAMES): "Four of the seven members ..."
# parted the claim from any claim naming someone else (names_clash)

@pytest.mark.parametrize("text,name", [
    ("Nine people were treated at Orrin General, the hospital said.", "nine"),
    ("Twenty workers walked out at Orrin General on Monday.", "twenty"),
])
def test_a_spelled_number_opening_a_sentence_is_no_name(text, name):
    from summarizer.digest.pairs import features
    arts = _articles(f"Report\n\n{text}\n")
    f = next(f for f in features([(x, c) for x in arts for c in x.claims]) if "Orrin" in f.claim.text)
    assert name not in f.names and "orrin" in f.names


# -- two ledes of one event, each with one sum of money (twofold.py; countwords.one_sum)

_FILL2 = ("Shares of both firms were steady in early trading. Analysts expect regulators to review the terms. "
          "The companies did not give a date for closing. Staff were told at a meeting. ")


def _lede_conflicts(a: str, b: str) -> list:
    al, _, _ = build_sections(_articles(f"Report one\n\n{a} {_FILL2}\n", f"Report two\n\n{b} {_FILL2}\n"))
    return [(c.kind, c.topic, c.reason) for c in al.conflicts]


_DEAL = ("Marrowby Foods agreed on Monday to buy its rival Quell Dairies, a maker of cheese and butter, for $4.2 billion in "
         "cash, the two companies said.")


def test_two_ledes_of_one_deal_with_two_prices_give_the_price_and_the_day():
    got = _lede_conflicts(_DEAL, "Marrowby Foods said on Tuesday that it would acquire Quell Dairies, in a deal that values "
                                 "the firm at $4.6 billion, according to people briefed on the terms.")
    assert any(k == "numbers" and "4.2" in r and "4.6" in r for k, _, r in got), got
    assert any(k == "assertion" and "Monday" in r and "Tuesday" in r for k, _, r in got), got


@pytest.mark.parametrize("b", [
    # near misses: a lede with two sums (which is the price?); the same sum; another event (nothing rare shared)
    "Marrowby Foods said on Tuesday that it would acquire Quell Dairies, in a deal that values the firm at $4.6 billion and "
    "sets a $300 million fee if it walks away, according to people briefed on the terms.",
    "Marrowby Foods said on Tuesday that it would acquire Quell Dairies, in a deal that values the firm at $4.2 billion, "
    "according to people briefed on the terms.",
    "Tarn Mills raised $4.6 billion from investors on Tuesday to expand its plants in Oskel, the firm said.",
])
def test_two_sums_in_ledes_otherwise_are_no_price_conflict(b):
    assert not [c for c in _lede_conflicts(_DEAL, b) if c[0] == "numbers"]


def test_one_price_in_two_ledes_against_a_third_is_one_price_conflict():
    third = ("Quell Dairies will be sold to Marrowby Foods for $4.2 billion, the companies announced Monday, in a deal that "
             "farmers' groups say could cut milk prices.")
    b = ("Marrowby Foods said on Tuesday that it would acquire Quell Dairies, in a deal that values the firm at $4.6 billion, "
         "according to people briefed on the terms.")
    al, _, _ = build_sections(_articles(f"Report one\n\n{_DEAL} {_FILL2}\n", f"Report two\n\n{b} {_FILL2}\n",
                                        f"Report three\n\n{third} {_FILL2}\n"))
    prices = [c for c in al.conflicts if c.kind == "numbers" and "4.6" in c.reason]
    assert len(prices) == 1, [(c.kind, c.reason) for c in al.conflicts]
