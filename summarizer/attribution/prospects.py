"""Forecasts and wishes held by a subject (issue 12; GUIDELINES §6, §13, §14): "The company
expects profits to fall", "The central bank forecast inflation at 3 percent", "The agency
projects that the population will reach ...", "The union wants the company to raise wages".

`prospect_cue(toks, i)` says whether token i, a verb of forecasting (lang.FORECAST_VERBS) or
wanting (lang.DESIRE_VERBS), is the cue of a reporting frame: its subject can hold a view (a
name, a pronoun, a person or organisation noun, a plural agent noun, a published finding) and
its complement is an object and a to-infinitive, an object with a figure ("at 3 percent",
forecasts only), an object and a modal clause ("expects profits will fall"), or, for the verbs
no other rule reads as cues ("forecast", "project", "anticipate"), a that-clause. A passive
("is expected to", "are forecast to") is no frame: the outlet reports the expectation.
Returns None when these rules do not decide (subjects.is_cue goes on as before).
"""

from __future__ import annotations

import re

from .. import lang
from .text import QUOTE_MARKS, Tok, outside

#: The longest object (tokens) between the verb and its infinitive or figure ("expects the
#: state's largest utility to raise ...").
OBJECT_TOKENS = 6
#: Pronouns that can hold a forecast or a wish (not "we"/"I": the writer, cues.writer_belief).
_HOLDER_PRONOUNS = lang.PERSON_PRONOUNS | {"they", "it"}


def _holder(toks: list[Tok], i: int) -> bool:
    """The word before the verb (adverbs and auxiliaries skipped) can head the subject of a view."""
    j = i - 1
    while j >= 0 and (toks[j].low in lang.CUE_MODIFIERS or toks[j].low.endswith("n't")
                      or toks[j].low.endswith("ly") and toks[j].text.islower() and toks[j].low not in lang.LY_NOUNS):
        j -= 1
    if j < 0:
        return False
    t = toks[j]
    if t.text == ",":  # "Jane Doe, the chief executive, expects ...": the subject before the apposition
        return any(_holds(x) for x in toks[:j] if x.text != ",") and toks[0].text[:1].isupper()
    if j >= 2 and toks[j - 1].low == "of" and (toks[j - 2].low in lang.SHARE_NOUNS or _figure(toks[j - 2])):
        return False  # "A majority of voters expect ...": a poll's respondents (GUIDELINES §13)
    if t.low in _HOLDER_PRONOUNS or t.low in lang.PERSON_NOUNS or t.low in lang.ORG_HEADS \
            or t.low in lang.FINDING_NOUNS:
        return True
    if t.text.islower():
        return t.low.endswith(lang.AGENT_PLURAL_ENDINGS)  # "investors expect ...", "regulators want ..."
    return t.text[:1].isupper() and t.low.rstrip(".") not in lang.NOT_NAMES


def _holds(t: Tok) -> bool:
    """A word that names or heads a holder of a view: a name, a person or organisation noun."""
    return t.low in lang.PERSON_NOUNS or t.low in lang.ORG_HEADS or t.text[:1].isupper() and t.low not in lang.NOT_NAMES


def _reported(toks: list[Tok], i: int) -> bool:
    """A saying verb earlier in the clause ("X also said the company expects ..."): the forecast is
    the content of that report, whose frame is the sentence's, not the subject's own frame."""
    for t in reversed(toks[:i]):
        if t.text in ",;:" or t.text in QUOTE_MARKS:
            return False
        if t.low in lang.SPEECH_VERBS and t.text.islower():
            return True
    return False


def _figure(t: Tok) -> bool:
    return t.text[:1].isdigit() or t.text in lang.CURRENCY_SIGNS or t.low in lang.NUMBER_UNITS \
        or t.low in lang.NUMBER_TENS or t.low in lang.SCALE_WORDS


def _verb_after_to(toks: list[Tok], k: int) -> bool:
    """toks[k] is "to" and a lower-case verb follows ("to fall"; not "to 3 percent", "to the city")."""
    if toks[k].low != "to" or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text.isalpha() and nxt.text.islower() and (nxt.low not in lang.FUNCTION_WORDS
                                                          or nxt.low in ("be", "have", "do"))


def _complement(toks: list[Tok], i: int, forecast: bool) -> bool:
    """An object (1 to OBJECT_TOKENS tokens) and then a to-infinitive; for a forecast also a figure
    in or right after the object, or a modal opening a clause."""
    n = len(toks)
    for k in range(i + 1, min(n, i + 2 + OBJECT_TOKENS)):
        t = toks[k]
        if forecast and k > i + 2 and _event_time(toks, k) and toks[i + 1].low in lang.DETERMINERS:
            return True  # "expect a first cut in June": a noun-phrase event and its time (left17)
        if not (t.text[:1].isalnum() or t.text in lang.CURRENCY_SIGNS) or t.low in lang.CLAUSE_WORDS:
            return not forecast and _coordinated_object(toks, i)  # punctuation or a clause of its own ends the object
        if k == i + 1:
            if t.low == "to" or t.low in lang.FUNCTION_WORDS and t.low not in lang.DETERMINERS \
                    and t.low not in lang.POSSESSIVE_DETERMINERS and not _figure(t):
                return False  # "wants to run" (the existing rules), "expects in June ...", "wants for nothing"
            if forecast and _figure(t):
                return True  # "expects 200 job cuts"
            continue
        if _verb_after_to(toks, k):
            return True
        if forecast and (_figure(t) or t.low in lang.MODALS and t.low not in lang.NON_EPISTEMIC_MODALS):
            return True  # "forecast inflation at 3 percent", "expects profits will fall"
    return not forecast and _coordinated_object(toks, i)


#: A wish's object of two bodies or people joined by "and" may run longer (attr49: "wants the county's swimming board
#: and the Regional Water Agency (RWA) to look hard at ..."): at most this many tokens, a short form in brackets and a
#: possessive mark not counted.
COORDINATED_OBJECT_TOKENS = 14


def _coordinated_object(toks: list[Tok], i: int) -> bool:
    """After a verb of wishing, an object that joins noun phrases with "and" (only words, possessive marks and a
    bracketed short form in it), then a to-infinitive."""
    k, words, joined = i + 1, 0, False
    while k < len(toks) and words <= COORDINATED_OBJECT_TOKENS:
        t = toks[k]
        if _verb_after_to(toks, k):
            return joined and words >= 3
        if t.text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")" and toks[k + 1].text[:1].isupper() and len(toks[k + 1].text) <= 8:
            k += 3  # "(RWA)"
            continue
        if t.text in ("'", "’") and k > i + 1 and toks[k - 1].low.endswith("s"):
            k += 1  # "athletics' world governing body"
            continue
        if not t.text[:1].isalnum() or t.low in lang.CLAUSE_WORDS and t.low != "and" or k == i + 1 and t.low == "to":
            return False
        joined = joined or t.low == "and"
        words, k = words + 1, k + 1
    return False


def _event_time(toks: list[Tok], k: int) -> bool:
    """toks[k] opens the time of an expected event ("in June", "by March", "next year", "in 2027")."""
    if toks[k].low not in lang.FORECAST_TIME_LEADS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].low
    return nxt in lang.FORECAST_PERIODS or bool(re.fullmatch(r"(?:19|20)\d\d", nxt)) \
        or nxt in ("the", "this", "next") and k + 2 < len(toks) and toks[k + 2].low in lang.FORECAST_PERIODS


def prospect_cue(toks: list[Tok], i: int) -> bool | None:
    """True when token i is a forecast or wish of its subject with a complement (module doc);
    False for a passive forecast verb; None when these rules do not decide."""
    w = toks[i].low
    forecast = w in lang.FORECAST_VERBS
    if not forecast and w not in lang.DESIRE_VERBS or not toks[i].text.islower():
        return None
    prev = toks[i - 1].low if i else ""
    if prev in lang.PASSIVE_BE_FORMS and not w.endswith("ing"):
        return False if w not in lang.CUE_VERBS else None  # "Prices are forecast to rise"
    if w.endswith("ing") and prev not in lang.AUXILIARY_VERBS:
        return None  # "..., analysts expecting ...": a participle clause, not the main one
    if prev in lang.NOUN_DETERMINERS or prev == "to" or prev.endswith(("'s", "'")):
        return None  # a noun ("the forecast", "its projects") or an infinitive
    if not _holder(toks, i) or _reported(toks, i):
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt == "that" and w not in lang.CUE_VERBS:
        return True  # "The agency projects that ..."
    return True if _complement(toks, i, forecast) else None


#: ", and the council approved ...": "and" before a subject of its own (a determiner or a name).
_SECOND_CLAUSE = re.compile(r",\s+and\s+(?=(?:" + "|".join(w for w in lang.NOUN_DETERMINERS if w != "that") + r"|[A-Z][\w'’.-]*)\s"
                             r"|(?:it|there)\s+(?:" + "|".join(sorted(lang.FINITE_BE_FORMS)) + r")\b)")  # ("..., and it is unknown how": read29)
#: (Not ", and that ...": a second that-clause of the same cue, "Police said the fire began in a kitchen,
#: and that no other room was hit"; lead29.)
#: What follows such a subject when it is a second object of the same verb ("..., and the deficit
#: to narrow", "..., and the deficit at 2 percent"): the forecast goes on.
_SAME_COMPLEMENT = re.compile(r"(?:[\w'’.-]+\s+){1,5}?(?:to\s+[a-z]|(?:at|to)\s+[\d$€£])")


def clause_after_complement(text: str, a: int, b: int, quotes, cue: str) -> int | None:
    """Where a coordinated clause with a subject of its own starts, after a complement that is no
    clause (an infinitive, an object and its infinitive): in "The union wants the firm to raise
    wages, and the strike entered its third week" the strike is the outlet's. None after a
    that-clause, and when the second subject has the same verb's complement."""
    content = text[a:b]
    if not (re.match(r"\s*to\s", content) or cue.lower() in lang.FORECAST_VERBS | lang.DESIRE_VERBS
            and not re.match(r"\s*that\b", content) or _NOUN_OBJECT.match(content)):
        return None
    for m in _SECOND_CLAUSE.finditer(text, a, b):
        rest = text[m.end():b]
        if outside(m.start(), quotes) and len(rest.split()) >= 3 and not _SAME_COMPLEMENT.match(rest):
            return m.start()
    return None


#: A content that opens with a determiner: the cue's object, no clause ("rejected the plan even before
#: X announced it, and a Senate version failed ...": the second clause is the outlet's; read11b).
#: (after a topic preposition too: "posted about his worry over the diner, and a bar ..."; polar44)
_NOUN_OBJECT = re.compile(r"\s*(?:(?:" + "|".join(sorted(lang.TOPIC_PREPOSITIONS)) + r")\s+)?(?:"
                          + "|".join(w for w in lang.NOUN_DETERMINERS if w != "that") + r")\s")


def without_second_clause(text: str, fr, quotes):
    """A frame (frames.Frame) whose one content after its cue is a complement that is no clause
    (`fr.kind` "belief" or an infinitive), cut before a coordinated clause with its own subject
    (`clause_after_complement`); any other frame, or None, as it is."""
    if fr is None or fr.position != "initial" or fr.kind == "according_to" or len(fr.content) != 1:
        return fr
    a, b = fr.content[0]
    if fr.kind == "belief" or re.match(r"\s*to\s", text[a:b]) or _NOUN_OBJECT.match(text[a:b]):
        cut = clause_after_complement(text, a, b, quotes, text[fr.cue_span[0]:fr.cue_span[1]])
        fr.content = [(a, cut)] if cut is not None else fr.content
    return fr
