"""digest36: conflicts the digest missed between outlets (issue 15). Invented articles only
(names, places, topics and days changed); each positive case failed before its fix, the
"apart" cases are near misses that must stay no conflict."""

from __future__ import annotations

from summarizer.digest.build import build_sections
from summarizer.digest.eventday import dated_phrases, told_days
from tests.test_align_disputes import FILLER, _articles

LEDE_A = ("In a bruising three-hour session, Councillor Mara Quill lost no time Wednesday pressing the harbour inquiry "
          "board over the cost of dredging the east channel, and the chair answered every charge with a ledger.")
MORE_A = ("The crowd at the town hall Wednesday night was the largest in years for a harbour inquiry "
          "hearing, ushers said.")
DATED_B = ("The harbour inquiry hearing on Monday was meant to clear the air between the board and Councillor "
           "Mara Quill after a damaging audit of its accounts last month.")
MORE_B = "Councillor Mara Quill asked the chair to publish the dredging contracts in full."


def _day_conflicts(arts):
    al, _, _ = build_sections(arts)
    return [c for c in al.conflicts if "(when)" in c.topic or "when" in c.reason.lower()
            or any(d in c.reason for d in ("Monday", "Wednesday", "Tuesday"))]


def test_told_days_leave_out_another_weeks_day():
    assert told_days("The vote on Friday came a year ago Thursday, before next Monday's recount.") == {"friday"}


def test_a_noun_phrase_dated_to_a_day_is_read():
    assert (("harbour", "inquiry", "hearing"), "monday") in dated_phrases(DATED_B)
    assert (("harbour", "inquiry", "hearing"), "monday") in dated_phrases("Monday's harbour inquiry hearing ran late.")
    assert not dated_phrases("Next Monday's harbour inquiry hearing will run late.")


def test_one_event_on_two_weekdays_in_two_articles_conflicts():
    arts = _articles("Harbour\n\n" + FILLER + LEDE_A + " " + MORE_A + "\n" + FILLER,
                     "Harbour\n\n" + FILLER + DATED_B + " " + MORE_B + "\n" + FILLER)
    found = [c for c in _day_conflicts(arts)
             if any("meant to clear the air" in s.quote for s in c.sides)
             and any("bruising three-hour session" in s.quote for s in c.sides)]
    assert found, [(c.topic, c.reason) for c in build_sections(arts)[0].conflicts]
    c = found[0]
    assert {s.ref.article for s in c.sides} == {arts[0].id, arts[1].id}
    assert "Monday" in c.reason and "Wednesday" in c.reason
    assert "hearing" in c.topic
    # two days told, nothing denied: a "no" elsewhere in the lede is no denial of the other's day
    al = build_sections(arts)[0]
    versions = [v for e in al.events for v in e.versions if "bruising three-hour session" in v.quote]
    assert versions and all(v.stance == "asserts" for v in versions), [v.stance for v in versions]


def test_apart_two_events_on_two_days_do_not_conflict():
    # the other article tells a vote on its day and names the hearing as an earlier event
    vote = ("The harbour board voted Wednesday to close the east channel, two days after the harbour inquiry "
            "hearing had heard from the dredging firm.")
    arts = _articles("Harbour\n\n" + FILLER + vote + " " + MORE_B + "\n" + FILLER,
                     "Harbour\n\n" + FILLER + DATED_B + "\n" + FILLER)
    assert not [c for c in _day_conflicts(arts) if any("meant to clear the air" in s.quote for s in c.sides)]


def test_apart_an_article_naming_both_days_does_not_conflict():
    both = ("After the harbour inquiry hearing on Monday, the board met again Wednesday night and voted to close "
            "the east channel.")
    arts = _articles("Harbour\n\n" + FILLER + LEDE_A + " " + both + "\n" + FILLER,
                     "Harbour\n\n" + FILLER + DATED_B + "\n" + FILLER)
    assert not [c for c in _day_conflicts(arts) if any("meant to clear the air" in s.quote for s in c.sides)]


def test_apart_next_weeks_event_is_not_the_dated_one():
    # "next Monday's hearing" in one article is another hearing than "the hearing Wednesday" in the other
    ahead = ("The board faces next Monday's harbour inquiry hearing with its accounts still unpublished, "
             "Councillor Mara Quill said.")
    arts = _articles("Harbour\n\n" + FILLER + LEDE_A + " " + MORE_A + "\n" + FILLER,
                     "Harbour\n\n" + FILLER + ahead + "\n" + FILLER)
    assert not _day_conflicts(arts), [(c.topic, c.reason) for c in _day_conflicts(arts)]


# --- one series counted twice: a shared baseline, synonym nouns, a value with no noun after it -------

from summarizer.digest.series import series_of  # noqa: E402
from tests.test_align_local import _feats  # noqa: E402

SERIES_A = ("Poaching arrests in the reserve have dropped steadily, to 4,100 during the last fiscal "
            "year, down from a high of 9,600 in the 1998 fiscal year, park records show.")
SERIES_B = ("There were roughly 5,800 apprehensions of poachers in the reserve last year, about three-fifths of "
            "the 9,600 apprehensions recorded in 1998.")


def _series_conflicts(a, b):
    arts = _articles("Reserve\n\n" + FILLER + a + "\n" + FILLER, "Reserve\n\n" + FILLER + b + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    return [c for c in al.conflicts if any(a[:30] in s.quote for s in c.sides) and any(b[:30] in s.quote for s in c.sides)]


def test_series_of_reads_the_baseline_and_the_recent_count():
    feats = _feats(_articles("Reserve\n\n" + SERIES_A + "\n"))
    s = next(series_of(f) for f in feats if "4,100" in f.claim.text)
    assert s[:4] == (9600.0, "1998", 4100.0, "arrests")


def test_one_series_counted_twice_with_synonym_nouns_conflicts():
    found = _series_conflicts(SERIES_A, SERIES_B)
    assert found and "4,100" in found[0].reason and "5,800" in found[0].reason, found


def test_apart_two_things_counted_against_one_baseline_do_not_conflict():
    # arrests and seized tusks share the 1998 figure's value by chance: two counted things
    other = ("There were roughly 5,800 tusks seized in the reserve last year, about three-fifths of the "
             "9,600 tusks seized in 1998.")
    assert not _series_conflicts(SERIES_A, other)


def test_apart_close_counts_of_one_series_do_not_conflict():
    assert not _series_conflicts(SERIES_A, SERIES_B.replace("roughly 5,800", "roughly 4,300"))


def test_apart_another_baseline_year_is_another_series():
    assert not _series_conflicts(SERIES_A, SERIES_B.replace("in 1998", "in 2004"))


def test_synonym_counts_of_one_crowd_conflict():
    a = "About 3,000 protesters marched through Velden on Saturday against the new toll, organisers said."
    b = "Some 12,000 demonstrators marched through Velden on Saturday against the new toll, police said."
    arts = _articles("Toll\n\n" + FILLER + a + "\n" + FILLER, "Toll\n\n" + FILLER + b + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert [c for c in al.conflicts if "3,000" in c.reason and "12,000" in c.reason], \
        [(c.topic, c.reason) for c in al.conflicts]
