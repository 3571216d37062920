"""Events (align.py's third grouping step): claims linked by a conflict or in one agreement group, per source
and article ("who claims what"), each headed by its shortest claim in the outlet's voice. Split
from align.py (the 400-line limit)."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from typing import Iterator, get_args

from .accounts import accounts
from .agreement_groups import join_groups
from .claimrefs import claim_ref
from .innocence import claims_innocence
from .pairs import negates
from .schema import Event, EventVersion
from .sourcenames import as_written, time_voice
from .storylines import article_order


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


#: The longest event heading (characters); a longer claim is cut at a word and marked "…".
HEADING_CHARS = 90


def event_heading(fs, degree: dict[int, int] | None = None) -> str:
    """What an event is about, in the words of its shortest claim in the outlet's voice (else its
    shortest claim), cut at a word. Its most frequent names headed it before session 16: read on
    seven BASIL clusters (digest17), 16 of 51 such headings named nothing the event is about
    ("Noting", "Hello", "Asked, Massachusetts", "Popeo PC, Boston")."""
    own = [f for f in fs if f.source == "article"] or fs
    if degree and len(fs) > 2:  # a claim linked to one other only (a chain's end) heads no event of three or more (lead37)
        own = [f for f in own if degree.get(f.index, 0) > 1] or [f for f in fs if degree.get(f.index, 0) > 1] or own
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
    voice: dict[int, str] = {}  # who gives the time of a claim in a time conflict, when not its source
    # agreeing claims join as the agreements do (join_groups: strongest first, no chaining), not by every agreeing
    # pair: A~B and B~C made one event of an appointment, a primary's favourite and a rule on who may run (lead42)
    for group in join_groups(feats, judged):
        for x in group:
            uf.union(group[0], x)
            stance[x] = stance[x] or _CODE["agrees"]
    for i, j, jd in judged:
        if jd.kind == "agreement":
            continue
        uf.union(i, j)
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
        if jd.about.rstrip(")").endswith("when") and len(jd.values) == 2 and all(isinstance(v, str) for v in jd.values):
            for f, v in ((f1, jd.values[0]), (f2, jd.values[1])):  # a time only the outlet's frame gives is the outlet's
                voice[f.index] = time_voice(f, as_written(f, v))  # account ('..., she told the Gazette in an interview
                # published Sunday.': the lead, session 47)
    members: dict[int, set[int]] = defaultdict(set)
    kinds: dict[int, set[str]] = defaultdict(set)
    links: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
    abouts: dict[int, str] = {}
    for i, j, jd in judged:  # what links a component: its pairs' kinds, the first number pair's counted thing
        root = uf.find(i)
        if root != uf.find(j):
            continue  # an agreeing pair its groups keep apart
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
        degree = Counter(x for i, j, _ in links[root] for x in {i, j})
        title = about or event_heading(fs, degree)
        told = accounts([f.index for f in fs], links[root])  # one account per side (accounts.py)
        fs.sort(key=lambda f: told[f.index] or len(fs) + 1)  # stable: by account, then as before
        versions = [EventVersion(source=voice.get(f.index, f.source), article=f.article, ref=claim_ref(f),
                                 stance=_STANCES[stance[f.index]] or "asserts",
                                 text=f.claim.text, quote=f.claim.evidence.quote,
                                 values=[q.value for q in f.claim.quantities], account=told[f.index]) for f in fs]
        e = Event(id="", title=title, disputed=bool(kinds[root] - {"agreement"}),
                  articles=sorted({f.article for f in fs}, key=article_order), versions=versions)
        yield (-e.disputed, -len(e.articles), -len(e.versions), e.title), e

