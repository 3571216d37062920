"""digest43 (issue 15): false conflicts and a false agreement the digest gave on invented
three-outlet stories (evals/digest_gold_blind43: a derailment, a rate decision, a doping case, a
hospital outbreak, an appeal; and the lead's invented wildfire of session 33). Invented sentences
throughout (other names, places and numbers than the set's texts); a near miss beside each rule.

* A count inside the claim's own source ("..., three people who saw the logbook said") says who
  speaks: no version of a toll (countacts.in_source).
* Two counts of one noun by different acts ("<n> people were taken to hospital" / "killed <m>
  people"; "had about <n> people on board") are two counts (countacts.acts_apart).
* Two measures of one dimension a hundred times apart ("banned for three years" / "52 seconds
  behind") are two things (measured.measure_clash).
* Two claims each counting another thing of one scene, sharing no verb, do not agree
  (scenecounts.scene_only via align.judge_pair).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.counts import number_conflict
from summarizer.digest.measured import measure_clash
from tests.test_align_disputes import _articles
from tests.test_conf9 import _feats


@pytest.mark.parametrize("a,b,conflict", [
    # the count is the source's
    ("Eleven people were killed when the ferry capsized off Tarrow Point on Monday, the coast guard said.",
     "The ferry capsized off Tarrow Point on Monday after it took on water, three people who saw the logbook said.", False),
    # near misses: counts outside the source still conflict
    ("The 38-page complaint lists 38 counts of fraud against Orrin Vale, the complaint says.",
     "The 36-page complaint lists 36 counts of fraud against Orrin Vale.", True),
    ("Eleven people were killed when the ferry capsized off Tarrow Point on Monday, the coast guard said.",
     "Fourteen people were killed when the ferry capsized off Tarrow Point on Monday, a harbour official said.", True),
])
def test_a_count_in_the_source_is_no_toll(a, b, conflict):
    fa, fb = _feats(a, b)
    assert bool(number_conflict(fa, fb, False)) is conflict


@pytest.mark.parametrize("a,b,conflict", [
    ("Eleven people were killed when the ferry capsized off Tarrow Point on Monday.",
     "The ferry had about 230 people on board when it capsized off Tarrow Point on Monday.", False),
    ("More than 60 people were taken to hospital after the ferry capsized off Tarrow Point on Monday.",
     "The capsizing off Tarrow Point on Monday killed 13 people, a harbour official said.", False),
    # near misses: one act, two senses of one word, two counts of it
    ("Eleven people were killed when the ferry capsized off Tarrow Point on Monday.",
     "The capsizing off Tarrow Point on Monday killed 13 people, a harbour official said.", True),
    ("Eleven people died when the ferry capsized off Tarrow Point on Monday.",
     "Thirteen people were killed when the ferry capsized off Tarrow Point on Monday.", True),
    ("The capsizing off Tarrow Point has killed eleven people, the coast guard said.",
     "Thirteen people have died in the capsizing off Tarrow Point, the port said.", True),
])
def test_counts_of_different_acts_are_no_conflict(a, b, conflict):
    fa, fb = _feats(a, b)
    assert bool(number_conflict(fa, fb, False)) is conflict


@pytest.mark.parametrize("a,b,clash", [
    ("Moravec could be banned for three years, the federation said.",
     "Moravec finished third in the Lindqvist Rally, 52 seconds behind the winner, the federation said.", False),
    # near miss: one measure in two units, close enough to be two versions
    ("The Lindqvist Rally stage was delayed by three hours, the federation said.",
     "The Lindqvist Rally stage was delayed by 40 minutes, the federation said.", True),
])
def test_measures_far_apart_are_two_things(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(measure_clash(fa, fb)) is clash


FIRE = ("Blaze above Selvin\n\nA grass fire driven by dry winds has scorched about 1,700 acres of scrub in the "
        "valley above Selvin since Friday, the county fire office said on Saturday.\n\nMore than 90 crews "
        "and two helicopters were fighting it. The office said the fire was not yet contained.\n",
        "Selvin fire\n\nThe grass fire in the valley above Selvin has destroyed 2,600 acres of scrub since "
        "Friday, the town's mayor, Oda Brisk, said on Saturday.\n\nBrisk said a power line had sparked "
        "the fire. Crews were still out on Saturday night.\n",
        "Fire near Selvin\n\nAbout 450 people were moved out of farms in the valley above Selvin on Saturday "
        "as the grass fire spread through the scrub, deputies said.\n\nThey spent the night in a school "
        "gym in Selvin. Deputies said nobody had been hurt.\n")
FLOOD = ("Ravel flood\n\nAbout 800 people were moved out of homes along the Ravel on Saturday, and the mayor "
         "declared an emergency for the town of Selvin, deputies said.\n\nSchools are closed.\n",
         "Selvin flood\n\nThe mayor of Selvin declared an emergency on Saturday, calling the flood the worst "
         "in 60 years.\n\nRoads were shut.\n")


def _agreed(texts):
    al, _, _ = build_sections(_articles(*texts))
    return [sorted({r.article for r in a.claims}) for a in al.agreements]


def test_two_facts_of_one_scene_do_not_agree():
    got = _agreed(FIRE)
    assert ["a1", "a3"] not in got and ["a2", "a3"] not in got, got


QUOTED = ("Tarn deal\n\nTarn's chief executive, Lio Vance, called the merger \"a neat match\" and said the joined firm "
          "would have yearly sales of $7 billion.\n\nThe deal needs a vote.\n",
          "Tarn buys Pell\n\nLio Vance, Tarn's chief executive, said the merger was \"a neat match\" for two firms "
          "that serve the same buyers.\n\nShares rose.\n")


def test_one_remark_quoted_beside_two_counts_still_agrees():
    # near miss: each claim has a count the other lacks, but both quote one remark
    assert ["a1", "a2"] in _agreed(QUOTED)


def test_a_shared_act_beside_two_counts_still_agrees():
    # near miss: each claim has a count the other lacks, but both tell one act ("declared")
    assert ["a1", "a2"] in _agreed(FLOOD)


PLAN = ("Verdict upheld\n\nThe Tollan Water Board said on Friday that it would appeal the ruling to the high court.\n\n"
        "The board's lawyers met on Friday.\n")
UNDECIDED = ("Board loses\n\nThe Tollan Water Board has not decided whether to appeal the ruling, its chairman, "
             "Rafe Ondine, said on Friday.\n\nThe ruling came after a four-week hearing.\n")
OTHER = ("Board loses\n\nThe Tollan Water Board has not decided whether to raise its rates next year, its chairman, "
         "Rafe Ondine, said on Friday.\n\nThe ruling came after a four-week hearing.\n")


def _planned_conflicts(texts):
    al, _, _ = build_sections(_articles(*texts))
    return [c for c in al.conflicts if "no decision made" in c.reason]


def test_a_plan_against_no_decision_is_a_version_conflict():
    got = _planned_conflicts((PLAN, UNDECIDED))
    assert len(got) == 1 and "appeal" in got[0].topic, [(c.topic, c.reason) for c in got]


def test_no_decision_on_another_thing_is_no_conflict():
    # near miss: the undecided thing (the rates) is not what the plan is of
    assert _planned_conflicts((PLAN, OTHER)) == []
