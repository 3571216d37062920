"""Who a source as written is: "he", "the ministry", "the 43-year-old", "the statement" resolved
to the last fitting name before it (`Resolving.resolve`, a part of attribution/names.py's Resolver,
which keeps the mentions). Moved out of names.py as it was (session 13: that module had reached its bound).
"""

from __future__ import annotations

import re

from .. import lang
from ..thresholds import ATTRIBUTION_LOOKBACK_PARAGRAPHS as LOOKBACK_PARAGRAPHS, FORWARD_PRONOUN_SENTENCES
from .name_kinds import classify, clean_name, holds_head, plural_people, titled_name
from .later_holders import later_holder
from .person_antecedents import document_headed, named_agent, recalls_goods, subject_before
from .referents import apposed_holder, aside_subject, bare_description, document_antecedent, document_modifier, finding_it, interviewee, issuer, named_document, owned_statement
from .role_titles import holds_role, speaking_holder, titled_holder
from .answers import answerer
from .place_antecedents import not_places, of_place
from .initial_nouns import firm_name_at
from .spokespersons import document_it, document_writer, spoken_for, spokesperson_they
from .text import cap
from .name_completion import born_description, described_person, described_subject, named_with_head, plural_title_pair, titled_full, final_form, placed_office, named_relative
from .coreference import also_acts, brand_of_goods, sentence_body, sentence_firm, given_name_full, described_leader, joint_names, kin_bound, named_kin, plural_quantifier

#: A person named in full this close before a pronoun (characters) is who the pronoun is,
#: though an earlier speaker is more salient ("..., with President Jane Doe commenting on X. She underlined ..."; `Resolver.resolve`).
RECENT_PERSON_CHARS = 250

#: Two persons' names joined by "and", each of one to five capitalised words ("Speaker Ann Ruiz and
#: Senator Tom Hale"): as a source, the pair a later "they" refers to (session 10, the lead).
_TWO_NAMED = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*")

#: "herself", "himself" after a subject ("The mayor herself said"): no part of the name.
_REFLEXIVE = re.compile(r"\s+[a-z]+sel(?:f|ves)$", re.I)
#: A description that refers back to a person by age or by party and state, never by a title:
#: "the 43-year-old", "the Ohio Republican", "the freshman Democrat".
_BACK_REFERENCE = re.compile(r"(?i:the)\s+(?:[a-z]+\s+)?\d{1,3}-year-old|(?i:the)\s+(?:[A-Z][\w.]*\s+|[a-z]+\s+){1,2}(?:"
                             + lang.BACK_REFERENCE_HEADS_RE + r")")
#: A lowercase description with a participle or relative clause after its head ("the senator
#: vying for the nomination", "the lawyer who filed the suit"): the head decides.
#: A description and the name it is known by ("An officer identified as Sgt. Dunn", "A witness identified only as Ada"),
#: set off by commas after the description too ("One officer, identified as Sgt. K. Marr, said"): the name speaks (real47).
_NAME_RUN = r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+)"
_KNOWN_AS = re.compile(r"(?:[A-Za-z'’-]+\s+){1,4}?(?:identified|known|named)\s+(?:only\s+)?as\s+" + _NAME_RUN)
#: A lower-case description ending in a role noun set off before a name ("another officer, Jon Bane,"): "the <role>" later
#: is that person, not an earlier one whose title holds the noun ("Officer Sam Pell"; real47).
_ROLE_THEN_NAME = r"\b(?:" + lang.ROLE_DESCRIPTION_OPENERS_RE + r")\s+(?:[a-z-]+\s+)?%s,\s+%s,"
_KNOWN_AS_SET_OFF = re.compile(r",\s+(?:identified|known)\s+(?:only\s+)?as\s+" + _NAME_RUN + r",")

_DESCRIBED_HEAD = re.compile(r"((?i:the)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?<!['’]s)\s+(?:[a-z]{2,}ing(?!\s+(?:" + "|".join(sorted(lang.ORG_HEADS | lang.PERSON_NOUNS)) + r")$)|who|that)\s")  # (not "the county's leading advocate": lead28; not "the city planning department": a noun's -ing modifier, lead46)

#: The same head before "whose" and its clause ("the woman whose dog ran off": the woman; read26).
_WHOSE_HEAD = re.compile(r"((?i:the)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+whose\s")

#: An outlet a speaker told or that reported, by name ("told the Valley Herald", "told KXYZ", "the Daily Post reported").
#: ("the" and a capital, or call letters: not "told Jane Doe").
_DESCRIBED_OUTLET = re.compile(lang.DESCRIBED_OUTLET_RE)
_TOLD_OUTLET = re.compile(r"\btold\s+(?-i:(the\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}|[A-Z]{3,}\b))|(?-i:\b([Tt]he\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}))\s+reported\b")

#: A titled person's name, a possessive and a capitalised thing of theirs ("Chancellor Jo Bell's Spring Budget").
_TITLED_OWNER = re.compile(r"((?:[A-Z][\w.-]*\s+){1,4}[A-Z][\w-]*)['’]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")

#: A role phrase of one to three capitalised words, "for" or "of" and a place ("MP for Dunmore").
_ROLE_OF_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:for|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")

#: The end of a sentence (a stop, its closing marks, then space).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
#: A sentence opening with a name of two to five capitalised words (a title among them) and a lower-case verb.
_NAME_SUBJECT = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?:,\s[^,]{1,80},)?\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]+(?:ed|s)?\b")
#: A source counted out of a group that opens its sentence ("Of those who attended, most"; among_those.of_those_frame).
_PART_OF = re.compile(r"(Of|Among)\s+([^,]+),\s+(\S.*)")


class Resolving:
    """Resolution over a Resolver's mentions (its `mentions`, `persons`, `genders`, `paras`, `_recent`,
    and NameForms' fuller forms)."""

    def _place_named(self, m) -> bool:
        """A one-word name right after a locative preposition ("its headquarters in Denver"): a place."""
        return " " not in m.name and (re.search(r"\b(?:" + "|".join(lang.LOCATIVE_PREPOSITIONS) + r")\s+$",  # ("the streets of <Town>": within59)
                                               self.text[max(0, m.pos - 8):m.pos]) is not None or of_place(self.text, m.name, m.pos))

    def _person_modifier(self, m) -> bool:
        """A one-word name right before a lower-case person noun ("The Elmshire woman's story"): where she is from,
        no body that speaks (read32)."""
        at = self.text.find(m.name, m.pos)
        nxt = re.match(r"\s+([a-z]+)", self.text[at + len(m.name):at + len(m.name) + 24]) if at >= 0 else None
        return " " not in m.name and nxt is not None and nxt.group(1) in lang.PERSON_NOUNS

    def _apposed_role(self, m) -> bool:
        """A role of "<Title> for/of <Place>" set off right after a person's name ("Minister Lena Kowal, MP for
        Dunmore, said"): the same person described, no antecedent of its own for a later "she" (read37)."""
        if _ROLE_OF_PLACE.fullmatch(m.name) is None:
            return False
        return any(p.pos < m.pos and p.kind in ("person", "name") and " " in p.name
                   and self.text[p.pos + len(p.name):m.pos].strip() == "," for p in self.mentions)

    def resolve(self, source: str, pos: int) -> str:
        name = joint_names(source, pos, self._full, lambda n: classify(n) == "person") or apposed_holder(self.text, source) or subject_before(self, source, pos) or later_holder(self.text, source, pos, self._resolve(source, pos))  # (coref49; coref56; coref57)
        if (owner := _TITLED_OWNER.fullmatch(name)) is not None and source.split()[-1:] \
                and source.split()[-1].lower() in owner.group(1).lower().split():
            name = owner.group(1)  # "the chancellor" after "Chancellor Jo Bell's Spring Budget": the chancellor (read37)
        if not holds_role(source, name) and (spoke := speaking_holder(source, pos, self.mentions, self.genders.of)) \
                and (" and " in name or name.split()[-1:] == spoke.split()[-1:]):
            return spoke  # "the governor" read as "lawmakers and Gov. X" or as his son who shares his surname (read25)
        return final_form(name, pos, self.by_last, self.text, self._resolve)  # (coref50; coref52; coref53)

    def _resolve(self, source: str, pos: int) -> str:
        s = " ".join(source.split())
        if (known := _KNOWN_AS.fullmatch(s) or (_KNOWN_AS_SET_OFF.match(self.text, pos + len(source))
                                                if self.text.startswith(source, pos) and len(s.split()) <= 3 else None)) is not None:
            return known.group(1)  # "An officer identified as Sgt. Dunn said", "One officer, identified as Dunn, said" (real47)
        if s == "A" and self.text[pos:pos + 2] == "A:" or not s:  # an interview's answer: the person interviewed
            return interviewee(self.text, self.mentions, pos) or s or "the person interviewed"
        if (kin := named_kin(self.text, s, pos, self.genders) or named_relative(s, pos, self.text, self._resolve) or named_agent(s, pos, self.text, self._resolve)) is not None:
            return kin  # '"...," her mother said.' after "said Rita Marr, Lily's mom" (coref48)
        if (poss := owned_statement(s) or s.lower()) in lang.SUBJECT_PRONOUN_OF:  # "In her view, ...": the possessive
            s = lang.SUBJECT_PRONOUN_OF[poss]  # stands for "she", and so in "according to her account" (session 43)
        if (subj := lang.SUBJECT_PRONOUN_OF_OBJECT.get(s.lower())) is not None:  # "according to him": as "he" (left19)
            name = self.resolve(subj, pos)
            return name if name.lower() != subj else s
        s = _REFLEXIVE.sub("", s)  # "Jane Doe herself said": Jane Doe
        if (part := _PART_OF.fullmatch(s)) is not None:  # "Of those who attended, most": most of those who attended (shapes33)
            return f"{part.group(3)} {part.group(1).lower()} {part.group(2)}"
        m = _WHOSE_HEAD.match(s) or _DESCRIBED_HEAD.match(s)
        s = m.group(1) if m else s  # "the senator vying for the nomination said": the senator ("the woman whose dog ...": read26)
        if (plain := born_description(s)) is not None and (found := self._resolve(plain, pos)) != plain:
            return found  # "the Mexican-born journalist": the journalist named before (coref50)
        if (body := spoken_for(self.text, s, pos, [m for m in self._recent(pos, self.para_of(pos)) if not self._place_named(m)])) is not None:
            return body  # "Harlow Freight cut 300 jobs. A spokeswoman said ...": for Harlow Freight (attr17)
        low = s.lower()
        if low in lang.GROUP_PRONOUNS and (spoke := spokesperson_they(self.text, pos, self.mentions)) is not None:
            return spoke  # "A spokesman for X said ... They said ...": the spokesperson (read27)
        if low == "it" and (writer := document_writer(self.text, pos, self.mentions)) is not None:
            return writer  # "In a letter to X, Lady Orme said ... “...,” it said.": the letter's writer (read27)
        if low == "it" and (said := document_it(self.text, pos, self.mentions)) is not None:
            return said  # "Ms Holt's citation stated: ... It said: ...": the citation (read29)
        words = re.findall(r"[\w'’]+", low)
        para = self.para_of(pos)
        cands = self._recent(pos, para)
        want: tuple[str, ...] | None = None
        head = None
        if len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in lang.ISSUED_DOCUMENT_NOUNS \
                and not cap(s.split()[-1]):  # ("the Post reported": a name, no post the sentence before; read21)
            # "In a statement, Acme said ... The statement also said ...": Acme
            maker = issuer(self.text, words[1], pos, cands, self.paras[max(0, para - LOOKBACK_PARAGRAPHS)])
            if maker is not None:
                return self._full(maker, pos) if len(maker.split()) == 1 else maker
        if len(words) == 2 and words[0] == "the" and (words[1] in lang.STATEMENT_NOUNS or words[1] in lang.FINDING_NOUNS
                                                      or words[1] in lang.PUBLISHED_PIECE_NOUNS) \
                and (fuller := named_document(self.text, words[1], pos, self.paras[max(0, para - LOOKBACK_PARAGRAPHS)])) is not None:
            return fuller  # "A Tarne Watch report came out. ... said the report.": the Tarne Watch report (lead29)
        if len(words) == 2 and words[0] == "the" and words[1] in lang.OUTLET_BACK_NOUNS and s == s.lower() \
                and (told := list(_TOLD_OUTLET.finditer(self.text, max(0, pos - 600), pos))):
            return told[-1].group(1) or told[-1].group(2)  # "X told the Valley Herald ... , the newspaper reported": that outlet (read34)
        if len(words) == 2 and words[0] == "the" and words[1] in lang.OUTLET_BACK_NOUNS and s[1:] == s[1:].lower() \
                and (described := list(_DESCRIBED_OUTLET.finditer(self.text, self.paras[max(0, para - 1)], pos))):
            return described[-1].group(1)  # "The tabloid Dagsnytt welcomed ... The paper said ...": that outlet (genre45)
        if low in lang.PERSON_PRONOUNS or _BACK_REFERENCE.fullmatch(s):
            want = ("person",)  # ("the 43-year-old said", "the Ohio Republican said": the person just named, as "he")
        elif low in lang.GROUP_PRONOUNS:
            want = ("group", "org")
        elif low in lang.THING_PRONOUNS:
            want = ("org",)
        elif words and words[0] in ("the", "this", "that") and not any(cap(w) for w in s.split()[1:]) and len(words) <= 4:
            head = words[-1]
            if head in lang.ORG_HEADS or head in lang.ORG_NAME_ENDINGS or head in lang.ORG_DESCRIPTION_NOUNS:  # "the agency", "the airline"
                want = ("org",)
            elif head in lang.SOURCE_BACK_NOUNS and len(words) == 2 and not any(holds_head(m.name, head) for m in cands) \
                    and (spoke := [m for m in cands if m.source and not m.headline and not document_headed(m.name)]):
                return max(spoke, key=lambda m: m.pos).name  # '"...," the source said.' after "one official told X ...": that official (read30)
            elif head in lang.PERSON_NOUNS:
                want = ("person",) if not head.endswith("s") else ("group", "org")
        if len(words) == 2 and words[0] in ("their", "its") and words[1] in ("union", "federation") \
                and (named := named_with_head(self.text, words[1], 0, len(self.text))):
            return named  # "Nurses will walk out, their union said. The Health Workers' Union said ...": that union (genre45)
        if want is None:
            earlier = self._by_title_or_tail(s, pos) or titled_holder(s, pos, self.mentions, self.genders.of, self.text) or described_leader(self.text, s, pos, self.mentions) or placed_office(s, pos, self.text, self.mentions, self._full)
            if earlier is not None:  # "the provost" (Provost Jane Doe), "The Comets" (Bay City Comets), "the congressman" (Rep. Jane Doe)
                return earlier  # ("The Labour leader" after "Labour leader Tom Brand"; coref49)
            name = s if firm_name_at(self.text, pos + len(s)) and self.text.startswith(s, pos) else clean_name(s)  # "Macy's said" (lead28)
            if len(name.split()) == 2 and name.split()[0].lower().rstrip(".") in ("mr", "mrs", "ms"):
                return self._titled(name, pos)
            if (fuller := titled_full(name, pos, self.by_last)) is not None:
                return fuller  # "Prof Gibb" after "Prof Kenneth Gibb" (coref50)
            return self._org_full(self._full(name, pos), pos) if len(name.split()) == 1 else name
        if low in ("he", "she") and (asked := answerer(self.text, pos, low, self.mentions, self.genders.of)) is not None:
            return self._full(asked, pos, {"he": "f", "she": "m"}[low])  # "X asked Y, “...?” His response: ..." (read24)
        persons = self.persons

        def kind_of(m) -> str:
            if low in lang.GROUP_PRONOUNS and m.source and m.kind in ("person", "name") and _TWO_NAMED.fullmatch(m.name):
                return "group"  # "A and B said in a statement ... They vowed ...": the two speakers
            if low in lang.GROUP_PRONOUNS and m.kind == "person" and m.name == m.name.lower() \
                    and m.name.split()[-1] in lang.IRREGULAR_PLURAL_PEOPLE:
                return "group"  # "the police said ... They said ...": a plural with no -s is the group (read38)
            if m.kind != "name":
                return m.kind
            if low in ("he", "she") and m.source and len(m.name.split()) == 1 and pos - m.pos <= RECENT_PERSON_CHARS:
                # (not a plural noun of people opening its sentence: "Delegates questioned how X could ... “...,” he said"; left43)
                return "group" if plural_people(m.name) or m.name.lower() in lang.PLURAL_PEOPLE_NOUNS or plural_quantifier(m.name) else "person"  # "Vega contended ... Vega asserted ... He also claimed": the speaker just named
            return "person" if m.name in persons or given_name_full(m.name, pos, self.mentions, self.genders, None) else "org"
            # ("Trey" after "Trey Moses": a given name is a person's; coref48)
        pool = [m for m in cands if kind_of(m) in want]
        pool = [m for m in pool if m.name.lower() not in lang.PRONOUNS or m.name.lower() == low]  # an unresolved "She"
        # is no antecedent of "he" ("she has accused her husband, ... . he denies it": shapes33)
        pool = not_places([m for m in pool if not m.headline] or pool, want, self._place_named)  # a headline's words are no antecedent when the body has one; nor a place for 'the company' (within59)
        if low in ("he", "she"):  # one person, not two joined by "and" ("Doe and Roe resigning")
            pool = [m for m in pool if " and " not in m.name and not self._paired(m)]
            pool = [m for m in pool if not kin_bound(self.text, m.pos, m.name, pos)] or pool  # ("He asked his cousin" is
            # no "his cousin Sami Rudd": coref48)
            pool = [m for m in pool if not self._apposed_role(m)] or pool
            pool = [m for m in pool if not self._person_modifier(m) and not recalls_goods(self.text, m, self.genders.of)]  # (nor "a Dominican woman": a word that describes her; nor a maker recalling goods)
            pool = [m for m in pool if not _plural_description(m.name)]  # (nor "CNN affiliates": a plural; coref50)
        if low == "he":  # not a "Mrs."/"Ms."/"Jane Doe ... as she"; only known women near: unresolved (tidy20:
            # "his" was given to the one woman near, "Vale would discuss her history ... in his eyes")
            pool = [m for m in pool if self.genders.of(m.name) != "f"]
        elif low == "she":  # a woman the article shows as one, else anyone but a "Mr." (never a known man)
            # (a person whose gender the article never shows is more likely a man: most persons
            # named in news are, so "she" is not given to the last of them past a known woman)
            women = [m for m in pool if self.genders.of(m.name) == "f"]
            titled = [m for m in pool if self.genders.of(m.name) is None and _role_subject(self.text, m, pos)]
            pool = titled if titled and all(w.pos < titled[-1].pos or not w.salient for w in women) else \
                women or [m for m in pool if self.genders.of(m.name) != "m"]
            if (just := self._speaker_just_before(cands, pos, para, kind_of)) is not None and all(w.para < para for w in women):
                pool = [just]  # "<Title>, Orla Finch, has told X that ... . Asked ..., she said": not a woman paragraphs back (long44)
        if low in lang.THING_PRONOUNS:  # "it" is no town a thing arrived at ("Mara arrived at Halden in 1984. ... It said": lead35)
            pool = [m for m in pool if not self._place_named(m) and not _PRODUCT_CODE.fullmatch(m.name) and not brand_of_goods(self.text, m) and not document_modifier(self.text, m)]  # (nor goods: coref49)
        if low in lang.GROUP_PRONOUNS:  # "they" is never a poll, a complaint or a report
            pool = [m for m in pool if not any(w in lang.DOCUMENT_NOUNS for w in re.findall(r"\b[a-z]+\b", m.name))]
            pool = [m for m in pool if not self._place_named(m) and not _OF_PLACE_BEFORE.search(self.text[max(0, m.pos - 24):max(m.pos, self.text.find(m.name, m.pos))])]
            # (nor a town named after "in" or "the port of": "Three men reported the wreck in Hull. They said ...": read31)
        if head and want == ("org",) and head not in lang.DOCUMENT_NOUNS:  # "the company" is never a data set or a poll ("..., according to LSEG data."; genre46)
            pool = [m for m in pool if m.name.split()[-1].lower().strip(".,") not in lang.DOCUMENT_NOUNS]  # (its head word)
        if head:
            same = [m for m in pool if any(holds_head(m.name, h) for h in (head, *lang.DESCRIPTION_NAME_HEADS.get(head, ())))
                    and not m.headline]  # "the mayor" is no headline's "Pastors Answer Mayor" (read11a)
            same = [m for m in same if all(w in m.name.lower() for w in words[1:-1] if w in lang.INSTITUTION_MODIFIERS)]
            # ("the central bank" is no "Oster Bank": lead35)
            same = [m for m in same if (m.name != m.name.lower() or " " in m.name) and not bare_description(m.name)]  # a bare "company says" is no name to
            # resolve to (session 15); "the county health department" is (test_stated12)
            if not same and want == ("person",):
                # "the president" four paragraphs after "President Jane Doe's adviser": the one
                # earlier name that holds the title, not whoever was named last
                same = [m for m in self.mentions if m.pos < pos and kind_of(m) == "person" and holds_head(m.name, head)
                        and titled_name(m.name, head) and not m.headline][-1:]
            if not same and want == ("org",) and len(words) == 2 and (near := named_with_head(self.text, head, self.paras[para], pos)):
                return near  # "Members of the Dock Workers Federation voted ..., the federation said": the body in its paragraph (genre45)
            if not same and want == ("org",) and head not in lang.GENERIC_ORG_HEADS and len(words) == 2 \
                    and len(far := {m.name for m in self.mentions if m.pos < pos and m.kind == "org" and not m.headline and " " in m.name
                                    and (m.salient or m.source) and not re.match(r"(?i)an?\s", m.name)
                                    and any(cap(w) for w in m.name.split()[1:])  # (not "their union": a description, genre45)
                                    and any(holds_head(m.name, h) for h in (head, *lang.DESCRIPTION_NAME_HEADS.get(head, ())))}) == 1:
                return far.pop()  # "The board said" paragraphs after the one "<X> Safety Board" that acts or speaks (genre44)
            if not same and (len(words) > 2 and want != ("person",) or want == ("group", "org") or want == ("org",) and head not in lang.GENERIC_ORG_HEADS):
                return sentence_body(self.text, s, pos, self.mentions) or clean_name(s)  # "the ministry" is not the fire department, "the authors" not the study
            if not same and head in lang.GENERIC_ORG_HEADS:  # "the company" is no police force or ministry
                pool = [m for m in pool if not m.headline and not (lang.PUBLIC_BODY_WORDS | _non_firms(head)) & set(re.findall(r"[a-z]+", m.name.lower()))
                        and not self._place_named(m) and not self._person_modifier(m) and not _plural_description(m.name)
                        and not _PRODUCT_CODE.fullmatch(m.name) and not brand_of_goods(self.text, m)]  # (nor "its drug, VB-214": a product's code; lead35)  # ("headquarters in Denver": a place, stated12;
                # "Consumer groups", "local media": a plural is never "the company"; session 14)
                if not pool:
                    return sentence_firm(self.text, pos, self.mentions, self.genders.of) or clean_name(s)  # (coref49)
            if same and not any(m.salient for m in same):
                # "the bank" after "Austria's central bank governor, Jane Doe,": the article's own
                # subject further back ("The European Central Bank left rates ...") is meant
                earlier = [m for m in self.mentions if m.pos < pos and m.salient and m.kind == "org" and not m.headline
                           and holds_head(m.name, head)]  # (the head itself, not a modifier: "University officials" is no university; lead34)
                same = earlier[-1:] or same
            if same and want == ("person",) and (later := [m for m in pool if m.pos > max(x.pos for x in same) and m not in same and " " in m.name
                                                           and re.search(_ROLE_THEN_NAME % (re.escape(head), re.escape(m.name)), self.text[:pos])]):
                same = later[-1:]  # "the officer" after "Officer Sam Pell ... another officer, Jon Bane, said": Bane (real47)
            if not same and want == ("person",):
                # "The mayor said" after "Family friend Jane Roe said": only a person the article
                # describes with that noun ("Mayor John Doe", "John Doe, the mayor,") is meant
                same = [m for m in pool if self._described_as(m.name, head, pos)]
                if not same:  # "the lawmaker" after "Sen. Jane Doe" (read24)
                    return titled_holder(s, pos, self.mentions, self.genders.of, self.text) or clean_name(s)
            pool = same or pool
        if low == "it" and (not pool or finding_it(self.text, pos, self.paras[max(0, para - 1)])):  # "The study ... followed 2,000 students. It found that ...": the study
            doc = document_antecedent(self.text, pos, self.paras[max(0, para - 1)])  # (coref54: the paragraph before too)
            if doc is not None:
                return doc
        if not pool and low in ("he", "she") and (speaker := self._last_speaker(pos, low)) is not None:
            return speaker
        if not pool and low in ("he", "she") and (ahead := self._named_next(pos, low, kind_of)) is not None:
            return ahead
        if not pool and low in ("he", "she") and (desc := described_subject(self.text, pos, low)) is not None:
            return desc  # "The woman the neighbours complained about was questioned. She said ...": her (coref50)
        if not pool:
            return clean_name(s)
        salient = aside_subject(self.text, pos, low, pool, self.genders.of) or [m for m in pool if m.salient]  # (lead50)
        best = max(salient or pool, key=lambda m: m.pos)
        if " " not in best.name and (fuller := [m for m in pool if m.pos > best.pos and m.name.endswith(" " + best.name)]):
            best = fuller[-1]  # "Zoo's oldest elephant dies ... at the Halden City Zoo ..., the zoo said": the zoo named in full (lead35)
        last = max(pool, key=lambda m: m.pos)
        if low in lang.PERSON_PRONOUNS and last.pos > best.pos and kind_of(last) == "person" \
                and len(last.name.split()) > 1 and pos - last.pos <= RECENT_PERSON_CHARS \
                and (self._acts(last) or also_acts(self.text, max(last.pos, self.text.find(last.name, last.pos)), last.name, pos, self.mentions)) \
                and not (best.source and not re.search(r"[.!?][\"'”’)]*\s", self.text[best.pos:last.pos])) \
                and not re.search(r"\b(?:" + "|".join(sorted(lang.SUBORDINATORS | {"whether"})) + r")\s+$", self.text[max(0, last.pos - 12):last.pos], re.I):
            # (not the subject of a "when" clause: "He grew impatient when Mr. Roe kept talking. “...,” he told the
            # chief executive": the main clause's "he" goes on; read11a; nor of an embedded question, "when asked
            # whether Mr. Roe was ...": the lead, session 23)
            # (not a person named in what the speaker just said: "Ann Doe said Ms Roe lied. She said: ..." is Ann Doe; read21)
            best = last  # "..., with President Jane Doe commenting on X. She underlined ...": the person just named
        return self._full(best.name, pos, {"he": "f", "she": "m"}.get(low))


    def _speaker_just_before(self, cands, pos: int, para: int, kind_of):
        """The source of the sentence right before `pos`, in its paragraph: a person whose gender the article
        never shows (a "she" right after them is more likely them than a woman named paragraphs before)."""
        spoke = [m for m in cands if m.source and not m.headline and m.para == para and m.pos < pos and not recalls_goods(self.text, m, self.genders.of)]
        if not spoke or kind_of(spoke[-1]) != "person" or self.genders.of(spoke[-1].name) is not None:
            return None
        return spoke[-1] if len(_SENTENCE_END.findall(self.text, spoke[-1].pos, pos)) <= 1 else None

    def _named_next(self, pos: int, pronoun: str, kind_of) -> str | None:
        """A "he"/"she" before any person is named, and the next sentence opens with a person's name as its subject
        ("He told the agency that ... . Foreign Minister Jo Dane was speaking after ..."): that person (a pronoun
        resolved forward, as an opening sentence of wire copy writes it; read37). Not a name the article shows is
        of the other gender. Up to FORWARD_PRONOUN_SENTENCES sentences on, through sentences that go on with the
        pronoun or a quotation ("He added ...", "“...”"), when no other person is named before (shapes36)."""
        if any(m.pos < pos and kind_of(m) == "person" and not m.headline for m in self.mentions):
            return None
        ends = ([m.end() for m in _SENTENCE_END.finditer(self.text, pos)] + [len(self.text)])[:FORWARD_PRONOUN_SENTENCES + 1]  # (the text's last sentence too)
        for k in range(len(ends) - 1):
            if k and (any(pos < x.pos < ends[k] and kind_of(x) == "person" for x in self.mentions)
                      or not re.search(rf"\b{pronoun}\b|^\W*[“\"‘]", self.text[ends[k - 1]:ends[k]], re.I)):
                return None  # someone else is named first, or a sentence between goes on without the pronoun
            m = _NAME_SUBJECT.match(self.text, ends[k])
            if m is None or m.end() > ends[k + 1] or classify(m.group(1)) != "person":
                continue
            if k and m.group(0).split()[-1] in lang.SPEECH_VERBS:
                return None  # "He added ... . Mayor <Name> said ...": a new speaker, not the one the pronoun stood for
            return None if self.genders.of(m.group(1)) == {"he": "f", "she": "m"}[pronoun] else m.group(1)
        return None

    def _last_speaker(self, pos: int, pronoun: str) -> str | None:
        """"he"/"she" with no fitting name in the lookback window (a story told in one-sentence lines: the
        collector named six lines up, then film titles and link lines): the last person before `pos` who
        spoke as a source, if the article shows that person as of that gender (read22); None if the last
        speaker is of another or no known gender (the pronoun may be theirs)."""
        want = {"he": "m", "she": "f"}[pronoun]
        last = next((m for m in reversed(self.mentions) if m.pos < pos and m.source and not m.headline), None)
        if last is None or last.kind != "person" or self.genders.of(last.name) != want:
            return None
        return self._full(last.name, pos, {"m": "f", "f": "m"}[want])


#: A place noun and "of" right before a name ("the port of Hull", "the city of Velm"): the name is a place's.
_OF_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(lang.OF_PLACE_NOUNS)) + r")\s+of\s+$", re.I)


#: A product's code name: capitals, perhaps a hyphen, then digits ("VB-214", "A320", "XR7"); no company says anything.
_PRODUCT_CODE = re.compile(r"[A-Z]{1,4}-?\d+[A-Za-z]?")


def _non_firms(head: str) -> frozenset:
    """Bodies that are no company for "the company"/"the firm": a union, an association (left16)."""
    return lang.NON_COMMERCIAL_BODY_WORDS if head in lang.COMMERCIAL_HEADS else frozenset()


def _plural_description(name: str) -> bool:
    """A source named by a plural noun in lower case ("Consumer groups", "local media", "rival firms"):
    no antecedent of a singular "the company" (English agreement)."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and (last.endswith("s") and not last.endswith("ss") or last in lang.PLURAL_COLLECTIVE_NOUNS)


#: A sentence that opens with a role noun and a name set off in apposition as its subject ("The coroner
#: at Dunmore Hall, Dr Jane Moss, recorded ..."), then one sentence more, up to the pronoun.
_ROLE_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)The\s+(?:[a-z]+['’]s\s+(?:[a-z]+\s+)?)?[a-z]+(?:\s+(?:at|of|for|in)\s+[^,.;:]{1,40})?,\s*$")
#: (or after a possessive: "The trust's chair, Jane Moss, said ...": lead34)


def _role_subject(text: str, m, pos: int) -> bool:
    """The person is the subject, in apposition to a role noun, of the sentence right before the
    pronoun at `pos` ("The coroner at Dunmore Hall, Dr Jane Moss, recorded a verdict. She said: ..."):
    the pronoun's referent though a woman named further back is the article's only known woman
    (a title names no gender; read21). Also "Jane Moss, a nurse at X, posted ... . She was not
    surprised. "...," she said.": a role after the name, and a sentence between that goes on with a
    subject pronoun (read36)."""
    at = text.find(m.name, m.pos)
    if at < 0:
        return False
    rest = text[at + len(m.name):pos]
    ends = re.findall(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“]|$)", rest)
    chain = len(ends) == 2 and re.search(r"[.!?][\"'”’)]*\s+(?:She|He)\s+[a-z][^.!?]*[.!?][\"'”’)]*\s+\S", rest) is not None
    if len(ends) != 1 and not chain:
        return False
    if _ROLE_SUBJECT_BEFORE.search(text[max(0, at - 80):at]):
        return re.match(r",\s+[a-z]+", rest) is not None
    opens = at == 0 or re.search(r"(?:[.!?][\"'”’)]*\s+|\n\s*)$", text[max(0, at - 6):at]) is not None
    return opens and _ROLE_AFTER.match(rest) is not None


#: A role noun phrase in apposition after a name that opens its sentence, then the verb (", a teacher at Elm
#: School, posted ..."; read36).
_ROLE_AFTER = re.compile(r",\s+(?:a|an)\s+[a-z]+(?:\s+[^,.;:“”\"]{1,40}?)?,\s+[a-z]+")
