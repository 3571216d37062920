"""Conflict groups (align.py's second grouping step): number conflicts merged by what is counted
(and the day), then version conflicts, one per pair, one per dispute. Split from align.py (the
400-line limit)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from .. import thresholds
from ..quantity import readable
from ..schema import ARTICLE_VOICE
from .claimrefs import conflict_side
from .onedispute import one_conflict_per_dispute
from .onesentence import sentence_sides
from .figures import count_key
from .counterfigures import told_as_inside
from .predicates import topic_of
from .reasons import fluent, outlet_sides
from .sourcenames import as_written, time_voice
from .repeats import without_part_repeats
from .schema import Conflict
from .storylines import name_as_written
from .whentitle import when_topic


def iter_conflicts(feats, judged) -> Iterator[Conflict]:
    """Number conflicts merged by what is counted (and the day), then version conflicts, one per pair."""
    by_counted: dict[str, list[tuple[int, float]]] = defaultdict(list)
    inside: dict[str, list[tuple]] = defaultdict(list)  # pairs of one article (within51)
    for i, j, jd in judged:
        if jd.kind == "numbers":
            f1, f2 = feats[i], feats[j]
            key = count_key(jd, f1, f2)  # what is counted, in which unit, and when
            by_counted[key] += [(i, jd.values[0]), (j, jd.values[1])]
            if f1.article == f2.article:
                inside[key].append((i, j, jd.values[0], jd.values[1]))
    told: set[frozenset] = set()
    for key, rows in by_counted.items():
        by_value: dict[float, int] = {}
        for i, v in rows:
            by_value.setdefault(v, i)
        if len(by_value) < 2:
            continue
        sides = [(v, feats[i]) for v, i in sorted(by_value.items())[:thresholds.CONFLICT_MAX_SIDES]]
        # the same values from the same articles are one disagreement, though one claim of a sentence
        # dates it and its cut does not ("employs about <n1> staff ..., this year" / "employs about <n1> staff")
        told_as = frozenset((f.article, v) for v, f in sides)
        if told_as in told:
            continue
        told.add(told_as)
        # titled by a side's counted noun, not by a figure counting itself ("3,400 hectares" / "forest": numbers43)
        about = next((q.counted for v, f in sides for q in f.claim.quantities if q.value == v and not any(ch.isdigit() for ch in q.counted)),
                     next(q.counted for q in sides[0][1].claim.quantities if q.value == sides[0][0]))
        unit = next((q.unit for q in sides[0][1].claim.quantities if q.value == sides[0][0]), None)
        when = key.split("|", 2)[2]
        yield Conflict(
            kind="numbers", topic=about,
            reason=" vs ".join(f"{readable(v, unit)} ({f.source}, {f.article})" for v, f in sides) + _when_phrase(when),
            sides=[conflict_side(f, v) for v, f in sides])
        shown = told_as_inside(feats, sides, inside.get(key, ()), told)
        if shown is not None:
            told.add(frozenset((f.article, v) for v, f in shown))
            yield Conflict(kind="numbers", topic=about, sides=[conflict_side(f, v) for v, f in shown],
                           reason=" vs ".join(f"{readable(v, unit)} ({f.source}, {f.article})" for v, f in shown)
                           + _when_phrase(when))
    del by_counted
    # several sources rejecting one account are one dispute (onedispute.py)
    yield from sentence_sides(one_conflict_per_dispute(without_part_repeats(feats, _assertion_conflicts(feats, judged))))


def _assertion_conflicts(feats, judged) -> list[tuple[int, int, Conflict]]:
    """Version conflicts (i, j, conflict), one per pair."""
    out = []
    # a pair judged twice gives one conflict; a table of unique pairs (streamalign) needs no set
    seen_pairs = None if getattr(judged, "unique", False) else set()
    # one claim's time against the same time in two other articles ("published Saturday" /
    # "published Sunday" in each) is one conflict of three sides, not two (conf25); so is one
    # claim's place against one other place in two articles, or one "none" against two counts (digest44)
    timed: dict[tuple[int, str], int] = {}
    for i, j, jd in judged:
        if jd.kind != "assertion":
            continue
        if seen_pairs is not None:
            key = (min(i, j), max(i, j))
            if key in seen_pairs:
                continue
            seen_pairs.add(key)
        f1, f2 = feats[i], feats[j]
        if (jd.about in ("when", "where") or "none" in jd.values) and len(jd.values) == 2 and all(isinstance(v, str) for v in jd.values):
            v1, v2 = (v.lower() for v in jd.values)
            k = timed.get((i, v1), timed.get((j, v2)))
            if k is not None:
                new_side, new_time = (f2, jd.values[1]) if (i, v1) in timed else (f1, jd.values[0])
                a, b, prev = out[k]
                if all((x.ref.article, x.ref.claim) != (new_side.article, new_side.claim.id) for x in prev.sides):
                    new_time = as_written(new_side, new_time)  # ("Sunday", as the other sides read, not "sunday")
                    voice = time_voice(new_side, new_time) if jd.about == "when" else new_side.source
                    out[k] = (a, b, prev.model_copy(update={
                        "reason": prev.reason + "; " + fluent(f"{voice}" + (f" ({new_side.article})" if voice == ARTICLE_VOICE and "(a" in prev.reason else "") + f": {new_time}", [voice]),
                        "sides": prev.sides + [conflict_side(new_side)]}))
                continue
            timed[(i, jd.values[0].lower())] = timed[(j, jd.values[1].lower())] = len(out)
        topic = jd.about if jd.about and jd.about not in ("where", "when") else (when_topic if jd.about == "when" else topic_of)(f1, f2) + (
            f" ({jd.about})" if jd.about in ("where", "when") else "")
        out.append((i, j, Conflict(kind="assertion", topic=", ".join(  # each name as the claims write it ("AARP", not "Aarp")
            name_as_written(p.strip(), (f1, f2)) if re.search(r"\b" + re.escape(p.strip()) + r"\b", f1.claim.text
                                                                + " " + f2.claim.text, re.I) else p.strip()
            for p in topic.split(",")), reason=fluent(outlet_sides(jd.reason, f1.article, f2.article), [f1.source, f2.source] + _frame_voice(jd)), sides=[conflict_side(f1), conflict_side(f2)])))
    return out



def _frame_voice(jd) -> list[str]:
    """The outlet's voice when a time rule wrote a side's time as the outlet's (sourcenames.time_voice: "article: Sunday"
    though both claims are a source's), so the reason reads "the outlet: Sunday"."""
    return [ARTICLE_VOICE] if jd.about == "when" and re.search(r"(?:^|; )" + ARTICLE_VOICE + r": ", jd.reason) else []
def _when_phrase(when: str) -> str:
    """" on 2024-08-14" for a date; a `when` that holds its own preposition or is relative stays as
    written (" on Tuesday night", " last week"; not "on on Tuesday night")."""
    return "" if not when else f" on {when}" if when[:1].isdigit() else f" {when}"
