"""A version conflict's reason reads as English for plural sources (digest/reasons.py; session 22).

Found reading the bundled digest of a tuned cluster: "unnamed sources's charge", "the bill's
proponents calls article's account false", "Democrats rebuts article". Invented names only.
"""

from __future__ import annotations

import pytest

from summarizer.digest.reasons import fluent, plural
from tests.test_align_disputes import FILLER, _articles
from summarizer.digest.build import build_sections


@pytest.mark.parametrize("source,is_plural", [
    ("unnamed sources", True), ("the pier's defenders", True), ("people", True),
    ("Harbor Republicans", True), ("several residents", True),
    ("Reuters", False), ("Ada Sanders", False), ("the mayor", False), ("the press", False),
    ("the census", False), ("Lorne Council", False), ("", False), ("the analysis", False),
])
def test_plural_sources(source, is_plural):
    assert plural(source) is is_plural


@pytest.mark.parametrize("reason,sources,expected", [
    ("in one article, Ada Holt claims innocence against unnamed sources's charge", ["Ada Holt", "unnamed sources"],
     "in one article, Ada Holt claims innocence against unnamed sources' charge"),
    ("the pier's defenders calls article's account false", ["the pier's defenders", "article"],
     "the pier's defenders call the outlet's account false"),
    ("in one article, Harbor Republicans rebuts the mayor", ["Harbor Republicans", "the mayor"],
     "in one article, Harbor Republicans rebut the mayor"),
    # apart: a singular source keeps its verb; a plural source's name inside another word is not it
    ("the mayor calls unnamed sources's account false", ["the mayor", "unnamed sources"],
     "the mayor calls unnamed sources' account false"),
    ("in one article, Reuters rebuts Ada Sanders’s account", ["Reuters", "Ada Sanders"],
     "in one article, Reuters rebuts Ada Sanders’ account"),
    ("Ada Holt calls the mayor's account false", ["Ada Holt", "the mayor"], "Ada Holt calls the mayor's account false"),
])
def test_reasons_read_as_english(reason, sources, expected):
    assert fluent(reason, sources) == expected


def test_a_digest_conflict_with_a_plural_source_reads_as_english():
    arts = _articles("Pier\n\n" + FILLER + "Harbor officials said the pier would close in May.\n" + FILLER,
                     "Pier\n\n" + FILLER + "Local fishermen denied that the pier would close in May.\n" + FILLER)
    al, _, _ = build_sections(arts)
    reasons = [c.reason for c in al.conflicts]
    assert reasons and not any(" sources's" in r or "fishermen denies" in r or "officials calls" in r for r in reasons), reasons


def test_who_claims_what_has_the_innocent_side_deny_and_the_charge_assert():
    # the charge holds "lying", a refutation cue: before, the charge was shown as the one denying
    arts = _articles("Harbor inquiry\n\nHarbor master Ida Holt is expected to be charged with bribery, two officials "
                     "familiar with the inquiry said on Monday. She is also expected to be charged with perjury for "
                     "lying to a grand jury last spring. Her lawyer, Ben Ash, said Ms. Holt \"maintains her innocence\" "
                     "and called the inquiry \"a vendetta.\"\n")
    al, _, _ = build_sections(arts)
    stances = {(v.source, v.stance) for e in al.events for v in e.versions}
    assert ("Ben Ash", "denies") in stances and any(st == "asserts" for _, st in stances), stances
    assert not any(src != "Ben Ash" and st == "denies" for src, st in stances), stances
