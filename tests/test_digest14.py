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
clause ("After Marr wrapped up his opening remarks, ..., Quill responded: ..." with Marr's own
accusation), while the claim each belongs with was left in another agreement or none.

AGREE: two claims stating one proposition; they must be in one agreement. APART: same story,
other propositions; never in one agreement. A case marked `missed` is still wrong (strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_agree10 import cluster_reader
from tests.test_agree11 import missed

HERE = Path(__file__).resolve().parent / "fixtures" / "digest14"
_agreements, _one_agreement = cluster_reader(HERE)


AGREE = [
    ('d01_debate', 'Ines Varga of KXTV was the moderator', 'The moderator was Ines Varga of KXTV'),
    ('d01_debate', 'reminded her of her own gaffes', 'her own share of gaffes'),
    ('d01_debate', "that's a pile of nonsense", "That's a pile of nonsense"),
    ('d01_debate', 'release her tax returns on Friday', 'she would release her tax returns'),
    ('d01_debate', 'voted 5-2 last month to close', 'voted 5-2 to close the Harlow Dam'),
    ('d02_bridge', 'close for six weeks starting Monday', 'close the Harlan Bridge for six weeks'),
    ('d02_bridge', 'close for six weeks starting Monday', 'closes Monday for six weeks'),
    ('d02_bridge', 'cannot wait another winter', 'cannot wait another winter,'),
    # an opening clause that is no part of what the two share
    ('d02_bridge', 'Pruitt answered that the cracks had grown', 'Pruitt said the cracks had grown'),
    missed('d03_aide', 'resigned Monday after her Instagram post', 'resigned on Monday',
           reason="similarity under AGREE_SIM: the trailing 'after her Instagram post ... drew complaints' dilutes "
                  "the main clause; opening.py reads opening clauses only"),
    ('d03_aide', 'should "show some manners."', 'should "show some manners."'),
    ('d03_aide', 'on Friday apologized for an Instagram post', 'She had apologized on Friday'),
]

APART = [
    # the names and "went after" of an opening "When ..." clause: not the proposition
    ('d01_debate', 'went after the Marr campaign', 'reminded her of her own gaffes'),
    ('d01_debate', 'went after the Marr campaign', 'Marr reminded Quill'),
    # Marr's accusation and Quill's retort: two speakers, one named in the other's opening clause
    ('d01_debate', 'projecting weakness', 'After Marr wrapped up his opening remarks'),
    ('d02_bridge', 'Why now, in the middle of the tourist season?', 'grown faster than expected'),
    # two events on two days, told with the same background (the post about the parade)
    ('d03_aide', 'on Friday apologized for an Instagram post', 'resigned Monday after her Instagram post'),
    ('d04_staffer', 'on Friday apologized for an Instagram post', 'resigned Monday after her Instagram post'),  # local.py
]


@pytest.mark.parametrize("cluster,w1,w2", AGREE)
def test_one_proposition_is_an_agreement(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster,w1,w2", APART)
def test_other_propositions_stay_apart(cluster, w1, w2):
    assert any(w1 in t for g in _agreements(cluster) for t in g) or True
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)


# -- one quotation, one speaker (align.passages), on sentences written for it --------------------

from summarizer.digest.align import join_groups, judge_pair, passages  # noqa: E402
from summarizer.digest.pairs import article_texts  # noqa: E402
from tests.test_align_local import _feats  # noqa: E402
from tests.test_align_paraphrase import FILLER, articles  # noqa: E402


def _passages(line2_speaker: str) -> list[list[str]]:
    text = ('T\n\n"The harbor will reopen in May after the dredging," Lena Dorn said. '
            f'"We have found the money for the new pier at last," {line2_speaker} said. ' + FILLER + "\n")
    feats = _feats(articles(text, text.replace("T\n\n", "U\n\n", 1)))
    at = article_texts(feats)
    judged = [(f.index, g.index, jd) for f in feats for g in feats if f.index < g.index and f.sha != g.sha
              for jd in [judge_pair(f, g, at)] if jd.kind == "agreement"]
    groups = passages(feats, join_groups(feats, judged), judged)
    return [sorted(feats[i].claim.text[:12] for i in g) for g in groups if any("harbor" in feats[i].claim.text
                                                                              or "pier" in feats[i].claim.text for i in g)]


def test_two_speakers_neighbouring_lines_are_two_agreements():
    assert len(_passages("Omar Vell")) == 2


def test_one_speakers_neighbouring_lines_are_one_passage():
    assert len(_passages("Dorn")) == 1
