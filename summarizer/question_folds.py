"""A bare answer to a "When ...?" or "How long ...?" question told with its question (issue 15; digest58).

An explainer's heading or an interviewer's turn asks "When will the Skyline reopen?", "When was the line last
inspected?" or "How long will the inquiry take?"; the answer below it gives the time alone: "Not before the
inspectorate has finished its work.", "In April, fully, by our own engineers ...", "About three months, the
council's head of planning, <Name>, told the Weekly.". The answer alone is no standalone claim (three months of
what?), and the digest, which reads claims only, cannot set it against another outlet's "the inquiry would report
within six weeks". Here the answer is told with its question: "The inquiry will take about three months, the
council's head of planning, <Name>, told the Weekly.", "The Skyline will not reopen before the inspectorate has
finished its work.", "The line was last inspected in April, fully, by our own engineers ...". The words come from the
question and the answer (the question is the sentence the support check reads before the evidence).

Read only when:

* the question is "When <auxiliary> <subject> <rest>?" or "How long <auxiliary> <subject> <rest>?", its subject a
  name (capitalised words), a noun phrase after "the", "its", "their", "this" or "that", or "you" (a turn: told
  "we"); no other pronoun ("When was it stopped?": "it" of what?);
* for "When", the answer opens on a time phrase (lang.WHEN_ANSWER_OPENER_RE, a month or a weekday) and runs to its
  first comma or full stop, and what follows a comma is no clause of its own: nothing, "according to ...", a
  relative or time clause ("when ...", "which ..."), a reporting clause ("the company says"), or words with no
  subject of their own ("fully, by our own engineers ..."); "On Thursday, a neighbour phoned." is left;
* for "How long", the answer opens on a count of days, weeks, months or years (an approximator or bound before it
  allowed: "About three months", "At least six weeks") followed by a comma, a full stop or a preposition;
* the question's verb is found: after a form of "be" or "have", the first participle (an adverb such as "last"
  before it goes with it); after "will", "would", "can", "could" or "do", the first word followed by a determiner,
  a preposition or the question's end.
"""

from __future__ import annotations

import re
from typing import Callable

from . import lang

__all__ = ["fold_answer", "asked_whether"]

_AUX = lang.QUESTION_AUXILIARIES_RE
_QUESTION = re.compile(r"(?P<wh>When|How\s+long)\s+(?P<aux>" + _AUX + r")\s+(?P<words>[^?]+?)\s*\?$")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_NP_OPENERS = lang.QUESTION_SUBJECT_OPENERS
_BE_HAVE = frozenset(lang.BE_FORMS) | frozenset(lang.PERFECT_AUXILIARIES)
_NAMED_DAY = re.compile(r"(?:" + "|".join(sorted({m.capitalize() for m in lang.MONTHS} | {d.capitalize() for d in lang.WEEKDAYS}, key=len, reverse=True)) + r")\b")
_OPENER = re.compile(r"(?=[A-Z])(?:" + lang.WHEN_ANSWER_OPENER_RE + r")", re.I)
_UNITS = "|".join(sorted(lang.DURATION_UNIT_DAYS, key=len, reverse=True))
_NUMBER = r"(?:\d+(?:\.\d+)?|a|an|" + "|".join(sorted(list(lang.NUMBER_UNITS) + list(lang.NUMBER_TENS), key=len, reverse=True)) + r")"
_DURATION = re.compile(r"(?:(?:" + lang.APPROXIMATORS_RE + "|" + lang.DURATION_LOWER_BOUNDS_RE + "|" + lang.DURATION_UPPER_BOUNDS_RE
                       + r"|a\s+further|another)\s+)?" + _NUMBER + r"(?:\s+or\s+" + _NUMBER + r")?\s+(?:" + _UNITS + r")\b", re.I)
_CLAUSE_SUBJECTS = frozenset(lang.SUBJECT_PRONOUNS) | lang.DETERMINERS


def _participle(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") or low in lang.IRREGULAR_FORMS  # ("reopen", "happen": no participles)


def _split(aux: str, words: list[str]) -> int | None:
    """Where the question's verb phrase starts among `words` (after its subject), or None (module doc)."""
    if aux in _BE_HAVE:
        for k in range(1, len(words)):
            if _participle(words[k]):
                while k > 1 and words[k - 1].lower() in lang.PARTICIPLE_ADVERBS:
                    k -= 1
                return k
        return len(words) if aux in lang.BE_FORMS else None  # "When was the last frost like this?": a copula
    for k in range(1, len(words)):
        nxt = words[k + 1].lower() if k + 1 < len(words) else None
        if words[k].endswith(("'s", "’s")):
            continue
        if words[k].lower() in lang.BE_FORMS:
            return k  # "How long will the road be shut?"
        if nxt is None or nxt in lang.DETERMINERS or nxt in lang.PREPOSITIONS or nxt in lang.VERB_PARTICLES \
                or _participle(nxt) and k + 2 == len(words):
            return k  # ("stay closed": a participle closing the question)
    return None


def _third(verb: str) -> str:
    """The present third person of a verb ("reopen" -> "reopens", "finish" -> "finishes", "carry" -> "carries")."""
    if verb in ("be", "have"):
        return "is" if verb == "be" else "has"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"


def _subject(words: list[str]) -> bool:
    """The question's subject is a name, "you", or a noun phrase after a determiner of its own (module doc)."""
    first = words[0]
    if first.lower() in _NP_OPENERS:
        return len(words) > 1 and all(not w.lower() in lang.SUBJECT_PRONOUNS for w in words[1:])
    if first == "you":
        return len(words) == 1
    return all(w[:1].isupper() for w in words)


def _plain_tail(tail: str) -> bool:
    """What follows the answer's time phrase is no clause with a subject of its own (module doc)."""
    after = tail.lstrip(",").strip()
    if not after or tail.startswith("."):
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", after)]
    if words[0] in lang.ANSWER_TAIL_OPENERS:
        return True
    if any(w in lang.SPEECH_VERBS for w in words[:8]):
        return True  # "the company says", "<Name> told the Weekly"
    return words[0] not in _CLAUSE_SUBJECTS and not after[:1].isupper()


def fold_answer(question: str, answer: str, past: Callable[[str], str]) -> str | None:
    """The bare answer told with its "When ...?" or "How long ...?" question, or None (module doc). `past` tells
    "did <verb>" as the past (heading_answers._past)."""
    q = _QUESTION.match(question.strip())
    answer = answer.strip()
    if q is None or not answer:
        return None
    aux, words = q.group("aux"), q.group("words").split()
    k = _split(aux, words)
    if k is None or not _subject(words[:k]):
        return None
    subj, verb = words[:k], words[k:]
    if q.group("wh") == "When":
        if _OPENER.match(answer) is None and _NAMED_DAY.match(answer) is None:
            return None
        cut = re.search(r"[,.;:](?:\s|$)", answer)
        if cut is None or not _plain_tail(answer[cut.start():]):
            return None
        phrase = answer
    else:
        m = _DURATION.match(answer)
        if m is None:
            return None
        tail = answer[m.end():]
        nxt = _WORD.match(tail.lstrip())
        if not (tail.startswith((",", ".")) or nxt is not None and tail[:1] == " " and nxt.group(0) in lang.PREPOSITIONS):
            return None
        last = verb[-1].lower() if verb else ""
        phrase = answer if last in lang.DURATION_OBJECT_VERBS or verb and verb[-1].lower() == "for" else "for " + answer[:1].lower() + answer[1:]
    negated = re.match(lang.NEGATED_TIME_OPENER_RE, phrase)
    if negated:
        phrase = phrase[negated.end():]
    if _NAMED_DAY.match(phrase) is None:
        phrase = phrase[:1].lower() + phrase[1:]
    head = ["we"] if subj == ["you"] else subj
    if aux in {"did", "do", "does"} and verb:
        told = past(verb[0]) if aux == "did" else _third(verb[0]) if aux == "does" else verb[0]  # "When does the zoo reopen?": "reopens"
        if negated:
            told = ("did not " if aux == "did" else aux + " not ") + verb[0]
        verbs = [told] + verb[1:]
    else:
        verbs = [aux] + (["not"] if negated else []) + verb
    sentence = " ".join(head + verbs + [phrase])
    return sentence[:1].upper() + sentence[1:]


# -- an asked-whether question answered in the same sentence (digest59) ------------------------------------------
# A law report or a hearing story tells a question and its answer in one sentence: "Asked by the judge whether a
# contract had been signed, he said: "Not yet, my lady."", "Asked whether the mill would close, she said: "No."". The
# quoted "Not yet" or "No" is no claim of its own; told with its question it is: "A contract had not yet been signed,
# he said.", "The mill would not close, she said." ("Yes" tells the clause as it is.) Read only when the sentence
# opens "Asked (by <someone>) whether <clause>, <speaker> <said | replied | answered>" and the quotation opens on the
# reply word; the clause must hold an auxiliary or a modal after its subject (the "not" goes after it: "had not yet
# been signed"); no auxiliary ("whether the club paid the tax"), no fold. Near misses: "Asked about the contract, he
# said: "Not yet."" (no whether-clause), "Asked whether it was over, he said: "We will see."" (no reply word).
_ASKED = re.compile(r"Asked(?:\s+by\s+[^,]{1,60}?)?\s+whether\s+(?P<clause>[^,;:\"“”]{3,160}?),\s+(?P<who>(?:" + "|".join(sorted(set(lang.OF_DETERMINERS) - {"a", "an"})) + r")\s+[a-z][\w'’-]*|[A-Za-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                    r"(?P<verb>" + lang.ASKED_REPLY_VERBS_RE + r"):?\s+[\"“](?P<yn>" + lang.ASKED_REPLY_WORDS_RE + r")\b")
_CLAUSE_AUX = frozenset(re.split(r"\|", lang.QUESTION_AUXILIARIES_RE)) - {"did", "does", "do"}


def asked_whether(sentence: str) -> str | None:
    """The reply of an "Asked whether <clause>, <speaker> said: "No ..."" sentence told with its clause, or None
    (comment above)."""
    m = _ASKED.match(sentence.strip())
    if m is None:
        return None
    words = m.group("clause").split()
    k = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _CLAUSE_AUX), None)
    if k is None or words[0].lower() in lang.SUBJECT_PRONOUNS and words[0].lower() != "it":
        return None
    yn = " ".join(m.group("yn").lower().split())
    told = words if yn == "yes" else words[:k + 1] + (["not", "yet"] if yn == "not yet" else ["not"]) + words[k + 1:]
    text = " ".join(told)
    return f"{text[:1].upper()}{text[1:]}, {m.group('who')} {m.group('verb')}."
