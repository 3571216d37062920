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
from collections import Counter, defaultdict
from dataclasses import dataclass

from .. import thresholds
from .classify import Judgment, classify, refutations
from .disputes import within_article
from .pairs import Features, candidate_pairs, features, head_noun, negates, similarity
from .schema import Agreement, ClaimRef, Conflict, ConflictSide, Event, EventVersion, Storyline

__all__ = ["Alignment", "align", "storylines"]



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


def _art_key(aid: str):
    return (int(aid[1:]) if aid[1:].isdigit() else 0, aid)


class _UF:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.p[self.find(i)] = self.find(j)


def align(claims: list[tuple], judge=None) -> Alignment:
    """Agreements, conflicts, events and storylines over claims [(DigestArticle, Claim)].

    `judge(f1, f2, judgment) -> Judgment | None` may overrule the code's judgment of a pair
    (the optional LLM judgment); None keeps the code's.
    """
    feats = features(claims)
    texts: dict[str, list[str]] = defaultdict(list)
    for f in feats:
        texts[f.article].append(f.low)
    article_text = {a: " ".join(v) for a, v in texts.items()}
    pairs = candidate_pairs(feats)
    judged: list[tuple[Features, Features, Judgment]] = []
    for (i, j), _n in sorted(pairs.items()):
        f1, f2 = feats[i], feats[j]
        jd = classify(f1, f2, article_text)
        if judge is not None:
            jd = judge(f1, f2, jd) or jd
        if jd.kind != "none":
            judged.append((f1, f2, jd))

    judged += refutations(feats, {tuple(sorted((f1.index, f2.index))) for f1, f2, _ in judged})
    judged += within_article(feats, {tuple(sorted((f1.index, f2.index))) for f1, f2, _ in judged})

    # agreements: agreeing pairs merged strongest first, without chaining (join_groups)
    groups = passages(feats, join_groups(feats, judged), judged)
    agreements = []
    for members in groups:
        fs = sorted((feats[i] for i in members), key=lambda f: (_art_key(f.article), f.claim.evidence.start))
        if len({f.sha for f in fs}) < 2:
            continue
        rep = min(fs, key=lambda f: len(f.claim.text))
        agreements.append(Agreement(text=rep.claim.text, claims=[_ref(f) for f in fs],
                                    quotes=[f.claim.evidence.quote for f in fs],
                                    sources=list(dict.fromkeys(f.source for f in fs)),
                                    articles=sorted({f.article for f in fs}, key=_art_key)))
    agreements.sort(key=lambda g: (-len(g.articles), -len(g.claims), g.text))

    # conflicts: number conflicts merged by what is counted; version conflicts one per pair
    conflicts: list[Conflict] = []
    by_counted: dict[str, list[tuple[Features, float]]] = defaultdict(list)
    for f1, f2, jd in judged:
        if jd.kind == "numbers":
            key = head_noun(jd.about) + "|" + (f1.claim.when or f2.claim.when or "")
            by_counted[key] += [(f1, jd.values[0]), (f2, jd.values[1])]
    for key, rows in by_counted.items():
        by_value: dict[float, Features] = {}
        for f, v in rows:
            by_value.setdefault(v, f)
        if len(by_value) < 2:
            continue
        sides = sorted(by_value.items())[:thresholds.CONFLICT_MAX_SIDES]
        about = next(q.counted for q in sides[0][1].claim.quantities if q.value == sides[0][0])
        when = key.split("|", 1)[1]
        conflicts.append(Conflict(
            kind="numbers", topic=about,
            reason=" vs ".join(f"{v:g} ({f.source}, {f.article})" for v, f in sides) + (f" on {when}" if when else ""),
            sides=[_side(f, v) for v, f in sides]))
    seen_pairs = set()
    for f1, f2, jd in judged:
        if jd.kind != "assertion":
            continue
        key = tuple(sorted((f1.index, f2.index)))
        if key in seen_pairs:
            continue
        seen_pairs.add(key)
        topic = jd.about if jd.about and jd.about not in ("where", "when") else _topic(f1, f2) + (
            f" ({jd.about})" if jd.about in ("where", "when") else "")
        conflicts.append(Conflict(kind="assertion", topic=topic, reason=jd.reason, sides=[_side(f1), _side(f2)]))

    events = _events(feats, judged)
    return Alignment(agreements, conflicts, events, storylines(feats), pairs=len(pairs))


def join_groups(feats: list[Features], judged) -> list[list[int]]:
    """Agreement groups: agreeing pairs joined strongest first. Two groups join only when no
    claim of one conflicts with a claim of the other, and every pair across them (of different
    texts) agrees or is at least CHAIN_SIM alike: A~B and B~C do not make A~C when A and C
    contradict each other or share next to nothing (a third outlet's sentence naming only the
    subject)."""
    agree = {tuple(sorted((f1.index, f2.index))) for f1, f2, jd in judged if jd.kind == "agreement"}
    clash = {tuple(sorted((f1.index, f2.index))) for f1, f2, jd in judged if jd.kind != "agreement"}
    group = {}
    members: dict[int, list[int]] = {}
    order = sorted((jd.score, -f1.index, -f2.index, f1.index, f2.index) for f1, f2, jd in judged if jd.kind == "agreement")
    for *_, i, j in reversed(order):
        gi, gj = group.get(i, i), group.get(j, j)
        if gi == gj:
            continue
        mi, mj = members.get(gi, [i]), members.get(gj, [j])

        def fits(x: int, y: int) -> bool:
            key = (min(x, y), max(x, y))
            if key in clash:
                return False
            return key in agree or feats[x].sha == feats[y].sha or similarity(feats[x], feats[y]) >= thresholds.CHAIN_SIM
        if not all(fits(x, y) for x in mi for y in mj):
            continue
        merged = mi + mj
        for x in merged:
            group[x] = gi
        members[gi] = merged
        members.pop(gj, None)
    return list(members.values())


def passages(feats: list[Features], groups: list[list[int]], judged) -> list[list[int]]:
    """One agreement per shared passage: groups of near-verbatim agreement (every judged pair in
    them at PASSAGE_SCORE or more) that cover the same articles with neighbouring claims (at
    most PASSAGE_REACH claims apart in each) are one quotation several outlets repeat sentence
    by sentence ("I love this country ..." / "The world laughs at us." / "They won't be
    laughing ..."), shown once with every quote, not as one agreement per sentence."""
    score: dict[tuple[int, int], float] = {}
    for f1, f2, jd in judged:
        if jd.kind == "agreement":
            score[(min(f1.index, f2.index), max(f1.index, f2.index))] = jd.score
    position: dict[int, int] = {}
    by_article: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        by_article[f.article].append(f)
    for fs in by_article.values():
        for n, f in enumerate(sorted(fs, key=lambda f: f.claim.evidence.start)):
            position[f.index] = n

    def verbatim(g: list[int]) -> bool:
        pairs = [v for (i, j), v in score.items() if i in g and j in g]
        return bool(pairs) and min(pairs) >= thresholds.PASSAGE_SCORE

    def near(g: list[int], h: list[int]) -> bool:
        arts_g = {feats[i].article for i in g}
        if arts_g != {feats[i].article for i in h}:
            return False
        return all(min(abs(position[i] - position[j]) for i in g if feats[i].article == a
                       for j in h if feats[j].article == a) <= thresholds.PASSAGE_REACH for a in arts_g)

    out: list[list[int]] = []
    for g in sorted(groups, key=lambda g: min(position[i] for i in g)):
        host = next((o for o in out if verbatim(o) and verbatim(g) and near(o, g)), None) if len(g) >= 2 else None
        if host is None:
            out.append(list(g))
        else:
            host.extend(g)
    return out


def _topic(f1: Features, f2: Features) -> str:
    shared = sorted(f1.name_seqs & f2.name_seqs) or sorted(f1.names & f2.names)
    if shared:
        return ", ".join(s.title() for s in shared[:2])
    common = sorted(f1.words & f2.words, key=lambda w: -f1.weights.get(w, 0))
    return ", ".join(common[:3]) or "the same event"


def _events(feats: list[Features], judged) -> list[Event]:
    """Who claims what: claims linked by any agreement or conflict, per source and article."""
    uf = _UF(len(feats))
    stance: dict[int, str] = {}
    for f1, f2, jd in judged:
        uf.union(f1.index, f2.index)
        for f in (f1, f2):
            if jd.kind == "agreement":
                stance.setdefault(f.index, "agrees")
            else:
                other = f2 if f is f1 else f1
                denies = negates(f, other) or (jd.kind == "assertion" and f.refutes and not other.refutes)
                stance[f.index] = "denies" if denies else ("counts" if jd.kind == "numbers" else "asserts")
    members: dict[int, set[int]] = defaultdict(set)
    for f1, f2, _ in judged:
        members[uf.find(f1.index)] |= {f1.index, f2.index}
    out = []
    for idx in members.values():
        fs = sorted((feats[i] for i in idx), key=lambda f: (_art_key(f.article), f.claim.evidence.start))
        kinds = {jd.kind for f1, f2, jd in judged if f1.index in idx}
        about = next((jd.about for f1, f2, jd in judged if f1.index in idx and jd.about not in ("", "where", "when")), "")
        names = Counter(s for f in fs for s in (f.name_seqs or f.names))
        title = about or ", ".join(_surface(n, fs) for n, _ in names.most_common(2)) or \
            min(fs, key=lambda f: len(f.claim.text)).claim.text[:80]
        versions = [EventVersion(source=f.source, article=f.article, ref=_ref(f), stance=stance.get(f.index, "asserts"),
                                 text=f.claim.text, quote=f.claim.evidence.quote,
                                 values=[q.value for q in f.claim.quantities]) for f in fs]
        out.append(Event(id="", title=title, disputed=bool(kinds - {"agreement"}),
                         articles=sorted({f.article for f in fs}, key=_art_key), versions=versions))
    out.sort(key=lambda e: (-e.disputed, -len(e.articles), -len(e.versions), e.title))
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(out, 1)]


def _surface(name: str, fs: list[Features]) -> str:
    """A lower-cased name as the claims write it ("gop" -> "GOP", "washington post" -> "Washington Post")."""
    rx = re.compile(r"\b" + r"\W+".join(re.escape(p) for p in name.split()) + r"\b", re.I)
    for f in fs:
        m = rx.search(f.claim.text) or rx.search(f.claim.evidence.quote)
        if m:
            return m.group(0)
    return name.title()


def storylines(feats: list[Features]) -> list[Storyline]:
    """Names (multiword first) mentioned by several articles, with the claims that mention them.

    A name in every claim of the batch is kept (it is the story's subject); a storyline whose
    claims are all in a bigger one already listed is dropped."""
    index: dict[str, list[int]] = defaultdict(list)
    in_seq: dict[str, Counter] = defaultdict(Counter)
    for f in feats:
        for s in f.name_seqs | f.names:
            index[s].append(f.index)
        for q in f.name_seqs:
            for t in q.split():
                in_seq[t][q] += 1
    surface: dict[str, str] = {}
    for t, seqs in in_seq.items():  # "white" -> "White House" when it mostly comes in that name
        q, n = seqs.most_common(1)[0]
        if n * 2 >= len(index.get(t, ())):
            surface[t] = q
    out: list[tuple[str, list[int]]] = []
    ranked = sorted(index.items(), key=lambda kv: (-len({feats[i].sha for i in kv[1]}), -len(kv[1]), kv[0]))
    covered: list[set[int]] = []
    for key, idx in ranked:
        if len({feats[i].sha for i in idx}) < 2:
            continue
        s = set(idx)
        if any(s <= c for c in covered):
            continue
        covered.append(s)
        out.append((key, idx))
        if len(out) == thresholds.MAX_STORYLINES:
            break
    result = []
    for n, (key, idx) in enumerate(out, 1):
        fs = sorted((feats[i] for i in idx), key=lambda f: (_art_key(f.article), f.claim.evidence.start))
        result.append(Storyline(id=f"s{n}", title=_surface(surface.get(key, key), fs), claims=[_ref(f) for f in fs],
                                articles=sorted({f.article for f in fs}, key=_art_key)))
    return result

