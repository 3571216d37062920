"""A spouse named as a source by a possessive ("His ex-wife agreed", "her husband said") after the couple was named
together with one surname ("Tom and Ada Reed filed papers ..."): the member of the pair who is not the possessive's
person, when the article shows that person's gender (attr53; the lead's Left, session 43). No such pair, or no gender
known for either member: None (the description stays the source)."""

from __future__ import annotations

import re

from .. import lang

#: "his ex-wife", "her former husband", "his wife": a possessive pronoun and a spouse noun.
_SPOUSE = re.compile(r"(?i:(his|her))\s+(?:" + lang.SPOUSE_NOUNS_RE + r")")
#: A couple named with one surname: "<Given> and <Given> <Surname>" ("Tom and Ada Reed").
_COUPLE = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]+)\b(?!\s+(?:and|&))")
#: How far back the couple may be named (characters).
_WINDOW = 2500


def named_spouse(text: str, source: str, pos: int, genders) -> str | None:
    """The spouse `source` ("His ex-wife") stands for, or None."""
    m = _SPOUSE.fullmatch(" ".join(source.split()))
    if m is None:
        return None
    owner = "m" if m.group(1).lower() == "his" else "f"
    couples = list(_COUPLE.finditer(text, max(0, pos - _WINDOW), pos))
    if not couples:
        return None
    c = couples[-1]
    a, b = f"{c.group(1)} {c.group(3)}", f"{c.group(2)} {c.group(3)}"
    ga, gb = genders.own(a), genders.own(b)  # (exactly these names: a shared surname votes for both)
    if ga == owner and gb != owner:
        return b
    if gb == owner and ga != owner:
        return a
    return None
