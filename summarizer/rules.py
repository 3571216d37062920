"""Deterministic text rules shared by grounding, the `rules` baseline and the digest.

Numbers (digits and number words), proper names, reporting clauses ("X said", "according
to X"), hedges ("unconfirmed reports", "denied"); quantities are in quantity.py.
No model is involved: these are the checks the LLM's output is held to.
"""

from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass

from .lang import BELIEF_POSSIBILITY_RE, COMPARED_LIKELY_RE, FINDING_NOUNS, FINDING_VERBS, NAME_LIKE_MODALS, CURRENCY_SIGNS, DIED_AGED_RE, DEGREE_TIME_SUBORDINATOR_RE, MEASURED_LIKELY_RE, SCALE_ABBREVIATIONS_RE, SCALE_WORDS, TALLY_RE
from .lang import (APPROXIMATORS_RE, BE_FORMS, CHARACTERIZATION_RE, DEGREE_JUDGEMENT_RE, COUNTED_SUBJECT_VERBS, HARMED_PEOPLE_VERBS, CLAIM_VERBS_RE, COMMA_RELATIVE_CLAUSE_RE, CONCESSION_RE, EMBEDDED_QUESTION_FUTURE_RE, COMMON_CAPS, DEMAND_RE, DENIALS_RE, DESIGNATION_NOUNS, HEDGES_RE, IDENTITY_STATEMENT_RE,
                  LARGE_SCALE_VALUES, LEADING_CONNECTIVES_RE, MONTH_ABBREVIATIONS_RE, NOT_SPEAKERS, NUMBER_TENS, NUMBER_UNITS,
                  PLAN_MARKERS_RE, POSITION_ACTS_RE, PRONOUN_SUBJECTS, REPORTED_FUTURE_RE, REPORTING_VERBS, SMALL_SCALE_VALUES,
                  SOURCE_MODIFIERS_RE, SOURCE_ROLES_RE, SCORE_WORDS, STANDING_SITUATION_RE, STATEMENT_PARTICIPLE_LEADS_RE,
                  STATEMENT_PARTICIPLES_RE, STATEMENT_VERB_THING_NOUNS_RE, STATEMENT_VERBS_RE, SUMMONED_RE,
                  TIME_WORDS, WARNING_RE)

_WORDS = {w: n for w, n in NUMBER_UNITS.items() if n} | NUMBER_TENS | SMALL_SCALE_VALUES
_SCALE = LARGE_SCALE_VALUES
# 1,000 / 4,512.3 / 7.5 / 7. 5 (a decimal broken by a stray space, seen in the seeds) / 1000
#: (a tokenized copy's "235, 000": a thousands group of zeros after a spaced comma is one number, never a count of 0: real46)
_NUM = re.compile(
    r"(?<![\w.])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,\s000)+(?!,?\d|\.\d)|\d+(?:\.\s?\d+)?)(?:[”\"’]?\s*(" + "|".join(LARGE_SCALE_VALUES) + r")\b)?",
    re.I,
)
_GLUED_SCALE = re.compile(r"(" + SCALE_ABBREVIATIONS_RE + r")\b", re.I)
_WORDNUM = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.I)


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int


def _scaled(v: float, scale: float) -> float:
    """v times a scale word's factor, exact in decimal: "4.1 billion" is 4100000000, not
    4099999999.9999995 (float product), so one sum in two claims is one value (session 24: a
    sentence listing $1.2 billion and $4.1 billion was set against another's $4.1 billion)."""
    return float(Decimal(repr(v)) * Decimal(repr(scale)))


def numbers(text: str, words: bool = True) -> list[Number]:
    """Every number in text, with its span. Digits always; number words when `words`."""
    out: list[Number] = []
    for m in _NUM.finditer(text):
        raw = m.group(1).replace(",", "").replace(" ", "")
        try:
            v = float(raw)
        except ValueError:
            continue
        end = m.end()
        if m.group(2):
            v = _scaled(v, _SCALE[m.group(2).lower()])
        elif m.start() and text[m.start() - 1] in CURRENCY_SIGNS:
            glued = _GLUED_SCALE.match(text, end)  # "£3.6bn", "$20m": a sum's scale, not a unit
            if glued:
                v, end = _scaled(v, SCALE_WORDS[glued.group(1).lower()]), glued.end()
        else:
            glued = _GLUED_SCALE.match(text, end)  # "1tn roubles", "8m cases", "12.5m of those loans"
            if glued and glued.group(1).lower() in ("bn", "mn", "tn") or glued and glued.group(1).lower() == "m" \
                    and re.match(r"\s+(?:of\b|[a-z]+s\b)", text[glued.end():]) \
                    and not re.search(r"\b(?:the|a|an)\s+$", text[:m.start()], re.I):  # not "the 100m hurdles"
                v, end = _scaled(v, SCALE_WORDS[glued.group(1).lower()]), glued.end()
        out.append(Number(v, m.start(), end))
    if words:
        taken = [(n.start, n.end) for n in out]
        for m in _WORDNUM.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                if m.group(1).lower() == "one" and not re.match(r"\s+\w+s\b", text[m.end():]):
                    continue  # "one of the largest" is not a count; "one missile" is
                out.append(Number(float(_WORDS[m.group(1).lower()]), m.start(), m.end()))
    return sorted(out, key=lambda n: n.start)


def number_values(text: str, words: bool = True) -> set[float]:
    return {n.value for n in numbers(text, words)}


_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*\b|\b[A-Z]{2,}\b")
_COMMON_CAPS = COMMON_CAPS


def names(text: str) -> set[str]:
    """Capitalised words that look like proper names (lower-cased, possessives stripped)."""
    out = set()
    for m in _NAME.finditer(text):
        w = re.sub(r"[’']s$", "", m.group(0)).lower()
        if w not in _COMMON_CAPS:
            out.add(w)
    return out


# -- reporting clauses and hedges ------------------------------------------------------------

_VERBS = "|".join(REPORTING_VERBS)
_NAME_SEQ = r"(?:[A-Z][\w'’.-]*(?:\s+(?:of|the|de|al)\s+|\s+))*[A-Z][\w'’.-]*"
_ROLE = SOURCE_ROLES_RE
_SUBJ = rf"(?:[Tt]he\s+)?{_NAME_SEQ}(?:\s+(?:{SOURCE_MODIFIERS_RE}))?(?:\s+(?:{_ROLE}))*"
_SPEAKER_BEFORE = re.compile(
    rf"(?P<who>{_SUBJ})\s*,?\s+(?:has |have |had |also |on \w+ )*(?P<verb>{_VERBS})\b"
)
_SPEAKER_AFTER = re.compile(
    rf"[,\"”]\s*(?P<verb>{_VERBS})\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the))*)"
)
_ACCORDING = re.compile(r"[Aa]ccording to (?P<who>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)\s*(?=[,.;:]|$)")
_UNCONFIRMED = re.compile(rf"\b({HEDGES_RE})", re.I)
_DENIED = re.compile(rf"\b({DENIALS_RE})\b", re.I)
_CLAIMED = re.compile(rf"\b({CLAIM_VERBS_RE})\b", re.I)
_REPORTED = re.compile(rf"\b({_VERBS})\b|\baccording to\b", re.I)
_PRONOUN = re.compile(rf"^({'|'.join(PRONOUN_SUBJECTS)})$", re.I)


def speaker(sentence: str) -> str | None:
    """Who a sentence attributes its content to, from its reporting clause, if anyone."""
    if _UNCONFIRMED.search(sentence) and re.search(r"\breports?\b", sentence, re.I):
        return "unconfirmed reports"
    for rx in (_ACCORDING, _SPEAKER_AFTER):
        m = rx.search(sentence)
        if m:
            return _clean_who(m.group("who"))
    m = _SPEAKER_BEFORE.search(sentence)
    if m:
        who = _clean_who(m.group("who"))
        if who:
            return who
    return None


def _clean_who(who: str) -> str | None:
    who = re.sub(r"^\W+|\W+$", "", who.strip())
    # Keep the tail of a long subject: "In Paris, the Defense Ministry" -> "the Defense Ministry"
    who = who.split(",")[-1].strip()
    who = re.sub(rf"^(?:(?:{LEADING_CONNECTIVES_RE})\s+)+", "", who, flags=re.I)
    who = re.sub(r"^(?:the|The)\s+", "", who)
    if not who or len(who) > 80 or _PRONOUN.match(who) or who.lower() in _NOT_SPEAKERS:
        return None
    return who


_NOT_SPEAKERS = NOT_SPEAKERS


def certainty(sentence: str) -> str:
    """The hedge a sentence puts on its content: the closed `Certainty` vocabulary."""
    if _UNCONFIRMED.search(sentence):
        return "unconfirmed"
    if _DENIED.search(sentence):
        return "denied"
    if _CLAIMED.search(sentence):
        return "claimed"
    if _REPORTED.search(sentence):
        return "reported"
    return "stated"


_CERTAINTY_RANK = {"stated": 0, "reported": 1, "claimed": 2, "unconfirmed": 3, "denied": 3,
                   "speculative": 3, "negated": 3}


def firmer_than(model: str, evidence: str) -> bool:
    """True when the model asserts more firmly than the evidence's own hedge allows."""
    return _CERTAINTY_RANK[model] < _CERTAINTY_RANK[evidence]


_MONTHS_TITLE = "|".join(m.title() for m in MONTH_ABBREVIATIONS_RE.split("|"))


#: An order to do something is a plan ("ordered his generals to develop ..."); an order carried
#: out ("who ordered troops into the region in 2022") is not.
_ORDER = re.compile(r"(?<!\bwho )\b(?:ordered|orders|order)\b(?:\s+[\w'’-]+){1,6}?\s+to\s+[a-z]")
#: A quotation of at least four words: the speaker's own words are a position (GUIDELINES §5).
_QUOTATION = re.compile(r"[“\"](?:[^“”\"]*?\s){3,}[^“”\"]*?(?:[”\"]|$)|^\W*[“\"]")


#: Numbers that count nothing of the news (GUIDELINES §5, §8): ordinals, ages, clock times
#: ("at 3 a.m.", "10:30"), decades ("in the 1970s", "the '90s").
_NOT_COUNTS = re.compile(r"\b\d+[snrt][tdh]\b|\b\d{1,3}-year-olds?\b|(?<=[A-Za-z.]),\s*\d{1,3}(?:\s+and\s+\d{1,3})?(?:,|\s*[―—–]|\s+-\s)"  # ("<Name>, 40 ― a father": real56)
                         r"|" + TALLY_RE + r"|\b\d{3}[-.]\d{3}[-.]\d{4}\b"  # a vote's tally ("a 5-4 decision", "voted 7-2"), a phone number (real56)
                         r"|\b[A-Z][a-z]+,\s*\d{1,3}(?=[.!?]?[\"”’']?\s*$)"  # an age closing the sentence ("identified as <Name>, 26."; real55)
                         r"|\b[A-Z][a-z]+\s+\d{1,3}(?:(?:,\s+|\s+and\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\d{1,3}\b)+"  # names' numbers in a list ("<Name> 2 and <Name> 3, <Name> 24"; real55)
                         r"|\b(?i:aged)\s+\d{1,3}(?=,)|(?<=[A-Za-z]),\s+who\s+is\s+\d{1,3}(?=,)"  # "<Name>, aged 67, said", "<Name>, who is 58," (numbers37)
                         r"|\b\d{1,3}(?:\s+and\s+\d{1,3})?\s+years?\s+old\b"  # an age: "<Name> and <Name>, 27 and 29 years old, respectively,", "If you're 80 years old" (real57)
                         r"|\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}\s*o['’]clock\b|\b\d{1,2}:\d\d\b|\b(?:1[5-9]|20)?\d0s\b|['‘’]\d0s\b|\b(?i:triple|double)\s+\d\b"  # ("11.30am", "triple 0": read34)
                         r"|\b(?i:" + "|".join(sorted(DESIGNATION_NOUNS)) + r")\s+\d+\b"  # "section 3 of the act" (read11b)
                         # a name's number before its description ("Project 21, a black conservative group"; read11a)
                         r"|(?<=\b[A-Z][a-z]{2})[a-z]*\s+\d{1,4}(?=,\s+(?:a|an|the)\s)"
                         # a match score after its verb or before its noun ("beat Oakdale 3-1", "a 4-1 win"; read12a)
                         r"|(?i:\b(?:" + "|".join(sorted(SCORE_WORDS)) + r"))\b(?:\s+[\w'’.-]+){0,4}?\s+\d{1,2}[-–]\d{1,2}(?![\w%])"
                         r"|\b\d{1,2}[-–]\d{1,2}\s+(?i:" + "|".join(sorted(SCORE_WORDS)) + r")\b"
                         # a live commentary's score line ("Match ends, Harbour Rovers 2, Dock United 1."; read30)
                         r"|(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,2},\s+(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,2}(?=\s*\.?\s*$)"
                         # a rank and a name's number ("the No. 3 House Democrat", "the Park 51 project"; read13a)
                         r"|\b[Nn]o\.\s*\d{1,3}\b|\b[Tt]he\s+[A-Z][a-z]+\s+\d{1,4}\b(?![.,]\d|\s*(?:%|percent))"
                         # a month and day with a slash, a date or a date's name ("the 9/11 families", "a 24/7 line"; not
                         # a fraction of something: "3/4 of residents"; lead44)
                         r"|\b\d{1,2}/\d{1,2}\b(?![/.,]\d)(?!\s+of\b)"
                         r"|" + DIED_AGED_RE)  # "has died aged 87": the age at death (left21)


#: A closing "with X to <verb> ..." after an event ("..., with the two sides to meet next month"): a
#: prospect added to the news, not the claim's plan (read12a, a CNN football report).
_WITH_TO_TAIL = re.compile(r",\s+with\s+(?:[\w'’-]+\s+){1,4}to\s+[a-z]+\b[^,;]*$")
#: ", shortly before investigators were set to ...": a time clause after the event; its plan is not the claim's (read16).
_MEASURED_LIKELY = re.compile(MEASURED_LIKELY_RE)  # "twice as likely to": a finding, no plan (read19)
_COMPARED_LIKELY = re.compile(COMPARED_LIKELY_RE)


def _no_likelihood(low: str) -> str:
    """`low` without a comparison of likelihood that is a finding: a measured one ("twice as likely to"),
    or any in a sentence that names a finding ("more likely to develop ..., a study found"; cert41)."""
    low = _MEASURED_LIKELY.sub("", low)
    return _COMPARED_LIKELY.sub("", low) if (FINDING_NOUNS | FINDING_VERBS) & set(re.findall(r"[a-z]+", low)) else low
_DEGREE_TIME_TAIL = re.compile(r",\s+(?:" + DEGREE_TIME_SUBORDINATOR_RE + r")\b[^;]*$")
#: An expectation the past perfect puts before the event told ("a contest that had been expected to be close"): no plan
#: of the claim's (genre44).
_PAST_EXPECTATION = re.compile(r"\bhad\s+been\s+(?:[a-z]+ly\s+)?expected\s+to\s+\w+")
#: "were called to the warehouse": crews summoned, no one's statement (read12a).
_SUMMONED = re.compile(r"\b(?:" + "|".join(sorted(BE_FORMS)) + r")\s+" + SUMMONED_RE)
#: A participle of position in a participle's place ("..., arguing the levy was unlawful"; kind15).
_POSITION_PARTICIPLE = re.compile(rf"(?:{STATEMENT_PARTICIPLE_LEADS_RE})(?:{STATEMENT_PARTICIPLES_RE})\b")
#: A count in words of two or more ("nine", "forty") that is the claim's point: the object or subject of
#: a verb of harm to people ("injuring nine people", "three soldiers were killed"), or the sentence's
#: subject before "were"/"was" ("Two were intercepted over the city"); §5 rule 3 (kind15).
_COUNT_WORD = r"(?:" + "|".join(sorted([w for w, n in NUMBER_UNITS.items() if n and n >= 2] + list(NUMBER_TENS), key=len, reverse=True)) + r")"
_TIME_UNIT = "|".join(sorted(TIME_WORDS))
_HARMED = r"(?:" + "|".join(sorted(HARMED_PEOPLE_VERBS)) + r")"
_WORD_COUNT = re.compile(rf"\b{_HARMED}\s+(?:(?:{APPROXIMATORS_RE})\s+)?{_COUNT_WORD}\b(?![-\w])(?!\s+(?:{_TIME_UNIT})s?\b)"
                         rf"|\b{_COUNT_WORD}\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(COUNTED_SUBJECT_VERBS)})\s+{_HARMED}\b"
                         rf"|^\W*{_COUNT_WORD}\s+(?:{'|'.join(COUNTED_SUBJECT_VERBS)})\s+[a-z]+ed\b")
#: "in the blast", "the urge to": a thing named, not a speech act (kind15).
_THING_NOUN = re.compile(STATEMENT_VERB_THING_NOUNS_RE)
#: On (session 15, the lead's decision): a toll spelled in words is the same claim as one in digits.
#: "killing 4 people" was a `quantity` and "killing four people" an `event`: wire style spells one to
#: nine, so the kind depended on the size of the toll. GUIDELINES §3 names "people killed/injured/
#: evacuated" as quantities; test_fields9's "..., killing four people." now expects `quantity`.
WORD_COUNTS_ARE_QUANTITIES = True
_EMBEDDED_QUESTION = re.compile(EMBEDDED_QUESTION_FUTURE_RE)
_CONCESSION = re.compile(CONCESSION_RE)
_RELATIVE_CLAUSE = re.compile(COMMA_RELATIVE_CLAUSE_RE)


def _undated(sentence: str) -> str:
    """The sentence without its dates, spans of years and numbers that count nothing (`_NOT_COUNTS`)."""
    undated = re.sub(rf"\b(?:{_MONTHS_TITLE})[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS_TITLE})[a-z]*\b|\b(?:1[5-9]|20)\d\d(?:[-–/]\d\d)?\b", "", sentence)
    # (and "on 23 May 2014", "the 2013-14 survey": a date, a span of years; read17)
    return _NOT_COUNTS.sub("", undated)  # "the 14th Amendment", "the 21st century", "the 43-year-old", "Doe, 48,"


def has_count(sentence: str) -> bool:
    """The sentence holds a number that counts or measures something (not a date, an age, a rank or a name's number):
    a claim the model calls a `quantity` keeps the kind only then (pipeline.py)."""
    return bool(numbers(_undated(sentence)))


def kind(sentence: str, quoted: bool = False) -> str:
    """A best-effort claim kind for a sentence (used by the rules baseline and code-made claims):
    a warning (statement), then plan, then quantity, then a reported future ("said he would": plan),
    then statement (a position: a quotation, an evaluating, accusing, urging or denying verb in any
    form, an agreement, a request, a characterization "X as Y"), then background (a standing
    situation with its duration), else event. `quoted`: the sentence is (part of) a direct quotation
    even if its marks are outside it (a clause cut from a quoted sentence)."""
    low = _NAMED_MODAL.sub("", sentence).lower()  # "strikers Will Keane and ...": a first name, no "will" (read30)
    if re.search(WARNING_RE, low):
        return "statement"  # "warned that the exit will raise questions": a warning, not a plan (§5 rule 2)
    if re.search(rf"\b({PLAN_MARKERS_RE})\b", _PAST_EXPECTATION.sub("", _EMBEDDED_QUESTION.sub("", _WITH_TO_TAIL.sub("", _DEGREE_TIME_TAIL.sub("", _no_likelihood(low)))))) or _ORDER.search(low):
        return "plan"
    if re.search(DEMAND_RE, low):
        return "statement"  # "Campaigners say councils must fine landlords": a call, before any count (read12b)
    if numbers(_undated(sentence), words=False) or (WORD_COUNTS_ARE_QUANTITIES and _WORD_COUNT.search(low)):  # a day of the month or a year does not make a quantity
        return "quantity"
    if not quoted and (m := re.search(BELIEF_POSSIBILITY_RE, low)):
        return "plan" if m.group("act") else "event"  # "Police believe the man may have fled": the belief's content (cert41)
    if quoted or re.search(rf"\b({STATEMENT_VERBS_RE}|{IDENTITY_STATEMENT_RE})\b", _THING_NOUN.sub("", _SUMMONED.sub("", low))) or _QUOTATION.search(sentence) \
            or _POSITION_PARTICIPLE.search(low) or re.search(POSITION_ACTS_RE, low) or re.search(CHARACTERIZATION_RE, low) \
            or re.search(DEGREE_JUDGEMENT_RE, low):  # 'Holt was "not tough enough"': a judgement (shapes23)
        return "statement"
    if re.search(REPORTED_FUTURE_RE, _CONCESSION.sub("", low)):
        return "plan"  # "X said that he would ...": after a count ("19 percent said they would not pick ...": a share)
        # and after a position ("said he would resign, calling the audit a smear": the digest's named statement)
    if re.search(STANDING_SITUATION_RE, _RELATIVE_CLAUSE.sub("", low)):
        return "background"  # a standing situation with its duration (§5 rule 4)
    return "event"

#: A capitalised modal that is a first name before a capitalised word ("Will Keane", "May Chen"; lang.NAME_LIKE_MODALS).
_NAMED_MODAL = re.compile(r"(?<=\s)(?:" + "|".join(sorted(NAME_LIKE_MODALS)) + r")(?=\s+[A-Z][a-z])")


def readable(value: float, unit: str | None = None) -> str:
    """A value as a reader writes it: 3.6e9 USD -> "$3.6 billion", 800000 -> "800,000", 2.5 -> "2.5"
    (digest conflicts and tables; `:g` printed "3.6e+09")."""
    sign = next((s for s, code in CURRENCY_SIGNS.items() if code == unit), "")
    tail = "" if sign or not unit else f" {unit}"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{sign}{value / scale:,.6g} {word}{tail}"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"
    return f"{sign}{text}{tail}"
