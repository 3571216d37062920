"""A second predicate of one subject joined by "and"/"but" with no comma, made a claim of its own
when it differs in certainty from the first (GUIDELINES §3: different predicates, separate claims):

- a negated second predicate: "Dunmore has 350 employees and has not disclosed its revenue" ->
  "Dunmore has 350 employees." (stated) + "Dunmore has not disclosed its revenue." (negated); the
  negation no longer reaches the first predicate;
- a denial of what was just said, then a statement: "Belmark denies that and says it will appeal"
  -> "Belmark denies that." (denied) + "Belmark says it will appeal." (its own certainty).
- a hedged or future second predicate with no subject of its own: "Dana Kerr was charged with theft and could
  face ten years in prison" -> "Dana Kerr was charged with theft." (stated) + "Dana Kerr could face ten years in
  prison." (speculative); the modal no longer reaches the charge, which happened (read40's d1; shapes36);
- a passive act, then a passive accusation: "Three men were held and accused of smuggling" -> "Three men were
  held." (the outlet's) + "The men were accused of smuggling." ("unnamed sources", `unconfirmed`, when no source
  frames the sentence; shapes35).

- a second predicate with a source of its own: "<X> has missed two games and, according to <Y>, is unlikely to play"
  -> "<X> has missed two games." + "<X> is unlikely to play." (over "according to <Y>, ...": Y's); and a spaced dash
  before a source's clause: "<A> this year - the UN says <B>" -> "<A> this year." + "The UN says <B>." (attr51).

The pipeline asks `split` after drafts.speech_split ("X did A and said B"); session 16's lead
story shapes, left18.
"""

from __future__ import annotations

import re

from . import lang
from .drafts import as_sentence

#: the first predicate (no comma, quotation or clause stop), "and"/"but", a negated auxiliary
_NEGATED_SECOND = re.compile(r"(?P<head>[A-Z][^,;:“”\"()]*?)\s+(?:and|but)\s+(?P<neg>" + lang.NEGATED_AUXILIARY_RE + r"\s+[a-z]+[^,;:“”\"]*)$")
#: the same with a hedging or future modal ("and could face ...", ", and may close ..."; a comma before "and" allowed)
_HEDGED_SECOND = re.compile(r"(?P<head>[A-Z][^,;:“”\"()]*?),?\s+and\s+(?P<hedge>(?:" + "|".join(sorted(lang.MODALS & (lang.EPISTEMIC_HEDGES | {"will", "would"})))
                            + r")\s+(?!not\b|never\b|have\b|be\b)[a-z]+[^,;:“”\"]*(?:,[^,;:“”\"]*)?)$")
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
    if subj == "The":
        return False  # "The bolstered agreement ...": an article alone is no subject (shapes36)
    if subj.split()[0] != "The" and subj.split()[0].lower() in lang.FUNCTION_WORDS | lang.QUANTIFIERS:
        return False  # "Many savers could ...": a quantifier opens a noun phrase, "savers" is no verb
    if re.fullmatch(r"[\d,.]+", subj.split()[-1]) or subj.split()[-1].lower() in lang.NUMBER_UNITS:
        return False  # "The two clerks are ...": a count wants its noun, "clerks" is no verb (shapes36)
    return verb[:1].islower() and (verb in lang.AUXILIARY_VERBS or lang.is_past_form(verb) or verb.endswith("s"))


#: "<Subject> were held and accused of <x>": a passive act, then a passive accusation of the same subject
_ACT_THEN_ACCUSED = re.compile(r"(?P<head>(?P<subj>[A-Z][^,;:“”\"()]{0,60}?)\s+(?P<be>(?:has\s+|have\s+)?(?:" + "|".join(sorted(lang.BE_FORMS - {"be", "being"})) + r"))\s+"
                               r"[a-z]+)\s+and\s+(?:later\s+)?(?P<acc>(?:" + lang.PASSIVE_ACCUSED_RE + r")\s+\S.*)$")


#: "<Subject> <did A> and, according to <Source>, <is B>": a second predicate with a source of its own (attr50's Left,
#: attr51): the act is the outlet's, the second predicate the source's
_ACCORDING_SECOND = re.compile(r"(?P<head>[A-Z][^,;:“”\"()]*?)\s+and,\s+(?P<acc>according\s+to\s+[^,;:“”\"]{1,80}),\s+"
                               r"(?P<second>(?:" + "|".join(sorted(lang.AUXILIARY_VERBS - {"be", "been", "do"})) + r")\s+[^,;:“”\"]*)$")

#: "<A> - the UN says <B>": a spaced dash before a source's clause (attr50's Left, attr51): A is the outlet's; the word
#: before the dash is lower case or a number (not "Secretary - General <Name> said", "<Firm> - <Firm2>")
_DASH_SOURCE = re.compile(r"(?P<head>[A-Z][^;:“”\"()]*?\s[a-z0-9][\w%'’.-]*)\s+[-–—]\s+(?P<second>(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                          r"(?:" + lang.DASH_SOURCE_CUES_RE + r")\s+(?:that\s+)?\S[^“”\"]*)$")


def split(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """(start, end, claim text, speaker) of each claim of the part text[start:end], or None."""
    part = text[start:end].rstrip()
    body = part.rstrip(".!?")
    m = _ACCORDING_SECOND.match(body)
    subj = _subject(m.group("head")) if m is not None else None
    if m is not None and subj is not None and len(m.group("second").split()) >= 3 and len(m.group("head").split()) - len(subj.split()) >= 2:
        return [(start, start + m.end("head"), as_sentence(part[:m.end("head")]), None),  # ("X has missed two games and, according
                (start + m.start("acc"), end, as_sentence(_uncounted(subj) + " " + part[m.start("second"):]), None)]  # to Y, is ...")
    m = _DASH_SOURCE.match(body)
    if m is not None and len(m.group("head").split()) >= 4 and len(m.group("second").split()) >= 5 and " - " not in m.group("head"):
        return [(start, start + m.end("head"), as_sentence(part[:m.end("head")]), None),  # "<A> - the UN says <B>"
                (start + m.start("second"), end, as_sentence(part[m.start("second"):]), None)]
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
    if m is None:
        return _hedged_second(text, start, end, analysis)
    subj = _subject(m.group("head")) if m is not None else None
    if m is None or subj is None or len(m.group("neg").split()) < 4 or len(m.group("head").split()) - len(subj.split()) < 2:
        return None
    verb = re.sub(lang.NEGATED_AUXILIARY_RE, "", m.group("neg"), count=1).split()[0].lower()
    if verb in lang.FUNCTION_WORDS or verb in lang.CLAUSE_COORDINATORS:
        return None  # "Others could have sold but didn't and are worrying": an elided verb (PolNeAR half A)
    if re.search(r"\b(?:" + lang.NEGATION_CUES_RE + r")\b|n['’]t\b", m.group("head"), re.I):
        return None  # both predicates negated ("have gone three months without a contract and have never ..."): one claim
    if analysis is not None and any(r.cue_span and start <= r.cue_span[0] < end for r in getattr(analysis, "relations", ())):
        return None  # inside or around a source's statement: the attribution's scope decides
    return [(start, start + m.end("head"), as_sentence(part[:m.end("head")]), None),
            (start + m.start("neg"), end, as_sentence(subj + " " + part[m.start("neg"):]), None)]


def _hedged_second(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """"<Subject> <did A> and could <B>": the act as the outlet tells it, and the subject's hedged or
    future predicate as a claim of its own (its modal decides its certainty, not the act's)."""
    part = text[start:end].rstrip()
    m = _HEDGED_SECOND.match(part.rstrip(".!?"))
    subj = _subject(m.group("head")) if m is not None else None
    if subj is None or len(m.group("hedge").split()) < 3 or len(m.group("head").split()) - len(subj.split()) < 2:
        return None
    head = [w.lower() for w in m.group("head").split()]
    if any(w in lang.MODALS or w in lang.EPISTEMIC_HEDGES or w in lang.FUTURE_VERBS for w in head) \
            or re.search(r"\b(?:" + lang.NEGATION_CUES_RE + r")\b|n['’]t\b", m.group("head"), re.I):
        return None  # "X may sell A and could buy B", "X did not pay and could lose B": one hedge or negation over both
    if analysis is not None and any(r.cue_span and start <= r.cue_span[0] < end for r in getattr(analysis, "relations", ())):
        return None  # inside or around a source's statement: the attribution's scope decides
    return [(start, start + m.end("head"), as_sentence(part[:m.end("head")]), None),
            (start + m.start("hedge"), end, as_sentence(_uncounted(subj) + " " + part[m.start("hedge"):]), None)]


def _subject(head: str) -> str | None:
    """The subject of `head` when a finite verb follows it right away: the shortest subject shape
    whose next word is an auxiliary, a past or a present in -s ("Dunmore has", "The company has",
    "Pellam Foods raised")."""
    ws = head.split()
    for present in (False, True):  # an auxiliary or a past first: "Natural gas is" before "Natural" + "gas" (shapes36)
        for k in range(1, min(6, len(ws))):
            subj = " ".join(ws[:k])
            nxt = ws[k + 1].lower() if k + 1 < len(ws) else ""
            if _SUBJECT.fullmatch(subj) and _first_verb(subj, ws[k]) and (
                    not ws[k].endswith("s") or ws[k] in lang.AUXILIARY_VERBS or present and nxt not in lang.AUXILIARY_VERBS | lang.BE_FORMS):
                return subj  # (an "-s" word before "is" is a noun: "Natural gas is")
    return None


def _uncounted(subj: str) -> str:
    """"Three more men" -> "The men": a subject's count left to the first claim, whose evidence holds it (the second's
    evidence starts after it; "Ana Kell" as it is)."""
    ws = subj.split()
    lead = k = 1 if ws[0] == "The" and len(ws) > 2 else 0  # "The two clerks" -> "The clerks" (shapes36)
    while k < len(ws) - 1 and (re.fullmatch(r"[\d,.]+", ws[k]) or ws[k].lower() in lang.NUMBER_UNITS or ws[k].lower() in ("more", "other", "further")):
        k += 1
    return subj if k == lead else "The " + " ".join(ws[k:])
