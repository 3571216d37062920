"""The digest's agreements, conflicts and "who claims what" on BASIL clusters no session had read
as an analyst (issue 15, session 17, digest18): small invented clusters (tests/fixtures/digest18/),
the expected answer of each pair written before the code was run.

Faults fixed, found reading BASIL 4, 6, 8, 10, 22, 24 and 26 (tuned gold clusters whose digests
no session had read whole):

- one speaker's two remarks, each quoted by two outlets, joined into one agreement because one
  outlet's claim of the second remark shares a few words with the first ("I think that is a
  hollow promise" on Sunday / "It's about some hollow promise, some hollow creed" on Saturday): two
  sentences of one article, each with its own near-verbatim partner in another article, are two
  agreements (digest/twoquotes.py, a hook in align.join_groups).
- a disputed event headed by its conflict's topic words ("obama", "Boggs Grimm Patton",
  "comparison"): a version conflict's event is headed by words of its claims, as every other
  event is; a number conflict keeps the counted thing.

AGREE: two claims stating one proposition; they must be in one agreement. APART: same story,
other propositions; never in one agreement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_agree10 import cluster_reader

HERE = Path(__file__).resolve().parent / "fixtures" / "digest18"
_agreements, _one_agreement = cluster_reader(HERE)


AGREE = [
    # Saturday's remark, quoted by all three
    ('g01_remark', "It's about some reckless scheme, some reckless budget", "It's about some reckless scheme."),
    ('g01_remark', "It's about some reckless scheme, some reckless budget", "some reckless budget."),
    # Sunday's remark, quoted by two
    ('g01_remark', 'I think that is a reckless scheme.', '"I think that is a reckless scheme."'),
    # near-miss: the spokesman's one statement, quoted sentence by sentence by two outlets, stays one
    ('g01_remark', "those remarks are well past the point of fairness", "those remarks are well past the point of fairness"),
]

APART = [
    # two remarks of one speaker on two days, each quoted by two outlets
    ('g01_remark', "It's about some reckless scheme, some reckless budget", 'I think that is a reckless scheme.'),
    ('g01_remark', "It's about some reckless scheme.", 'I think that is a reckless scheme.'),
]


@pytest.mark.parametrize("cluster, w1, w2", AGREE)
def test_agree(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster, w1, w2", APART)
def test_apart(cluster, w1, w2):
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)


# -- "who claims what": a disputed event is headed by words of its claims, as every other event --------
# (read on BASIL 6, 22, 26: "obama", "Boggs Grimm Patton", "comparison" headed the disputed events;
# a number conflict's event keeps the counted thing: "bills")

CONF12 = Path(__file__).resolve().parent / "fixtures" / "conf12"


@pytest.mark.parametrize("cluster", sorted(p.name for p in CONF12.iterdir() if p.is_dir()))
def test_a_disputed_events_heading_is_words_of_its_claims(cluster):
    from summarizer.digest.align import HEADING_CHARS
    from tests.test_agree10 import digest_of
    _, al = digest_of(CONF12 / cluster)
    counted = {c.topic for c in al.conflicts if c.kind == "numbers"}
    for e in al.events:
        head = e.title.removesuffix(" …")
        assert len(head) <= HEADING_CHARS, e.title
        assert head in counted or any(head in v.text for v in e.versions), (e.title, [v.text for v in e.versions])


# -- one speaker's successive sentences, each quoted by two outlets: one agreement per sentence -----------
# (read on BASIL 6, 22 and 24: Trump's "I love this country ..." / "The world laughs at us." / "They won't
# be laughing ..."; a lawyer's five-sentence statement; digest16's and digest17's leftover.) align.passages
# joins them on purpose (one shared passage shown once); with it off these pass (evals/RESULTS.md, digest18).

_PASSAGE = pytest.mark.xfail(strict=True, reason="align.passages joins near-verbatim groups that are neighbours in every article into "
                                                 "one shared passage by design; with it off these pass, but held-out agreement precision "
                                                 "0.52 -> 0.48 (63 -> 69 predicted, 33 matched) and tuned 0.64 -> 0.54 (88 -> 105, "
                                                 "56 -> 57 matched): kept (session 17, digest18)")


@pytest.mark.parametrize("w1, w2", [
    pytest.param("We are saddened by the county's decision", "the county has waged a spiteful campaign", marks=_PASSAGE),
    pytest.param("the county has waged a spiteful campaign", "When the facts come out, he will be cleared", marks=_PASSAGE),
])
def test_successive_sentences_of_one_statement_are_agreements_of_their_own(w1, w2):
    assert _one_agreement("g02_statement", w1, w1) and _one_agreement("g02_statement", w2, w2)
    assert not _one_agreement("g02_statement", w1, w2), _agreements("g02_statement")


def test_a_statement_and_the_report_of_it_stay_apart():
    # near-miss: the lawyer's confirmation of the charges is its own agreement, not the statement's
    assert _one_agreement("g02_statement", "said in a statement on Friday that prosecutors", "will be charged with bribery")
    assert not _one_agreement("g02_statement", "will be charged with bribery", "hardly shocked")
