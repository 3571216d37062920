"""Storylines that are common nouns (issue 15, digest34).

A one-word storyline key written capitalised in a title or a longer name ("the <n>th Conference on
Women", a report called "<Sentences> and Executions <year>", "the House Intelligence Committee")
but used at least as often lower-case in the same claims ("the women", "executions recorded",
"our committee") is a common noun of the story, not a name an analyst would follow. Uses that
open a sentence or a quotation are left out of both counts: there every word is capitalised.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

__all__ = ["common_nouns"]

_WORD = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z]+)(?![\w'’-])")
_OPENS = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)$")


def common_nouns(texts: Iterable[str]) -> set[str]:
    """Lower-cased words used lower-case at least twice and at least as often as capitalised
    (a sentence's or a quotation's first word counting neither way)."""
    low: Counter = Counter()
    cap: Counter = Counter()
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group(1)
            if w.islower():
                low[w] += 1
            elif not _OPENS.search(text[:m.start()]):
                cap[w.lower()] += 1
    return {w for w, n in low.items() if n >= 2 and n >= cap[w]}
