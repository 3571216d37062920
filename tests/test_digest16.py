"""The digest's agreements and conflicts on unread stories, read as an analyst (issue 15,
session 15, digest16): small invented clusters (tests/fixtures/digest16/), the expected answer
of each pair written before the code was run.

The faults are those found reading BASIL clusters 2, 19, 29, 41 and 47 (neither gold nor held
out): an agreement made by local.py's windows where the shared run lies, in one claim, inside a
restrictive relative clause of a common noun ("... how the state board would treat
foster parents whose home counties don't license kin care" / "... also extended state
payments to foster parents in counties that don't license their homes"; "... handle a
licensed foster couple who file a joint benefit claim" / "couples will now be allowed to
file state joint benefit claims"): which things the noun means, not what the claim says; and a
claim that reports a quoted label and a quotation that negates it joined as one ("his claim that
the strike is a “fight of <Name>'s choosing” and may not be winnable" / "the strike was
not ‘a fight of <Name>'s choosing’"): the negation of the second predicate was read back over "and".

AGREE: two claims stating one proposition; they must be in one agreement. APART: same story,
other propositions; never in one agreement. A case marked `missed` is still wrong (strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_agree10 import cluster_reader

HERE = Path(__file__).resolve().parent / "fixtures" / "digest16"
_agreements, _one_agreement = cluster_reader(HERE)


AGREE = [
    ('f01_market', 'will now be allowed to sell their beer', 'may sell their beer at farmers markets'),
    ('f01_market', 'gives clear and simple guidance', 'gives clear and simple guidance'),
    # near-miss: a non-restrictive relative of a named person ("X, 71, who served ...") says
    # something about X; it stays an agreement
    ('f01_market', 'served on the circuit bench from 1990', 'served on the circuit bench for 24 years'),
    ('f02_stadium', "She added, \"Needless to say", "Brisk wrote"),
]

APART = [
    # the shared run is the restrictive relative clause of a common noun in one claim
    ('f01_market', 'brewers whose home towns', 'also extended market permits'),
    ('f01_market', 'will now be allowed to sell their beer', 'handle a licensed home brewer who sells'),
    # a claim that reports a quoted label ("is a “project of Velby's choosing” and may not be
    # affordable") and a quotation that negates it: the negation of "may not be affordable"
    # does not reach back over "and" to the label (negreach.py)
    ('f02_stadium', 'may not be affordable', "She added, \"Needless to say"),
    ('f02_stadium', 'may not be affordable', "Brisk wrote"),
]


@pytest.mark.parametrize("cluster, w1, w2", AGREE)
def test_agree(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster, w1, w2", APART)
def test_apart(cluster, w1, w2):
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)
