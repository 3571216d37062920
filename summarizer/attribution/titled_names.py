"""A name with its title after an opening word ("Meanwhile, former mayor Ida Crane, who once ran a
shop, said ...", "Meanwhile, former Secretary of Labor Ada Morrow, who ..., called on ...,
saying ..."): the piece between the opener's comma and the relative clause is the speaker, not a
second description to blank with the insertion (read18, a CNN page: the blanked reading left
"Meanwhile" as the subject, and the statement went to the outlet)."""

from __future__ import annotations

import re

from .. import lang

_TITLED = re.compile(r"((?:[a-z][\w'’-]*\s+){0,4})([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){1,5})")


def titled_name(piece: str) -> bool:
    """`piece` is lower-case words, then a capitalised run of two words or more that a title opens
    or a person noun precedes ('former mayor Ida Crane', 'former Secretary of State Jane Doe'); not
    'the chair of Acme' (one capitalised word after "of")."""
    m = _TITLED.fullmatch(piece.strip())
    if m is None:
        return False
    before = m.group(1).split()
    first = m.group(2).split()[0].lower().rstrip(".")
    return bool(before) and before[-1].lower() in lang.PERSON_NOUNS | lang.PERSON_TITLES or first in lang.PERSON_TITLES
