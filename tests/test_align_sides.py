"""Version conflicts that are not another account (issue 15, session 3): a day that dates a
statement, a quip sharing two words with a negated one, the same dispute told twice.

Fast: claims from the code-only rules baseline or the bundled path's code (no model); invented texts, no seed words.
"""

from __future__ import annotations

from summarizer.digest.build import build_sections
from summarizer.digest.classify import side_of
from summarizer.digest.pairs import event_days
from tests.test_align import run
from tests.test_align_disputes import _articles


def test_a_day_that_dates_a_statement_is_not_the_events_day():
    assert not event_days("The inspector disputed on Friday a report that said the mayor had lied.")
    assert not event_days("The Gazette's Thursday night report claimed that the mayor had lied.")
    assert not event_days("Ortiz wrote late Monday that the plan was dead.")
    assert {d for d, _ in event_days("The council voted Wednesday to close the harbour.")} == {"wednesday"}


def test_a_negation_sharing_two_words_and_no_name_is_no_conflict_but_one_about_a_name_is():
    quip = _articles(
        "Budget\n\nThe Democrats met in the old hall on Monday morning. The Democrats tax and spend. "
        "The Democrats chose a new leader last spring.\n",
        "Budget\n\nThe party met in the old hall on Monday morning. One party won't tax and will spend. "
        "The party chose a new leader last spring.\n")
    al, _, _ = build_sections(quip)
    assert not [c for c in al.conflicts if c.kind == "assertion"]
    arts, al = run(
        "Mayor to resign\n\nThe mayor of Brackton will resign at the end of the month, said Ann Hart, a council member.\n",
        "Mayor stays\n\nThe mayor of Brackton will not resign at the end of the month, said Peter Lowe, her spokesman.\n",
    )
    assert len([c for c in al.conflicts if c.kind == "assertion"]) == 1


def test_whoever_speaks_for_a_person_is_that_persons_side():
    assert side_of("Moore's campaign") == side_of("Mr. Moore") == "moore"
    assert side_of("Senator Ann Hart’s office") == "hart"
    assert side_of("the Harbour Gazette") == "gazette"
    assert side_of("Peter Lowe") != side_of("Lowe's rival Ann Hart")


def test_the_same_dispute_told_by_a_person_and_by_the_campaign_is_one_conflict():
    report = ("The Harbour Gazette reported that Governor Lisa Monte met the developer Tom Reyes in Norfolk "
              "in 2008 and took a payment from him.")
    arts, al = run(
        "Report\n\n" + report + "\n\nGovernor Lisa Monte told the Harbour Gazette that the report about Tom "
        "Reyes was false.\n",
        "Denial\n\nLisa Monte's campaign said the Harbour Gazette report about Tom Reyes and the payment was "
        "false and a smear.\n",
    )
    refuted = [c for c in al.conflicts if c.kind == "assertion" and "false" in c.reason]
    assert len(refuted) == 1


def test_a_third_outlet_quoting_part_of_the_statement_joins_the_one_agreement():
    first = '"We built this harbor with our own hands," Mayor Ida Renn said. '
    rest = '"The ships will come back to Dunmore next spring." "Nobody here wants the terminal sold to a foreign fund."'
    arts = _articles("Port\n\n" + first + rest + "\n", "Harbor\n\nThe council met on Monday. " + first + rest + "\n",
                     "Dock\n\nThe vote is set for May. " + first + "The dock workers cheered.\n")
    al, _, _ = build_sections(arts)
    quoting = [a for a in al.agreements if any("harbor with our own hands" in q for q in a.quotes)]
    assert len(quoting) == 1, [a.quotes for a in al.agreements]
    assert set(quoting[0].articles) == {"a1", "a2", "a3"}
    assert any("Nobody here wants" in q for q in quoting[0].quotes)  # the rest of the passage, in the same one
