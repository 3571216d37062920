"""Cross-article alignment: a clause that only describes someone in passing (issue 15, session 32,
digest35).

classify.clause_match agrees two claims on one clause of each (a long sentence restating a shorter
one in part). News prose hangs a
description on a name in passing, and every sentence about that person may carry it, whatever
the sentence states:

* a non-restrictive relative clause after a comma: "The mayor, who spoke at the Harbor Club in
  Dunmore on Monday, said the port was losing trade ..." / "In remarks delivered at the Harbor
  Club, the mayor said the town would be richer if ...": two statements of one speech;
* an apposition after a name: "... said Ortega, the daughter of Chilean farmers" / "The daughter
  of Chilean farmers, Ortega has fought the quota ...";
* a description opening the sentence before its named subject (the second of those).

Such a clause says who is meant, not what the claim states, so clause_match leaves it out, unless the other claim states only that description ("Ortega is the
daughter of Chilean farmers", or drafts.descriptions' claim of a relative clause): a description
told as a claim of its own agrees with the same description told in passing.

`passing_spans(text)`: the character spans of those clauses; `in_passing(text, start, end)`:
whether the part text[start:end] lies inside one; `stated_alone(f, shared)`: the claim says
nothing besides the shared words and names.
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["in_passing", "passing_spans", "stated_alone"]

_RELATIVES = lang.NONRESTRICTIVE_RELATIVES
#: words that open an apposition ("Ortega, the daughter of ...")
_APPOSITION = ("the", "a", "an")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
#: the end of a passing clause: the next clause break
_END = re.compile(r"[,;:()]|\s[–—―]|\s-\s")


def _verbless(part: str) -> bool:
    """No auxiliary, no past form: a noun phrase, not a clause ("the son of ..." but not "the
    threats facing us have changed")."""
    for w in _WORD.findall(part.lower()):
        if w in lang.AUXILIARY_VERBS or lang.is_past_form(w, min_len=4):
            return False
    return True


def _is_name(word: str) -> bool:
    return word[:1].isupper()


def passing_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the passing descriptions of `text` (module doc)."""
    out = []
    for m in re.finditer(r",\s+[\"“‘']?([A-Za-z]+)", text):
        first = m.group(1)
        end = _END.search(text, m.end())
        stop = end.start() if end else len(text)
        if first in _RELATIVES:  # lower-case: ", which" / ", who"
            out.append((m.start() + 1, stop))
        elif first in _APPOSITION:
            before = _WORD.findall(text[:m.start()])
            if len(before) >= 2 and _is_name(before[-1]) and _verbless(text[m.start(1):stop]):
                out.append((m.start() + 1, stop))
    # "The daughter of Chilean farmers, Ortega has fought ...": the name then its verb, not a
    # name in apposition to the opening subject ("The statement by the counsel, Ray Dunn, said")
    head = re.match(r"\s*[\"“‘']?(?:The|A|An)\s[^,;:]*,\s+((?:[A-Z][A-Za-z'’.-]*\s+)+)([a-z]+)", text)
    if head and head.group(1).split()[0] not in ("The", "A", "An") and _verbless(text[:head.start(1)]):
        out.append((0, head.start(1) - 1))
    return out


def in_passing(text: str, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether text[start:end] lies inside one passing description (module doc)."""
    for a, b in spans if spans is not None else passing_spans(text):
        if a <= start and end <= b:
            return True
    return False


def stated_alone(f, shared: set[str] | frozenset[str]) -> bool:
    """The claim (digest.pairs.Features) holds no content word besides `shared` (stems) and the
    words of its names: it states the description, and nothing else (module doc)."""
    from .pairs import stem

    names = {stem(w.lower()) for w in _WORD.findall(f.claim.text) if w[:1].isupper()}
    return not (set(f.words) - set(shared) - names)
