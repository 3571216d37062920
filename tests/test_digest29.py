"""Digest conflicts and agreements on the CNN sets: the false ones and the misses (issue 15,
session 27, digest29).

Written before each fix, from the shapes the digest got wrong on evals/digest_gold_cnn27 and
evals/digest_gold_cnn28 (evals/RESULTS.md "Session 27: digest29"); every sentence here is invented
(names, places, bodies, topics), with the same shape only.

* A vague count of a kind of people ("thousands of Veloranians") is no version of a figure of that
  kind in another event ("killed three Veloranians"): the two sets share only the noun
  (digest/vaguecounts.py).
* A denial of "those allegations" answers the sentence just before that tells them ("There have
  been allegations, first aired by ..., that ..."): the noun told with its content is the account,
  not a reaction to it (digest/disputes.py `rebuttal`).
* Two claims that differ only in naming a team and its players agree when the cluster writes the
  two names in one noun phrase ("the Falcons' Ivo Kovac") (digest/linkednames.py).
* Not fixed (strict xfail): a role noun against the named holder of the role ("the warden has not
  apologised" / "Maroven also apologised"). An accusation and its denial inside one sentence
  ("X's complaint against the warden, who denies ...") was one until session 28 (digest30).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles, _within


def _two(a: str, b: str, ta: str = "Harbour riots", tb: str = "Harbour rally"):
    al, _, _ = build_sections(_articles(ta + "\n\n" + FILLER + a + "\n" + FILLER,
                                        tb + "\n\n" + FILLER + b + "\n" + FILLER))
    return al, [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 2]


# -- a vague count of a kind of people against a figure of that kind in another event -----------------

_KILLED = "The riots in Marrowfield killed four traders and two Veloranians, among them a teenage girl, police said."


def test_thousands_of_a_people_marching_is_no_version_of_two_of_them_killed():
    _, got = _two(_KILLED, "As thousands of Veloranians filled the squares of Marrowfield to protest the riots, "
                           "a chat group has taken up the cause.")
    assert not got, [c.reason for c in got]


def test_dozens_of_students_gathering_is_no_version_of_two_students_hurt():
    _, got = _two("A falling crane hurt two students near the library.",
                  "Dozens of students gathered outside the library to demand safer building work.")
    assert not got, [c.reason for c in got]


@pytest.mark.parametrize("vague", [
    "Dozens of Veloranians were killed in the riots in Marrowfield, police said.",
    "In the riots in Marrowfield, dozens of Veloranians died, police said.",
])
def test_a_vague_count_of_the_same_people_and_verb_still_clashes(vague):
    # apart: the same verb tells the same set; "dozens" cannot be two
    _, got = _two("Two Veloranians were killed in the riots in Marrowfield, police said.", vague)
    assert got, "no conflict"


# -- a denial of "those allegations" answers the sentence that tells them ---------------------------

_TOLD = ("Warden Ilse Maroven oversees the Kettleby ferry service. Captain Oskar Drebin has piloted its night "
         "boat since 2009. There have been allegations, first aired by the Kettleby Courier radio station, that "
         "some of Drebin's safety logs had been altered. {denial} Maroven said the ferry would keep running.\n")


def _denials(text: str):
    al, _, _ = build_sections(_articles("Ferry logs\n\n" + FILLER + text + FILLER))
    return [c for c in _within(al) if any("denied those allegations" in s.quote for s in c.sides)]


def test_a_denial_of_those_allegations_answers_the_sentence_telling_them():
    got = _denials(_TOLD.format(denial="The warden denied those allegations, saying she was sure Drebin had "
                                       "passed every drill on the river."))
    assert got and any("safety logs" in s.quote for c in got for s in c.sides), "no dispute"


def test_a_sentence_reacting_to_the_allegations_is_still_no_account():
    # apart: "if the allegations prove true" points back at the account; it tells none
    text = _TOLD.replace("There have been allegations, first aired by the Kettleby Courier radio station, that "
                         "some of Drebin's safety logs had been altered.",
                         "The union said Drebin would resign if the allegations proved true.")
    got = _denials(text.format(denial="The warden denied those allegations, saying she was sure Drebin had "
                                      "passed every drill on the river."))
    assert not any("resign if" in s.quote for c in got for s in c.sides), [c.reason for c in got]


# -- a team and its player, written together in the cluster, are no clash of names ------------------

_PLAYERS = ("Police said Kovac and Brandt were not involved in the knife attack.",
            "The Falcons were not involved in the knife attack, police said, but were detained on "
            "disorder and other charges later.")
_LINK = " Two guests -- the Falcons' Ivo Kovac, 27, and Lars Brandt, 29 -- were detained after midnight."


def _agree(a: str, b: str):
    al, _ = _two(a, b, "Hall brawl", "Hall fight")
    return [g for g in al.agreements if any("knife attack" in q for q in g.quotes) and len(g.articles) == 2]


def test_a_team_and_its_players_named_together_in_the_cluster_agree():
    assert _agree(_PLAYERS[0], _PLAYERS[1] + _LINK), "no agreement"


def test_without_a_sentence_linking_the_names_they_stay_apart():
    # apart: nothing in the cluster says the players are the Falcons'
    assert not _agree(_PLAYERS[0], _PLAYERS[1] + " Two guests were detained after midnight."), "agreed"


def test_a_later_that_of_another_clause_makes_no_account_of_the_noun():
    # apart: "one bare allegation ― ... ― end ... a career that ..." tells no allegation's content
    text = _TOLD.replace("There have been allegations, first aired by the Kettleby Courier radio station, that "
                         "some of Drebin's safety logs had been altered.",
                         "The union chair told reporters she “will not let one bare allegation ― and an old one at "
                         "that ― end Drebin’s career, one that she believes will survive.”")
    got = _denials(text.format(denial="The warden denied those allegations, saying she was sure Drebin had "
                                      "passed every drill on the river."))
    assert not any("bare allegation" in s.quote for c in got for s in c.sides), [c.reason for c in got]


def test_allegations_named_as_what_a_reply_answers_are_no_account():
    # apart: "her reply ... to fresh allegations that ..." is a reaction; the sentence tells no account
    text = _TOLD.replace("There have been allegations, first aired by the Kettleby Courier radio station, that "
                         "some of Drebin's safety logs had been altered.",
                         "The ferry board relayed the governor's reply late Monday to fresh allegations that Drebin "
                         "had altered some safety logs.")
    got = _denials(text.format(denial="The warden denied those allegations, saying she was sure Drebin had "
                                      "passed every drill on the river."))
    assert not any("governor's reply" in s.quote for c in got for s in c.sides), [c.reason for c in got]


# -- not fixed ------------------------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="a role noun is not read as the named person holding it ('the warden' / "
                   "'Maroven', written 'Warden Ilse Maroven' elsewhere), and the outlet's own narration of an act "
                   "is never paired with a source's negation of it (classify.py: an outlet's own narration "
                   "restates a side already paired); cnn27 has one such conflict")
def test_a_role_noun_negated_against_the_named_holder_of_the_role():
    _, got = _two("The crew's families said that the warden has not apologised and that the board has shown no "
                  "remorse.",
                  "Warden Ilse Maroven runs the Kettleby ferry service. On Friday, Maroven also apologised to "
                  "the crew's families.", "Ferry families", "Ferry warden")
    assert got, "no conflict"


def test_an_accusation_and_its_denial_in_one_sentence():  # fixed in session 28 (digest30: whodenies.py)
    al, _, _ = build_sections(_articles("Ferry complaint\n\n" + FILLER + "Now the transport tribunal must decide "
                                        "whether to hear Petra Lind's complaint of negligence against Warden Ilse "
                                        "Maroven, who denies any fault in the sinking.\n" + FILLER))
    assert _within(al), "no dispute"
