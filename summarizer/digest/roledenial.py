"""Cross-article alignment: a role's negated act against the named holder's act (issue 15, conf32).

denials.py reads a name's negated predication ("Lund did not resign") against another side's claim
giving the name the predicate. News often names the holder by role in the denial ("the families
said that the mayor has not apologized") and by name in the account ("Lund also apologized to the
families"). `role_denied(n, a, texts)`: `n` negates a predicate of "the <role>" (lang.ROLE_NOUNS),
`a` gives it to a name the batch writes with that role ("Mayor Pia Lund", "Lund, the mayor", in
either article's claims), no negator between, no condition before (denials.asserts).
"""

from __future__ import annotations

import re

from .. import lang
from .denials import asserts, negation_sites, tokens
from .pairs import STOP, Features, negator, source_words, stem
from .senses import sense

__all__ = ["role_denied"]


def _negated_roles(n: Features) -> list[tuple[str, str]]:
    """(role noun, predicate sense) for each "the <role> <aux> not <aux> <verb>" of the claim."""
    toks = tokens(n.claim.text)
    out = []
    for j, k in negation_sites(toks):
        if j < 1 or k >= len(toks) or toks[j] not in lang.ROLE_NOUNS or toks[j - 1] != "the":
            continue
        verb = toks[k]
        if len(verb) < 3 or verb in STOP or negator(verb) or verb in lang.CUE_VERBS:
            continue
        out.append((toks[j], sense(verb, stem)))
    return out


def _holds(name: str, role: str, text: str) -> bool:
    """The text writes `name` with `role`: "mayor pia lund", "lund, the mayor"."""
    r, m = re.escape(role), re.escape(name)
    return re.search(rf"\b{r}\s+(?:[a-z.'’-]+\s+){{0,2}}{m}\b|\b{m},\s+the\s+(?:[a-z-]+\s+)?{r}\b", text) is not None


def role_denied(n: Features, a: Features, texts: dict[str, str] | None) -> tuple[str, str] | None:
    """(name, predicate) when `n` negates a role's act that `a` gives the role's named holder."""
    roles = _negated_roles(n)
    if not roles or texts is None:
        return None
    text = " ".join((texts.get(n.article, ""), texts.get(a.article, ""), n.source.lower(), a.source.lower()))
    for role, verb in roles:
        for name in sorted(a.mentions - source_words(a.source) - source_words(n.source)):
            if len(name) >= 3 and _holds(name, role, text) and asserts(a, name, verb):
                return name, verb
    return None
