"""A weak agreement whose shared words all lie in names and the nouns they name (issue 15; digest55).

"Regional Transport Minister <Name> says no one could have foreseen Wednesday's landslide on the <Pass> road." /
"<Contractor>, the contractor widening the <Pass> road, set off explosive charges ... hours before Wednesday's
landslide, according to ...": similarity 0.40, shown as one agreement, yet one tells a minister's judgment and
the other a blasting log. And "The <Line> will stay closed until the regional <Inspectorate> has examined it" /
"The register of the regional <Inspectorate> ... shows that the <Line>'s last full inspection was in ..." (0.44).
What both share is names ("<Pass>", "Wednesday's", "<Inspectorate>") and the words that are part of a named
thing: the lower-case noun right after a run of capitalised words opened by "the" or "a", or after a name's
possessive ("the <Pass> road", "Wednesday's landslide"; not "his first <League> goal", nor a name's verb), the lower-case modifier right before a capitalised run ("the regional <Inspectorate>").
When every content word the two claims share is such a word in both, they name the same things and say nothing
alike: no agreement. Only weak agreements (similarity below AGREE_SIM) are read; one shared word outside the
names ("flew over the site" / "flew over the site") keeps the agreement, and so do names of two things or more
(reference.named_things: a relation between them, "<Name> appeared on <Network>'s "<Programme>"" / "Asked about
those remarks on the <Network> programme "<Programme>," <Name> ...", the tuned set's gold agreement, which the
first version lost). So the register above (the line and the inspectorate: two things) still agrees: Left.
A shared noun of a person's role or of a body ("executive", "officer", "company": lang.PERSON_NOUNS, ROLE_NOUNS,
PERSON_TITLES, GENERIC_ORG_HEADS) tells who, not what was said or done, and is read with the names (coref58: "the executives
of nine ... companies, including <Firm>, sent a letter" / "<Name>, the chief executive officer of <Firm>, said his
company would abandon a deal": one firm and its officers, two acts); at least one shared name is still needed.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, stem
from .reference import named_things

__all__ = ["name_words", "names_only"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _after_the(toks: list[str], k: int) -> bool:
    """The capitalised run ending at toks[k] opens right after "the", "a" or "an" ("the <Pass> road"; not "his first
    <League> goal", a kind of thing, nor "<Name> scored", a name and its verb)."""
    j = k
    while j > 0 and toks[j - 1][:1].isupper():
        j -= 1
    return j > 0 and toks[j - 1].lower() in ("the", "a", "an")


def name_words(f: Features) -> set[str]:
    """The stems of the claim's words that are part of a named thing (module doc)."""
    cached = getattr(f, "_name_words", None)
    if cached is not None:
        return cached
    toks = _TOKEN.findall(f.claim.text)
    out: set[str] = set()
    for k, t in enumerate(toks):
        base = re.sub(r"['’]s$", "", t)
        if not t[:1].isupper() or (k == 0 and base.lower() in STOP):
            continue
        out.add(stem(base.lower()))
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if nxt[:1].islower() and nxt.lower() not in STOP and (t.endswith(("'s", "’s")) or _after_the(toks, k)):
            out.add(stem(re.sub(r"['’]s$", "", nxt).lower()))  # "the <Pass> road", "Wednesday's landslide"
        prev = toks[k - 1] if k else ""
        if prev[:1].islower() and prev.lower() not in STOP and k >= 2 and toks[k - 2].lower() in ("the", "a", "an"):
            out.add(stem(prev.lower()))  # "the regional <Inspectorate>"
    f._name_words = out
    return out


def names_only(f1: Features, f2: Features) -> bool:
    """Every content word the two claims share is part of a named thing in both (module doc)."""
    if any(w.startswith("#") for w in f1.words & f2.words):
        return False  # a shared figure is a proposition of its own ("will cut 1,200 jobs" / "1,200 workers at <Firm>": int46)
    shared = set(f1.words & f2.words) - _who_stems()
    return bool(shared) and shared <= name_words(f1) and shared <= name_words(f2) and named_things(f1, f2) < 2


_WHO: set[str] = set()


def _who_stems() -> set[str]:
    """The stems of the nouns of a person's role or of a body (module doc), as `Features.words` writes them."""
    if not _WHO:
        _WHO.update(stem(w) for w in lang.PERSON_NOUNS | lang.ROLE_NOUNS | lang.PERSON_TITLES | lang.GENERIC_ORG_HEADS if w.isalpha())
    return _WHO
