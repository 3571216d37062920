"""An appeal made in public with a light verb: "Mayor Ada Pike issued a call for the county to
accept more ferries", "X renewed her plea for calm", "X sounded a call for Y to Z": the same speech
act as "X called for ...", which the cue rules already give to X (GUIDELINES §6 "urged", §13 "called
for"). "issued", "sounded", "renewed" and the like are no cue verbs elsewhere ("The bank issued new
shares": an act), so the frame needs the verb (lang.APPEAL_VERBS_RE), a determiner, at most two
modifiers, an appeal's noun (lang.APPEAL_NOUNS) and "for", after a subject that opens the sentence
(a capitalised noun phrase of at most six words with no verb). The content is the appeal, from its
determiner to the sentence's end (stated24, PolNeAR half A's whole-statement reading)."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_APPEAL = re.compile(
    r"\W*(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5},\s+)?(?P<src>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?)\s+"
    r"(?:(?:" + lang.PROPOSING_LEADS_RE + r")\s+){0,2}(?P<cue>" + lang.APPEAL_VERBS_RE + r")\s+"
    r"(?P<obj>(?:" + lang.FINDING_DETERMINERS_RE + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+))\s+for\s+(?=\S)")


def appeal_frame(text: str, sp: Span, frame_cls):
    """A frame for "X issued a call for ...", or None."""
    m = _APPEAL.match(text, sp.start, sp.end)
    if m is None or m.group("noun") not in lang.APPEAL_NOUNS:
        return None
    words = m.group("src").lower().split()
    if words[0] in lang.FIRST_PERSON_SUBJECTS or len(text[m.end():sp.end].split()) < 2 \
            or any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.WEEKDAYS or w in lang.TIME_WORDS for w in words):
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("obj")), "indirect",
                     [(m.start("obj"), sp.end)], "initial")
