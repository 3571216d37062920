"""Cross-article alignment: agreement on one phrase of content words both claims write (issue 15).

Two outlets telling one act of one person often keep its words in order and change everything
around them: "<Name> charged with arson after the depot fire" / "Constable <Name> was promptly
charged with arson"; "Oster resigned from the board in March" / "Lena Oster abruptly resigned from
the board". The claims' other words differ, so their similarity stays under AGREE_SIM (0.3 to 0.4).

`shared_run(f1, f2)`: the longest run of content words (stems, as pairs.features keeps them;
adverbs in "-ly" skipped) written in the same order, one after another, in both claims.

`phrase_agreement(f1, f2)` (align.judge_pair, for pairs the other rules leave unjudged): such a
run of PHRASE_RUN_MIN words or more, one of them written as a verb's past or "-ing" form in both
claims (an act, not a noun phrase both name: an office's title, a movement's name), holding
PHRASE_RUN_RARE words that are no name and rare in the batch (IDF weight from ANCHOR_MIN_WEIGHT), similarity from PHRASE_SIM, no clash of names,
and none of the reasons that keep close claims apart (figured.told_apart: a negation in one only,
another day, a place swap, opposite predicates, different counts, two speakers). Its score (for
grouping) is the claims' similarity. digest31.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .classify import Judgment
from .figured import told_apart
from .pairs import Features, names_clash, place_swap, similarity, stem

__all__ = ["content_sequence", "phrase_agreement", "shared_run"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def _written(f: Features) -> list[tuple[str, str]]:
    """The claim's content words in order as (stem, word as written): words pairs.features keeps
    and the names it mentions (the speaker's too: "<Name> charged with ..." credited to <Name>);
    "-ly" adverbs left out."""
    cached = getattr(f, "_written_sequence", None)
    if cached is None:
        named = {stem(n) for n in f.mentions}
        cached = [(stem(w), w) for w in _WORD.findall(f.claim.text.lower()) if not w.endswith("ly")]
        cached = [(s, w) for s, w in cached if s in f.words or s in named]
        f._written_sequence = cached
    return cached


def content_sequence(f: Features) -> list[str]:
    """The claim's content-word stems in order (`_written`)."""
    return [s for s, _ in _written(f)]


def _verb_form(word: str) -> bool:
    """A word written as a verb's past or participle ("charged", "negotiating"): a run without
    one is a noun phrase both name (an office's title, a movement's name),
    not an act both tell."""
    return lang.is_past_form(word, min_len=4) or (len(word) > 5 and word.endswith("ing"))


def _key(w: str) -> str:
    """A stem compared without a final "s" ("begins" / "begin")."""
    return w[:-1] if len(w) >= 4 and w.endswith("s") else w


def shared_run(f1: Features, f2: Features) -> list[tuple[str, str]]:
    """The longest run of content words written in the same order in both claims, as pairs of
    each claim's stem (module doc)."""
    a, b = content_sequence(f1), content_sequence(f2)
    ka, kb = [_key(w) for w in a], [_key(w) for w in b]
    best: list[tuple[str, str]] = []
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if ka[i - 1] == kb[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > len(best):
                    best = list(zip(a[i - cur[j]:i], b[j - cur[j]:j]))
        prev = cur
    return best


def _tells_act(f1: Features, f2: Features, run: list[tuple[str, str]]) -> bool:
    """One of the run's words is written as a verb form in both claims."""
    v1 = {s for s, w in _written(f1) if _verb_form(w)}
    v2 = {s for s, w in _written(f2) if _verb_form(w)}
    return any(s1 in v1 and s2 in v2 for s1, s2 in run)


def phrase_agreement(f1: Features, f2: Features) -> Judgment | None:
    """An agreement on a run of content words both claims write, or None (module doc)."""
    if f1.sha == f2.sha:
        return None
    run = shared_run(f1, f2)
    if len(run) < thresholds.PHRASE_RUN_MIN or not _tells_act(f1, f2, run):
        return None
    names = {stem(n) for n in f1.names | f2.names | f1.mentions | f2.mentions}
    rare = [w1 for w1, w2 in run if w1 not in names and not w1.startswith("#")
            and min(f1.weights.get(w1, 0.0), f2.weights.get(w2, 0.0)) >= thresholds.ANCHOR_MIN_WEIGHT]
    if len(rare) < thresholds.PHRASE_RUN_RARE:
        return None
    sim = similarity(f1, f2)
    if sim < thresholds.PHRASE_SIM or told_apart(f1, f2):
        return None
    # a name inside the run ties the act to its doer; another name elsewhere in one claim (the
    # victim, a place of the trial) is no other proposition, unless the places differ
    if place_swap(f1, f2) if any(w1 in names for w1, _ in run) else names_clash(f1, f2):
        return None
    return Judgment("agreement", f"the same words in the same order: {' '.join(w for w, _ in run)}", score=sim)
