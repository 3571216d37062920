"""A negation word that does not deny the main clause's event (issue 12; GUIDELINES §14 "Not negated"), read by
modality.negated:

- a limiter after a contracted "not" as after "not" ("He wasn't just there to support her", "It isn't only the rain":
  he was there, and more);
- an idiom whose negation asserts ("will never go out of fashion": it stays in fashion; "life will never be the same":
  it changed; "never fails to impress": it always does);
- an elliptic "and not <noun phrase>" or ", not <noun phrase>" after a positive clause ("The rule applies to cars, and
  not trucks": it applies to cars; only the excluded noun phrase is negated).

Near-misses keep `negated`: "The plant will close and not reopen" (a verb after "not": a negated event), "The rule
does not apply to trucks", "He never went out of the house".
"""

from __future__ import annotations

import re

from .. import lang

#: The words after a negator that make an idiom of no denial (lang.AFFIRMING_NEGATION_IDIOMS_RE).
_IDIOM = re.compile(r"(?:" + lang.AFFIRMING_NEGATION_IDIOMS_RE + r")\b")
#: A comma (or none), "and"/"but" and "not", then a noun phrase or a prepositional phrase to the clause's end.
_ELLIPTIC_NOT = re.compile(r",\s*(?:(?:and|but)\s+)?not\s+(?:(?:to|" + "|".join(sorted(lang.PREPOSITIONS)) + r")\s+[\w'’-]|"
                           r"(?:" + lang.ELLIPTIC_NOT_OPENERS_RE + r")\b|[A-Z])[^,;:]{0,60}[.!?]?[\"”’]?\s*$")


def affirming_negation(w: list[str], i: int, clause: str) -> bool:
    """w[i] (a negator) denies no event of the clause `clause` whose words are `w`."""
    x = w[i]
    nxt = w[i + 1] if i + 1 < len(w) else ""
    if x.endswith("n't") and nxt in lang.NOT_LIMITERS:
        return True  # "wasn't just there to support her"
    if x in ("not", "never") or x.endswith("n't"):
        if _IDIOM.match(" ".join(w[i + 1:i + 6])):
            return True
    if x == "not" and i >= 3 and (m := _ELLIPTIC_NOT.search(clause)) is not None:
        rest = re.findall(r"[\w'’]+", m.group(0).lower())[1:]
        return not any(y in lang.AUXILIARY_VERBS or y in lang.MODALS or y in lang.BE_FORMS for y in rest) \
            and not any(y in lang.CLAUSE_NEGATORS or y.endswith("n't") for y in w[:i - 1])
    return False


#: Modals that may stand between a negative subject and its verb of doubting ("Nobody would question her intelligence",
#: "No one can deny that ..."): rhetoric that affirms, no forecast (English usage; real56's Left; attr57).
_RHETORICAL_MODALS = lang.RHETORICAL_MODALS


def doubt_denied(w: list[str], i: int) -> bool:
    """w[i] is "nobody" or the "no" of "no one", and a verb of doubting follows, over one modal ("No one doubts ...",
    "Nobody would question her intelligence", "No one can deny that ..."): the doubt is denied, the content affirmed
    (lang.NO_ONE_DENIAL_VERBS). Not "Nobody would buy the house" (no doubting verb)."""
    j = i + 1 + (w[i] == "no" and w[i + 1:i + 2] == ["one"])
    if w[i] not in ("nobody", "no") or j == i + 1 and w[i] == "no":
        return False
    j += w[j:j + 1] != [] and w[j] in _RHETORICAL_MODALS
    return w[j:j + 1] != [] and w[j] in lang.NO_ONE_DENIAL_VERBS


def rhetorical_modal(w: list[str], j: int) -> bool:
    """w[j] is the modal of such a denied doubt ("Nobody would question ..."): it hedges nothing."""
    return w[j] in _RHETORICAL_MODALS and (j >= 1 and w[j - 1] == "nobody" and doubt_denied(w, j - 1)
                                            or j >= 2 and w[j - 2:j] == ["no", "one"] and doubt_denied(w, j - 2))
