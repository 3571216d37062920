"""Issue 13, the local half: outputs that never destroy inputs, bounded reads, escaped output,
settings validated at parse time, environment errors with their own exit code, distinct
sources in a digest, gold validated like predictions. Each class failed on the code before.

Runs against tests/fault_server.py on 127.0.0.1 where a backend is needed; nothing leaves
the machine, every loop is bounded.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from summarizer.cli import main
from tests.fault_server import FaultServer, make_article

KEY = "sk-test-PLANTED-987654"


@pytest.fixture(scope="module")
def server():
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def art(tmp_path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(make_article(1))
    return p


def run(server, *argv: str) -> int:
    backend = ["--base-url", server.url, "--model", "stub", "--timeout", "5", "--attempts", "2"]
    if argv and argv[0] == "digest":
        return main([*argv, *backend])
    return main([*argv, *backend])


def device(tmp_path: Path, name: str, minor: int) -> str:
    """A private copy of a memory device (1, minor): /dev/null is 3, /dev/full 7. Tests write
    to these, never to /dev itself: code that replaces the node would replace the system's."""
    path = tmp_path / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot create a device node here ({e})")
    return str(path)


def one_line_err(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert err, "expected a message on stderr"
    assert not any("Traceback" in line for line in err)
    return err[-1]


# -- outputs never replace an input; special files and symlinks are written through ----------


@pytest.mark.parametrize("how", ["same", "relative", "hardlink", "symlink", "dotdot"])
@pytest.mark.parametrize("command", ["summarize", "digest"])
def test_output_over_an_input_is_refused(server, art, tmp_path, monkeypatch, capsys, how, command):
    before = art.read_bytes()
    monkeypatch.chdir(tmp_path)
    if how == "same":
        out = str(art)
    elif how == "relative":
        out = "a.txt"
    elif how == "hardlink":
        os.link(art, tmp_path / "h.txt")
        out = str(tmp_path / "h.txt")
    elif how == "symlink":
        (tmp_path / "s.json").symlink_to(art)
        out = str(tmp_path / "s.json")
    else:
        (tmp_path / "sub").mkdir()
        out = str(tmp_path / "sub" / ".." / "a.txt")
    argv = [str(art), "-o", out, "-f", "json"] if command == "summarize" else ["digest", str(art), "-o", out, "-f", "json"]
    code = run(server, *argv)
    assert code == 2
    assert "input" in one_line_err(capsys)
    assert art.read_bytes() == before


def test_output_into_a_directory_input_is_refused_only_for_its_files(server, tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(make_article(1))
    code = run(server, "digest", str(d), "-o", str(d / "a.txt"))
    assert code == 2 and (d / "a.txt").read_text() == make_article(1)


def test_output_to_a_symlink_writes_through_and_keeps_the_link(server, art, tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run(server, str(art), "-o", str(link)) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["claims"]


def test_output_to_a_character_device_writes_through(server, art, tmp_path):
    null = device(tmp_path, "null", 3)
    assert run(server, str(art), "-o", null) == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_output_to_a_fifo_writes_through_and_keeps_the_fifo(server, art, tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader():
        with open(fifo, "rb") as f:
            got.append(f.read())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    assert run(server, str(art), "-o", str(fifo), "-f", "json") == 0
    t.join(5)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0])["claims"]


def test_output_to_a_socket_or_directory_is_refused(server, art, tmp_path, capsys):
    import socket

    sock = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(sock))
        assert run(server, str(art), "-o", str(sock)) == 2
        assert "s.sock" in one_line_err(capsys)
    assert run(server, str(art), "-o", str(tmp_path)) == 2


# -- bounded reads ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "fifo", "sparse"])
def test_reads_stop_at_the_limit(server, tmp_path, capsys, source):
    if source == "fifo":
        path = tmp_path / "in.fifo"
        os.mkfifo(path)
        stop = threading.Event()

        def writer():
            try:
                with open(path, "wb") as f:
                    while not stop.is_set():
                        f.write(b"word " * 1000)
            except (BrokenPipeError, OSError):
                pass

        threading.Thread(target=writer, daemon=True).start()
    elif source == "sparse":
        path = tmp_path / "sparse.txt"
        with open(path, "wb") as f:
            f.truncate(10 * 2**30)
    else:
        path = Path(source)
    try:
        code = run(server, str(path), "--max-chars", "1000")
    finally:
        if source == "fifo":
            stop.set()
    assert code == 2
    line = one_line_err(capsys)
    assert str(path) in line and "limit" in line


def test_characters_are_bounded_as_well_as_bytes(server, tmp_path, capsys):
    p = tmp_path / "wide.txt"
    p.write_text("é " * 800)  # 1600 characters, 2400 bytes: under 4 x 1000 bytes, over 1000 chars
    assert run(server, str(p), "--max-chars", "1000") == 2
    assert "1,000 characters" in one_line_err(capsys)


def test_a_never_ending_stdin_is_cut_at_the_limit():
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    yes = subprocess.Popen(["yes", "The council met on Monday."], stdout=subprocess.PIPE)
    try:
        p = subprocess.run([sys.executable, "-m", "summarizer", "-", "--max-chars", "1000", "--base-url",
                            "http://127.0.0.1:9/v1", "--model", "stub"], stdin=yes.stdout, capture_output=True,
                           timeout=30, env={**os.environ, "PYTHONPATH": str(root)}, cwd=root)
    finally:
        yes.kill()
        yes.wait()
    assert p.returncode == 2, p.stderr
    assert b"limit" in p.stderr and b"Traceback" not in p.stderr


def test_a_digest_with_dev_zero_still_digests_the_good_articles(server, art, tmp_path, capsys):
    out = tmp_path / "d.json"
    code = run(server, "digest", str(art), "/dev/zero", "-o", str(out), "--max-chars", "1000")
    assert code == 6
    d = json.loads(out.read_text())
    assert len(d["articles"]) == 1 and d["failed"][0]["path"] == "/dev/zero"


# -- output that does not obey the article -------------------------------------------------------

HOSTILE = ("Flooding closed 3 schools <script>alert(1)</script> in Kelso on Monday. "
           "Crews said <img src=x onerror=alert(2)> the [prize](javascript:alert(3)) was ![x](http://evil.example/t.png) there. "
           "The council \x1b[2J\x1b]0;pwned\x07approved \x9b31m10 new \x07pumps for the district.\n")


def _hostile_result():
    from summarizer.load import load_bytes
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    with FaultServer() as srv, Pipeline(Settings.from_env(base_urls=(srv.url,), model="stub", use_cache=False)) as p:
        return p.run(load_bytes(HOSTILE.encode(), "evil.txt"))


@pytest.fixture(scope="module")
def hostile():
    return _hostile_result()


def _no_active_markdown(md: str) -> None:
    low = md.lower()
    assert "<script" not in low and "<img" not in low  # no raw tag: `onerror=` left as inert text
    assert "](javascript:" not in low and "](http://evil" not in low
    assert "\x1b" not in md and "\x07" not in md and "\x9b" not in md


def test_markdown_output_escapes_the_article(hostile):
    from summarizer.render import render

    assert any("script" in c.text for c in hostile.claims)  # the hostile text did reach the claims
    _no_active_markdown(render([hostile], "md"))


def test_digest_markdown_escapes_the_article(hostile):
    from summarizer.digest import build_digest, render_digest, to_digest_article
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    with FaultServer() as srv, Pipeline(Settings.from_env(base_urls=(srv.url,), model="stub", use_cache=False)) as p:
        d = build_digest([to_digest_article("a1", hostile)], p, [], hostile.usage)
    _no_active_markdown(render_digest(d, "md"))


def test_terminal_text_strips_escape_sequences_and_controls(hostile):
    from summarizer.render import render

    out = render([hostile], "text")
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "pwned" not in out  # the OSC title payload goes with its sequence


def test_json_output_stays_json(hostile):
    from summarizer.render import render

    for fmt in ("json", "jsonl"):
        out = render([hostile], fmt)
        assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in out)  # no raw C0/C1
        data = json.loads(out)
        assert data["claims"] == [json.loads(c.model_dump_json()) for c in hostile.claims]  # values unchanged
    assert "\x9b" in "".join(c.text for c in hostile.claims)  # the C1 byte did reach a claim


# -- settings and URLs validated at parse time ---------------------------------------------------


@pytest.mark.parametrize("flag, value", [
    ("--timeout", "nan"), ("--timeout", "inf"), ("--timeout", "-1"), ("--timeout", "0"),
    ("--temperature", "nan"), ("--temperature", "-0.5"), ("--temperature", "inf"),
    ("--attempts", "0"), ("--max-chars", "0"),
])
def test_bad_numbers_exit_2_before_any_work(tmp_path, capsys, flag, value):
    p = tmp_path / "a.txt"
    p.write_text(make_article(0))
    code = main([str(p), "--base-url", "http://127.0.0.1:9/v1", "--model", "stub", flag, value])
    assert code == 2
    assert flag in one_line_err(capsys)


def test_bad_concurrency_exits_2(tmp_path, capsys):
    code = main(["digest", str(tmp_path), "--base-url", "http://127.0.0.1:9/v1", "--concurrency", "0"])
    assert code == 2 and "--concurrency" in one_line_err(capsys)


@pytest.mark.parametrize("url", [
    "http://ho st/v1", "http://127.0.0.1:99999/v1", "http://127.0.0.1:abc/v1", "http:///v1", "http://:8080/v1",
    "ftp://user:s3cretpw@example.com/v1", "http://user:s3cretpw@exa mple.com/v1", "https://user:s3cretpw@host:0/v1",
    "localhost:8080/v1",
])
def test_bad_base_urls_exit_2_and_never_echo_credentials(tmp_path, capsys, monkeypatch, url):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    p = tmp_path / "a.txt"
    p.write_text(make_article(0))
    code = main([str(p), "--base-url", url, "--model", "stub"])
    line = one_line_err(capsys)
    assert code == 2
    assert "s3cretpw" not in line and KEY not in line and "base URL" in line


def test_a_bad_url_from_the_environment_is_refused_too(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://u:s3cretpw@host:70000/v1")
    p = tmp_path / "a.txt"
    p.write_text(make_article(0))
    assert main([str(p)]) == 2
    assert "s3cretpw" not in one_line_err(capsys)


# -- environment I/O errors: exit 8, one line naming the path ------------------------------------


@pytest.mark.parametrize("where", ["parent_is_file", "dev_full", "proc"])
def test_an_unusable_output_location_exits_8_naming_it(server, art, tmp_path, capsys, where):
    out = {"parent_is_file": str(art) + "/out.json", "dev_full": device(tmp_path, "full", 7) if where == "dev_full" else "",
           "proc": "/proc/summarizer-test/out.json"}[where]
    code = run(server, str(art), "-o", out, "-f", "json")
    from summarizer.errors import EnvIOError

    assert code == EnvIOError.exit_code == 8
    line = one_line_err(capsys)
    assert out in line and "internal error" not in line


def test_a_digest_to_dev_full_exits_8(server, art, tmp_path, capsys):
    full = device(tmp_path, "full", 7)
    assert run(server, "digest", str(art), "-o", full, "-f", "md") == 8
    assert full in one_line_err(capsys)
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_a_closed_stdout_exits_8():
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    with FaultServer() as srv:
        p = subprocess.run(f"{sys.executable} -m summarizer seeds/000_b10c69cf49bb0f5e.txt --base-url {srv.url} "
                           "--model stub --no-cache >&-", shell=True, capture_output=True, timeout=60,
                           env={**os.environ, "PYTHONPATH": str(root)}, cwd=root)
    assert p.returncode == 8, p.stderr
    assert b"stdout" in p.stderr and b"Traceback" not in p.stderr


@pytest.mark.parametrize("kind", ["file", "proc"])
def test_an_unusable_cache_dir_exits_8_naming_it(server, art, tmp_path, monkeypatch, capsys, kind):
    if kind == "file":
        cache = tmp_path / "cachefile"
        cache.write_text("x")
    else:
        cache = Path("/proc/summarizer-cache")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(cache))
    assert run(server, str(art)) == 8
    assert str(cache) in one_line_err(capsys)


# -- the digest counts distinct sources ------------------------------------------------------------


def test_the_same_source_twice_is_one_article(server, tmp_path, caplog):
    a = tmp_path / "a.txt"
    a.write_text(make_article(1))
    (tmp_path / "copy.txt").write_text(make_article(1).replace(" on ", "  on ") + "\n\n")  # same text, spacing apart
    (tmp_path / "b.txt").write_text(make_article(2))
    os.link(a, tmp_path / "hard.txt")
    out = tmp_path / "d.json"
    code = run(server, "digest", str(a), str(a), str(tmp_path / "copy.txt"), str(tmp_path / "hard.txt"),
               str(tmp_path / "b.txt"), "-o", str(out))
    assert code == 0
    d = json.loads(out.read_text())
    assert len(d["articles"]) == 2
    assert caplog.text.count("duplicate") == 3  # a twice, the copy, the hard link


def test_the_digest_does_not_read_its_own_output_back(server, tmp_path, caplog):
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(make_article(1))
    (d / "b.txt").write_text(make_article(2))
    for ext in ("md", "json", "html"):
        assert run(server, "digest", str(d), "-o", str(d / f"digest.{ext}")) == 0
    assert run(server, str(d / "a.txt"), "-o", str(d / "a.summary.json")) == 0
    assert run(server, str(d / "a.txt"), "-f", "md", "-o", str(d / "a.summary.md")) == 0
    caplog.clear()
    out = tmp_path / "again.json"
    assert run(server, "digest", str(d), "-o", str(out)) == 0
    assert len(json.loads(out.read_text())["articles"]) == 2
    assert caplog.text.count("own output") == 5


# -- smaller ones ------------------------------------------------------------------------------------


def test_a_file_of_page_furniture_only_exits_2(server, tmp_path, capsys):
    p = tmp_path / "furniture.txt"
    p.write_text("Share this article\nClick here to subscribe\nAll rights reserved.\nAdvertisement\n")
    assert run(server, str(p)) == 2
    assert "furniture" in one_line_err(capsys)


def test_the_html_digest_rereads_articles_with_the_runs_max_chars(server, tmp_path):
    """Already right on main (render_digest takes the run's max_chars); kept as the class's test."""
    from summarizer.digest import render_digest
    from summarizer.digest.schema import Digest, DigestArticle
    from summarizer.schema import Usage

    p = tmp_path / "long.txt"
    p.write_text(" ".join(make_article(i) for i in range(12)))  # ~2,000 characters
    art = DigestArticle(id="a1", path=str(p), sha256="0" * 64, headline="h", summary="s", claims=[])
    d = Digest(articles=[art], summary="s", model="stub", usage=Usage(), storylines=[], agreements=[],
               conflicts=[], timeline=[], quantities=[])
    assert "Full article text" in render_digest(d, "html", max_chars=5000)
    assert "Full article text" not in render_digest(d, "html", max_chars=1000)
