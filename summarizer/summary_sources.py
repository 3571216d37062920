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
    """The words that name the source: of a possessive ("Mr. Doe's lawyer") only its head, the lawyer; the possessor is
    another person, whom a restated sentence may well name ("Doe has been fired ..., Mr. Doe's lawyer said"; lead46)."""
    name = re.split(r"['’]s\s+", normalize(name))[-1]
    return {w for w in re.findall(r"[a-z0-9][\w'’-]*", name.replace("'s", "")) if len(w) > 2
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
    if set(re.findall(r"[a-z']+", re.sub(r"\b(?:[a-z]\.){2,}", " ", sentence.lower().replace("’", "'")))) & lang.FIRST_PERSON_WORDS \
            or re.match(r"\W*(?:" + "|".join(sorted(lang.THIRD_PERSON_PRONOUNS)) + r")\b", sentence, re.I):
        return None  # a speaker's own words, or a subject only the article's context tells (not the "I" of "F.B.I.": lead46)
    words = content_words(sentence)
    if len(words) < 3 and not (words and re.search(r"\d", sentence)):  # (a figure says enough: "It began at 9:40 p.m.")
        return None
    rels = [attributions.relation_for(a, b) for a, b in spans]
    figure_only = False
    if MIXED_SOURCES and len({r.name if r else None for r in rels}) > 1:  # one of them says most of it
        said = {}  # each source's words in the supporting sentences, over all of them (lead35: "A" here, "the roof" there)
        for r, sp in zip(rels, spans):
            if r is not None:
                for same in (x for x in attributions.relations if x.name == r.name):
                    said.setdefault(r.name, (r, set()))[1].update(_spoken(text, same, *sp))
        most = [r for r, got in said.values() if sum(w in got for w in words) >= SOURCE_SHARE * len(words)]
        figured = _figure_owner(text, attributions, sentence, [r for r, _ in said.values()])
        rels = most[:1] if len(most) == 1 else [figured] if figured is not None else rels
        figure_only = not most and figured is not None
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
    if figure_only:
        return rel.name  # its figure is the source's alone: "The explosion happened at around 9:40 p.m." (lead35)
    if _one_statement_copied(text, rel, spans, words):
        return rel.name  # one attributed sentence restated without its tag ("X has been fired for A, X's lawyer said"; lead46)
    if sum(w in theirs for w in words) < SOURCE_SHARE * len(words):
        return None
    if sum(w in own_words for w in words) >= OWN_SHARE * len(words):
        return None  # the outlet says most of it in its own voice too
    return rel.name


#: Least share of a summary sentence's content words that one supporting article sentence, a source's statement,
#: holds for the sentence to be that statement restated without its tag (_one_statement_copied).
COPIED_SHARE = 0.9


def _one_statement_copied(text: str, rel, spans, words: list[str]) -> bool:
    """`words` (a summary sentence's content words) nearly all come from its one supporting sentence, and `rel`'s content
    holds them there: the sentence restates that statement and drops its tag, whatever the outlet repeats of its subject
    elsewhere in its own voice (the NYT's "<Name>, the agent who ..., has been fired for violating bureau policies, <Name>'s
    lawyer said" summed up as "Agent <Name>, who ..., has been fired for violating bureau policies."; lead46)."""
    if len(spans) != 1 or not words:
        return False
    said = _spoken(text, rel, *spans[0])
    return sum(w in said for w in words) >= COPIED_SHARE * len(words)


def _figure_owner(text: str, attributions, sentence: str, candidates: list):
    """The one source among `candidates` (relations) whose statements hold every figure of `sentence` where the article
    writes it: a figure ("9:40", "212") the article gives only in that source's words is that source's claim, whatever
    words the summary puts around it ("Police say the blast happened at about 9:40 p.m." restated as "The explosion
    happened at around 9:40 p.m."; lead35). None when the sentence has no figure or another voice also gives one."""
    figures = re.findall(r"\d[\d,.:]*\d|\d", sentence)
    if not figures or len(candidates) != 1:
        return None
    rel = candidates[0]
    for f in figures:
        at = [m.start() for m in re.finditer(r"(?<!\d)(?<!\d[,.:])" + re.escape(f) + r"(?!\d|[,.:]\d)", text)]  # ("27," ends it)
        if not at:
            return None
        for a in at:
            owner = attributions.relation_for(a, a + len(f))
            if owner is None or owner.name != rel.name:
                return None
    return rel


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
    if word.lower() in lang.FUNCTION_WORDS or word.lower() in lang.PERSON_NOUNS | lang.ORG_HEADS \
            or word.lower() in lang.NUMBER_UNITS or word.lower() in lang.NUMBER_TENS:  # ("Two of the injured": lead35)
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

