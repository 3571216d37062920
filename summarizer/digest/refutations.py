"""One source calls another's account false ("not accurate", "a distortion", "denied" naming
the other source): the refuting claim paired with that source's own claim it shares most with.
Split from classify.py (pair by pair judgments) at its 400-line bound; a move, no change."""

from __future__ import annotations

import re
from collections import defaultdict

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, side_of
from .pairs import Features, same_source, similarity, source_words
from .predicates import shared_about
from .sourcenames import names_account, names_source, source_head

_FALSITY = re.compile(r"\b(?:" + lang.FALSITY_RE + r")\b", re.I)
_SERIES = re.compile(r"\b(?:" + lang.SERIES_INTRODUCERS_RE + r")\b", re.I)


def _listed_among(r: Features, head: str) -> bool:
    """The refuter's own subject lists the named source ("Others, including <A> and <B>, dismissed the story"): one side,
    no one refuted by name (the lead, session 42: a county chairman named among those dismissing a report)."""
    text = r.claim.text
    series = _SERIES.search(text)
    denial = next((m.start() for m in re.finditer(r"[A-Za-z]+", text) if m.group(0).lower() in lang.DENIAL_VERBS), None)
    return bool(head) and series is not None and denial is not None and series.start() < denial \
        and re.search(r"\b" + re.escape(head) + r"\b", text[series.end():denial], re.I) is not None


def refutations(feats: list[Features], taken: set[tuple[int, int]] = frozenset(),
                per_refuter: int = 1, by_source=None, article_claims=None) -> list[tuple[Features, Features, Judgment]]:
    """One source calls another's account false: a claim with a refutation cue ("not accurate",
    "false", "a distortion", "denied") that names another source, paired with that source's own
    claim sharing the most with it (at least one name besides the source's). Within one article
    too: an article often reports an account and its denial side by side. Cost: refuting claims
    x claims of named sources, not all pairs."""
    # `by_source` (source -> its claims that do not refute) and `article_claims` (article id ->
    # its claims in index order) come from disk on the digest's store path (claimindex.py)
    if by_source is None:
        by_source = defaultdict(list)
        for f in feats:
            if f.source != ARTICLE_VOICE and not f.refutes:
                by_source[f.source].append(f)
    if article_claims is None:
        in_article: dict[str, list[Features]] = defaultdict(list)
        for f in feats:
            in_article[f.article].append(f)
        article_claims = in_article.__getitem__
    # the article's own sentence just before a refutation may carry the account it refutes
    # ("Obama vetoed the measure, telling lawmakers ... But the bill's proponents have disputed
    # Obama's rationale"): article-voice claims are candidates there when they open on the name.
    # Only the refuter's own article is needed (positions compare claims of one article).
    position: dict[int, int] = {}
    narrated: dict[str, list[Features]] = {}
    out = []
    best_by_sources: dict[tuple[str, str], tuple] = {}
    for r in feats:
        if not r.refutes or (r.source == ARTICLE_VOICE and not _FALSITY.search(r.claim.text)):
            continue  # the outlet's own voice may call an account false ("Trump's unfounded assertions")
        if r.article not in narrated:  # one article at a time
            position.clear()
            narrated.clear()
            fs = sorted(article_claims(r.article), key=lambda f: f.claim.evidence.start)
            position.update((f.index, n) for n, f in enumerate(fs))
            narrated[r.article] = [f for f in fs if f.source == ARTICLE_VOICE and not f.refutes]
        found = []
        for source, claims in by_source.items():
            if not names_source(r, source) or same_source(r, claims[0]) or _listed_among(r, source_head(source)):
                continue
            own = source_words(source)
            best = None
            head = source_head(source)
            told = [g for g in narrated.get(r.article, ()) if 0 < position[r.index] - position[g.index] <= thresholds.WITHIN_REACH
                    and head in {re.sub(r"['’]s$", "", w) for w in g.low.split()[:thresholds.ACCOUNT_OPENING_WORDS]}]
            for g in claims + (told if r.source != ARTICLE_VOICE else []):
                # a name both give besides the source's, or (the refuter naming the source's
                # account: "called the Ledger's report that the team will move false") two content words
                if g.index == r.index or not ((r.mentions & g.mentions) - own or (
                        len((r.words & g.words) - own) >= 2 and names_account(r, source) is not None)):
                    continue
                if g.sha == r.sha and g.article != r.article:
                    continue  # the same text twice is one source
                key = tuple(sorted((r.index, g.index)))
                if key in taken:
                    continue
                sim = similarity(r, g)
                if sim < thresholds.REFUTE_SIM:
                    continue
                if g.article == r.article:
                    sim += thresholds.SAME_ARTICLE_BONUS  # an article that gives an account and its denial pairs them itself
                    if position[r.index] - position[g.index] == 1:
                        sim += thresholds.SAME_ARTICLE_BONUS  # ... most often in the sentence right before
                if best is None or sim > best[0]:
                    best = (sim, g)
            pos = names_account(r, source)
            if best and pos is not None:  # the refuter names the source's account, not just the source
                found.append((best[0], best[1], pos))
        # the account named first is the one refuted ("BuzzFeed's description of ... Cohen's
        # testimony ... are not accurate" refutes BuzzFeed, not Cohen)
        named = [pos for _, _, pos in found if pos is not None]
        first = min(named) if named else None
        found = [(sim + (thresholds.ACCOUNT_BONUS if pos is not None and pos == first else
                         thresholds.ACCOUNT_BONUS / 4 if pos is not None else 0.0), g) for sim, g, pos in found]
        for sim, g in sorted(found, key=lambda t: -t[0])[:per_refuter]:
            pair = (side_of(r.source), side_of(g.source))
            if pair in best_by_sources and best_by_sources[pair][0] >= sim:
                continue
            best_by_sources[pair] = (sim, g, r)
    kept: list[tuple[Features, Features]] = []
    for sim, g, r in best_by_sources.values():  # one conflict per pair of sides: the closest claims
        # ... and one per dispute: a second refuter repeating the same statement against the
        # same side (a spokesman and the office he speaks for) is not another conflict
        if any(side_of(g.source) == side_of(g2.source) and similarity(r, r2) >= thresholds.PASSAGE_SCORE
               for g2, r2 in kept):
            continue
        kept.append((g, r))
        about = shared_about(r, g, source_words(g.source))
        out.append((g, r, Judgment("assertion", f"{r.source} calls {g.source}'s account false", about=about)))
    return out
