"""The story's event dated by a pronoun near an article's top, against another article's lede (issue 15; conflict48).

"The crash killed seven people and injured 43, officials said. It happened on Wednesday evening, as the
last service of the day returned to <Town>." dates the story's event without naming it; another
article's lede ("Seven people were killed when a commuter train ... left the tracks near <Village> early
on Thursday") dates it to another day. The two claims share no word, so blocking never pairs them and
classify's day rules (which need shared words) could not judge them. Read here per article:

* the dated claim: one of the article's first PRONOUN_DAY_REACH claims (a pronoun so near the top
  refers to the story's event), opening with "It" / "This" / "That" and a verb of happening
  (lang.HAPPENING_VERBS: "happened", "occurred", "took place"), naming one weekday, which is no report's;
* its article's lede (first claim) names no event day of its own (else classify reads that lede's day);
* the other side: another article's lede, naming one event day (a weekday not dating a report), another
  one, and telling the event the dated claim's article tells (its lede shares TWOFOLD_MIN_RARE rare
  words, a name among them, with the other lede: twofold.one_event).

Not read: "It rained on Wednesday" (no verb of happening), "It happened again on Friday" (another
occasion), a pronoun claim further down the article, a day of a report ("said on Thursday").
One conflict per dated claim and other article.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import Features
from .twofold import ledes, one_event

__all__ = ["pronoun_day_conflicts"]

#: How many of an article's first claims (by offset) a pronoun may date the story's event from.
PRONOUN_DAY_REACH = 4

_OPENS = re.compile(r"^\W*(?:It|This|That)\s+(?:" + "|".join(sorted(lang.HAPPENING_VERBS, key=len, reverse=True))
                    + r")\b(?P<rest>.*)$", re.S)
_REPEAT = re.compile(r"\b(?:" + "|".join(sorted(lang.REPEAT_MARKERS)) + r")\b", re.I)


def _dated(f: Features) -> str:
    """The weekday a pronoun claim dates the story's event to, or ''."""
    m = _OPENS.match(f.claim.text)
    if m is None or _REPEAT.search(m.group("rest")):
        return ""
    days = {d for d, _ in f.event_days}
    return next(iter(days)) if len(days) == 1 and len(f.days) == 1 else ""


def pronoun_day_conflicts(feats: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """(other lede, dated claim, judgment) for each pronoun claim dating the event to another day (module doc)."""
    firsts = {f.article: f for f in ledes(feats)}
    by_article: dict[str, list[Features]] = {}
    for f in feats:
        by_article.setdefault(f.article, []).append(f)
    out = []
    for art, fs in sorted(by_article.items()):
        lede = firsts[art]
        if lede.event_days:
            continue
        for f in sorted(fs, key=lambda g: g.claim.evidence.start)[:PRONOUN_DAY_REACH]:
            d1 = _dated(f)
            if not d1:
                continue
            for other in (firsts[a] for a in sorted(firsts) if a != art):
                days = {d for d, _ in other.event_days}
                if len(days) != 1 or d1 in days or len(other.days) != 1 or other.sha == f.sha or not one_event(lede, other):
                    continue
                if tuple(sorted((f.index, other.index))) in taken:
                    continue
                d2 = next(iter(days))
                out.append((other, f, Judgment("assertion", f"{other.source}: {d2.title()}; {f.source}: {d1.title()}",
                                               about="when", values=(d2, d1))))
    return out
