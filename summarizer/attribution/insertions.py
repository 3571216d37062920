"""A reporting frame hidden by what is set inside it: the sentence read again with its
insertions blanked out (same offsets, spaces for the insertion's characters).

English news prose sets descriptions, relative clauses, participles and adverbs off with
commas or dashes between a speaker and the cue:

- "Jane Roe, president and chief executive of the chamber, said ..." (an appositive with "and")
- "The senator, speaking in a low voice as he stood there, said ..." (a participle)
- "Vice President Jane Roe, who would be expected to attend, has said ..." (a relative clause)
- "The White House, meanwhile, said ..." (an adverb); "One of them – where ... – said ..." (dashes)
- "Sen. Jane Roe, Democrat of Ohio, said ..." (a party description)

and opens sentences with an introductory phrase before the speaker ("In a statement on
Thursday, the league's president, Jane Roe, said ..."). `sentence_frames.sentence_frame` reads such a
sentence again through `blanked_readings` when no frame was found in it as written; the frame
rules themselves decide (a cue inside a subordinate clause stays no frame).
"""

from __future__ import annotations

import re

from .. import lang
from .message_colon import message_frame
from ..chunk import Span
from .apposition import description
from .dash_asides import dash_pair_opener
from .restrictive import object_only
from .cue_words import CUES
from .text import outside
from .coreference import joined_second
from .titled_names import titled_name
from ..thresholds import ATTRIBUTION_SHORT_QUOTED_WORDS as SHORT_QUOTED_WORDS

#: Words between an insertion's closing comma and the cue ("..., has also said", "went on to argue").
_MODS = r"(?:(?:" + "|".join(sorted(lang.CUE_MODIFIERS)) + r"|went\s+on\s+to)\s+)*"
#: An insertion's first word: a relative pronoun, a participle, a lowercase word (a description:
#: "a lawyer", "president and chief executive of ..."), an adverb set off by commas.
#: Also a possessive name before a lowercase noun ("Mr. Roe's lawyer", "Acme Corp.'s chief").
_OPENER = re.compile(r"(?:" + lang.RELATIVE_PRONOUNS_RE + r")\b|[a-z]|(?:" + lang.PARTY_DESCRIPTIONS_RE + r")\b"
                     r"|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+[a-z]")
#: At most this many words in one insertion.
MAX_INSERTION_WORDS = 25


def _cue_starts(text: str, a: int, b: int, quotes) -> list[int]:
    return [m.start() for m in re.finditer(r"[A-Za-z]+", text[a:b]) if (m.group(0).lower() in CUES or m.group(0) in ("called", "calls"))
            and m.group(0).islower() and outside(a + m.start(), quotes)]


#: A name (or its parenthesised abbreviation), then "which"/"who" and a verb, up to a cue with no
#: comma between ("The Agency (PLA) which keeps the register said").
_BARE_RELATIVE = re.compile(r"(?:[A-Z][\w.'’-]*|\))\s+((?:which|who)\s+([a-z]+)\b[^,;:“”\"()–—]{3,200}?)\s+" + _MODS + r"$")


def _passive_after(mods: str, rest: str) -> bool:
    """A form of "be" right before a participle cue ("... is asked to call", "... were urged to"): a passive whose
    subject is the addressee, not a speaker ("was quoted as saying" is the speaker's)."""
    cue = re.match(r"[a-z]+", rest)
    return bool(cue) and bool(mods.split()) and mods.split()[-1] in lang.BE_FORMS \
        and (cue.group(0).endswith("ed") or cue.group(0) in lang.PASSIVE_PARTICIPLES) and cue.group(0) != "quoted"


def _insertions(text: str, sp: Span, quotes) -> list[tuple[int, int]]:
    """Character ranges of insertions right before a cue (and the modifiers before it)."""
    seg = text[sp.start:sp.end]
    out = []
    for c in _cue_starts(text, sp.start, sp.end, quotes):
        r = _BARE_RELATIVE.search(seg[:c])
        if r and _passive_after(seg[r.end(1):c], seg[c:]):
            continue  # "Anyone who has seen her is asked to call 101": the subject is asked, no speaker (genre46)
        if r and (r.group(2) not in lang.FUNCTION_WORDS or r.group(2) in lang.AUXILIARY_VERBS) \
                and (r.group(2) not in lang.SPEECH_VERBS or re.match(r"\s+(?:the|a|an)\s", seg[r.end(2):])) \
                and len(seg[r.start(1):c].split()) <= MAX_INSERTION_WORDS and outside(sp.start + r.start(1), quotes) \
                and not _cue_starts(text, sp.start + r.end(2), sp.start + c, quotes):  # its own verb may be one ("which maintains")
            # "The Licensing Agency (PLA) which keeps the register said": a relative clause with no commas
            # (not "Residents who said they opposed it told ...": a report of its own, unless its object is a noun)
            out.append((sp.start + r.start(1), sp.start + c))
            continue
        m = re.search(r"(,|\s[–—]|\s--|\s-)\s+" + _MODS + r"$", seg[:c])  # " - ": a dash typed as a hyphen
        if m is None or re.search(r"\b(?:not|never)\b", m.group(0)):
            continue  # "Jane Doe, a spokeswoman, did not respond": no report
        close = m.start()
        if m.group(1) == ",":
            opener = seg.rfind(",", 0, close)
            inner = seg[opener + 1:close] if opener >= 0 else ""
            opener, inner = dash_pair_opener(seg, close, opener, inner)  # "X - part of Z - and a co-author, said" (read17)
        else:  # a pair of dashes
            d = re.search(r"\s(?:[–—]|--?)\s(?!.*\s(?:[–—]|--?)\s)", seg[:close])
            opener, inner = (d.start(), seg[d.end():close]) if d else (-1, "")
        if opener <= 0 or re.search(r"[;:“”\"]", inner) or not inner.strip() \
                or len(inner.split()) > MAX_INSERTION_WORDS or not outside(sp.start + opener, quotes):
            continue
        if m.group(1) == "," and not _OPENER.match(inner.strip()):
            continue  # "..., Jane Roe, said": a name in apposition is the speaker, not an insertion
        if m.group(1) == "," and re.match(r"[a-z]+\s+that\b", inner.lstrip()) \
                and opener + 1 + len(inner) - len(inner.lstrip()) in _cue_starts(text, sp.start, sp.end, quotes):
            continue  # "X, the firm, denied that ..., saying ...": a predicate "<cue> that ...", no insertion (within56;
            # not "..., asked whether ..., replied:", "..., found in <X>'s chip, say": participles set off)
        if not re.search(r"[\w.)]\s*$", seg[:opener]):
            continue
        while m.group(1) == ",":  # "Jane Roe, the chair of Acme, a trade group, called ...": both descriptions
            before = seg.rfind(",", 0, opener)
            piece = seg[before + 1:opener] if before > 0 else ""
            if before <= 0 or not description(piece) or not _OPENER.match(piece.strip()) or not outside(sp.start + before, quotes) \
                    or not re.search(r"[\w.)]\s*$", seg[:before]) or titled_name(piece):  # ("Meanwhile, former mayor X, who": X speaks)
                break
            opener = before
        out.append((sp.start + opener, sp.start + close + (1 if m.group(1) == "," else len(m.group(1)))))
    return out


#: A sentence-initial introductory phrase up to its comma ("In a statement on Thursday, ",
#: "But heading into the retreat, ", "However, ").
_INTRO = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[A-Z][a-z]*)(?:\s+[^,;:“”\"]{0,160}?)?,\s+(?=[\w“\"])")


def _intro(text: str, sp: Span, quotes) -> tuple[int, int] | None:
    m = _INTRO.match(text, sp.start, sp.end)
    if m is None:
        return None
    first = re.match(r"\s*(?:(?:But|And|Yet|So)\s+)?([A-Za-z]+)", m.group(0)).group(1).lower()
    intro = first in lang.PREPOSITIONS or first in lang.INTRODUCTORY_WORDS or first.endswith("ing") \
        or re.match(r"(?:" + lang.INTRO_PHRASES_RE + r")$", first.capitalize()) is not None
    words = m.group(0).lower().split()
    if not intro or any(w.strip(",") in CUES for w in words) or len(words) > 30:
        return None
    return m.start(), m.end()


#: The cues a frame read past insertions may have: saying, claiming and denying verbs ("called X Y",
#: "expressed misgivings" report less than a statement; measured on PolNeAR half A).
_SAYING = lang.SPEECH_VERBS | lang.CLAIM_VERBS | lang.DENIAL_VERBS


def reads_past_insertions(text: str, f) -> bool:
    """A frame found on a blanked reading stands: a saying verb with content, a subject that can
    speak, and no order or appeal ("urged Congress to leave the program intact": no statement)."""
    cue = text[f.cue_span[0]:f.cue_span[1]].lower()
    directive = cue in lang.DIRECTIVE_VERBS and re.match(r"\s+(?:[\w'’.-]+\s+){1,4}?to\s", text[f.cue_span[1]:f.cue_span[1] + 80])
    named = cue in ("called", "calls") and any(re.search(r"[“\"]", text[a:b]) for a, b in f.content)  # 'called the idea “a sham”'
    judged = cue in lang.EVALUATION_VERBS | lang.ACCUSATION_VERBS  # "As he often has ..., X assailed Y" (attr14b; GUIDELINES §6)
    return (cue in _SAYING or named or judged) and bool(f.content) and not directive and speaker_like(text[f.source_span[0]:f.source_span[1]])


#: A description of the name that follows, between a final frame's content and its subject
#: ("..., its chief executive, Jane Doe, told"): it describes the source and is no content.
_DESCRIPTION_BEFORE = re.compile(r",\s*((?i:" + lang.APPOSITION_DETERMINERS_RE + r")\s+[^,;:“”\"()]{1,60}?),\s*$")


def content_end(text: str, start: int, subj: tuple[int, int], classify) -> int:
    """Where a final frame's content ends: before a short description of a named person that
    stands right before the name ("A, its chief executive, Jane Doe, told ..."), else at the name."""
    d = _DESCRIPTION_BEFORE.search(text, start, subj[0])
    if d and classify(text[subj[0]:subj[1]]) == "person" and len(d.group(1).split()) <= 6 \
            and not any(w in lang.AUXILIARY_VERBS or w in lang.MODALS for w in d.group(1).lower().split()):
        return d.start() + 1
    return subj[0]


def speaker_like(source: str) -> bool:
    """A subject found past an insertion can speak: a pronoun, a name (a capital after its first
    word), or a head noun of a person, occupation or organisation ("The senator", "Two people
    familiar with the talks"); not "The storm, a category four hurricane, said nothing"."""
    ws = source.split()
    if not ws:
        return False
    if len(ws) == 1 and ws[0].lower() in lang.PRONOUNS:
        return True
    if any(w[:1].isupper() for w in ws[1:]) or ws[0][:1].isupper() and ws[0].lower() not in lang.NOT_NAMES and len(ws) == 1:
        return True
    near = [w.lower().strip(",.") for w in ws]  # "One of the members", "people familiar with the talks"
    return any(w in lang.PERSON_NOUNS or w in lang.ORG_HEADS or w.endswith(lang.OCCUPATION_ENDINGS + lang.AGENT_PLURAL_ENDINGS)
               for w in near)


def blanked_readings(text: str, sp: Span, quotes) -> list[str]:
    """The article text with this sentence's insertions blanked, then also its introductory
    phrase: readings to try, in order, when the sentence as written has no frame."""
    def blank(s: str, spans: list[tuple[int, int]]) -> str:
        for a, b in spans:
            s = s[:a] + " " * (b - a) + s[b:]
        return s
    ins = _insertions(text, sp, quotes)
    intro = _intro(text, sp, quotes)
    out = []
    if ins:
        out.append(blank(text, ins))
    if intro is not None:
        out.append(blank(text, ins + [intro]))
    return out


#: ", many of whom say ...", ", some of them argued that ...": a partitive relative clause that closes
#: the sentence with a report of its own (the partitive is the source as written). Not ", who said
#: ...": measured on PolNeAR, a closing "who said" clause is a description of the person as often
#: as the sentence's report (held-out half: one false attribution, no gain).
_RELATIVE_REPORT = re.compile(r",\s+((?:" + "|".join(sorted(lang.QUANTIFYING_DETERMINERS | lang.PARTITIVE_WORDS))
                              + r")\s+of\s+(?:whom|them)\s+" + _MODS + r")([a-z]+)\b(?:\s+(?:that\b|[a-z]+\s+that\b))?")


#: The most words before a partitive relative clause for it to sit inside the sentence's subject
#: ("Residents, many of whom said ..., gathered outside"; session 10, over11).
SUBJECT_LEAD_WORDS = 4


def relative_frame(text: str, sp: Span, quotes, frame_cls):
    """A report in a sentence-final partitive relative clause: "The plan drew protests from farmers,
    many of whom say the subsidies keep their farms alive." (the content is what they say; its
    share of the sentence decides whose the sentence is). None when no such clause or the verb is
    no saying verb or takes no clause ("..., some of whom told reporters."; "..., most of whom said
    nothing")."""
    for m in _RELATIVE_REPORT.finditer(text, sp.start, sp.end):
        verb = m.group(2).lower()
        if verb not in lang.SPEECH_VERBS and verb not in lang.CLAIM_VERBS or verb.endswith("ing") \
                or not outside(m.start(), quotes) or re.search(r"\b(?:not|never)\b|n't", m.group(1)):
            continue
        rest = text[m.end():sp.end]
        if verb in lang.ADDRESSEE_VERBS and not re.match(r"\s+that\b", text[m.end(2):m.end()]):
            continue  # "..., who told his aides to stay": an addressee and an order, not a report
        if len(rest.split()) < 4:
            continue
        content_start = m.end(2)
        content_start += len(text[content_start:sp.end]) - len(text[content_start:sp.end].lstrip())
        who = re.match(r"\S+(?:\s+of\s+\S+)?", m.group(1)).group(0)  # "many of whom" without "also has"
        src = (m.start(1), m.start(1) + len(who))
        end = sp.end
        lead = text[sp.start:m.start()].split()
        if len(lead) <= SUBJECT_LEAD_WORDS and not any(w.lower() in lang.BE_FORMS or w.lower() in lang.AUXILIARY_VERBS for w in lead):
            close = text.find(",", content_start, sp.end)  # "Residents, many of whom said they heard shots, gathered ...":
            end = close if close > 0 and outside(close, quotes) else end  # the clause inside the subject, not its verb
        return frame_cls(src, (m.start(2), m.end(2)), "indirect", [(content_start, end)], "initial")
    return None


#: A quotation after a colon that runs to the sentence's end ("...: “We will not fail.”").
_COLON_QUOTE = re.compile(r":\s*([“\"])")
#: An opening participle phrase up to its comma ("Telling the crowd this is “your day,” ").
_PARTICIPLE_OPENER = re.compile(r"\s*[A-Z][a-z]+ing\b[^:;]*?,[”\"]?\s+(?=[A-Z]|(?:" + "|".join(lang.NAME_DETERMINERS) + r")\b)")
#: A short phrase opening the sentence up to its comma ("On Friday, ", "In a letter on Monday, "):
#: colon_frame takes it as an opener when its first word is a preposition.
_PHRASE_OPENER = re.compile(r"\s*([A-Z][a-z]+)\b[^,:;“”\"]{0,40},\s+(?=[A-Za-z])")
#: The subject that opens the clause before such a colon: a name (titles included), a pronoun, or
#: "the"/"his"/"her"/"its" and a person or organisation noun; a possessive ("Jane Doe's reply:").
#: Also "a spokesman for Orvane Foods" (an indefinite person noun with its organisation; read23).
_COLON_SUBJECT = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?("
                            r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                            r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})?"
                            r"|(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w-]+(?:\s+(?:[A-Z]\.|[A-Z][\w-]+)){0,3})(?=['’]s\b|\s+[a-z])")


#: "Jane Doe's response:", "The company's reply:": a possessor, a speech noun, a colon.
_POSSESSIVE_COLON = re.compile(r"\s*((?:The\s+)?(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}|[Tt]he\s+[a-z]+)['’]s?\s+(?:[a-z]+\s+)?([a-z]+)\s*:")


def _surname_of_named(text: str, word: str) -> bool:
    """A lone capitalised word the article also writes after a first name ("Michtom" after "Josh
    Michtom"): a person's surname, not a word capitalised by its place."""
    return re.search(r"\b[A-Z][a-z]+\s+" + re.escape(word) + r"\b", text) is not None


#: The medium right before a colon, perhaps with its addressee ("... bluntly in an email to the paper:", "...
#: in a statement to reporters:"), or a manner of speaking ("put it bluntly:"): the subject's words follow (lead39).
_MEDIUM_BEFORE_COLON = re.compile(r"(?:\b(?:in|via)\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(lang.ISSUED_DOCUMENT_NOUNS))
                                  + r"|interview)\b(?:\s+(?:to|with)\s+[^:;“”\"]{1,40}?)?|\b(?:" + lang.COLON_MANNER_RE + r"))\s*$")


#: A description whose head, within four words of its determiner, is a noun of a person or a body ("A top
#: council aide", "The union's lawyer").
_DESCRIBED_HEAD = re.compile(r"\w+\s+(?:[\w'’-]+\s+){0,3}(?:" + "|".join(sorted(lang.PERSON_NOUNS | lang.ORG_HEADS, key=len, reverse=True)) + r")\b")


def colon_frame(text: str, sp: Span, quotes, frame_cls, classify):
    """A quotation introduced by a colon with no saying verb: "The governor closed his speech with a
    promise: “We will not let a single farm fail.”", "Jane Doe's reply: “Not this year.”" The
    quotation is the clause subject's (a name, a pronoun, a person or organisation noun); the words
    before the colon are the outlet's. None when the quotation does not run to the sentence's end
    or the subject is no one who speaks."""
    p = _POSSESSIVE_COLON.match(text, sp.start, sp.end)
    if p and p.group(2).lower() in lang.COLON_SPEECH_NOUNS and outside(p.end(), quotes) \
            and len(text[p.end():sp.end].split()) >= 3 and classify(p.group(1)) in ("person", "org"):
        # "The mayor's response: the city will not pay." (a quotation or not)
        content = p.end() + len(text[p.end():sp.end]) - len(text[p.end():sp.end].lstrip())
        return frame_cls((p.start(1), p.end(1)), (p.start(2), p.end(2)), "direct", [(content, sp.end)], "colon")
    m = _COLON_QUOTE.search(text, sp.start, sp.end)
    runs_on = m is not None and any(s <= m.start(1) < e and e > sp.end and "\n" not in text[s:e] for s, e, _ in quotes)  # '...: “A. B.”'
    medium = m is not None and _MEDIUM_BEFORE_COLON.search(text, sp.start, m.start()) is not None
    if runs_on and not medium and not any(w in lang.ISSUING_VERBS for w in re.findall(r"[a-z]+", text[sp.start:m.start()])):
        runs_on = False  # over several sentences only after "released / issued a statement:"
    if m is None or not outside(m.start(), quotes) or not (text[sp.start:sp.end].rstrip().endswith(("”", '"')) or runs_on):
        return None
    if any(s <= m.start(1) < e for s, e, _ in quotes) is False:
        return None
    head = text[sp.start:m.start()]
    if any(len(q.split()) > SHORT_QUOTED_WORDS for q in re.findall(r"[“\"]([^“”\"]*)[”\"]", head)) \
            or len(re.findall(r"[“”\"]", head)) % 2 or len(head.split()) > MAX_INSERTION_WORDS:
        return None  # (a phrase in quotation marks, “your moment”, quotes no one)
    low = re.findall(r"[a-z]+", head.lower())
    if not medium and not any(w in lang.COLON_SPEECH_NOUNS or w in lang.COLON_SUMMING_VERBS for w in low) or any(w in lang.COLON_RECEIVING_VERBS for w in low):
        return None  # "X had a message: “...”" (not "Police found a note: “...”": whose words, unknown)
    opener = _PARTICIPLE_OPENER.match(text, sp.start, m.start())  # "Telling the people this is “your day,” X closed ..."
    if opener is None:  # "On Friday, a spokesman for X sent this statement to reporters: “...”" (read23)
        opener = _PHRASE_OPENER.match(text, sp.start, m.start())
        opener = opener if opener and opener.group(1).lower() in lang.PREPOSITIONS else None
    s = _COLON_SUBJECT.match(text, opener.end() if opener else sp.start, m.start())
    if s is None:
        return None
    who = s.group(1)
    ws = who.split()
    if ws[0].lower() in lang.PRONOUNS_NOT_NAMES and len(ws) == 1:
        ok = ws[0].lower() in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS
    elif ws[0].lower() in lang.DESCRIPTION_DETERMINERS:
        head = next((ws[x - 1] for x, w in enumerate(ws) if x > 1 and w in ("for", "of", "at")), ws[-1]).lower()
        ok = head in lang.PERSON_NOUNS or head in lang.ORG_HEADS
    else:
        ok = ws[0].lower() not in lang.NOT_NAMES and (classify(who) in ("person", "org") or ws[-1].lower() in lang.PERSON_NOUNS
                                                      or len(ws) == 1 and _surname_of_named(text, who))
    src = (s.start(1), joined_second(text, s.end(1)) or s.end(1))  # ("Marr and attorney Tom Hale released ...:" both; coref49)
    if not ok and medium and ws[0].lower() in lang.DESCRIPTION_DETERMINERS and (d := _DESCRIBED_HEAD.match(text, s.start(1), m.start())):
        ok, src = True, (d.start(), d.end())  # "A top council aide, likewise, put it bluntly in an email: “...”" (lead39)
    if not ok:
        return None
    return frame_cls(src, (m.start(), m.start() + 1), "direct", [(m.start(1), sp.end)], "colon")


#: "Jane Doe, a lawyer, was quoted in a local paper as saying: ...": the subject, a passive "quoted",
#: at most a short phrase of where, "as saying", the words.
_QUOTED_AS = re.compile(r"\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3}|[Tt]he\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
                        r"(?:,[^,;:“”\"]{1,80},)?\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?quoted\b[^,;:“”\"]{0,80}?\s+as\s+"
                        r"(?:saying|telling\s+[^,;:“”\"]{1,40}?)\s*[:,]?\s*")


def quoted_frame(text: str, sp: Span, quotes, frame_cls):
    """The passive "X was quoted (in Y) as saying ...": X's words (not Y's, who only printed them)."""
    m = _QUOTED_AS.match(text, sp.start, sp.end)
    if m is None or not outside(m.start(1), quotes):
        return None
    cue = re.search(r"quoted", m.group(0))
    content = [(m.end(), sp.end)] if m.end() < sp.end - 1 else []
    return frame_cls((m.start(1), m.end(1)), (m.start() + cue.start(), m.start() + cue.end()), "direct", content,
                     "colon" if not content or text[m.end() - 2:m.end()].strip() == ":" else "initial")


def hidden_frame(text: str, sp: Span, quotes, frame_of, frame_cls, classify):
    """The frame of a sentence the main rules found none in: a partitive relative report, a colon
    quote after a speech noun, else the main rules (`frame_of`, on a text) on a blanked reading."""
    fr = relative_frame(text, sp, quotes, frame_cls) or colon_frame(text, sp, quotes, frame_cls, classify) \
        or message_frame(text, sp, quotes, frame_cls, classify)  # "X has a message for Y: Z." (unquoted)
    if fr is not None:
        return fr
    return next((f for t in blanked_readings(text, sp, quotes) if (f := frame_of(t)) and reads_past_insertions(text, f)), None)


#: "Military officials who monitor the border said ...": a sentence-initial noun phrase, a
#: restrictive "who" clause of at most ten words, then the cue (frames.py, moved for its size).
_WHO_CLAUSE = re.compile(r"\W*((?:(?:" + lang.INTRO_PHRASES_RE + r"),\s+)?(?:[\w'’.-]+\s+){0,7}?([\w'’.-]+)\s+(?:who\s+"
                         r"(?:[\w'’.-]+\s+){1,10}?|whose\s+(?:[\w'’.-]+\s+){2,14}?))(?:(?:" + lang.VERB_LEADS_RE + r")\s+)*$")
# ("The woman whose dog ran onto the road said: ...": "whose" and its clause describe the speaker too; read26)


def _reports(rel: list[str]) -> bool:
    """The relative clause ("who said they ...", "who have long argued that") reports: its verb,
    after auxiliaries and adverbs, is a cue, not in the passive ("who were briefed on the plan")
    and not a noun further on ("who drew up the plan")."""
    if any(w.strip(".,") in lang.ANONYMITY_WORDS for w in rel):
        return False  # "who asked not to be named", "who spoke on condition of anonymity": a description
    if any(m in " ".join(rel) for m in lang.ANONYMITY_CLAUSES):
        return False  # "officials who spoke on condition of anonymity said": how they spoke, no report of theirs
    ws = [w for w in rel[1:] if not w.endswith("ly") and (w not in lang.CUE_MODIFIERS or w in lang.AUXILIARY_VERBS)]
    x = 0
    while x < len(ws) - 1 and ws[x] in lang.AUXILIARY_VERBS:
        x += 1
    return bool(ws) and ws[x] in lang.CUE_VERBS and not (x and ws[x - 1] in lang.PASSIVE_BE_FORMS) \
        and not object_only(ws, x)  # "who reported one of the falls told ...": a thing reported, no clause (wild20)


def who_subject(text: str, a: int, cue: int, quotes) -> tuple[int, int] | None:
    m = _WHO_CLAUSE.match(text, a, cue)
    if m is None or not outside(m.start(1), quotes):
        return None
    head, rel = m.group(2), text[m.end(2):m.end(1)].lower().split()
    if _reports(rel):
        return None  # "residents who said they ... decried": the relative holds the report
    if not head.isalpha() or head.lower() in lang.NOT_NAMES | lang.PRONOUNS_NOT_NAMES and head.lower() != "those":  # "who" makes any noun a person
        return None  # ("Those who attended said ...": the people the clause picks out; lead28)
    start = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
    intro = re.match(r"(?:" + lang.INTRO_PHRASES_RE + r"),\s+", text[start:cue])
    start += intro.end() if intro else 0
    focus = re.match(r"(?:" + "|".join(sorted(lang.FOCUS_ADVERBS)) + r")\s+", text[start:cue], re.I)
    start += focus.end() if focus else 0  # "Even farmers who ... said": "farmers who ..."
    end = m.end(1) - 1
    while (last := re.search(r"\s+([a-z]{3,}ly)$", text[start:end])) and last.group(1) not in lang.LY_NOUNS \
            and not re.search(r"\bwho(?:se)?$", text[start:start + last.start()]):
        end = start + last.start()  # "Whigs who backed the levy quietly said": the manner is the act's, no part of them
    return start, end
