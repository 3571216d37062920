"""A title for a conflict over when something happened (issue 15, digest34).

A "(when)" conflict's title is the names both claims share; but a name inside a clock time, a
time zone ("4 p.m. ET") or a city's time ("10 p.m. <City> time"), is part of the two times in
dispute, not what they are times of. Such names are left out; when no other name is shared,
the title is the claims' rarest common words (the event: "outage, began"), never the times'.
"""

from __future__ import annotations

import re

from .. import lang
from .predicates import topic_of, word_for

__all__ = ["when_topic"]

#: The end of a clock time right before a name ("4 p.m. ET", "20:45 CET").
_AFTER_CLOCK = r"(?:\d\s*[ap]\.?\s?m\.?|\d[:.]\d\d)\s*\(?\s*$"


def _in_time(name: str, text: str) -> bool:
    """Every use of `name` in `text` is part of a clock time: a time zone, a "<City> time", a
    name right after a clock time."""
    uses = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I))
    if not uses:
        return False
    for m in uses:
        if re.fullmatch(lang.CLOCK_WORDS_RE, m.group(0)):
            continue
        if re.match(r"\s+time\b", text[m.end():], re.I) or re.search(_AFTER_CLOCK, text[:m.start()], re.I):
            continue
        return False
    return True


def when_topic(f1, f2) -> str:
    """The title of a conflict over when: topic_of without the names that are part of the times."""
    names = {n for n in (f1.names & f2.names) if _in_time(n, f1.claim.text) and _in_time(n, f2.claim.text)}
    if not names:
        return topic_of(f1, f2)
    if any(not any(n in s.split() for n in names) for s in f1.name_seqs & f2.name_seqs) or (f1.names & f2.names) - names:
        kept = [s for s in sorted(f1.name_seqs & f2.name_seqs) if not any(n in s.split() for n in names)]
        if kept:
            return ", ".join(dict.fromkeys(s.title() for s in kept[:2]))
        return ", ".join(dict.fromkeys(n.title() for n in sorted((f1.names & f2.names) - names)[:2]))
    timed = {w for t in (f1.claim.text, f2.claim.text) for w in re.findall(r"[a-z]+", t.lower())
             if re.fullmatch(r"[ap]|m|time", w)}
    common = sorted((f1.words & f2.words) - timed, key=lambda w: (-f1.weights.get(w, 0), w))
    words = [x for x in (word_for(f1, w) for w in common if not w[:1].isdigit() and not w.startswith("#"))
             if x not in lang.SPEECH_VERBS | lang.REPORTING_WORDS and x.lower() not in names][:3]
    words.sort(key=lambda x: f1.low.find(x.lower()))  # as the claim says them: "outage, began"
    return ", ".join(words) or "the same event"
