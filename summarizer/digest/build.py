"""Digest: the articles' results, then cross-source synthesis (the batch is in batch.py).

Which parts are code and which are the LLM (README "Digest"):

* deterministic code: the batch (bounded concurrency, cache, failures isolated; the same
  text twice is one source), the quantities table, the timeline, and the cross-article
  alignment of align.py: agreements, number and version conflicts, events (who claims what)
  and storylines, for any domain (an optional LLM judgment of its pairs is in judge.py);
* the overall `summary`: with an OpenAI-compatible endpoint, the LLM's schema-checked reduce
  over the article summaries (hierarchical in groups for many articles), each sentence kept only
  if grounded in them; with the bundled model (Settings.digest_summary), and whenever no sentence
  of the LLM's is grounded, composed by code from the sections, every sentence citing its claims.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import heapq
import itertools
import logging
import re
from contextlib import contextmanager
from typing import Iterable, Iterator

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from .schema import Agreement, ClaimRef, Digest, DigestArticle, FailedArticle, TimelineEntry
from .. import thresholds
from ..errors import InputError, SummarizerError
from ..extract import cached_call
from ..ground import Text, normalize
from ..pipeline import Pipeline, lazy_client
from ..schema import ARTICLE_VOICE, ArticleSummary, Claim, Usage, unique_lines
from ..verify import verify
from ..verify.model import model_verifier
from .align import align
from .batch import abandoned_on_error, result_of, run_batch
from .stream import StreamedDigest
from .sourcelist import compact
from .tables import quantity_table, timeline

log = logging.getLogger("summarizer")

GROUP_SIZE = thresholds.DIGEST_GROUP_SIZE


# -- synthesis --------------------------------------------------------------------------------


class DraftDigest(BaseModel):
    summary: str = Field(max_length=900, description="Three to six sentences.")


def _ref(aid: str, c: Claim) -> ClaimRef:
    return ClaimRef(article=aid, claim=c.id)


def build_sections(articles: list[DigestArticle], judge=None):
    """The deterministic sections of a digest (no model call; what the eval suite scores):
    (alignment, timeline, quantity table)."""
    claims = [(a, c) for a in articles for c in a.claims]
    return align(claims, judge=judge), timeline(claims), quantity_table(claims)


def build_digest(articles: list[DigestArticle], pipeline: Pipeline, failed: list[FailedArticle],
                 usage: Usage, warnings: list[str] | None = None) -> Digest:
    from .judge import pair_judge

    al, dated, quantities = build_sections(articles, judge=pair_judge(pipeline))
    summary, refs, u, more = _overall_summary(articles, pipeline)
    if not summary:
        summary, refs = sections_summary(articles, al.storylines, al.agreements, al.conflicts, dated)
    return Digest(
        summary=summary,
        summary_refs=refs,
        articles=articles,
        storylines=al.storylines,
        agreements=al.agreements,
        conflicts=al.conflicts,
        timeline=dated,
        quantities=quantities,
        events=al.events,
        failed=failed,
        model=pipeline.settings.model,
        usage=usage.add(u),
        warnings=(warnings or []) + more,
    )


def _overall_summary(articles: list[DigestArticle], pipeline: Pipeline):
    """LLM reduce over article summaries, hierarchical in groups; grounded sentence by sentence."""
    usage = Usage()
    warnings: list[str] = []
    if not articles:
        return "No article could be summarized.", [], usage, warnings
    if not pipeline.settings.digest_summary_by_model:  # composed from the sections (Settings.digest_summary)
        return "", [], usage, warnings
    whole = summary_basis(articles) if len(articles) <= thresholds.DIGEST_GROUND_ARTICLES else None
    level: list[str] | None = None  # None: the article texts, read group by group (not held as a list)
    workers = 1 if pipeline.settings.backend == "local" else pipeline.settings.concurrency

    def reduce(group: list[str]):
        return cached_call(lazy_client(pipeline), pipeline.cache, pipeline.settings, DraftDigest, "digest",
                           max_tokens=thresholds.DIGEST_SUMMARY_MAX_TOKENS, cache_failures=True,
                           text="\n".join(group))

    try:
        while True:
            texts = (f"[{a.id}] {a.headline}. {a.summary}" for a in articles) if level is None else iter(level)
            n_groups = -(-(len(articles) if level is None else len(level)) // GROUP_SIZE)
            groups = iter(lambda: list(itertools.islice(texts, GROUP_SIZE)), [])
            # the groups of one level are independent: one round of calls per level, not one per group;
            # at most 2 x workers submitted at a time, each result cut to its usage and text as it
            # comes (the model object carries the raw response): memory bounded, not one per group
            outs, level_usage = [], Usage()
            # on Ctrl-C the calls in flight are abandoned, not joined (batch.abandoned_on_error)
            with abandoned_on_error(cf.ThreadPoolExecutor(max_workers=max(1, min(workers, n_groups)),
                                                          thread_name_prefix="reduce")) as pool:
                for res in _in_order(pool, reduce, groups, 2 * workers):
                    level_usage = level_usage.add(res.usage)
                    outs.append(res.value.summary)
            usage = usage.add(level_usage)
            if len(outs) == 1:
                draft = outs[0]
                break
            level = outs
    except SummarizerError as e:
        usage = usage.add(getattr(e, "usage", None) or Usage())  # the failed call's tokens were spent
        warnings.append(summary_failure(e))
        draft = ""
    from ..chunk import split_sentences

    kept, refs = [], []
    check = model_verifier(pipeline.settings, lazy_client(pipeline), pipeline.cache)  # settles borderline verdicts
    for sp in split_sentences(draft):
        sent = draft[sp.start:sp.end]
        basis = whole or summary_basis(articles, sent)
        verdict = verify(basis, sent)
        if check is not None and re.search(r"[.!?…\"”’)]\s*$", sent):  # a complete sentence only
            verdict = check(basis, sent, verdict)
        why = ("sentence is incomplete" if not re.search(r"[.!?…\"”’)]\s*$", sent)
               else None if verdict.supported else verdict.reason)
        if why:
            warnings.append(f"digest summary sentence dropped: {why}")
            continue
        if normalize(sent) in {normalize(k) for k in kept}:
            continue
        kept.append(sent)
        best = max(((a, c) for a in articles for c in a.claims),
                   key=lambda ac: fuzz.token_set_ratio(normalize(sent), normalize(ac[1].text)), default=None)
        if best:
            refs.append(_ref(best[0].id, best[1]))
    if not kept and draft:
        warnings.append("no sentence of the model's overall summary was grounded; "
                        "the summary is composed from the digest's sections instead")
    usage = usage.add(check.usage) if check is not None else usage
    return " ".join(kept[:6]), refs, usage, warnings


def _in_order(pool, fn, items, ahead: int):
    """`pool.map(fn, items)` with at most `ahead` calls submitted at once (map submits them all,
    each pending future holding its input)."""
    pending: collections.deque = collections.deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= ahead:
            yield result_of(pending.popleft())
    while pending:
        yield result_of(pending.popleft())


def summary_failure(e: SummarizerError) -> str:
    """The warning for a failed overall-summary call: what failed, and what is shown instead."""
    u = getattr(e, "usage", None)
    cached = " (a failure remembered from an earlier run: no call made)" if u is not None and u.cached else ""
    if getattr(e, "truncated", False):
        why = "the model's output ran past its token limit (it looped)"
    else:
        why = " ".join(str(e).split())
    return f"overall summary failed: {why}{cached}; the summary is composed from the digest's sections instead"


def summary_basis(articles, sent: str | None = None) -> Text:
    """What a summary sentence is grounded in: the articles' headlines and summaries, then their
    claims. With `sent`, only the DIGEST_GROUND_ARTICLES articles sharing the most words with it
    (read one at a time, a bounded heap; input order kept), so the text does not grow with the batch."""
    chosen = articles
    if sent is not None:
        # plain lower(), not ground.normalize: its cache would keep every article's text
        words = {w for w in re.findall(r"\w+", sent.lower()) if len(w) > 2}
        heap: list[tuple[int, int, DigestArticle]] = []
        for pos, a in enumerate(articles):
            text = " ".join([a.headline, a.summary] + [c.text for c in a.claims]).lower()
            item = (len(words & set(re.findall(r"\w+", text))), -pos, a)
            (heapq.heappush if len(heap) < thresholds.DIGEST_GROUND_ARTICLES else heapq.heappushpop)(heap, item)
        chosen = [a for _, _, a in sorted(heap, key=lambda t: -t[1])]
    texts = [f"[{a.id}] {a.headline}. {a.summary}" for a in chosen]
    return Text("\n".join(texts) + "\n" + "\n".join(c.text for a in chosen for c in a.claims))


def widest(agreements: Iterable[Agreement], n: int = 2) -> list[Agreement]:
    """The n agreements spanning the most articles, in that order; among as many, one whose wording
    is not a bare quotation (a quote without its speaker reads poorly as a summary), then the
    digest's own order. Reads the stream once and keeps n (a stored digest's agreements stay on disk)."""
    ranked = ((len(set(a.articles)), not a.text.lstrip()[:1] in "\"“'‘", -k, a)
              for k, a in enumerate(agreements))
    return [t[3] for t in heapq.nlargest(n, ranked, key=lambda t: t[:3])]


def _sources(names: list[str]) -> str:
    """Who reports it, each once: a name that is part of a longer one listed ("Summers" beside
    "Larry Summers", "Justice Ginsburg" beside "Justice Ruth Bader Ginsburg": sourcelist.compact) is left out; the outlet's own voice (`article`) reads "the outlet"."""
    first: dict[str, str] = {}  # each name once, as first written, whatever its case
    for n in names:
        if n.strip():
            first.setdefault(n.strip().lower(), "the outlet" if n.strip() == ARTICLE_VOICE else n.strip())
    names = list(first.values())
    low = [f" {n.lower()} " for n in names]
    return ", ".join(compact([n for n, w in zip(names, low) if not any(w != o and w in o for o in low)]))


def _span(articles, dated) -> str:
    """The opening's dates. When no article carries its day and the first and last dated events are
    bare years or months (a stored digest keeps only those two), the story's own days are weekdays the timeline cannot place: the years are the
    background the articles name, not the story's dates ("3 articles, with dated events from 2001
    to 2014" on a 2019 story), and the opening says so."""
    if not dated:
        return ""
    first, last = dated[0].date, dated[-1].date
    years = f"{first[:4]} to {last[:4]}"
    if not any(getattr(a, "published", None) for a in articles) and len(first) < 10 and len(last) < 10:
        return (f", none of them dated; the years they name run from {years}" if first[:4] != last[:4]
                else f", none of them dated; the one year they name is {first[:4]}")
    return f", with dated events in {first}" if first == last else f", with dated events from {first} to {last}"


def sections_summary(articles, stories, agreements, conflicts, dated) -> tuple[str, list[ClaimRef]]:
    """A plain summary composed from the deterministic sections (the bundled model's default, and
    the fallback when the model's is not grounded): what the most articles report (the `widest`
    agreements), in the words of one of their claims, with who reports it; the first conflict; the
    most covered storylines. `agreements` and `conflicts` may be lists or a stored digest's streams
    (read once; only the first conflict is read). Every sentence cites its claims (the refs returned)."""
    agreed = widest(agreements)
    conflicts = list(itertools.islice(conflicts, 1))
    n = len(articles)
    span = _span(articles, dated)
    out, refs = [f"{n} article{'s' if n != 1 else ''}{span}."], []
    for k, a in enumerate(agreed):
        m = len(set(a.articles))
        where = ("both articles" if n == 2 else f"all {n} articles") if m == n else f"{m} of {n} articles"
        lead = "Reported in " if k == 0 else "Also in "
        out.append(f"{lead}{where}: {a.text.rstrip().rstrip('.')} ({_sources(a.sources)}).")
        refs += a.claims
    for c in conflicts:
        out.append(f"Sources disagree on {c.topic}: {c.reason}.")
        refs += [s.ref for s in c.sides]
    if stories and not agreed:  # the storylines' titles are names, not news: only when nothing is shared
        out.append("Most covered: " + ", ".join(f"{s.title} ({len(s.claims)} claims in {len(s.articles)} articles)"
                                                 for s in stories[:3]) + ".")
    seen: set[tuple[str, str]] = set()
    refs = [r for r in refs if (r.article, r.claim) not in seen and not seen.add((r.article, r.claim))]
    return " ".join(out), refs


def to_digest_article(aid: str, r: ArticleSummary) -> DigestArticle:
    return DigestArticle(id=aid, path=r.source.path, sha256=r.source.sha256, headline=r.headline,
                         published=r.published, summary=r.summary, claims=r.claims, warnings=r.warnings)


def failed_entry(path: str, e: SummarizerError) -> FailedArticle:
    msg = " ".join(str(e).split())
    return FailedArticle(path=path, error=msg, exit_code=e.exit_code)


def digest_paths(paths: Iterable[str], pipeline: Pipeline, progress=None) -> Digest:
    """The whole digest for a stream of paths. Per-article failures are listed, not raised,
    unless every article failed: then the first failure is raised (there is no digest)."""
    with stored_digest(paths, pipeline, progress) as d:
        return d.materialize()


@contextmanager
def stored_digest(paths: Iterable[str], pipeline: Pipeline, progress=None) -> Iterator[StreamedDigest]:
    """`digest_paths` with the long sections left on disk: a StreamedDigest, valid inside the
    `with` (jsonout.iter_digest_json writes it without holding it; memory does not grow with
    the number of articles)."""
    # Each result is cut down to its DigestArticle on arrival (the ArticleSummary, with its
    # rejected claims and usage, is several times larger) and goes to an on-disk store, so
    # the batch holds no article's claims; the cross-article stage reads them back.
    from .store import ClaimStore

    failed: list[tuple[int, FailedArticle]] = []
    errors: list[SummarizerError] = []
    usage = Usage()
    with ClaimStore() as store:
        for out in run_batch(paths, pipeline, on_done=progress):
            if out.result is not None:
                store.add(out.index, to_digest_article("", out.result))
                usage = usage.add(out.result.usage)
            else:
                failed.append((out.index, failed_entry(out.path, out.error)))
                errors.append(out.error)
        if not len(store) and not failed:
            raise InputError("no articles given")
        if not len(store):
            raise errors[0]
        warnings = store.number(dedupe=True)  # a1..aN in input order, the same text once
        yield build_stored(store, pipeline, [f for _, f in sorted(failed, key=lambda t: t[0])], usage, warnings)


def build_stored(store, pipeline: Pipeline, failed: list[FailedArticle], usage: Usage,
                 warnings: list[str] | None = None) -> StreamedDigest:
    """build_digest over a numbered ClaimStore: the cross-article stage reads the claims from
    disk (claimindex.py, streamalign.py) and leaves its long sections there."""
    from .claimindex import ClaimIndex
    from .judge import pair_judge
    from .streamalign import align_stored

    index = ClaimIndex(store)
    al = align_stored(index, judge=pair_judge(pipeline))
    articles = _Articles(store)
    summary, refs, u, more = _overall_summary(articles, pipeline)
    if not summary:
        span = index.timeline_span()
        dated = [TimelineEntry(date=d, text="", attributed_to="", ref=ClaimRef(article="", claim=""), quote="")
                 for d in span] if span else []  # only the first and last dates are used
        summary, refs = sections_summary(articles, al.storylines, al.iter_agreements(), al.iter_conflicts(), dated)
    return StreamedDigest(
        summary=summary, summary_refs=refs, articles=store.iter_articles, storylines=al.storylines,
        agreements=al.iter_agreements, conflicts=al.iter_conflicts, timeline=index.iter_timeline,
        quantities=index.iter_quantities, events=al.iter_events, failed=failed, model=pipeline.settings.model,
        usage=usage.add(u), warnings=unique_lines((warnings or []) + more), n_articles=len(store))


class _Articles:
    """The store's articles as `_overall_summary` reads them: a length, and input order each time."""

    def __init__(self, store):
        self._store = store

    def __len__(self) -> int:
        return len(self._store)

    def __iter__(self):
        return self._store.iter_articles()


def dedupe(articles: list[DigestArticle]) -> tuple[list[DigestArticle], list[str]]:
    """The same text twice (the same file given twice, or a copy) is ONE source: keep the first
    of each text hash, so a story never agrees with itself."""
    seen: dict[str, str] = {}
    kept, warnings = [], []
    for a in articles:
        if a.sha256 in seen:
            warnings.append(f"{a.path}: same text as {seen[a.sha256]}; counted once")
            continue
        seen[a.sha256] = a.path
        kept.append(a)
    return kept, warnings
