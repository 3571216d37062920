"""Names in the text (persons, organisations, one-word names) and what pronouns and
descriptions ("he", "it", "the agency") refer to: the last fitting name before them."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from .. import lang
from ..chunk import Span
from ..thresholds import ATTRIBUTION_LOOKBACK_PARAGRAPHS as LOOKBACK_PARAGRAPHS
from .gender import ROLE_VOTES, Genders, noun_gender, pronoun_gender
from .initial_nouns import firm_name_at
from .name_forms import NameForms, lower_given_before, responded_from
from .resolution import Resolving
from .referents import apposed_kind, described_before, inner_orgs, modified_group, refined_kind, subject_apposition, which_after, introduced_name
from .name_kinds import classify, name_runs, plural_people, possessive_orgs, subject_after_intro, office_holder
from .passive_agents import passive_agent_group
from .possessive_names import attributive_name, own_possessive_after, possessed_title
from .coreference import aside_possessive
from .name_completion import described_person, without_nationality
from .text import Piece, title_case
from .source_parts import inner_names, long_office_tail

# -- names and resolution ----------------------------------------------------------------------


#: How far before a name the checks that end at it look (each reads a few words before the name): the whole
#: sentence before it made a sentence with no full stop quadratic (robust34: 190 KB, 193 s).
NAME_CONTEXT_CHARS = 300

#: A month's name or abbreviation, then a day's number ("Oct. 30", "Sept 4", "March 12,"): a date, never a name.
_MONTH_DAY = re.compile(r"(?i:" + "|".join(lang.MONTHS) + "|" + lang.MONTH_ABBREVIATIONS_RE + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)")


def _before(seg: str, at: int) -> str:
    return seg[max(0, at - NAME_CONTEXT_CHARS):at]


#: A sentence opening with a participle or "During" clause up to its comma ("Suspecting lodger Sam Reed, ...",
#: "Thanking Sam Reed for his help, ...").
_PARTICIPLE_OPENER = re.compile(r"\s*[\"“‘']?([A-Z][a-z]+ing)\s[^,;:.!?“”\"]*,")


def _opener_end(seg: str, at: int) -> int | None:
    """Where the participle opener holding the name at `at` ends (its comma), or None (the sentence's end): the subject
    pronoun after that comma is the main clause's subject, not the opener's object, so it casts no gender vote for the
    name ("Suspecting lodger Sam Reed, she confronted him": no "she" for Sam Reed; coref55)."""
    m = _PARTICIPLE_OPENER.match(seg)
    return m.end() if m and at < m.end() and m.group(1).lower() not in lang.PERSON_TITLES else None


@dataclass
class Mention:
    pos: int
    name: str
    kind: str  # "person" | "org" | "group"
    para: int
    salient: bool  # a source or a sentence subject
    source: bool = False  # the source of a reporting frame
    headline: bool = False  # in a headline in title case ("Former Senator Endorses Challenger")


_APPOSITIVE = re.compile(r",\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})\s*,")
_PARTICLE = lang.NAME_PARTICLES_RE
# a sentence that opens with a plural noun of people, and its "of" phrase up to a comma
_NUMBER_WORD = "|".join(sorted(lang.NUMBER_UNITS.keys() | lang.NUMBER_TENS.keys(), key=len, reverse=True))
_GROUP_SUBJECT = re.compile(r"\s*(?P<n>(?:(?i:" + _NUMBER_WORD + r")(?:-[a-z]+)?|\d[\d,]*)\s+(?=[a-z]))?([A-Za-z][a-z]+)"
                            r"(?:\s+of\s+[^,;:“”\"]{1,60}?(?=,)|(?=[\s,]))")  # "Critics of X,", "Twenty-seven states"
_DATELINE = re.compile(r"(?:" + lang.DATELINE_RE + r")(?:[Tt]he\s+)?X")
_DATELINE_OPENING = re.compile(lang.DATELINE_RE)


def _dateline_end(seg: str) -> int:
    """Where a wire dateline opening the sentence ends, or 0 ("the company said" read "Fla"; session 16)."""
    m = _DATELINE_OPENING.match(seg)
    return m.end() if m else 0


#: A time phrase and its comma opening a sentence ("On Friday, ", "Last week, ").
_TIME_OPENER = re.compile(r"\s*(?:(?i:" + lang.COORDINATED_TIME_LEADS_RE + r"|by|next)\s+[\w.]+(?:\s+[\w.]+)?|(?i:" + "|".join(lang.WEEKDAYS) + r")),\s+")
# a person's name and "of (the)" right before a name: that name is the person's body
_OF_A_PERSON = re.compile(r"[A-Z][\w'’.-]*\s+of\s+(?:the\s+)?$")
# a sentence's subject: a plural noun of people and a name joined by "and", then its verb
_COORDINATED_SUBJECT = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?((?:[A-Za-z][a-z]+\s+)?([A-Za-z][a-z]+s)\s+and\s+"
                                  r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\s+(?:[a-z]+ed|" + "|".join(sorted(lang.AUXILIARY_VERBS)) + r")\b")
# an age in commas right after a name ("Doe, 44, left ...")
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
#: Where a source's description starts: what follows is no part of its head ("Jane Doe, a biologist
#: who led the study", "Jane Doe (who ran the survey)").
#: "the statement from ...", "a letter by ...": an issued text and its author after "from"/"by" (add_source; lead49)
_ISSUED_BY = re.compile(r"(?i)(?:the|a|an)\s+(?:[\w'’-]+\s+)?(?:" + "|".join(sorted(lang.ISSUED_DOCUMENT_NOUNS)) + r")\s+(?:from|by)\s")
_DESCRIPTION_CUT = re.compile(r",|\(|\s(?:" + lang.DESCRIPTION_CUT_WORDS_RE + r")\s")
# a sentence's first word: a gendered possessive ("Her deputy, John Roe, said")
_OPENING_PRONOUN = re.compile(r"\s*(His|Her)\s+[a-z]")


#: A description set off by commas right after a sentence's first word, then the verb (", a startup
#: based in Austin, unveiled"): that word is a name, not a word capitalised by position (session 10, over11).
_DESCRIBED_FIRST = re.compile(r",\s+(?:a|an)\s+[^,;:.“”\"]{2,60},\s+[a-z]")


#: A sentence whose subject is "The <noun>" and a verb ("The zoo has ...", "The company expects ..."): a body named before.
_DESCRIBED_SUBJECT = re.compile(r"\s*The\s+([a-z]+)\s+([a-z]+)\b")


def _finite(word: str) -> bool:
    """A word that can be a subject's verb ("has", "expects", "closed"), not a noun of a compound ("The zoo director")."""
    return word in lang.AUXILIARY_VERBS or word.endswith(("s", "ed")) and word not in lang.PREPOSITIONS


class Resolver(Resolving, NameForms):
    def __init__(self, text: str, paras: list[int], sentences: list[Span],
                 quotes: list[tuple[int, int, int]] = ()):
        self.text = text
        self.paras = paras  # paragraph start offsets
        self.q_starts, self.q_ends = [q[0] for q in quotes], [q[1] for q in quotes]
        self.genders = Genders()  # which pronoun can refer to whom, from the article's own words
        self._first_pass_persons: list[str] = []
        self.mentions: list[Mention] = []
        self.by_last: dict[str, list[Mention]] = {}  # persons by last word, for fuller forms
        self.persons: set[str] = set()  # last words of multi-word person names
        # capitalised words seen inside a sentence: a sentence's first word is a name only if
        # it is also capitalised where capitals are not forced ("Ultimately, ..." is not)
        self.mid_caps = set()
        for sp in sentences:
            for ln in re.findall(r"[^\n]+", text[sp.start:sp.end]):  # not a headline's ("Retailer's Sales Rise ...")
                if not title_case(ln, least=4):
                    self.mid_caps.update(m.group(1) for m in re.finditer(r"(?<=[\w,;] )([A-Z][\w'’.&-]*)", ln))
        first = re.match(r"[ \t]*([^\n]*?)[ \t]*\n", text)  # a short first line with no stop: the title (sentence case
        # too: "Council and unions agree deal"), whose names and speakers are no antecedents of the body's (lead35)
        self._title_end = first.end(1) if first and len(first.group(1).split()) <= 14 and len(paras) > 1 \
            and not re.search(r"[.!?][\"”’']*$", first.group(1)) else -1
        self._record = False  # first pass: a person's gender, read wherever the article tells it
        before: list[str] = []
        for sp in sentences:
            self._next_sentence(sp, before)
            before = self._first_pass_persons = []
            self.scan(sp)
        self._record = True

    def para_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paras, pos) - 1

    def scan(self, sp: Span) -> None:
        """Record the names in a sentence (persons, organisations) as candidates for later (on
        the first pass, from `__init__`, only what they tell of a person's gender)."""
        seg = self.text[sp.start:sp.end]
        first = len(self.mentions)
        c = _COORDINATED_SUBJECT.match(seg)
        if c and plural_people(c.group(2)) and not self._quoted(sp.start + c.start(1)):
            # "But state lawmakers and Gov. Jane Doe have defended ...": together, a group "they" can refer to
            self._add(Mention(sp.start + c.start(1), c.group(1), "group", self.para_of(sp.start), True))
        opener = _TIME_OPENER.match(seg)  # "On Friday, supporters of the plan will ...": the subject after the day (read11a)
        g = None if c and plural_people(c.group(2)) else _GROUP_SUBJECT.match(seg, opener.end() if opener else 0)
        if g and (plural_people(g.group(2)) or g.group("n") and g.group(2).endswith("s")
                  and (g.group(2)[:-1] in lang.ORG_HEADS or g.group(2)[:-3] + "y" in lang.ORG_HEADS)) \
                and (g.group(2)[:1].isupper() or opener is not None) != bool(g.group("n")) and not self._quoted(sp.start + g.start(2)):
            # "Critics of the program, like ..., see ...": a group "they" can refer to
            self._add(Mention(sp.start + g.start(2), g.group(0).strip(" ,"), "group", self.para_of(sp.start), True))
        elif not c and (mg := modified_group(seg)) is not None and not self._quoted(sp.start + mg[0]):
            # "Business owners on the street had opposed the plan. They said ...": a group
            self._add(Mention(sp.start + mg[0], seg[mg[0]:mg[1]], "group", self.para_of(sp.start), True))
        elif not c and (pa := passive_agent_group(seg)) is not None and not self._quoted(sp.start + pa[0]):
            # "The study was carried out by X researchers. They found ...": the passive's agent (read19)
            self._add(Mention(sp.start + pa[0], seg[pa[0]:pa[1]], "group", self.para_of(sp.start), True))
        headline = title_case(seg, least=4) or (self.para_of(sp.start) == 0 and len(self.paras) > 1
                                                 and (title_case(seg, least=2) or sp.start == 0 and sp.end <= self._title_end + 2)
                                                 and not re.search(r"[.!?][\"”’']*\s*$", seg))  # a short title line (read11a)
        subordinate: list[Mention] = []  # "When Jane Doe died, ...": subjects of an opening subordinate clause
        for m in name_runs(seg):
            raw = m.group(0).strip()
            raw = re.sub(rf"^(?:(?:{_PARTICLE})\s+)+|(?:\s+(?:{_PARTICLE}))+$", "", raw)
            if not firm_name_at(seg, m.end()):  # (not "Macy's said it ...": a firm's name keeps its "'s"; lead28)
                raw = re.sub(r"['’]s$|(?<=[a-z])['’]$", "", raw)  # (and "Schultz’ position": coref54)
            raw = re.sub(r"(?<=[a-z]{2})\.$", "", raw)  # "... met Jane Doe." -> "Jane Doe" (not "Jane Q.", "Jr.")
            if not raw or not raw[:1].isupper():
                continue
            words = raw.split()
            dependent = words[0].lower() in lang.SUBORDINATORS  # "When Jane Doe died, ...": no main-clause subject
            while words and (words[0].lower().rstrip(".") in lang.NOT_NAMES or words[0] in ("Sens.", "Reps.")):
                words = words[1:]  # ("Sens. Jane Doe and John Roe": a title of both is neither's name)
            cut = next((i for i, w in enumerate(words) if i and w.lower().rstrip(".") in lang.COURTESY_TITLES), 0)
            words = words[cut:]  # "Enter Ms. Doe — ...": a courtesy title opens the name; no word before it is one
            initial = not re.search(r"\w", seg[:m.start()])
            if initial and len(words) == 1 and words[0] not in self.mid_caps and words[0].lower().rstrip(".") not in lang.PERSON_TITLES \
                    and not _DESCRIBED_FIRST.match(seg, m.end()):  # ("Voltline, a startup in Austin, unveiled ...": a name)
                words = words[1:]
            gerund = initial and len(words) > 1 and words[0].endswith("ing") and words[0] not in self.mid_caps \
                and words[0].lower() not in lang.NOT_NAMES
            if gerund:  # "Saying President Obama, he said, was ...": the gerund's object, not the clause's subject
                words = words[1:]
            if initial and len(words) > 2 and words[1] == "of" and words[0] not in self.mid_caps \
                    and words[0].lower() not in lang.ORG_HEADS | lang.PERSON_TITLES | lang.PERSON_NOUNS:
                words = words[2:]  # "Shares of Acme Corp. fell": Acme Corp. is the name
            words = [w for w in words if not re.search(r"['’](?:re|ve|ll|d|m)$", w)]
            while len(words) > 1 and words[-1].lower() in lang.WEEKDAYS:
                words = words[:-1]  # "pressure on Chairman Jane Doe Sunday": the day is no part of the name
            if not words or m.end() <= _dateline_end(seg):
                continue  # also a place in the sentence's wire dateline ("CORAL BAY, Fla. - "): furniture, no antecedent
            if len(words) == 1 and _MONTH_DAY.match(words[0] + seg[m.end():]):
                continue  # "On Oct. 30, according to the company": a date, no body "the company" means (coref56)
            raw = " ".join(words)
            if possessed_title(seg, m.start() + max(0, m.group(0).find(raw)), raw):
                continue  # "the St Trinian's star": a title, no person (possessive_names)
            if attributive_name(seg, m.start() + max(0, m.group(0).find(raw)), raw) and refined_kind(raw, classify(raw)) == "person":
                continue  # "an overseas Moon Patrol convention": a name that modifies a noun, no person (read22; not
                # "The National Soccer League suspended ...": an organisation by its last word, test_bat9c)
            if re.search(lang.CHARACTER_LEAD_RE, _before(seg, m.start() + max(0, m.group(0).find(raw))), re.I):
                continue  # "the role of Count Ruffo": a character, no person "he" may mean (read19)
            kind = refined_kind(raw, classify(raw))
            kin = kind == "name" and apposed_kind(seg, m.start(), m.end(), kind) == "person"  # "his son, Kenneth, took over"
            kind = apposed_kind(seg, m.start(), m.end(), kind)  # (and "Marlow Outfitters, the clothing chain,": an organisation)
            if kind is None or headline and (kind != "person" or any(w.lower() in lang.FUNCTION_WORDS and w.lower() not in lang.NAME_INNER_WORDS for w in words[1:])):
                continue  # a headline in title case ("Power Plant Rules Face Key Test"): persons only, and no run of its
                # words ("Mayor Corners Council On Its Refusal To Use ...": "the mayor" is no such person; session 43)
            if words[-1].lower() in lang.SECTION_TITLE_WORDS and re.fullmatch(r"\W*" + re.escape(m.group(0).strip()) + r"\W*", seg):
                continue  # a section's title alone on its line ("Business News"): a label, no organisation
            if kind == "name" and _AGE_AFTER.match(seg, m.end()):
                self.persons.add(raw)  # "Doe, 44, left the club": an age shows a person ("he" may be Doe)
            if kind == "name" and len(words) == 1 and (own_possessive_after(seg, m.end()) or aside_possessive(seg, m.end())):
                self.persons.add(raw)  # "Kemp was asked about his fee", "Quill, in his account, did": a person (possessive_names; coref48)
            if " of " in raw and re.search(r"[A-Z][\w.'’-]*,\s*$", self.text[max(0, sp.start + m.start() - 40):sp.start + m.start()]) \
                    and seg[m.end():m.end() + 1] == "," and not introduced_name(seg[:m.start()], seg[m.end():]):  # (not after "One Democrat,": lead41)
                continue  # "Sen. Jane Doe, Democrat of Ohio, said": a description of the name, no one else
            if " " in raw and raw.split()[-1].lower() in lang.PERSON_NOUNS and re.match(r"\s+of\s", seg[m.start() + max(0, m.group(0).find(raw)) + len(raw):]) \
                    and re.search(r"[A-Z][\w.'’-]*,\s*$", self.text[max(0, sp.start + m.start() - 40):sp.start + m.start()]):
                continue  # "Jo Ames, Chief Inspector of customs in ...": the name's title, no one "she" may mean (read35)
            if kind == "person" and re.match(r"\s+([a-z]+)", seg[m.end():]) \
                    and re.match(r"\s+([a-z]+)", seg[m.end():]).group(1) in lang.NAMED_THING_NOUNS:
                kind = "place"  # "the Santa Rita dam", "the Mary Lee bridge": a name of a thing, not a person
            before = re.findall(r"([A-Za-z]+)\s+$", _before(seg, m.start()))  # (right before: "In 2016, Jo Keane" is no place)
            if kind == "person" and before and before[0] in lang.LOCATIVE_PREPOSITIONS \
                    and raw.split()[0].lower().rstrip(".") not in lang.PERSON_TITLES:
                kind = "place"  # "trapped in his car at Bar Hill": a place, never what "he" refers to
            if kind == "name" and re.search(r"\b(?:" + "|".join(lang.SEAT_PARTICIPLES) + r")\s+(?:in|near|outside)\s+(?:[A-Z][\w'’-]*,\s+)?$", _before(seg, m.start())):
                kind = "place"  # "Voltline, a startup based in Austin,": the seat, not a company "the company" means (and "Seattle, Wash.": coref56)
            at = sp.start + m.start() + max(0, m.group(0).find(raw.split()[0]))  # where the name proper starts
            if kind == "person" and _OF_A_PERSON.search(self.text[max(0, at - 60):at]):
                kind = "org"  # "Capt. Jane Doe of the High Mountain Police": her body, not another person
            body = None
            if kind == "person" and " of " in raw and (titled := office_holder(raw)) and m.group(0).rfind(titled) > 0:
                # "Deputy Assistant Secretary of State for Policy Jane Doe": the person is "Jane Doe" (attr15)
                a = m.start() + m.group(0).rfind(titled)
                m, raw, at = Piece(seg, a, a + len(titled)), titled, sp.start + a
            elif kind == "person" and " of " in raw and len(raw.split(" of ")[0].split()) >= 2:
                raw, _, body = raw.partition(" of ")  # "Gov. Jane Doe of Texas": the person is "Gov. Jane Doe"
            pos = sp.start + m.start()
            if self._quoted(pos):
                continue  # names inside a quotation are the speaker's words, not antecedents
            if body and classify(re.sub(r"^the\s+", "", body)) not in (None, "place") and len(body.split()) >= 2:
                # "Ortiz Kamara of the Bay City Comets": the team "The Comets" may refer to later
                self._add(Mention(pos + m.group(0).find(body), re.sub(r"^the\s+", "", body), "org", self.para_of(pos), False))
            if kind == "person" and not self._record:  # (not past a participle opener's comma: "Suspecting Sam Reed, she ...")
                self.genders.note(raw, _before(seg, m.start()), seg[m.end():_opener_end(seg, m.start())])
                self._first_pass_persons.append(raw)
            elif kind == "name" and not self._record and len(raw.split()) == 1:  # "Moore lashed out at what he called":
                self.genders.note_pronoun(raw, seg[m.end():_opener_end(seg, m.start())])  # a surname alone, its pronoun only (session 24)
                if (lower := lower_given_before(_before(seg, m.start()), raw)) is not None:
                    self.genders.vote(lower[0], noun_gender(lower[1]), ROLE_VOTES)  # "spokesman tom Kessel": his (coref54)
            salient = (m.start() < 3 or seg[:m.start()].strip() in ("", "The", "the")
                       or _DATELINE.fullmatch(seg[:m.start()] + "X") is not None  # "LONDON (Reuters) - The bank ..."
                       or kind == "person" and subject_after_intro(seg[:m.start()]))
            if salient and kind == "person" and (raw.split()[0].lower().rstrip(".") in lang.PERSON_TITLES
                                                 or raw.split()[-1].lower() in lang.PERSON_NOUNS
                                                 or raw.split()[-1].lower().split("-")[0] in lang.PERSON_TITLES):
                # "The Chief of Staff, Jane Doe, said": the name in apposition is the salient one
                app = _APPOSITIVE.match(seg, m.end())
                if app and classify(app.group(1)) == "person":
                    salient = False
                    if not self._record:
                        self.genders.note(app.group(1), seg[max(0, m.start() - 40):app.start(1)], seg[app.end(1):])
                    self._add(Mention(sp.start + app.start(1), app.group(1), "person", self.para_of(pos), True))
            salient = (salient or (kin or kind == "person") and (subject_apposition(seg[:m.start()])
                                                                 or introduced_name(seg[:m.start()], seg[m.end():]))) and not gerund  # (the main
            # clause's subject; "Tom's mother, Ann Roe, was proud": read36)
            salient = salient or kind == "person" and responded_from(self.text, sp.start + m.start())  # ("a response from X")
            mention = Mention(pos, raw, kind, self.para_of(pos), salient, headline=bool(headline))
            if salient and dependent:
                subordinate.append(mention)
            self._add(mention)

        for m in subordinate:  # the main clause names its own subject ("..., his son, John Roe, took over")
            m.salient = not any(o.pos > m.pos and (o.kind in ("person", "org") or o.name in self.persons)
                                for o in self.mentions[first:])
        self._pair(sp, first)
        if (d := _DESCRIBED_SUBJECT.match(seg)) and not self._quoted(sp.start) and _finite(d.group(2)) and (
                d.group(1).lower() in lang.ORG_HEADS or d.group(1).lower() in lang.ORG_NAME_ENDINGS):
            body = self.resolve("the " + d.group(1), sp.start)
            if any(m.name == body and m.kind == "org" for m in self.mentions[:first]):
                # "The zoo has two other elephants. It said ...": the zoo named in full before (lead35)
                self._add(Mention(sp.start, body, "org", self.para_of(sp.start), True))
        for a, b in possessive_orgs(seg):  # "the country's defence ministry", "Acme's board"
            # "the country's central bank governor, Jane Doe,": the organisation only describes a person
            nxt = re.match(r"\s+([a-z]+)", seg[b:])
            of_person = nxt is not None and (nxt.group(1) in lang.PERSON_TITLES or nxt.group(1) in lang.PERSON_NOUNS)
            self._add(Mention(sp.start + a, seg[a:b], "org", self.para_of(sp.start + a), not of_person))

    def _next_sentence(self, sp: Span, before: list[str]) -> None:
        """"Jane Doe quit. Her deputy said ...": an opening "his"/"her" refers to the one person the
        sentence before named (one vote); not a subject "she", maybe the very speaker in question."""
        p = _OPENING_PRONOUN.match(self.text, sp.start, sp.end)
        if p and len({n.split()[-1] for n in before}) == 1 and not self._quoted(sp.start):
            self.genders.vote(before[0], pronoun_gender(p.group(1)))

    def _pair(self, sp: Span, first: int) -> None:
        """"Mayor Jane Doe and Governor John Roe met ...": two persons joined by "and" as the
        sentence's subject are a group a later "they" can refer to."""
        persons = [m for m in self.mentions[first:] if m.kind == "person"]
        if len(persons) < 2 or not persons[0].salient:
            return
        a, b = persons[0], persons[1]
        gap = self.text[a.pos + len(a.name):b.pos]
        if re.fullmatch(r"\s+and\s+(?:[A-Z][\w.]*\s+){0,2}", gap) is None:
            return
        tail = self.text[b.pos + len(b.name):sp.end]
        if not re.match(r"[\s,]", tail):
            return
        self._add(Mention(b.pos, f"{a.name} and {b.name}", "group", b.para, True))

    def _quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.q_ends[i] > pos

    def add_source(self, pos: int, name: str, kind: str, as_written: str = "") -> None:
        kind = "org" if kind == "place" else refined_kind(name, kind)  # a country or city that speaks ("North Norland said") is "it"
        if kind == "person" and self.text.startswith(name, pos) and which_after(self.text, pos, pos + len(name)):
            kind = "org"  # "Velden Lane, which owns the block, said": a body (attr17)
        if kind == "person" and self.text.startswith(name, pos) and described_before(self.text, pos):
            kind = "org"  # "The port operator, Tessaly Terminals, said": a body (lead35)
        if kind == "person" and as_written.lower() in lang.PERSON_PRONOUNS:
            # "she said" resolved to Jane Doe: a later "he" is not her
            self.genders.vote(name, pronoun_gender(as_written))
        # "a report by X" stands as written; not "Jane Doe, a biologist who led the study" (a description's noun)
        documented = any(w in lang.DOCUMENT_NOUNS for w in re.findall(r"[a-z]+", _DESCRIPTION_CUT.split(as_written)[0])) \
            and not (as_written.lower().split()[-1:] and as_written.lower().split()[-1] in lang.ISSUED_DOCUMENT_NOUNS
                     and name.lower() != as_written.lower()) \
            and not (kind == "person" and name.lower() != as_written.lower() and _ISSUED_BY.match(as_written))  # "The statement" resolved to Acme: Acme
        # spoke; "the statement from <Name>'s attorney, Ann Pell" named its author, a person: a later "The statement said" is hers (lead49)
        self._add(Mention(pos, as_written if documented else name, kind, self.para_of(pos), True, True,
                          headline=pos < self._title_end))  # (a title line's speaker: lead35)
        for at, org in inner_orgs(as_written):  # "Shareholders of First Harbor Bank said ... The bank said ..."
            self._add(Mention(pos + at, org, "org", self.para_of(pos), False))
        for at, inner, inner_kind in inner_names(as_written):  # "an analysis by Lena Marwick ... said Marwick" (coref58)
            self._add(Mention(pos + at, inner, inner_kind, self.para_of(pos), False))

    def _add(self, m: Mention) -> None:
        if not self._record:
            return
        self.mentions.append(m)
        words = m.name.split()
        if m.kind != "person" and described_person(m.name) is not None:
            m = dataclasses.replace(m, kind="person")  # ("club legend Ray Parlour" read as a club's name: a person; coref50)
            self.mentions[-1] = m
        if m.kind != "person" and (tail := without_nationality(words)) != words:  # "For South African Tim Flack, ...":
            self.by_last.setdefault(tail[-1], []).append(dataclasses.replace(m, kind="person", name=" ".join(tail)))  # (coref50)
        if m.kind != "person" and (tail := long_office_tail(words)) is not None:  # "House Majority Whip Karl Brandell":
            self.by_last.setdefault(words[-1], []).append(dataclasses.replace(m, kind="person", name=tail))  # (coref58)
        if m.kind == "person" and words:
            if len(words) > 2 and words[-1].lower().rstrip(",") in lang.GENERATION_SUFFIXES:
                words = words[:-1]  # "George T. Conway III" is Mr. Conway
            self.by_last.setdefault(words[-1], []).append(m)
            if len(words) > 1:
                self.persons.add(words[-1])
            holder = office_holder(m.name) if " of " in m.name else None
            holder = holder or described_person(m.name)  # "club legend Ray Parlour": "Parlour" is Ray Parlour (coref50)
            if holder and holder != m.name:  # a source as written: "said Deputy Assistant Secretary of State for Policy Jane Doe" (attr15)
                self.by_last[words[-1]].append(dataclasses.replace(m, pos=m.pos + m.name.rfind(holder), name=holder))

    def _recent(self, pos: int, para: int) -> list[Mention]:
        """Mentions before pos within LOOKBACK_PARAGRAPHS (mentions are appended in text order,
        give or take one sentence, so the walk back stops soon after the window)."""
        lo = self.paras[max(0, para - LOOKBACK_PARAGRAPHS)]
        out = []
        for m in reversed(self.mentions):
            if m.pos < lo - 2000:
                break
            if m.pos < pos and para - m.para <= LOOKBACK_PARAGRAPHS:
                out.append(m)
        out.reverse()
        return out
