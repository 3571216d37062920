"""Words of news text for the support check: tokens with offsets, a light stemmer, names (the
sound rule set) and dates. The word lists they read are in summarizer/lang/."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import lang
from .numbers import NUMBER_WORDS

FUNCTION = lang.FUNCTION_WORDS | lang.REPORTING_WORDS | lang.META_WORDS | lang.HONORIFICS
PRONOUNS = lang.PRONOUNS_NOT_NAMES
WEEKDAYS = lang.WEEKDAYS
MONTHS = lang.MONTHS
MONTH_ABBR = dict(zip(lang.MONTH_ABBREVIATIONS, MONTHS)) | {"sept": "september"}
TITLES = lang.TITLE_WORDS
COMPASS = lang.COMPASS_FORMS
NEGATION = re.compile(rf"\b(?:{lang.NEGATION_CUES_RE})\b|n['’]t\b", re.I)
APPROX = re.compile(rf"\b(?:{lang.APPROXIMATORS_RE})\s*$", re.I)
META = re.compile(rf"^\W*(?:{lang.META_OPENERS_RE})", re.I)
REPORTING = lang.SUBJECT_ENDING_VERBS
AUX = lang.AUXILIARIES
CLAUSE = lang.CLAUSE_BREAKS


_L = r"[^\W\d_]"  # a letter, any script
_WORD = re.compile(rf"{_L}(?:{_L}|['’\-](?={_L}))*")  # "al-Khalifa", "O'Neill"; not "gap''of"


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    else:
        for suf in lang.STEM_SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w[:6]


@dataclass
class Tok:
    word: str   # as written, possessive stripped
    low: str
    stem: str
    start: int
    end: int


_POSSESSIVE = re.compile(r"['’]s$|['’]$")
_OPENS = re.compile(r"[.!?:;\"“‘(\n]\s*['\"“‘(]*\s*$")  # what comes before a sentence's or a quotation's first word


def tokens(text: str) -> list[Tok]:
    out = []
    for m in _WORD.finditer(text):  # (patterns compiled once: re's cache lookup per token was ~5 % of a call's CPU)
        w = m.group(0)
        if "'" in w or "’" in w:
            w = _POSSESSIVE.sub("", w)
        for part in w.split("-") if "-" in w else [w]:  # "al-Khalifa", "Anglo-French"
            if part:
                out.append(Tok(part, part.lower(), stem(part), m.start(), m.end()))
    return out


def is_content(t: Tok) -> bool:
    """A word that carries content: not a function word, a weekday or a month (dates are
    checked on their own, and must not pick the supporting sentences)."""
    return (t.low not in FUNCTION and (len(t.low) >= 3 or t.word.isupper()) and not t.low.endswith("n't")
            and t.low not in WEEKDAYS and t.low not in MONTHS and t.low not in NUMBER_WORDS)


def _initial_positions(text: str, toks: list[Tok]) -> set[int]:
    """Indexes of tokens that begin a sentence or a quotation (where capitals are not names)."""
    out = set()
    for i, t in enumerate(toks):
        before = text[toks[i - 1].end:t.start] if i else text[:t.start]
        if i == 0 or _OPENS.search(before):
            out.add(i)
    return out


def looks_capital(w: str) -> bool:
    return w[:1].isupper() and (any(c.islower() for c in w) or (len(w) >= 2 and w.isupper()))


def find_names(text: str, toks: list[Tok]) -> list[list[int]]:
    """Runs of token indexes that are proper names (see the module docstring for the rule)."""
    if sum(t.word.isupper() and len(t.word) > 1 for t in toks) > len(toks) / 2:
        return []  # an all-caps line: capitals say nothing
    initial = _initial_positions(text, toks)

    def capital(i: int) -> bool:
        t = toks[i]
        return (looks_capital(t.word) and t.low not in FUNCTION and t.low not in PRONOUNS
                and t.low not in WEEKDAYS and not is_month(text, toks, i))

    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        if not capital(i):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and capital(j + 1) and not re.search(r"[,.;:!?\"“”()]", text[toks[j].end:toks[j + 1].start]):
            j += 1
        run = list(range(i, j + 1))
        if i in initial and len(run) == 1:
            run = []  # "Shares fell": a sentence-initial capital alone is not a name
        named = any(toks[k].low not in TITLES for k in run)
        # a compass word stays in a name ("North Korea" is not "South Korea"); other titles go
        run = [k for k in run if toks[k].low not in TITLES or (named and toks[k].low in COMPASS)]
        if run:
            runs.append(run)
        i = j + 1
    return runs


def is_month(text: str, toks: list[Tok], i: int) -> bool:
    low = toks[i].low.rstrip(".")
    full = MONTH_ABBR.get(low[:4] if low.startswith("sept") else low[:3]) if len(low) >= 3 else None
    if low not in MONTHS and not (low in MONTH_ABBR and text[toks[i].end:toks[i].end + 1] == "."):
        return False
    if low in lang.AMBIGUOUS_MONTHS:  # also a name and a verb: a month only next to a date word
        prev = toks[i - 1].low if i else ""
        after = text[toks[i].end:toks[i].end + 8]
        return bool(re.match(r"\s*\d", after)) or prev in lang.MONTH_LEADERS \
            or bool(re.search(r"\d\s*$", text[max(0, toks[i].start - 6):toks[i].start]))
    return full is not None or low in MONTHS


def find_dates(text: str, toks: list[Tok]) -> set[str]:
    out = {t.low for t in toks if t.low in WEEKDAYS}
    for i, t in enumerate(toks):
        if is_month(text, toks, i):
            low = t.low.rstrip(".")
            out.add(low if low in MONTHS else MONTH_ABBR.get(low[:3], low))
    return out
