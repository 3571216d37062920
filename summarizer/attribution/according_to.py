"""A sentence's "according to X" frame (frames.py's first step): X is the source, the rest of the
sentence the content; '“...,” Jane Doe said, according to a transcript.' is hers, the transcript
only the record. Moved out of frames.py as it was (session 13: that module had reached its bound).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .frame_shapes import APPOSED_END, FRAME_BEFORE_ACCORDING
from .scope_cuts import after_open_dash
from .text import outside


def _named_after(between) -> bool:
    """The words between an inverted cue and a comma are a person's name, with a role before it and
    a party-and-state apposition after it ('lamented coach Jane Roe', 'said Senator Jane Roe,
    Republican of Ohio'; read11b, a BASIL story): the named speaker, not the according-to source."""
    return bool(between) and between[-1].text[:1].isupper() and between[0].low != "that" and all(
        t.text[:1].isupper() or t.low in lang.PERSON_NOUNS or t.low == "of" or t.text == "," for t in between)


def _named_then_where(between) -> bool:
    """A name right after an inverted cue, then where or how it was said ('said Jane Roe in an interview on
    the "Morning" show'): the named speaker, the according-to source only relays her words (read24)."""
    k = next((x for x, t in enumerate(between) if not t.text[:1].isupper()), len(between))
    return 1 <= k < len(between) and k <= 4 and between[k].low in lang.PREPOSITIONS and between[0].low not in lang.NOT_NAMES


def _time_tail(toks) -> bool:
    """A short time phrase after a cue ("in 2014", "on Monday", "last week", "Tuesday on WXYZ Radio")."""
    return 0 < len(toks) <= 3 + 3 * (toks[0].low in lang.WEEKDAYS) and (toks[0].low in lang.TIME_PHRASE_OPENERS or toks[0].low in lang.WEEKDAYS) \
        and all(t.text[:1].isupper() or t.text.isdigit() or t.low in lang.FINAL_TAIL_STARTERS for t in toks[1:])


#: A time phrase right after a source ("... by the commission on Monday", "... last week"): the claim's when.
_TIME_AFTER = re.compile(r"(?:\s+(?:" + "|".join(sorted(lang.TIME_PHRASE_OPENERS)) + r"))?(?:\s+(?:[A-Z][\w.]*|\d{1,4}|"
                         + "|".join(sorted(lang.FINAL_TAIL_STARTERS - lang.SOURCE_TAIL_NON_TIME)) + r")){1,3}(?=[.!?,;]?[\"”’']*\s*$)")


def source_reaches(text: str, source_end: int, end: int) -> bool:
    """The source ends the span, or only a time phrase follows it ("according to results released by the
    commission on Monday": the source is "the commission", the frame still closes the sentence; left16)."""
    m = _TIME_AFTER.match(text, source_end, end)
    return source_end >= end - 2 or m is not None and m.end() >= end - 2


def _issuer(toks, a: int, k: int) -> tuple[int, int] | None:
    """The document toks[a:k] released by a body, without a time phrase after it ("results released by
    the commission on Monday" -> "results released by the commission": the time is the claim's when;
    GUIDELINES §14 keeps a document as the source, tests/test_fp8.py "the index published by the board");
    None with no "by" after a release participle or no time at the end (left16)."""
    r = next((x for x in range(a + 1, k) if toks[x].low in lang.RELEASE_PARTICIPLES), None)
    b = next((x for x in range(r + 1, min(k, r + 5)) if toks[x].low == "by"), None) if r is not None else None
    if b is None or b + 1 >= k:
        return None
    end = next((j for j in range(b + 2, k) if _time_tail(toks[j:k])), k)
    return (toks[a].start, toks[end - 1].end) if end < k else None

def _title_stop(toks, k: int) -> bool:
    """The full stop of a title abbreviation before a name ("according to Dr. Jane Roe", "Gov. Ada
    Quell"): part of the source, not its end (session 15: the source read "Dr")."""
    return toks[k].text == "." and k >= 1 and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
        and toks[k - 1].low in lang.TITLE_ABBREVIATIONS | lang.DOTTED_TITLES


def _contact_issuer(between) -> bool:
    """The words between a document's first word and a release participle open its issuer, a contact
    relative's subject ("figures the university released", "data the agency published": the source
    read "figures the university"), not a description of the document ("a poll released Saturday")."""
    return any(t.low in lang.DETERMINERS for t in between) and not any(t.low == "by" for t in between)


def _passive(toks, x: int) -> bool:
    """The cue verb toks[x] is a passive participle ("Regulators were told, according to the company"):
    its subject was told, not a speaker the according-to source relays (the lead, session 33)."""
    return x >= 1 and toks[x - 1].low in lang.PASSIVE_BE_FORMS


def _lone_opener(before: str) -> bool:
    """One word (and its comma) before the frame ("But according to his wife, ...", "Because, according to her, she ...", "Still,
    according to the agency, ...", "Smith, according to police, fled"): a sentence opener or the
    subject, part of the source's sentence (read18's d7; left19)."""
    return re.fullmatch(r"\s*[\w'’-]+\s*,?\s*", before) is not None


def _inside_parenthesis(text: str, before, start: int) -> bool:
    """An open parenthesis before "according to", after a cue verb of the sentence's own ("Retail
    experts say A (support is at 59%, according to a poll)": read18's d4, left19)."""
    hi = before[-1].end if before else start
    p = text.rfind("(", start, hi)
    return p > text.rfind(")", start, hi) and p >= 0 and any(
        t.low in lang.SPEECH_VERBS and t.end <= p for t in before)


def _clause_opens(toks, k: int) -> bool:
    """A subject pronoun and a lower-case word after the source, no comma between ("according to the
    band it is still under wraps"): the content's clause begins; the source ended before it (the
    lead, session 25, a faithfulness document's source ran on to the sentence's end). Only with no comma
    after it ("according to the people he met, ...") and a clause of four words or more (a short
    contact relative ends the sentence: "... according to the people he met.")."""
    head, _, verb = toks[k].low.replace("’", "'").partition("'")  # "it's", "they're": the verb in the token
    return head in lang.SUBJECT_PRONOUNS | {"there"} and (verb or k + 1 < len(toks) and toks[k + 1].text.islower()) \
        and not any(t.text in ",;:—–" for t in toks[k:]) and len(toks) - k >= 5  # (not "..., according to the people he met.")


#: "and" / "but" and a comma right before "according to": the aside opens a coordinated predicate or clause, the
#: clause before the coordinator is not the source's ("X has missed two games and, according to Y, is ...").
_COORDINATED_ASIDE = re.compile(r"\s(?:and|but)\s*,\s*$")
#: A relative clause opened right before "according to" (", in which, ", ", where ", ", which, "): the
#: source covers that clause, not the sentence it hangs from.
_RELATIVE_BEFORE = re.compile(r",\s+(?:(?:" + "|".join(sorted(lang.PREPOSITIONS)) + r")\s+)?(?:which|whom|where|when)\s*,?\s*$", re.I)


def _named_index(between) -> bool:
    """"the Landry property index", "the Consumer Price Index": a named published series, whose figures are its
    compiler's (left43); "his body mass index" stays a norm."""
    return len(between) >= 3 and between[0].low == "the" and between[-1].low in ("index", "indices", "indexes") \
        and any(t.text[:1].isupper() for t in between[1:-1])


def _thousands(toks, k: int) -> bool:
    """toks[k] is the comma inside a figure ("a study of 3,200 pupils"; lead35): digits glued on both sides."""
    return toks[k].text in ",." and 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start == toks[k + 1].start - 1 \
        and toks[k - 1].text[-1:].isdigit() and toks[k + 1].text[:1].isdigit()


def _own_clause_verb(toks, i: int, k: int) -> bool:
    """"A was advertised, and 340 residents responded, according to the board.": the saying verb right before
    ", according to" is the predicate of a clause coordinated after "and" / "but", and the source ends the
    sentence: the residents' answering is what the board reports, not a speaker the board relays (genre45).
    '“...,” Jane Roe said, according to the agency' (no "and" before its subject) stays hers."""
    if i < 4 or k < len(toks) - 1:
        return False
    j = i - 3  # the verb is toks[i - 2]; its subject ends at toks[i - 3]
    while j >= 0 and toks[j].text not in ",;:“”\"" and toks[j].low not in ("and", "but"):
        j -= 1
    return j >= 0 and toks[j].low in ("and", "but") and i - 3 - j <= 4


def _where_tail(between) -> bool:
    """A short where-phrase after a cue, all lower case ("she said in the statement", "he told reporters at the
    hearing"): where the speaker said it; the according-to source after it only relays her words (attr50)."""
    return 2 <= len(between) <= 5 and between[0].low in lang.WHERE_TAIL_PREPOSITIONS \
        and all(t.text.islower() and t.low not in lang.SPEECH_VERBS for t in between)


def _opening_speaker(toks, i: int) -> bool:
    """The sentence opens with its speaker and a saying verb ("Jane Roe said that A, according to the
    Courier", "She told the court A, according to the paper"): she speaks; the according-to source that
    closes the sentence only relays her words (attr50). A name of one to four capitalised words (a title
    abbreviation's full stop inside it) or "He" / "She" / "They"; not with a clause joined by ", and" /
    ", but" before the aside ("Roe said A, and B, according to X": B may be X's own)."""
    j = 0
    while j < min(i, 6) and (toks[j].text[:1].isupper() or toks[j].text == "." and j >= 1) and toks[j].low not in lang.NOT_NAMES:
        j += 1
    if not (1 <= j <= 5 or toks[0].low in ("he", "she", "they") and (j := 1)):
        return False
    if j >= i or toks[j].low not in lang.SPEECH_VERBS or not toks[j].text.islower() or toks[j].low in lang.PASSIVE_BE_FORMS \
            or toks[j].low.startswith("report"):
        return False  # ("Bloomberg reports that A, according to <pollster>": a report relays; the data are the pollster's)
    if toks[j].low not in ("said", "says", "say") and not any(t.low == "that" for t in toks[j + 1:j + 5]):
        return False  # "<Name> told supporters of his plans, according to <paper>": an act the paper reports, no clause
    last = max((x for x in range(j, i - 1) if toks[x].text == ","), default=None)
    if last is not None and (toks[last + 1].low in lang.PREPOSITIONS or toks[last + 1].low in lang.RELATIVE_PRONOUNS
                             or toks[last + 1].low.endswith("ing")):
        return False  # "<Firm> said it would buy <Firm2>, in a deal that values it at $<n>, according to people briefed": the aside's source
    return not any(toks[x].text == "," and toks[x + 1].low in ("and", "but") for x in range(j, i - 1))


def according_to_frame(text: str, sp: Span, toks, quotes: list[tuple[int, int, int]], Frame):
    """The frame of the first "according to X" outside quotations that names a source, or None."""
    n = len(toks)
    for i in range(n - 1):
        if toks[i].low == "according" and toks[i + 1].low == "to" and outside(toks[i].start, quotes):
            if _inside_parenthesis(text, toks[:i], sp.start):
                continue  # "Experts say A (B, according to a poll).": the poll's aside; the sentence keeps its frame (left19)
            if _RELATIVE_BEFORE.search(text, sp.start, toks[i].start):
                continue  # "..., the caucus, in which, according to exit polls, Doe won 44 percent": the relative's source only
                # (the lead's reading, session 23)
            if re.search(lang.EXPECTATION_ASIDE_RE, text[sp.start:toks[i].start], re.I):
                continue  # "<Firm> forecast A, below the $<n> analysts had expected, according to data from <X>": the
                # data back the analysts' figure; the forecast is the firm's (GUIDELINES §13; left45)
            k = i + 2
            while k < n and (toks[k].text not in ",.;:!?()—–" or _title_stop(toks, k) or _thousands(toks, k)) \
                    and toks[k].low not in ("that", "which", "who") and not (k > i + 2 and toks[k].low == "speaking") \
                    and not (k > i + 2 and _clause_opens(toks, k)) \
                    and not (k > i + 3 and toks[k].low in lang.RELEASE_PARTICIPLES  # "a poll released Saturday",
                             and not any(x.low == "by" for x in toks[k + 1:k + 5])):  # not "... released Monday by NOAA"
                k += 1
            if k < n and toks[k].low in lang.RELEASE_PARTICIPLES and _contact_issuer(toks[i + 3:k]):
                k += 1  # "according to figures the university released in June": the issuer's document, whole
            if k > i + 2 and (toks[k - 1].low in lang.CONFORMITY_NOUNS or toks[i + 2].low in lang.DIMENSION_NOUNS and (k == i + 3 or toks[i + 3].low in lang.FUNCTION_WORDS)) and not any(t.low in lang.PERSON_NOUNS for t in toks[i + 2:k - 1]) \
                    and not any(m in text[toks[i + 2].start:toks[k - 1].end].lower() for m in lang.ANONYMITY_MARKERS) \
                    and not _named_index(toks[i + 2:k]):
                continue  # "overweight according to his body mass index", "according to plan": a norm, no source
                # ("differences according to age": a bare dimension noun, the way a thing varies; attr54)
                # (not "according to officials familiar with the talks": people speak; read12c)
            if i >= 2 and toks[i - 1].text == "," and not _own_clause_verb(toks, i, k) and any(
                    toks[x].low in lang.SPEECH_VERBS and toks[x].text.islower() and not _passive(toks, x) and (x == i - 2 or _named_after(toks[x + 1:i - 1])
                                                                                       or _time_tail(toks[x + 1:i - 1])
                                                                                       or x >= i - 12 and _named_then_where(toks[x + 1:i - 1])
                                                                                       or x >= 1 and (toks[x - 1].text[:1].isupper() or toks[x - 1].low in lang.SUBJECT_PRONOUNS)
                                                                                       and _where_tail(toks[x + 1:i - 1]))
                    for x in range(max(0, i - 12), i - 1)):
                continue  # '“...,” Jane Roe said (in 2014), according to the agency': the agency relays; she speaks
            if i >= 2 and toks[i - 1].text == "," and k >= n - 1 and _opening_speaker(toks, i):
                continue  # "Jane Roe said that A, according to the Courier": she speaks, the paper relays (attr50)
            if k > i + 2:
                src = (toks[i + 2].start, toks[k - 1].end)
                named = APPOSED_END.match(text, toks[k - 1].end, sp.end) if k < n and toks[k].text == "," else None
                if named and not any(t.text[:1].isupper() for t in toks[i + 2:k]):
                    # "..., according to her attorney, Jane Doe.": the name in apposition is the source
                    src, k = (named.start(1), named.end(1)), n
                else:
                    src = _issuer(toks, i + 2, k) or src  # "according to results released by the commission on Monday": no time
                before = (after_open_dash(text, sp.start, toks[i].start), toks[i].start)
                after = (toks[k].start if k < n else sp.end, sp.end)
                content = [s for s in (before, after) if len(text[s[0]:s[1]].split()) >= 2 or s is before and _lone_opener(text[s[0]:s[1]])]
                if len(content) == 2 and _COORDINATED_ASIDE.search(text, before[0], before[1]) and len(text[before[0]:before[1]].split()) >= 4:
                    content = [after]  # "X has missed two games and, according to Y, is stepping down": Y's is the second predicate (attr49)
                fin = FRAME_BEFORE_ACCORDING.search(text, sp.start, toks[i].start)
                if fin and fin.group(2).lower() in lang.SPEECH_VERBS and outside(fin.start(1), quotes):
                    # '“...,” Jane Doe said, according to a transcript.': she is the speaker, the transcript the record
                    q = text[sp.start:fin.start(1)].rstrip()
                    return Frame((fin.start(1), fin.end(1)), (fin.start(2), fin.end(2)), "direct" if q[-1:] in "”\"" else "indirect",
                                 [(sp.start, sp.start + len(q))], "final")
                if content:
                    return Frame(src, (toks[i].start, toks[i + 1].end), "according_to", content, "according")
    return None
