"""One deadline told with two dates by two articles (issue 15; conflict52).

"Students have until Sept. 1 to ask the board for a review of their marks, the board said." / "The board says
requests must reach it by Sept. 8.": the two share no word (similarity 0.00) and are never paired, and
dayacts.py reads only "on"/"by" days whose clauses share an act word. Here every claim that sets a deadline is
read for the date and what the deadline is for:

* the deadline: "until <month> <day> to <act>", or "by"/"before" <month> <day> with a word of obligation before it
  in its clause (lang.DEADLINE_OBLIGATION_WORDS, "have to", "has to"), or "deadline" within six words before the
  date; the claim's only month-day date; no negation and no word of a changed or another deadline
  (lang.DEADLINE_CHANGE_WORDS: "extended", "new", "original");
* what it is for: the kinds of act of lang.DEADLINE_ACT_CLASSES among the clause's words ("ask" and "requests"
  are one kind);
* who must act: the content word right before "have until" / "has until" / "must" when it is no act word
  ("Students have until"; "requests must" names the act, no one).

conflict53 added a report's due date ("said it would inspect the hospital and report by May 1" / "his report will be
published by May 15"): "by <date>" after a future modal (lang.DUE_FUTURE_WORDS) counts only with a word of
lang.DUE_REPORT_WORDS in the clause, one more act kind ("report", "review", "findings" ...), and for that kind a
content word anywhere in the claim may be the shared one (whose report: "regulator" / "inspector" share the stem
"inspec"). A date may also be written day first ("by 1 September").

Two claims of two articles are one deadline on two dates when the dates differ, an act kind is shared, no two
different actors are named, and the claims have the same source or share a content word besides.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import STOP, Features, same_source, stem
from .sourcenames import time_voice

__all__ = ["deadline_conflicts", "deadline_of"]

_DATE = re.compile(r"\b(?P<mo>" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+(?P<dd>\d{1,2})\b(?![,.]?\d)", re.I)
# "by 1 September", "until 8 Sept. to": the day before the month (conflict53); a month's full name or its
# abbreviation only ("1 Marine" is no date)
_DAY_FIRST = re.compile(r"\b(?P<dd>\d{1,2})\s+(?P<mo>" + "|".join(
    f"{m[:3]}(?:{m[3:]})?" + ("|sept" if m == "september" else "") for m in lang.MONTHS) + r")\b\.?", re.I)
_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLASS = {w: n for n, c in enumerate(lang.DEADLINE_ACT_CLASSES) for w in c}
_REPORT = len(lang.DEADLINE_ACT_CLASSES)  # conflict53: a report's due date, one more kind
_CLASS.update({w: _REPORT for w in lang.DUE_REPORT_WORDS})
_OBLIGE = re.compile(r"\b(?:" + "|".join(sorted(lang.DEADLINE_OBLIGATION_WORDS)) + r"|ha(?:ve|s|d) to)\b", re.I)
_HOLDER = re.compile(r"([A-Za-z][A-Za-z'’-]*)\s+" + lang.DEADLINE_HOLDER_RE + r"\b", re.I)
_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas)\b|\s[–—]\s")
_SAYING = frozenset(lang.REPORTING_VERBS)


def deadline_of(f: Features) -> tuple[str, frozenset[int], str, frozenset[str], str] | None:
    """(date key, act kinds, who must act or "", the clause's content stems, the date as written) of the
    claim's one deadline, or None (module doc)."""
    text = f.claim.text
    dates = list(_DATE.finditer(text)) + list(_DAY_FIRST.finditer(text))
    if len(dates) != 1:
        return None
    m = dates[0]
    before = _BREAK.split(text[:m.start()])[-1]
    after = _BREAK.split(text[m.end():])[0]
    btoks = [t.lower() for t in _TOK.findall(before)]
    cut = max((k for k, t in enumerate(btoks) if t in _SAYING), default=-1)
    btoks = btoks[cut + 1:]
    atoks = [t.lower() for t in _TOK.findall(after)]
    lead = btoks[-1] if btoks else ""
    due = False
    if lead == "until" and atoks[:1] == ["to"]:
        pass
    elif lead in ("by", "before") and _OBLIGE.search(" ".join(btoks[:-1])):
        pass
    elif lead == "by" and any(t in lang.DUE_FUTURE_WORDS for t in btoks[:-1]):
        due = True  # "would report by May 1": only a report's due date (conflict53)
    elif "deadline" not in btoks[-6:]:
        return None
    words = btoks + atoks[:8]
    if any(t in lang.NEGATORS or t.endswith(("n't", "n’t")) for t in words) \
            or any(t in lang.DEADLINE_CHANGE_WORDS for t in words):
        return None
    kinds = frozenset(_CLASS[t] for t in words if t in _CLASS)
    if not kinds or due and _REPORT not in kinds:
        return None
    holder = ""
    if (h := _HOLDER.search(before)) is not None:
        w = h.group(1).lower()
        if w not in _CLASS and w not in STOP and w not in lang.SUBJECT_PRONOUNS:
            holder = stem(w)
    content = frozenset(stem(t) for t in words if t not in STOP and t not in _CLASS and len(t) > 3)
    if _REPORT in kinds:  # whose report: the body or officer named anywhere in the claim (conflict53)
        content |= frozenset(stem(t) for t in map(str.lower, _TOK.findall(text))
                             if t not in STOP and t not in _CLASS and t not in _SAYING and len(t) > 3)
    key = f"{m.group('mo').lower()[:3]} {int(m.group('dd'))}"
    return key, kinds, holder, content, m.group(0)


def deadline_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles giving one deadline two dates (module doc); `taken`: pairs already judged."""
    told = [(f, d) for f in feats if (d := deadline_of(f)) is not None]
    out = []
    for x in range(len(told)):
        f1, (k1, a1, h1, c1, w1) = told[x]
        for f2, (k2, a2, h2, c2, w2) in told[x + 1:]:
            if f1.article == f2.article or f1.sha == f2.sha or k1 == k2 or not a1 & a2:
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or h1 and h2 and h1 != h2:
                continue
            if not same_source(f1, f2) and not c1 & c2:
                continue
            out.append((f1, f2, Judgment("assertion", f"{time_voice(f1, w1)}: {w1}; {time_voice(f2, w2)}: {w2}", about="when",
                                         values=(w1, w2))))
    return out
