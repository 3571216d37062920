"""conflict59 (issue 15): a tuned BASIL gold set (evals/digest_gold_basil59, lines 5, 23, 25, 27: agreements and
conflicts) and cross-article conflict rules fixed on it, each with invented near-misses (evals/RESULTS.md,
"Session 50: conflict59")."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_DEVDATA = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")


def test_the_basil59_set_is_apart_from_the_held_out_set_and_has_agreements():
    files = sorted((ROOT / "evals" / "digest_gold_basil59").glob("*.json"))
    docs = [json.loads(p.read_text("utf-8")) for p in files]
    assert len(docs) == 4
    assert sum(len(d["agreements"]) for d in docs) == 31
    assert sum(len(d["conflicts"]) for d in docs) == 4
    assert not any(d.get("conflicts_only") for d in docs)
    held = {p.stem for p in (ROOT / "evals" / "digest_gold_heldout").glob("*.json")}
    assert not held & {p.stem for p in files}


@pytest.mark.skipif(not (_DEVDATA / "multidoc" / "basil_clusters.jsonl").is_file(), reason="dev data not present")
def test_the_basil59_set_on_disk_is_an_exact_rebuild_of_its_labels(capsys):
    spec = importlib.util.spec_from_file_location("_mdg_basil59", ROOT / "evals" / "tools" / "make_digest_gold_basil59.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert "4 clusters, 31 agreements, 4 conflicts: all spans check" in capsys.readouterr().out


# -- a negated act against a norm's "would" (digest/norms.py) ----------------------------------------------------------

from summarizer.digest.norms import norm_against_act  # noqa: E402
from tests.test_conflict52 import _alignment  # noqa: E402


def _cross(al) -> list[str]:
    return [c.reason for c in al.conflicts if len({s.ref.article for s in c.sides}) > 1]


@pytest.mark.parametrize("second,conflict", [
    ("Vice Chair Ellis R. Hanlon Jr., who as host would be expected to attend the Varga speech, is on a trip to Oslo "
     "that week.", False),  # what the host would do: a norm
    ("Vice Chair Ellis R. Hanlon Jr. would be expected to attend the Varga speech.", False),
    ("Vice Chair Ellis R. Hanlon Jr. would normally attend the Varga speech.", False),
    ("Vice Chair Ellis R. Hanlon Jr. will attend the Varga speech.", True),  # a plan: the conflict stays
    ("Vice Chair Ellis R. Hanlon Jr. is expected to attend the Varga speech.", True),  # a forecast of the act
])
def test_a_negated_act_against_a_norm(second, conflict):
    al = _alignment("Vice Chair Hanlon won't attend the Varga speech.", second)
    assert bool(_cross(al)) is conflict, _cross(al)


@pytest.mark.parametrize("neg,other,read", [
    ("Hanlon won't attend the speech.", "Hanlon, who as host would be expected to attend, is abroad.", True),
    ("Hanlon won't attend the speech.", "Hanlon would ordinarily be required to attend.", True),
    ("Hanlon won't attend the speech.", "Hanlon would attend the speech if asked.", False),  # no norm word
    ("Hanlon won't speak at the dinner.", "Hanlon would normally attend the dinner.", False),  # another verb
    ("Hanlon won't attend the speech.", "Hanlon would normally attend, and he attends this one.", False),  # told plainly too
])
def test_the_norm_reader(neg, other, read):
    assert norm_against_act(neg, other) is read


# -- a thing called a false belief against another source's account of it (digest/misbeliefs.py) -----------------------

_MISBELIEF = "In a note, Governor Tarrow said the talks \"would only deepen the misperception of partisanship about my planned trip.\""


@pytest.mark.parametrize("second,conflict", [
    ("\"Tarrow's trip has brought a measure of partisanship into the council, and that hurts us,\" Mayor Quill "
     "told the Ledger.", True),
    ("\"Tarrow's trip has not brought any partisanship into the council,\" Mayor Quill told the Ledger.", False),  # the other negates it
    ("\"Tarrow's trip has brought a measure of bitterness into the council, and that hurts us,\" Mayor Quill "
     "told the Ledger.", False),  # another noun
    ("Mayor Quill said partisanship was rising on all sides of the council.", False),  # told of another thing
])
def test_a_misperception_against_an_account_of_it(second, conflict):
    al = _alignment(_MISBELIEF, second)
    assert any("false belief" in r for r in _cross(al)) is conflict, _cross(al)
