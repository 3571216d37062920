"""within57 (issue 15): disputes inside one article, and who gives a time (invented texts throughout; near misses
beside each rule).

* a time only the outlet's frame gives stays the outlet's in the day, deadline and clock rules too (dayacts,
  deadlines, clockevents, classify's span and time rules: sourcenames.time_voice, the lead's session-47 rule);
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.clockevents import clock_conflicts
from summarizer.digest.dayacts import day_act_conflicts
from summarizer.digest.deadlines import deadline_conflicts
from summarizer.digest.pairs import features
from summarizer.digest.sourcenames import time_voice
from summarizer.schema import ARTICLE_VOICE
from tests.test_align_disputes import _articles

_FILL = ("The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "
         "A review has been opened. ")


def _two(first: str, second: str):
    return _articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n")


def _rule_reasons(rule, first: str, second: str) -> list[str]:
    arts = _two(first, second)
    return [jd.reason for _, _, jd in rule(features([(a, c) for a in arts for c in a.claims]))]


def _shown(first: str, second: str) -> list[str]:
    al, _, _ = build_sections(_two(first, second))
    return [c.reason for c in al.conflicts]


# -- a time the outlet's frame gives ----------------------------------------------------------------------------------

_POSTED = ('"The Corrin Lido will reopen," its owner, Ana Pell, said in a statement posted on {}.')
_CLOCK = '"We are shocked," the captain, Ana Pell, said after the ship hit the wall at about {}.'
_UNTIL = ('"Students must hurry," the board\'s head, Ana Pell, said, giving them until {} to ask the board for a review '
          'of their marks.')


@pytest.mark.parametrize("rule, shape, t1, t2", [
    (day_act_conflicts, _POSTED, "Wednesday", "Saturday"),
    (clock_conflicts, _CLOCK, "7:40 a.m.", "9:15 a.m."),
    (deadline_conflicts, _UNTIL, "Sept. 1", "Sept. 8"),
])
def test_a_time_outside_the_quotation_is_the_outlets_in_each_time_rule(rule, shape, t1, t2):
    got = _rule_reasons(rule, shape.format(t1), shape.format(t2))
    assert len(got) == 1 and got[0].startswith(f"{ARTICLE_VOICE}: ") and "Ana Pell" not in got[0], got


@pytest.mark.parametrize("first, second, voice", [
    # near misses: the time inside the quotation, or a claim with no quotation, stays the speaker's
    ('"The lido will reopen on Wednesday," its owner, Ana Pell, said.',
     '"The lido will reopen on Saturday," its owner, Ana Pell, said.', "Ana Pell"),
    ("The ship hit the wall at about 7:40 a.m., the captain, Ana Pell, said.",
     "The ship hit the wall at about 9:15 a.m., the captain, Ana Pell, said.", "Ana Pell"),
    # the rules' conflicts as shown: the outlet's voice reads "the outlet"
    (_POSTED.format("Wednesday"), _POSTED.format("Saturday"), "the outlet"),
    (_CLOCK.format("7:40 a.m."), _CLOCK.format("9:15 a.m."), "the outlet"),
])
def test_who_is_shown_beside_a_time(first, second, voice):
    got = _shown(first, second)
    assert len(got) == 1 and got[0].startswith(voice + ": ") and got[0].count(voice + ": ") == 2, got


def _feature(source: str, text: str):
    return SimpleNamespace(source=source, claim=SimpleNamespace(text=text, evidence=SimpleNamespace(quote=text)))


@pytest.mark.parametrize("text, written, voice", [
    ('"We are shocked," Ana Pell said after the ship hit the wall at 7:40 a.m.', "at 7:40 a.m.", ARTICLE_VOICE),
    ('"The ship hit the wall at 7:40 a.m.," Ana Pell said.', "at 7:40 a.m.", "Ana Pell"),
])
def test_a_time_ending_on_a_dot_is_found_in_the_claim(text, written, voice):
    assert time_voice(_feature("Ana Pell", text), written) == voice
