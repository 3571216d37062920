"""conflict50 (issue 15): clock times and days of one act across articles. Invented sentences
throughout (made-up towns, vessels, bodies and numbers); near misses beside each rule.

* One act at two clock times that share no blocking key (digest/clockevents.py): "... when it hit
  the pier at about 6:50 a.m., the operator said" / "She said the boat hit the pier at about 7:30."
* A finding and its day (digest/starttimes.py, `_FOUND`): "The bacteria were detected in routine
  tests on Monday" / "The bacteria turned up in tests taken early on Wednesday".
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.clockevents import clock_acts
from tests.test_align_disputes import _articles

_FILL = ("The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "
         "A meeting is planned for the weekend. The board has opened a review. ")


def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n"))
    return al


def _when(al) -> list:
    return [c.reason for c in al.conflicts if c.kind == "assertion" and "when" in c.topic.lower()]


# -- one act at two clock times ----------------------------------------------------------------------

_BOAT_A = ("The Tarrow Lines boat Elsie Crane was coming in from Dunmarsh with 140 passengers when it hit the pier "
           "at about 6:50 a.m., the operator said.")


def test_one_act_at_two_clock_times_conflicts_without_a_shared_long_word():
    got = _when(_alignment(_BOAT_A, "A passenger, Mara Quill, was on deck. She said the boat hit the pier at about 7:30."))
    assert len(got) == 1 and "6:50" in got[0] and "7:30" in got[0]


def test_one_act_at_two_clock_times_with_am_on_both_sides_conflicts():
    got = _when(_alignment("The lorry struck the barrier at 4:10 a.m., police in Fenwick said.",
                           "Witnesses said it struck the barrier shortly after 5 a.m."))
    assert len(got) == 1


@pytest.mark.parametrize("first, second", [
    # the same time told loosely ("about 6:50" / "just before 7")
    (_BOAT_A, "She said the boat hit the pier just before 7 a.m."),
    # another act before the time
    (_BOAT_A, "She said the boat left the harbour at about 7:30."),
    # another subject: two vehicles no article names together
    ("The bus hit the wall at about 9:10 a.m., the council in Orwick said.",
     "The van hit the wall at about 11:40 a.m., witnesses in Orwick said."),
    # two days
    ("The boat hit the pier at about 6:50 a.m. on Monday, the operator said.",
     "She said the boat hit the pier at about 7:30 on Tuesday."),
    # another occasion
    (_BOAT_A, "She said the boat hit the pier again at about 7:30."),
    # a plan, not an act; a denial
    ("The boat will dock at the pier at 6:50 a.m., the operator said.", "She said the boat docked at the pier at about 7:30."),
    ("The ferry did not reach the pier at 6:50 a.m., the operator said.", "She said the ferry reached the pier at about 7:30."),
    # the time of a saying
    ("The operator said at 9 a.m. that the pier was closed.", "The harbour master said at 11 a.m. that the pier was closed."),
    # a number that is no clock time ("3:16" after a name; a score)
    ("The pastor read John 3:16 to the crowd at the pier.", "The pastor read John 5:30 to the crowd at the pier."),
])
def test_two_clock_times_of_other_acts_or_days_do_not_conflict(first, second):
    assert not _when(_alignment(first, second))


def _claim_features(text: str):
    return SimpleNamespace(claim=SimpleNamespace(text=text))  # clock_acts reads the claim's text only


@pytest.mark.parametrize("text, readings", [
    ("She said the boat hit the pier at about 7:30.", 2),   # no a.m./p.m.: both halves of the day
    ("The boat hit the pier at 7:30 p.m.", 1),
    ("The boat hit the pier at 7 p.m.", 1),
    ("The boat hit the pier at 7.", 0),                     # an hour alone is no clock time
    ("The boat hit the pier at 17:30.", 0),                 # a 24-hour time is not read
])
def test_clock_readings(text, readings):
    acts = clock_acts(_claim_features(text))
    assert sum(len(a[2]) for a in acts) == readings


# -- a finding and its day ---------------------------------------------------------------------------

def test_one_finding_on_two_days_conflicts():
    got = _when(_alignment("The bacteria were detected in routine tests on Monday, the Brackwater utility said.",
                           "The bacteria turned up in tests taken early on Wednesday, according to the county laboratory."))
    assert len(got) == 1 and "Monday" in got[0] and "Wednesday" in got[0]


@pytest.mark.parametrize("first, second", [
    # two things found
    ("The bacteria were detected in routine tests on Monday, the Brackwater utility said.",
     "The lead turned up in tests taken early on Wednesday, according to the county laboratory."),
    # another finding: a second well
    ("The bacteria were detected in routine tests on Monday, the Brackwater utility said.",
     "The bacteria were found in a second well on Wednesday, according to the county laboratory."),
    # a name between the finding and its day: another place
    ("The bacteria were detected in Brackwater on Monday, the utility said.",
     "The bacteria were found in Osterby on Wednesday, according to the county laboratory."),
    # the same day
    ("The bacteria were detected in routine tests on Monday, the Brackwater utility said.",
     "The bacteria turned up in tests taken early on Monday, according to the county laboratory."),
    # a finding against another act
    ("The bacteria were detected in routine tests on Monday, the Brackwater utility said.",
     "The samples were taken on Wednesday, according to the county laboratory."),
])
def test_a_finding_against_another_finding_or_act_does_not_conflict(first, second):
    assert not _when(_alignment(first, second))


# -- a forecast's year on the timeline -----------------------------------------------------------------

@pytest.mark.parametrize("text, when, dropped", [
    ("Economists at the Varden bank predict faster wage growth in 2031.", "2031", True),
    ("The agency expects the ferry fleet to double by 2040, its director said.", "2040", True),
    ("Ticket sales will reach two million by 2035, the club said.", "2035", True),
    # near misses: the year of the forecast itself; a scheduled event; a past act; another clause
    ("The Varden bank predicted in 2019 that job growth would slow.", "2019", False),
    ("In 2019, economists at the Varden bank predicted slower growth.", "2019", False),
    ("The council will vote on the plan in 2030.", "2030", False),
    ("The mill closed in 2019, two years after it was expected to.", "2019", False),
    ("The mill, which was expected to close, shut in 2019.", "2019", False),
])
def test_a_forecasts_target_year_is_no_timeline_date(text, when, dropped):
    from summarizer.digest.forecastyear import forecast_year
    assert forecast_year(text, when) is dropped


def test_a_forecast_is_left_off_the_timeline_and_an_outcome_kept():
    from summarizer.digest.tables import timeline
    from types import SimpleNamespace as N

    def claim(i, text, when):
        return N(id=f"c{i}", text=text, when=when, kind="event", attributed_to="article",
                 evidence=N(quote=text, start=i * 100, end=i * 100 + len(text)))
    art = N(id="a1", published=None)
    rows = timeline([(art, claim(1, "Economists at the Varden bank predict faster wage growth in 2031.", "2031")),
                     (art, claim(2, "The Varden mill closed in 2019.", "2019"))])
    assert [r.date for r in rows] == ["2019"]


# -- another person's act in an opening time clause ------------------------------------------------------

def _pair(first: str, second: str):
    from summarizer.digest.pairs import features
    arts = _articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n")
    feats = features([(a, c) for a in arts for c in a.claims])
    return next(f for f in feats if f.claim.text.startswith(first[:20])), next(f for f in feats if f.claim.text.startswith(second[:20]))


_TITLE_A = "The morning after Orlov made the remarks, the GDU front-runner appeared on a Dunmore radio show."
_TITLE_B = "The GDU front-runner has made many harsh remarks about farmers, including calling them lazy."


def test_a_shared_title_and_another_persons_act_in_a_time_clause_is_no_agreement():
    from summarizer.digest.openingact import opening_act_only
    assert opening_act_only(*_pair(_TITLE_A, _TITLE_B))
    al = _alignment(_TITLE_A, _TITLE_B)
    assert not [a for a in al.agreements if any("Orlov" in q for q in a.quotes)]


@pytest.mark.parametrize("first, second", [
    # the opening clause's act is told by the other claim too, of the same subject
    ("After the council voted 5-2 to close the dam, Marr called for a review.", "The council voted 5-2 to close the dam."),
    ("After Orlov made the remarks, the GDU front-runner appeared on a Dunmore radio show.",
     "Orlov made the remarks at a rally in Dunmore."),
    # the shared words stand in the main clause
    ("The morning after Orlov spoke, the GDU front-runner made harsh remarks about farmers.", _TITLE_B),
    # a condition, not a time clause
    ("If Orlov made the remarks, the GDU front-runner must answer for them.", _TITLE_B),
])
def test_an_opening_act_the_other_claim_tells_or_a_main_clause_keeps_the_pair(first, second):
    from summarizer.digest.openingact import opening_act_only
    assert not opening_act_only(*_pair(first, second))
