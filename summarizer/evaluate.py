"""Score predictions against hand-labelled gold files: claims, grounding, summary, cost.

Everything here is data in, data out: `score_article` compares one prediction with one gold
`ArticleSummary` over the real article text and returns an `ArticleReport`; `evaluate`
runs several systems (baselines and the model under test) over a gold set and returns an
`EvalReport`; `check_gate` compares a system's metrics with `evals/thresholds.json`.
Rendering (`to_markdown`, `to_json`) comes second. Every metric is documented in
evals/README.md and has a test in tests/test_eval.py that makes it fail.

Claim matching is one-to-one. Every (predicted, gold) pair gets:

- evidence overlap: |intersection of the two evidence spans| / |shorter span| (0..1);
- evidence IoU: |intersection| / |union| (0..1), which ranks an exact span above a wider one;
- text similarity: rapidfuzz `token_set_ratio` of the normalised texts (0..100);
- text order similarity: rapidfuzz `token_sort_ratio` (guards against `token_set_ratio`
  scoring 100 whenever one text's words are a subset of the other's, e.g. "Russia said");
- quantity agreement: the sets of quantity values are equal (both empty counts as equal).

A pair is *eligible* when its evidence overlaps and its texts are at least loosely alike
(overlap > 0 and similarity >= SHARED_EVIDENCE_MIN_SIMILARITY), or when its texts alone are
alike (similarity >= TEXT_MIN_SIMILARITY and order similarity >= TEXT_MIN_SORT_SIMILARITY:
the same fact quoted from another place, e.g. a sub-headline repeated in the body). Among
eligible pairs the assignment maximises first the number of matches, then the total score
(scipy's `linear_sum_assignment` when scipy is importable; otherwise a greedy pass over
pairs by descending score with ties broken by predicted then gold index). The report names
the matcher used.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from . import rules
from .chunk import is_furniture, split_sentences
from .errors import ContextOverflow, EvalGateFailed, ExtractionError, InputError, TransportError, UsageError
from .gold_sources import devdata_dir, is_devdata_ref, load_devdata_article  # noqa: F401 (re-exported)
from .ground import normalize
from .load import Article, load_article, load_bytes
from .schema import ARTICLE_VOICE, ArticleSummary, Claim

__all__ = [
    "ArticleReport", "EvalReport", "GateResult", "GoldCase", "Match", "Metrics", "SystemReport",
    "Threshold", "attribution_matches", "check_gate", "default_gold_dir", "evaluate",
    "evaluate_system", "load_gold_set", "load_thresholds", "match_claims", "project_root",
    "score_article", "to_json", "to_markdown",
]

# -- thresholds of the matcher (documented in evals/README.md) ----------------------------------

SHARED_EVIDENCE_MIN_SIMILARITY = 40.0
TEXT_MIN_SIMILARITY = 60.0
TEXT_MIN_SORT_SIMILARITY = 40.0
ATTRIBUTION_MIN_SIMILARITY = 80.0
#: score = W_IOU * IoU + W_SET * token_set/100 + W_RATIO * ratio/100 + W_QTY * quantities_equal
W_IOU, W_SET, W_RATIO, W_QTY = 0.45, 0.35, 0.10, 0.10

#: Metrics a thresholds file may name, with the direction "higher is better" for all but these.
LOWER_IS_BETTER = {"failed_articles", "furniture_claims", "rejected_claim_rate", "calls", "prompt_tokens",
                   "completion_tokens", "seconds"}


# -- the report as data --------------------------------------------------------------------------


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Metrics(_Data):
    """Every metric, for one article or aggregated over a system's articles.

    Rates are None when there is nothing to measure (no predicted claims, no matches, no
    numbers). Aggregates are micro-averaged (summed numerators over summed denominators),
    except ROUGE, which is the mean over articles.
    """

    articles: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    matched_claims: int = 0
    failed_articles: int = 0
    claim_precision: float | None = None
    claim_recall: float | None = None
    claim_f1: float | None = None
    kind_accuracy: float | None = None
    attribution_accuracy: float | None = None
    certainty_accuracy: float | None = None
    quantity_exactness: float | None = None
    date_exactness: float | None = None
    grounding_rate: float | None = None
    number_fidelity: float | None = None
    furniture_claims: int = 0
    schema_validity: float | None = None
    rejected_claim_rate: float | None = None
    rouge1: float | None = None
    rouge2: float | None = None
    rouge_l: float | None = None
    summary_number_fidelity: float | None = None
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: int = 0
    seconds: float = 0.0


class Match(_Data):
    predicted: str
    gold: str
    score: float
    evidence_overlap: float
    text_similarity: float
    kind_ok: bool
    attribution_ok: bool
    certainty_ok: bool
    quantities_ok: bool
    when_ok: bool


class Counts(_Data):
    """Numerators and denominators behind the rates, kept so aggregates are exact."""

    kind_ok: int = 0
    attribution_ok: int = 0
    certainty_ok: int = 0
    quantities_ok: int = 0
    when_ok: int = 0
    grounded: int = 0
    numbers: int = 0
    numbers_in_article: int = 0
    valid: int = 0
    kept: int = 0
    rejected: int = 0
    summary_numbers: int = 0
    summary_numbers_in_article: int = 0


class ArticleReport(Metrics):
    article: str
    path: str
    error: str | None = None
    counts: Counts = Field(default_factory=Counts)
    matches: list[Match] = Field(default_factory=list)
    unmatched_predicted: list[str] = Field(default_factory=list)
    unmatched_gold: list[str] = Field(default_factory=list)


class SystemReport(Metrics):
    name: str
    role: str = "baseline"  # gold | baseline | model
    per_article: list[ArticleReport] = Field(default_factory=list)


class Threshold(_Data):
    """A floor (`min`, for higher-is-better metrics) or a ceiling (`max`, for the
    lower-is-better ones in LOWER_IS_BETTER), with a tolerance."""

    min: float | None = None
    max: float | None = None
    tolerance: float = 0.0


class GateResult(_Data):
    system: str
    metric: str
    value: float | None
    min: float | None = None
    max: float | None = None
    tolerance: float
    passed: bool


class EvalReport(_Data):
    gold_dir: str
    articles: list[str]
    matcher: str
    model: str | None = None
    systems: dict[str, SystemReport]
    thresholds_file: str | None = None
    gate: list[GateResult] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def gate_passed(self) -> bool:
        return all(g.passed for g in self.gate)


# -- gold set --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldCase:
    stem: str
    article: Article
    gold: ArticleSummary
    gold_path: Path
    warnings: tuple[str, ...] = ()


def project_root() -> Path:
    """The directory holding the summarizer package (the repository in a checkout)."""
    return Path(__file__).resolve().parent.parent


def default_gold_dir() -> Path:
    root = project_root() / "evals" / "gold"
    return root if root.is_dir() else Path.cwd() / "evals" / "gold"


def _article_path(gold_file: Path, gold: ArticleSummary) -> Path:
    """<dir>/<stem>.txt, else source.path relative to the gold dir's parent, the CWD, the project."""
    beside = gold_file.with_suffix(".txt")
    if beside.is_file():
        return beside
    src = Path(gold.source.path)
    candidates = [src] if src.is_absolute() else [
        gold_file.parent.parent / src, Path.cwd() / src, project_root() / src]
    for c in candidates:
        if c.is_file():
            return c
    tried = ", ".join(str(c) for c in [beside, *candidates])
    raise InputError(f"{gold_file}: cannot find its article (tried {tried})")


def load_gold_set(gold_dir: str | Path, max_chars: int = 1_000_000) -> list[GoldCase]:
    """Every <stem>.json in gold_dir with its article; InputError on anything unusable."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError(f"{d}: gold directory not found")
    files = sorted(d.glob("*.json"))
    if not files:
        raise InputError(f"{d}: no gold files (*.json)")
    cases = []
    for f in files:
        try:
            gold = ArticleSummary.model_validate_json(f.read_bytes())
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise InputError(f"{f}: not a valid ArticleSummary ({where}: {first['msg']}; "
                             f"{e.error_count()} error(s))") from None
        except OSError as e:
            raise InputError(f"{f}: cannot read ({e.strerror or e})") from None
        if is_devdata_ref(gold.source.path):  # dev-data gold (evals/GUIDELINES.md §13)
            path, article = gold.source.path, load_devdata_article(gold.source.path, max_chars)
        else:
            path = _article_path(f, gold)
            article = load_article(path, max_chars)
        warnings = []
        if gold.source.sha256 and gold.source.sha256 != article.sha256:
            warnings.append(f"{f.name}: article {path} differs from the one labelled "
                            "(sha256 mismatch); gold offsets may be wrong")
        cases.append(GoldCase(f.stem, article, gold, f, tuple(warnings)))
    return cases


# -- pairwise measures -----------------------------------------------------------------------------


def _norm(s: str) -> str:
    return default_process(normalize(s))


def _overlap(a: Claim, b: Claim) -> tuple[float, float]:
    """(overlap / shorter span, IoU) of two claims' evidence spans."""
    a0, a1, b0, b1 = a.evidence.start, a.evidence.end, b.evidence.start, b.evidence.end
    inter = max(0, min(a1, b1) - max(a0, b0))
    shorter = min(a1 - a0, b1 - b0)
    union = max(a1, b1) - min(a0, b0)
    if inter <= 0 or shorter <= 0:
        return 0.0, 0.0
    return inter / shorter, inter / union


def _qty_values(c: Claim) -> frozenset[float]:
    return frozenset(round(q.value, 6) for q in c.quantities)


@dataclass(frozen=True)
class _Pair:
    p: int
    g: int
    score: float
    overlap: float
    similarity: float


def _pair(p: Claim, g: Claim, i: int, j: int) -> _Pair | None:
    overlap, iou = _overlap(p, g)
    pt, gt = _norm(p.text), _norm(g.text)
    sim = fuzz.token_set_ratio(pt, gt)
    eligible = (overlap > 0 and sim >= SHARED_EVIDENCE_MIN_SIMILARITY) or (
        sim >= TEXT_MIN_SIMILARITY and fuzz.token_sort_ratio(pt, gt) >= TEXT_MIN_SORT_SIMILARITY)
    if not eligible:
        return None
    qty = _qty_values(p) == _qty_values(g)
    score = W_IOU * iou + W_SET * sim / 100 + W_RATIO * fuzz.ratio(pt, gt) / 100 + W_QTY * qty
    return _Pair(i, j, round(score, 9), overlap, sim)


def _matcher() -> str:
    try:
        import scipy.optimize  # noqa: F401
    except Exception:  # noqa: BLE001 - scipy is optional; any import failure means "not available"
        return "greedy"
    return "hungarian"


def match_claims(pred: list[Claim], gold: list[Claim], method: str | None = None) -> list[_Pair]:
    """One-to-one matching of predicted to gold claims (see the module docstring)."""
    pairs = [pp for i, p in enumerate(pred) for j, g in enumerate(gold) if (pp := _pair(p, g, i, j))]
    if not pairs:
        return []
    method = method or _matcher()
    if method == "hungarian":
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        # A match is worth more than any total of scores (each score <= 1), so the
        # assignment maximises the number of matches first, then their total score.
        big = float(len(pred) + len(gold) + 1)
        weight = np.zeros((len(pred), len(gold)))
        by_cell = {}
        for pp in pairs:
            weight[pp.p, pp.g] = big + pp.score
            by_cell[(pp.p, pp.g)] = pp
        rows, cols = linear_sum_assignment(weight, maximize=True)
        chosen = [by_cell[(r, c)] for r, c in zip(rows.tolist(), cols.tolist()) if (r, c) in by_cell]
    elif method == "greedy":
        chosen, used_p, used_g = [], set(), set()
        for pp in sorted(pairs, key=lambda x: (-x.score, x.p, x.g)):
            if pp.p not in used_p and pp.g not in used_g:
                chosen.append(pp)
                used_p.add(pp.p)
                used_g.add(pp.g)
    else:
        raise ValueError(f"unknown matching method {method!r}")
    return sorted(chosen, key=lambda x: (x.p, x.g))


_WHO_PREFIX = re.compile(r"^(?:the|a|an)\s+")


def _who(s: str) -> str:
    s = _WHO_PREFIX.sub("", normalize(s))
    s = re.sub(r"'s\b", "", s)
    return default_process(s)


def attribution_matches(pred: str, gold: str) -> bool:
    """Same source: 'article' only matches 'article'; else token_set_ratio >= 80 or containment."""
    p, g = _who(pred), _who(gold)
    if ARTICLE_VOICE in (p, g):
        return p == g
    if not p or not g:
        return p == g
    if fuzz.token_set_ratio(p, g) >= ATTRIBUTION_MIN_SIMILARITY:
        return True
    return re.search(rf"\b{re.escape(p)}\b", g) is not None or re.search(rf"\b{re.escape(g)}\b", p) is not None


def _when(s: str | None) -> str | None:
    return " ".join(s.split()).lower() if s and s.strip() else None


# -- per-article scoring ---------------------------------------------------------------------------


def _rate(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(matched: int, predicted: int, gold: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1. Nothing predicted and nothing to find is perfect; nothing
    predicted with something to find is precision 0 (not undefined), so "no claims" scores 0."""
    if predicted == 0 and gold == 0:
        return 1.0, 1.0, 1.0
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 1.0
    return p, r, _f1(p, r)


def grounded(claim: Claim, text: str) -> bool:
    """The evidence is really in the article: 0 <= start < end <= len and text[start:end] == quote."""
    e = claim.evidence
    return 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.quote


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text) if is_furniture(text[s.start:s.end])]


def on_furniture(claim: Claim, furniture: list[tuple[int, int]]) -> bool:
    """The evidence lies (even partly) in a page-furniture sentence, or its quote is furniture."""
    e = claim.evidence
    if any(min(e.end, b) > max(e.start, a) for a, b in furniture):
        return True
    return is_furniture(e.quote)


def _digit_numbers(text: str) -> list[float]:
    return [n.value for n in rules.numbers(text, words=False)]


_SCORER = None


def _rouge(pred: str, gold: str) -> tuple[float, float, float]:
    global _SCORER
    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    if not pred.strip() or not gold.strip():
        return 0.0, 0.0, 0.0
    s = _SCORER.score(gold, pred)  # (target, prediction)
    return s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure


def _validated(pred: ArticleSummary | dict) -> tuple[ArticleSummary | None, str | None]:
    """The prediction re-validated against the contract (a round trip through JSON, so an
    object built with `model_construct` or edited in place is checked too), or why not."""
    try:
        if isinstance(pred, ArticleSummary):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # pydantic warns while dumping a broken object
                raw = pred.model_dump_json()
            return ArticleSummary.model_validate_json(raw), None
        return ArticleSummary.model_validate(pred), None
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        return None, f"prediction is not a valid ArticleSummary ({where}: {first['msg']})"
    except (ValueError, TypeError, AttributeError) as e:
        return None, f"prediction is not a valid ArticleSummary ({type(e).__name__}: {e})"


def score_article(
    pred: ArticleSummary | dict | None,
    gold: ArticleSummary,
    text: str,
    *,
    name: str = "",
    path: str = "",
    seconds: float = 0.0,
    error: str | None = None,
    method: str | None = None,
) -> ArticleReport:
    """Score one prediction against one gold file over the article's real text.

    `pred` None means the system produced nothing usable (its error in `error`). A
    prediction (object or raw dict) that fails the ArticleSummary contract is scored the same
    way: schema validity 0 for this article and every gold claim missed.
    """
    failed = pred is None
    valid = False
    if pred is not None:
        pred, why = _validated(pred)
        valid = pred is not None
        error = error or why
    pred_claims = pred.claims if pred is not None else []
    gold_claims = gold.claims
    chosen = match_claims(pred_claims, gold_claims, method)
    c = Counts(valid=int(valid))
    matches = []
    for pp in chosen:
        p, g = pred_claims[pp.p], gold_claims[pp.g]
        m = Match(
            predicted=p.id, gold=g.id, score=round(pp.score, 4),
            evidence_overlap=round(pp.overlap, 4), text_similarity=round(pp.similarity, 2),
            kind_ok=p.kind == g.kind,
            attribution_ok=attribution_matches(p.attributed_to, g.attributed_to),
            certainty_ok=p.certainty == g.certainty,
            quantities_ok=_qty_values(p) == _qty_values(g),
            when_ok=_when(p.when) == _when(g.when),
        )
        matches.append(m)
        c.kind_ok += m.kind_ok
        c.attribution_ok += m.attribution_ok
        c.certainty_ok += m.certainty_ok
        c.quantities_ok += m.quantities_ok
        c.when_ok += m.when_ok
    furniture = _furniture_spans(text)
    article_numbers = rules.number_values(text, words=False)
    n_furniture = 0
    for claim in pred_claims:
        c.grounded += grounded(claim, text)
        n_furniture += on_furniture(claim, furniture)
        nums = _digit_numbers(claim.text)
        c.numbers += len(nums)
        c.numbers_in_article += sum(v in article_numbers for v in nums)
    if pred is not None:
        c.kept = len(pred.claims)
        c.rejected = len(pred.rejected_claims)
        nums = _digit_numbers(pred.summary)
        c.summary_numbers = len(nums)
        c.summary_numbers_in_article = sum(v in article_numbers for v in nums)
    r1, r2, rl = _rouge(pred.summary if pred is not None else "", gold.summary)
    usage = pred.usage if pred is not None else None
    matched_p = {pp.p for pp in chosen}
    matched_g = {pp.g for pp in chosen}
    report = ArticleReport(
        article=name, path=path, error=error, counts=c, matches=matches,
        unmatched_predicted=[x.id for i, x in enumerate(pred_claims) if i not in matched_p],
        unmatched_gold=[x.id for j, x in enumerate(gold_claims) if j not in matched_g],
        articles=1, failed_articles=int(failed), gold_claims=len(gold_claims),
        predicted_claims=len(pred_claims),
        matched_claims=len(chosen), furniture_claims=n_furniture,
        rouge1=r1, rouge2=r2, rouge_l=rl, seconds=round(seconds, 3),
        calls=usage.calls if usage else 0, prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0, cached=usage.cached if usage else 0,
    )
    return _fill_rates(report, c)


def _fill_rates(m: Metrics, c: Counts) -> Metrics:
    m.claim_precision, m.claim_recall, m.claim_f1 = _prf(m.matched_claims, m.predicted_claims, m.gold_claims)
    k = m.matched_claims
    m.kind_accuracy = _rate(c.kind_ok, k)
    m.attribution_accuracy = _rate(c.attribution_ok, k)
    m.certainty_accuracy = _rate(c.certainty_ok, k)
    m.quantity_exactness = _rate(c.quantities_ok, k)
    m.date_exactness = _rate(c.when_ok, k)
    m.grounding_rate = _rate(c.grounded, m.predicted_claims)
    m.number_fidelity = _rate(c.numbers_in_article, c.numbers)
    m.schema_validity = _rate(c.valid, m.articles)
    m.rejected_claim_rate = _rate(c.rejected, c.kept + c.rejected)
    m.summary_number_fidelity = _rate(c.summary_numbers_in_article, c.summary_numbers)
    return m


def aggregate(name: str, role: str, articles: list[ArticleReport]) -> SystemReport:
    """Micro-average the counts; mean the ROUGE scores; sum the cost."""
    c = Counts()
    for a in articles:
        for k in Counts.model_fields:
            setattr(c, k, getattr(c, k) + getattr(a.counts, k))
    n = len(articles)

    def total(field: str):
        return sum(getattr(a, field) for a in articles)

    def mean(field: str) -> float | None:
        vals = [getattr(a, field) for a in articles if getattr(a, field) is not None]
        return sum(vals) / len(vals) if vals else None

    s = SystemReport(
        name=name, role=role, per_article=articles, articles=n,
        gold_claims=total("gold_claims"), predicted_claims=total("predicted_claims"),
        matched_claims=total("matched_claims"), failed_articles=total("failed_articles"),
        furniture_claims=total("furniture_claims"),
        rouge1=mean("rouge1"), rouge2=mean("rouge2"), rouge_l=mean("rouge_l"),
        calls=total("calls"), prompt_tokens=total("prompt_tokens"),
        completion_tokens=total("completion_tokens"), cached=total("cached"),
        seconds=round(total("seconds"), 3),
    )
    return _fill_rates(s, c)


# -- running systems -------------------------------------------------------------------------------

#: A system maps a gold case's article to a prediction (the gold system also sees the gold).
System = Callable[[GoldCase], ArticleSummary]


def evaluate_system(name: str, system: System, cases: Iterable[GoldCase], role: str = "baseline",
                    method: str | None = None) -> SystemReport:
    """Run one system over every case and score it.

    When the system fails on one article (ExtractionError: its output stayed invalid;
    TransportError/ContextOverflow: the backend gave up on that article's requests), the
    article is scored as a missing prediction with the error recorded, and the run goes on.
    Anything else (BackendUnavailable: nothing can be run; a bug) stops the run."""
    reports = []
    for case in cases:
        t0 = time.perf_counter()
        pred, error = None, None
        try:
            pred = system(case)
        except (ExtractionError, TransportError, ContextOverflow) as e:
            error = f"{type(e).__name__}: " + (" ".join(str(e).split()) or "no message")
        seconds = time.perf_counter() - t0
        reports.append(score_article(pred, case.gold, case.article.text, name=case.stem,
                                     path=case.article.path, seconds=seconds, error=error,
                                     method=method))
    return aggregate(name, role, reports)


def evaluate(
    cases: list[GoldCase],
    systems: dict[str, tuple[str, System]],
    *,
    gold_dir: str = "",
    model: str | None = None,
    method: str | None = None,
) -> EvalReport:
    """Score every system (name -> (role, system)) on every case, in one report."""
    method = method or _matcher()
    out = {name: evaluate_system(name, fn, cases, role, method) for name, (role, fn) in systems.items()}
    return EvalReport(
        gold_dir=gold_dir, articles=[c.stem for c in cases], matcher=method, model=model,
        systems=out, warnings=[w for c in cases for w in c.warnings],
    )


# -- the gate --------------------------------------------------------------------------------------


def load_thresholds(path: str | Path) -> dict[str, Threshold]:
    """{"metric": {"min": x, "tolerance": t}} (or "max" for lower-is-better metrics);
    unknown metrics and bad values are UsageErrors."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{p}: thresholds file not found") from None
    except (OSError, ValueError) as e:
        raise UsageError(f"{p}: not a readable JSON thresholds file ({e})") from None
    if not isinstance(raw, dict):
        raise UsageError(f'{p}: expected {{"metric": {{"min": value, "tolerance": value}}}}')
    known = set(Metrics.model_fields)
    out = {}
    for metric, spec in raw.items():
        if metric.startswith("_"):
            continue  # "_comment" keys are allowed
        if metric not in known:
            raise UsageError(f"{p}: unknown metric {metric!r}; known: {', '.join(sorted(known))}")
        try:
            t = Threshold.model_validate(spec)
        except ValidationError as e:
            raise UsageError(f"{p}: {metric}: {e.errors()[0]['msg']}") from None
        bound = "max" if metric in LOWER_IS_BETTER else "min"
        if (t.min is None) == (t.max is None) or getattr(t, bound) is None:
            raise UsageError(f"{p}: {metric}: give exactly one bound, {bound!r} "
                             f"({'lower' if bound == 'max' else 'higher'} is better)")
        if not (math.isfinite(getattr(t, bound)) and math.isfinite(t.tolerance)) or t.tolerance < 0:
            raise UsageError(f"{p}: {metric}: {bound} must be finite and tolerance finite and >= 0")
        out[metric] = t
    return out


def check_gate(report: SystemReport, thresholds: dict[str, Threshold]) -> list[GateResult]:
    """A metric fails when value < min - tolerance (or > max + tolerance), or when it could
    not be measured (None): a gate that passes on nothing measured proves nothing."""
    results = []
    for metric, t in sorted(thresholds.items()):
        value = getattr(report, metric)
        passed = value is not None
        if passed and t.min is not None:
            passed = value >= t.min - t.tolerance
        if passed and t.max is not None:
            passed = value <= t.max + t.tolerance
        results.append(GateResult(system=report.name, metric=metric, value=value, min=t.min,
                                  max=t.max, tolerance=t.tolerance, passed=passed))
    return results


def gate_error(results: list[GateResult]) -> EvalGateFailed | None:
    failed = [g for g in results if not g.passed]
    if not failed:
        return None
    def why(g: GateResult) -> str:
        value = "n/a" if g.value is None else f"{g.value:.4f}"
        op, bound, sign = ("<", g.min, "-") if g.min is not None else (">", g.max, "+")
        return f"{g.metric} = {value} {op} {bound:g}" + (f" {sign} {g.tolerance:g}" if g.tolerance else "")

    parts = [why(g) for g in failed]
    return EvalGateFailed(f"eval gate failed for {failed[0].system}: " + "; ".join(parts))


# -- rendering -------------------------------------------------------------------------------------

#: Columns of the Markdown summary table: (metric, header).
TABLE = [
    ("claim_precision", "P"), ("claim_recall", "R"), ("claim_f1", "F1"),
    ("kind_accuracy", "kind"), ("attribution_accuracy", "attr"), ("certainty_accuracy", "cert"),
    ("quantity_exactness", "qty"), ("date_exactness", "date"), ("grounding_rate", "grounded"),
    ("number_fidelity", "num fid"), ("furniture_claims", "furn"), ("schema_validity", "valid"),
    ("rejected_claim_rate", "rejected"), ("rouge1", "R-1"), ("rouge2", "R-2"), ("rouge_l", "R-L"),
    ("summary_number_fidelity", "sum num"),
]
COST = [("failed_articles", "failed"), ("predicted_claims", "claims"), ("matched_claims", "matched"), ("calls", "calls"),
        ("prompt_tokens", "prompt tok"), ("completion_tokens", "compl tok"), ("cached", "cached"),
        ("seconds", "seconds")]


def _fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}" if not v.is_integer() or v <= 1 else f"{v:.1f}"
    return str(v)


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def to_markdown(report: EvalReport) -> str:
    lines = [f"# Eval: {report.model or 'baselines only'}", "",
             f"{len(report.articles)} gold articles from `{report.gold_dir}` · matcher: {report.matcher}", ""]
    systems = list(report.systems.values())
    lines += _table(["system", *[h for _, h in TABLE]],
                    [[s.name, *[_fmt(getattr(s, m)) for m, _ in TABLE]] for s in systems])
    lines += ["", "## Cost", ""]
    lines += _table(["system", "gold claims", *[h for _, h in COST]],
                    [[s.name, str(s.gold_claims), *[_fmt(getattr(s, m)) for m, _ in COST]] for s in systems])
    lines += ["", "## Claim F1 per article", ""]
    rows = []
    for i, stem in enumerate(report.articles):
        row = [stem]
        for s in systems:
            a = s.per_article[i]
            row.append(_fmt(a.claim_f1) + (" (error)" if a.error else ""))
        rows.append(row)
    lines += _table(["article", *[s.name for s in systems]], rows)
    if report.gate:
        lines += ["", "## Gate", ""]
        lines += _table(["system", "metric", "value", "min", "max", "tolerance", "result"],
                        [[g.system, g.metric, _fmt(g.value), _fmt(g.min), _fmt(g.max), f"{g.tolerance:g}",
                          "pass" if g.passed else "**FAIL**"] for g in report.gate])
    errors = [f"- {s.name} / {a.article}: {a.error}" for s in systems for a in s.per_article if a.error]
    if errors:
        lines += ["", "## Errors", "", *errors]
    if report.warnings:
        lines += ["", "## Warnings", "", *[f"- {w}" for w in report.warnings]]
    return "\n".join(lines) + "\n"


def to_json(report: EvalReport) -> str:
    data = report.model_dump(mode="json")
    data["gate_passed"] = report.gate_passed
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
