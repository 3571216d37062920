"""The checks a lexical overlap misses, on a sentence and its supporting article sentences:
names (with demonyms), negation on one side only, swapped roles."""

from __future__ import annotations

import re

from .. import lang
from .article import Article, Sent, negation_scopes
from .words import AUX, CLAUSE, COMPASS, NEGATION, Tok, is_content, looks_capital, stem

_PARTICLES = {stem(w) for w in lang.NEGATION_PARTICLES}

def word_in(art: Article, low: str) -> bool:
    """A name's word is in the article: as written, as one of its hyphen/possessive forms, or
    a demonym of a name there ("Britain" for "British", "Nigeria" for "Nigerian")."""
    if low in art.words or any(f in art.words for f in COMPASS.get(low, ())):
        return True
    if low.endswith("s") and low[:-1] in art.words:  # "Democrats" for "Democrat"
        return True
    for suf in lang.DEMONYM_SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            root = low[: -len(suf)]  # "nigeri" of "Nigerian", "brit" of "British"
            if any(w.startswith(root) and len(w) <= len(root) + 4 for w in art.names):
                return True
    return False


def negation_check(sent: str, toks: list[Tok], support: list[Sent], stems: set[str], art: Article) -> str | None:
    """A negation present on one side only, over at least two of the words both sides share
    (names aside: "not" is about what is done, not who does it)."""
    if not support:
        return None

    def scoped(s_toks, scopes):
        return {t.stem for a, b in scopes for t in s_toks[a + 1:b]
                if is_content(t) and t.low not in art.proper and not looks_capital(t.word)}

    mine = negation_scopes(sent, toks)
    if mine:
        words = scoped(toks, mine)
        cues = {stem(m.group(0)) for m in NEGATION.finditer(sent)} - _PARTICLES
        for s in support:
            hit = words & s.stems - scoped(s.toks, s.negations)
            if cues & s.stems:
                continue  # "which he denied": a verb of negation governs what comes before it too
            if art.text[s.start:s.end].rstrip(" \"'”’)").endswith("?"):
                continue  # "Will you refund tickets?": a question states neither; its answer's "No" does (digest57)
            if len(hit) >= 2:
                cue = NEGATION.search(sent).group(0)
                shown = sorted({t.word for t in toks if t.stem in hit})
                return (f"negation added: the sentence says {cue!r} ({', '.join(shown[:3])}), "
                        f"the article says it plainly")
        return None
    for s in support:
        for a, b in s.negations:
            hit = scoped(s.toks, [(a, b)]) & stems
            if len(hit) < 2:
                continue
            if any(o is not s and hit <= o.stems and not o.negations for o in support):
                continue  # said plainly elsewhere too
            lo = a - 1 if a and s.toks[a - 1].low in AUX else a
            phrase = " ".join(t.word for t in s.toks[lo:b][:6])
            return f"negation flipped: the article says '{phrase}'"
    return None


#: A counterfactual: a modal, "have" and a past participle ("provisions that would have allowed firms to
#: ...", "a rule that could have cost ..."): what follows did not happen (read25).
_COUNTERFACTUAL = re.compile(lang.COUNTERFACTUAL_RE, re.I)
#: The fewest content words after a counterfactual that a sentence must repeat plainly to be flagged.
COUNTERFACTUAL_SHARED_WORDS = 3
#: How many tokens after the counterfactual's "have" its scope runs (to a comma or a new clause before).
COUNTERFACTUAL_SCOPE_TOKENS = 8


def counterfactual_check(sent: str, toks: list[Tok], support: list[Sent], art: Article) -> str | None:
    """A sentence that states plainly what its supporting sentence says only under a counterfactual
    ("The bill was amended to allow firms to refuse clients" from "amending provisions that would have
    allowed firms to refuse clients"): at least COUNTERFACTUAL_SHARED_WORDS content words of the
    counterfactual's scope, the sentence with no counterfactual of its own, and no other supporting
    sentence that says them plainly."""
    if _COUNTERFACTUAL.search(" ".join(t.word for t in toks)):
        return None  # (read as the support is, by its words: 'would have "undercut ..."' has a quotation mark in it; read27)
    mine = {t.stem for t in toks if is_content(t) and t.low not in art.proper and not looks_capital(t.word)}
    for s in support:
        text = " ".join(t.word for t in s.toks)
        for m in _COUNTERFACTUAL.finditer(text):
            k = len(text[:m.end()].split())
            scope = []
            for t in s.toks[k:k + COUNTERFACTUAL_SCOPE_TOKENS]:
                if t.low in CLAUSE or t.word in (",", ";", ":"):
                    break
                scope.append(t)
            hit = {t.stem for t in scope if is_content(t)} & mine
            if len(hit) >= COUNTERFACTUAL_SHARED_WORDS and not any(o is not s and hit <= o.stems and not _COUNTERFACTUAL.search(
                    " ".join(t.word for t in o.toks)) for o in support):
                return f"counterfactual stated as fact: the article says '{m.group(0).strip()} {' '.join(t.word for t in scope[:5])}'"
    return None


def swapped_roles(sent: str, toks: list[Tok], runs: list[list[int]], art: Article, support: list[Sent]) -> str | None:
    """Who did what to whom: "A <word> B" in the sentence (each name at most three words from
    the shared word), "B <word> A" in a supporting sentence. A passive "by" on one side only
    keeps the roles ("A beat B" = "B was beaten by A")."""
    mine = [t.low for t in toks]
    if any(mine == [t.low for t in s.toks[k:k + len(mine)]] for s in support for k in range(len(s.toks) - len(mine) + 1)):
        return None  # the article's own sentence, word for word: its order is the article's (read35)
    ents = [(r[0], r[-1], toks[r[-1]].low) for r in runs]
    ents += [(i, i, t.low) for i, t in enumerate(toks) if t.low in art.proper and not any(i in r for r in runs)]
    ents.sort()
    for x in range(len(ents) - 1):
        (_, ea, a), (sb, _, b) = ents[x], ents[x + 1]
        if a == b:
            continue
        verbs = [(k, toks[k]) for k in range(ea + 1, sb) if is_content(toks[k]) and not looks_capital(toks[k].word)
                 and k - ea <= 3 and sb - k <= 3]
        mine_passive = any(t.low == "by" for t in toks[ea + 1:sb])
        for s in support:
            pas = [k for k, t in enumerate(s.toks) if t.low == a]
            pbs = [k for k, t in enumerate(s.toks) if t.low == b]
            for _, v in verbs:
                for pv in (k for k, t in enumerate(s.toks) if t.stem == v.stem):
                    if any(0 < pv - pb <= 3 for pb in pbs) and any(0 < pa - pv <= 4 for pa in pas):
                        pb = max(k for k in pbs if k < pv)
                        theirs_passive = any(t.low == "by" for t in s.toks[pb + 1:pv + 4])
                        if mine_passive == theirs_passive and not _said_in_order(art, a, v.stem, b):
                            return (f"roles swapped: the sentence says {toks[ea].word} {v.word} {toks[sb].word}, "
                                    f"the article {s.toks[pb].word} {s.toks[pv].word} {toks[ea].word}")
    return None


def _said_in_order(art: Article, a: str, verb: str, b: str) -> bool:
    """Some article sentence says "A <verb> B" in the sentence's own order (polls and matches
    are reported both ways round over an article)."""
    for s in art.sents:
        low = [t.low for t in s.toks]
        for pv, t in enumerate(s.toks):
            if t.stem == verb and a in low[max(0, pv - 4):pv] and b in low[pv + 1:pv + 5]:
                return True
    return False


def completed_name(ctx: Article, full: Article, words: list[str], i: int | None = None,
                   known: frozenset[str] | set[str] = frozenset()) -> bool:
    """A multiword name the context mentions by one of its words ("Farenthold") and the
    article gives whole ("Blake Farenthold"): the claim names whom the context means. With `i`,
    only the part of the run holding word i has to be whole in the article ("Blake Farenthold"
    of "Blake Farenthold's GOP colleagues"). `known`: words the context means without writing
    them (a pronoun's antecedents: "he" after "Trump" lets the claim say "Donald Trump")."""
    spans = [(a, b) for a in range(len(words)) for b in range(a + 2, len(words) + 1)
             if i is None or a <= i < b] if i is not None else [(0, len(words))]
    for a, b in spans:
        part = words[a:b]
        if len(part) < 2 or not any(w in ctx.words or w in known for w in part):
            continue
        pattern = r"(?:['’]s)?\W+".join(re.escape(w) for w in part)
        if re.search(rf"(?<!\w){pattern}(?!\w)", full.text, re.I):
            return True
    return False


def _antonyms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, b in lang.ANTONYM_PAIRS:
        sa, sb = {stem(w) for w in a}, {stem(w) for w in b}
        for x in sa:
            out.setdefault(x, set()).update(sb - sa)
        for x in sb:
            out.setdefault(x, set()).update(sa - sb)
    return out


ANTONYMS = _antonyms()


def antonym_flip(toks: list[Tok], support: list[Sent]) -> str | None:
    """The sentence says a word whose opposite its supporting sentences say, and not the word
    itself ("profits rose" against "profits fell")."""
    if not support:
        return None
    theirs = {t.stem for s in support for t in s.toks}
    for t in toks:
        opp = ANTONYMS.get(t.stem)
        if not opp or t.stem in theirs:
            continue
        hit = opp & theirs
        if hit:
            said = next(u.word for s in support for u in s.toks if u.stem in hit)
            return f"opposite: the sentence says {t.word!r}, the article says {said!r}"
    return None
