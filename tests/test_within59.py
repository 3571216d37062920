"""within59 (issue 15): disputes inside one article, part six (invented texts throughout; near misses beside each
rule).

* a protected status denied / a register's listing; one's own choice / a vote to remove; knew nothing / was warned;
  "without its instruction" / its own people's order; not before a far bound / a near day; within a span / a
  record's longer span (digest/withinstates.py);
* one reader of a pointer calling an account false (lang.POINTER_FALSITY_RE; lang.POINTER_NEVER_AFTER_RE built on
  it): "That was never the case." as a correction, "..., <Name> said that is false" reaching back.
"""

from __future__ import annotations

import re

import pytest

from summarizer import lang
from summarizer.digest.corrections import correction_kind
from summarizer.digest.negreach import pointer_reach
from tests.test_align_denials import _feats
from tests.test_within49 import _disputes, _has, _show

# -- a protected status denied / a register's listing -------------------------------------------------------------------

_DENIED_STATUS = "Harlow Homes has also said the gatehouse was not protected. "


def test_a_register_listing_answers_not_protected():
    got = _disputes("Harlow Homes pulled down the old mill gatehouse on Tuesday. " + _DENIED_STATUS
                    + "But the county heritage register, which the Echo checked on Wednesday, has listed the mill's "
                      "gatehouse since 1979. ")
    assert _has(got, "not protected", "has listed the mill's gatehouse"), _show(got)


@pytest.mark.parametrize("record", [
    "has listed the mill's chimney since 1979",   # another noun listed
    "has never listed the mill's gatehouse",       # the listing negated
])
def test_a_register_listing_near_misses(record):
    got = _disputes("Harlow Homes pulled down the old mill gatehouse on Tuesday. " + _DENIED_STATUS
                    + "But the county heritage register, which the Echo checked on Wednesday, " + record + ". ")
    assert not _has(got, "not protected", "county heritage register"), _show(got)


# -- one's own choice / a vote to remove --------------------------------------------------------------------------------

_CHOICE = "Ms Brandt also said leaving was her decision alone. "


def test_a_vote_to_remove_answers_her_own_decision():
    got = _disputes("Ms Brandt has said she sold the bonds to pay for a house. " + _CHOICE
                    + "But three trustees, who asked not to be named, told the Echo that the trust had voted on Monday "
                      "night to remove her and that she resigned the next day. ")
    assert _has(got, "her decision alone", "voted on Monday night to remove her"), _show(got)


@pytest.mark.parametrize("told", [
    "the trust had voted on Monday night to thank her for her work",   # another vote
    "the trust did not vote to remove her",                             # the removal denied
])
def test_a_vote_to_remove_near_misses(told):
    got = _disputes("Ms Brandt has said she sold the bonds to pay for a house. " + _CHOICE
                    + "But three trustees told the Echo that " + told + ". ")
    assert not _has(got, "her decision alone", "three trustees"), _show(got)


# -- knew nothing / was warned ------------------------------------------------------------------------------------------

def _knew(who: str) -> list:
    return _disputes(who + ", who left the water board on Monday, was warned in writing on May 3 that the reservoir "
                     "would run short, according to a letter seen by the Echo. Mr Ostrov has said he knew nothing of "
                     "the shortage when he sold his land. ")


def test_a_warning_to_the_speaker_answers_knew_nothing():
    got = _knew("Piet Ostrov")
    assert _has(got, "was warned in writing", "knew nothing of the shortage"), _show(got)


def test_a_warning_to_another_person_is_no_answer():
    got = _knew("Lena Sarto")
    assert not _has(got, "was warned in writing", "knew nothing of the shortage"), _show(got)


# -- "without its instruction" / its own people's order -------------------------------------------------------------------

def _order(teller: str, order: str) -> list:
    return _disputes(teller + " told a contractor in writing " + order + " the east wing of the old school, two days "
                     "before the roof came down, according to a letter obtained by the Echo. Brightwater has said "
                     "Dunley started the work without its instruction. ")


def test_its_own_managers_order_answers_without_its_instruction():
    got = _order("A site manager for Brightwater Homes", "to pull down")
    assert _has(got, "told a contractor in writing", "without its instruction"), _show(got)


@pytest.mark.parametrize("teller, order", [
    ("A site manager for Corvell Builders", "to pull down"),   # another body's order
    ("A site manager for Brightwater Homes", "not to touch"),  # an order not to
])
def test_an_order_near_misses(teller, order):
    got = _order(teller, order)
    assert not _has(got, "told a contractor in writing", "without its instruction"), _show(got)


# -- not before a far bound / a near day ----------------------------------------------------------------------------------

def _reopen(told: str) -> list:
    return _disputes("The council says the Lindon Street library will not reopen before the end of the month. "
                     "Pagemark Trust had said on Friday that " + told + ". ")


def test_a_near_day_answers_not_before_the_end_of_the_month():
    got = _reopen("the library would reopen on Tuesday")
    assert _has(got, "will not reopen before", "would reopen on Tuesday"), _show(got)


@pytest.mark.parametrize("told", [
    "the cafe would reopen on Tuesday",      # another noun
    "the library would close on Tuesday",    # another verb
])
def test_a_near_day_near_misses(told):
    got = _reopen(told)
    assert not _has(got, "will not reopen before", "on Tuesday"), _show(got)


# -- within a span / a record's longer span ------------------------------------------------------------------------------

def _span(record_line: str) -> list:
    return _disputes("Pellmont Leisure has said staff cleared the rink within four minutes. " + record_line + " ")


def test_a_records_longer_span_answers_within_minutes():
    got = _span("But the ambulance service's call log, released to the Echo on Tuesday, records the first call at "
                "7:12 p.m. and the last skater out of the hall at 7:31 p.m., 19 minutes later.")
    assert _has(got, "within four minutes", "19 minutes later"), _show(got)


@pytest.mark.parametrize("record_line", [
    # a shorter span: both can be true
    "But the ambulance service's call log records the first call at 7:12 p.m. and the last skater out at 7:15 p.m., "
    "three minutes later.",
    # no record tells it: a witness's recollection of another act
    "A coach at the rink said an ambulance arrived at the side door about 19 minutes later.",
])
def test_a_span_near_misses(record_line):
    got = _span(record_line)
    assert not _has(got, "within four minutes", "minutes later"), _show(got)


# -- one reader of a pointer calling an account false ---------------------------------------------------------------------

_FALSITY = re.compile(lang.POINTER_FALSITY_RE, re.I)


@pytest.mark.parametrize("text, read", [
    ("That was never the case.", True),
    ("That is not so.", True),
    ("This claim is simply false.", True),
    ("That isn't true.", True),
    ("It was not so bad for the crew.", False),   # "not so" before an adjective judges nothing
    ("That was never a plan of ours.", False),
])
def test_the_pointer_falsity_reader(text, read):
    assert bool(_FALSITY.match(text)) is read


def test_a_correction_reads_never_the_case():
    assert correction_kind(_feats(("a", "article", "That was never the case, the spokeswoman said."))[0]) == "pointer"


@pytest.mark.parametrize("tail", ["said that was never the case", "says that is false", "said that claim was untrue",
                                  "said that is not so"])
def test_the_pointer_after_a_comma_reaches_back_in_every_falsity_form(tail):
    got = pointer_reach("While many have said the board offered the post to Mr Dorn, the board's counsel " + tail + ".")
    assert {"board", "offere", "post"} <= got, got


def test_the_pointer_after_a_comma_near_misses():
    assert pointer_reach("While many have said the board offered the post, the counsel said it was not so bad.") == set()
    assert pointer_reach("While many have said the board offered the post, the counsel said it was made in May.") == set()


# -- a number dispute one article tells whole, beside a larger cross-article group of its values ------------------------

def _f(index: int, article: str):
    from types import SimpleNamespace
    return SimpleNamespace(index=index, article=article)


def test_an_inside_pair_is_shown_beside_a_group_of_more_sides():
    from summarizer.digest.counterfigures import told_as_inside
    feats = [_f(0, "a3"), _f(1, "a1"), _f(2, "a3"), _f(3, "a3"), _f(4, "a1")]
    sides = [(2.0, feats[0]), (14.0, feats[1]), (23.0, feats[2]), (60.0, feats[3])]  # the group's 23 is another article's
    got = told_as_inside(feats, sides, [(1, 4, 14.0, 23.0)], set())
    assert got is not None and [f.index for _, f in got] == [1, 4], got


def test_an_inside_pair_the_group_already_shows_is_not_shown_twice():
    from summarizer.digest.counterfigures import told_as_inside
    feats = [_f(0, "a3"), _f(1, "a1"), _f(2, "a3"), _f(3, "a1")]
    sides = [(2.0, feats[0]), (14.0, feats[1]), (23.0, feats[3])]  # both of a1's claims are sides already
    assert told_as_inside(feats, sides, [(1, 3, 14.0, 23.0)], set()) is None
    # ... nor a pair whose value the group does not hold
    assert told_as_inside(feats, sides[:2] + [(60.0, feats[2])], [(1, 3, 14.0, 23.0)], set()) is None


# -- a dated two-word dateline before "<description>, <Name>, said" (attribution/frames.py) -------------------------------

def _source(text: str, sentence: str) -> str | None:
    from summarizer.attribution import analyze
    start = text.index(sentence)
    rel = analyze(text).relation_for(start, start + len(sentence))
    return rel.name if rel else None


@pytest.mark.parametrize("dateline, speaker", [
    ("PELLOW SOUND, Feb. 2 - ", "Harth Ferries"),   # the dated two-word dateline: the appositive name speaks
    ("PELLOW SOUND - ", "Harth Ferries"),           # undated (as before)
    ("", "Harth Ferries"),                          # none
])
def test_a_dated_dateline_is_no_speaker(dateline, speaker):
    s = dateline + "A ferry lost 9 cars overboard in a storm off the Rell coast on Sunday, its owner, Harth Ferries, said on Monday."
    assert _source("Ferry loses cars\n\n" + s + "\n\nThe Coast Office said its own count was 12 cars.\n", s) == speaker


def test_a_dated_dateline_before_a_speaker_keeps_the_speaker():
    s = "PELLOW SOUND, Feb. 2 - Mara Quill, the harbor master, said on Monday that a ferry had lost 9 cars overboard."
    assert _source("Ferry loses cars\n\n" + s + "\n", s) == "Mara Quill"


# -- "the company said" is no place the sentence names (attribution/place_antecedents.py) ---------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("Dorrin Scooters has taken 600 scooters off the streets of Kelbury after three of them caught fire, the company "
     "said on Monday.", "Dorrin Scooters"),
    ("Dorrin Scooters has taken 600 scooters out of the city centre of Kelbury after three of them caught fire, the "
     "company said on Monday.", "Dorrin Scooters"),
    # near miss: a body after "of" that is no place noun keeps main's reading
    ("Staff of Dorrin Scooters took 600 scooters off the road after three of them caught fire, the company said on "
     "Monday.", "Staff of Dorrin Scooters"),
])
def test_the_company_is_the_firm_not_the_place(sentence, speaker):
    assert _source("Scooters pulled\n\n" + sentence + "\n\nThe fire service said it had attended seven fires.\n", sentence) == speaker


# -- "... at 8:45 a.m. <Name Name>, <description>, has said ...": two sentences (chunk.py) --------------------------------

@pytest.mark.parametrize("text, n", [
    ("The log shows the barge leaving the quay at 6:10 a.m. Harth Ferries, the barge's owner, has said the alarm came "
     "later.", 2),
    ("The log shows the barge leaving at 6:10 a.m. Harbour staff said it was late.", 2),  # (as before)
    ("Polls close at 8 p.m. Eastern Time, officials said.", 1),   # a time zone goes on the time
    ("Polls close at 8 p.m. Dorlin Time, and results follow.", 1),  # a place's time
    ("The shop opens at 9 a.m. Monday, the owner said.", 1),       # a weekday goes on the time
])
def test_a_name_set_off_after_a_clock_time_opens_a_sentence(text, n):
    from summarizer.chunk import split_sentences
    assert len(split_sentences(text)) == n, [text[s.start:s.end] for s in split_sentences(text)]


# -- the day rules read a year (digest/withinreceipts.day_order) ----------------------------------------------------------

_WARNED_ON = ('A council drainage engineer warned colleagues that the Pell Road pump was "failing every night" on {}, '
              "according to an internal email seen by the Echo. ")
_LEARNED_ON = "The council's water department has said it first learned of the problem on {}, when a resident complained. "


def test_a_warning_in_the_year_before_disputes_the_first_known_day():
    got = _disputes(_WARNED_ON.format("Dec. 9, 2025") + _LEARNED_ON.format("March 3, 2026"))
    assert _has(got, "failing every night", "first learned of the problem"), _show(got)


@pytest.mark.parametrize("warned, learned", [
    ("Dec. 9, 2026", "March 3, 2026"),  # the warning a year later
    ("Dec. 9, 2025", "March 3"),        # a date with its year against one without: not compared
])
def test_a_year_near_misses(warned, learned):
    got = _disputes(_WARNED_ON.format(warned) + _LEARNED_ON.format(learned))
    assert not _has(got, "failing every night", "first learned of the problem"), _show(got)


# -- an own count told by "was" with no verb (digest/withinestimates.own_estimate) -------------------------------------

def _own(second: str) -> list:
    return _disputes("A barge lost 14 crates overboard in a gale off the Skerry coast on Monday night, its owner, Tarrow "
                     "Line, said on Tuesday. " + second + " ")


def test_an_own_count_told_by_was_answers_another_sides_count_of_the_noun():
    got = _own("The Coast Office, which is leading the search, said its own count from the air was 23 crates.")
    assert _has(got, "lost 14 crates", "23 crates"), _show(got)


@pytest.mark.parametrize("second", [
    "The Coast Office, which is leading the search, said its own count from the air was 23 buoys.",   # another noun
    "The Coast Office, which is leading the search, said its own count from the air was 14 crates.",  # the same count
    "The Coast Office, which is leading the search, said 23 crates had been found on the beach.",     # no own count
])
def test_an_own_count_near_misses(second):
    got = _own(second)
    assert not _has(got, "lost 14 crates", "The Coast Office"), _show(got)
