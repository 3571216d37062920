"""Words compared by sense, not spelling (issue 15, conf10): an irregular verb form read as its
base ("found" -> "find"), near-synonyms of news verbs of change and of the nouns they count read
as one word ("shut" / "close", "plant" / "factory", "worker" / "employee"), and phrases of one
meaning written as one word ("laid off" / "lose their jobs"). Lists: lang/senses.py.

`sense(word, lemma)`: the word's sense key under a module's own lemma function (nounneg.lem,
pairs.stem, ...), so each caller keeps its own spelling rules and only adds the meanings.
`phrases_as_words(text)`: the text with the phrases of lang.PHRASE_SENSES as one word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .. import lang

__all__ = ["sense", "phrases_as_words"]

_PHRASES = tuple((re.compile(rx, re.I), word) for rx, word in lang.PHRASE_SENSES)


@lru_cache(maxsize=None)
def _groups(lemma: Callable[[str], str]) -> dict[str, str]:
    return {lemma(w): lemma(g[0]) for g in lang.SENSE_GROUPS for w in g}


@lru_cache(maxsize=65536)
def sense(word: str, lemma: Callable[[str], str]) -> str:
    """The word's sense key: its base form when irregular, lemmatised by `lemma`, the first word
    of its sense group when it has one ("shuts" -> lemma("close"))."""
    w = word.lower()
    key = lemma(lang.IRREGULAR_FORMS.get(w, w))
    return _groups(lemma).get(key, key)


def phrases_as_words(text: str) -> str:
    """The phrases of one meaning as one word ("were laid off" -> "were layoff"), case kept elsewhere."""
    for rx, word in _PHRASES:
        text = rx.sub(word, text)
    return text
