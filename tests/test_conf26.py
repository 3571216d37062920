"""Conflicts: rebuttals paired with what they answer, one attribute of one event told with two
values (issue 15, session 25, conf26).

Written before the fixes, from the shapes of conflicts the digest missed or paired wrongly on the
readable BASIL gold sets (evals/RESULTS.md "Session 25: conf26"); every sentence here is invented
(names, places, bodies, topics).

* A denial that points back at "the allegations" right after a sentence naming whose allegations
  they are ("an inquiry into Ms. Voss's allegations"): the denial answers that person's account,
  told earlier in the article, not the nearest accusation of someone else (digest/answered.py).
* A sum asked for, told in a relative clause after it ("none of the $9.5 million that the mayor
  demanded"), is no version of a sum granted (digest/counts.py `_asked`).
* A vague count ("dozens of arrests") against a figure of the same thing it cannot meet ("more than
  300 people were arrested"); near misses that can meet or count another thing (digest/vaguecounts.py).
* Several sources rejecting one account are one conflict with every side; a clash of values sharing
  a claim, or rejections of two accounts, stay apart (digest/onedispute.py).
* A quotation denied after a negation ("was not “a venture of the mayor’s own making”") answers the
  claim that quotes those words (digest/quotedneg.py).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import FILLER, _articles, _within


def _pairs(al):
    return [{s.quote for s in c.sides} for c in _within(al)]


# -- a rebuttal of "the allegations" answers the account its owner told ---------------------------

_OWNED = ("Councillor Tomas Brill, who chairs the parks committee, will leave the council at the end of June. "
          "For some years Mr. Brill had been accused of bullying by Hanna Voss, his former press officer. "
          "She sued him in 2016. The parks budget grew by a third over his term. Later, more of his clerks came "
          "forward to accuse Mr. Brill of running a chaotic office. The city's standards board opened an inquiry "
          "into Ms. Voss's allegations. {denial}\n")


def test_a_denial_of_the_allegations_answers_the_owner_named_just_before():
    arts = _articles("Parks chair\n\n" + FILLER + _OWNED.format(
        denial="In a radio interview in March, Mr. Brill continued to deny the allegations.") + FILLER)
    al, _, _ = build_sections(arts)
    got = [c for c in _within(al) if any("continued to deny" in s.quote for s in c.sides)]
    assert got, [c.reason for c in al.conflicts]
    quotes = " ".join(s.quote for c in got for s in c.sides)
    assert "Hanna Voss" in quotes, [c.reason for c in got]
    assert "chaotic office" not in quotes, [c.reason for c in got]


def test_without_an_owner_the_denial_answers_the_nearest_accusation():
    # no sentence names whose allegations they are: the nearest account of another side, as before
    text = _OWNED.replace("The city's standards board opened an inquiry into Ms. Voss's allegations. ", "")
    arts = _articles("Parks chair\n\n" + FILLER + text.format(
        denial="In a radio interview in March, Mr. Brill continued to deny the allegations.") + FILLER)
    al, _, _ = build_sections(arts)
    got = [c for c in _within(al) if any("continued to deny" in s.quote for s in c.sides)]
    assert got and any("chaotic office" in s.quote for c in got for s in c.sides), [c.reason for c in al.conflicts]


# -- a sum told as what someone asked for, in a relative clause after it, is not what was given ----

def _numbers(al):
    return [c for c in al.conflicts if c.kind == "numbers"]


def test_a_sum_demanded_in_a_relative_clause_is_no_count_of_what_was_granted():
    arts = _articles("Arena money\n\n" + FILLER + "The council's budget grants the mayor $4.2 million for the arena.\n" + FILLER,
                     "Arena vote\n\n" + FILLER + "The budget passed Thursday by the council included none of the "
                     "$9.5 million that Mayor Ines Tarrow demanded for the arena.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not _numbers(al), [c.reason for c in al.conflicts]


def test_two_sums_granted_for_one_thing_still_conflict():
    arts = _articles("Arena money\n\n" + FILLER + "The council's budget grants the mayor $4.2 million for the arena.\n" + FILLER,
                     "Arena vote\n\n" + FILLER + "The budget passed Thursday by the council grants the mayor "
                     "$9.5 million for the arena.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _numbers(al), [c.reason for c in al.conflicts]


# -- a vague count and a figure of one thing that cannot meet -----------------------------------------

_VAGUE = "Riot police scuffled with marchers near the docks in the evening, amid dozens of arrests."


def _two(a: str, b: str):
    al, _, _ = build_sections(_articles("Dock march\n\n" + FILLER + a + "\n" + FILLER,
                                        "Dock protest\n\n" + FILLER + b + "\n" + FILLER))
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 2]


def test_dozens_of_arrests_against_more_than_three_hundred_arrested():
    got = _two(_VAGUE, "More than 300 people were arrested.")
    assert got and any("dozens of arrests" in c.reason and "300" in c.reason for c in got), [c.reason for c in got]


def test_dozens_of_arrests_against_an_exact_count_of_arrests():
    got = _two(_VAGUE, "Police made 412 arrests in the docks district.")
    assert got, [c.reason for c in got]


@pytest.mark.parametrize("other", [
    "More than 40 people were arrested.",                      # within "dozens"
    "More than 300 people were injured.",                      # another count: injuries, not arrests
    "Another 300 people were arrested in the suburbs later.",  # another set
    "Up to 60 people were arrested.",                          # a bound that meets it
])
def test_a_vague_count_that_can_meet_or_counts_another_thing_is_no_conflict(other):
    got = _two(_VAGUE, other)
    assert not [c for c in got if "dozens" in c.reason], [c.reason for c in got]


# -- several sources rejecting one account are one dispute ------------------------------------------

from summarizer.digest.onedispute import one_conflict_per_dispute  # noqa: E402
from summarizer.digest.schema import ClaimRef, Conflict, ConflictSide  # noqa: E402


def _c(reason: str, *refs: tuple[str, str], topic: str = "County") -> Conflict:
    return Conflict(kind="assertion", topic=topic, reason=reason,
                    sides=[ConflictSide(ref=ClaimRef(article=a, claim=c), attributed_to=c, text=c, quote=c) for a, c in refs])


def test_two_rejections_of_one_account_are_one_conflict_with_every_side():
    got = list(one_conflict_per_dispute([
        _c("Former chief Emil Dorr negates what Ines Tarrow says (similarity 0.20)", ("a2", "c7"), ("a3", "c1")),
        _c("in one article, two former chiefs negate what Ines Tarrow asserts (County … pay)", ("a2", "c3"), ("a2", "c7")),
    ]))
    assert len(got) == 1
    assert {(s.ref.article, s.ref.claim) for s in got[0].sides} == {("a2", "c7"), ("a3", "c1"), ("a2", "c3")}


def test_a_rejection_and_a_clash_of_values_sharing_a_claim_stay_two():
    got = list(one_conflict_per_dispute([
        _c("Dana Pike: “deputy clerk”; The Ledger: “clerk”", ("a1", "c11"), ("a2", "c2")),
        _c("Tomas Brill calls The Ledger's account false", ("a2", "c2"), ("a2", "c5")),
    ]))
    assert len(got) == 2


def test_rejections_of_two_accounts_stay_two():
    got = list(one_conflict_per_dispute([
        _c("Tomas Brill calls The Ledger's account false", ("a2", "c2"), ("a2", "c5")),
        _c("Hanna Voss calls The Courier's account false", ("a1", "c4"), ("a1", "c9")),
    ]))
    assert len(got) == 2


# -- a quotation denied after a negation answers the claim that quotes those words ------------------

_TOLD = ("Harbour chief Lena Moss drew sharp criticism on Friday after telling donors that the ferry line was "
         "a losing venture, a project she called “a venture of the mayor’s own making.”")


def test_a_negated_quotation_answers_the_claim_that_quotes_it():
    got = _two(_TOLD, "Ivo Brandt, a former port director, said the ferry line was not "
                      "“a venture of the mayor’s own making.”")
    assert any("venture of the mayor" in c.reason for c in got), [c.reason for c in got]


@pytest.mark.parametrize("other", [
    "Ivo Brandt, a former port director, said the ferry line was “a venture of the mayor’s own making.”",
    "Ivo Brandt, a former port director, said the ferry line was not “a burden on the harbour budget.”",
])
def test_a_quotation_not_negated_or_other_words_negated_is_no_such_denial(other):
    got = _two(_TOLD, other)
    assert not any("venture of the mayor" in c.reason and "denies" in c.reason for c in got), [c.reason for c in got]
