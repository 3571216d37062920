"""The subject of a cue inside a contact relative clause (left16): "helped by a campaign the company
said was its largest": the clause "the company said (the campaign) was its largest" has no "that",
and the left subject reader (subjects.subject_left) took everything back to the comma ("helped by a
campaign the company"). The speaker is the noun phrase right before the cue; the noun before it is
what the clause describes. Only when that noun phrase follows a noun directly (no preposition, verb
or function word between: not "a spokesman for the company", "the head of the agency")."""

from __future__ import annotations

import re

from .. import lang

_DETS = "|".join(sorted(lang.CONTACT_RELATIVE_DETERMINERS))
#: "<det> <noun> <det> <words>" at the end of a subject: the second phrase is the clause's subject
#: or "<det> <noun> <Name>" ("the amount Mr. Dorn has demanded"; the lead, session 25)
_CONTACT = re.compile(r"\b(?:" + _DETS + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w'’-]*)\s+(?P<np>(?:" + _DETS
                      + r")\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+|(?-i:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*))$", re.I)


#: "<figure> <unit> <plural noun>" at the end of a subject: an amount, then the relative's own subject ("The fund
#: raised 40 million euros investors had pledged": the investors pledged; left44's Left, left45)
_CONTACT_AMOUNT = re.compile(r"(?:[$€£]\s?)?\d[\d,.]*\s+(?:(?:" + "|".join(sorted(lang.SCALE_WORDS)) + r")\s+)?[a-z]+\s+(?P<np>[a-z]+s)$")


def contact_subject(text: str, subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """`subj` cut to the subject of a contact relative clause at its end, else `subj`."""
    if subj is None:
        return subj
    if (a := _CONTACT_AMOUNT.search(text, subj[0], subj[1])) is not None and a.start() > subj[0] \
            and a.group("np") not in lang.FUNCTION_WORDS:
        return a.start("np"), subj[1]
    m = _CONTACT.search(text, subj[0], subj[1])
    if m is None or m.group("noun").lower() in lang.FUNCTION_WORDS or m.group("noun").lower() in lang.PERSON_NOUNS \
            or re.fullmatch(r"[a-z]{3,}ing", m.group("noun")) and text[:m.start("noun")].split()[-1:] \
            and text[:m.start("noun")].split()[-1].lower() in lang.PERSON_NOUNS | lang.ORG_HEADS | lang.PREPOSITIONS | {"of"} \
            or any(w.lower() in lang.FUNCTION_WORDS - lang.DETERMINERS for w in m.group("np").split()) \
            or _verb(m.group("np").split()[-1].lower()) or m.group("np")[:1].isupper() and (not m.group("noun").islower() or m.start() == subj[0]):
        return subj  # "The board the shareholders elected said ...": the clause ends in its verb, the board speaks;
        # "A lawyer representing the family said", "with a record of challenging the board said": a participle or a
        # gerund and its object, no relative clause (lead46)
    return m.start("np"), subj[1]


def _verb(w: str) -> bool:
    return lang.is_past_form(w)


#: ", a <noun> <Name> said <verb> ..." right after a clause: the noun is in apposition to that clause ("The board has
#: been clearing drains, a process Mayor Jo Dane said needs to go on"); the cue's content opens with the gap's verb.
_APPOSED_SPEAKER = r"(?:an?|the)\s+(?:[a-z-]+\s+)?[a-z][a-z-]+\s+(?:the\s+[a-z]+|(?-i:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*))"
_APPOSED_CONTACT = re.compile(r",\s+" + _APPOSED_SPEAKER + r"\s*$")
#: Regex: that noun and speaker ahead of a comma, then the cue (certainty.py cuts the main clause there).
APPOSED_CONTACT_AHEAD_RE = _APPOSED_SPEAKER + r"\s+(?:" + lang.APPOSED_CONTACT_CUES_RE + r")\s+(?:" + "|".join(sorted(lang.AUXILIARIES)) + r"|[a-z]+s\s+to)\b"
_GAP_VERB = re.compile(r"\s*(?:(?:" + "|".join(sorted(lang.AUXILIARIES)) + r")\b|[a-z]+s\s+to\b)")


def apposed_contact(text: str, r, start: int) -> bool:
    """`r`'s speaker speaks only inside a contact relative clause set off after the sentence's main clause (shapes35;
    read38 left it): "The council has been repaving streets, a job Tom Reyes said must go on if shops are to survive."
    is the outlet's sentence. Not "Later, a tearful Ann Price said the bridge ...": the content has its own subject."""
    if not (r.cue and r.source_span and r.kind == "indirect") or r.source_span[0] <= start + 2:
        return False
    lo = text.rfind(",", start, r.source_span[0])
    return lo > start and bool(_APPOSED_CONTACT.match(text[lo:r.source_span[1]])) and bool(_GAP_VERB.match(text, r.start)) \
        and len(text[start:lo].split()) >= 4
