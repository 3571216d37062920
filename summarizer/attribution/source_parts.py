"""Parts of a source's words that are not who speaks, and names inside them (coref58).

- `undated_source`: "Federal prosecutors in April" -> "Federal prosecutors": a month (and its year) written after
  who speaks is when they spoke, no part of the source ("Police in Dayton" keeps its place).
- `inner_authors`: "an analysis by Lena Marwick, a former budget aide" names its author, whom a later bare
  "Marwick" means (the source's words are not scanned for names; `referents.inner_orgs` does the same for bodies).
- `long_office_tail`: "House Majority Whip Karl Brandell" -> "Karl Brandell", the name a later bare "Brandell"
  completes to, when a run of capitalised office words that no list holds stands before the name.
"""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import classify
from .referents import dated_document

#: "in April", "in April 2019", "last April", "earlier in April": a month after who speaks. "May" only with its year
#: ("officials in May" may be a person's surname: "talks with Theresa May").
_MONTH_TAIL = re.compile(r"(.*?[A-Za-z].*?)\s+(?:(?:earlier|later)\s+)?(?:in|last|since|during)\s+(?:(?i:"
                         + "|".join(m for m in lang.MONTHS if m != "may") + r")(?:\s+\d{4})?|(?i:may)\s+\d{4})")


def timeless_source(name: str) -> str | None:
    """The source without words that are not who speaks: the time written after them, a document's filing or release
    (`referents.dated_document`: "A lawsuit filed this week" -> "A lawsuit") or a month (`undated_source`), or a body's
    trade written before its name (`described_body`); None when none is there."""
    return dated_document(name) or undated_source(name) or described_body(name)


def described_body(name: str) -> str | None:
    """"Steel union Forge" -> "Forge", "Tech firm Brightline" -> "Brightline": a capitalised sector word and a lower-case
    noun of a body (lang.ORG_HEADS, GENERIC_ORG_HEADS) before a one-word name, read as a body: the body's name, as the
    article's later "Forge said" writes it ("police spokeswoman Jo Marr" -> the name, session 43's policy for a
    person). None for any other shape: a person's ("Labour leader Jo Marr", "Tory MP Hale"), a function word first ("The
    union Forge"), a name that is a title or a body's noun ("Senate committee Chairman"), two words of a name."""
    words = name.split()
    if len(words) != 3 or not re.fullmatch(r"[A-Z][a-z]+", words[0]) or words[0].lower() in lang.FUNCTION_WORDS \
            or words[1] not in lang.ORG_HEADS | lang.GENERIC_ORG_HEADS or not _NAME_WORD.fullmatch(words[2]):
        return None
    low = words[2].lower()
    if low in lang.PERSON_TITLES | lang.PERSON_NOUNS | lang.ORG_HEADS | lang.NOT_NAMES | lang.FUNCTION_WORDS or classify(name) != "org":
        return None
    return words[2]


def undated_source(name: str) -> str | None:
    """The source without a month written after it ("Federal prosecutors in April" -> "Federal prosecutors",
    "Investigators last March" -> "Investigators"); None when no month ends it or nothing would be left but
    function words ("Police in Dayton", "officials in May" are as written)."""
    m = _MONTH_TAIL.fullmatch(" ".join(name.split()))
    if m is None:
        return None
    head = m.group(1)
    if not any(w.lower() not in lang.FUNCTION_WORDS for w in head.split()):
        return None
    return head


#: "by" and a name of two or three capitalised words (a middle initial too), after lower-case words of a description
#: ("by Loyola professor Jo Marr"), up to a comma or the end.
_BY_NAME = re.compile(r"\bby\s+(?:(?:[A-Z][\w'’-]*\s+)?[a-z][\w-]*\s+)?((?:[A-Z][a-z][\w'’-]*\s+)(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*)(?=\s*(?:,|$))")


def inner_names(as_written: str) -> list[tuple[int, str, str]]:
    """(offset, name, kind) of the names a source's words hold that a later mention may mean: a document's author
    (`inner_authors`), and a body written with its trade ("Steel union Forge", shown as "Forge" by `described_body`),
    whole, so that a later "the union" finds its noun."""
    out = [(at, name, "person") for at, name in inner_authors(as_written)]
    first = " ".join(re.split(r",", as_written, maxsplit=1)[0].split())
    if described_body(first) is not None:
        out.append((0, first, "org"))
    return out


def inner_authors(as_written: str) -> list[tuple[int, str]]:
    """(offset, name) of the person a document's source names as its author after "by" ("an analysis by Lena Marwick,
    a former aide" -> "Lena Marwick"); none when no document noun comes before "by", or the name is no person's
    ("a report by Harlow Council")."""
    first = re.split(r",", as_written, maxsplit=1)[0]
    m = _BY_NAME.search(first)
    if m is None or not any(w in lang.DOCUMENT_NOUNS for w in re.findall(r"[a-z]+", first[:m.start()])):
        return []
    name = m.group(1)
    if classify(name) != "person" or any(w.lower().rstrip(".") in lang.PERSON_TITLES | lang.NOT_NAMES | lang.ORG_HEADS
                                         for w in name.split()):
        return []
    return [(m.start(1), name)]


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def long_office_tail(words: list[str]) -> str | None:
    """The given name and surname that end a mention of five or more capitalised words whose office no list holds
    ("House Majority Whip Karl Brandell" -> "Karl Brandell": `name_forms._after_role` reads the listed titles:
    "Senate Minority Leader ..."); None when a word is lower case or a function word, a title or person noun stands
    before the name (that is `_after_role`'s), or the last two words are no name ("... Fund", "... Council")."""
    if len(words) < 5 or not all(w[:1].isupper() for w in words):
        return None
    low = [w.lower().rstrip(".,") for w in words]
    if any(w in lang.FUNCTION_WORDS or w in lang.PERSON_TITLES or w in lang.PERSON_NOUNS for w in low):
        return None
    tail = [w for w in words[-3:] if not re.fullmatch(r"[A-Z]\.", w)][-2:]
    if len(tail) != 2 or not all(_NAME_WORD.fullmatch(w) for w in tail) \
            or any(w.lower() in lang.NOT_NAMES | lang.ORG_HEADS | lang.GENERIC_ORG_HEADS | lang.ROLE_NOUNS | lang.OCCUPATION_NOUNS
                   for w in tail) or classify(" ".join(tail)) != "person":
        return None
    k = len(words) - (3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2)
    return " ".join(words[k:])
