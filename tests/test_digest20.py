"""The digest's agreements on the tuned gold, and schedules' merge without its reason string
(issue 15, session 19, digest20): invented sentences, the expected answer of each written before
the code was run.

digest/schedules.merge_schedules used to find a schedule's conflicts by parsing their reason
("<source>, a schedule: the Council on Friday; <source>: Tuesday"): any version conflict whose
reason happened to read that way would have been merged, and a change of wording would have
stopped the merge silently. schedule_conflicts now carries the clash in its judgment's `values`
(body, scheduled day, other day), schedule_clashes turns those into a table keyed by the two
claims, and merge_schedules merges only what that table names; the output is the same.
"""

from __future__ import annotations

import pytest

from summarizer.digest.align import align
from summarizer.digest.build import build_sections
from summarizer.digest.claimindex import ClaimIndex
from summarizer.digest.schedules import Clash, merge_schedules
from summarizer.digest.schema import ClaimRef, Conflict, ConflictSide
from summarizer.digest.store import ClaimStore
from summarizer.digest.streamalign import align_stored
from tests.test_align_disputes import _articles
from tests.test_digest19 import FILLER, SCHEDULE, _conflicts

OTHER = ("Council passes lease\n\n" + FILLER + "The Council approved the harbour lease on Tuesday evening "
         "by a vote of 31-4, sending it to the governor.")
THIRD = ("Lease approved\n\n" + FILLER + "On Tuesday the Council voted 31-4 for the harbour lease, ending "
         "months of talks.")


def _side(article: str, claim: str) -> ConflictSide:
    return ConflictSide(ref=ClaimRef(article=article, claim=claim), attributed_to="article", text="x", quote="x")


def _conflict(reason: str, a: tuple[str, str], b: tuple[str, str]) -> Conflict:
    return Conflict(kind="assertion", topic="vote (when)", reason=reason, sides=[_side(*a), _side(*b)])


# -- merge_schedules reads the clashes, not the reason ------------------------------------------

SHAPED = "article, a schedule: the Council on Friday; article: Tuesday"


def test_a_reason_shaped_like_a_schedule_is_not_merged_without_its_clash():
    one = _conflict(SHAPED, ("a1", "c1"), ("a2", "c1"))
    two = _conflict(SHAPED, ("a1", "c1"), ("a3", "c1"))
    assert list(merge_schedules([one, two], {})) == [one, two]


def test_two_clashes_of_one_schedule_merge_whatever_the_reason_says():
    head = "article, a schedule: the Council on Friday"
    clashes = {(("a1", "c1"), ("a2", "c4")): Clash(("a1", "c1"), head, "The Ledger: Tuesday"),
               (("a1", "c1"), ("a3", "c2")): Clash(("a1", "c1"), head, "The Post: Tuesday")}
    one = _conflict("reworded, first", ("a1", "c1"), ("a2", "c4"))
    two = _conflict("reworded, second", ("a1", "c1"), ("a3", "c2"))
    [got] = merge_schedules([one, two], clashes)
    assert got.reason == "reworded, first; The Post: Tuesday"
    assert [(s.ref.article, s.ref.claim) for s in got.sides] == [("a1", "c1"), ("a2", "c4"), ("a3", "c2")]


def test_clashes_of_two_schedules_stay_two_conflicts():
    clashes = {(("a1", "c1"), ("a2", "c4")): Clash(("a1", "c1"), "h1", "t1"),
               (("a1", "c2"), ("a3", "c2")): Clash(("a1", "c2"), "h2", "t2")}
    one = _conflict("h1; t1", ("a1", "c1"), ("a2", "c4"))
    two = _conflict("h2; t2", ("a1", "c2"), ("a3", "c2"))
    assert list(merge_schedules([one, two], clashes)) == [one, two]


def test_the_merged_schedule_conflict_names_its_day_once_and_each_other_account():
    [got] = [c for c in _conflicts(SCHEDULE, OTHER, THIRD) if any("Council on Friday" in s.quote for s in c.sides)]
    assert got.reason.count("a schedule: the Council on Friday") == 1, got.reason
    assert got.reason.count(": Tuesday") == 2, got.reason
    assert len(got.sides) == 3


def test_the_schedule_conflict_on_disk_equals_the_one_in_memory(tmp_path):
    arts = _articles(SCHEDULE, OTHER, THIRD)
    mem = align([(a, c) for a in arts for c in a.claims])
    assert any(len(c.sides) == 3 for c in mem.conflicts), [c.reason for c in mem.conflicts]
    store = ClaimStore(str(tmp_path))
    for k in range(len(arts)):
        store.add(k, arts[k])
    with store:
        store.number(dedupe=True)
        disk = align_stored(ClaimIndex(store, cache=8))
        assert list(disk.iter_conflicts()) == mem.conflicts


# -- a reply is the answer to its question ---------------------------------------------------------
# BASIL 36 (tuned gold): two outlets' one-word "yes" replies to two different questions were one
# agreement (the gold lists them as a conflict). A "yes" or
# "no" asserts what the question asked: two replies to questions that share no content word but
# names are two propositions. Invented sentences; two articles with filler, so that words shared by
# the replies are rare in the batch (as in a real cluster).

from summarizer.digest.answers import answers_apart, reply_question  # noqa: E402
from summarizer.digest.classify import classify  # noqa: E402
from summarizer.digest.idf import reweigh  # noqa: E402
from summarizer.digest.pairs import features  # noqa: E402

PARKS = "The city council approved a new budget for the parks last spring. Turnout at the last election was low. "
LEADING = ('Asked directly by a journalist at the town hall on Friday if Okafor was the favourite for the post, '
           'Mayor Lund replied, "Yes."')
FINALISTS = ('Yet Mayor Lund, talking to journalists at the town hall after a meeting with the harbour board, '
             'gave a firm "yes" when asked whether Ms. Okafor was on the shortlist.')
LEADING_TOO = ('Mayor Lund, talking to journalists at the town hall, gave a firm "yes" when asked '
               'whether Ms. Okafor was the favourite for the post.')
PLAIN = "Mayor Lund told journalists at the town hall on Friday that Okafor was the favourite for the post."


def _two(a: str, b: str):
    """(articles, features of a's last claim, features of b's last claim) of a two-article batch."""
    arts = _articles("Pick\n\n" + FILLER + a, "Finalists\n\n" + PARKS + b)
    fs = features([(x, c) for x in arts for c in x.claims])
    reweigh(fs)
    return arts, [f for f in fs if f.article == arts[0].id][-1], [f for f in fs if f.article == arts[1].id][-1]


def test_the_question_of_a_reply_is_read():
    assert reply_question(LEADING) == "Okafor was the favourite for the post"
    assert reply_question(FINALISTS) == "Ms. Okafor was on the shortlist"
    assert reply_question('She said "no" when asked whether the plant would close.') == "the plant would close"


@pytest.mark.parametrize("text", [
    "Mayor Lund asked whether the budget was balanced and said it was not.",  # a question, no reply
    'Mayor Lund said "yes, we will" to the plan.',                           # a reply, no question
    'Asked about the plan, she said it was "no longer needed."',              # "no" inside a quotation
])
def test_no_question_without_a_quoted_one_word_reply_to_it(text):
    assert reply_question(text) is None


def test_replies_to_two_different_questions_are_not_one_agreement():
    _, f1, f2 = _two(LEADING, FINALISTS)
    assert f1.claim.text == LEADING and f2.claim.text == FINALISTS
    assert classify(f1, f2).kind != "agreement"


def test_replies_to_the_same_question_still_agree():
    _, f1, f2 = _two(LEADING, LEADING_TOO)
    assert classify(f1, f2).kind == "agreement"


def test_a_reply_and_a_plain_statement_are_not_read_by_this_rule():
    _, f1, f2 = _two(LEADING, PLAIN)
    assert not answers_apart(f1, f2)


def test_the_two_replies_are_not_grouped_in_a_digest():
    arts, _, _ = _two(LEADING, FINALISTS)
    al = build_sections(arts)[0]
    assert not any(len(a.articles) == 2 and any("Okafor" in q for q in a.quotes) for a in al.agreements), \
        [a.text for a in al.agreements]
