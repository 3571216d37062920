"""`summarize eval --suite NAME --sample N`: the suite registry and its one signature (issue 11)."""

from __future__ import annotations

import json

import pytest

from summarizer.cli import main
from summarizer.eval import suites

from .test_eval import write_gold_dir


def test_gold_is_the_default_suite_and_every_suite_is_callable():
    assert "gold" in suites.SUITES and all(callable(run) for run in suites.SUITES.values())


def test_sample_keeps_the_first_n_cases_by_id(tmp_path, capsys):
    gold_dir = write_gold_dir(tmp_path, 3)
    code = main(["eval", "--no-model", "--sample", "2", "--format", "json", "--gold", str(gold_dir),
                 "-o", str(tmp_path / "out")])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == ["000_riverton", "001_riverton"]
    assert main(["eval", "--no-model", "--sample", "0", "--gold", str(gold_dir)]) == 2


def test_unknown_suite_is_a_usage_error(tmp_path, capsys):
    assert main(["eval", "--no-model", "--suite", "nope", "-o", str(tmp_path)]) == 2
    assert "unknown suite 'nope'" in capsys.readouterr().err


def test_a_registered_suite_runs_with_the_common_signature(tmp_path, capsys, monkeypatch):
    seen = {}

    class Report:
        def to_markdown(self):
            return "# fake suite\n"

        def to_json(self):
            return '{"fake": true}\n'

    def run(settings, *, sample, systems, **options):
        seen.update(settings=settings, sample=sample, systems=systems)
        return Report()

    monkeypatch.setitem(suites.SUITES, "fake", run)
    out = tmp_path / "out"
    assert main(["eval", "--suite", "fake", "--no-model", "--sample", "5", "--systems", "rules,lead3",
                 "-o", str(out)]) == 0
    assert seen["sample"] == 5 and seen["systems"] == ["rules", "lead3"] and seen["settings"].max_chars > 0
    assert capsys.readouterr().out == "# fake suite\n"
    assert (out / "fake-baselines.json").read_text() == '{"fake": true}\n'


def test_a_suite_on_another_gold_dir_writes_its_own_report(tmp_path, capsys, monkeypatch):
    """`--suite digest --gold evals/digest_gold_heldout` must not overwrite the default set's report."""
    seen = {}

    class Report:
        def to_markdown(self):
            return "# held out\n"

        def to_json(self):
            return '{"held": "out"}\n'

    def run(settings, *, sample, systems, gold_dir=None, **options):
        seen["gold_dir"] = gold_dir
        return Report()

    monkeypatch.setitem(suites.SUITES, "fake", run)
    out = tmp_path / "out"
    gold = tmp_path / "digest_gold_heldout"
    gold.mkdir()  # a missing gold folder is an input error before any scoring (robust35)
    assert main(["eval", "--suite", "fake", "--no-model", "--gold", str(gold), "-o", str(out)]) == 0
    assert seen["gold_dir"] == str(gold)
    assert (out / "fake-digest_gold_heldout-baselines.json").read_text() == '{"held": "out"}\n'
    assert not (out / "fake-baselines.json").exists()


def test_score_systems_scores_each_system_and_closes_the_model_even_on_error(monkeypatch):
    from summarizer.eval.suites import common

    closed = []

    class Pipe:
        def run(self, article):
            raise RuntimeError("endpoint down")

        def close(self):
            closed.append(True)

    monkeypatch.setattr(common, "systems_for", lambda names, settings: (
        {n: (Pipe().run if n == "model" else (lambda a, n=n: n)) for n in names}, [Pipe()] if "model" in names else []))
    assert common.score_systems(("rules", "sentences"), None, lambda fn: fn(None)) == {
        "rules": "rules", "sentences": "sentences"}
    assert closed == []
    with pytest.raises(RuntimeError, match="endpoint down"):
        common.score_systems(["rules", "model"], None, lambda fn: fn(None))
    assert closed == [True]
