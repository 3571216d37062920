"""A named source's quoted verdict or forecast against the outlet's own account of the event (issue 15; lead49).

'"The mayor's declaration of an emergency would be an abuse of her office and an attack on the separation of
powers," <Name> said.' / "The mayor declared an emergency on Friday to reach money the council refused her,
turning a budget fight into a clash over the separation of powers.": similarity 0.30, shown as one agreement (a BASIL
cluster's digest: the council chairman's verdict grouped with the outlet's lead, so the lead left the group of the
two other outlets' leads it agrees with). The two share the event's noun phrase, not a proposition: one weighs
the act in the speaker's own quoted words (an opinion, kind `statement`, or `speculative`), the other tells that it happened in the
outlet's voice (`stated`). A weak agreement (similarity below AGREE_SIM) between such a pair is none. The outlet's
own forecast ("The plan would cut costs") and a source's stated fact in quotes ('"We closed the plant," she said')
keep theirs: only a hedged quotation of a named source, a modal in it, against a plain account by the outlet (int49: a
quoted account of a trend with no modal agrees with the outlet's account of that trend, cnn29's gold).
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE
from .pairs import Features

__all__ = ["verdict_against_account"]

_OPENING_QUOTES = ('"', "“", "‘", "'")
#: A modal weighing the act ("would be an abuse"): a quoted account of what happened ('"The dark trend of governments
#: using the death penalty ... was stark last year"') still agrees with the outlet's account of it (cnn29).
_MODAL = re.compile(r"\b(?:" + "|".join(sorted(lang.MODALS)) + r")\b", re.I)


def _quoted_verdict(f: Features) -> bool:
    """A named source's verdict or forecast in quotes: the claim opens on a quotation mark, is not the outlet's,
    and is an opinion (kind `statement`: its modal stays in the position held) or `speculative`."""
    c = f.claim
    return c.attributed_to != ARTICLE_VOICE and (c.kind == "statement" or c.certainty == "speculative") \
        and c.text.lstrip().startswith(_OPENING_QUOTES) and _MODAL.search(c.text) is not None


def _plain_account(f: Features) -> bool:
    """The outlet's own plain account of an event: `article`, `stated`, kind `event`, no quotation opening it."""
    c = f.claim
    return c.attributed_to == ARTICLE_VOICE and c.certainty == "stated" and c.kind == "event" \
        and not c.text.lstrip().startswith(_OPENING_QUOTES)


def verdict_against_account(f1: Features, f2: Features) -> bool:
    """One claim is a named source's hedged quotation, the other the outlet's plain account (module doc)."""
    return _quoted_verdict(f1) and _plain_account(f2) or _quoted_verdict(f2) and _plain_account(f1)
