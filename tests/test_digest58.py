"""digest58 (issue 15): a sixteenth blind set of invented three-outlet stories (evals/digest_gold_blind58: a pool's
chlorine leak, told also by a correction-and-update notice; a protected facade torn down, told also by a Q&A explainer;
a chief executive's share sales, told also by a business story on a stock-exchange filing), and digest57's Left: bare
answers to "When ...?" and "How long ...?" questions. Invented sentences throughout (other names, places and numbers
than the set's texts); a near miss beside each rule.

* a bare answer under a "When <auxiliary> <subject> <rest>?" or "How long ...?" heading, or in a turn right after
  another speaker's such question, is told with the question (summarizer/question_folds.py): "The inquiry will take
  about three months, ...", "The lift will not reopen before ...", "The lift was last inspected in May, ...";
* an update notice's label with a clock time ("UPDATE, June 16, 4:40 p.m.: ...") is left out of the claim, as a dated
  label was (lang.EDITORIAL_LABEL_DATE_RE);
* a four-word statement of a count ("<Name> has 214 stores.") is a claim (part_shapes.short_count).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from summarizer.heading_answers import _past
from summarizer.part_shapes import short_count
from summarizer.picks import is_claim_text
from summarizer.question_folds import fold_answer
from tests.test_digest57 import _answer, _claims  # one reading of a claim list and of a heading's answer

ROOT = Path(__file__).resolve().parents[1]



# -- the blind set's gold -------------------------------------------------------------------------------------

def test_blind58_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind58", ROOT / "evals" / "tools" / "make_digest_gold_blind58.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["agreements"]) for g in mod.LABELS.values()) == 27
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 17


# -- "When ...?" / "How long ...?" answers told with their question ----------------------------------------------

_EXPLAINER = "The Brackley lift: what we know\n\nThe Tenmouth Gazette answers readers' questions.\n\n"


def _heading(question: str, answer: str) -> str:
    return _EXPLAINER + f"{question}\n\n{answer}\n"


@pytest.mark.parametrize("question, answer, told", [
    ("How long will the inquiry take?", "About three months, the county's head of transport, Mara Tull, told the Gazette.",
     "The inquiry will take about three months, the county's head of transport, Mara Tull, told the Gazette."),
    ("How long will the road stay closed?", "At least six weeks, the county says.",
     "The road will stay closed for at least six weeks, the county says."),
    ("How long will the road be shut?", "Six weeks, the council says.", "The road will be shut for six weeks, the council says."),
    ("When will the lift reopen?", "Not before the inspectors have finished their work.",
     "The lift will not reopen before the inspectors have finished their work."),
    ("When was the lift last inspected?", "In May, by an outside firm.", "The lift was last inspected in May, by an outside firm."),
    ("When was the last flood like this?", "In 1987, when the river rose four meters.",
     "The last flood like this was in 1987, when the river rose four meters."),
    ("When will the committee announce its decision?", "In March, the chair says.",
     "The committee will announce its decision in March, the chair says."),
    ("When will the planning committee meet?", "On March 20.", "The planning committee will meet on March 20."),
    ("When does the zoo reopen?", "On Wednesday, the zoo says.", "The zoo reopens on Wednesday, the zoo says."),
    ("When was the trial stopped?", "On Oct. 30, according to the company.", "The trial was stopped on Oct. 30, according to the company."),
    ("When did Harwell Rail close the line?", "Last Tuesday, the operator says.", "Harwell Rail closed the line last Tuesday, the operator says."),
])
def test_when_and_how_long_answers_are_told_with_the_heading(question, answer, told):
    assert _answer(_heading(question, answer), answer) == told


@pytest.mark.parametrize("question, answer", [
    ("When did the council know?", "On Thursday, a neighbour phoned the council."),  # a clause of its own after the time
    ("When did the council know?", "The council says it first heard on Thursday."),  # a sentence already
    ("When was it stopped?", "On Oct. 30, according to the company."),  # "it" of what?
    ("How long will the inquiry take?", "The council says about three months."),  # no duration opening the answer
    ("How long will the inquiry take?", "Three inspectors will run it."),  # a count of no time unit
    ("Why was the lift closed?", "In May, a cable snapped."),  # no "When" or "How long"
    ("How long will the road stay closed?", "Six weeks of work remain on the bridge."),  # a noun after the duration
])
def test_other_heading_answers_are_left_bare(question, answer):
    assert _answer(_heading(question, answer), answer) is None


def test_answer_not_under_its_heading_is_left():
    text = _EXPLAINER + "How long will the inquiry take?\n\nThe county has named three inspectors.\n\nAbout three months, the county says.\n"
    assert _answer(text, "About three months, the county says.") is None


def test_turn_answer_to_a_when_question():
    text = ("Radio interview, Friday. Edited extract.\n\nHOST: The lift stopped on Tuesday with 14 riders in it.\n\n"
            "HOST: When will you reopen the lift?\n\nTULL: Not before the inspectors have finished their work.\n")
    assert _answer(text, "Not before the inspectors have finished their work.") == "We will not reopen the lift before the inspectors have finished their work."


def test_did_with_an_irregular_verb_keeps_did():
    assert fold_answer("When did the board know?", "In August, the minutes say.", _past) == "The board did know in August, the minutes say."


def test_folded_heading_answer_becomes_a_claim():
    text = _heading("How long will the inquiry take?", "About three months, the county says.")
    said = [t for _, t in _claims(text)]
    assert "The inquiry will take about three months, the county says." in said


# -- an update notice's timed label ---------------------------------------------------------------------------------

_NOTICE = "Ferry pier fire: what we know\n\nThis story has been updated. Latest first.\n\n"


@pytest.mark.parametrize("label", ["UPDATE, Aug. 3, 4:40 p.m.: ", "Update, 9:05 a.m.: ", "CORRECTION, Aug. 2: "])
def test_update_label_with_a_time_is_left_out(label):
    text = _NOTICE + label + "The port authority says the pier will not reopen before the end of the month.\n"
    said = [t for _, t in _claims(text)]
    assert "The port authority says the pier will not reopen before the end of the month." in said


def test_time_in_a_sentence_is_no_label():
    text = _NOTICE + "At 4:40 p.m. the port authority said the pier would stay shut until September.\n"
    said = [t for _, t in _claims(text)]
    assert any(t.startswith("At 4:40 p.m.") for t in said)


# -- a four-word statement of a count ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("Harrowgate has 214 stores.", True),
    ("Brelline runs 12 pools.", True),
    ("Harrowgate employs 1,900 people.", True),
    ("It has 214 stores.", False),  # a pronoun subject
    ("Shares fell 3 percent.", False),  # no present verb
    ("Three more died overnight.", False),  # no digits
    ("Harrowgate has many stores.", False),  # no count
    ("Dunmore Press 214 stores.", False),  # no verb
])
def test_four_word_count_statement(sentence, kept):
    assert short_count(sentence) is kept
    assert is_claim_text(sentence) is kept


def test_four_word_count_statement_becomes_a_claim():
    text = "Grocer files notice\n\nThe grocer filed a notice on Thursday about its plans.\n\nHarrowgate has 214 stores. Its shares closed at 4.12 on Thursday.\n"
    assert "Harrowgate has 214 stores." in [t for _, t in _claims(text)]


@pytest.mark.xfail(strict=True, reason="a 'did not' standing for the question's verb phrase is not filled in: 'Who ordered the demolition?' / "
                   "'Hollis Estates says it did not.' would need the verb's base form ('did not order the demolition')")
def test_left_who_question_answered_by_did_not():
    text = _heading("Who ordered the demolition?", "Hollis Estates says it did not.")
    assert "Hollis Estates says it did not order the demolition." in [t for _, t in _claims(text)]
