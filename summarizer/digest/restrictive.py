"""Cross-article alignment: a run of shared words inside a restrictive relative clause is no
proposition (issue 15, session 15, digest16).

local.py agrees two claims on the best pair of windows of shared words. When, in one claim, that
run lies inside a restrictive relative clause of a common noun (the noun, a few words before it,
and "who"/"whose" with no comma before them, up to the clause's end), the words say which things
the noun means, and the claim states something else about them:

- "Questions were raised ... about how the state board would treat foster parents whose
  home counties don't license kin care" / "... also extended state payments to foster parents
  in counties that don't license their homes" (BASIL 19: a question and an act);
- "... will have to work out how to handle a licensed foster couple who file a joint benefit
  claim" / "Licensed foster couples will now be allowed to file state joint benefit
  claims" (BASIL 19: a task and a rule).

A non-restrictive clause on a name says something of the named ("Halvorsen, 71, who served in
the Assembly from 1991-2015, ..."): a comma before the relative word, or a capitalised head, keeps
the rule out. Amounts and months (local.py's anchors) are left alone: "the firm that lost $8
billion" is read as it was; and so is a counted noun ("The Post interviewed three other women who
claimed X pursued them" / "... found three other women who said X pursued them": the count and
the clause are what the claim reports; the tuned gold's Moore agreement).

`restrictive_spans(text)`: each such clause with its noun phrase, as its words; local.py
(`_restricted`) drops a window match whose shared lemmas all lie in one of them.
`restricted_pair(f1, f2)` (align.judge_pair, on agreements short of PASSAGE_SCORE): every content
word the two claims share lies in one such clause of one claim ("Market managers will have to
figure out how to deal with a licensed home brewer who sells beer at a farmers market" / "...
announced that licensed home brewers can sell beer at county farmers markets").
"""

from __future__ import annotations

import re

from .. import lang
from ..rules import numbers as _numbers
from .pairs import Features, stem

__all__ = ["restricted_pair", "restrictive_spans"]

_RELATIVE = re.compile(r"(?<=[A-Za-z0-9'’])\s+(?:" + "|".join(lang.RESTRICTIVE_RELATIVES) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_END = re.compile(r"[,;:.!?—–()]|\s-\s|$")
#: words of the noun phrase read back from the relative word (the head and its modifiers)
_NP_WORDS = 4
_BOUNDS = lang.DETERMINERS | lang.PHRASE_PREPOSITIONS | lang.AUXILIARY_VERBS | set(lang.ENDING_CONJUNCTIONS) \
    | lang.CLAUSE_OPENING_WORDS


def restrictive_spans(text: str, other_numbers: frozenset[float] | None = None) -> list[list[str]]:
    """The words of each restrictive relative clause of a common noun in `text`, with the noun
    phrase it restricts (module doc). With `other_numbers` (the other claim's), a counted noun's
    clause counts too unless the other claim holds that count: "The mayor was joined by four pupils
    who wrote to the council about the flood" shares only the clause's words with "The council's plan
    is no cure for floods" (lead37), while "three other women who claimed ..." in both stays one report."""
    out = []
    for m in _RELATIVE.finditer(text):
        before = _WORD.findall(text[:m.start()])
        if not before or not before[-1][0].islower():
            continue  # a name's clause ("Judge Hale who ...") or none
        np: list[str] = []
        for w in reversed(before[-_NP_WORDS:]):
            if w.lower() in _BOUNDS or not w[0].islower():
                break
            np.insert(0, w)
        counts = _numbers(" ".join(np))
        if counts and (other_numbers is None or any(n.value in other_numbers for n in counts)):
            continue  # a count of the noun ("three other women who claimed ...") states how many
        end = _END.search(text, m.end())
        out.append([w.lower() for w in np + _WORD.findall(text[m.end():end.start()])])
    return out


def restricted_pair(f1: Features, f2: Features) -> bool:
    """Every content word the two claims share (pairs.py's stems) lies in one restrictive relative
    clause of a common noun, with its noun phrase, in one of the claims (module doc)."""
    shared = f1.words & f2.words
    if not shared:
        return False
    return any(shared <= {stem(w) for w in span} for f, g in ((f1, f2), (f2, f1))
               for span in restrictive_spans(f.claim.text, g.all_numbers))
