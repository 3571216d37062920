"""Session 21, fact22 (issue 12): certainty that follows the text. Invented sentences (invented
names, places and bodies), each with the source and certainty GUIDELINES §6 give its claim,
written before the `code` path ran on them; see evals/RESULTS.md "Session 21: fact22".

- `FIXED`: a source after a scene-setting place phrase that carries a "where"/"when" clause ("In
  Dorrin, where the pier is closing, Mayor Ana Pell said that ..."): the sentence is the source's
  (§6: the sentence names a source), so an uncertain content is no longer the outlet's `stated`
  fact (factuality half A: a "where" clause of 20 words before "X insisted that").
- `FIXED` too: "No" inside a sentence before a capitalised word is a name ("The No Limits Trust bought
  the mill"), not a negation (lang.NAME_LIKE_NEGATORS; attribution/text.words, as "Will Harper").
- `APART`: near shapes that must not change: no source after the setter, a source inside the
  setter's own clause, a setter that is a clause of its own; and the brief's certainty controls (a
  modal in another clause than the event, "will" inside a title, "No" in a name, "not only ... but").
- `OPEN`: shapes found on half A and not fixed (strict xfails, reasons given).
"""

from __future__ import annotations

import pytest

from summarizer.eval.suites.common import make_article
from tests.test_bat9a import HEADLINE, _code_path

# (sentence, part of the claim, attributed_to, certainty)
FIXED = [
    ("In Dorrin, where the pier is closing, Mayor Ana Pell said that the harbor was the best place for a market.",
     "harbor", "Mayor Ana Pell", "reported"),
    ("In Dorrin, where the ferry company, Tarn Lines, is closing the pier, Pell said the harbor could host a market.",
     "harbor", "Pell", "speculative"),
    ("At the Velmont plant, where 40 workers lost their jobs in May, the union said it would appeal the ruling.",
     "appeal", "the union", "speculative"),
]

APART = [
    # no source after the setter: the outlet's
    ("In Dorrin, where the pier is closing, the council voted to sell the ferry.", "ferry", "article", "stated"),
    # the source speaks inside the setter's clause, the main clause is the outlet's
    ("In Dorrin, where Pell said the pier was closing, the council sold the ferry in May.", "council sold", "article", "stated"),
    # a plain setter without a relative clause (as before)
    ("In Dorrin, Mayor Ana Pell said that the harbor was the best place for a market.", "harbor", "Mayor Ana Pell", "reported"),
    # a modal in a relative clause, not the main clause's
    ("The Harlow mill, which may close next year, sold 40 tons of wool in May.", "sold", "article", "stated"),
    # "will" inside a title shown, not a forecast
    ("The Tarvin choir sang “We Will Rise Again” at the opening of the hall on Friday.", "choir", "article", "stated"),
    # "No" in a name
    ("The No Limits Trust bought the old Harlow mill in May.", "mill", "article", "stated"),
    # "No" opening a sentence still negates (only a capitalised "No" inside a sentence is a name's)
    ("No Harlow workers were hurt in the fire at the mill.", "workers", "article", "negated"),
    # "not only ... but"
    ("The storm not only closed the Tarvin port but also cut power to 3,000 homes.", "port", "article", "stated"),
]

OPEN = [
    ("The Harlow driver has been stopped four times on the coast road, but has no previous convictions.",
     "no previous convictions", "negated",
     "a second predicate after ', but' with a negative quantifier ('has no ...') stays in one claim with the first "
     "(second_predicates.split reads only 'and/but' + a negated auxiliary with no comma and a named subject); "
     "factuality half A: 1 event"),
    ("While there were no new orders in the spring, the Harlow mill sold 40 tons of wool in the autumn.",
     "no new orders", "negated",
     "a leading concessive 'While A, B' asserts A too (GUIDELINES §3: one claim per assertion), but the tool "
     "keeps one claim whose certainty is B's; factuality half A: 3 sentences, 5 events"),
    ("Sales at the Harlow mill fell to 4 million pounds because the firm no longer counts its Tarvin unit.",
     "no longer counts", "negated",
     "a stated cause (', because ...', GUIDELINES §3: its own claim) is not split from the main clause, whose "
     "certainty the claim takes; factuality half A: 2 events"),
]


def _holding(sentence: str, part: str):
    """The claim of the one-sentence article whose evidence holds `part` (the suite's pick)."""
    text = HEADLINE + sentence
    at = text.index(part)
    return next((c for c in _code_path()(make_article(text, "fact22.txt")).claims if c.evidence.start <= at < c.evidence.end), None)


@pytest.mark.parametrize("sentence,part,source,certainty", FIXED + APART)
def test_source_and_certainty(sentence, part, source, certainty):
    c = _holding(sentence, part)
    assert c is not None
    assert (c.attributed_to.lower(), c.certainty) == (source.lower(), certainty)


@pytest.mark.parametrize("sentence,part,certainty,reason", [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=c[3])) for c in OPEN])
def test_open(sentence, part, certainty, reason):
    c = _holding(sentence, part)
    assert c is not None and c.certainty == certainty, reason
