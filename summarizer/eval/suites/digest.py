"""`summarize eval --suite digest`: the digest's alignment scored on BASIL (dev data, issue 15).

    summarize eval --suite digest [--sample N] [--systems rules,model] [--gold DIR]
    python -m summarizer.eval.suites.digest [--sample N] [--systems rules,model] [--gold DIR] [--json FILE]

Data: `../shared/devdata/multidoc/basil_clusters.jsonl` relative to the repository root
(`SUMMARIZER_DEVDATA` overrides the devdata directory): 50 events, each covered by Fox News,
the New York Times and HuffPost. Gold digests: `evals/digest_gold/<cluster_id>.json`
(agreements and conflicts with quotes and character offsets into each BASIL article's `text`):
the 8 clusters the digest is tuned on. `--gold evals/digest_gold_heldout` scores the 6 held-out
clusters instead (never tuned on; `--sample 6` runs only them, gold clusters come first).
A gold folder with a `clusters.json` (evals/digest_gold_cnn27) names its own clusters of
faithfulness documents (`../shared/devdata/faithfulness/pairs.jsonl`, by doc_id, article labels
a, b, c in place of outlets); only those are run.

For each cluster a system turns the three articles into claims (`rules`: the code-only
baseline of summarizer.baselines, fast; `sentences`: every body sentence; `code`: the pipeline's
claims with a client that answers empty, i.e. the bundled path's claims, which code makes, without
the model's summary; `model`: the bundled model through the pipeline, about 100 s per article on
2 cores), and the digest's deterministic sections are built from
them (summarizer.digest.build_sections: no model call).

Scores (micro over the gold clusters):
- agreements: a predicted agreement matches a gold one when, for at least two outlets, one of
  its claims' evidence spans overlaps that outlet's gold quote span; one-to-one matching
  (maximum bipartite). Precision = matched / predicted, recall = matched / gold.
- conflicts: likewise per side: at least two gold sides are each overlapped by a different
  side of the predicted conflict (in that side's outlet).
- linked (over every cluster run): the share of clusters whose digest links all three
  articles, i.e. has a storyline or an agreement spanning all three.
- bad quantity rows: rows of the digest's quantity table whose `counted` is not a noun phrase
  of its claim (target 0).
- a gold file with `"conflicts_only": true` was labelled for conflicts alone
  (`--gold evals/digest_gold_conf22`): its clusters add to the conflict scores only, and agreement
  precision and recall read n/a when every gold cluster is such a file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..devdata import basil_clusters, faithfulness_pairs, project_root
from ..systems import NoModel

OUTLETS = ("fox", "nyt", "hpo")
#: Systems this suite scores (others asked for, e.g. gold or lead3, are skipped: they make no claims
#: from dev-data articles).
SUITE_SYSTEMS = ("rules", "sentences", "code", "model")


def default_gold_dir() -> Path:
    return project_root() / "evals" / "digest_gold"


#: A gold folder holding this file scores clusters it lists instead of BASIL's (evals/digest_gold_cnn27).
CLUSTERS_FILE = "clusters.json"


def load_clusters(gold_dir: Path | None = None) -> list[dict]:
    """BASIL's clusters, or, when `gold_dir` has a clusters.json, the clusters it lists."""
    index = gold_dir / CLUSTERS_FILE if gold_dir is not None else None
    if index is not None and index.is_file():
        return listed_clusters(json.loads(index.read_text(encoding="utf-8")), gold_dir)
    return list(basil_clusters())


def listed_clusters(index: dict, gold_dir: Path | None = None) -> list[dict]:
    """Clusters of faithfulness documents named in a clusters.json ({"source": "faithfulness/pairs.jsonl",
    "clusters": [{"cluster_id", "main_event", "articles": [{"label", "doc_id", "sha256"}]}]}) in the
    shape of a BASIL cluster: each article's `outlet_code` is its label, its `text` the one document
    text the dev data holds for its doc_id. A doc_id with no text, two different texts, or a text
    whose sha256 differs is an InputError (the gold's offsets would not hold). `"source": "files"`
    names invented texts by `path` under `gold_dir` instead of a `doc_id` (evals/digest_gold_genre37)."""
    import hashlib

    from ...errors import InputError

    texts: dict[str, set[str]] = {}
    if index.get("source") == "files" and gold_dir is not None:
        texts = {a["path"]: {(gold_dir / a["path"]).read_text(encoding="utf-8")}
                 for c in index["clusters"] for a in c["articles"]}
        index = {**index, "clusters": [{**c, "articles": [{**a, "doc_id": a["path"]} for a in c["articles"]]}
                                       for c in index["clusters"]]}
    elif index.get("source") != "faithfulness/pairs.jsonl":
        raise InputError(f"{CLUSTERS_FILE}: unknown source {index.get('source')!r}")
    else:
        wanted = {a["doc_id"] for c in index["clusters"] for a in c["articles"]}
        for r in faithfulness_pairs():
            if r.get("doc_id") in wanted:
                texts.setdefault(r["doc_id"], set()).add(r["document"])
    out = []
    for c in index["clusters"]:
        arts = []
        for a in c["articles"]:
            found = texts.get(a["doc_id"], set())
            if len(found) != 1:
                raise InputError(f"{c['cluster_id']}: {len(found)} texts for {a['doc_id']!r} (need 1)")
            text = next(iter(found))
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
                raise InputError(f"{c['cluster_id']}: the text of {a['doc_id']!r} changed (sha256)")
            arts.append({"outlet_code": a["label"], "article_uuid": a["doc_id"], "text": text})
        out.append({"cluster_id": c["cluster_id"], "main_event": c.get("main_event", ""), "articles": arts})
    return out


def load_gold(gold_dir: Path) -> dict[str, dict]:
    out = {}
    if gold_dir.is_dir():
        for p in sorted(gold_dir.glob("*.json")):
            if p.name == CLUSTERS_FILE:
                continue
            doc = json.loads(p.read_text(encoding="utf-8"))
            out[doc["cluster_id"]] = doc
    return out


def _article_order(a: dict) -> tuple[int, str]:
    """BASIL's outlets in OUTLETS order; other labels (a, b, c) after them, alphabetically."""
    code = a["outlet_code"]
    return (OUTLETS.index(code), "") if code in OUTLETS else (len(OUTLETS), code)


# -- systems ----------------------------------------------------------------------------------


def basil_to_article(cluster: dict, a: dict):
    """A BASIL article as the tool loads it (its sha256 and offsets are the gold's)."""
    from ...load import load_bytes

    return load_bytes(a["text"].encode("utf-8"), f"basil/{cluster['cluster_id']}/{a['outlet_code']}.txt")


def make_system(name: str, settings=None):
    """`name` -> (function(Article) -> ArticleSummary, pipeline to close or None)."""
    if name == "rules":
        from ..systems import rules_baseline

        return rules_baseline, None
    if name == "sentences":
        from ..systems import sentences_baseline

        return sentences_baseline, None
    if name == "code":  # the bundled path's claims (code makes them all) without a model call
        from ...pipeline import Pipeline
        from ...settings import Settings

        pipe = Pipeline(Settings.from_env(use_cache=False), client=NoModel())
        return pipe.run, pipe
    if name == "model":
        from ...pipeline import Pipeline
        from ...settings import Settings

        pipe = Pipeline(settings or Settings.from_env())
        return pipe.run, pipe
    raise ValueError(f"unknown system {name!r} (rules, sentences, code, model)")


def digest_for(cluster: dict, run) -> tuple[object, dict[str, dict]]:
    """The digest sections of one cluster, and article id -> BASIL article."""
    from ...digest.build import build_sections, dedupe, to_digest_article

    arts, by_id = [], {}
    ordered = sorted(cluster["articles"], key=_article_order)
    for a in ordered:
        arts.append(to_digest_article("", run(basil_to_article(cluster, a))))
    arts, _ = dedupe(arts)
    arts = [x.model_copy(update={"id": f"a{n}"}) for n, x in enumerate(arts, 1)]
    for x, a in zip(arts, ordered):
        by_id[x.id] = a
    return build_sections(arts), {x.id: x for x in arts}, by_id


# -- matching -------------------------------------------------------------------------------


def _overlap(s1: int, e1: int, s2: int, e2: int) -> bool:
    return min(e1, e2) > max(s1, s2)


def _spans(refs, arts, basil) -> list[tuple[str, int, int]]:
    """(outlet, start, end) of each referenced claim's evidence."""
    out = []
    for r in refs:
        art = arts.get(r.article)
        claim = next((c for c in art.claims if c.id == r.claim), None) if art else None
        if claim is not None:
            out.append((basil[r.article]["outlet_code"], claim.evidence.start, claim.evidence.end))
    return out


def agreement_matches(spans: list[tuple[str, int, int]], gold: dict) -> bool:
    outlets = {q["outlet"] for q in gold["quotes"]
               for o, s, e in spans if o == q["outlet"] and _overlap(s, e, q["start"], q["end"])}
    return len(outlets) >= 2


def conflict_matches(sides: list[tuple[str, int, int]], gold: dict) -> bool:
    """At least two gold sides each overlapped by a different predicted side."""
    gs = gold["sides"]
    need = min(2, len(gs))
    hits = [[k for k, (o, s, e) in enumerate(sides) if o == g["outlet"] and _overlap(s, e, g["start"], g["end"])]
            for g in gs]
    best = 0
    for i in range(len(gs)):
        for j in range(i + 1, len(gs)):
            if any(a != b for a in hits[i] for b in hits[j]):
                best = 2
        if hits[i]:
            best = max(best, 1)
    return best >= need


def one_to_one(pred: list, gold: list, ok) -> int:
    """Size of a maximum one-to-one matching between predictions and gold items."""
    if not pred or not gold:
        return 0
    adj = [[g for g in range(len(gold)) if ok(p, gold[g])] for p in pred]
    match_g: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in match_g or augment(match_g[g], seen):
                match_g[g] = p
                return True
        return False

    return sum(augment(p, set()) for p in range(len(pred)))


def tally(tot: dict, pa: list, pc: list, g: dict) -> tuple[int, int]:
    """Add one gold cluster's predicted agreement spans `pa` and conflict sides `pc` to the totals;
    (agreements matched, conflicts matched). A gold file with `"conflicts_only": true` (labelled for
    conflicts alone, e.g. evals/digest_gold_conf22) adds nothing to the agreement counts: its empty
    list would otherwise score every predicted agreement as false."""
    ha = 0 if g.get("conflicts_only") else one_to_one(pa, g["agreements"], agreement_matches)
    hc = one_to_one(pc, g["conflicts"], conflict_matches)
    if not g.get("conflicts_only"):
        tot["agree_pred"] += len(pa)
        tot["agree_gold"] += len(g["agreements"])
        tot["agree_hit"] += ha
    tot["conf_pred"] += len(pc)
    tot["conf_gold"] += len(g["conflicts"])
    tot["conf_hit"] += hc
    return ha, hc


def _links_all(al, n_articles: int) -> bool:
    return any(len(s.articles) >= n_articles for s in al.storylines) or \
        any(len(a.articles) >= n_articles for a in al.agreements)


# -- the suite ----------------------------------------------------------------------------------


def run_suite(system: str, clusters: list[dict], gold: dict[str, dict], sample: int | None = None,
              details: list | None = None, settings=None) -> dict:
    from ...quantity import is_noun_phrase_of

    run, pipe = make_system(system, settings)
    gold_clusters = [c for c in clusters if c["cluster_id"] in gold]
    rest = [c for c in clusters if c["cluster_id"] not in gold]
    todo = gold_clusters + rest
    if sample:
        todo = todo[:sample]
    t0 = time.time()
    tot = dict(agree_pred=0, agree_gold=0, agree_hit=0, conf_pred=0, conf_gold=0, conf_hit=0,
               clusters=0, linked=0, gold_clusters=0, quantity_rows=0, bad_quantity_rows=0, conflicts=0,
               agreements=0)
    try:
        for cl in todo:
            al_sections, arts, basil = digest_for(cl, run)
            al, _, qrows = al_sections
            tot["clusters"] += 1
            tot["linked"] += _links_all(al, len(arts))
            tot["agreements"] += len(al.agreements)
            tot["conflicts"] += len(al.conflicts)
            claims = {(a.id, c.id): c for a in arts.values() for c in a.claims}
            tot["quantity_rows"] += len(qrows)
            tot["bad_quantity_rows"] += sum(not is_noun_phrase_of(q.counted, claims[(q.ref.article, q.ref.claim)].text)
                                            for q in qrows)
            g = gold.get(cl["cluster_id"])
            if g is None:
                continue
            tot["gold_clusters"] += 1
            pa = [_spans(a.claims, arts, basil) for a in al.agreements]
            pc = [_spans([s.ref for s in c.sides], arts, basil) for c in al.conflicts]
            ha, hc = tally(tot, pa, pc, g)
            if details is not None:
                details.append({"cluster": cl["cluster_id"], "agreements": [a.model_dump() for a in al.agreements],
                                "conflicts": [c.model_dump() for c in al.conflicts], "agree_hit": ha, "conf_hit": hc})
    finally:
        if pipe is not None:
            pipe.close()
    tot["seconds"] = round(time.time() - t0, 1)
    tot["agree_precision"] = _ratio(tot["agree_hit"], tot["agree_pred"])
    tot["agree_recall"] = _ratio(tot["agree_hit"], tot["agree_gold"])
    tot["conf_precision"] = _ratio(tot["conf_hit"], tot["conf_pred"])
    tot["conf_recall"] = _ratio(tot["conf_hit"], tot["conf_gold"])
    tot["linked_share"] = _ratio(tot["linked"], tot["clusters"])
    return tot


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v)


def table(results: dict[str, dict]) -> str:
    rows = [("agreement precision", "agree_precision"), ("agreement recall", "agree_recall"),
            ("conflict precision", "conf_precision"), ("conflict recall", "conf_recall"),
            ("agreements predicted / gold", None), ("conflicts predicted / gold", None),
            ("gold clusters", "gold_clusters"), ("clusters linked (all 3 articles)", None),
            ("bad quantity rows / rows", None), ("seconds", "seconds")]
    head = "| metric | " + " | ".join(results) + " |\n|---|" + "---|" * len(results)
    lines = [head]
    for label, key in rows:
        cells = []
        for r in results.values():
            if key:
                cells.append(_fmt(r[key]))
            elif label.startswith("agreements"):
                cells.append(f"{r['agree_pred']} / {r['agree_gold']} ({r['agree_hit']} matched)")
            elif label.startswith("conflicts"):
                cells.append(f"{r['conf_pred']} / {r['conf_gold']} ({r['conf_hit']} matched)")
            elif label.startswith("clusters linked"):
                cells.append(f"{r['linked']} / {r['clusters']}")
            else:
                cells.append(f"{r['bad_quantity_rows']} / {r['quantity_rows']}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


class DigestSuiteReport:
    """What `summarize eval --suite digest` prints and writes (to_markdown / to_json)."""

    def __init__(self, results: dict[str, dict], details: dict[str, list], gold_dir: Path, clusters: int,
                 gold: int):
        self.results, self.details, self.gold_dir = results, details, gold_dir
        self.clusters, self.gold = clusters, gold
        self.systems = results

    def to_markdown(self) -> str:
        head = (f"# Digest suite\n\n{self.clusters} clusters, {self.gold} gold digests in "
                f"{self.gold_dir}\n\n")
        return head + table(self.results) + "\n"

    def to_json(self) -> str:
        return json.dumps({"suite": "digest", "gold_dir": str(self.gold_dir), "results": self.results,
                           "details": self.details}, indent=1) + "\n"


def run(settings, *, sample: int | None, systems: list[str], gold_dir: str | Path | None = None,
        **_ignored) -> DigestSuiteReport:
    """The suite: `systems` (rules, model; others skipped) on the gold clusters first, then every
    other cluster (the first `sample` in that order, when given)."""
    gold_path = Path(gold_dir) if gold_dir else default_gold_dir()
    clusters, gold = load_clusters(gold_path), load_gold(gold_path)
    results, details = {}, {}
    for name in [s for s in systems if s in SUITE_SYSTEMS]:
        details[name] = []
        results[name] = run_suite(name, clusters, gold, sample, details[name], settings=settings)
    return DigestSuiteReport(results, details, gold_path, len(clusters), len(gold))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m summarizer.eval.suites.digest", description=__doc__.split("\n\n")[0])
    p.add_argument("--sample", type=int, help="only the first N clusters (gold clusters first)")
    p.add_argument("--systems", default="rules", help="comma-separated: rules,sentences,code,model (model: ~100 s per article)")
    p.add_argument("--gold", type=Path, default=None, help="gold digests directory (default: evals/digest_gold)")
    p.add_argument("--json", type=Path, help="write the results (and per-cluster details) here")
    args = p.parse_args(argv)
    from ...settings import Settings

    report = run(Settings.from_env(), sample=args.sample, systems=[s.strip() for s in args.systems.split(",")],
                 gold_dir=args.gold)
    sys.stdout.write(report.to_markdown())
    if args.json:
        args.json.write_text(report.to_json(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
