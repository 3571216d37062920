"""Shapes of a part of a sentence that is no claim of its own: a frame before a colon, a verbless
lead, a coordinated part with no subject, a list item, a relative clause that goes on.

Split from picks.py (the 400-line limit); picks.claim_parts and its helpers ask these when they
decide whether a clause stands alone (English grammar; the cases named in each docstring).
"""

from __future__ import annotations

import re

from . import lang
from .attribution.dash_asides import without_dash_asides
from .attribution.frame_shapes import contentless_tail, quote_tag_only
from .attribution.quoted_from import relayed_intro
from .attribution.text import list_item
from .standalone import cannot_stand, words_of


def verbless_lead(part: str) -> bool:
    """A short noun phrase before a colon, no verb in it, not even one in "-s" ("The only candidate
    less palatable:"): the colon's complement completes it (cannot_stand alone misses "confirms")."""
    ws = words_of(part)
    return len(ws) <= 6 and not any(w.endswith("s") and not w.endswith("ss") for w in ws[1:]) and cannot_stand(part.rstrip(" :"))


#: The most words of such a closing frame ("Judge <Name> told The <Paper> in a talk aired on <day>": 10 words; lead42).
_FRAME_WORDS = 12


def phrase_then_frame(part: str) -> bool:
    """A phrase, then a closing frame ("but only after a vote, she has said."): no clause of its own
    before the frame's comma, so it goes on the clause before."""
    head, comma, tail = part.rpartition(",")
    tw = words_of(tail)
    return bool(comma) and 2 <= len(tw) <= _FRAME_WORDS and any(w in lang.SPEECH_VERBS for w in tw[:4]) and "that" not in tw \
        and cannot_stand(head) and not any(w in lang.PERSONAL_PRONOUNS or w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS
                                           or "'" in w or "’" in w for w in words_of(head))


def inside_quotation(before: str) -> bool:
    """A quotation opened before this point of the sentence has not closed (a dash inside it is the
    speaker's: "He conceded that “we do not need a wall — we never did” and praised ...", where the
    sentence goes on after the quotation with "and"/"but" and a verb; read11b. Joining a dash inside
    any quotation also joined '“A — B,” X said' and lowered PolNeAR half B's attributed found 0.810 ->
    0.809: not kept)."""
    return before.count("“") > before.count("”")


def inner_quotation(before: str, part: str) -> bool:
    """A part in single quotation marks inside a double quotation still open ('"... so I shouted: 'Who is out
    there?'" she told ...'): the words quoted inside the speaker's quotation, no claim of their own (read30)."""
    return part.lstrip()[:1] in ("'", "‘") and (before.count("“") > before.count("”") or before.count('"') % 2 == 1)


def relative_goes_on(before: list[str], words: list[str]) -> bool:
    """The part before ends inside a relative clause ("a couple who wed in Dover, Del.") and this
    part opens with its next verb ("and move to Montana are treated ..."): one subject, no clause
    of its own (read11b, a BASIL story)."""
    return "who" in before[-6:] and bool(words) and words[0].isalpha() and words[0] not in lang.FUNCTION_WORDS \
        and words[0] not in lang.DETERMINERS and words[0] not in lang.PRONOUNS and not words[0].endswith("ly")


def in_list(sentence: str, part: str) -> bool:
    """A part after a semicolon is an item of a list ("...; a ban on lawn watering; higher fees;
    and a fund for pipes") when the sentence has two semicolons or the part opens with
    "and"/"or" (one "...; critics disagree" is a clause), and it reads as one (text.list_item)."""
    return (sentence.count(";") >= 2 or words_of(part)[:1] in (["and"], ["or"])) and list_item(words_of(part))


#: a relative clause set off between a frame's subject and its verb (", who backed Y in the primary,")
_FRAME_RELATIVE = re.compile(r",\s+(?:who|which)\s[^,;:“”\"]{1,100},(?=\s+(?:[a-z]+ly\s+)?[a-z]+\b[^,;“”\"]{0,60}:\s*$)")


#: a participle of speaking set off after a subject, before the colon of a quotation (attribution/speaking_colon.py)
_SPEAKING_AFTER = re.compile(r",\s+(?:" + "|".join(lang.COLON_SPEAKING_PARTICIPLES) + r")\s+[a-z][^,;:“”\"]{1,70}:\s*$")


def is_frame(part: str, after: str = "") -> bool:
    """A part that is only a reporting frame before a colon ("Speaking from the car, he said:",
    "The fire chief said:", "The minister told reporters:", "..., but Jane Doe hit back:" before a
    quotation): it is the frame of the quotation after it, no claim of its own."""
    part = re.sub(r":\s+\.$", ":", part)  # "X read a quote from Y: ." (a page's stray stop after the colon; read32)
    aside = re.search(r",\s+(?:" + lang.COLON_ASIDE_OPENERS_RE + r")\s[^,;:“”\"]{1,80}:\s*$", part)
    if aside and len(words_of(part[:aside.start()])) >= 2:  # "Doe shot back, in reference to Roe's record:"
        part = part[:aside.start()] + ":"
    part = _FRAME_RELATIVE.sub("", part)  # "X, who backed Y in the primary, said:" (session 24)
    if after.lstrip()[:1] in "“\"" and part.rstrip().endswith(":"):
        speaking = _SPEAKING_AFTER.search(part)
        if speaking and 1 <= len(words_of(part[:speaking.start()])) <= 8:
            return True  # "Harbour boss Tom Vell, speaking to Sports Hour:" (no verb of saying; read30)
    words = words_of(re.sub(lang.FRAME_APPOSITIVE_RE, "", without_dash_asides(part)))  # "X, one of the bill's authors, said:" (read12c)
    verb = max((x for x, w in enumerate(words) if w in lang.SPEECH_VERBS), default=None)
    if verb is not None and 0 < len(words) - verb - 1 <= 6 and words[verb + 1] in lang.FINAL_TAIL_STARTERS:
        words = words[:verb + 1]  # "X said in a statement:", "X wrote on Tuesday:": a tail after the verb (session 24)
    if not part.rstrip().endswith(":") or not words or len(words) > 12:
        return False
    # ("X tells supporters in <City>: “...”": an addressee and where, then the quotation; lead35)
    return words[-1] in lang.SPEECH_VERBS or " ".join(words[-2:]) in lang.SPEECH_PHRASAL_VERBS or any(w in lang.ADDRESSEE_VERBS for w in words[-3:-1]) \
        or after.lstrip()[:1] in "“\"" and any(w in lang.ADDRESSEE_VERBS for w in words[-7:-3]) \
        and not any(w in lang.SUBORDINATORS or w == "that" for w in words[-6:]) \
        or len(words) <= 8 and after.lstrip()[:1] in "“\"" and re.sub(r"^\W*(?:" + lang.CLAUSE_COLON_OPENERS_RE + r")\s+", "", part)[:1].isupper()


#: ", and religiously laden, remarks ...": a coordinator, an "-ly" adverb and one word, then a comma and a lower-case word
#: going on with the noun phrase the clause before left open (no_subject; lead49)
_SET_OFF_ADJECTIVE = re.compile(r"\W*(?:and|or|but)\s+[a-z]{3,}ly\s+[a-z][\w'’-]*\s*,\s+[a-z]")
_COORDINATED_OBJECT = re.compile(lang.COORDINATED_OBJECT_RE)  # ", and its practice here, with <X>" (lead49)


def no_subject(part: str, words: list[str]) -> bool:
    """A coordinated part that is no clause of its own: it opens with an auxiliary, a modal or a
    gerund, its subject being the clause before's ("..., and would be costly", "..., and has since
    left", "..., and giving it back"), or
    it is a phrase ("..., and of a 1990 ruling that he said ..."): a preposition and no verb
    before any "that" clause."""
    if not words:
        return False
    if words[0] in lang.SUBORDINATORS and len(words) > 1 and len(words[1]) > 5 and words[1].endswith("ing"):
        return True  # "..., while acknowledging the matter will be settled": a participle of the clause before
    lead = _TIME_LEAD.match(" ".join(words))
    rest = words[len(lead.group(0).split()):] if lead else words
    if rest and (rest[0] in lang.CLAUSE_ADVERBS or lead) and len(rest) > 1 and rest[0] not in lang.DETERMINERS:
        nxt = rest[1] if rest[0] in lang.CLAUSE_ADVERBS else rest[0]
        if lang.is_past_form(nxt, min_len=4) or nxt in lang.AUXILIARY_VERBS \
                or rest[0] in lang.CLAUSE_ADVERBS and nxt.endswith("s") and not nxt.endswith("ss"):
            return True  # "..., but also contradicts ...", "..., and on Monday expressed ...": the subject is before
    if words[0] in lang.MODALS or words[0] in lang.AUXILIARY_VERBS or words[0] in lang.BE_FORMS:
        return True
    if _SET_OFF_ADJECTIVE.match(part):
        return True  # "several controversial, and religiously laden, remarks": an adjective set off inside a noun phrase (lead49)
    if (obj := _COORDINATED_OBJECT.match(part)) and cannot_stand(obj.group(1)):
        return True  # "to equate the church as a whole, and its practice here, with <X>": a second object before the verb's "with" (lead49)
    if words[0] in lang.HOPE_VERBS and not words[0].endswith(("s", "ed", "ing")) and len(words) > 1 \
            and (words[1] in lang.DETERMINERS or words[1] == "that" or words[1] in lang.SUBJECT_PRONOUNS):
        return True  # '"I owe so much to the helpers, and hope the village keeps ..."': the speaker's second verb (real55)
    if _lapse_then_verb(words):
        return True  # "..., and two days ahead of the final named the side ...": a time phrase, then the verb (read30)
    if words[0].endswith("s") and words[0] in lang.CUE_VERBS and len(words) > 1 and (words[1] in lang.DETERMINERS or words[1] == "that"):
        return True  # "..., and says the blaze was caused by ...": the subject's second statement (read27)
    fronted = _FRONTED_PHRASE.match(part)
    if fronted and (fronted.group(1).lower() in lang.AUXILIARY_VERBS or fronted.group(1).lower() in lang.BE_FORMS
                    or lang.is_past_form(fronted.group(1).lower(), min_len=4)):
        return True  # "..., and after six months in Crete, was sent to ...": a phrase, then the verb (read27)
    if len(words[0]) > 5 and words[0].endswith("ing") and cannot_stand(re.split(r"\bthat\b|[”\"]", part, maxsplit=1)[0]):
        return True  # "We are closing the plant, and moving the jobs": the clause before's progressive goes on
    # "..., and a sign that ...", "..., and a dropped letter 'l', as in ...": a noun phrase (a participle
    # right after the article is its adjective)
    noun_phrase = re.sub(r"\b(an?|another)\s+[a-z]+ed\b", r"\1 X", re.split(r"\b(?:" + lang.NOUN_CLAUSE_OPENERS_RE + r")\b", part, maxsplit=1)[0], flags=re.I)
    return (words[0] in lang.PHRASE_PREPOSITIONS or words[0] in lang.INDEFINITE_ARTICLES) and cannot_stand(noun_phrase)


def _lapse_then_verb(words: list[str]) -> bool:
    """A lapse of time ("two days ahead of their match with the Hoops"), then a past verb before any noun
    phrase that is no preposition's object: the verb's subject is the clause before's."""
    m = _LAPSE.match(" ".join(words) + " ")
    if m is None:
        return False
    rest = words[len(m.group(0).split()):]
    for k, x in enumerate(rest[:9]):
        if k and x in lang.DETERMINERS and rest[k - 1] not in lang.PHRASE_PREPOSITIONS:
            return False  # "two days after the vote the council approved ...": a subject of its own
        if k and lang.is_past_form(x, min_len=4):
            return True
    return False


_LAPSE = re.compile(lang.TIME_LAPSE_SUBJECT_RE, re.I)
#: A coordinated part that opens with a prepositional phrase and its comma, then a verb ("and after a year
#: abroad, was sent ..."): the verb's subject is the clause before's.
_FRONTED_PHRASE = re.compile(r"\W*(?:(?:" + "|".join(lang.COORDINATORS) + r"|or)\s+)?(?:" + "|".join(sorted(lang.PREPOSITIONS)) + r")\s+[^,;:“”\"]{1,50},\s+([a-z]+)\b")
#: A short time phrase opening a coordinated part ("on Monday", "last week", "later that day").
_TIME_LEAD = re.compile(r"(?:(?:" + lang.COORDINATED_TIME_LEADS_RE + r")\s+(?:" + "|".join(sorted(lang.TIME_WORDS | set(lang.WEEKDAYS)))
                        + r")|later|earlier)(?=\s)")


def opens_phrase(words: list[str]) -> bool:
    """The part opens with a participle or a preposition ("Following reports of ...", "Within
    minutes of ..."): with no verb after it, it is a phrase of the clause that follows."""
    return bool(words) and (words[0].endswith("ing") or words[0] in lang.PREPOSITIONS or words[0] in lang.PLACE_PREPOSITIONS)


def correlative_rest(prefix: str, words: list[str]) -> bool:
    """The part after ", but" that completes a "not only A" in the sentence before it, with no "but"
    between them ("... not only because they are foreign, but because they are human beings"; read16):
    it joins the part before. `prefix` is the sentence up to the part, `words` the part's words."""
    if words[:1] != ["but"]:
        return False
    m = None
    for m in re.finditer(lang.NOT_ONLY_RE, prefix, re.I):
        pass
    return m is not None and not re.search(r"\bbut\b", prefix[m.end():], re.I)


def short_clause_before_report(first: str, second: str) -> bool:
    """A short first clause with its own subject and a past verb ("Crewe lost the vote,"), before a
    second clause that opens with "and"/"but" and its own subject and reports ("and his lawyer
    said he would appeal"): a claim of its own, however short (picks.MIN_CLAUSE_CHARS; left17)."""
    fw, sw = words_of(first), words_of(second)
    if not (3 <= len(fw) <= 6 and first[:1].isupper() and len(sw) >= 4 and sw[0] in ("and", "but")):
        return False
    # every "-ed" word (no min_len, tidy20): an adjective there ("The red van crashed,") comes before a
    # verb this test does not read (words 2-3 only), so taking it keeps that clause; cannot_stand
    # rejects a first part with no verb at all ("The red van,")
    past = any(lang.is_past_form(w) for w in fw[1:3])
    subject = sw[1] in lang.POSSESSIVE_DETERMINERS or sw[1] == "the" or second.split()[1][:1].isupper()
    return past and subject and any(w in lang.SPEECH_VERBS for w in sw[2:6]) and not cannot_stand(first.rstrip(" ,"))


#: The fewest words of a line of body text that ends with no full stop and is still read as a
#: statement: longer than a subhead, a credit or a link headline (read20 d6; left21).
UNSTOPPED_MIN_WORDS = 12


def unstopped_paragraph(text: str, start: int, end: int) -> bool:
    """text[start:end] ends a paragraph of body text with no full stop (read20 d6: a paragraph of a
    page whose writer left the stop off, "... and it has gathered more than two thousand names\\n\\n"):
    nothing but a line break follows it, it is not the text's first line (the title), it has at
    least UNSTOPPED_MIN_WORDS words, the last of them a word or a closing quotation mark (not a
    colon, a question or a dash), and most of its words are in lower case (not a headline in
    capitals). Its claim text gains the full stop (drafts.as_sentence), its evidence does not.
    A line of text wrapped at single line breaks is no paragraph (the lead, session 21: a gate
    article's hard-wrapped note gave "Repeatedly pledged to ... from."): the part must open as a
    sentence does (not in lower case) and the next line must not go on in lower case."""
    part = text[start:end].strip()
    after = text[end:end + 200]
    if not part or not re.match(r",?[ \t\r]*(?:\n|$)", after) or not text[:start].strip() or "\n" not in text[:start]:
        return False
    if part[0].islower() or re.match(r"[ \t\r]*\n[ \t\r]*[a-z]", after):
        return False
    words = part.split()
    if len(words) < UNSTOPPED_MIN_WORDS or not re.search(r"[\w\"”’%)]$", part):
        return False
    lower = sum(w[:1].islower() for w in words)
    return lower * 2 > len(words)


def frame_only(t: str) -> bool:
    """"Jane Doe wrote in a letter sent on Friday.", "Rep. X of Ohio, who is retiring, said.": a
    subject (no comma, or one set-off relative clause), a contentless saying verb and at most a short
    time or place tail; no quotation, no "that" (lang.CONTENTLESS_SAYING_VERBS)."""
    if re.search(r"[“”\"]", t):
        return False
    if relayed_intro(t):
        return True  # "A teammate read a quote from Rivera: ." (the quotation follows; quoted_from.py, read32)
    if _APPOSED_FRAME.fullmatch(t.strip()) or _BARE_READ_INTRO.search(t):
        return True  # "Tom Reld, a former head of the squad, explains." (an explainer's intro); "..., which read in part: ." (read33)
    rest = _after_scene_opener(t)
    if rest is not None and (frame_only(rest) or _APPOSED_FRAME.fullmatch(rest)):
        return True  # "Speaking to the BBC, Dr Jane Doe, a surgeon at the clinic, said." (read26)
    ws = re.findall(r"[\w'’.-]+|,", t.rstrip(".!"))
    k = next((i for i, w in enumerate(ws) if w.lower() in lang.CONTENTLESS_SAYING_VERBS and i and _subject_end(ws[i - 1])), None)
    if k is None or not 1 <= k <= 30:
        return False
    subject, tail = ws[:k], [w.lower() for w in ws[k + 1:] if w != ","]
    if "," in subject and not re.search(r",\s+(?:who|which)\s[^,]+,\s*\S+$", " ".join(subject + [ws[k]]).replace(" ,", ",")):
        return False  # "Prices rose, analysts said.": the content before the comma
    rel = next((x for x in range(len(subject) - 1) if subject[x] == "," and subject[x + 1].lower() in ("who", "which")), None)
    if rel is not None and not all(w == "," or w[:1].isupper() or w.lower() == "of" for w in subject[:rel]):
        return False  # "Inspectors found cracks, Jane Doe, who runs the port, said.": a content before the name
    if "," not in subject and len(subject) > 6 or subject[-1].lower() in lang.BE_FORMS:
        return False  # a long subject is a clause; "The mayor was told in May." is a passive, something done to him
    if any(w.lower() in lang.NEGATORS or any(ch.isdigit() for ch in w) for w in subject):
        return False  # "The ministry has not said when ...": a negated act is a claim; "... 87 people in five states."
    return contentless_tail(tail)


#: "Dr Jane Doe, a surgeon at the city clinic, said.": a name, one description set off by commas and a
#: contentless saying verb, nothing after it (frame_only, after a scene opener; read26).
_APPOSED_FRAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+[a-z][^,;:]{0,120},\s+(?:"
                            + "|".join(sorted(lang.CONTENTLESS_SAYING_VERBS)) + r")[.!]?")
#: A statement's intro whose quotation was split off: "..., which read in part: ." (read33).
_BARE_READ_INTRO = re.compile(r"\b(?:" + "|".join(sorted(lang.CONTENTLESS_SAYING_VERBS | {"read", "reads"}))
                              + r")(?:\s+in\s+part)?\s*:\s*\.?\s*$")


def _after_scene_opener(t: str) -> str | None:
    """What follows an opener that sets the scene of a frame and holds no clause ("Speaking to the BBC, ",
    "Safely back at the farm on Monday, "): a participle or a preposition first (or an adverb and
    one), no past verb in it; None when `t` opens otherwise (read26)."""
    m = re.match(r"([A-Z][\w'’-]*)((?:\s+[\w'’.-]+){1,14}?),\s+(?=[A-Z]|[a-z]+\s+[A-Z])", t)  # (a role first: "singer Ida Bell"; read30)
    if m is None:
        return None
    first, words = m.group(1).lower(), m.group(2).split()
    place = lang.PREPOSITIONS | lang.SCENE_PLACE_ADVERBS
    scene = first.endswith("ing") and first not in lang.PREPOSITIONS or first in lang.PREPOSITIONS \
        or (first.endswith("ly") or first in lang.SCENE_PLACE_ADVERBS) and words[0].lower() in place
    if not scene or any(lang.is_past_form(w.lower(), min_len=4) and w.islower() for w in words):
        return None
    return t[m.end():]


def _subject_end(w: str) -> bool:
    """A word that can end a frame's subject right before its verb: a name, a person, body or
    group noun, a subject pronoun, an auxiliary or adverb ("has said", "also noted"), a set-off
    clause's comma; not a determiner or a count ("fled the state", "rose in three states")."""
    low = w.lower()
    return w == "," or w[:1].isupper() or low in lang.PERSON_NOUNS or low in lang.ORG_HEADS or low in lang.SUBJECT_PRONOUNS \
        or low in lang.AUXILIARY_VERBS or low in lang.CUE_MODIFIERS or low.endswith("ly") or low.rstrip("s") in lang.PERSON_NOUNS


#: "... where <A>, <B>" before ", and <C> <verb> ...": two short items of a list opened by a clause word (read40).
_SERIAL_ITEMS = re.compile(r"(?:^|\b(?:" + lang.SERIAL_SUBJECT_OPENERS_RE + r")\s+)([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?),\s+([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)$")


def serial_subject(before: str, rest: list[str], verb_like) -> bool:
    """`before` ends with two short list items after a clause word ("... in Tarne where doctors, nurses") and `rest`
    (the words after ", and") holds a third of one to three words, then a verb: the three are the clause's subject
    ("... where doctors, nurses, and carers have come together"), no clause of its own after "and" (read40)."""
    m = _SERIAL_ITEMS.search(before.rstrip(", "))
    if m is None or any(w.lower() in lang.FUNCTION_WORDS for w in (m.group(1) + " " + m.group(2)).split()):
        return False
    k = next((i for i, w in enumerate(rest) if w in lang.AUXILIARY_VERBS or verb_like(w, rest[i - 1] if i else "")), None)
    return k is not None and 1 <= k <= 3 and not any(w in lang.FUNCTION_WORDS - lang.DETERMINERS for w in rest[:k])


def inner_question_tag(text: str, start: int, end: int) -> bool:
    """text[start:end] goes on a quotation opened before it, closes it with a question or an exclamation and adds only
    its tag ('“Who runs this? A zoo?” he said, raising a laugh.', split after "this?"): the speaker's question, no
    statement (basil45: the claim showed the second question and its tag, its opening mark dropped)."""
    m = re.compile(r"[?!][”\"]\s+").search(text, start, end)
    return m is not None and not re.search(r"[“\"]", text[start:m.start()]) and quote_tag_only(text, m.end(), end, manner=True)

# -- a four-word statement of a count (digest58) ------------------------------------------------------------
# A four-word statement of a count: "<Name> has 214 stores.", "<Name> runs 12 pools." (issue 15; digest58).
#
# picks.is_claim_text keeps a sentence of five words or more (thresholds.CLAIM_MIN_WORDS): shorter lines are mostly
# labels, captions and fragments. A business story's or a profile's closing line often states a body's size in four
# words, and a count the digest can set against another outlet's ("<Name>, founded in <year>, has 214 stores and ...")
# was lost. Kept here: exactly four words, a capitalised subject that is no pronoun or determiner, a present
# third-person verb ("has", or a lower-case word in -s), a count in digits, a lower-case noun, a full stop. Near
# misses: "It has 214 stores." (a pronoun), "Shares fell 3 percent." (no present verb: mostly a table's line), "Three
# more died." (no digits).
_SHAPE = re.compile(r"(?P<subj>[A-Z][\w'’-]+)\s+(?P<verb>has|[a-z]{2,}s)\s+\d{1,3}(?:,\d{3})*\s+[a-z][a-z-]+\.")


# The same for a dated event told in four words: "<Name> died in 1889.", "<Name> opened in 1962." (digest59: a wire's
# "<painter> died in <year>." was no claim and the other outlet's year went unmatched). A capitalised subject that is
# no pronoun or determiner, a past verb in -ed, "in" and a year. Near misses: "He died in 1889." (a pronoun), "Shares
# fell in 2019." (no -ed), "Founded in 1887." (three words).
_DATED = re.compile(r"(?P<subj>[A-Z][\w'’-]+)\s+(?P<verb>[a-z]{2,}ed)\s+in\s+(?:1[6-9]|20)\d\d\.")


def short_count(part: str) -> bool:
    """The four-word sentence `part` states a body's count, or a dated event (comments above)."""
    m = _SHAPE.fullmatch(part.strip()) or _DATED.fullmatch(part.strip())
    if m is None:
        return False
    subj = m.group("subj").lower()
    return subj not in lang.SUBJECT_PRONOUNS and subj not in lang.DETERMINERS and m.group("verb") not in lang.BE_FORMS \
        and not m.group("verb").endswith("ss")
