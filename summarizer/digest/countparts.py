"""Counts of one noun in one claim that are no version of another article's count (issue 15; digest56):

* a part named beside its whole ("5,100 homes had lost heat, among them two care homes"): the count of a kind of
  the noun ("care homes") is a part of the claim's bare count of the noun, and no version of another article's
  "1,100 homes" (`named_part`);
* a pool drawn from ("draws six balls from 49 numbered balls"): the count after "from" / "out of" that follows a
  count of the same noun (`pool_count`);
* a standing whole ("<firm> supplies heat to about 38,000 homes"): a count governed by a present-tense verb of
  service (lang.STANDING_SERVICE_VERBS) is the whole a body serves, not what an event did to some of it; two such
  wholes may still conflict, and so may a whole and a count not told in the past ("the union says fewer than
  250,000 people ride each day" / "carries about 310,000 riders a day": `standing_count`, `event_count`).
"""

from __future__ import annotations

import re

from .. import lang
from .figures import figures_of
from .pairs import Features, head_noun

__all__ = ["counts_apart", "named_part", "pool_count", "standing_count"]

_RATE = re.compile(lang.COUNT_RATE_PERIOD_RE)
_POOL_GAP = re.compile(r"^\s+(?:" + lang.POOL_LINKS_RE + r")\s+(?:" + lang.APPROXIMATORS_RE + r"\s+)?$", re.I)


def _span(f: Features, q) -> tuple[int, int] | None:
    """Where the quantity's number stands and where its counted words end (the first figure of its value that its
    counted words follow within three words)."""
    text = f.claim.text
    for n in figures_of(text):
        if round(n.value, 6) != round(q.value, 6):
            continue
        m = re.match(r"(?:\s+[\w-]+){0,3}?\s+" + re.escape(q.counted) + r"(?![\w])", text[n.end:])
        if m:
            return n.start, n.end + m.end()
    return None


def named_part(f: Features, q) -> bool:
    """The claim counts the bare noun with a larger value, and this count names a kind of it by a modifier ("5,100
    homes ..., among them two care homes": "care homes" is a part of the homes)."""
    head = head_noun(q.counted)
    if not head or len(q.counted.split()) < 2:
        return False
    return any(o is not q and head_noun(o.counted) == head and len(o.counted.split()) < len(q.counted.split())
               and o.value > q.value and o.unit == q.unit for o in f.claim.quantities)


def pool_count(f: Features, q) -> bool:
    """The count follows another count of the same noun after "from" / "out of" ("draws six balls from 49 numbered
    balls"): it is the pool drawn from."""
    head = head_noun(q.counted)
    here = _span(f, q)
    if not head or here is None:
        return False
    for o in f.claim.quantities:
        if o is q or head_noun(o.counted) != head:
            continue
        there = _span(f, o)
        if there and there[1] <= here[0] and _POOL_GAP.match(f.claim.text[there[1]:here[0]]):
            return True
    return False


def standing_count(f: Features, q) -> bool:
    """A present-tense verb of service governs the count: the verb, then at most three words ("supplies heat to",
    "serves"), then the count, in one clause."""
    here = _span(f, q)
    if here is None:
        return False
    before = re.split(r"[,;:()]", f.claim.text[:here[0]])[-1]
    words = re.findall(r"[a-z]+", before.lower())
    words = [w for w in words if not re.fullmatch(lang.APPROXIMATORS_RE, w)][-4:]
    return any(w in lang.STANDING_SERVICE_VERBS for w in words)


def event_count(f: Features, q) -> bool:
    """The count stands in a clause told in the past: a past form (no "said" / "told") or "had" / "was" / "were" /
    "been" in its clause before its number or among the four words after its counted words ("3,300 homes had lost
    power", "and we had to shut off heat to about 2,100 homes"); a rate is none ("riders a day", "ride each day")."""
    here = _span(f, q)
    if here is None:
        return False
    text = f.claim.text
    after_text = re.split(r"[,;:()]", text[here[1]:])[0].lower()
    if _RATE.search(" ".join(after_text.split()[:4])):
        return False
    before = re.findall(r"[a-z]+", re.split(r"[,;:()]", text[:here[0]])[-1].lower())
    after = re.findall(r"[a-z]+", after_text)[:4]
    return any(w in lang.PAST_CLAUSE_AUXILIARIES or w not in ("said", "told") and lang.is_past_form(w, irregular=lang.IRREGULAR_FORMS)
               for w in before + after)


def counts_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """The two counts are no versions of one count: a named part against a count of another wording, a pool, a
    standing whole against an event's count."""
    if q1.counted != q2.counted and (named_part(f1, q1) or named_part(f2, q2)):
        return True
    if pool_count(f1, q1) or pool_count(f2, q2):
        return True
    s1, s2 = standing_count(f1, q1), standing_count(f2, q2)
    return s1 != s2 and event_count(f2, q2) if s1 else s1 != s2 and event_count(f1, q1)
