"""A belief whose content is a short clause ("The mayor believes it will fail.", "..., although few experts believe
that is likely."): the sentence is the holder's statement even though the frame is as long as the content.

GUIDELINES §13: intentions, beliefs and forecasts are attributed to whoever holds them. relations._framed counted a
short content's sentence as its speaker's only for verbs of saying (lead45's Left: "Few experts believe that is likely."
stayed the outlet's; attr55). The holder must be a name, a person or body noun phrase, or a third-person pronoun: the
writer's own "I think ..." is cues.writer_belief's."""

from __future__ import annotations

import re

from .. import lang

#: A third person who holds a belief ("he", "she", "they"); "I"/"we"/"you" are the writer's or the reader's.
_HOLDER_PRONOUNS = (lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS) - {"we"}


def belief_cue(cue: str) -> bool:
    """A verb of believing, thinking or fearing, any tense ("believes", "thought", "fear")."""
    cue = cue.lower().strip()
    return cue in lang.GROUP_BELIEF_VERBS or cue.endswith("s") and cue[:-1] in lang.GROUP_BELIEF_VERBS


def demonstrative_clause(content: str) -> bool:
    """The content is a clause whose subject is "that" or "this" pointing back ("that is likely", "this will change"),
    not a determiner before a noun ("that plan works")."""
    ws = re.findall(r"[\w'’-]+", content)[:2]
    return len(ws) == 2 and ws[0].lower() in ("that", "this") and ws[1].lower() in lang.AUXILIARY_VERBS | lang.MODALS | lang.BE_FORMS


def short_belief(cue: str, content: str, head: str, named: bool, speaks: bool, pronoun_clause: bool) -> bool:
    """A belief cue, a clause content (`pronoun_clause`: relations._pronoun_clause; or "that is ..."), and a holder:
    a person or body noun phrase (`speaks`), a name (`named`; not a capitalised determiner opening the sentence: "Few
    plans believe ..."), or a third-person pronoun `head`."""
    if not belief_cue(cue) or not (pronoun_clause or demonstrative_clause(content)):
        return False
    first = head.split()[0].lower() if head.split() else ""
    named = named and first not in lang.DETERMINERS | lang.QUANTIFYING_DETERMINERS | {"few", "fewer"}
    return speaks or named or head.strip().lower() in _HOLDER_PRONOUNS
