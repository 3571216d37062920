"""conflict48 (issue 15): day/time conflicts across articles and counted phrases the digest missed.
Invented sentences throughout (other names, places and numbers than the sets' texts); a near miss
beside each rule.

* "It happened on <day>" near an article's top dates the story's event: against another article's
  lede dating it to another day, a conflict (digest/pronounday.py).
* A contact relative's time ("the bakery he opened in 2006", "a shop she ran after she left the
  navy in 2004") dates its noun, not the claim (noun_times.contact_relative, read by dates.find_phrase).
* A counted phrase stops before an approximator and a number ("took about 60 firefighters nearly
  nine hours": the firefighters, not "firefighters nearly nine hours").
"""

from __future__ import annotations

import pytest

from summarizer.dates import find_phrase
from summarizer.digest import pronounday
from summarizer.digest.build import build_sections
from summarizer.digest.pairs import features
from summarizer.quantity import quantities
from tests.test_align_disputes import _articles

_FILL = ("The line was closed for the day. Engineers gathered by the signal box. The operator asked for patience. "
         "A memorial service is planned for the weekend. The transport board has opened a review. ")

_LEDE_A = ("Five people were killed when a freight train operated by Norrow Freight left the tracks near the "
           "hamlet of Vell Crossing early on Saturday, the county fire service said.")
_LEDE_C = ("The freight train that derailed outside Vell Crossing was going at about 60 miles per hour as it "
           "entered a bend, two people briefed on the inquiry said.")
_CRASH = "The crash killed five people and injured 31, officials said."


def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first}\n", f"Report two\n\n{second}\n"))
    return al


def _when(al) -> list:
    return [c for c in al.conflicts if c.kind == "assertion" and "when" in c.topic.lower()]


def test_a_pronoun_dating_the_story_event_conflicts_with_another_lede():
    al = _alignment(f"{_LEDE_A} {_FILL}", f"{_LEDE_C} {_CRASH} It happened on Friday evening, as the last "
                                          f"train of the day went north. {_FILL}")
    got = _when(al)
    assert len(got) == 1 and "Saturday" in got[0].reason and "Friday" in got[0].reason, \
        [(c.kind, c.topic, c.reason) for c in al.conflicts]


@pytest.mark.parametrize("second", [
    # the same day: no conflict
    f"{_LEDE_C} {_CRASH} It happened on Saturday morning, as the first train went north. {_FILL}",
    # no verb of happening: "It rained on Friday" dates the weather
    f"{_LEDE_C} {_CRASH} It rained on Friday evening, as the last train of the day went north. {_FILL}",
    # another occasion of the kind
    f"{_LEDE_C} {_CRASH} It happened again on Friday evening, on another line. {_FILL}",
    # a pronoun far down the article: not the story's event
    f"{_LEDE_C} {_FILL} {_CRASH} It happened on Friday evening, as the last train of the day went north.",
    # the article's lede dates the event itself (classify reads that lede's day)
    f"{_LEDE_C.replace(' as it entered a bend', ' as it entered a bend on Saturday')} {_CRASH} It happened on "
    f"Friday evening, as the last train of the day went north. {_FILL}",
])
def test_a_pronoun_day_that_is_no_other_version_of_the_event_is_no_conflict(second):
    al = _alignment(f"{_LEDE_A} {_FILL}", second)
    assert not [c for c in _when(al) if "Friday" in c.reason], [(c.kind, c.topic, c.reason) for c in al.conflicts]


def test_a_pronoun_day_against_a_lede_of_another_event_is_no_conflict():
    other = ("Floods in the Marran valley cut three roads on Saturday and left 40 homes without water, the "
             "county said.")
    arts = _articles(f"Report one\n\n{other} {_FILL}\n",
                     f"Report two\n\n{_LEDE_C} {_CRASH} It happened on Friday evening, as the last train went north. {_FILL}\n")
    feats = features([(x, c) for x in arts for c in x.claims])
    assert not pronounday.pronoun_day_conflicts(feats)


def test_a_report_day_in_the_other_lede_is_no_event_day():
    # "said on Saturday": the day of the report, not of the derailment
    lede = ("Five people were killed when a freight train operated by Norrow Freight left the tracks near the "
            "hamlet of Vell Crossing, the county fire service said on Saturday.")
    al = _alignment(f"{lede} {_FILL}", f"{_LEDE_C} {_CRASH} It happened on Friday evening, as the last train went north. {_FILL}")
    assert not [c for c in _when(al) if "Friday" in c.reason], [(c.kind, c.topic, c.reason) for c in al.conflicts]


@pytest.mark.parametrize("text,expected", [
    # a contact relative holding a clause of its own: that clause's time is neither the noun's nor the claim's
    ("The charges are expected to center on his conduct at a bakery he owned in Pellham after he left the "
     "navy in 2004, two of the people said.", None),
    ("The firm he founded after he had left the navy in 2004 was sold.", None),
    # a contact relative's own time dates its noun: another phrase dates the claim
    ("The bakery he opened in 2004 closed last year.", "last year"),
    ("The money they raised last spring went to the shelter on Monday.", "on Monday"),
    # ... and is read only when nothing else dates the claim, as a "that" relative's
    ("The bakery he opened in 2004 closed.", "in 2004"),
    # the main verb back after the relative: its time is the claim's
    ("The firm he founded after he left the navy in 2004 was sold on Monday.", "on Monday"),
    # near misses: no contact relative
    ("He said he left the navy in 2004.", "in 2004"),
    ("She resigned because she was ill in 2004.", "in 2004"),
    ("He opened a bakery after he left the navy in 2004.", "in 2004"),
    ("Officials said they found the boat on Monday.", "on Monday"),
])
def test_a_contact_relative_time_dates_its_noun(text, expected):
    assert find_phrase(text) == expected


@pytest.mark.parametrize("text,counted", [
    ("The blaze took about 60 firefighters nearly nine hours to bring under control, an officer said.", "firefighters"),
    ("It took 40 volunteers roughly 3 days to clear the beach.", "volunteers"),
    # near misses: an approximator before no number, a number after no approximator
    ("Some 85 firefighters were at the scene.", "firefighters"),
    ("Twelve swimmers nearly drowned.", "swimmers"),
])
def test_a_counted_phrase_stops_before_an_approximate_number(text, counted):
    first = quantities(text)[0]
    assert first["counted"] == counted, quantities(text)


def test_the_approximate_number_after_a_counted_phrase_is_read_on_its_own():
    got = {(q["value"], q["counted"]) for q in quantities("It took about 60 firefighters nearly nine hours to bring it under control.")}
    assert (60.0, "firefighters") in got and (9.0, "nine hours") in got, got
