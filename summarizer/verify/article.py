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
        for sp in split_sentences(text):
            s = text[sp.start:sp.end]
            toks = tokens(s)
            for t in toks:
                t.start += sp.start
                t.end += sp.start
            self.sents.append(Sent(sp.start, sp.end, toks, frozenset(t.stem for t in toks if is_content(t)),
                                    frozenset(v for v, _, _ in find_numbers(s)),
                                    frozenset(find_dates(s, tokens(s))), negation_scopes(s, tokens(s))))
        self.words = {t.low for s in self.sents for t in s.toks}
        self.stems = {t.stem for s in self.sents for t in s.toks}
        self.numbers = [v for s in self.sents for v in s.numbers]
        self.number_set = set(self.numbers)
        self.dates = set().union(*(s.dates for s in self.sents)) if self.sents else set()
        # words the article writes with a capital inside a sentence: its names, even when a
        # lower-cased summary mentions them
        self.names: set[str] = set()
        for s in self.sents:
            st = text[s.start:s.end]
            local = tokens(st)
            for run in find_names(st, local):
                self.names.update(local[k].low for k in run)
        # ... and of those, the ones it never writes in lower case: proper names for sure
        lower = {t.word for s in self.sents for t in s.toks if t.word.islower()}
        self.proper = self.names - lower
        self.lower_words = {w.lower() for w in lower}
        self.lower_stems = {t.stem for s in self.sents for t in s.toks if t.word.islower()}
        self.name_stems = {t.stem for s in self.sents for t in s.toks if t.low in self.names}


@functools.lru_cache(maxsize=64)
def article(text: str) -> Article:
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

