"""Cross-article alignment, step 2 (issue 15): what a candidate pair of claims is.

`classify(f1, f2)` for two claims of different sources: agreement, number conflict, version
conflict (negation reaching the other's words, opposite predicates about a shared name, another
day, another place), or nothing. `refutations(features)`: one source calling another's account
false, found from the refuting claim (it names the source), not from blocking, within one
article too. Thresholds: summarizer/thresholds.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .passing import in_passing, passing_spans, stated_alone
from .countnames import count_clash
from .pairs import REFUTE, Features, names_clash, negates, place_swap, same_source, similarity, stem
from .sourcenames import source_head, time_voice
from .predicates import opposite, predicate_stems, word_for
from .pairs import containment
from .figures import dated_words, days_apart, other_events, same_kind_day
from .eventdates import same_kind_date
from .counts import counts_differ, number_conflict, tally_conflict
from .purity import different_speakers, only_speaker, quoted_label
from .answers import answers_apart, answers_clash
from .neghead import heads_said
from .roledenial import role_denied
from .denials import denies, predication_denied
from .nounneg import phrase_denial
from .possessor import owner_elsewhere  # conflict53
from .predicates import agent_clash, comparison_clash, state_clash, states_apart
from .eventdates import place_clash, span_clash, until_affirms
from .timeclash import time_clash
from .starttimes import start_clash
from .vaguecounts import vague_clash
from .quotedneg import quote_owner, quoted_denial
from .negposition import negated_opposite
from .habits import habit_only as _habit_only
from .norms import norm_only
from .misbeliefs import misbelief_denial
from .firstreports import first_report_clash
from .phases import phases_apart  # "stopped working on Tuesday" / "still working on Thursday" (digest52)
from .linkednames import names_linked
from .reference import describing_numbers, name_numbers, referring_words, said_of, says_of
from ..quantity import readable

__all__ = ["Judgment", "classify"]

WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
#: Where a claim splits into clauses for clause_match: punctuation, dashes, coordinating words.
CLAUSE_SPLIT = re.compile(r"[;:,]\s+|\s+[–—―-]{1,2}\s+|\s+(?:" + "|".join(lang.CLAUSE_CONNECTIVES) + r")\s+")


def habit_only(neg: Features, other: Features) -> bool:
    """`neg` negates an occasion `other` tells only as a habit (habits.py) or a norm (norms.py: "would be
    expected to attend"; conflict59)."""
    return _habit_only(neg, other) or norm_only(neg, other)

@dataclass
class Judgment:
    kind: str                # "agreement" | "numbers" | "assertion" | "none"
    reason: str = ""
    about: str = ""
    values: tuple = ()
    score: float = 0.0       # how close the pair is (agreements are merged strongest first)


def classify(f1: Features, f2: Features, article_text: dict[str, str] | None = None) -> Judgment:
    """Agreement, number conflict, version conflict, or nothing, for two claims of different sources.

    `article_text` (article id -> its claims' lower-cased text) lets a different place count as
    another version only when neither article mentions the other's place at all."""
    if f1.sha == f2.sha:
        return Judgment("none", "same source")
    sim = similarity(f1, f2)
    clash = names_clash(f1, f2)
    # -- number conflict: same counted thing, different values (counts.py)
    found = number_conflict(f1, f2, clash and count_clash(f1, f2))  # "in <Town>" / "in the town" (countnames.py)
    if found:
        q1, q2 = found
        return Judgment("numbers", f"{readable(q1.value, q1.unit)} vs {readable(q2.value, q2.unit)}",
                        about=q2.counted if re.search(r"\d", q1.counted) else q1.counted, values=(q1.value, q2.value))
    tally = tally_conflict(f1, f2) if not clash and not same_source(f1, f2) else None
    if tally:  # "voted 7-2" / "by a vote of 6-3"
        return Judgment("assertion", f"{f1.source}: {tally[0]}; {f2.source}: {tally[1]}", about=tally[2])
    vague = vague_clash(f1, f2) if not clash else None
    if vague:  # "amid dozens of arrests" / "More than 300 people were arrested" (vaguecounts.py)
        return Judgment("assertion", f"{f1.source}: {vague[0]}; {f2.source}: {vague[1]}", about=vague[2])
    corrected = first_report_clash(f1, f2)
    if corrected:  # "began in the main hall, not in a storage shed as first reported" / "started in a storage shed"
        return Judgment("assertion", f"{corrected[0].source} corrects what {corrected[1].source} says (“{corrected[2]}”)")
    quoted = quoted_denial(f1, f2) if not clash else None
    if quoted:  # "was not ‘a slush fund of the mayor’s making’" / "he called “a slush fund of the mayor's making”"
        if quoted[1].source == ARTICLE_VOICE and (owner := quote_owner(quoted[1], quoted[2])) is not None:
            return Judgment("assertion", f"{quoted[0].source} denies what {owner} said (“{quoted[2]}”), as the outlet reports it")
        return Judgment("assertion", f"{quoted[0].source} denies what {quoted[1].source} says (“{quoted[2]}”)")
    starts = start_clash(f1, f2, article_text)  # one source's two articles may tell two times (starttimes.py)
    if starts:  # "The outage began shortly after 5 a.m." / "The failure began around 3 a.m."
        return Judgment("assertion", f"{f1.source}: {starts[0]}; {f2.source}: {starts[1]}", about="when", values=starts)
    # -- version conflicts (a source does not contradict itself here)
    n1, n2 = negates(f1, f2), negates(f2, f1)
    if same_source(f1, f2):
        pass
    # a claim whose words are all in the other's is a cut of the same sentence, unless the two
    # differ in negation across articles ("He hasn't shown a birth certificate" / "Obama has
    # shown a certificate of live birth ..., the standard form of birth certificate"): the other
    # asserts the very proposition the first negates
    elif n1 != n2 and not clash and reaches_predicate(f1 if n1 else f2, f2 if n1 else f1) \
            and not (part_of(f1, f2) and not negates_all(f1 if n1 else f2, f2 if n1 else f1, sim)) and (
            (sim >= thresholds.NEGATION_SIM
             and (f1.names & f2.names or len(f1.words & f2.words) >= thresholds.NEGATION_MIN_WORDS)
             and heads_said(f1 if n1 else f2, f2 if n1 else f1))
            or negates_all(f1 if n1 else f2, f2 if n1 else f1, sim)) \
            and not negated_opposite(f1 if n1 else f2, f2 if n1 else f1) \
            and not habit_only(f1 if n1 else f2, f2 if n1 else f1):  # "never above" / "below" its level (negposition.py); "had not been broadcast" / "it broadcasts" (habits.py)
        neg, other = (f1, f2) if n1 else (f2, f1)
        how = "denies" if neg.claim.certainty == "denied" or REFUTE.search(neg.claim.text) else "negates"
        return Judgment("assertion", f"{neg.source} {how} what {other.source} says (similarity {sim:.2f})")
    elif not clash and side_of(f1.source) != side_of(f2.source) and (denies(f1, f2) or denies(f2, f1)):
        neg, other = (f1, f2) if denies(f1, f2) else (f2, f1)  # "denied that X" / a claim stating X
        return Judgment("assertion", f"{neg.source} denies what {other.source} says "
                                     f"({', '.join(word_for(other, w) for w in sorted(denies(neg, other))[:3])})")
    elif not clash and side_of(f1.source) != side_of(f2.source) and ARTICLE_VOICE not in (f1.source, f2.source) \
            and (predication_denied(f1, f2) and not habit_only(f1, f2) or predication_denied(f2, f1) and not habit_only(f2, f1)):
        # two named sources: a name's predication one negates and the other asserts (an outlet's
        # own narration of a dispute restates a side already paired)
        neg, other = (f1, f2) if predication_denied(f1, f2) else (f2, f1)  # "Okoro was not injured" / "Okoro hurt his knee"
        return Judgment("assertion", f"{neg.source} negates what {other.source} says (similarity {sim:.2f})",
                        about=predication_denied(neg, other)[0].title())
    elif not clash and side_of(f1.source) != side_of(f2.source) and (
            role_denied(f1, f2, article_text) and not habit_only(f1, f2) or role_denied(f2, f1, article_text) and not habit_only(f2, f1)):
        neg, other = (f1, f2) if role_denied(f1, f2, article_text) else (f2, f1)  # "the mayor has not apologized" / "Lund apologized"
        return Judgment("assertion", f"{neg.source} negates what {other.source} says", about=role_denied(neg, other, article_text)[0].title())
    elif side_of(f1.source) != side_of(f2.source) and phrase_denial(f1, f2, clash) \
            and not owner_elsewhere(phrase_denial(f1, f2, clash)[0]) and not habit_only(*phrase_denial(f1, f2, clash)):  # "They ..., and their tuition is not frozen" (possessor.py)
        neg, other = phrase_denial(f1, f2, clash)  # "the system was not working" / "was working"
        return Judgment("assertion", f"{neg.source} negates what {other.source} says (similarity {sim:.2f})")
    elif not clash and side_of(f1.source) != side_of(f2.source) and state_clash(f1, f2):
        s1, s2 = state_clash(f1, f2)  # "the tap water is safe" / "is not safe"; "is balanced" / "is unbalanced"
        return Judgment("assertion", f"{f1.source}: “{s1.told()}”; {f2.source}: “{s2.told()}”",
                        about=" ".join(s1.subject if len(s1.subject) <= len(s2.subject) else s2.subject))
    elif (misbelief := misbelief_denial(f1, f2)):  # "the misperception of partisanship" / "injected partisanship" (misbeliefs.py)
        return Judgment("assertion", f"{misbelief[0].source} calls a false belief what {misbelief[1].source} says")
    else:
        shared_names = f1.names & f2.names
        opp = opposite(f1, f2)
        w1, w2 = f1.claim.when, f2.claim.when
        if opp and shared_names and not clash and n1 == n2 and not (w1 and w2 and w1 != w2) and not states_apart(f1, f2) \
                and (f1.source, f2.source) != (ARTICLE_VOICE, ARTICLE_VOICE) \
                and similarity(f1, f2, drop={stem(opp[0]), stem(opp[1])} | predicate_stems(f1) | predicate_stems(f2)) >= thresholds.OPPOSITE_SIM:
            return Judgment("assertion", f"{f1.source}: “{word_for(f1, opp[0])}”; {f2.source}: “{word_for(f2, opp[1])}”",
                            about=", ".join(sorted(shared_names)[:2]))
        if f1.days and f2.days and not (f1.days & f2.days) and not clash and (n1 == n2 or until_affirms(f1 if n1 else f2)) \
                and not (f1.values and f2.values and f1.values != f2.values) and not other_events(f1, f2) and not phases_apart(f1, f2) \
                and (sim >= thresholds.DATE_SIM or other_event_day(f1, f2, sim) or same_kind_day(f1, f2)
                     or same_kind_date(f1, f2)):
            d1, d2 = sorted(f1.days)[0], sorted(f2.days)[0]
            return Judgment("assertion", f"{time_voice(f1, d1)}: {d1.title()}; {time_voice(f2, d2)}: {d2.title()}", about="when", values=(d1, d2))
        spans = span_clash(f1, f2, shared_names) if not clash and n1 == n2 else None
        if spans:  # "primaries in late July" / "held on June 10"; "from 1991 to 2023" / "from 1989 to 2023"
            return Judgment("assertion", f"{time_voice(f1, spans[0])}: {spans[0]}; {time_voice(f2, spans[1])}: {spans[1]}", about="when", values=spans)
        times = time_clash(f1, f2) if not clash and n1 == n2 and not phases_apart(f1, f2) else None
        if times:  # "left her post this month" / "quit it last year"; "today at 10 a.m." / "Tuesday afternoon"
            return Judgment("assertion", f"{time_voice(f1, times[0])}: {times[0]}; {time_voice(f2, times[1])}: {times[1]}", about="when", values=times)
        where = place_clash(f1, f2) if n1 == n2 else None
        if where:  # "was born in Lisbon" / "was born in Porto"; "started in the kitchen" / "in the garage"
            return Judgment("assertion", f"{f1.source}: {where[0].title()}; {f2.source}: {where[1].title()}", about="where",
                            values=(where[0].title(), where[1].title()))
        doers = agent_clash(f1, f2) if n1 == n2 else None
        if doers:  # "Diaz scored the winning goal" / "the winning goal was scored by Moreno"
            return Judgment("assertion", f"{f1.source}: {doers[0].title()}; {f2.source}: {doers[1].title()}", about=doers[2])
        if n1 == n2 and comparison_clash(f1, f2):  # "is similar to the 2019 deal" / "differs from the 2019 merger"
            return Judgment("assertion", f"{f1.source} and {f2.source}: alike / different", about="comparison")
        swap = place_swap(f1, f2)
        if swap and article_text is not None:
            if swap[1] not in article_text.get(f1.article, "") and swap[0] not in article_text.get(f2.article, ""):
                drop = {stem(w) for w in re.findall(r"[a-z]+", " ".join(swap))}
                if similarity(f1, f2, drop=drop) >= thresholds.PLACE_SIM:
                    return Judgment("assertion", f"{f1.source}: {swap[0].title()}; {f2.source}: {swap[1].title()}",
                                    about="where")
    # -- agreement
    other_day = days_apart(f1, f2)  # a report's day ("said Sunday") is not the event's
    contained = containment(f1, f2) >= thresholds.CONTAIN_SIM and len(f1.words & f2.words) >= thresholds.CONTAIN_MIN_WORDS \
        and bool(f1.names & f2.names)
    # the same words quoted by both (a run of QUOTE_SHINGLE words; two runs: at least six words)
    same_quote = len(f1.quoted & f2.quoted) >= 2
    # a clash of names does not part two claims that share two rare figures ("19 or older ... between
    # 12 and 16" in both, one crediting the Post, the other the state's law)
    figures = len(rare_shared(f1, f2, numbers_only=True)) >= thresholds.ANCHOR_MIN
    # a looser match needs a shared word besides the names and their descriptions ("presumptive
    # GOP nominee Donald Trump" in two sentences that say different things of him), or names of
    # two things (a relation between them: "Brown lost to Elizabeth Warren"): reference.py
    close = sim >= thresholds.AGREE_SIM or ((contained or anchored(f1, f2, sim) or clause_match(f1, f2))
                                            and says_of(f1, f2))
    # a negation that reaches a word or two of a long shared statement is another clause's
    # ("... if these allegations are true, Moore will step aside" / "... we cannot allow a mere allegation ...")
    negation_differs = n1 != n2 and max(negated_share(f1, f2), negated_share(f2, f1)) >= thresholds.NEGATED_SHARE
    # ... and a denial of what the other states ("X denied that the agency shredded the records" /
    # "the agency shredded the records") is never the same proposition
    negation_differs = negation_differs or bool(denies(f1, f2, rare=False) or denies(f2, f1, rare=False))
    # ... nor names the cluster writes as one noun phrase ("the Falcons' Ivo Kovac": linkednames.py)
    if (((close and (not clash or figures or names_linked(f1, f2, article_text)))) or same_quote) \
            and not negation_differs and not other_day and not opposite(f1, f2) and not place_swap(f1, f2):
        if counts_differ(f1, f2):
            return Judgment("none", "different numbers")
        if answers_apart(f1, f2):  # "yes" to "the leading candidate?" / to "among the finalists?" (answers.py)
            asked = answers_clash(f1, f2)
            if asked:  # one reply, two accounts of what it confirmed (conf32)
                return Judgment("assertion", f"{f1.source}: asked if {asked[0]}; {f2.source}: asked if {asked[1]}",
                                about="what the reply confirmed")
            return Judgment("none", "replies to different questions")
        if different_speakers(f1, f2) and sim < thresholds.PASSAGE_SCORE:
            return Judgment("none", "different speakers")
        if only_speaker(f1, f2):  # a quotation's speaker in its tag is all the two share (purity.py)
            return Judgment("none", "only a quotation's speaker")
        if quoted_label(f1, f2):  # a slogan on hats is no statement of it (purity.py; lead50)
            return Judgment("none", "only a quotation used as a label")
        return Judgment("agreement", f"similarity {sim:.2f}", score=max(sim, 1.0 if same_quote else 0.0))
    return Judgment("none", f"similarity {sim:.2f}")


def side_of(source: str) -> str:
    """Whose side a source speaks for: the person a "X's campaign / lawyer / office" speaks for
    ("moore" for "Moore's campaign" and "Mr. Moore"), else the source's last significant word."""
    m = _SPEAKS_FOR.search(source)
    return m.group(1).lower() if m else source_head(source) or source.lower()


_SPEAKS_FOR = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:" + "|".join(sorted(lang.SPEAKS_FOR_NOUNS)) + r")\b")


def rare_shared(f1: Features, f2: Features, numbers_only: bool = False) -> set[str]:
    """Shared content words rare in the batch (IDF weight >= ANCHOR_MIN_WEIGHT): names, numbers
    of 10 and more ("#16"), or (numbers_only) numbers alone."""
    out = {w for w in f1.words & f2.words if min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT}
    return {w for w in out if w.startswith("#")} if numbers_only else out


def negates_all(neg: Features, other: Features, sim: float) -> bool:
    """`neg`'s negation reaches exactly the content words it shares with the other claim, at least
    NEGATION_ALL_WORDS of them, one rare in the batch ("He hasn't shown a birth certificate" / "X
    has shown a certificate of live birth"): the negated proposition is the other's, in looser
    wording (similarity from NEGATION_ALL_SIM)."""
    shared = neg.words & other.words
    # ... and nothing else: a negation that also reaches a word of its own ("no *federal* law
    # enforcement experience", "won't attend the *speech*", "was not *alone*") negates another proposition
    reached = {w for w in neg.neg_targets & neg.words if "'" not in w and "’" not in w}
    return sim >= thresholds.NEGATION_ALL_SIM and len(shared) >= thresholds.NEGATION_ALL_WORDS \
        and shared <= reached <= other.words \
        and any(min(neg.weights[w], other.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared)


def reaches_predicate(neg: Features, other: Features) -> bool:
    """`neg`'s negation reaches a word the other claim says besides a name: a predicate of both
    ("hasn't shown a birth certificate" / "has shown a certificate"), not only a name the two share
    while what each says of it differs ("The tally does not include Borvia, where more people are
    jailed than anywhere else" / "Borvia jails more people than anywhere else": digest30, cnn29)."""
    names = {stem(n) for n in neg.names | other.names} | neg.names | other.names
    return bool((neg.neg_targets & other.words) - names)


def negated_share(f: Features, other: Features) -> float:
    """The IDF-weighted share of the two claims' shared words that `f`'s negation reaches."""
    shared = f.words & other.words
    total = sum(f.weights[w] for w in shared)
    return sum(f.weights[w] for w in shared & f.neg_targets) / total if total else 0.0


def clause_words(f: Features) -> list[tuple[frozenset[str], bool]]:
    """Content-word stems of each clause of the claim (split where extract.CLAUSE_BREAK splits a
    sentence, and at commas), clauses of CLAUSE_MIN_WORDS words or more, each with whether it
    only describes a name in passing (passing.py: ", who ...", ", the son of ...")."""
    cached = getattr(f, "_clauses", None)
    if cached is None:
        cached = []
        text = f.claim.text
        spans = passing_spans(text)
        at = 0
        for m in [*CLAUSE_SPLIT.finditer(text), None]:
            start, end, at = at, (m.start() if m else len(text)), (m.end() if m else len(text))
            ws = frozenset(w for w in (stem(t) for t in WORD.findall(text[start:end].lower())) if w in f.words)
            if len(ws) >= thresholds.CLAUSE_MIN_WORDS:
                cached.append((ws, bool(spans) and in_passing(text, start, end, spans)))
        f._clauses = cached
    return cached


def clause_match(f1: Features, f2: Features) -> bool:
    """One clause of each claim says the same thing: a long sentence restating a shorter one in
    part ("Lund said Thursday he has doubts ..., and has sent auditors to the depot" / "...
    he had real doubts about whether the depot was ever inspected"). IDF-weighted cosine
    of the two clauses from CLAUSE_SIM, CLAUSE_MIN_SHARED shared words, one of them rare."""
    best = 0.0
    for c1, passing1 in clause_words(f1):
        for c2, passing2 in clause_words(f2):
            shared = c1 & c2
            if len(shared) < thresholds.CLAUSE_MIN_SHARED:
                continue
            if (passing1 and not stated_alone(f2, shared)) or (passing2 and not stated_alone(f1, shared)):
                continue  # a description in passing, which the other claim does not state alone (passing.py)
            if not any(min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared):
                continue
            num = sum(f1.weights[w] * f2.weights[w] for w in shared)
            den = math.sqrt(sum(f1.weights[w] ** 2 for w in c1) * sum(f2.weights[w] ** 2 for w in c2))
            best = max(best, num / den if den else 0.0)
    return best >= thresholds.CLAUSE_SIM


def part_of(f1: Features, f2: Features) -> bool:
    """One claim's content words are all in the other: a cut of the same sentence or quote
    ("Vote like you expect answers ..." / "Vote like you expect answers, not a slogan on a
    sign."), which cannot contradict the whole."""
    return bool(f1.words and f2.words) and (f1.words <= f2.words or f2.words <= f1.words)


def other_event_day(f1: Features, f2: Features, sim: float) -> bool:
    """The same event on another weekday in looser wording ("had to apologize Saturday for a
    Facebook post" / "on Friday apologized for a Facebook post"): event days (not a report's
    "said Friday") that differ, a word next to the day shared (the event's verb), similarity
    from EVENT_DAY_SIM, at least EVENT_DAY_MIN_WORDS shared content words, one of them a rare
    word of the batch (IDF weight >= ANCHOR_MIN_WEIGHT)."""
    if not (f1.event_days and f2.event_days) or sim < thresholds.EVENT_DAY_SIM:
        return False
    if {d for d, _ in f1.event_days} & {d for d, _ in f2.event_days}:
        return False
    shared = f1.words & f2.words
    # the same event: a word next to one claim's day is next to the other's ("apologize
    # Saturday" / "Friday apologized"), not "resigned Monday" against "apologized Friday"
    if not any(n1 & n2 & shared for _, n1 in f1.event_days for _, n2 in f2.event_days):
        return False
    return len(shared) >= thresholds.EVENT_DAY_MIN_WORDS and \
        any(min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared)


def anchored(f1: Features, f2: Features, sim: float) -> bool:
    """A paraphrase: the same proposition in other words ("The final tally was 97-1" / "a 97-1
    vote in the Senate"; "Sen. Claire McCaskill called it a mistake" / "McCaskill said it was a
    mistake"). Looser wording (similarity from ANCHOR_SIM) is enough when the claims share
    specific anchors: names (besides their sources') and numbers of 10 or more that are rare in
    the batch (IDF weight at least ANCHOR_MIN_WEIGHT), at least ANCHOR_MIN of them, and at
    least ANCHOR_MIN_WORDS content words in all; or, names or not, at least ANCHOR_RARE_WORDS
    shared content words that rare ("confirmed ... investigators plan to bring fraud charges" /
    "confirmed in a statement that investigators intended to bring fraud charges"), unless they
    are mostly the words of a name or its description and the claims say only one word alike
    besides (reference.said_of: "The Coastal Flood Relief Act ... passed by voice
    vote" / "... the grounds he has offered for vetoing the Coastal Flood Relief
    Act,' ... said ahead of the vote", agree12); or one rare vote tally or score ("a 97-1 vote
    hours earlier" / "The final tally was 97-1")."""
    if sim < thresholds.ANCHOR_SIM:
        return False
    # not "a 225-page report"; not the date and the event it names in both ("the June 25 special election")
    # ... nor the number of a name ("Flight 412": multi27)
    shared = (f1.words & f2.words) - describing_numbers(f1, f2) - dated_words(f1, f2) - name_numbers(f1, f2) \
        - {stem(n) for n in f1.names & f2.names if parts_of_two_names(n, f1, f2)}  # ("International" of two names)
    # the same vote tally or score ("97-1") is as specific as a whole sentence
    if any(w.startswith("#") and "-" in w and min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT
           for w in shared):
        return True
    if len(shared) < thresholds.ANCHOR_MIN_WORDS:
        return False
    rare = {w for w in shared if min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT}
    if len(rare) >= thresholds.ANCHOR_RARE_WORDS and (
            len(rare - referring_words(f1) - referring_words(f2)) >= thresholds.ANCHOR_RARE_WORDS
            or len(said_of(f1, f2)) >= 2):
        return True
    names = {stem(n) for n in f1.names & f2.names}
    anchors = {w for w in rare if w in names or w.startswith("#")}
    return distinct_names(anchors, f1.name_seqs | f2.name_seqs) >= thresholds.ANCHOR_MIN


def parts_of_two_names(token: str, f1: Features, f2: Features) -> bool:
    """The name word stands in a multiword name in each claim, and the two names differ ("International" of
    "<Day> International ..." and of "Amnesty International"): no shared name (lead37)."""
    s1, s2 = ({q for q in f.name_seqs if token in q.split()} for f in (f1, f2))
    return bool(s1) and bool(s2) and not s1 & s2


def distinct_names(anchors: set[str], seqs) -> int:
    """How many things the anchors name: the tokens of one multiword name ("United States",
    "Michael Flynn") are one anchor, not two."""
    n, left = 0, set(anchors)
    for g in sorted(({stem(t) for t in q.split()} & anchors for q in seqs), key=len, reverse=True):
        if len(g) >= 2 and g & left:
            n += 1
            left -= g
    return n + len(left)


def ordered_pair(fs, i: int, j: int, jd: Judgment, taken):
    """(first, second, jd) of claims `i` and `j` of one article's list in text order, or None when the pair is in
    `taken` (pairs of Features.index already judged): the within-article rules' one way of returning a finding."""
    x, y = fs[i], fs[j]
    if tuple(sorted((x.index, y.index))) in taken:
        return None
    return (y, x, jd) if j < i else (x, y, jd)
