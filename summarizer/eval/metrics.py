"""Per-article scoring and aggregation: claims, grounding, summary, cost.

`score_article` compares one prediction with one gold `ArticleSummary` over the real article
text and returns an `ArticleReport`; `aggregate` micro-averages them into a `SystemReport`.
Every metric is documented in evals/README.md and has a test in tests/test_eval.py.
"""

from __future__ import annotations

import warnings

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import rules
from ..chunk import is_furniture, split_sentences
from ..schema import ArticleSummary, Claim
from .matching import attribution_matches, match_claims, norm_when, qty_values

# -- the report as data --------------------------------------------------------------------------


class ReportModel(BaseModel):
    """Base of the report models: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid")


class Metrics(ReportModel):
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


class Match(ReportModel):
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


class Counts(ReportModel):
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
    valid = False
    if pred is not None:
        pred, why = _validated(pred)
        valid = pred is not None
        error = error or why
    failed = pred is None  # after validation: an invalid prediction is a failed article too
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
            quantities_ok=qty_values(p) == qty_values(g),
            when_ok=norm_when(p.when) == norm_when(g.when),
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

