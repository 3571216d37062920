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
from .attribution.labels import answer_label_end, turn_label_end
from .question_folds import asked_whether, fold_answer

__all__ = ["answer_start", "heading_answer", "pronoun_answer", "turn_answer"]

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


def _heading_fold(text: str, start: int, sentence: str) -> str | None:
    """A "When ...?" / "How long ...?" heading's bare answer told with it (question_folds; digest58), or None."""
    head = text[:start]
    if head.rstrip(" \t") and not head.rstrip(" \t").endswith("\n"):
        return None  # the answer does not open its line
    lines = head.rstrip().rsplit("\n", 1)
    return fold_answer(lines[-1].strip(), sentence, _past) if lines and lines[-1].strip().endswith("?") else None


def heading_answer(text: str, start: int, end: int) -> str | None:
    """The answer sentence text[start:end] told with its question's words after the count ("Nine containers
    went into the water, according to the port authority."), or with the question's thing for its pronoun
    (`pronoun_answer`), or None (module doc)."""
    sentence = text[start:end].strip()
    told = pronoun_answer(text, start, end) or asked_whether(sentence)
    if told:
        return told
    rest = _question_before(text, start) if sentence else None
    if rest is None:
        return (turn_answer(text, start, end) or _heading_fold(text, start, sentence)) if sentence else None
    m = _COUNT.match(sentence)
    if m is None:
        return None
    tail = sentence[m.end():]
    nxt = _WORD.match(tail.lstrip())
    if not (tail.startswith((",", ".")) or nxt is not None and tail[:1] == " " and nxt.group(0) in lang.PREPOSITIONS):
        return None
    return f"{sentence[:m.end()]} {rest}{tail}"


# -- a transcript's bare answer (digest57) ---------------------------------------------------------------------
# A hearing's, a briefing's or an interview's answer often leaves its question's words out: "CARDE: How many
# complaints have you had?" / "BRISK: About 2,300."; "FERROW: Will you refund tickets?" / "BRISK: No. The rerun
# draw was valid ..."; "REPORTER: How many have been found?" / "HALE: Nineteen so far.". The answer alone is no claim
# (too short, or a "No." of nothing), and the digest, which reads claims only, cannot set it against another side.
# Here the answer's claim is told with its question: "We have had about 2,300 complaints.", "No, we will not refund
# tickets: the rerun draw was valid, ...", "Nineteen have been found so far." The evidence stays the answer (its label
# left out); the question is the sentence right before it, which the support check reads too.
#
# Read only when the answer opens a labelled turn ("HALE: ...", "A: ...") and the turn right before it, another
# speaker's, closes with the question; the question is asked of its subject ("How many <words>?", as a heading's),
# of another subject ("How many <noun> <auxiliary> <pronoun> <verb ...>?": "you" is told "we"), or is a yes/no
# question ("<Auxiliary> <pronoun | name | the noun> <rest>?") answered by a "No" or "Yes" that opens the answer.

#: A count's scale after its number ("1.8 million").
_SCALED = re.compile(r"\s+(?:" + lang.SCALE_NAMES_RE + r")\b", re.I)
#: A yes/no question: an auxiliary or modal, a subject (a pronoun, a name, "the <noun>"), the rest.
_PRONOUN_SUBJECTS = "|".join(sorted(set(lang.SUBJECT_PRONOUNS) - {"i"}))
_YES_NO = re.compile(r"(?P<aux>[A-Z][a-z]+)\s+(?P<subj>" + _PRONOUN_SUBJECTS + r"|(?:the|its|their)\s+[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                     r"\s+(?P<rest>[a-z][^?]*?)\s*\?$")
#: "How many <noun> <auxiliary> <pronoun> <verb ...>?": a count asked of the object.
_OBJECT = re.compile(r"How\s+many\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?P<aux>[a-z]+)\s+(?P<subj>" + _PRONOUN_SUBJECTS + r")\s+(?P<rest>[a-z][^?]*?)\s*\?$")
#: "How many <noun> <auxiliary or "be"> ...?": the noun the answer's bare count stands for when a verb follows the count.
_NOUN_FIRST = re.compile(r"How\s+many\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:"
                         + "|".join(sorted(lang.AUXILIARY_VERBS | lang.MODALS | lang.BE_FORMS)) + r")\b")
_REPLY = re.compile(r"(?P<yn>No|Yes)[.,]\s*(?P<more>.*)$", re.S)
_AUX = lang.AUXILIARY_VERBS | lang.MODALS


def answer_start(text: str, start: int, end: int) -> int:
    """Where the words of the sentence text[start:end] start once a turn's label is left out ("HALE: ..."); `start` if none."""
    at = answer_label_end(text, start, end) or turn_label_end(text, start, end)
    return at if at is not None else start


def _turn_question(text: str, start: int, end: int) -> str | None:
    """The question closing the other speaker's turn right before the labelled turn that opens at `start`, or None."""
    own = answer_start(text, start, end)
    if own == start or start and text[start - 1] != "\n":
        return None
    head = text[:start].rstrip()
    para = head.rfind("\n") + 1
    if not head.endswith("?"):
        return None
    theirs = answer_start(text, para, len(head))
    if theirs == para or text[para:theirs].strip() == text[start:own].strip():
        return None  # no label, or the same speaker asking on
    return re.split(r"(?<=[.!?])[\"”’]?\s+", text[theirs:len(head)].strip())[-1]


def _speaker(subj: str, first: bool) -> str:
    """The question's subject as the answer tells it: "you" is the one answering ("we")."""
    word = "we" if subj == "you" else subj
    return word[:1].upper() + word[1:] if first else word


def _past(verb: str) -> str:
    """"did <verb>" told as the past: a regular verb's past form ("count" -> "counted"); an irregular verb keeps "did"
    ("did sell": the support check reads stems, and "sold" is none of "sell"'s)."""
    if any(b == verb for b in lang.IRREGULAR_FORMS.values()) or not re.fullmatch(r"[a-z]{3,}", verb) or re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        return "did " + verb  # (and "stop": no doubled consonant guessed)
    return verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if re.search(r"[^aeiou]y$", verb) else verb + "ed"


def _count(answer: str) -> tuple[str, str] | None:
    """The count opening the answer (with its bound or approximator and scale) and what follows it, or None when
    the count is followed by a noun or verb of its own (the answer is a sentence already)."""
    m = _COUNT.match(answer)
    if m is None:
        return None
    k = m.end() + (s.end() - s.start() if (s := _SCALED.match(answer, m.end())) else 0)
    tail = answer[k:]
    words = _WORD.findall(tail.split(",")[0])
    if not (tail.startswith((",", ".")) or words and words[0] in lang.PREPOSITIONS
            or tail.rstrip(".").strip() and len(words) <= 2 and re.fullmatch(r"(?:\s+[a-z]+){1,2}\s*\.", tail)
            and not any(w in _AUX or w in lang.BE_FORMS or w.endswith("ed") for w in words)):
        return None  # ("Nineteen so far.": an adverb after the count; "Nine were found": a sentence already)
    return answer[:k], tail


def turn_answer(text: str, start: int, end: int) -> str | None:
    """The labelled answer text[start:end] told with its question (comment above), or None."""
    q = _turn_question(text, start, end)
    if q is None:
        return None
    answer = text[answer_start(text, start, end):end].strip()
    if (m := _QUESTION.match(q)) and _subject_question(m.group("rest")) and (c := _count(answer)):
        return f"{c[0]} {m.group('rest')}{c[1]}"
    if (m := _OBJECT.match(q)) and m.group("aux") in _AUX and (c := _count(answer)):
        verb, _, after = m.group("rest").partition(" ")
        aux = m.group("aux")
        if aux in ("did", "do", "does"):
            verb, aux = _past(verb) if aux == "did" else verb, ""
        head = " ".join(w for w in (_speaker(m.group("subj"), True), aux, verb) if w)
        count = c[0][:1].lower() + c[0][1:] if not c[0][:1].isdigit() else c[0]
        return f"{head} {count} {m.group('noun')}{' ' + after if after else ''}{c[1]}"
    if (m := _NOUN_FIRST.match(q)) and (c := _COUNT.match(answer)) and (v := _WORD.match(answer[c.end():].lstrip())) \
            and answer[c.end():c.end() + 1] == " " and (v.group(0) in _AUX or v.group(0) in lang.BE_FORMS):
        return f"{answer[:c.end()]} {m.group('noun')}{answer[c.end():]}"  # "About 120 have registered with us." -> "About 120 volunteers have ..."
    if (m := _YES_NO.match(q)) and m.group("aux").lower() in _AUX and (r := _REPLY.match(answer)):
        told = f"{_speaker(m.group('subj'), False)} {m.group('aux').lower()}{' not' if r.group('yn') == 'No' else ''} {m.group('rest')}"
        more = r.group("more").strip()
        return f"{r.group('yn')}, {told}" + (f": {more[:1].lower()}{more[1:]}" if more and not more.startswith(("I ", "I'")) else f": {more}" if more else ".")
    return fold_answer(q, answer, _past)  # "When will the Skyline reopen?" / "Not before ..." (digest58)
