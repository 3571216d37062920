"""digest45 (issue 15): misses and false items of the digest on a third blind set of invented
three-outlet stories (evals/digest_gold_blind45: a boil-water alert, an airline's computer outage, a
transit fare rise). Invented sentences throughout (other names, places and numbers than the set's
texts); a near miss beside each rule.

* Two near, exact counts of one noun rare in the batch are two versions under the wording floor only
  when they tell one event: a day both claims name, an act both counts name (or one side only says
  how many there were), a place both name; never from articles dated apart
  (rarecounts.same_event; counts.RARE_COUNTS back on).
"""

from __future__ import annotations

import pytest

from summarizer.digest import counts
from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles

_FILL = ("The path was closed for the day. Walkers gathered by the gate. The warden asked for patience. "
         "A meeting is planned for the weekend. The council has opened a review. ")


def _numbers(a: str, b: str, head1: str = "", head2: str = "") -> list:
    arts = _articles(f"Report one\n\n{head1}{a} {_FILL}\n", f"Report two\n\n{head2}{_FILL}{b}\n")
    al, _, _ = build_sections(arts)
    return [c for c in al.conflicts if c.kind == "numbers"]


def test_the_rare_count_rule_is_on():
    assert counts.RARE_COUNTS is True


_PWR = "Tollgate Power said 52,000 customers remained without electricity"
_CNT = "In all, 80,000 customers across the Brisk Valley had no power"


@pytest.mark.parametrize("a,b,conflict", [
    # one event: one day both name; one place both name; a tally against an act (digest44's cases)
    (_PWR + " on Friday.", _CNT + " on Friday, the county said.", True),
    ("Tollgate Power said 52,000 customers in the Brisk Valley remained without electricity.", _CNT + ", the county said.", True),
    ("The guard fired four shots, the sheriff said.", "Marta Quell said neighbours had counted seven shots.", True),
    # near misses (the seeds' shape): an act against a count with no act, nothing in common; no day,
    # act or place in common
    ("Wardens said they turned back 30 kayaks across eight coves.", "The club launched 38 kayaks through the night.", False),
    ("The trust said its rangers took in 30 kayaks across eight coves.", "The club launched 38 kayaks through the night.", False),
    (_PWR + ".", _CNT + ", the county said.", False),
])
def test_rare_counts_need_one_event(a, b, conflict):
    got = _numbers(a, b)
    assert bool(got) is conflict, [(c.topic, c.reason) for c in got]


def test_rare_counts_from_articles_dated_apart_are_not_versions():
    a, b = "The guard fired four shots, the sheriff said.", "Marta Quell said neighbours had counted seven shots."
    assert _numbers(a, b, "date 2025-03-04\n\n", "date 2025-03-04\n\n")
    assert not _numbers(a, b, "date 2025-03-04\n\n", "date 2025-03-09\n\n")


_TOTAL = "The Dunmere council voted on Tuesday to raise parking charges by 8 percent over two years."


@pytest.mark.parametrize("other,conflict", [
    # a yearly rate in the same two years that does not make the total
    ("Drivers in Dunmere will pay 6 percent more a year for the next two years after the council raised parking charges on Tuesday.", True),
    ("Parking charges in Dunmere rise 2 percent a year for the next two years after Tuesday's council vote.", True),
    # near misses: the yearly rate that makes the total; another period; no yearly rate
    ("Parking charges in Dunmere go up about 4 percent in each of the next two years after Tuesday's council vote.", False),
    ("Drivers in Dunmere will pay 6 percent more a year for the next three years after the council raised parking charges on Tuesday.", False),
    ("The council said on Tuesday that parking charges in Dunmere would rise 8 percent over the next two years.", False),
])
def test_a_rate_over_two_spans(other, conflict):
    from summarizer.digest.rates import span_conflict
    from tests.test_conf9 import _feats

    f1, f2 = _feats(_TOTAL, other)
    assert (span_conflict(f1, f2) is not None) is conflict


def test_a_rate_conflict_is_shown_beside_a_tally_of_the_same_pair():
    arts = _articles("Report one\n\n" + _TOTAL.replace("voted on Tuesday", "voted 6-3 on Tuesday") + " " + _FILL + "\n",
                     "Report two\n\n" + _FILL + "Drivers in Dunmere will pay 6 percent more a year for the next two years "
                     "after the council raised parking charges on Tuesday by a vote of 5-4.\n")
    al, _, _ = build_sections(arts)
    kinds = sorted(c.kind for c in al.conflicts)
    assert kinds == ["assertion", "numbers"], [(c.kind, c.reason) for c in al.conflicts]
    assert {s.value for c in al.conflicts if c.kind == "numbers" for s in c.sides} == {8.0, 6.0}


_DENIAL = "Ilse Brandt, the harbour's manager, denied that a broken crane was to blame."


@pytest.mark.parametrize("other,denied", [
    # an irregular verb's forms are one word: "broken" / "broke"
    ("An engineer, Tom Vahl, said a crane that broke near the dock on Monday had dropped the cargo.", True),
    # near misses: the crane did something else; another thing broke
    ("An engineer, Tom Vahl, said a crane that swung near the dock on Monday had dropped the cargo.", False),
    ("An engineer, Tom Vahl, said a cable that broke near the dock on Monday had dropped the cargo.", False),
])
def test_a_denial_reads_an_irregular_verb_in_its_forms(other, denied):
    from summarizer.digest.denials import denies
    from summarizer.digest.pairs import features

    arts = _articles(f"Report one\n\n{_DENIAL} {_FILL}\n", f"Report two\n\n{_FILL}{other}\n")
    fs = features([(a, c) for a in arts for c in a.claims])
    fd = next(f for f in fs if "denied" in f.claim.text)
    fa = next(f for f in fs if "Vahl" in f.claim.text)
    assert bool(denies(fd, fa)) is denied
