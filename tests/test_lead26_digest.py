"""Digest conflicts on a story outside politics (issue 15; the lead, session 26).

Found by writing three short reports of one invented industrial fire, as three outlets would over
two days, and reading the digest as an analyst: it showed no conflict at all, though the outlets
give four and five dead and a later report says the fire began elsewhere "not in a storage shed as
first reported"; it grouped "Four workers were killed" and "Five people have died" as one agreed
proposition, and read "the plant in <town>, which killed five people" as "<town> killed five
people". Every sentence here is invented; each test failed before this session's change.
"""

from __future__ import annotations

from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles

_A = ("Fire at Lindow mill kills four\n\n"
      "Four workers were killed and 12 injured when fire swept through the Parrow textile mill in Lindow on "
      "Tuesday night, the fire service said.\n\n"
      "The blaze started in a storage shed shortly after 10 p.m., according to fire chief Rita Hale.\n")
_C = ("Inquiry into Lindow mill fire\n\n"
      "Investigators are trying to find out what caused Tuesday's fire at the Parrow mill in Lindow, which killed "
      "five people.\n\n"
      "The fire service said the blaze began in the main weaving hall, not in a storage shed as first reported.\n")


def test_four_workers_killed_and_five_killed_are_a_number_conflict_not_an_agreement():
    al, _, _ = build_sections(_articles(_A, _C))
    numbers = [c for c in al.conflicts if c.kind == "numbers"]
    assert numbers and {s.ref.article for s in numbers[0].sides} == {"a1", "a2"}, [c.reason for c in al.conflicts]
    assert "on on" not in numbers[0].reason
    assert not [a for a in al.agreements if any("Four workers" in q for q in a.quotes)
                and any("five people" in q for q in a.quotes)], [a.quotes for a in al.agreements]


def test_not_as_first_reported_is_a_conflict_with_the_earlier_account():
    al, _, _ = build_sections(_articles(_A, _C))
    got = [c for c in al.conflicts if "first reported" in " ".join(s.quote for s in c.sides)]
    assert got, [c.reason for c in al.conflicts]
    assert any("storage shed shortly after" in s.quote for s in got[0].sides)


def test_a_correction_of_another_thing_is_no_conflict():
    other = ("Lindow bus route\n\nThe new bus route runs past the mill, not past the school as first reported.\n")
    al, _, _ = build_sections(_articles(_A, other))
    assert not [c for c in al.conflicts if "first reported" in " ".join(s.quote for s in c.sides)]


def test_a_which_clause_after_a_place_of_a_noun_is_not_the_places():
    arts = _articles(_C)
    texts = [c.text for c in arts[0].claims]
    assert not any(t.startswith("Lindow killed") for t in texts), texts


_CHARGED = ("Harlo mayor charged\n\nProsecutors on Monday charged Harlo mayor Ivo Pell with accepting $40,000 in bribes "
            "from a paving firm.\n")
_PLEA = ("Mayor pleads not guilty\n\nHarlo mayor Ivo Pell pleaded not guilty on Tuesday to charges that he accepted "
         "$60,000 in bribes from the paving firm.\n")


def test_two_sums_a_charge_names_are_a_conflict_whatever_day_the_charge_or_plea_was():
    """The day dates the charge and the plea, not the bribes: before, "on Monday" / "on Tuesday" kept
    the two sums apart and the digest showed only the plea against the charge."""
    al, _, _ = build_sections(_articles(_CHARGED, _PLEA))
    numbers = [c for c in al.conflicts if c.kind == "numbers"]
    assert numbers and "$40,000" in numbers[0].reason and "$60,000" in numbers[0].reason, [c.reason for c in al.conflicts]


def test_sums_of_two_days_that_no_charge_names_stay_apart():
    a = "Harlo fair\n\nThe Harlo fair raised $40,000 for the hospital on Monday, organisers said.\n"
    b = "Harlo fair\n\nThe Harlo fair raised $60,000 for the hospital on Tuesday, organisers said.\n"
    al, _, _ = build_sections(_articles(a, b))
    assert not [c for c in al.conflicts if c.kind == "numbers"]


def test_a_fall_told_as_two_shares_is_a_number_conflict():
    """"fell 22 percent to $1.2 billion" / "dropped 18 percent to $1.2 billion": a change, no update
    (before, any verb of change before a count read as "rose to 17"), and "fell" / "dropped" one sense."""
    a = "Corra Bank results\n\nCorra Bank said on Thursday that its profit fell 22 percent to $3.1 billion in the second quarter.\n"
    b = "Corra Bank results\n\nCorra Bank's second-quarter profit dropped 18 percent to $3.1 billion, the bank reported on Thursday.\n"
    al, _, _ = build_sections(_articles(a, b))
    numbers = [c for c in al.conflicts if c.kind == "numbers"]
    assert numbers and "22 percent" in numbers[0].reason and "18 percent" in numbers[0].reason, [c.reason for c in al.conflicts]


def test_a_count_that_rose_to_a_new_level_is_still_an_update():
    a = "Flood toll\n\nThe toll from the Varn flood rose to 17 on Thursday, officials said.\n"
    b = "Flood toll\n\nThe Varn flood killed 12 people, officials said on Thursday.\n"
    al, _, _ = build_sections(_articles(a, b))
    assert not [c for c in al.conflicts if c.kind == "numbers"]
