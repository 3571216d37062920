"""Tokens/s of llama.cpp builds and load options on this machine (the portable-build issue).

    python -m benchmarks.builds [--other-site DIR] [--rounds N] [--threads 1,2]

Each figure is a child process that loads the bundled model and generates 64 tokens
free-running and 64 under a JSON grammar (`summarizer.check`'s prompt and schema). Variants
run in turn, A B A B..., so a drift of the machine's speed hits them alike; the medians and
the ratio to the first variant (the installed build, extra buffers off) are printed.
`--other-site` is a folder holding another llama-cpp-python build (for example a native one:
`pip install --no-deps --target DIR llama_cpp_python-*.whl` of a wheel built without
CMAKE_ARGS), put first on the child's path.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

_CHILD = r"""
import json, sys, time
import llama_cpp
from summarizer.check import CANARY_PROMPT, build_features, bundled_model_path, no_extra_buffers
threads, extra = int(sys.argv[1]), sys.argv[2] == "on"
path = bundled_model_path()
import contextlib
ctx = contextlib.nullcontext() if extra else no_extra_buffers(llama_cpp)
with ctx:
    llm = llama_cpp.Llama(model_path=path, n_ctx=512, n_threads=threads, n_threads_batch=threads, verbose=False, seed=0)
msgs = [{"role": "user", "content": CANARY_PROMPT}]
def rate(**kw):
    t0 = time.perf_counter()
    out = llm.create_chat_completion(messages=msgs, temperature=0.0, max_tokens=64, **kw)
    return out["usage"]["completion_tokens"] / (time.perf_counter() - t0)
schema = {"type": "object", "properties": {"colours": {"type": "array", "items": {"type": "string"}}}, "required": ["colours"]}
rate()  # warm-up
print(json.dumps({"free": rate(), "grammar": rate(response_format={"type": "json_object", "schema": schema}),
                  "features": sorted(k for k, v in build_features().items() if v)}))
"""


def run_variant(site: str | None, threads: int, extra: bool) -> dict:
    env = dict(os.environ)
    if site:
        env["PYTHONPATH"] = site + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(threads), "on" if extra else "off"],
                         capture_output=True, text=True, env=env, timeout=600)
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or [f"exit {out.returncode}"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.builds", description=__doc__.split("\n\n")[0])
    p.add_argument("--other-site", help="folder with another llama-cpp-python build (e.g. native)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", default="1,2")
    a = p.parse_args(argv)
    variants = []
    for t in (int(x) for x in a.threads.split(",")):
        variants.append((f"installed, {t} thread(s), extra buffers off", None, t, False))
        variants.append((f"installed, {t} thread(s), extra buffers on", None, t, True))
        if a.other_site:
            variants.append((f"other build, {t} thread(s), extra buffers off", a.other_site, t, False))
            variants.append((f"other build, {t} thread(s), extra buffers on", a.other_site, t, True))
    results: dict[str, list[dict]] = {v[0]: [] for v in variants}
    for r in range(a.rounds):
        for name, site, t, extra in variants:
            res = run_variant(site, t, extra)
            res["load1"] = os.getloadavg()[0]
            results[name].append(res)
            print(f"round {r + 1} {name}: {res}", file=sys.stderr, flush=True)
    base = None
    print(f"{'variant':52} {'free tok/s':>10} {'grammar tok/s':>13} {'ratio':>6}  features")
    for name, runs in results.items():
        ok = [x for x in runs if "error" in x] and [] or [x for x in runs if "error" not in x]
        if not ok:
            print(f"{name:52} failed: {runs[0].get('error')}")
            continue
        free = statistics.median(x["free"] for x in ok)
        gram = statistics.median(x["grammar"] for x in ok)
        base = base or gram
        print(f"{name:52} {free:10.1f} {gram:13.1f} {gram / base:6.2f}  {','.join(ok[0]['features'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
