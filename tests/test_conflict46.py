"""conflict46 (issue 15): conflicts the digest missed on the sets it already has (blind43/44/45,
genre37, the cnn and conf sets). Invented sentences throughout (other names, places and numbers
than the sets' texts); a near miss beside each rule.

* Two articles' ledes telling one event with another day AND another count: both conflicts
  (twofold.py); before, each difference hid the other (a count needs one day, a day one count).
* "began" and "started" are one sense where an event's place is compared ("The blaze began in
  the boiler room" / "The blaze started in the laundry"), never a synonym for an agreement.
"""

from __future__ import annotations

import pytest

from summarizer import lang
from summarizer.digest import twofold
from summarizer.digest.build import build_sections
from summarizer.digest.pairs import features, stem
from summarizer.digest.senses import sense
from tests.test_align_disputes import _articles

_FILL = ("The path was closed for the day. Walkers gathered by the gate. The warden asked for patience. "
         "A meeting is planned for the weekend. The council has opened a review. ")

_LEDE_A = ("The Harrowgate Mutual bank raised its main rate by half a point to 6.25 percent on Tuesday, its "
           "third increase this year, as loans kept growing faster than the bank had planned.")
_LEDE_B = ("Harrowgate Mutual raised interest rates on Monday for the third time this year, lifting its main "
           "rate to 6.5 percent as it tries to slow lending.")


def _conflicts(a: str, b: str, lede: bool = True) -> list:
    first = (a + " " + _FILL) if lede else (_FILL + a)
    second = (b + " " + _FILL) if lede else (_FILL + b)
    al, _, _ = build_sections(_articles(f"Report one\n\n{first}\n", f"Report two\n\n{second}\n"))
    return al.conflicts


def test_two_ledes_with_another_day_and_another_count_give_both_conflicts():
    got = _conflicts(_LEDE_A, _LEDE_B)
    kinds = sorted(c.kind for c in got)
    assert kinds.count("numbers") == 1 and any(c.kind == "assertion" and "when" in c.topic.lower() or
                                               "Monday" in c.reason and "Tuesday" in c.reason
                                               for c in got if c.kind == "assertion"), [(c.kind, c.topic, c.reason) for c in got]
    assert not [c for c in got if c.kind == "assertion" and "Monday" not in c.reason]


def test_the_same_sentences_past_the_lede_stay_apart():
    # near miss: the same two sentences deep in each article may tell two events (a rate on two days)
    got = _conflicts(_LEDE_A, _LEDE_B, lede=False)
    assert not got, [(c.kind, c.topic, c.reason) for c in got]


@pytest.mark.parametrize("a,b", [
    # two events of one cluster, told in the ledes on two days with two counts: nothing rare shared
    ("A fire at the Pellham depot injured 12 workers on Saturday, the brigade said.",
     "Floods in the Corran valley left 17 workers stranded on Sunday, the county said."),
    # a lede naming two days ("on Friday ... on Thursday") is not read
    ("Harrowgate Mutual said on Friday that it raised its main rate by half a point to 6.25 percent on "
     "Thursday, its third increase this year.", _LEDE_B),
])
def test_ledes_of_two_events_or_two_days_each_are_no_twofold_conflict(a, b):
    arts = _articles(f"Report one\n\n{a} {_FILL}\n", f"Report two\n\n{b} {_FILL}\n")
    feats = features([(x, c) for x in arts for c in x.claims])
    assert not twofold.lede_pairs(feats)


def test_ledes_on_one_day_are_left_to_the_number_rule():
    same_day = _LEDE_B.replace("on Monday", "on Tuesday")
    arts = _articles(f"Report one\n\n{_LEDE_A} {_FILL}\n", f"Report two\n\n{same_day} {_FILL}\n")
    feats = features([(x, c) for x in arts for c in x.claims])
    assert not twofold.lede_pairs(feats)


def test_began_and_started_are_one_sense_for_conflicts_only():
    assert sense("began", stem) == sense("started", stem) == sense("begun", stem)
    assert not any("began" in g.split() for g in lang.NEWS_SYNONYMS)


@pytest.mark.parametrize("a,b,conflict", [
    ("The blaze began in the boiler room, the warden of Felling House said.",
     "The blaze started in the laundry of Felling House, a tenant said.", True),
    # near miss: where it spread is not where it began
    ("The blaze began in the boiler room, the warden of Felling House said.",
     "The blaze spread to the laundry of Felling House, a tenant said.", False),
])
def test_an_event_begun_in_one_place_and_started_in_another(a, b, conflict):
    got = [c for c in _conflicts(a, b) if c.kind == "assertion" and "where" in c.topic.lower()]
    assert bool(got) is conflict, [(c.topic, c.reason) for c in got]


# -- "had not notified ... until <day>" tells the day of the notification (eventdates.until_affirms)

_TOLD = "The Brayford clinic informed the county health board on March 3, its director said."


def _when(a: str, b: str) -> list:
    return [c for c in _conflicts(a, b) if c.kind == "assertion" and "Mar" in c.reason]


def test_not_until_a_day_clashes_with_another_day_of_the_event():
    got = _when(_TOLD, "A board official said the Brayford clinic had not notified the county health board until March 10.")
    assert got and "Mar 10" in got[0].reason and "Mar 3" in got[0].reason, [c.reason for c in got]


@pytest.mark.parametrize("b", [
    # near misses: a negation without "until" (nothing dated happened); a second negator
    "A board official said the Brayford clinic had not notified the county health board by March 10.",
    "A board official said the Brayford clinic had not notified the county health board until March 10 and had never explained why.",
])
def test_a_negated_notification_is_no_day_clash(b):
    assert not _when(_TOLD, b)


@pytest.mark.parametrize("text,affirms", [
    ("The clinic did not tell the board until March 10.", True),
    ("The clinic hadn't notified anyone until Friday.", True),
    ("The clinic did not notify the board, and waited until March 10.", False),
    ("No one was told until March 10.", False),
])
def test_until_affirms(text, affirms):
    from summarizer.digest.eventdates import until_affirms
    arts = _articles(f"Report\n\n{text}\n")
    feats = features([(x, c) for x in arts for c in x.claims])
    assert until_affirms(next(f for f in feats if "until" in f.claim.text)) is affirms
