"""Version conflicts on stories the digest was not tuned on (issue 15, session 22, conf23).

Written before the fixes, from the shapes of the conflicts missed on five BASIL clusters labelled
blind (evals/RESULTS.md "Session 22: conf23"); every sentence here is invented (names, places,
bodies).

Fixed: a rebuttal that points back at the account just told as "that criticism"
(lang.REBUTTAL_OBJECT_NOUNS); "That is not true" right after the same speaker tells a named
person's account ("Mayor Ostrand falsely claimed ... That is not true"); a verdict on the account
just told named by a determiner and an account noun ("But the excuses for the late audit were
unpersuasive"): digest/corrections.py. Apart: no rebuttal verb, a pronoun or an unnamed
account before the pointer, the speaker's own account, an act that is no account, no verdict, the
same side, a verdict on something that is no account.

Left as a strict xfail (the reason says what is missing): "It is a sham" / "It is not a sham" with an
unresolved subject. One publication told on two weekdays was a strict xfail here until session 24
(conf25: digest/timeclash.py reads "published Saturday" / "published Sunday" as one event's two days).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles, _within


def _sides(al, *words):
    """The within-article conflicts whose sides' quotes hold each of `words` (on some side)."""
    return [c for c in _within(al) if all(any(w in s.quote for s in c.sides) for w in words)]


# -- a rebuttal pointing back with "that criticism" -------------------------------------------

def test_a_criticism_rejected_by_another_side_is_a_conflict():
    arts = _articles("Dock strike\n\n" + FILLER + "A spokesman for the Harbor Union, Tomas Reyes, said the port "
                     "authority was \"gambling with the jobs of dockworkers.\" The port authority's director, Ines "
                     "Moll, rejected that criticism in a letter.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _sides(al, "gambling", "rejected that criticism")
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert len({s.quote for s in got[0].sides}) == 2


@pytest.mark.parametrize("reply", [
    "Port authority officials welcomed that criticism.",   # no rebuttal verb
    "Port authority officials answered that criticism with a plan.",
])
def test_a_criticism_met_without_a_rebuttal_is_no_conflict(reply):
    arts = _articles("Dock strike\n\n" + FILLER + "A spokesman for the Harbor Union, Tomas Reyes, said the port "
                     "authority was \"gambling with the jobs of dockworkers.\" " + reply + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not _sides(al, "gambling", "criticism"), [c.reason for c in al.conflicts]


# -- "That is not true" after the speaker tells a named person's account -------------------------

@pytest.mark.parametrize("account", [
    "Mayor Ostrand falsely claimed the Kellin bridge was inspected last spring.",
    "Mayor Ostrand says the Kellin bridge was inspected last spring.",
    "Governor Ilse Varga tried to suggest the Kellin bridge was inspected last spring.",
])
def test_that_is_not_true_after_a_named_persons_account_told_by_the_same_speaker(account):
    arts = _articles("Bridge\n\n" + FILLER + "Union leader Greta Holm spoke to reporters on Tuesday. \"" + account
                     + " That is not true,\" Holm said.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _sides(al, "inspected last spring", "That is not true")
    assert len(got) == 1, [c.reason for c in al.conflicts]


@pytest.mark.parametrize("account", [
    "He claimed the Kellin bridge was inspected last spring.",       # a pronoun: who it is is not read
    "The Kellin bridge was inspected last spring.",                  # the speaker's own account
    "Mayor Ostrand opened the Kellin bridge last spring.",           # an act, not an account
    "We said the Kellin bridge was inspected last spring.",          # the speaker's side
])
def test_that_is_not_true_after_no_named_account_is_no_conflict(account):
    arts = _articles("Bridge\n\n" + FILLER + "Union leader Greta Holm spoke to reporters on Tuesday. \"" + account
                     + " That is not true,\" Holm said.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not _sides(al, "last spring", "That is not true"), [c.reason for c in al.conflicts]


# -- left --------------------------------------------------------------------------------------

# a weekday after "published" dates the publication of an interview (line 32 of the blind five:
# Saturday / Sunday); fixed in session 24 (conf25, digest/timeclash.py)
def test_one_interview_published_on_two_weekdays():
    arts = _articles("Interview\n\n" + FILLER + "The judge started the row with remarks to the Varden Courier "
                     "published Saturday.\n" + FILLER,
                     "Interview\n\n" + FILLER + "\"I worry for the court,\" Judge Mira Olsen told the Varden Courier "
                     "in an interview published Sunday.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert any(len({s.ref.article for s in c.sides}) == 2 for c in al.conflicts), [c.reason for c in al.conflicts]


# -- an account called unpersuasive by a noun phrase pointing back --------------------------------

_LAWYER = ("The late audit was merely \"a result of staffing gaps,\" the clerk's lawyer wrote in the Varden "
           "Courier. ")


@pytest.mark.parametrize("reply", [
    "But the excuses for the late audit were \"unpersuasive,\" the county inspector said.",
    "The county inspector said the explanation was unconvincing.",
    "The county inspector said the justification was implausible.",
    "But that explanation is false, the county inspector said.",
])
def test_an_account_called_unpersuasive_right_after_it(reply):
    arts = _articles("Audit\n\n" + FILLER + _LAWYER + reply + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _sides(al, "staffing gaps", "inspector"), [c.reason for c in al.conflicts]


@pytest.mark.parametrize("reply", [
    "But the excuses for the late audit were published on Monday, the county inspector said.",
    "The excuses for the late audit were \"unpersuasive,\" the clerk's lawyer added.",   # the same side
    "The county inspector said the new schedule was unconvincing.",                              # no account noun
])
def test_an_account_noun_without_a_verdict_or_by_the_same_side_is_no_conflict(reply):
    arts = _articles("Audit\n\n" + FILLER + _LAWYER + reply + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not _sides(al, "staffing gaps"), [c.reason for c in al.conflicts]


@pytest.mark.xfail(strict=True, reason="'It is a complete sham' and 'It is not a sham' have a pronoun subject "
                   "that is not resolved, so the negation is not paired across articles (line 42)")
def test_a_sham_and_not_a_sham_with_a_pronoun_subject():
    arts = _articles("Inquiry\n\n" + FILLER + "Mayor Ostrand wrote that the harbour inquiry should end. "
                     "\"It is a complete sham,\" Ostrand wrote.\n" + FILLER,
                     "Inquiry\n\n" + FILLER + "Inspector Lena Brandt defended the harbour inquiry. "
                     "\"It is not a sham,\" she said.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert any(len({s.ref.article for s in c.sides}) == 2 for c in al.conflicts), [c.reason for c in al.conflicts]
