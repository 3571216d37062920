"""Digest agreements the tuned CNN sets missed (issue 15, session 29, digest32).

Written before each fix, from the misses listed in evals/RESULTS.md "Session 29: digest32"; every
sentence here is invented (names, places, bodies, topics), with the same shape only.

* The event's weekday in both claims with two rare words beside it in both ("final submissions
  on Thursday" / "Final submissions are expected Thursday"): one scheduled event (figured.py).
Each with "apart" cases: two weekdays, one rare word beside the day, a report's day.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles


def _agreed(a: str, b: str, pa: str, pb: str, ta: str = "Tribunal hearing", tb: str = "Tribunal hearing case") -> bool:
    """Whether an agreement across the two articles holds the sentence with `pa` and the one with `pb`."""
    al, _, _ = build_sections(_articles(ta + "\n\n" + FILLER + a + "\n" + FILLER,
                                        tb + "\n\n" + FILLER + b + "\n" + FILLER))
    return any(len(g.articles) == 2 and any(pa in q for q in g.quotes) and any(pb in q for q in g.quotes)
               for g in al.agreements)


# -- the event's weekday with two rare words beside it ----------------------------------------------

_PANEL = "Several questions remain for the tribunal once both teams deliver final submissions on Thursday."
_DUE = "Final submissions are expected Thursday."


def test_one_scheduled_event_on_one_weekday_agrees():
    assert _agreed(_PANEL, _DUE, "Several questions", "Final submissions are")


def test_the_same_event_on_two_weekdays_does_not_agree():
    assert not _agreed(_PANEL, "Final submissions are expected Monday.", "Several questions", "Final submissions are")


def test_one_rare_word_beside_the_same_weekday_does_not_agree():
    assert not _agreed("Several questions remain for the tribunal once the orchard auction opens on Thursday.",
                       "Final submissions are expected Thursday.", "Several questions", "Final submissions are")


def test_a_report_day_is_not_the_event_day():
    assert not _agreed("Several questions remain for the tribunal, the registrar said Thursday.",
                       "The registrar has no final submissions yet, a clerk reported on Thursday.",
                       "Several questions", "The registrar has")


_LONG = ("Bakers from three valleys petitioned the council over flour tariffs, grain quotas, mill licences "
         "and harbour fees, weeks before final submissions on Thursday.")


def test_the_same_weekday_in_otherwise_different_claims_does_not_agree():
    # two rare words beside the day, but the rest of one long claim says other things (WEEKDAY_SIM)
    assert not _agreed(_LONG, _DUE, "Bakers from", "Final submissions are")


def test_the_weekday_floor_is_what_keeps_them_apart(monkeypatch):
    from summarizer.digest import figured

    monkeypatch.setattr(figured, "WEEKDAY_SIM", 0.0)
    assert _agreed(_LONG, _DUE, "Bakers from", "Final submissions are")


# -- one claim, two facts: a claim already in an agreement is not reused for a second one -----------

_ONE = ("Network Quell suspended anchor Lina Marsh for ten days after a clip of her shouting at a parking "
        "attendant spread across social media.")
_FIRST = ("Something about the clip of Quell anchor Lina Marsh and the rude way she shouted at that parking "
          "attendant stayed with me all weekend.")
_SECOND = "Today I told my nephew Marsh was suspended for ten days by Quell, and we talked about it."
#: three sentences of its own between the two: not neighbours (purity.one_fact)
_APART = (" The ferry schedule changed twice that spring. Lanterns lined the quay after dark. "
          "A choir rehearsed in the old granary. ")


@pytest.mark.xfail(strict=True, reason="agreement groups are disjoint: the long claim joins the closer sentence "
                   "(the clip) and the suspension sentence is left alone; letting such a claim into a second "
                   "agreement found 3 gold facts, and added 19 shown agreements no gold fact holds and 7 repeating "
                   "a matched one on the readable sets (digest32)")
def test_a_claim_in_one_agreement_also_agrees_on_its_second_fact():
    assert _agreed(_ONE, _FIRST + _APART + _SECOND, "Network Quell", "Today I told")


def test_the_claim_agrees_with_the_closer_sentence():
    assert _agreed(_ONE, _FIRST + _APART + _SECOND, "Network Quell", "Something about the clip")
