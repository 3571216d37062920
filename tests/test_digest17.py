"""The digest's agreements on unread stories, read as an analyst (issue 15, session 16,
digest17): a small invented cluster (tests/fixtures/digest17/), the expected answer of each pair
written before the code was run.

The fault fixed is one found reading BASIL clusters 0, 12, 14, 16, 43, 44 and 45 (neither
gold nor held out): a loose agreement whose words said alike, names aside, all lie in one claim's
trailing time adjunct, held there as a possibility only ("The biggest question ..., which began
last spring when Okafor's name surfaced as a possible successor to Lindgren as transport minister, is
whether ..." / "Okafor ... was confirmed Tuesday as the new transport minister"): a rumour's words,
not what the claim says (digest/trailing.py). A fact told in a trailing adjunct and stated by
the other claim stays one agreement (the near-misses of tests/test_agree10.py and
test_agree11.py: "The project took three years" / "... after a three-year construction project").

AGREE: two claims stating one proposition; they must be in one agreement. APART: same story,
other propositions; never in one agreement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_agree10 import cluster_reader

HERE = Path(__file__).resolve().parent / "fixtures" / "digest17"
_agreements, _one_agreement = cluster_reader(HERE)


AGREE = [
    # the vote, told three ways (an amount and a tally shared: anchors of their own)
    ('f01_bridge', 'voted 6-3 on Monday', 'by a 6-3 vote'),
    ('f01_bridge', 'voted 6-3 on Monday', 'voted 6-3 Monday'),
    # near-miss: the words said alike come before "after" in both (the main clauses agree)
    ('f01_bridge', 'Residents lined up to show support', 'The show of support for the bridge crews'),
]

APART = [
    # the shared words lie in one claim's trailing time adjunct only, as a possibility
    ('f01_bridge', 'The biggest question in this long fight', 'was confirmed Tuesday as the new chair'),
]


@pytest.mark.parametrize("cluster, w1, w2", AGREE)
def test_agree(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster, w1, w2", APART)
def test_apart(cluster, w1, w2):
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)
