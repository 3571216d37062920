"""A time phrase that dates a noun rather than the claim: a past participle right after the object of a
preposition ("cannot compete with warehouses built ten years ago", "a note to the board sent in May"). The
object of such a preposition never opens a clause as its subject (lang.OBJECT_ONLY_PREPOSITIONS), so the
participle is a reduced relative describing it, and its time is the noun's (dates.find_phrase; lead34,
an invented memo whose claim was dated "ten years ago").
"""

from __future__ import annotations

import re

from . import lang

__all__ = ["participle_dated", "planned"]

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
