"""Version conflicts on stories the digest was not tuned on (issue 15, session 21, conf22).

Written before the fix, from the shapes of the missed conflicts on six BASIL clusters labelled blind
(evals/RESULTS.md "Session 21: conf22"); every sentence here is invented (names, places, bodies).

Fixed: an account and its rebuttal as an appositive of one sentence ("X argued that A, a contention
Y disputed"): digest/onesentence.split_sides. Apart: no rebuttal verb, a negated or absent rebutter,
a pronoun rebutter, the same side.

Left as strict xfails (the reason says what is missing): a denial of "false information" against
an account that the person "gave false information"; a claim of no wrongdoing against a claim of
illegality of the same act; "an accident" against "knew"; one repayment dated in two years.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.onesentence import split_sides
from tests.test_align_disputes import FILLER, _articles


@pytest.mark.parametrize("text,expected", [
    # the account, then an appositive noun of account and who rebuts it
    ("Council members argued that the mayor had broken the lease by signing it alone, a contention the "
     "mayor's lawyer disputed.", "the mayor's lawyer"),
    ("Prosecutors said Tovey hid the payments from auditors, a charge that the Tovey family's lawyer denied.",
     "the Tovey family's lawyer"),
    ("Neighbours claimed the Brask tannery dumped dye in the river, an allegation the owners have "
     "repeatedly denied.", "the owners"),
    ("The union said the depot had no working heaters, a claim which Harlow Transit rejected on Friday.",
     "Harlow Transit"),
    # apart: nobody rebuts, the rebuttal is negated, no rebuttal verb, a pronoun (who it is is not
    # read here), a confirmation
    ("Kessel said the pier would close in May, a claim no one has disputed.", None),
    ("Kessel said the pier would close in May, a claim the harbor board did not dispute.", None),
    ("Kessel said the pier would close in May, a claim she repeated on Monday.", None),
    ("Kessel said the pier would close in May, a claim he denied.", None),
    ("Kessel said the pier would close in May, a claim her deputy confirmed.", None),
    ("Kessel said the pier would close in May, a decision the harbor board disputed.", None),
])
def test_an_account_and_its_appositive_rebuttal_in_one_sentence(text, expected):
    got = split_sides(text)
    assert (got[1] if got else None) == expected


def test_the_appositive_rebuttal_is_a_conflict_with_both_sides_quoted():
    arts = _articles("Ferry inquiry\n\n" + FILLER + "Officials in Varden argued on Monday that the ferry operator "
                     "had ignored three safety warnings, a contention the operator's lawyer disputed.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = [c for c in al.conflicts if "the operator's lawyer" in c.reason]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert "ignored three safety warnings" in got[0].reason
    assert all("disputed" in s.quote and "ignored" in s.quote for s in got[0].sides)
    # each side shows its own speaker (digest34: both had shown the claim's one source, which read as
    # that source disputing itself)
    assert [s.attributed_to for s in got[0].sides] == ["Officials in Varden", "the operator's lawyer"]


def test_the_same_side_rebutting_itself_is_no_conflict():
    arts = _articles("Pier plans\n\n" + FILLER + "Port director Alma Kessel said the pier would close in May, "
                     "a claim Kessel disputed a week later.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if "Kessel" in c.reason], [c.reason for c in al.conflicts]


@pytest.mark.xfail(strict=True, reason="'false' is a negator for the digest (lang.NEGATION_TOKENS), so 'gave false "
                   "information' reads as negated like the denial, and the denial's negation does not reach "
                   "every shared word (negates_all): no cross-article conflict (line 18 of the blind six)")
def test_a_denial_of_false_information_against_the_account_that_she_gave_it():
    arts = _articles("Hearing\n\n" + FILLER + "\"I have not given false information to this or any other council "
                     "committee,\" Mara Lindqvist said.\n" + FILLER,
                     "Hearing\n\n" + FILLER + "The committee asked Mara Lindqvist to explain why she gave false "
                     "information to the council committee on three occasions.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert any(len({s.ref.article for s in c.sides}) == 2 for c in al.conflicts), [c.reason for c in al.conflicts]


@pytest.mark.xfail(strict=True, reason="'nothing improper took place' and 'no laws were broken' are not "
                   "lang.INNOCENCE_RE forms, and the act they clear is not a person the charge names "
                   "(digest/innocence.py links by person): no conflict (line 1 of the blind six)")
def test_a_claim_of_no_wrongdoing_against_a_claim_of_illegality_of_one_act():
    arts = _articles("Job offer\n\n" + FILLER + "Councillor Dana Pruitt said the offer to Ivo Salk was an illegal "
                     "bargain. The mayor's office said no laws were broken when the offer was made to Ivo Salk.\n"
                     + FILLER)
    al, _, _ = build_sections(arts)
    assert any("Pruitt" in " ".join(s.attributed_to for s in c.sides) for c in al.conflicts), \
        [c.reason for c in al.conflicts]


@pytest.mark.xfail(strict=True, reason="no opposite predicates for intent ('an accident' / 'knew', 'was aware'): "
                   "lang.OPPOSITE_PREDICATES has none, and the speaker's own words name no one (line 43)")
def test_an_accident_against_knowing_use_of_the_funds():
    arts = _articles("Club funds\n\n" + FILLER + "\"If I spent club funds on myself, it was an accident,\" "
                     "treasurer Orla Venn said.\n" + FILLER,
                     "Club funds\n\n" + FILLER + "Auditors said treasurer Orla Venn knew she was spending club "
                     "funds on herself.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert any(len({s.ref.article for s in c.sides}) == 2 for c in al.conflicts), [c.reason for c in al.conflicts]
