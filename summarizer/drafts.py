"""A claim part as the bundled path shows it: `as_sentence` (a dropped "and", a capital, a full
stop, balanced quotation marks), `draft` (a draft claim whose labels code decides), and the
optional model rewrite of a part that cannot stand alone (`needs_model`, `Rewrite`, `Part`).
Split from picks.py (which chooses the parts) when it passed the 400-line limit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, Field

from . import lang, rules
from .attribution.apposition import descriptions_only
from .attribution.text import quote_spans
from .extract import DraftClaim
from .marks import pair_mixed
from .standalone import cannot_stand, finite_subordinate, words_of

#: the standalone text's bound (characters): one short sentence
MAX_TEXT_CHARS = 200
#: a quotation whose marks a part cut from it keeps has at least this many words (`quoted_sentence`)
QUOTED_PART_MIN_WORDS = 6


def as_sentence(part: str) -> str:
    """A part as a sentence: whitespace folded, a leading "and"/"but" dropped, trailing clause
    punctuation replaced by a full stop, the first letter capitalized (after any opening marks)."""
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    out = " ".join(words).rstrip(",;:–—- ")
    out = _balanced(out)
    if out and out[-1] not in ".!?\"'”’)" and not re.search(r"[.!?…][»«›‹“]+$", out):  # (other outlets' closers: intl38)
        out += "."
    m = re.match(r"[\W_]*", out)  # (after opening marks: "` downsizing ..., ' he said" of a lower-cased corpus)
    return out[:m.end()] + out[m.end():m.end() + 1].upper() + out[m.end() + 1:]


_CLOSER_OF = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def quoted_sentence(text: str, start: int, end: int, quotes) -> str:
    """`as_sentence` of text[start:end] with the marks of a quotation it lies in: a part that begins
    inside a quotation opened before it ('... shoes. I can't afford them," she said.', '"A, and B."'
    cut at ", and") gets the opening mark, one that ends inside a quotation closed after it (or
    carried to the next paragraph) the closing mark, so the claim shows it is quoted rather than
    dropping the unmatched mark (read15). Short quotations (a few words) are left as they are."""
    part = text[start:end]
    seg = [(a, b) for a, b, _ in quotes if a < end and b > start and text[a] in _CLOSER_OF
           and len(text[a:b].split()) >= QUOTED_PART_MIN_WORDS]
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    core = " ".join(words)
    if not seg or len(core.split()) < 4:
        return as_sentence(part)
    a, b = seg[0]
    mark = text[a]
    opens = a < start and not part.lstrip()[:1] in _CLOSER_OF
    lb = seg[-1][1]
    closes = lb > end or text[lb - 1] not in _CLOSER_OF.values()  # closed after the part, or never (a paragraph's end)
    if not (opens or closes):
        return as_sentence(part)
    if closes:
        core = core.rstrip(",;:–—- ")
        if core[-1:] not in ".!?":
            core += "."
        core += _CLOSER_OF[mark]
    if opens:
        core = mark + core
    return as_sentence(core)


def _balanced(out: str) -> str:
    """Quotation marks of a clause cut from a quoted sentence, balanced: an opening mark with no
    closing one (or the reverse) is dropped rather than shown unmatched. So are a tokenized corpus's
    marks left at a part's start by the sentence before ("'' Later that month ...", "' icann said
    ...", "` ` i saw ...": a spaced mark that closes the last sentence or opens a quotation it
    never closes). A quotation opened with one style and closed with the other keeps its end
    (marks.pair_mixed)."""
    out = pair_mixed(out)
    m = re.match(r"(?:''|` `|``|'(?= ))\s+", out)
    rest = out[m.end():] if m else ""
    if m and (m.group(0).startswith("''") or m.group(0).startswith("`") and "''" not in rest and "' '" not in rest
              or m.group(0).startswith("'") and not re.search(r"(?<!\w)'(?!\w)|(?<=\w)'(?!\w)(?! s\b)", rest)):
        out = rest
    for open_, close in (("“", "”"), ('"', '"')):
        last = out.rfind(open_)
        if out.count(open_) % 2 if open_ == close else out.count(open_) > out.count(close) and last > out.rfind(close):
            if last >= 0 and (last == 0 or out[last - 1].isspace()) and out[-1:] in ".!?" and len(out) - last > 12:
                out += close  # '"A," X said, "but B.' (the quotation goes on in the next sentence): closed here (lead12)
                continue
        if open_ == close:
            if out.count(open_) % 2:
                out = out.replace(open_, "", 1) if out.startswith(open_) else out[::-1].replace(open_, "", 1)[::-1]
        elif out.count(open_) != out.count(close):
            if out.count(open_) > out.count(close):
                out = out.replace(open_, "", 1)
            else:
                out = out[::-1].replace(close, "", 1)[::-1]
    return out.strip()


def needs_model(part: str) -> bool:
    """Whether the part cannot stand alone: it opens with a pronoun or a subordinating word."""
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    first = words[0].lower().strip("\"'“‘(") if words else ""
    return first in lang.DEPENDENT_OPENERS


class Rewrite(BaseModel):
    """The model's whole answer: the part as one standalone sentence."""

    text: str = Field(max_length=MAX_TEXT_CHARS, description="The part as one standalone sentence.")


def draft(quote: str, text: str) -> DraftClaim:
    """A draft claim with neutral labels: code decides kind, source, certainty, when and where.
    Built, not validated: DraftClaim's bounds are for what a model writes, and a long sentence
    taken as it stands may exceed them."""
    return DraftClaim.model_construct(quote=quote, text=" ".join(text.split()), kind="event", source="article",
                                      certainty="stated", when=None, where=None)


@dataclass(frozen=True)
class Part:
    """One claim to ground: `draft`, and the part's own text to try when the model's fails."""

    draft: DraftClaim
    fallback: DraftClaim | None = None
    #: a description of a name the sentence gives in passing (`descriptions`): its kind, in the
    #: outlet's voice, kept beside the claim of the clause that holds it
    described: str | None = None
    #: who speaks in a speech act split off its sentence ("X did A and said B": `speech_split`) with no frame there
    speaker: str | None = None
    certainty: str | None = None  # that speaker's, when its cue decides it ("who prosecutors allege ...": claimed)


# -- descriptions given in passing (GUIDELINES §3: an appositive or relative clause that adds
# information is its own claim; the outlet describes, whoever speaks in the sentence) ----------

#: ", a city 24 miles south of ...", ", one of the earliest ...", ", who ordered ...", ", which was
#: liberated ...", ", where ...": the opener of a description after a name and its comma
_DESCRIBED = re.compile(r",\s+(?:(?P<app>an?|one\s+of)|(?P<rel>" + "|".join(lang.DESCRIBING_RELATIVES) + r"))\s+(?=\S)")
_WORD = re.compile(r"[A-Za-z][\w'’.&/-]*")
_DESC_END = re.compile(r"\s*(?:,(?!\d{3})(?<!\d,(?=\s\d{4}\b))|[;:(]|\s[–—-]\s|[–—])")  # where a description stops: a comma (not "June 4, 2012": read33), dash, ;, : or (
_LIST_ITEM_BEFORE = r"\band\s+(?:an?|one)\s+$|,\s+(?:\d+|" + "|".join(lang.NUMBER_UNITS) + r")\s+$"  # a list's item (read31)


def _head(sentence: str, comma: int) -> int | None:
    """Where the name before `comma` starts ("the Pine County region", "Jane Doe", "the USC
    Dornsife/Los Angeles Times Daybreak tracking poll"), or None when no proper name ends there:
    up to two lower-case nouns right after capitalised words, the capitalised words, a leading
    "the". A time ("Last year, ...", "on 2 March, which": read39) or a sentence's opener ("In 2019, ...") is no name."""
    words = list(_WORD.finditer(sentence[:comma]))
    if not words or words[-1].end() != comma:
        return None
    i, lower = len(words) - 1, 0
    while i >= 0 and words[i].group(0)[0].islower() and lower < 2 and _noun_like(words[i].group(0)) \
            and (i == len(words) - 1 or not sentence[words[i].end():words[i + 1].start()].strip()):
        i, lower = i - 1, lower + 1
    if i >= 0 and lower and sentence[words[i].end():words[i + 1].start()].strip():
        return None  # "counted 14 cars, a record ...": no name before the nouns
    caps = i
    while i >= 0 and words[i].group(0)[0].isupper() and (i == caps or not sentence[words[i].end():words[i + 1].start()].strip(" .")):
        i -= 1
    if i == caps:
        return None
    first = i + 1
    while first <= caps and words[first].group(0).lower() in lang.FUNCTION_WORDS - {"the"} | {"according"}:
        first += 1  # "In Easton, where ...", "According to ...": the sentence's opener is no part of the name
    head = [w.group(0).lower() for w in words[first:]]
    if first > caps or not rules.names(" ".join(w.group(0) for w in words[first:caps + 1])) \
            or any(w in lang.TIME_WORDS for w in head) or head[-1:] == head and head[0] in lang.MONTHS and re.search(r"\b\d{1,2}\s+$", sentence[:words[first].start()]):
        return None
    if i >= 1 and words[i].group(0).lower() in lang.ROLE_TIME_WORDS and words[i - 1].group(0).lower() == "the" and first == i + 1:
        first = i - 1  # "The former Dorrin mayor, who ...": the role's time word is the name's (the lead, session 23)
    elif i >= 0 and words[i].group(0).lower() == "the" and first == i + 1:
        first = i
    before = sentence[:words[first].start()]
    if re.search(r"[A-Z][\w.'’-]*\s+(?:of|for|&|and|de)\s+(?:the\s+)?$|[A-Z][\w.'’-]*,\s*$|[A-Z][\w.'’-]*,\s+(?:[a-z][\w'’-]*\s+){1,3}of\s+(?:[a-z][\w'’-]*\s+){0,4}$|" + _LIST_ITEM_BEFORE, before) \
            or first == 0 and first == caps and words[0].group(0).lower().endswith("ly"):
        return None  # "Bank of America, one of ...", "Hyattsville, Md., who ...", "Ann Roe, niece of <Name>, who" (hers or the niece's: read35), "Conversely, a ...": part of a name, or none; a list's item ("Three men, two Danes and a Swede, who": read31)
    ordinal = re.search(r"(?:\b[Tt]he\s+)?\b\d+(?:st|nd|rd|th)\s+$", before) if first == caps else None
    return ordinal.start() if ordinal else words[first].start()  # "the 18th Amendment, which ...": the ordinal is the name's (read13a)


def _noun_like(word: str) -> bool:
    """A lower-case word that may end a name ("region", "tracking poll"): no function word or verb form
    (every "-ed" word, no min_len: "the Acme news feed" is lost, "Roe sped, which" kept out; tidy20)."""
    w = word.lower()
    return not (w in lang.FUNCTION_WORDS or lang.is_past_form(w) or w.endswith("ly"))


def _verb_first(words: list[str]) -> bool:
    """The words open with a verb (after an adverb): "also chairs", "was built", "owns", "founded"."""
    if words[:1] and (words[0] in lang.CLAUSE_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words:
        return False
    w = words[0]
    return w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.MODALS or lang.is_past_form(w) \
        or w in lang.IRREGULAR_VERBS or w.endswith("s") and not w.endswith("ss")  # (present forms too: "faces")


def _noun_phrase(words: list[str]) -> bool:
    """An appositive that is a noun phrase: no auxiliary, modal or finite past verb before any
    relative pronoun ("a food bank that serves ..." is one; "a court ruled that ..." is not; a
    participle before a preposition is a reduced relative: "a group based in Ohio")."""
    for k, w in enumerate(words):
        if w in lang.SUBORDINATORS or w == "that":
            return True
        if w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.MODALS or w.endswith("n't"):
            return False
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k > 1 and lang.is_past_form(w) and (nxt in lang.DETERMINERS or nxt in lang.PRONOUNS):
            return False  # "a court ruled that ...": a clause
    return True


def descriptions(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, claim text, kind) of each description the sentence text[start:end] gives of a
    name in passing, outside quotations: an appositive that is more than a title ("Marlow, a town
    40 miles north of the capital" -> "Marlow is a town 40 miles north of the capital."), a relative clause
    on the name ("The region, which was liberated last year" -> "The region was liberated last
    year."; "Easton, where the factory closed" -> "The factory closed in Easton."). The claim of the clause
    that holds it stays as it is: this is one more claim (GUIDELINES §3)."""
    sent = text[start:end]
    quoted = [(a - start, b - start) for a, b, _ in quote_spans(text) if a < end and b > start]
    out = []
    for m in _DESCRIBED.finditer(sent):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        head = _head(sent, m.start())
        if head is None:
            continue
        stop = _DESC_END.search(sent, m.end())
        desc_end = stop.start() if stop else len(sent.rstrip().rstrip(".!\"”’'"))
        desc = sent[m.end():desc_end]
        rest = sent[desc_end:].strip(" ,").rstrip(".!\"”’'")
        rw = words_of(rest)
        if m.group("app") and stop and sent[stop.start():stop.end()].strip() == "," and len(rw) >= 2 and ", " not in rest \
                and rw[0] not in lang.PHRASE_PREPOSITIONS and rw[0] not in lang.APPOINTMENT_PREPOSITIONS and rw[0] not in lang.COORDINATORS and not rw[0].endswith("ly") \
                and not any(w in lang.TIME_WORDS or _verb_first([w]) and not w.endswith("s") for w in rw):
            desc_end, desc = desc_end + len(sent[desc_end:]) - len(sent[desc_end:].lstrip(" ,")) + len(rest), \
                desc + ", " + rest  # "an outspoken, left-leaning political blogger."
        name = sent[head:m.start()]
        name = name[:1].upper() + name[1:]
        words = words_of(desc)
        verbs = [w for k, w in enumerate(words) if k == 0 or words[k - 1] in lang.SUBORDINATORS | {"that", "also"}
                 or words[k - 1].endswith("ly")]  # a verb right after its relative pronoun
        main_verb = next((w for w in words if w not in lang.AUXILIARY_VERBS and not w.endswith("ly")), "")  # "who has denied"
        spoken = any(w in lang.SPEECH_VERBS or w in lang.EVENT_SPEECH_VERBS for w in verbs) \
            or m.group("rel") in ("who", "which") and main_verb in lang.DENIAL_VERBS  # "who told", "who spoke of", "who denied the charges"
        if len(desc.split()) < 3 or spoken and m.group("rel") != "where" \
                or any(w in lang.SPEECH_VERBS and lang.is_past_form(w) for w in words[:3]):
            continue  # "which said ...", "a staffer who told ...", "where officials said ...": a speaker's claim
        if m.group("app") and any(w in lang.SPEECH_VERBS and lang.is_past_form(w) and k > 1
                                  and words[k - 1] not in lang.SUBORDINATORS | {"that"} for k, w in enumerate(words)):
            continue  # "... the primary race, a source with knowledge of the talks said on Friday": a final frame's subject (read13a)
        if m.group("app") and stop is None and len(words) >= 2 and words[-1] in lang.CUE_VERBS \
                and (not any(w in lang.FUNCTION_WORDS - lang.DETERMINERS or w in lang.SUBORDINATORS for w in words[1:-1])
                     or any(w in lang.RELEASE_PARTICIPLES for w in words[1:-1])):  # "..., a study published on Monday shows."
            continue  # "... in March, a court filing shows.": a final frame in the present, not "March is a court filing
            # shows" (not "Ana Pell, a producer of television shows": a preposition before it makes the word a noun)
        if m.group("app"):
            nouns = re.split(r"\b(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS | {"to"})) + r")\b", desc)[0].split()
            plain = [w for w in re.findall(r"[A-Za-z][\w'’-]*", desc) if w[0].islower() and "-" not in w]
            title = nouns and nouns[-1].lower().strip(",") in lang.IDENTIFYING_NOUNS and not any(
                w in lang.SUBORDINATORS or w == "that" or lang.is_past_form(w) for w in plain)
            if not _noun_phrase(words) or title or re.match(r"\W*(?:(?:" + "|".join(sorted(lang.COORDINATORS)) + r")\s+)?(?:"
                                                             + "|".join(sorted(lang.PREPOSITIONS)) + r")\s+[^,]*$", sent[:m.start()], re.I):
                continue  # a clause; a plain title ("a spokeswoman for the agency"); "(But) at the Capitol, a group ... met": a subject
            claim, kind = f"{name} is {m.group('app')} {desc}", "background"
        elif m.group("rel") == "where":
            if words[0] in lang.FUNCTION_WORDS - lang.DETERMINERS - {"many", "most", "some"} or words[:2] == ["according", "to"]:
                continue  # "where it was raining": no subject of its own; "where according to X, ...": X's (read12b)
            claim, kind = f"{desc[:1].upper() + desc[1:]} in {name[:1].lower() + name[1:] if name.startswith('The ') else name}", \
                rules.kind(desc)
        else:
            origin = re.search(r"\b([a-z]+)\s+from\s+$", sent[:head])  # "a certificate from X, which": the noun's
            if m.group("rel") == "which" and words[0] in lang.SENTENTIAL_RELATIVE_VERBS:
                continue  # "..., which means that he cannot leave": the whole clause's consequence (read12b)
            if not _verb_first(words) or m.group("rel") == "who" and re.search(
                    r"\b(?:" + "|".join(p for p in lang.PLACE_PREPOSITIONS if "to" not in p) + r")\s+$", sent[:head]) \
                    or m.group("rel") == "which" and origin and not _verb_first([origin.group(1)]) \
                    or m.group("rel") == "which" and _PLACE_OF_NOUN.search(sent[:head]):
                continue  # "which he said ...", "whom the board chose", "a developer in Virginia, who", "a certificate
                # from Ostrava, which is the usual kind": the clause is the noun's before the place (and "the plant in Harwick, which")
            claim, kind = f"{name} {desc}", "background"
        out.append((start + head, start + desc_end, as_sentence(claim), "background" if kind != "quantity" else kind))
    return out


_PLACE_OF_NOUN = re.compile(r"\b(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}(?:" + "|".join(lang.LOCATIVE_PREPOSITIONS) + r")\s+$", re.I)
# -- a coordinated speech act: "X did A and said B", "X said A, adding that B" (GUIDELINES §3:
# different predicates and different speakers or speech acts are separate claims; seed 000 c1/c2,
# 003 c3/c4) ---------------------------------------------------------------------------------------

#: "X <did> A and said B": a name, a past verb and its object (no comma, quotation or colon), "and", a past speech verb
_JOINED_SPEECH = re.compile(r"(?P<src>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|The\s+[a-z]+(?:\s+[a-z]+)?)"
                            r"\s+(?P<act>[a-z](?:[^,;:“”\"]|,(?=\d{3}))*?)\s+and\s+"
                            r"(?P<cue>(?:" + "|".join(sorted(w for w in lang.SPEECH_VERBS | lang.POSITION_CUES
                                                             if lang.is_past_form(w)))
                            + r"|called\s+for)\b)")
#: ", adding that ...": a second statement of the speaker of the clause before
_ADDING = re.compile(r",\s+(adding|noting)\s+that\s+(?=\S)")
#: "X did A, saying B": an act and what its subject said while doing it; the participle's past form
#: opens the second claim ("A judge rejected the request, saying it had no merit" -> "A judge
#: rejected the request." + "A judge said it had no merit."; lead12, a PolNeAR court story)
_SAYING = re.compile(r"(?:,\s+|(?<=[a-z0-9])\s+)(?:[a-z]+ly\s+)?(" + "|".join(lang.SAYING_PAST) + r")\s+(?=\S)")  # (no comma: attr15)
#: "X did A, telling Y that B": the same with an addressee of at most four words before "that" (attr14b)
_TELLING = re.compile(r",\s+(?:[a-z]+ly\s+)?(" + "|".join(lang.ADDRESSEE_PAST) + r")\s+((?:[\w'’.-]+\s+){1,4}?)that\s+(?=\S)")


def _transitive(act: list[str]) -> bool:
    """The act has an object of its own ("shelled the airport", "recalled 12,000 vans"), not only a
    phrase after it ("apologized to customers and said ...": the manner of the one speech event)."""
    return len(act) > 1 and act[1].lower() not in lang.PHRASE_PREPOSITIONS | {"to"}


def speech_split(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """The part text[start:end] as two claims when it joins an act and a speech act of one subject
    ("Rebels shelled the airport and said they had taken the district" -> "Rebels shelled the
    airport." + "Rebels said they had taken the district.", the second over "said ...") or a
    statement and its addition ("X said A, adding that B" -> "X said A." + "X added that B."):
    (start, end, claim text, speaker) of each, or None. The speaker is the attribution stage's
    (None) unless it found no frame: then the subject's."""
    part = text[start:end]
    for rel in getattr(analysis, "relations", ()):
        if rel.kind != "indirect" or not rel.source_span or not rel.cue_span or rel.source_span[0] != start \
                or not (start < rel.cue_span[0] < end):
            continue
        src = text[rel.source_span[0]:rel.source_span[1]]
        between = text[rel.source_span[1]:rel.cue_span[0]]
        joint = re.search(r",?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$", between)  # "X declined to comment but said B"
        act = between[:joint.start()] if joint else ""
        desc = re.match(r",\s[^,;:“”\"]{1,120},\s+", act)  # "Jo Kerr, the mayor of Tarne, joined the debate and said B" (the lead, session 25)
        core = act[desc.end():] if desc and descriptions_only(desc.group(0) + " ") else act
        if joint and len(core.split()) >= 3 and _transitive(core.split()) and not cannot_stand(src + act) and src.split()[0].lower() not in lang.PRONOUNS \
                and not re.search(r"[,;:“\"]", core) and not finite_subordinate(core.lower().split()):  # ("X came after Y met Z and agreed B": read40)
            first = (start, rel.source_span[1] + joint.start(), as_sentence(src + act),
                     rel.name if core.split()[0] in lang.POSITION_CUES else None)  # "X accused Y of A and asserted B"
            return [first, (rel.cue_span[0], end, as_sentence(src + " " + text[rel.cue_span[0]:end]), None)]
    m = _JOINED_SPEECH.match(part)
    if m is not None and lang.is_past_form(m.group("act").split()[0]) \
            and len(m.group("act").split()) >= 3 and _transitive(m.group("act").split()) \
            and (rules.names(m.group("src")) or m.group("src").startswith("The ")):
        cue = start + m.start("cue")  # no frame found by the attribution stage ("LONDON (Reuters) – X did A and said B")
        who = re.sub(r"^The\s+", "", m.group("src"))
        said = m.group("act").split()[0] in lang.POSITION_CUES  # "X accused Y of A and asserted B"
        return [(start, start + m.end("act"), as_sentence(part[:m.end("act")]), who if said else None),
                (cue, end, as_sentence(m.group("src") + " " + text[cue:end]), who)]
    said = _said_while(text, start, end, analysis)
    if said is not None:
        return said
    m = _ADDING.search(part)
    rel = analysis.relation_for(start, start + m.start()) if m is not None and analysis is not None else None
    if m is None or rel is None or not rel.source_span or not (start <= rel.source_span[0] < start + m.start()) \
            or any(q in part[:m.start()] for q in "“”\"") or len(part[m.end():].split()) < 3:
        return None
    src = text[rel.source_span[0]:rel.source_span[1]]
    return _act_and_statement(start, end, part[:m.start()], start + m.start(1), src,
                              "added" if m.group(1) == "adding" else "noted", part[m.end():])


def _act_and_statement(start: int, end: int, head: str, cue: int, src: str, verb: str, content: str):
    """The two claims of a split part: its head as it stands, and "<Src> <verb> that <content>" over
    [cue, end) (speech_split's ", adding that ..." and `_said_while`)."""
    return [(start, start + len(head), as_sentence(head), None),
            (cue, end, as_sentence(f"{src[:1].upper() + src[1:]} {verb} that {content}"), None)]


def _said_while(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """"X did A, saying B" as "X did A." + "X said B." when the attribution stage made the
    participle a frame of the part's own subject: the act is the outlet's account, what was said is
    the subject's (a negation or hedge in B no longer decides whether A happened)."""
    part = text[start:end]
    m = _SAYING.search(part) or _TELLING.search(part)
    if m is None or analysis is None or any(q in part[:m.start()] for q in "“”\"") or len(part[m.end():].split()) < 3:
        return None
    cue = start + m.start(1)
    rel = next((r for r in getattr(analysis, "relations", ()) if r.cue_span and r.cue_span[0] == cue and r.source_span
                and r.source_span[0] == start and r.kind == "indirect"), None)
    head = part[:m.start()]
    act = text[rel.source_span[1]:start + m.start()].lower().split() if rel is not None else []
    if rel is None or len(head.split()) < 4 or len(act) <= 2 and any(w in lang.SPEECH_VERBS for w in act):
        return None  # "X said, insisting ...", "X said Monday, warning ...": one speech act
    src = text[rel.source_span[0]:rel.source_span[1]]
    if src.endswith(("'s", "’s")) or any(w in lang.SUBORDINATORS and not (k + 1 < len(act) and act[k + 1].endswith("ing"))
                                         for k, w in enumerate(act)):  # ("apologised after losing the vote saying": attr15)
        return None  # "Rice's comments came as X turned down ..., saying": the participle is X's (read13b)
    if re.search(r"\d", src) or any(w in lang.NUMBER_UNITS or w in lang.NUMBER_TENS for w in src.lower().split()):
        return None  # "Two newspapers ...": the count would be in a claim whose evidence lacks it
    verb = lang.SAYING_PAST[m.group(1)] if m.re is _SAYING else lang.ADDRESSEE_PAST[m.group(1)] + " " + m.group(2).strip()
    return _act_and_statement(start, end, head, cue, src, verb, re.sub(r"^that\s+", "", part[m.end():]))

