"""Cross-article alignment: what two claims say alike lies in one claim's trailing adjunct only
(issue 15, session 16, digest17).

The mirror of opening.py at the other end of a sentence. A claim's main clause comes first and a
time or reason adjunct trails it ("after ...", "because of ...", "when ...", "following ..."). A
loose agreement (similarity under PASSAGE_SCORE) whose words said alike, names and their
descriptions aside (reference.said_of), all lie in one claim's trailing adjunct, and nowhere else
in that claim, shares the scene, not the proposition:

- "Kerry ... was confirmed Tuesday as the new secretary of state, following his nomination ... to
  replace the retiring Hillary Clinton" / "The biggest question remaining in this drawn-out episode,
  which began last fall when Mr. Kerry's name surfaced as a possible successor to Hillary Rodham
  Clinton as secretary of state, is whether ... Brown ... will jump in" (BASIL 16);
- "Vega asserted the prosecution was "politically motivated" because of Hunter's early support of
  Donald Trump for president" / "The two were the earliest congressional supporters of the
  presidential campaign of Donald J. Trump" (BASIL 43);
- "But the comments helped Trump make his controversial case, after his push first emerged in an
  interview with "Axios on HBO"" / "Trump said in an interview with "Axios on HBO" taped Monday that
  he could execute the change via executive order" (BASIL 44).

The adjunct runs from its opener (lang.TRAILING_ADJUNCT_OPENERS, after at least one word of the
claim) to the next clause break. A word said alike before the opener keeps the pair ("coming out
to express support for the fast-food chain after CEO Cathy said ..." / "The surge of support for
the fast-food chain came after ... Cathy said ...": both main clauses hold it), and so do shared
amounts and vote tallies (anchors of their own: "... called for calm after the council voted 5-2"
/ "The council voted 5-2 ...").

`trailing_only(f1, f2)` (align.judge_pair, on agreements short of PASSAGE_SCORE).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, stem, undot
from .reference import said_of

__all__ = ["trailing_only", "trailing_words"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_OPENER = re.compile(r"(?<=[A-Za-z0-9'’”\"),])\s+(?:" + "|".join(lang.TRAILING_ADJUNCT_OPENERS) + r")\b", re.I)
#: a clause break; a period inside a one-sentence claim is an abbreviation's ("Mr.", "U.S.")
_BREAK = re.compile(r"[,;:!?—–()]|\s-\s|\.\s*[\"”’]?\s*$")


def _stems(text: str, f: Features) -> set[str]:
    return {s for s in (stem(w) for w in _WORD.findall(text.lower())) if s in f.words}


def trailing_words(f: Features) -> set[str]:
    """The content words (pairs.py's stems) only the claim's trailing adjuncts hold (module doc)."""
    text = undot(f.claim.text)
    inside, outside, at = [], [], 0
    for m in _OPENER.finditer(text):
        if m.start() < at:
            continue
        end = _BREAK.search(text, m.end())
        stop = end.start() if end else len(text)
        outside.append(text[at:m.start()])
        inside.append(text[m.start():stop])
        at = stop
    if not inside:
        return set()
    outside.append(text[at:])
    return _stems(" ".join(inside), f) - _stems(" ".join(outside), f)


def trailing_only(f1: Features, f2: Features) -> bool:
    """What the two claims say alike besides names lies in one claim's trailing adjunct only, and
    they share no amount (module doc)."""
    common = f1.words & f2.words
    if any(w.startswith("#") for w in common):
        return False
    said = said_of(f1, f2)
    shared = {w for w in common if any(w.startswith(s) or s.startswith(w) for s in said)}
    if not shared:
        return False
    return any(shared <= trailing_words(f) for f in (f1, f2))
