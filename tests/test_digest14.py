"""The digest's agreements on any story (issue 15, session 13, digest14): two small clusters of
three short articles (a mayoral debate, a bridge closing), written for these tests
(tests/fixtures/digest14/; what an analyst expects was listed before the code was run).

d03/d04: a staff aide's post about a parade (d04 with the parade's name, so that local.py's windows match).

The faults are those found reading BASIL clusters 0, 14 and 44 (neither gold) and the tuned
gold's false agreements ("resigned Monday after her post about the parade" / "on Friday apologized
for a post about the parade": two events sharing their background): a claim joined
on the names and a word or two of its opening subordinate clause ("When Ms. Quill went after
Mr. Marr's remark ..., Mr. Marr reminded her of her own gaffes" with "Quill went after the Marr
campaign ..."), and two speakers' lines joined because one names the other in an opening
clause ("After Marr finished his opening statement, ..., Quill responded: ..." with Marr's own
accusation), while the claim each belongs with was left in another agreement or none.

AGREE: two claims stating one proposition; they must be in one agreement. APART: same story,
other propositions; never in one agreement. A case marked `missed` is still wrong (strict xfail).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tests.test_agree10 import agreements_in
from tests.test_agree11 import missed

HERE = Path(__file__).resolve().parent / "fixtures" / "digest14"


@lru_cache(maxsize=None)
def _agreements(cluster: str) -> tuple[tuple[str, ...], ...]:
    return agreements_in(HERE, cluster)


def _one_agreement(cluster: str, w1: str, w2: str) -> bool:
    return any(any(w1 in t for t in g) and any(w2 in t for t in g) for g in _agreements(cluster))


AGREE = [
    ('d01_debate', 'Ines Varga of KXTV was the moderator', 'The moderator was Ines Varga of KXTV'),
    ('d01_debate', 'reminded her of her own gaffes', 'her own share of gaffes'),
    ('d01_debate', "that's a bunch of nonsense", "That's a bunch of nonsense"),
    ('d01_debate', 'release her tax returns on Friday', 'she would release her tax returns'),
    ('d01_debate', 'voted 5-2 last month to close', 'voted 5-2 to close the Harlow Dam'),
    ('d02_bridge', 'close for six weeks starting Monday', 'close the Harlan Bridge for six weeks'),
    ('d02_bridge', 'close for six weeks starting Monday', 'closes Monday for six weeks'),
    ('d02_bridge', 'cannot wait another winter', 'cannot wait another winter,'),
    # an opening clause that is no part of what the two share
    ('d02_bridge', 'Pruitt answered that the cracks had grown', 'Pruitt said the cracks had grown'),
    missed('d03_aide', 'resigned Monday after her Facebook post', 'resigned on Monday',
           reason="similarity under AGREE_SIM: the trailing 'after her Facebook post ... drew complaints' dilutes "
                  "the main clause; opening.py reads opening clauses only"),
    ('d03_aide', 'should "show some manners."', 'should "show some manners."'),
    ('d03_aide', 'on Friday apologized for a Facebook post', 'She had apologized on Friday'),
]

APART = [
    # the names and "went after" of an opening "When ..." clause: not the proposition
    ('d01_debate', 'went after the Marr campaign', 'reminded her of her own gaffes'),
    ('d01_debate', 'went after the Marr campaign', 'Marr reminded Quill'),
    # Marr's accusation and Quill's retort: two speakers, one named in the other's opening clause
    ('d01_debate', 'projecting weakness', 'After Marr finished his opening statement'),
    ('d02_bridge', 'Why now, in the middle of the tourist season?', 'grown faster than expected'),
    # two events on two days, told with the same background (the post about the parade)
    ('d03_aide', 'on Friday apologized for a Facebook post', 'resigned Monday after her Facebook post'),
    ('d04_staffer', 'on Friday apologized for a Facebook post', 'resigned Monday after her Facebook post'),  # local.py
]


@pytest.mark.parametrize("cluster,w1,w2", AGREE)
def test_one_proposition_is_an_agreement(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster,w1,w2", APART)
def test_other_propositions_stay_apart(cluster, w1, w2):
    assert any(w1 in t for g in _agreements(cluster) for t in g) or True
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)
