"""The command line: documented exit codes, one-line errors, formats, cache, stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .test_model import ARTICLE


def _file(name, data):
    def make(d):
        (d / name).write_bytes(data)
        return d / name

    return make


def run(args, input=None, env=None, cwd=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "summarizer", *args], input=input, capture_output=True,
                          env=e, cwd=cwd, timeout=600)


@pytest.mark.parametrize(
    "make, code, fragment",
    [
        (lambda d: d / "missing.txt", 2, "no such file"),
        (lambda d: d, 2, "is a directory"),
        (_file("empty.txt", b""), 2, "empty"),
        (_file("blank.txt", b"  \n\n "), 2, "whitespace"),
        (_file("a.pdf", b"%PDF-1.4 binary"), 2, "PDF"),
        (_file("img.txt", b"\x89PNG\r\n\x1a\nxx"), 2, "PNG"),
        (_file("nul.txt", b"text\x00more"), 2, "NUL"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, make, code, fragment):
    p = run([str(make(tmp_path))])
    assert p.returncode == code
    err = p.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("summarize: ") and fragment in err
    assert "Traceback" not in err and p.stdout == b""


def test_usage_errors_exit_2(tmp_path):
    p = run(["--mode", "bogus", "x.txt"])
    assert p.returncode == 2 and b"invalid choice" in p.stderr
    p = run(["--base-url", "ftp://nowhere", str(tmp_path / "x.txt")], env={"OPENAI_API_KEY": "sk-SECRET-0000"})
    assert p.returncode == 2 and b"base URL" in p.stderr


def test_unreachable_endpoint_is_a_backend_error_without_the_key(tmp_path):
    """Exit 3 (backend unavailable, as errors.py documents) naming host:port; was 4 (issue 13)."""
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE)
    from .conftest import free_port

    port = free_port()
    p = run([str(a), "--base-url", f"http://127.0.0.1:{port}/v1", "--model", "m", "--no-cache",
             "--attempts", "2"], env={"OPENAI_API_KEY": "sk-SECRET-PLANTED-4242"})
    assert p.returncode == 3, p.stderr
    assert f"127.0.0.1:{port}".encode() in p.stderr and b"SECRET" not in p.stderr + p.stdout


def test_help_is_fast_and_lists_exit_codes():
    p = run(["--help"])
    assert p.returncode == 0 and b"Exit codes" in p.stdout and b"digest" in p.stdout


@pytest.mark.model
def test_summarize_json_stdin_cache_and_atomic_output(tmp_path):
    a = tmp_path / "riverton article.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    env = {"SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    p = run([str(a), "--format", "json"], env=env)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert set(doc) >= {"headline", "summary", "claims", "source", "model", "usage", "warnings", "rejected_claims"}
    assert doc["source"]["chars"] == len(ARTICLE) and len(doc["source"]["sha256"]) == 64
    assert doc["claims"] and doc["summary"]
    for c in doc["claims"]:
        assert ARTICLE[c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["quote"]
        assert set(c) >= {"id", "kind", "text", "attributed_to", "certainty", "evidence", "quantities", "when", "where"}
    # the bundled backend asks the model for the headline and summary only (one call): code makes the claims
    assert doc["usage"]["calls"] >= 1 and doc["usage"]["cached"] == 0
    # stdin, jsonl, -o: the same text is served from the cache
    out = tmp_path / "out" / "r.jsonl"
    p = run(["-", "--format", "jsonl", "-o", str(out), "-v"], input=ARTICLE.encode(), env=env)
    assert p.returncode == 0, p.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    again = json.loads(lines[0])
    assert again["usage"]["calls"] == 0 and again["usage"]["cached"] >= 1
    assert again["claims"] == doc["claims"]
    assert b"cache hit" in p.stderr
    assert not [f for f in out.parent.iterdir() if f.name.endswith(".tmp")]
    # several files, one bad: the good one is printed, the bad one named, exit 6
    p = run([str(a), str(tmp_path / "missing.txt"), "--format", "md"], env=env)
    assert p.returncode == 6
    md = p.stdout.decode()
    if md.startswith("<!-- written by summarizer -->\n"):  # the marker that keeps a digest from reading its output back
        md = md.split("\n", 1)[1]
    assert md.startswith("# ") and b"missing.txt" in p.stderr
