"""conflict55 (issue 15): cross-article conflicts the digest missed, with near misses. Invented text throughout
(made-up towns, bodies, people, figures).

* One thing's value in money told by two wordings (summarizer/digest/sumvalues.py): "losses to drivers could reach
  $41 million" / "puts drivers' losses from the strike at about $27 million"; "the telescope ... was worth about $31
  million" / "the telescope cost $52 million to build". Near misses: two things ("the bridge cost" / "the tunnel
  cost"), two owners ("losses to drivers" / "losses to shops"), values one rounding apart, a floor the other meets,
  a rate, a negation, one article.
* One count of acts told by the act's noun and by its doers (summarizer/digest/actcounts.py): "its petition ... had
  been signed by more than 9,000 people" / "the <Name> petition had about 6,200 signatures". Near misses: a count
  the floor meets, another act ("signed by" / "letters"), another thing (a petition / a letter).
* A pronoun answering "What happened to <the noun>?" (summarizer/heading_answers.py): "They closed down 27 percent
  on Tuesday." is told "The shares closed down 27 percent on Tuesday."; a close with its direction ("closed down 27
  percent") is a change of the subject's level (measure_subjects.py, countsets.changed_by), so it conflicts with
  another outlet's "<Company>'s shares fell 31 percent on Tuesday.". Near misses: "It is too early to say.", a
  pronoun of the wrong number, a name's question, "closed 12 branches" (no direction), the same change.
* One fall onto a named thing on two days, the verbs far from the days (summarizer/digest/dayacts.same_motion):
  "The gantry, ..., fell onto the ferry <Name> during strong gusts on Tuesday afternoon." / "A harbour gantry ...
  collapsed onto the ferry <Name> at the Port of <Town> on Monday evening.". Near misses: two movers (a truck / a
  bus crashed into one bridge), two targets, one day.
* A peak's noun before a place (summarizer/digest/peaks.py): "Gusts at the port reached 45 mph" / "gusts of up to 70
  mph" conflict, and so does a relative clause's noun ("hit by gusts that reached 70 mph"); waves against gusts, and
  two named places, do not.
* A length in weeks or days (summarizer/digest/lengths.py): "The closure will last six weeks" / "will last two
  months" conflict; "six weeks" / "42 days" and "one year" / "12 months" are one length.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.heading_answers import heading_answer
from tests.test_align_disputes import _articles
from tests.test_conflict52 import _FILL, _alignment, _feature, _told
from summarizer.digest.pairs import stem
from summarizer.digest.sumvalues import sum_value


# -- one thing's value, two sums in two wordings --------------------------------------------------------------

@pytest.mark.parametrize("first, second, v1, v2", [
    ("The union, which has about 900 member drivers, said losses to drivers could reach $41 million.",
     "A city briefing paper obtained by the Gazette puts drivers' losses from the strike at about $27 million.",
     "41", "27"),
    ("The telescope, built for the Space Research Office, was worth about $31 million and was insured, the firm said.",
     "Budget papers of the Space Research Office, seen by the Tribune, show that the telescope cost $52 million to build.",
     "31", "52"),
])
def test_one_things_value_told_two_ways_conflicts(first, second, v1, v2):
    assert _told(_alignment(first, second), v1, v2)


@pytest.mark.parametrize("first, second, v1, v2", [
    # two things
    ("The council said the new footbridge would cost about $4.2 million.",
     "An engineers' report says the new tunnel will cost $7.5 million.", "4.2", "7.5"),
    # two owners of the losses
    ("The union said losses to drivers could reach $41 million.",
     "A city paper puts losses to shops from the strike at about $27 million.", "41", "27"),
    # one rounding apart
    ("The telescope, built for the research office, was worth about $31 million, the firm said.",
     "Budget papers show that the telescope cost $32.5 million to build.", "31", "32.5"),
    # a floor the other meets
    ("The union said losses to drivers could reach more than $27 million.",
     "A city paper puts drivers' losses from the strike at about $41 million.", "27", "41"),
])
def test_other_sums_are_no_conflict(first, second, v1, v2):
    assert not _told(_alignment(first, second), v1, v2)


def test_one_article_is_not_compared():
    from summarizer.digest.sumvalues import sum_value_conflicts
    from summarizer.digest.pairs import features
    from tests.test_align_disputes import _articles
    arts = _articles("Report one\n\nThe union said losses to drivers could reach $41 million. A city paper puts drivers' "
                     "losses from the strike at about $27 million. The hall was closed for the day.\n")
    feats = features([(a, c) for a in arts for c in a.claims])
    assert [f for f in feats if sum_value(f)] and not sum_value_conflicts(feats)


@pytest.mark.parametrize("text, thing", [
    ("The union said losses to drivers could reach $41 million.", ("losses", {"drivers"})),
    ("A city paper puts drivers' losses from the strike at about $27 million.", ("losses", {"drivers", "strike"})),
    ("The telescope, built for the research office, was worth about $31 million, the firm said.", ("telescope", set())),
])
def test_the_thing_a_sum_is_the_value_of(text, thing):
    v = sum_value(_feature(text))
    assert v is not None and v[0] == stem(thing[0]) and set(v[1]) >= {stem(w) for w in thing[1]}


@pytest.mark.parametrize("text", [
    "It cost $41 million, the union said.",                       # a pronoun
    "The plan is worth $5 million a year to the town.",           # a rate
    "The fund has raised $2 million so far, the club says.",      # a running total, no value verb
    "A $5 million grant was approved on Monday.",                 # no value verb
    "The footbridge would not cost more than $4 million.",        # a negation
    "The bridge cost $9 million and the tunnel $14 million.",     # two sums
])
def test_no_thing_read(text):
    assert sum_value(_feature(text)) is None


# -- one count of acts, by the act's noun and by its doers ------------------------------------------------------

@pytest.mark.parametrize("first, second, v1, v2", [
    ("A residents' group, Keep Harlow Parks, said its petition against the sale had been signed by more than 9,000 people.",
     "The town clerk's office said on Tuesday that the Keep Harlow Parks petition had about 6,200 signatures.",
     "9,000", "6,200"),
    ("Organisers said the motion was backed by 412 members at the meeting.",   # an agent noun opens with the verb too
     "The club's minutes show the motion drew 350 backers.", "412", "350"),
])
def test_one_count_of_acts_by_noun_and_doers_conflicts(first, second, v1, v2):
    assert _told(_alignment(first, second), v1, v2)


@pytest.mark.parametrize("first, second, v1, v2", [
    # the floor meets the other count
    ("A residents' group said its petition against the sale had been signed by more than 6,000 people.",
     "The town clerk's office said that the group's petition had about 6,200 signatures.", "6,000", "6,200"),
    # another act: letters are no signatures
    ("A residents' group said its petition against the sale had been signed by more than 9,000 people.",
     "The town clerk's office said that the group's petition had about 6,200 letters attached.", "9,000", "6,200"),
    # another thing
    ("A residents' group said its petition against the sale had been signed by more than 9,000 people.",
     "The town clerk's office said that the group's letter had about 6,200 signatures.", "9,000", "6,200"),
])
def test_other_act_counts_are_no_conflict(first, second, v1, v2):
    assert not _told(_alignment(first, second), v1, v2)


# -- a pronoun answering "What happened to <the noun>?"; a close with its direction ---------------------------

_EXPLAINER = "Dorvane slump: what we know\n\nWhat happened?\nDorvane cut its forecast on Tuesday.\n\n{q}\n{a}\n\n" + _FILL + "\n"


def _answer(question: str, answer: str) -> str | None:
    text = _EXPLAINER.format(q=question, a=answer)
    start = text.index(answer)
    return heading_answer(text, start, start + len(answer))


@pytest.mark.parametrize("question, answer, told", [
    ("What happened to the shares?", "They closed down 27 percent on Tuesday.",
     "The shares closed down 27 percent on Tuesday."),
    ("What happened to the forecast?", "It was cut to $1.10 a share, the company said.",
     None),                                                             # "It was": a copula after "It"
    ("What happened to its bonds?", "They have lost 9 percent since Friday.", "Its bonds have lost 9 percent since Friday."),
    ("What happened to the shares?", "It is too early to say, analysts said.", None),  # the wrong number, a dummy "It"
    ("What happened to the forecast?", "They cut it to $1.10 a share.", None),         # "They" for a singular thing
    ("What happened to Dorvane?", "It cut its forecast on Tuesday.", None),            # a name's question
    ("What happened to the shares?", "Traders sold them all morning.", None),          # no pronoun opens the answer
])
def test_pronoun_answer_told_with_the_questions_thing(question, answer, told):
    assert _answer(question, answer) == told


def test_pronoun_answer_conflicts_with_another_outlets_change():
    al, _, _ = build_sections(_articles(
        f"Report one\n\nDorvane's shares fell 31 percent on Tuesday. {_FILL}\n",
        _EXPLAINER.format(q="What happened to the shares?", a="They closed down 27 percent on Tuesday.")))
    assert _told(al, "31", "27")


def test_same_change_answered_is_no_conflict():
    al, _, _ = build_sections(_articles(
        f"Report one\n\nDorvane's shares fell 27 percent on Tuesday. {_FILL}\n",
        _EXPLAINER.format(q="What happened to the shares?", a="They closed down 27 percent on Tuesday.")))
    assert not [c for c in al.conflicts if len({s.ref.article for s in c.sides}) > 1]


@pytest.mark.parametrize("text, counted", [
    ("Dorvane's shares closed down 27 percent on Tuesday.", "Dorvane's shares"),
    ("The index ended up 2 percent on Friday.", "index"),
])
def test_close_with_direction_measures_its_subject(text, counted):
    f = _feature(text)
    assert [q.counted for q in f.claim.quantities if q.unit] == [counted]


def test_close_without_direction_is_no_change():
    f = _feature("The bank closed 12 percent of its branches last year.")
    assert all(q.counted != "bank" for q in f.claim.quantities)


# -- one fall onto a named thing on two days ----------------------------------------------------------------

_GANTRY = "The gantry, operated by Harwell Docks, fell onto the ferry Stella Reed during strong gusts on Tuesday afternoon."


def test_one_fall_onto_a_named_thing_on_two_days_conflicts():
    second = "A harbour gantry run by Harwell Docks collapsed onto the ferry Stella Reed at the Port of Dunmoor on Monday evening."
    assert _told(_alignment(_GANTRY, second), "Tuesday", "Monday")


@pytest.mark.parametrize("first, second", [
    ("A delivery truck, owned by Harwell Freight, crashed into the Dunmoor Bridge during heavy rain on Tuesday afternoon.",
     "A school bus run by Harwell Coaches crashed into the Dunmoor Bridge at the north end of the town on Monday evening."),
    (_GANTRY, "A harbour gantry run by Harwell Docks collapsed onto the barge Molly Tarn at the Port of Dunmoor on Monday evening."),
    (_GANTRY, "A harbour gantry run by Harwell Docks collapsed onto the ferry Stella Reed at the Port of Dunmoor on Tuesday evening."),
])
def test_other_falls_are_no_conflict_of_days(first, second):
    assert not _told(_alignment(first, second), "Tuesday", "Monday")


# -- a peak's noun before a place ------------------------------------------------------------------------------

_GUSTS = "Tolvane Cargo said gusts of up to 70 mph hit the crane."


@pytest.mark.parametrize("second", [_GUSTS, "Tolvane Cargo said the crane was hit by gusts that reached 70 mph."])
def test_peak_noun_before_a_place_conflicts(second):
    assert _told(_alignment("Gusts at the port reached 45 mph on Sunday afternoon, according to the weather service.", second),
                 "45", "70")


@pytest.mark.parametrize("first, second", [
    ("Waves at the port reached 45 mph on Sunday afternoon, the weather service said.", _GUSTS),
    ("Gusts at the port reached 45 mph on Sunday afternoon, the weather service said.",
     "Tolvane Cargo said the crane was hit by waves that reached 70 mph."),
    ("Gusts at the quay in Selby reached 45 mph on Sunday, the weather service said.",
     "Gusts on Carrow Ridge reached 70 mph on Sunday, the weather service said."),
])
def test_other_peaks_before_a_place_are_no_conflict(first, second):
    assert not _told(_alignment(first, second), "45", "70")


# -- a length in weeks or days ----------------------------------------------------------------------------------

@pytest.mark.parametrize("second, clash", [
    ("The closure will last two months, the operator says.", True),
    ("The closure will last 42 days, the operator says.", False),
    ("The closure will last six weeks, the operator says.", False),
])
def test_lengths_in_weeks_and_days(second, clash):
    told = _told(_alignment("The closure will last six weeks, the council said.", second), "six weeks", second.split("last ")[1].split(",")[0])
    assert bool(told) == clash


def test_year_and_twelve_months_are_one_length():
    assert not _told(_alignment("The freeze covers one year, the board said.", "The freeze covers 12 months, the chair says."),
                     "one year", "12 months")
