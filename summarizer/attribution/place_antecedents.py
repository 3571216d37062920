"""A body's back reference ("the company said") is no place the sentence names ("... off the streets of <Town> ...,
the company said": the firm named before it speaks, not the town; within59, b57-3 k1 of blind57).

`of_place(text, name, pos)`: a one-word name (its first occurrence from `pos`) right after "<place noun> of" ("the streets of", "the outskirts
of"; lang.OF_PLACE_NOUNS, lang.PLACE_PART_NOUNS, a plural allowed). `not_places(pool, want, placed)`: the candidates
of an organisation's back reference without those placed so (none left: the reference stays unresolved, as
"the company" with no firm named before it).
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["not_places", "of_place"]

_OF_PLACE = re.compile(r"\b(?:" + "|".join(sorted(lang.OF_PLACE_NOUNS | lang.PLACE_PART_NOUNS)) + r")s?\s+of\s+(?:the\s+)?$", re.I)


def of_place(text: str, name: str, pos: int) -> bool:
    """`name` at or after `pos` right after "<place noun> of" (module doc)."""
    at = text.find(name, pos)
    return at >= 0 and _OF_PLACE.search(text[max(0, at - 40):at]) is not None


def not_places(pool: list, want, placed) -> list:
    """`pool` without the candidates `placed(m)` holds for, when `want` is an organisation's (module doc)."""
    if want != ("org",):
        return pool
    return [m for m in pool if not placed(m)]
