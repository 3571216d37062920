"""Session 10, read11a (issues 12 and 15): the faults found by reading the `code` path's claims and
digests on three BASIL clusters outside every gold set (2: a party chairman's war remarks; 12: a
restaurant chain's appreciation day; 14: a vice-presidential debate), each construction told again
in sentences written for the test, in other domains, with the answer an analyst expects written
down before the tool was run. Sources and certainty: tests/read11a_battery.txt (one case per
sentence, read like tests/test_pol10.py); dates, furniture, claim parts, quantities and places:
the cases below. The dev-data texts stay in ../shared; no sentence here is copied from them."""

from __future__ import annotations

import functools
import pathlib

import pytest

from tests.test_bat9c import battery_cases, check_battery_sentence

_BATTERY = pathlib.Path(__file__).with_name("read11a_battery.txt")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_CALLED = ("'<long title> Jane Doe called X “Y”': the frame is found, but the quoted word is under half of the "
           "sentence; counting the evaluation as the whole statement (relations.py) cost one of PolNeAR's held-out "
           "own-voice claims (B 0.843 -> 0.841): dropped")
# (letter-block-quote 2-5, strict xfails on read11a's branch, pass on main since the lead's session-10 rule:
# a frameless quotation after a paragraph that names one person and a speech noun, "writing a letter", is hers)
_OPEN: dict[str, str] = {
    "called-title-name-3": _CALLED,  # (-1 and -2 pass since attr52: a short quoted label as the whole predicate)
    "surname-after-no-speech-2": "'X sees a double standard': a perception verb with a noun object is no cue "
                                 "(an analyst reads it as X's view)",
    "as-colleagues-report-2": "'As The Ledger reported, the school board wants to ...': the inner intention's "
                              "holder wins over the 'As X reported' frame",
    "as-x-said-inner-1": "'as spokesman X said,' inside a 'that' clause after another subject is no frame",
    # ("dismissed-criticism-3", 'The school district dismissed those reports as rumors', passes since attr51: a denial
    # whose object points back to reports is the subject's, lang.POINTED_ACCOUNT_RE)
}


@pytest.mark.parametrize("art,k", list(battery_cases(_BATTERY, _OPEN)))
def test_read11a_sentence(art, k):
    check_battery_sentence(_BATTERY, art, k, claim_needed=True)


@functools.lru_cache(maxsize=None)
def _claims(text: str):
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    return fns["code"](make_article(text, "read11a")).claims


# --- `when` -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, day", [
    # published Wednesday 2015-03-04: a weekday that opens a future clause is the coming one
    ("On Friday, supporters of the new library will have their say.", "2015-03-06"),
    ("On Saturday, the two clubs will meet again in the final.", "2015-03-07"),
    # a plan named as a noun ("plans for a march ... on Saturday") points ahead too
    ("The closure prompted petitions to the county, along with plans for a march at the courthouse on Saturday.",
     "2015-03-07"),
    # guards: a weekday of a past event stays in the past
    ("On Monday, the council voted to close the pool.", "2015-03-02"),
    ("The club announced its plans for a new stadium on Monday.", "2015-03-02"),
])
def test_a_weekday_before_a_future_clause_or_a_planned_event_is_ahead(sentence, day):
    from summarizer import dates
    assert dates.when_for(None, sentence, sentence, "2015-03-04") == day


@pytest.mark.parametrize("sentence, when", [
    # the main clause's time, not the time inside a relative clause about a place or a thing
    ("As reporters found in Dayton, where the company began in the 1950s, the founder made the remarks last month.",
     "last month"),
    ("In Millbrook, where the mill opened in 1921, the owners told workers last week that orders had fallen.",
     "last week"),
])
def test_the_main_clause_time_beats_a_relative_clause_time(sentence, when):
    from summarizer import dates
    assert dates.when_for(None, sentence, sentence, None) == when


# --- furniture and datelines ---------------------------------------------------------------------

def test_a_print_edition_note_is_no_claim():
    text = ("Mill Town Waits for Word\n\n"
            "The owners of the last mill in Carver Falls told workers on Monday that orders had fallen by half.\n\n"
            "A version of this story appears in print on March 3, 2015, on page B2 of the Metro edition "
            "with the headline: Mill Town Waits for Word.\n")
    texts = [c.text for c in _claims(text)]
    assert any("orders had fallen" in t for t in texts)
    assert not any("appears in print" in t or "Mill Town Waits" in t for t in texts), texts


def test_a_dateline_with_an_en_dash_and_a_hyphen_is_cut():
    text = ("Budget Runs Out\n\n"
            "SPRINGFIELD, Ill. –- The state's budget ran out on Friday after lawmakers failed to agree on a new one.\n")
    texts = [c.text for c in _claims(text)]
    assert texts and texts[0].startswith("The state's budget ran out"), texts


# --- claim parts ---------------------------------------------------------------------------------

def _parts(s: str) -> list[str]:
    from summarizer.chunk import Span
    from summarizer.picks import claim_parts
    return [p.quote(s) for p in claim_parts(s, Span(0, len(s)))]


@pytest.mark.parametrize("sentence", [
    # an appositive set off by two dashes is no clause of its own
    "The protest peaked with Jane Roe — still a powerful voice among city workers — writing a letter to the mayor "
    "calling for his resignation.",
    "The comeback began with the backup goalie — a rookie who had never played a full game — stopping three shots "
    "in the final minute.",
])
def test_an_appositive_between_dashes_is_not_split_off(sentence):
    parts = _parts(sentence)
    assert len(parts) == 1, parts


# --- quantities and places -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Among the backers is Local 32, a janitors' union.",
    "Members of Group 7, a neighborhood watch, met with the police chief on Monday.",
])
def test_a_number_inside_a_name_is_no_quantity(sentence):
    from summarizer.quantity import quantities
    from summarizer.rules import kind
    assert quantities(sentence) == []
    assert kind(sentence) != "quantity"   # the claim was a `quantity` for "Project 21" (cluster 12)


def test_a_sum_in_commas_counts_the_noun_it_restates():
    from summarizer.quantity import quantities
    q = quantities("The shelter asked residents to donate the cost of a movie ticket, about $12, to the coat drive.")
    assert [(x["value"], x["unit"]) for x in q] == [(12, "USD")]
    assert "movie ticket" in q[0]["counted"], q


def test_a_hyphenated_duration_keeps_its_unit():
    from summarizer.quantity import quantities
    q = quantities("The 45-minute hearing ended without a vote.")
    assert [(x["value"], x["unit"]) for x in q] == [(45, "minutes")]


def test_a_person_is_no_place():
    text = ("Thousands March Against Tax\n\n"
            "Thousands of people marched downtown on Sunday, answering a call from Rosa Diaz, the former mayor of "
            "Tucson, to protest the new sales tax.\n")
    wheres = [c.where for c in _claims(text)]
    assert wheres and "Rosa Diaz" not in wheres, wheres
