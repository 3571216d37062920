"""Agreement groups (align.py's first grouping step): agreeing pairs joined strongest first, never
chaining through a claim that conflicts or shares next to nothing (`join_groups`); a quotation
repeated sentence by sentence is one agreement (`iter_agreements`). Split from align.py (the
400-line limit).

The grouping steps (this module, conflict_groups.py, event_groups.py) take `feats` (anything indexable by claim index: a list, or
claimindex.ClaimIndex reading from disk) and `judged`, the judged pairs (i, j, Judgment) in
order (a list, or streamalign's table; iterated several times). What they keep per claim is
an int; Features are looked up per group.
"""

from __future__ import annotations

from typing import Iterator

import re

from .. import lang, thresholds
from .amounts import amount_pairs
from .claimrefs import claim_ref
from .pairs import similarity
from .passages import claim_positions, indexed, passages
from .purity import join_pieces, key_rank, one_fact, same_sentences, strongest_last
from .schema import Agreement
from .storylines import article_order
from .twoquotes import two_remarks


def _leans_back(text: str) -> bool:
    """A claim that opens with a pronoun or a possessive ("He signaled he did, saying ...", "His leading
    contender is ..."): it names no one on its own, a poor title for an agreement (the lead, session 39). A quotation's
    "I" or "we" is the speaker the claim names ('"I'm only interested in ...," Jane Doe said')."""
    first = re.match(r"\W*([A-Za-z]+)", text)
    return first is not None and first.group(1).lower() in (lang.SUBJECT_PRONOUNS - set(lang.FIRST_PERSON_SUBJECTS) - {"you"}) | set(lang.POSSESSIVE_DETERMINERS)


def iter_agreements(feats, judged) -> Iterator[tuple[tuple, Agreement]]:
    """(sort key, agreement): agreeing pairs merged strongest first, without chaining (join_groups).
    The key puts what an analyst needs first (key_rank): the outlets that agree, then the event
    before background, in the articles' leads before their later paragraphs."""
    kind_of = _kinds(indexed(judged))  # (built once: join_groups and the titles' reach both read it)
    groups = join_pieces(feats, same_sentences(feats, passages(feats, join_groups(feats, judged, kind_of), judged)))
    groups += amount_pairs(feats, judged, groups)  # a sentence listing two amounts agrees on each (amounts.py)
    position = claim_positions(feats, {i for g in groups for i in g})
    for members in groups:
        fs = sorted((feats[i] for i in members), key=lambda f: (article_order(f.article), f.claim.evidence.start))
        if len({f.sha for f in fs}) < 2:
            continue
        reach = {i: _reach(feats, kind_of, members, i) for i in members} if len(members) <= 40 else {}  # (bounded: pairs)
        rep = min(fs, key=lambda f: (-reach.get(f.index, 0), _leans_back(f.claim.text), len(f.claim.text)))
        g = Agreement(text=rep.claim.text, claims=[claim_ref(f) for f in fs],
                      quotes=[f.claim.evidence.quote for f in fs],
                      sources=list(dict.fromkeys(f.source for f in fs)),
                      articles=sorted({f.article for f in fs}, key=article_order))
        yield (-len(g.articles), key_rank(fs, position), g.text), g


def _kinds(judged):
    """Which kind a judged pair (min, max) is: "agreement", "clash" or None; a table lookup on disk (streamalign),
    sets in memory."""
    kind_of = getattr(judged, "kind_of", None)
    if kind_of is not None:
        return kind_of
    agree = {(min(i, j), max(i, j)) for i, j, jd in judged if jd.kind == "agreement"}
    clash = {(min(i, j), max(i, j)) for i, j, jd in judged if jd.kind != "agreement"}
    return lambda key: "agreement" if key in agree else "clash" if key in clash else None


def _reach(feats, kind_of, members: list[int], i: int) -> int:
    """How many articles the claim i speaks for within its group: its own, and each other article holding a member
    judged to agree with it or alike enough to chain (`join_groups`). A quotation told sentence by sentence is one agreement (`same_sentences`), and its title
    must be a sentence the most outlets carry: "in all 3 articles" under a sentence only two of them quote misleads
    (the lead, session 40)."""
    return len({feats[i].article} | {feats[j].article for j in members if feats[j].article != feats[i].article and (
        kind_of((min(i, j), max(i, j))) == "agreement" or similarity(feats[i], feats[j]) >= thresholds.CHAIN_SIM)})


def join_groups(feats, judged, kind_of=None) -> list[list[int]]:
    """Agreement groups: agreeing pairs joined strongest first. Two groups join only when no
    claim of one conflicts with a claim of the other, and every pair across them (of different
    texts) agrees or is at least CHAIN_SIM alike: A~B and B~C do not make A~C when A and C
    contradict each other or share next to nothing (a third outlet's sentence naming only the
    subject)."""
    judged = indexed(judged)
    kind_of = kind_of or _kinds(judged)
    group = {}
    members: dict[int, list[int]] = {}
    # scores rounded: a similarity summed over a set of words differs in its last bits with the
    # hash seed, which made equal pairs ("A" / "B" and "A" / "C") order by chance from run to run
    order = strongest_last(feats, sorted((round(jd.score, 9), -i, -j, i, j) for i, j, jd in judged
                                          if jd.kind == "agreement"))
    position = claim_positions(feats, {x for *_, i, j in order for x in (i, j)})
    score = {(min(i, j), max(i, j)): s for s, *_, i, j in order}
    for *_, i, j in reversed(order):
        gi, gj = group.get(i, i), group.get(j, j)
        if gi == gj:
            continue
        mi, mj = members.get(gi, [i]), members.get(gj, [j])

        def fits(x: int, y: int) -> bool:
            kind = kind_of((min(x, y), max(x, y)))
            if kind == "clash":
                return False
            if feats[x].sha == feats[y].sha:
                return one_fact(feats, x, y, mi + mj, position) and not two_remarks(feats, x, y, mi + mj, score)
            return kind == "agreement" or similarity(feats[x], feats[y]) >= thresholds.CHAIN_SIM
        if not all(fits(x, y) for x in mi for y in mj):
            continue
        merged = mi + mj
        for x in merged:
            group[x] = gi
        members[gi] = merged
        members.pop(gj, None)
    return list(members.values())
