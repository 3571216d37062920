"""Counts the general number reader leaves out: a running total ("12 new cases, bringing the total
to 164") and a single charge ("one count of fraud"). Called from quantity.quantities (left16).

A running total counts what the count before it in the same sentence counts: its head noun ("new
cases" -> "cases": the total is not new), or the noun after "of" when the total names one ("the
total number of infections to 164"). With no earlier count and no "of" it gives no row: "raising
the toll to 40" says nothing a reader can check about what is counted. "one" is left out of counts
by rules.numbers ("one of the largest"); before a charge noun and "of" it is a count of one. An estimate told by
its noun ("puts the number of fish recaptured by Monday evening at 2,400") counts the words after "of" up to a verb
form or a function word ("fish"; digest57).
"""

from __future__ import annotations

import re

from . import lang

_TOTAL = re.compile(r"\b(?:" + "|".join(sorted(lang.TOTAL_RAISING_VERBS)) + r")(?:\s+(?:down|up))?\s+(?:" + "|".join(sorted(lang.TOTAL_DETERMINERS)) + r")\s+(?:\w+\s+)?(?:"
                    + "|".join(sorted(lang.TOTAL_NOUNS)) + r")(?:\s+(?:number\s+)?of\s+(?:(?:\w+\s+)?(?P<of>[a-z]+s)\s+)?)?"
                    + r"(?:\s*\b(?:" + "|".join(sorted(lang.TOTAL_PHRASE_PREPOSITIONS)) + r")\s+(?:(?!to\b)\w+\s+){0,3}(?!to\b)\w+)?\s*to\s+"
                    + r"(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)(?![\d,.]\d)(?!\s*(?:%|per\s?cent|" + lang.LARGE_SCALES_RE + r")\b|[A-Za-z])", re.I)
_NUMBER_OF_AT = re.compile(lang.NUMBER_OF_PUT_AT_RE, re.I)  # "puts the number of fish recaptured ... at 2,400" (digest57)
_ONE_CHARGE = re.compile(r"\b(?P<one>one)\s+(?P<noun>" + "|".join(sorted(lang.CHARGE_COUNT_NOUNS)) + r")\s+of\s+[a-z]", re.I)


def extra_rows(text: str, rows: list[dict]) -> list[dict]:
    """Rows for running totals and single charges not in `rows` yet (value, unit None, counted)."""
    out = []
    have = {r["value"] for r in rows}
    for m in _TOTAL.finditer(text):
        value = float(m.group("n").replace(",", ""))
        if value in have:
            continue
        counted = m.group("of") or _head_before(text[:m.start()], rows)
        if counted:
            out.append({"value": value, "unit": None, "counted": counted})
    for m in _NUMBER_OF_AT.finditer(text):  # the counted noun: the words after "of" up to a verb form or a function word
        value = float(m.group("n").replace(",", ""))
        words = []
        for w in m.group("noun").split():
            if w.lower() in lang.FUNCTION_WORDS or words and re.search(r"(?:ed|en|ing)$", w):
                break
            words.append(w)
        if words and value not in have:
            out.append({"value": value, "unit": None, "counted": " ".join(words)})
    for m in _ONE_CHARGE.finditer(text):
        out.append({"value": 1.0, "unit": None, "counted": m.group("noun")})
    return out


def _head_before(before: str, rows: list[dict]) -> str:
    """The head noun of the last plain count written before the total ("12 new cases" -> "cases")."""
    for r in reversed(rows):
        head = (r["counted"] or "").split()[-1:] if r["unit"] is None else []
        if head and head[0].isalpha() and head[0].lower() not in lang.FUNCTION_WORDS and re.search(r"\b" + re.escape(r["counted"]) + r"\b", before):
            return head[0]
    return ""
