"""Session 31, robust35: faults a user hits end to end, each failed on 8251451.

* `summarize eval --suite attribution|factuality` with no dev data was an internal error (exit 1);
* spaces around an environment value made a cache folder named " " in the working directory, and
  a key with a line break failed every request as a connection error (exit 4 after retries);
* an HTML fragment, or a saved page opening with a comment or a BOM, was read as text (exit 0);
* a digest folder this user cannot read said "no articles given"; an empty one did not say which;
* a digest written as `.txt` into its input folder was read back as an article next time, and
  the same command run again was refused; a FIFO named `x.md` there hung the run;
* a right-to-left override in an article turned terminal and Markdown lines around;
* `--concurrency` had no upper bound; "digest of 1 articles".

Real components: tests/fault_server.py on 127.0.0.1, the real file system, the CLI's main(); the
permission cases run the CLI as an unprivileged user (setpriv) when the tests run as root.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import site
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from summarizer import sanitize
from summarizer.cli import main
from summarizer.digest.batch import iter_paths
from summarizer.errors import InputError, UsageError
from summarizer.eval import devdata
from summarizer.load import load_bytes
from summarizer.outputs import is_own_output
from summarizer.settings import MAX_CONCURRENCY, Settings
from tests.fault_server import FaultServer, make_article
from tests.test_robust34 import err_lines, run  # (the CLI against the fault server, as robust34 runs it)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def server():
    with FaultServer() as srv:
        yield srv


# -- summarize eval without dev data -------------------------------------------------------------


@pytest.mark.parametrize("suite", ["attribution", "factuality"])
def test_eval_without_dev_data_is_a_usage_error_naming_where_it_looked(suite, tmp_path, monkeypatch, capsys):
    missing = tmp_path / "no-such-devdata"
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(missing))
    code = main(["eval", "--suite", suite, "--systems", "code", "--sample", "1", "-o", str(tmp_path / "r")])
    lines = err_lines(capsys)
    assert code == 2, lines
    assert any(str(missing) in line and "SUMMARIZER_DEVDATA" in line for line in lines), lines
    assert not any("internal error" in line for line in lines)


def test_devdata_path_with_spaces_around_is_the_path(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_DEVDATA", f"  {tmp_path}\n")
    assert devdata.devdata_dir() == tmp_path


# -- environment values with spaces around -----------------------------------------------------


def test_cache_dir_with_spaces_around_is_that_folder(server, tmp_path, monkeypatch, capsys):
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.txt").write_text(make_article(1))
    monkeypatch.chdir(work)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", f" {tmp_path / 'cache'} ")
    assert Settings.from_env().cache_dir == tmp_path / "cache"
    assert run(server, "a.txt", "-f", "json", "-o", str(tmp_path / "out.json")) == 0
    assert sorted(p.name for p in work.iterdir()) == ["a.txt"]  # no folder named " " beside it
    assert (tmp_path / "cache").is_dir()


def test_api_key_with_a_line_break_inside_is_refused_before_any_request(server, tmp_path, monkeypatch, capsys):
    server.reset()
    (tmp_path / "a.txt").write_text(make_article(2))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-first-half\nsecond-half-9")
    code = run(server, str(tmp_path / "a.txt"), "--no-cache")
    lines = err_lines(capsys)
    assert code == 2, lines
    assert any("OPENAI_API_KEY" in line for line in lines)
    assert not any("first-half" in line or "second-half" in line for line in lines)  # never echoed
    assert server.requests == 0


def test_api_key_with_spaces_and_a_newline_around_is_sent_trimmed(server, tmp_path, monkeypatch, capsys):
    server.reset()
    (tmp_path / "a.txt").write_text(make_article(3))
    monkeypatch.setenv("OPENAI_API_KEY", " sk-trimmed-key-42\n")
    assert run(server, str(tmp_path / "a.txt"), "--no-cache", "-f", "json") == 0
    assert server.requests >= 1
    assert set(server.authorizations) == {"Bearer sk-trimmed-key-42"}


def test_mode_and_model_with_spaces_around_are_read_as_typed_without_them():
    s = Settings.from_env(env={"SUMMARIZER_MODE": " tools ", "SUMMARIZER_MODEL": " stub\n",
                               "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
    assert (s.mode, s.model) == ("tools", "stub")


# -- HTML given as an article --------------------------------------------------------------------

_FRAGMENT = (b'<div class="story"><p>Hail flattened 6 orchards near Brindle on Sunday.</p>\n'
             b'<script>var q = 1;</script>\n<p>Growers counted losses &amp; repairs.</p></div>\n')


@pytest.mark.parametrize("data", [
    _FRAGMENT,
    b"\n  <!-- kept from a browser -->\n<!DOCTYPE html><html><body><p>Hail fell.</p></body></html>",
    b"\xef\xbb\xbf<!doctype html><html><body><p>Hail fell.</p></body></html>",
    b'<?xml version="1.0"?>\n<html><body><p>Hail fell on Sunday.</p></body></html>',
    b"<article><h1>Hail</h1><p>Hail fell.</p><p>Growers met.</p></article>",
], ids=["fragment", "comment-first", "bom-first", "xml-declaration", "article-element"])
def test_html_pages_and_fragments_are_refused_as_input(data):
    with pytest.raises(InputError, match="HTML"):
        load_bytes(data, "page.html")


@pytest.mark.parametrize("text", [
    "Hail flattened 6 orchards near Brindle on Sunday. A grower typed <b>help</b> into a forum post.\n",
    "<Brindle Gazette> Hail flattened 6 orchards on Sunday, growers said.\n",
    "Hail fell.\n<p> and </p> and </div> are tags, the teacher wrote.\n",
])
def test_plain_text_with_angle_brackets_is_still_an_article(text):
    assert load_bytes(text.encode(), "a.txt").text == text


def test_summarize_refuses_an_html_fragment_before_any_request(server, tmp_path, capsys):
    server.reset()
    page = tmp_path / "story.html"
    page.write_bytes(_FRAGMENT)
    code = run(server, str(page), "--no-cache")
    lines = err_lines(capsys)
    assert code == 2 and any("story.html" in line and "HTML" in line for line in lines), lines
    assert server.requests == 0


# -- digest inputs: empty and unreadable folders, own outputs, FIFOs --------------------------------


def test_an_empty_digest_folder_is_named_in_the_message(server, tmp_path, capsys):
    empty = tmp_path / "inbox"
    empty.mkdir()
    (empty / ".hidden.txt").write_text(make_article(4))
    assert run(server, "digest", str(empty)) == 2
    lines = err_lines(capsys)
    assert any(str(empty) in line and "no article files" in line and "hidden" in line for line in lines), lines


def test_digest_of_one_article_says_article(server, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(make_article(5))
    assert run(server, "digest", str(tmp_path / "a.txt"), "-o", str(tmp_path / "d.md")) == 0
    assert any(line.startswith("summarize: digest of 1 article →") for line in err_lines(capsys))


def test_a_digest_written_as_txt_into_its_input_folder_is_not_read_back(server, tmp_path, caplog):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1.txt").write_text(make_article(6))
    (inbox / "2.txt").write_text(make_article(7))
    out = inbox / "digest.txt"
    assert run(server, "digest", str(inbox), "-o", str(out), "-f", "md") == 0
    assert is_own_output(out)
    assert run(server, "digest", str(inbox), "-o", str(out), "-f", "md") == 0  # the same command again
    assert run(server, "digest", str(inbox), "-o", str(tmp_path / "d.json")) == 0
    assert len(json.loads((tmp_path / "d.json").read_text())["articles"]) == 2
    assert any("digest.txt" in r.getMessage() and "own output" in r.getMessage() for r in caplog.records)


def test_a_fifo_named_like_an_output_does_not_hang_the_folder_walk(tmp_path):
    (tmp_path / "a.txt").write_text(make_article(8))
    os.mkfifo(tmp_path / "b.md")
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("paths", list(iter_paths([str(tmp_path)]))), daemon=True)
    t.start()
    t.join(10)
    hung = t.is_alive()
    if hung:  # release it: open the pipe for writing and close it
        os.close(os.open(tmp_path / "b.md", os.O_WRONLY | os.O_NONBLOCK))
        t.join(10)
    assert not hung, "looking at b.md (a named pipe) blocked"
    assert box["paths"] == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]  # the pipe goes to load_article


# -- output made inert -----------------------------------------------------------------------------


def test_bidi_overrides_never_reach_a_terminal_or_markdown():
    text = "The clerk \u202eTim Noor\u202c said \u2067x\u2069 12 lanes\u200f closed."
    for out in (sanitize.terminal(text), sanitize.md(text)):
        assert not any(c in out for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
        assert "Tim Noor" in out and "\u200f" in out  # a plain mark stays


def test_summarize_text_output_holds_no_override(server, tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text("Hail flattened 6 orchards near Brindle on Sunday. \u202eThe grower Ada Venn said 9 barns fell.\n")
    assert run(server, str(a)) == 0
    assert "\u202e" not in capsys.readouterr().out
    assert run(server, str(a), "-f", "json") == 0
    assert "\u202e" in json.loads(capsys.readouterr().out)["claims"][1]["evidence"]["quote"]  # data kept as is


# -- --concurrency -------------------------------------------------------------------------------------


def test_concurrency_is_cut_to_the_maximum_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        s = Settings.from_env(env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, concurrency=100000)
    assert s.concurrency == MAX_CONCURRENCY
    assert any("--concurrency 100000" in r.getMessage() for r in caplog.records)
    assert Settings.from_env(env={}, concurrency=16).concurrency == 16
    with pytest.raises(UsageError):
        Settings.from_env(env={}, concurrency=0)


# -- permissions, as a user who is not root --------------------------------------------------------


def _unprivileged_python() -> list[str] | None:
    """A command line running Python as `nobody` with this checkout and the venv's packages, or
    None when that cannot be done here (not root: the tests already run unprivileged)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    same_minor = f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"
    for exe in (sys.executable, shutil.which("python3"), same_minor):
        if not exe:
            continue
        ok = subprocess.run([*drop, exe, "-c", "import sys; print(sys.version_info[:2])"],
                            capture_output=True, text=True, timeout=60)
        if ok.returncode == 0 and ok.stdout.strip() == str(tuple(sys.version_info[:2])):
            return [*drop, exe, "-s"]
    return None


_CLI = ("import sys; sys.path[:0] = {path!r}; from summarizer.cli import main; sys.exit(main())")


def _as_user(argv: list[str], cwd: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(env_extra)
    if os.geteuid() != 0:  # permissions already apply
        cmd = [sys.executable, "-c", _CLI.format(path=[str(ROOT)])]
    else:
        py = _unprivileged_python()
        if py is None:
            pytest.skip("running as root and no way to run Python as another user here (setpriv)")
        cmd = [*py, "-c", _CLI.format(path=[str(ROOT), *site.getsitepackages()])]
        env["HOME"] = str(cwd)
    return subprocess.run([*cmd, *argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def shared_dir():
    """A folder the unprivileged user can enter (pytest's tmp_path is private to root)."""
    d = Path(tempfile.mkdtemp(prefix="robust35-"))
    d.chmod(0o755)
    yield d
    for p in [d, *d.rglob("*")]:
        try:
            p.chmod(0o777 if p.is_dir() else 0o666)
        except OSError:
            pass
    shutil.rmtree(d, ignore_errors=True)


def _stub(server) -> list[str]:
    return ["--base-url", server.url, "--model", "stub", "--timeout", "5", "--attempts", "2"]


def test_a_folder_the_user_cannot_read_is_named_with_its_cause(server, shared_dir):
    locked = shared_dir / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(make_article(9))
    locked.chmod(0o000)
    cache = shared_dir / "cache"
    cache.mkdir(mode=0o777)
    cache.chmod(0o777)
    done = _as_user(["digest", "locked", *_stub(server)], shared_dir, {"SUMMARIZER_CACHE_DIR": str(cache)})
    assert done.returncode == 2, done.stderr
    assert "locked: is a folder this user cannot read (permission denied)" in done.stderr
    assert "no article" not in done.stderr and "Traceback" not in done.stderr


def test_an_unreadable_subfolder_and_file_fail_alone_and_the_rest_is_digested(server, shared_dir):
    inbox = shared_dir / "inbox"
    (inbox / "locked").mkdir(parents=True)
    (inbox / "1.txt").write_text(make_article(10))
    (inbox / "2.txt").write_text(make_article(11))
    (inbox / "locked" / "3.txt").write_text(make_article(12))
    (inbox / "2.txt").chmod(0o000)
    (inbox / "locked").chmod(0o000)
    out = shared_dir / "out"
    out.mkdir()
    out.chmod(0o777)
    done = _as_user(["digest", "inbox", "-o", "out/d.json", *_stub(server)], shared_dir,
                    {"SUMMARIZER_CACHE_DIR": str(out / "cache")})
    assert done.returncode == 6, done.stderr
    assert "failed: inbox/2.txt: permission denied" in done.stderr  # the path said once
    assert "failed: inbox/locked: is a folder this user cannot read" in done.stderr
    assert [a["path"] for a in json.loads((out / "d.json").read_text())["articles"]] == ["inbox/1.txt"]


def test_a_read_only_output_folder_is_exit_8_before_any_request(server, shared_dir):
    (shared_dir / "a.txt").write_text(make_article(13))
    ro = shared_dir / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    server.reset()
    done = _as_user(["a.txt", "-o", "ro/new/s.json", "--no-cache", *_stub(server)], shared_dir, {})
    assert done.returncode == 8, done.stderr
    assert "not writable" in done.stderr and str(ro) in done.stderr
    assert server.requests == 0
    assert not (ro / "new").exists()


# -- summarize eval: where it reads and writes, checked before scoring ----------------------------


def test_eval_digest_with_a_missing_gold_folder_is_exit_2_at_once(tmp_path, capsys):
    missing = tmp_path / "no-gold-here"
    code = main(["eval", "--suite", "digest", "--systems", "code", "--gold", str(missing), "-o", str(tmp_path / "r")])
    lines = err_lines(capsys)
    assert code == 2 and any(str(missing) in line and "not found" in line for line in lines), lines
    assert not (tmp_path / "r").exists()  # nothing scored, nothing written


@pytest.mark.parametrize("under", ["", "sub"])
def test_eval_report_folder_that_is_a_file_is_exit_8_before_scoring(tmp_path, capsys, under):
    blocker = tmp_path / "reports.txt"
    blocker.write_text("a note kept here\n")
    out = blocker / under if under else blocker
    code = main(["eval", "--suite", "digest", "--systems", "code", "--sample", "1", "-o", str(out)])
    lines = err_lines(capsys)
    assert code == 8, lines
    assert any(str(out) in line and "cannot write the reports" in line for line in lines), lines
    assert blocker.read_text() == "a note kept here\n"


# -- paths on standard input separated by NUL (find -print0) -----------------------------------------


def test_digest_reads_nul_separated_paths_from_stdin(server, tmp_path, monkeypatch, capsys):
    import io

    for i, name in enumerate(["one.txt", "two words.txt"]):
        (tmp_path / name).write_text(make_article(20 + i))
    listing = "\0".join(str(tmp_path / n) for n in ["one.txt", "two words.txt"]) + "\0"
    monkeypatch.setattr(sys, "stdin", io.StringIO(listing))
    out = tmp_path / "d.json"
    assert run(server, "digest", "-", "-o", str(out)) == 0, err_lines(capsys)
    assert [Path(a["path"]).name for a in json.loads(out.read_text())["articles"]] == ["one.txt", "two words.txt"]


def test_a_path_holding_a_nul_is_an_input_error():
    from summarizer.load import load_article

    with pytest.raises(InputError, match="NUL"):
        load_article("left\0right.txt")


@pytest.mark.parametrize("command", [[], ["digest"]])
def test_an_output_ending_in_a_slash_is_refused_not_written_as_a_file(server, tmp_path, capsys, command):
    (tmp_path / "a.txt").write_text(make_article(30))
    server.reset()
    target = str(tmp_path / "reports") + "/"
    assert run(server, *command, str(tmp_path / "a.txt"), "-o", target) == 2
    assert any("names a folder" in line for line in err_lines(capsys))
    assert not (tmp_path / "reports").exists() and server.requests == 0


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_cache_dir_is_refused_not_the_working_directory(server, tmp_path, monkeypatch, capsys, blank):
    (tmp_path / "a.txt").write_text(make_article(31))
    monkeypatch.chdir(tmp_path)
    assert run(server, "a.txt", "--cache-dir", blank) == 2
    assert any("--cache-dir is empty" in line for line in err_lines(capsys))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_an_output_name_near_the_limit_is_written_and_one_over_it_is_refused_first(server, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(make_article(32))
    near = tmp_path / ("n" * 245 + ".json")  # 250 bytes: the file system takes it
    assert run(server, str(tmp_path / "a.txt"), "-o", str(near)) == 0
    assert json.loads(near.read_text())["claims"]
    server.reset()
    over = tmp_path / "sub" / ("o" * 300 + ".json")
    assert run(server, str(tmp_path / "a.txt"), "--no-cache", "-o", str(over)) == 8
    assert any("the limit here is" in line for line in err_lines(capsys))
    assert server.requests == 0 and not (tmp_path / "sub").exists()


def test_a_cache_folder_inside_the_digest_folder_is_not_read_as_articles(server, tmp_path, monkeypatch, caplog):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1.txt").write_text(make_article(33))
    (inbox / "2.txt").write_text(make_article(34))
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(inbox / "cache"))
    out = tmp_path / "d.json"
    assert run(server, "digest", str(inbox), "-o", str(out)) == 0
    assert run(server, "digest", str(inbox), "-o", str(out)) == 0  # its database exists now
    assert [Path(a["path"]).name for a in json.loads(out.read_text())["articles"]] == ["1.txt", "2.txt"]
    assert (inbox / "cache" / "cache.db").is_file()
    assert any("cache folder" in r.getMessage() for r in caplog.records)
