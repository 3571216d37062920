"""A negated thing whose owner the claim leaves to another sentence (issue 15; conflict53).

"They pay $24,300, and their tuition is not frozen." (out-of-state students, named in the sentence before) was
read as negating another article's "The board voted to freeze tuition for in-state undergraduates" (similarity
0.08; nounneg.phrase_denial matches "tuition" and "freeze"). The claim opens with a personal pronoun and the
negated subject is owned by the same person's possessive ("They ... their tuition", "It ... its plant"): whose
thing is denied is told elsewhere, and another article's account of the thing in general is no account of that
owner's. Such a claim gives no cross-article phrase denial (classify.py). A claim that names the owner ("The
hospital said its records were not taken"), opens with no pronoun, or whose pronoun is the speaker ("It said its
system was not working": the source's own thing) keeps the denial (tests).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features

__all__ = ["owner_elsewhere"]

_OPEN = re.compile(r"\s*[\"“]?(They|He|She|It)\s+(?:\w+ly\s+)?([a-z]+)")
_AUX = "(?:" + "|".join(sorted(set(lang.AUXILIARIES) | set(lang.BE_FORMS))) + ")"


def owner_elsewhere(f: Features) -> bool:
    """The claim opens with a personal pronoun and negates the predication of a thing that pronoun's possessive
    owns ("They pay ..., and their tuition is not frozen"): the owner is told in another sentence."""
    m = _OPEN.match(f.claim.text)
    if m is None or m.group(2) in lang.REPORTING_VERBS:
        return False  # "It said its system was not working": the speaker's own thing, the story's subject
    poss = lang.PRONOUN_POSSESSIVES[m.group(1).lower()]
    return re.search(rf"\b{poss}\s+[\w-]+(?:\s+[\w-]+){{0,2}}\s+(?:{_AUX}\s+){{0,2}}(?:not|never)\b"
                     rf"|\b{poss}\s+[\w-]+(?:\s+[\w-]+){{0,2}}\s+[a-z]+n['’]t\b", f.claim.text, re.I) is not None
