"""Digest agreements the CNN sets missed that need no meaning, only exact matching (issue 15,
session 28, digest31).

Written before each fix, from the misses listed in evals/RESULTS.md "Session 28: digest31"; every
sentence here is invented (names, places, bodies, topics), with the same shape only.

* The same exact figure beside two words of one sense ("posted bail of $18,500" / "free on $18,500
  bond"): one sum, whoever else each sentence names (figured.py, lang.FIGURE_SENSE_GROUPS).
* The same words in the same order, three or more, two of them rare ("Vorn charged with arson" /
  "Kadir Vorn was promptly charged with arson"): one act of one doer (phrased.py).
Each with "apart" cases: two different figures, a figure beside a word of no group, a word of one
sense beside a figure in two places, two different people with the same act, the act negated.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles


def _agreed(a: str, b: str, pa: str, pb: str, ta: str = "Depot fire", tb: str = "Depot fire case") -> bool:
    """Whether an agreement across the two articles holds the sentence with `pa` and the one with `pb`."""
    al, _, _ = build_sections(_articles(ta + "\n\n" + FILLER + a + "\n" + FILLER,
                                        tb + "\n\n" + FILLER + b + "\n" + FILLER))
    return any(len(g.articles) == 2 and any(pa in q for q in g.quotes) and any(pb in q for q in g.quotes)
               for g in al.agreements)


# -- one exact figure beside two words of one sense --------------------------------------------------

_BAIL = "He surrendered Monday evening, joined by his lawyer, Piet Arvo, and at once posted bail of $18,500."
_BOND = "Dorn is free on $18,500 bond until the hearing."


def test_the_same_sum_as_bail_and_as_bond_agrees():
    assert _agreed("Watchman Ansel Dorn was held after the depot fire. " + _BAIL, _BOND, "posted bail", "free on")


def test_two_different_sums_of_bail_do_not_agree():
    assert not _agreed("Watchman Ansel Dorn was held after the depot fire. " + _BAIL,
                       "Dorn is free on $12,000 bond until the hearing.", "posted bail", "free on")


def test_the_same_sum_beside_a_word_of_no_group_does_not_agree():
    assert not _agreed("Watchman Ansel Dorn was held after the depot fire. " + _BAIL,
                       "Dorn must pay a fine of $18,500 to the port.", "posted bail", "a fine")


def test_the_same_death_toll_in_two_places_does_not_agree():
    assert not _agreed("The flood in Marrowby left 140 dead, the regional office said.",
                       "Gunmen massacred 140 people in Tesselford, the army said.", "Marrowby", "Tesselford",
                       "Flood and raid", "Flood and raid toll")


# -- the same words in the same order ----------------------------------------------------------------

def test_one_doer_charged_with_one_crime_in_other_words_around_it_agrees():
    assert _agreed("Vorn charged with arson over the blaze that gutted the Kessel grain depot.",
                   "Watchman Kadir Vorn was promptly charged with arson.", "Vorn charged", "promptly charged")


@pytest.mark.xfail(strict=True, reason="the act is a verb form in one claim only ('begins <verb>ing' / 'begin <noun>s'): "
                   "runs like that also joined noun phrases two claims name, so phrased.py asks for a verb form "
                   "in both (digest31; one such cnn27 agreement left)")
def test_a_union_beginning_to_negotiate_in_two_wordings_agrees():
    assert _agreed("Now that the strike vote has closed, the dockers' union begins negotiating after lunch.",
                   "The dockers' union will begin negotiations soon afterwards.", "strike vote",
                   "soon afterwards", "Dock strike", "Dock strike talks")


def test_a_title_both_name_in_the_same_order_is_no_act():
    assert not _agreed("Critics cast Mr. Brell as a rebel in name only, noting he backed the pick of Ivo Dent "
                       "as the first harbour safety adviser.",
                       "The Ledger reported that Orr asked Lund to drop a probe into former harbour safety adviser "
                       "Ivo Dent's dealings with shipping agents.", "Critics cast", "The Ledger reported",
                       "Harbour probe", "Harbour probe memo")


def test_two_people_charged_with_the_same_crime_do_not_agree():
    assert not _agreed("Vorn charged with arson over the blaze that gutted the Kessel grain depot.",
                       "Lena Osk was promptly charged with arson after the mill fire in Brandholt.",
                       "Vorn charged", "Lena Osk")


def test_the_same_words_with_one_negated_do_not_agree():
    assert not _agreed("Vorn charged with arson over the blaze that gutted the Kessel grain depot.",
                       "Watchman Kadir Vorn was never charged with arson.", "Vorn charged", "never charged")
