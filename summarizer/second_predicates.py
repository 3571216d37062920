"""A second predicate of one subject joined by "and"/"but" with no comma, made a claim of its own
when it differs in certainty from the first (GUIDELINES §3: different predicates, separate claims):

- a negated second predicate: "Dunmore has 350 employees and has not disclosed its revenue" ->
  "Dunmore has 350 employees." (stated) + "Dunmore has not disclosed its revenue." (negated); the
  negation no longer reaches the first predicate;
- a denial of what was just said, then a statement: "Belmark denies that and says it will appeal"
  -> "Belmark denies that." (denied) + "Belmark says it will appeal." (its own certainty).
- a passive act, then a passive accusation: "Three men were held and accused of smuggling" -> "Three men were
  held." (the outlet's) + "The men were accused of smuggling." ("unnamed sources", `unconfirmed`, when no source
  frames the sentence; shapes35).

The pipeline asks `split` after drafts.speech_split ("X did A and said B"); session 16's lead
story shapes, left18.
"""

from __future__ import annotations

import re

from . import lang
from .drafts import as_sentence

#: the first predicate (no comma, quotation or clause stop), "and"/"but", a negated auxiliary
_NEGATED_SECOND = re.compile(r"(?P<head>[A-Z][^,;:“”\"()]*?)\s+(?:and|but)\s+(?P<neg>" + lang.NEGATED_AUXILIARY_RE + r"\s+[a-z]+[^,;:“”\"]*)$")
#: a subject of one to five words: a name, or "The" and up to two lower-case words
_SUBJECT_RE = r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}|The\s+[a-z]+(?:\s+[a-z]+)?"
_SUBJECT = re.compile(_SUBJECT_RE)
#: "X denies that and says ...": a denial of a pronoun object, then a verb of saying
_DENIAL_THEN_SAYING = re.compile(
    r"(?P<subj>" + _SUBJECT_RE + r")\s+"
    r"(?P<first>(?P<verb>[a-z]+)\s+(?:that|it|this|them))\s+and\s+(?P<cue>[a-z]+)\s+(?P<rest>\S.*)$")


def _first_verb(subj: str, verb: str) -> bool:
    """`verb` opens a finite predicate of `subj`: an auxiliary, a past or a third-person present, and
    `subj` holds no auxiliary itself ("The company has raised": the subject is "The company")."""
    if any(w.lower() in lang.AUXILIARY_VERBS for w in subj.split()[1:]):
        return False
    if subj.split()[0] != "The" and subj.split()[0].lower() in lang.FUNCTION_WORDS | lang.QUANTIFIERS:
        return False  # "Many savers could ...": a quantifier opens a noun phrase, "savers" is no verb
    return verb[:1].islower() and (verb in lang.AUXILIARY_VERBS or lang.is_past_form(verb) or verb.endswith("s"))


#: "<Subject> were held and accused of <x>": a passive act, then a passive accusation of the same subject
_ACT_THEN_ACCUSED = re.compile(r"(?P<head>(?P<subj>[A-Z][^,;:“”\"()]{0,60}?)\s+(?P<be>(?:has\s+|have\s+)?(?:" + "|".join(sorted(lang.BE_FORMS - {"be", "being"})) + r"))\s+"
                               r"[a-z]+)\s+and\s+(?:later\s+)?(?P<acc>(?:" + lang.PASSIVE_ACCUSED_RE + r")\s+\S.*)$")


def split(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """(start, end, claim text, speaker) of each claim of the part text[start:end], or None."""
    part = text[start:end].rstrip()
    body = part.rstrip(".!?")
    m = _ACT_THEN_ACCUSED.match(body)
    if m is not None and len(m.group("acc").split()) >= 3:  # the act happened; the accusation is a hedged report (shapes35)
        hedged = lang.UNNAMED_SOURCES if analysis is not None and analysis.relation_for(start, end) is None else None
        return [(start, start + m.end("head"), as_sentence(part[:m.end("head")]), None),
                (start + m.start("acc"), end, as_sentence(f"{_uncounted(m.group('subj'))} {m.group('be')} {part[m.start('acc'):]}"), hedged)]
    m = _DENIAL_THEN_SAYING.match(body)
    if m is not None and m.group("verb") in lang.DENIAL_VERBS and m.group("cue") in lang.SPEECH_VERBS:
        return [(start, start + m.end("first"), as_sentence(part[:m.end("first")]), m.group("subj")),
                (start + m.start("cue"), end, as_sentence(m.group("subj") + " " + part[m.start("cue"):]), m.group("subj"))]
    m = _NEGATED_SECOND.match(body)
    subj = _subject(m.group("head")) if m is not None else None
    if m is None or subj is None or len(m.group("neg").split()) < 4 or len(m.group("head").split()) - len(subj.split()) < 2:
        return None
    verb = re.sub(lang.NEGATED_AUXILIARY_RE, "", m.group("neg"), count=1).split()[0].lower()
    if verb in lang.FUNCTION_WORDS or verb in lang.CLAUSE_COORDINATORS:
        return None  # "Others could have saved but didn't and are panicking": an elided verb (PolNeAR half A)
    if re.search(r"\b(?:" + lang.NEGATION_CUES_RE + r")\b|n['’]t\b", m.group("head"), re.I):
        return None  # both predicates negated ("have gone three months without a contract and have never ..."): one claim
    if analysis is not None and any(r.cue_span and start <= r.cue_span[0] < end for r in getattr(analysis, "relations", ())):
        return None  # inside or around a source's statement: the attribution's scope decides
    return [(start, start + m.end("head"), as_sentence(part[:m.end("head")]), None),
            (start + m.start("neg"), end, as_sentence(subj + " " + part[m.start("neg"):]), None)]


def _subject(head: str) -> str | None:
    """The subject of `head` when a finite verb follows it right away: the shortest subject shape
    whose next word is an auxiliary, a past or a present in -s ("Dunmore has", "The company has",
    "Pellam Foods raised")."""
    ws = head.split()
    for k in range(1, min(6, len(ws))):
        subj = " ".join(ws[:k])
        if _SUBJECT.fullmatch(subj) and _first_verb(subj, ws[k]):
            return subj
    return None


def _uncounted(subj: str) -> str:
    """"Three more men" -> "The men": a subject's count left to the first claim, whose evidence holds it (the second's
    evidence starts after it; "Ana Kell" as it is)."""
    ws = subj.split()
    k = 0
    while k < len(ws) - 1 and (re.fullmatch(r"[\d,.]+", ws[k]) or ws[k].lower() in lang.NUMBER_UNITS or ws[k].lower() in ("more", "other", "further")):
        k += 1
    return subj if k == 0 else "The " + " ".join(ws[k:])
