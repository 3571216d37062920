"""Quotations in single marks (British and wire style: 'We were poor,' he said.), told apart
from apostrophes (don't, the Smiths' house, '90s, rock 'n' roll, O'Neill, y'all).

A mark opens a quotation only at a word's start (after a space, the text's start or opening
punctuation), never as a known elision ('em, 'n', '90s, "the '08 race"); it closes one only
at a word's end (before a space, punctuation or the text's end). An opener counts only when a
closer of its kind pairs with it before the next opener: first one after the quotation's own
punctuation (",' he said"), else one after a word ('screaming' The ...), a plural's
apostrophe ("the players' union") last, and neither of the last two across a sentence end. A
quotation left open where a new one opens after a sentence's end (a paragraph continued in the
British way: 'A. 'B.') or a paragraph ends and the next opens one is continued: its pieces
share a group, like double-quoted ones in `text.quote_spans`. Unpaired marks are apostrophes.
"""

from __future__ import annotations

import re

from .. import lang

OPENERS = "'‘"
CLOSERS = "'’"
#: What may stand right before an opening mark (besides space or the text's start).
_BEFORE_OPEN = "([{—–-/\"“"
#: What may stand right after a closing mark (besides space or the text's end).
_AFTER_CLOSE = ",.;:!?)]}—–-\"”…"
#: Punctuation that ends a quotation inside its marks ('..., ' / '....' / '...?').
_QUOTE_END_PUNCT = ".,!?…;:—–-\"”"
#: Word-initial elisions that are apostrophes, not openers.
_ELISION = re.compile(r"['‘](?:\d0s\b|\d\ds\b|n['’]|(?:" + lang.ELISIONS_RE + r")\b)", re.I)
_SENTENCE_END = re.compile(r"[.!?…]['’\"”]?\s")


def is_opener(text: str, i: int) -> bool:
    if text[i] not in OPENERS or i + 1 >= len(text):
        return False
    prev, nxt = (text[i - 1] if i else " "), text[i + 1]
    if not (prev.isspace() or prev in _BEFORE_OPEN) or nxt.isspace():
        return False
    if nxt in "'‘’":
        return _ELISION.match(text, i + 1) is not None  # "''90s were ...,' she said"
    if _ELISION.match(text, i):
        return False
    if re.match(r"['‘]\d\d\b(?![\d%]|[.,:]\d)", text[i:]) and re.search(r"[a-z]\s*$", text[max(0, i - 20):i]):
        return False  # "the '08 race", "in '99": a year cut short mid-sentence
    return True


def closer_rank(text: str, i: int) -> int:
    """0 not a closer; 3 after the quotation's punctuation; 2 after a word, before punctuation or
    a space; 1 after an s (a plural's possessive is as likely)."""
    if text[i] not in CLOSERS or i == 0:
        return 0
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "'‘" or not (nxt.isspace() or nxt in _AFTER_CLOSE or nxt == "'"):
        return 0
    if prev in _QUOTE_END_PUNCT:
        return 3
    return 1 if prev in "sS" else 2


def _pairs(open_mark: str, close_mark: str) -> bool:
    return (open_mark == "'") == (close_mark == "'")


def _closer(text: str, o: int, end: int) -> int | None:
    """The mark closing the quotation opened at o, before end (the next opener or the paragraph's end)."""
    best: dict[int, int] = {}
    for j in range(o + 2, end):
        if text[j] in CLOSERS and _pairs(text[o], text[j]):
            r = closer_rank(text, j)
            if r == 3:
                return j
            if r and r not in best and not _SENTENCE_END.search(text, o, j):
                best[r] = j
    return best.get(2, best.get(1))


def single_quote_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, group) of every quotation in single marks, marks included, sorted."""
    out: list[tuple[int, int, int]] = []
    openers = [i for i, ch in enumerate(text) if ch in OPENERS and is_opener(text, i)]
    group = -1
    pending: list[tuple[int, int, int]] = []  # pieces of a quotation left open, kept once it closes
    pos = 0
    for k, o in enumerate(openers):
        if o < pos:
            continue  # inside a quotation already closed
        if not pending:
            group += 1
        para_end = text.find("\n", o)
        para_end = len(text) if para_end < 0 else para_end
        nxt = next((x for x in openers[k + 1:] if x > o), len(text))
        end = min(nxt, para_end)
        c = _closer(text, o, end)
        if c is not None:
            out.extend(pending)
            out.append((o, c + 1, group))
            pending = []
            pos = c + 1
            continue
        piece_end = len(text[:end].rstrip())
        before_next = text[o:end].rstrip()
        if nxt < len(text) and _sentence_start(text, o) and (
                (end == nxt and re.search(r"[.!?…]\s*(?:\.\s*)?$", before_next))  # 'A. 'B ...
                or (end == para_end and not text[para_end:nxt].strip())):       # 'A ...\n\n'B ...
            pending.append((o, piece_end, group))
            continue
        pending = []  # never closed: an apostrophe, not a quotation
    return [q for q in out if not _subhead(text, q[0], q[1])]


def _subhead(text: str, a: int, b: int) -> bool:
    """A title-cased quotation alone on its line is a headline or a subhead ("'A Legend in the
    Fields.'" between paragraphs), not speech that continues the last speaker's."""
    line_a, line_b = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    if text[line_a:a].strip() or text[b:len(text) if line_b < 0 else line_b].strip():
        return False
    long_words = [w for w in re.findall(r"[A-Za-z][\w’']*", text[a:b]) if len(w) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) * 3 >= len(long_words) * 2


def _sentence_start(text: str, i: int) -> bool:
    """The mark opens a sentence (or a colon's quotation): only such a quotation runs on."""
    return re.search(r"(?:^|[.!?…:]['’\"”]?\s+|\n\s*)$", text[max(0, i - 8):i]) is not None \
        or text[:i].strip() == ""


def merged(double: list[tuple[int, int, int]], single: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Double- and single-mark quotations as one sorted, disjoint list, groups renumbered in
    order. A single-mark quotation holding double-quoted ones keeps them as its own words ('He
    told me "go",' she said); one inside or crossing a double-quoted quotation is dropped."""
    keep_d = {("d", g) for _, _, g in double}
    keep_s = {("s", g) for _, _, g in single}
    for s, e, g in single:
        for ds, de, dg in double:
            if de <= s or ds >= e:
                continue
            if s <= ds and de <= e:
                keep_d.discard(("d", dg))
            else:
                keep_s.discard(("s", g))
    # a double quotation dropped for one single group stays if that group was dropped itself
    for ds, de, dg in double:
        if ("d", dg) not in keep_d and not any(("s", g) in keep_s and s <= ds and de <= e for s, e, g in single):
            keep_d.add(("d", dg))
    spans = sorted([(s, e, ("d", g)) for s, e, g in double if ("d", g) in keep_d]
                   + [(s, e, ("s", g)) for s, e, g in single if ("s", g) in keep_s])
    ids: dict[tuple[str, int], int] = {}
    return [(s, e, ids.setdefault(key, len(ids))) for s, e, key in spans]
