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
