"""Two sides of a dispute inside one sentence (issue 15, conf10): "Prosecutors said Hale knew the
accounts were falsified, but his lawyer disputed that"; "The campaign said 300 ballots were
rejected, but the clerk said only 40 were"; "The sheriff's office said the man was armed, but his
family said he was not." The extractor keeps such a sentence as one claim of its first speaker;
the digest shows it as a conflict of that claim with itself, both halves quoted in the reason.

`one_sentence(fs)`: for each claim, an account (a reporting verb, then content), a contrast
(", but", "; while", ...), another speaker and then either a rebuttal verb ("disputed that",
"denied it"), or a saying verb whose content negates or counts again what the first half says:
a negator or "only" with a figure, reaching a word of the first half or elliptical (at most
ELLIPSIS_WORDS words: "said he was not", "said only 40 were"). Or (conf22) the account, then an
appositive noun of account and who rebuts it: "Council members argued that the mayor broke the
lease, a contention the mayor's lawyer disputed"; "..., an allegation the owners have denied";
(conf24) the account told by a noun of account and its content, the appositive after a dash too:
"a claim by the harbor master that the storm stopped the cranes - a claim the port director
rejected"; not an infinitive of purpose ("a story meant to push back against ..."). Or (conf24) a
negated statement set against another's account: "the plan would not raise fares, despite the claim
in a union leaflet"; "contrary to the council's claims" needs no negation. Or (digest30) the contrast
opens the sentence ("While X reported that A, Y reported B"), and a reply may give another number for
what the first half counts with nothing new besides ("..., Y reported she was 23"). Or (digest30) a
first account and another source's later one of the same thing ("X initially told reporters A, ...,
Y later told them that B").
Cost: two regexes per claim.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from .. import lang
from .classify import Judgment, side_of
from ..schema import ARTICLE_VOICE
from .pairs import Features, negator, stem
from ..quantity import readable
from .schema import Conflict

__all__ = ["one_sentence", "sentence_sides", "split_sides", "elliptical_count", "elliptical_denial", "reply_speaker"]

#: At most this many words after the second speaker's verb make an elliptical reply ("said he was not").
ELLIPSIS_WORDS = 6

_SAY = r"(?:" + "|".join(sorted(set(lang.REPORTING_VERBS), key=len, reverse=True)) + r")"
_CONTRAST = r"(?:,|;)\s+(?:but|" + "|".join(sorted(lang.CONCESSIVE_OPENERS)) + r")\s+"
_WHO = r"(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+){0,6}?)"
_TWO = re.compile(r"^(?P<a>.*?\b" + _SAY + r"\b.+?)" + _CONTRAST + _WHO + r"\s+(?:(?P<rebut>" + lang.REBUTTAL_VERB_RE
                  + r")|(?P<say>" + _SAY + r"))\b(?P<b>.*)$")
#: "X argued that A, a contention Y disputed": the account, then an appositive noun of account
#: (lang.ACCOUNT_NOUNS, lang.REBUTTAL_OBJECT_NOUNS: "a claim", "an allegation", "a charge") and who
#: rebuts it, with a rebuttal verb (conf22).
_NOUNS = r"(?:" + "|".join(sorted(lang.ACCOUNT_NOUNS | lang.REBUTTAL_OBJECT_NOUNS, key=len, reverse=True)) + r")"
#: ... the account told by a saying verb, or by a noun of account with its content ("a claim by the
#: harbor master that ..."; conf24), the appositive after a comma or a dash ("- a claim Y rejected").
_APPOSED = re.compile(r"^(?P<a>.*?\b(?:" + _SAY + r"|" + _NOUNS + r"\s+(?:[\w.'’-]+\s+){0,8}?that)\b.+?)(?:,|\s+[-–—]{1,2})\s+(?:a|an)\s+"
                      + _NOUNS + r"\s+(?:that\s+|which\s+)?" + _WHO
                      + r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?P<rebut>" + lang.REBUTTAL_VERB_RE + r")\b(?P<b>.*)$")
#: ... whose account it is when a noun of account names its owner by "by" before its content ("a claim
#: by an aide earlier Thursday that ..."): the owner, not the claim's source (who may be the rebutter).
_BY_OWNER = re.compile(r"\b" + _NOUNS + r"\s+by\s+(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)\s+(?:(?:"
                       + "|".join(lang.BY_OWNER_TIME_WORDS) + r")\s+(?:[\w.'’-]+\s+){0,2}?)?that\b", re.I)
#: "While X reported that A, Y reported B" (digest30, a CNN set): the contrast opens the sentence.
_WHILE = re.compile(r"^(?i:" + "|".join(sorted(lang.CONCESSIVE_OPENERS)) + r")\s+(?P<a>(?:[\w.'’-]+\s+){1,6}?" + _SAY
                    + r"\b[^,;]+?),\s+" + _WHO + r"\s+(?:(?P<rebut>" + lang.REBUTTAL_VERB_RE + r")|(?P<say>" + _SAY + r"))\b(?P<b>.*)$")
#: "X initially told reporters A, ..., Y later told them that B" (digest30, a CNN set): a later account
#: of another source overtaking the first, commas allowed in the first.
_LATER = re.compile(r"^(?:(?i:" + "|".join(sorted(lang.CONCESSIVE_OPENERS)) + r")\s+)?(?P<a>(?:[\w.'’-]+\s+){1,8}?(?:"
                    + lang.FIRST_REPORT_ADVERBS_RE + r")\s+" + _SAY + r"\b.+?),\s+" + _WHO + r"\s+(?:"
                    + lang.LATER_ACCOUNT_ADVERBS_RE + r")\s+" + _SAY + r"\b(?:\s+[\w’'-]+){0,2}?\s+that\b(?P<b>.*)$")
_FIRST = re.compile(r"^(?:(?i:" + "|".join(sorted(lang.CONCESSIVE_OPENERS)) + r")\s+)?" + _WHO + r"\s+" + _SAY + r"\b")
_ADVERB = re.compile(r"(?:\s+(?:[a-z]+ly|" + lang.FIRST_REPORT_ADVERBS_RE + r"))+$")
_OPENERS = r"(?:" + "|".join(sorted(lang.DESPITE_ACCOUNT_OPENERS, key=len, reverse=True)) + r")"
_LINKS = r"(?:" + "|".join(lang.ACCOUNT_OWNER_LINKS) + r")"
_CONTRARY_NOUNS = r"(?:" + "|".join(sorted(lang.CONTRARY_ACCOUNT_NOUNS, key=len, reverse=True)) + r")"
#: "A was not so, despite the claim in/by/of X" or "..., contrary to X's claims" (conf24): X claims
#: what the first half negates. "contrary to" needs no negation in the first half.
_DESPITE = re.compile(r"^(?P<a>.+?),\s+(?P<b>(?P<op>" + _OPENERS + r")\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+)?" + _CONTRARY_NOUNS
                      + r"\s+" + _LINKS + r"\s+" + _WHO + r"|(?:the\s+)?" + _WHO.replace("?P<who>", "?P<owner>") + r"['’]s?\s+(?:[\w-]+\s+)?" + _CONTRARY_NOUNS
                      + r"))\s*(?:[.!]\s*)?$", re.I)
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_FIGURE = re.compile(r"\d|\b(?:" + "|".join(lang.NUMBER_UNITS) + r")\b", re.I)


def split_sides(text: str) -> tuple[str, str, str] | None:
    """(first account, second speaker, second account) when the sentence holds a dispute, else None."""
    return _split(text) or _later(text)


def _split(text: str) -> tuple[str, str, str] | None:
    found = _despite(text)
    if found:
        return found
    m = _TWO.search(text) or _APPOSED.search(text) or _WHILE.search(text)
    if m is None:
        return None
    a, who, b = m.group("a"), m.group("who").strip(), m.group("b").strip(" .,;")
    if any(negator(t) for t in _WORD.findall(who.lower())) or who.lower() in lang.PERSONAL_PRONOUNS:
        return None  # "..., but he said": the same speaker goes on
    if who.lower().split()[-1] == "to":
        return None  # "..., a story meant to push back against ...": an infinitive of purpose, no one rebuts
    if m.group("rebut"):
        return a, who, (m.group("rebut") + " " + b).strip()  # ("..., a contention X disputed.": no trailing space, lead41)
    toks = _WORD.findall(b.lower())
    only_figure = "only" in toks and _FIGURE.search(b)
    if not (any(negator(t) or t.endswith(("n't", "n’t")) for t in toks) or only_figure or _other_figure(a, toks)):
        return None
    shared = {stem(t) for t in toks if len(t) > 3} & {stem(t) for t in _WORD.findall(a.lower()) if len(t) > 3}
    if len(toks) > ELLIPSIS_WORDS and not shared:
        return None  # "... but the union said it had not been consulted": another proposition
    return a, who, b


def _later(text: str) -> tuple[str, str, str] | None:
    """(first account, who gives the later one, the later account) for "X initially said A, ..., Y
    later said that B" when B says something of what A says (a word of four letters or more shared)."""
    m = _LATER.search(text)
    if m is None or m.group("who").strip().lower() in lang.PERSONAL_PRONOUNS:
        return None
    a, b = m.group("a"), m.group("b").strip(" .,;")
    told = {stem(t) for t in _WORD.findall(a.lower()) if len(t) > 3}
    return (a, m.group("who").strip(), b) if any(stem(t) in told for t in _WORD.findall(b.lower()) if len(t) > 3) else None


def _other_figure(a: str, toks: list[str]) -> bool:
    """The reply gives another number for what the first half counts, and nothing new besides
    ("..., Radio Kettle reported he was 19" after "the injured driver was 47"; "..., but organisers
    said 5,000"): every word of four letters or more is the first half's, a digit number not in it."""
    nums = {t for t in toks if t[:1].isdigit()}
    told = {stem(t) for t in _WORD.findall(a.lower())}
    return bool(nums) and bool(re.search(r"\d", a)) and not nums <= set(_WORD.findall(a.lower())) \
        and all(stem(t) in told for t in toks if len(t) > 3 and not t[:1].isdigit())


def _despite(text: str) -> tuple[str, str, str] | None:
    """(statement, whose account it is set against, that phrase) for "A was not so, despite the
    claim in X" / "A, contrary to X's claims" (conf24), else None."""
    m = _DESPITE.search(text.strip())
    if m is None:
        return None
    who = (m.group("who") or m.group("owner") or "").strip().rstrip(".!")
    a = m.group("a")
    if m.group("op").lower() not in lang.CONTRARY_ACCOUNT_OPENERS and not any(
            negator(t) or t.endswith(("n't", "n’t")) for t in _WORD.findall(a.lower())):
        return None  # "Fares rose, despite the claim ...": nothing said is negated
    if not who or who.lower() in lang.PERSONAL_PRONOUNS:
        return None
    return a, who, m.group("b").strip(" .,;")


_ELLIPTICAL = re.compile(r"\b" + _SAY + r"\s+(?:that\s+)?(?:" + "|".join(sorted(lang.REPLY_COUNT_LIMITERS)) + r")?\s*(?P<n>[\d,.]+|"
                         + "|".join(lang.NUMBER_UNITS) + r")\s+(?:" + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS))
                         + r")\s*[.!]?$", re.I)


_REPLY = re.compile(r"^(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+){0,6}?)\s+" + _SAY + r"\s+(?:that\s+)?(?:"
                    + "|".join(sorted(lang.SUBJECT_PRONOUNS)) + r"|this|that)\s+(?:"
                    + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS)) + r")\s*(?:not|never|n['’]t)\b"
                    + r"(?P<rest>(?:\s+[\w'’-]+){0,3})\s*[.!]?$", re.I)


def reply_speaker(f: Features) -> str:
    """Who a short reply is by, as its text names them ("His family said he was not." -> "His
    family"), else the claim's source: a reply's possessive subject may be lost in attribution."""
    m = re.match(r"^(.+?)\s+" + _SAY + r"\b", f.claim.text)
    return m.group(1) if m and len(m.group(1).split()) <= 7 else f.source


def elliptical_denial(f: Features) -> bool:
    """A reply that negates what was just said, its predicate left out ("His family said he was
    not.", "Relatives said she was not", "His agent said it was not that high")."""
    m = _REPLY.search(f.claim.text.strip())
    return m is not None and m.group("who").lower() not in lang.PERSONAL_PRONOUNS


def elliptical_count(f: Features) -> float | None:
    """The figure of a reply that counts again what was just said, its noun and verb left out
    ("County clerk Joan Pryor said only 40 were."), or None."""
    m = _ELLIPTICAL.search(f.claim.text.strip())
    if m is None:
        return None
    n = m.group("n").lower().replace(",", "")
    try:
        return float(lang.NUMBER_UNITS.get(n, n))
    except ValueError:
        return None


def one_sentence(fs: list[Features]) -> list[tuple[Features, Features, Judgment]]:
    """Claims that hold both sides of a dispute: (claim, claim, judgment); and a reply that counts
    again, elliptically, the count of the claim just before it, of another side: (that claim,
    the reply, a number judgment). `fs`: one article's claims in text order."""
    out = []
    for x, y in zip(fs, fs[1:]):
        if side_of(x.source) == side_of(reply_speaker(y)) or x.negated or x.source == ARTICLE_VOICE:
            continue
        if elliptical_denial(y):
            out.append((x, y, Judgment("assertion", f"{reply_speaker(y)} says it is not so: “{y.claim.text.strip()}”",
                                       about=reply_speaker(y))))
            continue
        v = elliptical_count(y)
        if v is None or not x.claim.quantities:
            continue
        q = x.claim.quantities[0]
        if round(q.value, 6) != round(v, 6):
            # a version conflict (the reply's claim holds no quantity for the number table)
            out.append((x, y, Judgment("assertion", f"{x.source}: {readable(q.value)} {q.counted}; {y.source}: {readable(v)}",
                                       about=q.counted)))
    for f in fs:
        found = split_sides(f.claim.text)
        if found is None:
            continue
        a, who, b = found
        first = _FIRST.match(a.strip())  # "While the Ledger reported ..., Radio Kettle reported ...": the claim's source is the second
        first = _ADVERB.sub("", first.group("who")) if first and first.group("who").lower() not in lang.PERSONAL_PRONOUNS else f.source
        owner = _BY_OWNER.search(a)  # "a claim by an aide that ... - a claim Voss rejected": the aide's account (within47)
        if owner is not None and owner.group("who").split()[-1].lower() not in lang.PERSONAL_PRONOUNS:
            first = owner.group("who")
        if side_of(who) == side_of(first):
            continue  # the same side twice
        out.append((f, f, Judgment("assertion", f"in one sentence, {first}: “{a.strip()}”; {who}: “{b}”",
                                   about=who)))
    return out


_SPLIT_REASON = re.compile(r"^in one sentence, (?P<a>.+?): “(?P<ta>.*?)”; (?P<b>.+?): “(?P<tb>.*)”$", re.S)


def sentence_sides(conflicts: Iterable[Conflict]) -> Iterator[Conflict]:
    """Each conflict whose two sides are one claim holding both ("While the Ledger reported ...,
    Radio Kettle reported ..."), its sides given the speakers and the parts the reason names:
    both had shown the claim's one source and its whole text (digest34: one outlet shown for two)."""
    for c in conflicts:
        m = _SPLIT_REASON.match(c.reason) if len(c.sides) == 2 and c.sides[0].ref == c.sides[1].ref else None
        if m is not None:
            c = c.model_copy(update={"sides": [c.sides[0].model_copy(update={"attributed_to": m["a"], "text": m["ta"]}),
                                               c.sides[1].model_copy(update={"attributed_to": m["b"], "text": m["tb"]})]})
        yield c
