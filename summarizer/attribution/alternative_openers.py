"""A sentence that opens with an alternative set off by a comma ("Rather than get upset, she posted a
photo, writing: ‘...’", "Instead of closing, Ada Finch said ..."): the opener names no one, and the
frame is read from the subject after the comma (read18, a Daily Mail page: "Rather" was the speaker)."""

from __future__ import annotations

import re

from .. import lang

_ALTERNATIVE = re.compile(r"\s*(?:" + lang.ALTERNATIVE_OPENERS_RE + r")\s+[^,;:“”\"]{1,60},\s+", re.IGNORECASE)


def after_alternative(seg: str) -> int | None:
    """The offset in `seg` where the subject after an opening alternative starts, else None."""
    m = _ALTERNATIVE.match(seg)
    return m.end() if m else None
