"""Cross-article alignment: a quoted "yes" or "no" asserts what its question asked (issue 15,
digest20).

"When asked ... if Okafor was the leading candidate, Mayor Lund replied, "Yes."" and "Mayor Lund
offered a firm "yes" when asked whether Ms. Okafor was among the finalists" (invented) share the
speaker, the person asked about, the place and the reply, and read as one proposition; but each
says what its question asked: the leading candidate, one of the finalists. Two replies whose
questions share no content word but names are two propositions, never an agreement (classify).

`reply_question(text)` is the question a claim's quoted one-word reply answers (or None);
`answers_apart(f1, f2)` is true when both claims are such replies and their questions share no
content word besides names. `answers_clash(f1, f2)` (conf32): two such replies, the same word, to
questions about the same name, in two claims close enough to tell one reply: two accounts of what
the one reply confirmed (the digest gold's rules name this a version conflict), the two questions.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, stem

__all__ = ["answers_apart", "answers_clash", "reply_question"]

_WORDS = "|".join(lang.REPLY_WORDS)
#: the reply quoted alone: “yes”, "No."
_REPLY = re.compile(r"[\"“‘']\s*(?:" + _WORDS + r")\s*[.,!]?\s*[\"”’']", re.I)
#: "asked ... if/whether <question>", up to a comma, a semicolon, a question mark or a quotation mark
_QUESTION = re.compile(r"\basked\b[^,;\"“”]*?\b(?:" + "|".join(lang.QUESTION_OPENERS) + r")\s+"
                       r"(?P<q>[^,;?!\"“”]+)", re.I)


def reply_question(text: str) -> str | None:
    """The question a quoted one-word reply of the claim answers ("Okafor was the leading
    candidate"), or None when the claim holds no such reply and question."""
    if not _REPLY.search(text):
        return None
    m = _QUESTION.search(text)
    return m.group("q").strip().rstrip(".").strip() if m else None


def _content(question: str) -> set[str]:
    """Stems of the question's content words, names (capitalised words) left out."""
    return {stem(w.lower()) for w in re.findall(r"[A-Za-z][\w’'-]*", question)
            if len(w) >= 3 and not w[0].isupper() and w.lower() not in STOP}


def answers_apart(f1: Features, f2: Features) -> bool:
    """Both claims are replies to questions, and the questions share no content word but names."""
    q1, q2 = reply_question(f1.claim.text), reply_question(f2.claim.text)
    if q1 is None or q2 is None:
        return False
    w1, w2 = _content(q1), _content(q2)
    return bool(w1) and bool(w2) and not (w1 & w2)


def _reply_word(text: str) -> str:
    m = _REPLY.search(text)
    return re.sub(r"[^a-z]", "", m.group(0).lower()) if m else ""


def _names(question: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[A-Z][a-z][\w’'-]*", question) if w.lower() not in STOP}


def answers_clash(f1: Features, f2: Features) -> tuple[str, str] | None:
    """The two questions when both claims reply the same word to questions sharing no content word
    but a name ("... if Okafor was the favourite?" "Yes." / "yes" when asked whether Okafor was on the
    shortlist): the caller has found the two claims close (one reply told twice). None otherwise."""
    if not answers_apart(f1, f2) or _reply_word(f1.claim.text) != _reply_word(f2.claim.text):
        return None
    q1, q2 = reply_question(f1.claim.text), reply_question(f2.claim.text)
    return (q1, q2) if _names(q1) & _names(q2) else None
