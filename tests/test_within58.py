"""within58 (issue 15): disputes inside one article, part five (invented texts throughout; near misses beside each
rule).

* nobody hurt / someone taken to hospital; a credential held / its lapse; "<Name> had told the city" / "not from
  <Name>"; first learned of a thing on a day / warned on an earlier one; "<n> of them caught fire" / "<m> fires"; a figure relayed ("<Body> has told us <n> tonnes."); a blame / "the <thing> had worked as
  designed" (digest/withinrecords.py);
* one reader of a denied past occasion against a habit told in the present (digest/habits.habit_against_occasion),
  read by classify.py's negation branches (habit_only) and nounneg's phrase denials.
"""

from __future__ import annotations

import pytest

from summarizer.digest.habits import habit_against_occasion
from tests.test_within49 import _disputes, _has, _show

# -- nobody hurt / someone hurt -----------------------------------------------------------------------------------------

_REPORT = "The reports also describe a fire on May 9 in which a 52-year-old courier {} after his van caught fire on Lark Row. "
_DENIAL = "Brellan Vans has said no one was hurt. "


def test_someone_taken_to_hospital_answers_nobody_hurt():
    got = _disputes(_REPORT.format("was taken to hospital with burns to his arm") + _DENIAL)
    assert _has(got, "taken to hospital", "no one was hurt"), _show(got)


@pytest.mark.parametrize("told", [
    "was not taken to hospital and walked home",   # the hurt told negated
    "ran to a neighbour's house to call the brigade",  # no one told hurt
])
def test_nobody_hurt_near_misses(told):
    got = _disputes(_REPORT.format(told) + _DENIAL)
    assert not _has(got, "courier", "no one was hurt"), _show(got)


def test_nobody_hurt_and_hurt_told_by_one_side_is_no_dispute():
    got = _disputes("Brellan Vans said a courier was taken to hospital with burns on May 9. Brellan Vans has said no one "
                    "was hurt in the second fire. ")
    assert not _has(got, "taken to hospital", "no one was hurt"), _show(got)


# -- a credential held / its lapse ---------------------------------------------------------------------------------------

_HELD = '"All of our boilers are {} to the strictest national standard," the statement says. '
_LAPSE = ("The maker's {} under the Orlo gas standard lapsed in June, according to the standards office's public list, "
          "which the Gazette checked on Monday. ")


def test_a_lapsed_certificate_answers_certified():
    got = _disputes("Harth Heating said in a statement on Friday that it had replaced the valves. " + _HELD.format("certified")
                    + _LAPSE.format("certificate"))
    assert _has(got, "certified to the strictest", "certificate under the Orlo"), _show(got)


@pytest.mark.parametrize("held, lapsed", [
    ("insured", "certificate"),      # another root: no link
    ("not certified", "certificate"),  # the credential denied: both say the same
])
def test_credential_near_misses(held, lapsed):
    got = _disputes("Harth Heating said in a statement on Friday that it had replaced the valves. " + _HELD.format(held)
                    + _LAPSE.format(lapsed))
    assert not _has(got, "to the strictest", "under the Orlo"), _show(got)


# -- "<Name> had told" / "not from <Name>" ------------------------------------------------------------------------------

_TOLD = "The city's housing officer, Nell Ardo, said {} had told the city about every leak on the day it happened. "
_NOT_FROM = 'But a councilor, Piet Moll, said city staff had learned of the Cray Street leak "from a tenant\'s photo, not from {}". '


def test_not_from_the_teller_answers_the_teller():
    got = _disputes(_TOLD.format("Fenwick Homes") + _NOT_FROM.format("Fenwick"))
    assert _has(got, "had told the city", "not from Fenwick"), _show(got)


@pytest.mark.parametrize("teller, other", [
    ("Fenwick Homes", "Dalby"),       # another teller
    ("the landlord", "Fenwick"),      # the name never told anything
])
def test_not_from_near_misses(teller, other):
    got = _disputes(_TOLD.format(teller) + _NOT_FROM.format(other))
    assert not _has(got, "had told the city", "not from"), _show(got)


# -- first learned on a day / warned earlier ----------------------------------------------------------------------------

_WARNED = ('A council drainage engineer warned colleagues that the Pell Road pump was "failing every night" on {}, according '
           "to an internal email seen by the Echo. ")
_LEARNED = "The council's water department has said it first learned of the problem on Nov. 14, when a resident complained. "


def test_a_warning_before_the_first_known_day_disputes_it():
    got = _disputes(_WARNED.format("Oct. 30") + _LEARNED)
    assert _has(got, "failing every night", "first learned of the problem"), _show(got)


@pytest.mark.parametrize("day", ["Nov. 14", "Nov. 20", "Monday"])  # the same day, a later one, a weekday against a date
def test_warned_before_near_misses(day):
    got = _disputes(_WARNED.format(day) + _LEARNED)
    assert not _has(got, "failing every night", "first learned of the problem"), _show(got)


# -- acts counted as events -------------------------------------------------------------------------------------------

_PULLED = ("The hire firm Tamber Rides has taken 600 bikes off the streets of Ossley after {} of them caught fire in the "
           "past month, the firm said on Monday. ")
_ATTENDED = "The county fire service said it had attended {} involving Tamber bikes since June 2. "


def test_acts_counted_against_another_sides_events():
    got = _disputes(_PULLED.format("two") + _ATTENDED.format("six fires"))
    assert _has(got, "two of them caught fire", "six fires"), _show(got)


@pytest.mark.parametrize("n, told", [
    ("two", "two fires"),     # the same count
    ("two", "six calls"),     # another noun
])
def test_acts_counted_near_misses(n, told):
    got = _disputes(_PULLED.format(n) + _ATTENDED.format(told))
    assert not _has(got, "caught fire", "had attended"), _show(got)


# -- a figure relayed from another body -----------------------------------------------------------------------------------

_BRIEF = ("DANA REYES (duty officer, Coast Office): We estimate that about 9 tonnes of fuel oil reached the shore at Tolly "
          "Head. {} ")


def test_a_relayed_figure_disputes_the_speakers_own():
    got = _disputes(_BRIEF.format("Morrow Shipping has told us 3 tonnes."))
    assert _has(got, "about 9 tonnes", "told us 3 tonnes"), _show(got)


@pytest.mark.parametrize("told", [
    "Morrow Shipping has told us 9 tonnes.",   # the same figure
    "Morrow Shipping has told us 3 days.",     # another unit
])
def test_relayed_figure_near_misses(told):
    got = _disputes(_BRIEF.format(told))
    assert not _has(got, "about 9 tonnes", "Morrow Shipping has told us"), _show(got)


# -- a blame answered ---------------------------------------------------------------------------------------------------

_BLAME = "The department has blamed a firmware update installed by its supplier, Norr Devices. "
_ANSWER = "But Norr's area manager, Ilse Brant, told the Echo that the {} and that the limit had been typed in by a city clerk. "


def test_the_blamed_thing_working_as_designed_answers_the_blame():
    got = _disputes(_BLAME + _ANSWER.format("update had worked as designed"))
    assert _has(got, "has blamed a firmware update", "worked as designed"), _show(got)


@pytest.mark.parametrize("told", [
    "sensor had worked as designed",   # another thing working
    "update had not worked as designed",  # the blamed thing failing: both agree
])
def test_blame_near_misses(told):
    got = _disputes(_BLAME + _ANSWER.format(told))
    assert not _has(got, "has blamed a firmware update", "as designed"), _show(got)


# -- one reader of a denied occasion against a habit ------------------------------------------------------------------

@pytest.mark.parametrize("neg, other, verb, habit", [
    ("the first draw was never broadcast", "Channel Six said it broadcasts the draw as Tarn supplies it", "", True),
    ("the second race had not been filmed", "Dune Sports said it films the race as Torvik stages it", "", True),  # a short verb ("filmed" / "films")
    ("the fee was not paid", "the firm pays the fee as the rules require", "", True),  # an irregular participle
    ("the gate was not closed", "the warden closes the gate each night", "clos", True),  # nounneg's lemma
    ("the second race had not been filmed", "Dune Sports said it filmed the second race from two cameras", "", False),
    ("the second race had not been filmed", "Dune Sports said the second race was filmed from two cameras", "", False),
    ("the first draw was never broadcast", "it broadcast the draw live for 40 seconds", "", False),  # the bare past
    ("the first draw was never broadcast", "the broadcasts of the draw were cut", "", False),  # a noun after "the"
    ("the firm did not cover the costs", "the firm covers the costs", "", False),  # an active state denied
    ("the gate was not closed", "the warden closes the gate each night", "lock", False),  # another predicate asked
    ("the gate was not closed", "staff were closing the gate at ten", "", False),
])
def test_habit_against_occasion(neg, other, verb, habit):
    assert habit_against_occasion(neg, other, verb) is habit


# -- what could not be fixed here (claims stage): strict xfails -----------------------------------------------------------

def _source_of(text: str, sentence: str) -> str | None:
    from summarizer.attribution import analyze
    at = analyze(text)
    start = text.index(sentence)
    rel = at.relation_for(start, start + len(sentence))
    return rel.name if rel else None


# (within59: attribution/frames.py reads a dated dateline before the sentence's leading name)
def test_a_two_word_dateline_keeps_the_appositive_speaker():
    s = ("DUNMOOR BAY, Nov. 19 - A barge lost 14 crates overboard in a gale off the Skerry coast on Monday night, its owner, "
         "Tarrow Line, said on Tuesday.")
    assert _source_of("Ship loses cargo\n\n" + s + "\n\nThe Coast Office said its own count was 23 crates.\n", s) == "Tarrow Line"


def test_a_one_word_dateline_keeps_the_appositive_speaker():  # the near miss that works
    s = ("DUNMOOR, Nov. 19 - A barge lost 14 crates overboard in a gale off the Skerry coast on Monday night, its owner, "
         "Tarrow Line, said on Tuesday.")
    assert _source_of("Ship loses cargo\n\n" + s + "\n\nThe Coast Office said its own count was 23 crates.\n", s) == "Tarrow Line"


# (within59: attribution/place_antecedents.py: a name after '<place noun> of' is no antecedent of 'the company')
def test_the_company_is_not_the_place_it_works_in():
    s = ("The rental firm Pellow Bikes has taken 900 bikes off the streets of Marnton after two of them caught fire in the "
         "past week, the company said on Friday.")
    assert _source_of("Bike firm pulls fleet\n\n" + s + "\n\nThe fire service said it had attended five fires.\n", s) != "Marnton"
