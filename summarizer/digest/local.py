"""Cross-article alignment: agreement on the part of a claim that matches (issue 15).

A long claim (a sentence with a relative clause, or coordinated parts joined to their clause)
often restates another outlet's shorter claim in a few of its words only: "Halvorsen, 71, who
served in the Assembly from 1991-2015, first as a Liberal and then as an independent, met with
the governor ..." / "Mr. Halvorsen, who served three terms in the Assembly as a Liberal and one as an
independent, would be an unusual choice ...". Their whole-claim similarity is low; the two
passages that carry the shared proposition are close.

`local_match(f1, f2)`: the best pair of windows, one in each claim's sequence of content words
(at most LOCAL_SPAN words each, starting and ending on a word both claims hold), by IDF-weighted
cosine of the windows' words (an amount weighs as two words). `anchored`: an agreement needs that
cosine from LOCAL_SIM, LOCAL_MIN_SHARED shared words or more, and an anchor with predicate words
besides it: an amount ("$8 billion": a number of LOCAL_MIN_AMOUNT or more, not a year), a month
("by June"), the same count of the same thing ("three other women", small numbers too) or a
multiword name rare in the batch ("Claire McCaskill"), with a word that is no
name, number, title or light verb ("funneling", "estimates", "mistake"): two mentions of one title
and name ("House Speaker John Boehner") are not a proposition, nor a word of a name's title or
apposition (reference.py: "AARP policy chief John Rother"). Without an anchor, a long shared
run (LOCAL_FREE_SHARED words, LOCAL_FREE_PRED predicate words); a name both windows are about,
in them or just before them (their subject), counts as shared.

Content words are pairs.py's (stems; "#n" numbers and "@month" at their place); a name the
claim's own source carries (dropped from the claim's words: who speaks is not what is said) counts
here when the other claim holds it as content ("Senators A and B urged ..." given to A and B / "A
and B trashed the idea ..., according to an aide"). Word forms are matched through
lang.LEMMA_SUFFIXES ("called" / "calling"; reference.lemma).

`local_agreement(f1, f2, article_text)` (align.judge_pair, for pairs classify.py leaves
unjudged): the match, and none of the reasons classify.py has to keep two close claims apart: a
name clash on the matching parts (`local_clash`: a window or its subject names someone the other
claim and its article never name), another day, a place swap, opposite predicates, a negation of
the shared words, different counts of one thing, two speakers. Its score (for grouping) is the
whole claims' similarity, so a partial match joins its group after whole-claim agreements.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .. import lang, thresholds
from ..rules import numbers as _numbers
from .classify import Judgment, counts_differ, negated_share
from .figures import date_phrases, days_apart
from .pairs import STOP, Features, negates, place_swap, similarity, stem, text_of
from .predicates import opposite
from .purity import different_speakers, tag_words
from .reference import describing_numbers, lemma, name_numbers, said_of  # one lemma for the digest (tidy19: local.py had a copy)
from .restrictive import restrictive_spans

__all__ = ["LocalMatch", "anchored", "anchors", "content_sequence", "lemma", "local_agreement", "local_clash", "local_match"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9][A-Za-z0-9'’-]*")
#: Month names that are no other word ("May" may be the verb).
_MONTHS = frozenset(lang.MONTHS) - frozenset(lang.AMBIGUOUS_MONTHS)


def content_sequence(f: Features) -> list[tuple[str, str]]:
    """The claim's content words in order, as (stem as in f.words, lemma): numbers of 10 or more
    as "#n" at their place, month names as "@month"; dotted abbreviations as one word ("F.B.I."
    -> "fbi")."""
    cached = getattr(f, "_sequence", None)
    if cached is not None:
        return cached
    text = text_of(f.claim)
    nums = [n for n in _numbers(f.claim.text, words=False) if n.value >= 10]
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(text):
        n = next((n for n in nums if n.start <= m.start() < n.end), None)
        if n is not None:  # a number is one word, its scale ("8 billion") included
            if n.start == m.start() or not out or out[-1][0] != f"#{n.value:g}":
                out.append((f"#{n.value:g}",) * 2)
            continue
        w = m.group(0).lower().replace(".", "")
        if w in _MONTHS and m.group(0)[0].isupper():  # a date: "by June"
            out.append((f"@{w}",) * 2)
            continue
        if len(w) < 3 or w in STOP or w[0].isdigit():
            continue
        s = stem(w)
        out.append((s, lemma(s)))
    f._sequence = out
    return out


def _weight(w: str, f1: Features, f2: Features) -> float:
    return f1.weights.get(w) or f2.weights.get(w) or thresholds.ANCHOR_MIN_WEIGHT


def _usable(f: Features, other: Features) -> set[str]:
    """Stems of `f` that may be shared: its content words, and its source's own name words when
    the other claim holds them as content."""
    return set(f.words) | {s for s in (stem(t) for t in f.mentions) if s in other.words}


class LocalMatch(NamedTuple):
    score: float                 # IDF-weighted cosine of the two windows
    shared: frozenset[str]       # the lemmas both windows hold
    left: frozenset[str] = frozenset()   # the first claim's window
    right: frozenset[str] = frozenset()  # the second claim's window
    left_lead: frozenset[str] = frozenset()   # the words just before each window
    right_lead: frozenset[str] = frozenset()


def local_match(f1: Features, f2: Features) -> LocalMatch:
    """The best pair of windows (module doc); score 0 when the claims share fewer than
    LOCAL_MIN_SHARED words (an amount counts twice)."""
    ok1, ok2 = _usable(f1, f2), _usable(f2, f1)
    seq1 = [(s, l) for s, l in content_sequence(f1) if s in ok1 or s[0] in "#@"]
    seq2 = [(s, l) for s, l in content_sequence(f2) if s in ok2 or s[0] in "#@"]
    shared = {l for _, l in seq1} & {l for _, l in seq2}
    if _count(shared) < thresholds.LOCAL_MIN_SHARED:
        return LocalMatch(0.0, frozenset())
    wt: dict[str, float] = {}
    for s, l in seq1 + seq2:
        wt[l] = max(wt.get(l, 0.0), _weight(s, f1, f2))
    # the windows at LOCAL_SIM or more that share the most (by weight); else the closest pair
    best, best_key = LocalMatch(0.0, frozenset()), (False, 0.0)
    w1 = _windows([l for _, l in seq1], shared)
    w2 = _windows([l for _, l in seq2], shared)
    for a in w1:
        for b in w2:
            sh = a & b
            if _count(sh) < thresholds.LOCAL_MIN_SHARED:
                continue
            num = sum(_sq(w, wt) for w in sh)
            cos = num / math.sqrt(sum(_sq(w, wt) for w in a) * sum(_sq(w, wt) for w in b))
            key = (cos >= thresholds.LOCAL_SIM, num if cos >= thresholds.LOCAL_SIM else cos)
            if key > best_key:
                best, best_key = LocalMatch(cos, frozenset(sh), a, b, w1[a], w2[b]), key
    return best


def _sq(w: str, wt: dict[str, float]) -> float:
    """A word's squared weight in the windows' cosine; an amount weighs as two words."""
    return wt[w] ** 2 * (2 if w.startswith("#") else 1)


def _count(words) -> int:
    """How many shared words: a number counts twice ("$8 billion" is as specific as two words)."""
    return sum(2 if w.startswith("#") else 1 for w in words)


def _windows(seq: list[str], shared: set[str]) -> dict[frozenset[str], frozenset[str]]:
    """Word sets of the windows of at most LOCAL_SPAN words that start and end on a shared word,
    each with the LOCAL_LEAD words before it (where the window's subject is: "Dora Pike ... was
    charged with funneling ...")."""
    at = [i for i, w in enumerate(seq) if w in shared]
    out: dict[frozenset[str], frozenset[str]] = {}
    for x, i in enumerate(at):
        lead = frozenset(seq[max(0, i - thresholds.LOCAL_LEAD):i])
        for j in at[x:]:
            if j - i >= thresholds.LOCAL_SPAN:
                break
            out.setdefault(frozenset(seq[i:j + 1]), lead)
    return out


#: Words that say who someone is (titles, offices, descriptions) and light verbs, as lemmas: never
#: the shared predicate.
DESCRIPTORS = frozenset(lemma(stem(w)) for w in lang.ALIGN_NOT_NAMES | lang.SOURCE_TITLES | lang.ROLE_NOUNS
                        | lang.ROLE_TIME_WORDS | lang.DESCRIPTOR_NOUNS | lang.LIGHT_VERBS)
_YEAR = (1800, 2100)


def anchors(f1: Features, f2: Features, shared: frozenset[str]) -> tuple[set[str], set[str]]:
    """(anchors, predicate words) among the shared lemmas. Anchors: an amount (a number of
    LOCAL_MIN_AMOUNT or more that is not a year: "$8 billion"), a month ("by June") or a name of two words or more
    both claims write ("Claire McCaskill", "Key Bridge"), one of its words rare in the batch (IDF
    weight >= LOCAL_NAME_WEIGHT: not the story's subject). Predicate words: shared words rare in
    the batch (ANCHOR_MIN_WEIGHT) that are no name, number or description ("funneling",
    "served", "estimates", "lunch")."""
    names = {lemma(stem(t)) for t in f1.mentions | f2.mentions}
    out = set()
    for w in shared - describing_numbers(f1, f2) - name_numbers(f1, f2):  # not "a 225-page report", not "Flight 412"
        if w.startswith("#"):
            v = float(w[1:])
            if v >= thresholds.LOCAL_MIN_AMOUNT and not (v == int(v) and _YEAR[0] <= v <= _YEAR[1]):
                out.add(w)
    for seq in f1.name_seqs | f2.name_seqs:
        toks = seq.split()
        if all(_writes(f, seq) for f in (f1, f2)) and {lemma(stem(t)) for t in toks} <= shared \
                and max(_weight(stem(t), f1, f2) for t in toks) >= thresholds.LOCAL_NAME_WEIGHT:
            out.add(seq)
    out |= {w for w in shared if w.startswith("@")}  # a month both name ("by June")
    # a count of the same thing ("three other women" / "found three other women"): as specific as an amount
    out |= {f"={v:g} {noun}" for v, noun in counted(f1) & counted(f2) if noun in shared}
    pred = {w for w in shared if w[0] not in "#@" and w not in names and w not in DESCRIPTORS
            and _rare(w, f1, f2)}
    return out, pred


_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in lang.MONTHS) + r")\.?\s+$")
_COUNTED = re.compile(r"\s+(?:(?:" + "|".join(lang.COUNT_FILLERS) + r")\s+)?([a-z][a-z'’-]+)")


def counted(f: Features) -> set[tuple[float, str]]:
    """(value, lemma of the noun) of each count in the claim, small ones and number words included
    ("three other women" -> (3, "women")); not a number that describes ("a 225-page report")."""
    cached = getattr(f, "_counted", None)
    if cached is not None:
        return cached
    out = set()
    for n in _numbers(f.claim.text):
        m = _COUNTED.match(f.claim.text, n.end)
        if _MONTH_BEFORE.search(f.claim.text[:n.start]):
            continue  # the day of a month ("the June 25 special election") counts nothing
        if m and m.group(1) not in STOP and f"#{n.value:g}" not in describing_numbers(f, f):
            out.add((n.value, lemma(stem(m.group(1)))))
    f._counted = out
    return out


def anchored(f1: Features, f2: Features, shared: frozenset[str]) -> bool:
    """The shared words hold an anchor and, besides it, a predicate word: with an amount, at least
    LOCAL_AMOUNT_OTHERS words ("estimates ... $8 billion"); with a name, at least LOCAL_NAME_OTHERS
    ("Sen. Mara Quill, D-Ore., said it was a mistake" / "Mara Quill (D-Ore.) called it a
    mistake"): a name and one word is most often the name's noun ("the Supreme Court decision",
    "Hillary Clinton's emails"), not one proposition. Without an anchor: LOCAL_FREE_SHARED shared
    words or more, LOCAL_FREE_PRED of them predicate words."""
    found, pred = anchors(f1, f2, shared)
    if pred:
        pred &= said_of(f1, f2)  # not a word of a name's description ("AARP policy chief John Rother")
    # no anchor: a long shared run ("... who served three terms in the Assembly as a Liberal and
    # one as an independent" / "who served in the Assembly ..., first as a Liberal and then as an
    # independent")
    if len(shared) >= thresholds.LOCAL_FREE_SHARED and len(pred) >= thresholds.LOCAL_FREE_PRED:
        return True
    for a in found:
        own = {a} if a[0] in "#@" else {lemma(stem(t)) for t in a.split()} | name_numbers(f1, f2)
        if a.startswith("@"):  # a date dates what follows it in both ("the June 25 special election")
            own |= _dated(f1, a) & _dated(f2, a)
        need = thresholds.LOCAL_AMOUNT_OTHERS if a.startswith("#") else thresholds.LOCAL_NAME_OTHERS
        if len(shared - own) >= need and pred - own:
            return True
    return False


def _dated(f: Features, month: str) -> set[str]:
    """The day written with the month ("June 25", "25 June") and the words right after the date
    (figures.date_phrases): what the date names when it modifies a noun ("the June 25 special
    election"; not "by June whether to run"). Two claims naming one event by its date share the
    date and the event's name, not a proposition ("The winner ... will be a likely favorite to win
    the May 14 special general election" / "The May 14 special election would be Mr. Doyle's
    third statewide race")."""
    out: set[str] = set()
    for m, day, words in date_phrases(f.claim.text):
        if m == month[1:]:
            if day:
                out.add(f"#{int(day):g}")
            out |= {lemma(stem(w)) for w in words}
    return out


def _writes(f: Features, seq: str) -> bool:
    """The claim writes the multiword name (its words in a row, "’s" and "of" aside)."""
    rx = r"\b" + r"(?:['’]s)?\W+(?:of\W+|the\W+)?".join(re.escape(t) for t in seq.split()) + r"\b"
    return re.search(rx, f.low) is not None


def _rare(w: str, f1: Features, f2: Features) -> bool:
    ws = [f.weights[s] for f in (f1, f2) for s in f.words if lemma(s) == w]
    return (min(ws) if ws else thresholds.ANCHOR_MIN_WEIGHT) >= thresholds.ANCHOR_MIN_WEIGHT


def local_agreement(f1: Features, f2: Features, article_text: dict[str, str] | None = None) -> Judgment | None:
    """An agreement on the matching parts of two claims of different texts, or None (module doc;
    `article_text` as classify.classify takes it, for local_clash)."""
    if f1.sha == f2.sha:
        return None
    m = local_match(f1, f2)
    # the name both windows are about, in them or just before them (their subject: "Halvorsen, 71,
    # who served in the Assembly ..." / "Mr. Halvorsen, who served three terms in the Assembly ...")
    names = {lemma(stem(t)) for t in f1.mentions | f2.mentions}
    subject = (m.left | m.left_lead) & (m.right | m.right_lead) & names
    if m.score < thresholds.LOCAL_SIM or not anchored(f1, f2, m.shared | subject):
        return None
    n1, n2 = negates(f1, f2), negates(f2, f1)
    if n1 != n2 and max(negated_share(f1, f2), negated_share(f2, f1)) >= thresholds.NEGATED_SHARE:
        return None
    if local_clash(f1, f2, m, article_text) or place_swap(f1, f2) or opposite(f1, f2) or counts_differ(f1, f2):
        return None
    if days_apart(f1, f2, m.left, m.right):
        return None  # the matching parts' own days (not a report's, not another clause's) differ
    if days_apart(f1, f2) and not (_dates(f1, m.shared) or _dates(f2, m.shared)):
        # two events on two days, each told with the same background ("resigned Monday after her
        # post about the turkey pardon" / "on Friday apologized for a post about the turkey pardon"): digest14
        return None
    if different_speakers(f1, f2) or _restricted(f1, m.shared) or _restricted(f2, m.shared):
        return None  # ... or the shared run names which things a noun means (restrictive.py)
    if _in_tag(f1, m.shared) or _in_tag(f2, m.shared):
        return None  # ... or only the speaker of one claim's quotation, named in its tag (digest50)
    # ranked by the whole claims' similarity: a partial match joins its group after whole-claim
    # agreements (align.join_groups merges strongest first), so it does not take a long claim
    # away from the group it agrees with as a whole
    return Judgment("agreement", f"local similarity {m.score:.2f} ({', '.join(sorted(m.shared))})",
                    score=similarity(f1, f2))


def _restricted(f: Features, shared: frozenset[str]) -> bool:
    """Every shared lemma (amounts and months aside) lies in one restrictive relative clause of a
    common noun in the claim ("couples whose home states ..."; restrictive.py)."""
    return bool(shared) and not any(w[0] in "#@" for w in shared) and any(
        shared <= {lemma(stem(w)) for w in span} for span in restrictive_spans(f.claim.text))


def _in_tag(f: Features, shared: frozenset[str]) -> bool:
    """Every shared lemma lies in the speech tag of the claim's quotation (purity.tag_words)."""
    tag = tag_words(f)
    return bool(shared and tag) and shared <= {lemma(stem(w)) for w in tag}


def _dates(f: Features, part: frozenset[str]) -> bool:
    """A weekday of the claim dates what the two claims share (a word next to it is shared)."""
    return any(near and any(s.startswith(p) for s in near for p in part) for _, near in f.event_days)


def local_clash(f1: Features, f2: Features, m: LocalMatch, article_text: dict[str, str] | None = None) -> bool:
    """Each window (or the words just before it, its subject) names someone the other claim does
    not name, nor (given `article_text`: article id -> its claims' lower-cased text) the other's
    article at all ("Wendell Oakes was accused of funneling $25,000" / "Harriet Vance was accused
    of funneling $25,000"). pairs.names_clash on the matching parts only: a long claim's other
    clauses may name others, and a name the other text uses elsewhere ("Grimm's campaign" / "his
    campaign", in an article about Grimm) is no other person."""
    def unknown(f: Features, part: frozenset[str], other: Features) -> set[str]:
        names = {lemma(stem(t)) for t in f.names}
        known = {lemma(stem(t)) for t in other.mentions} | {lemma(w) for w in other.words}
        text = (article_text or {}).get(other.article, "")
        return {w for w in part & names if w not in known and w not in other.low and w not in text}
    return bool(unknown(f1, m.left | m.left_lead, f2)) and bool(unknown(f2, m.right | m.right_lead, f1))
