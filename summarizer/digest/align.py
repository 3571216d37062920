"""Cross-article alignment for any domain (issue 15): which claims of different articles say the
same thing, which contradict each other, and who claims what about each event.

    result = align(claims)            # claims: [(DigestArticle, Claim), ...]
    result.agreements, result.conflicts, result.events, result.storylines

pairs.py finds the candidate pairs (blocking, no all-pairs) and what each claim says;
classify.py decides each pair (agreement, number conflict, version conflict), disputes.py finds
disputes inside one article; this module groups them: agreements (agreeing pairs joined
strongest first, never chaining through a claim that conflicts or shares next to nothing; a
quotation repeated sentence by sentence is one agreement),
conflicts (number conflicts merged per counted thing, one version conflict per pair), events
(claims linked by anything: per source and article, "who claims what") and storylines (names
several articles mention). Every statement cites claim ids and the claims' evidence quotes.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator, get_args

from .reasons import fluent
from .. import thresholds
from .classify import Judgment, classify
from .refutations import refutations
from .disputes import within_article
from .local import local_agreement
from .amounts import amount_pairs
from .quoted import quote_pairs, quoted_agreement, reworded_quotes
from .denied import joint_denial
from .idf import reweigh
from .innocence import claims_innocence
from .figures import count_key, other_counts, revision_clash, within_bounds
from .figured import figure_agreement
from .phrased import phrase_agreement
from .measured import measure_agreement, measure_clash
from .accounts import accounts
from .ages import age_clash
from .synonyms import synonym_agreement, synonym_pairs
from .reference import subjectless
from .repeats import without_part_repeats
from .onedispute import one_conflict_per_dispute
from .onesentence import sentence_sides
from .opening import main_clause_agreement, opening_only
from .restrictive import restricted_pair
from .trailing import trailing_only
from .twoquotes import two_remarks
from .predicates import topic_of
from .whentitle import when_topic
from .pairs import Features, article_texts, candidate_pairs, features, negates, same_source, similarity
from .passages import claim_positions, indexed, passages
from .purity import different_speakers, join_pieces, key_rank, one_fact, same_sentences, strongest_last
from .versions import outcome_conflicts, role_conflicts
from .schedules import merge_schedules, schedule_clashes, schedule_conflicts
from . import eventday, series
from .schema import Agreement, ClaimRef, Conflict, ConflictSide, Event, EventVersion, Storyline
from .storylines import article_order, name_as_written, storylines
from ..quantity import readable

__all__ = ["Alignment", "align", "iter_agreements", "iter_conflicts", "iter_events", "judge_pair", "storylines"]


@dataclass
class Alignment:
    agreements: list[Agreement]
    conflicts: list[Conflict]
    events: list[Event]
    storylines: list[Storyline]
    pairs: int = 0                      # candidate pairs classified


def _ref(f: Features) -> ClaimRef:
    return ClaimRef(article=f.article, claim=f.claim.id)


def _side(f: Features, value: float | None = None) -> ConflictSide:
    c = f.claim
    return ConflictSide(ref=_ref(f), attributed_to=f.source, text=c.text, quote=c.evidence.quote, value=value)


class _UF:
    """Union-find over claim indexes (an array: 4 bytes a claim)."""

    def __init__(self, n: int):
        self.p = array("i", range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.p[self.find(i)] = self.find(j)


def judge_pair(f1: Features, f2: Features, article_text, judge=None) -> Judgment:
    """The code's judgment of a candidate pair, which `judge` (the optional LLM) may overrule."""
    jd = classify(f1, f2, article_text)
    if jd.kind in ("none", "agreement") and not same_source(f1, f2):
        measured = measure_clash(f1, f2)  # "met for three hours" / "lasted just 90 minutes"; "52-page" / "51-page"
        if measured:
            jd = Judgment("assertion", f"{f1.source}: {measured[0]}; {f2.source}: {measured[1]}", about=measured[2])
    if jd.kind in ("none", "agreement") and not same_source(f1, f2):
        aged = age_clash(f1, f2)  # "Dana Kerr, 32," / "Kerr, a 31-year-old guard" (ages.py)
        if aged:
            jd = Judgment("assertion", f"{f1.source}: {aged[1]}; {f2.source}: {aged[2]}", about=f"{aged[0]}'s age")
    if jd.kind in ("none", "agreement"):
        found = revision_clash(f1, f2)  # "said 14 people died" / "later raised the death toll ... to 19"
        if found:
            early, rev, v1, v2 = found
            jd = Judgment("assertion", f"{early.source}: {readable(v1)}; {rev.source}: revised to {readable(v2)}", about="revised figure")
    if jd.reason == "different numbers" and within_bounds(f1, f2):  # "18,400 acres" / "more than 18,000 acres"
        jd = Judgment("agreement", f"similarity {similarity(f1, f2):.2f}, counts within bounds", score=similarity(f1, f2))
    if jd.kind == "none" and jd.reason.startswith("similarity"):  # a part of a long claim; one person's quoted words
        jd = local_agreement(f1, f2, article_text) or quoted_agreement(f1, f2) or figure_agreement(f1, f2) \
            or measure_agreement(f1, f2) or synonym_agreement(f1, f2) or main_clause_agreement(f1, f2) \
            or phrase_agreement(f1, f2) or jd
    if jd.kind == "agreement" and (f1.claim.certainty == "denied") != (f2.claim.certainty == "denied"):
        # a source's denial never agrees with an assertion: what is denied may share the other's words
        jd = Judgment("none", "a denial against an assertion is no agreement")
    if jd.kind == "agreement" and different_speakers(f1, f2) and reworded_quotes(f1, f2):
        # two named speakers' lines worded alike ("deserve to see the whole harbour budget" /
        # "deserve to know the whole truth about the harbour budget"): classify lets close ones
        # through as one quotation misattributed; one remark is quoted the same, or cut
        jd = Judgment("none", "two speakers' own words")
    if jd.kind == "agreement" and other_counts(f1, f2):
        jd = Judgment("none", "two counts of what both say")  # "two children" / "three people" hospitalized
    if jd.kind == "none" and not jd.reason.startswith("same"):
        jd = joint_denial(f1, f2) or jd  # ... but two denials by one side do (denied.py)
    if jd.kind == "agreement" and (subjectless(f1) or subjectless(f2)) and jd.score < thresholds.PASSAGE_SCORE:
        jd = Judgment("none", "a relative clause without its subject")  # reference.subjectless
    if jd.kind == "agreement" and jd.reason.startswith("similarity") and jd.score < thresholds.AGREE_SIM and opening_only(f1, f2):
        jd = Judgment("none", "shared names and one word of an opening clause")  # opening.py
    if jd.kind == "agreement" and jd.score < thresholds.PASSAGE_SCORE and restricted_pair(f1, f2):
        jd = Judgment("none", "what both share restricts a noun in one")  # restrictive.py
    if jd.kind == "agreement" and jd.score < thresholds.PASSAGE_SCORE and trailing_only(f1, f2):
        jd = Judgment("none", "what both say alike trails one claim's main clause")  # trailing.py
    if judge is not None:
        jd = judge(f1, f2, jd) or jd
    return jd


def align(claims: list[tuple], judge=None) -> Alignment:
    """Agreements, conflicts, events and storylines over claims [(DigestArticle, Claim)].

    `judge(f1, f2, judgment) -> Judgment | None` may overrule the code's judgment of a pair
    (the optional LLM judgment); None keeps the code's. The same steps over claims kept on
    disk (memory flat in the number of articles): digest/streamalign.py.
    """
    feats = features(claims)
    reweigh(feats)  # short articles: a word two claims share can be rare (idf.py)
    article_text = article_texts(feats)
    pairs = candidate_pairs(feats)
    judged: list[tuple[int, int, Judgment]] = []
    # two roles for one person part claims that otherwise read as one proposition
    roles = {(min(f1.index, f2.index), max(f1.index, f2.index)): (f1.index, f2.index, jd)
             for f1, f2, jd in role_conflicts(feats, article_text)}
    for (i, j), _n in sorted(pairs.items()):
        jd = roles.pop((i, j), None) or judge_pair(feats[i], feats[j], article_text, judge)
        if isinstance(jd, tuple):
            judged.append(jd)
        elif jd.kind != "none":
            judged.append((i, j, jd))
    # one speaker's short quoted words (blocking leaves out the speaker); synonyms sharing no long word
    for i, j in sorted(set(quote_pairs(feats)) | set(synonym_pairs(feats))):
        if (i, j) not in pairs and (i, j) not in roles:
            jd = judge_pair(feats[i], feats[j], article_text, judge)
            if jd.kind != "none":
                judged.append((i, j, jd))
    judged += list(roles.values())  # ... also when blocking did not pair them
    judged += [(f1.index, f2.index, jd)
               for f1, f2, jd in refutations(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd)
               for f1, f2, jd in within_article(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd)
               for f1, f2, jd in outcome_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for find in (eventday.event_day_conflicts, series.series_conflicts)
               for f1, f2, jd in find(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    scheduled = schedule_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in scheduled]  # a schedule's day for one body
    agreements = [a for _, a in sorted(iter_agreements(feats, judged), key=lambda t: t[0])]
    conflicts = list(merge_schedules(iter_conflicts(feats, judged), schedule_clashes(scheduled)))
    events = [e for _, e in sorted(iter_events(feats, judged), key=lambda t: t[0])]
    events = [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events, 1)]
    return Alignment(agreements, conflicts, events, storylines(feats), pairs=len(pairs))


# The grouping steps below take `feats` (anything indexable by claim index: a list, or
# claimindex.ClaimIndex reading from disk) and `judged`, the judged pairs (i, j, Judgment) in
# order (a list, or streamalign's table; iterated several times). What they keep per claim is
# an int; Features are looked up per group.


def iter_agreements(feats, judged) -> Iterator[tuple[tuple, Agreement]]:
    """(sort key, agreement): agreeing pairs merged strongest first, without chaining (join_groups).
    The key puts what an analyst needs first (key_rank): the outlets that agree, then the event
    before background, in the articles' leads before their later paragraphs."""
    groups = join_pieces(feats, same_sentences(feats, passages(feats, join_groups(feats, judged), judged)))
    groups += amount_pairs(feats, judged, groups)  # a sentence listing two amounts agrees on each (amounts.py)
    position = claim_positions(feats, {i for g in groups for i in g})
    for members in groups:
        fs = sorted((feats[i] for i in members), key=lambda f: (article_order(f.article), f.claim.evidence.start))
        if len({f.sha for f in fs}) < 2:
            continue
        rep = min(fs, key=lambda f: len(f.claim.text))
        g = Agreement(text=rep.claim.text, claims=[_ref(f) for f in fs],
                      quotes=[f.claim.evidence.quote for f in fs],
                      sources=list(dict.fromkeys(f.source for f in fs)),
                      articles=sorted({f.article for f in fs}, key=article_order))
        yield (-len(g.articles), key_rank(fs, position), g.text), g


def iter_conflicts(feats, judged) -> Iterator[Conflict]:
    """Number conflicts merged by what is counted (and the day), then version conflicts, one per pair."""
    by_counted: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, j, jd in judged:
        if jd.kind == "numbers":
            f1, f2 = feats[i], feats[j]
            key = count_key(jd, f1, f2)  # what is counted, in which unit, and when
            by_counted[key] += [(i, jd.values[0]), (j, jd.values[1])]
    for key, rows in by_counted.items():
        by_value: dict[float, int] = {}
        for i, v in rows:
            by_value.setdefault(v, i)
        if len(by_value) < 2:
            continue
        sides = [(v, feats[i]) for v, i in sorted(by_value.items())[:thresholds.CONFLICT_MAX_SIDES]]
        about = next(q.counted for q in sides[0][1].claim.quantities if q.value == sides[0][0])
        unit = next((q.unit for q in sides[0][1].claim.quantities if q.value == sides[0][0]), None)
        when = key.split("|", 2)[2]
        yield Conflict(
            kind="numbers", topic=about,
            reason=" vs ".join(f"{readable(v, unit)} ({f.source}, {f.article})" for v, f in sides) + _when_phrase(when),
            sides=[_side(f, v) for v, f in sides])
    del by_counted
    # several sources rejecting one account are one dispute (onedispute.py)
    yield from sentence_sides(one_conflict_per_dispute(without_part_repeats(feats, _assertion_conflicts(feats, judged))))


def _assertion_conflicts(feats, judged) -> list[tuple[int, int, Conflict]]:
    """Version conflicts (i, j, conflict), one per pair."""
    out = []
    # a pair judged twice gives one conflict; a table of unique pairs (streamalign) needs no set
    seen_pairs = None if getattr(judged, "unique", False) else set()
    # one claim's time against the same time in two other articles ("published Saturday" /
    # "published Sunday" in each) is one conflict of three sides, not two (conf25)
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
        if jd.about == "when" and len(jd.values) == 2 and all(isinstance(v, str) for v in jd.values):
            v1, v2 = (v.lower() for v in jd.values)
            k = timed.get((i, v1), timed.get((j, v2)))
            if k is not None:
                new_side, new_time = (f2, jd.values[1]) if (i, v1) in timed else (f1, jd.values[0])
                a, b, prev = out[k]
                if all((x.ref.article, x.ref.claim) != (new_side.article, new_side.claim.id) for x in prev.sides):
                    out[k] = (a, b, prev.model_copy(update={
                        "reason": prev.reason + "; " + fluent(f"{new_side.source}: {new_time}", [new_side.source]),
                        "sides": prev.sides + [_side(new_side)]}))
                continue
            timed[(i, jd.values[0].lower())] = timed[(j, jd.values[1].lower())] = len(out)
        topic = jd.about if jd.about and jd.about not in ("where", "when") else (when_topic if jd.about == "when" else topic_of)(f1, f2) + (
            f" ({jd.about})" if jd.about in ("where", "when") else "")
        out.append((i, j, Conflict(kind="assertion", topic=", ".join(  # each name as the claims write it ("AARP", not "Aarp")
            name_as_written(p.strip(), (f1, f2)) if re.search(r"\b" + re.escape(p.strip()) + r"\b", f1.claim.text
                                                                + " " + f2.claim.text, re.I) else p.strip()
            for p in topic.split(",")), reason=fluent(jd.reason, [f1.source, f2.source]), sides=[_side(f1), _side(f2)])))
    return out


def join_groups(feats, judged) -> list[list[int]]:
    """Agreement groups: agreeing pairs joined strongest first. Two groups join only when no
    claim of one conflicts with a claim of the other, and every pair across them (of different
    texts) agrees or is at least CHAIN_SIM alike: A~B and B~C do not make A~C when A and C
    contradict each other or share next to nothing (a third outlet's sentence naming only the
    subject)."""
    judged = indexed(judged)
    # which kind a judged pair is: a table lookup on disk (streamalign), sets in memory
    kind_of = getattr(judged, "kind_of", None)
    if kind_of is None:
        agree = {(min(i, j), max(i, j)) for i, j, jd in judged if jd.kind == "agreement"}
        clash = {(min(i, j), max(i, j)) for i, j, jd in judged if jd.kind != "agreement"}

        def kind_of(key):
            return "agreement" if key in agree else "clash" if key in clash else None
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


#: The longest event heading (characters); a longer claim is cut at a word and marked "…".
HEADING_CHARS = 90


def event_heading(fs) -> str:
    """What an event is about, in the words of its shortest claim in the outlet's voice (else its
    shortest claim), cut at a word. Its most frequent names headed it before session 16: read on
    seven BASIL clusters (digest17), 16 of 51 such headings named nothing the event is about
    ("Noting", "Hello", "Asked, Massachusetts", "Popeo PC, Boston")."""
    own = [f for f in fs if f.source == "article"] or fs
    text = min(own, key=lambda f: (len(f.claim.text), article_order(f.article))).claim.text
    if len(text) <= HEADING_CHARS:
        return text
    return text[:HEADING_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"


_STANCES = ("",) + get_args(EventVersion.model_fields["stance"].annotation)  # the schema's labels, by code
_CODE = {s: k for k, s in enumerate(_STANCES)}


def iter_events(feats, judged) -> Iterator[tuple[tuple, Event]]:
    """(sort key, event): who claims what, claims linked by any agreement or conflict, per source
    and article (ids are given once sorted)."""
    uf = _UF(len(feats))
    stance = bytearray(len(feats))  # an index into _STANCES per claim
    for i, j, jd in judged:
        uf.union(i, j)
        if jd.kind == "agreement":
            for x in (i, j):
                stance[x] = stance[x] or _CODE["agrees"]
            continue
        f1, f2 = feats[i], feats[j]
        # a claim of innocence against a charge: the one who claims it denies, whatever words the
        # charge holds ("for allegedly lying under oath" reads as a refutation cue)
        innocent = {x.index for x in (f1, f2) if claims_innocence(x)} if jd.kind == "assertion" else set()
        for f, other in ((f1, f2), (f2, f1)):
            # two counts of one thing count, whatever else either says: a "not" elsewhere in the
            # side of a "47-page" / "48-page" pair denies nothing (the lead's reading, session 9)
            denies = f.index in innocent if len(innocent) == 1 else jd.kind != "numbers" and not jd.about.rstrip(")").endswith(
                "when") and (negates(f, other) or (jd.kind == "assertion" and f.refutes and not other.refutes))
            stance[f.index] = _CODE["denies" if denies else "counts" if jd.kind == "numbers" else "asserts"]
    members: dict[int, set[int]] = defaultdict(set)
    kinds: dict[int, set[str]] = defaultdict(set)
    links: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
    abouts: dict[int, str] = {}
    for i, j, jd in judged:  # what links a component: its pairs' kinds, the first number pair's counted thing
        root = uf.find(i)
        members[root] |= {i, j}
        kinds[root].add(jd.kind)
        links[root].append((i, j, jd.kind == "agreement"))
        # a version conflict's topic ("obama", "Boggs Grimm Patton", "comparison": digest18) heads
        # no event; its claims' words do (event_heading)
        if root not in abouts and jd.kind == "numbers" and jd.about not in ("", "where", "when"):
            abouts[root] = jd.about
    for root, idx in members.items():
        fs = sorted((feats[i] for i in idx), key=lambda f: (article_order(f.article), f.claim.evidence.start))
        about = abouts.get(root, "")
        title = about or event_heading(fs)
        told = accounts([f.index for f in fs], links[root])  # one account per side (accounts.py)
        fs.sort(key=lambda f: told[f.index] or len(fs) + 1)  # stable: by account, then as before
        versions = [EventVersion(source=f.source, article=f.article, ref=_ref(f),
                                 stance=_STANCES[stance[f.index]] or "asserts",
                                 text=f.claim.text, quote=f.claim.evidence.quote,
                                 values=[q.value for q in f.claim.quantities], account=told[f.index]) for f in fs]
        e = Event(id="", title=title, disputed=bool(kinds[root] - {"agreement"}),
                  articles=sorted({f.article for f in fs}, key=article_order), versions=versions)
        yield (-e.disputed, -len(e.articles), -len(e.versions), e.title), e


def _when_phrase(when: str) -> str:
    """" on 2024-08-14" for a date; a `when` that holds its own preposition or is relative stays as
    written (" on Tuesday night", " last week"; not "on on Tuesday night")."""
    return "" if not when else f" on {when}" if when[:1].isdigit() else f" {when}"
