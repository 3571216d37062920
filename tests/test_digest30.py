"""Digest conflicts and agreements on the CNN sets: the false ones and the misses (issue 15,
session 28, digest30).

Written before each fix, from the shapes the digest got wrong on evals/digest_gold_cnn29 (open for
tuning since blind29 and digest29 scored it), cnn27 and cnn28 (evals/RESULTS.md "Session 28:
digest30"); every sentence here is invented (names, places, bodies, topics), with the same shape only.

* A negation that reaches only a name the two claims share is not a denial of what the other says
  of that name ("The list does not cover Borvia, where ..." is no denial that Borvia jails more) (classify.py).
* A vague count of a people ("thousands of Tarvenians live ...") is no version of a figure of that
  people when the two share nothing but the noun and the verb: another place, another set
  (vaguecounts.py).
* Another source's count told elliptically after the one it differs from ("Ilves had a higher
  count: 104") is another figure for it (corrections.py).
* An accusation and the accused's denial in one sentence ("Lind's complaint against the Warden, who
  denies any fault"; "accused Vell of ..., which Vell's office denies") are two sides: the
  accusation told earlier in the article when it is, else the sentence itself (whodenies.py).
* "While X reported that the driver was 47, Y reported he was 19": a sentence opening with the
  contrast, the second half another number for what the first counts (onesentence.py).
* "X initially told the Ledger A, ..., Y later told the Ledger that B", B of the same thing: the
  later account of another source overtakes the first (onesentence.py).
* "Kane never tried to flee" does not negate "Kane tried to hide the key": a verb with an infinitive
  is one predicate with it (denials.py).
* "The brewers were doing nothing wrong" answers the charges told against the brewers: a group
  named by a plural noun is the person a claim of innocence speaks for (innocence.py).
"""

from __future__ import annotations

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles


def _two(a: str, b: str, ta: str = "Prison survey", tb: str = "Prison survey report"):
    al, _, _ = build_sections(_articles(ta + "\n\n" + FILLER + a + "\n" + FILLER,
                                        tb + "\n\n" + FILLER + b + "\n" + FILLER))
    return al, [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 2]


# -- a negation that reaches only a shared name ------------------------------------------------------

_LEAVES_OUT = "The list does not cover Borvia, where more inmates are locked away than in all other lands taken together."
_JAILS = ("Records are not public, but the Quill Trust reckons that Borvia also has \"millions\" of inmates locked "
          "away, \"more than all other lands taken together.\"")


def test_a_negation_reaching_only_a_shared_name_is_no_denial():
    al, got = _two(_LEAVES_OUT, _JAILS)
    assert not got, [c.reason for c in got]
    assert any(len(a.articles) == 2 and any("Borvia" in q for q in a.quotes) for a in al.agreements)


def test_a_negation_reaching_the_shared_predicate_still_denies():
    _, got = _two("Borvia does not lock up more inmates than every other land combined, the ministry said.",
                  "Borvia locks up more inmates than every other land combined, the Quill Trust said.")
    assert got, "no conflict"


# -- a vague count of a people against a figure of that people, sharing only the noun and the verb -----

def test_a_vague_count_of_a_people_in_one_place_is_no_version_of_their_whole_number():
    _, got = _two("The Coastal Bureau reckons that 300,000 Tarvenians live in the southern hills, fewer "
                  "than 2% of the nation's citizens.",
                  "Along the muddy lanes of the Olvest shelter, thousands of Tarvenians live within sight of "
                  "the river front.", "Tarvenian families", "Tarvenian shelter")
    assert not got, [c.reason for c in got]


def test_a_vague_count_of_a_people_in_the_same_scene_still_clashes():
    _, got = _two("The Coastal Bureau says 300,000 Tarvenians live in the Olvest shelter.",
                  "In the Olvest shelter, thousands of Tarvenians live within sight of the river front.",
                  "Tarvenian families", "Tarvenian shelter")
    assert got, "no conflict"


# -- another source's count given elliptically, after the count it differs from -----------------------

def _within_one(text: str):
    from tests.test_align_disputes import _within
    al, _, _ = build_sections(_articles("Ferry rescue\n\n" + FILLER + text + "\n" + FILLER))
    return _within(al)


def test_a_higher_count_told_elliptically_is_another_figure():
    got = _within_one("Dana Pirrel, a port official, said 96 passengers were rescued. Ilves, the coast guard "
                      "captain, had a higher count: 104.")
    assert got and any("104" in s.quote for c in got for s in c.sides) \
        and any("96" in s.quote for c in got for s in c.sides), [c.reason for c in got]


def test_the_same_shape_without_another_figure_adjective_is_no_correction():
    got = _within_one("Dana Pirrel, a port official, said 96 passengers were rescued. Ilves, the coast guard "
                      "captain, had a boat with 104 seats.")
    assert not got, [c.reason for c in got]


# -- an accusation and the accused's denial in one sentence ------------------------------------------

_TOLD = ("Lind, who lives in Pelham, has filed a complaint of negligence and false records against Harbour "
         "Warden Ilse Maroven, who she said ignored two storm warnings. ")
_ASIDE = "\"Crews trust her,\" Lind said. \"The families deserve answers.\" "
_DENIED = ("Now the transport tribunal must decide whether to hear Lind's complaint against the Warden, who denies "
           "any fault in the sinking.")


def test_the_accused_denying_in_a_relative_clause_answers_the_accusation_told_before():
    got = _within_one(_TOLD + _ASIDE + _DENIED)
    assert len(got) == 1, [c.reason for c in got]
    quotes = [s.quote for s in got[0].sides]
    assert any("filed a complaint" in q for q in quotes) and any("who denies" in q for q in quotes), quotes


def test_a_charge_then_which_the_accused_denies_is_a_dispute_in_one_sentence():
    got = _within_one("Councillor Ada Okafor accused Mayor Tobin Vell of hiding the canal audit, which Vell's "
                      "office denies.")
    assert got and all("Okafor" in s.quote for s in got[0].sides), [c.reason for c in got]


def test_a_relative_clause_of_the_accused_that_denies_nothing_is_no_dispute():
    got = _within_one("Now the transport tribunal must decide whether to hear Lind's complaint against Harbour "
                      "Warden Ilse Maroven, who runs the Kettleby ferry service.")
    assert not got, [c.reason for c in got]


def test_a_negated_accusation_is_not_denied():
    got = _within_one("Lind did not bring any complaint against Harbour Warden Ilse Maroven, who denies any "
                      "fault in the sinking.")
    assert not got, [c.reason for c in got]


def test_the_accused_being_denied_something_is_no_denial():
    got = _within_one("Now the transport tribunal must decide whether to hear Lind's complaint against Harbour "
                      "Warden Ilse Maroven, who was denied bail in the spring.")
    assert not got, [c.reason for c in got]


# -- two sources' figures in one sentence that opens with the contrast --------------------------------

def test_while_one_outlet_gave_an_age_another_gave_another():
    got = _within_one("While the Ledger reported that the injured driver was 47 years old, Radio Kettle reported "
                      "he was 19.")
    assert got and "47" in got[0].reason and "19" in got[0].reason, [c.reason for c in got]


def test_while_one_outlet_gave_a_figure_another_told_something_new_is_no_dispute():
    got = _within_one("While the Ledger reported that 47 drivers were stopped, Radio Kettle reported 19 were "
                      "fined.")
    assert not got, [c.reason for c in got]


# -- a first account and another source's later one in one sentence -----------------------------------

def test_a_first_account_and_another_sources_later_one_in_one_sentence():
    got = _within_one("Constable Rhea Vantor initially told the Ledger the fire started near midnight in the "
                      "Pelham depot, a warehouse by the canal, the depot later told the Ledger that the fire "
                      "started in a van parked outside.")
    assert got and "Vantor" in got[0].reason and "the depot" in got[0].reason, [c.reason for c in got]


def test_a_later_account_of_something_else_is_no_version():
    got = _within_one("Constable Rhea Vantor initially told the Ledger the fire started near midnight in the "
                      "Pelham depot, a warehouse by the canal, the depot later told the Ledger that its "
                      "insurers would pay for repairs.")
    assert not got, [c.reason for c in got]


# -- a verb with an infinitive is one predicate ----------------------------------------------------

def test_never_tried_to_do_one_thing_does_not_negate_tried_to_do_another():
    _, got = _two("The guard first said that he used a baton on Kane, who, Ferrow said, tried to hide the key.",
                  "\"Mr. Kane never tried to flee,\" Dobrin said.", "Cell search", "Cell search witness")
    assert not got, [c.reason for c in got]


def test_never_tried_to_do_the_same_thing_still_negates():
    _, got = _two("The guard first said that he used a baton on Kane, who, Ferrow said, tried to hide the key.",
                  "\"Mr. Kane never tried to hide anything,\" Dobrin said.", "Cell search", "Cell search witness")
    assert got, "no conflict"


# -- a group's innocence against the charge told of that group ------------------------------------------

def test_a_groups_innocence_answers_the_charge_told_of_that_group():
    got = _within_one("Osric Vann, who acts for a brewer, Tilde Marsh, among them, said police had asked on May 2 "
                      "that the court hear charges of \"selling spirits without a licence\" against the brewers. "
                      "\"The brewers were doing nothing wrong,\" Hedda Krull, a trade adviser, said.")
    assert got and any("innocence" in c.reason for c in got), [c.reason for c in got]


def test_a_groups_innocence_does_not_answer_a_charge_of_others():
    got = _within_one("Osric Vann, a court clerk, said police had asked on May 2 that the court hear charges of "
                      "\"selling spirits without a licence\" against two grocers. "
                      "\"The brewers were doing nothing wrong,\" Hedda Krull, a trade adviser, said.")
    assert not [c for c in got if "innocence" in c.reason], [c.reason for c in got]
