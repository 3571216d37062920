"""Cross-article alignment: a claim's opening subordinate clause is not what it says (issue 15,
digest14).

News sentences often open with a clause that sets the scene ("When Ms. Quill went after Mr.
Marr's remark at a donor dinner, Mr. Marr reminded her of her own gaffes"; "After the debate
ended, Quill told reporters she would release her tax returns"). What the sentence states is its
main clause. Two faults followed from reading the whole sentence as one bag of words:

- a loose agreement (similarity under AGREE_SIM, let through by shared names: classify.anchored)
  whose shared words, names aside, all sit in one claim's opening clause: "Quill went after the
  Marr campaign with a bluntness ..." / "When Ms. Quill went after Mr. Marr's remark ..., Mr. Marr
  reminded her of her own gaffes" share the names and "went", and say two things;
- a missed agreement on the main clause, its similarity diluted by the opening: "When Ms. Quill
  went after ..., Mr. Marr reminded her of her own gaffes" / "Marr reminded Quill that she had her
  own share of gaffes".

`opening_words(f)`: the content words (pairs.py's stems) only the opening clause holds: a claim
that starts with a subordinator (lang.LEADING_SUBORDINATORS_RE: "When", "After", "Although" ...;
not a condition, lang.CONDITION_WORDS: "If X, Y must quit" does not assert Y) up to its first comma, the words the rest of the claim does not hold too.

`opening_only(f1, f2)` (align.judge_pair, on loose agreements): the one word the two claims say
alike besides names (reference.said_of) lies in one claim's opening clause only.

`main_clause_agreement(f1, f2)` (align.judge_pair, for pairs judged "none" on similarity): with
each claim's opening words left out of that claim, the IDF-weighted cosine reaches AGREE_SIM, the
main clauses say OPENING_SAID words alike besides names and their descriptions (reference.said_of), and
none of the reasons that keep close claims apart holds (a negation in one only, another day,
opposite predicates, a place swap, different counts, two speakers).
"""

from __future__ import annotations

import math
import re

from .. import lang, thresholds
from .classify import Judgment, counts_differ
from .figures import days_apart
from .pairs import Features, negates, place_swap, similarity, stem
from .predicates import opposite
from .purity import different_speakers
from .reference import said_of

__all__ = ["main_clause_agreement", "opening_only", "opening_words"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
#: scene-setting openers; a condition ("If the charges are true, X must quit") is no scene: its
#: main clause is not asserted
_OPENERS = "|".join(w for w in lang.LEADING_SUBORDINATORS_RE.split("|") if w not in lang.CONDITION_WORDS)
_OPENING = re.compile(r"^\W*(?:" + _OPENERS + r")\b([^,]{3,}),\s*(.+)$", re.I | re.S)


def _split(f: Features) -> tuple[str, str] | None:
    m = _OPENING.match(f.claim.text)
    return (m.group(1), m.group(2)) if m else None


def _stems(text: str, f: Features) -> set[str]:
    return {s for s in (stem(w) for w in _WORD.findall(text.lower())) if s in f.words}


def opening_words(f: Features) -> set[str]:
    """The content words only the claim's opening subordinate clause holds (module doc)."""
    cached = getattr(f, "_opening", None)
    if cached is not None:
        return cached
    parts = _split(f)
    out = _stems(parts[0], f) - _stems(parts[1], f) if parts else set()
    f._opening = out
    return out


def opening_only(f1: Features, f2: Features) -> bool:
    """What the two claims say alike, one word besides the names, lies in one claim's opening
    clause only (module doc). Two words or more there may be a fact the other claim states (a
    vote both tell: "After the council voted 5-2 to close the dam, Marr called ..." / "The council
    voted 5-2 to close the dam") and are left alone."""
    said = said_of(f1, f2)
    shared = {w for w in f1.words & f2.words if any(w.startswith(s) or s.startswith(w) for s in said)}
    if not shared or len(said) > 1:
        return False
    return any(shared <= opening_words(f) for f in (f1, f2))


def _cosine(f1: Features, f2: Features) -> float:
    o1, o2 = opening_words(f1), opening_words(f2)
    w1 = {w: f1.weights[w] for w in f1.words if w not in o1}
    w2 = {w: f2.weights[w] for w in f2.words if w not in o2}
    num = sum(w1[w] * w2[w] for w in w1.keys() & w2.keys())
    den = math.sqrt(sum(v * v for v in w1.values()) * sum(v * v for v in w2.values()))
    return num / den if den else 0.0


def main_clause_agreement(f1: Features, f2: Features) -> Judgment | None:
    """An agreement of the two claims' main clauses, or None (module doc)."""
    if f1.sha == f2.sha or not (opening_words(f1) or opening_words(f2)):
        return None
    sim = _cosine(f1, f2)
    if sim < thresholds.AGREE_SIM:
        return None
    # a predicate, not names and a name's noun ("Moore must drop out of the special election" /
    # "Moore ... won the primary for the special election")
    said = {w for w in said_of(f1, f2) if not any(s.startswith(w) for s in opening_words(f1) | opening_words(f2))}
    if len(said) < thresholds.OPENING_SAID:
        return None
    if negates(f1, f2) != negates(f2, f1) or days_apart(f1, f2) or opposite(f1, f2) or place_swap(f1, f2) \
            or counts_differ(f1, f2) or different_speakers(f1, f2):
        return None
    return Judgment("agreement", f"main clauses alike (similarity {sim:.2f} without the opening clause)",
                    score=similarity(f1, f2))
