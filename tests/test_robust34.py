"""Session 30, robust34: faults a user hits end to end, each failed on 5fd0c21.

* a named pipe (FIFO) in a digest's input folder hung the whole run: opening it blocks until a
  writer comes, and none ever does;
* `-o -` wrote a file named "-" instead of standard output;
* `--model NAME` without `--base-url` and without OPENAI_API_KEY went to api.openai.com, retried
  its connection for seconds and blamed the network;
* an `-o` that cannot be written (under a file, a directory) was found only after every article
  was done;
* a damaged cache.db was kept, so every later run went uncached (and warned again);
* a cache directory that is a dangling symbolic link was called "a file".

Real components: tests/fault_server.py on 127.0.0.1, the real file system, the CLI's main().
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from summarizer import load
from summarizer.cli import main
from tests.fault_server import FaultServer, make_article


@pytest.fixture(scope="module")
def server():
    with FaultServer() as srv:
        yield srv


def run(server, *argv: str) -> int:
    return main([*argv, "--base-url", server.url, "--model", "stub", "--timeout", "5", "--attempts", "2"])


def err_lines(capsys) -> list[str]:
    err = capsys.readouterr().err.strip().splitlines()
    assert not any("Traceback" in line for line in err)
    return err


# -- a named pipe never hangs a run -------------------------------------------------------------


def _run_bounded(fn, fifo: Path, seconds: float):
    """Run fn() in a thread; if it is still running after `seconds`, release the pipe (open it
    for writing and close it) so the thread ends, and report the hang."""
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("code", fn()), daemon=True)
    t.start()
    t.join(seconds)
    hung = t.is_alive()
    if hung:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        t.join(30)
    return hung, box.get("code")


def test_a_fifo_in_a_digest_folder_is_refused_after_a_bounded_wait(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(load, "FIFO_WAIT_SECONDS", 1.0)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(make_article(4))
    os.mkfifo(d / "b.txt")
    out = tmp_path / "d.json"
    start = time.monotonic()
    hung, code = _run_bounded(lambda: run(server, "digest", str(d), "-o", str(out)), d / "b.txt", 20)
    assert not hung, "the digest waited on the named pipe"
    assert time.monotonic() - start < 20
    assert code == 6
    assert json.loads(out.read_text())["articles"]  # the good article is digested
    assert any("b.txt" in line and "named pipe" in line for line in err_lines(capsys))


def test_a_named_pipe_with_a_writer_is_still_read(tmp_path):
    """A guard (passed before): a pipe being written is read whole, as `cat` would."""
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    text = make_article(5)

    def writer():
        time.sleep(0.5)  # the reader is already waiting
        with open(fifo, "w") as f:
            f.write(text)

    threading.Thread(target=writer, daemon=True).start()
    article = load.load_article(fifo)
    assert article.text == text


def test_a_named_pipe_nobody_writes_is_an_input_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "FIFO_WAIT_SECONDS", 0.5)
    fifo = tmp_path / "quiet.txt"
    os.mkfifo(fifo)

    def attempt():
        try:
            load.load_article(fifo)
        except load.InputError as e:
            return e
        return None

    hung, error = _run_bounded(attempt, fifo, 10)
    assert not hung, "the read waited on the named pipe"
    assert isinstance(error, load.InputError) and error.exit_code == 2
    assert "quiet.txt: is a named pipe" in str(error) and error.path == str(fifo)


# -- `-o -` is standard output -----------------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "digest"])
def test_dash_output_is_stdout_not_a_file_named_dash(server, tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "a.txt"
    art.write_text(make_article(6))
    argv = [str(art), "-o", "-", "-f", "json"]
    code = run(server, *(["digest", *argv] if command == "digest" else argv))
    assert code == 0
    assert not (tmp_path / "-").exists()
    out = capsys.readouterr().out
    assert json.loads(out)


# -- --model alone needs a key -------------------------------------------------------------------


def test_model_without_url_or_key_says_so_at_once(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    art = tmp_path / "a.txt"
    art.write_text(make_article(7))
    start = time.monotonic()
    code = main([str(art), "--model", "some-model", "--no-cache", "--attempts", "3", "--timeout", "2"])
    assert code == 3
    assert time.monotonic() - start < 5
    line = err_lines(capsys)[-1]
    assert "OPENAI_API_KEY" in line and "--base-url" in line


# -- an output location that cannot be written is found before any work -------------------------


@pytest.mark.parametrize("command", ["summarize", "digest"])
@pytest.mark.parametrize("where, code", [("under-a-file", 8), ("a-directory", 2)])
def test_an_unwritable_output_is_refused_before_any_request(server, tmp_path, capsys, command, where, code):
    art = tmp_path / "a.txt"
    art.write_text(make_article(8))
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a plain file")
    if where == "under-a-file":
        out = str(blocker / "sub" / "out.json")
    else:
        (tmp_path / "outdir").mkdir()
        out = str(tmp_path / "outdir")
    server.reset()
    argv = [str(art), "-o", out, "--no-cache"]
    assert run(server, *(["digest", *argv] if command == "digest" else argv)) == code
    assert server.requests == 0
    assert out in err_lines(capsys)[-1]
    assert blocker.read_text() == "a plain file"


def test_a_missing_output_folder_is_still_created(server, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(make_article(9))
    out = tmp_path / "new" / "deeper" / "out.json"
    assert run(server, str(art), "-o", str(out)) == 0
    assert json.loads(out.read_text())["claims"]


# -- the cache -----------------------------------------------------------------------------------


def test_a_damaged_cache_database_is_moved_aside_and_caching_resumes(server, tmp_path, monkeypatch, caplog):
    cache = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(cache))
    art = tmp_path / "a.txt"
    art.write_text(make_article(10))
    assert run(server, str(art)) == 0
    damaged = b"not a database at all " * 64
    (cache / "cache.db").write_bytes(damaged)
    server.reset()
    assert run(server, str(art)) == 0
    assert server.requests == 2  # the damaged entries are misses
    assert (cache / "cache.db.damaged").read_bytes() == damaged  # kept, never deleted
    assert "moved it to cache.db.damaged" in caplog.text
    caplog.clear()
    server.reset()
    assert run(server, str(art)) == 0
    assert server.requests == 0  # cached again
    assert "damaged" not in caplog.text and "unusable" not in caplog.text


def test_a_cache_dir_that_is_a_dangling_link_is_named_as_such(server, tmp_path, monkeypatch, capsys):
    link = tmp_path / "cachelink"
    link.symlink_to(tmp_path / "gone" / "cache")
    (tmp_path / "gone").write_text("a file where the folder should be")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(link))
    art = tmp_path / "a.txt"
    art.write_text(make_article(11))
    assert run(server, str(art)) == 8
    line = err_lines(capsys)[-1]
    assert str(link) in line and "symbolic link" in line


# -- the bundled model's threads never exceed the cores ------------------------------------------


def test_threads_over_the_cores_are_cut_to_the_cores_with_a_warning(monkeypatch, caplog):
    from summarizer import check

    monkeypatch.setattr(check, "available_cores", lambda: 2)
    monkeypatch.setattr(check, "default_threads", lambda: 1)
    assert check.threads_for(600) == 2
    assert "--threads 600 is more than the 2 cores" in caplog.text
    caplog.clear()
    assert check.threads_for(2) == 2 and check.threads_for(1) == 1
    assert check.threads_for(None) == 1
    assert not caplog.text


@pytest.mark.model
def test_the_bundled_model_runs_with_at_most_the_cores_when_asked_for_more(tmp_path, monkeypatch, caplog):
    """--threads 64 on this machine: llama.cpp gets the cores this process may use (before: 64
    spinning threads; --threads 600 gave no output in 40 s where the run takes 20 s)."""
    import llama_cpp

    from summarizer import check

    seen: list[int] = []
    original = llama_cpp.Llama.__init__

    def recording(self, *a, **kw):
        seen.append(kw.get("n_threads"))
        return original(self, *a, **kw)

    monkeypatch.setattr(llama_cpp.Llama, "__init__", recording)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    art = tmp_path / "a.txt"
    art.write_text(make_article(12))
    assert main([str(art), "--threads", "64", "--no-progress", "-o", str(tmp_path / "out.json")]) == 0
    assert seen and all(n == check.available_cores() for n in seen)
    assert "--threads 64 is more than" in caplog.text
    assert json.loads((tmp_path / "out.json").read_text())["claims"] is not None


# -- a 404 is a wrong path unless it speaks of the model -------------------------------------------


class _PathNotFound:
    """A real server on 127.0.0.1 that answers every request 404 {"detail": "Not Found"}, as a
    web framework does for a path it does not route (a --base-url without /v1)."""

    def __enter__(self):
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = json.dumps({"detail": "Not Found"}).encode()
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_404_for_a_wrong_path_names_the_url_not_the_model(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(make_article(13))
    with _PathNotFound() as srv:
        code = main([str(art), "--base-url", srv.url, "--model", "stub", "--no-cache", "--attempts", "2"])
    assert code == 3
    line = err_lines(capsys)[-1]
    assert f"{srv.url}/chat/completions" in line and "--base-url" in line
    assert "does not know model" not in line


def test_a_404_about_the_model_still_names_the_model(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(make_article(14))
    with FaultServer(script=["404"]) as srv:
        code = main([str(art), "--base-url", srv.url, "--model", "stub", "--no-cache", "--attempts", "2"])
    assert code == 3
    assert "does not know model 'stub'" in err_lines(capsys)[-1]
