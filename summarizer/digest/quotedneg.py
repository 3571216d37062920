"""A source denying another's words by quoting them after a negation (issue 15, conf26).

"Needless to say, the harbour fund was not ‘a slush fund of the mayor’s making.’" answers the
claim that quotes those words as someone's ("a budget line he called “a slush fund of the mayor's
making”"; "his claim that the fund is a "slush fund of the mayor's making""). The rebuttal is
paired with the claim it answers by the very words it denies, not by cue words or by how much else
the two sentences share (classify's negation rules need a close similarity, which a long
sentence telling the quote in passing does not reach).

The denied words: a quotation (QUOTED_DENIAL_MIN_WORDS words or more) right after a negator ("not",
"never", "isn't"; lang.NEGATION_PARTICLES), an apostrophe inside it being no closing mark. The
claim answered holds the same words (a leading article left out) inside quotation marks, not
negated itself (before the quotation or inside it, within four words: "Not a theology based on the Bible"), and is of
another side.

`quote_owner(f, written)`: when the claim answered is the outlet's own sentence telling someone's words ("pressed
<Name> to explain his claim that it is "a slush fund of the mayor's making"", "a budget line he called "..."" after
the sentence names him), the person whose words they are: the attribution stage's source of the quotation inside the
sentence, else the sentence's subject when "he/she called" introduces it (the lead, session 42). The reason then
says whose words are denied, not that the outlet said them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..attribution import analyze
from .pairs import Features, same_source

__all__ = ["quoted_denial", "quote_owner"]

#: How many words a denied quotation holds at least.
QUOTED_DENIAL_MIN_WORDS = 3

_OPEN = "“\"‘'"
_CLOSE = "”\"’'"
_NEGATED_QUOTE = re.compile(r"(?:\b(?:" + "|".join(sorted(lang.NEGATION_PARTICLES)) + r")|n['’]t)\s+[" + _OPEN
                            + r"]((?:[^" + _CLOSE + r"]|['’](?=[a-z]))+)[" + _CLOSE + r"]", re.I)
_TOKS = re.compile(r"[a-z0-9]+")
_DETERMINERS = frozenset(("a", "an", "the"))


def _words(text: str) -> list[str]:
    return _TOKS.findall(text.lower().replace("’", "'").replace("'s", "s"))


def denied_quotes(f: Features) -> list[tuple[list[str], str]]:
    """The words of each quotation the claim negates, a leading article left out, and the
    quotation as written."""
    out = []
    for m in _NEGATED_QUOTE.finditer(f.claim.text):
        w = _words(m.group(1))
        while w and w[0] in _DETERMINERS:
            w = w[1:]
        if len(w) >= QUOTED_DENIAL_MIN_WORDS:
            out.append((w, m.group(1).strip(" ,.;:")))
    return out


_NEGATED_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(lang.NEGATION_PARTICLES)) + r")|n['’]t)\s*$", re.I)
_QUOTED = re.compile(r"[“\"‘']((?:[^”\"’']|['’](?=[a-z]))+)[”\"’']")


def _quotes(f: Features, words: list[str]) -> bool:
    """The claim quotes `words` (inside quotation marks), and no negator stands right before."""
    phrase = " ".join(words)
    for m in _QUOTED.finditer(f.claim.text):
        inside = _words(m.group(1))
        if phrase in " ".join(inside):
            at = next(i for i in range(len(inside)) if " ".join(inside[i:i + len(words)]) == phrase)
            if any(w in lang.NEGATION_PARTICLES or w.endswith("n't") or w == "t" for w in inside[max(0, at - 4):at]):
                return False  # "Not a theology based on the Bible": the quotation negates the words itself (int49)
            return _NEGATED_BEFORE.search(f.claim.text[:m.start()]) is None
    return False


def quoted_denial(f1: Features, f2: Features) -> tuple[Features, Features, str] | None:
    """(the denying claim, the claim it answers, the words denied as the denier writes them), or None."""
    if same_source(f1, f2) or f1.source == f2.source:
        return None
    for neg, other in ((f1, f2), (f2, f1)):
        for words, written in denied_quotes(neg):
            if _quotes(other, words):
                return neg, other, written
    return None


_CALLED_BEFORE = re.compile(r"\b(?:he|she)\s+(?:" + lang.QUOTED_LABEL_VERBS_RE + r")\s+(?:it\s+|them\s+)?[“\"‘']?\s*$")
_SUBJECT_NAME = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)(?=,|\s+[a-z])")


@lru_cache(maxsize=1024)
def _owner(text: str, written: str) -> str | None:
    at = text.replace("’", "'").find(written.replace("’", "'"))  # (one outlet's straight apostrophe, another's curly one)
    if at < 0:
        return None
    rel = analyze(text).relation_for(at, at + len(written))
    if rel is not None and rel.name and rel.name.lower() not in lang.PRONOUNS:
        return rel.name
    if _CALLED_BEFORE.search(text[:at]) and (m := _SUBJECT_NAME.match(text)) is not None:
        return m.group(1)
    return None


def quote_owner(f: Features, written: str) -> str | None:
    """Whose words `written` are inside claim `f`, when `f` is no source's but tells them; None when unknown."""
    for cand in (written, written.split(" ", 1)[-1]):  # the denier's words may hold a leading article the claim lacks
        if (who := _owner(f.claim.text, cand)) is not None and who != f.source:
            return who
    return None
