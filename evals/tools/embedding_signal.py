"""Does a small embedding model that ships inside a PyPI wheel help? (session 8, emb9; issues 15, 14)

    PYTHONPATH=$PWD python evals/tools/embedding_signal.py similarity "text a" "text b"
    PYTHONPATH=$PWD python evals/tools/embedding_signal.py digest [--emb 0.7] [--lex 0.15] [--gold DIR] [--dump FILE]
    PYTHONPATH=$PWD python evals/tools/embedding_signal.py pairs --out FILE     # every candidate pair's signals
    PYTHONPATH=$PWD python evals/tools/embedding_signal.py verify --cache FILE  # fit_verify's cache (made first)

The model: `wordllama` 0.4.0.post1 (MIT; a 19 MB wheel holding a static token-embedding table,
32,000 x 256 float16, and its tokenizer). Not a dependency of the package: this script is how
we decided not to take it (evals/RESULTS.md, "Session 8: emb9"). It is read from the installed
wheel's files only: `WordLlama.load()` would fetch the tokenizer from Hugging Face (it looks in
`tokenizer/`, the wheel has `tokenizers/`) and importing `wordllama` sets the root logger to
INFO, so the package is located with importlib and never imported. A text's vector is the mean
of its tokens' rows, normalised; similarity is the cosine.

* digest: the digest suite (`code` system) with one more agreement path in align.judge_pair,
  for candidate pairs the code leaves unjudged ("similarity ..."): embedding cosine >= --emb,
  lexical similarity (pairs.similarity) >= --lex, a shared name or one source, and none of the
  guards that part close claims (negation or denial in one only, another day, a place swap,
  opposite predicates, different counts, two speakers). `--dump` writes every cluster's
  agreements (outlet, source, claim text) for diffing, held-out gold clusters left out.
* pairs: every candidate pair of every cluster outside the held-out gold, with its judgment,
  lexical and embedding similarity and whether a tuned gold agreement holds both claims.
* verify: adds embedding signals (best article sentence, mean of the best three, the lowest
  over the text's sentences, the whole document) to evals/tools/fit_verify.py's rows and fits
  the regression with and without them (tune fitted, held-out scored; also held to the gold).
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"


class Encoder:
    """Mean-pooled static token embeddings from the installed `wordllama` wheel's files."""

    def __init__(self):
        from safetensors import safe_open
        from tokenizers import Tokenizer

        spec = importlib.util.find_spec("wordllama")  # located, not imported
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("wordllama is not installed (pip install wordllama==0.4.0.post1)")
        pkg = Path(next(iter(spec.submodule_search_locations)))
        self.tok = Tokenizer.from_file(str(pkg / TOKENIZER))
        self.tok.no_padding()
        self.tok.no_truncation()
        with safe_open(str(pkg / WEIGHTS), framework="np", device="cpu") as f:
            self.emb = np.ascontiguousarray(f.get_tensor("embedding.weight").astype(np.float32))
        self.cache: dict[str, np.ndarray] = {}

    def vector(self, text: str) -> np.ndarray:
        v = self.cache.get(text)
        if v is None:
            ids = self.tok.encode(text, add_special_tokens=False).ids
            v = self.emb[np.clip(ids, 0, len(self.emb) - 1)].mean(axis=0) if ids else np.zeros(self.emb.shape[1], np.float32)
            n = float(np.linalg.norm(v))
            v = v / n if n else v
            self.cache[text] = v
        return v

    def similarity(self, a: str, b: str) -> float:
        return float(self.vector(a) @ self.vector(b))


def heldout_ids() -> set[str]:
    return {json.loads(Path(p).read_text())["cluster_id"] for p in glob.glob(str(ROOT / "evals/digest_gold_heldout/*.json"))}


def similar_agreement(enc: Encoder, f1, f2, emb_min: float, lex_min: float):
    """The tried agreement path (module doc), or None."""
    from summarizer.digest.classify import Judgment, counts_differ
    from summarizer.digest.denials import denies
    from summarizer.digest.figures import days_apart
    from summarizer.digest.pairs import negates, place_swap, same_source, similarity
    from summarizer.digest.predicates import opposite
    from summarizer.digest.purity import different_speakers

    if f1.sha == f2.sha or not (f1.names & f2.names or same_source(f1, f2)):
        return None
    sim = similarity(f1, f2)
    if sim < lex_min:
        return None
    emb = enc.similarity(f1.claim.text, f2.claim.text)
    if emb < emb_min:
        return None
    if negates(f1, f2) != negates(f2, f1) or denies(f1, f2, rare=False) or denies(f2, f1, rare=False):
        return None
    if days_apart(f1, f2) or place_swap(f1, f2) or opposite(f1, f2) or counts_differ(f1, f2) or different_speakers(f1, f2):
        return None
    return Judgment("agreement", f"embedding similarity {emb:.2f}", score=sim)


def cmd_digest(a) -> None:
    from summarizer import thresholds
    from summarizer.digest import align as A
    from summarizer.digest.reference import subjectless
    from summarizer.eval.suites import digest as suite

    enc = Encoder()
    orig = A.judge_pair

    def judge_pair(f1, f2, article_text, judge=None):
        jd = orig(f1, f2, article_text, judge)
        if jd.kind == "none" and jd.reason.startswith("similarity"):
            s = similar_agreement(enc, f1, f2, a.emb, a.lex)
            if s and (f1.claim.certainty == "denied") == (f2.claim.certainty == "denied") and not (
                    (subjectless(f1) or subjectless(f2)) and s.score < thresholds.PASSAGE_SCORE):
                return s
        return jd

    if a.emb <= 1:
        A.judge_pair = judge_pair
    held, dump = heldout_ids(), {}
    digest_for = suite.digest_for

    def recording(cl, run):
        out = digest_for(cl, run)
        (al, _, _), arts, basil = out
        if cl["cluster_id"] not in held:
            by = {(x.id, c.id): (basil[x.id]["outlet_code"], c) for x in arts.values() for c in x.claims}
            dump[cl["cluster_id"]] = [[(by[(r.article, r.claim)][0], by[(r.article, r.claim)][1].attributed_to or "",
                                        by[(r.article, r.claim)][1].text) for r in g.claims] for g in al.agreements]
        return out

    suite.digest_for = recording
    gold = suite.load_gold(Path(a.gold) if a.gold else suite.default_gold_dir())
    tot = suite.run_suite("code", suite.load_clusters(), gold)
    print(json.dumps({k: tot[k] for k in ("agree_precision", "agree_recall", "agree_pred", "agree_hit", "agree_gold",
                                          "agreements", "conf_precision", "conf_recall", "seconds")}))
    if a.dump:
        Path(a.dump).write_text(json.dumps(dump))


def cmd_pairs(a) -> None:
    from summarizer.digest.align import judge_pair
    from summarizer.digest.pairs import article_texts, candidate_pairs, features, similarity
    from summarizer.eval.suites import digest as suite

    enc, held, rows = Encoder(), heldout_ids(), []
    gold = suite.load_gold(suite.default_gold_dir())
    run, _ = suite.make_system("code")
    for cl in suite.load_clusters():
        cid = cl["cluster_id"]
        if cid in held:
            continue
        (al, _, _), arts, basil = suite.digest_for(cl, run)
        feats = features([(x, c) for x in arts.values() for c in x.claims])
        outlet = {aid: b["outlet_code"] for aid, b in basil.items()}
        article_text = article_texts(feats)
        grouped = {(r.article, r.claim) for g in al.agreements for r in g.claims}

        def items(f):
            return {ga["id"] for ga in gold.get(cid, {}).get("agreements", []) for q in ga["quotes"]
                    if q["outlet"] == outlet[f.article]
                    and suite._overlap(f.claim.evidence.start, f.claim.evidence.end, q["start"], q["end"])}
        for (i, j) in sorted(candidate_pairs(feats)):
            f1, f2 = feats[i], feats[j]
            jd = judge_pair(f1, f2, article_text)
            rows.append(dict(cluster=cid, tuned=cid in gold, kind=jd.kind, reason=jd.reason,
                             lex=similarity(f1, f2), emb=enc.similarity(f1.claim.text, f2.claim.text),
                             names=sorted(f1.names & f2.names), gold=sorted(items(f1) & items(f2)),
                             free=[(f.article, f.claim.id) not in grouped for f in (f1, f2)],
                             texts=[f1.claim.text, f2.claim.text], sources=[f1.source, f2.source]))
    Path(a.out).write_text(json.dumps(rows))
    left = [r for r in rows if r["tuned"] and r["kind"] == "none" and r["reason"].startswith("similarity")]
    print(f"{len(rows)} candidate pairs; {len(left)} left unjudged in the tuned clusters, "
          f"{sum(1 for r in left if r['gold'])} of them inside one gold agreement")
    for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
        sel = [r for r in left if r["emb"] >= t]
        print(f"  embedding >= {t}: {len(sel)} pairs, {sum(1 for r in sel if r['gold'])} inside a gold agreement")


def cmd_verify(a) -> None:
    import fit_verify as FV
    from summarizer.chunk import split_sentences
    from summarizer.eval.gold import default_gold_dir, load_gold_set
    from summarizer.eval.suites.verify import load_pairs

    enc = Encoder()
    data = json.loads(Path(a.cache).read_text())

    def sentences(t: str) -> list[str]:
        return [t[s.start:s.end] for s in split_sentences(t)] or [t]

    def signals(document: str, text: str) -> dict[str, float]:
        art = np.array([enc.vector(s) for s in sentences(document)])
        per = []
        for s in sentences(text):
            sims = np.sort(art @ enc.vector(s))[::-1]
            per.append((max(len(s.split()), 1), float(sims[0]), float(sims[:3].mean())))
        w = sum(p[0] for p in per)
        return {"emb_best1": sum(p[0] * p[1] for p in per) / w, "emb_best3": sum(p[0] * p[2] for p in per) / w,
                "emb_min": min(p[1] for p in per), "emb_doc": float(enc.vector(document) @ enc.vector(text))}

    for split in ("tune", "heldout"):
        for r, p in zip(data[split], load_pairs(split), strict=True):
            if r["feats"] is not None:
                r["feats"].update(signals(p["document"], p["claim"]))
    gold = [(c.article.text, c.gold.summary[sp.start:sp.end]) for c in load_gold_set(default_gold_dir())
            for sp in split_sentences(c.gold.summary)]
    for r, (d, t) in zip(data["gold"], gold, strict=True):
        if r["feats"] is not None:
            r["feats"].update(signals(d, t))
    tune, held, g = data["tune"], data["heldout"], data["gold"]
    arts = sorted({r["doc_id"] for r in g})
    half_a = [r for r in g if arts.index(r["doc_id"]) % 2 == 0]
    half_b = [r for r in g if r not in half_a]
    emb4 = ("emb_best1", "emb_best3", "emb_min", "emb_doc")
    print(f"rule: tune {FV.scores(tune, FV.rule)['mean']:.3f}, held out {FV.scores(held, FV.rule)['mean']:.3f}, "
          f"gold kept {sum(map(FV.rule, g))}/{len(g)}")
    for names in (FV.FEATURES, FV.FEATURES + ("emb_best1",), FV.FEATURES + emb4, ("emb_best1",)):
        m = FV.fit(tune, names)
        mg = FV.fit(tune, names, 1.0, half_a, 1.0)
        print(f"{','.join(names)}: tune {FV.scores(tune, FV.accepter(m))['mean']:.3f}, held out "
              f"{FV.scores(held, FV.accepter(m))['mean']:.3f}, gold kept {sum(map(FV.accepter(m), g))}/{len(g)}; "
              f"held to the gold: held out {FV.scores(held, FV.accepter(mg))['mean']:.3f}, "
              f"gold B kept {sum(map(FV.accepter(mg), half_b))}/{len(half_b)}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("similarity")
    s.add_argument("a")
    s.add_argument("b")
    d = sub.add_parser("digest")
    d.add_argument("--emb", type=float, default=0.7, help="embedding cosine floor (above 1: the rule is off)")
    d.add_argument("--lex", type=float, default=0.15)
    d.add_argument("--gold", default="")
    d.add_argument("--dump", default="")
    q = sub.add_parser("pairs")
    q.add_argument("--out", required=True)
    v = sub.add_parser("verify")
    v.add_argument("--cache", required=True, help="evals/tools/fit_verify.py --cache FILE, run first")
    a = p.parse_args(argv)
    if a.cmd == "similarity":
        print(f"{Encoder().similarity(a.a, a.b):.3f}")
    else:
        {"digest": cmd_digest, "pairs": cmd_pairs, "verify": cmd_verify}[a.cmd](a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
