"""Defects found by the layout review (issue 11); each test fails on the code before the fix."""

from __future__ import annotations

import argparse
import json

import pytest

from summarizer.cli import build_parser, main
from summarizer.eval import score_article
from summarizer.settings import MODES

from .test_eval import ARTICLE, make_gold


def test_every_article_failed_exits_with_the_failure_code_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out.json"
    code = main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out), "--no-cache"])
    assert code == 2  # the articles' own error (missing file), not 6 "some failed, the rest are in the output"
    assert not out.exists()
    captured = capsys.readouterr()
    assert captured.out == "" and "a.txt" in captured.err and "b.txt" in captured.err


def test_an_invalid_prediction_counts_as_a_failed_article():
    bad = make_gold().model_dump()
    bad["claims"][0]["certainty"] = "certain-ish"  # outside the contract's vocabulary
    rep = score_article(bad, make_gold(), ARTICLE)
    assert rep.schema_validity == 0.0 and rep.error
    assert rep.failed_articles == 1


@pytest.mark.parametrize("output, formats, default, expected", [
    ("r.json", ("text", "json", "jsonl", "md"), "text", "json"),
    ("r.JSONL", ("text", "json", "jsonl", "md"), "text", "jsonl"),
    ("notes.txt", ("text", "json", "jsonl", "md"), "text", "text"),
    (None, ("md", "json", "html"), "md", "md"),
    ("d.html", ("md", "json", "html"), "md", "html"),
    ("d.html", ("text", "json", "jsonl", "md"), "text", "text"),  # html is not a summarize format
])
def test_one_helper_guesses_the_format_from_the_extension(output, formats, default, expected):
    from summarizer.cli.common import output_format

    assert output_format(None, output, formats, default) == expected
    assert output_format("md", output, formats, default) == "md"  # --format wins


def _mode_choices(parser: argparse.ArgumentParser) -> tuple:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: next(a.choices for a in p._actions if a.dest == "mode") for name, p in sub.choices.items()}


def test_the_modes_are_one_constant():
    import instructor

    assert all(choices is MODES for choices in _mode_choices(build_parser()).values())
    assert all(m.upper() in instructor.Mode.__members__ for m in MODES)



def test_a_digest_whose_every_article_failed_exits_with_the_failure_code_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.5 ...")
    out = tmp_path / "digest.json"
    code = main(["digest", str(tmp_path / "empty.txt"), str(tmp_path / "scan.pdf"), "-o", str(out),
                 "--no-cache", "--no-progress"])
    assert code == 2 and not out.exists()
    assert capsys.readouterr().out == ""


def test_summarize_many_files_runs_the_shared_batch_in_order(tmp_path, capsys, monkeypatch):
    from .test_eval import FakeClient

    monkeypatch.setattr("summarizer.pipeline.make_client", lambda settings: FakeClient())
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "b.txt")]
    assert main([*files, "-f", "jsonl", "--no-cache"]) == 6
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert [x["source"]["path"] for x in lines] == [files[0], files[2]]
    assert captured.err.count("missing.txt") == 2  # its own line, then the batch's summary line


@pytest.mark.parametrize("argv, shown", [(["./digest"], "./digest"), (["--", "digest"], "digest"),
                                         (["--", "eval"], "eval"), (["summarize", "eval"], "eval")])
def test_a_file_named_like_a_subcommand_can_be_summarized(tmp_path, monkeypatch, capsys, argv, shown):
    monkeypatch.chdir(tmp_path)  # no such file here: the error names it, so it was taken as a file
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    assert main(argv) == 2
    assert capsys.readouterr().err == f"summarize: {shown}: no such file\n"
