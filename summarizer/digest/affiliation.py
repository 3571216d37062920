"""The office a claim's source holds, as its article writes it before the name (session 42, coref51).

The claim shows the person's name (GUIDELINES §6: "police spokeswoman Jo Marr said" -> "Jo Marr";
attribution/name_completion.office_person); the digest still reads whom the person speaks for from the office
("transit director Jo Marr" with another outlet's "the transit agency"; "Stein spokeswoman Jo Marr" is a proxy,
purity.is_proxy). `written_sources` gives back, for each article and source, the fullest "<office> <name>" one of
that article's claims writes, when that office form reads as the source's name.
"""

from __future__ import annotations

import re

from .. import lang
from ..attribution.name_completion import office_person
from ..letters import fold
from ..schema import ARTICLE_VOICE

#: Words before a name that may write an office ("Montgomery County police spokesman", "Chief executive").
MAX_OFFICE_WORDS = 5


def written_sources(claims: list[tuple]) -> dict[tuple[str, str], str]:
    """(article id, source) -> the source with the office its article writes before the name, for each source
    one of the article's claim texts writes so ("Philadelphia police spokeswoman Jo Marr said ..." for the source
    "Jo Marr"); sources written with no office are left out."""
    texts: dict[str, list[str]] = {}
    for a, c in claims:
        texts.setdefault(a.id, []).append(c.text)
    out: dict[tuple[str, str], str] = {}
    for a, c in claims:
        source = (c.attributed_to or "").strip()
        key = (a.id, source)
        if not source or source == ARTICLE_VOICE or key in out:
            continue
        body = len(source.split()) < 2  # a one-word body: only its trade before it ("Scooter company Zipp": int49, coref58)
        pattern = re.compile(r"((?:[\w.'’-]+\s+){1,%d})%s\b" % (MAX_OFFICE_WORDS, re.escape(source)))
        for text in texts[a.id]:
            for m in pattern.finditer(text):
                words = _office_words(m.group(1).split())
                written = " ".join(words + [source])
                if words and (words[-1].lower() in lang.GENERIC_ORG_HEADS | lang.ORG_HEADS if body else office_person(written) == source) \
                        and len(written) > len(out.get(key, "")):
                    out[key] = written
    return out


def _office_words(words: list[str]) -> list[str]:
    """The words right before a name that may write an office, read back from the name: capitalised words and
    lower-case nouns ("Montgomery County police spokesman", "transit director"), up to a function word, a verb's
    past or -ing form, or a word closed by a comma ("An audit accused councillor" -> "councillor")."""
    kept: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if w in lang.MEMBER_ACRONYMS:
            kept.insert(0, w)
            continue
        if not re.fullmatch(r"[\w.'’-]+", w) or low in lang.FUNCTION_WORDS or low in lang.SPEECH_VERBS \
                or w.islower() and (low.endswith("ed") or low.endswith("ing")):
            break
        kept.insert(0, w)
    return kept


_NAME_WORD = re.compile(r"[A-Za-z][\w'’&.-]*")


def _proper_words(source: str) -> list[str] | None:
    """The words of a source written as a proper name throughout ("The Mossford Residents' Action Group"
    -> mossford, residents, action, group; titles and a leading article aside), or None when a word is
    lower-case ("Tarrowby spokeswoman Lorna Videck", "the state hydrology service")."""
    words = _NAME_WORD.findall(fold(source))
    if words and words[0].lower() in lang.DETERMINERS:
        words = words[1:]
    if not all(w[:1].isupper() for w in words):
        return None
    return [re.sub(r"['’]s?$", "", w.lower()) for w in words if w.lower().rstrip(".") not in lang.SOURCE_TITLES]


def names_apart(s1: str, s2: str) -> bool:
    """Two proper names of two words or more that share only their first word (a place or a given
    name) are two sources, whatever that word: "Mossford Water" / "the Mossford Residents' Action
    Group", "United Nations" / "United States" (issue 15, within54; digest/pairs.same_source); not two
    spellings of one name ("Felipe Calderón" / "Felipe Calderon", a transliteration's last letters)."""
    w1, w2 = _proper_words(s1), _proper_words(s2)
    if not (w1 and w2 and len(w1) >= 2 and len(w2) >= 2 and w1[0] == w2[0] and set(w1) & set(w2) == {w1[0]}):
        return False
    # a spelling of one name ("Marchenkova" / "Marchenkowa", an accent dropped) is no other name
    return not any(a[:4] == b[:4] for a in w1[1:] for b in w2[1:])
