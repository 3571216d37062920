"""What the pipeline keeps of a perfect capable model, and what it catches of a flawed one.

    PYTHONPATH=. python evals/tools/replay_eval.py [--gold DIR] [--mode tools|json|json_schema|md_json]
                                                   [--seed 0] [--rate 0.6] [--no-write] [--json PATH]

Starts evals/tools/replay_server.py on a free port twice, once replaying the gold as it is
("perfect") and once perturbed the way real models err ("perturbed"), and each time runs the
eval's library path against it: Settings for an OpenAI-compatible endpoint (base URL = the
server, model "replay", no cache, every other setting as `summarize eval --base-url URL
--model replay --no-cache` would build it), `Pipeline.run` on every gold article, scored with
the eval's own `evaluate`. It prints, and writes into evals/RESULTS.md under "Capable
endpoint, replayed" (unless --no-write):

* perfect output: claim precision/recall/F1 and attribution accuracy against the gold, how many
  summaries were kept unreplaced (no "showing the article's lead" warning), summary sentences
  and headlines dropped, and how many gold claims the response model had no room for
  (``maxItems``; the server counts them);
* perturbed output, for each perturbation type: items served, items *caught* (absent from the
  output, or present with the gold value restored: the gold speaker for a swapped speaker, the
  gold certainty for a dropped hedge; a wrong number or invented name is caught when no claim
  shown holds it), and the same share among the items whose gold claim the perfect run showed
  (so a claim lost for another reason does not count as caught). For the faithful types
  (re-punctuated or paraphrased quotes, a fused summary sentence) the share *kept* is what
  matters and is reported instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
for p in (str(REPO), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import replay_server as rs  # noqa: E402

SECTION = "## Capable endpoint, replayed"
TARGET_SHARE = 0.90
TARGET_F1 = 0.95


def _api():
    """The eval's functions from this checkout, wherever the layout put them."""
    names = ("load_gold_set", "evaluate", "attribution_matches")
    found = {}
    for mod in ("summarizer.eval", "summarizer.eval.gold", "summarizer.eval.metrics",
                "summarizer.eval.matching", "summarizer.evaluate"):
        try:
            m = __import__(mod, fromlist=list(names))
        except ImportError:
            continue
        for n in names:
            if n not in found and hasattr(m, n):
                found[n] = getattr(m, n)
    missing = [n for n in names if n not in found]
    if missing:
        raise ImportError(f"cannot find {', '.join(missing)} in summarizer.eval or summarizer.evaluate")
    return found


def _norm(s: str) -> str:
    from summarizer.ground import normalize

    return normalize(s).strip().rstrip(".")


@dataclass
class Run:
    name: str
    report: object  # the eval's SystemReport
    outputs: dict  # stem -> ArticleSummary | None
    perturbations: list
    stats: dict
    seconds: float
    errors: dict = field(default_factory=dict)


def run_condition(name: str, *, gold_dirs=None, perturb: bool = False, seed: int = 0, rate: float = 1.0,
                  mode: str | None = None, articles=None, cases=None, **overrides) -> Run:
    """One pass of the eval against a fresh replay server (`overrides`: Settings fields)."""
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    api = _api()
    gold_dir = Path(gold_dirs[0]) if gold_dirs else REPO / "evals" / "gold"
    cases = cases if cases is not None else api["load_gold_set"](gold_dir)
    outputs: dict = {}
    t0 = time.perf_counter()
    with rs.ReplayServer(articles, gold_dirs=gold_dirs, perturb=perturb, seed=seed, rate=rate) as srv:
        settings = Settings.from_env(env={}, base_urls=(srv.url,), model=rs.MODEL_ID, use_cache=False, mode=mode,
                                     **overrides)
        with Pipeline(settings) as pipe:
            def system(case):
                outputs[case.stem] = None
                out = pipe.run(case.article)
                outputs[case.stem] = out
                return out

            report = api["evaluate"](cases, {rs.MODEL_ID: ("model", system)}, gold_dir=str(gold_dir),
                                     model=rs.MODEL_ID)
        stats = dict(srv.stats)
        perturbations = list(srv.perturbations)
    system_report = report.systems[rs.MODEL_ID]
    errors = {a.article: a.error for a in system_report.per_article if a.error}
    return Run(name, system_report, outputs, perturbations, stats, time.perf_counter() - t0, errors)


def run_cli(articles, gold_dir: str | None = None, mode: str | None = None, timeout: float = 300) -> dict:
    """`summarize eval --base-url URL --model replay --no-cache --systems model` against a perfect
    replay server, as a user would run it: {claim_f1, attribution_accuracy, exit_code} (exit 7
    is the thresholds gate failing, which still prints the report)."""
    import os
    import subprocess
    import tempfile

    with rs.ReplayServer(articles) as srv, tempfile.TemporaryDirectory() as out_dir:
        cmd = [sys.executable, "-m", "summarizer", "eval", "--base-url", srv.url, "--model", rs.MODEL_ID,
               "--no-cache", "--systems", "model", "-f", "json", "-o", out_dir]
        cmd += ["--gold", gold_dir] if gold_dir else []
        cmd += ["--mode", mode] if mode else []
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
    try:
        system = json.loads(proc.stdout)["systems"][rs.MODEL_ID]
    except (ValueError, KeyError):
        return {"exit_code": proc.returncode, "error": proc.stderr.strip()[-300:]}
    return {"exit_code": proc.returncode, "claim_f1": system.get("claim_f1"),
            "attribution_accuracy": system.get("attribution_accuracy")}


# -- scoring -------------------------------------------------------------------------------------


def _overlaps(claim, span) -> bool:
    return min(claim.evidence.end, span[1]) > max(claim.evidence.start, span[0])


def _same_text(claim, text: str, span) -> bool:
    return _overlaps(claim, span) and _norm(claim.text) == _norm(text)


def _has_token(text: str, token: str) -> bool:
    return re.search(rf"(?<![\w.,]){re.escape(token)}(?![\w])", text) is not None


def shown_in_perfect(perfect: Run, stem: str, gold_text: str, span) -> bool:
    out = perfect.outputs.get(stem)
    return out is not None and any(_same_text(c, gold_text, span) for c in out.claims)


def judge(p, out, attribution_matches) -> tuple[bool, str]:
    """(caught-or-kept, how) for one served perturbation, from the perturbed run's output.

    For the unfaithful types the bool is "caught"; for the faithful ones it is "kept"."""
    if out is None:
        return p.type not in rs.FAITHFUL_TYPES, "article failed"
    if p.field == "summary":
        summary = _norm(out.summary)
        if p.type == "fused_sentence":
            kept = _norm(p.perturbed) in summary
            return kept, "kept" if kept else "dropped"
        wrong = set(re.findall(r"\d[\d,]*", p.perturbed)) - set(re.findall(r"\d[\d,]*", p.original))
        shown = any(_has_token(out.summary, w) for w in wrong)
        return not shown, "shown" if shown else "dropped"
    span = tuple(p.gold["evidence"])
    gold_text = p.gold["text"]
    if p.type in ("wrong_number", "invented_name"):
        tokens = p.detail.split() if p.type == "wrong_number" else [p.detail]
        shown = [c for c in out.claims if _overlaps(c, span) or p.type == "invented_name"
                 if all(_has_token(c.text, t) for t in tokens)]
        if shown:
            return False, "shown"
        rejected = any(_norm(r.text) == _norm(p.perturbed) for r in out.rejected_claims)
        return True, "rejected" if rejected else "absent"
    same = [c for c in out.claims if _same_text(c, gold_text, span)]
    if p.type in ("quote_punctuation", "quote_paraphrase"):
        return bool(same), "kept" if same else "lost"
    if not same:
        return True, "absent"
    if p.type == "swapped_speaker":
        ok = all(attribution_matches(c.attributed_to, p.gold["attributed_to"]) for c in same)
        return ok, "corrected" if ok else f"shown as {same[0].attributed_to!r}"
    if p.type == "dropped_hedge":
        ok = all(c.certainty == p.gold["certainty"] for c in same)
        return ok, "corrected" if ok else f"shown as {same[0].certainty!r}"
    return False, "?"


@dataclass
class TypeScore:
    type: str
    faithful: bool
    planned: int = 0
    served: int = 0
    good: int = 0  # caught (unfaithful types) or kept (faithful types)
    eligible: int = 0  # served, and its gold claim shown by the perfect run
    eligible_good: int = 0
    how: dict = field(default_factory=dict)

    @property
    def share(self) -> float | None:
        return self.good / self.served if self.served else None

    @property
    def eligible_share(self) -> float | None:
        return self.eligible_good / self.eligible if self.eligible else None


def score_perturbations(perturbed: Run | list[Run], perfect: Run) -> dict[str, TypeScore]:
    """Per type, summed over the perturbed runs (one per seed)."""
    attribution_matches = _api()["attribution_matches"]
    scores = {t: TypeScore(t, t in rs.FAITHFUL_TYPES) for t in rs.CLAIM_TYPES + rs.SUMMARY_TYPES}
    runs = perturbed if isinstance(perturbed, list) else [perturbed]
    for run, p in ((run, p) for run in runs for p in run.perturbations):
        s = scores[p.type]
        s.planned += 1
        if not p.served:
            continue  # never sent: the response model had no room for its claim
        s.served += 1
        good, how = judge(p, run.outputs.get(p.article), attribution_matches)
        s.good += good
        s.how[how] = s.how.get(how, 0) + 1
        if p.field == "summary":
            eligible = True
        else:
            eligible = shown_in_perfect(perfect, p.article, p.gold["text"], tuple(p.gold["evidence"]))
        if eligible:
            s.eligible += 1
            s.eligible_good += good
    return scores


def summary_stats(run: Run) -> dict:
    outs = [o for o in run.outputs.values() if o is not None]
    return {
        "articles": len(run.outputs),
        "summaries_kept": sum(not any("showing the article's lead" in w for w in o.warnings) for o in outs),
        "summaries_completed": sum(any("summary completed" in w for w in o.warnings) for o in outs),
        "summary_sentences_dropped": sum(w.startswith("summary sentence dropped") for o in outs for w in o.warnings),
        "headlines_replaced": sum(any("headline was not grounded" in w for w in o.warnings) for o in outs),
        "claims_rejected": sum(len(o.rejected_claims) for o in outs),
        "reject_reasons": _reasons(outs),
    }


def _reasons(outs) -> dict:
    out: dict = {}
    for o in outs:
        for r in o.rejected_claims:
            key = re.sub(r"'[^']*'", "'…'", re.sub(r"\d[\d.,]*", "N", r.reason))
            out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


# -- report --------------------------------------------------------------------------------------


def _f(x, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def _pct(num: int, den: int) -> str:
    return "n/a" if not den else f"{num}/{den} ({100 * num / den:.0f}%)"


def render(perfect: Run, roomy: Run | None, perturbed: list[Run], scores: dict[str, TypeScore], args,
           cli: dict | None = None) -> str:
    r = perfect.report
    ss = summary_stats(perfect)
    gold_claims = r.gold_claims
    over = perfect.stats.get("gold_claims_over_max_items", 0)
    cmd = ("PYTHONPATH=. python evals/tools/replay_eval.py"
           + ("" if args.mode is None else f" --mode {args.mode}")
           + f" --seeds {args.seeds} --rate {args.rate}")
    lines = [
        SECTION,
        "",
        f"Measured {dt.date.today().isoformat()} with `{cmd}` (gold: {len(perfect.outputs)} articles of "
        f"{args.gold or 'evals/gold'}, {gold_claims} gold claims; instructor mode "
        f"{args.mode or 'tools, the default over HTTP'}). The replay server (evals/tools/replay_server.py) "
        "answers the pipeline's own requests with the hand-labelled gold: right by construction, a perfect "
        "capable model. The pipeline runs with the settings `summarize eval --base-url URL --model replay "
        "--no-cache` builds; nothing is tuned for the replay.",
        "",
        "**Perfect output** (the gold replayed as is)",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| claim F1 (precision / recall) | {_f(r.claim_f1)} ({_f(r.claim_precision)} / {_f(r.claim_recall)}) "
        f"| >= {TARGET_F1} |",
        f"| attribution accuracy (matched claims) | {_f(r.attribution_accuracy)} | >= {TARGET_F1} |",
        f"| certainty accuracy / kind accuracy | {_f(r.certainty_accuracy)} / {_f(r.kind_accuracy)} | |",
        f"| summaries kept unreplaced (no \"showing the article's lead\") | "
        f"{ss['summaries_kept']}/{ss['articles']} | {ss['articles']}/{ss['articles']} |",
        f"| summary sentences dropped by the support check | {ss['summary_sentences_dropped']} | 0 |",
        f"| headlines replaced by the article's first line | {ss['headlines_replaced']}/{ss['articles']} | 0 |",
        f"| gold summaries cut to the response model's maxLength | {perfect.stats.get('cut_summary', 0)}"
        f"/{ss['articles']} | |",
        f"| gold claims never sent: past the response model's maxItems | {over} of {gold_claims} | 0 |",
        f"| gold claims rejected by grounding | {ss['claims_rejected']} "
        f"({', '.join(f'{k}: {v}' for k, v in ss['reject_reasons'].items()) or 'none'}) | 0 |",
    ]
    if roomy is not None:
        q = roomy.report
        lines.append(
            f"| the same with room for every claim (max_claims_per_call={args.max_claims}): F1 (P / R), "
            f"attribution | {_f(q.claim_f1)} ({_f(q.claim_precision)} / {_f(q.claim_recall)}), "
            f"{_f(q.attribution_accuracy)} | |")
    if cli is not None:
        value = (f"{_f(cli.get('claim_f1'))}, {_f(cli.get('attribution_accuracy'))} (exit {cli['exit_code']})"
                 if "claim_f1" in cli else f"failed (exit {cli['exit_code']}): {cli.get('error')}")
        lines.append(f"| the same through the CLI, `summarize eval --base-url URL --model replay --no-cache`: "
                     f"F1, attribution | {value} | |")
    f1s = ", ".join(_f(run.report.claim_f1) for run in perturbed)
    lines += [
        "",
        f"**Perturbed output** (seeds {args.seeds}, {args.rate:.0%} of gold claims and every summary perturbed "
        f"once per seed; claim F1 per seed {f1s}). *Caught* = absent from the output, or shown with the "
        "gold value restored; for the faithful perturbations the share *kept* is what counts. "
        "\"of served\": every perturbed item the server sent (claims past maxItems are never sent); "
        "\"of shown when perfect\": those whose gold claim the perfect run showed (a claim lost for "
        "another reason is not a catch).",
        "",
        "| perturbation | should be | served | of served | of shown when perfect | how | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in rs.CLAIM_TYPES + rs.SUMMARY_TYPES:
        s = scores[t]
        should = "kept" if s.faithful else ("corrected or rejected" if t in ("swapped_speaker", "dropped_hedge")
                                             else "rejected")
        target = f">= {TARGET_SHARE:.0%} caught" if t in ("wrong_number", "invented_name", "swapped_speaker") else ""
        how = ", ".join(f"{k} {v}" for k, v in sorted(s.how.items(), key=lambda kv: -kv[1])[:4])
        if len(s.how) > 4:
            how += ", …"
        lines.append(f"| {t} | {should} | {s.served} (of {s.planned} planned) | {_pct(s.good, s.served)} "
                     f"| {_pct(s.eligible_good, s.eligible)} | {how} | {target} |")
    rejected: dict = {}
    for run in perturbed:
        for k, v in summary_stats(run)["reject_reasons"].items():
            rejected[k] = rejected.get(k, 0) + v
    lines += ["", "Perturbed runs, claims rejected: "
              + (", ".join(f"{k}: {v}" for k, v in rejected.items()) or "none") + "."]
    errors = {k: v for run in [perfect, *perturbed] for k, v in run.errors.items()}
    if errors:
        lines.append(f"Articles that failed: {errors}.")
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace the section (up to the next '## ' heading) or append it."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    start = text.find(SECTION + "\n")
    if start < 0:
        new = text.rstrip("\n") + ("\n\n" if text else "") + section
    else:
        nxt = text.find("\n## ", start + len(SECTION))
        new = text[:start] + section + ("\n" + text[nxt + 1:] if nxt >= 0 else "")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", metavar="DIR", help="gold directory (default evals/gold)")
    ap.add_argument("--mode", choices=("tools", "json", "json_schema", "md_json"),
                    help="instructor mode (default: the pipeline's default over HTTP, tools)")
    ap.add_argument("--seeds", default="0,1,2", help="perturbation seeds, comma-separated (default 0,1,2)")
    ap.add_argument("--rate", type=float, default=1.0, help="share of gold claims perturbed per seed (default 1)")
    ap.add_argument("--max-claims", type=int, default=64,
                    help="max_claims_per_call of the extra 'room for every claim' run (0: skip it)")
    ap.add_argument("--results", default=str(REPO / "evals" / "RESULTS.md"), help="where to write the section")
    ap.add_argument("--no-write", action="store_true", help="print only")
    ap.add_argument("--no-cli", action="store_true", help="skip the cross-check through `summarize eval`")
    ap.add_argument("--log", metavar="PATH", help="write the perturbation log with verdicts here (JSON)")
    args = ap.parse_args(argv)

    gold_dirs = [args.gold] if args.gold else None
    articles = rs.load_gold(gold_dirs)
    seeds = [int(x) for x in args.seeds.split(",") if x.strip()]
    perfect = run_condition("perfect", gold_dirs=gold_dirs, mode=args.mode, articles=articles)
    roomy = (run_condition("perfect, room for every claim", gold_dirs=gold_dirs, mode=args.mode, articles=articles,
                           max_claims_per_call=args.max_claims) if args.max_claims else None)
    perturbed = [run_condition(f"perturbed {seed}", gold_dirs=gold_dirs, perturb=True, seed=seed, rate=args.rate,
                               mode=args.mode, articles=articles) for seed in seeds]
    scores = score_perturbations(perturbed, perfect)
    cli = None if args.no_cli else run_cli(articles, args.gold, args.mode)
    section = render(perfect, roomy, perturbed, scores, args, cli)
    sys.stdout.write(section)
    if args.log:
        am = _api()["attribution_matches"]
        rows = []
        for seed, run in zip(seeds, perturbed):
            for p in run.perturbations:
                row = p.as_json() | {"seed": seed}
                if p.served:
                    row["good"], row["how"] = judge(p, run.outputs.get(p.article), am)
                rows.append(row)
        Path(args.log).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.no_write:
        write_section(Path(args.results), section)
        print(f"replay_eval: wrote the section into {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
