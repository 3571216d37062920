"""What a word for a person may stand for, when the resolver's order alone would give it to the wrong one.

- `document_headed`: "A memo circulated among staff members", "an analysis by Lena Marwick": a mention whose head is a
  document noun. "The source insisted ..." is a person who speaks, never the memo that spoke last (coref59).
- `subject_before`: a sentence-opening "he"/"she" after a sentence whose subject is a description of one person.
- `recalls_goods`: a maker recalling goods is no antecedent of "he"/"she".
- `named_agent`: "his attorney" is the person named before as the owner's lawyer.
"""

from __future__ import annotations

import re

from .. import lang


def document_headed(name: str) -> bool:
    """The first lower-case noun of `name` that tells what it is is a document's (lang.DOCUMENT_NOUNS), with no person
    noun before it: "A memo circulated among staff", "The report", "an analysis by Lena Marwick"; not "a spokesman for
    the law school" (a person first), nor "Bill Carver" (no lower-case word)."""
    for w in re.findall(r"\b[a-z][a-z'’-]*\b", name):
        if w in lang.PERSON_NOUNS or w in lang.PERSON_TITLES:
            return False
        if w in lang.DOCUMENT_NOUNS:
            return True
    return False


#: The sentence before opens with a definite description of one person as its subject ("The president first waded
#: into the row on Friday, when he ..."): its description and the word after it.
_DESCRIPTION_SUBJECT = re.compile(r"(The(?:\s+[a-z][\w-]*){2,4})\b")
#: The pronoun opens its sentence, or follows one short opener set off by a comma ("The next day, he", "Later, she").
_OPENING_PRONOUN = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+)?(?i:he|she)\s*$")
#: A pronoun after a comma or a quotation's close, then a lower-case word: a closing tag ("..., he said").
_TAG_PRONOUN = re.compile(r"[,”\"]\s+(?i:he|she|they|we|I)\s+[a-z]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def subject_before(res, source: str, pos: int) -> str | None:
    """The person a "he"/"she" opening its sentence stands for when the sentence right before it opens with a
    definite description of one person as its subject and names no other person ("The president first waded into
    the row on Friday, when he seemed to ... . The next day, he clarified ..."): whom the resolver reads that description
    as (`res._resolve`), when that is a name and not of the pronoun's other gender ("she" only for a known woman).
    A named subject there already wins (the resolver's "person just named who acts"); the description names no one,
    so the last source further back took the pronoun."""
    low = source.strip().lower()
    if low not in ("he", "she") or not res.text.startswith(source, pos):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(res.text, max(0, pos - 600), pos)]
    if len(ends) < 1 or not _OPENING_PRONOUN.fullmatch(res.text, ends[-1], pos + len(source)):
        return None
    start = ends[-2] if len(ends) >= 2 else max(0, pos - 600)
    if len(ends) < 2 and start > 0:
        return None
    m = _DESCRIPTION_SUBJECT.match(res.text, start)
    words = m.group(1).split() if m is not None and m.end() <= ends[-1] else []
    heads = [i for i, w in enumerate(words) if i and (w in lang.PERSON_NOUNS or w in lang.PERSON_TITLES)]
    if not heads or heads[0] + 1 >= len(words) or words[heads[0]].endswith("s") \
            or words[heads[0] + 1] in lang.PREPOSITIONS | lang.SUBORDINATORS | (lang.FUNCTION_WORDS - lang.SUBJECT_AUXILIARIES - {"also", "then"}):
        return None  # (the head is the first person noun: "The president first waded"; not "The president of X")
    description = " ".join(words[:heads[0] + 1])
    if any(start < x.pos < pos and (x.kind == "person" or x.source) and not x.name.startswith(description) for x in res.mentions) \
            or _TAG_PRONOUN.search(res.text, start, ends[-1]):
        return None  # another person named or speaking before the pronoun ("The president met Jo Vance. She said ...",
        # "The president is wrong, he said. He added ...": the sentence is another's words)
    name = res._resolve(description, start)
    if name == description or " " not in name or not name[:1].isupper() or name.split()[0] == "The":
        return None
    g = res.genders.of(name)
    return name if (g != "f" if low == "he" else g == "f") else None


#: A name then a recall of goods: "Velmar recalled cars", "Velmar is recalling 12,000 heaters", "Velmar has recalled
#: its older vans" (up to three words between the verb and the goods: a determiner, a count, a modifier).
_RECALLS_GOODS = r"%s\s+(?:(?:" + "|".join(sorted(lang.SUBJECT_AUXILIARIES)) + r")\s+)?(?:also\s+)?(?:" + "|".join(sorted(lang.RECALL_FORMS)) \
    + r")\s+(?:[\w,.'’-]+\s+){0,3}?(?:" + "|".join(sorted(lang.RECALLED_GOODS)) + r")\b"


def recalls_goods(text: str, m, gender_of) -> bool:
    """Mention `m` is a maker recalling goods where it is named ("Velmar recalled cars that had faulty brakes"), and
    the article shows no gender for it: a firm, no antecedent of "he"/"she" ("She recalled that the firm had ignored
    warnings" is a woman, not Velmar; the lead's, session 48). A person who recalls goods for a firm is named with a
    title or a known gender ("chief executive Mary Barra recalled 2 million cars. She said ...")."""
    if gender_of(m.name) is not None or len(m.name.split()) > 3:
        return False
    at = text.find(m.name, m.pos)
    return at >= 0 and re.compile(_RECALLS_GOODS % re.escape(m.name)).match(text, at) is not None


#: A possessive and a noun of one who acts for another, as the source ("his attorney", "her spokeswoman").
_OWNED_AGENT = re.compile(r"(?i:(his|her))\s+([a-z]+)")
_NAME = r"((?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]+)"
#: A surname's possessive and such a noun ("Pagliano's lawyer has said ..."): the owner is named.
_NAMED_OWNER_AGENT = re.compile(r"([A-Z][\w'’-]+)['’]s\s+([a-z]+)")


def named_agent(source: str, pos: int, text: str, owner_of) -> str | None:
    """"His attorney also said ..." (or "<Owner>'s lawyer said ...") after "<Owner>'s lawyer, Ron Vale, said ..." (or "an attorney for <Owner>, Ron
    Vale,", "Ron Vale, <Owner>'s attorney,"): the person the article named before `pos` in that role (the same group of
    lang.AGENT_NOUN_GROUPS: "attorney" is "lawyer") for the owner the possessive stands for (`owner_of("he"/"she",
    pos)`, matched by its last word); the one so named when the possessive stays unresolved or is read as that agent
    ("his attorney" right after the attorney spoke is not his own). None when no one, or two for no known owner, are
    so named: the description stays."""
    m = _OWNED_AGENT.fullmatch(" ".join(source.split())) or _NAMED_OWNER_AGENT.fullmatch(" ".join(source.split()))
    group = next((g for g in lang.AGENT_NOUN_GROUPS if m is not None and m.group(2) in g), None)
    if group is None:
        return None
    role = r"(?:" + "|".join(sorted(group)) + r")"
    owned = r"(?:[A-Z][\w'’-]*\s+)*([A-Z][\w'’-]+)['’]s\s+(?:[a-z]+\s+)?" + role
    found = [(x.start(), x.group(1), x.group(2)) for x in re.finditer(owned + r",?\s+" + _NAME + r"\b(?!['’])", text)]  # "Pell's attorney, Ron Vale,"
    found += [(x.start(), x.group(1), x.group(2)) for x in re.finditer(r"\b(?i:an?|the)\s+(?:[a-z]+\s+)?" + role + r"\s+(?:for|to)\s+(?:[A-Z][\w'’.-]*\s+)*"
                                                                        r"([A-Z][\w'’-]+),\s+" + _NAME + r",", text)]  # "an attorney for Pell, Ron Vale,"
    found += [(x.start(), x.group(2), x.group(1)) for x in re.finditer(_NAME + r",\s+" + owned + r"\b", text)]  # "Ron Vale, Pell's attorney,"
    found = [(at, o, n) for at, o, n in found if n.split()[0].lower() not in lang.PERSON_TITLES | lang.FUNCTION_WORDS]
    if not found:
        return None
    owner = owner_of("he" if m.group(1).lower() == "his" else "she", pos) or "" if m.group(1).lower() in ("his", "her") else m.group(1)
    mine = {n for at, o, n in found if owner.split()[-1:] == [o]}  # (named later too: "his attorney" in a lede, the
    # attorney named for that owner further down)
    before = {n for at, o, n in found if at < pos}
    if not mine and before and (owner.lower() in lang.PRONOUNS or owner in before):
        mine = before  # the possessive unresolved, or read as the agent himself (his attorney is not he)
    return mine.pop() if len(mine) == 1 else None
