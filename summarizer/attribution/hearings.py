"""Court reporting's "The court heard (that) ...": what was said at a hearing (wild20, issue 12).

"The court heard that Doe transferred the money ...", "The inquest was told the driver had been
drinking", "Jurors heard that ..." report evidence or argument put to a hearing, not a fact the
outlet establishes (GUIDELINES §6: the sentence names a source, and the outlet does not assert
the content). "heard" is no verb of saying elsewhere ("Residents heard two bangs": perception), so
only a hearing's noun as the sentence's subject (lang.HEARING_BODIES) and a clause after it make
the frame: "heard" or "was/were told", then "that" or a subject and a verb.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_HEARING = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<src>(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?P<head>[A-Za-z]+))\s+"
                      r"(?:(?:" + lang.HEARING_ADVERBS_RE + r")\s+)?(?P<cue>heard|(?:was|were|had\s+been)\s+told)\s+(?:that\s+)?(?=[A-Za-z])")


def hearing_frame(text: str, sp: Span, frame_cls):
    """A frame for "The court heard (that) X" / "The inquest was told X", or None. The content is
    the clause after the cue: at least three words with a verb ("heard evidence from six witnesses"
    has none that is reported)."""
    m = _HEARING.match(text, sp.start, sp.end)
    if m is None or m.group("head").lower() not in lang.HEARING_BODIES:
        return None
    rest = text[m.end():sp.end]
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)
    said_that = text[m.end("cue"):m.end()].strip() == "that"
    has_verb = any(w.lower() in lang.AUXILIARY_VERBS or w.lower() in lang.BE_FORMS or lang.is_past_form(w.lower(), min_len=4)
                   for w in words[1:])
    if len(words) < 3 or not (said_that or has_verb and words[0].lower() not in lang.HEARD_NOT_REPORT_WORDS):
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(m.end(), sp.end)], "initial")
