"""digest50 (issue 15): misses of the digest on an eighth blind set of invented three-outlet stories
(evals/digest_gold_blind50: a hospital's surgery waiting list, a zoo's jaguar escape, a rent-control
referendum's campaign spending). Invented sentences throughout (other names, places and numbers than
the set's texts); a near miss beside each rule (summarizer/digest/countsets.py).

* a change word after a ceiling verb ("would limit yearly fare rises to 5 percent") is a noun and the
  figure a ceiling, not an update ("the toll rose to 17"): two ceilings of one rule are two versions;
  a ceiling and a change that happened are not (`updates`, `ceiling`);
* a count past a threshold of time ("<n> patients have waited more than a year") is a subset, never a
  version of the whole count ("<m> patients are waiting"), unless both are so bounded (`past_threshold`);
* two lengths of time alone of different things ("the average wait for knee surgery is 19 weeks" /
  "the average wait for a cataract operation is 35 weeks") are no versions (shares.things_apart, now
  for time too; "now <n> weeks, up from <m> weeks" reads the old figure by the new one's words).
"""

from __future__ import annotations

import pytest

from summarizer.digest.countsets import ceiling, past_threshold, updates
from summarizer.digest.pairs import features
from tests.test_align_disputes import _articles
from tests.test_digest47 import _conflicts


def _numbers(a: str, b: str) -> bool:
    return any(c.kind == "numbers" for c in _conflicts(a, b))


def _feat(text: str, value: float):
    """The first report's claim and its quantity of `value` (None when the claim counts it as no quantity)."""
    arts = _articles(f"Report one\n\n{text}\n", "Report two\n\nNothing else happened in Brastow on Friday.\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    f = next(f for f in fs if f.article == "a1")
    return f, next((q for q in f.claim.quantities if q.value == value), None)


# -- a ceiling is no update ---------------------------------------------------------------------------

_CAP = "Proposition 12 would cap yearly water bill increases at 5 percent for homes in Brastow."


@pytest.mark.parametrize("b,conflict", [
    ("The proposition would limit yearly water bill increases to 7 percent for homes in Brastow.", True),
    ("Proposition 12 would restrict yearly water bill increases to 7 percent, its backers say.", True),
    # near misses: a change that happened, not a ceiling; the same ceiling
    ("Her water bill rose 17 percent in March, she said.", False),
    ("Water bills in Brastow rose to 7 percent of household income last year.", False),
    ("The proposition would limit yearly water bill increases to 5 percent for homes in Brastow.", False),
])
def test_two_ceilings_of_one_rule_conflict(b, conflict):
    assert _numbers(_CAP, b) is conflict


@pytest.mark.parametrize("text,value,updated", [
    ("The toll rose to 17 on Thursday after two injured workers died.", 17, True),
    ("Fares increased to 4 dollars in May.", 4, True),
    # a ceiling verb opens the phrase: no update
    ("The bill would limit yearly rent increases to 4 percent.", 4, False),
    ("The plan caps fare rises to 3 percent a year.", 3, False),
])
def test_update_after_a_ceiling_verb(text, value, updated):
    f, _ = _feat(text, value)
    assert updates(f) is updated


@pytest.mark.parametrize("text,value,ceiled", [
    ("The measure would cap yearly rent increases at 3 percent.", 3, True),
    ("The law limits class sizes to about 30 pupils.", 30, True),
    # near misses: a change that happened; a figure after "to" with no ceiling verb
    ("His rent rose 14 percent in June.", 14, False),
    ("Attendance grew to 30 pupils a class, the school said.", 30, False),
])
def test_ceiling(text, value, ceiled):
    f, q = _feat(text, value)
    assert ceiling(f, q) is ceiled


# -- a subset past a threshold of time --------------------------------------------------------------------

_LIST = "The health board says 5,300 patients are waiting for planned surgery at the town's hospital."


@pytest.mark.parametrize("b,conflict", [
    # near misses first: a subset past a year / six months is no version of the whole list
    ("According to the board's own figures, 420 patients have waited more than a year for surgery at the town's hospital.", False),
    ("The union says 420 patients have been on the list for longer than six months.", False),
    # the whole list, another version
    ("The nurses' union says 8,100 patients are waiting for planned surgery at the town's hospital.", True),
])
def test_count_past_a_threshold_is_a_subset(b, conflict):
    assert _numbers(_LIST, b) is conflict


def test_two_counts_past_one_threshold_still_conflict():
    a = "The board's figures show 420 patients at the town's hospital have waited more than a year for surgery."
    b = "The union says 1,260 patients at the town's hospital have waited more than a year for surgery."
    assert _numbers(a, b)


@pytest.mark.parametrize("text,value,past", [
    ("Some 420 patients have waited more than a year for surgery.", 420, True),
    ("The union says 90 nurses have been off sick for at least three weeks.", 90, True),
    # near misses: a bound on the count itself; a period after a clause break; no threshold
    ("More than 420 patients are waiting for surgery.", 420, False),
    ("The ward treated 420 patients, more than a year earlier than planned.", 420, False),
    ("Some 420 patients are waiting for surgery this year.", 420, False),
])
def test_past_threshold(text, value, past):
    f, q = _feat(text, value)
    assert past_threshold(f, q) is past


# -- lengths of time of other things --------------------------------------------------------------------------

_WAIT = "The average wait for knee surgery is 19 weeks, the health board says."


@pytest.mark.parametrize("b,conflict", [
    ("The hospital's average wait for a cataract operation is now 35 weeks, up from 22 weeks a year ago, the board's figures show.", False),
    ("The average wait for a cataract operation is 35 weeks, the union says.", False),
    # the same wait: another version
    ("The union says the average wait for knee surgery is 31 weeks.", True),
])
def test_lengths_of_time_of_other_things(b, conflict):
    assert _numbers(_WAIT, b) is conflict


# -- a quotation's speaker is not what it says --------------------------------------------------------------

def _local(a: str, b: str):
    """How the digest judges the two reports' first claims (align.judge_pair)."""
    from summarizer.digest.align import judge_pair
    from summarizer.digest.pairs import article_texts
    arts = _articles(f"Report one\n\n{a}\n", f"Report two\n\n{b}\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    f1 = next(f for f in fs if f.article == "a1")
    f2 = next(f for f in fs if f.article == "a2")
    return judge_pair(f1, f2, article_texts(fs)).kind


_QUOTE = "\"We answer every complaint within a week,\" said the council's chief planner, Dr. Orla Pennick-Vass."


@pytest.mark.parametrize("b,agrees", [
    ("Its chief planner, Dr. Orla Pennick-Vass, has led the council's planning office since 2019.", False),
    ("The council's chief planner, Dr. Orla Pennick-Vass, has run the office since 2019.", False),
])
def test_a_quotation_shares_only_its_speaker(b, agrees):
    assert (_local(_QUOTE, b) == "agreement") is agrees


def test_a_claim_about_the_speaker_still_agrees():
    # near miss: the shared words reach past the tag (the resignation both tell)
    a = "The council's chief planner, Dr. Orla Pennick-Vass, resigned on Friday after nine years in the post."
    b = "Dr. Orla Pennick-Vass, the council's chief planner, resigned on Friday, a spokesman said."
    assert _local(a, b) == "agreement"


def test_a_quoted_title_has_no_speech_tag():
    # near miss: a title in quotation marks inside a sentence; what "cites" introduces is the claim's content
    from summarizer.digest.purity import tag_words
    arts = _articles("Report one\n\nThe audit, \"Water and the Town 2023,\" cites the example of Brastow closing three wells after a spill.\n",
                     "Report two\n\n\"We closed the wells within a day,\" said the town's engineer, Ada Morrow.\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    assert tag_words(next(f for f in fs if f.article == "a1")) == []
    assert "morrow" in tag_words(next(f for f in fs if f.article == "a2"))
