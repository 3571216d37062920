"""The forms a resolved name takes: a fuller earlier form of a surname ("Doe" -> "Jane Doe"), a
"Mr."/"Mrs." name, a person the article describes by a noun ("the mayor"), and whether a mention
acts as a clause's subject or is one of two names joined by "and". A mixin of names.Resolver,
which holds the article's text, mentions, names by surname and genders."""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import within
from .coreference import given_name_full, kin_surname, plain_titled
from .name_completion import described_person, office_person



_RESPONSE_FROM = re.compile(r"\b(?:" + lang.RESPONSE_DRAWING_VERBS_RE + r")\s+(?:an?\s+)?(?:[a-z]+\s+)?([a-z]+)\s+from\s+"
                            r"(?:[a-z]+\s+){0,2}(?:[A-Z][\w.]*\s+)?$")


def responded_from(text: str, at: int) -> bool:
    """The name at `at` follows "drew a (sharp) response from" (lang.RESPONSE_NOUNS): that person answered (read11a)."""
    m = _RESPONSE_FROM.search(text[max(0, at - 60):at])
    return m is not None and m.group(1) in lang.RESPONSE_NOUNS

#: A sentence opening with a one-to-four-word description and its comma, right before a name ("A resident, ",
#: "One local farmer, "): the name is that description's apposition, the sentence's subject (lead34).
_OPENING_DESCRIPTION = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n)(?i:" + "|".join(sorted(lang.SUBJECT_DETERMINERS)) + r")\s+"
                                  r"((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),\s+$")
#: (no verb or second determiner inside: "The keeper thanked a resident, Gary Mills, ..." is no such opening)


def _verb_first(m) -> bool:
    """A mention that opens with a verb ("Who Criticized Doe", a headline's "Challenged Doe"): no
    fuller name of "Doe" (read12c, a BASIL story)."""
    w = m.name.split()[0].lower()
    return w.endswith("ed") and (w in lang.CUE_VERBS | lang.EVALUATION_VERBS or m.headline and len(w) > 5)  # (not "State Sen. X")


class NameForms:
    """Methods of names.Resolver about the forms of names (see the module docstring)."""

    text: str
    mentions: list

    def _described_as(self, name: str, head: str, pos: int) -> bool:
        """Before `pos`, the article calls the person by the noun `head` (a title before the name
        or an apposition after it)."""
        first = name.split()[0].lower().rstrip(".")
        if len(name.split()) > 1 and (first == head or lang.TITLE_NOUN_OF.get(first) == head
                                      or head in ("congresswoman", "representative") and first == "rep"):
            return True  # "Sen. Jane Doe" is "the senator"
        if len(name.split()) < 2:
            return False  # a one-word name ("Texas senator"): not a person the article described
        last = re.escape(name.split()[-1])
        abbr = [k for k, v in lang.TITLE_NOUN_OF.items() if v == head] + (["rep"] if head == "representative" else [])
        heads = "|".join([head] + [a + r"\." for a in abbr] + [t for t, nouns in lang.TITLE_ROLE_NOUNS.items() if head in nouns and t.isalpha()
                                                               and len(t) > 3])  # ("Supreme Court Justice Ann Pike" is "the judge": coref58)
        # "Mayor John Doe", "the mayor of Springfield, John Doe", "John Doe, the city's mayor,"
        before = r"\b(?i:%s)\s+(?:of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}%s\b"
        after = r"\b%s\b,\s+(?:[\w'’-]+\s+){0,4}?(?i:%s)\b"
        return re.search(before % (heads, last), self.text[:pos]) is not None \
            or re.search(after % (last, head), self.text[:pos]) is not None

    def _paired(self, m) -> bool:
        """The mention is one of two names joined by "and" ("Jane Doe and John Roe resigning"):
        together they are "they", neither is "he" or "she"."""
        at = self.text.find(m.name, m.pos)
        if at < 0:
            return False
        before, after = self.text[max(0, at - 40):at], self.text[at + len(m.name):at + len(m.name) + 40]
        return bool(re.search(r"[A-Z][\w'’.-]*\s+and\s+$", before) or re.match(r"\s+and\s+[A-Z]", after))

    def _acts(self, m) -> bool:
        """The mention is a clause's subject, a verb right after it ("with President Jane Doe
        commenting on ..."), not an object ("after meeting with President Jane Doe.")."""
        at = self.text.find(m.name, m.pos)
        if at >= 0 and responded_from(self.text, at):
            return True  # "drew a sharp response from Rev. Jane Doe": she answered, a quotation after it may be hers
        prev = re.search(r"\b([a-z]+)\s+$", self.text[max(0, at - 20):at]) if at >= 0 else None
        if prev is not None and prev.group(1) in lang.OBJECT_INFINITIVE_VERBS and any(
                o.salient and o.kind == "person" and o.pos < at and not re.search(r"[.!?]\s", self.text[o.pos:at])
                for o in self.mentions):
            return False  # "Paul Smith helped Senator Jane Rowe make her case. He said ...": an object, Smith goes on
            # (not when the subject is no person: "The comments helped Ann Roe make her case. She said ...")
        if at >= 0 and (desc := _OPENING_DESCRIPTION.search(self.text[max(0, at - 60):at])) is not None \
                and not any(w in lang.FUNCTION_WORDS or w.endswith("ed") for w in desc.group(1).split()) \
                and (verb := re.match(r",\s+([a-z]+)\b", self.text[at + len(m.name):at + len(m.name) + 30])) is not None \
                and verb.group(1) not in lang.FUNCTION_WORDS:
            return True  # "A resident, Gary Mills, spotted the animal ... . “...,” he said": Mills (lead34)
        nxt = re.match(r"\s+([a-z]+)\b", self.text[at + len(m.name):at + len(m.name) + 30]) if at >= 0 else None
        if nxt is not None and nxt.group(1) in lang.BE_FORMS | lang.AUXILIARY_VERBS \
                and m.name.split()[0].lower().rstrip(".") in lang.PERSON_TITLES:
            return True  # "how serious Mr. Doe is"
        if nxt is not None and nxt.group(1) in lang.AUXILIARY_VERBS:
            # "Nurse Jim Poe was asleep": the subject opening its sentence (not "... how the Cold War would end")
            lead = re.split(r"[.!?\n,]", self.text[max(0, at - 80):at])[-1]  # after an opening phrase too
            return len(lead.split()) <= 3
        return nxt is not None and nxt.group(1) not in lang.FUNCTION_WORDS  # not "thanking Mr. Doe and his wife"

    def _titled(self, name: str, pos: int) -> str:
        """"Mr. Doe" -> the one fuller "John Doe" before, unless shown a woman; "Mrs. Doe" -> a fuller
        name only when its own votes show a woman (not "John Doe" through a shared surname)."""
        g = "m" if name.split()[0].lower().rstrip(".") == "mr" else "f"
        hon = name.split()[0].lower().rstrip(".")
        full = {m.name for m in self.by_last.get(name.split()[-1], ()) if m.pos < pos and len(m.name.split()) > 1
                and m.name.split()[0].lower().rstrip(".") not in lang.HONORIFICS
                and (self.genders.own(m.name) == g or self.genders.own(m.name) is None and (
                    g == "m" or m.name.split()[0].lower().rstrip(".") in lang.PERSON_TITLES))}
        # (a woman's courtesy title takes a fuller name with no known gender only when that name opens with a
        # title, "Ms. Doe" after "Speaker Jane Doe", not a bare "John Doe": read11b, a BASIL story)
        # ("Mr Hale" after "Mr Tom Hale": the one fuller name under the same courtesy title, a given name between; coref55)
        full |= {m.name for m in self.by_last.get(name.split()[-1], ()) if m.pos < pos and len(m.name.split()) == 3
                 and m.name.split()[0].lower().rstrip(".") == hon and m.kind in ("person", "name")
                 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.", m.name.split()[1])}
        full -= {n for n in full if n.split()[0].lower().rstrip(".") == hon and n.split(None, 1)[1] in full}
        full = {described_person(n) or n for n in full}  # ("<Place> AM Jo Marr" and its "Jo Marr" are one person; coref51)
        if not full and g == "f":  # "Mrs Pettle" after "her owner Joan Pettle": the one person of that surname, no man (coref48)
            full = {plain_titled(m.name) for m in self.by_last.get(name.split()[-1], ()) if len(m.name.split()) > 1
                    and m.name.split()[0].lower().rstrip(".") not in lang.HONORIFICS}
            full = full if len(full) == 1 and self.genders.own(next(iter(full))) is None \
                and self.genders.of(next(iter(full))) != "m" and not re.search(r"\bMr\.?\s+" + re.escape(name.split()[-1]) + r"\b", self.text) \
                and min(m.pos for m in self.by_last[name.split()[-1]] if plain_titled(m.name) in full) < pos else set()
        ones = {n for n in full if not {"and", "&"} & set(n.split())}  # (not "Both Mr. Doe and Mr. Roe": two people)
        if len(ones) > 1 and g == "m":  # "Mr. Doe" of father or son, both named in full before: the one of them who
            spoke = [m for m in self.by_last.get(name.split()[-1], ()) if m.pos < pos and m.source and m.name in ones]
            full = {max(spoke, key=lambda m: m.pos).name} if spoke else full  # spoke last as a source (coref58)
        return full.pop() if len(full) == 1 else name

    def _full(self, name: str, pos: int, not_gender: str | None = None) -> str:
        """The fullest earlier form of a name: 'Smith' -> 'Jane Smith' when that came before
        ('Rakeyia Scott' stays herself after 'Keith Lamont Scott'; a pronoun's antecedent is not
        given the fuller name of a person of the other gender)."""
        last = name.split()[-1]
        titled = [i for i, w in enumerate(name.split()[:-1]) if w.lower().rstrip(".") in lang.PERSON_TITLES]
        core = " ".join(name.split()[titled[-1] + 1:] if titled else name.split())  # "Mr. Doe" -> "Doe"
        found = [m for m in self.by_last.get(last, ()) if m.pos < pos and len(m.name) > len(name)
                 and not _verb_first(m)
                  and not any(w.lower().strip(".,") in lang.NOT_NAMES for w in m.name.split()[:-1])
                  and not _lower_descriptor(m.name, core)  # ("Fitness app Pacely" -> "Pacely": a headline's trade; left43)
                  and len([w for w in m.name.split() if not re.fullmatch(r"[A-Z]\.", w)]) <= 4  # (a middle initial adds no word)
                  and within(core.split(), [w for w in m.name.split() if w.lower() not in lang.GENERATION_SUFFIXES])
                  and (not_gender is None or self.genders.of(m.name) != not_gender)]
        if len({m.name for m in found}) > 1:  # two people share the surname ("Jane Doe ... her father, John Doe,
            # said ... Doe said"): the one who spoke, else the one the article calls by first name more
            # often ("Hillary" five times, "Bill" once: lead12), else the one named last (read12a, a CNN story)
            def first_named(m) -> int:
                first = [w for w in m.name.split()[:-1] if w.lower().rstrip(".") not in lang.PERSON_TITLES][:1]
                return len(re.findall(r"\b" + re.escape(first[0]) + r"\b", self.text)) if first else 0
            kin = {m.name for m in self.by_last.get(last, ()) if kin_of(self.text, m.pos, last)}
            found = sorted(found, key=lambda m: (m.name not in kin, bool(m.source), first_named(m), m.pos),
                           reverse=True)  # (not "Doe's first wife, Ann Doe" for a bare "Doe", even when she spoke and he
            # did not: a relative introduced as one is named in full after, the bare surname is the other: read16, lead44)
        longer = [m.name for m in found]
        if not longer and len(name.split()) == 1:  # "Certner" after "AARP policy director David Certner": "David Certner" (lead29)
            tails = {_proper_tail(m.name) for m in self.by_last.get(last, ()) if m.pos < pos
                     and (not_gender is None or self.genders.of(m.name) != not_gender)}
            longer = [t for t in tails if t and 2 <= len(t.split()) <= 4][:1] if len(tails) == 1 else []
        # ("Party spokeswoman Jane Doe", not a headline's "Ready for Doe", "Rivals and Doe" or "Who Criticized Doe" (read12c); a
        # description of five words or more first does not hide a fuller name that comes later)
        if not longer and len(name.split()) == 1 and name not in self.by_last:
            # "Wang said" after "Wang Qiushi, the lawyer": a family name written first, the one person so named
            longer = list({m.name for ms in self.by_last.values() for m in ms if m.pos < pos
                           and len(m.name.split()) == 2 and m.name.split()[0] == name})
            longer = longer if len(longer) == 1 else []
        if not longer and len(name.split()) == 1 and (given := given_name_full(name, pos, self.mentions, self.genders, not_gender)
                                                     or kin_surname(self.text, name, pos, self.mentions)):
            longer = [given]  # "Ronald said" after "Ronald Pike" or "his son, Ronald," (coref48)
        return longer[0] if longer else name

    def _org_full(self, name: str, pos: int) -> str:
        """A one-word name that opens the one organisation named before whose name ends with its
        trade ("Brightline said" after "Brightline Foods will close ..."): that organisation's
        name (not "Mexico City" for "Mexico")."""
        if len(name.split()) != 1:
            return name
        longer = {m.name for m in self.mentions if m.pos < pos and m.kind == "org" and len(m.name.split()) > 1
                  and m.name.split()[0] == name
                  and m.name.split()[-1].lower().strip(".") in lang.ORG_NAME_ENDINGS | lang.GENERIC_ORG_HEADS | lang.BODY_NAME_FINAL_WORDS}
        return longer.pop() if len(longer) == 1 else name

    def _by_title_or_tail(self, source: str, pos: int) -> str | None:
        """"the provost" after "Provost Jane Doe" (a title the article put before one person's
        name, though no list holds it), "The Comets" after "the Bay City Comets" (the last word of
        one fuller name): that earlier name; else None."""
        m = re.fullmatch(r"[Tt]he\s+([a-z]+|[A-Z][\w'’-]+)", source.strip())
        if m is None:
            return None
        word = m.group(1)
        if word.islower() or word.lower() in lang.PERSON_TITLES | lang.SHORT_FORM_TITLES:  # ("The Cardinal": coref51)
            found = {x.name for x in self.mentions if x.pos < pos and x.kind == "person" and len(x.name.split()) >= 3
                     and x.name.split()[0].lower() == word.lower() and (x.source or x.para > 0) and not x.headline}  # (not a headline's words)
        else:
            found = {x.name for x in self.mentions if x.pos < pos and x.kind != "place" and len(x.name.split()) >= 2
                     and x.name.split()[-1] == word and x.name.split()[0].lower() != "the" and not x.headline
                     and " and " not in x.name}  # ("The OSR" is no "Pelland and the OSR", two subjects: read27)
        return found.pop() if len(found) == 1 else None


def _lower_descriptor(name: str, core: str) -> bool:
    """`name` is a headline's trade before a one-word name, `core` ("Fitness app Pacely", "Chip maker Voltra" for
    "Pacely", "Voltra"): three words, a capitalised one, a lower-case one that is no name particle ("Ludwig van
    Beethoven") and the core. Longer mentions are left alone: in lower-cased copy the lower-case word may be a given
    name ("Australia captain jo Bell")."""
    words = name.split()
    return len(words) == 3 and len(core.split()) == 1 and words[0][:1].isupper() and words[1].isalpha() and words[1].islower() \
        and words[1] not in lang.PERSON_NAME_PARTICLES and words[1] not in lang.FUNCTION_WORDS


def _proper_tail(name: str) -> str | None:
    """The given name and surname that end a long mention, past its lower-case description ("AARP
    policy director David Certner" -> "David Certner"; "... and House Speaker Ann Roe" -> "Ann Roe"), else None."""
    words = name.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower().rstrip(".") not in lang.PERSON_TITLES | lang.NOT_NAMES:
        k -= 1
    if not (0 < k < len(words) and words[k - 1][:1].islower()) or len(words) - k < 2:
        return _after_role(words)
    two = 3 if len(words) - k >= 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2  # a given name and the surname ("Ann R. Doe")
    return " ".join(words[-two:])


def _after_role(words: list[str]) -> str | None:
    """The given name and surname after a capitalised role noun that ends a long description of capitalised words
    ("Harbour Police Special Agent Tom Vask", "Pellby Fire Chief Ann Rudd" -> "Tom Vask", "Ann Rudd"; real47), else
    None (not "Harbour Police Chief" nor "Agent Orange Fund")."""
    for i in range(len(words) - 3, 0, -1):
        if words[i].lower().rstrip(".") in lang.PERSON_TITLES | lang.PERSON_NOUNS:
            tail = words[i + 1:]
            core = [w for w in tail if not re.fullmatch(r"[A-Z]\.", w)]
            if len(core) == 2 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) and w.lower() not in
                                      lang.PERSON_TITLES | lang.PERSON_NOUNS | lang.NOT_NAMES | lang.ORG_HEADS for w in core):
                return " ".join(tail)
            return None
    return None


def kin_of(text: str, pos: int, last: str) -> bool:
    """The name at `pos` is introduced as a relative of the surname `last` ("... to question Doe's
    first wife, Ann Marie Doe"; read16): the article's bare "Doe" is the other person."""
    kin = "|".join(sorted(lang.KIN_NOUNS))
    if re.search(r"\b" + re.escape(last) + r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:" + kin + r")\s*,\s*$",
                 text[max(0, pos - 80):pos]) is not None:
        return True
    # "Ann Doe, the nominee's eldest daughter," / "Ann Doe, his wife,": the relative named by an apposition after
    end = text.find(last, pos)
    return end >= 0 and re.match(r",\s+(?:the\s+(?:[\w-]+\s+){0,4}?[\w-]+['’]s|his|her|their|(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s)\s+"
                                 r"(?:[a-z-]+\s+){0,2}(?:" + kin + r")\b", text[end + len(last):end + len(last) + 90]) is not None


def lower_given_before(before: str, surname: str) -> tuple[str, str] | None:
    """("Tom Kessel", "spokesman") for `before` ending "spokesman tom " and `surname` "Kessel": a given name written
    without its capital after a lower-case office (name_completion.office_person reads it so), and that office noun,
    whose gender is the full name's (names.Resolver's first pass; coref54, title_forms: else "Ms Kessel" later took the
    spokesman's name). Only the office noun votes: a pronoun after the name is read for the surname alone, as
    before ("minister tom Kessel says Ann Roe was right to dismiss him once she ...": no vote). None for any other
    shape."""
    m = re.search(r"([a-z]+)\s+([a-z]+)\s+$", before)
    if m is None:
        return None
    full = office_person(f"{m.group(1)} {m.group(2)} {surname}")
    return (full, m.group(1)) if full and full.split()[-1] == surname and len(full.split()) == 2 else None
