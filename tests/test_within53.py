"""within53 (issue 15): disputes inside one article told in two sentences, and counts of one
source's members against the whole (digest/continued.py, digest/membercounts.py). Invented articles
throughout (made-up names, towns, bodies); near misses beside each rule: two sources who merely add
to each other are no conflict, a reply to something else is none either, and a sentence of the same
speaker that gainsays nothing carries no rebuttal on.
"""

from __future__ import annotations

import pytest

from tests.test_within49 import _disputes, _has, _show

# -- a rebuttal told in two sentences -----------------------------------------------------------------------

_ALARM = ("Gantry drivers said the warning bell had rung ten minutes before the fall and that a foreman told them "
          "to keep working. Terminal manager Petra Lindqvale rejected that account. ")


def test_the_sentence_after_a_rejection_is_a_side_of_it():
    got = _disputes(_ALARM + "She said nobody was told to ignore the bell and that loading stopped at once. ")
    assert _has(got, "warning bell", "nobody was told"), _show(got)


@pytest.mark.parametrize("after, mark", [
    ("She said the company was cooperating with the county's inspectors. ", "cooperating"),  # gainsays nothing
    ("She said she had not seen the drivers' statement. ", "drivers' statement"),            # answers nothing
    ("The county said nobody was told to stop the inspection. ", "stop the inspection"),      # another speaker
])
def test_a_sentence_after_a_rejection_that_does_not_carry_it_on_is_no_side(after, mark):
    got = _disputes(_ALARM + after)
    assert _has(got, "warning bell", "rejected that account"), _show(got)  # the rejection itself stays
    assert not _has(got, "warning bell", mark), _show(got)


_POSTS = ("The staff union's president, Ilse Harwend, says the college will leave 30 lecturing posts empty to pay for "
          "the new library. The college denies this. ")


def test_a_short_denial_before_the_speakers_words_is_a_side_too():
    got = _disputes(_POSTS + "It says no lecturing post will be cut or left empty. ")
    assert _has(got, "30 lecturing posts", "The college denies this"), _show(got)
    assert _has(got, "30 lecturing posts", "no lecturing post"), _show(got)


def test_a_rejection_in_two_sentences_is_one_conflict():
    got = _disputes(_ALARM + "She said nobody was told to ignore the bell and that loading stopped at once. ")
    rows = [c for c in got if "warning bell" in " ".join(s.quote for s in c.sides)]
    assert len(rows) == 1, _show(got)


# -- a record disputed, then the speaker's words --------------------------------------------------------------

_LOG = ("Twelve buses were taken off the Orlen routes during the storm, according to a depot log obtained by the "
        "Varrow Gazette. The council's transport director, Osric Pellam, disputed the log. ")


def test_a_record_disputed_and_the_words_after_are_one_dispute():
    got = _disputes(_LOG + "He said no bus was taken off any route and that every service ran. ")
    assert _has(got, "Twelve buses", "no bus was taken off"), _show(got)


@pytest.mark.parametrize("body", [
    # the disputed thing is no earlier claim's source
    ("Twelve buses were taken off the Orlen routes during the storm, the depot's drivers said. The council's "
     "transport director, Osric Pellam, disputed the forecast. He said no bus was taken off any route. "),
    # the words after gainsay nothing
    _LOG + "He said the council would publish its own figures next week. ",
])
def test_a_dispute_of_something_else_or_words_that_add_are_no_dispute(body):
    got = _disputes(body)
    assert not _has(got, "Twelve buses", "He said"), _show(got)


# -- a part past the whole ---------------------------------------------------------------------------------------

_FALL = "A loading ramp collapsed at the Orvane depot on Monday, injuring three warehouse workers, the depot's owner said. "


def test_more_of_a_bodys_own_people_than_the_whole_is_a_dispute():
    got = _disputes(_FALL + "The Orvane Warehouse Workers' Guild said five of its members were hurt, two of them seriously. ")
    assert _has(got, "three warehouse workers", "five of its members"), _show(got)


@pytest.mark.parametrize("after, mark", [
    ("The Orvane Warehouse Workers' Guild said two of its members were hurt. ", "two of its members"),        # a part
    ("The Orvane Warehouse Workers' Guild said five of its members were questioned. ", "five of its members"),  # another act
    ("The Drivers' Guild said five of its members were hurt. ", "five of its members"),                 # another kind
])
def test_a_part_the_whole_holds_or_another_act_or_kind_is_no_dispute(after, mark):
    got = _disputes(_FALL + after)
    assert not _has(got, "three warehouse workers", mark), _show(got)


# -- one thing out of service for two lengths of time -----------------------------------------------------------

_DOWN = "The Brellin clinic said its booking system was down for 14 hours on Tuesday after a power cut. "


def test_one_thing_out_for_two_lengths_is_a_dispute():
    got = _disputes(_DOWN + "The patients' group said the system was out for about 30 hours. ")
    assert _has(got, "down for 14 hours", "out for about 30 hours"), _show(got)


@pytest.mark.parametrize("after, mark", [
    ("The patients' group said the pharmacy was closed for 30 hours. ", "pharmacy was closed"),   # another thing
    ("The patients' group said the system was out for more than 10 hours. ", "more than 10"),   # a bound it meets
    ("The patients' group said the system was out for 14 hours. ", "out for 14 hours"),         # the same length
])
def test_another_thing_or_a_length_that_agrees_is_no_dispute(after, mark):
    got = _disputes(_DOWN + after)
    assert not _has(got, "down for 14 hours", mark), _show(got)


# -- an act denied by the one said to have made it ----------------------------------------------------------------

_PLEDGE = ("The college's principal told staff that the county had promised $2 million toward the new wing, according "
           "to notes of the meeting seen by the Tarrow Bugle. The wing will have 12 classrooms. ")


def test_the_actor_denying_the_act_is_a_dispute():
    got = _disputes(_PLEDGE + "The county's education office said on Friday that no promise of money had been made to the college. ")
    assert _has(got, "had promised $2 million", "no promise of money"), _show(got)


@pytest.mark.parametrize("after", [
    # the one who denies is not the one said to have promised
    "The regional trust said on Friday that no promise of money had been made to the college. ",
    # another act
    "The county's education office said on Friday that no decision had been made on the wing. ",
])
def test_a_denial_by_another_or_of_another_act_is_no_dispute(after):
    got = _disputes(_PLEDGE + after)
    assert not _has(got, "had promised $2 million", "had been made"), _show(got)


# -- an act not done since a date, told done later -----------------------------------------------------------------

_SINCE = ("The footbridge over the Orlen had not had a full safety inspection since May 2021, according to council "
          "records seen by the Varrow Gazette. The bridge carries 3,000 people a day. ")


def test_an_act_told_done_after_the_date_it_was_not_done_since_is_a_dispute():
    got = _disputes(_SINCE + "In a statement, the contractor Pellam Works said the footbridge had been inspected in February. ")
    assert _has(got, "since May 2021", "inspected in February"), _show(got)


@pytest.mark.parametrize("after, mark", [
    ("In a statement, the contractor Pellam Works said the footbridge had been inspected in March 2021. ", "March 2021"),  # before
    ("In a statement, the contractor Pellam Works said the footbridge had been painted in February. ", "painted"),      # another act
    ("In a statement, the contractor Pellam Works said the ferry had been inspected in February. ", "ferry"),          # another thing
])
def test_an_act_before_the_date_or_another_act_or_thing_is_no_dispute(after, mark):
    got = _disputes(_SINCE + after)
    assert not _has(got, "since May 2021", mark), _show(got)


def test_the_same_speaker_gainsaying_another_matter_is_no_side():
    body = ("Mira Delacourt, a county safety inspector, told the jury she had written to the firm about the ladder in May. "
            "The firm's lawyer, Anton Vessel, disputed that, saying the letter had gone to an address the firm left in 2022. "
            "Vessel said on Thursday that no decision had been taken on an appeal. ")
    got = _disputes(body)
    assert _has(got, "written to the firm", "disputed that"), _show(got)  # the rebuttal itself stays
    assert not _has(got, "written to the firm", "no decision"), _show(got)
