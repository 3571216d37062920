"""Two ways a model's summary or headline turns a source's words into the outlet's fact, caught before it is
shown (session 28, read30; issues 12 and 14):

- a hedge noun dropped: the article says "a committee investigating claims of spying by X", the summary
  "a committee investigating spying by X" (lang.HEDGE_OF_NOUNS: claims, allegations, reports, ... of);
- a quotation shown bare: the headline is a speaker's quoted words ("Derek's doing everything he can"), with no
  quotation marks and no speaker, so it reads as the outlet's own line.
"""

from __future__ import annotations

import re

from . import lang
from .ground import normalize

#: "claims of US spying", "allegations that the firm lied": the hedge noun and the words it governs.
_HEDGED = re.compile(r"\b(" + "|".join(lang.HEDGE_OF_NOUNS) + r")\s+(?:of|that)\s+((?:[\w'’-]+\s+){1,2}[\w'’-]+)", re.I)
#: Quoted spans of the article (straight or curly double quotation marks).
_QUOTED = re.compile(r"[“\"]([^“”\"]{20,})[”\"]")


def dropped_hedge(article: str, sentence: str) -> str | None:
    """The hedge noun of the article that `sentence` drops before the words it governs, or None."""
    s = normalize(sentence)
    if any(re.search(r"\b" + n + r"\b", s) for n in lang.HEDGE_OF_NOUNS):
        return None
    for m in _HEDGED.finditer(article):
        governed = normalize(m.group(2))
        before = re.search(r"([\w'’-]+)\s+$", article[max(0, m.start() - 40):m.start()])
        if before is not None and normalize(before.group(1)) in lang.NEGATORS | {"any"}:
            continue  # "no reports of injuries": a negated report, "no injuries were reported" keeps it
        # the words it governs, or the word before it joined to the first of them ("investigating US ...")
        at = s.find(governed)
        joined = before is not None and re.search(r"\b" + re.escape(normalize(before.group(1) + " " + governed.split()[0])) + r"\b", s)
        if at < 0 and not joined:
            continue
        at = at if at >= 0 else joined.start()
        near = re.findall(r"[a-z]+", s[max(0, at - 40):at + len(governed) + 40])
        if not any(w in lang.REPORTING_WORDS or w.startswith(lang.HEDGE_STEMS) for w in near):
            return m.group(1).lower()  # (not "... injuries were reported", "... allegedly": still someone's account)
    return None


def bare_quotation(article: str, headline: str) -> bool:
    """The headline is (most of) a quotation of the article, shown with no quotation marks and no one saying it."""
    if re.search(r"[“”\"‘’']\s|^[“\"‘']|[“”\"]", headline):
        return False
    h = normalize(headline).rstrip(" .")
    if len(h.split()) < 5:
        return False
    return any(h in normalize(q) for q in _QUOTED.findall(article))
