"""A thing called a false belief against another source's account of it (issue 15; conflict59, on basil59 line 25).

"<Name> said the talks would only deepen the misperception of partisanship about his trip" calls the partisanship
a false belief; another source's "<the trip> has brought a measure of partisanship" states it. The
two cannot both be right: a version conflict, which main missed (the first has no negator, and "misperception"
reaches no shared predicate). `misbelief_denial(f1, f2)` reads lang.MISBELIEF_RE ("misperception of <X>",
"misconception that <X>", "the false impression of <X>") in one claim and finds X's content words in the other,
which neither negates them nor calls them a false belief itself, from another source, and which shares a name with
the first or a word of what the belief is about ("about my planned trip"). Near misses: the other claim
negating X ("has not brought any partisanship"), another noun, X told of another thing ("partisanship was rising
on all sides of the council"), the same source.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, negator, same_source, stem

__all__ = ["misbelief_denial"]

_MISBELIEF = re.compile(lang.MISBELIEF_RE, re.I)
_TOKS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_SCOPE = re.compile(lang.MISBELIEF_SCOPE_RE, re.I)


def _content(text: str) -> frozenset[str]:
    """Stems of the content words a claim calls a false belief (empty when it calls none)."""
    out = set()
    for m in _MISBELIEF.finditer(text):
        out |= {stem(w) for w in _TOKS.findall(m.group(1).lower()) if w not in STOP and len(w) > 3}
    return frozenset(out)


def _scope(f: Features) -> frozenset[str]:
    """Stems of what the false belief is about ("... of partisanship about my planned trip" -> "plann", "trip")."""
    out = set()
    for m in _MISBELIEF.finditer(f.claim.text):
        after = _SCOPE.match(f.claim.text[m.end(1):])
        if after:
            out |= {stem(w) for w in _TOKS.findall(after.group(1).lower()) if w not in STOP and len(w) > 3}
    return frozenset(out)


def _states(f: Features, content: frozenset[str]) -> bool:
    """`f`'s claim holds every content word, none of them within a negator's reach, and calls nothing a false belief."""
    if not content or _MISBELIEF.search(f.claim.text):
        return False
    toks = _TOKS.findall(f.claim.text.lower())
    stems = [stem(t) for t in toks]
    if not content <= set(stems):
        return False
    for k, s in enumerate(stems):
        if s in content and any(negator(t) for t in toks[max(0, k - 4):k]):
            return False
    return True


def misbelief_denial(f1: Features, f2: Features) -> tuple[Features, Features] | None:
    """(the claim calling a thing a false belief, the claim stating it), or None (module doc)."""
    if same_source(f1, f2):
        return None
    for neg, other in ((f1, f2), (f2, f1)):
        if _states(other, _content(neg.claim.text)) and (neg.mentions & other.mentions or _scope(neg) & other.words):
            return neg, other
    return None
