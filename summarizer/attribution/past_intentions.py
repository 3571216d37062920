"""A past intention the sentence says was given up: "<Studio> intended to open <film> on <date>, but production was
halted" is no forecast of the opening; the intention is told as past (GUIDELINES §14 (b): "a past intention reported
as past" is `reported`; session 42, attr51). "<Studio> intends to open <film> in May" and "<Studio> intended to open
<film> in May" with nothing after stay `speculative` (the plan may still stand).
"""

from __future__ import annotations

import re

from .. import lang
from .relations import Relation

#: The intention's content runs to a comma and "but" or "only for" with a clause after it.
_GIVEN_UP = re.compile(r"\s*(?:,\s*)?(?:but|only\s+for|until)\s+\w")


def given_up(text: str, rel: Relation) -> bool:
    """`rel` is a past intention ("intended to ...") whose content is followed by ", but <clause>" (also when the claim is its first clause alone)."""
    if rel.kind != "belief" or not rel.content or rel.cue.lower() not in lang.GIVEN_UP_INTENTIONS:
        return False
    return _GIVEN_UP.match(text, rel.content[-1][1]) is not None
