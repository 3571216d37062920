"""Cross-article alignment: what two claims say alike lies in one claim's trailing adjunct only,
and there as a possibility (issue 15, session 16, digest17).

The mirror of opening.py at the other end of a sentence. A claim's main clause comes first and a
time or reason adjunct trails it ("after ...", "because of ...", "when ...", "following ...").
A fact told in such an adjunct and stated by another claim is one proposition (tests/test_agree10,
test_agree11: "The project took three years" / "... officials said Friday, after a three-year
construction project"; "The jury deliberated for two days" / "The verdict came after two days of
deliberations"). But when the adjunct holds the shared words only as a possibility (a noun hedge,
lang.NOUN_HEDGES: "possible", "potential", "prospective" ...) and the other claim states them, the
two say different things:

- "Okafor ... was confirmed Tuesday as the new transport minister ..." / "The biggest question
  remaining in this long saga, which began last spring when Mr. Okafor's name surfaced as a
  possible successor to Ruth Lindgren as transport minister, is whether ... Pike ...
  will jump in" (BASIL 16: a confirmation and a question, sharing a rumour's words).

A loose agreement (similarity under PASSAGE_SCORE) is dropped when its words said alike, names
and their descriptions aside (reference.said_of), all lie in one claim's trailing adjunct and
nowhere else in that claim, the adjunct holds a noun hedge, and the other claim holds none. The
adjunct runs from its opener (lang.TRAILING_ADJUNCT_OPENERS, after at least one word of the claim)
to the next clause break. Shared amounts and vote tallies keep the pair (anchors of their own).

`trailing_only(f1, f2)` (align.judge_pair, on agreements short of PASSAGE_SCORE).

`conditional_only(f1, f2)` (digest47): a loose agreement is dropped, too, when the words said alike
all lie in one claim's trailing adjunct (unhedged) and the other claim holds two or more of them
inside a condition only ("if ...", "unless ...": lang.CONDITION_OPENERS), which it does not assert:
"The union said the gap was smaller, because the district left out state aid it expects in the
autumn" / "The chair said the board could revisit the cuts in the autumn if the state's aid
figures came in higher" say different things.

`background_only(f1, f2)` (lead46): a loose agreement is dropped when the words said alike lie in a trailing
adjunct of *each* claim and nowhere else in either: two main clauses that share only their scene ("In June he was
escorted from his office amid the release of a watchdog report that ..." / "He testified last month after the
release of a watchdog report on ...") tell two events. One claim stating what the other's adjunct holds is still
one proposition ("The jury deliberated for two days" / "The verdict came after two days of deliberations").
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, stem, undot
from .reference import said_of

__all__ = ["background_only", "conditional_only", "trailing_only", "trailing_words"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_OPENER = re.compile(r"(?<=[A-Za-z0-9'’”\"),])\s+(?:" + "|".join(lang.TRAILING_ADJUNCT_OPENERS) + r")\b", re.I)
#: a clause break; a period inside a one-sentence claim is an abbreviation's ("Mr.", "U.S.")
_CONDITION = re.compile(r"(?<=[A-Za-z0-9'’”\"),])\s+(?:" + "|".join(lang.CONDITION_OPENERS) + r")\b", re.I)
#: The trailing openers and "amid": adjuncts that set the scene of a main clause (background_only; lead46).
_BACKGROUND = re.compile(r"(?<=[A-Za-z0-9'’”\"),])\s+(?:" + "|".join(lang.TRAILING_ADJUNCT_OPENERS + ("amid",)) + r")\b", re.I)
_BREAK = re.compile(r"[,;:!?—–()]|\s-\s|\.\s*[\"”’]?\s*$")


def _stems(text: str, f: Features) -> set[str]:
    return {s for s in (stem(w) for w in _WORD.findall(text.lower())) if s in f.words}


def _hedged(text: str) -> bool:
    return any(w in lang.NOUN_HEDGES for w in _WORD.findall(text.lower()))


def trailing_words(f: Features, hedged: bool = False, opener: re.Pattern = _OPENER) -> set[str]:
    """The content words (pairs.py's stems) only the claim's trailing adjuncts hold; with `hedged`,
    only adjuncts that hold a noun hedge count (module doc); `opener`: what opens an adjunct."""
    text = undot(f.claim.text)
    inside, outside, at = [], [], 0
    for m in opener.finditer(text):
        if m.start() < at:
            continue
        end = _BREAK.search(text, m.end())
        stop = end.start() if end else len(text)
        part = text[m.start():stop]
        (inside if _hedged(part) or not hedged else outside).append(part)
        outside.append(text[at:m.start()])
        at = stop
    if not inside:
        return set()
    outside.append(text[at:])
    return _stems(" ".join(inside), f) - _stems(" ".join(outside), f)


def _shared_said(f1: Features, f2: Features) -> set[str]:
    """The words the two claims say alike besides names; empty when they share an amount."""
    common = f1.words & f2.words
    if any(w.startswith("#") for w in common):
        return set()
    said = said_of(f1, f2)
    return {w for w in common if any(w.startswith(s) or s.startswith(w) for s in said)}


def trailing_only(f1: Features, f2: Features) -> bool:
    """What the two claims say alike besides names lies in one claim's hedged trailing adjunct
    only, the other claim holds no noun hedge, and they share no amount (module doc)."""
    shared = _shared_said(f1, f2)
    if not shared:
        return False
    return any(shared <= trailing_words(f, hedged=True) and not _hedged(g.claim.text)
               for f, g in ((f1, f2), (f2, f1)))


def conditional_only(f1: Features, f2: Features) -> bool:
    """What the two claims say alike besides names lies in one claim's trailing adjunct only, and the
    other claim holds two or more of those words inside a condition only; no shared amount (module doc)."""
    shared = _shared_said(f1, f2)
    if not shared:
        return False
    return any(shared <= trailing_words(f) and len(shared & trailing_words(g, opener=_CONDITION)) >= 2
               for f, g in ((f1, f2), (f2, f1)))


def background_only(f1: Features, f2: Features) -> bool:
    """What the two claims say alike besides names lies in a trailing adjunct of each claim ("after ...", "amid ...")
    and in neither main clause, and the main clauses share no word at all, names included ("Service on the <Line> was
    suspended after a fire" / "<Line> trains were halted after a fire": one event); no shared amount (module doc)."""
    shared = _shared_said(f1, f2)
    return bool(shared) and all(shared <= trailing_words(f, opener=_BACKGROUND) for f in (f1, f2)) \
        and not (_main_words(f1) & _main_words(f2))


def _main_words(f: Features) -> set[str]:
    """The content words (pairs.py's stems, names included) of the claim outside its trailing adjuncts."""
    text = undot(f.claim.text)
    m = _BACKGROUND.search(text)
    return _stems(text[:m.start()] if m else text, f)
