"""The lead's digest fix of session 24 (found by agree25 while writing its tests): a sum with a
scale word was a float product ("$4.1 billion" = 4099999999.9999995), so a sentence listing two
sums was set against another outlet's sentence giving the second sum, as a number conflict."""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.rules import numbers
from tests.test_align_disputes import FILLER, _articles


@pytest.mark.parametrize("text, value", [("$4.1 billion", 4_100_000_000), ("0.3 million", 300_000),
                                         ("£3.6bn", 3_600_000_000), ("2.7 trillion", 2_700_000_000_000)])
def test_a_scaled_number_is_exact(text, value):
    assert [n.value for n in numbers(text)] == [value]


def test_a_sentence_listing_two_sums_is_not_set_against_its_second_sum():
    arts = _articles("Budget\n\n" + FILLER + "The council will spend $1.2 billion on new roads, compared with "
                     "$4.1 billion on the rail line.\n" + FILLER,
                     "Budget\n\n" + FILLER + "The council will spend $4.1 billion on the rail line.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if c.kind == "numbers"], [c.reason for c in al.conflicts]


def test_a_storyline_title_keeps_the_joining_words_its_key_leaves_out():
    from types import SimpleNamespace

    from summarizer.digest.storylines import name_as_written
    claim = SimpleNamespace(text="The Harbour Protection of Wetlands Act passed on Monday.",
                            evidence=SimpleNamespace(quote="The Harbour Protection of Wetlands Act passed on Monday."))
    assert name_as_written("protection wetlands act", [SimpleNamespace(claim=claim)]) == "Protection of Wetlands Act"
    assert name_as_written("harbour protection", [SimpleNamespace(claim=claim)]) == "Harbour Protection"


# -- a plural event noun names acts repeated, not one event at two times ------------------------------

def test_a_plural_event_noun_before_a_time_is_no_single_event():
    from summarizer.digest.timeclash import _event
    t = "Valdor searched the Kessel quarter with a sequence of night raids on Tuesday after a week of unrest."
    assert _event(t, t.index("Tuesday")) == (frozenset(), frozenset())
    t = "The magazine published the interview Saturday."
    assert _event(t, t.index("Saturday"))[0]  # a verb before the day still names its event


def test_raids_this_month_and_last_year_are_no_time_conflict():
    arts = _articles("Raids\n\n" + FILLER + "Border guards in Kessel carried out a wave of night raids earlier this "
                     "month on smuggling camps near the Dorrin pass.\n" + FILLER,
                     "Raids\n\n" + FILLER + "Border guards carried out night raids last year on smuggling camps near "
                     "the Dorrin pass, officials said.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if "last year" in c.reason], [c.reason for c in al.conflicts]
