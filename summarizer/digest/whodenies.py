"""An accusation and its denial in one sentence, the denial a relative clause of the accused (issue
15, digest30; cnn28 has one): "Now a tribunal must decide whether to hear Lind's complaint of
negligence against Warden Ilse Maroven, who denies any fault"; "Okafor accused the mayor of hiding
the audit, which the mayor's office denies".

`who_denies(fs, taken)`: for each claim of one article (`fs`, in text order) holding an accusation
noun (lang.ACCUSATION_NOUNS) with "against" and whom, then ", who denies ..." (a rebuttal verb,
lang.REBUTTAL_VERB_RE, of the accused), or a verb of charging (lang.CHARGE_ACTIVE_RE) and then ",
which <who> denies ...": the accusation is the earlier claim of the article that tells it (the same
noun, or a verb of charging, with "against" or the charging verb before a name of the accused) when
there is one, "Lind, a ferry pilot, has filed a complaint of negligence against Warden Ilse
Maroven" (the sentence with the denial then only points back at it); else the sentence itself, a
dispute of the claim with itself (as onesentence.py shows "X said A, but Y disputed that"). Not an
accusation denied: a negated one ("did not accuse"), one whose denier is a pronoun with no
accused named before it. Cost: two regexes per claim.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import Features, negator

__all__ = ["who_denies", "accused_denies"]

_NOUNS = r"(?:" + "|".join(sorted(lang.ACCUSATION_NOUNS, key=len, reverse=True)) + r")"
_REBUT = r"(?:(?:" + "|".join(lang.DENIAL_LEADS) + r")\s+)*(?:\w+ly\s+)?(?:" + lang.REBUTTAL_VERB_RE + r")\b"
#: "... complaint of negligence against Warden Ilse Maroven, who denies ..."
_AGAINST = re.compile(r"\b(?P<noun>" + _NOUNS + r")\b[^,;.]{0,80}?\bagainst\s+(?P<who>[^,;]{2,60}?),\s+who\s+" + _REBUT, re.I)
#: "... accused the mayor of hiding the audit, which the mayor's office denies"
_WHICH = re.compile(r"\b(?P<verb>" + lang.CHARGE_ACTIVE_RE + r")\s+(?P<who>[^,;]{2,60}?)\s+(?:of|with)\b[^;]{2,120}?,\s+which\s+"
                    r"(?P<denier>[^,;]{1,60}?)\s+" + _REBUT, re.I)
_WORD = re.compile(r"[\w’'-]+")


def _name_words(who: str) -> set[str]:
    """The capitalised words of the accused ("the King" -> {"king"}; "Warden Ilse Maroven")."""
    return {re.sub(r"['’]s$", "", w.lower()) for w in _WORD.findall(who) if w[:1].isupper()}


def accused_denies(text: str) -> tuple[str, str] | None:
    """(the accusation's noun or verb, the accused) when the sentence tells an accusation and the
    accused's denial of it (module doc), else None."""
    m = _AGAINST.search(text) or _WHICH.search(text)
    if m is None:
        return None
    before = [t.lower() for t in _WORD.findall(text[:m.start()])][-4:]
    if any(negator(t) for t in before):
        return None  # "did not bring any complaint against ..."
    who = m.group("who").strip()
    if not _name_words(who) and "denier" not in m.groupdict():
        return None  # "... against him, who denies": no one named
    word = m.group("noun") if "noun" in m.groupdict() else m.group("verb")
    return word.lower(), who


def _tells(g: Features, word: str, names: set[str]) -> bool:
    """`g` tells the accusation against one of `names`: the noun (or a verb of charging) before
    "against" and the name, or a verb of charging right before it."""
    stemmed = re.escape(word.lower().rstrip("s"))
    if g.claim.certainty in ("negated", "denied"):
        return False
    for m in re.finditer(r"\b(?:" + stemmed + r"s?|" + lang.CHARGE_ACTIVE_RE + r")\b([^.;]{0,120})", g.claim.text, re.I):
        after = m.group(1)
        at = re.search(r"\bagainst\s+([^,;]{2,80})", after)
        target = at.group(1) if at else after[:60]
        if _name_words(target) & names:
            return True
    return False


def who_denies(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """(accusation, denial, judgment) for each such sentence of one article (module doc)."""
    out = []
    for i, f in enumerate(fs):
        found = accused_denies(f.claim.text)
        if found is None:
            continue
        word, who = found
        names = _name_words(who)
        told = next((g for g in reversed(fs[:i]) if g.claim.evidence.end <= f.claim.evidence.start
                     and _tells(g, word, names)), None) if names else None
        g = told or f
        if tuple(sorted((g.index, f.index))) in taken:
            continue
        why = f"in one article, {who} denies the {word}" + (f" ({g.source})" if told else " in the same sentence")
        out.append((g, f, Judgment("assertion", why, about=who)))
    return out
