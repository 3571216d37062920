"""within52 (issue 15): figures told bare inside one article and short pointer denials
(digest/barefigures.py, picks.py's short-claim rule). Invented articles throughout (made-up names,
towns, bodies); near misses beside each rule: two sources who merely add to each other are no
conflict, a reply to something else is none either, and a figure the bound meets is no rebuttal.

* a figure corrected as "the correct figure was <n>" (lang.CORRECTED_FIGURE_RE);
* a figure with no counted noun of its own ("it came to $<n>", "there were fewer than ten", "put the
  number at about a dozen") against the figure of another side just before;
* "no <thing> had <done>" against "<n> <things> had <done>";
* "heard no <thing>" against "the <things> ... <did>";
* "The <body> denies this." kept as a claim and paired with the account before it.
"""

from __future__ import annotations

import pytest

from summarizer.digest.barefigures import _bare, _meets
from tests.test_align_disputes import _articles
from tests.test_within49 import _disputes, _has, _show

# -- "the correct figure was <n>" --------------------------------------------------------------------------

_SPENT = "Marrow County's mayor, Edda Vrell, claimed $52,400 in expenses over three years, according to the county auditor. "


def test_the_correct_figure_of_another_side_is_a_dispute():
    got = _disputes(_SPENT + "Vrell's office said the correct figure was $38,000 and that every claim was approved. ")
    assert _has(got, "$52,400", "$38,000"), _show(got)


def test_the_correct_figure_that_agrees_is_no_dispute():
    got = _disputes(_SPENT + "Vrell's office said the correct figure was $52,400 and that every claim was approved. ")
    assert not _has(got, "$52,400", "correct figure"), _show(got)


# -- a bare figure against the figure just told ------------------------------------------------------------

_UPGRADE = ("Mayor Ada Brill charged the town $3,400 for upgrading her rooms at a Tollmere hotel, according to "
            "invoices obtained by the Harrow Post. Brill said she would repay the cost. ")


def test_a_sum_through_a_pronoun_is_a_dispute():
    got = _disputes(_UPGRADE + "She said it came to $2,150. ")
    assert _has(got, "$3,400", "$2,150"), _show(got)


@pytest.mark.parametrize("answer", [
    "She said it came to $3,400. ",          # the same sum
    "She said it came to 12 percent. ",      # a figure of another kind
    "She said the rooms had 40 beds. ",      # a figure with a noun of its own
])
def test_a_sum_the_answer_meets_or_does_not_give_is_no_dispute(answer):
    got = _disputes(_UPGRADE + answer)
    assert not any("$3,400" in " ".join(s.quote for s in c.sides) for c in got), _show(got)


_RECEIPTS = "The auditor found 23 claims without a receipt. "


def test_fewer_than_a_bound_the_count_passes_is_a_dispute():
    got = _disputes(_RECEIPTS + "Mayor Tobin Garrow says there were fewer than ten. ")
    assert _has(got, "23 claims", "fewer than ten"), _show(got)


@pytest.mark.parametrize("answer", [
    "Mayor Tobin Garrow says there were fewer than 30. ",   # the bound meets 23
    "Mayor Tobin Garrow says there were more than 20. ",    # so does this one
    "Mayor Tobin Garrow says there were ten buses. ",       # a noun of its own
])
def test_a_bound_the_count_meets_is_no_dispute(answer):
    got = _disputes(_RECEIPTS + answer)
    assert not any("23 claims" in " ".join(s.quote for s in c.sides) for c in got), _show(got)


def test_a_number_put_at_a_dozen_after_about_forty_is_a_dispute():
    got = _disputes("About 40 homes had water in them, the town said. The water board put the number at about a dozen. ")
    assert _has(got, "About 40", "about a dozen"), _show(got)


def test_a_number_put_at_the_same_figure_is_no_dispute():
    got = _disputes("About 40 homes had water in them, the town said. The water board put the number at about 40. ")
    assert not _has(got, "About 40", "put the number"), _show(got)


def test_a_bare_figure_reads_its_value_kind_and_bound():
    assert _bare("Pettan says there were fewer than ten.") == (10.0, "count", "fewer than")
    assert _bare("He said it came to $2,150.") == (2150.0, "money", "")
    assert _bare("The board put the number at about a dozen.") == (12.0, "count", "")
    assert _bare("There were ten buses on the road.") is None
    assert _meets(8, 10, "fewer than") and not _meets(23, 10, "fewer than") and _meets(23, 20, "more than")


# -- "no <thing> had <done>" against a count of those who did ------------------------------------------

_LOST = "The head teacher, Dr. Orla Penhallow, said 31 pupils had lost college places as a result. " + (
    "The academy has 900 pupils. Its hall opened in 2004. Parents plan to meet on Tuesday. ")


def test_no_one_did_what_another_side_counts_is_a_dispute():
    got = _disputes(_LOST + "The exam board said no pupil at the academy had lost a college place because of its marking. ")
    assert _has(got, "31 pupils", "no pupil"), _show(got)


def test_no_one_doing_another_act_is_no_dispute():
    got = _disputes(_LOST + "The exam board said no pupil at the academy had appealed against its marking. ")
    assert not _has(got, "31 pupils", "no pupil"), _show(got)


# -- "heard no <thing>" against "the <things> ... <did>" --------------------------------------------

_HORNS = "The port authority says the horns on the harbour wall sounded at 6 a.m. "


def test_hearing_none_of_what_another_side_says_sounded_is_a_dispute():
    got = _disputes(_HORNS + "Several fishermen on Quay Row told us they heard no horn. ")
    assert _has(got, "horns on the harbour", "heard no horn"), _show(got)


@pytest.mark.parametrize("body", [
    _HORNS + "Several fishermen on Quay Row told us they heard no whistle. ",            # another thing
    "The port authority says it will fit new horns on the harbour wall next year. "
    "Several fishermen on Quay Row told us they heard no horn. ",                          # no act of the horns told
])
def test_hearing_none_of_another_thing_is_no_dispute(body):
    got = _disputes(body)
    assert not _has(got, "harbour wall", "heard no"), _show(got)


# -- "The <body> denies this." ---------------------------------------------------------------------

def test_a_short_pointer_denial_is_a_claim_and_a_dispute_of_the_account_before():
    body = "The nurses' union says the clinic moved patients who had been referred for scans onto a separate list. The clinic denies this. "
    got = _disputes(body)
    assert _has(got, "separate list", "The clinic denies this."), _show(got)


@pytest.mark.parametrize("sentence", ["Management rejected it.", "He said that.", "The clinic agreed."])
def test_short_sentences_that_deny_nothing_stay_out(sentence):
    arts = _articles("Town report\n\nThe union proposed a four-day week for the clinic's porters. " + sentence + "\n")
    assert not any(c.text == sentence for c in arts[0].claims), [c.text for c in arts[0].claims]


# -- "Asked about the <record>, X said <gainsaying>" -------------------------------------------------

_ROSTERS = ("Four of the town's nine buses have stood idle on most days since March because there are not enough "
            "drivers, according to rosters seen by the Harrow Post. The depot opened in 1998. Its yard holds 30 buses. "
            "Fares rose in April. ")


def test_a_reply_asked_about_the_record_that_gainsays_it_is_a_dispute():
    got = _disputes(_ROSTERS + "Asked about the rosters, the operator's manager, Ilsa Brandt, said every bus had "
                               "run on at least five days a week since March. ")
    assert _has(got, "stood idle", "every bus"), _show(got)


@pytest.mark.parametrize("reply", [
    "Asked about the rosters, the operator's manager, Ilsa Brandt, said the company was hiring 12 drivers. ",   # adds
    "Asked about the rosters, the operator's manager, Ilsa Brandt, said she had not seen them. ",               # answers nothing
    "Asked about the timetable, the operator's manager, Ilsa Brandt, said no bus had run late. ",               # no source is it
])
def test_a_reply_that_adds_or_answers_nothing_is_no_dispute(reply):
    got = _disputes(_ROSTERS + reply)
    assert not _has(got, "stood idle", "Asked about"), _show(got)


# -- "was never above its <level>" against a figure above it -----------------------------------------

_LAKE = ("The lake behind Corran Weir was 0.8 meters above its safe operating level on Friday night, according to "
         "an email between the board's engineers. The weir opened in 1961. It holds 20 million cubic meters. "
         "Boats were moored at the jetty. ")


def test_never_above_against_a_figure_above_is_a_dispute():
    got = _disputes(_LAKE + "The board's chief executive, Mira Tulloch, said the lake was never above its safe level. ")
    assert _has(got, "0.8 meters above", "never above"), _show(got)


@pytest.mark.parametrize("denial", [
    "The board's chief executive, Mira Tulloch, said the lake was never below its safe level. ",     # the other side of it
    "The board's chief executive, Mira Tulloch, said the river was never above its banks. ",         # another subject, another level
])
def test_a_position_denied_of_another_thing_is_no_dispute(denial):
    got = _disputes(_LAKE + denial)
    assert not _has(got, "0.8 meters above", "was never"), _show(got)


def test_a_question_about_a_thing_the_source_only_mentions_is_no_dispute():
    body = ("Six of the nine members of the fares board backed the rise, according to two people familiar with the "
            "meeting. The depot opened in 1998. Asked about the next meeting, the board's chair, Ilsa Brandt, said "
            "that no decision had been made on further rises. ")
    got = _disputes(body)
    assert not _has(got, "Six of the nine", "Asked about"), _show(got)
