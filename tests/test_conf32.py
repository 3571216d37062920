"""Conflicts that generalise (issue 15, session 29, conf32).

Written before each fix, from the shapes of the conflicts the digest missed on the readable gold
sets (evals/RESULTS.md "Session 29: conf32"). Every sentence here is invented (names, places,
bodies, topics); each shape has "apart" cases that must stay no conflict.

* A negated copula or "pose"-like verb before a noun phrase ("the port did not pose a serious
  smuggling risk", "the port was not a smuggling risk") denies that noun phrase of its subject;
  another source saying the subject "was a smuggling risk" asserts it.
* "In fact, ..." right after another side's quotation corrects that quotation, even when the two
  share no word ("We have never had so many ferries" / "In fact, sailings are at their lowest");
  an earlier claim of that side sharing a word is not what is corrected.
* One quoted "yes" told by two outlets as the answer to two questions about one name ("the
  favourite?" / "on the shortlist?") is two accounts of what the reply confirmed: a conflict.
* Two close sentences, one negated, are one proposition negated only when the negator stands
  between words the other says ("the old pier was not a hazard" / "the old pier was a hazard"), not
  before another noun or after another subject.
* "the mayor has not apologized" denies what "Lund apologized" tells when the batch writes "Mayor
  Pia Lund" (a role noun linked to the name), not when the act is another person's.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles


def _across(al, a: str, b: str):
    """Conflicts across two articles with one side quoting `a` and another quoting `b`."""
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) >= 2
            and any(a in s.quote for s in c.sides) and any(b in s.quote for s in c.sides)]


def _pair(one: str, two: str):
    arts = _articles("Harbour\n\n" + FILLER + one + "\n" + FILLER, "Harbour\n\n" + FILLER + two + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    return al


# -- a noun phrase denied of a subject by a negated copula or "pose" ------------------------------

def test_negated_pose_of_a_noun_phrase_against_its_assertion_conflicts():
    al = _pair(_DECREE,
               "Okafor said that the port did not pose a coastal shipping risk to the northern provinces, "
               "despite a decree saying so.")
    assert _across(al, "risk to coastal shipping", "did not pose"), [c.reason for c in al.conflicts]


def test_negated_copula_of_a_noun_phrase_against_its_assertion_conflicts():
    al = _pair("The harbour board said the old pier was a hazard to passing ferries, and closed it on Monday.",
               "Marta Quill, the pier's owner, said the old pier was not a hazard to passing ferries at all.")
    assert _across(al, "was a hazard", "was not a hazard"), [c.reason for c in al.conflicts]


_DECREE = ("Later, Governor Ilse Brandt signed a decree closing four ferry lines and saying the port "
           "was a \"risk to coastal shipping.\"")


def test_a_noun_phrase_denied_of_a_name_against_its_assertion_conflicts():
    al = _pair("Later, Governor Ilse Brandt signed a decree closing four ferry lines and saying Velmar "
               "was a \"risk to coastal shipping.\"",
               "Okafor said that Velmar did not pose a coastal shipping risk to the northern provinces, "
               "despite a decree saying so.")
    assert _across(al, "risk to coastal shipping", "did not pose"), [c.reason for c in al.conflicts]


def test_a_noun_phrase_denied_of_another_name_stays_apart():
    al = _pair("Later, Governor Ilse Brandt signed a decree closing four ferry lines and saying Velmar "
               "was a \"risk to coastal shipping.\"",
               "Okafor said that Tarnow did not pose a coastal shipping risk to the northern provinces, "
               "despite a decree saying so.")
    assert not _across(al, "risk to coastal shipping", "did not pose"), [c.reason for c in al.conflicts]


def test_the_noun_phrase_denied_of_another_subject_stays_apart():
    al = _pair(_DECREE, "Okafor said that the airfield did not pose a coastal shipping risk to the northern "
                        "provinces, despite a decree saying so.")
    assert not _across(al, "risk to coastal shipping", "did not pose"), [c.reason for c in al.conflicts]


def test_another_noun_phrase_denied_of_the_subject_stays_apart():
    al = _pair(_DECREE, "Okafor said that the port did not pose a wildfire risk to the northern provinces, "
                        "despite a decree saying so.")
    assert not _across(al, "risk to coastal shipping", "did not pose"), [c.reason for c in al.conflicts]


def test_the_noun_phrase_in_a_condition_stays_apart():
    al = _pair(_DECREE, "Okafor said that if the port did not pose a coastal shipping risk to the northern "
                        "provinces, the decree would lapse.")
    assert not _across(al, "risk to coastal shipping", "did not pose"), [c.reason for c in al.conflicts]


# The similarity rule of classify (a negation reaching shared words, similarity from NEGATION_SIM)
# paired two close sentences whatever their subjects or nouns (neghead.py now asks what the negator
# stands between), and predicates.states read "was a hazard" as a state "a".
def test_close_sentences_of_two_subjects_stay_apart():
    al = _pair("The harbour board said the old pier was a hazard to passing ferries, and closed it on Monday.",
               "Marta Quill, the pier's owner, said the new breakwater was not a hazard to passing ferries at all.")
    assert not _across(al, "was a hazard", "was not a hazard"), [c.reason for c in al.conflicts]
    assert not any(len(a.articles) == 2 and any("not a" in x for x in a.quotes) for a in al.agreements)


def test_close_sentences_of_two_nouns_stay_apart():
    al = _pair("The harbour board said the old pier was a hazard to passing ferries, and closed it on Monday.",
               "Marta Quill, the pier's owner, said the old pier was not a landmark for passing ferries.")
    assert not _across(al, "was a hazard", "was not a landmark"), [c.reason for c in al.conflicts]
    assert not any(len(a.articles) == 2 and any("not a" in x for x in a.quotes) for a in al.agreements)


# -- "In fact, ..." corrects the quotation told right before it ----------------------------------

def _one(text: str):
    al, _, _ = build_sections(_articles("Harbour\n\n" + FILLER + text + "\n" + FILLER))
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 1]


_CLAIMS = ("To defend the levy, Mayor Ostrand said smugglers were crowding the harbour and only new patrol "
           "boats could stop them. \u201cWe have more boats coming in now than at any time in our history,\u201d "
           "Ostrand said. ")


def test_in_fact_corrects_the_quotation_right_before_it():
    found = _one(_CLAIMS + "In fact, harbour sailings have dropped to a fifty-year low.")
    assert any(any("any time in our history" in s.quote for s in c.sides)
               and any("In fact" in s.quote for s in c.sides) for c in found), [(c.reason, [s.quote for s in c.sides]) for c in found]


def test_in_fact_after_the_correctors_own_words_stays_apart():
    # the outlet's own sentence between: "In fact" goes on with the outlet's own point
    found = _one(_CLAIMS + "The harbour office keeps a daily log of every sailing. "
                 "In fact, harbour sailings have dropped to a fifty-year low.")
    assert not any(any("any time in our history" in s.quote for s in c.sides) for c in found), \
        [(c.reason, [s.quote for s in c.sides]) for c in found]


def test_in_fact_within_the_speakers_own_quotation_stays_apart():
    found = _one("\u201cWe have more boats coming in now than at any time in our history,\u201d Ostrand said. "
                 "\u201cIn fact, the patrol needs twice the crews it had,\u201d she added.")
    assert not found, [(c.reason, [s.quote for s in c.sides]) for c in found]


def test_in_fact_after_a_call_goes_back_to_the_account_it_sets_straight():
    # "It has to end." is a call: the correction answers the account before it, which shares its words
    found = _one("\u201cWe are the only harbour on the coast where a ship docks without papers,\u201d Ostrand said. "
                 "\u201cIt has to end.\u201d In fact, at least nine other harbours on the coast let ships dock "
                 "without papers, a survey by the port guild found.")
    assert any(any("only harbour on the coast" in s.quote for s in c.sides) for c in found), \
        [(c.reason, [s.quote for s in c.sides]) for c in found]


# -- one reply, two questions ---------------------------------------------------------------------

_PARKS = "The city council approved a new budget for the parks last spring. Turnout at the last election was low. "
_FAVOURITE = ('Asked directly by a journalist at the town hall on Friday if Okafor was the favourite for the post, '
              'Mayor Lund replied, "Yes."')
_SHORTLIST = ('Yet Mayor Lund, talking to journalists at the town hall after a meeting with the harbour board, '
              'gave a firm "yes" when asked whether Ms. Okafor was on the shortlist.')


def _replies(a: str, b: str):
    al, _, _ = build_sections(_articles("Pick\n\n" + FILLER + a, "Finalists\n\n" + _PARKS + b))
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 2]


def test_one_reply_told_as_the_answer_to_two_questions_conflicts():
    found = _replies(_FAVOURITE, _SHORTLIST)
    assert any(any("favourite" in s.quote for s in c.sides) and any("shortlist" in s.quote for s in c.sides)
               for c in found), [c.reason for c in found]


def test_replies_about_two_people_stay_apart():
    found = _replies(_FAVOURITE, _SHORTLIST.replace("Ms. Okafor", "Mr. Brandt"))
    assert not found, [c.reason for c in found]


def test_a_yes_and_a_no_to_two_questions_stay_apart():
    # "no" to one question and "yes" to another: both may be true of one person
    found = _replies(_FAVOURITE.replace('"Yes."', '"No."'), _SHORTLIST)
    assert not found, [c.reason for c in found]


# -- a role's negated act against its named holder's act ------------------------------------------

_LUND = ("Mayor Pia Lund ordered the east market closed after the fire. On Monday, Lund also apologized "
         "to the traders' families.")


def test_a_role_noun_denial_against_the_named_holders_act_conflicts():
    al = _pair(_LUND, "The families said the mayor has not apologized to them, nor shown any regret.")
    assert _across(al, "Lund also apologized", "has not apologized"), [c.reason for c in al.conflicts]


def test_a_role_noun_denial_against_another_persons_act_stays_apart():
    al = _pair(_LUND.replace("Lund also apologized", "Okafor also apologized"),
               "The families said the mayor has not apologized to them, nor shown any regret.")
    assert not _across(al, "also apologized", "has not apologized"), [c.reason for c in al.conflicts]


def test_a_role_noun_never_written_with_the_name_stays_apart():
    al = _pair(_LUND.replace("Mayor Pia Lund", "Pia Lund"),
               "The families said the mayor has not apologized to them, nor shown any regret.")
    assert not _across(al, "Lund also apologized", "has not apologized"), [c.reason for c in al.conflicts]


# -- left (a strict xfail): a shape the misses showed that no rule here reaches ---------------------

@pytest.mark.xfail(strict=True, reason="two short claims with a pronoun subject share one word of under five letters: "
                                       "blocking never pairs them, and 'it' names nothing to compare (conf32: left)")
def test_a_pronoun_claim_and_its_negation_across_articles_conflict():
    al = _pair("The mayor wrote about the audit on Sunday. \"It is a total sham.\"",
               "The auditor answered the mayor. \"It is not a sham,\" she said.")
    assert _across(al, "total sham", "not a sham"), [c.reason for c in al.conflicts]
