"""Who reports an agreement, each person once (the lead, session 42).

Outlets name one person several ways: "Justice <Surname>" and "Justice <Given> <Middle> <Surname>", "Vice President
<Surname>" and "<Given> <Surname>", "Rep. <Given> <Surname>" and "Representative <Given> <Initial>. <Surname>". Listed side by side they read as several
sources. `compact(names)` keeps one name per person: a name whose words, titles and initials left out, are all
words of another listed name goes; of names with the same words, the longest as written stays. Names with other
words stay apart, and a joint source ("A and B") takes no one's place.

A given name's short form is one name with its long form ("Bill <Surname>" and "William <Surname>", lang.GIVEN_NAME_FORMS;
conflict52) only when no other listed name has that surname with another given name ("Bill <Surname>", "William
<Surname>" and "Hillary <Surname>" stay three).
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["compact"]

_TITLES = lang.PERSON_TITLES | lang.TITLE_WORDS | lang.SOURCE_TITLES | lang.DOTTED_TITLES


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z'’-]*", name.lower().replace(".", " "))
                     if len(w) > 1 and w not in _TITLES)


_FORM = {w: f[0] for f in reversed(lang.GIVEN_NAME_FORMS) for w in f}


def _given_forms(keys: list[frozenset[str]]) -> list[frozenset[str]]:
    """Each key with its given name's short form read as the long form, where no other key has the same
    other words (the surname) with a given name of another family."""
    out = []
    for k in keys:
        given = {w for w in k if w in _FORM}
        rest = k - given
        if len(given) != 1 or not rest:
            out.append(k)
            continue
        fam = _FORM[next(iter(given))]
        rivals = [o for o in keys if o is not k and rest <= o and {_FORM.get(w, w) for w in o - rest} - {fam}]
        out.append(k if rivals else rest | {fam})
    return out


def compact(names: list[str]) -> list[str]:
    """`names` in order, each person once (see the module's note); names with no words of their own stay."""
    keys = _given_forms([_words(n) for n in names])
    out = []
    for i, (n, k) in enumerate(zip(names, keys)):
        if k and any(j != i and " and " not in names[j] and (k < o or k == o and (len(names[j]), -j) > (len(n), -i))
                     for j, o in enumerate(keys)):
            continue
        if n not in out:
            out.append(n)
    return out
