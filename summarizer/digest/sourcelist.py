"""Who reports an agreement, each person once (the lead, session 42).

Outlets name one person several ways: "Justice <Surname>" and "Justice <Given> <Middle> <Surname>", "Vice President
<Surname>" and "<Given> <Surname>", "Rep. <Given> <Surname>" and "Representative <Given> <Initial>. <Surname>". Listed side by side they read as several
sources. `compact(names)` keeps one name per person: a name whose words, titles and initials left out, are all
words of another listed name goes; of names with the same words, the longest as written stays. Names with other
words stay apart ("Bill <Surname>" and "William <Surname>": a nickname is not guessed), and a joint source ("A and B")
takes no one's place.
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["compact"]

_TITLES = lang.PERSON_TITLES | lang.TITLE_WORDS | lang.SOURCE_TITLES | lang.DOTTED_TITLES


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z'’-]*", name.lower().replace(".", " "))
                     if len(w) > 1 and w not in _TITLES)


def compact(names: list[str]) -> list[str]:
    """`names` in order, each person once (see the module's note); names with no words of their own stay."""
    keys = [_words(n) for n in names]
    out = []
    for i, (n, k) in enumerate(zip(names, keys)):
        if k and any(j != i and " and " not in names[j] and (k < o or k == o and (len(names[j]), -j) > (len(n), -i))
                     for j, o in enumerate(keys)):
            continue
        if n not in out:
            out.append(n)
    return out
