"""Cross-article alignment: what keeps an agreement one proposition (issue 15).

Who speaks: two claims that each give a named speaker's
own words are one proposition only when the speaker is the same: two speakers' near-identical
lines ("The town deserves to see the whole budget" / "The town deserves to know the whole
truth"), or a spokesman's words and his principal's, are two statements
(evals/digest_judgements/README.md: "another speaker" is a wrong agreement).

`different_speakers(f1, f2)`: both claims are statements (ClaimKind "statement") of named
sources (a source with a capitalised name: "Sen. Jane Roe", not "the statement" or "several
senators"), and the sources are not one speaker: no shared name word, or one of them is a proxy
(a lower-case lang.SPEAKS_FOR_NOUNS word: "a Roe spokesman", "Roe's campaign") and the other is
not. The outlet's own voice and unnamed sources never differ: their attribution says too little.
classify.py leaves near-verbatim pairs (similarity from PASSAGE_SCORE) alone: there the speaker
is more often misread than different.

One fact per text: `one_fact(feats, x, y, group, position)` (align.join_groups) lets two claims
of one text into an agreement group only as neighbours or when they agree with the group on the
same words (not a name's: agree12), never when they date their events on two days.

One agreement per pair of sentences: `same_sentences(feats, groups)` (align.iter_agreements)
joins two agreement groups that hold the same sentences of the same articles: a sentence and
its own relative clause, each made a claim (drafts.descriptions: "Rita Vance, who has served on
the council since 2015, was the lone dissenter" and "Rita Vance has served on the council since
2015"), each joined with the other outlet's sentence and its clause on its own, are one
agreement shown once, with all four quotes, not two.

Key agreements first: `key_rank(fs, position)` (align.iter_agreements, after the number of
outlets) ranks an agreement of background claims only (a description in passing, a career, a
law's history: ClaimKind "background") after those about the event, and among them the one
told earlier in its articles (the sum over its articles of the place of its first claim there:
the lead before the fourth paragraph).

One digest whatever the order of the articles: `strongest_last(feats, order)` (align.join_groups)
orders agreeing pairs of equal score by what their claims are, not by their indexes.

One agreement per quoted sentence: `join_pieces(feats, groups)` (align.iter_agreements, session
20) joins the pieces of one speaker's sentence that two outlets split in two claims (at ", and" or
a dash: "We stand by the inspection ..., and we ask the ministry ...") to the group that holds a
third outlet's claim of the whole sentence: in every article of the smaller group its claim sits
next to one of the larger inside one sentence (the earlier ends no sentence and the later starts at
most PIECE_GAP characters after it), one named speaker says both, and the whole covers
PIECE_COVER of each piece's words. Split the same way by every outlet, with no outlet telling it
whole, the pieces stay two agreements (GUIDELINES §3 splits a sentence at each assertion).
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .pairs import STOP, Features, same_source, source_words, stem
from .reference import referring_words
from .sourcenames import source_head

__all__ = ["different_speakers", "is_proxy", "only_speaker", "tag_words", "named_statement", "key_rank", "one_fact", "same_sentences", "strongest_last"]

_TOKS = re.compile(r"[A-Za-z]+")


def is_proxy(source: str) -> bool:
    """The source speaks for someone else: a lower-case noun of lang.SPEAKS_FOR_NOUNS in its name
    ("a Roe spokesman", "Roe's lawyer", "Roe campaign chairman Al Doe"); a capitalised title
    ("Representative Jane Roe") is not one."""
    return any(t in lang.SPEAKS_FOR_NOUNS for t in _TOKS.findall(source))


def named_statement(f: Features) -> bool:
    """The claim gives the words of a named speaker."""
    if f.claim.kind != "statement" or f.source == ARTICLE_VOICE:
        return False
    # a name of its own ("Sen. Jane Roe") or of the one it speaks for ("a Roe spokesman")
    return bool(source_head(f.source)) or (is_proxy(f.source) and any(
        w[0].isupper() and w.lower() not in STOP for w in _TOKS.findall(f.source)))


#: A quotation that names its speaker after it: "..., tweeted former Secretary Jane Roe." / "... ," said Roe.
_TOLD_BY = re.compile(r"[”\"’']\s*,?\s*(?:" + "|".join(sorted(lang.SPEECH_VERBS)) + r")\s+((?:[\w.’'-]+\s+){0,8}[A-Z][\w’'-]+)\.?$")


def told_by(f: Features) -> str:
    """The speaker a quotation credited to the outlet's own voice names in its own words ("“The
    people deserve to know the whole truth,” tweeted former Mayor Jane Roe." -> "Roe"), or ''."""
    if f.source != ARTICLE_VOICE:
        return ""
    m = _TOLD_BY.search(f.claim.text.strip())
    return source_head(m.group(1)) if m else ""


def different_speakers(f1: Features, f2: Features) -> bool:
    """Both claims are named speakers' statements, and the speakers are not one (module doc); a
    quotation the outlet's voice carries counts as its named speaker's (told_by)."""
    by1, by2 = told_by(f1), told_by(f2)
    if by1 or by2:
        w1 = {by1} if by1 else source_words(f1.source) - STOP if named_statement(f1) else set()
        w2 = {by2} if by2 else source_words(f2.source) - STOP if named_statement(f2) else set()
        if not (w1 and w2) or w1 & w2:
            return False
        return not (w1 & f2.mentions or w2 & f1.mentions)
    if not (named_statement(f1) and named_statement(f2)):
        return False
    # a claim naming the other's speaker may be that speaker's words misattributed ("Renn was
    # quick to answer: ..." given to the debate's other speaker): not surely two speakers; unless
    # it names its own speaker too ("After Renn finished his opening, Vale responded: ...": digest14)
    if any(source_head(g.source) in f.mentions and source_head(f.source) not in f.mentions
           for f, g in ((f1, f2), (f2, f1))):
        return False
    if not same_source(f1, f2):
        return True
    return is_proxy(f1.source) != is_proxy(f2.source)


_SAY = "|".join(sorted(lang.SPEECH_VERBS))
TAG_MAX_WORDS = 12  # "the trust's chief executive, Dr. <First> <Last>" is 7
#: A quotation's speech tag at the end of a claim: '..." said <speaker>.' or '...," <speaker> said.'
_TAG = re.compile(r"[\"”]\s*,?\s*(?:(?:" + _SAY + r")\s+([^\"“”]+?)|([^\"“”]+?)\s+(?:" + _SAY + r"))\s*\.?\s*$")


def tag_words(f: Features) -> list[str]:
    """The lower-cased words of the speech tag that ends the claim's quotation ('"We publish our
    figures every month," said the trust's chief executive, <Name>.'), or [] (digest50). The claim
    opens with the quotation and the tag is short (TAG_MAX_WORDS): a quoted title inside a sentence
    ('The report, "<Title>," cites the example of ...') has no tag."""
    text = f.claim.text.lstrip()
    m = _TAG.search(text) if text[:1] in "\"“" else None
    tag = m and (m.group(1) or m.group(2))
    words = re.findall(r"[a-z0-9][a-z0-9'’-]*", tag.lower()) if tag else []
    return words if len(words) <= TAG_MAX_WORDS else []


def only_speaker(f1: Features, f2: Features) -> bool:
    """The content words the two claims share all lie in one claim's speech tag: the two share a
    quotation's speaker, not what is said of anyone (blind50: a quotation and "Its chief executive,
    <Name>, has led the trust since 2021")."""
    shared = f1.words & f2.words
    return bool(shared) and any(shared <= {stem(w) for w in tag_words(f)} for f in (f1, f2))


def one_fact(feats, x: int, y: int, group: list[int], position: dict[int, int]) -> bool:
    """Two claims of one text join an agreement group only as one fact: neighbours in the text
    (at most PASSAGE_REACH claims apart: sentences of one statement), or sharing a rare word
    (IDF weight >= ANCHOR_MIN_WEIGHT) that a claim of another text in the group also holds, so
    both agree with it on the same words. A long sentence of one outlet that holds two facts
    ("X, who represents the district, faces fraud charges") does not pull in both of another
    outlet's sentences (the district; the charges). The rare word is not a word of a name or
    its description (reference.referring_words): a law's name ("the Religious Freedom
    Restoration Act") or "former" in two sentences far apart says nothing of one fact. Two
    claims that date their events on two days (Features.event_days: "a campaign stop on
    Saturday" / "on Sunday tried to clarify") are two events, neighbours or not. Two claims given to two named
    sources that are no neighbours are two remarks, whatever word they share (`_two_named_sources`; coref56)."""
    fx, fy = feats[x], feats[y]
    ex, ey = fx.claim.evidence, fy.claim.evidence
    if fx.article == fy.article and (ex.start <= ey.start and ey.end <= ex.end or ey.start <= ex.start and ex.end <= ey.end):
        return False  # a name described in passing and the sentence that holds it (drafts.descriptions): one text twice
    if fx.event_days and fy.event_days and not fx.event_days & fy.event_days:
        return False
    if fx.article == fy.article and abs(position[x] - position[y]) <= thresholds.PASSAGE_REACH:
        return True
    if _two_named_sources(fx, fy):
        return False  # a lawyer's "deeply troubling" and an inspector's "deeply troubled" far apart: two remarks (coref56)
    both = {w for w in fx.words & fy.words if min(fx.weights[w], fy.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT}
    both -= referring_words(fx) | referring_words(fy)
    return any(both & feats[z].words for z in group if feats[z].sha != fx.sha)


def _two_named_sources(fx: Features, fy: Features) -> bool:
    """Both claims are given to a named source, the two are not one (same_source), and neither claim names the
    other's source ("Mr. <A> said … “deeply troubling”" / "Mr. <B> said … he was “deeply troubled”")."""
    hx, hy = source_head(fx.source), source_head(fy.source)
    return ARTICLE_VOICE not in (fx.source, fy.source) and bool(hx and hy) and not same_source(fx, fy) \
        and hx not in fy.mentions and hy not in fx.mentions


def strongest_last(feats, order: list[tuple]) -> list[tuple]:
    """Agreeing pairs (score, -i, -j, i, j) in the order they are joined (reversed). Pairs of equal
    score are ordered by what the claims are, not by their indexes, which follow the order the
    articles were given in: two claims of one length first (one sentence quoted whole by two
    outlets before one outlet's sentence that runs two of them together: "I would like to know who
    those bankers are, because they are servants of a false idol" against two outlets' two
    sentences, four pairs at one score), then their texts' hashes and places. With the indexes,
    the first pair joined decided whether the third outlet's quotes joined, and a cluster's
    digest changed with the order of its articles."""
    def claim(x: int) -> tuple:
        f = feats[x]
        return f.sha, f.claim.evidence.start, f.claim.evidence.end

    def key(t: tuple) -> tuple:
        n1, n2 = len(feats[t[3]].claim.text), len(feats[t[4]].claim.text)
        return round(min(n1, n2) / max(n1, n2, 1), 6), sorted((claim(t[3]), claim(t[4])), reverse=True)

    out: list[tuple] = []
    k = 0
    while k < len(order):
        n = k
        while n < len(order) and order[n][0] == order[k][0]:
            n += 1
        out += sorted(order[k:n], key=key) if n - k > 1 else order[k:n]
        k = n
    return out


def same_sentences(feats, groups: list[list[int]]) -> list[list[int]]:
    """Agreement groups over the same articles whose claims overlap in every one of them (the
    same sentences: module doc) joined into one; the others as they are, in their order."""
    def spans(g: list[int]) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        for i in g:
            e = feats[i].claim.evidence
            out.setdefault(feats[i].sha, []).append((e.start, e.end))
        return out

    def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
        return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)

    out: list[tuple[dict, list[int]]] = []
    for g in groups:
        sg = spans(g)
        host = next((o for o in out if o[0].keys() == sg.keys() and len(sg) >= 2
                     and all(overlap(o[0][k], sg[k]) for k in sg)), None)
        if host is None:
            out.append((sg, list(g)))
        else:
            host[1].extend(g)
            for k, v in sg.items():
                host[0][k] += v
    return [g for _, g in out]


def key_rank(fs, position: dict[int, int]) -> int:
    """An agreement's rank among those of as many outlets (lower first; module doc): background
    only last, then by how early its articles tell it."""
    first: dict[str, int] = {}
    for f in fs:
        first[f.sha] = min(first.get(f.sha, position[f.index]), position[f.index])
    background = all(f.claim.kind == "background" for f in fs)
    return thresholds.BACKGROUND_RANK * background + sum(first.values())


_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _next_in_sentence(fa, fb) -> bool:
    """Two claims of one article that are adjacent pieces of one sentence, in either order."""
    a, b = sorted((fa, fb), key=lambda f: f.claim.evidence.start)
    ea, eb = a.claim.evidence, b.claim.evidence
    if a.sha != b.sha or not 0 <= eb.start - ea.end <= thresholds.PIECE_GAP:
        return False
    return not _ENDS_SENTENCE.search(ea.quote)


def _pieces_of(feats, small: list[int], big: list[int]) -> bool:
    """`small` holds the pieces of a sentence `big` holds whole in another outlet (module doc)."""
    shas_small = {feats[i].sha for i in small}
    if len(shas_small) < 2 or not shas_small <= {feats[i].sha for i in big} or set(small) & set(big):
        return False
    for i in small:
        fi = feats[i]
        if fi.source == ARTICLE_VOICE or not any(
                feats[j].sha == fi.sha and _next_in_sentence(fi, feats[j]) and same_source(fi, feats[j]) for j in big):
            return False

    def cover(piece, whole) -> float:
        return len(piece.words & whole.words) / max(len(piece.words), 1)
    return all(any(feats[w].sha not in shas_small and cover(feats[i], feats[w]) >= thresholds.PIECE_COVER
                   for w in big) for i in small)


def join_pieces(feats, groups: list[list[int]]) -> list[list[int]]:
    """Agreement groups with the pieces of one quoted sentence joined into the group that holds it
    whole (module doc); the others as they are, in their order."""
    out = [list(g) for g in groups]
    for small in sorted(out, key=len):
        host = next((g for g in sorted(out, key=len, reverse=True)
                     if g is not small and len(g) >= len(small) and _pieces_of(feats, small, g)), None) if small else None
        if host is not None:
            host.extend(small)
            small.clear()
    return [g for g in out if g]


#: A quotation used as the name of a thing, a lower-case noun right after its closing mark ("wearing “Make Our Town
#: Great” hats", "“Not my mayor” signs"): words mentioned, not said (lead50).
_QUOTED_LABEL = re.compile(r"[\"“]([^\"“”]{3,80})[\"”]\s+([a-z][a-z-]+)\b")


def label_words(f: Features) -> set[str]:
    """Stems of the words of the claim's quotations used as labels of a thing (`_QUOTED_LABEL`; not a speech tag's
    verb, "“...” said X", nor a function word: "“...” and", "“...” in")."""
    out: set[str] = set()
    for m in _QUOTED_LABEL.finditer(f.claim.evidence.quote if f.claim.evidence else f.claim.text):
        noun = m.group(2)
        if noun in lang.FUNCTION_WORDS or noun in lang.CUE_VERBS or noun.endswith("ed") or noun.endswith("ly"):
            continue
        out |= {stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'’-]*", m.group(1).lower())}
    return out


def quoted_label(f1: Features, f2: Features) -> bool:
    """The content words the two claims share all lie in one claim's quotation used as a label ("many wearing “Make
    Our Town Great” hats" / '"We will make our town great," she said'): a slogan on a thing is no statement of it."""
    shared = f1.words & f2.words
    return bool(shared) and any(shared <= label_words(f) for f in (f1, f2))
