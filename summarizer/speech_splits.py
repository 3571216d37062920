"""A coordinated speech act split in two claims (GUIDELINES §3): "X did A and said B", "X said A,
adding that B", "X did A, saying B" (`speech_split`). Split from drafts.py (the 400-line limit)."""

from __future__ import annotations

import re

from . import lang, rules
from .attribution.apposition import descriptions_only
from .attribution.cue_words import added_thing
from .attribution.sentence_checks import hearsay_after_act
from .part_sentences import as_sentence
from .standalone import cannot_stand, finite_subordinate

# -- a coordinated speech act: "X did A and said B", "X said A, adding that B" (GUIDELINES §3:
# different predicates and different speakers or speech acts are separate claims; seed 000 c1/c2,
# 003 c3/c4) ---------------------------------------------------------------------------------------

#: "X <did> A and said B": a name, a past verb and its object (no comma, quotation or colon), "and", a past speech verb
_JOINED_SPEECH = re.compile(r"(?P<src>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|The\s+[a-z]+(?:\s+[a-z]+)?)"
                            r"\s+(?P<act>[a-z](?:[^,;:“”\"]|,(?=\d{3}))*?)\s+and\s+"
                            r"(?P<cue>(?:" + "|".join(sorted(w for w in lang.SPEECH_VERBS | lang.POSITION_CUES
                                                             if lang.is_past_form(w)))
                            + r"|called\s+for)\b)")
#: "But X did A and said B": a leading conjunction before the subject (left44)
_LEADING_CONJUNCTION = re.compile(r"\s*(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+")
#: a noun's "that" clause with a subject and a past verb of its own ("on allegations that he filed ...", "after reports
#: that the firm hid ..."): a verb joined by "and" after it is that clause's
_NOUN_THAT_CLAUSE = re.compile(r"\b[a-z]{3,}s?\s+that\s+(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS)) + r"|the\s+[a-z]+|[A-Z][\w'’-]+)\s+"
                               r"(?:[a-z]+ly\s+)?[a-z]+ed\b")
#: ", adding that ...": a second statement of the speaker of the clause before
_ADDING = re.compile(r",\s+(adding|noting)\s+that\s+(?=\S)")
#: "X did A, saying B": an act and what its subject said while doing it; the participle's past form
#: opens the second claim ("A judge rejected the request, saying it had no merit" -> "A judge
#: rejected the request." + "A judge said it had no merit."; lead12, a PolNeAR court story)
_SAYING = re.compile(r"(?:,\s+|(?<=[a-z0-9])\s+)(?:[a-z]+ly\s+)?(" + "|".join(lang.SAYING_PAST) + r")\s+(?=\S)")  # (no comma: attr15)
#: A time phrase between the participle and its "that" ("warning on Wednesday that ...", "saying late Monday that ...")
_WHEN_THAT = re.compile(r"((?:" + lang.WHEN_THAT_LEADS_RE + r")\b[^,;:“”\"]{0,40}?)\s+that\s+(?=\S)")
#: "X did A, telling Y that B": the same with an addressee of at most four words before "that" (attr14b)
_TELLING = re.compile(r",\s+(?:[a-z]+ly\s+)?(" + "|".join(lang.ADDRESSEE_PAST) + r")\s+((?:[\w'’.-]+\s+){1,4}?)that\s+(?=\S)")
#: An addressee of at most three words, no time phrase among them, before a warning's "that" ("warning residents that"; real59)
_ADDRESSEE_THAT = re.compile(r"((?:(?!that\b|(?:" + lang.WHEN_THAT_LEADS_RE + r")\b)[A-Za-z'’.-]+\s+){1,3}?)that\s+(?=\S)")
#: ... and with no "that" ("vetoed the bill, telling lawmakers the bill would ..."): the addressee ends where the
#: attribution stage's content starts (the lead, session 48, a BASIL override story)
_TELLING_BARE = re.compile(r",\s+(?:[a-z]+ly\s+)?(" + "|".join(lang.ADDRESSEE_PAST) + r")\s+(?=\S)")


def _transitive(act: list[str]) -> bool:
    """The act has an object of its own ("shelled the airport", "recalled 12,000 vans"), not only a
    phrase after it ("apologized to customers and said ...": the manner of the one speech event)."""
    return len(act) > 1 and act[1].lower() not in lang.PHRASE_PREPOSITIONS | {"to"}


def speech_split(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """The part text[start:end] as two claims when it joins an act and a speech act of one subject
    ("Rebels shelled the airport and said they had taken the district" -> "Rebels shelled the
    airport." + "Rebels said they had taken the district.", the second over "said ...") or a
    statement and its addition ("X said A, adding that B" -> "X said A." + "X added that B."):
    (start, end, claim text, speaker) of each, or None. The speaker is the attribution stage's
    (None) unless it found no frame: then the subject's."""
    part = text[start:end]
    for rel in getattr(analysis, "relations", ()):
        if rel.kind != "indirect" or not rel.source_span or not rel.cue_span or rel.source_span[0] != start \
                and not _LEADING_CONJUNCTION.fullmatch(text, start, rel.source_span[0]) \
                or not (start < rel.cue_span[0] < end):
            continue
        src = text[rel.source_span[0]:rel.source_span[1]]
        between = text[rel.source_span[1]:rel.cue_span[0]]
        joint = re.search(r",?\s+(?:and|but)\s+(?:(?:" + lang.JOINT_ADVERBS_RE + r")\s+)?$", between)  # "X declined to comment but said B"
        act = between[:joint.start()] if joint else ""
        desc = re.match(r",\s[^,;:“”\"]{1,120},\s+", act)  # "Jo Kerr, the mayor of Tarne, joined the debate and said B" (the lead, session 25)
        core = act[desc.end():] if desc and descriptions_only(desc.group(0) + " ") else act
        if joint and len(core.split()) >= 3 and _transitive(core.split()) and not cannot_stand(src + act) and src.split()[0].lower() not in lang.PRONOUNS \
                and not _part_of_subject(src, core) \
                and not re.search(r"[,;:“\"]", core) and not finite_subordinate(core.lower().split()):  # ("X came after Y met Z and agreed B": read40)
            first = (start, rel.source_span[1] + joint.start(), as_sentence(src + act),
                     rel.name if core.split()[0] in lang.POSITION_CUES else None)  # "X accused Y of A and asserted B"
            return [first, (rel.cue_span[0], end, as_sentence(src + " " + text[rel.cue_span[0]:end]), None)]
    m = _JOINED_SPEECH.match(part)
    if m is not None and m.group("cue") in lang.ADDING_VERBS and added_thing(re.findall(r"[\w'’-]+|[^\w\s]", part[m.end("cue"):])):
        m = None  # "X opened the scoring and added another late on": an act, no speech (left43)
    if m is not None and (m.group("cue") in lang.CONCEDING_CUES and part[m.end("cue"):].split()[:1] != ["that"]
                          or _NOUN_THAT_CLAUSE.search(m.group("act"))):
        m = None  # "X began investigating Y on allegations that he filed A and accepted B": "accepted B" is the
        # allegation's second verb, no speech of X's (lead38: it was shown as X's claim)
    if m is not None and lang.is_past_form(m.group("act").split()[0]) \
            and len(m.group("act").split()) >= 3 and _transitive(m.group("act").split()) \
            and (rules.names(m.group("src")) or m.group("src").startswith("The ")):
        cue = start + m.start("cue")  # no frame found by the attribution stage ("LONDON (Reuters) – X did A and said B")
        who = re.sub(r"^The\s+", "", m.group("src"))
        known = analysis.relation_for(start, start + m.end("act")) if analysis is not None else None
        if known is not None and who.split()[-1] in known.name.split() and len(known.name) > len(who):
            who = known.name  # "Strada accused A and asserted B": the name the article's other claims give (lead44)
        said = m.group("act").split()[0] in lang.POSITION_CUES  # "X accused Y of A and asserted B"
        return [(start, start + m.end("act"), as_sentence(part[:m.end("act")]), who if said else None),
                (cue, end, as_sentence(m.group("src") + " " + text[cue:end]), who)]
    said = _said_while(text, start, end, analysis) or _hearsay_after_act(text, start, end, analysis)
    if said is not None:
        return said
    m = _ADDING.search(part)
    rel = analysis.relation_for(start, start + m.start()) if m is not None and analysis is not None else None
    if m is None or rel is None or not rel.source_span or not (start <= rel.source_span[0] < start + m.start()) \
            or any(q in part[:m.start()] for q in "“”\"") or len(part[m.end():].split()) < 3:
        return None
    src = text[rel.source_span[0]:rel.source_span[1]]
    return _act_and_statement(start, end, part[:m.start()], start + m.start(1), src,
                              "added" if m.group(1) == "adding" else "noted", part[m.end():])


def _part_of_subject(src: str, act: str) -> bool:
    """The source named is only a part of the act's subject: its owner ("<Name>'s | co-author <Name> and his students
    combed ... and observed B") or its first conjunct ("<Name> | and her students combed ... and noted B"; real52)."""
    return re.search(r"['’]s?$", src.strip()) is not None or re.match(r"['’]s?\s", act.lstrip()) is not None \
        or act.split()[:1] in (["and"], ["or"], ["with"])


def _act_and_statement(start: int, end: int, head: str, cue: int, src: str, verb: str, content: str,
                       speaker: str | None = None):
    """The two claims of a split part: its head as it stands, and "<Src> <verb> that <content>" over
    [cue, end) (speech_split's ", adding that ..." and `_said_while`); `speaker`, the relation's name when the
    span from the cue holds a long addressee ("telling the state's school boards that ...": the content alone
    covers less than half of it, and the attribution stage would find no speaker; the lead, session 48)."""
    return [(start, start + len(head), as_sentence(head), None),
            (cue, end, as_sentence(f"{src[:1].upper() + src[1:]} {verb} that {content}"), speaker)]


def _said_while(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """"X did A, saying B" as "X did A." + "X said B." when the attribution stage made the
    participle a frame of the part's own subject: the act is the outlet's account, what was said is
    the subject's (a negation or hedge in B no longer decides whether A happened)."""
    part = text[start:end]
    m = _SAYING.search(part) or _TELLING.search(part) or _TELLING_BARE.search(part)
    if m is None or analysis is None or any(q in part[:m.start()] for q in "“”\"") or len(part[m.end():].split()) < 3:
        return None
    cue = start + m.start(1)
    rel = next((r for r in getattr(analysis, "relations", ()) if r.cue_span and r.cue_span[0] == cue and r.source_span
                and r.source_span[0] == start and r.kind == "indirect"), None)
    head = part[:m.start()]
    act = text[rel.source_span[1]:start + m.start()].lower().split() if rel is not None else []
    if rel is None or len(head.split()) < 4 or len(act) <= 2 and any(w in lang.SPEECH_VERBS for w in act):
        return None  # "X said, insisting ...", "X said Monday, warning ...": one speech act
    if act and all(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w.endswith("ly") for w in act):
        return None  # "Officials in Oregon are warning residents that ...": a progressive, the one act is the warning (real59)
    src = text[rel.source_span[0]:rel.source_span[1]]
    if src.endswith(("'s", "’s")) or any(w in lang.SUBORDINATORS and not (k + 1 < len(act) and act[k + 1].endswith("ing"))
                                         and not _as_well_as(act, k) for k, w in enumerate(act)):  # ("apologised after losing the vote saying": attr15)
        return None  # "Rice's comments came as X turned down ..., saying": the participle is X's (read13b)
    if re.search(r"\d", src) or any(w in lang.NUMBER_UNITS or w in lang.NUMBER_TENS for w in src.lower().split()):
        return None  # "Two newspapers ...": the count would be in a claim whose evidence lacks it
    if m.re is _TELLING_BARE:
        said = rel.content[0][0] - start if rel.content else -1
        told = part[m.end():said].split() if said > m.end() else []
        if not 1 <= len(told) <= 4 or any(re.fullmatch(lang.TOLD_CLAUSE_OPENERS_RE, w.lower()) for w in told) \
                or told[-1].lower() in lang.PHRASE_PREPOSITIONS | {"to"} or "that" in part[said:].lower().split()[:4]:
            return None  # "telling them to leave" (a directive); "telling the boards of | the state that ...": no addressee
        return _act_and_statement(start, end, head, cue, src, f"{lang.ADDRESSEE_PAST[m.group(1)]} {' '.join(told)}",
                                  part[said:].strip(), rel.name)
    verb = lang.SAYING_PAST[m.group(1)] if m.re is _SAYING else lang.ADDRESSEE_PAST[m.group(1)] + " " + m.group(2).strip()
    when = _WHEN_THAT.match(part, m.end())  # "warning on Wednesday that A" -> "X warned on Wednesday that A" (lead40)
    if when is None and m.re is _SAYING and verb in lang.CONTENT_ADDRESSEE_VERBS:
        when = _ADDRESSEE_THAT.match(part, m.end())  # "warning residents that A" -> "X warned residents that A" (real59)
    return _act_and_statement(start, end, head, cue, src, verb + (" " + when.group(1) if when else ""),
                              part[when.end():] if when else re.sub(r"^that\s+", "", part[m.end():]),
                              rel.name if m.re is _TELLING else None)



def _as_well_as(act: list[str], k: int) -> bool:
    """act[k] is an "as" of "as well as" ("aimed her fire at the council as well as the board"): a coordinator, no
    subordinate clause whose subject the participle could be (the lead, session 47)."""
    return act[k] == "as" and (act[k + 1:k + 3] == ["well", "as"] or act[max(0, k - 2):k] == ["as", "well"])


def _hearsay_after_act(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """"The pair met in 2019 and were reported to have married in 2022" as "The pair met in 2019." (the outlet's) +
    "The pair were reported to have married in 2022." (unnamed sources'), as "X did A and said B" is split, when the
    attribution stage started the hearsay's content at its verb phrase (sentence_checks.hearsay_after_act; left44)."""
    act = hearsay_after_act(text, start, end)
    if act is None or analysis is None or len(text[act[1]:end].split()) < 3 \
            or not any(r.content and r.content[0][0] == act[1] and not r.cue for r in getattr(analysis, "relations", ())):
        return None
    src = text[start:act[2]]
    if re.search(r"\d", src) or any(w in lang.NUMBER_UNITS or w in lang.NUMBER_TENS for w in src.lower().split()):
        return None  # "The two firms ...": the count would be in a claim whose evidence lacks it (as in `_said_while`)
    return [(start, act[0], as_sentence(text[start:act[0]]), None),
            (act[1], end, as_sentence(src + " " + text[act[1]:end]), None)]
