"""Cross-article alignment, step 1 (issue 15): what each claim says, and which pairs to compare.

* `features(claims)`: once per claim, its content words (stemmed to 6 letters; numbers of 10 and
  more and tallies such as "97-1" count too), proper names (tokens and multiword), places after a place preposition, the
  counted values, the days it names, the words a negation reaches, opposite-predicate words,
  and whether it refutes someone; the speaker's own name is not part of the proposition.
* `candidate_pairs(features)`: blocking. An inverted index from keys (names, numbers, rare
  content words) to claims; pairs come only from keys shared by claims of two different texts
  and held by at most `thresholds.ALIGN_BLOCK_CAP` claims, so 5,000 claims never mean 12.5
  million comparisons. The same text twice (same sha256) is one source: never paired.
* the comparisons `classify.py` builds on: weighted similarity, name clashes, place swaps,
  negation reach, who names whose account (opposite predicates: predicates.py).

Word lists: summarizer/lang/; thresholds: summarizer/thresholds.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from .. import lang, thresholds
from ..letters import fold
from ..quantity import FUNCTION, MONTHS
from ..rules import numbers as _numbers
from ..schema import ARTICLE_VOICE, Claim
from .affiliation import names_apart, written_sources
from .idf import idf
from .negreach import neg_start, pointer_reach
from .predicates import predicates_of, stem  # (stem: six letters, no possessive; re-exported)

__all__ = ["Features", "block_keys", "candidate_pairs", "containment", "features", "names_clash", "unmatched_names", "negates", "place_swap",
           "event_days", "same_source", "similarity", "undot"]

#: Words that say nothing about the proposition: function words, the calendar, reporting verbs.
STOP = FUNCTION | MONTHS | frozenset(lang.WEEKDAYS) | lang.ALIGN_STOP_WORDS
#: Capitalised words that are not names on their own.
NOT_NAMES = STOP | lang.NOT_NAMES | lang.ALIGN_NOT_NAMES | frozenset(lang.NUMBER_UNITS) | frozenset(lang.NUMBER_TENS)  # "Nine people ..."
REFUTE = re.compile(lang.REFUTATION_RE, re.I)
_TITLES = lang.SOURCE_TITLES

_PLACE = re.compile(r"\b(?:" + "|".join(lang.PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")
_NAME_SEQ = re.compile(r"(?:[A-Z][\w'’.-]*[A-Za-z]|[A-Z]{2,})(?:\s+(?:of\s+|de\s+|the\s+)?(?:[A-Z][\w'’.-]*[A-Za-z]|[A-Z]{2,}))*")
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


@dataclass
class Features:
    """What alignment needs of one claim, computed once."""
    index: int
    article: str
    sha: str
    claim: Claim
    source: str
    words: frozenset[str]
    names: frozenset[str]          # single lower-cased name tokens
    name_seqs: frozenset[str]      # multiword names, lower-cased
    places: frozenset[str]
    values: frozenset[float]       # counted values (quantities)
    all_numbers: frozenset[float]
    negated: bool
    refutes: bool
    low: str                       # lower-cased text, for opposite predicates
    neg_targets: frozenset[str] = frozenset()
    predicates: tuple = ()
    mentions: frozenset[str] = frozenset()   # every name in the text, the speaker's included
    days: frozenset[str] = frozenset()       # weekdays and month-days named ("tuesday", "aug 6")
    quoted: frozenset[str] = frozenset()     # QUOTE_SHINGLE-word runs inside quotation marks
    event_days: frozenset[str] = frozenset() # weekdays not dating a report ("voted Wednesday")
    published: str | None = None             # the article's date, if it states one
    weights: dict[str, float] = field(default_factory=dict)


#: Tokens that negate or deny what is near them ("did not pass", "denied the report", "are
#: inaccurate", "categorically false"), and how many tokens around them they reach.
NEG_TOKENS = lang.NEGATION_TOKENS
NEG_WINDOW = 4
_TOKS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


_QUOTED_NEGATOR = re.compile(r"[\"“‘']\s*(?:" + "|".join(sorted(lang.NEGATION_TOKENS)) + r")\s*[\"”’']", re.I)


def _neg_targets(text: str) -> set[str]:
    """Stems of the content words a negation or denial reaches: the negated proposition's words
    (none for "not ... until": lang.UNTIL_WORDS)."""
    # a negator quoted as a word is mentioned, not used ("the lone “no” vote")
    text = _QUOTED_NEGATOR.sub(" ", text)
    text = re.sub(lang.NUMBER_ABBREVIATION_RE, " number ", text)  # "pen No. 7" is no negator (digest56)
    toks = _TOKS.findall(text.lower())
    out: set[str] = set()
    for i, t in enumerate(toks):
        if negator(t) and not any(w in lang.UNTIL_WORDS for w in toks[i + 1:i + NEG_WINDOW + 2]):
            for w in toks[neg_start(toks, i, NEG_WINDOW):i + NEG_WINDOW + 1]:
                if len(w) >= 3 and w not in STOP and w not in NEG_TOKENS and not w[0].isdigit():
                    out.add(stem(w))
    return out


_WEEKDAY = re.compile(r"\b(" + "|".join(lang.WEEKDAYS) + r")\b", re.I)
_MONTH_DAY = re.compile(r"\b(" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+(\d{1,2})\b", re.I)


_QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
QUOTE_SHINGLE = 5


def quoted_shingles(text: str) -> frozenset[str]:
    """Every run of QUOTE_SHINGLE words inside quotation marks, lower-cased: two outlets quoting
    the same words share them whatever they write around the quote."""
    out = set()
    for m in _QUOTED.finditer(text):
        w = _TOKS.findall(m.group(1).lower().replace("’", "'"))
        out |= {" ".join(w[i:i + QUOTE_SHINGLE]) for i in range(len(w) - QUOTE_SHINGLE + 1)}
    return frozenset(out)


#: A day right after a reporting verb ("said Thursday", "told reporters on Friday") dates the
#: report, not the event: it is not the event's day.
_REPORT_DAY = re.compile(r"\b(?:" + "|".join(lang.REPORTING_VERBS + tuple(lang.REPORT_DAY_VERBS)) + r")\s+(?:\w+\s+){0,2}?"
                         r"(?:(?:" + "|".join(lang.REPORT_DAY_LEADERS) + r")\s+)?(" + "|".join(lang.WEEKDAYS) + r")\b", re.I)


REPORT_DAY = _REPORT_DAY  # public for timeclash (a day of saying is no day of the event)


#: ... and a day naming a statement ("BuzzFeed's Thursday night report", "a Friday statement").
_ACCOUNT_DAY = re.compile(r"\b(" + "|".join(lang.WEEKDAYS) + r")(?:['’]s)?\s+(?:(?:" + "|".join(lang.DAY_PARTS)
                          + r")\s+)?(?:" + "|".join(sorted(lang.ACCOUNT_NOUNS)) + r")\b", re.I)


def event_days(text: str, reach: int | None = None) -> frozenset[tuple[str, frozenset[str]]]:
    """The weekdays a claim gives its event: days not dating a report ("voted Wednesday", not
    "said Wednesday" or "Wednesday's report"), each with the stems of the content words within
    EVENT_DAY_REACH (or `reach`) tokens (the event's verb: "apologized", "voted")."""
    reach = EVENT_DAY_REACH if reach is None else reach
    report = {m.start(1) for rx in (_REPORT_DAY, _ACCOUNT_DAY) for m in rx.finditer(text)}
    out = set()
    for m in _WEEKDAY.finditer(text):
        if m.start(1) in report:
            continue
        before = _TOKS.findall(text[:m.start(1)].lower())[-reach:]
        after = _TOKS.findall(text[m.end(1):].lower())[:reach]
        near = frozenset(stem(w) for w in before + after if len(w) >= 3 and w not in STOP)
        out.add((m.group(1).lower(), near))
    return frozenset(out)


EVENT_DAY_REACH = 2


def _days(text: str) -> frozenset[str]:
    """The days a claim names: weekdays and month-days, lower-cased ("tuesday", "aug 6")."""
    out = {m.group(1).lower() for m in _WEEKDAY.finditer(text)}
    out |= {f"{m.group(1).lower()[:3]} {int(m.group(2))}" for m in _MONTH_DAY.finditer(text)}
    return frozenset(out)


def negator(token: str) -> bool:
    """A token that negates: a negation or denial word, or a contraction of "not" ("hasn't", "won’t")."""
    return token in NEG_TOKENS or token.endswith("n't") or token.endswith("n’t")


def negates(f: Features, other: Features) -> bool:
    """`f` negates or denies something the other claim says (a negation reaches a shared word)."""
    return bool(f.neg_targets & other.words)


def source_words(source: str) -> set[str]:
    return {re.sub(r"['’]s$", "", w) for w in _TOKS.findall(source.lower())} - _TITLES


def same_source(f1: Features, f2: Features) -> bool:
    """Both claims come from the same named source ("President Obama" / "Mr. Obama")."""
    if ARTICLE_VOICE in (f1.source, f2.source):
        return False
    if lang.WRITER_SOURCE in (f1.source, f2.source) and f1.article != f2.article:
        return False  # two articles' writers are two people, as two outlets' voices are two voices
    t1 = {w for w in _TOKS.findall(f1.source.lower()) if w not in _TITLES}
    t2 = {w for w in _TOKS.findall(f2.source.lower()) if w not in _TITLES}
    t1 = {re.sub(r"['’]s$", "", w) for w in t1}
    t2 = {re.sub(r"['’]s$", "", w) for w in t2}
    if not any(w[:1].isupper() for w in f1.source.split()[1:] + f2.source.split()[1:]) \
            and _described_head(f1.source) != _described_head(f2.source):
        return False  # two descriptions with different heads: "the county roads department" / "a spokesman for the county sheriff"
    return bool(t1 & t2) and not names_apart(f1.source, f2.source)  # "Mossford Water" / "the Mossford Residents' ..."


def _described_head(source: str) -> str:
    """The head noun of a source told as a description: its last word before a preposition
    ("a spokesman for the county sheriff" -> "spokesman", "the county roads department" -> "department")."""
    ws = _TOKS.findall(source.lower())
    cut = next((k for k, w in enumerate(ws) if k and w in lang.PREPOSITIONS), len(ws))
    return ws[cut - 1] if cut else ""


def text_of(c: Claim) -> str:
    """Claim text, plus its evidence when the claim paraphrases (a model's claim)."""
    q = " ".join(c.evidence.quote.split())
    return c.text if q == c.text or not q else f"{c.text} {q}"


#: A pronoun's contraction ("I’m", "We’ve", "They’re"): no name, whatever its capital.
_CONTRACTION = re.compile(r"[’'](?:m|ve|ll|d|re)$")


def _names(text: str, folded: str | None = None) -> tuple[set[str], set[str]]:
    """Single name tokens and multiword names, lower-cased; found on a copy with ASCII letters
    (`letters.fold`: "Łódź", "Ángel Núñez" begin with no [A-Z]) and taken as the text writes them."""
    toks, seqs = set(), set()
    for m in _NAME_SEQ.finditer(fold(text) if folded is None else folded):
        parts = [re.sub(r"[’']s$|\.$", "", p).lower() for p in text[m.start():m.end()].split()]
        parts = [p for p in parts if p not in ("of", "de", "the") and not _CONTRACTION.search(p)]  # "I’m"
        # "New York", "New Zealand": an adjective that opens a multiword name is part of it
        kept = [p for k, p in enumerate(parts) if (p not in NOT_NAMES or (k == 0 and p in lang.NAME_OPENERS
                                                                          and len(parts) > 1)
                                                   or k and p in lang.NAME_HEAD_CHAMBER_WORDS and parts[k - 1] not in NOT_NAMES)
                and len(p) > 1]  # "White House": the chamber word ends the name (read13a)
        toks.update(p for p in kept if p not in NOT_NAMES)  # "new" names nothing alone
        if len(kept) >= 2:
            seqs.add(" ".join(kept))
    return toks, seqs


#: A vote tally or score ("97-1", "396-9", "3-2"): as specific as a name; not a year range.
_TALLY = re.compile(r"(?<![\w.$-])\d{1,3}-\d{1,3}(?![\w-])")


#: A dotted abbreviation of three letters or more ("F.B.I.", "I.R.S."): one outlet's style for the
#: name another writes "FBI". Two letters ("U.S.") are left alone.
_DOTTED = re.compile(r"\b(?:[A-Z]\.){3,}")


def undot(text: str) -> str:
    """Dotted abbreviations written as one word ("the F.B.I. said" -> "the FBI said")."""
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)


def article_texts(feats) -> dict[str, str]:
    """Each article's claims' lower-cased words joined, by article id: the text classify.py and
    local.py read as "the rest of the article" (align.align; the eval tools and tests that judge pairs)."""
    texts: dict[str, list[str]] = {}
    for f in feats:
        texts.setdefault(f.article, []).append(f.low)
    return {a: " ".join(v) for a, v in texts.items()}


def features(claims: list[tuple]) -> list[Features]:
    out, offices = [], written_sources(claims)  # (the office written before a source's name: coref51)
    for i, (a, c) in enumerate(claims):
        text, source = undot(text_of(c)), offices.get((a.id, (c.attributed_to or "").strip()), (c.attributed_to or ARTICLE_VOICE).strip())
        low = text.lower()
        # the source's own name says who speaks, not what is said: it is not part of the proposition
        own = {re.sub(r"['’]s$", "", w) for w in _TOKS.findall(source.lower())} if c.attributed_to != ARTICLE_VOICE else set()
        # a negator's contraction ("doesn't", "won’t") says the proposition is denied, not what
        # it is: it is no content word (neg_targets carries it)
        words = {stem(w) for w in _WORD.findall(low)
                 if len(w) >= 3 and w not in STOP and not w[0].isdigit() and w not in own and not negator(w)}
        # numbers are content too ("a 396-9 vote", "more than 30 people"); small ones say little
        words |= {f"#{n.value:g}" for n in _numbers(c.text, words=False) if n.value >= 10}
        words |= {"#" + m.group(0) for m in _TALLY.finditer(c.text)}
        folded = fold(text)  # (once for names and places)
        toks, seqs = _names(text, folded)
        mentions = frozenset(toks)
        toks -= own
        seqs = {q for q in seqs if not set(q.split()) <= own}
        places = {text[m.start(1):m.end(1)].lower() for m in _PLACE.finditer(folded)}
        places = {p for p in places if p.split()[0] not in NOT_NAMES}
        values = frozenset(round(q.value, 6) for q in c.quantities)
        alln = frozenset(round(n.value, 6) for n in _numbers(c.text))
        targets = _neg_targets(c.text) | pointer_reach(c.text)  # ("..., <Name> said that was never the case": lead49)
        negated = c.certainty == "denied" or bool(targets)
        out.append(Features(i, a.id, a.sha256, c, source,
                            frozenset(words), frozenset(toks), frozenset(seqs), frozenset(places), values, alln,
                            negated, refutes(c.text), f" {low} ", frozenset(targets), predicates_of(low), mentions, _days(c.text),
                            quoted_shingles(c.evidence.quote or c.text), event_days(c.text),
                            getattr(a, "published", None)))
    df: Counter[str] = Counter()
    for f in out:
        df.update(f.words)
    n = len(out)
    for f in out:
        f.weights = {w: idf(n, df[w]) for w in f.words}
    return out


def block_keys(f: Features) -> set[str]:
    """The blocking keys of a claim: its names, numbers, content words of 5 letters or more and counted nouns."""
    keys = {"e:" + t for t in f.names} | {"s:" + s for s in f.name_seqs}
    keys |= {"n:" + repr(v) for v in f.all_numbers}
    keys |= {"w:" + w for w in f.words if len(w) >= 5}
    keys |= {"c:" + head_noun(q.counted) for q in f.claim.quantities if not re.search(r"\d", q.counted)}  # "cut 1,200 jobs" (numbers43)
    return keys


def candidate_pairs(feats: list[Features], cap: int = thresholds.ALIGN_BLOCK_CAP) -> dict[tuple[int, int], int]:
    """Pairs of claims of different sources sharing a blocking key, with how many keys they share.

    Keys held by more than `cap` claims are skipped: they join too much to mean anything.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for f in feats:
        for k in block_keys(f):
            index[k].append(f.index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) < 2 or len(members) > cap:
            continue
        for x in range(len(members)):
            fx = feats[members[x]]
            for y in range(x + 1, len(members)):
                fy = feats[members[y]]
                if fx.sha == fy.sha:
                    continue  # the same article, or the same text twice: one source
                shared[(members[x], members[y])] += 1
    return shared


def similarity(f1: Features, f2: Features, drop: Iterable[str] = ()) -> float:
    """IDF-weighted cosine of the two claims' content words (binary), without `drop`."""
    dropped = set(drop)
    w1 = {w: f1.weights[w] for w in f1.words if w not in dropped}
    w2 = {w: f2.weights[w] for w in f2.words if w not in dropped}
    if not w1 or not w2:
        return 0.0
    num = sum(w1[w] * w2[w] for w in w1.keys() & w2.keys())
    den = math.sqrt(sum(v * v for v in w1.values()) * sum(v * v for v in w2.values()))
    return num / den if den else 0.0


def containment(f1: Features, f2: Features) -> float:
    """IDF-weighted share of the shorter claim's content words found in the other: a short claim
    restating a clause of a long sentence."""
    shared = f1.words & f2.words
    if not shared:
        return 0.0
    w1 = sum(f1.weights[w] for w in f1.words)
    w2 = sum(f2.weights[w] for w in f2.words)
    return sum(f1.weights[w] for w in shared) / min(w1, w2)


def _acronym_match(a: str, others: Iterable[str]) -> bool:
    return any(len(o.split()) >= 2 and "".join(p[0] for p in o.split()) == a for o in others)


def unmatched_names(f: Features, g: Features) -> set[str]:
    """The names `f` gives that `g` neither names nor writes (nor abbreviates)."""
    return {t for t in f.names - g.names if t not in g.low and not _acronym_match(t, g.name_seqs)}


def names_clash(f1: Features, f2: Features) -> bool:
    """Each claim names someone or somewhere the other does not, and they share too few names
    to be the same proposition ("... in Kelso" vs "... in Tarnow")."""
    u1, u2 = unmatched_names(f1, f2), unmatched_names(f2, f1)
    if not u1 or not u2:
        return False
    if place_swap(f1, f2) or not (f1.names & f2.names):
        return True
    # the same words with a name or two swapped ("Senator A voted against ..." / "Senator B ...")
    if len(u1) <= 2 and len(u2) <= 2:
        return similarity(f1, f2, drop={stem(t) for t in u1 | u2}) >= thresholds.SUBSTITUTION_SIM
    return False


def place_swap(f1: Features, f2: Features) -> tuple[str, str] | None:
    """A place one claim names after a preposition that the other claim does not name at all, and
    vice versa: the same words about a different place."""
    p1 = [p for p in f1.places if p not in f2.low]
    p2 = [p for p in f2.places if p not in f1.low]
    if p1 and p2:
        return sorted(p1)[0], sorted(p2)[0]
    return None


def refutes(text: str) -> bool:
    """A refutation cue not itself negated ("could not confirm, deny or comment" is no denial)."""
    for m in REFUTE.finditer(text):
        before = _TOKS.findall(text[:m.start()].lower())[-4:]
        if not any(negator(t) for t in before):
            return True
    return False


#: A counted noun's stem -> its class's first noun ("measur" -> "bill"): lang.COUNT_NOUN_CLASSES,
#: lang.COUNT_NOUN_SYNONYMS.
_COUNT_CLASS = {stem(w).rstrip("s"): stem(sorted(c)[0]).rstrip("s") for c in lang.COUNT_NOUN_CLASSES for w in c} \
    | {stem(w).rstrip("s"): stem(c[0]).rstrip("s") for c in lang.COUNT_NOUN_SYNONYMS for w in c}  # the first word


def head_noun(counted: str) -> str:
    """What a quantity counts, as a key: the stem of its last word, near-synonyms as one ("15
    bills" and "16 House-passed measures" count one thing)."""
    words = re.findall(r"[a-z]+", counted.lower())
    key = stem(words[-1]).rstrip("s") if words else ""
    return _COUNT_CLASS.get(key, key)


