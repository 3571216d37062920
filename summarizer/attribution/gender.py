"""Which pronoun can refer to a person, read from the article itself (no list of first names).

Evidence, weighed by votes per name (`Genders`):
- a courtesy title or gendered role noun right before the name ("Mrs. Doe", "spokeswoman Jane
  Doe", "her husband John Doe"): strong;
- a gendered role noun in an appositive right after it ("Jane Doe, a congresswoman from Ohio,",
  "John Doe, her husband,"): strong;
- the first singular subject pronoun ("he", "she", "himself") after the name in the same
  sentence, outside quotations and asides, with no other person named in between ("John Doe
  said he ...", "Jane Doe faced a backlash as she ..."): weak, one vote.
A name whose votes disagree about evenly has no gender: the resolver then keeps its old order.
Surnames carry the votes of the fuller name when only one person in the article bears them.

No first-name list: the libraries on PyPI were weighed (evals/RESULTS.md, pron5) and none is both
kept up and clearly licensed for this MIT project with data of a sound origin.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import lang

#: Votes of a title or role noun next to the name; a pronoun after it gives one.
ROLE_VOTES = 3
#: Characters after a name in which its sentence's first pronoun is read.
PRONOUN_WINDOW = 120
#: The vote of a pronoun opening a clause the name reports to someone ("<Name> told reporters she ...", "<Name> said
#: in a statement he ..."): it may be the person spoken of (coref51: "<Name> told reporters she bore ..." of the mother);
#: two such agree. A bare "<Name> said she ..." keeps its whole vote.
REPORTED_VOTE = 0.5
_REPORTED_SUBJECT = re.compile(r"\b(?:" + "|".join(sorted(lang.SPEECH_VERBS)) + r")\s+([A-Za-z-]+)(?:\s+(?!that\b)[A-Za-z-]+)?\s*$")


def _told_to(between: str) -> bool:
    """`between` (a name's words up to a pronoun) ends in a speech verb and whom it was told, with no "that" ("told
    reporters she"; "told KTV that he" keeps its whole vote, as long44 reads it): not a time ("admitted Tuesday")."""
    m = _REPORTED_SUBJECT.search(between)
    return m is not None and m.group(1).lower() not in lang.NOT_TOLD_WORDS | lang.TIME_WORDS

# subject and reflexive forms only: an object or possessive after a name is often someone else's
# ("Jane Doe gave qualified support for her comments")
_PRONOUN = re.compile(r"\b(" + lang.GENDERED_SUBJECT_PRONOUNS_RE + r")\b", re.I)
_APPOSITION = re.compile(r",\s+((?:(?i:" + lang.APPOSITION_DETERMINERS_RE + r")\s+|[A-Z][\w'’.-]*['’]s\s+)[^,;:()“”\"]{0,60}?)(?=[,;.]|$)")
# asides that hold no competitor for a pronoun: "X faced a backlash -- including a call from Y
# to resign -- as she ...", "X (and Y) said she ..."
#: A role noun after a possessive or determiner, then the comma that opens an apposition ("His wife, ",
#: "Mr Doe's mother, ", "the company's chairman, ").
_ROLE_COMMA = re.compile(r"(?:\b(?i:" + "|".join(lang.POSSESSIVE_DETERMINERS + ("the", "a", "an")) + r")|[A-Z][\w'’.-]*['’]s)\s+(?:[a-z]+\s+)?([a-z]+),\s*$")
#: "<Name> and his wife", "<Name>, with her husband,": the possessive is the name's, its gender the name's (a kin noun
#: of either gender after it, lang.FEMALE_NOUNS / MALE_NOUNS; the name run may hold the "and"). Not "<Name>, his wife,"
#: (an apposition: she is his wife).
_OWN_KIN_AFTER = re.compile(r"(?:,?\s+(?:and|with|along\s+with))?\s+(his|her)\s+(?:[a-z]+\s+)??([a-z]+)\b", re.I)
#: "his wife", "her husband's": a possessive before a spouse noun (Genders._own_spouse).
_OWN_SPOUSE = re.compile(r"\b(his|her)\s+(?:[a-z]+\s+)?(?:husband|wife)\b", re.I)
_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–]*?\s(?:--|—|–)\s|\([^()]*\)")


def noun_gender(word: str) -> str | None:
    w = word.lower().strip(".,'’")
    if w in lang.FEMALE_NOUNS:
        return "f"
    if w in lang.MALE_NOUNS:
        return "m"
    return None


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    if w in lang.MALE_PRONOUN_FORMS:
        return "m"
    if w in lang.FEMALE_PRONOUN_FORMS:
        return "f"
    return None


# a second person between a name and a pronoun ("John Roe", "Mr. Roe", "the minister"); plural
# nouns do not compete for "he" or "she" ("Jane Doe told reporters she ...")
_OTHER_PERSON = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b(?i:" + "|".join(sorted(lang.HONORIFICS)) + r")\.?\s+[A-Z]|"
                           r"\b(?i:" + "|".join(sorted(w for w in lang.PERSON_NOUNS | lang.PERSON_TITLES
                                                     if not w.endswith("s") and w != "people")) + r")\b")


class Genders:
    """Votes per name; `of(name)` is "m", "f" or None."""

    def __init__(self) -> None:
        self.votes: dict[str, Counter] = {}
        self.first_words: dict[str, set[str]] = {}  # surname -> the first words of fuller names

    def vote(self, name: str, gender: str | None, n: int = 1) -> None:
        if gender is None or not name.strip():
            return
        self.votes.setdefault(name, Counter())[gender] += n
        words = name.split()
        if len(name.split(" of ")[0].split()) >= 2:  # "Analyst Jane Doe of Acme Securities": Doe's surname (long44)
            words = name.split(" of ")[0].split()
        self.votes.setdefault("\0" + words[-1], Counter())[gender] += n

    def person(self, name: str) -> None:
        """A person named in the article: a second first name for one surname ("Donald Trump",
        "Ivanka Trump") makes the surname alone say nothing about gender."""
        words = name.split()
        titled = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in lang.PERSON_TITLES
                  or w.lower() in lang.PERSON_NOUNS]
        words = words[titled[-1] + 1:] if titled else words
        if len(words) >= 2:
            self.first_words.setdefault(words[-1], set()).add(words[0])

    def note(self, name: str, before: str, after: str) -> None:
        """The evidence around one mention: `before` ends right before the name, `after` starts
        right after it (both in the same sentence; quotations are the caller's concern)."""
        ws = re.findall(r"[A-Za-z]+|[,;:]", before)[-3:]
        self.person(name)
        for w in reversed(ws):  # "spokeswoman Jane Doe", "her husband, John Doe" (not "wife of John Doe")
            if w in ",;:" or w.lower() in lang.ROLE_NOUN_BREAKS:
                break
            g = noun_gender(w) if w[:1].isupper() or w.lower() not in lang.HONORIFIC_FORMS else None
            if g is not None:
                self.vote(name, g, ROLE_VOTES)
                break
        kin = _ROLE_COMMA.search(before)
        if kin and re.match(r"\s*,", after) and noun_gender(kin.group(1)) is not None:
            # "His wife, Jane Doe, had returned", "Mr Doe's mother, Ann Doe, said": a closed apposition (read21)
            self.vote(name, noun_gender(kin.group(1)), ROLE_VOTES)
        if (own := _OWN_KIN_AFTER.match(after)) is not None and noun_gender(own.group(2)) is not None:
            self.vote(name, pronoun_gender(own.group(1)), ROLE_VOTES)  # "Sam Reyes and his wife": his (coref50)
        self._own_spouse(name, after)
        if self._title_alone(name):
            return
        for w in name.split()[:-1]:  # "Mrs. Jane Doe", "Foreign Ministry spokeswoman Jane Doe"
            if noun_gender(w) is not None:
                self.vote(name, noun_gender(w), ROLE_VOTES)
                break
        app = _APPOSITION.match(after)
        if app:
            nouns = [noun_gender(w) for w in re.findall(r"\b[A-Za-z]+\b(?!['’])", app.group(1))]  # not "the chairman's wife"
            g = next((x for x in reversed(nouns) if x), None)
            if g is not None:
                self.vote(name, g, ROLE_VOTES)
                return
        self.note_pronoun(name, after)

    def note_pronoun(self, name: str, after: str) -> None:
        """One weak vote: the first subject pronoun after the name in its sentence, when nothing
        closes the clause and no other person comes between ("John Doe said he ...")."""
        if self._title_alone(name):
            return
        rest = _ASIDE.sub(lambda m: " " * len(m.group(0)), after[:PRONOUN_WINDOW])
        p = _PRONOUN.search(rest)
        if p is None or re.search(r"[.!?;“”\"()—–]|--", rest[:p.start()]):
            return  # another sentence, a quotation, or the end of an aside the name is in
        between = rest[:p.start()]
        if _OTHER_PERSON.search(between):
            return  # another person between: "Jane Doe met John Roe, who said he ..."
        if re.search(r"\b(?:him|her)\s*$", between, re.I):
            return  # "Judge Jane Doe told him he had ...": the pronoun is the object's, right before it (lead34)
        after = re.match(r"\s+([a-z]+)", rest[p.end():])
        if re.search(r"[,”\"]\s*$", between) and after and after.group(1) in lang.SPEECH_VERBS:
            return  # "... to replace John Roe, she told reporters": a final frame's speaker is the sentence's
        self.vote(name, pronoun_gender(p.group(1)), REPORTED_VOTE if _told_to(between) else 1)

    def _own_spouse(self, name: str, after: str) -> None:
        """One weak vote: "Hold Jane Doe to her husband's standards", "Jane Doe's story and her husband's policies": a
        possessive before a spouse noun later in the name's clause, no other person or quotation between (coref53; a
        possessive before any other noun stays no vote: "Jane Doe gave qualified support for his comments")."""
        rest = _ASIDE.sub(lambda m: " " * len(m.group(0)), after[:PRONOUN_WINDOW])
        p = _OWN_SPOUSE.search(rest)
        if p is None or p.start() == 0 or re.search(r"[.!?;:“”\"()—–]|--", rest[:p.start()]) \
                or _OTHER_PERSON.search(rest[:p.start()]) or re.search(r"\b(?:him|her|them)\b", rest[:p.start()], re.I):
            return
        self.vote(name, pronoun_gender(p.group(1)))

    def _title_alone(self, name: str) -> bool:
        """"the Queen", "the Duke" named by the title alone: the title's gender, strong (read29)."""
        if " " in name.strip() or not name[:1].isupper() or noun_gender(name) is None:
            return False
        self.vote(name, noun_gender(name), ROLE_VOTES)
        return True

    def own(self, name: str) -> str | None:
        """The gender of exactly this name's votes, none carried over from a shared surname."""
        c = self.votes.get(name) or Counter()
        if c["m"] + c["f"] < 1:
            return None  # (one reported clause's pronoun alone)
        return "m" if c["m"] > 2 * c["f"] else "f" if c["f"] > 2 * c["m"] else None

    def of(self, name: str) -> str | None:
        words = name.split()
        c = self.votes.get(name) if len(words) > 1 else None
        if c and c["m"] + c["f"] < 1:
            c = None  # (one told clause's pronoun: the surname's votes, as for no vote)
        if not c and words and len(self.first_words.get(words[-1], ())) <= 1 \
                and not any(words[-1] in firsts for last, firsts in self.first_words.items() if last != words[-1]):
            c = self.votes.get("\0" + words[-1])  # "Doe" after "Jane Doe", if she is the only Doe (nor another's
            # first word: "Wang" of "Wang Lin", family name first, is no vote on "Mei Wang": real46)
        if not c:
            c = self.votes.get(name)
        if not c and len(words) == 1 and len(fulls := {n for n in self.votes if n[:1] != "\0" and len(n.split()) == 2
                                                        and n.split()[0] == words[0]}) == 1:
            c = self.votes[fulls.pop()]  # "Melania" after "Melania Doe ... her husband's": her votes (coref53)
        if not c:
            return None
        m, f = c["m"], c["f"]
        if m + f < 1:
            return None  # (one reported clause's pronoun alone: REPORTED_VOTE)
        if m > 2 * f:
            return "m"
        if f > 2 * m:
            return "f"
        return None
