"""Issue 12, session 4 (branch attrib5): the writer's first-person belief, published findings as
sources, and "As X noted, ...". Sentences written for the test (never copied from dev data),
each rule with what it must leave alone. Fast, except the one bundled-path check (no model call)."""

from __future__ import annotations

import pytest

from summarizer import lang
from summarizer.attribution import analyze, certainty_for
from summarizer.eval.systems import NoModel
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings


def _rels(text: str) -> list[tuple[str, str, str]]:
    """(resolved source, cue, kind) of every relation."""
    return [(r.name, r.cue, r.kind) for r in analyze(text).relations]


def _who(text: str, part: str) -> str | None:
    s = text.index(part)
    return analyze(text).source_for(s, s + len(part))


# -- the writer's first-person belief ---------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("I think the new stadium will never pay for itself.", "think"),
    ("We believe the council was wrong to close the library.", "believe"),
    ("But I don't expect the governor to sign the bill this year.", "expect"),
    ("After ten years of covering the port, I'm convinced the dredging plan is a mistake.", "convinced"),
    ("We know from the budget filings that the county spent more on consultants than on roads.", "know"),
])
def test_a_first_person_belief_is_the_writers(text, cue):
    assert _rels(text) == [(lang.WRITER_SOURCE, cue, "belief")]


@pytest.mark.parametrize("text", [
    "“I think the new stadium will never pay for itself,” the mayor said.",  # a speaker's quotation
    "When I think about the stadium, the old ballpark comes to mind.",  # no belief given
    "I said goodbye to the harbor master at noon.",  # not a belief cue
    "I think so.",  # nothing held
    "Let's say you think the stadium will pay for itself.",  # the reader, addressed
    "We might wish that the council would reopen the library.",  # a modal wish, not a belief held
])
def test_what_is_not_the_writers_belief(text):
    assert all(name != lang.WRITER_SOURCE for name, _, _ in _rels(text))


def test_a_first_person_belief_is_not_stated_as_the_outlets_fact():
    t = ("The city opened its new stadium on Sunday.\n\n"
         "I think the new stadium will lose money for the next ten years.")
    a = analyze(t)
    s = t.index("I think")
    assert a.source_for(s, len(t)) == lang.WRITER_SOURCE
    assert a.source_for(0, t.index("\n")) is None  # the outlet's sentence stays its own
    assert certainty_for(t, s, len(t), a) != "stated"


def test_the_bundled_path_shows_the_writers_belief_as_the_writers():
    t = ("Riverton opened its new stadium on Sunday after four years of building work. "
         "About 30,000 fans attended the first match.\n\n"
         "I believe the new stadium will lose money for at least ten more years.\n")
    art = load_bytes(t.encode(), "invented.txt")
    with Pipeline(Settings(use_cache=False), client=NoModel()) as p:
        out = p.run(art)
    got = {c.evidence.quote: (c.attributed_to, c.certainty) for c in out.claims}
    mine = [v for q, v in got.items() if "lose money" in q]
    assert mine and all(who == lang.WRITER_SOURCE and cert != "stated" for who, cert in mine)
    opened = [v for q, v in got.items() if "opened" in q]
    assert opened and all(who == "article" for who, _ in opened)


# -- published findings --------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, cue", [
    ("A new poll shows the mayor ahead by five points among likely voters.", "A new poll", "shows"),
    ("The county survey showed residents split over the new bus lanes.", "The county survey", "showed"),
    ("A study that appeared in a medical journal found that the drug did not help.",
     "A study that appeared in a medical journal", "found"),
    ("Leaked records from the 2011 audit show the agency lost track of 40 trucks.",
     "Leaked records from the 2011 audit", "show"),
])
def test_a_finding_speaks_for_itself(text, source, cue):
    rels = analyze(text).relations
    assert [(r.source, r.cue) for r in rels] == [(source, cue)]


def test_in_this_poll_opens_the_polls_finding():
    t = "In this poll, the mayor gained two points since the debate while her rival lost one."
    assert [(r.source, r.kind) for r in analyze(t).relations] == [("this poll", "according_to")]


@pytest.mark.parametrize("text", [
    "The report was released on Monday after weeks of delay.",  # no finding verb
    "The study period showed no change in the river's level.",  # "period" heads the subject
    "Officials released the survey results on Friday morning.",  # the survey is an object
])
def test_what_is_no_finding(text):
    assert analyze(text).relations == []


# -- "As X noted, ..." --------------------------------------------------------------------------

def test_as_x_noted_gives_the_rest_of_the_sentence_to_x():
    t = "As the harbor master noted, the old pier cannot take ships of that size."
    assert _who(t, "the old pier cannot take ships of that size.") == "the harbor master"
    t = "As several engineers, including Jane Doe, have pointed out, the dam was never inspected."
    assert _who(t, "the dam was never inspected.") == "several engineers"
    t = "As Smith said on Monday, the repairs will cost more than planned."
    assert _who(t, "the repairs will cost more than planned.") == "Smith"
    t = "After all, as we saw last winter, the roads close after the first storm."
    assert _who(t, "the roads close after the first storm.") == lang.WRITER_SOURCE


@pytest.mark.parametrize("text", [
    "As expected, the council voted to raise the water rates.",  # no source
    "As prices rose, farmers sold their land to developers.",  # no reporting verb
    "As the company saw sales drop, it cut three hundred jobs.",  # an object follows: no report
])
def test_as_clauses_that_report_nothing(text):
    assert analyze(text).relations == []


# -- a leading name with its head noun ------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Environmental groups have sued the county, arguing the permit breaks federal law.", "Environmental groups"),
    ("Republican leaders slammed the budget as reckless and unfair.", "Republican leaders"),
])
def test_a_leading_name_keeps_its_head_noun(text, source):
    assert [r.source for r in analyze(text).relations] == [source]


def test_a_leading_name_without_a_speaker_noun_stays_as_it_was():
    t = "Smith walked out of the hearing and said the vote was rigged."
    assert [r.source for r in analyze(t).relations] == ["Smith"]
