"""Cross-article alignment (issue 15, conf9): one event of a kind told on two calendar dates
("it discovered the breach on March 3" / "first learned of the breach on March 10"), for
classify.py. figures.same_kind_day reads weekdays; a date of the month is read here the same way:
a verb of one class (lang.EVENT_VERB_CLASSES) among the EVENT_DATE_REACH content words before each claim's
date, and a content word the two share besides the verbs (what the event was about).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, negator, stem
from .senses import phrases_as_words, sense

__all__ = ["dates_of", "place_clash", "places_of", "same_kind_date", "span_clash", "until_affirms", "year_spans"]

EVENT_DATE_REACH = 4
_CLASS = {stem(w): n for n, c in enumerate(lang.EVENT_VERB_CLASSES) for w in c}
_DATE = re.compile(r"\b(?:" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+\d{1,2}\b", re.I)


def _kinds(f: Features) -> set[int]:
    out = set()
    for m in _DATE.finditer(f.claim.text):
        before = [w for w in re.findall(r"[a-z]+", f.claim.text[:m.start()].lower()) if w not in STOP][-EVENT_DATE_REACH:]
        out |= {_CLASS[stem(w)] for w in before if stem(w) in _CLASS}
    return out


def same_kind_date(f1: Features, f2: Features) -> bool:
    """The two claims date one kind of event by a date of the month and share what it was about."""
    if not _kinds(f1) & _kinds(f2):
        return False
    return any(w not in _CLASS and not w.startswith("#") for w in f1.words & f2.words)


#: "not ... until <day>": the claim's one negator, up to six words before "until" (conflict46).
_NOT_UNTIL = re.compile(r"(?:\b(?:" + "|".join(sorted(lang.PREDICATE_NEGATORS)) + r")\b|n['’]t\b)\s+(?:[a-z]+\s+){0,6}?until\b", re.I)
_NEGATOR = re.compile(r"\b(?:" + "|".join(sorted(lang.NEGATION_TOKENS)) + r")\b|n['’]t\b", re.I)


def until_affirms(f: Features) -> bool:
    """The claim's negation only says when the event happened ("the hospital had not notified the
    department until Oct. 16" tells a notification on Oct. 16): its day may clash with another
    claim's day for the event ("informed the department on Oct. 9"). Any other negator in the
    claim ("did not say whether ... until") leaves it negated."""
    return bool(_NOT_UNTIL.search(f.claim.text)) and len(_NEGATOR.findall(f.claim.text)) == 1


# -- one event on two dates, one span told two ways (conf11) ----------------------------------------
# Cross-article alignment: one event on two dates, one span of years told two ways (issue 15, conf11).
#
# "Both parties will hold primaries in late July" / "The primaries will be held on June 10";
# "Brody held the seat from 1991 to 2023" / "Brody, who represented the state from 1989 to 2023";
# "The festival runs from June 3 to June 9" / "from June 5 to June 11". figures.py and
# eventdates.py compare weekdays and dates of the month by a verb of one class; here a date is
# read as the days it may mean (a day, a part of a month: lang.MONTH_PARTS, a whole month) and
# what it is the date of: the word before it, past prepositions, determiners, auxiliaries and
# schedule verbs (lang.DATE_ANCHOR_SKIP), or, after a determiner ("the June 25 special
# election"), the last word of the words after it. Two claims clash when a date of each is of the
# same word (stem) and the days they may mean do not meet ("in mid-May" / "April 30"; "in March" /
# "on March 9" meet). A span of years or days ("from 1991 to 2023", "between 2008 and 2020")
# clashes with another of the same thing (the same word before it, or a name both claims give
# besides their sources) when either end differs and the two overlap over half the shorter
# ("from 2000 to 2006" / "from 2006 to 2012" are two terms). Years of a date are not compared.

_MONTH = r"(?P<m{n}>" + lang.MONTH_ABBREVIATIONS_RE.replace("|may|", "|") + r"|May)[a-z]*\.?"
_MONTH_NUM = {m: k for k, m in enumerate(lang.MONTH_ABBREVIATIONS, 1)}
_MONTH_NUM["sep"] = 9
_PART = "|".join(sorted(lang.MONTH_PARTS, key=len, reverse=True))
_WHEN = re.compile(
    r"\b(?:(?P<part>" + _PART + r")[- ](?:of\s+)?" + _MONTH.format(n=1) + r"(?!\s+\d)"          # mid-May, late July
    + r"|the\s+(?P<part2>" + _PART + r")\s+of\s+" + _MONTH.format(n=2) + r"(?!\s+\d)"          # the end of June
    + r"|" + _MONTH.format(n=3) + r"\s+(?P<d>\d{1,2})(?!\d|,?\s*\d{3}\b(?!\d))"                 # June 10
    + r"|(?<=\bin\s)" + _MONTH.format(n=4) + r"(?!\s+\d|[a-z])"                                # in April
    + r")", re.I)
_YEARS = re.compile(r"\b(?:from|between)\s+(1[89]\d\d|20\d\d)\s+(?:to|and|until|through)\s+(1[89]\d\d|20\d\d)\b"
                    r"|\b(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d)\b")
_DAYS = re.compile(r"\bfrom\s+" + _MONTH.format(n=1) + r"\s+(?P<a>\d{1,2})\s+(?:to|until|through)\s+(?:"
                   + _MONTH.format(n=2) + r"\s+)?(?P<b>\d{1,2})\b", re.I)
_TOK = re.compile(r"[a-z][a-z'’-]*")
_SKIP = lang.PREPOSITIONS | lang.DETERMINERS | lang.AUXILIARY_VERBS | lang.BE_FORMS | lang.MODALS | lang.DATE_ANCHOR_SKIP


def _month(m: re.Match, n: int) -> int:
    return _MONTH_NUM.get((m.group(f"m{n}") or "")[:3].lower(), 0)


def _anchor(text: str, start: int, end: int) -> str:
    """What a date is the date of (module doc), as a stem, or ''."""
    before = _TOK.findall(text[:start].lower())
    if before and before[-1] in lang.DETERMINERS:  # "the June 25 special election"
        after = []
        for t in _TOK.findall(re.split(r"[,;:.]", text[end:], maxsplit=1)[0].lower())[:4]:
            if t in _SKIP or t in lang.REPORTING_VERBS:
                break
            after.append(t)
        return stem(after[-1]) if after else ""
    for t in reversed(before[-6:]):
        if t in _SKIP:
            continue
        return "" if t in lang.REPORTING_VERBS else stem(re.sub(r"['’]s$", "", t))
    return ""


def dates_of(f: Features) -> list[tuple[str, tuple[int, int], str]]:
    """(anchor, (first, last) day as month * 32 + day, the date as written) for each date of the claim."""
    cached = getattr(f, "_dates", None)
    if cached is not None:
        return cached
    text, out = f.claim.text, []
    spans = [m.span() for m in _DAYS.finditer(text)]
    for m in _WHEN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue  # a span of days: year_spans
        part = (m.group("part") or m.group("part2") or "").lower()
        if part:
            mo = _month(m, 1) or _month(m, 2)
            lo, hi = lang.MONTH_PARTS[part]
        elif m.group("d"):
            mo, lo = _month(m, 3), int(m.group("d"))
            hi = lo
        else:
            mo, (lo, hi) = _month(m, 4), (1, 31)
        if mo and 1 <= lo <= 31:
            out.append((_anchor(text, m.start(), m.end()), (mo * 32 + lo, mo * 32 + hi), m.group(0).rstrip(".")))
    f._dates = out
    return out


def year_spans(f: Features) -> list[tuple[str, tuple[int, int], str]]:
    """(anchor, (first, last), as written) for each span of years or of days the claim gives."""
    text, out = f.claim.text, []
    for m in _YEARS.finditer(text):
        a, b = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        if a < b:
            out.append((_anchor(text, m.start(), m.end()), (a, b), m.group(0)))
    for m in _DAYS.finditer(text):
        mo1 = _month(m, 1)
        mo2 = _month(m, 2) or mo1
        out.append((_anchor(text, m.start(), m.end()), (mo1 * 32 + int(m.group("a")), mo2 * 32 + int(m.group("b"))), m.group(0)))
    return out


def span_clash(f1: Features, f2: Features, shared_names: set[str]) -> tuple[str, str] | None:
    """Two dates of one event that do not meet, or two spans of one thing that differ (module doc):
    the two as written, or None."""
    d1, d2 = dates_of(f1), dates_of(f2)
    clash = None
    for a1, (lo1, hi1), w1 in d1:
        for a2, (lo2, hi2), w2 in d2:
            if not a1 or a1 != a2:
                continue
            if lo1 <= hi2 and lo2 <= hi1:
                return None  # one pair of dates of the event meets: no clash
            clash = clash or (w1, w2)
    if clash:
        return clash
    s1, s2 = year_spans(f1), year_spans(f2)
    if len(s1) == 1 and len(s2) == 1:
        (a1, r1, w1), (a2, r2, w2) = s1[0], s2[0]
        # one span told two ways differs a little; two that barely meet are two periods
        # ("president of Mexico from 2000 to 2006" / "from 2006 to 2012": two presidents)
        overlap = min(r1[1], r2[1]) - max(r1[0], r2[0])
        if r1 != r2 and (shared_names or (a1 and a1 == a2)) and (r1[0] > 1000) == (r2[0] > 1000) \
                and overlap > 0.5 * min(r1[1] - r1[0], r2[1] - r2[0]):
            return w1, w2
    return None


# -- one event told in two places (conf12) ---------------------------------------------------------

_PTOK = re.compile(r"[A-Za-z][\w’'-]*|\d[\w,.]*|[,;:()—–]")
_NOT_PLACES = frozenset(lang.MONTHS) | frozenset(lang.WEEKDAYS) | frozenset(lang.TIME_WORDS)
_CLAUSE_OPENERS = lang.CLAUSE_OPENING_WORDS | frozenset(",;:()—–")


def places_of(f: Features) -> list[tuple[frozenset[str], str, str]]:
    """(what the event is of, its verb's sense, the place) for each place a claim tells an event at:
    a verb's past form before a preposition of place (lang.EVENT_AT_PREPOSITIONS) is the event
    ("born", "started", "held"; "take place" reads as "held"; not "a role in"), the content words
    before it back to the clause's start (a cue verb, "that", a relative pronoun, a comma) what it
    is of ("the fire", "Brandt"; none in "Lieberman, who served in"); the place a capitalised name
    ("in Lisbon") or a noun after a determiner ("in the kitchen": "in custody" is a state). Not
    read when negated. In "X of Y" the event is X's ("a long-time ally of the Front based in
    Velmar" tells where the ally is, not the Front), so the words from "of" on are left out."""
    toks = _PTOK.findall(phrases_as_words(f.claim.text))
    low = [t.lower() for t in toks]
    out = []
    for i, t in enumerate(low):
        if (t not in lang.EVENT_AT_PREPOSITIONS and not (t == "on" and _street_after(toks, i))) or i == 0 or i + 1 >= len(toks):
            continue
        vi = i - 1
        while vi > 0 and (low[vi] in _NOT_PLACES or low[vi] in _TIME_LINKS):
            vi -= 1  # "shot on Saturday night on Mill Lane": the verb before the time
        verb = low[vi]
        if verb in STOP or len(verb) < 3 or not verb.isalpha() or not (
                lang.is_past_form(verb, irregular=lang.IRREGULAR_FORMS) or verb in lang.EVENT_AT_PARTICIPLES):
            continue
        k = i + 1 + (low[i + 1] in lang.PLACE_DETERMINERS)
        if k >= len(toks) or not toks[k].isalpha():
            continue
        if toks[k][0].isupper():
            run = [low[k]]
            while k + 1 < len(toks) and toks[k + 1][0].isupper() and toks[k + 1].isalpha():
                k += 1
                run.append(low[k])
            place = " ".join(run)
        elif k > i + 1 and low[k] not in STOP:
            place = low[k]  # ... and a noun after it ("a convenience store")
            if k + 1 < len(toks) and toks[k + 1].isalpha() and toks[k + 1].islower() and low[k + 1] not in STOP \
                    and low[k + 1] not in lang.PREPOSITIONS:
                place += " " + low[k + 1]
        else:
            continue
        if place in _NOT_PLACES:
            continue
        before = _without_ages(low[:vi])
        cut = max((n for n, x in enumerate(before) if x in lang.CUE_VERBS or x in _CLAUSE_OPENERS), default=-1)
        clause = before[cut + 1:]
        if "of" in clause[1:]:  # "an ally of the Front based in Velmar": the ally is based there (multi27)
            clause = clause[:clause.index("of", 1)]
        if any(negator(x) for x in clause):
            continue
        of = frozenset(stem(x) for x in clause if len(x) >= 3 and x not in STOP and x not in lang.AUXILIARIES)
        if of:
            out.append((of, sense(verb, stem), place))
    return out


_TIME_LINKS = lang.TIME_LINK_WORDS
_STREET = re.compile(r"(?:" + lang.STREET_NOUNS_RE.replace("\\.", "") + r")")


def _street_after(toks: list[str], i: int) -> bool:
    """"on" before a capitalised name ending in a street word ("shot on Harker Street"): a place."""
    run = []
    for t in toks[i + 1:i + 5]:
        if not (t.isalpha() and t[0].isupper()):
            break
        run.append(t)
    return len(run) >= 2 and _STREET.fullmatch(run[-1]) is not None


def _without_ages(words: list[str]) -> list[str]:
    """The words with an age in commas left out ("Quill , 34 , was shot": the clause goes on)."""
    out, k = [], 0
    while k < len(words):
        if words[k] == "," and k + 1 < len(words) and re.fullmatch(r"\d{1,3},", words[k + 1]):
            k += 2  # the tokens hold the comma after the number ("34,")
            continue
        if words[k] == "," and k + 2 < len(words) and words[k + 1].isdigit() and words[k + 2] == ",":
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out


def _initials(place: str) -> str:
    return "".join(w[0] for w in place.split())


def _one_place(p1: str, p2: str) -> bool:
    """The same place written two ways: one inside the other ("Lisbon" / "Lisbon Portugal") or as
    its initials ("United States" / "U.S.")."""
    a, b = p1.replace(" ", ""), p2.replace(" ", "")
    return p1 in p2 or p2 in p1 or a == _initials(p2) or b == _initials(p1)


def place_clash(f1: Features, f2: Features) -> tuple[str, str] | None:
    """One event of one thing told in two places ("Brandt was born in Lisbon" / "Helena Brandt was
    born in Porto"; "the fire started in the kitchen" / "in the garage"): the same event verb, a
    word of what it is of shared, two places, neither named by the other claim."""
    for of1, v1, p1 in places_of(f1):
        for of2, v2, p2 in places_of(f2):
            if v1 == v2 and of1 & of2 and not _one_place(p1, p2) and p1 not in f2.low and p2 not in f1.low:
                return p1, p2
    return None
