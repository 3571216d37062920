"""The gold digests (evals/digest_gold, tuned on; evals/digest_gold_heldout, held out): the agreed
format, and exact spans against the dev data."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "evals" / "digest_gold").glob("*.json"))
HELDOUT = sorted((ROOT / "evals" / "digest_gold_heldout").glob("*.json"))
OUTLETS = {"fox", "nyt", "hpo"}
DEVDATA = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")
CLUSTERS = DEVDATA / "multidoc" / "basil_clusters.jsonl"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "_make_digest_gold", ROOT / "evals" / "tools" / "make_digest_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eleven_clusters():
    assert len(GOLD) == 11  # 8 in session 1, 3 more (lines 4, 10, 26) in session 6


def test_ten_heldout_clusters_apart_from_the_tuned_ones():
    assert len(HELDOUT) == 10
    assert not {p.stem for p in GOLD} & {p.stem for p in HELDOUT}


@pytest.mark.parametrize("path", GOLD + HELDOUT,
                         ids=[f"{g.parent.name[12:] or 'tuned'}-{g.stem[:8]}" for g in GOLD + HELDOUT])
def test_format(path):
    g = json.loads(path.read_text(encoding="utf-8"))
    assert list(g) == ["cluster_id", "main_event", "articles", "agreements", "conflicts"]
    assert g["cluster_id"] == path.stem
    assert set(g["articles"]) == OUTLETS
    assert [a["id"] for a in g["agreements"]] == [f"a{i}" for i in range(1, len(g["agreements"]) + 1)]
    assert [k["id"] for k in g["conflicts"]] == [f"k{i}" for i in range(1, len(g["conflicts"]) + 1)]
    # 3-8 picked as the story's most important shared facts; a tuned cluster may hold up to five
    # more, session 19's true agreements the code digest predicted (evals/digest_gold/README.md)
    assert 3 <= len(g["agreements"]) <= (8 if path.parent.name == "digest_gold_heldout" else 13)
    for a in g["agreements"]:
        assert list(a) == ["id", "proposition", "quotes"] and a["proposition"].strip()
        outlets = [q["outlet"] for q in a["quotes"]]
        assert len(outlets) >= 2 and len(set(outlets)) == len(outlets) and set(outlets) <= OUTLETS
        for q in a["quotes"]:
            assert list(q) == ["outlet", "quote", "start", "end"]
            assert q["end"] - q["start"] == len(q["quote"]) > 0
    for k in g["conflicts"]:
        assert list(k) == ["id", "type", "about", "within_article", "sides"]
        assert k["type"] in ("number", "version") and isinstance(k["within_article"], bool)
        outlets = {s["outlet"] for s in k["sides"]}
        assert len(k["sides"]) >= 2 and outlets <= OUTLETS
        if k["within_article"]:
            assert len(outlets) == 1 and len({s["source"] for s in k["sides"]}) >= 2
        else:
            assert len(outlets) >= 2
        for s in k["sides"]:
            assert list(s) == ["outlet", "source", "quote", "start", "end"] and s["source"].strip()
            assert s["end"] - s["start"] == len(s["quote"]) > 0


@pytest.mark.skipif(not CLUSTERS.is_file(), reason="dev data not present")
@pytest.mark.parametrize("heldout", [False, True], ids=["tuned", "heldout"])
def test_spans_and_rebuild(heldout):
    """Every quote is its article's exact slice, and the script reproduces the files byte for byte
    (the tuned set from even line indices, the held-out set from odd ones)."""
    tool = _tool()
    rows = tool.load_clusters()
    assert tool.check_files(rows, heldout) == 0
    chosen = tool.select(rows, heldout)
    assert len(chosen) == len(HELDOUT if heldout else GOLD)
    for idx, row in chosen:
        assert idx % 2 == int(heldout)
        built = json.dumps(tool.build_one(idx, row, tool.labels_for(heldout)[row["cluster_id"]]),
                           indent=2, ensure_ascii=False) + "\n"
        on_disk = (tool.out_dir(heldout) / f"{row['cluster_id']}.json").read_text("utf-8")
        assert built == on_disk, row["cluster_id"]


@pytest.mark.skipif(not CLUSTERS.is_file(), reason="dev data not present")
def test_heldout_check_command(capsys):
    """`make_digest_gold.py --heldout --check` passes and reports the ten held-out clusters."""
    tool = _tool()
    assert tool.main(["--heldout", "--check"]) == 0
    assert "10 clusters, " in capsys.readouterr().out


@pytest.mark.skipif(not CLUSTERS.is_file(), reason="dev data not present")
def test_check_rejects_a_file_in_the_wrong_set(tmp_path, monkeypatch):
    """A tuned (even-line) gold file among the held-out files fails the held-out check."""
    tool = _tool()
    rows = tool.load_clusters()
    for p in HELDOUT + GOLD[:1]:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    monkeypatch.setattr(tool, "OUT_HELDOUT", tmp_path)
    with pytest.raises(SystemExit, match="not exactly the labelled clusters"):
        tool.check_files(rows, heldout=True)
    monkeypatch.setitem(tool.HELDOUT, GOLD[0].stem, tool.LABELS[GOLD[0].stem])
    with pytest.raises(SystemExit, match="both the tuned and the held-out set"):
        tool.check_files(rows, heldout=True)
