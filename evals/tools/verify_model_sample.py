"""Does a model help as verifier? The first N borderline pairs (verify/model.py's band) of the
fixed held-out sample of devdata/faithfulness, decided by the code alone and by the code plus
the model (Settings from the environment and the flags: the bundled model with no --base-url).

    PYTHONPATH=. nice -n 10 python evals/tools/verify_model_sample.py --pairs 40 [--base-url URL --model M]

Prints, on those pairs, how many each way decides right (against the human label), the model's
labels, and the calls (usage). Bounded: at most --pairs calls.
"""

from __future__ import annotations

import argparse
import collections
import time

from summarizer.cache import Cache
from summarizer.eval.suites.verify import load_pairs
from summarizer.llm import make_client
from summarizer.settings import Settings
from summarizer.verify import verify
from summarizer.verify.model import ModelVerifier, borderline


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--pairs", type=int, default=40)
    p.add_argument("--sample", type=int, default=300)
    p.add_argument("--base-url")
    p.add_argument("--model")
    p.add_argument("--cache-dir")
    a = p.parse_args(argv)
    s = Settings.from_env(base_urls=(a.base_url,) if a.base_url else None, model=a.model, model_verify="on",
                          cache_dir=a.cache_dir)
    rows = []
    for r in load_pairs("heldout", a.sample):
        v = verify(r["document"], r["claim"])
        if borderline(v):
            rows.append((r, v))
        if len(rows) >= a.pairs:
            break
    client, cache = make_client(s), Cache.from_settings(s)
    mv = ModelVerifier(client, cache, s)
    right = collections.Counter()
    said = collections.Counter()
    t0 = time.perf_counter()
    try:
        for r, v in rows:
            m = mv.judge(r["document"], r["claim"], v)
            said[("kept" if m.supported else "rejected", "faithful" if r["label"] else "unfaithful")] += 1
            right["code"] += v.supported == bool(r["label"])
            right["code+model"] += m.supported == bool(r["label"])
    finally:
        cache.close()
        client.close()
    n = len(rows)
    print(f"model {s.model} ({s.backend}), {n} borderline pairs of the held-out sample of {a.sample}, "
          f"{time.perf_counter() - t0:.0f} s")
    print(f"faithful: {sum(bool(r['label']) for r, _ in rows)}; code accepted: {sum(v.supported for _, v in rows)}")
    for k in ("code", "code+model"):
        print(f"{k}: right on {right[k]} of {n} ({right[k] / max(n, 1):.0%})")
    print("after the model:", dict(said))
    print("usage:", mv.usage.model_dump())


if __name__ == "__main__":
    main()
