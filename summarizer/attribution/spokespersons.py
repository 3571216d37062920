"""Who an unnamed spokesperson speaks for (attr17, issue 12): "Harlow Freight cut 300 jobs. A
spokeswoman said the cuts were needed." -- an indefinite "a spokeswoman" with no "for X" after it
speaks for the organisation the sentence before is about, so the source reads "A spokeswoman for
Harlow Freight" (the words as written stay first). Only an organisation mentioned in the sentence
just before (SPOKEN_FOR_CHARS), never a person: a tenant or a mayor named before is no body a
spokeswoman speaks for without the article saying so. Used by resolution.Resolving.resolve."""

from __future__ import annotations

import re

from .. import lang

#: How far back (characters) the organisation may be mentioned: about one sentence.
SPOKEN_FOR_CHARS = 260

#: "A spokeswoman", "a company spokesman" is not taken (it names its body already).
_INDEFINITE = re.compile(r"(?i:an?)\s+([a-z]+)")


def spoken_for(text: str, source: str, pos: int, mentions) -> str | None:
    """`source` ("A spokeswoman") with the organisation it speaks for, or None (`mentions`: the
    resolver's names before it, places after "in"/"at" left out)."""
    m = _INDEFINITE.fullmatch(source)
    if (its := _ITS.fullmatch(source)) is not None and its.group(1) in lang.SPEAKER_FOR_BODY_NOUNS:
        return _its_body(text, its.group(1), pos, mentions)
    if m is None or m.group(1) not in lang.SPEAKER_FOR_BODY_NOUNS:
        return None
    near = [x for x in mentions if x.pos < pos and pos - x.pos <= SPOKEN_FOR_CHARS and not x.headline and x.kind != "place"]
    if not near or near[-1].kind != "org" or re.search(r"[.!?][\"”’']*\s+\S", text[near[-1].pos:pos + 1]) is None:
        return None  # the last name before it is a person's, or it stands in the same sentence
    if len(re.findall(r"[.!?][\"”’']*\s+\S", text[near[-1].pos:pos + 1])) > 1:
        return None  # more than one sentence back
    return f"{source} for {near[-1].name}"


#: "its spokesperson": the spokesperson of the body "its" stands for (coref52).
_ITS = re.compile(r"(?i:its)\s+([a-z]+)")


def _its_body(text: str, noun: str, pos: int, mentions) -> str | None:
    """"The <Outlet> asked the <Body> for a response but its spokesperson said ...": "the spokesperson for the
    <Body>", the last organisation named before it in its sentence or the one before (coref52: real51's d05 showed
    "its spokesperson"); None when the last name before it is a person's or none is that near."""
    near = sorted((x for x in mentions if x.pos < pos and pos - x.pos <= SPOKEN_FOR_CHARS and not x.headline
                   and x.kind != "place"), key=lambda x: x.pos)
    if not near or near[-1].kind != "org" or len(_BOUNDARY.findall(text, near[-1].pos, pos + 1)) > 1:
        return None
    body = near[-1].name
    the = not body.lower().startswith("the ") and re.search(r"\b(?i:the)\s+" + re.escape(body), text[max(0, near[-1].pos - 5):pos])
    return f"the {noun} for {'the ' if the else ''}{body}"


#: One sentence boundary: a stop, perhaps a closing mark, then space and the next sentence.
_BOUNDARY = re.compile(r"[.!?][\"”’']*\s+\S")
#: A source named by a spokesperson noun ("A spokesman for Brill School", "the school's spokeswoman").
_SPOKES = re.compile(r"(?:(?i:an?|the)\s+)?(?:[\w'’]+\s+){0,3}?(?:" + "|".join(sorted(lang.SPEAKER_FOR_BODY_NOUNS)) + r")\b")
#: A sentence that opens with a document its source wrote ("In a letter to ..., Lady Orme said").
_IN_DOCUMENT = re.compile(r"(?:(?i:in)\s+(?:" + "|".join(lang.NOUN_DETERMINERS) + r")\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(lang.ISSUED_DOCUMENT_NOUNS)) + r")\b)")


def _last_source(text: str, pos: int, mentions):
    """The last source before `pos` when it spoke in the sentence just before, or None."""
    last = next((m for m in reversed(mentions) if m.pos < pos and m.source and not m.headline), None)
    return last if last is not None and len(_BOUNDARY.findall(text, last.pos, pos + 1)) == 1 else None


def spokesperson_they(text: str, pos: int, mentions) -> str | None:
    """"They said ..." right after a spokesperson spoke ("A spokesman for Brill School said they would appeal.
    They said ..."): the spokesperson (a singular "they"), not the last organisation named in passing (read27)."""
    last = _last_source(text, pos, mentions)
    return last.name if last is not None and _SPOKES.match(last.name) else None


def document_writer(text: str, pos: int, mentions) -> str | None:
    """"..., it said." right after a sentence that opens with the document a person wrote ("In a letter to the
    trust, Lady Orme said ..."): "it" is the letter, so its writer speaks (read27)."""
    last = _last_source(text, pos, mentions)
    if last is None or last.kind != "person":
        return None
    start = max(text.rfind(". ", 0, last.pos), text.rfind("\n", 0, last.pos)) + 1
    return last.name if _IN_DOCUMENT.match(text[start:last.pos].lstrip()) else None


def document_it(text: str, pos: int, mentions) -> str | None:
    """"It said: ..." right after a sentence whose source is a written text ("Ms Holt's citation stated: ...
    It said: ..."): "it" is that text, not a name met in passing ("the Summer Games torch"; read29)."""
    last = _last_source(text, pos, mentions)
    if last is None:
        return None
    words = re.findall(r"[a-z]+", last.name.lower())  # (the name is the text's, whatever kind it was given)
    return last.name if words and words[-1] in lang.SPEAKING_TEXT_NOUNS else None


_READ_TEXT = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,2}?("
                        + "|".join(sorted(lang.READ_TEXT_NOUNS, key=len, reverse=True)) + r")\b")


def read_it(text: str, pos: int, lowest: int) -> str | None:
    """"'...,' it reads." / "It read: ...": "it" is the written thing named last before `pos` (from `lowest`,
    a few sentences back: "putting up a notice ... '...,' it reads": "the notice"), never a person
    named between (read34); None when no such noun stands there."""
    hits = list(_READ_TEXT.finditer(text, lowest, pos))
    return "the " + hits[-1].group(1) if hits else None


_NAMED_PAGE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for)\s+)?){1,5}(?:" + "|".join(sorted(lang.PAGE_NOUNS)) + r"))\b")


def page_it(text: str, pos: int) -> str | None:
    """"It said ..." right after a sentence that ends by naming a page ("... a record listed on the <Name> Book
    website. It said the old record ..."): "it" is that page, not a name met earlier in the story (an animal, a
    university: read34); None when the sentence before names no page closing it."""
    k = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    if k < 0 or text[k + 1:pos].strip():
        return None  # "it" opens its sentence
    j = max(text.rfind(". ", 0, k), text.rfind("\n", 0, k)) + 1
    hits = list(_NAMED_PAGE.finditer(text, j, k + 1))
    if not hits or text[hits[-1].end():k].strip():
        return None
    owner = hits[-1].group(1).rsplit(None, 1)[0]  # ("Acme posted it on the Acme website. It said ...": Acme, as before)
    return None if owner in text[:hits[-1].start()] else "the " + hits[-1].group(1)


_DENIER_CLOSE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:[-–—,])\s*who\s+(?:(?:has|had)\s+)?"
                           r"(?:" + "|".join(sorted(lang.DENIAL_VERBS)) + r")\b[^.!?]{0,60}[.!?]['’\"”]?\s*$")


def denier_before(text: str, pos: int, lowest: int) -> tuple[str, int] | None:
    """The person whose rebuttal closes the sentence before `pos` ("<X> suggested that ... while being examined by
    <Dr Y> - who denied these claims."): a "he/she said" opening the next sentence's frame is Y answering, not X
    (read34, a trial's expert witness). (name, offset) or None."""
    k = max(text.rfind(". ", lowest, pos), text.rfind("\n", lowest, pos))
    if k < lowest:
        return None
    j = max(text.rfind(". ", lowest, k), text.rfind("\n", lowest, k), lowest - 1) + 1
    m = _DENIER_CLOSE.search(text, j, k + 2)
    return (m.group("name"), m.start("name")) if m else None
