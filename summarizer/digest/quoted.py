"""Cross-article alignment: agreement on the same words quoted from the same person (issue 15).

News prose quotes the striking word or short phrase of a remark inside its own sentence ("called
the idea of state-run schools “anachronistic”", "said the speech will be “destructive” to the
relations"), and another outlet reporting the same remark quotes the same word in other words
around it ("contending that government-run education was “anachronistic”"). The two sentences
share little else, so their similarity is low; the quoted word is what ties them.

`quoted_units(f)`: each quotation of the claim of at most QUOTED_UNIT_MAX words, lower-cased; a
quotation whose every word is capitalised in both claims is a title or a name ("the “Today”
show", "ABC's “This Week”", "“In God We Trust”"), not words of the remark, and is left out.

`quoted_agreement(f1, f2)` (align.judge_pair, for pairs classify.py and local.py leave
unjudged): a shared quotation (or one's short quotation inside the other's longer one: "went
“far beyond” what lawmakers had permitted" / "“reaches far beyond what the legislature
allowed”") holding a content word rare in the batch (IDF weight from
ANCHOR_MIN_WEIGHT: not "no" or "the deal"), the same person named by both claims (a shared name
in their text or their sources: the one quoted), and none of the reasons that keep two close
claims apart: a negation of the quoted words in one claim only ("the war was not “a war of X's
choosing”"), another day, a place swap, opposite predicates, different counts of one thing, two
speakers. Its score (for grouping) is the whole claims' similarity, as local.py's.
"""

from __future__ import annotations

import re

from .. import thresholds
from .classify import Judgment, counts_differ
from .figures import days_apart
from .pairs import STOP, Features, negator, place_swap, same_source, similarity, stem
from .predicates import opposite
from .purity import different_speakers

__all__ = ["quotations", "quote_pairs", "quoted_agreement", "quoted_units", "reworded_quotes", "shared_units"]

#: A quotation in double marks, straight or curly.
_QUOTATION = re.compile(r"[“\"]([^”\"]{2,120})[”\"]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def quoted_units(f: Features) -> dict[str, bool]:
    """The claim's short quotations (module doc), each as its lower-cased words joined by spaces,
    with whether every content word is capitalised."""
    cached = getattr(f, "_quoted_units", None)
    if cached is not None:
        return cached
    out: dict[str, bool] = {}
    for m in _QUOTATION.finditer(f.claim.text):
        words = _WORD.findall(m.group(1))
        if not 1 <= len(words) <= thresholds.QUOTED_UNIT_MAX:
            continue
        content = [w for w in words if w.lower() not in STOP]
        unit = " ".join(w.lower() for w in words)
        out[unit] = out.get(unit, True) and bool(content) and all(w[0].isupper() for w in content)
    f._quoted_units = out
    return out


def quotations(f: Features) -> list[tuple[str, bool]]:
    """Every quotation of the claim (of any length) as its lower-cased words joined by spaces,
    with whether every content word is capitalised."""
    out = []
    for m in _QUOTATION.finditer(f.claim.text):
        words = _WORD.findall(m.group(1))
        content = [w for w in words if w.lower() not in STOP]
        out.append((" ".join(w.lower() for w in words), bool(content) and all(w[0].isupper() for w in content)))
    return out


def shared_units(f1: Features, f2: Features) -> dict[str, tuple[bool, bool]]:
    """Short quotations both claims quote: the same unit in both ("the final piece"), or one's
    short unit inside a longer quotation of the other (one outlet quotes "far beyond", another
    the whole "reaches far beyond what the legislature allowed"); unit -> (title in f1, in f2)."""
    q1, q2 = quoted_units(f1), quoted_units(f2)
    out = {u: (q1[u], q2[u]) for u in q1.keys() & q2.keys()}
    for short, other, first in ((q1, f2, True), (q2, f1, False)):
        for u, cap in short.items():
            if u in out or cap:  # a capitalised short quotation is a term or a title ("Rubio Doctrine")
                continue
            for long, long_cap in quotations(other):
                if long != u and f" {u} " in f" {long} ":
                    out[u] = (cap, long_cap) if first else (long_cap, cap)
                    break
    return out


def _rare_words(unit: str, f1: Features, f2: Features) -> set[str]:
    """Stems of the unit's content words rare in the batch for both claims."""
    out = set()
    for w in unit.split():
        s = stem(w)
        if len(w) < 3 or w in STOP or negator(w) or s not in f1.words or s not in f2.words:
            continue
        if min(f1.weights[s], f2.weights[s]) >= thresholds.ANCHOR_MIN_WEIGHT:
            out.add(s)
    return out


def quoted_agreement(f1: Features, f2: Features) -> Judgment | None:
    """An agreement on a short quotation both claims hold from the same person, or None (module doc)."""
    if f1.sha == f2.sha:
        return None
    shared = shared_units(f1, f2)
    # a quotation capitalised in both is a title or a name; one capitalised in one claim only
    # opens its sentence there ("“Progressivism,” he declared, ...")
    units = sorted(u for u, (c1, c2) in shared.items() if not (c1 and c2) and _rare_words(u, f1, f2))
    if not units:
        return None
    if not (f1.mentions & f2.mentions or same_source(f1, f2)):
        return None  # no one both name: the same word from two people, or a term mentioned
    quoted = set().union(*(_rare_words(u, f1, f2) for u in units))
    if bool(f1.neg_targets & quoted) != bool(f2.neg_targets & quoted):
        return None
    if days_apart(f1, f2):
        return None
    if place_swap(f1, f2) or opposite(f1, f2) or counts_differ(f1, f2) or different_speakers(f1, f2):
        return None
    return Judgment("agreement", f"quoted the same words: “{units[0]}”", score=similarity(f1, f2))


def quote_pairs(feats) -> list[tuple[int, int]]:
    """Pairs (i < j) of claims of different texts whose quotations share a short unit (as
    `shared_units` finds it), in (i, j) order. Blocking (pairs.candidate_pairs) leaves out the
    speaker's own name, so two claims of one person sharing only short quoted words ("went “far
    beyond”" / "“reaches far beyond what the legislature allowed”") are otherwise never judged."""
    by_unit: dict[str, list[tuple[int, bytes]]] = {}
    grams: list[tuple[int, bytes, set[str]]] = []
    for f in feats:
        for u, cap in quoted_units(f).items():
            if not cap:
                by_unit.setdefault(u, []).append((f.index, f.sha))
        seen = set()
        for long, _cap in quotations(f):
            words = long.split()
            seen |= {" ".join(words[a:b]) for a in range(len(words))
                     for b in range(a + 1, min(len(words), a + thresholds.QUOTED_UNIT_MAX) + 1)}
        grams.append((f.index, f.sha, seen))
    out = set()
    for i, sha, seen in grams:
        for u in seen & by_unit.keys():
            for j, sha2 in by_unit[u]:
                if sha2 != sha:
                    out.add((min(i, j), max(i, j)))
    return sorted(out)



def _quoted_words(f: Features) -> set[str]:
    return {stem(w) for q, _ in quotations(f) for w in q.split() if len(w) >= 3 and w not in STOP and not negator(w)}


def reworded_quotes(f1: Features, f2: Features) -> bool:
    """Both claims quote, and each one's quotations have a content word the other's lack: two remarks worded alike ("“... deserve to see the whole harbour budget
    now”" / "“... deserve to know the whole truth about the harbour budget”"), not one remark
    cut or elided by one outlet ("“As the chairman very well knows ... sometimes ...”")."""
    q1, q2 = _quoted_words(f1), _quoted_words(f2)
    return bool(q1 and q2) and bool(q1 - q2) and bool(q2 - q1)
