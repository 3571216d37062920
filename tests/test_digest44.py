"""digest44 (issue 15): false and missed conflicts the digest gave on invented three-outlet
stories (evals/digest_gold_blind44: a factory fire, a singer's lawsuit, a storm's power cuts, a
police shooting inquiry, a museum theft; and blind43's left shapes). Invented sentences throughout
(other names, places and numbers than the sets' texts); a near miss beside each rule.

* A day right after a saying verb with "on" between ("a spokeswoman said on Sunday") dates the
  saying, not the event: no time clash with the event's day (timeclash._event).
* "on <day>" and "on <day> morning" are one day: one toll told with each is one number conflict
  (figures.count_key).
* A share after a relative clause ("wage growth, which has run at about <p> percent") and the old
  figure of "to <p1> percent from <p2> percent" are read by the words of what they are of
  (shares.things_apart).
* "<Team-Name> has not <done> <him>" negates "<Team-Name> has <done>": the hyphenated name is read
  whole (denials.negated_predicates).
* "<Name> denied <doing>" against "<Name> has admitted <doing>" is a version conflict
  (admissions.admission_clash).
* Two near, unhedged counts of one noun rare in the batch are two versions even under the wording
  floor; a count after "counted" or "heard" names no act of its own (rarecounts.rare_noun,
  countacts._act, lang.TALLY_VERBS).
* "shot on <Name> Street", "<Name>, <age>, was shot on <day> night on <Name> Lane": places of the
  event (eventdates.places_of); one claim's place against one other place in two articles is one
  conflict of three sides (conflict_groups).
* "voted <a>-<b>" (both above zero) against "unanimously" is a version conflict
  (unanimous.unanimity_clash).
* "No arrests have been made" against "<n> men were arrested", "no deaths" against "<n> of them
  have died", is a version conflict, found also where blocking did not pair the two; one "none"
  against counts in two articles is one conflict (nonemade.py).
"""

from __future__ import annotations

import pytest

from summarizer.digest.admissions import admission_clash
from summarizer.digest.build import build_sections
from summarizer.digest.counts import number_conflict
from summarizer.digest.eventdates import place_clash
from summarizer.digest.figures import _day_of
from summarizer.digest.nonemade import none_against_count
from summarizer.digest.unanimous import unanimity_clash
from tests.test_align_disputes import _articles
from tests.test_conf9 import _feats


GUARD = ("Guard shoots man\n\nThe fatal shooting of a man by a Dellport security guard on Friday night is under "
         "inquiry, police said.\n\nThe pharmacy was closed.\n")


@pytest.mark.parametrize("other,clash", [
    ("Guard not charged\n\nProsecutors have not decided whether to charge the Dellport security guard who shot a "
     "man outside a pharmacy, a lawyer for the guard said on Sunday.\n\nThe family is angry.\n", False),
    ("Guard not charged\n\nThe Dellport security guard who shot a man outside a pharmacy has not been charged, "
     "a spokesman for the guard announced on Monday.\n\nThe family is angry.\n", False),
    # near miss: the other day dates the event itself
    ("Guard shoots man\n\nThe fatal shooting of a man by a Dellport security guard on Saturday night is under "
     "inquiry, witnesses said.\n\nThe family is angry.\n", True),
])
def test_a_day_of_saying_is_no_day_of_the_event(other, clash):
    al, _, _ = build_sections(_articles(GUARD, other))
    whens = [c for c in al.conflicts if c.topic.endswith("(when)")]
    assert bool(whens) is clash, [(c.topic, c.reason) for c in al.conflicts]


@pytest.mark.parametrize("when,day", [
    ("on Tuesday morning", "on Tuesday"),
    ("on Tuesday", "on Tuesday"),
    ("late on Tuesday night", "late on Tuesday"),
    # near misses: another day stays another; a part of the day with no weekday is kept
    ("on Wednesday evening", "on Wednesday"),
    ("this morning", "this morning"),
])
def test_a_part_of_the_day_is_the_same_day(when, day):
    assert _day_of(when).replace("late ", "") == day.replace("late ", "")


BUS = ("Bus crash\n\nSix people were killed when a bus overturned near Harwick on Tuesday, the county police said.\n\n"
       "The road was closed.\n",
       "Harwick crash\n\nA bus crash near Harwick on Tuesday morning killed eight people, a hospital spokesman said.\n\n"
       "Rescuers worked for hours.\n",
       "Harwick bus\n\nThe bus crash near Harwick killed six people and hurt 20, officials said.\n\n"
       "An inquiry has begun.\n")


def test_one_toll_on_a_day_and_its_morning_is_one_conflict():
    al, _, _ = build_sections(_articles(*BUS))
    tolls = [c for c in al.conflicts if c.kind == "numbers" and "people" in c.topic]
    assert len(tolls) == 1, [(c.topic, c.reason) for c in al.conflicts]
    assert {s.value for s in tolls[0].sides} == {6.0, 8.0}


@pytest.mark.parametrize("a,b,conflict", [
    ("The central bank of Ostria cut its forecast for growth next year to 1.2 percent from 1.6 percent.",
     "The central bank of Ostria cut rates because of wage growth, which has run at about 5 percent.", False),
    # near misses: one thing, two shares
    ("The central bank of Ostria cut its forecast for growth in 2027 to 1.2 percent from 1.6 percent.",
     "The central bank of Ostria cut its forecast for growth in 2027 to 0.8 percent, Governor Pia Lund said.", True),
    ("Wage growth in Ostria, which has run at about 5 percent, worries the central bank.",
     "Wage growth in Ostria, which has run at about 7 percent, worries the central bank, Pia Lund said.", True),
])
def test_shares_of_different_things(a, b, conflict):
    fa, fb = _feats(a, b)
    assert bool(number_conflict(fa, fb, False)) is conflict


@pytest.mark.parametrize("other,conflict", [
    ("Club stands by Corrigan\n\nVell-Arden has not benched Corrigan, a club spokesman, Tomas Ruud, said.\n\n"
     "He trained on Friday.\n", True),
    # near miss: another act of the club's
    ("Club stands by Corrigan\n\nVell-Arden has not fined Corrigan, a club spokesman, Tomas Ruud, said.\n\n"
     "He trained on Friday.\n", False),
])
def test_a_hyphenated_name_negated_against_the_same_act(other, conflict):
    coach = ("Corrigan benched\n\nHis club, Vell-Arden, has benched him until the spring, its coach, Ida Marsh, "
             "said.\n\nThe season ends in May.\n")
    al, _, _ = build_sections(_articles(coach, other))
    negated = [c for c in al.conflicts if "negates" in c.reason]
    assert bool(negated) is conflict, [(c.topic, c.reason) for c in al.conflicts]


@pytest.mark.parametrize("a,b,clash", [
    ("In a statement, Corrigan denied knowingly using any banned drug.",
     "According to the league, Corrigan has admitted using the drug but said a doctor had prescribed it.", True),
    ("Orsolya Brandt denied taking any money from the charity.",
     "Brandt has admitted moving the money out of the charity, its auditor said.", True),
    # near misses: a negated admission; another act with no word of the first
    ("In a statement, Corrigan denied knowingly using any banned drug.",
     "According to the league, Corrigan has not admitted using the drug.", False),
    ("In a statement, Corrigan denied knowingly using any banned drug.",
     "According to the league, Corrigan has admitted missing two tests last winter.", False),
])
def test_a_denial_against_a_reported_admission(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(admission_clash(fa, fb)) is clash


_FILL = ("The street was closed for the night. Neighbours gathered behind the tape. The mayor asked for calm. "
         "A vigil is planned for the weekend. The county has opened an inquiry. ")


@pytest.mark.parametrize("a,b,conflict", [
    # a count after a verb of counting or hearing is how many there were, no other act
    # (both strict xfails while counts.RARE_COUNTS was off, session 35's merge to digest45's same-event guard)
    ("The guard fired four shots, the sheriff said.", "Marta Quell said neighbours had counted seven shots.", True),
    ("Tollgate Power said 52,000 customers remained without electricity on Friday.",
     "In all, 80,000 customers across the Brisk Valley had no power on Friday, the county said.", True),
    # near misses: two acts; values far apart; a hedged count
    ("The guard fired four shots, the sheriff said.", "Marta Quell said neighbours had found seven shells.", False),
    ("The guard fired four shots, the sheriff said.", "Marta Quell said the range had logged 900 shots in May.", False),
    ("Tollgate Power said 52,000 customers remained without electricity on Friday.",
     "The outage could hit as many as 80,000 customers, the county said.", False),
    # ... an approximate count; a reference to those already counted
    ("Tollgate Power said 52,000 customers remained without electricity on Friday.",
     "Nearly 80,000 customers across the Brisk Valley had no power on Friday, the county said.", False),
    ("The guard fired four shots, the sheriff said.", "Marta Quell said the seven shots had woken her.", False),
])
def test_two_counts_of_a_rare_noun_under_the_wording_floor(a, b, conflict):
    arts = _articles(f"Report one\n\n{a} {_FILL}\n", f"Report two\n\n{_FILL}{b}\n")
    al, _, _ = build_sections(arts)
    got = [c for c in al.conflicts if c.kind == "numbers"]
    assert bool(got) is conflict, [(c.topic, c.reason) for c in al.conflicts]


SHOP = "Ravi Senn was shot outside a pawn shop on Colter Road after deputies answered a call, the sheriff said."
STREET = "Senn, 41, was shot on Baxter Street, three blocks from the shop, late on Friday."
ROAD = "Senn, 41, was shot on Friday night on Colter Road."


@pytest.mark.parametrize("a,b,clash", [
    (SHOP, STREET, True),   # "on <Name> Street" is a place; an age in commas does not end the clause
    (ROAD, STREET, True),   # the verb before "on <day> night" tells the event at the place after it
    # near misses: one place in two wordings; "on" before no street name
    (SHOP, ROAD, False),
    (SHOP, "Senn, 41, was shot on orders from a gang, a deputy said.", False),
])
def test_a_shooting_told_in_two_places(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(place_clash(fa, fb)) is clash


def test_one_place_against_two_is_one_conflict():
    al, _, _ = build_sections(_articles(*(f"Report {i}\n\n{s}\n\nThe road was closed.\n" for i, s in
                                           enumerate((SHOP, STREET, ROAD), 1))))
    where = [c for c in al.conflicts if c.topic.endswith("(where)")]
    assert len(where) == 1 and len(where[0].sides) == 3, [(c.topic, c.reason) for c in al.conflicts]


@pytest.mark.parametrize("other,conflict", [
    ("The library board unanimously agreed to close the Mercer Street branch.", True),
    # near misses: a split told as not unanimous; an unsplit tally
    ("The library board's vote to close the Mercer Street branch was not unanimous.", False),
])
def test_a_split_vote_against_a_unanimous_one(other, conflict):
    board = "The five-member library board voted 3-2 to close the Mercer Street branch, officials said."
    arts = _articles(f"Report one\n\n{board} {_FILL}\n", f"Report two\n\n{_FILL}{other}\n")
    al, _, _ = build_sections(arts)
    got = [c for c in al.conflicts if "unanimous" in c.reason]
    assert bool(got) is conflict, [(c.topic, c.reason) for c in al.conflicts]


def test_an_unsplit_tally_is_unanimous():
    fa, fb = _feats("The five-member library board voted 5-0 to close the Mercer Street branch.",
                    "The library board unanimously agreed to close the Mercer Street branch.")
    assert unanimity_clash(fa, fb) is None


@pytest.mark.parametrize("a,b,clash", [
    ("Three teenagers were arrested near the Fenwick mall, the sheriff said.",
     "No arrests have been made, a sheriff's spokesman said.", True),
    ("Four guards were injured in the riot at Hollin prison, the union said.",
     "No injuries were reported, the prison service said.", True),
    ("Two of the patients at Orrin Clinic have died, the clinic said.",
     "There have been no deaths linked to the infection, the health officer said.", True),
    # near misses: a negated count; another act; another day
    ("Two of the patients at Orrin Clinic have recovered, the clinic said.",
     "There have been no deaths linked to the infection, the health officer said.", False),
    ("No one was arrested near the Fenwick mall, the sheriff said.",
     "No arrests have been made, a sheriff's spokesman said.", False),
    ("Three teenagers were questioned near the Fenwick mall, the sheriff said.",
     "No arrests have been made, a sheriff's spokesman said.", False),
    ("Three teenagers were arrested near the Fenwick mall on Tuesday, the sheriff said.",
     "No arrests had been made by Monday, a sheriff's spokesman said.", False),
])
def test_none_made_against_a_count(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(none_against_count(fa, fb)) is clash


def test_one_none_against_two_counts_is_one_conflict():
    texts = ("Mall arrests\n\nThree teenagers were arrested near the Fenwick mall, the sheriff said.\n\nShops shut early.\n",
             "Mall scare\n\nNo arrests have been made, a sheriff's spokesman said.\n\nShops shut early.\n",
             "Fenwick mall\n\nDeputies said three teenagers had been arrested near the Fenwick mall.\n\nShops shut early.\n")
    al, _, _ = build_sections(_articles(*texts))
    got = [c for c in al.conflicts if c.topic == "arrests"]
    assert len(got) == 1 and len(got[0].sides) == 3, [(c.topic, c.reason) for c in al.conflicts]


def test_no_deaths_against_a_toll_sharing_no_words():
    texts = ("Clinic outbreak\n\nA fungal infection has spread to nine patients at Orrin Clinic, the clinic said on Friday. "
             "Two of them have died.\n\nVisits are limited.\n",
             "Orrin infection\n\nThe county health officer, Pia Marlowe, said the clinic had reported the cases late. "
             "There have been no deaths linked to the outbreak, Marlowe said.\n\nVisits are limited.\n")
    al, _, _ = build_sections(_articles(*texts))
    assert [c for c in al.conflicts if c.topic == "deaths"], [(c.topic, c.reason) for c in al.conflicts]
