"""One act told at two clock times by two articles that share no blocking key (issue 15; conflict50).

"The vessel ... was arriving ... when it hit the wall at about 7:40 a.m., the company said" /
"She said the ship hit the wall at about 8:15." The two claims share only short words ("hit",
"wall"), so blocking never pairs them, and the second time has no "a.m.". Here every two claims of
two articles that each date an act to a clock time are compared:

* the time: a lead ("at", "about", "shortly after" ...: lang.CLOCK_APPROXIMATORS_RE) and an hour
  with minutes ("8:15") or with "a.m."/"p.m." ("8 a.m."); a time with no "a.m."/"p.m." is read
  both ways, and two times clash only when no reading of one meets a reading of the other. "about"
  widens a time with minutes by a quarter of an hour either side, an hour on the hour by an hour;
  "shortly after" reaches an hour on, "shortly before" an hour back;
* the act: the last two content words before the time, the same in both (its verb and object:
  "hit ... wall"), lower case (no name), neither a saying verb ("said at 9 a.m." dates the saying);
  a subject noun right before the verb ("the ship hit", "the bus hit") that differs is another
  act unless one article names both nouns;
* not two occasions ("another", "again", ordinals: lang.OCCASION_ORDINALS, lang.REPEAT_MARKERS),
  not a plan or a denial (a modal or a negation before the verb), not two days (the claims' days
  differ), and each article dates the act to one time only.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .. import lang
from .classify import Judgment
from .pairs import STOP, Features, stem
from .sourcenames import time_voice

__all__ = ["clock_acts", "clock_conflicts"]

_TIME = re.compile(r"\b(?P<lead>" + lang.CLOCK_APPROXIMATORS_RE + r")\s+(?:(?:about|around|approximately)\s+)?"
                   r"(?P<h>\d{1,2})(?::(?P<mm>[0-5]\d))?(?:\s*(?P<ap>[ap])\.?\s*m\b\.?)?(?![\d:])", re.I)
_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OCCASION = re.compile(r"\b(?:" + "|".join(sorted(lang.OCCASION_ORDINALS | lang.REPEAT_MARKERS)) + r")\b", re.I)
_NOT_FACT = frozenset(lang.MODALS) | frozenset(lang.NEGATORS)
_SAYING = frozenset(lang.REPORTING_VERBS)
_TIME_WORDS = lang.TIME_WORDS | lang.CLOCK_WORDS


def _readings(m: re.Match) -> list[tuple[float, float]]:
    """The hours (from, to) the time may mean: both halves of the day when no "a.m."/"p.m."."""
    h, mm = int(m.group("h")), int(m.group("mm") or 0)
    if h > 12 or (m.group("mm") is None and m.group("ap") is None) or (h == 0 and m.group("ap")):
        return []
    lead = re.sub(r"\s+", " ", m.group("lead").lower())
    t = h % 12 + mm / 60
    widen = 0.25 if mm else 1.0
    lo, hi = (t, t + 1) if lead.endswith("after") else (t - 1, t) if lead.endswith("before") \
        else (t - 1 / 12, t + 1 / 12) if lead == "at" and not re.match(r"\s*(?:about|around|approximately)", m.group(0)[2:]) \
        else (t - widen, t + widen)
    if m.group("ap"):
        halves = [12.0] if m.group("ap").lower() == "p" else [0.0]
    else:
        halves = [0.0, 12.0]
    return [(lo + k, hi + k) for k in halves]


def clock_acts(f: Features) -> list[tuple[tuple[str, str], str, list[tuple[float, float]], str]]:
    """((verb stem, object stem), subject noun or "", hour readings, the time as written) for each
    clock time the claim dates an act to (module doc)."""
    cached = getattr(f, "_clock_acts", None)
    if cached is not None:
        return cached
    text, out = f.claim.text, []
    for m in _TIME.finditer(text):
        readings = _readings(m)
        if not readings:
            continue
        toks = [t for t in _TOK.findall(text[:m.start()]) if t.lower() not in _TIME_WORDS]
        content = [k for k, t in enumerate(toks) if t.lower() not in STOP]
        if len(content) < 2:
            continue
        kv, ko = content[-2], content[-1]
        verb, obj = toks[kv], toks[ko]
        if not (verb.islower() and obj.islower()) or verb in _SAYING or obj in _SAYING \
                or any(t.lower() in _NOT_FACT or t.lower().endswith(("n't", "n’t")) for t in toks[max(0, kv - 3):kv]):
            continue
        before = toks[kv - 1] if kv else ""
        subject = before.lower() if before.islower() and before not in STOP and before not in lang.SUBJECT_PRONOUNS else ""
        out.append(((stem(verb.lower()), stem(obj.lower())), subject, readings, m.group(0).strip()))
    f._clock_acts = out
    return out


def _apart(r1: list[tuple[float, float]], r2: list[tuple[float, float]]) -> bool:
    return all(a[1] < b[0] or b[1] < a[0] for a in r1 for b in r2)


def _names_both(texts: list[str], a: str, b: str) -> bool:
    pa, pb = re.compile(r"\b" + re.escape(a) + r"\b", re.I), re.compile(r"\b" + re.escape(b) + r"\b", re.I)
    return any(pa.search(t) for t in texts) and any(pb.search(t) for t in texts)


def clock_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles dating one act to clock times that cannot meet (module doc)."""
    by_act: dict[tuple[str, str], list[tuple[Features, str, list, str]]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)
    for f in feats:
        texts[f.article].append(f.claim.text)
        if _OCCASION.search(f.claim.text):
            continue
        for act, subject, readings, written in clock_acts(f):
            by_act[act].append((f, subject, readings, written))
    out = []
    for act, told in sorted(by_act.items()):
        per_article = defaultdict(set)
        for f, _s, readings, _w in told:
            per_article[f.article].add(tuple(readings))
        for x in range(len(told)):
            f1, s1, r1, w1 = told[x]
            for y in range(x + 1, len(told)):
                f2, s2, r2, w2 = told[y]
                if f1.article == f2.article or f1.sha == f2.sha or len(per_article[f1.article]) > 1 \
                        or len(per_article[f2.article]) > 1 or not _apart(r1, r2):
                    continue
                if f1.days and f2.days and not f1.days & f2.days:
                    continue  # two days
                if s1 and s2 and s1 != s2 and not any(_names_both(texts[a], s1, s2) for a in (f1.article, f2.article)):
                    continue  # "the ship hit the wall" / "the bus hit the wall": two acts
                if tuple(sorted((f1.index, f2.index))) in taken:
                    continue
                out.append((f1, f2, Judgment("assertion", f"{time_voice(f1, w1)}: {w1}; {time_voice(f2, w2)}: {w2}", about="when",
                                             values=(w1, w2))))
    return out
