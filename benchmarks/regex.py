"""regex: the possessive-organisation finder on long capitalised runs, old single regex vs now; and
(session 30, robust34's finds) the attribution stage on one long "sentence" with no full stop, and the
hedged-participle cut on one long word.

`summarizer.attribution.names` finds "Acme Holdings's board" in every paragraph. Written as one
regex (`OLD` below, kept here only to compare), the engine retried the run of capitalised words
from each word in it: on a run of n words with no "'s" after it, about n²/2 word steps. The
current `possessive_orgs` tries each run once. The figure is the time ratio between runs of 2n
and n words: about 4 for quadratic work, about 2 for linear.
"""

from __future__ import annotations

import re
import time

from .common import Options, Result, say

from summarizer import lang  # noqa: E402  (common puts the project root on sys.path)
from summarizer.attribution.names import possessive_orgs  # noqa: E402
from summarizer.attribution import analyze  # noqa: E402
from summarizer.attribution.certainty_marks import without_hedged_participles  # noqa: E402

OLD = re.compile(r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+(?:[a-z]+\s+){0,2}(?:"
                 + "|".join(sorted(lang.ORG_HEADS)) + r")\b")


def capitalised_run(words: int) -> str:
    """A headline-like run of capitalised words (a title, a list of names) that ends without "'s"."""
    return " ".join(f"Word{i % 97}" for i in range(words)) + " said."


def _best(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def run(opts: Options) -> list[Result]:
    n = 500 if opts.quick else 2000
    repeat = 3
    old = lambda t: list(OLD.finditer(t))  # noqa: E731
    out = []
    for name, fn in (("old regex", old), ("possessive_orgs", possessive_orgs)):
        t1, t2 = _best(fn, capitalised_run(n), repeat), _best(fn, capitalised_run(2 * n), repeat)
        ratio = t2 / t1 if t1 > 0 else float("nan")
        say(f"  {name}: {n} words {t1 * 1000:.2f} ms, {2 * n} words {t2 * 1000:.2f} ms, ratio {ratio:.2f}")
        out.append(Result("regex", f"{name} time ratio 2n/n words (n={n})", ratio,
                          goal="<= 2.6" if name == "possessive_orgs" else "",
                          note=f"{t1 * 1000:.2f} ms -> {t2 * 1000:.2f} ms"))
    # one sentence with no full stop (scraped text): every name's checks had read the whole sentence
    # before it (quadratic: 30 KB 3.6 s, 190 KB 193 s before session 30)
    m = 40 if opts.quick else 150
    unstopped = lambda k: "the council met residents and Jane Doe spoke about the roads near Elm Park while Tom Reyes waited " * k  # noqa: E731
    for name, fn, text in (("analyze, no full stop", analyze, unstopped),
                           ("hedged participle, one long word", without_hedged_participles,
                            lambda k: "a" * (k * 100) + " reportedly killed")):
        t1, t2 = _best(fn, text(m), 1), _best(fn, text(2 * m), 1)
        ratio = t2 / t1 if t1 > 0 else float("nan")
        say(f"  {name}: {len(text(m))} chars {t1 * 1000:.1f} ms, {len(text(2 * m))} chars {t2 * 1000:.1f} ms, ratio {ratio:.2f}")
        out.append(Result("regex", f"{name} time ratio 2n/n (n={len(text(m))} chars)", ratio, goal="<= 2.6",
                          note=f"{t1 * 1000:.1f} ms -> {t2 * 1000:.1f} ms"))
    return out
