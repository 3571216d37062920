"""A cue word that is no cue for its subject (session 41, issue 12; branch attr50): the plural noun of a subject
opened by a plural-only quantifier ("Very few <Brand> labels used ...": "labels" is the noun, not a verb of naming),
and an account whose object is a story ("<Labels> tell the story of ...", "<Name> told the story of a girl who ..."):
the topic of an account, never a claim of its own; "No one disputes that ..." (attr55: nobody denies, the content is
affirmed); and (attr52) "learned to <verb>" (a skill), "responded, first
by <-ing>" (an act), "asked <Body> for a response" (a request for comment). Word lists in summarizer.lang (coreference.py)."""

from __future__ import annotations

import re

from .. import lang

_QUANTIFIED = re.compile(r"\s*(?:" + lang.PLURAL_ONLY_QUANTIFIERS_RE + r")\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_STORY = re.compile(lang.STORY_OBJECT_RE, re.I)


def quantified_noun(text: str, source_span: tuple[int, int], cue_span: tuple[int, int]) -> bool:
    """The cue word, in its -s form, ends a subject opened by a plural-only quantifier ("Very few <Brand> labels
    used ...", "A number of <demonym> labels started ..."): the subject is plural, so the -s word is its noun. Not
    "Many say ..." (no -s form) nor "Few <Name> says ..." read with a longer subject (four words at most between)."""
    cue = text[cue_span[0]:cue_span[1]]
    return cue.islower() and cue.endswith("s") and not cue.endswith("ss") \
        and _QUANTIFIED.fullmatch(text, source_span[0], cue_span[0]) is not None


def story_object(text: str, cue_span: tuple[int, int], end: int) -> bool:
    """The cue's object is a story ("tell the story of ...", "told the untold story behind ..."): a topic."""
    return _STORY.match(text, cue_span[1], end) is not None


#: "learned/learnt to <verb>": a skill acquired ("has learned to speak <language>"), no finding (attr52); "learned
#: that ...", "learned of ..." stay cues.
_SKILL = re.compile(lang.SKILL_LEARNED_RE)


def skill_learned(text: str, cue_span: tuple[int, int]) -> bool:
    """The cue is "learned" before an infinitive: a skill, not something found out."""
    return _SKILL.match(text, cue_span[0]) is not None


#: "responded, first by dropping supplies": a response told by the act it was (a gerund after "by"), no words (attr52).
_BY_ACT = re.compile(lang.RESPONSE_BY_ACT_RE)  # (only after a comma and an adverb of order)


#: "asked <Body> for a response / for comment": a request for comment, the reporter's routine act, no statement of
#: the asker (attr52; "asked the council for more money" stays a request, a speech act).
_FOR_COMMENT = re.compile(lang.FOR_COMMENT_RE)


#: A negative subject ("no one", "nobody", "none of the engineers") right before its verb.
_NO_ONE = re.compile(lang.NO_ONE_SUBJECT_RE + "$")


def undisputed_words(w: list[str], i: int) -> bool:
    """Word `i` of the lower-case words `w` is a verb of denying or doubting after a negative subject ("no one
    disputes", "nobody denies", "none of them doubt"): no denial is made, the content is affirmed."""
    if w[i] not in lang.NO_ONE_DENIAL_VERBS:
        return False
    k = i - (i >= 1 and w[i - 1] in lang.RHETORICAL_MODALS)  # "No one can deny ...", "Nobody would question ..." (attr57)
    return k >= 1 and w[k - 1] == "nobody" or w[max(0, k - 2):k] == ["no", "one"] or "none" in w[max(0, k - 4):k]


def bench_ruling_words(w: list[str], i: int) -> bool:
    """Word `i` of the lower-case words `w` is a dismissal by a judge or a court ("the judge dismissed the charges",
    "a court later rejected it"): a ruling, an act; not "... dismissed the claims as baseless" (cue_nouns.request_refused)."""
    k = i - 1 - (i >= 2 and (w[i - 1] in lang.CUE_MODIFIERS or w[i - 1].endswith("ly")))
    return (w[i] in lang.DISMISS_VERBS or w[i].startswith("reject")) and k >= 0 and w[k] in lang.BENCH_NOUNS and "as" not in w[i + 1:i + 9]


def undisputed(text: str, source_span: tuple[int, int], cue_span: tuple[int, int]) -> bool:
    """The cue denies or doubts and its subject is no one ("No one disputes that ...", "Nobody denies ..."): no source."""
    return text[cue_span[0]:cue_span[1]].lower() in lang.NO_ONE_DENIAL_VERBS and _NO_ONE.fullmatch(text, source_span[0], cue_span[0]) is not None


def no_cue(text: str, sp, fr) -> bool:
    """The frame `fr` of sentence `sp` rests on a word that is no cue for its subject (above)."""
    return fr is not None and (quantified_noun(text, fr.source_span, fr.cue_span) or skill_learned(text, fr.cue_span)
                               or undisputed(text, fr.source_span, fr.cue_span)
                               or _BY_ACT.match(text, fr.cue_span[0]) is not None or _FOR_COMMENT.match(text, fr.cue_span[0]) is not None
                               or story_object(text, fr.cue_span, sp.end)
                               and not re.search(r"[“”\"]", text[sp.start:sp.end]))  # (a story told in a quotation: tests/test_attr21.py)
