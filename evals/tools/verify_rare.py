"""Would word rarity help the support check? (issue 14, RESULTS.md "session 3: rare words")

    pip install wordfreq==3.1.1            # into a scratch venv: not a project dependency
    python evals/tools/verify_rare.py --split tune [--words]
    python evals/tools/verify_rare.py --split heldout      # only to confirm what tune chose

The hypothesis tried: a content word of a summary sentence found nowhere in the article (any
case, any inflection: neither its stem nor the word, as `verify` reads them) that is RARE in
general English (wordfreq's `zipf_frequency(word, "en")` below a bar) is an invented name or
term, so a sentence holding one should be rejected even when `verify` accepts it. Each variant
only adds rejections to `verify`'s verdicts. Prints, per dataset, BA / faithful kept / unfaithful
accepted for `verify` as shipped and for each variant, the hand-written gold summary sentences kept
(evals/gold, one sentence at a time as the pipeline checks them; 41 of 48 on main), and the ceiling
of the whole family: every accepted unfaithful pair with an absent word rejected, no faithful one.
`--words`: the absent words below zipf 3.5 in accepted pairs, with their zipf and the pair's label
(words only, no text of the article). Reads ../shared/devdata in place; writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from collections import defaultdict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_verify import scores  # noqa: E402
from summarizer.chunk import split_sentences
from summarizer.eval.gold import default_gold_dir, load_gold_set
from summarizer.eval.suites.verify import load_pairs
from summarizer.verify import Verdict, hard_checks, verify
from summarizer.verify.article import article
from summarizer.verify.checks import word_in
from summarizer.verify.words import is_content, tokens


def absent_words(document: str, claim: str, zipf) -> list[dict]:
    """The claim's content words the article lacks in any form, with what the variants read."""
    art = article(document)
    out = []
    for sp in split_sentences(claim):
        s = claim[sp.start:sp.end]
        toks = tokens(s)
        lower = not any(c.isupper() for c in s[1:])  # an all-lower-case sentence (XSum, QAGS)
        for i, t in enumerate(toks):
            if not is_content(t) or t.stem in art.stems or word_in(art, t.low):
                continue
            near = [toks[j] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
            before = toks[i + 1].low if i + 1 < len(toks) else None  # "ciara" before "foster"
            after = toks[i - 1].low if i else None
            out.append({"word": t.low, "zipf": zipf(t.low, "en"), "capital": t.word[:1].isupper(), "lower": lower,
                        "next_to_name": any(n.low in art.proper for n in near),
                        "name_swap": (before in art.proper and before in _partners(art)[1]) or
                                     (after in art.proper and after in _partners(art)[0])})
    return out


_PARTNERS: dict[int, tuple[dict, dict]] = {}


def _partners(art) -> tuple[dict, dict]:
    """Capitalised word pairs of the article: first word -> the words after it, and the reverse
    (a name's other half: "Amy Foster")."""
    key = id(art)
    if key not in _PARTNERS:
        nxt, prv = defaultdict(set), defaultdict(set)
        for s in art.sents:
            for a, b in zip(s.toks, s.toks[1:]):
                if a.word[:1].isupper() and b.word[:1].isupper() and a.end + 1 == b.start:
                    nxt[a.low].add(b.low)
                    prv[b.low].add(a.low)
        _PARTNERS.clear()
        _PARTNERS[key] = (nxt, prv)
    return _PARTNERS[key]


def _pairs(split: str) -> list[dict]:
    """The suite's pairs of `split`, or ("gold") every sentence of the gold summaries as faithful."""
    if split == "gold":
        return [{"dataset": "gold", "label": True, "document": c.article.text,
                 "claim": c.gold.summary[sp.start:sp.end]}
                for c in load_gold_set(default_gold_dir()) for sp in split_sentences(c.gold.summary)]
    return load_pairs(split)


def rows(split: str, zipf) -> list[dict]:
    pairs = _pairs(split)
    return [{"ds": r["dataset"], "label": bool(r["label"]), "ok": verify(r["document"], r["claim"]).supported,
             "abs": absent_words(r["document"], r["claim"], zipf)} for r in pairs]


def weighted_rows(split: str, zipf) -> list[dict]:
    """`--weighted`: per pair, the facts `verify`'s coverage decision reads (None: a hard check
    failed), each content stem with the zipf frequency of its rarest word."""
    pairs = _pairs(split)
    out = []
    for r in pairs:
        got = hard_checks(r["document"], r["claim"])
        sents = None if isinstance(got, Verdict) else [
            {"z": {t.stem: min(zipf(w.low, "en") for w in f.toks if w.stem == t.stem) for t in f.toks
                   if t.stem in f.stems and is_content(t)},
             "missing": f.missing_stems, "novel": f.novel_stems, "score": f.score} for f in got]
        out.append({"ds": r["dataset"], "label": bool(r["label"]), "sents": sents})
    return out


def weighted_keep(weight, bar: float):
    """verify's summary-mode decision with each content word weighted by `weight(zipf)`
    (weight 1: the shipped decision; MIN_SENTENCE_COVERAGE and MAX_NOVEL_SHARE as shipped)."""
    from summarizer import thresholds

    def keep(r: dict) -> bool:
        if r["sents"] is None or any(s["score"] < thresholds.MIN_SENTENCE_COVERAGE for s in r["sents"]):
            return False
        words = [(st, weight(z), s) for s in r["sents"] for st, z in s["z"].items()]
        if not words:
            return True
        if sum(st in s["novel"] for st, _, s in words) / len(words) > thresholds.MAX_NOVEL_SHARE:
            return False
        return sum(w for st, w, s in words if st not in s["missing"]) / sum(w for _, w, _ in words) >= bar
    return keep


def score(rs: list[dict], keep) -> tuple[float, dict]:
    """Mean balanced accuracy over the datasets and, per dataset, (TPR, FPR, BA): fit_verify's scorer."""
    out = scores([{**r, "dataset": r["ds"]} for r in rs], keep)
    return out["mean"], out["datasets"]


def variants() -> list[tuple[str, object]]:
    def rare(bar, lower_only=False):
        return lambda r: r["ok"] and not any(a["zipf"] < bar and not (lower_only and a["capital"]) for a in r["abs"])

    return [("verify (main)", lambda r: r["ok"]),
            ("rare < 2.5", rare(2.5)), ("rare < 3.0", rare(3.0)), ("rare < 3.5", rare(3.5)),
            ("rare < 3.0, lower-case words", rare(3.0, True)),
            ("lower-case sentence: absent word next to an article name",
             lambda r: r["ok"] and not any(a["lower"] and not a["capital"] and a["next_to_name"] for a in r["abs"])),
            ("lower-case word: the other half of an article name, not the article's",
             lambda r: r["ok"] and not any(not a["capital"] and a["name_swap"] for a in r["abs"]))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--split", default="tune", choices=("tune", "heldout"))
    p.add_argument("--words", action="store_true")
    p.add_argument("--weighted", action="store_true", help="coverage with rare words weighing more, by bar")
    a = p.parse_args(argv)
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        sys.exit("needs wordfreq (pip install wordfreq==3.1.1 into a scratch venv)")
    if a.weighted:
        rs, gold = weighted_rows(a.split, zipf_frequency), weighted_rows("gold", zipf_frequency)
        weights = {"flat (shipped at 0.75)": lambda z: 1.0, "7 - zipf": lambda z: max(0.5, 7 - z),
                   "(7 - zipf)^2": lambda z: max(0.5, 7 - z) ** 2, "2 below zipf 4": lambda z: 2.0 if z < 4 else 1.0}
        print("| weight | bar | mean BA | FaithBench kept | SummEdits kept | gold kept (of 48) |\n|---|---|---|---|---|---|")
        for name, w in weights.items():
            for bar in (0.6, 0.65, 0.7, 0.75, 0.8):
                keep = weighted_keep(w, bar)
                m, o = score(rs, keep)
                print(f"| {name} | {bar} | {m:.3f} | {o['FaithBench'][0]:.0%} | {o['SummEdits-news'][0]:.0%} "
                      f"| {sum(map(keep, gold))} |")
        return 0
    rs, gold = rows(a.split, zipf_frequency), rows("gold", zipf_frequency)
    res = {name: (*score(rs, keep), sum(map(keep, gold))) for name, keep in variants()}
    names = list(res)
    print("| dataset | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    for ds in res[names[0]][1]:
        cells = []
        for n in names:
            tpr, fpr, ba = res[n][1][ds]
            cells.append(" / ".join("—" if x is None else f"{x:.2f}" for x in (ba, tpr, fpr)))
        print(f"| {ds} | " + " | ".join(cells) + " |")
    print("| **mean BA** | " + " | ".join(f"**{res[n][0]:.3f}**" for n in names) + " |")
    print("| gold sentences kept (of 48) | " + " | ".join(str(res[n][2]) for n in names) + " |")
    ceiling = score(rs, lambda r: r["ok"] and (r["label"] or not r["abs"]))[0]
    print(f"\nceiling (every accepted unfaithful pair with an absent word rejected, no faithful one): {ceiling:.3f}")
    if a.words:
        for r in rs:
            low = [(x["word"], round(x["zipf"], 1)) for x in r["abs"] if x["zipf"] < 3.5]
            if r["ok"] and low:
                print(r["ds"], "faithful" if r["label"] else "unfaithful", low)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
