"""A time phrase that dates a noun rather than the claim: a past participle right after the object of a
preposition ("cannot compete with warehouses built ten years ago", "a note to the board sent in May"). The
object of such a preposition never opens a clause as its subject (lang.OBJECT_ONLY_PREPOSITIONS), so the
participle is a reduced relative describing it, and its time is the noun's (dates.find_phrase; lead34,
an invented memo whose claim was dated "ten years ago"). A contact relative (a noun, then a subject pronoun and
its verb, no relative word: "the bakery he opened in 2006") dates its noun the same way (`contact_relative`).
"""

from __future__ import annotations

import re

from . import lang

__all__ = ["contact_relative", "not_a_time", "participle_dated", "planned"]

_OBJECT_PARTICIPLE = re.compile(r"\b(?:" + "|".join(lang.OBJECT_ONLY_PREPOSITIONS) + r")\s+((?:[a-z][\w'’-]*\s+){1,4}?)"
                                r"([a-z]+)\s+$")


#: A plan or decision noun, "to" and its verb, then the time phrase in the same clause ("a plan to close the school
#: next summer", "his decision to retire in June").
_PLANNED = re.compile(r"\b(?:" + "|".join(sorted(lang.PLAN_NOUNS | lang.DECISION_NOUNS)) + r")\s+to\s+[a-z]+\b[^,;:.!?“”\"]{0,60}\s+$")


def planned(text: str, at: int) -> bool:
    """The time phrase at `at` closes a plan's infinitive ("signatures against a plan to close the school next summer,
    they said on Monday"): the plan's time; a later phrase dates the claim, this one only when no other does."""
    return _PLANNED.search(text[max(0, at - 120):at]) is not None


def participle_dated(text: str, at: int) -> bool:
    """The time phrase at `at` follows "<preposition> <noun phrase> <participle>": the noun's time."""
    m = _OBJECT_PARTICIPLE.search(text[max(0, at - 90):at])
    if m is None:
        return False
    words, verb = m.group(1).split(), m.group(2)
    if any(w in lang.CLAUSE_WORDS or w in lang.COORDINATORS or w in lang.AUXILIARIES for w in words):
        return False  # "... to the board and met on Monday": a verb of its own subject
    participle = verb.endswith("ed") and len(verb) > 4 or verb in lang.DESCRIPTION_PARTICIPLES
    return participle and verb not in lang.CUE_VERBS and words[-1] not in lang.FUNCTION_WORDS \
        and words[-1] not in lang.TIMED_EVENT_NOUNS  # ("according to a poll released Saturday": the poll's day is the claim's)


#: A contact relative: a noun, a subject pronoun and its verb, then the rest of the clause up to the time phrase
#: ("the bakery he opened in 2006", "a restaurant he owned after he left the service in 2006"); group 1 the noun.
_CONTACT = re.compile(r"\b([a-z]{3,})\s+(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS - {"i"})) + r"|I)\s+([a-z]{3,})\b"
                      r"([^,;:.!?“”\"]*)$")
_NESTED = re.compile(r"\b(?:" + "|".join(sorted(lang.SUBORDINATORS - lang.RELATIVE_PRONOUNS)) + r")\b")


def contact_relative(text: str, at: int) -> str:
    """How the time phrase at `at` sits in a contact relative (module doc): "" when it does not; "noun" when it
    dates the relative's own verb ("The bakery he opened in 2006 closed last year": the bakery's time, used only
    when no other phrase dates the claim, as a "that" relative's is); "nested" when a clause under the relative
    holds it ("conduct at a restaurant he owned after he left the service in 2006": the leaving's time, two
    clauses away from the claim's, never the claim's). Not after a verb ("said he left in 2006"), a function word
    ("because he left"), an adverb, nor a verb-like word after the pronoun that is none ("he also ..."); not past a
    finite auxiliary with no pronoun before it (the main clause's verb: "The firm he founded ... was sold on Monday")."""
    m = _CONTACT.search(text[max(0, at - 160):at])
    if m is None:
        return ""
    noun, verb = m.group(1), m.group(2)
    if noun in lang.FUNCTION_WORDS or noun in lang.CLAUSE_WORDS or noun in lang.CUE_VERBS or noun in lang.THAT_CLAUSE_VERBS \
            or noun in lang.AUXILIARIES or noun in lang.IRREGULAR_VERBS or noun.endswith(("ly", "ed")) or verb in lang.FUNCTION_WORDS:
        return ""
    if not (lang.is_past_form(verb) or verb in lang.IRREGULAR_VERBS or verb in lang.AUXILIARIES):
        return ""
    rest = m.group(3).split()
    if any(w in lang.AUXILIARIES and (k == 0 or rest[k - 1] not in lang.SUBJECT_PRONOUNS) for k, w in enumerate(rest)):
        return ""  # "The firm he founded after he left in 2006 was sold on Monday": the main verb is back
    return "nested" if _NESTED.search(m.group(3)) else "noun"


#: "in March, a market town ...": a month's name used as a place's, told by the appositive that follows it.
_PLACE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(set(lang.SETTLEMENT_NOUNS) | set(lang.PLACE_NOUNS)))
                               + r")\b")
#: "in three years" after a negation in its clause ("hadn't seen his brother in three years", "has not won in two
#: seasons"): how long something has not happened, a span, no date of the claim.
_SPAN = re.compile(r"in\s+(?:the\s+(?:past|last)\s+)?[\w-]+\s+(?:" + "|".join(sorted(u.rstrip("s") + "s?" for u in lang.TIME_UNITS)) + r")$", re.I)
_NEGATED_CLAUSE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno)\b[^,;:.!?“”\"]*$", re.I)


def not_a_time(text: str, at: int, phrase: str) -> bool:
    """The phrase at `at` is no time of the claim: a month's name that an appositive shows is a place's ("held in
    March, a market town in the fens"), or a span after a negation ("hadn't seen his brother in three years";
    dates.find_phrase; real54, after real53's Left), or a weekday after "a"/"any" ("The fair opens on a Monday": any
    such day, a habit, no date; real55), or a weekday and its part of the day naming a noun ("the winner of Monday
    night's debate": the debate's day, no time of the claim; real57 — a bare "Monday's" is dates.find_phrase's), or
    "overnight" after a determiner before its noun ("the overnight test": an adjective; real57)."""
    end = at + len(phrase)
    words = phrase.lower().split()
    if words == ["overnight"] and re.search(r"\b(?:" + "|".join(lang.DATED_NOUN_DETERMINERS) + r"|[A-Z][\w'’]*['’]s)\s+$", text[:at], re.I) and re.match(r"\s+[a-z]", text[end:]):
        return True  # "calling the overnight nuclear test a violation": an adjective of the noun, no time of the claim (real57)
    if len(words) == 2 and words[0] in lang.WEEKDAYS and words[1] in lang.DAY_PARTS and re.match(r"['’]s\s+[a-z]", text[end:]) \
            and not re.search(r"\b(?i:during|at|in|on)\s+$", text[:at]):  # ("a problem during Monday night's debate": its time)
        return True
    if phrase.split()[0].lower() in lang.WEEKDAYS and re.search(r"\b(?i:a|any)\s+$", text[:at]):
        return True
    if re.fullmatch(r"(?:in|for)\s+(?:19|20)\d\d", phrase) and re.search(lang.RACE_FOR_OFFICE_RE, text[max(0, at - 60):at], re.I):
        return True  # "announced he's running for president in 2028": the election's year (lead50)
    if re.fullmatch(r"in\s+[A-Z][a-z]+", phrase) and phrase.split()[-1].lower() in lang.MONTHS and _PLACE_APPOSITIVE.match(text, end):
        return True
    return _SPAN.fullmatch(phrase) is not None and _NEGATED_CLAUSE.search(text[max(0, at - 120):at]) is not None
