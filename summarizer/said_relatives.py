"""A relative clause with its own source inside the outlet's sentence (read37 left it): "Police arrested a local man,
Carl Roe, who they say set fire to the depot." The outlet tells the arrest; that Carl Roe set the fire is the
police's. The relative's content is made a claim of its own ("Carl Roe set fire to the depot."), given to the
relative's source: a noun phrase ("who police say", "who the prosecutors allege", "who Jane Doe says") or "they",
which stands for the sentence's own subject when that is a group or an organisation named at its start ("Police",
"Border officers", "The agency"). A "they" with no such subject is left (no claim: the speaker is unknown).
"who allegedly ..." is drafts.descriptions' (an unnamed hearsay, `unconfirmed`).
"""

from __future__ import annotations

import re

from . import lang
from .drafts import as_sentence

#: "<Name>, who <source> <cue> <verb> ..." to the next comma, semicolon, quotation mark or the end
_SAID_RELATIVE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+who\s+"
                            r"(?P<src>they|(?:the\s+)?[a-z]+|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+"
                            r"(?P<cue>" + lang.RELATIVE_SOURCE_CUES_RE + r")\s+(?P<rest>(?P<verb>[a-z]+)\s[^,;:“”\"()]*[^,;:“”\"()\s.!?])")
#: "<Name>, which said it had ..." to the next comma, semicolon, quotation mark or the end: the relative's subject, the
#: name, says the rest; its pronoun is the name again ("a supplier, Fenmore Fresh, which said it had stopped ..."; genre46)
_SAYING_RELATIVE = re.compile(r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}),\s+(?P<rel>which|who)\s+(?:also\s+)?"
                              r"(?P<cue>said|says)\s+(?:that\s+)?(?P<pro>it|he|she|they)\s+(?P<rest>(?P<verb>[a-z]+)\s[^,;:“”\"()]*[^,;:“”\"()\s.!?])")
#: "<Name>[, <a|an|the description>,] who [has|had] told <addressee> that <clause>" / "... who [has|had] said that <clause>":
#: the named person says the clause ("He is friendly with <Name>, a former senator, who has told aides that <X> would
#: win the vote": the outlet tells the friendship, <Name> the forecast; the lead, session 48, a BASIL story).
_TOLD_RELATIVE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+(?:a|an|the)\s+[^,;:“”\"()]{1,60})?,\s+who\s+"
                            r"(?P<cue>(?:(?:has|had)\s+)?(?:said\s+|told\s+(?:[\w'’.-]+\s+){1,3}?))that\s+"
                            r"(?P<rest>[^,;:“”\"()]*[^,;:“”\"()\s.!?])")
#: The sentence's own subject when it is a group or a body ("Police arrested ...", "Border officers detained ..."):
#: one to three words before a past verb.
_GROUP_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+|The\s+[a-z]+)(?:\s+[a-z]+){0,3}")

#: ", a <noun> <source> said <verb> ..." (a contact relative on an appositive noun after the outlet's clause): "The county
#: has been selling its old buildings, a process Tom Reed said needs to continue ..." (attr54's strict xfail; attr56).
_APPOSED_CONTACT = re.compile(r",\s+(?:a|an)\s+(?P<noun>[a-z]{3,})\s+(?P<src>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|the\s+[a-z]+)\s+"
                              r"(?P<cue>" + lang.RELATIVE_SOURCE_CUES_RE + r")\s+(?P<rest>(?P<verb>[a-z]+)\s[^,;:“”\"()]*[^,;:“”\"()\s.!?])")
#: "<owner>, whose <spokesman> said [on <day>] that <clause>": the owner's spokesperson speaks (read12b's strict xfail).
_WHOSE_SPEAKER = re.compile(r"(?P<owner>the\s+[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+whose\s+(?P<noun>[a-z]+)\s+"
                            r"(?P<cue>said|says)\s+(?:(?:on|last|this)\s+[A-Za-z]+\s+)?that\s+(?P<rest>[^,;:“”\"()]*[^,;:“”\"()\s.!?])")


def _finite(verb: str) -> bool:
    """A finite verb opening a relative's predicate ("needs", "must", "was", "failed")."""
    return lang.is_past_form(verb) or lang.is_past_form(verb, irregular=lang.IRREGULAR_FORMS) or verb in lang.AUXILIARIES \
        or verb in lang.MODALS or verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3


def _apposed_and_whose(sent: str, start: int) -> list[tuple[int, int, str, str, str | None]]:
    """The claims of ", a process <Name> said needs ..." and "<owner>, whose spokesman said that ..." (see the patterns)."""
    out = []
    for m in _APPOSED_CONTACT.finditer(sent):
        src = m.group("src")
        if not _finite(m.group("verb")) or src.split()[0].lower() in lang.FUNCTION_WORDS - {"the"} \
                or src[:1].islower() and not _group(src.split()[-1]) or m.group("noun") in lang.PERSON_NOUNS:
            continue  # "a man police said was ...": a person's description, read by the rules; "a plan some say": no source
        out.append((start + m.start("noun") - 2, start + m.end("rest"), as_sentence(f"The {m.group('noun')} {m.group('rest')}"), src, None))
    for m in _WHOSE_SPEAKER.finditer(sent):
        if m.group("noun") in lang.PERSON_NOUNS and not m.group("owner").lower().startswith(("he ", "she ")):
            out.append((start + m.start("owner"), start + m.end("rest"), as_sentence(m.group("rest")), f"{m.group('owner')}'s {m.group('noun')}", None))
    return out


def _group_subject(sent: str) -> tuple[str, int] | None:
    """The subject and where its verb ends, when a past verb follows one to three words at the sentence's start."""
    m = _GROUP_SUBJECT.match(sent)
    ws = m.group(0).split() if m else []
    first = 2 if ws[:1] == ["The"] else 1
    for k in range(first, len(ws)):
        if lang.is_past_form(ws[k]):
            return " ".join(ws[:k]), m.start() + len(" ".join(ws[:k + 1])) + (len(m.group(0)) - len(m.group(0).lstrip()))
    return None


def said_relatives(text: str, start: int, end: int, analysis=None) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, claim text, speaker, certainty or None) of each such relative in the sentence text[start:end], when the sentence is
    the outlet's (a source's sentence holds the relative in its own statement)."""
    sent = text[start:end]
    out = []
    if analysis is not None and analysis.relation_for(start, end) is not None:
        return out
    for m in _SAID_RELATIVE.finditer(sent):
        if re.search(r"\b(?:" + "|".join(sorted(lang.PLACE_PREPOSITIONS)) + r")\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s*$", sent[:m.start()]):
            continue  # "a baker in Tolva, Norland, who ...": a town's region, not the person the clause is about
        verb = m.group("verb")
        if not (lang.is_past_form(verb) or lang.is_past_form(verb, irregular=lang.IRREGULAR_FORMS)  # "stole", "hid" (shapes36)
                or verb in lang.AUXILIARIES or verb in lang.MODALS):
            continue  # "who police say is ..." reads on; "who they say they ...": a clause of its own, not a predicate
        src = m.group("src")
        if src == "they":
            g = _group_subject(sent)
            if g is None or g[1] >= m.start() or not _group(g[0].split()[-1].lower()):
                continue
            src = g[0]
        elif src.lower() in lang.FUNCTION_WORDS or src[:1].islower() and not _group(src.split()[-1]):
            continue  # "who some say", "who many believe": no source to name
        how = "claimed" if m.group("cue").startswith(("alleg", "claim")) else None  # a contesting cue (GUIDELINES §6 rule 3)
        out.append((start + m.start("name"), start + m.end("rest"), as_sentence(f"{m.group('name')} {m.group('rest')}"), src, how))
    for m in _SAYING_RELATIVE.finditer(sent):
        verb = m.group("verb")
        if (m.group("rel") == "which") != (m.group("pro") in ("it", "they")) or not (
                lang.is_past_form(verb) or lang.is_past_form(verb, irregular=lang.IRREGULAR_FORMS) or verb in lang.AUXILIARIES):
            continue  # "which" is a body's or a thing's ("it"), "who" a person's; a present verb after the pronoun is no report of a past act
        out.append((start + m.start("name"), start + m.end("rest"), as_sentence(f"{m.group('name')} {m.group('rest')}"),
                    m.group("name"), "speculative" if verb in lang.MODALS else None))  # ("which said it would ...": a plan)
    for m in _TOLD_RELATIVE.finditer(sent):
        if len(m.group("rest").split()) < 4 or m.group("name").split()[0].lower() in lang.FUNCTION_WORDS \
                or _SAYING_RELATIVE.match(sent, m.start("name")):
            continue  # too short to stand alone; "The ..., who": no name; "who said he ...": _SAYING_RELATIVE's
        out.append((start + m.start("name"), start + m.end("rest"),
                    as_sentence(f"{m.group('name')} {m.group('cue').strip()} that {m.group('rest')}"), m.group("name"),
                    "speculative" if any(w in lang.MODALS for w in m.group("rest").lower().split()) else None))  # (the span reads the
        # relative's modal as the relative's own: the claim's certainty is given here, as for "which said it would ...")
    return out + _apposed_and_whose(sent, start)


def _group(head: str) -> bool:
    """A noun that names who speaks for a group or a body ("police", "officers", "prosecutors", "agency")."""
    return head in lang.IRREGULAR_PLURAL_PEOPLE or head in lang.ORG_HEADS or head in lang.PERSON_NOUNS or head[:-1] in lang.PERSON_NOUNS
