"""A criticism or reply told with "by <saying>": "Rowe, who spoke after the draw, also hit out at the keeper by
claiming the club will struggle ...": the subject speaks, and the predicate from its verb on is what they said
(read34: a pundit's criticism shown as the outlet's `speculative` forecast). Only after a verb of criticism or
reply (lang.CRITICISM_BY_VERBS_RE): "The mayor ended the meeting by saying ..." tells an act, the outlet's."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: The subject (a capitalised name of up to four words, or "the" and up to three lower-case words), an optional
#: aside in commas, then the verb of criticism, then "by" and a gerund of saying within the predicate.
_BY_SAYING = re.compile(r"\s*(?P<subj>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})|(?:[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+))"
                        r"(?:\s*,[^,;:“”\"]{3,90},)?\s+(?:also\s+|then\s+)?(?P<verb>" + lang.CRITICISM_BY_VERBS_RE + r")\b"
                        r"[^.;:“”\"]{0,80}?\bby\s+(?P<cue>" + lang.BY_SAYING_GERUNDS_RE + r")\b")


def by_saying_frame(text: str, sp: Span, frame_cls):
    """The frame of a sentence "<Subject> (, aside,) <criticised / hit out at / replied> ... by <saying> ...",
    its content the predicate from the verb to the sentence's end; None for any other sentence."""
    m = _BY_SAYING.match(text, sp.start, sp.end)
    if m is None or len(text[m.end():sp.end].split()) < 3:
        return None
    return frame_cls(m.span("subj"), m.span("cue"), "indirect", [(m.start("verb"), sp.end)], "initial")
