"""Cross-article alignment, disputes inside one article (issue 15): an article that reports two
sources who disagree ("commanders said the front had stabilised, though the president said his
forces were continuing to advance"; "Carney said the phrase is from the Bible ... The phrase is
not in the Bible").

`within_article(feats)` pairs claims of one article, near each other (WITHIN_REACH claims
apart at most), from different sources (one may be the article's own voice, not both), when:

* opposite predicates (words.OPPOSITE_PREDICATES): in adjacent clauses of one sentence with
  two named speakers, or about a name both mention besides their speakers;
* one negates or denies what a named source says and names that source ("The phrase quoted by
  Carney is not in the Bible"): the negation reaches at least NEGATED_SHARE of their shared
  words, and similarity is WITHIN_NEG_SIM or more. (Plain
  negation between neighbouring sentences, without naming the other side, was tried on the 50
  BASIL clusters: 2 of 7 were disputes.)

A claim's own clauses (a cut of the same quote) and a source against itself never dispute.
Refutations that name another source's account ("X disputed Y's rationale") are found by
classify.refutations, within one article too. Thresholds: summarizer/thresholds.py.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .. import thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, negated_share, part_of
from .pairs import Features, names_source, negates, same_source, similarity, source_words, stem
from .predicates import opposite, predicate_stems, word_for

__all__ = ["within_article"]

_SENTENCE_END = ('.', '!', '?', '."', '.”', "?”", '?"')


def same_sentence(x: Features, y: Features) -> bool:
    """`y` is the next clause of `x`'s sentence: its evidence starts a few characters after
    `x`'s ends (", though ", "; ", " but "), and `x`'s does not end the sentence."""
    gap = y.claim.evidence.start - x.claim.evidence.end
    return 0 <= gap <= thresholds.WITHIN_CLAUSE_GAP and not x.claim.evidence.quote.rstrip().endswith(_SENTENCE_END)


def _a_name(f: Features, start: str) -> bool:
    """The opposite-predicate word is only ever a capitalised name in the claim ("Blocker")."""
    words = re.findall(r"\b" + re.escape(start.strip()) + r"[\w-]*", f.claim.text, re.I)
    return bool(words) and all(w[:1].isupper() for w in words) and not f.claim.text.startswith(words[0])


def _speakers(x: Features, y: Features) -> set[str]:
    return source_words(x.source) | source_words(y.source)


def dispute(x: Features, y: Features) -> Judgment | None:
    """Whether two nearby claims of one article (x before y) report a dispute."""
    if x.source == y.source or ARTICLE_VOICE == x.source == y.source or same_source(x, y) or part_of(x, y):
        return None
    shared_names = (x.mentions & y.mentions) - _speakers(x, y)
    opp = opposite(x, y)
    if opp and not (_a_name(x, opp[0]) or _a_name(y, opp[1])):
        # two speakers in one sentence ("A said ..., though B said ..."), not a clause of the
        # article's own voice continuing another's ("the House endorsed it, but it failed ...")
        adjacent = same_sentence(x, y) and ARTICLE_VOICE not in (x.source, y.source)
        drop = {stem(opp[0]), stem(opp[1])} | predicate_stems(x) | predicate_stems(y)
        if adjacent or (shared_names and similarity(x, y, drop=drop) >= thresholds.OPPOSITE_SIM):
            return Judgment("assertion", f"in one article, {x.source}: “{word_for(x, opp[0])}”; "
                                         f"{y.source}: “{word_for(y, opp[1])}”",
                            about=", ".join(sorted(shared_names)[:2]).title())
    n1, n2 = negates(x, y), negates(y, x)
    if n1 != n2:
        neg, other = (x, y) if n1 else (y, x)
        # the negating claim names the other's speaker: a rebuttal of that source, not a
        # neighbouring sentence that happens to hold a "not"
        if other.source != ARTICLE_VOICE and names_source(neg, other.source) \
                and negated_share(neg, other) >= thresholds.NEGATED_SHARE \
                and similarity(x, y) >= thresholds.WITHIN_NEG_SIM:
            return Judgment("assertion", f"in one article, {neg.source} contradicts {other.source}",
                            about=", ".join(sorted(shared_names)[:2]).title())
    return None


def within_article(feats: list[Features], taken: set[tuple[int, int]] = frozenset()
                   ) -> list[tuple[Features, Features, Judgment]]:
    """Disputes reported inside one article: (side, side, judgment), the earlier claim first."""
    by_article: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        by_article[f.article].append(f)
    out = []
    for fs in by_article.values():
        fs.sort(key=lambda f: f.claim.evidence.start)
        for i, x in enumerate(fs):
            for y in fs[i + 1:i + 1 + thresholds.WITHIN_REACH]:
                if tuple(sorted((x.index, y.index))) in taken:
                    continue
                jd = dispute(x, y)
                if jd is not None:
                    out.append((x, y, jd))
    return out
