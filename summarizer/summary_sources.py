"""A model's summary sentence that restates a source's reported statement as the outlet's own fact gets its
source back (session 32; issue 12: "a source's claim must never be shown as the outlet's own fact").

The article: "Transport Minister Jane Roe told reporters the government may step in if the talks fail." The
small model's summary: "The government may step in if the talks fail." Every word is the article's, so the support
check keeps it, and it reads as the outlet's fact. summary_hedges.reworded_quotation catches this for a *quotation*
reworded; this module catches *indirect* speech: the sentence's supporting article sentences (verify's spans) are a
source's statement (attribution: `relation_for`), the sentence holds no word of saying, no quotation mark and no
word of the source's name, and its content words come from that source's words, not from the outlet's own. Such a
sentence is shown as "According to <source>, the government may step in if the talks fail.": the code knows the
source, so it says it rather than dropping a faithful sentence.
"""

from __future__ import annotations

import re

from . import lang
from .ground import normalize
from .summary_hedges import content_words

#: Least share of the sentence's content words that the source's statements hold, and the share of them the
#: outlet's own words (outside every statement's content) must stay under, for the sentence to be the source's.
SOURCE_SHARE = 0.7
OWN_SHARE = 0.5
#: A sentence supported by two sources' statements is the one's whose statement in its sentence alone holds
#: SOURCE_SHARE of its words ("<X>, the zoo said" + "Keepers believe <Y>" fused: the zoo's; lead34).
MIXED_SOURCES = True
#: Longest source name written into a summary sentence (a longer one is a description, not a name to cite).
NAME_MAX_CHARS = 60

_ACCORDING = re.compile(lang.CITING_PHRASES_RE, re.I)
_QUOTES = re.compile(r"[“”\"]|(?:^|\s)['‘]|['’](?:\s|$)")


def _source_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][\w'’-]*", normalize(name).replace("'s", "")) if len(w) > 2
            and w not in lang.FUNCTION_WORDS}


def _citable(name: str) -> bool:
    """A source that can stand after "According to": a name or a description, not a pronoun or a long phrase."""
    n = name.strip()
    return bool(n) and len(n) <= NAME_MAX_CHARS and n.lower() not in lang.PRONOUNS and "\n" not in n \
        and not re.search(r"[“”\"]|['’]$", n)  # (not "Wasps'": a possessive cut from its noun)


def restated_source(text: str, attributions, sentence: str, spans) -> str | None:
    """The source whose reported statement `sentence` (of a model's summary) restates as the outlet's fact, or None.
    `spans`: the article sentences that support it (verify's Verdict.spans); `attributions`: the article's."""
    if not spans or _QUOTES.search(sentence) or _ACCORDING.search(sentence):
        return None
    if any(w in lang.REPORTING_WORDS for w in re.findall(r"\b[a-z]+\b", sentence.lower())):
        return None  # it says someone said it ("The minister warned ...")
    if set(re.findall(r"[a-z']+", sentence.lower().replace("’", "'"))) & lang.FIRST_PERSON_WORDS \
            or re.match(r"\W*(?:" + "|".join(sorted(lang.THIRD_PERSON_PRONOUNS)) + r")\b", sentence, re.I):
        return None  # a speaker's own words, or a subject only the article's context tells
    words = content_words(sentence)
    if len(words) < 3:
        return None
    rels = [attributions.relation_for(a, b) for a, b in spans]
    if MIXED_SOURCES and len({r.name for r in rels if r is not None}) > 1:  # one of them says most of it
        rels = [r for r, sp in zip(rels, spans) if r is not None
                and sum(w in _spoken(text, r, *sp) for w in words) >= SOURCE_SHARE * len(words)][:1] or rels
    if rels[0] is None or any(r is not None and r.name != rels[0].name for r in rels):
        return None  # the best support is the outlet's, or two sources share it
    rel = rels[0]
    cue = rel.cue.lower().split()
    if rel.source_span is None or not cue or (cue[-1] in lang.NOT_STATEMENT_CUES and cue != ["according", "to"]):
        return None  # a hedge with no one holding it ("is said to"), a request, a charge, what a court heard
    if not _citable(rel.name) or _names_source(sentence, _source_words(rel.name)):
        return None  # a pronoun left unresolved, or the sentence already names its source
    theirs: set[str] = set()
    for r in attributions.relations:
        if r.name == rel.name:
            for a, b in r.content:
                theirs.update(content_words(text[a:b]))
    own, last = [], 0  # the outlet's own words: the text between every statement's content
    for a, b in sorted(span for r in attributions.relations for span in r.content):
        own.append(text[last:max(last, a)])
        last = max(last, b)
    own_words = set(content_words(" ".join(own) + " " + text[last:]))
    if sum(w in theirs for w in words) < SOURCE_SHARE * len(words):
        return None
    if sum(w in own_words for w in words) >= OWN_SHARE * len(words):
        return None  # the outlet says most of it in its own voice too
    return rel.name


def _names_source(sentence: str, source_words: set[str]) -> bool:
    """The sentence names its source other than as a preposition's object ("... escaped from Harlow Zoo ..." names the
    zoo as a place, no speaker: lead34)."""
    toks = [w for w in re.findall(r"[a-z0-9][\w'’-]*", normalize(sentence).replace("'s", "")) if w not in lang.SINGULAR_DETERMINERS | {"the"}]
    return any(w in source_words and not (i and (toks[i - 1] in source_words or toks[i - 1] in lang.LOCATIVE_PREPOSITIONS
                                                 or toks[i - 1] in lang.WHENCE_PREPOSITIONS))
               for i, w in enumerate(toks))


def _spoken(text: str, rel, a: int, b: int) -> set[str]:
    """The content words of `rel`'s content inside the article sentence [a, b)."""
    return set(content_words(" ".join(text[max(a, s):min(b, e)] for s, e in rel.content if s < b and e > a)))


def _common_word(text: str, phrase: str) -> bool:
    """The first word of `phrase` is a common word capitalised only to open a sentence: a function word, or a person or
    body noun, before a lower-case word ("The show", "Officials"), or a word the article writes in lower case and never capitalised inside a
    sentence; not a name ("Usain Bolt", "Netflix"), an acronym ("CBS") or "I"."""
    m = re.match(r"([A-Z][a-z'’-]*)\b(\s+[A-Z])?", phrase)
    if not m or m.group(1) == "I":
        return False
    word = m.group(1)
    if word.lower() in lang.FUNCTION_WORDS or word.lower() in lang.PERSON_NOUNS | lang.ORG_HEADS:
        return not m.group(2) and not re.match(r"\S+\s+of\s+[A-Z]", phrase)  # (not "University of Nairobi": a name)  # "The show"; "Officials said" -> "officials": a common noun, however the article cases it
    return not m.group(2) and re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None \
        and not re.search(r"[\w,;:]\s+" + re.escape(word) + r"\b", text)


def with_source(text: str, name: str, sentence: str) -> str:
    """`sentence` opened with "According to <name>, "; the first words of both lower-cased when the article writes
    them capitalised only to open a sentence ("Police said" -> "According to police"; "Netflix" stays)."""
    body, lead = sentence.strip(), name.strip()
    body = body[0].lower() + body[1:] if _common_word(text, body) else body
    lead = lead[0].lower() + lead[1:] if _common_word(text, lead) else lead
    return f"According to {lead}, {body}"


def said_by(text: str, name: str, headline: str) -> str:
    """A headline closed with its source, as news headlines give one: "<headline>, <source> says" ("..., police say")."""
    lead = name.strip()
    lead = lead[0].lower() + lead[1:] if _common_word(text, lead) else lead
    last = lead.split()[-1]
    plural = last.islower() and (last.endswith("s") and not last.endswith("ss") or last in lang.PLURAL_COLLECTIVE_NOUNS)
    return f"{headline.rstrip(' .!?;:,')}, {lead} {'say' if plural else 'says'}"

