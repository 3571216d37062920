"""The speaker check of summary sentences: "X said Y" must be backed by an article sentence
that the article attributes to X (the attribution analysis), or that names X itself."""

from __future__ import annotations

import functools
import re

from .. import lang
from ..chunk import split_sentences
from ..letters import fold


def speaker_unsupported(document, doc_text: str, sentence: str, spans: list[tuple[int, int]]) -> str | None:
    """A sentence that says who said it ("the President said ...") is supported only by article
    sentences that the article attributes to that speaker: "the Mayor said 40 homes were
    flooded" is not supported by "The water board said 40 homes were flooded". The
    speaker's words (less lang.SPEAKER_FILLER) are compared by their first five letters with the
    names of the sources the article's attribution analysis gives the supporting spans."""
    from ..attribution import analyze

    rels = [r for r in analyze(sentence).relations if r.name and r.name.lower() not in lang.PRONOUNS]
    if not rels or not spans:
        return None
    attributions = getattr(document, "attributions", None) or _article_attributions(doc_text)
    def stems(x: str) -> set[str]:  # (letters outside ASCII read as theirs: "Ángel" is no "ngel")
        return {w[:5] for w in re.findall(r"[a-z]{3,}", fold(x).lower())}

    def quoted(said: set[str]) -> set[str]:
        """Who the span that best backs `said` is attributed to, and that span and the one before."""
        a, b = max(spans, key=lambda sp: len(said & stems(doc_text[sp[0]:sp[1]])))
        rel = attributions.relation_for(a, b)
        before = split_sentences(doc_text, max(0, a - 400), a)
        lo = before[-1].start if before else a  # the sentence before: "..., he said" resolves there
        if rel is not None and rel.name and not _pronoun(rel.source) and not _pronoun(rel.name):
            lo = a  # a span its analysis gives a named source: the sentence before names someone else ("The
            # authority said ... Headteacher <Name> said ..." is no support for "The authorities said" the second; model45)
        return stems(f"{rel.name} {rel.source} " if rel is not None else "") | stems(doc_text[lo:b])

    for r in rels:
        name = re.sub(r"\([^)]*\)", " ", fold(r.name).lower())
        # "The 26-year-old compared ...": an age describes the person, the article names him (no word to seek)
        name = _AGE_NOUN.sub(" ", name)
        words = [w for w in re.findall(r"[a-z]{3,}", name) if w not in lang.DETERMINERS]
        if words and words[-1] in lang.SPEAKER_FILLER:
            continue  # "Chinese officials", "a spokesman": no one in particular
        need = [w for w in words if w not in lang.SPEAKER_FILLER]
        if not need:
            continue
        # what r says: all its words, or in a fused sentence ("X said A, while B"; "A and, according
        # to X, B") the first clause of one of its parts, which may rest on another span than the whole
        parts = [" ".join(sentence[a:b] for a, b in r.content)]
        parts += [_FIRST_CLAUSE.split(sentence[a:b].strip(" ,;"))[0] for a, b in r.content]
        backs = [stems(p) for p in parts]
        backs = backs[:1] + [said for said in backs[1:] if len(said) >= 3]
        joined = [stems(p) for p in _AND_THAT.split(parts[0])]  # "X told Y that A, and that B": A and B both X's (lead35)
        joined = [said for said in joined if len(said) >= 3]
        if len(joined) > 1 and not all(need[-1][:5] in quoted(said) for said in joined):
            return (f"speaker {r.name!r} is not who the article quotes for each thing it says"
                    f" (no {need[-1]!r} in the source of one of them)")
        if not any(need[-1][:5] in quoted(said) for said in backs):  # the head: a surname, "ministry"
            return (f"speaker {r.name!r} is not who the article's supporting sentence quotes "
                    f"(no {need[-1]!r} in its source or text)")
    return None


_AGE_NOUN = re.compile(r"\b\d+-year-olds?\b")
#: a second "that" clause joined to the first: "X said that A, and that B" (each must be X's)
_AND_THAT = re.compile(r",?\s+and\s+that\s+")

#: where a clause ends inside what a speaker says: "..., while ...", "...; ...", "... - ..."
_FIRST_CLAUSE = re.compile(rf",\s+(?=(?:{lang.CLAUSE_CONNECTIVES_RE})\b)|;\s+|\s+[–—-]\s+")


@functools.lru_cache(maxsize=8)
def _article_attributions(text: str):
    from ..attribution import analyze

    return analyze(text)


def _pronoun(source: str | None) -> bool:
    """A source written as a pronoun or not at all ("he", "She"): the sentence before may say who it is."""
    return not source or source.strip().lower() in lang.PRONOUNS
