"""digest47 (issue 15): misses of the digest on a fifth blind set of invented three-outlet stories
(evals/digest_gold_blind47: a school board's budget vote, a footbridge collapse, an insurer's data
breach). Invented sentences throughout (other names, places and numbers than the set's texts); a near
miss beside each rule.

* a claim's time that only names a noun's year ("approved next year's budget by a 5-2 vote") does not
  date the claim apart from another's day (figures.claim_when, counts._apart);
* "not <words> as <source> has said" corrects the source's account like "as first reported"
  (firstreports.py; a year is one of the corrected words);
* a loose agreement whose shared words lie in one claim's trailing reason and in the other's condition
  ("if ...") is none (trailing.conditional_only);
* "corroded" / "rusted" are one sense (lang.WORD_SENSES);
* one thing's one-time act with two years ("opened in 1987" / "opened in 1991": eventyears.py).
"""

from __future__ import annotations

import pytest

from summarizer import lang
from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles

_FILL = ("The path was closed for the day. Walkers gathered by the gate. The warden asked for patience. "
         "A meeting is planned for the weekend. The ferry office has opened a review. ")


def _sections(a: str, b: str):
    arts = _articles(f"Report one\n\n{a} {_FILL}\n", f"Report two\n\n{_FILL}{b}\n")
    al, _, _ = build_sections(arts)
    return al


def _conflicts(a: str, b: str) -> list:
    return [c for c in _sections(a, b).conflicts if len({s.ref.article for s in c.sides}) == 2]


def _joined(a: str, b: str, word_a: str, word_b: str) -> bool:
    """Some agreement holds a claim with `word_a` in the first article and one with `word_b` in the second."""
    al = _sections(a, b)
    arts = _articles(f"Report one\n\n{a} {_FILL}\n", f"Report two\n\n{_FILL}{b}\n")
    text = {(x.id, c.id): c.text for x in arts for c in x.claims}
    for g in al.agreements:
        got = [text.get((r.article, r.claim), "") for r in g.claims]
        if any(word_a in t for t in got) and any(word_b in t for t in got):
            return True
    return False


# -- a noun's year is no date of the claim ------------------------------------------------------------

_TALLY = "The Brackwater library board voted 6-1 early on Tuesday to approve a $48 million plan that will shut three branches."


@pytest.mark.parametrize("b,conflict", [
    ("Three Brackwater library branches are to shut after the library board approved next year's plan by a 5-2 vote, "
     "according to the board's minutes.", True),
    ("Three Brackwater library branches are to shut after the library board approved next month's plan by a 5-2 vote, "
     "according to the board's minutes.", True),
    # near misses: the same tally; a time that dates the vote itself
    ("Three Brackwater library branches are to shut after the library board approved next year's plan by a 6-1 vote, "
     "according to the board's minutes.", False),
    ("Three Brackwater library branches are to shut after the library board approved the plan by a 5-2 vote last year, "
     "according to the board's minutes.", False),
])
def test_a_nouns_year_does_not_date_the_vote(b, conflict):
    got = [c for c in _conflicts(_TALLY, b) if "6-1" in c.reason and "5-2" in c.reason]
    assert bool(got) is conflict, [c.reason for c in _conflicts(_TALLY, b)]


# -- "not X as <source> has said" ---------------------------------------------------------------------

_SAID = "The dam was last examined in June 2023 and was declared sound, the water board said."


@pytest.mark.parametrize("b,conflict", [
    ("Records seen by the Herald show that the dam was last examined in April 2019, not in June 2023 as the water board has said.", True),
    ("Records seen by the Herald show that the dam was last examined in April 2019, not in June 2023 as the board had claimed.", True),
    # near misses: a comma before "as" (the source's own account); another year corrected
    ("Records seen by the Herald show that the dam was not examined in June 2023, as the water board has said.", False),
    ("Records seen by the Herald show that the dam was last examined in April 2019, not in June 2021 as the water board has said.", False),
])
def test_a_correction_naming_the_source(b, conflict):
    got = [c for c in _conflicts(_SAID, b) if "corrects" in c.reason]
    assert bool(got) is conflict, [c.reason for c in _conflicts(_SAID, b)]


# -- shared words in a reason and in a condition --------------------------------------------------------

_REASON = ("The Harlow Nurses Guild said the deficit was nearer $4 million, because the trust had left out "
           "$2.2 million in regional grants it expects to receive in the spring.")


@pytest.mark.parametrize("b,joined", [
    ("Trust chair Ines Okoro told the Courier on Monday that the trust could reopen the ward in the spring "
     "if the regional grants came in higher than expected.", False),
    # near miss: the other claim states what the reason says
    ("The trust expects to receive $2.2 million in regional grants in the spring, a trust spokesman said.", True),
])
def test_words_shared_only_by_a_reason_and_a_condition(b, joined):
    assert _joined(_REASON, b, "Nurses Guild", "spring") is joined


# -- corroded / rusted -----------------------------------------------------------------------------------

def test_corroded_and_rusted_are_one_sense():
    groups = [set(g.split()) for g in lang.NEWS_SYNONYMS]
    assert any({"corroded", "rusted"} <= g for g in groups)
    assert not any({"corroded", "snapped"} <= g for g in groups)  # near miss: what the part did


@pytest.mark.parametrize("b,joined", [
    ("Brennick County Council says a rusted steel tie rod snapped.", True),
    # near miss: another part
    ("Brennick County Council says a cracked concrete pier gave way.", False),
])
def test_a_corroded_part_and_a_rusted_part_agree(b, joined):
    a = "Brennick County Council said a steel tie rod that held the walkway to the pier had corroded through."
    assert _joined(a, b, "corroded", "Brennick") is joined


# -- one thing's one-time act with two years --------------------------------------------------------------

@pytest.mark.parametrize("a,b,conflict", [
    ("The ferry terminal, which serves the island of Carrow, opened in 1974 and was extended in 2009.",
     "The ferry terminal opened in 1979 and is the busiest on the coast.", True),
    ("The co-operative was founded in 1921, its members said.", "The co-operative was founded in 1926 by four farmers.", True),
    # near misses: another thing; a recurring act; another act; the same year; the other's year named too
    ("The ferry terminal opened in 1974.", "The lighthouse opened in 1979.", False),
    ("The harbour master was elected in 2015.", "The harbour master was elected in 2019.", False),
    ("The ferry terminal opened in 1974.", "The ferry terminal closed in 1979.", False),
    ("The ferry terminal opened in 1974.", "The ferry terminal opened in 1974 and was extended in 2009.", False),
    ("The ferry terminal opened in 1974.", "The ferry terminal opened in 1979, five years after work began in 1974.", False),
])
def test_one_time_act_with_two_years(a, b, conflict):
    got = [c for c in _conflicts(a, b) if " in 19" in c.reason and ";" in c.reason]
    assert bool(got) is conflict, [c.reason for c in _conflicts(a, b)]
