"""Who a pronoun or a short name is, where the plain "last fitting name" reading goes wrong (session 39, coref48;
names.Resolver and name_forms use these):

- `office_actor`: "District Attorney Jo Marsh's office reviewed the case, and she determined ...": the person whose
  office acts is the clause's actor (a possessive name before an office noun, lang.PERSONAL_OFFICE_NOUNS).
- `aside_possessive`: "Quill, in his account, did not mention it": a one-word name with a personal possessive in a
  comma aside right after it is a person.
- `opens_as_subject`: the sentence opens with the person as its subject through such an aside or a possessive
  ("Teller's own plans are unclear."): a "he" right after it is that person, not the speaker quoted before.
- `kin_bound`: "His cousin Sami Rudd agreed ... He had asked his cousin for money": the person introduced as
  someone's cousin is not the "he" whose cousin the clause names.
- `given_name_full`: "Ronald said" after "Ronald Pike": the one person named in full with that given name;
  `kin_surname`: "When Edwin Pike died, his son, Ronald, took over": the son's family name.
- `named_kin`: "her mother said" after "said Rita Marr, Lily's mom": the relative the article named, of the owner
  the possessive can mean (his / her).

Session 40 (coref49): `plural_quantifier` ("Some have suggested ..." is no "he"); `joined_second` / `joint_names`
("Marr and attorney Tom Hale released a statement:" is both); `described_leader` / `led_by_speaker` ("the Unity
leader"); `manner_lead` ("..., the leader was more blunt." then a quotation); `brand_of_goods` / `sentence_firm`
("480,000 Kestrel cookers ..., the company said"); `sentence_body` ("RLO has been criticised, but the tax authority
said").
"""

from __future__ import annotations

import re

from .. import lang
from .race_contenders import race_contender
from .spouses import named_spouse

_OFFICE_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(" + "|".join(sorted(lang.PERSONAL_OFFICE_NOUNS)) + r")\b")
_PERSONAL_POSSESSIVE = r"(?:his|her)"
_ASIDE_POSSESSIVE = re.compile(r",\s+(?:[a-z]+\s+){1,2}" + _PERSONAL_POSSESSIVE + r"\s+[a-z]+(?:\s+[a-z]+)?,\s+[a-z]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def office_actor(text: str, at: int, name: str, pos: int, mentions=()) -> bool:
    """The person `name` at `at` is written "<name>'s (own) office" and the pronoun at `pos` follows in the same
    sentence, after "and" ("... was handed to <Title> <Name>'s office on May 2, and he determined ..."); not when a
    person opens that sentence as its subject ("Knight called <Name>'s office, and he ...": Knight goes on)."""
    end = at + len(name)
    if _OFFICE_AFTER.match(text, end) is None or _SENTENCE_END.search(text, end, pos):
        return False
    start = max([x.end() for x in _SENTENCE_END.finditer(text, max(0, at - 400), at)] or [max(0, at - 400)])
    if any(start <= m.pos < at and m.salient and m.kind in ("person", "name") for m in mentions):
        return False
    return re.search(r",?\s+and\s+(?:then\s+)?$", text[max(end, pos - 16):pos]) is not None


#: A "who" clause set off by dashes or commas right after a name, then a lower-case word (the name's own verb:
#: "with Jane Roe — who has called for X — criticising the plan", "Jane Roe, who ran the fund, said").
_WHO_ASIDE = re.compile(r"\s*(?:(?:--|[—–])\s*who\b[^—–\n]{1,160}?(?:--|[—–])|,\s+who\b[^,;:.\n]{1,120},)\s+([a-z]+)\b")


def acts_past_aside(text: str, at: int, name: str) -> bool:
    """The person `name` at `at` is followed by a "who" aside and then a verb of theirs ("with Jane Roe — who has
    called for higher taxes — criticising the plan. '...,' she said"): that person acts, as the subject of the
    clause; a "she" just after may be her though another woman spoke before."""
    m = _WHO_ASIDE.match(text, at + len(name))
    return m is not None and m.group(1) not in lang.FUNCTION_WORDS


def also_acts(text: str, at: int, name: str, pos: int, mentions=()) -> bool:
    """`acts_past_aside` or `office_actor`: the two ways a person named just before a pronoun acts that the plain
    "a verb right after the name" check (name_forms._acts) misses."""
    return acts_past_aside(text, at, name) or office_actor(text, at, name, pos, mentions)


def aside_possessive(seg: str, end: int) -> bool:
    """A comma aside with "his"/"her" right after the name ending at `end`, then the verb: "Quill, in his account,
    did ..."; not "Quill, his lawyer, said" (an apposition: another person)."""
    return _ASIDE_POSSESSIVE.match(seg, end) is not None


def opens_as_subject(text: str, start: int, end: int, name: str) -> bool:
    """The sentence text[start:end] opens with the last word of `name` as its subject's possessor or set off by such
    an aside: "Teller's own plans are unclear.", "Quill, in his account, did not mention it." (not "Teller's lawyer
    said": the lawyer is another person)."""
    last = name.split()[-1:]
    if not last:
        return False
    m = re.match(r"\W*(?:[A-Z][\w.'’-]*\s+){0,3}?" + re.escape(last[0]) + r"(?=['’]s\s|,)", text[start:end])
    if m is None:
        return False
    after = start + m.end()
    pos = re.match(r"['’]s\s+(?:own\s+)?([a-z]+)\s+[a-z]", text[after:end])
    if pos is not None:
        return pos.group(1) not in lang.KIN_NOUNS | lang.PERSON_NOUNS | lang.PERSON_TITLES | lang.SPEAKS_FOR_NOUNS
    return aside_possessive(text[:end], after)


def kin_bound(text: str, mention_pos: int, name: str, pos: int) -> bool:
    """The pronoun at `pos` heads a clause naming "his/her <kin>", and the person `name` (mentioned at
    `mention_pos`) was introduced as "his/her <kin> <Name>" or "<...>'s <kin>, <Name>": that relative is not the
    pronoun ("His cousin Sami Rudd agreed ... He had asked his cousin for money": not Rudd)."""
    clause = re.split(r"[.!?;]", text[pos:pos + 200], maxsplit=1)[0]
    kin = {m.group(1) for m in re.finditer(r"\b" + _PERSONAL_POSSESSIVE + r"\s+([a-z]+)\b", clause, re.I)} & lang.KIN_NOUNS
    if not kin:
        return False
    first = re.escape(name.split()[0])
    before = r"\b(?:" + _PERSONAL_POSSESSIVE + r"|[A-Z][\w'’-]*['’]s)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(kin)) + r"),?\s+" + first + r"\b"
    return re.search(before, text[:max(mention_pos, pos)], re.I) is not None


#: A word of a person's name: a capital, then lower-case letters (not "A380", "USA").
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]*[a-z](?:[A-Z][a-z]+)?")


def plain_titled(name: str) -> str:
    """A name without a plural title opening it ("Senators Kirsten Vale" of "Senators Kirsten Vale and Tom Roe"):
    the one person's name ("Kirsten Vale"); other names as they are."""
    words = name.split()
    if len(words) > 2 and words[0].endswith("s") and words[0][:-1].lower() in lang.PERSON_TITLES:
        return " ".join(words[1:])
    return name


def given_name_full(name: str, pos: int, mentions, genders, not_gender: str | None) -> str | None:
    """A one-word name that is the given name of exactly one person named in full before `pos` (two words, the name
    first, after any title), none of whose names ends with it: that full name ("Ronald" -> "Ronald Pike")."""
    if len(name.split()) != 1 or not name[:1].isupper():
        return None
    if any(m.kind == "person" and len(m.name.split()) > 1 and m.name.split()[-1] == name and " and " not in m.name
           for m in mentions if m.pos < pos):
        return None  # a surname the article gave a fuller form of
    found = set()
    for m in mentions:
        words = [w for w in m.name.split() if w.lower().rstrip(".") not in lang.PERSON_TITLES]
        if m.pos < pos and m.kind == "person" and " and " not in m.name and len(words) == 2 and words[0] == name \
                and all(_NAME_WORD.fullmatch(w) for w in words) \
                and (not_gender is None or genders.of(m.name) != not_gender):
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def kin_surname(text: str, name: str, pos: int, mentions) -> str | None:
    """A one-word given name set off after a kin noun that shares its relative's family name ("When Edwin Pike died
    in 1980, his son, Ronald, took over": "Ronald Pike"), when the sentence's one other person named in full is that
    relative."""
    if len(name.split()) != 1:
        return None
    for m in re.finditer(r"\b(?:his|her|[A-Z][\w'’-]*['’]s)\s+(" + "|".join(sorted(lang.SURNAME_KIN_NOUNS)) + r"),\s+"
                         + re.escape(name) + r",", text[:pos]):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        first_words = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text[start:m.start()])}
        kin = {x.name for x in mentions if x.kind == "person" and x.pos < m.start() and len(x.name.split()) == 2
               and x.name.split()[0] in first_words or x.kind == "person" and start <= x.pos < m.start() and len(x.name.split()) == 2}
        surnames = {k.split()[-1] for k in kin}
        if len(surnames) == 1:
            return f"{name} {surnames.pop()}"
    return None


_KIN_FORMS = {"mother": ("mother", "mom", "mum"), "father": ("father", "dad")}


def named_kin(text: str, source: str, pos: int, genders) -> str | None:
    """"her mother", "his father", "her mom" as a source: the relative the article named before with an owner
    ("said Rita Marr, Lily's mom", "Tom's mother, Gail Vance,") whose gender fits the possessive, the owner named
    last before `pos` when several fit; None when none is named."""
    m = re.fullmatch(r"(his|her)\s+([a-z]+)", " ".join(source.split()), re.I)
    if m is None:
        return named_spouse(text, source, pos, genders)  # ("His ex-wife agreed" after "Tom and Ada Reed": attr53)
    kin = next((k for k, forms in _KIN_FORMS.items() if m.group(2).lower() in forms), m.group(2).lower())
    if kin not in lang.KIN_NOUNS:
        return None
    forms = "|".join(_KIN_FORMS.get(kin, (kin,)))
    name = r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+)"
    owner = r"([A-Z][\w'’-]*)['’]s\s+"
    pairs = [(x.group(2), x.group(1)) for x in re.finditer(name + r",\s+" + owner + r"(?:" + forms + r")\b", text[:pos])]
    pairs += [(x.group(1), x.group(2)) for x in re.finditer(owner + r"(?:" + forms + r"),\s+" + name + r",", text[:pos])]
    want = "m" if m.group(1).lower() == "his" else "f"
    pairs = [(o, n) for o, n in pairs if genders.of(o) in (None, want) and len(n.split()) >= 2]
    if not pairs:
        return named_spouse(text, source, pos, genders)
    return max(pairs, key=lambda p: text.rfind(p[0], 0, pos))[1]


def plural_quantifier(name: str) -> bool:
    """A quantifying pronoun standing as the subject ("Some have suggested he should run", "Many argue ..."): a
    plural group, never what a later "he"/"she" stands for (coref49)."""
    return name.lower() in lang.PLURAL_QUANTIFIER_SUBJECTS


#: A second person joined to a subject by "and", perhaps after a lower-case role ("Marr and attorney Tom Hale"): a
#: name of one to three capitalised words, then a comma or a lower-case word (a verb, "who").
_JOINED = re.compile(r"\s+and\s+(?:([a-z]+)\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=,|\s+[a-z])")


def joined_second(text: str, end: int) -> int | None:
    """The end of a second person joined to the subject ending at `end` by "and", with a role of a person before the
    name or none ("Marr and attorney Tom Hale, who represents ..., released a statement:"): both made it (coref49)."""
    m = _JOINED.match(text, end)
    if m is None or m.group(1) is not None and m.group(1) not in lang.PERSON_NOUNS | lang.PERSON_TITLES:
        return None
    return m.end()


#: Two persons' names joined by "and", the second perhaps after a lower-case role ("Marr and attorney Tom Hale").
_JOINT = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+and\s+(?:([a-z]+)\s+)?((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)")


def joint_names(source: str, pos: int, full, is_person) -> str | None:
    """A source of two persons joined by "and" ("Marr and attorney Tom Hale", "Marr and Hale"): both, each in the
    fullest form the article gave before `pos` (`full(name, pos)`), when each is a person (`is_person`); a role
    word before the second name stays ("Lee Marr and attorney Tom Hale"). None for anything else ("Marr and Co", a firm)."""
    m = _JOINT.fullmatch(" ".join(source.split()))
    if m is None or m.group(2) is not None and m.group(2) not in lang.PERSON_NOUNS | lang.PERSON_TITLES:
        return None
    first, second = full(m.group(1), pos), full(m.group(3), pos)
    if not (is_person(first) and is_person(second)):
        return None
    return f"{first} and {m.group(2)} {second}" if m.group(2) else f"{first} and {second}"  # (the role as written)


#: "the <Name> leader": a description by the body a person leads, its name written with a capital ("al-Wefaq", "Reform").
_LED_BODY = re.compile(r"(?i:the)\s+((?:[a-z]+-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+([a-z]+)")


def described_leader(text: str, source: str, pos: int, mentions) -> str | None:
    """"The Labour leader said" after "Labour leader Tom Brand" or "Tom Brand, the Labour leader,": the person the
    article named with that description (the last one before `pos`); else `led_by_speaker` (coref49); a race's
    contender (`race_contenders`, coref51; again in session 48)."""
    if (contender := race_contender(text, source, pos, mentions)) is not None:
        return contender
    m = _LED_BODY.fullmatch(" ".join(source.split()))
    if m is None or m.group(2) not in lang.PERSON_NOUNS | lang.LEADER_NOUNS \
            or text.startswith(source, pos) and re.match(r"(?:\s+(?:of|for|in)\s+[^,.;]{1,40})?,\s+[A-Z]", text[pos + len(source):]):
        return None  # ("said the Democratic leader of the Senate, Jo Roe": the name set off after it)
    desc = re.escape(m.group(1)) + r"\s+" + m.group(2)
    named = [x for x in mentions if x.pos < pos and x.kind == "person" and len(x.name.split()) > 1 and not x.headline
             and (re.search(r"\b" + desc + r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}$", text[max(0, x.pos - 60):x.pos])
                  or re.match(r",\s+(?:the|a)\s+" + desc + r"\b", text[x.pos + len(x.name):x.pos + len(x.name) + 60]))]
    return named[-1].name if named else one_holder(text, m.group(1), m.group(2), pos, mentions) or led_by_speaker(source, pos, mentions)


def one_holder(text: str, body: str, noun: str, pos: int, mentions) -> str | None:
    """"the Valley Radio host urged ..." after "talk show host Ada Brook" when the article names "Valley Radio" nowhere
    else: the one person it introduced with that person noun (right before the name, or set off after it), if only
    one (the lead, session 42). None when the body is named elsewhere (it may be another person's employer)."""
    if noun not in lang.PERSON_NOUNS or re.search(r"\b" + re.escape(body) + r"\b", text[:pos]):
        return None
    held = [x for x in sorted(mentions, key=lambda x: x.pos) if x.pos < pos and x.kind == "person" and len(x.name.split()) > 1
            and not x.headline and (_plain_role_before(text, x.pos, noun)
                 or re.match(r",\s+(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,4}?" + noun + r"\b", text[x.pos + len(x.name):x.pos + len(x.name) + 80]))]
    # (a role with a body of its own is another description: "Libertarian presidential nominee Al Roe" is no "the GOP
    # nominee"; only lower-case words, or a plain adjective opening the sentence, may stand before the noun; coref51)
    if len({x.name.split()[-1] for x in held}) != 1:
        return None
    # two forms of one person ("Gov. Ada Brook", "Ada Brook"): the longest, then the first mentioned; never set order,
    # which changes with the hash seed (session 42's review)
    return max(held, key=lambda x: (len(x.name.split()), -x.pos)).name


def _plain_role_before(text: str, at: int, noun: str) -> bool:
    """`noun` stands right before the name at `at` (over up to two capitalised words), after lower-case words only, or
    after a capitalised word that opens its sentence ("Popular talk show host <Name>"), not after a body's name."""
    m = re.search(r"\b" + noun + r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}$", text[max(0, at - 60):at])
    if m is None:
        return False
    lead = re.search(r"(\S+)\s+(?:(?!(?:and|or|with)\s)[a-z][\w'’-]*\s+){0,3}$", text[:max(0, at - 60) + m.start()])
    if lead is None or not lead.group(1)[:1].isupper():
        return True
    word = lead.group(1)  # a sentence's first word, when a plain adjective ("Popular"), not a party or body ("Unity", "Libertarian")
    return text[:lead.start(1)].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?") and word.lower().endswith(lang.PLAIN_ADJECTIVE_ENDINGS) \
        and not re.match(lang.PARTY_DESCRIPTIONS_RE, word)


def led_by_speaker(source: str, pos: int, mentions) -> str | None:
    """"The al-Wefaq leader acknowledged ..." when no one the article names holds that title: the article's main
    speaker, when they spoke last before `pos` with no other person named since, and spoke as a source twice or more
    ("Sheikh Ali Salman told ... '...,' he said. ... The al-Wefaq leader acknowledged ..."; coref49). None for a
    description with no body's name ("the party leader") or another noun ("the Reform voter")."""
    m = _LED_BODY.fullmatch(" ".join(source.split()))
    if m is None or m.group(2) not in lang.LEADER_NOUNS:
        return None
    spoke = [x for x in mentions if x.pos < pos and x.source and not x.headline]
    if not spoke or spoke[-1].kind != "person":
        return None
    last = spoke[-1]
    surname = last.name.split()[-1]
    if sum(1 for x in spoke if x.name.split()[-1] == surname) < 2 or m.group(1).split()[-1] in last.name.split():
        return None
    if any(last.pos < x.pos < pos and x.kind == "person" and x.salient and x.name.split()[-1] != surname for x in mentions):
        return None  # another person acting since: the description may be theirs (not one named in what was said)
    return last.name


#: A sentence whose predicate only says how its subject spoke: "On the plan, the party leader was more blunt."
_MANNER = re.compile(r"\s*(?:[^,;:“”\"]{1,80},\s+)?((?:[Tt]he\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:" + "|".join(sorted(lang.FINITE_BE_FORMS)) + r"|has\s+been)\s+"
                     r"(?:(?:" + "|".join(sorted(lang.MANNER_DEGREE_WORDS)) + r")\s+){0,2}([a-z]+)\s*[.:]?\s*$")


def manner_lead(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and the adjective of a sentence that says how its subject spoke and no more ("On the UK's role,
    the party leader was more blunt."), when a quotation opens right after it: the quotation is that subject's
    (coref49). The subject is a pronoun of a person, a capitalised name or a description whose head is a person's
    noun (not "The flight was more direct.")."""
    m = _MANNER.match(text, start, end)
    if m is None or m.group(2) not in lang.SPEAKING_MANNER_ADJECTIVES or not re.match(r"\s*[“\"‘']", text[end:end + 8]):
        return None
    words = m.group(1).split()
    head = words[-1].lower()
    if not (head in lang.PERSON_PRONOUNS or head in lang.PERSON_NOUNS or head in lang.LEADER_NOUNS
            or words[0][:1].isupper() and words[0].lower() not in lang.NOT_NAMES):
        return None
    return (m.start(1), m.end(1)), (m.start(2), m.end(2))


#: A determiner, up to three lower-case words and a noun of goods right before the name ("the heart pump %s", "its
#: new app %s"; lang.PRODUCT_NOUNS): the name is the goods' own (coref56).
_GOODS_NAMED = r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(sorted(lang.PRODUCT_NOUNS)) + r"),?\s+%s\b(?![\w'’-])"
#: A count or an owner's determiner, then a capitalised word and a lower-case word: "480,000 Kestrel electric
#: cookers", "its Kestrel range": the capitalised word is a brand of the goods, not the company that sells them.
_BRAND_BEFORE = re.compile(r"(?:\b(?!(?:19|20)\d\d\s)\d(?:[\d,.]*\d)?\s+(?:million\s+|thousand\s+)?|\b(?:its|their)\s+)$")


#: A verb right after a subject: an auxiliary, a past or a third-person form ("is recalling", "cut", "makes").
_VERB_AFTER = r"\s+(?:" + "|".join(sorted(lang.SUBJECT_AUXILIARIES)) + r"|[a-z]+ed|[a-z]+s)\b"
#: A sentence's subject that is a body's acronym, alone or after its name ("RCO has ...", "Revenue and Customs Office
#: (RCO) has ...").
_ACRONYM_SUBJECT = r"\s*(?:([A-Z]{2,6})|(?:(?:[A-Z][\w'’-]*|" + "|".join(lang.NAME_INNER_WORDS) + r")\s+){1,7}\(([A-Z]{2,6})\))" + _VERB_AFTER


def brand_of_goods(text: str, m) -> bool:
    """The one-word name of mention `m` stands before goods after a count or "its"/"their" ("recalling 480,000
    Kestrel electric pressure cookers", "its Kestrel cookers"), or after a noun of goods anywhere in the text ("the
    heart pump <Name>"): a brand, no "the company" (coref49; coref56). Not a year before a name that acts ("in 2021 Kestrel said", "its Kestrel unit reported")."""
    at = text.find(m.name, m.pos)
    if " " in m.name or at < 0:
        return False
    if re.search(_GOODS_NAMED % re.escape(m.name), text):
        return True  # "the heart pump <Name>" anywhere in the text: the product, not its maker (coref56)
    nxt = re.match(r"\s+([a-z]+)\b", text[at + len(m.name):])
    return _BRAND_BEFORE.search(text, max(0, at - 24), at) is not None and nxt is not None \
        and nxt.group(1) not in lang.SPEECH_VERBS | lang.SUBJECT_AUXILIARIES and not nxt.group(1).endswith("ed")


def sentence_firm(text: str, pos: int, mentions, gender_of) -> str | None:
    """"the company" in a closing tag whose own sentence opens with a name of two to four capitalised words as its
    subject ("Halloway Home is recalling 480,000 Kestrel cookers ..., the company said"): that name, when nothing
    shows it a person (no "he"/"she" for it; coref49). Only when no earlier body fits."""
    start = max([x.end() for x in _SENTENCE_END.finditer(text, 0, pos)] + [text.rfind("\n", 0, pos) + 1])
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    first = [x for x in mentions if start <= x.pos < pos and x.salient and not x.headline]
    if not first or first[0].pos > start + 2 or len(first[0].name.split()) < 2 or gender_of(first[0].name) is not None:
        return None
    after = re.match(_VERB_AFTER, text[first[0].pos + len(first[0].name):])
    if not after or not text.startswith(first[0].name, first[0].pos):
        return None
    for x in mentions:
        if x.name == first[0].name:
            x.kind = "org"  # the article calls it "the company": a body, for "it" and "Halloway said" later
    return first[0].name


def sentence_body(text: str, source: str, pos: int, mentions) -> str | None:
    """"the tax authority" opening a clause after ", but" (or ", and", ", while") in a sentence whose subject is a
    body's acronym ("HMRC has been criticised by MPs ..., but the tax authority said ..."): that body, in the form
    the article gave it with its acronym ("HM Revenue and Customs (HMRC)"; coref49). Not another head ("the union")."""
    d = re.fullmatch(r"(?i:the)\s+[a-z]+\s+([a-z]+)", " ".join(source.split()))
    if d is None or d.group(1) not in lang.PUBLIC_BODY_HEADS:
        return None
    start = max([x.end() for x in _SENTENCE_END.finditer(text, 0, pos)] + [text.rfind("\n", 0, pos) + 1])
    if not text[start:pos].strip() and start > 0:  # "The tax authority said ..." opening its own sentence: the
        start = max([x.end() for x in _SENTENCE_END.finditer(text, 0, start - 1)] + [text.rfind("\n", 0, start - 1) + 1, 0])
        subj = re.match(_ACRONYM_SUBJECT, text[start:pos])  # the sentence before's acronym subject, in full too (coref50)
    else:
        subj = re.match(_ACRONYM_SUBJECT, text[start:pos])
        subj = subj if re.search(r",\s+(?:but|and|while)\s+$", text[start:pos]) else None
    if subj is None:
        return None
    if subj.group(2):  # named in full with its acronym: that form
        return subj.group(0)[:subj.group(0).rindex(")") + 1].strip()
    acr = subj.group(1)
    full = [x.name for x in mentions if x.pos < pos and (x.name == acr or re.search(r"\(" + acr + r"\)$", x.name))]
    return max(full, key=len) if full else acr
