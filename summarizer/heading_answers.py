"""A count given as the answer to a question heading, told as a sentence (issue 15; conflict54).

Explainers ask a question on a line of its own and answer it below; a count's answer leaves the counted
thing in the question: "How many containers went into the water?" / "Nine, according to the port
authority."; "How many fish died?" / "About 600, according to the agency's count.". The answer alone is no
standalone claim ("Nine" of what?), and the digest, which reads claims only, cannot compare it with another
outlet's "The coast guard said 14 containers fell into the harbour.". Here such an answer's claim text is the
question's words put after the count: "Nine containers went into the water, according to the port
authority." (every word of it is in the answer or the question, the sentence the support check reads before
the evidence); the evidence stays the answer.

Read only when:

* the line right before the answer's paragraph is a question of its own, "How many <words>?", asked of its
  subject (not "How many grades did the board change?": a form of "do", or an auxiliary followed by a
  determiner, a pronoun or a capitalised word, inverts it; "How many people were hurt?" is asked of its
  subject);
* the answer opens its paragraph with the count, at most an approximator or a bound before it
  (lang.APPROXIMATORS_RE: "About 600"; conflict56: lang.COUNT_CEILINGS_RE / COUNT_FLOORS_RE, "No more than 90"), and the count is followed by a comma, a full stop or a preposition ("Thirty-one on <drug>
  and 18 on the placebo, the company says.") -- not by a noun of its own ("Nine containers, ...": the
  answer names what it counts) or a verb ("Nine were found": a sentence already).

conflict55 added an answer whose subject is a pronoun for the question's thing: "What happened to the shares?" /
"They closed down 44 percent on Monday." is told "The shares closed down 44 percent on Monday." (the question's
noun phrase for the pronoun): the question is "What happened to <determiner> <words>?" on the line right before,
the answer opens its paragraph with "They" (the phrase's last word a plural in -s) or "It" (not in -s) and a verb
after it (after "It" no copula or auxiliary: "It is too early to say" reads the pronoun as a dummy subject). A name's question ("What happened to <Name>?"), another pronoun or an answer not opening with one
is left.
"""

from __future__ import annotations

import re

from . import lang

__all__ = ["heading_answer", "pronoun_answer"]

_COUNT = re.compile(r"(?:(?:" + lang.COUNT_CEILINGS_RE + "|" + lang.COUNT_FLOORS_RE + "|" + lang.APPROXIMATORS_RE + r")\s+)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:"
                    + "|".join(sorted(list(lang.NUMBER_UNITS) + list(lang.NUMBER_TENS), key=len, reverse=True))
                    + r")(?:-(?:" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r"))?)(?![\w-])", re.I)
_QUESTION = re.compile(r"How\s+many\s+(?P<rest>[a-z][^?\n]*?)\s*\?\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DO = frozenset({"do", "does", "did"})
_INVERTERS = lang.DETERMINERS | frozenset(lang.SUBJECT_PRONOUNS)


def _subject_question(rest: str) -> bool:
    """The question's words after "How many" ask of its subject: no form of "do", and no auxiliary or modal
    followed by a determiner, a pronoun or a capitalised word ("will the board", "has <Company>")."""
    words = _WORD.findall(rest)
    for k, w in enumerate(words):
        low = w.lower()
        if low in _DO:
            return False
        if (low in lang.AUXILIARY_VERBS or low in lang.MODALS) and k + 1 < len(words) \
                and (words[k + 1].lower() in _INVERTERS or words[k + 1][0].isupper()):
            return False
    return True


def _question_before(text: str, start: int) -> str | None:
    """The words after "How many" of the question on the line right before the paragraph that opens at
    `start` (blank lines between allowed), or None."""
    head = text[:start]
    if head.rstrip(" \t") and not head.rstrip(" \t").endswith("\n"):
        return None  # the answer does not open its line
    lines = head.rstrip().rsplit("\n", 1)
    m = _QUESTION.match(lines[-1].strip()) if lines and lines[-1].strip() else None
    return m.group("rest") if m and _subject_question(m.group("rest")) else None


_HAPPENED = re.compile(r"What\s+happened\s+to\s+(?P<np>(?:the|its|their)\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3})\s*\?\s*$")
_PRONOUN = re.compile(r"(?P<p>They|It)\s+(?P<verb>[a-z]+)\b")


def _thing_asked(text: str, start: int) -> str | None:
    """The noun phrase of the "What happened to <the ...>?" line right before the paragraph at `start`, or None."""
    head = text[:start]
    if head.rstrip(" \t") and not head.rstrip(" \t").endswith("\n"):
        return None
    lines = head.rstrip().rsplit("\n", 1)
    m = _HAPPENED.match(lines[-1].strip()) if lines and lines[-1].strip() else None
    return m.group("np") if m else None


def pronoun_answer(text: str, start: int, end: int) -> str | None:
    """The answer sentence text[start:end] told with the question's noun phrase for its opening pronoun ("The shares
    closed down 44 percent on Monday."), or None (module doc)."""
    sentence = text[start:end].strip()
    np = _thing_asked(text, start) if sentence else None
    m = _PRONOUN.match(sentence) if np else None
    if m is None or m.group("p") == "It" and (m.group("verb") in lang.BE_FORMS or m.group("verb") in lang.AUXILIARY_VERBS):
        return None
    if (m.group("p") == "They") != np.endswith("s"):
        return None
    return np[:1].upper() + np[1:] + sentence[len(m.group("p")):]


def heading_answer(text: str, start: int, end: int) -> str | None:
    """The answer sentence text[start:end] told with its question's words after the count ("Nine containers
    went into the water, according to the port authority."), or with the question's thing for its pronoun
    (`pronoun_answer`), or None (module doc)."""
    sentence = text[start:end].strip()
    told = pronoun_answer(text, start, end)
    if told:
        return told
    rest = _question_before(text, start) if sentence else None
    if rest is None:
        return None
    m = _COUNT.match(sentence)
    if m is None:
        return None
    tail = sentence[m.end():]
    nxt = _WORD.match(tail.lstrip())
    if not (tail.startswith((",", ".")) or nxt is not None and tail[:1] == " " and nxt.group(0) in lang.PREPOSITIONS):
        return None
    return f"{sentence[:m.end()]} {rest}{tail}"
