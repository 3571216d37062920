"""The agent of a passive sentence as a group "they" may refer to: "The study was carried out by
University of Dunmore researchers. They found that ..." (read19, a faithfulness document: "They
found" went to the government named two sentences before). Only a plural noun of people
(name_kinds.plural_people) after "by", with up to five capitalised words (and one "of") before it.
"""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import plural_people

_PASSIVE_BY = re.compile(
    r"\b(?:" + "|".join(sorted(lang.PASSIVE_BE_FORMS)) + r")\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ne|wn)\s+(?:out\s+|up\s+)?by\s+"
    r"((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?([a-z]+))\b")


def passive_agent_group(seg: str) -> tuple[int, int] | None:
    """(start, end) in `seg` of the plural agent of a passive verb ("was carried out by X
    researchers"), or None."""
    m = _PASSIVE_BY.search(seg)
    if m is None or not plural_people(m.group(2)):
        return None
    return m.start(1), m.end(1)
