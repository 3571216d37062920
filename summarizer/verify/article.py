"""The article, analysed once per text (cached): sentences with their tokens, stems, numbers,
dates and negation scopes; the article's words, stems, numbers and names."""

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


class Article:
    def __init__(self, text: str):
        self.text = text
        self.sents: list[Sent] = []
        # each sentence tokenized once: its tokens at sentence offsets (`local`, read by the
        # date, negation and name finders) and copies at article offsets (`Sent.toks`)
        self.names: set[str] = set()
        for sp in split_sentences(text):
            s = text[sp.start:sp.end]
            local = tokens(s)
            toks = [Tok(t.word, t.low, t.stem, t.start + sp.start, t.end + sp.start) for t in local]
            self.sents.append(Sent(sp.start, sp.end, toks, frozenset(t.stem for t in toks if is_content(t)),
                                    frozenset(v for v, _, _ in find_numbers(s)),
                                    frozenset(find_dates(s, local)), negation_scopes(s, local)))
            # words the article writes with a capital inside a sentence: its names, even when
            # a lower-cased summary mentions them
            for run in find_names(s, local):
                self.names.update(local[k].low for k in run)
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

