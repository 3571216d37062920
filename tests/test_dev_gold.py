"""Gold for development articles: `devdata:<folder>/<article_id>` sources load from the devdata
records (never from the repository), and the hand-labelled dev gold in evals/gold re-checks.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.eval import load_gold_set
from summarizer.eval.devdata import devdata_dir
from summarizer.load import load_bytes
from summarizer.schema import CERTAINTIES, ArticleSummary, Claim, Evidence, Source

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Title line.\n\nThe mayor said the bridge would not reopen before May.\n"


def _write(tmp_path: Path, article_id: str = "wire_2016-01-01_bridge", text: str = TEXT) -> Path:
    dev = tmp_path / "devdata" / "attribution"
    dev.mkdir(parents=True)
    rec = {"article_id": "wire_2016-01-01_bridge", "text": text}
    (dev / "articles.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    quote = "the bridge would not reopen before May"
    start = text.index(quote)
    gold = ArticleSummary(
        headline="Bridge stays shut", summary="The mayor said the bridge would not reopen. It stays shut.",
        claims=[Claim(id="c1", kind="plan", text="The mayor said the bridge would not reopen before May.",
                      attributed_to="the mayor", certainty="speculative",
                      evidence=Evidence(quote=quote, start=start, end=start + len(quote), match="exact"))],
        source=Source(path=f"devdata:attribution/{article_id}",
                      sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), chars=len(text)),
        model="gold")
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "dev_wire_bridge.json").write_text(gold.model_dump_json(), encoding="utf-8")
    return gdir


def test_devdata_source_loads_the_record_text(tmp_path, monkeypatch):
    gdir = _write(tmp_path)
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "devdata"))
    [case] = load_gold_set(gdir)
    assert case.article.text == TEXT
    assert case.article.sha256 == load_bytes(TEXT.encode("utf-8"), "x").sha256
    assert case.warnings == ()
    c = case.gold.claims[0]
    assert case.article.text[c.evidence.start:c.evidence.end] == c.evidence.quote


def test_devdata_unknown_record_or_missing_dir_is_an_input_error(tmp_path, monkeypatch):
    gdir = _write(tmp_path, article_id="no_such_article")
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "devdata"))
    with pytest.raises(InputError, match="no_such_article"):
        load_gold_set(gdir)
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="SUMMARIZER_DEVDATA"):
        load_gold_set(gdir)


def test_devdata_default_is_shared_beside_the_repository(monkeypatch):
    monkeypatch.delenv("SUMMARIZER_DEVDATA", raising=False)
    assert devdata_dir() == ROOT.parent / "shared" / "devdata"


def test_new_certainty_values_exist():
    assert {"speculative", "negated"} <= set(CERTAINTIES)


@pytest.mark.skipif(not (devdata_dir() / "attribution" / "articles.jsonl").is_file(), reason="no devdata")
def test_repository_dev_gold_rechecks():
    dev = sorted((ROOT / "evals" / "gold").glob("dev_*.json"))
    if not dev:
        pytest.skip("no dev gold files")
    r = subprocess.run([sys.executable, str(ROOT / "evals" / "tools" / "make_dev_gold.py"), "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    certainties = {c["certainty"] for f in dev for c in json.loads(f.read_text(encoding="utf-8"))["claims"]}
    assert {"speculative", "negated"} <= certainties
