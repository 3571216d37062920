"""digest48 (issue 15): misses of the digest on a sixth blind set of invented three-outlet stories
(evals/digest_gold_blind48: an emergency room's night closure, a pressure-cooker recall, a mayor's
crime figures). Invented sentences throughout (other names, places and numbers than the set's texts);
a near miss beside each rule.

* "<n> people joined <day>'s protest" counts the people of the act "<m> people protested" names
  (measure_frames._joined_act): two counts of one crowd, not of two acts;
* two counts of one rare noun, each of one year both name ("<n> burglaries in the old town in
  2024"), tell one event (rarecounts.same_event);
* "would not reopen ... until ..." bounds when the act happens and denies nothing
  (pairs._neg_targets, nounneg.negated_phrases).
"""

from __future__ import annotations

import pytest

from summarizer.digest.pairs import _neg_targets, features
from summarizer.digest.rarecounts import same_event
from tests.test_align_disputes import _articles
from tests.test_digest47 import _conflicts


def _numbers(a: str, b: str) -> bool:
    return any(c.kind == "numbers" for c in _conflicts(a, b))


# -- "joined <day>'s protest" is the act "protested" names ---------------------------------------------

_CROWD = "About 400 people protested outside the town hall in Brellham on Sunday evening, police said."


@pytest.mark.parametrize("b,conflict", [
    ("Organisers said more than 1,000 people joined Sunday's protest outside the town hall in Brellham.", True),
    ("Organisers said more than 1,000 people joined the protest outside the town hall in Brellham on Sunday.", True),
    # near misses: another act joined; a taking-part verb with another noun; another verb
    ("Organisers said more than 1,000 people joined Sunday's vigil outside the town hall in Brellham.", False),
    ("Organisers said more than 1,000 people joined the union outside the town hall in Brellham on Sunday.", False),
    ("Organisers said more than 1,000 people signed Sunday's protest letter outside the town hall in Brellham.", False),
])
def test_joined_protest_counts_the_protesters(b, conflict):
    assert _numbers(_CROWD, b) is conflict


def test_joined_march_counts_the_marchers():
    a = "About 300 people marched through Delby on Saturday, police said."
    assert _numbers(a, "Organisers said more than 900 people joined Saturday's march through Delby.")
    assert not _numbers(a, "Organisers said more than 900 people joined Saturday's concert in Delby.")


# -- two counts of one rare noun in one year ----------------------------------------------------------

_YEARLY = "In her budget speech, the mayor said there had been 31 burglaries in the old town in 2024, the fewest in years."


@pytest.mark.parametrize("b,conflict", [
    ("The insurers' association counted 38 burglaries in the old town in 2024.", True),
    ("The insurers' association recorded 38 burglaries in the old town during 2024.", True),
    # near misses: another year; no year named
    ("The insurers' association counted 38 burglaries in the old town in 2023.", False),
])
def test_one_year_counts_of_one_noun(b, conflict):
    assert _numbers(_YEARLY, b) is conflict


@pytest.mark.parametrize("b,one", [
    ("The insurers' association counted 38 burglaries in the old town in 2024.", True),
    ("The insurers' association counted 38 burglaries in 2024.", True),
    # near misses: another year; a year that is not the count's ("since 2024"); no year
    ("The insurers' association counted 38 burglaries in the old town in 2023.", False),
    ("The insurers' association has counted 38 burglaries since 2024.", False),
    ("The insurers' association counted 38 burglaries in the old town.", False),
])
def test_a_year_both_counts_are_of_is_one_event(b, one):
    arts = _articles(f"Report one\n\n{_YEARLY}\n", f"Report two\n\n{b}\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    f1 = next(f for f in fs if "31 burglaries" in f.claim.text)
    f2 = next(f for f in fs if "38 burglaries" in f.claim.text)
    q1 = next(q for q in f1.claim.quantities if q.value == 31)
    q2 = next(q for q in f2.claim.quantities if q.value == 38)
    assert same_event(f1, q1, f2, q2) is one


# -- "not ... until" denies nothing ------------------------------------------------------------------

def test_not_until_has_no_negated_words():
    assert not _neg_targets("The ferry would not resume sailing until the pier had been repaired.")
    assert _neg_targets("The ferry would not resume sailing this year.")  # near miss: a plain negation
    assert _neg_targets("The ferry would not resume sailing, the board said, and the pier will stay shut until June.")


_UNTIL = ("Dale Orris, head of the Penmore port board, said on Monday that the ferry would not resume sailing until the "
          "pier had been repaired, which he expected to take months.")


@pytest.mark.parametrize("b,conflict", [
    ("The transport minister has given the Penmore port board until Thursday to say how it will resume the ferry sailing.", False),
    ("The Penmore port board says the ferry will resume sailing after the pier is repaired.", False),
])
def test_not_until_is_no_negation_of_the_act(b, conflict):
    assert bool([c for c in _conflicts(_UNTIL, b) if c.kind == "assertion"]) is conflict


def test_a_plain_negation_still_conflicts():  # near miss
    a = "Dale Orris, head of the Penmore port board, said on Monday that the ferry would not resume sailing this year."
    assert [c for c in _conflicts(a, "The Penmore port board says the ferry will resume sailing this year.") if c.kind == "assertion"]


# -- "the 18 percent claim" cites another's figure ---------------------------------------------------

_CITED_A = "Council member Ana Brisco, who is challenging the mayor, called the 12 percent claim \"a campaign number, not a police number\"."
_CITED_B = "\"The 5 percent figure is the department's number,\" Police Chief Tam Reyes said on Friday."


def test_a_cited_figure_is_no_count_of_its_speaker():
    assert not _numbers(_CITED_A, _CITED_B)


@pytest.mark.parametrize("text,cited", [
    ("Ana Brisco called the 12 percent claim a campaign number.", True),
    ("Ana Brisco rejected the $40 million allegation.", True),
    # near misses: a figure the speaker gives; a figure followed by its own account noun after a comma
    ("Ana Brisco said the 12 percent figure was right.", False),
    ("The mayor said burglaries fell 12 percent, a claim the union disputes.", False),
])
def test_cited_figure(text, cited):
    from summarizer.digest.countacts import cited_figure

    arts = _articles(f"Report\n\n{text}\n")
    f = next(f for f in features([(x, c) for x in arts for c in x.claims]) if "12" in f.claim.text or "40" in f.claim.text)
    q = next(q for q in f.claim.quantities if q.value in (12, 40, 40_000_000))
    assert cited_figure(f, q) is cited
