"""conflict54 (issue 15): cross-article counts the digest missed, with near misses. Invented text throughout
(made-up towns, bodies, people, figures).

* A count answering an explainer's question heading (summarizer/heading_answers.py): "How many boats sank?" /
  "Eleven, according to the harbour office." is told "Eleven boats sank, according to the harbour office.", so the
  digest compares it with another outlet's "The coast guard said 17 boats sank in the bay."; an inverted question
  ("How many grades did the board change?"), an answer naming its own noun ("Nine boats, ..."), an answer that is a
  sentence already ("Nine were found ..."), a question inside a paragraph and another question ("How long ...?")
  are left as they are.
* A light verb of motion is no other act (digest/measure_frames.py): "<n> crates went into the water" / "<m> crates
  fell into the canal" count one thing; two verbs of their own ("fell into" / "were loaded onto"), or two directions
  ("went into" / "were pulled from"), are still two acts.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.heading_answers import heading_answer
from tests.test_align_disputes import _articles
from tests.test_conflict52 import _FILL, _told

_EXPLAINER = "Bay storm: what we know\n\nWhat happened?\nA storm hit Corrow Bay on Sunday night.\n\n{q}\n{a}\n\n" + _FILL + "\n"


def _answer(question: str, answer: str) -> str | None:
    text = _EXPLAINER.format(q=question, a=answer)
    start = text.index(answer)
    return heading_answer(text, start, start + len(answer))


# -- the answer told as a sentence ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, answer, told", [
    ("How many boats sank?", "Eleven, according to the harbour office.",
     "Eleven boats sank, according to the harbour office."),
    ("How many sheep drowned?", "About 700, the farmers' union says.", "About 700 sheep drowned, the farmers' union says."),
    ("How many people were hurt?", "More than 1,200, the county says.", "More than 1,200 people were hurt, the county says."),
    ("How many died?", "Twenty-two on the first day and 9 on the second, the council says.",
     "Twenty-two died on the first day and 9 on the second, the council says."),
])
def test_count_answer_is_told_with_its_question(question, answer, told):
    assert _answer(question, answer) == told


@pytest.mark.parametrize("question, answer", [
    ("How many grades did the board change?", "58, the board says."),        # inverted: "did the board change"
    ("How many boats will the yard repair?", "Six, the yard says."),          # inverted: "will the yard"
    ("How many boats sank?", "Nine boats, according to the harbour office."),  # the answer names its own noun
    ("How many boats sank?", "Nine were found on the shore on Monday."),       # a sentence already
    ("How long is the road?", "Six kilometers, the council says."),           # not a count's question (digest58: "How long will the road be shut?" / "Six weeks, ..." is told with its question, question_folds)
])
def test_other_answers_are_left_alone(question, answer):
    assert _answer(question, answer) is None


def test_question_inside_a_paragraph_is_no_heading():
    text = "Bay storm\n\nReporters asked the office how many boats sank? Eleven, it said. " + _FILL
    start = text.index("Eleven")
    assert heading_answer(text, start, text.index("said.") + 5) is None


def test_answer_claim_carries_its_count():
    arts = _articles(_EXPLAINER.format(q="How many boats sank?", a="Eleven, according to the harbour office."))
    claim = next(c for a in arts for c in a.claims if c.text.startswith("Eleven"))
    assert claim.text == "Eleven boats sank, according to the harbour office."
    assert claim.evidence.quote == "Eleven, according to the harbour office."  # the evidence is the answer as written
    assert [(q.value, q.counted) for q in claim.quantities] == [(11.0, "boats")]


def test_count_answer_conflicts_with_another_outlets_count():
    al, _, _ = build_sections(_articles(
        f"Report one\n\nThe coast guard said 17 boats sank in the bay. {_FILL}\n",
        _EXPLAINER.format(q="How many boats sank?", a="Eleven, according to the harbour office.")))
    assert _told(al, "17", "11")


def test_same_count_answered_is_no_conflict():
    al, _, _ = build_sections(_articles(
        f"Report one\n\nThe coast guard said 11 boats sank in the bay. {_FILL}\n",
        _EXPLAINER.format(q="How many boats sank?", a="Eleven, according to the harbour office.")))
    assert not [c for c in al.conflicts if len({s.ref.article for s in c.sides}) > 1]


# -- a light verb of motion ------------------------------------------------------------------------------------

def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n"))
    return al


def test_went_into_and_fell_into_count_one_thing():
    al = _alignment("The coast guard said 14 crates fell into the canal.",
                    "Nine crates went into the water, according to the lock keeper.")
    assert _told(al, "14", "9")


@pytest.mark.parametrize("first, second", [
    ("The coast guard said 14 crates fell into the canal.", "Nine crates were loaded onto the barge, the lock keeper said."),
    ("The coast guard said 14 crates went into the canal.", "Nine crates were pulled from the water, the lock keeper said."),
    # "into" a state, not a place
    ("The coast guard said 14 crates fell into the canal.", "Nine crates went into storage, the lock keeper said."),
])
def test_two_acts_of_motion_are_not_one_count(first, second):
    assert not _told(_alignment(first, second), "14", "9")


# -- how long a process takes, with its bounds (digest/lengths.py) -----------------------------------------------

def test_duration_reads_bounds_and_units():
    from summarizer.digest.lengths import duration_of
    from tests.test_conflict52 import _feature

    d = duration_of(_feature("The board said it would take at least four months for the marsh to recover and that "
                             "walkers should not use the paths."))
    assert d is not None and d[:4] == ("marsh", "recove", 120, float("inf"))
    d = duration_of(_feature("Warden Ilsa Brenner says the marsh should recover within five weeks."))
    assert d is not None and d[2:4] == (0.0, 35)
    assert duration_of(_feature("The board said it would not take four months for the marsh to recover.")) is None


def test_lower_and_upper_bound_apart_conflict():
    al = _alignment("The board said it would take at least four months for the marsh to recover and that walkers "
                    "should not use the paths.", "Warden Ilsa Brenner says the marsh should recover within five weeks.")
    assert _told(al, "four months", "five weeks")


@pytest.mark.parametrize("first, second", [
    # bounds that one length meets: at least four months / within six months
    ("The board said it would take at least four months for the marsh to recover.",
     "Warden Ilsa Brenner says the marsh should recover within six months."),
    # one length in two units, a rounding apart: about 40 days / six weeks
    ("The board said it would take about 40 days for the marsh to recover.",
     "Warden Ilsa Brenner says the marsh should recover in six weeks."),
])
def test_durations_that_can_both_hold_do_not_conflict(first, second):
    al = _alignment(first, second)
    assert not [c for c in al.conflicts if len({s.ref.article for s in c.sides}) > 1]


# two things, or two acts, in two times: measured.measure_clash tied them by one shared word near both until
# conflict55 (lengths.durations_apart is read before it)
@pytest.mark.parametrize("first, second", [
    ("The board said it would take at least four months for the marsh to recover.",
     "Warden Ilsa Brenner says the heath should recover within five weeks."),
    ("The board said it would take at least four months for the marsh to reopen.",
     "Warden Ilsa Brenner says the marsh should recover within five weeks."),
])
def test_two_things_or_acts_in_two_times_do_not_conflict(first, second):
    al = _alignment(first, second)
    assert not [c for c in al.conflicts if len({s.ref.article for s in c.sides}) > 1]
