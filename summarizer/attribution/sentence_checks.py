"""Checks analyze() makes on one sentence against the ones before it: where a hedged report's
content starts, whether "he added" goes on with the last speaker, a quotation's antecedent, a bare
reporting clause, a closed quotation, one person in a description.

Split out of analysis.py (session 24, at its line limit).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .certainty_marks import unconfirmed
from .frames import Frame
from .name_kinds import classify
from .relations import Relation
from .restrictive_hearsay import restrictive_start


#: A closing concessive clause (", although neither ever confirmed it", ", but the scale was unclear"): its own statement.
_CONCESSIVE_TAIL = re.compile(r",\s+(?:although|though|even\s+though|but)\s+(?!(?:" + "|".join(sorted(lang.AUXILIARY_VERBS))
                              + r"|also|still|now|then)\b)(?=[\w'’-]+\s)")  # (a subject of its own: not ", but is now set to")


def hedged_end(text: str, sp: Span, start: int) -> int:
    """Where an unconfirmed report's content ends: at a closing concessive clause that holds no hedge of its own
    ("They were reported to have married in 2023, although neither ever confirmed it": the clause after
    "although" is the outlet's; genre43), else at the sentence's end."""
    def hedged(a: int, b: int) -> bool:
        return unconfirmed(" ".join(text[a:b].lower().replace("’", "'").split()))
    for m in _CONCESSIVE_TAIL.finditer(text, start, sp.end):
        if hedged(start, m.start()) and not hedged(m.end(), sp.end):
            return m.start()
    return sp.end


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*", text):
        starts.append(m.end())
    return starts


_RELATIVE_TAIL = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(lang.AUXILIARY_VERBS)) + r")\s"
                            r"|,\s+(?:which|who)\s+(?=(?:" + "|".join(lang.HEARSAY_ADVERBS) + r")\s)")  # (", who allegedly organised it": read21)
#: A verb phrase of hearsay coordinated after the subject's own act ("The pair met in 2019 and were reported to have
#: married", "... and reportedly ..."): the act is the outlet's, the hearsay unnamed sources' (speech_splits.py
#: splits the claim there; left44).
COORDINATED_HEARSAY = re.compile(lang.COORDINATED_HEARSAY_RE)
#: A coordinated clause with a subject of its own (", and flooding was ...", "; layoffs were ...").
_COORDINATED_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?!(?:" + "|".join(sorted(lang.AUXILIARY_VERBS | {"reportedly"}))
                                 + r")\b)(?=[\w'’-]+(?:\s+[\w'’-]+){0,5}\s+(?:" + "|".join(sorted(lang.AUXILIARY_VERBS)) + r")\b)")


def hearsay_after_act(text: str, a: int, b: int) -> tuple[int, int, int] | None:
    """"<Subject> <verb> A and were reported to B" with no comma, quotation or semicolon before "and": (where " and"
    starts, where the hearsay starts, where the subject ends), the subject the words before the first verb (a past
    form or an auxiliary, within the first five words); None otherwise (speech_splits splits the claim there)."""
    m = COORDINATED_HEARSAY.search(text, a, b)
    if m is None or re.search(r"[,;:“”\"]", text[a:m.start()]):
        return None
    ws = list(re.finditer(r"\S+", text[a:m.start()]))
    k = next((x for x, w in enumerate(ws[:5]) if x and (lang.is_past_form(w.group(0)) or w.group(0) in lang.BE_FORMS
                                                        or w.group(0) in lang.AUXILIARY_VERBS)), None)
    if k is None or len(ws) - k < 2 or any(not w.group(0).isalpha() for w in ws[:k]):
        return None
    return m.start(), m.end(), a + ws[k - 1].end()


def hedged_relative(text: str, sp: Span) -> int:
    """Where an unconfirmed report's content starts: at a closing relative clause that holds the
    hedge ("Groups hailed the change, which was thought to answer pressure": only
    the relative clause is hearsay), else at the sentence's start."""
    def hedged(a: int, b: int) -> bool:
        return unconfirmed(" ".join(text[a:b].lower().replace("’", "'").split()))
    # "Water levels rose overnight, and flooding was reported in the town": only the second clause,
    # with its own subject, is hearsay (as "X said A; B" attributes A only; read12a)
    for m in reversed(list(_COORDINATED_CLAUSE.finditer(text, sp.start, sp.end))):
        if hedged(m.end(), sp.end) and not hedged(sp.start, m.start()):
            return m.end()
    act = hearsay_after_act(text, sp.start, sp.end)  # "The pair met in 2019 and were reported to B" (left44)
    if act is not None and not hedged(sp.start, act[0]) and hedged(act[1], sp.end):
        return act[1]
    m = _RELATIVE_TAIL.search(text, sp.start, sp.end)
    if m is not None and not hedged(sp.start, m.start()):
        return m.start() + 2 if hedged(m.start(), sp.end) else sp.start
    rs = restrictive_start(text, sp.start, sp.end)  # "<Name> stars as a translator who is believed to be dead" (attr51)
    if rs is not None and not hedged(sp.start, rs):
        return rs
    return sp.start


def goes_on(pronoun: str, cue: str, last: str, last_gender: str | None, quoted: bool = False) -> bool:
    """"he added", "she continued" right after a person's statement: that person, unless the
    article shows them of the other gender (a known woman further back is not preferred). So is
    '“...,” he said.' right after "Jane Doe said John Roe ...": the quotation goes on with the
    speaker, not with a person the speaker talked about."""
    want = {"he": "m", "she": "f"}.get(pronoun.strip().lower())
    cue_ok = cue.lower() in lang.BARE_CUES or quoted and cue.lower() in lang.PLAIN_SAYING_VERBS and classify(last) == "person"
    return want is not None and cue_ok and last_gender in (None, want) \
        and classify(last) in ("person", None) and last != lang.WRITER_SOURCE


def described_topic(text: str, start: int, end: int, name: str) -> bool:
    """The name a final "they said" resolved to opens its own sentence with a restrictive relative clause ("People who
    already had X may have walked less, they said."): a class the content is about, not the speakers, when the
    sentence before was a group's report (analysis.py; genre46). "The residents were angry, they said." is none."""
    return bool(name) and re.match(rf"\W*{re.escape(name)}\s+(?:who|that)\s", text[start:end]) is not None


def talked_about(text: str, rel: Relation, name: str) -> bool:
    """The person a pronoun resolved to is named in what the speaker just said ("Jane Doe said John
    Roe's plan ... “...,” he said."): the one talked about, not a new speaker."""
    last = name.split()[-1:] if name else []
    return bool(last) and any(re.search(rf"\b{re.escape(last[0])}\b", text[a:b]) for a, b in rel.content)
#: A relative clause's saying verb and a comma or colon right before a quotation (", which states, “").
_RELATIVE_QUOTES = re.compile(r",\s*(?:which|that)\s+(?:[a-z]+\s+)?([a-z]+)\s*[,:]?\s*$")
#: A subordinate clause whose subject is a capitalised name and whose verb quotes ("... after the Parole Board in
#: May ruled “...”"; group 1 the name, group 2 the verb).
_CLAUSE_BODY_QUOTES = re.compile(r"\b(?:" + lang.LEADING_SUBORDINATORS_RE + r")\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})\s+"
                                 r"(?:(?:in|on|last)\s+[A-Z]?[a-z]+\s+)?([a-z]+)\s*[,:]?\s*$")


def quoted_by_antecedent(text: str, sp: Span, q: int) -> tuple[int, int] | None:
    """The span of the noun phrase a relative clause says the quotation at `q` is from ("X must get
    around the charter, which states, “...”": the charter, not the last speaker), or None: the
    nearest determiner before the relative clause opens it, within eight words and no comma."""
    b = _CLAUSE_BODY_QUOTES.search(text, sp.start, q)
    if b is not None and b.group(2) in lang.CUE_VERBS:  # "The release came after the Review Board in May found “that ...”":
        return b.span(1)  # the body named in the clause that quotes it, not the last speaker (read36)
    m = _RELATIVE_QUOTES.search(text, sp.start, q)
    if m is None or m.group(1) not in lang.SPEECH_VERBS:
        return None
    det = [d for d in re.finditer(r"\b(?:[Tt]he|[Aa]n?)\s", text[sp.start:m.start()])]
    if not det:
        return None
    k = len(det) - 1
    while k and re.search(r"\b(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS | lang.ROLE_NOUN_BREAKS)) + r")\s+$", text[sp.start:sp.start + det[k].start()]):
        k -= 1  # "the amendment to the charter": the head is the first noun phrase
    a = sp.start + det[k].start()
    return (a, m.start()) if len(text[a:m.start()].split()) <= 8 and "," not in text[a:m.start()] else None
def opens_with(text: str, sp: Span, name: str) -> bool:
    """The sentence opens with the person `name` as its subject ("Nurse Jim Poe was asleep."):
    a "he added" right after it is that person, not the speaker quoted before."""
    last = name.split()[-1:]
    return bool(last) and re.match(r"\W*(?:[\w.'’-]+\s+){0,5}?" + re.escape(last[0]) + r"\s+[a-z]", text[sp.start:sp.end]) is not None


def bare_frame(text: str, sp: Span, fr: Frame) -> bool:
    """A sentence that is only a reporting clause: its subject first, at most a few words after
    the cue ("Jane Doe said.", "the mayor shouted to the crowd.")."""
    lead = text[sp.start:fr.source_span[0]].strip()
    rest = text[fr.cue_span[1]:sp.end]
    described = _DESCRIPTION_LEAD.fullmatch(lead) and re.match(r"\s*(?:\([^()]{1,30}\)\s*)?,", text[fr.source_span[1]:fr.cue_span[0]])
    return (not lead or bool(described)) and len(rest.split()) <= 5 and not re.search(r"[“\"]|\bthat\b", rest)


#: A description set off before the name it describes ("Roe's cousin, Jane Doe, shouted."; "His
#: lawyer, Jane Doe, said."): still a bare frame.
_DESCRIPTION_LEAD = re.compile(r"[^“”\",;:()]{1,60},")


def closed_quote(text: str, sp: Span) -> bool:
    """A sentence that opens with a quotation mark and ends with one after its own punctuation
    (single marks too: "'How can this go on?' Jane Doe said.")."""
    seg = text[sp.start:sp.end].strip()
    return seg[:1] in QUOTE_OPENERS and bool(re.search(r"[.!?…][”\"'’]$", seg))


#: Marks that open a quotation, single ones included: a colon's quotation in single quotes
#: ("X said: 'A.' B.") ends with its closing mark as a double-quoted one does.
QUOTE_OPENERS = "“\"'‘"


def one_person(description: str) -> bool:
    """"A correspondent at the daily who ...", "An unnamed teacher at a school": a description
    whose head (the noun before its first preposition or relative word) is one person, so that a
    later "she" may refer to it and "they" may not."""
    ws = re.findall(r"[\w'’-]+", description.lower())
    cut = next((x for x, w in enumerate(ws) if x and (w in lang.PREPOSITIONS or w in lang.CLAUSE_WORDS)), len(ws))
    head = ws[cut - 1] if cut else ""
    return bool(ws) and ws[0] in ("a", "an", "the", "one") and not head.endswith("s") \
        and (head in lang.PERSON_NOUNS or head.endswith(lang.PERSON_NOUN_ENDINGS))


def closes_quotation(seg: str) -> bool:
    """The sentence ends with a closing quotation mark after its own punctuation ('... it.”',
    "... neighbour.'"): a quotation that a colon opened is over, and an unquoted sentence after it
    in the same paragraph is no longer the speaker's (one-paragraph articles: "X said: 'A.'
    Police were called ..." gave every later sentence of the article to X). A stray full stop after
    the mark ("... for a while.’. Now, ...", read18) still closes it, and so does a full stop after the mark
    alone ("... all down to the weather'.": the punctuation outside; read26)."""
    return re.search(r"(?:[.!?…,][\"'”’]\.?|[A-Za-z][\"'”’]\.)(?:\s*\.)*\s*$", seg.rstrip()) is not None  # (and " ." breaks)


#: A sentence that is one quotation from its first mark to its last ('“This group never quits.”').
WHOLE_QUOTED_SENTENCE = re.compile(r"\s*[“\"][^“”\"]+[.!?…][”\"]\s*")


#: A named subject of two to four capitalised words (after one opening adverb) and a past verb in lower case.
_NAMED_ACT = re.compile(r"\W*(?:[A-Z][a-z]+\s+)?((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s+([a-z]+)\b")


def own_named_subject(text: str, start: int, quote: int, last: str) -> bool:
    """The sentence from `start` opens, before its quotation at `quote`, with a person other than the last
    speaker `last` acting in the past ("Earlier Ann Roe ordered a full review, “to make sure ...”"): the
    outlet narrates her act and quotes its purpose; the quotation does not go on with the last speaker,
    though it fills half the sentence (read27)."""
    m = _NAMED_ACT.match(text, start, quote)
    if m is None or not lang.is_past_form(m.group(2)) or m.group(2) in lang.SPEECH_VERBS:
        return False
    return not set(m.group(1).split()) & set(last.split())


#: Words of the first person in a quotation: someone speaks in it.
_FIRST_PERSON = re.compile(r"\b(?:I|" + "|".join(f"{w}|{w.capitalize()}" for w in sorted(lang.SPEAKING_PERSON_FORMS - {"i"})) + r")\b")  # (not "US")
#: How many paragraphs of narration may stand between a speaker's last quotation and a quoted paragraph
#: that goes on with them, when the paragraph just before names them.
NAMED_AGAIN_PARAGRAPHS = 4


def named_just_before(text: str, para_start: int, prev_start: int, quote: str, last: str, gap: int) -> bool:
    """A quoted paragraph with no frame, in the first person, right after a paragraph of narration that names
    the last speaker `last` by surname ("By the time the guards came, Mr Reed was long gone. / “We walked for
    weeks.”"): it goes on with that speaker though a few paragraphs of narration stand between (read27)."""
    sur = last.split()[-1:] if last else []
    return 1 < gap <= NAMED_AGAIN_PARAGRAPHS and bool(sur) and sur[0][:1].isupper() and _FIRST_PERSON.search(quote) is not None \
        and re.search(rf"\b{re.escape(sur[0])}\b", text[prev_start:para_start]) is not None
