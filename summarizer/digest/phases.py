"""A phase of an act is what a day dates (issue 15; digest52).

"The system stopped working on Tuesday" / "some wards were still working from paper on Thursday": the
two claims share the act word ("working") and two days, but one dates the act's stopping and the other
a state that lasts. A word of lang.PHASE_WORDS ("stopped", "started", "resumed", "still", ...) right
before an act word (auxiliaries between aside) makes the phase the thing dated: two claims that give the
same act word under two phases, or under a phase in one only, tell two acts, and their days are no
conflict (classify's date and time branches; dayacts.same_act reads the same words). The same phase on two days
("stopped working on Monday" / "stopped working on Wednesday") still conflicts.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP
from .statedays import same_state

__all__ = ["phases_apart"]

_TOK = re.compile(r"[a-z][a-z'’-]*")
_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS


def act_stem(word: str) -> str:
    """A word's stem for an act: lower case, no possessive, -ing / -ed / -es / -s stripped, six letters ("working" /
    "works"; dayacts reads acts by the same stem)."""
    w = re.sub(r"['’]s$", "", word.lower().strip("'’-"))
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[:-len(suf)]
            break
    return w[:6]


def _phase_key(word: str) -> str:
    """A phase word's key ("stopped" / "stops" -> "stop", "began" -> "begi", "kept" -> "keep")."""
    return lang.IRREGULAR_FORMS.get(word, word)[:4]


def phased_acts(text: str) -> dict[str, str]:
    """Act word key -> the phase key right before it ("" when the act word stands with no phase) for
    every word of the text after a phase word, and every other word ("")."""
    toks = _TOK.findall(text.lower())
    out: dict[str, str] = {}
    for k, t in enumerate(toks):
        j = k - 1
        while j >= 0 and toks[j] in _AUX:
            j -= 1
        phase = _phase_key(toks[j]) if j >= 0 and toks[j] in lang.PHASE_WORDS else ""
        if t in lang.PHASE_WORDS or t in _AUX or t in STOP or len(t) <= 2:
            continue
        key = act_stem(t)
        out[key] = out.get(key) or phase
    return out


def phases_apart(f1, f2) -> bool:
    """The two claims share an act word that stands after a phase word in one of them and not after the
    same phase in the other (module doc)."""
    p1, p2 = phased_acts(f1.claim.text), phased_acts(f2.claim.text)
    return any((p1[a] or p2[a]) and p1[a] != p2[a] for a in p1.keys() & p2.keys()) \
        or same_state(f1, f2)  # "was in critical condition on Sunday" / "remained in critical condition on Monday"
