"""Words quoted inside a clause after a gerund of uttering ("... raped her while telling her '<words>'", "despite
her shouting: 'No, no.'"; read31): the quotation is what was uttered, and a "no", "not" or "don't" in it negates
nothing of the clause around it. So is a quoted title in title case ('Some of his hits include "There Must be a Better
World Somewhere"'; real50): its "Must" or "Can't" hedges or negates nothing. certainty.py masks such a quotation before
it reads the clause's negation and hedges. Also what a verb of telling yet to happen says ("would tell residents
that ...", `told_inside`; lead44): its negation is the telling's content (clause_shapes.inner_report asks)."""

from __future__ import annotations

import re

from .. import lang

_UTTERED = re.compile(r"\b(?:(?:" + "|".join(sorted(lang.UTTERANCE_GERUNDS)) + r")(?:\s+(?:" + "|".join(sorted(lang.OBJECT_PRONOUNS)) + r"))?"
                      r"|(?:" + "|".join(sorted(lang.TELLING_GERUNDS)) + r")\s+(?:" + "|".join(sorted(lang.OBJECT_PRONOUNS)) + r"))\s*:?\s*"
                      r"['‘“\"](?P<words>.{1,200}?)['’”\"](?=[\s,.;:!?]|$)", re.I)


#: A quotation of two to twelve words, each word of four letters or more capitalised (a song's, book's or show's title).
_TITLE = re.compile(r"(?<=[“\"])(?P<words>[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|[a-z][\w'’]{0,2}|[\d]+)){1,11}),?(?=[”\"])")


#: Two apostrophes as a quotation mark (newswire and treebank text: "''paper shields that you can't use''"): opening
#: before a word, closing after one.
_PTB_OPEN = re.compile(r"(?:(?<=\s)|^)''(?=\w)")
_PTB_CLOSE = re.compile(r"(?<=[\w.,!?])''(?=[\s.,;:!?)]|$)")


def uttered_out(text: str) -> str:
    """The text with the words of each quotation uttered inside a clause (after a gerund of uttering) and of each
    quoted title masked letter for letter, so that offsets into it still hold. Two apostrophes used as a quotation
    mark are read as one, offsets kept (' "' opening, '" ' closing; real59, real58's Left)."""
    text = _PTB_CLOSE.sub('" ', _PTB_OPEN.sub(' "', text))
    text = _TITLE.sub(lambda m: re.sub(r"\w", "x", m.group(0)) if sum(w[:1].isupper() for w in m.group("words").split()) >= 2 else m.group(0), text)
    return _UTTERED.sub(lambda m: m.group(0)[:m.start("words") - m.start()] + re.sub(r"\w", "x", m.group("words"))
                        + m.group(0)[m.end("words") - m.start():], text)


def told_inside(w: list[str], j: int) -> bool:
    """The "that" at w[j] opens what a verb of telling with a short object says, the verb no main verb: "would tell
    residents that", "to assure voters that", "let them know that" (not "told residents that": the sentence's report)."""
    for v in (j - 1, j - 2, j - 3):
        if v < 1 or w[v] not in lang.CUE_VERBS or not all(x.isalpha() and x not in lang.CLAUSE_NEGATORS for x in w[v + 1:j]):
            continue
        causative = v >= 2 and w[v - 2] in lang.CAUSATIVE_VERBS
        return causative if v == j - 1 else w[v - 1] in lang.MODALS or w[v - 1] == "to" or causative
    return False
