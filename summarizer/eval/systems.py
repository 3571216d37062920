"""Baselines the model under test is scored against, by the same code in the same run.

Each baseline is a function `Article -> ArticleSummary` (the public contract), so the
harness cannot tell a baseline from the model:

- `lead3`: the article's first three body sentences as the summary, no claims. The floor for
  ROUGE; every claim metric of a model should beat "no claims".
- `rules`: a deterministic claim extractor built from `summarizer.rules`: every body sentence
  that has a reporting verb or hedge, a number, or a named source becomes one claim whose
  text and evidence are the whole sentence. It is the bar the LLM must clear.
- `gold_replay(gold)`: the hand-labelled gold file replayed as a prediction; it must score 1.0
  on every claim metric, which proves the harness (see tests/test_eval.py).

A *body sentence* is a content sentence (`chunk.content_sentences`: page furniture dropped)
that ends with terminal punctuation (optionally followed by a closing quote or bracket) and
has at least `MIN_BODY_WORDS` words. That drops headlines, datelines ("Wed, 14 Aug 2024
16:03:34 PKT") and bylines, which end without a full stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import attribution, dates, fields, lang, quantity, rules
from ..chunk import Span, content_sentences
from ..load import Article, find_published
from ..schema import ARTICLE_VOICE, ArticleSummary, Claim, Evidence, Quantity, Source, Usage

__all__ = ["BASELINES", "MIN_BODY_WORDS", "body_sentences", "gold_replay", "lead3", "rules_baseline",
           "sentences_baseline"]

#: A body sentence has at least this many words (headlines and datelines often have fewer).
MIN_BODY_WORDS = 5
#: Sentences are cut at this length by `content_sentences` (same as the pipeline's chunks).
_MAX_SENTENCE_CHARS = 1200
_TERMINAL = re.compile(r"[.!?…]" + lang.SENTENCE_CLOSERS_RE + r"$")


def _source(article: Article) -> Source:
    return Source(path=article.path, sha256=article.sha256, chars=article.chars)


def body_sentences(text: str) -> list[Span]:
    """Content sentences that read as news prose: terminal punctuation, enough words."""
    out = []
    for sp in content_sentences(text, _MAX_SENTENCE_CHARS):
        s = text[sp.start:sp.end]
        if _TERMINAL.search(s) and len(s.split()) >= MIN_BODY_WORDS:
            out.append(sp)
    return out


def _headline(text: str) -> str:
    first = content_sentences(text, 200)
    return " ".join(text[first[0].start:first[0].end].split()) if first else ""


def _lead(text: str, n: int = 3) -> str:
    return " ".join(" ".join(text[sp.start:sp.end].split()) for sp in body_sentences(text)[:n])


def lead3(article: Article) -> ArticleSummary:
    """The first three body sentences as the summary; the first line as the headline; no claims."""
    text = article.text
    return ArticleSummary(
        headline=_headline(text),
        summary=_lead(text),
        claims=[],
        source=_source(article),
        model="lead3",
        usage=Usage(),
        published=find_published(text),
    )


def _is_claim_sentence(sentence: str) -> bool:
    """A reporting verb or hedge, a number, or a named source."""
    return (
        rules.certainty(sentence) != "stated"
        or bool(rules.numbers(sentence))
        or rules.speaker(sentence) is not None
    )


def rules_baseline(article: Article, every_sentence: bool = False) -> ArticleSummary:
    """One claim per body sentence with a reporting verb, a number or a named source
    (`every_sentence`: one per body sentence, the eval suites' sentence-level view)."""
    text = article.text
    published = find_published(text)
    claims: list[Claim] = []
    analysis = attribution.analyze(text)
    for sp in body_sentences(text):
        sentence = text[sp.start:sp.end]
        said_by = analysis.source_for(sp.start, sp.end)
        if not every_sentence and not _is_claim_sentence(sentence):  # the same sentences as before issue 12
            continue
        who = said_by or ARTICLE_VOICE
        rel = analysis.relation_for(sp.start, sp.end)
        kind = rules.kind(sentence, quoted=rel is not None and rel.kind == "direct")
        shown = fields.complete_sentence(sentence)  # decimals whole, quotes balanced (issue 12 item 3)
        if shown is None:
            continue
        claim = Claim(
            id=f"c{len(claims) + 1}",
            kind=kind,
            text=shown,
            attributed_to=who,
            certainty=attribution.certainty_for(text, sp.start, sp.end, analysis, kind),
            evidence=Evidence(quote=sentence, start=sp.start, end=sp.end, match="exact"),
            quantities=fields.well_formed_quantities([Quantity(**q) for q in quantity.quantities(shown)], shown),
            when=fields.clean_when(dates.when_for(None, sentence, sentence, published)),
            where=None,
        )
        if fields.malformed(claim) is None:  # the pipeline's final guard
            claims.append(claim)
    return ArticleSummary(
        headline=_headline(text),
        summary=_lead(text),
        claims=claims,
        source=_source(article),
        model="rules",
        usage=Usage(),
        published=published,
    )


def gold_replay(gold: ArticleSummary) -> Callable[[Article], ArticleSummary]:
    """A 'system' that answers with the gold labels (cost zeroed): must score 1.0."""

    def replay(article: Article) -> ArticleSummary:
        return gold.model_copy(deep=True, update={"model": "gold", "usage": Usage()})

    return replay


def sentences_baseline(article: Article) -> ArticleSummary:
    """Every body sentence one claim, labelled by the attribution analysis: how good the
    analysis itself is, whatever sentences a system picks (the dev-data suites' code-only view)."""
    return rules_baseline(article, every_sentence=True).model_copy(update={"model": "sentences"})


#: Baselines that need nothing but the article.
BASELINES: dict[str, Callable[[Article], ArticleSummary]] = {"lead3": lead3, "rules": rules_baseline,
                                                             "sentences": sentences_baseline}


# -- the systems an eval run scores ---------------------------------------------------------------

#: Every system name `summarize eval --systems` accepts.
SYSTEMS = ("gold", "lead3", "rules", "sentences", "code", "model")


def safe_name(name: str) -> str:
    """A model name as a file name: 'org/model:q4' -> 'org_model_q4'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "model"


def model_system_name(model: str) -> str:
    """The report's name for the model under test; never one of the baselines' names."""
    return model if model not in SYSTEMS else f"model:{model}"


class NoModel:
    """A client that answers every call empty: the bundled path's claims are code's parts as they
    stand (the model writes only the summary there), the summary falls back to the lead. The
    suites score claims, never the summary, so `code` scores what `model` would, at no cost."""

    def complete(self, response_model, messages, **_):
        fields = set(response_model.model_fields)
        value = {"claims": []} if "claims" in fields else {f: "" for f in fields}
        return response_model.model_validate(value), Usage()

    def close(self) -> None:
        pass


def check_systems(wanted: list[str], *, no_model: bool = False) -> list[str]:
    """The requested systems, validated (UsageError names the unknown ones)."""
    from ..errors import UsageError

    unknown = [s for s in wanted if s not in SYSTEMS]
    if unknown or not wanted:
        raise UsageError(f"--systems: unknown system(s) {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(SYSTEMS)}", usage="--systems")
    if no_model:
        wanted = [s for s in wanted if s != "model"]
        if not wanted:
            raise UsageError("--no-model leaves no system to score", usage="--no-model")
    return wanted


def build_systems(wanted: list[str], settings, pipeline=None) -> tuple[dict, str | None]:
    """{name: (role, system)} for the gold-set runner, and the model's name (None without it).

    `pipeline` (a Pipeline the caller opened and will close) runs the model system."""
    systems: dict = {}
    model_name = None
    for s in wanted:
        if s == "gold":
            systems["gold"] = ("gold", lambda case: gold_replay(case.gold)(case.article))
        elif s in BASELINES:
            fn = BASELINES[s]
            systems[s] = ("baseline", lambda case, fn=fn: fn(case.article))
        elif s == "code":  # the bundled path's claims without the model (see NoModel)
            from ..pipeline import Pipeline

            code = Pipeline(settings.replace(use_cache=False), client=NoModel())
            systems["code"] = ("baseline", lambda case: code.run(case.article))
        elif s == "model":
            if pipeline is None:
                raise ValueError("the model system needs a pipeline")
            model_name = model_system_name(settings.model)
            systems[model_name] = ("model", lambda case: pipeline.run(case.article))
    return systems, model_name
