"""Cross-article alignment: a figure revised against the figure it revises (issue 15, conf11).

"Officials said 14 people died in the flooding" / "Officials later raised the death toll from the
flooding to 19"; "the breach exposed 2 million accounts" / "later revised the number of exposed
accounts to 5 million". The revision names no count of its own (a figure noun, lang.REVISION_
FIGURE_NOUNS, after a verb of revision, lang.REVISION_VERBS, and "to" before the new value), so
counts.py never sees it. It is set against the other claim's count of the same thing: a counted
head noun among the revision's words ("accounts"), a count of people with a word of death near
it against a death toll (lang.DEATH_FIGURE_WORDS, lang.DEATH_WORDS), or a sum of money with a word
of the revision's figure near it ("damage ... at $3 million" / "estimate of the storm damage to
$2 million"). The two values must differ. Unlike a count that "rose to 17" (counts.updates: the
event went on), a revision is the source's new figure for the same thing: an analyst sees both.
"""

from __future__ import annotations

import re

from .. import lang
from ..rules import numbers
from .pairs import Features, head_noun, stem

__all__ = ["revision", "revision_clash"]

_REVISION = re.compile(r"\b(?:" + "|".join(lang.REVISION_VERBS) + r")\s+((?:[\w'’-]+\s+){0,4}?(?:"
                       + "|".join(lang.REVISION_FIGURE_NOUNS) + r")\b(?:\s+[\w'’,-]+){0,8}?)\s+to\s+(?=[$£€]?\d|about|nearly|almost)", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")
_DEATH = frozenset(lang.DEATH_WORDS)


def revision(f: Features) -> tuple[frozenset[str], float, bool] | None:
    """(the revised figure's words as stems, its new value, a sum of money) or None."""
    m = _REVISION.search(f.claim.text)
    if m is None:
        return None
    after = [n for n in numbers(f.claim.text) if n.start >= m.end()]
    if not after:
        return None
    money = f.claim.text[m.end():after[0].start].strip().endswith(("$", "£", "€")) or \
        f.claim.text[after[0].start:after[0].start + 1] in "$£€"
    return frozenset(stem(w) for w in _WORD.findall(m.group(1).lower())), after[0].value, money


def _near(f: Features, q, reach: int = 5) -> set[str]:
    text, low = f.claim.text, f.claim.text.lower()
    at = low.find(q.counted.lower())
    if at < 0:
        return set()
    return {stem(w) for w in _WORD.findall(low[:at])[-reach:] + _WORD.findall(low[at + len(q.counted):])[:reach]} \
        | {w for w in _WORD.findall(low[max(0, at - 40):at + len(q.counted) + 40]) if w in _DEATH}


def revision_clash(f1: Features, f2: Features) -> tuple[Features, Features, float, float] | None:
    """(the earlier claim, the revising claim, the earlier value, the revised value) or None."""
    for rev, other in ((f1, f2), (f2, f1)):
        r = revision(rev)
        if r is None or revision(other) is not None:
            continue
        words, value, money = r
        death = bool(words & {stem(w) for w in lang.DEATH_FIGURE_WORDS})
        for q in other.claim.quantities:
            if round(q.value, 6) == round(value, 6):
                continue
            near = _near(other, q)
            if money:
                same = bool(q.unit) and bool((words - {stem(w) for w in lang.REVISION_FIGURE_NOUNS}) & near)
            elif death:
                same = not q.unit and bool(near & _DEATH)
            else:
                same = not q.unit and stem(head_noun(q.counted) or "") in words
            if same:
                return other, rev, q.value, value
    return None
