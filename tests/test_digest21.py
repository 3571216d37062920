"""The digest on BASIL clusters labelled blind (issue 15, session 20, digest21): small invented
clusters (tests/fixtures/digest21/), the expected answer written before the code was run.

Fault fixed, found scoring the blind gold: one quoted sentence that one outlet gives as one claim
and two others split into two claims (at ", and" or a dash: "We stand by X, and we ask Y") was two
agreements, the whole sentence and its second piece in one, the first pieces in another: one
proposition counted twice. The two groups are one agreement when, in every article of the smaller
group, its claim is the piece of one sentence next to a claim of the larger group, one speaker says
both, and the larger group holds another outlet's claim that carries the words of both pieces
(digest/purity.join_pieces).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_agree10 import cluster_reader

HERE = Path(__file__).resolve().parent / "fixtures" / "digest21"
_agreements, _one_agreement = cluster_reader(HERE)


def _groups_with(cluster: str, *words: str) -> list[tuple[str, ...]]:
    return [g for g in _agreements(cluster) if any(w in t for t in g for w in words)]


def test_one_quoted_sentence_split_in_two_outlets_is_one_agreement():
    groups = _groups_with("q01_pieces", "stand by the inspection", "which finding it rejects")
    assert len(groups) == 1, _agreements("q01_pieces")
    # every outlet's quote is in it: the whole sentence (Ledger) and both pieces of the other two
    assert sum("stand by the inspection" in t for t in groups[0]) >= 3, groups


def test_apart_the_ministry_words_stay_out():
    assert not _one_agreement("q01_pieces", "not accurate", "which finding it rejects")


def test_apart_other_facts_stay_separate():
    assert not _one_agreement("q01_pieces", "9,000", "next week")
    assert not _one_agreement("q01_pieces", "since Monday", "which finding it rejects")


# -- join_pieces on hand-made claims: the rule's edges -------------------------------------------
from types import SimpleNamespace  # noqa: E402

from summarizer.digest.purity import join_pieces  # noqa: E402


def _f(i, sha, source, text, start, end=None):
    end = start + len(text) if end is None else end
    words = frozenset(w.strip('",.').lower() for w in text.split() if len(w.strip('",.')) > 2)
    return SimpleNamespace(index=i, sha=sha, article=sha, source=source, words=words,
                           claim=SimpleNamespace(evidence=SimpleNamespace(start=start, end=end, quote=text)))


_WHOLE = 'we stand by the inspection and the crews who carried it out, and we ask the ministry which finding it rejects.'
_P1 = '"We stand by the inspection and the crews who carried it out'
_P2 = 'we ask the ministry which finding it rejects," Kessel wrote.'


def _feats(p1_end_text=_P1, speaker2="Alma Kessel", whole=True):
    fs = [_f(0, "b", "Alma Kessel", p1_end_text, 100), _f(1, "b", speaker2, _P2, 100 + len(p1_end_text) + 6),
          _f(2, "c", "Alma Kessel", p1_end_text, 300), _f(3, "c", speaker2, _P2, 300 + len(p1_end_text) + 6)]
    if whole:
        fs.append(_f(4, "a", "Port director Alma Kessel", _WHOLE, 50))
    return fs


def test_pieces_join_when_an_outlet_tells_the_sentence_whole():
    groups = join_pieces(_feats(), [[4, 1, 3], [0, 2]])
    assert sorted(map(sorted, groups)) == [[0, 1, 2, 3, 4]]


def test_apart_no_outlet_tells_it_whole():
    fs = _feats(whole=False)
    assert sorted(map(sorted, join_pieces(fs, [[1, 3], [0, 2]]))) == [[0, 2], [1, 3]]


def test_apart_two_sentences_are_not_pieces():
    fs = _feats(p1_end_text=_P1 + '."')  # the first ends its sentence
    assert sorted(map(sorted, join_pieces(fs, [[4, 1, 3], [0, 2]]))) == [[0, 2], [1, 3, 4]]


def test_apart_two_speakers():
    fs = _feats(speaker2="Ivo Draske")
    assert sorted(map(sorted, join_pieces(fs, [[4, 1, 3], [0, 2]]))) == [[0, 2], [1, 3, 4]]


# -- a slogan a speaker says and a crowd wears is no shared proposition (a strict xfail from session 20 to 49; BASIL 35;
# fixed in session 50 by digest/purity.quoted_label: a quotation used as a thing's name) ------------------------------


def test_a_slogan_on_caps_is_not_the_speakers_line():
    assert not _one_agreement("q02_slogan", "We will make the harbor proud again", "Make The Harbor Proud Again")


def test_apart_the_speakers_quoted_line_in_both_still_agrees():
    assert _one_agreement("q02_slogan", "Varro told the crowd", "Varro said in her address")
