"""The table behind tests/test_attr_battery22.py (session 21, attrB22, issue 12): invented news
paragraphs that cross the forms of English news attribution (speech verb, position of the tag,
subject, quotation span, frame), each with the source and certainty an analyst expects, written
before the tool ran. Every name, place and organisation is invented.

A case is one small article: a headline, then its body. The sentence under test holds a keyword
found nowhere else in the article; every claim whose evidence holds that keyword must carry the
expected source (a case-insensitive substring of `attributed_to`) and a certainty of the expected
set. `python -m tests.attr_battery22` prints the failures counted by form."""

from __future__ import annotations

from dataclasses import dataclass, field

REP = frozenset({"reported"})
REP_OR_CLAIMED = frozenset({"reported", "claimed"})  # verbs GUIDELINES §6 lists as neither neutral nor contesting
SPEC = frozenset({"speculative"})
STATED = frozenset({"stated"})
#: a source anonymous on purpose ("a person familiar with ...") is `unconfirmed` (attribution/certainty.py, AP style)
ANON = frozenset({"unconfirmed"})


@dataclass(frozen=True)
class Case:
    id: str
    body: str
    keys: tuple[str, ...]          # keywords of the content under test
    source: str                    # expected substring of attributed_to ("article" for the outlet)
    certainty: frozenset = REP
    form: dict = field(default_factory=dict, hash=False, compare=False)


# Contents: (indirect clause, direct sentence without its full stop, keyword). Past events, so the
# certainty is the frame's (GUIDELINES §6 rule 4); a future content is the source's forecast (§14).
PAST = [
    ("the ferry to Dunmore Island had stopped running in March", "The ferry to Dunmore Island stopped running in March",
     "Dunmore"),
    ("the county had closed 14 schools after the flood", "The county closed 14 schools after the flood", "14 schools"),
    ("two inspectors had found cracks in the Alder Street bridge",
     "Two inspectors found cracks in the Alder Street bridge", "Alder Street"),
    ("the mill had laid off 230 workers since June", "The mill has laid off 230 workers since June", "230 workers"),
]
FUTURE = ("the toll on the Kelby bridge would double next year", "The toll on the Kelby bridge will double next year",
          "Kelby")
# A second and third quoted sentence (first person, past: `reported` in the speaker's voice).
C2 = ("We moved every boat to Kelso harbor the next day", "Kelso")
C3 = ("The repairs cost the town 40,000 crowns", "40,000")

LEAD = "Marta Kessler, the harbor master, toured the docks in Brenford on Monday."

# Subjects: (form, subject words, expected source substring, lead sentence or "")
SUBJECTS = [
    ("full name", "Marta Kessler", "Kessler", ""),
    ("title + name", "Harbor Master Marta Kessler", "Kessler", ""),
    ("the spokesman", "A spokesman for the port", "spokesman", ""),
    ("pronoun", "She", "Kessler", LEAD),
    ("organisation", "The Brenford Port Authority", "Port Authority", ""),
    ("officials", "County officials", "officials", ""),
    ("unnamed source", "A person familiar with the inspection", "person familiar", ""),
]

# Speech verbs: (verb, object after the verb if any, allowed certainties, future content?). A
# warning keeps its frame's certainty unquoted (lang.WARNING_CUES: a warning is a position) and a
# quoted forecast is `speculative` (GUIDELINES §14): both are allowed for "warned".
VERBS = [
    ("said", "", REP, False), ("told", " reporters", REP, False), ("added", "", REP, False),
    ("noted", "", REP, False), ("argued", "", REP_OR_CLAIMED, False), ("insisted", "", REP_OR_CLAIMED, False),
    ("warned", "", REP | SPEC, True), ("wrote", "", REP, False), ("tweeted", "", REP, False),
    ("explained", "", REP, False), ("acknowledged", "", REP, False), ("conceded", "", REP_OR_CLAIMED, False),
    ("recalled", "", REP, False), ("testified", "", REP, False), ("announced", "", REP, False),
    ("declared", "", REP, False), ("stressed", "", REP, False), ("predicted", "", SPEC, True),
    ("complained", "", REP, False), ("replied", "", REP, False), ("responded", "", REP, False),
    ("confirmed", "", REP, False),
]


def _article(body: str) -> str:
    return "Harbor News From the Coast.\n\n" + body


def _obj(subj: str) -> str:
    """The subject after its verb ('said a spokesman for the port'); names keep their capitals."""
    if subj.startswith(("Marta", "Harbor Master")):
        return subj
    return subj[0].lower() + subj[1:]


def _lead(lead: str) -> str:
    return lead + " " if lead else ""


def _verb_cases() -> list[Case]:
    out = []
    for i, (verb, obj, cert, future) in enumerate(VERBS):
        ind, direct, key = FUTURE if future else PAST[i % len(PAST)]
        for p, position in enumerate(POSITIONS):
            sform, subj, want, lead = SUBJECTS[(i + p * SHIFT) % len(SUBJECTS)]
            c = cert if sform != "unnamed source" else ANON
            out.append(_verb_case(verb, obj, c, future, position, sform, subj, want, lead, ind, direct, key))
    return out


POSITIONS = ("before", "after", "quote, tag after (inverted)", "quote, tag in the middle")
SHIFT = 2  # the subject moves by two forms from one position to the next


def _verb_case(verb, obj, cert, future, position, sform, subj, want, lead, ind, direct, key) -> Case:
    pre = _lead(lead)
    s_after = "she" if sform == "pronoun" else _obj(subj)
    form = {"verb": verb, "subject": sform, "position": position}
    cid = f"verb-{verb}-{position}-{sform}".replace(" ", "_").replace(",", "").replace("(", "").replace(")", "")
    if position == "before":
        return Case(cid, _article(pre + f"{subj} {verb}{obj} that {ind}."), (key,), want, cert, form)
    if position == "after":
        return Case(cid, _article(pre + f"{direct}, {s_after} {verb}{obj}."), (key,), want, cert, form)
    if position == "quote, tag after (inverted)":
        inv = f'"{direct}," {s_after} {verb}{obj}.' if sform == "pronoun" or obj else f'"{direct}," {verb} {_obj(subj)}.'
        return Case(cid, _article(pre + inv), (key,), want, cert, form)
    mid = f'"{direct}," {s_after} {verb}{obj}. "{C2[0]}."'
    return Case(cid, _article(pre + mid), (key, C2[1]), want, cert | REP if future else cert, form)


def _subject_cases() -> list[Case]:
    out = []
    for j, (sform, subj, want, lead) in enumerate(SUBJECTS):
        ind, direct, key = PAST[j % len(PAST)]
        pre = _lead(lead)
        s_after = "she" if sform == "pronoun" else _obj(subj)
        inv = f'"{direct}," she said.' if sform == "pronoun" else f'"{direct}," said {_obj(subj)}.'
        forms = [
            ("before, no that", f"{subj} said {ind}.", (key,)),
            ("after", f"{direct}, {s_after} said.", (key,)),
            ("quote, tag after (inverted)", inv, (key,)),
            ("quote, tag in the middle", f'"{direct}," {s_after} said. "{C2[0]}."', (key, C2[1])),
            ("colon quote", f'{subj} said: "{direct}."', (key,)),
            ("partial quote", f'{subj} said {ind} and called the loss "a blow to the town".',
             (key,)),
        ]
        for pos, body, keys in forms:
            out.append(Case(f"subj-{sform}-{pos}".replace(" ", "_"), _article(pre + body), keys, want,
                            ANON if sform == "unnamed source" else REP,
                            {"verb": "said", "subject": sform, "position": pos}))
    return out


FRAMES = [
    ("according to, first", "According to {S}, {D}."),
    ("according to, last", "{D}, according to {s}."),
    ("in a statement, first", "In a statement, {S} said {I}."),
    ("said in a statement", "{S} said in a statement that {I}."),
    ("in an interview, first", "In an interview with the Brenford Gazette, {S} said {I}."),
    ("said in an interview", "{S} said in an interview with the Brenford Gazette that {I}."),
    ("X's spokesman said", "{P} spokesman said {I}."),
    ("said in a tweet", "{S} said in a tweet that {I}."),
    ("quote, wrote in a letter", '"{D}," {S} wrote in a letter to the council.'),
    ("wrote in a letter", "{S} wrote in a letter to the council that {I}."),
    ("wrote in an op-ed", "{S} wrote in an op-ed for the Brenford Gazette that {I}."),
    ("in a letter, first", "In a letter to the council, {S} wrote that {I}."),
    ("said in a post", "{S} said in a Facebook post that {I}."),
    ("told a newspaper", "{S} told the Brenford Gazette that {I}."),
]
FRAME_SUBJECTS = [("full name", "Marta Kessler", "Kessler", "Marta Kessler's"),
                  ("organisation", "The Brenford Port Authority", "Port Authority", "The Brenford Port Authority's")]


def _frame_cases() -> list[Case]:
    out = []
    n = 0
    for fform, tpl in FRAMES:
        for sform, subj, want, poss in FRAME_SUBJECTS:
            ind, direct, key = PAST[n % len(PAST)]
            n += 1
            low = subj if sform == "full name" else "the" + subj[3:]
            body = tpl.format(S=subj if tpl.startswith("{S}") else low, s=low, D=direct, I=ind, P=poss)
            out.append(Case(f"frame-{fform}-{sform}".replace(" ", "_").replace(",", ""), _article(body), (key,), want,
                            REP, {"frame": fform, "subject": sform}))
    return out


FINDINGS = [
    ("the report found", "The report found that {I}.", "report"),
    ("a study found", "A study published Tuesday by the Tarvin Institute found that {I}.", "study"),
    ("the audit concluded", "The audit concluded that {I}.", "audit"),
    ("a survey showed", "A survey by the Brenford Gazette showed that {I}.", "survey"),
    ("the review said", "The county's review of the flood said {I}.", "review"),
]


def _finding_cases() -> list[Case]:
    out = []
    for k, (fform, tpl, want) in enumerate(FINDINGS):
        ind, _direct, key = PAST[k % len(PAST)]
        out.append(Case(f"finding-{fform}".replace(" ", "_"), _article(tpl.format(I=ind)), (key,), want, REP,
                        {"frame": fform, "subject": "document"}))
    return out


QUOTE_SUBJECTS = [SUBJECTS[0], SUBJECTS[1], SUBJECTS[4], SUBJECTS[5]]


def _span_cases() -> list[Case]:
    out = []
    for j, (sform, subj, want, _lead_) in enumerate(QUOTE_SUBJECTS):
        ind, direct, key = PAST[j % len(PAST)]
        spans = [
            ("three sentences after a colon", f'{subj} said: "{direct}. {C2[0]}. {C3[0]}."', (key, C2[1], C3[1])),
            ("tag in the middle, two sentences after", f'"{direct}," {subj} said. "{C2[0]}. {C3[0]}."',
             (key, C2[1], C3[1])),
            ("quotation runs over the next paragraph", f'"{direct}," {subj} said. "{C2[0]}.\n\n"{C3[0]}."',
             (C2[1], C3[1])),
            ("quote-only paragraph after the naming paragraph",
             f'{subj} said {ind}.\n\n"{C2[0]}. {C3[0]}."', (C2[1], C3[1])),
            ("quote-only paragraph after a quoted paragraph",
             f'"{direct}," {subj} said.\n\n"{C2[0]}."', (C2[1],)),
            ("partial quote of the content", f'{subj} said the ferry to the island had been "out of service since '
                                              f'the Kelso storm".', ("Kelso",)),
        ]
        for pos, body, keys in spans:
            out.append(Case(f"span-{sform}-{pos}".replace(" ", "_"), _article(body), keys, want, REP,
                            {"quotation": pos, "subject": sform}))
    return out


# Apart: the outlet states it itself, with near words (a speech noun, a quoted title, a pronoun, a
# person acting): these must stay `article`/`stated`.
APART_BODIES = [
    ("ferry stopped", "The ferry to Dunmore Island stopped running in March.", "Dunmore"),
    ("announcement noun", "The announcement of the closure came on Monday, after the ferry to Dunmore Island stopped "
                          "running.", "Dunmore"),
    ("statement posted", "The port's statement was posted online at noon, an hour after the 14 schools closed.",
     "14 schools"),
    ("person acts", "Marta Kessler closed the Alder Street bridge on Monday.", "Alder Street"),
    ("pronoun acts", LEAD + " She closed the Alder Street bridge an hour later.", "Alder Street"),
    ("quoted title", 'The play "Harbor Lights" opened at the Alder Street theater on Friday.', "Alder Street"),
    ("scare quotes", 'The mill, once called "the heart of Brenford", has laid off 230 workers since June.',
     "230 workers"),
    ("speech as an event", "Marta Kessler spoke at the opening of the Alder Street bridge on Friday.", "Alder Street"),
    ("organisation acts", "The Brenford Port Authority hired 12 divers last spring.", "divers"),
    ("officials act", "County officials closed 14 schools after the flood.", "14 schools"),
    ("said as an adjective", "The said bridge on Alder Street reopened in May.", "Alder Street"),
    ("told as a verb of counting", "All told, the mill has laid off 230 workers since June.", "230 workers"),
    ("signs say", "Workers put up signs on the Alder Street bridge on Tuesday.", "Alder Street"),
    ("record", "The Kelby bridge toll doubled in 2019, the first rise in a decade.", "Kelby"),
]


def _apart_cases() -> list[Case]:
    return [Case(f"apart-{name}".replace(" ", "_"), _article(body), (key,), "article", STATED, {"apart": name})
            for name, body, key in APART_BODIES]




# Tags: (form, the tag before a that-clause, the tag after the content, expected source). The
# subject or the verb carries what news copy hangs on a tag: a time, "also", a perfect or present
# tense, an apposition, a relative clause, a long title, a bare plural group, an opening participle.
TAGS = [
    ("said on Monday", "Marta Kessler said on Monday", "Marta Kessler said on Monday", "Kessler"),
    ("said + weekday", "The Brenford Port Authority said Tuesday", "the Brenford Port Authority said Tuesday",
     "Port Authority"),
    ("also said", "Marta Kessler also said", "Marta Kessler also said", "Kessler"),
    ("has said", "Marta Kessler has said", "Marta Kessler has said", "Kessler"),
    ("says (present)", "Marta Kessler says", "Marta Kessler says", "Kessler"),
    ("apposition subject", "Marta Kessler, the harbor master, said", "said Marta Kessler, the harbor master", "Kessler"),
    ("relative-clause subject", "Marta Kessler, who runs the port, said", "Marta Kessler, who runs the port, said",
     "Kessler"),
    ("long title + name", "Brenford Port Authority spokeswoman Ana Ruiz said",
     "said Brenford Port Authority spokeswoman Ana Ruiz", "Ana Ruiz"),
    ("name, title of org", "Ana Ruiz, a spokeswoman for the Brenford Port Authority, said",
     "said Ana Ruiz, a spokeswoman for the Brenford Port Authority", "Ana Ruiz"),
    ("org's officer, name", "The port's chief executive, Ana Ruiz, said", "the port's chief executive, Ana Ruiz, said",
     "Ana Ruiz"),
    ("bare plural: police", "Police said", "police said", "police"),
    ("bare plural: residents", "Residents said", "said residents", "residents"),
    ("bare plural: critics", "Critics said", "critics said", "critics"),
    ("counted group", "Two county officials said", "said two county officials", "officials"),
    ("the officials", "The officials said", "said the officials", "officials"),
    ("a city as source", "Brenford said", "Brenford said", "Brenford"),
    ("speaking to reporters", "Speaking to reporters on Monday, Marta Kessler said",
     "Marta Kessler said, speaking to reporters on Monday", "Kessler"),
    ("told reporters + place", "Marta Kessler told reporters at the docks", "Marta Kessler told reporters at the docks",
     "Kessler"),
    ("said in remarks to", "Marta Kessler said in remarks to the council", "Marta Kessler said in remarks to the council",
     "Kessler"),
    ("said as she toured", "Marta Kessler said as she toured the docks", "Marta Kessler said as she toured the docks",
     "Kessler"),
    ("said, adding", "Marta Kessler said there was no money left, adding", "Marta Kessler said, adding that more "
     "ferries were needed", "Kessler"),
    ("had said", "Marta Kessler had said", "Marta Kessler had said", "Kessler"),
]


def _tag_cases() -> list[Case]:
    out = []
    for t, (tform, before, after, want) in enumerate(TAGS):
        ind, direct, key = PAST[t % len(PAST)]
        bodies = [
            ("before", f"{before} that {ind}.", (key,)),
            ("after", f"{direct}, {after}.", (key,)),
            ("quote, tag after (inverted)", f'"{direct}," {after}.', (key,)),
            ("quote, tag in the middle", f'"{direct}," {after}. "{C2[0]}."', (key, C2[1])),
        ]
        for position, body, keys in bodies:
            cid = f"tag-{tform}-{position}".replace(" ", "_").replace(",", "").replace("(", "").replace(")", "")
            out.append(Case(cid, _article(body), keys, want, REP, {"tag": tform, "position": position}))
    return out


# Long descriptions as the subject of a tag after the content ("..., a lawyer for the two families
# conceded."): every verb, the description alternating. Written with the tag table, before the tool ran.
DESCRIPTIONS = [("description: lawyer for", "a lawyer for the two families in the case", "lawyer"),
                ("description: head of", "the head of the county roads department", "head of the county roads")]


def _described_after_cases() -> list[Case]:
    out = []
    for i, (verb, obj, cert, future) in enumerate(VERBS):
        ind, direct, key = FUTURE if future else PAST[i % len(PAST)]
        dform, subj, want = DESCRIPTIONS[i % 2]
        out.append(Case(f"described-{verb}-after", _article(f"{direct}, {subj} {verb}{obj}."), (key,), want, cert,
                        {"verb": verb, "subject": dform, "position": "after"}))
    return out


# Campaign and wire forms of a tag (written before the tool ran, the second round of the battery):
# (form, body with {I} an indirect clause and {D} a direct sentence, keyword slot "C" or "C2", source).
FORMS2 = [
    ("indirect, tag in the middle", "The ferry, Marta Kessler said, {rest}.", "Kessler"),
    ("indirect, bare plural tag in the middle", "The ferry, critics said, {rest}.", "critics"),
    ("quote + said Monday", '"{D}," Marta Kessler said Monday.', "Kessler"),
    ("says (present), quote", '"{D}," Marta Kessler says.', "Kessler"),
    ("subject, in a statement, said", "Marta Kessler, in a statement, said {I}.", "Kessler"),
    ("asked about, said", "Asked about the closures, Marta Kessler said {I}.", "Kessler"),
    ("X's office said", "Marta Kessler's office said {I}.", "Kessler"),
    ("a statement from X's office said", "A statement from Marta Kessler's office said {I}.", "Kessler"),
    ("after, told a newspaper", "{D}, Marta Kessler told the Brenford Gazette.", "Kessler"),
    ("after, said in an interview", "{D}, Marta Kessler said in an interview.", "Kessler"),
    ("after, wrote on Twitter", "{D}, Marta Kessler wrote on Twitter.", "Kessler"),
    ("said Monday that", "Marta Kessler said Monday that {I}.", "Kessler"),
    ("age apposition", "Marta Kessler, 54, said {I}.", "Kessler"),
    ("party apposition", "Marta Kessler, a Democrat, said {I}.", "Kessler"),
    ("party-state parenthesis", "Sen. Marta Kessler (D-Brenford) said {I}.", "Kessler"),
    ("went on to say", "Marta Kessler went on to say {I}.", "Kessler"),
    ("saying, after an act", "Marta Kessler criticized the council, saying {I}.", "Kessler"),
    ("adding that", "Marta Kessler said the harbor was safe, adding that {I}.", "Kessler"),
    ("has repeatedly said", "Marta Kessler has repeatedly said {I}.", "Kessler"),
    ("has long argued", "Marta Kessler has long argued that {I}.", "Kessler"),
    ("told reporters, no that", "Marta Kessler told reporters {I}.", "Kessler"),
    ("quote, said of", '"{D}," Marta Kessler said of the storm.', "Kessler"),
    ("it said, organisation", "The Brenford Port Authority issued a statement on Monday. It said {I}.", "Port Authority"),
    ("quote after a naming paragraph, she said",
     'Marta Kessler spoke at the docks on Monday.\n\n"{D}," she said.', "Kessler"),
    ("said at a rally", "Marta Kessler said at a rally in Lorne that {I}.", "Kessler"),
    ("told a crowd", "Marta Kessler told a crowd of supporters in Lorne that {I}.", "Kessler"),
    ("said during a debate", "Marta Kessler said during a debate on Tuesday that {I}.", "Kessler"),
    ("in a speech, said", "In a speech on Tuesday, Marta Kessler said {I}.", "Kessler"),
    ("speaking at a rally", "Speaking at a rally in Lorne, Marta Kessler said {I}.", "Kessler"),
    ("quote, then she added", 'Marta Kessler praised the crews. "{D}," she added.', "Kessler"),
    ("pointed out", "Marta Kessler pointed out that {I}.", "Kessler"),
    ("made clear", "Marta Kessler made clear that {I}.", "Kessler"),
    ("told X in an interview", "Marta Kessler told the Brenford Gazette in an interview that {I}.", "Kessler"),
    ("colon, statement noun", 'Marta Kessler had a simple message: "{D}."', "Kessler"),
    ("quote, tag with title after name", '"{D}," said Kessler, the harbor master.', "Kessler"),
    ("surname only after the naming sentence", "Marta Kessler runs the harbor. Kessler said {I}.", "Kessler"),
    ("according to a statement", "According to a statement from the Brenford Port Authority, {D}.", "Port Authority"),
    ("per", "{D}, per the Brenford Port Authority.", "Port Authority"),
    ("citing", "The Brenford Gazette, citing two county officials, reported that {I}.", "Brenford Gazette"),
    ("in X's words", "In Marta Kessler's words, {d}.", "Kessler"),
]


def _forms2_cases() -> list[Case]:
    out = []
    for k, (fform, tpl, want) in enumerate(FORMS2):
        ind, direct, key = PAST[k % len(PAST)]
        if "{rest}" in tpl:
            body, key = tpl.format(rest="stopped running to Dunmore Island in March"), "Dunmore"
        else:
            body = tpl.format(I=ind, D=direct, d=direct[0].lower() + direct[1:])
        out.append(Case(f"form-{fform}".replace(" ", "_").replace(",", ""), _article(body), (key,), want,
                        REP_OR_CLAIMED, {"form": fform}))
    return out


# Quotation spans, second round (before the tool ran): a tag after two or three quoted sentences, a tag in
# the second paragraph of a quotation, opinions in quotes, a quotation two paragraphs after its naming.
# (form, body with {S}/{s} subject, {D} direct, {I} indirect; keywords checked)
SPANS2 = [
    ("two sentences before the tag", '"{D}. {C2}," {s} said.', ("K", "C2")),
    ("three sentences before the tag", '"{D}. {C2}. {C3}," {s} said.', ("K", "C2", "C3")),
    ("tag in the quotation's second paragraph", '"{D}.\n\n"{C2}," {s} said.', ("K", "C2")),
    ("an opinion in quotes", '"This closure is a disgrace to Brenford," {s} said.', ("disgrace",)),
    ("quote-only paragraph two paragraphs after the naming", '{S} said {I}.\n\n"{C2}."\n\n"{C3}."', ("C2", "C3")),
    ("quote-only opinion after a quoted paragraph", '"{D}," {s} said.\n\n"Frankly, it is a disgrace."',
     ("disgrace",)),
    ("colon at the end of the naming paragraph", '{S} put it bluntly:\n\n"{D}."', ("K",)),
    ("tag split inside a quotation", '"{D}," {s} added, "and {c2}."', ("K", "C2")),
    ("partial quote, no tag verb", '{S} called the closures "a disgrace that will haunt Brenford".', ("disgrace",)),
    ("answer noun + colon", '{P} answer was short: "{D}."', ("K",)),
    ("scare quote inside an indirect clause", '{S} said the repairs were "on track" and {I}.', ("K",)),
    ("rhetorical question in quotes", '"Who pays for the Kelso harbor now?" {s} asked.', ()),
]
SPAN2_SUBJECTS = [("full name", "Marta Kessler", "Marta Kessler", "Kessler", "Marta Kessler's"),
                  ("organisation", "The Brenford Port Authority", "the Brenford Port Authority", "Port Authority",
                   "The Brenford Port Authority's")]


def _spans2_cases() -> list[Case]:
    out = []
    n = 0
    for fform, tpl, keyslots in SPANS2:
        if not keyslots:
            continue  # (a question asserts nothing checkable here: kept as a form, not a case)
        for sform, subj, low, want, poss in SPAN2_SUBJECTS:
            ind, direct, key = PAST[n % len(PAST)]
            n += 1
            body = tpl.format(S=subj, s=low, D=direct, I=ind, C2=C2[0], C3=C3[0], c2=C2[0][0].lower() + C2[0][1:], P=poss)
            keys = tuple({"K": key, "C2": C2[1], "C3": C3[1]}.get(k, k) for k in keyslots)
            out.append(Case(f"span2-{fform}-{sform}".replace(" ", "_").replace(",", "").replace("'", ""), _article(body),
                            keys, want, REP, {"quotation": fform, "subject": sform}))
    return out


def full_cross() -> list[Case]:
    """Every verb with every subject in every position (616 cases): a diagnostic, not a test."""
    out = []
    for i, (verb, obj, cert, future) in enumerate(VERBS):
        ind, direct, key = FUTURE if future else PAST[i % len(PAST)]
        for position in POSITIONS:
            for sform, subj, want, lead in SUBJECTS:
                c = cert if sform != "unnamed source" else ANON
                out.append(_verb_case(verb, obj, c, future, position, sform, subj, want, lead, ind, direct, key))
    return out


def run(case: Case):
    """(ok, what the code path gave for the case's keywords): the claims whose evidence holds a keyword."""
    from tests.reading import code

    text = case.body
    summary = code(text, "attr_battery22.txt")
    got = []
    for key in case.keys:
        hits = [(c.attributed_to, c.certainty) for c in summary.claims if key in c.evidence.quote]
        got.append((key, hits))
    ok = all(hits and all(case.source.lower() in a.lower() and c in case.certainty for a, c in hits)
             for _key, hits in got)
    return ok, got


CASES: list[Case] = _verb_cases() + _subject_cases() + _tag_cases() + _described_after_cases() + _forms2_cases() + _spans2_cases() + _frame_cases() + _finding_cases() + _span_cases()
APART: list[Case] = _apart_cases()


if __name__ == "__main__":  # the failures by form
    import collections
    import sys

    fails = collections.Counter()
    totals = collections.Counter()
    bad = []
    cases = full_cross() if "--full" in sys.argv else CASES + APART
    for case in cases:
        ok, got = run(case)
        for k, v in case.form.items():
            totals[(k, v)] += 1
            if not ok:
                fails[(k, v)] += 1
        if not ok:
            bad.append(case.id)
            print("FAIL", case.id, "| want", case.source, sorted(case.certainty), "| got", got, "|",
                  case.body.split("\n\n", 1)[1].replace("\n", " / "), file=sys.stderr)
    for (k, v), n in sorted(totals.items()):
        print(f"{k:10} | {v:45} | {fails[(k, v)]:3} of {n}")
    print("failing ids:", " ".join(bad))
    print(f"{len(bad)} of {len(cases)} fail")
