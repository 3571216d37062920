"""One article through every stage: load → chunk → extract → ground → ArticleSummary."""

from __future__ import annotations

import logging
import re
import threading
from typing import Callable

from . import attribution, comma_splices, dates, fields, lang, picks, places, quantity, rules, second_predicates
from .said_relatives import said_relatives
from .attribution.name_kinds import classify
from .attribution.labels import spaced_stop_caption
from .caption_repeats import repeated_caption
from .heading_answers import answer_start, heading_answer  # a count answering a question heading (conflict54); a turn's bare answer (digest57)
from .attribution.reconcile import reconcile
from .attribution.text import quote_spans
from .cache import Cache
from .chunk import chunk_text
from .extract import DraftClaim, DraftSummary, cached_call, claims_model, quote_choices, summary_model, task_windows
from .ground import Text, check_claim, normalize
from .errors import ExtractionError, InputError
from .llm import LLMClient, make_client
from .document import Document
from .load import Article
from .schema import ARTICLE_VOICE, ArticleSummary, Claim, Evidence, Quantity, RejectedClaim
from .schema import Source as SourceInfo
from .schema import Usage
from .verify import complete_sentence
from .verify.model import model_verifier
from .settings import Settings
from .transport import article_deadline
from .summary_grounding import grounded_summary as _grounded_summary, lead_text as _lead, similar as _similar

log = logging.getLogger("summarizer")


class Pipeline:
    """Holds the client and cache for many articles; `run(article)` does one."""

    def __init__(self, settings: Settings, client: LLMClient | None = None, cache: Cache | None = None):
        self.settings = settings
        self._client = client
        self._client_lock = threading.Lock()
        self.cache = cache if cache is not None else Cache.from_settings(settings)
        #: called as progress(path, steps_done, steps_total) after the summary call and after each
        #: window of an article, from the thread running it; the CLI's progress bar (cli/progress.py)
        self.progress: Callable[[str, int, int], None] | None = None

    @property
    def client(self) -> LLMClient:
        if self._client is None:  # lazily: a fully cached run never loads the model
            with self._client_lock:
                if self._client is None:
                    self._client = make_client(self.settings)
        return self._client

    def close(self) -> None:
        self.cache.close()
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def run(self, article: Article) -> ArticleSummary:
        with article_deadline(self.settings.article_timeout):  # every call shares it (transport.py)
            return self._run(article)

    def _run(self, article: Article) -> ArticleSummary:
        s = self.settings
        text = article.text
        src = Document.from_article(article)  # split and normalized once, read by every stage
        if src.furniture and all(src.furniture):  # share buttons and copyright lines: no article
            raise InputError(f"{article.path}: only page furniture (share/subscribe/copyright lines), "
                             "no news sentences", path=article.path)
        analysis = src.attributions  # who says what, once per article
        published = src.published
        warnings = list(article.warnings)
        usage = Usage()

        chunks = chunk_text(text, s.chunk_chars, skip_title=True, sentences=src.sentences)
        if not chunks:
            warnings.append("no news sentences found (only page furniture?)")
        windows = task_windows(text, chunks, s.sentences_per_call)
        tick = (lambda done: self.progress(article.path, done, len(windows) + 1)) if self.progress else None
        if tick:
            tick(0)

        # 1. headline + summary from the lead
        lead = _lead(text, s.lead_chars, src.sentences)
        failures: list[ExtractionError] = []
        draft = DraftSummary(headline="", summary="")
        try:
            if s.summary_call:
                res = cached_call(_Lazy(self), self.cache, s, summary_model(s.summary_chars), "summary", text=lead)
                usage = usage.add(res.usage)
                draft = res.value
        except ExtractionError as e:  # no usable summary: the lead stands in, the claims go on
            usage = usage.add(e.usage or Usage())
            warnings.append(f"summary call failed: {e}")
            failures.append(e)
        check = model_verifier(s, _Lazy(self), self.cache)  # the model settles what the code cannot
        headline, summary, w = _grounded_summary(src, draft, text, check)
        usage = usage.add(check.usage) if check else usage
        warnings += w if s.summary_call else ["summary: the article's lead (settings.summary_call is off)"]
        if tick:
            tick(1)

        # 2. claims, one bounded task per window
        kept: list[Claim] = []
        rejected: list[RejectedClaim] = []
        for k, win in enumerate(windows):
            if tick and k:  # the summary and k windows are done
                tick(1 + k)
            try:
                drafts, call_usage = self._claims(text, win, analysis)
            except ExtractionError as e:  # one bad window loses its claims, not the article
                usage = usage.add(e.usage or Usage())
                warnings.append(f"characters {win.start}-{win.end} skipped: {e}")
                failures.append(e)
                continue
            usage = usage.add(call_usage)
            for part in drafts:
                draft = part.draft
                claim, why = _ground_claim(src, draft, win, published, s.trust_model_labels, analysis, warnings,
                                           s.claim_text_chars)
                if claim is None and part.fallback is not None:  # the model's rewrite failed: the part as it stands
                    draft = part.fallback
                    claim, why = _ground_claim(src, draft, win, published, s.trust_model_labels, analysis, warnings,
                                           s.claim_text_chars)
                if claim is not None and part.described:  # the outlet's description of a name, beside its clause's claim
                    if not any(k.evidence.start == claim.evidence.start and k.evidence.end == claim.evidence.end for k in kept):
                        own = attribution.certainty_for(claim.text, 0, len(claim.text), None, part.described)  # its own main clause
                        hearsay = own == "unconfirmed"  # "Jane Doe, who allegedly set the fire": a hedged report, no description (read21)
                        kept.append(claim.model_copy(update={"attributed_to": lang.UNNAMED_SOURCES if hearsay else ARTICLE_VOICE,
                                                             "kind": part.described, "certainty":
                                                             own if own in ("speculative", "negated", "unconfirmed") else "stated"}))
                    continue
                if claim is not None and part.speaker and claim.attributed_to != part.speaker:  # "X did A and said B"
                    claim = claim.model_copy(update={"attributed_to": part.speaker, "certainty": part.certainty or (claim.certainty if claim.certainty
                                                     != "stated" else "unconfirmed" if part.speaker == lang.UNNAMED_SOURCES else "reported")})
                if claim is None:
                    rejected.append(RejectedClaim(text=draft.text, quote=draft.quote,
                                                  attributed_to=draft.source, reason=why))
                else:
                    _keep(claim, kept)
        if tick:
            tick(len(windows) + 1)
        if failures and len(failures) == len(windows) + s.summary_call:  # every call failed: the article did
            err = failures[-1]
            err.usage = usage
            raise err
        kept.sort(key=lambda c: (c.evidence.start, -c.evidence.end))  # a sentence before a description it holds
        claims = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(kept, 1)]
        if not claims:
            warnings.append("no claim survived grounding")
        return ArticleSummary(
            headline=headline,
            summary=summary,
            claims=claims,
            source=SourceInfo(path=article.path, sha256=article.sha256, chars=article.chars),
            model=s.model,
            usage=usage,
            warnings=warnings,
            rejected_claims=rejected,
            published=published,
        )

    def _claims(self, text: str, win, analysis=None) -> tuple[list[picks.Part], Usage]:
        """One window's draft claims. Bundled model ("parts", summarizer.picks): code makes a claim
        of each part of each sentence and asks the model (prompts/rewrite.v1.md) only to rewrite the parts that
        do not stand alone. A capable model fills the whole draft (claims.v1)."""
        s = self.settings
        if s.claims_task == "parts":
            out, usage = [], Usage()
            quotes = quote_spans(text)
            for sent in win.sentences:
                if repeated_caption(text, sent.start, sent.end):
                    continue  # a photo caption that repeats the body: no claim (real48)
                whole = " ".join(text[sent.start:sent.end].split())
                told = heading_answer(text, sent.start, sent.end)  # "How many fish died?" / "About 600, ..." (conflict54)
                if told:
                    out.append(picks.Part(picks.draft(text[answer_start(text, sent.start, sent.end):sent.end].strip(), told)))
                    continue
                # a page's caption inside a quotation left open shows no marks of it (read34)
                marks = () if spaced_stop_caption(text, sent.start, sent.end) else quotes
                for part in picks.claim_parts(text, sent):
                    quote = part.quote(text)
                    own = picks.draft(quote, picks.quoted_sentence(text, part.start, part.end, marks))
                    split = picks.speech_split(text, part.start, part.end, analysis) or second_predicates.split(text, part.start, part.end, analysis) \
                        or comma_splices.split(text, part.start, part.end, analysis)  # "X did A and said B"; "A did X, B said Y" (attr58)
                    if split and not s.rewrite_parts:
                        out += [picks.Part(picks.draft(text[a:b], said), speaker=who) for a, b, said, who in split]
                        continue
                    if not (s.rewrite_parts and picks.needs_model(quote)):
                        out.append(picks.Part(own))
                        continue
                    res = cached_call(_Lazy(self), self.cache, s, picks.Rewrite, "rewrite",
                                      sentence=whole, part=" ".join(quote.split()))
                    usage = usage.add(res.usage)
                    out.append(picks.Part(picks.draft(quote, res.value.text or own.text), own))
                relatives = said_relatives(text, sent.start, sent.end, analysis)  # "Carl Roe, who police say set the fire"
                out += [picks.Part(picks.draft(text[a:b], claim), speaker=who, certainty=how) for a, b, claim, who, how in relatives]
                for a, b, said, kind in picks.descriptions(text, sent.start, sent.end):  # "Marlow, a fishing town ..."
                    if analysis is not None and any(x <= a and b <= y for r in analysis.relations for x, y in r.content) \
                            or any(a == r[0] for r in relatives):
                        continue  # inside what a source says: its words, never the outlet's own fact
                    out.append(picks.Part(picks.draft(text[a:b], said), described=kind))
            return out, usage
        choices = quote_choices(text, win.sentences) if s.quote_choices else None
        model = claims_model(s.max_claims_per_call, choices, s.claim_quote_chars, s.claim_text_chars)
        res = cached_call(_Lazy(self), self.cache, s, model, "claims", text=text[win.start:win.end])
        return [picks.Part(d) for d in res.value.claims], res.usage


class _Lazy:
    """Defers building the client (loading the model) until a call actually misses the cache."""

    def __init__(self, pipeline: Pipeline):
        self._p = pipeline

    def complete(self, *a, **kw):
        return self._p.client.complete(*a, **kw)


def lazy_client(pipeline: Pipeline) -> _Lazy:
    """A client for `cached_call` that loads the model only when a call misses the cache."""
    return _Lazy(pipeline)


def summarize_article(article: Article, settings: Settings | None = None) -> ArticleSummary:
    """Convenience one-shot: summarize one loaded article with fresh client and cache."""
    with Pipeline(settings or Settings.from_env()) as p:
        return p.run(article)


# -- helpers ---------------------------------------------------------------------------------


CLAIM_TEXT_LIMIT = DraftClaim.model_fields["text"].metadata[0].max_length if DraftClaim.model_fields["text"].metadata else None


def _ground_claim(src: Text, d: DraftClaim, win, published: str | None, trust_model: bool,
                 analysis: attribution.Attributions | None = None, warnings: list[str] | None = None,
                 text_limit: int | None = CLAIM_TEXT_LIMIT):
    raw = " ".join(d.text.split())
    text = complete_sentence(d.text, text_limit)  # a claim cut by the length bound: shortened or rejected
    text = fields.complete_sentence(text) if text is not None else None  # decimals whole, quotes balanced
    if text is None:
        return None, f"claim text is not a complete sentence ({fields.sentence_problem(raw) or 'cut'})"
    if len(text) < 12:
        return None, "claim text is empty or too short"
    loc = src.locate(d.quote, hint=win, claim=text)
    if loc is None:
        return None, "quote not found in the article"
    if analysis is None:
        analysis = attribution.analyze(src.text)
    said = reconcile(src, loc.start, loc.end, d.source, analysis, trust_model, text)  # the model's source, checked
    who = said.source
    if trust_model and said.disagreed and warnings is not None:
        warnings.append(said.note(loc.start, loc.end))
    why = check_claim(src, text, who, loc, speaker=who if trust_model and said.backed else None)
    if why:
        return None, why
    kind = d.kind
    if not trust_model or (kind == "quantity" and not rules.has_count(text)):
        rel = analysis.relation_for(loc.start, loc.end)  # a clause of a quotation is a position too
        kind = rules.kind(src.text[loc.start:loc.end], quoted=rel is not None and rel.kind == "direct")
        # (the small model copies its example's kind)
    found = attribution.certainty_for(src.text, loc.start, loc.end, analysis, kind)
    certainty = d.certainty if trust_model and not rules.firmer_than(d.certainty, found) else found
    if certainty == "stated" and who != ARTICLE_VOICE:
        certainty = "reported"
    context = src.context(loc.start, loc.end)
    when = dates.when_for(d.when, context, src.text[loc.start:loc.end], published)
    if when is None:  # "The 18th Amendment was ratified in 1919." (of "the 18th Amendment, which was ...") gives
        when = dates.when_for(None, text, text, published)  # the description's own time: no description there now (read13a)
    evidence = src.text[loc.start:loc.end]
    # a place named in the evidence, or none: the model's if it gave one, else the evidence's own
    where = places.model_place(d.where, evidence) if d.where else _place_not_the_speakers(evidence, loc.start, analysis)
    if where and _first_name(where, src.text):
        where = None  # "keeping it from Danielle" after "Danielle Jones": a person, not a place
    quantities = fields.well_formed_quantities([Quantity(**q) for q in quantity.quantities(text)], text)
    claim = Claim(
        id="c0",
        kind=kind,
        text=text,
        attributed_to=who,
        certainty=certainty,
        evidence=Evidence(quote=src.text[loc.start:loc.end], start=loc.start, end=loc.end, match=loc.match),
        quantities=quantities,
        when=fields.clean_when(when),
        where=where,
    )
    why = fields.malformed(claim)  # the final guard: no malformed field is shown
    return (None, why) if why else (claim, "")


def _place_not_the_speakers(evidence: str, start: int, analysis) -> str | None:
    """The evidence's place, unless it is in a named speaker's description ("The paper's Ada Vell in Rome says ...",
    "Ida Bell from Westgate School, Leeds added ..."): where the speaker is, not the claim; then the place of the rest
    (read30). A group's or an unnamed official's place stays ("Officials in Brookfield plan to ...")."""
    where = places.place_of(evidence)
    rel = analysis.relation_for(start, start + len(evidence))
    a, b = rel.source_span if where and rel is not None and rel.source_span else (0, 0)
    if not start <= a < b <= start + len(evidence) or where not in evidence[a - start:b - start] \
            or not _NAMED_HEAD.search(_AFTER_HEAD.split(evidence[a - start:b - start])[0]):
        return where
    return places.place_of(evidence[:a - start] + " " * (b - a) + evidence[b - start:])


#: A source's head that ends in a person's name of two capitalised words ("The paper's Ada Vell").
_NAMED_HEAD = re.compile(r"(?:^|\s)[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+$")
#: A preposition after a source's head ("... in Rome", "... from Westgate School").
_AFTER_HEAD = re.compile(r"\s(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS)) + r")\s")


def _first_name(word: str, text: str) -> bool:
    """A one-word `where` that the article also writes as the first or last name of a person
    ("Danielle" and "Danielle Jones"; "from Bates" and "Robert Bates"); not a longer name's first
    word ("Dallas" and "the Dallas Morning News"; read15)."""
    if " " in word.strip():
        return _named_person(word.strip(), text)
    w = re.escape(word.strip())
    return any(classify(m.group(0)) == "person" and not _longer_name_before(text, m.start())
               for m in re.finditer(rf"\b{w}\s+[A-Z][a-z'’-]+(?![\w'’-]|\s+[A-Z])|\b[A-Z][a-z'’-]+\s+{w}\b", text))


def _longer_name_before(text: str, at: int) -> bool:
    """A capitalised word other than a title right before a two-word match: the match is the tail
    of a longer name ("Natural Resources Wales", an agency), not a person's ("Mr Tom Wales"; read17)."""
    m = re.search(r"\b([A-Z][a-z'’-]+)\s+$", text[max(0, at - 40):at])
    return m is not None and m.group(1).lower() not in lang.HONORIFICS | lang.PERSON_TITLES | lang.NOT_NAMES


def _named_person(name: str, text: str) -> bool:
    """A name of several words that the article also gives as a person's: its last word after a title
    ("Mr Vale") or before a speech verb ("Vale said"), or the name before an age ("Jonny Vale, 41,"):
    "bought the rights from Jonny Vale" names no place (left16)."""
    words = name.split()
    if not words[-1][:1].isupper() or words[0].lower() == "the":
        return False
    last, titles = re.escape(words[-1]), "|".join(sorted(lang.HONORIFICS | lang.PERSON_TITLES))
    return any(m.group(1) in lang.SPEECH_VERBS for m in re.finditer(rf"\b{last}\s+([a-z]+)\b", text)) \
        or re.search(rf"\b(?:{titles})\.?\s+{last}\b", text, re.I) is not None \
        or re.search(rf"\b{re.escape(name)},\s+\d{{1,3}},", text) is not None


def _keep(c: Claim, kept: list[Claim]) -> None:
    """Add `c` unless it is a claim already kept: near-identical text over overlapping evidence
    (the first stays), or, anywhere in the article, a text whose words are all in the other's
    with the same speaker (a deck line under the headline repeating the lead: the fuller one
    stays, in the place of the shorter)."""
    for i, k in enumerate(kept):
        overlap = min(c.evidence.end, k.evidence.end) - max(c.evidence.start, k.evidence.start)
        if overlap > 0 and c.attributed_to not in (k.attributed_to, ARTICLE_VOICE) and len(c.text) < len(k.text) \
                and k.evidence.start <= c.evidence.start and c.evidence.end <= k.evidence.end:
            continue  # "Carl Roe, who police say set the fire" inside the outlet's sentence: the police's claim (shapes35)
        if _similar(c.text, k.text) and (overlap > 0 or normalize(c.text).strip('"') == normalize(k.text).strip('"')):
            if overlap <= 0 and k.attributed_to == ARTICLE_VOICE and c.attributed_to != ARTICLE_VOICE:
                kept[i] = c  # a pull quote set above the quotation it repeats: the speaker's words, not the outlet's
            return
        if c.attributed_to == k.attributed_to and _contained(c.text, k.text):
            if len(c.text) > len(k.text):
                kept[i] = c
            return
    kept.append(c)


def _contained(a: str, b: str) -> bool:
    """Every word of the shorter text is in the longer one (at least 8 words)."""
    wa, wb = set(re.findall(r"\w+", normalize(a))), set(re.findall(r"\w+", normalize(b)))
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) >= 8 and short <= long_

