"""A summary sentence fused from two article sentences that joins one sentence's subject to
another sentence's predicate said of someone else: "<X> reached the final after beating <Y>"
and "<Y>'s coach said his side had been refused a penalty" fused into "<X> had been refused a
penalty". Real abstraction is kept: "<X>, which beat <Y>, reached the final" fused from two
sentences about <X>, or a predicate whose sentence names <X> too."""

from __future__ import annotations

import functools
import re

from .. import lang
from .article import Article, Sent
from .words import AUX, CLAUSE, REPORTING, Tok, is_content, looks_capital

#: The fewest predicate words a sentence without the subject must carry for the check to read it.
MIN_PREDICATE_WORDS = 2

_POSSESSIVE = frozenset(lang.POSSESSIVE_DETERMINERS)
_DETERMINERS = frozenset(lang.DETERMINERS)


def fused_subject(sent: str, toks: list[Tok], runs: list[list[int]], art: Article, support: list[Sent]) -> str | None:
    """The sentence's subject, a name, from one supporting sentence and its predicate only from
    another that does not name it, where that one says the predicate of another name, of a
    possessive phrase ("his side", "their club": the possessor's, not the subject)."""
    if len(support) < 2:
        return None
    subj = _leading_name(sent, toks, runs, art)
    if not subj:
        return None
    subj_lows = {toks[k].low for k in subj}
    if any(t.word.islower() and t.low in art.proper for t in toks):
        return None  # a sentence in lower case ("ze maria"): its capitals say nothing about its names
    pred = [t for t in toks[_predicate_start(sent, toks, subj[-1]):] if is_content(t) and t.low not in REPORTING]
    stems = {t.stem for t in pred if not looks_capital(t.word)}
    if len(stems) < MIN_PREDICATE_WORDS:
        return None
    named = [s for s in support if subj_lows & {t.low for t in s.toks}]
    if not named:
        return None
    own = set().union(*(s.stems for s in named))
    if len(stems & own) * 2 >= len(stems):
        return None  # the subject's own sentences carry the predicate
    for s in support:
        if s in named:
            continue
        hit = (stems & s.stems) - own - set().union(*(o.stems for o in support if o is not s))
        if len(hit) < MIN_PREDICATE_WORDS or len(hit) * 2 < len(stems):
            continue
        pv = next(k for k, t in enumerate(s.toks) if t.stem in hit)
        other = _clause_subject(art, s, pv)
        if other and not _member(art, other, subj_lows):
            said = " ".join(t.word for t in pred if t.stem in hit)
            subject = " ".join(toks[k].word for k in subj)
            return f"fused: {subject!r} is not who '{said}' is said of (the article says it of {other})"
    return None


def _leading_name(sent: str, toks: list[Tok], runs: list[list[int]], art: Article) -> list[int]:
    """The name that is the sentence's subject: the name run it opens with ("The" allowed
    before it), or its first word alone when the article writes that word only as a name
    ("Fenwick won ..."); the name after a role noun ("<Club> captain <First> <Last> will ...").
    None for a description ("The <Country> winger"), a possessive ("<Name>'s side") or no name."""
    first = 1 if toks and toks[0].low == "the" else 0
    run = next((r for r in runs if r[0] == first), None)
    if run is None and len(toks) > first and looks_capital(toks[first].word) and toks[first].low in art.proper:
        run = [first]
    if not run:
        return []
    nxt = run[-1] + 1
    if nxt < len(toks) and re.match(r"['’]", sent[toks[run[-1]].end:toks[run[-1]].end + 1] or " "):
        return []  # "<Name>'s side": the side is the subject
    later = next((r for r in runs if nxt < r[0] <= nxt + 2), None)
    if later and not any(t.low in AUX or t.low in REPORTING for t in toks[nxt:later[0]]):
        return later  # "<Club> captain <First> <Last>"
    if first and nxt < len(toks) and toks[nxt].word.islower() and is_content(toks[nxt]) and toks[nxt].low not in AUX:
        return []
    return run


def _predicate_start(sent: str, toks: list[Tok], last: int) -> int:
    """The first token after the subject, past an aside between commas (", who beat <Y> 2-1,")."""
    k = last + 1
    if k < len(toks) and "," in sent[toks[last].end:toks[k].start]:
        for j in range(k + 1, len(toks)):
            if "," in sent[toks[j - 1].end:toks[j].start]:
                return j
    return k


def _clause_subject(art: Article, s: Sent, pv: int) -> str | None:
    """Who sentence `s` says its words at token `pv` of, when that is not the summary's subject:
    the name that ends the noun phrase opening their clause ("Former <Country> defender <Name>
    was ..."), or a possessive phrase opening what a named speaker said ("<Name> said his side
    had ..."). None when the phrase is a pronoun, a description ("The <Name> star", "A <City>
    runner": it may stand for the summary's subject) or no subject at all."""
    lo, speaker = 0, None
    for k in range(pv - 1, 0, -1):
        t = s.toks[k]
        if t.low in CLAUSE or t.low in REPORTING and s.toks[k - 1].low not in AUX | lang.BE_FORMS or t.low == "that":  # (not "had been denied")
            lo = k + 1
            if t.low in REPORTING:
                speaker = _trailing_name(art, s, _noun_phrase(art, s, 0, k))
            break
        if re.search(r"[,;:]", art.text[s.toks[k - 1].end:t.start]):
            lo = k
            break
    np = _noun_phrase(art, s, lo, pv)
    if not np:
        return None
    if np[0].low in _POSSESSIVE and len(np) == 2 and lo and s.toks[lo - 1].low in REPORTING:
        speaker = speaker or _speaker(art.text, s.toks[pv].start)  # "He said his side ...": who "he" is
    if np[0].low in _POSSESSIVE and len(np) == 2 and speaker:
        return f"'{np[0].word} {np[1].word}', in what {speaker} said"
    if np[0].low in _DETERMINERS:
        return None
    name = _trailing_name(art, s, np)
    return f"'{name}'" if name else None


def _member(art: Article, other: str, subj_lows: set[str]) -> bool:
    """The article writes the other name right before the subject's ("<Band> singer <Name>",
    "<Club> boss <Name>"): the subject belongs to it, and what is said of the one may be of both."""
    words = re.findall(r"[\w'’-]+", other.split("', in what")[0].strip("'"))
    if not words or "', in what" in other:
        return False
    lead = r"\W+".join(re.escape(w) for w in words)
    return any(re.search(rf"\b{lead}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}{re.escape(w)}\b", art.text, re.I) for w in subj_lows)


def _noun_phrase(art: Article, s: Sent, lo: int, hi: int) -> list[Tok]:
    """The tokens from `lo` up to the first auxiliary or reporting verb before `hi`, leaving out
    words in brackets ("<Name> (left) was ..."); at most five."""
    out = []
    for t in s.toks[lo:hi]:
        if t.low in AUX or t.low in REPORTING:
            break
        before = art.text[s.start:t.start]
        if before.count("(") > before.count(")"):
            continue
        out.append(t)
    return out if len(out) <= 5 else []


def _trailing_name(art: Article, s: Sent, np: list[Tok]) -> str | None:
    """The name that ends a noun phrase ("<Town> coach <First> <Last>" -> "<First> <Last>")."""
    run = []
    for t in reversed(np):
        if not (looks_capital(t.word) and (t.low in s.names or t.low in art.proper)):
            break
        run.insert(0, t.word)
    return " ".join(run) or None


def _speaker(text: str, at: int) -> str | None:
    """The resolved source (summarizer.attribution) of the statement holding offset `at`."""
    for r in _analysis(text).relations:
        if any(a <= at < b for a, b in r.content) and r.name and r.name.lower() not in lang.PRONOUNS:
            return r.name
    return None


@functools.lru_cache(maxsize=8)
def _analysis(text: str):
    from ..attribution import analyze

    return analyze(text)
