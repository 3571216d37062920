"""The bundled model runs on this CPU: a portable build, a real multi-token prompt, and one
clear line instead of a signal death where the build cannot run (issue: portable build)."""

from __future__ import annotations

import json
import urllib.request

import pytest

from summarizer import check
from summarizer.errors import BackendUnavailable

llama_cpp = pytest.importorskip("llama_cpp")


def test_installed_build_is_portable():
    """The install builds for x86-64 with AVX2 (README), not for the CPU it was built on:
    no AVX-512, no AMX (whose kernels die with SIGILL on some CPUs that report AMX)."""
    features = check.build_features()
    assert features, "llama_print_system_info() listed no CPU features"
    assert features.get("AVX2") and features.get("FMA") and features.get("F16C"), features
    native_only = sorted(f for f, on in features.items() if on and (f.startswith("AVX512") or f.startswith("AMX")))
    assert not native_only, f"a native (non-portable) build: {native_only}"


def test_missing_features_names_what_the_cpu_lacks(monkeypatch):
    built = {"AVX": True, "AVX2": True, "AVX512": True, "AMX_INT8": False}
    assert check.missing_features(built, {"avx", "avx2"}) == ["AVX512"]
    assert check.missing_features(built, {"avx", "avx2", "avx512f"}) == []
    # this machine can run what is installed
    assert check.missing_features() == []
    # unknown CPU (flags unreadable): nothing claimed. `flags=None` means "read this CPU", so the
    # unreadable case is made by making the reader fail; passing None here read the real CPU and
    # failed on a machine without AVX-512 (session 18's machine: AVX2, no AVX-512, no AMX)
    monkeypatch.setattr(check, "cpu_flags", lambda: None)
    assert check.missing_features(built, None) == []


def test_threads_follow_the_free_cores():
    assert check.default_threads(cores=2, load=0.1) == 2
    assert check.default_threads(cores=2, load=1.2) == 1
    assert check.default_threads(cores=2, load=9.0) == 1
    assert check.default_threads(cores=8, load=3.0) == 5


def test_a_child_killed_by_sigill_becomes_one_clear_error(tmp_path):
    """The canary runs a real child process; here the child dies by SIGILL for real."""
    code = "import os, signal; os.kill(os.getpid(), signal.SIGILL)"
    with pytest.raises(BackendUnavailable) as e:
        check.canary("unused.gguf", tmp_path, 1, code=code)
    assert "SIGILL" in str(e.value) and "GGML_NATIVE=OFF" in str(e.value)
    assert e.value.exit_code == 3
    assert not list(tmp_path.iterdir()), "a failed canary must not be recorded as passed"


@pytest.mark.model
def test_canary_passes_once_and_is_remembered(tmp_path):
    from summarizer.llm import bundled_model_path

    path = bundled_model_path()
    check.canary(path, tmp_path, check.default_threads())
    markers = list(tmp_path.glob("canary-*.ok"))
    assert len(markers) == 1 and int(markers[0].read_text()) >= 2  # a multi-token answer
    # a second call trusts the marker: a canary that would crash is not even started
    check.canary(path, tmp_path, 1, code="import os, signal; os.kill(os.getpid(), signal.SIGILL)")


@pytest.mark.model
def test_multi_token_prompt_through_the_bundled_model(tmp_path):
    """The prompt that crashed the AMX path: several tokens in, several tokens out, in process,
    through the same backend class the pipeline uses (JSON grammar and all)."""
    from pydantic import BaseModel

    from summarizer.llm import LocalBackend
    from summarizer.settings import Settings

    class Colours(BaseModel):
        colours: list[str]

    backend = LocalBackend(Settings.from_env(cache_dir=tmp_path))
    try:
        assert 1 <= backend.llama.n_threads <= check.available_cores()
        value, usage = backend.complete(Colours, [
            {"role": "system", "content": "Answer in JSON."},
            {"role": "user", "content": "Name three colours of the rainbow."}])
    finally:
        backend.close()
    assert usage.prompt_tokens > 10 and usage.completion_tokens >= 4
    assert isinstance(value, Colours)


@pytest.mark.model
def test_self_check_reports_speed(tmp_path):
    from summarizer.settings import Settings

    report = check.self_check(Settings.from_env(cache_dir=tmp_path))
    assert report.free_tokens_per_s > 1 and report.grammar_tokens_per_s > 1
    assert 1 <= report.threads <= check.available_cores()
    assert "tokens/s" in report.to_text() and json.loads(report.to_json())["threads"] == report.threads


@pytest.mark.server
def test_multi_token_prompt_through_llama_cpp_server(llama_server):
    body = json.dumps({"model": "smollm2", "max_tokens": 16, "temperature": 0,
                       "messages": [{"role": "user", "content": "Name three colours of the rainbow."}]}).encode()
    req = urllib.request.Request(f"{llama_server}/chat/completions", data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        out = json.load(r)
    assert out["usage"]["prompt_tokens"] > 5 and out["usage"]["completion_tokens"] >= 2
    assert out["choices"][0]["message"]["content"].strip()


def test_threads_setting_is_validated(monkeypatch):
    from summarizer.errors import UsageError
    from summarizer.settings import Settings

    assert Settings.from_env({"SUMMARIZER_THREADS": "3"}).threads == 3
    with pytest.raises(UsageError):
        Settings.from_env({"SUMMARIZER_THREADS": "many"})
    with pytest.raises(UsageError):
        Settings.from_env(threads=0)


@pytest.mark.model
def test_summarize_check_command(tmp_path, capsys):
    from summarizer.cli import main

    assert main(["--check", "--format", "json", "--cache-dir", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["backend"] == "local" and report["model_path"].endswith(".gguf")
    assert report["free_tokens_per_s"] > 1 and report["grammar_tokens_per_s"] > 1
    assert main(["check", "--base-url", "http://127.0.0.1:9/v1"]) == 2  # only the bundled model
