"""The bad-input matrix (docs/RELIABILITY.md): each input alone through `summarize`, and all
together in one digest where the good ones still go through. Plus: a planted API key never
reaches any artifact (outputs, cache files, -v logs, error messages)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from summarizer.errors import InputError
from summarizer.load import load_article

from .fault_server import FaultServer

KEY = "sk-PLANTED-KEY-7f3a9c21"
GOOD = "Kyiv said 5 drones fell on Monday. The city council said 12 homes were damaged.\n"


def _matrix(d):
    """name -> (bytes or None for special, expected: 'ok' or a message fragment)."""
    big_line = ("word " * 100_000).strip().encode()  # one 500 KB line, no full stop
    m = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t\r\n ", "whitespace"),
        "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        "paper.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        "nul.txt": (b"Kyiv said\x00 5 drones fell.", "NUL"),
        "page.html": (b"<!DOCTYPE html><html><body><p>Kyiv said 5 drones fell.</p></body></html>", "HTML"),
        "huge.txt": (b"Kyiv said 5 drones fell. " * 90_000, "limit is 2,000,000 characters"),
        "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), "ok"),
        "utf16.txt": (GOOD.encode("utf-16"), "ok"),
        "cp1252.txt": ("Caf\u00e9 owners said 5 drones fell \u201cnear\u201d Kyiv on Monday.\n".encode("cp1252"), "ok"),
        "crlf.txt": (GOOD.replace("\n", "\r\n").replace(". ", ".\r\n").encode(), "ok"),
        "one line.txt": (big_line, "ok"),
        "статья с пробелом.txt": (GOOD.encode(), "ok"),
    }
    for name, (data, _) in m.items():
        (d / name).write_bytes(data)
    loop = d / "loop.txt"
    loop.symlink_to(loop)
    m["loop.txt"] = (None, "")
    (d / "sub").mkdir()
    return m


def test_permission_denied_is_an_input_error(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text(GOOD)
    if os.geteuid() != 0:
        p.chmod(0)
    else:  # root reads anything: make the read itself fail as it would for a user
        import summarizer.load

        def denied(*a, **k):
            raise PermissionError(13, "denied")

        monkeypatch.setattr(summarizer.load, "open", denied, raising=False)  # load.py opens, then reads bounded
    with pytest.raises(InputError, match="permission denied"):
        load_article(p)


def test_each_bad_input_alone_and_all_together_in_a_digest(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    matrix = _matrix(d)
    env = dict(os.environ, OPENAI_API_KEY=KEY, SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"))
    with FaultServer() as srv:
        common = ["--model", "stub", "--base-url", srv.url, "--max-chars", "2000000", "-v"]
        logs = []
        for name, (_, expect) in matrix.items():
            p = subprocess.run([sys.executable, "-m", "summarizer", str(d / name), "--format", "json", *common],
                               capture_output=True, env=env, timeout=300)
            logs.append(p.stdout + p.stderr)
            err = p.stderr.decode()
            assert "Traceback" not in err, name
            if expect == "ok":
                assert p.returncode == 0, (name, err)
                doc = json.loads(p.stdout)
                text = load_article(d / name).text
                assert doc["claims"] or name == "one line.txt", name  # 500 KB of "word": nothing to claim
                for c in doc["claims"]:
                    assert text[c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["quote"], name
            else:
                assert p.returncode == 2, (name, err)
                last = [ln for ln in err.splitlines() if ln.startswith("summarize: ")][-1]
                assert expect in last, (name, last)
        # all together: the good ones are digested, every bad one is named, exit 6
        out = tmp_path / "digest.json"
        p = subprocess.run([sys.executable, "-m", "summarizer", "digest", str(d), "-o", str(out), *common],
                           capture_output=True, env=env, timeout=300)
        logs.append(p.stdout + p.stderr)
        assert p.returncode == 6, p.stderr
        doc = json.loads(out.read_text())
        # one article per distinct text (issue 13): bom/utf16/crlf/unicode-name carry the same
        # text as each other, so the first in the walk's order stands for them
        texts: dict[str, str] = {}
        for path in sorted(str(d / n) for n, (_, e) in matrix.items() if e == "ok"):
            texts.setdefault(" ".join(load_article(path).text.split()), os.path.basename(path))
        good = sorted(texts.values())
        assert len(good) < sum(e == "ok" for _, e in matrix.values())
        bad = sorted(n for n, (_, e) in matrix.items() if e != "ok")
        assert sorted(os.path.basename(a["path"]) for a in doc["articles"]) == good
        assert sorted(os.path.basename(f["path"]) for f in doc["failed"]) == bad
        assert srv.authorizations and all(a == f"Bearer {KEY}" for a in srv.authorizations)
    # the key went to the server and nowhere else
    for blob in logs:
        assert KEY.encode() not in blob
    for root, _, files in os.walk(tmp_path):
        for f in files:
            if os.path.islink(os.path.join(root, f)):
                continue
            data = open(os.path.join(root, f), "rb").read()
            assert KEY.encode() not in data, f
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
