"""The shapes around a reporting frame: subject noun phrases, datelines, intros, addressee tails.

Split from frames.py (which reads the frame itself) when that module reached the 400-line limit.
Regexes and small predicates over the words before and after a cue; no frame logic here.
"""

from __future__ import annotations

import re

from .. import lang
from .described_subjects import described_subject
from .that_clauses import that_clause  # noqa: F401 (relations.py reads it here)
from .name_kinds import QUESTIONED_INTRO, classify
from ..thresholds import ATTRIBUTION_SHORT_TAIL_CHARS as SHORT_TAIL_CHARS

#: A relative pronoun right before a cue's subject ("a plan that officials say will ...").
RELATIVE_END = re.compile(r"\b(?:that|which)\s+$")


NAME_AFTER_QUOTE = re.compile(r"\s*,?\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})"
                               r"\s*(?:\([^)]{1,12}\))?\s*,")
_DATELINE_PLACE = r"\s*[A-Z][A-Z.'’ ]{2,40}(?:,\s*[A-Z][\w.]*\.?)?"
_DATELINE_TAIL = r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[–—―-])\s+"
DATELINE = re.compile(_DATELINE_PLACE + _DATELINE_TAIL)  # "WASHINGTON -- "
#: A dateline with its date ("CALDER, Aug. 8 - "): trimmed before a verb of saying only (frames.py; with
#: "criticized" after it PolNeAR half B lost one own-voice claim; session 15).
DATED_DATELINE = re.compile(_DATELINE_PLACE + "(?:" + lang.DATELINE_DATE_RE + ")" + _DATELINE_TAIL)
#: A sentence-initial noun phrase followed by an appositive ("X, a division of Y, said").
INITIAL_NP = re.compile(r"\s*((?:The\s+|A\s+|An\s+)?[A-Z][^,;:“”\"()]{1,70}?)\s*,\s*(?=(?:" + lang.APPOSITIVE_OPENERS_RE
                         + r"|through|\d+|[a-z]{3,}ing|" + lang.QUESTIONED_PARTICIPLES_RE + r")\b)")  # ("The mayor, asked about it, said"; read24)  # "The family, through their lawyer, said"; "One source, speaking on condition ..., said"
#: The same after an opener and its comma ("Then, the mayor, speaking quietly, said"; lang.INTRO_PHRASES_RE):
#: the noun phrase with its article, which is lower case there (shapes23).
INTRO_NP = re.compile(r"\s*(?:" + lang.INTRO_PHRASES_RE + r")\s*,\s*((?:[Tt]he|[Aa]n?)\s+[^,;:“”\"()]{1,60}?)\s*,\s*(?=(?:"
                      + lang.APPOSITIVE_OPENERS_RE + r"|through|\d+|[a-z]{3,}ing|" + lang.QUESTIONED_PARTICIPLES_RE + r")\b)")
#: A leading noun phrase owned by a name ("General Motors Corp.'s big defense unit") up to the end.
OWNED_NP = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s?\s+[^,;:“”\"()]{0,60}?\b(\w+)\s*$")


def np_head_speaks(np: str) -> bool:
    """The head of "Officials at the agency" is "Officials": the word before the first preposition, else the last word; it must be a person or organisation noun."""
    ws = np.split()
    if len(ws) > 8:
        return False
    cut = next((x for x, w in enumerate(ws) if x and w.lower() in lang.HEAD_END_PREPOSITIONS), len(ws))  # ("The head of events": lead28)
    head = ws[cut - 1].lower().strip(".,'’")
    if head in lang.ROLE_OF_HEADS and cut < len(ws) and ws[cut] == "of":
        return True  # "The head of events", "the director of research" (a role of a field; lead28)
    if cut < len(ws) and ws[cut] == "of" and (head in lang.GROUP_QUANTIFIERS or head in lang.QUANTITY_LEADS or head[:1].isdigit()
                                             or head in lang.SHARE_HEADS):
        return np_head_speaks(" ".join(ws[cut + 1:]))  # "Some of their supporters in Miami": a part of a group speaks
    return head in lang.PERSON_NOUNS or head in lang.ORG_HEADS or head in lang.KIN_NOUNS \
        or head in lang.PERSON_TITLES and head not in lang.TITLE_ABBREVIATIONS or re.fullmatch(r"\d+-year-olds?", head) is not None  # "The victim's family", "the congressman" (shapes23); "the 40-year-old" (read34)


def may_speak(subject: str) -> bool:
    """A pronoun, a name, or a noun phrase headed by a person or organisation noun."""
    ws = subject.split()
    if not ws:
        return False
    if len(ws) == 1 and ws[0].lower() in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS:
        return True
    if ws[0].lower() not in lang.DESCRIPTION_DETERMINERS and classify(subject) in ("person", "org"):
        return True
    return np_head_speaks(subject)


#: A name in apposition right before the cue, with the body it is of ("..., Jane Roe of Roe Partners, said"), perhaps
#: after "state" or "former" before its title ("Her opponent, state Sen. Dan Cole, called for ..."; lead35).
APPOSED_NAME = re.compile(r",\s*((?:(?:state|former)\s+(?=[A-Z]))?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)?"
                          r"(?:" + lang.CAPTION_MARK_RE + r")?\s*,\s*$")  # (a caption's "(pictured)": lead28)
INITIAL_NAME = re.compile(r"\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})(?=,|\s\(|\s+--|\s*[—–])")
#: A coordinator opening the sentence before its leading name ("And Jane Doe, a lawyer, said").
LEAD_COORDINATOR = re.compile(r"\s*(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+(?=[A-Z])")
INTRO = re.compile(r"^\s*(?:(?:" + lang.INTRO_PHRASES_RE + r"),?\s*)+(?:(?:" + "|".join(sorted(w for w in set(lang.LEADING_ADVERBIALS) | lang.TIME_LEAD_ADVERBS if w.isalpha()))
                   + r"),?\s*)?$")  # (a lower-case adverb after the opener: "But then X said", lead29)


#: A short quoted title inside an intro ('on CBS's "Face the Nation,"'): up to six words.
TITLE_QUOTE = re.compile(r"[“\"](?:[^“”\"\s]+\s+){0,5}[^“”\"\s]+[”\"]")


#: Words that open a clause of circumstance after a final cue: the quotation before is still its content.
TAIL_SUBORDINATORS = lang.TAIL_SUBORDINATORS


def addressee_tail(tail_words: list[str]) -> bool:
    """'X told reporters' / 'X told the Associated Press in an interview': after a verb that
    takes an addressee, up to four words of addressee, then nothing or an adverbial."""
    if len(tail_words) <= 3 or not any(w in lang.PRONOUNS or w in lang.TOLD_CLAUSE_WORDS for w in tail_words):
        return True  # "hundreds of thousands of admirers and onlookers": no clause of its own follows
    return any(w in lang.FINAL_TAIL_STARTERS and w not in lang.TAIL_CLAUSE_OPENERS for w in tail_words[1:5])


#: A quoted title after a preposition in a final tail ('..., X said on the show "Meet the Press."').
TAIL_TITLE = re.compile(r"\b(" + lang.TITLE_PREPOSITIONS_RE + r")\s+(?:[\w’']+\s+){0,4}" + TITLE_QUOTE.pattern)
#: A quoted title inside the addressee right after "told" ('X told WXYZ's "Morning" show on Monday'; read24).
ADDRESSEE_TITLE = re.compile(r"^(\s+(?:[\w’'.]+\s+){0,3})" + TITLE_QUOTE.pattern)


def quoted_intro(before: str) -> bool:
    """The words before a subject open with a quotation ('“We will win,” she said')."""
    return before.lstrip()[:1] in "“\""


def intro_ok(before: str) -> bool:  # "In a statement, ", "Speaking from the car " (lang.PARTICIPLE_INTRO_RE)
    if before.split() and before.split()[-1].lower() in lang.FOCUS_ADVERBS:  # "Even Jane Doe said ..."
        before = before[:before.lower().rindex(before.split()[-1].lower())]
        if not before.strip() or before.rstrip().endswith(","):
            return True  # "Even Jane Doe said", "In a statement, even the mayor said"
    return bool(INTRO.match(before) or re.match(lang.PARTICIPLE_INTRO_RE, before) or QUESTIONED_INTRO.fullmatch(before)
                or QUESTIONED_NO_COMMA.match(before)
                or PARTICIPLE_OBJECT_INTRO.match(TITLE_QUOTE.sub("X", before)) and not _finite(before))


#: "Asked for comment she said:", "Pressed on the fees he added": a questioned participle and its phrase with
#: no comma before the subject, as "Speaking from the car he said" (lang.PARTICIPLE_INTRO_RE; read26).
QUESTIONED_NO_COMMA = re.compile(r"\s*(?:" + "|".join(w.capitalize() for w in sorted(lang.QUESTIONED_PARTICIPLES))
                                  + r")\s+(?:" + "|".join(sorted(lang.PREPOSITIONS | {"about", "to"})) + r")\s[^,;:“”\"]{1,60}$")


def _finite(before: str) -> bool:
    """A gerund subject with its finite verb ("Asking voters about it is rarely useful, "): a clause,
    not an opening participle (session 10, over11)."""
    ws = re.findall(r"[a-z']+", before.lower())[1:]
    cut = next((x for x, w in enumerate(ws) if w in lang.CONTENT_CLAUSE_OPENERS), len(ws))
    if len(ws) > 1 and ws[1] in lang.AUXILIARIES and ws[0] not in lang.SUBJECT_PRONOUNS:
        return True  # "Shipping lines have begun sending cargo elsewhere, the port said": a noun and its verb (lead32)
    return any(w in lang.BE_FORMS or w in lang.MODALS for w in ws[:cut])  # (not "Asserting that it was not ...,")


#: An opening participle with its object before the subject, a quoted title blanked to "X"
#: ('Offering his "deepest condolences", the mayor said ...' -> "Offering his X, ").
PARTICIPLE_OBJECT_INTRO = re.compile(r"\s*[A-Z][a-z]+ing\s+[^,;:“”\"]{1,60},\s*$")


#: A quotation, a colon, then a capitalised clause: a photo caption's quote and its speaker.
CAPTION_QUOTE = re.compile(r"\s*(['‘“\"][^'‘’“”\"]{3,200}?['’”\"])\s*:\s+(?=[A-Z])")
#: A clause opening the sentence or after ", but": a name (a lower-case title noun may sit inside:
#: "Team owner Jane Doe"), one to four lower-case words, an optional aside in commas, a colon and a
#: quotation ("Welsh Secretary Jane Doe hit back: “...”", "Doe shot back, in reference to X: “...”").
CLAUSE_COLON = re.compile(r"(?:^\W*(?:[A-Z][^,;:“”\"]{0,60},\s+)?|,\s+(?:" + lang.CLAUSE_COLON_OPENERS_RE + r")\s+)((?:[A-Z][\w'’.-]*\s+(?:[a-z]+\s+(?=[A-Z]))?"
                           r"(?:[A-Z][\w'’.-]*\s+){0,3})?[A-Z][\w'’-]*)\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
                           # ", in reference to his rival's gaffes:" between the verb and the colon (read11a)
                           r"(?:,\s+(?:" + lang.COLON_ASIDE_OPENERS_RE + r")\s[^,;:“”\"]{1,80})?\s*:\s*[“\"]")
#: The same without quotation marks when the verb is one of speaking up ("The union also weighed in:
#: the strike goes on", "Jane Doe hit back: the report was wrong"; lang.SPEECH_PHRASAL_VERBS).
CLAUSE_COLON_BARE = re.compile(CLAUSE_COLON.pattern[:-len(r"\s*:\s*[“\"]")] + r"\s*:\s+(?=\w)")


#: "It's a price ", "That is the plan ": a cleft before a name whose cue opens a reduced relative clause.
CLEFT = re.compile(r"^\W*" + lang.CLEFT_RE + r"\s+[a-z][\w-]*\s+$", re.I)


def named_head(subject: str) -> bool:
    """A colon clause's subject is a name, not a capitalised word ("Yesterday", "This"); "The White
    House" is one (its article aside)."""
    ws = subject.split()
    ws = ws[1:] if ws[0] == "The" and len(ws) > 1 else ws
    return ws[0].lower() not in lang.NOT_NAMES


#: An opening phrase that ends with a quoted name after "the" and a comma inside its marks.
NAMED_TITLE_END = re.compile(r"\b[Tt]he\s+[“\"](?:[^“”\"\s]+\s+){0,5}[^“”\"\s]+,[”\"]\s*$")
#: A sentence that opens with a name and a lowercase word (its verb).
NAME_THEN_VERB = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(\s+(?:" + "|".join(sorted(lang.PERSON_NOUNS)) + r"))?\s+(?=[a-z])")  # (its head noun: "White House officials", lead40)
#: A final frame right before "according to" ('“...,” Jane Doe said, according to ...').
FRAME_BEFORE_ACCORDING = re.compile(r"(?<=[,”\"])\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey)\s+([a-z]+)\s*,\s*$")
#: A sentence that may close with a final frame of its own (", prosecutors said.").
FINAL_FRAME_HINT = re.compile(r",\s+[^,;:“”\"]{2,60}?\s(?:" + "|".join(sorted(w for w in lang.SPEECH_VERBS if not w.endswith("ing")))
                               + r")\b[^,;:“”\"]{0,60}$")
#: After an inverted frame inside the sentence ("Her remarks, said Jane Doe, the spokeswoman,
#: are ..."): the source's appositive, then the interrupted clause's verb.
RESUMED = re.compile(r",\s*(?:[^,;:“”\"]{1,80},\s*)?(?=(?:" + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS | lang.MODALS - {"'ll", "’ll"}))
                      + r")\s)")

#: ", but it changed hands later." right after an inverted tag ("A, said X, but it ..."): the sentence goes
#: on in the speaker's statement when the clause's subject is a pronoun (a noun subject opens the outlet's
#: own clause, as after an initial frame: continuation.INITIAL_CONTRAST_IS_THE_OUTLETS; left20).
RESUMED_CONTRAST = re.compile(r",\s+(?:but|yet|although|though)\s+(?=(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS - {"i", "we", "you"}))
                              + r")\s+[a-z])")


def short_semicolon_tail(text: str, end_of_content: int, end: int) -> bool:
    """After the frame's content, only a semicolon and a clause too short to be a claim of its own
    ("Mayor Dana Vale said that the mill would close in June; the union met on Monday."): the claim
    keeps that tail, and is the speaker's statement (GUIDELINES §6: "X said A; B" attributes A, and
    the claim is A's sentence), not the outlet's because the content is under half of it (attr19)."""
    rest = text[end_of_content:end]
    after_semicolon = rest.lstrip().startswith(";") or text[max(0, end_of_content - 2):end_of_content].rstrip().endswith(";")
    return after_semicolon and len(rest.strip(" ;.!?\n")) < SHORT_TAIL_CHARS


#: A contrasting coordinator that may open a clause of its own after a complement.
CONTRAST_AFTER = re.compile(r",?\s+(?:" + lang.CONTRAST_OPENERS_RE + r")\s+(?!to\b|(?:also\s+)?(?:" + "|".join(sorted(lang.SAYING_PARTICIPLES))
                            + r")\b)")  # not "... while insisting that ...": the same speaker goes on (the lead, session 11)


#: A name in apposition closing the sentence (", Jane Doe." after "according to her lawyer").
APPOSED_END = re.compile(r",\s+((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*[.!?]?[\"”’']*\s*$")


#: A sentence that is only a name (or a pronoun), a saying verb and adverbials of time or place
#: ("Gov. Jane Roe asked on Monday.", "she shouted.", "The harbour master said."); see `quote_tag_only`.
_TAG_ONLY = re.compile(r"\s*(?:[Tt]he(?:\s+(?!(?:" + "|".join(sorted(lang.SPEECH_VERBS)) + r")\b)[a-z][\w'’-]*){1,3}|(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|then|later)\s+)?"
                       r"(?P<cue>[a-z]+)(?P<tail>(?:\s+[\w'’.,-]+){0,5}?)\s*[.!]\s*$")


def quote_tag_only(text: str, start: int, end: int, manner: bool = False) -> bool:
    """text[start:end] is the tag of the quotation that a question or exclamation mark closed right before it ('“Why
    should we pay?” Gov. Jane Roe asked on Monday.': the splitter cut after '?”'): no statement of its own, so no claim;
    the quotation is the speaker's (analysis.py's bare frame). Session 9, pol10: the tag alone was a claim in the outlet's
    voice. So after a full stop inside the closing mark ('“... in distant courts.” Marsh wrote in a letter.', a writer's
    full stop for a comma): session 24, the tag was a claim that said nothing ("Marsh wrote in a letter.")."""
    closed = re.search(r"([.?!])[”\"’']\s*$", text[max(0, start - 4):start])
    if not closed:
        return False
    seg, adj = text[start:end], re.search(r",\s+([a-z]+ing)\b[^,;:“”\"]{0,30}[.!]\s*$", text[start:end])
    if manner and adj and closed.group(1) != "." and adj.group(1) not in lang.SAYING_PARTICIPLES:  # '“A? B?” he said,
        seg = seg[:adj.start()] + "."  # drawing laughter.': `manner`, a manner adjunct read as no statement (basil45)
    m = _TAG_ONLY.match(seg)
    if m is None or m.group("cue") not in lang.SPEECH_VERBS:
        return False
    tail = m.group("tail").replace(",", " ").lower().split()
    if closed.group(1) == ".":  # ('“A.” Doe said the plan was final.', "He also vowed to ...": a statement of its own)
        return m.group("cue") in lang.CONTENTLESS_SAYING_VERBS and contentless_tail(tail)
    return not tail or tail[0] in lang.FINAL_TAIL_STARTERS or tail[0] in lang.TIME_WORDS or tail[0] in lang.PERSON_NOUNS \
        or tail[0] in ("reporters", "the", "a") or tail[0] in lang.POSSESSIVE_DETERMINERS and len(tail) <= 3  # "asked his aides"


def contentless_tail(tail: list[str]) -> bool:
    """What follows a contentless saying verb (lang.CONTENTLESS_SAYING_VERBS) is no complement:
    nothing, or at most six words of time or place ("in a letter sent Friday", "on Monday"), no
    "that", no word that opens a complement ("vowed to ...", "said when ..."). Shared by
    `quote_tag_only` and part_shapes.frame_only."""
    return not tail or len(tail) <= 6 and (tail[0] in lang.FINAL_TAIL_STARTERS or tail[0] in lang.TIME_WORDS) \
        and "that" not in tail and tail[0] not in lang.COMPLEMENT_OPENERS


def quote_then_own_frame(r, start: int, end: int) -> bool:
    """The span is the end of a quotation and then its own frame, however long the frame's tail
    ('and I will never let you down,” Mr. Doe told hundreds of thousands of admirers in a
    16-minute address from the steps of the Capitol.'): everything before the source is quoted."""
    if r.kind != "direct" or not r.source_span or not (start <= r.source_span[0] < end) or r.sentence is None \
            or end > r.sentence[1] + 2:
        return False
    before = r.source_span[0] - start
    quoted = sum(max(0, min(r.source_span[0], e) - max(start, s)) for s, e in r.content)
    return before > 0 and quoted >= 0.9 * before - 3


def clause_in_tail(text: str, r, end: int) -> bool:
    """The frame's tail holds a clause of the outlet's ("... said after X failed to show up"): PolNeAR leaves that
    part in the outlet's voice. A closing ", where ..." that describes the venue ("... said at the gala, where Y also
    spoke") does not: the claim is the speaker's words and the venue's clause a claim of its own (lead45's Left)."""
    if not r.cue_span:
        return True
    tail = _ASKED.split(text[r.cue_span[1]:end].lower(), 1)[0]  # '..., she said when asked whether ...': her answer
    tail = re.sub(r"\b([a-z]+ing)\s+that\b", lambda m: m.group(1) if m.group(1) in lang.CUE_VERBS else m.group(0), tail)  # "announcing that": hers (polar44)
    tail = re.sub(r",\s+where\s[^,;:]*$", "", tail)  # "... said at a gala in Dayton, where Y also spoke.": the venue's aside (its own claim; attr55)
    return any(m.group(0) not in ("after", "before", "since") or _finite_after(tail[m.end():])
               for m in re.finditer(r"\b(?:" + "|".join(lang.TAIL_CLAUSE_WORDS) + r")\b", tail))


def _finite_after(rest: str) -> bool:
    """The words after a tail's "after"/"before"/"since" up to a comma hold a verb ("after Y failed to show up"), not
    only a noun phrase of time ("hours after the vote", "since May": a time, no clause of the outlet's; attr57)."""
    ws = re.findall(r"[a-z’'-]+", rest.split(",", 1)[0])
    return any(lang.is_past_form(x) or x in lang.AUXILIARY_VERBS or x in lang.MODALS or x in lang.SUBJECT_PRONOUNS for x in ws)


#: A leading noun phrase of a statement and its outlet ("An editorial in the Daily Ledger"): the
#: subject of a participle of speech later in the sentence (read12a, a CNN page).
_DESCRIBED_OUTLET = re.compile(r"\s*(" + lang.DESCRIBED_OUTLET_RE + r")\s+(?=[a-z])")
_STATEMENT_NP = re.compile(r"\s*((?:An?|The)\s+([a-z]+)\s+(?:in|from|by|of)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)(?=\s*,|\s+[a-z])")


def participle_subject(text: str, start: int, first, cue: int, mid_caps: frozenset) -> tuple[int, int] | None:
    """The subject of a participle of speech after a comma ("..., saying that ...", "..., calling it
    “...”"): a pronoun or a name opening the sentence (its verb after it), or a statement noun
    phrase ("An editorial in the Daily Ledger"); `first` is the sentence's first token."""
    first = first if first.text not in ("“", '"') else None
    if (q := _QUESTION_OPENER.match(text, start, cue)) is not None:
        start, first = q.end(), None  # "Asked whether ..., Mr. Doe did not back down, saying ...": the subject after the question
    m = INITIAL_NAME.match(text, start, cue)
    if first is not None and first.low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS:
        return first.start, first.end
    if m:
        return m.start(1), m.end(1)
    m = NAME_THEN_VERB.match(text, start, cue)  # "Jane Doe praised the vote, writing that ...": a name, then its verb
    if m and (classify(m.group(1)) in ("person", "org") or m.group(1) in mid_caps) and m.group(1).split()[0].lower() not in lang.NOT_NAMES:
        return m.start(1), m.end(2) if m.group(2) else m.end(1)
    m = _STATEMENT_NP.match(text, start, cue)
    if m is None or m.group(2) not in lang.STATEMENT_NOUNS:  # "The tabloid Dagsnytt welcomed ..., calling it ..." (genre45)
        m = _DESCRIBED_OUTLET.match(text, start, cue)
    return (m.start(1), m.end(1)) if m else described_subject(text, start, cue)  # "The treasurer disagreed, telling ..." (attr49)


def naming_quote(toks, i: int) -> bool:
    """A naming participle at toks[i] takes a short object, then a quotation ("calling it “...”",
    "describing the plan as “...”")."""
    for x in range(i + 1, min(len(toks), i + 7)):
        if toks[x].text in ("“", '"'):
            return x > i + 1
        if toks[x].text in ",;:.":
            return False
    return False


#: A participle clause of a question put to the speaker, opening the sentence to its comma ("Asked whether
#: ..., ", "Pressed on the vote, "; lang.QUESTIONED_PARTICIPLES_RE).
_QUESTION_OPENER = re.compile(r"\W*(?:(?:" + lang.ASKED_OPENERS_RE + r")\s+)?(?:being\s+)?(?i:"
                              + lang.QUESTIONED_PARTICIPLES_RE + r")\b[^,;“”\"]{0,200},\s*")
#: After "told": an addressee of up to five words, a comma and an "-ing" participle that opens an act
#: of the speaker ("told host Dana Pike, denying what some have said"; the lead's reading, session 23).
ADDRESSEE_THEN_ACT = re.compile(r"\s+(?:[\w.’'-]+\s+){0,4}[\w.’'-]+,\s+[a-z]{3,}ing\b")
#: The words before a would-be subject end in a preposition (and maybe "X and"): the noun is its object,
#: and the verb after it a participle of another noun ("a note to Pam and Lucy posted on her blog").
PREPOSITION_OBJECT = re.compile(r"\b(?:" + "|".join(lang.OBJECT_ONLY_PREPOSITIONS) + r")\s+(?:[\w.’'-]+\s+and\s+)?$", re.I)
#: "when asked whether / about ...": the question put to the speaker, no clause of the outlet's (stated12).
_ASKED = re.compile(r"\b(?:" + lang.ASKED_OPENERS_RE + r")\s+(?:being\s+)?asked\b")


#: A name and its description, all that precedes ", said": "Kara Lyons, a parent, said Lincoln Elementary,
#: where ..., had lost ..." is hers (the subject and its appositive), no content before an inverted
#: "said Lincoln Elementary" (session 11, stated12).
NAME_DESCRIBED = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*,\s+(?:an?|the|one\s+of|(?:of|from)\s+the)\s[^,;:“”\"]{1,80}?\s*")  # (", of the county police,": shapes34)


#: An object after a determiner, then one last word: "the ruling disappointing", "his plan unworkable".
_CALLED_ADJECTIVE = re.compile(r"\s*(?:" + "|".join(lang.DESCRIPTION_DETERMINERS) + r")\s+(?:[\w'’-]+\s+){1,3}?([a-z]{4,})[.!?]?\s*$")


#: An object of one to three words, then a quoted label of one to four words that closes the sentence
#: ('the plan “unhinged.”', 'Pardo "a liar."'); a wider quoted label was the cost PolNeAR half B showed.
_QUOTED_LABEL_PREDICATE = re.compile(r"\s*(?:[\w'’.-]+\s+){0,2}[\w'’.-]+\s+[“\"](?:[\w'’-]+\s+){0,3}[\w'’-]+[.!?]?[”\"][.!?]?\s*$")


def judgement(cue: str, content: str) -> bool:
    """A cue that judges its object: "as" something after a verb of characterising or describing,
    or a label ("branded the plan a giveaway", "deemed the bridge unsafe"; session 10, own11)."""
    if cue in lang.LABELING_VERBS:
        return True
    if cue in ("put", "puts"):  # "Police put the crowd at 5,000": an estimate (lead34)
        return re.match(r"\s*" + lang.PUT_AT_FIGURE_RE, content) is not None
    if cue in lang.NAMING_CALL_VERBS and (m := _CALLED_ADJECTIVE.match(content)) and m.group(1).endswith(lang.JUDGING_ADJECTIVE_ENDINGS):
        return True  # "called the ruling disappointing" (lead29)
    if cue in lang.NAMING_CALL_VERBS and _QUOTED_LABEL_PREDICATE.match(content):
        return True  # 'called the plan “unhinged.”': an object and a short quoted label, the whole predicate (attr52)
    if cue in lang.NAMING_CALL_VERBS:  # "called Brandt a fraud" (not "called the police"; a quoted label: PolNeAR B fell)
        return re.match(r"\s*(?:[\w'’.-]+\s+){1,3}?an?\s+\w+(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:an?\s+)?\w+){0,4}"
                        r"[.!?]?\s*$", content) is not None  # (or a list of labels: "a liar, cheat and fraud"; stated24)
    return (cue in lang.CHARACTERIZING_VERBS or cue in lang.JUDGING_AS_VERBS) and re.search(r"\bas\b", content) is not None


#: A sentence that opens with a name, then a relative clause set off by a comma ("Mr Roe, who earlier ...").
_NAME_WHO = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s+who\s+[^“”\"]*[“\"]")


def relative_quote_comma(text: str, start: int, mark: int) -> str:
    """"," when the token before a cue is a closing quotation mark whose quotation ends with a comma and
    the quotation sits in a relative clause after the sentence's leading name ("Mr Roe, who earlier put out
    a note saying he was “sad about the loss,” said ...": the comma closes the clause, the name speaks;
    read27), else that token as written."""
    tok = text[mark:mark + 1]
    if tok in "”\"" and text[mark - 1:mark] == "," and _NAME_WHO.match(text, start, mark):
        return ","
    return tok


_COLON_SPEAKER = re.compile(lang.COLON_SPEAKER_RE)
#: A quoted title inside a clause after the colon ('X meets Y: “Centuries” didn't need a ...'): the
#: quotation closes and lower-case words of the same clause go on.
_TITLE_THEN_CLAUSE = re.compile(r"[“\"][^“”\"]{1,40}[”\"]\s+[a-z]")


def colon_speaker(seg: str) -> re.Match | None:
    """'Jane Doe: “...”', 'Home team manager Jane Doe: “...”' (lang.COLON_SPEAKER_RE) at the start of
    a sentence; not a subhead whose lower-case words are verbs ('Old Band meets New Star: “Song”
    didn't need ...'), nor a colon before a quoted title that a clause goes on from (lead27)."""
    m = _COLON_SPEAKER.match(seg)
    if m is None or _TITLE_THEN_CLAUSE.match(seg, m.end() - 1):
        return None
    lower = [w for w in m.group(1).split() if w[:1].islower()]
    if any(lang.is_past_form(w) or w.endswith("s") and not w.endswith("ss") for w in lower):
        return None
    return m


#: After an inverted frame's source, a participle of saying that goes on with its statement, perhaps after a tail of
#: where or a relative clause ("A, said Jane Doe, adding that B.", "..., said a trader at / who works at the market,
#: adding that B."; left43): frames.main_frame
#: takes B as the source's too, frame_parts.final_alone reads the sentence as that one statement (session 33).
SAYING_ON = re.compile(r"(?:\s+(?:" + "|".join(sorted(lang.PREPOSITIONS - {"of"})) + r")\s[^,;:“”\"]{1,60}?"
                       r"|\s*,?\s+(?:who|whose)\s[^,;:“”\"]{1,60}?)?\s*,\s*(?:"
                       + "|".join(sorted(lang.SAYING_PARTICIPLES)) + r")\b(?:\s+that\b)?[\s:,]*")

