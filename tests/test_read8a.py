"""Errors found by reading the code path's claims on eight BASIL articles in no gold set (session
7, read8a: a job-offer inquiry, the reading of a constitution, gun proposals, a party leadership
race): each test is a sentence written for the test, of the shape that went wrong, and what the
fix must leave alone."""

from __future__ import annotations

from summarizer.attribution.name_kinds import classify
from tests.test_read7a import _LEAD, _claim


# --- attribution: who speaks -------------------------------------------------------------------

def test_a_person_of_an_institute_is_who_he_refers_to():
    # "he said" after "Roger Pilon of the Cato Institute said ..." went to the historian before him
    text = _LEAD + ("Historian John Brink of Acme University told the paper the bridge may be a bit of theater.\n\n"
                    "But Jane Roe of the Lakeside Institute said the city needs to rebuild the bridge.\n\n"
                    "\u201cToday the city wastes our money,\u201d he said.")
    assert _claim(text, "\u201cToday").attributed_to == "Jane Roe of the Lakeside Institute"
    assert classify("Jane Roe of the Lakeside Institute") == "person"
    # institutions and places with "of" stay what they were
    assert classify("Bank of America") == "org"
    assert classify("University of Texas") == "org"
    assert classify("Friends of the Earth") != "person"
