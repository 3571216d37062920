"""Cross-article alignment: two denials by one side agree (issue 15).

When a story reports an accusation, each outlet reports the accused side's denial in its own
words: "X told the paper that the allegations were “completely false”" / "X's campaign denied the
allegations, calling them “fake news”" / "Y rejected claims that he betrayed his party by cutting a
deal" / "Y emphatically disputed that his party feels betrayed by his deal". The sentences share
the denied thing and the side, little else; the denial words differ ("false", "denied",
"rejected", "disputed").

`joint_denial(f1, f2)` (align.judge_pair, for pairs the other paths leave unjudged): both claims
refute or deny (pairs.refutes, or certainty `denied`), their sources speak for one side
(classify.side_of: "Moore's campaign" and "Roy S. Moore" are Moore's side; not the outlet's own
voice), and they share at least JOINT_DENIAL_MIN_SHARED content words, one of them no name that both
deny (`denied_words`: within JOINT_DENIAL_REACH tokens of a refutation cue: "allegations", "betrayed";
not "Trump ... denied the report" / "Trump ... accused Cohen of lying": two denials of two things).
Not two days, not a place swap, not different counts of one thing. Its score (for grouping) is
0: it joins groups after every other agreement.
"""

from __future__ import annotations

import re

from .. import thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, counts_differ, side_of
from .figures import days_apart
from .pairs import REFUTE, Features, place_swap, stem

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")

__all__ = ["denied_words", "denies_something", "joint_denial"]


def denies_something(f: Features) -> bool:
    """The claim refutes or denies (a refutation cue not itself negated, or certainty `denied`)."""
    return f.refutes or f.claim.certainty == "denied"


def denied_words(f: Features) -> set[str]:
    """Stems of the claim's content words within JOINT_DENIAL_REACH tokens of a refutation cue."""
    text = f.claim.text
    toks = [(m.start(), stem(m.group(0).lower())) for m in _TOKEN.finditer(text)]
    out: set[str] = set()
    for cue in REFUTE.finditer(text):
        at = next((k for k, (start, _) in enumerate(toks) if start >= cue.start()), len(toks))
        out |= {s for _, s in toks[max(0, at - thresholds.JOINT_DENIAL_REACH):at + thresholds.JOINT_DENIAL_REACH + 1]}
    return out & f.words


def joint_denial(f1: Features, f2: Features) -> Judgment | None:
    """An agreement of two denials by one side, or None (module doc)."""
    if f1.sha == f2.sha or ARTICLE_VOICE in (f1.source, f2.source):
        return None
    if not (denies_something(f1) and denies_something(f2)):
        return None
    side = side_of(f1.source)
    if not side or side != side_of(f2.source):
        return None
    names = {stem(t) for t in f1.mentions | f2.mentions}
    shared = f1.words & f2.words
    if len(shared) < thresholds.JOINT_DENIAL_MIN_SHARED or not (shared - names) & denied_words(f1) & denied_words(f2):
        return None
    if days_apart(f1, f2) or place_swap(f1, f2) or counts_differ(f1, f2):
        return None
    # ranked below every other agreement: a claim that agrees with a group on what it says joins
    # that group first; a joint denial only pairs denials no group took
    return Judgment("agreement", f"both deny for {side}: {', '.join(sorted(shared)[:4])}", score=0.0)
