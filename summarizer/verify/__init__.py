"""Support check: is a sentence backed by the article? `verify(document, text) -> Verdict`.

One function for summary sentences, claim texts and digest statements. Code only, no model,
fast enough to run on every sentence shown (the article is analysed once and cached):

1. **Candidates.** The sentence's content words (stop words, reporting verbs and "the
   article says" meta words dropped; a light suffix-stripping stemmer) are matched against
   every article sentence. The best sentence is taken, then up to two more that add words the
   first lacks: a sentence fused from two or three article sentences is supported when its
   parts are. `score` is the share of content words found in those (at most three) sentences.
2. **Checks that overlap misses**, each failing with a reason a reader can follow:
   - numbers, normalised ("1.5 million" = "1,500,000" = "1.5m"; "twelve" = "12"; "4th" = 4),
     must be in the article, approximated ("about 500") or spelled ("two fighters") or not;
   - names: a capitalised word that is not a sentence-initial common word, a pronoun, a
     function word, a title, a month or a weekday; runs of them are one multiword name (a
     compass word stays in it: "North Korea"). Each
     word of a name must be in the article ("Here is a summary" holds no name);
   - negation flips: "not", "n't", "no", "never", "denied", "failed to" ... in the sentence
     but in none of its supporting sentences, or in a supporting sentence right before the
     words the sentence takes from it while the sentence says it plainly;
   - opposites: a word whose opposite (lang.ANTONYM_PAIRS: "rose"/"fell", "won"/"lost") the
     supporting sentences say, and not the word itself;
   - swapped roles: two names around a shared word in one order in the sentence and in the
     other order in the supporting sentence ("A beat B" against "B beat A"; a passive "by" on
     one side only keeps the roles);
   - dates: a weekday or month the article never gives, or another one than the supporting
     sentence gives.
3. `mode="claim"` (claims against their evidence and the sentence before it) also requires
   every content word to be there; `mode="summary"` accepts a paraphrase holding most of them.

A text of several sentences is verified sentence by sentence; sentences without content
("Here is a summary of the article:") are skipped, and every other one must be supported.
"""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass, field

from .. import lang, thresholds
from ..chunk import split_sentences
from .article import Article, Part, article
from .facts import Facts
from .fused import fused_subject
from .checks import antonym_flip, completed_name, counterfactual_check, negation_check, swapped_roles, word_in
from .numbers import find_numbers, fmt_number, lost_parts, number_pairs
from .speaker import speaker_unsupported
from .words import (APPROX, AUX, FUNCTION, META, MONTHS, REPORTING, WEEKDAYS, find_dates, find_names, is_content,
                    looks_capital, tokens)

__all__ = ["Part", "Verdict", "verify"]

@dataclass(frozen=True)
class Verdict:
    supported: bool
    score: float
    reason: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: "coverage" when the text was rejected on its words alone (too few covered, or words the
    #: article never uses) and every hard check (numbers, names, dates, negation, roles, speaker)
    #: passed: the one rejection a model verifier may overrule (summarizer.verify.model)
    check: str = ""

    def __bool__(self) -> bool:  # `if verify(doc, s):` reads as intended
        return self.supported



# -- the check ---------------------------------------------------------------------------------


def verify(document, text: str, *, mode: str = "summary", article_text=None, speaker: str | None = None) -> Verdict:
    """Is `text` supported by `document`?

    `document`: the article text, or anything with a `.text` (a Document, a ground.Source).
    `text`: one sentence or several (each is checked; sentences without content, such as
    "Here is a summary:", are skipped). `mode`: "summary" (paraphrase allowed: most content
    words in at most three article sentences) or "claim": `document` is then a claim's
    evidence and the sentence before it, `article_text` the whole article (its text, or its
    Document, which then keeps the analysis: `article.article`); its subject and
    most of its content words must be in `document`, its numbers, dates and names too (an
    adjective of nationality may come from the article), and no more than one content word
    may be found nowhere in the article. `speaker` (claim mode): the source the attribution
    analysis gives the evidence; the claim may name it as the article does ("Jane Doe says ...").
    """
    if mode not in ("summary", "claim"):
        raise ValueError(f"mode must be 'summary' or 'claim', not {mode!r}")
    checked = hard_checks(document, text, mode=mode, article_text=article_text, speaker=speaker)
    return checked if isinstance(checked, Verdict) else _decide(mode, checked)


def hard_checks(document, text: str, *, mode: str = "summary", article_text=None,
                speaker: str | None = None) -> "Verdict | list[Facts]":
    """`verify` up to its coverage decision: a failing Verdict (a hard check), or the facts of
    each sentence with content (what the decision reads; evals/tools/fit_verify.py)."""
    doc_text = document if isinstance(document, str) else getattr(document, "text", str(document))
    art = article(document if hasattr(document, "text") else doc_text)  # a Document keeps its analysis
    full = article(article_text) if mode == "claim" and article_text else art
    sents = [text[sp.start:sp.end] for sp in split_sentences(text)] or [text]
    facts: list[Facts] = []
    antecedents = _antecedents(art, full)
    if speaker and mode == "claim":
        antecedents |= {t.low for t in tokens(speaker) if t.low in full.names}
    for i, s in enumerate(sents):
        f = _verify_sentence(art, s, full, antecedents)
        if f is None:
            continue
        if isinstance(f, Verdict):  # a hard check failed
            where = f"sentence {i + 1} of {len(sents)}: " if len(sents) > 1 else ""
            return Verdict(False, f.score, where + f.reason, f.spans)
        facts.append(f)
    if not facts:
        return Verdict(False, 0.0, "nothing to check: the text states no content", [])
    if mode == "summary":
        for s in sents:
            why = speaker_unsupported(document, doc_text, s, sorted({sp for f in facts for sp in f.spans}))
            if why:
                return Verdict(False, 0.0, why, [])
    return facts


def _decide(mode: str, facts: list[Facts]) -> Verdict:
    """The coverage decision, once every hard check has passed: per sentence (claim mode; a
    floor in summary mode) and over the whole text (summary mode)."""
    spans = sorted({sp for f in facts for sp in f.spans})
    score = min(f.score for f in facts)
    for i, f in enumerate(facts):
        where = f"sentence {i + 1} of {len(facts)}: " if len(facts) > 1 else ""
        if mode == "claim":
            if f.subject_missing:
                return Verdict(False, f.score, where + f"subject {' '.join(f.subject_missing)!r} is not in the "
                               "evidence or the sentence before it", spans)
            if len(f.novel_stems) > thresholds.MAX_CLAIM_NOVEL:
                return Verdict(False, f.score, where + f"words found nowhere in the article: {_quote(f.novel)}", spans,
                               "coverage")
            if f.score < thresholds.MIN_CLAIM_COVERAGE:
                return Verdict(False, f.score, where + f"only {f.score:.0%} of its content words are in the "
                               f"evidence (missing: {_quote(f.missing)})", spans, "coverage")
        if mode == "summary" and f.score < thresholds.MIN_SENTENCE_COVERAGE:
            return Verdict(False, f.score, where + f"only {f.score:.0%} of its content words are in the "
                           f"article's closest sentences (missing: {_quote(f.missing)})", spans, "coverage")
    if mode == "claim":
        return Verdict(True, score, f"supported by its evidence ({score:.0%} of its content words)", spans)
    total = sum(f.n for f in facts) or 1
    cover = sum(f.score * f.n for f in facts) / total
    novel = sum(len(f.novel_stems) for f in facts) / total
    if novel > thresholds.MAX_NOVEL_SHARE:
        words = [w for f in facts for w in f.novel]
        return Verdict(False, cover, f"words found nowhere in the article: {_quote(words)}", spans, "coverage")
    if cover < thresholds.MIN_SUMMARY_COVERAGE:
        words = [w for f in facts for w in f.missing]
        return Verdict(False, cover, f"only {cover:.0%} of its content words are in the article's "
                       f"closest sentences (missing: {_quote(words)})", spans, "coverage")
    n = len(spans)
    return Verdict(True, cover, f"supported by {n} article sentence{'s' if n != 1 else ''} "
                   f"({cover:.0%} of its content words)", spans)


def _quote(words: list[str]) -> str:
    return ", ".join(repr(w) for w in list(dict.fromkeys(words))[:4])


def _antecedents(ctx: Article, full: Article) -> frozenset[str]:
    """Names a pronoun of the context may stand for: the article's names in the three sentences
    before the context, when the context has a third-person pronoun ("its members" -> "Port
    Elwin's members"). Empty outside claim mode or when the context is not found in the article."""
    if ctx is full or not _THIRD_PERSON.search(ctx.text):
        return frozenset()
    pos = full.text.find(ctx.text[:200])
    if pos < 0:
        return frozenset()
    before = [s for s in full.sents if s.end <= pos][-thresholds.ANTECEDENT_SENTENCES:]
    return frozenset(t.low for s in before for t in s.toks if t.low in full.names)


_THIRD_PERSON = re.compile(rf"\b(?:{'|'.join(lang.THIRD_PERSON_PRONOUNS)})\b", re.I)


def _verify_sentence(art: Article, sent: str, full: Article,
                     antecedents: frozenset[str] = frozenset()) -> "Verdict | Facts | None":
    """A failing Verdict (a hard check), the facts for the coverage decision, or None (no content)."""
    toks = tokens(sent)
    content = [t for t in toks if is_content(t)]
    nums = find_numbers(sent)
    if not content and not nums:
        return None  # "Here is a summary:" says nothing to check
    if META.match(sent) and len(content) <= 2:
        return None

    # 1. numbers (article-wide: a figure the article never gives is invented)
    marker = re.match(r"\s*\(?\d{1,2}[.)]\s", sent + " ")  # a list item's "1." or "2)"
    if marker:
        nums = [n for n in nums if n[1] >= marker.end() - 1]
        if not content and not nums:
            return None
    for v, s, _ in nums:
        if v in art.number_set:
            continue
        if thresholds.SOFT_SPELLED_COUNT and sent[s].isalpha() and v <= thresholds.SOFT_SPELLED_COUNT:
            continue  # "the two fighters": a small count the summary made by counting
        approx = APPROX.search(sent[:s])
        if approx and any(abs(a - v) <= thresholds.APPROX_TOLERANCE * max(abs(v), 1) for a in art.numbers):
            continue
        return Verdict(False, 0.0, f"number {fmt_number(v)} is not in the article", [])
    for why in [f"number {p} is not in the article" for p in sorted(number_pairs(sent) - number_pairs(art.text, spread=True))] + [  # "20-1" of a 2-1 win (session 33)
            f"it drops the part of '{p}'" for p in lost_parts(sent, art.text)]: return Verdict(False, 0.0, why, [])  # "its nine libraries" (lead34)

    # 2. names (in claim mode a name may also be resolved from the article: see _resolved)
    name_runs = find_names(sent, toks)
    resolved: set[str] = set()
    for run in name_runs:
        for k in run:
            low = toks[k].low
            if word_in(art, low):
                continue
            if full is not art and _resolved(art, full, antecedents, [toks[j].low for j in run], run.index(k)):
                resolved.add(low)
                continue
            name = " ".join(toks[j].word for j in run)
            return Verdict(False, 0.0, f"name {name!r} is not in the article"
                           + (f" ({toks[k].word!r} is missing)" if len(run) > 1 else ""), [])

    # ... and a sentence-initial capital the article writes only as another name ("Roberts" where
    # the article has "Roberto" but never "roberts"): a name, and not the article's
    first = next((i for i, t in enumerate(toks) if t.word[:1].isalpha()), None)
    if first is not None and not any(first in r for r in name_runs):
        t = toks[first]
        if looks_capital(t.word) and is_content(t) and not word_in(full, t.low) and t.low not in full.lower_words \
                and t.stem not in full.lower_stems and t.stem in full.name_stems:
            return Verdict(False, 0.0, f"name {t.word!r} is not in the article", [])

    # 3. dates
    dates = find_dates(sent, toks)
    for d in sorted(dates - art.dates):
        return Verdict(False, 0.0, f"date: the article never says {d.capitalize()}", [])

    # 4. candidate sentences: the best one, then up to two that add missing words
    stems = {t.stem for t in content}
    if not stems:
        stems = set()
    chosen: list[int] = []
    missing = set(stems)
    need_nums = {v for v, _, _ in nums}
    for _ in range(thresholds.MAX_SUPPORT_SENTENCES):
        best, gain = -1, (0, 0)
        for i, s in enumerate(art.sents):
            if i in chosen:
                continue
            g = (len(missing & s.stems) + len(need_nums & s.numbers), len(stems & s.stems))
            if g > gain:
                best, gain = i, g
        if best < 0 or gain[0] == 0 or (chosen and gain[0] < 1):
            break
        chosen.append(best)
        missing -= art.sents[best].stems
        need_nums -= art.sents[best].numbers
        if not missing and not need_nums:
            break
    order = [art.sents[i] for i in chosen]  # best first
    chosen.sort()
    spans = [(art.sents[i].start, art.sents[i].end) for i in chosen]
    missing -= {t.stem for t in content if t.low in resolved}  # a name the context refers to
    covered = len(stems - missing)
    score = covered / len(stems) if stems else 1.0
    novel = {st for st in missing if st not in full.stems and not any(word_in(full, t.low) for t in content if t.stem == st)}

    # 5. negation
    why = negation_check(sent, toks, order, stems, art) or counterfactual_check(sent, toks, order, art)
    if why:
        return Verdict(False, score, why, spans)

    # 5b. opposites ("rose" / "fell")
    why = antonym_flip(toks, order) if score >= thresholds.MIN_SUMMARY_COVERAGE else None  # about the same thing
    if why:
        return Verdict(False, score, why, spans)

    # 6. roles: who did what to whom, and who did it
    why = swapped_roles(sent, toks, name_runs, art, order) or fused_subject(sent, toks, name_runs, art, order)
    if why:
        return Verdict(False, score, why, spans)

    # 7. weekday / month against the supporting sentences
    sup_dates = set().union(*(art.sents[i].dates for i in chosen)) if chosen else set()
    for kind in (WEEKDAYS, MONTHS):
        mine = {d for d in dates if d in kind}
        theirs = {d for d in sup_dates if d in kind}
        if mine and theirs and not mine & theirs and not any(
                mine & s.dates and len(stems & s.stems) >= 2 for s in art.sents):  # said elsewhere, with its content
            return Verdict(False, score, f"date mismatch: the sentence says {', '.join(sorted(x.capitalize() for x in mine))}"
                           f", the article's sentence says {', '.join(sorted(x.capitalize() for x in theirs))}", spans)

    words_missing = sorted({t.word for t in content if t.stem in missing})
    novel_words = sorted({t.word for t in content if t.stem in novel})
    subject = _subject(toks)
    subject_missing = [t.word for t in subject] if subject and not any(
        t.stem in art.stems or word_in(art, t.low) or t.low in antecedents for t in subject) else []
    return Facts(score, len(stems), words_missing, novel_words, novel, spans, subject_missing, toks, order, stems,
                 missing, art)


def _resolved(ctx: Article, full: Article, antecedents: frozenset[str], words: list[str], i: int) -> bool:
    """Claim mode: word i of a name run, absent from the context, names whom the context means:
    a pronoun's antecedent, the rest of a name the context gives in part ("Blake" of "Blake
    Farenthold"), or a nationality the article gives."""
    low = words[i]
    return (low in antecedents or completed_name(ctx, full, words, i, antecedents)
            or (_nationality(low) and word_in(full, low)))


def _subject(toks: list) -> list:
    """The content words before the sentence's first verb-like word (an auxiliary, a reporting
    verb, a word in -ed) within its first eight words: "The city council | said ..."."""
    out = []
    for t in toks[:8]:
        if t.low in AUX or t.low in REPORTING or (out and t.low.endswith("ed") and len(t.low) > 4):
            return out
        if is_content(t):
            out.append(t)
    return []  # no verb found early: no subject to check


def _nationality(low: str) -> bool:
    """An adjective of nationality or origin ("Nigerian", "British", "Chinese")."""
    return low.endswith(lang.DEMONYM_ENDINGS)



def names_completed(context, article_text, text: str) -> set[str]:
    """Lower-case words of `text`'s names that are not in `context` but complete a name that is
    ("Blake Farenthold" for an evidence saying "Farenthold", when the article names him in full),
    or that a pronoun of the context stands for (see `_antecedents`)."""
    ctx, full = article(context), article(article_text)
    out = set(_antecedents(ctx, full))
    for s in split_sentences(text):
        sent = text[s.start:s.end]
        toks = tokens(sent)
        for run in find_names(sent, toks):
            words = [toks[k].low for k in run]
            out.update(w for i, w in enumerate(words) if not word_in(ctx, w) and completed_name(ctx, full, words, i, out))
    return out


# -- helpers for the hooks (pipeline, ground, digest) ------------------------------------------

#: photo captions and bylines: page furniture, never evidence for a claim
_CAPTION = re.compile(lang.CAPTION_RE, re.I | re.X)
_AGENCY_CREDIT = re.compile(lang.AGENCY_CREDIT_RE)
_BYLINE = re.compile(lang.BYLINE_RE, re.X)


def furniture_kind(sentence: str) -> str | None:
    """'photo caption' or 'byline' when the sentence is one."""
    if _CAPTION.search(sentence) or _AGENCY_CREDIT.search(sentence):
        return "photo caption"
    if _BYLINE.search(sentence):
        return "byline"
    return None


_END = re.compile(r"[.!?…]" + lang.SENTENCE_CLOSERS_RE + r"\s*$")


def complete_sentence(text: str, limit: int | None = None) -> str | None:
    """`text` as a complete sentence, or None when it cannot be one.

    A text with its closing punctuation is complete. One without, near the length bound of
    the field it came from (`limit`), was cut: it is shortened to its last clause boundary
    (";", ",", " - ") when at least six words stand before it. A short one without a full stop
    (models omit it) gets one; a text ending on a joining word ("and", "the", "of") was cut.
    """
    text = " ".join(text.split())
    if not text:
        return None
    if _END.search(text):
        return text
    cut = limit is not None and len(text) >= limit - 15
    last = re.findall(r"[\w'’]+", text)[-1:] or [""]
    dangling = last[0].lower() in FUNCTION or last[0].lower() in lang.ENDING_CONJUNCTIONS
    if not cut and not dangling:
        return text + "."
    for m in reversed(list(re.finditer(r"\s*(?:;|,|\s-\s|\s–\s|\s—\s)\s*", text))):
        head = text[:m.start()].rstrip()
        if len(head.split()) >= 6 and head.count('"') % 2 == 0 and head.count("“") == head.count("”"):
            return head + "."
    return None


class _CallableModule(types.ModuleType):
    """`summarizer.verify(document, text)` works although `summarizer.verify` is also this
    module's name (importing a submodule sets the package attribute to the module)."""

    def __call__(self, document, text: str, **kw) -> Verdict:
        return verify(document, text, **kw)


sys.modules[__name__].__class__ = _CallableModule

