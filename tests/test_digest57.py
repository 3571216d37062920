"""digest57 (issue 15): what the claims stage lost on a fifteenth blind set of invented three-outlet stories
(evals/digest_gold_blind57: containers lost overboard, told also by a safety agency's press briefing transcript; a
speed camera's wrong fines, told also by a council committee's minutes; an e-scooter fleet pulled, told also by a trade
newsletter built on a press release), and digest56's Left: a transcript's bare answers. Invented sentences throughout
(other names, places and numbers than the set's texts); a near miss beside each rule.

* a short speaker label in capitals ("VANCE: ...") that opens more than one turn is a transcript's, no story link's
  "ABC: ..." (chunk.transcript_turn): the turns were page furniture, so no claim;
* a label with a role in brackets ("ORLA VANCE (harbour master): ...") names the speaker (attribution/labels.py);
* a bare answer is told with the question of the turn before it (heading_answers.turn_answer): "How many <words>?",
  "How many <noun> <auxiliary> you <verb>?", a bare count before a verb ("About 14 have gone down": the question's
  noun after the count) and a yes/no question answered "No" / "Yes";
* a question in the support is no plain statement a "No" answer would negate (verify/checks.negation_check).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from summarizer.chunk import is_furniture, transcript_turn
from summarizer.heading_answers import heading_answer, turn_answer
from tests.reading import code

ROOT = Path(__file__).resolve().parents[1]

_HEAD = "Briefing on the grain barge, Friday. Edited extract.\n\n"


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.attributed_to, c.text) for c in code(text).claims]


def _answer(text: str, answer: str) -> str | None:
    start = text.rindex(answer)
    start = text.rfind("\n", 0, start) + 1
    return heading_answer(text, start, text.index(answer, start) + len(answer))


# -- the blind set's gold -------------------------------------------------------------------------------------

def test_blind57_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind57", ROOT / "evals" / "tools" / "make_digest_gold_blind57.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["agreements"]) for g in mod.LABELS.values()) == 23
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 21


# -- a transcript's short labels ------------------------------------------------------------------------------

_TURNS = (_HEAD + "VANCE: The barge sank in about 12 meters of water near the lock.\n\n"
          "REPORTER: Was anyone on board?\n\nVANCE: Two crew members swam to the bank unhurt.\n")


def test_short_label_repeated_is_a_transcript_turn():
    start = _TURNS.index("VANCE: The barge")
    assert is_furniture(_TURNS[start:_TURNS.index("lock.") + 5])  # the story-link rule alone would drop it
    assert transcript_turn(_TURNS, start)
    said = _claims(_TURNS)
    assert ("Vance", "The barge sank in about 12 meters of water near the lock.") in said
    assert any(t.startswith("Two crew members swam") for _, t in said)


def test_story_link_label_once_stays_furniture():
    text = "Other stories\n\nABC: The film wins its release in the city.\n\nThe council met for two hours on Tuesday evening.\n"
    assert not transcript_turn(text, text.index("ABC:"))
    assert not any("film" in t for _, t in _claims(text))


def test_label_inside_a_paragraph_is_no_turn():
    text = "VANCE: one.\n\nThe pilot said VANCE: was painted on the hull. VANCE: Not again.\n"
    assert not transcript_turn(text, text.index("VANCE: Not"))


def test_label_with_a_role_in_brackets_names_the_speaker():
    text = (_HEAD + "ORLA VANCE (harbour master, Tarn Port Authority): The barge sank in about 12 meters of water near the lock.\n\n"
            "REPORTER (Tarn Radio): When will the lock reopen?\n\nVANCE: We expect to reopen it on Monday morning.\n")
    said = dict((t, w) for w, t in _claims(text))
    assert said["The barge sank in about 12 meters of water near the lock."] == "Orla Vance"


# -- bare answers told with their question ---------------------------------------------------------------------

def _qa(question: str, answer: str, asker: str = "REPORTER", answerer: str = "VANCE") -> str:
    return _HEAD + f"VANCE: The barge sank near the lock on Thursday night.\n\n{asker}: {question}\n\n{answerer}: {answer}\n"


@pytest.mark.parametrize("question, answer, told", [
    ("How many sacks have been recovered?", "Forty so far.", "Forty sacks have been recovered so far."),
    ("How many sacks were lost?", "About 3,100, by our count.", "About 3,100 sacks were lost, by our count."),
    ("How many calls have you had?", "About 1,400.", "We have had about 1,400 calls."),
    ("How many sacks did you count?", "Just under 2.5 million.", "We counted just under 2.5 million sacks."),
    ("How many sacks did you sell?", "Nearly 900.", "We did sell nearly 900 sacks."),
    ("Will you pay for the cleanup?", "No. The owner must pay, under the port's rules.",
     "No, we will not pay for the cleanup: the owner must pay, under the port's rules."),
    ("Has Marl Shipping agreed to pay?", "Yes, in writing on Friday.", "Yes, Marl Shipping has agreed to pay: in writing on Friday."),
    ("Did the crew report the leak?", "No.", "No, the crew did not report the leak."),
    ("How many divers are searching the lock?", "About 14 have gone down since dawn.", "About 14 divers have gone down since dawn."),
    ("How many sacks were lost?", "Nine were found on the bank.", "Nine sacks were found on the bank."),
])
def test_bare_answer_is_told_with_its_question(question, answer, told):
    assert _answer(_qa(question, answer), answer) == told


@pytest.mark.parametrize("question, answer", [
    ("How many sacks were lost?", "Nine sacks went into the river."),  # the answer names its thing: a sentence already
    ("How many were lost?", "Nine were found on the bank."),  # a verb after the count, and no noun asked of
    ("Why did it sink?", "No one knows yet."),  # no count, no yes/no question
    ("Will you pay for the cleanup?", "Nobody has asked us to."),  # no "No" or "Yes" opening the answer
    ("How many sacks did the owner load?", "About 4,000."),  # the object question's subject is no pronoun
])
def test_other_answers_are_left_bare(question, answer):
    assert _answer(_qa(question, answer), answer) is None


def test_same_speaker_asking_on_is_no_answer():
    text = _qa("Will you pay?", "No.", asker="VANCE")
    assert _answer(text, "No.") is None


def test_question_not_in_the_turn_before_is_no_answer():
    text = _HEAD + "REPORTER: Will you pay for the cleanup?\n\nThe agency's chief then left the room.\n\nVANCE: No. We will not.\n"
    assert _answer(text, "No. We will not.") is None


def test_unlabelled_answer_is_left_to_the_heading_rule():
    text = "Explainer on the barge\n\nWill the owner pay for the cleanup?\n\nNo, according to the port authority.\n"
    start = text.index("No, according")
    assert turn_answer(text, start, len(text) - 1) is None


def test_folded_answers_become_claims_of_the_answerer():
    text = _qa("How many calls have you had?", "About 1,400.") + "\nREPORTER: Will you pay for the cleanup?\n\nVANCE: No. The owner must pay, under the port's rules.\n"
    said = _claims(text)
    assert ("Vance", "We have had about 1,400 calls.") in said
    assert ("Vance", "No, we will not pay for the cleanup: the owner must pay, under the port's rules.") in said



# -- "puts the number of <things> ... at <n>" ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, counted", [
    ("The inspectors put the number of sheep rescued by Sunday night at 1,350.", 1350.0, "sheep"),
    ("The union puts the number of members who voted at 2,080.", 2080.0, "members"),
    ("Police estimated the number of people at the rally at about 6,500.", 6500.0, "people"),
])
def test_number_of_things_put_at_a_figure_counts_them(sentence, value, counted):
    from summarizer.quantity import quantities
    assert {"value": value, "unit": None, "counted": counted} in quantities(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("The firm puts the number of staff at 40 percent of the total.", 4.0),  # a share: no count of 4 (nor of 40 staff)
    ("The firm puts the number of staff at 40 percent of the total.", 40.0),
    ("The board put the number of sheep rescued at about 3 million.", 3.0),  # a scale after the figure: other rules read it
])
def test_number_of_things_near_misses(sentence, value):
    from summarizer.quantity import quantities
    assert not any(r["value"] == value and r["unit"] is None and r["counted"] in ("staff", "sheep") for r in quantities(sentence))


# -- a negated occasion against a habit ------------------------------------------------------------------------

def _negates(a: str, b: str) -> bool:
    from tests.test_digest47 import _conflicts
    return any("negates" in c.reason or "denies" in c.reason for c in _conflicts(a, b))


def test_negated_occasion_is_no_denial_of_a_habit():
    assert not _negates("Torvik said the second race had not been filmed.",
                        "Dune Sports said it films the race as Torvik stages it.")


@pytest.mark.parametrize("other", [
    "Dune Sports said it filmed the second race from two cameras.",  # the occasion told in the past: a conflict
    "Dune Sports said the second race was filmed from two cameras.",
])
def test_negated_occasion_against_the_occasion_still_conflicts(other):
    assert _negates("Torvik said the second race had not been filmed.", other)
