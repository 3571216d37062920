"""digest55 (issue 15): what the digest showed on a thirteenth blind set of invented three-outlet stories
(evals/digest_gold_blind55: a cable car stopped with riders on board, told also by a radio interview's
transcript; a landslide on a mountain road, told also by an opinion column; a residential tower evacuated over
cracked columns, told also by a court reporter). Invented sentences throughout (other names, places and numbers
than the set's texts); a near miss beside each rule.

* one year written after both counts dates them, whatever else the claims date (digest/sumyears.py: "inspected in
  May and ... spent $3.1 million ... in 2021" / "spent $0.9 million ... in 2021"); a month after "in" is no place
  (measure_frames._located);
* "puts the cost of <thing> ... at <sum>" and "the <things> would cost <sum>" name one thing's cost (totals.cost_of);
* millimeters and centimeters are lengths (lang.UNIT_SCALES);
* "would not be able to <act> ... for at least <n> months" against "<act> within <m> weeks" (digest/notbefore.py);
* "opened in <year>" is an act of that year, no state against "will stay closed" (predicates.states).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.test_digest47 import _conflicts, _sections

ROOT = Path(__file__).resolve().parents[1]


def _agreed(a: str, b: str, word: str) -> bool:
    return any(len(g.quotes) >= 2 and all(word in q for q in g.quotes) for g in _sections(a, b).agreements)


# -- the blind set's gold -------------------------------------------------------------------------------

def test_blind55_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind55", ROOT / "evals" / "tools" / "make_digest_gold_blind55.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 21


# -- one year after both sums ------------------------------------------------------------------------------

_SPENT = "The firm said its pool had been fully repainted in May and that it had spent $3.1 million on a new filter plant in 2021."


@pytest.mark.parametrize("b,conflict", [
    ("The firm's yearly accounts, filed in June, show that it spent $0.9 million on its filter plant in 2021.", True),
    ("The firm's yearly accounts show that it spent $0.9 million on its filter plant in 2021.", True),
    # near misses: another year; the same sum
    ("The firm's yearly accounts, filed in June, show that it spent $0.9 million on its filter plant in 2019.", False),
    ("The firm's yearly accounts, filed in June, show that it spent $3.1 million on its filter plant in 2021.", False),
])
def test_one_year_after_both_sums(b, conflict):
    assert bool(_conflicts(_SPENT, b)) is conflict


def test_a_month_is_no_place():
    from summarizer.digest.measure_frames import _located

    class _C:  # the two fields _located reads
        def __init__(self, text):
            self.claim = type("C", (), {"text": text})()
    assert _located(_C("The pool was repainted in May and reopened in Carrow.")) == {"carrow"}
    assert _located(_C("It was built at Selby Quay on Monday.")) == {"selby", "quay"}


# -- one thing's cost ---------------------------------------------------------------------------------------

_REPORT = ("A surveyors' report commissioned by Harlby council puts the cost of repairing the Mercer Street garage at "
           "$23 million and says at least nine of its 36 beams must be replaced.")


@pytest.mark.parametrize("b,conflict", [
    ("Fiona Marsh, for the owner, told the court the repairs would cost about $6 million and that tenants could move back within ten weeks.", True),
    ("The repairs will cost about $6 million, the owner said.", True),
    # near misses: the same sum; another thing's cost
    ("Fiona Marsh, for the owner, told the court the repairs would cost about $23 million.", False),
    ("Fiona Marsh, for the owner, told the court the new lifts would cost about $6 million.", False),
])
def test_the_cost_of_repairs(b, conflict):
    assert bool(_conflicts(_REPORT, b)) is conflict


@pytest.mark.parametrize("before,thing", [
    ("The memo puts the cost of rebuilding the pier at about ", "rebuilding"),
    ("An audit puts farmers' losses from the flood at about ", "losses"),
    ("The union said losses to members could reach ", "losses"),
    ("The barge, built for the port board, was worth about ", "barge"),
    # near misses: a broken clause; a pronoun; no frame
    ("The memo puts the cost of rebuilding the pier, and of the works, at ", None),
    ("The firm says it was worth about ", None),
    ("The memo was sent with a cheque for ", None),
])
def test_valued_thing(before, thing):
    from summarizer.digest.pairs import stem
    from summarizer.digest.sumframes import valued_thing

    assert valued_thing(before) == (stem(thing) if thing else None)


_LOSS = "The union, which has about 2,300 members farming some 9,000 hectares, said losses to growers could reach $41 million."


@pytest.mark.parametrize("b,conflict", [
    ("A county paper obtained by the Echo puts growers' losses from the flood at about $19 million.", True),
    # near misses: the same sum; another thing's amount
    ("A county paper obtained by the Echo puts growers' losses from the flood at about $41 million.", False),
    ("A county paper obtained by the Echo puts the aid for growers at about $19 million.", False),
])
def test_losses_in_two_frames(b, conflict):
    assert bool(_conflicts(_LOSS, b)) is conflict


# -- millimeters and centimeters ------------------------------------------------------------------------------

@pytest.mark.parametrize("b,conflict", [
    ("The survey, by Renwick Engineering, measured the widest gap at 3 centimeters.", True),
    # near misses: the same length in another unit; another thing measured
    ("The survey, by Renwick Engineering, measured the widest gap at 7 millimeters.", False),
    ("The survey, by Renwick Engineering, measured the new bolts at 3 centimeters.", False),
])
def test_millimeters_and_centimeters(b, conflict):
    assert bool(_conflicts("The widest gap was 7 millimeters, the owner said.", b)) is conflict


# -- not before, or sooner ------------------------------------------------------------------------------------

_NOT_BACK = "The council said they would not be able to move back for at least five months."


@pytest.mark.parametrize("b,conflict", [
    ("Her lawyer told the court that tenants could move back within six weeks.", True),
    # near misses: a time that meets the bound; another act; a bound of the same side
    ("Her lawyer told the court that tenants could move back within seven months.", False),
    ("Her lawyer told the court that tenants could vote within six weeks.", False),
    ("Her lawyer told the court that tenants could move back within 21 weeks.", False),
])
def test_not_before_or_sooner(b, conflict):
    assert bool(_conflicts(_NOT_BACK, b)) is conflict


def test_earliest_and_latest():
    from summarizer.digest.notbefore import _NOT_FOR

    m = _NOT_FOR.search("they would not be able to return home for at least six months")
    assert (m.group("noun"), m.group("verb"), m.group("n"), m.group("unit")) == ("they", "return", "six", "months")
    assert _NOT_FOR.search("they would not return home for about six months") is None


# -- "opened in <year>" is no state ---------------------------------------------------------------------------

@pytest.mark.parametrize("a,conflict", [
    ("The Larkfield Lido opened in 1964 and draws about 90,000 swimmers a year.", False),
    ("The Larkfield Lido opened in May 1964.", False),
    # near miss: a state now
    ("The Larkfield Lido reopened on Friday, the county said.", True),
])
def test_opened_in_a_year_is_no_state(a, conflict):
    b = "The Larkfield Lido will stay closed until the county's inspectors have examined it, the trust said."
    assert bool(_conflicts(a, b)) is conflict


# -- an agreement in names only -------------------------------------------------------------------------------

_MINISTER = "Regional Works Minister Ola Brandt says no one could have foreseen Friday's rockfall on the Skarre Gap road."


@pytest.mark.parametrize("b,agreed", [
    ("Varn Civil, the contractor widening the Skarre Gap road, fired six charges on the loose cliff face above the bend "
     "on Thursday afternoon, hours before Friday's rockfall, according to a copy of its blasting diary given to the "
     "Courier by a worker.", False),
    # near misses: the same judgment in other words; a shared word outside the names
    ("Regional Works Minister Ola Brandt said no one could have foreseen the rockfall on the Skarre Gap road.", True),
])
def test_an_agreement_in_names_only(b, agreed):
    assert _agreed(_MINISTER, b, "Skarre Gap road") is agreed


def test_name_words():
    from summarizer.digest.namesonly import name_words
    from summarizer.digest.pairs import stem

    class _F:
        def __init__(self, text):
            self.claim = type("C", (), {"text": text})()
    got = name_words(_F("The register of the regional Cable Safety Board shows that Friday's rockfall hit the Skarre Gap road."))
    assert {stem(w) for w in ("regional", "cable", "board", "rockfall", "road", "skarre")} <= got
    assert stem("register") not in got and stem("hit") not in got
    # a name's verb and a kind of thing named after a league are no part of a name (cnn30's true agreement,
    # "<Name> scored his first <League> goal" / "... after scoring his first ever <League> goal", kept)
    kind = name_words(_F("Ivo Marsh scored his first Harland Cup goal for Dunmore's second."))
    assert stem("scored") not in kind and stem("goal") not in kind and stem("second") in kind


@pytest.mark.parametrize("b", [
    "Marsh kisses the Dunmore Rovers crest to celebrate, after scoring his first ever Harland Cup goal.",
])
def test_a_kind_named_after_a_league_keeps_its_agreement(b):
    assert _agreed("Ivo Marsh scored his first Harland Cup goal for Dunmore's second.", b, "Cup goal") is True


# -- one outcome's place in a run ------------------------------------------------------------------------------

@pytest.mark.parametrize("b,conflict", [
    ("It was the company's first failure in five launches.", True),
    ("Tuesday's loss was the team's third defeat in 12 games.", False),  # another outcome
    # near misses: the same place; another run
    ("It was the company's second failure in five launches.", False),
    ("It was the company's first failure in seven launches.", False),
])
def test_a_place_in_a_run(b, conflict):
    assert bool(_conflicts("It was the second failure in Harlan's five launches.", b)) is conflict


def test_names_of_two_things_keep_their_agreement():
    # a relation between two named things is said by both (the tuned set's gold agreement, lost by namesonly's
    # second version): "<Name> appeared on <Network>'s <Programme>" / "... on the <Network> program <Programme>, <Name> ..."
    a = "Corvin appeared on KBN's \"Morning Desk.\""
    b = 'Asked about those remarks on the KBN News program "Morning Desk," Mr. Corvin, who with his wife runs a farm, stood firm on Sunday.'
    assert _agreed(a, b, "Morning Desk") is True
