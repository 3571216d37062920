"""One agreement per shared passage: a quotation several outlets repeat sentence by sentence is
shown once with every quote, not as one agreement per sentence (`passages`), and each claim's place
in its article (`claim_positions`). Split from align.py at its 400-line bound; a move, no change."""

from __future__ import annotations

from collections import defaultdict

from .. import thresholds
from ..schema import ARTICLE_VOICE
from .pairs import Features, same_source


_QUOTE_MARKS = frozenset('"“”')


def indexed(judged):
    """Judged pairs as (i, j, judgment); pairs of Features (an older caller's form) by their indexes."""
    if isinstance(judged, list) and judged and isinstance(judged[0][0], Features):
        return [(f1.index, f2.index, jd) for f1, f2, jd in judged]
    return judged


def claim_positions(feats, ids) -> dict[int, int]:
    """Each claim's place in its article (0, 1, ... by evidence start), for the claims `ids`."""
    if hasattr(feats, "positions"):  # on disk: one query
        return feats.positions(ids)
    wanted = {feats[i].article for i in ids}
    by_article: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        if f.article in wanted:
            by_article[f.article].append(f)
    position: dict[int, int] = {}
    for fs in by_article.values():
        for n, f in enumerate(sorted(fs, key=lambda f: f.claim.evidence.start)):
            position[f.index] = n
    return position


def passages(feats, groups: list[list[int]], judged) -> list[list[int]]:
    """One agreement per shared passage: groups of near-verbatim agreement (every judged pair in
    them at PASSAGE_SCORE or more) with neighbouring claims (at most PASSAGE_REACH claims apart
    in each article they share), one group's articles among the other's (a third outlet quoting
    only part of the statement), are one quotation several outlets repeat sentence by sentence
    ("I love this town ..." / "The region laughs at us." / "They won't be laughing ..."),
    shown once with every quote, not as one agreement per sentence."""
    judged = indexed(judged)
    score: dict[tuple[int, int], float] = {}
    for i, j, jd in judged:
        if jd.kind == "agreement":
            score[(min(i, j), max(i, j))] = jd.score
    position = claim_positions(feats, {i for g in groups for i in g})

    def verbatim(g: list[int]) -> bool:
        pairs = [v for (i, j), v in score.items() if i in g and j in g]
        return bool(pairs) and min(pairs) >= thresholds.PASSAGE_SCORE

    def near(g: list[int], h: list[int]) -> bool:
        arts_g = {feats[i].article for i in g}
        arts_h = {feats[i].article for i in h}
        if not (arts_g <= arts_h or arts_h <= arts_g):
            return False
        shared = arts_g & arts_h
        if not all(min(abs(position[i] - position[j]) for i in g if feats[i].article == a
                       for j in h if feats[j].article == a) <= thresholds.PASSAGE_REACH for a in shared):
            return False
        # facts told in reported speech keep their order to be one passage: two facts one source gives in one order in
        # a wire and in the other under two question headings are two agreements (digest54); a quotation's sentences
        # an outlet reorders are still one statement ('"When the dust settles ...," he added' after its next sentence)
        if any(_QUOTE_MARKS & set(feats[i].claim.text) for i in list(g) + list(h)):
            return True
        return len({min(position[j] for j in h if feats[j].article == a) > min(position[i] for i in g if feats[i].article == a)
                    for a in shared}) == 1

    def quoting(g: list[int]) -> bool:
        # someone's words: a fact every outlet tells in its own voice is no quotation
        return any(feats[i].source != ARTICLE_VOICE for i in g)

    def one_speaker(g: list[int], h: list[int]) -> bool:
        # one quotation has one speaker: not Quill's line next to the council's vote (digest14)
        return any(same_source(feats[i], feats[j]) for i in g for j in h
                   if feats[i].source != ARTICLE_VOICE and feats[j].source != ARTICLE_VOICE)

    out: list[list[int]] = []
    for g in sorted(groups, key=lambda g: min(position[i] for i in g)):
        host = next((o for o in out if verbatim(o) and verbatim(g) and quoting(g) and quoting(o) and near(o, g)
                     and one_speaker(o, g)), None) if len(g) >= 2 else None
        if host is None:
            out.append(list(g))
        else:
            host.extend(g)
    return out
