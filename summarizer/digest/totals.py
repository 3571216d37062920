"""One thing's cost told as two sums by two articles, a whole "in all" among them (issue 15; conflict52).

"The trip cost the council $9,200, the report says." / "The <Place> trip cost $6,400 in all, the mayor's office
said." counts.number_conflict kept the two apart twice: "in all" read as a running total (counts.running_total,
lang.COUNT_CUMULATIVE_MARKERS), and two bare sums of money need two rare words near both (figures.same_amount_of).
Here a sum is one thing's cost when a verb of costing (lang.COST_VERBS) stands at most four words before it (an
object such as "the council" between) and a noun right before the verb names the thing ("trip"); two sums are one
cost when the two nouns are the same word and the verbs are of one kind:

* "in all", "in total", "altogether", "all told" (lang.WHOLE_SUM_MARKERS) tell the whole of the thing, not a count
  since a start: one cost may be told with them or without them;
* a time's running total ("since", "so far", "to date") is another figure still (counts.running_total decides);
* not a part and its whole: "The flights cost $2,100" / "The trip cost $6,400 in all" (two nouns);
* not a rate ("cost $190 a night"), not a claim with a second sum of its own ("The trip cost $6,400, of which
  the flights cost $2,100").

(digest55) A modal between the noun and the verb keeps the noun ("the repairs would cost about $7 million"), and
a sum in an estimate or a value frame names its thing too (sumframes.valued_thing; sumframes.py is the money
frames' one reader, sumvalues.py reads it too: "puts the cost of repairing the tower at $19 million": "repair", the
same stem as "repairs").
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .pairs import STOP, Features, stem
from .sumframes import valued_thing

__all__ = ["cost_of", "cost_pairs", "one_cost"]

_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SUM = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?", re.I)
_WHOLE = tuple(lang.WHOLE_SUM_MARKERS)
_SINCE = re.compile(r"\b(?:" + "|".join(m for m in lang.COUNT_CUMULATIVE_MARKERS if m not in _WHOLE) + r")\b", re.I)
_RATE_NEXT = frozenset(lang.PER_YEAR_DETERMINERS) | {"per"}


def cost_of(f: Features) -> str | None:
    """The stem of the thing the claim's one sum of money is the cost of ("trip"), or None (module doc)."""
    sums = list(_SUM.finditer(f.claim.text))
    if len(sums) != 1:
        return None
    m = sums[0]
    after = [t.lower() for t in _TOK.findall(f.claim.text[m.end():])]
    if after[:1] and after[0] in _RATE_NEXT or _SINCE.search(" ".join(after[:8])):
        return None
    # only "the cost of <X>" here (int46): conflict55's sumvalues.py reads the other frames with an owner's noun and
    # rounding ("losses to drivers" / "losses to shops" are two things; "about $31 million" / "$32.5 million" agree)
    framed = valued_thing(f.claim.text[:m.start()]) if re.search(r"\bcost\s+of\b", f.claim.text[:m.start()], re.I) else None
    if framed:  # "puts the cost of repairing the tower at $19 million" (sumframes.py, digest55)
        return framed
    before = [t.lower() for t in _TOK.findall(f.claim.text[:m.start()])][-6:]
    verbs = [k for k, t in enumerate(before) if t in lang.COST_VERBS and len(before) - k <= 4]
    if not verbs or verbs[-1] == 0:
        return None
    k = verbs[-1] - 1
    if before[k] in lang.MODALS and k:  # "the repairs would cost about $7 million" (digest55)
        k -= 1
    noun = before[k]
    if noun in STOP or noun in lang.SUBJECT_PRONOUNS or len(noun) < 3:
        return None
    return stem(noun)


def one_cost(f1: Features, q1, f2: Features, q2) -> bool:
    """The two sums are two articles' figures for one thing's cost (module doc)."""
    if q1.unit != q2.unit or f1.article == f2.article:
        return False
    c1, c2 = cost_of(f1), cost_of(f2)
    return c1 is not None and c1 == c2


def cost_pairs(feats) -> list[tuple[int, int]]:
    """Pairs (i < j) of claims of two articles giving a sum of money as one named thing's cost ("trip"):
    blocking keys on words of five letters or more, and "trip" and "cost" are shorter."""
    by_thing: dict[str, list[tuple[int, bytes]]] = {}
    for f in feats:
        if (thing := cost_of(f)) is not None:
            by_thing.setdefault(thing, []).append((f.index, f.sha))
    out = set()
    for members in by_thing.values():
        if len(members) > thresholds.ALIGN_BLOCK_CAP:
            continue
        for x, (i, sha) in enumerate(members):
            out.update((min(i, j), max(i, j)) for j, sha2 in members[x + 1:] if sha2 != sha)
    return sorted(out)
