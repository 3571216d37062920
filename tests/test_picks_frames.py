"""Issue 12, code-made claims (summarizer.picks on the bundled path): a coordinated noun list is
not cut at ", and"; a frame-first sentence ("Despite ..., the ministry announced X.") is the
source's claim; stance verbs ("underlined", "raised doubts about") with a pronoun subject are
the last named person's. Invented text only."""

from __future__ import annotations

import pytest

from summarizer import picks
from summarizer.attribution import analyze
from summarizer.chunk import split_sentences
from summarizer.eval.systems import NoModel
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings


def parts(text: str) -> list[str]:
    return [p.quote(text) for sp in split_sentences(text) for p in picks.claim_parts(text, sp)]


def test_a_noun_list_with_a_serial_comma_is_one_part():
    text = ("As the storm moves north, the agency remains focused on shoring up levees in the Arlen, "
            "Brisk, and Calder valleys, amid growing criticism of its planning from local farmers.")
    assert parts(text) == [text]


@pytest.mark.parametrize("text, n", [
    # a clause of its own after ", and": still split
    ("The council approved the budget for Arlen, Brisk, and the mayor signed it on Friday evening.", 2),
    ("The council met in Arlen on a rainy Tuesday, and rescuers searched the rubble late into the night.", 2),
])
def test_a_clause_after_and_is_still_its_own_part(text, n):
    assert len(parts(text)) == n


@pytest.mark.parametrize("before, after, listed", [
    ("defenses in the Arlen, Brisk", "and Calder regions, amid criticism", True),
    ("trade with Arlen, Brisk", "and Calder", True),
    ("approved the budget for Arlen, Brisk", "and the mayor signed it on Friday", False),
    ("approved the budget for Arlen, Brisk", "and he left", False),
    ("The council approved the budget", "and rescuers were searching", False),  # no list item before
])
def test_list_end(before, after, listed):
    assert picks.list_end(before, after) is listed


FRAMED = ("The river rose overnight. Despite several recent setbacks, the national Water Ministry "
          "announced the reopening of the Arlen bridge. Engineers disagreed.")


def test_a_frame_after_a_short_opener_makes_the_sentence_the_sources():
    a = analyze(FRAMED)
    start = FRAMED.index("Despite")
    end = FRAMED.index("bridge.") + len("bridge.")
    assert a.source_for(start, end) == "the national Water Ministry"
    # a long clause before the source is not an opener: the outlet's sentence
    long = ("The river rose overnight and flooded the low fields along the valley, the Water Ministry "
            "announced the reopening of the Arlen bridge.")
    assert analyze(long).source_for(0, len(long)) is None


def claims(text: str) -> dict[str, str]:
    art = load_bytes(text.encode(), "invented.txt")
    with Pipeline(Settings(use_cache=False), client=NoModel()) as p:
        out = p.run(art)
    return {c.evidence.quote: c.attributed_to for c in out.claims}


def test_the_bundled_path_shows_the_framed_sentence_as_the_ministrys():
    got = claims(FRAMED)
    quote = next(q for q in got if "reopening" in q)
    assert got[quote] == "the national Water Ministry"


@pytest.mark.parametrize("stance", [
    "He also raised doubts about possible talks with the union amid accusations of fraud.",
    "He underlined the necessity to regain the lost contracts, from which the rivals profit.",
])
def test_stance_verbs_with_a_pronoun_are_the_last_named_persons(stance):
    text = "Boris Karlsen, the chief executive, said the merger had failed. " + stance + " The shares fell."
    a = analyze(text)
    start = text.index(stance)
    assert a.source_for(start, start + len(stance)) == "Boris Karlsen"


def test_raised_is_a_cue_only_before_a_stance_noun():
    text = "The firm raised prices on Monday by ten percent across the region."
    assert analyze(text).source_for(0, len(text)) is None
