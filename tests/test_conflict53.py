"""conflict53 (issue 15): cross-article conflicts the digest missed and false ones it gave, with near misses.
Invented sentences throughout (made-up towns, bodies, people, figures).

* A report's due date told by two articles (digest/deadlines.py): "said it would inspect the plant and report by
  June 2" / "his report will be published by June 16"; two dates of two different acts (an inspection, a report)
  are not one. A date written day first ("by 3 October") is read.
* A negated thing whose owner another sentence names (digest/possessor.py): "They pay $18,700, and their tuition
  is not frozen." denies nothing of "The board voted to freeze tuition for local undergraduates"; a claim naming
  the owner, or whose pronoun is the speaker, keeps its denial.
* One thing's peak told with two values (digest/peaks.py): "Gusts reached 40 mph" / "gusts of up to 65 mph";
  an upper bound and a reading within it (no peak word), a forecast's bound, two measured things are not.
* How long one decision runs (digest/lengths.py): "The ban covers one year" / "The ban covers the next two
  years"; "one year" / "12 months" is one length; two things (the ban / the contract) are not compared.
* An agreement read only in a described subject (digest/describedonly.py): "<Name>, 29, whose record ... sold ...,
  parted ways with her agent" / "<Full name>, the singer behind the hit record ..., has filed a lawsuit": the
  predicates share nothing; a shared predicate, or a claim with no description, keeps the agreement.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.deadlines import deadline_of
from summarizer.digest.describedonly import description_only
from summarizer.digest.lengths import length_of
from summarizer.digest.peaks import peak_of
from summarizer.digest.possessor import owner_elsewhere
from tests.test_align_disputes import _articles
from tests.test_conflict52 import _FILL, _feature, _told


def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n"))
    return al


# -- a report's due date ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second, v1, v2", [
    ("The state mining regulator said it would inspect the Dorvel plant and report by June 2.",
     "Chief inspector Tamsin Okoro says her report will be published by June 16.", "June 2", "June 16"),
    ("The county's bridge safety office said it would review the closure and report by Oct. 3.",
     "The county bridge safety engineer, Pavel Imrie, said his review would be finished by Oct. 17.",
     "Oct. 3", "Oct. 17"),
])
def test_report_due_date_on_two_dates_conflicts(first, second, v1, v2):
    assert _told(_alignment(first, second), v1, v2)


@pytest.mark.parametrize("first, second, v1, v2", [
    # two different acts: an inspection's date and a report's date
    ("The state mining regulator said it would inspect the Dorvel plant by June 2.",
     "Chief inspector Tamsin Okoro says her report will be published by June 16.", "June 2", "June 16"),
    # the repairs' end and the report's date: two events
    ("The county said the repairs to the bridge would be finished by Oct. 3.",
     "The county bridge safety engineer, Pavel Imrie, said his review would be published by Oct. 17.",
     "Oct. 3", "Oct. 17"),
])
def test_two_due_dates_of_two_acts_do_not_conflict(first, second, v1, v2):
    assert not _told(_alignment(first, second), v1, v2)


def test_due_report_reads_the_date():
    d = deadline_of(_feature("The state mining regulator said it would inspect the Dorvel plant and report by June 2."))
    assert d is not None and d[0] == "jun 2"
    assert deadline_of(_feature("The state mining regulator said it inspected the Dorvel plant by June 2.")) is None


def test_day_first_date_is_read():
    d = deadline_of(_feature("Tenants have until 3 October to ask the council for a rent review, the council said."))
    assert d is not None and d[0] == "oct 3"
    assert deadline_of(_feature("Tenants met on 3 Marine Drive to ask the council for a rent review.")) is None


# -- a negated thing whose owner another sentence names -------------------------------------------------------

def test_their_thing_not_frozen_is_no_denial_of_the_freeze():
    al = _alignment("The Corlan College board of governors voted 9-2 on Tuesday to freeze tuition for local "
                    "undergraduates at $6,120 for the next year, the college said.",
                    "They pay $18,700, and their tuition is not frozen.")
    assert not [c for c in al.conflicts if "negates" in c.reason]


def test_owner_elsewhere_reads_the_opening_pronoun():
    assert owner_elsewhere(_feature("They pay $18,700, and their fees are not frozen."))
    assert owner_elsewhere(_feature("It closed on Monday, and its plant was not damaged."))
    # near misses: the owner is named in the claim, or no pronoun opens it
    assert not owner_elsewhere(_feature("The Dalmoor clinic said its records were not taken."))
    assert not owner_elsewhere(_feature("Their fees are not frozen, the Corlan college board said."))
    assert not owner_elsewhere(_feature("They said the fees were not frozen."))
    assert not owner_elsewhere(_feature("They said their sprinkler system was not working."))


@pytest.mark.parametrize("second", ["The Dalmoor clinic said its sprinkler system was not working.",
                                    "The Dalmoor clinic reopened on Monday. It said its sprinkler system was not working."])
def test_named_or_speaking_owner_keeps_the_denial(second):
    al = _alignment("The sprinkler system at the Dalmoor clinic was working when the fire started, the fire chief said.",
                    second)
    assert [c for c in al.conflicts if "negates" in c.reason or "denies" in c.reason]


# -- one thing's peak ---------------------------------------------------------------------------------------------

def test_two_peaks_of_one_thing_conflict():
    al = _alignment("Gusts reached 40 mph at the quay on Monday evening, according to the weather office.",
                    "Tolvane Cargo said gusts of up to 65 mph struck the gantry.")
    assert _told(al, "40", "65")


@pytest.mark.parametrize("first, second", [
    # a reading with no peak word: within the other's bound
    ("Winds of 40 mph blew across the quay on Monday evening, the weather office said.",
     "Tolvane Cargo said gusts of up to 65 mph struck the gantry."),
    # a forecast's bound and a reading
    ("Gusts reached 40 mph at the quay on Monday evening, according to the weather office.",
     "Forecasters warned that gusts could reach up to 65 mph at the quay."),
    # two measured things
    ("Waves reached 4 meters at the quay on Monday evening, the harbour office said.",
     "Tolvane Cargo said gusts of up to 65 mph struck the gantry."),
])
def test_bound_and_reading_do_not_conflict(first, second):
    assert not _told(_alignment(first, second), "40" if "40" in first else "4 ", "65")


def test_peak_of_reads_noun_and_value():
    p = peak_of(_feature("Tolvane Cargo said gusts of up to 65 mph struck the gantry."))
    assert p is not None and p[2] == 65
    assert peak_of(_feature("The speed limit on the bridge is up to 65 mph, the county said.")) is None


# -- how long one decision runs -----------------------------------------------------------------------------------

def test_two_lengths_of_one_ban_conflict():
    al = _alignment("The ban covers one year, the Corlan council said in a statement.",
                    "The ban covers the next two years, the council's leader, Idris Fenwold, says.")
    assert _told(al, "one year", "two years")


@pytest.mark.parametrize("first, second", [
    ("The ban covers one year, the Corlan council said in a statement.",
     "The ban covers 12 months, the council's leader, Idris Fenwold, says."),
    ("The ban covers one year, the Corlan council said in a statement.",
     "The contract covers the next two years, the council's leader, Idris Fenwold, says."),
])
def test_one_length_or_two_things_do_not_conflict(first, second):
    assert not [c for c in _alignment(first, second).conflicts if "year" in c.reason or "month" in c.reason]


def test_length_of_reads_months():
    assert length_of(_feature("The ban covers the next two academic years, the leader says."))[1] == 24
    assert length_of(_feature("Over the last two years the ban grew.")) is None


# -- an agreement read only in a described subject ----------------------------------------------------------------


def test_described_subject_alone_is_no_agreement():
    first = ('Tarvell, 29, whose record "Copper Lanterns" sold more than three million copies, '
             'parted ways with her agent in May.')
    second = ('Nadia Tarvell, the singer behind the hit record "Copper Lanterns", has filed a lawsuit '
              'accusing her former label of keeping millions in royalties.')
    assert description_only(_feature(first), _feature(second))


def test_described_subject_with_a_shared_predicate_keeps_agreeing():
    first = ('Tarvell, 29, whose record "Copper Lanterns" sold more than three million copies, '
             'has filed a lawsuit against her former label.')
    second = ('Nadia Tarvell, the singer behind the hit record "Copper Lanterns", has filed a lawsuit '
              'accusing her former label of keeping millions in royalties.')
    assert not description_only(_feature(first), _feature(second))
    # no description cut in one claim: untouched
    assert not description_only(_feature("Nadia Tarvell parted ways with her agent in May."), _feature(second))


# -- near misses the brief names: a count and its part, two places -------------------------------------------------

def test_count_and_a_wider_areas_count_do_not_conflict():
    al = _alignment("Health officials in Marlow Bend told about 52,000 households on Monday to boil their water.",
                    "The boil-water notice covers more than 90,000 households in the town and the villages of "
                    "Eskby and Thornlow, the county said.")
    assert not _told(al, "52,000", "90,000")


def test_two_peaks_at_two_places_do_not_conflict():
    al = _alignment("Gusts reached 40 mph at the quay in Varnley on Monday evening, according to the weather office.",
                    "Gusts of up to 65 mph were recorded on Harl Ridge, the mountain rescue team said.")
    assert not _told(al, "40", "65")
