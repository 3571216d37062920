"""A person's name, a comma and a description with no comma closing it before the cue:
"Jane Roe, head of policy at the traders' association said ...", "Ivo Lund, a farmer said ..."
(read17, a faithfulness document: the description was shown as the source). The name that
opens the sentence is the speaker; the description is about it.
"""

from __future__ import annotations

from .. import lang
from .name_kinds import classify
from .text import Tok

#: The most words in such a description ("head of climate and energy policy at the X group").
MAX_DESCRIPTION_WORDS = 15


def _capital_title_of(desc: list[Tok]) -> bool:
    """A capitalised title of an organisation ("Chief Executive of the Hope Trust", "Director of
    Dunmore Museum"): one to three capitalised words, a title or role word among them, then "of"
    (read19: "Sir X, Chief Executive of Y Trust said: ..." gave the quotation to the title). Also a
    unit's title before "at" ("Outreach Development Officer at the Y Trust"; read20: the title was
    shown as the speaker), up to five capitalised words."""
    of = next((x for x, t in enumerate(desc[:6]) if t.low == "at" or t.low == "of" and x < 4), None)
    return bool(of) and all(t.text[:1].isupper() for t in desc[:of]) \
        and any(t.low in lang.PERSON_TITLES or t.low in lang.ROLE_OF_HEADS for t in desc[:of])


def _age_and_origin(desc: list[Tok]) -> bool:
    """An age and a home place, or a home place alone: "71, from Kelso", "from Kelso, Borders",
    "71, of Dunmore" (BBC style: "Able seaman Ivo Lund, 91, from Kelso, Borders said ..."; read21:
    the region before the cue was shown as the speaker, or nothing was)."""
    x = 2 if len(desc) > 2 and desc[0].text.isdigit() and len(desc[0].text) <= 3 and desc[1].text == "," else 0
    if desc[x].low not in ("from", "of"):
        return False
    place = desc[x + 1:]
    groups = " ".join(t.text for t in place).split(" , ")
    return 1 <= len(groups) <= 2 and all(1 <= len(g.split()) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha()
                                                                            for w in g.split()) for g in groups)


def _role_first(word: str) -> bool:
    return word in ("a", "an") or word.islower() and (word in lang.PERSON_TITLES or word in lang.ROLE_OF_HEADS)


def _field_role(desc: list[Tok]) -> bool:
    """A role after one or two capitalised words of its field or region, then "at"/"of"/"for" ("Asia researcher at
    <Group>", "Europe editor of <Paper>"; real46: the role was shown as the speaker of "<Name>, <Region> researcher
    at <Group> told <Outlet>")."""
    x = next((i for i, t in enumerate(desc[:3]) if not t.text[:1].isupper()), None)
    return x in (1, 2) and _role_word(desc[x].low) and len(desc) > x + 1 and desc[x + 1].low in ("at", "of", "for")


def _role_word(word: str) -> bool:
    return word in lang.PERSON_TITLES or word in lang.ROLE_OF_HEADS or word in lang.PERSON_NOUNS and not word.endswith("s")


def name_before_open_apposition(text: str, toks: list[Tok], lo: int, k: int, j: int) -> tuple[int, int] | None:
    """The span of the name that opens the clause (toks[lo:first comma], a person's name of two to
    four capitalised words) when the words after that comma up to `j` (the word before the cue)
    are a description of at most MAX_DESCRIPTION_WORDS words with no closing comma: an article
    ("a", "an") or a lower-case title or role word ("director", "head") first, no verb of its own,
    commas only inside a list of lower-case words ("head of climate, energy and transport
    policy"). None otherwise ("In Paris, police said", "Jane Roe, the mayor and two aides said")."""
    k0 = next((x for x in range(lo, k + 1) if toks[x].text == ","), k)
    lo += lo < k0 and toks[lo].low in lang.LEADING_ADVERBIALS  # "But Jane Roe, Chief Executive of X said" (read19)
    name, desc = toks[lo:k0], toks[k0 + 1:j + 1]
    suffix = len(name) >= 3 and name[-1].text == "." and name[-2].low in lang.NAME_SUFFIXES  # "Acme Systems Inc., a maker of ..." (genre39)
    if suffix:
        name = name[:-1]
    if not 2 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.text.replace(".", "").isalpha() for t in name):
        return None
    if desc and _age_and_origin(desc):
        span = (name[0].start, name[-1].end)  # "Ivo Lund, 71, from Kelso, Borders said" (read21)
        return span if classify(text[span[0]:span[1]]) == "person" else None
    if not desc or len(desc) > MAX_DESCRIPTION_WORDS or not (_role_first(desc[0].text) or _capital_title_of(desc) or _field_role(desc)) \
            or any(t.text in ";:" for t in desc) or any(t.text == "," and not (x + 1 < len(desc) and desc[x + 1].text.islower())
                                                        for x, t in enumerate(desc)):
        return None
    if any(t.low in lang.AUXILIARY_VERBS or t.low in lang.MODALS for t in desc) or any(
            t.low in ("and", "or") and x + 1 < len(desc) and (desc[x + 1].text[:1].isupper() or desc[x + 1].low in lang.NOUN_DETERMINERS
                                                            or desc[x + 1].low in lang.NUMBER_UNITS or desc[x + 1].low in lang.QUANTIFYING_DETERMINERS)
            for x, t in enumerate(desc)):
        return None  # a clause, or a series of speakers, not a description
    span = (name[0].start, name[-1].end + suffix)
    return span if classify(text[span[0]:span[1]]) == "person" or suffix and classify(text[span[0]:span[1]]) == "org" else None
