"""Events that have not happened (yet) although no modal or negator says so, read in a clause's
words (certainty.py decides the label from these; session 9, fact10):

- `not_yet`: "has yet to rule", "is yet to turn a profit", "stopped short of banning" (`negated`);
- `pending`: a pursuit or wait ("is searching for the driver", "awaits the governor's signature",
  "is exploring a sale"), a schedule ("is slated for closure"), an exposure ("faces up to ten
  years"), an imminent event ("is on the verge of bankruptcy"), a purpose ("is aimed at curbing",
  "was designed in part to test") (`speculative`).

Each reads only the clause's own verb: not a relative clause's ("the man who is searching for
..."), which certainty.py has cut or which follows a relative pronoun here.
"""

from __future__ import annotations

import re

from .. import lang
from .clause_shapes import contact_relative, finite, infinitive
from .text import words

_RELATIVE = lang.RELATIVE_SUBJECTS | {"that"}


def _be_before(w: list[str], i: int) -> bool:
    """A form of "be" stands before w[i], over adverbs ("is still searching", "are now awaiting")."""
    j = i - 1
    while j >= 0 and (w[j] in lang.RELATIVE_ADVERBS and w[j] not in lang.CLAUSE_NEGATORS or w[j] in lang.INFINITIVE_ADVERBS
                      or w[j].endswith("ly") and len(w[j]) > 4):
        j -= 1
    return j >= 0 and w[j] in lang.BE_FORMS and not (j and w[j - 1] in _RELATIVE)


def _own(w: list[str], i: int) -> bool:
    """w[i] is not the verb of a relative clause opened in the three words before it, nor of a
    subordinate clause opened in the eight before ("The test comes as several countries are on the
    cusp of ...": the "as" clause's; PolNeAR half A)."""
    return not any(x in _RELATIVE for x in w[max(0, i - 3):i]) \
        and not any(x in lang.SUBORDINATORS for x in w[max(0, i - 8):i])


def _verb(x: str) -> bool:
    return x.isalpha() and x not in lang.FUNCTION_WORDS or x in ("be", "have", "do")


def not_yet(w: list[str]) -> bool:
    """"has yet to rule", "is yet to turn a profit", "stopped short of banning": the event has not
    happened (so far), like "not yet" and "failed to" (GUIDELINES §14)."""
    for i, x in enumerate(w):
        if x == "yet" and w[i + 1:i + 2] == ["to"] and i + 2 < len(w) and _verb(w[i + 2]) \
                and i and (w[i - 1] in lang.YET_TO_LEADS or w[i - 1] == "still" and i > 1 and w[i - 2] in lang.YET_TO_LEADS) \
                and _own(w, i - 1):
            return True
        if x in lang.STOP_SHORT_VERBS and w[i + 1:i + 3] == ["short", "of"] and i + 3 < len(w) \
                and w[i + 3].endswith("ing") and _own(w, i):
            return True
        if x in lang.NEAR_MISS_ADVERBS and _near_miss(w, i) and _own(w, i):
            return True  # "The ferry nearly sank", "almost scored" (fact12)
    return False


def _near_miss(w: list[str], i: int) -> bool:
    """w[i] ("nearly", "almost") stands before a past verb it negates: not after "be" ("was nearly
    destroyed"), not a degree ("nearly doubled", "nearly reached 10 percent"), and not in a clause
    that gives a measured figure ("nearly matched that low when the index closed at -212.40":
    the figure is the claim's fact; the factuality suite's control rose by three such events)."""
    y = w[i + 1] if i + 1 < len(w) else ""
    # (its own list, not IRREGULAR_PAST: "nearly said" or "nearly told" is no near miss; verb_forms.py)
    past = lang.is_past_form(y, min_len=4, irregular=lang.NEAR_MISS_IRREGULAR_PASTS)
    return i > 0 and past and y not in lang.DEGREE_VERBS and w[i - 1] not in lang.BE_FORMS \
        and not any(any(c.isdigit() for c in z) for z in w) and not any(z in lang.NUMBER_UNITS for z in w[i + 2:i + 6])


def pending(w: list[str], attributed: bool = False) -> bool:
    """A pursuit, wait, option weighed, schedule, exposure, imminent event or purpose: the clause's
    event has not happened (GUIDELINES §14 "an effort or pursuit whose goal has not happened",
    "a purpose after be"; FactBank/UW rate such events uncertain). In a source's words (`attributed`)
    a process said to be under way ("was under review") is that source's report (read24)."""
    phrases = [p for p in lang.OPEN_PHRASES if not (attributed and p in lang.PROCESS_UNDER_WAY_PHRASES)]
    for i, x in enumerate(w):
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if not _own(w, i):
            continue
        if x in lang.OPEN_OUTCOME_ADJECTIVES and (_be_before(w, i) or i and w[i - 1] in lang.REMAIN_FORMS):
            return True  # "The appeal is pending", "The striker is doubtful for Saturday" (fact12)
        if i and (_be_before(w, i) or w[i - 1] in lang.REMAIN_FORMS | lang.HANG_FORMS) \
                and any(w[i:i + len(p.split())] == p.split() for p in phrases) and i + 1 < len(w):
            return True  # "A new stadium is in the works", "hangs in the balance" (fact12)
        if x in lang.INVERTED_OPEN_ADJECTIVES and nxt in lang.BE_FORMS and all(y in lang.INVERSION_ADVERBS for y in w[:i]):
            return True  # "Still unresolved is the question of who will pay" (fact12)
        if x in lang.NEARNESS_WORDS and nxt == "to" and w[i + 2:i + 3] and w[i + 2].endswith("ing") and _be_before(w, i):
            return True  # "The club is close to signing a striker" (fact12)
        if x in lang.OPEN_OUTCOME_NOUNS and i > 1 and w[i - 1] in ("a", "an") \
                and (_be_before(w, i - 1) or w[i - 2] in lang.REMAIN_FORMS):
            return True  # "The origin of the signal remains a mystery", "is a doubt for Sunday" (fact12)
        if not nxt:
            continue
        if x in lang.NEAR_MISS_ADVERBS and nxt in lang.NEAR_CERTAINTY_ADVERBS:
            return True  # "The outbreak has almost certainly peaked" (fact12)
        if x in lang.PURSUIT_FOR_VERBS | lang.READINESS_FOR_VERBS and nxt == "for" and _be_before(w, i) \
                and not any(ch.isdigit() for y in w[:i] for ch in y):
            return True  # "Police are searching for the driver", "The town is bracing for a storm" (fact12; not a count
            # of those who wait, "About 182,000 patients were waiting for treatment": a measured figure; lead35)
        if x in lang.AIM_FOR_VERBS and nxt == "for" and (x != "aiming" or _be_before(w, i)):
            return True  # "The hospital aims for a full reopening by May" (fact12)
        if x in lang.LOOKING_TO_VERBS and nxt == "to" and _be_before(w, i) and i + 2 < len(w) and _verb(w[i + 2]):
            return True  # "The airline is looking to sell its cargo arm" (fact12)
        if x in lang.HEADED_FOR_PARTICIPLES and nxt == "for" and _be_before(w, i) and i + 2 < len(w):
            return True  # "The bill is headed for a vote", "is poised for a showdown" (fact12)
        if x in lang.READINESS_FOR_VERBS and nxt == "up" and w[i + 2:i + 3] == ["for"] and _be_before(w, i):
            return True  # "The city is gearing up for the marathon" (fact12)
        if x == "plans" and nxt in lang.PLAN_OBJECT_OPENERS and 1 < i <= 4 and w[0] in lang.DETERMINERS \
                and not any(y in lang.AUXILIARY_VERBS for y in w[:i]):
            return True  # "The district plans a new high school" (fact12)
        if x == "plan" and nxt in lang.PLAN_OBJECT_OPENERS and 0 < i <= 4 and (i == 1 or w[0] in lang.DETERMINERS) \
                and re.fullmatch(r"[a-z]{3,}[^s'’]s", w[i - 1]) and not any(y in lang.AUXILIARY_VERBS for y in w[:i]):
            return True  # "The researchers plan a larger study": a plural subject's plan (cert41)
        if x in lang.IMMINENT_TO_WORDS and nxt == "to" and _be_before(w, i) and i + 2 < len(w) and _verb(w[i + 2]):
            return True  # "The bank is about to name a chief executive" (fact12)
        if x in lang.STAND_TO_VERBS and nxt == "to" and w[i + 2:i + 3] and w[i + 2] in lang.STAND_TO_OUTCOMES:
            return True  # "The airline stands to lose $80 million" (fact12)
        if x in lang.RISK_NOUNS and i > 1 and w[i - 1] == lang.RISK_NOUNS[x] and nxt == "of" and _be_before(w, i - 1):
            return True  # "The clinic is at risk of closing", "in danger of extinction" (fact12)
        if x in lang.AWAIT_VERBS and (x != "awaiting" or _be_before(w, i)) and nxt not in lang.CLAUSE_BREAKS:
            return True  # "The bill awaits the governor's signature", "is awaiting a ruling"
        if x in lang.OPTION_VERBS and _be_before(w, i) and (nxt in lang.DETERMINERS or nxt.isalpha() and nxt not in lang.FUNCTION_WORDS):
            return True  # "The company is exploring a sale"
        if x in lang.SCHEDULE_PARTICIPLES and nxt == "for" and _be_before(w, i) and i + 2 < len(w) \
                and not (w[i - 1] in lang.FIRST_PLAN_ADVERBS and w[i - 2] in ("was", "were")):
            return True  # "The vote is scheduled for Thursday", "is slated for closure"; not "was originally scheduled for ..." (a past plan; real49)
        if x in lang.EXPOSURE_VERBS and (x != "facing" or _be_before(w, i)) \
                and re.match(rf"(?:\w+ ){{0,3}}(?:{lang.EXPOSURE_BOUNDS_RE})\b", " ".join(w[i + 1:i + 7])) \
                and (x not in lang.CARRY_FORMS or any(y in lang.PENALTY_NOUNS for y in w[i + 1:i + 6])):
            return True  # "faces up to ten years in prison", "carries a fine of up to $75,000"
        if x == "due" and nxt in lang.DUE_FOLLOWERS and _be_before(w, i):
            return True  # "The senator is due in court on Monday"
        if x in lang.BRINK_NOUNS and w[i - 2:i] == ["on", "the"] and nxt == "of" and i > 2 and _be_before(w, i - 2):
            return True  # "The company is on the verge of bankruptcy"
        if x in lang.PURPOSE_AT_PARTICIPLES and nxt == "at" and _be_before(w, i) and w[i + 2:i + 3] \
                and w[i + 2].endswith("ing"):
            return True  # "The law is aimed at curbing emissions"
        if x in lang.PURPOSE_PARTICIPLES | {"intended"} and _be_before(w, i):
            m = re.match(rf"(?:{lang.PURPOSE_ADVERBIALS_RE}) to ([a-z]+)\b", " ".join(w[i + 1:i + 6]))
            if m and _verb(m.group(1)):
                return True  # "was designed in part to test", "is intended primarily to treat"
    return False


def negated_forecast(w: list[str]) -> bool:
    """A negated participle of expectation before an infinitive or a time ("A ruling is not expected
    before June", "Prices are not forecast to fall"): a forecast of a non-event, `speculative` before
    `negated` (GUIDELINES §6 "not likely to alter"; fact12)."""
    return any(x in lang.CLAUSE_NEGATORS and w[i + 1:i + 2] and w[i + 1] in lang.EXPECTATION_PARTICIPLES
               and w[i + 2:i + 3] and w[i + 2] in lang.NEGATED_FORECAST_FOLLOWERS and _be_before(w, i) and _own(w, i)
               for i, x in enumerate(w)) or _negated_expecting(w)


def _negated_expecting(w: list[str]) -> bool:
    """A negated active verb of expecting with an object ("it did not expect significant rain before
    September", "We don't expect a deal"): a forecast of a non-event (GUIDELINES §6; left17)."""
    return any((x == "not" and i and w[i - 1] in lang.DO_FORMS or x in lang.DO_FORMS_NEGATED)
               and w[i + 1:i + 2] and w[i + 1] in lang.FORECAST_VERBS and not w[i + 1].endswith(("ed", "ing"))
               and w[i + 2:i + 3] and w[i + 2] not in ("that", "to") for i, x in enumerate(w))


#: A verb that plans an act for its object, then "to" and a verb ("asked the board to reconsider"; moved from modality.py).
_OBJECT_INFINITIVE = re.compile(
    rf"\b({'|'.join(sorted(lang.OBJECT_FUTURE_VERBS))})\s+"
    rf"((?:(?!(?:{'|'.join(sorted(lang.CLAUSE_BREAKS | {'that', 'to'}))})\b)[\w'’.-]+\s+){{1,5}}?)to\s+([a-z]+)\b", re.I)


def object_infinitive(clause: str) -> bool:
    """A verb of wanting or expecting with an object and its infinitive ("The city wants the state
    to pay", "expects sales to rise"): the wanted event is not asserted. Not a noun or adjective
    ("the expected rise to 5 percent", "its needs to ..."): the word before is no determiner."""
    for m in _OBJECT_INFINITIVE.finditer(clause):
        before = words(clause[:m.start()])[-2:]
        if before and before[-1] in lang.NOUN_MARKERS or before[:1] == ["to"]:
            continue  # "its needs to ...", "to meet needs specific to older patients": a noun (read12a)
        w = words(clause[:m.end()])
        if contact_relative(w, next((k for k in range(len(w) - 1, -1, -1) if w[k] == m.group(1).lower()), 0)):
            continue  # "the cuts he wants the council to pass": a relative clause's wish (read13b)
        if infinitive(["to", m.group(3).lower()], 0):
            return True
    return False


_EFFORT = re.compile(rf"\b(?:{'|'.join(sorted(lang.EFFORT_VERBS))})\s+(?:(?:[a-z]+ly|{'|'.join(sorted(lang.INFINITIVE_ADVERBS))}|{lang.EFFORT_INSERTS_RE})\s+)?"
                     r"to\s+([a-z]+)\b", re.I)


def effort(clause: str) -> bool:
    """An effort toward an event ("Crews are working to restore power", "The firm moved quickly to
    block the bid"): the effort happened, its goal is not asserted, as with "tried to" and "sought
    to". The infinitive is a lower-case verb ("moved to London" is a move); not the verb of a
    relative or subordinate clause ("the man who fought to keep it", "as it moved to cut costs")."""
    for m in _EFFORT.finditer(clause):
        w = words(clause[:m.start()]) + words(m.group(0))
        k = len(words(clause[:m.start()]))
        if not finite(w, k) or not m.group(1).islower():
            continue
        if k and w[k - 1] != "to" and (w[k - 1] in lang.PREPOSITIONS or w[k - 1] in lang.DETERMINERS):
            continue  # "turned up at work to find ...": a noun after a preposition, no effort (read33)
        if k and w[k - 1].endswith(("'s", "’s", "s'")) and w[k - 1] not in lang.FUNCTION_WORDS and w[k - 1][:-2] not in lang.SUBJECT_PRONOUNS:
            continue  # "the prize in the council's fight to buy the mill": a possessor's noun, no effort (real53)
        if m.group(1).lower() in lang.BOUND_COMPARATIVES - {"lower", "further"}:
            continue  # "Residents moved to higher ground": a comparative and its noun, no infinitive (genre39)
        if infinitive(["to", m.group(1)], 0):
            return True
    return False
