"""The article, analysed once per text (cached): sentences with their tokens, stems, numbers,
dates, negation scopes and names; the article's words, stems, numbers and names. A span of it
(`Part`, a claim's context) is sliced from that analysis, not analysed again."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..chunk import split_sentences
from .numbers import find_numbers
from .words import CLAUSE, NEGATION, Tok, find_dates, find_names, is_content, tokens


@dataclass
class Sent:
    start: int
    end: int
    toks: list[Tok]
    stems: frozenset[str]
    numbers: frozenset[float]
    dates: frozenset[str]
    negations: list[tuple[int, int]]  # token index ranges a negation governs
    names: frozenset[str] = frozenset()  # lower-case words of its name runs

    def shifted(self, by: int) -> "Sent":
        """The same sentence at offsets moved by `by` (everything else read from its own text)."""
        toks = [Tok(t.word, t.low, t.stem, t.start + by, t.end + by) for t in self.toks]
        return Sent(self.start + by, self.end + by, toks, self.stems, self.numbers, self.dates, self.negations,
                    self.names)


def _sentence(text: str, start: int, end: int) -> Sent:
    """One sentence, tokenized once: its tokens at sentence offsets (`local`, read by the date,
    negation and name finders) and copies at the text's offsets (`Sent.toks`)."""
    s = text[start:end]
    local = tokens(s)
    toks = [Tok(t.word, t.low, t.stem, t.start + start, t.end + start) for t in local]
    return Sent(start, end, toks, frozenset(t.stem for t in toks if is_content(t)),
                frozenset(v for v, _, _ in find_numbers(s)), frozenset(find_dates(s, local)),
                negation_scopes(s, local), frozenset(local[k].low for run in find_names(s, local) for k in run))


class Article:
    def __init__(self, text: str, sents: list[Sent] | None = None):
        """`sents`: the text's sentences when already analysed (`part`); else split and analysed."""
        self.text = text
        self.sents = sents if sents is not None else [_sentence(text, sp.start, sp.end) for sp in split_sentences(text)]
        # words the article writes with a capital inside a sentence: its names, even when a
        # lower-cased summary mentions them
        self.names: set[str] = set().union(*(s.names for s in self.sents)) if self.sents else set()
        self.words = {t.low for s in self.sents for t in s.toks}
        self.stems = {t.stem for s in self.sents for t in s.toks}
        self.numbers = [v for s in self.sents for v in s.numbers]
        self.number_set = set(self.numbers)
        self.dates = set().union(*(s.dates for s in self.sents)) if self.sents else set()
        # ... and of those, the ones it never writes in lower case: proper names for sure
        lower = {t.word for s in self.sents for t in s.toks if t.word.islower()}
        self.proper = self.names - lower
        self.lower_words = {w.lower() for w in lower}
        self.lower_stems = {t.stem for s in self.sents for t in s.toks if t.word.islower()}
        self.name_stems = {t.stem for s in self.sents for t in s.toks if t.low in self.names}


class Part:
    """`source.text[lo:hi]` as a document of its own (`.text`), with its analysis taken from
    the source's (`verify_analysis`): a claim's evidence and the sentence before it, which
    every claim otherwise analysed again from its text. When the part's own sentence split is
    not the source's sentences inside it (a part that cuts a sentence), it is analysed on its
    own, so the analysis is always `Article(text)`'s (tests/test_verify.py)."""

    def __init__(self, source, lo: int, hi: int):
        full = article(source)
        text = full.text[lo:hi]
        inside = [s for s in full.sents if lo <= s.start and s.end <= hi]
        if [(sp.start + lo, sp.end + lo) for sp in split_sentences(text)] == [(s.start, s.end) for s in inside]:
            self.verify_analysis = Article(text, [s.shifted(-lo) for s in inside])
        else:
            self.verify_analysis = _by_text(text)
        self.text = self.verify_analysis.text


def article(source) -> Article:
    """The analysis of `source`: a text (cached by text, for claim contexts and callers that
    only have a string), or a document with a `.text` (an article's `Document`), whose
    analysis is kept on the document itself. That one is computed once per article however
    many claims check against it and however many articles are in flight: keyed by text in
    the small cache, 32 articles in flight with their claim contexts evicted each other's
    analyses and every claim built its article's again (BENCHMARKS.md)."""
    if isinstance(source, str):
        return _by_text(source)
    cached = getattr(source, "verify_analysis", None)
    if cached is None or cached.text is not source.text:
        cached = Article(source.text)
        try:
            source.verify_analysis = cached
        except AttributeError:  # a document that takes no attributes: nothing kept
            pass
    return cached


@functools.lru_cache(maxsize=64)
def _by_text(text: str) -> Article:
    return Article(text)


def negation_scopes(sentence: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """Token ranges governed by each negation cue: the cue and up to six tokens after it,
    ending at a comma, semicolon, colon or a new clause ("but", "while", "which" ...)."""
    out = []
    for m in NEGATION.finditer(sentence):
        i = next((k for k, t in enumerate(toks) if t.end > m.start()), len(toks))
        j = i + 1
        while j < min(len(toks), i + 7):
            gap = sentence[toks[j - 1].end:toks[j].start]  # offsets into `sentence`
            if re.search(r"[,;:()\"“”]", gap) or toks[j].low in CLAUSE:
                break
            j += 1
        out.append((i, j))
    return out

