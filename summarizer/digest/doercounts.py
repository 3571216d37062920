"""How many did one act, told by two articles with two counts (issue 15; conflict57).

"Of the 317 pupils who sat the tests at <School>, 58 percent passed ..." / "<Head> told parents that 304 pupils sat
tests at the college in June, ...": counts.number_conflict never compares them (the claims share too few words
to pass the similarity gate, and the first claim's lead figure is a share of the count). Here a claim's count of
people is read with the act they did and its object:

* "[bound] <N> <noun> [who|that] <past verb> [the|their] <object>" (the verb a past in "-ed", an irregular past of
  senses.IRREGULAR_FORMS / grammar.IRREGULAR_PAST or lang.DOER_COUNT_PASTS), the object's head ended by a
  punctuation mark, the claim's end or a word of lang.DOER_COUNT_OBJECT_ENDS ("at the school", "this year").

Two articles' counts conflict when the noun, the verb and the object's head are one (stems: "sat the tests" / "sat
tests"), no value meets both (placecounts.py's bounds and tolerance; two bare counts neither of them round, "317" /
"304", are each that count), the names do not clash and the claims tell no two weekdays. Not read: a claim with two
such counts, a negation, a share ("58 percent passed"), a measure, an object narrowed by what follows ("sat tests in
science", "for a second time": a part of the doers may be meant), a verb of saying or a form of "be" or "have"
(placecounts.py and actcounts.py read those).

What an act was done to, told once as an estimate's figure (`done_count`): "its crews have recaptured about 7,000
fish" / "The agency's report puts the number of fish recaptured by Sunday night at 1,900." (the second counts no noun
after its figure; the claims share too little for the gate). "<past verb> [bound] <N> <noun>" and "<estimate verb>
the number of <noun> <past verb> [...] at [bound] <N>" (lang.SUM_ESTIMATE_VERBS) give (noun, act); two articles'
counts conflict when noun and act are one, one of the two is the estimate's frame (two plain counts of one act are
counts.py's) and no value meets both. Not read: a negation, two such counts in a claim, a share or a measure.
"""

from __future__ import annotations

import re

from .. import lang
from .actcounts import range_clashes
from .classify import Judgment
from .placecounts import bounded_range
from .pairs import Features, stem

__all__ = ["doer_count", "doer_count_conflicts", "done_count", "done_count_conflicts"]

_NUM = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(list(lang.NUMBER_UNITS) + list(lang.NUMBER_TENS), key=len, reverse=True))
        + r")")
_BOUND = (r"(?:(?P<ceil>" + lang.COUNT_CEILINGS_RE + r")\s+|(?P<floor>" + lang.COUNT_FLOORS_RE + r")\s+|(?P<approx>"
          + lang.APPROXIMATORS_RE + r")\s+)?")
_ENDS = "|".join(sorted(lang.DOER_COUNT_OBJECT_ENDS))
_DID = re.compile(r"(?<![\w,.$£€])" + _BOUND + _NUM + r"\s+(?P<noun>[a-z]+)\s+(?:who\s+|that\s+)?(?P<verb>[a-z]+)\s+"
                  r"(?:(?:the|their)\s+)?(?P<obj>[a-z]+)(?=\s*[,.;]|\s+(?:" + _ENDS + r")\b|\s*$)", re.I)
# "<past verb> [bound] <N> <noun>" (those the act was done to) and "<estimate verb> the number of <noun> <past verb>
# [...] at [bound] <N>": the same count, the second told as an estimate's figure
_DONE_TO = re.compile(r"(?<![\w,.$£€])(?P<verb>[a-z]+)\s+" + _BOUND + _NUM + r"\s+(?P<noun>[a-z]+)\b", re.I)
_NUMBER_DONE = re.compile(r"\b(?:" + "|".join(sorted(lang.SUM_ESTIMATE_VERBS)) + r")\s+the\s+number\s+of\s+(?P<noun>[a-z]+)\s+"
                          r"(?P<verb>[a-z]+)\b[^,.;]{0,40}?\s+at\s+" + _BOUND + _NUM + r"(?![\w,])", re.I)
_NEG = re.compile(lang.COUNT_NEGATION_RE, re.I)
_NOT_ACTS = lang.AUXILIARY_VERBS | lang.BE_FORMS | frozenset(lang.REPORTING_VERBS) | frozenset(lang.SAYING_PAST)


def _past(verb: str) -> str | None:
    """The base of a past form ("sat", "passed" -> "pass", "took" -> "take"), or None for any other word."""
    v = verb.lower()
    if v in _NOT_ACTS or v in lang.ACT_COUNT_HOLD_VERBS:
        return None
    if v in lang.IRREGULAR_FORMS:
        return lang.IRREGULAR_FORMS[v]
    if v in lang.IRREGULAR_PAST or v in lang.DOER_COUNT_PASTS:
        return v
    if len(v) >= 5 and v.endswith("ed"):
        return stem(v)
    return None


def _head(word: str) -> str:
    w = word.lower()
    return stem(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)


def doer_count(f: Features) -> tuple[str, str, str, float | None, float, float, str] | None:
    """(the noun's stem, the act's base, the object's head stem, the count when told bare and not round (else None),
    the lowest and highest count meant, the count as written) of the claim's one count of those who did an act, or
    None (module doc)."""
    text = f.claim.text
    # "63 percent passed science": a share, not a count of doers (and no second count beside the one read)
    found = [(m, base) for m in _DID.finditer(text)
             if (base := _past(m.group("verb"))) and m.group("noun").lower() not in lang.UNITS]
    if len(found) != 1 or _NEG.search(text):
        return None
    m, base = found[0]
    noun, obj = m.group("noun"), m.group("obj")
    if obj.lower() in lang.UNITS or any(w[:1].isupper() for w in (noun, m.group("verb"), obj)):
        return None  # a measure as the object; "<Name>" as the object: a name, not a kind of act
    if obj.lower() in lang.BE_FORMS or obj.lower() in lang.AUXILIARY_VERBS:
        return None
    raw = m.group("n")
    lo, hi = bounded_range(raw, m.group("ceil"), m.group("floor"))
    bare = raw[0].isdigit() and not (m.group("ceil") or m.group("floor") or m.group("approx"))
    exact = float(raw.replace(",", "")) if bare and int(raw.replace(",", "")) % 10 else None
    return _head(noun), base, _head(obj), exact, lo, hi, m.group(0)


def doer_count_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles counting those who did one act with two counts no value meets (module doc);
    `taken`: pairs already judged."""
    told = [(f, v) for f in feats if (v := doer_count(f)) is not None]
    also = lambda f1, f2: not (f1.event_days and f2.event_days and not f1.event_days & f2.event_days)  # noqa: E731
    out = range_clashes(told, lambda a1, a2: a1[:3] == a2[:3], taken, also=also)
    # two bare counts, neither round ("317 pupils" / "304 pupils"): each that count, no rounding between them
    exact = [(f, (*v[:3], v[3], v[3], v[-1])) for f, v in told if v[3] is not None]
    seen = {tuple(sorted((f1.index, f2.index))) for f1, f2, _ in out}
    return out + [t for t in range_clashes(exact, lambda a1, a2: a1[:3] == a2[:3], taken, also=also)
                  if tuple(sorted((t[0].index, t[1].index))) not in seen]  # (range_clashes filters pair by pair: the
    # pairs found above are left out after it, as they would be inside; `taken` may be streamalign's table, no set)


def done_count(f: Features) -> tuple[str, str, str, float, float, str] | None:
    """(the noun's stem, the act's base, "number of" or "done", the lowest and highest count meant, the count as
    written) of the claim's one count of things an act was done to: "<estimate verb> the number of fish recaptured
    by <day> at 1,900" or "have recaptured about 7,000 fish" (module doc), or None."""
    text = f.claim.text
    if _NEG.search(text):
        return None
    told = [("number of", m) for m in _NUMBER_DONE.finditer(text)]
    told += [("done", m) for m in _DONE_TO.finditer(text) if not any(n.start() <= m.start() < n.end() for _, n in told)]
    told = [(how, m, base) for how, m in told if (base := _past(m.group("verb"))) and m.group("noun").lower() not in lang.UNITS]
    if len(told) != 1 or any(w[:1].isupper() for w in (told[0][1].group("noun"), told[0][1].group("verb"))):
        return None
    how, m, base = told[0]
    lo, hi = bounded_range(m.group("n"), m.group("ceil"), m.group("floor"))
    return _head(m.group("noun")), base, how, lo, hi, m.group(0)


def done_count_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles counting what one act was done to, one of them as "the number of <noun>
    <verb>ed ... at <N>", with two counts no value meets; `taken`: pairs already judged."""
    told = [(f, v) for f in feats if (v := done_count(f)) is not None]
    return range_clashes(told, lambda a1, a2: a1[:2] == a2[:2] and "number of" in (a1[2], a2[2]), taken,
                         also=lambda f1, f2: not (f1.event_days and f2.event_days and not f1.event_days & f2.event_days))
