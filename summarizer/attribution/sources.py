"""How a claim's source is written and read: names, descriptions, acronyms, and whether a text
reports someone. Used by `reconcile` (the model's `attributed_to` against the analysis).

Word lists come from `summarizer.lang` (reporting verbs and nouns, determiners, titles)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import lang, rules, thresholds
from ..ground import normalize, source_named_in
from .analysis import analyze
from .certainty_marks import unconfirmed
from .relations import Attributions, Relation

#: Words that show a source saying, holding or publishing something: cue verbs used as verbs,
#: and with them statement nouns and published findings (GUIDELINES §13: polls and forecasts
#: are sources).
REPORTING_VERBS = (lang.CUE_VERBS - lang.WEAK_CUES | lang.SAYING_PARTICIPLES | lang.EVALUATION_VERBS
                   | lang.REPORTING_WORDS | lang.CONVEYING_VERBS)
REPORTING = REPORTING_VERBS | lang.NOUN_CUES | lang.STATEMENT_NOUNS | lang.REPORTED_OUTPUTS


def hedged(text: str) -> bool:
    """The text hedges itself: "reportedly", "were reported", "unconfirmed" (certainty.unconfirmed)."""
    return unconfirmed(" ".join(text.lower().replace("’", "'").split()))


def same_entity(text: str, who: str, rel: Relation, analysis: Attributions, start: int) -> bool:
    """The analysis's source and the model's can be one entity written two ways: the analysis's
    names are part of the model's ("the U.S. Attorney's Office"), they end in the same name
    ("Port Director Berg", "Anna Berg"; not "Anna Berg", "Lars Berg"),
    one is the other's acronym ("the WHO"), or the analysis has only a description ("the
    four-term congressman", "a new poll", "the South Carolina senator") that names no other
    source of the article and the model's source is named nearby (before the evidence, or in
    the two sentences after it: "A new poll shows ... The Reuters/Ipsos poll ...").
    A description names another source when its words hold that source's last name word ("the
    Perry campaign" and "Rick Perry"); a place word it shares with a longer name is no such name
    ("A New York judge" and "The New York Times")."""
    mine, theirs = name_words(who), name_words(rel.name) or name_words(rel.source)
    if theirs and set(theirs) <= set(mine):
        return True
    if mine and theirs and mine[-1] == theirs[-1]:
        a, b = given_name(who), given_name(rel.name)
        if a == b or (a is None or b is None) and given_names(text, mine[-1]) <= {a or b}:
            return True  # "Port Director Berg" is not "Lars Berg" when the article also has "Anna Berg"
    for a, b in ((who, speaker_of(rel.name)), (who, speaker_of(rel.source)), (rel.name, speaker_of(who))):
        acronym = initials(a)
        if len(acronym) >= 2 and re.fullmatch(rf"(?:the\s+)?{acronym}", b.strip(), re.I):
            return True
    if not description(rel.source):
        return False
    words = rel.source.split()
    if words[0].lower() in ("his", "her") and (who.split()[0].lower() in lang.DESCRIPTION_DETERMINERS
                                             or any(w.lower() in lang.ORG_HEADS for w in who.split())):
        return False  # "her submission" is a person's, not "The New York Times'"
    if any(heads[-1] in theirs and heads[-1] not in mine
           for heads in (name_words(r.name) for r in analysis.relations if r.name != rel.name) if heads):
        return False  # "the Perry campaign": a name of another source
    return mentions(text[:start], who) or mentions(text[start:start + thresholds.DESCRIPTION_AHEAD_CHARS], who)


def description(source: str) -> bool:
    """A source written as a description, not a name: a determiner, then words whose head (the
    last word before a preposition) is lower-case ("the South Carolina senator", "A new poll")."""
    words = source.split()
    if not words or words[0].lower() not in lang.DESCRIPTION_DETERMINERS:
        return False
    head = words[1:]
    for i, w in enumerate(head):
        if w.lower() in lang.PREPOSITIONS or w.lower() in ("of", "to"):
            head = head[:i]
            break
    return bool(head) and head[-1][:1].islower() and words[-1][:1].islower() \
        and head[-1].lower() not in lang.STATEMENT_NOUNS


def given_name(name: str) -> str | None:
    """The given name before a surname ("Donald" of "Donald Trump"), None after a title or alone:
    two people of one family are not one entity."""
    words = [w.strip(".,") for w in name.split()]
    if len(words) < 2 or not words[-2][:1].isupper() or words[-2].lower().rstrip(".") in lang.PERSON_TITLES \
            or words[-2].lower() in lang.TITLE_WORDS:
        return None
    return words[-2].lower()


def name_words(text: str) -> list[str]:
    """Capitalised name words in order, lower-cased, possessives stripped (rules.names' words)."""
    found = rules.names(text)
    words = [re.sub(r"[’']s$", "", w).lower() for w in re.findall(r"[\w'’.-]+", text)]
    return [w for w in words if w in found]


def text_speaker(claim: str) -> str | None:
    """Who the claim's own text says speaks: the subject of a frame that opens it ("Berg said
    ...", "Jane Doe's statement said ..."), as the analysis reads the text alone, else the names
    it opens with when it reports with a verb ("The ministry alleges ..."); None without one."""
    if not claim:
        return None
    for r in analyze(claim).relations:
        if not (r.source_span and r.source_span[0] <= 2 and r.name and len(r.source.split()) <= 10):
            continue
        owner = re.match(r"(.+?)[’']s\s+(\w+)", r.source)  # "Jane Doe's statement said ..."
        if owner and owner.group(2).lower() not in lang.STATEMENT_NOUNS | lang.REPORTED_OUTPUTS:
            continue  # "Smith's new ad highlights ...": a thing, not a speaker
        name = owner.group(1) if owner else r.name
        if name.lower() not in lang.PRONOUNS and (owner or agent(name)) and rules.names(name):
            return name
    run = opening_names(claim)
    if not run or not rules.names(run) or not agent(run):
        return None
    rest = re.findall(r"[a-z]+|[^\sa-z]", claim[claim.find(run) + len(run):].lower())
    while rest and rest[0] in lang.CUE_MODIFIERS:
        if rest[0] in lang.BE_FORMS:
            return None  # "Firefighters were reported to ...": a passive, not a speaker
        rest = rest[1:]
    said = rest and (rest[0] in REPORTING_VERBS or rest[0] in lang.WEAK_CUES and len(rest) > 1
                     and rest[1] in lang.WEAK_CUE_FOLLOWERS)
    return run if said or publishes(claim) else None  # "The ministry alleges ...", not "Riverton became ..."


def opening_names(claim: str) -> str | None:
    """The capitalised words a claim opens with, after an opener ("On Tuesday,") and a
    determiner; None when they own what follows ("Jane Doe's plan")."""
    body = re.sub(r"^[^,]{1,40},\s+", "", claim.strip()).split()
    if body and body[0].lower() in lang.DESCRIPTION_DETERMINERS:
        body = body[1:]
    run = []
    for w in body:
        if not w[:1].isupper():
            break
        run.append(w)
    if not run or re.search(r"[’']s$", run[-1]):
        return None
    return re.sub(r"[,;:]+$", "", " ".join(run)) or None


def agent(phrase: str) -> bool:
    """The phrase can be a source: its head (the last word before a preposition) is a name, a
    person or an organisation ("The city administration", "the WHO report"), not an event or
    a thing ("The storm damage in ...", "Smith's new campaign ad")."""
    words = re.findall(r"[\w'’.-]+", phrase)
    for i, w in enumerate(words[1:], 1):
        if w.lower() in lang.PREPOSITIONS or w.lower() in ("of", "to"):
            words = words[:i]
            break
    head = re.sub(r"[’']s$", "", words[-1]) if words else ""
    return head[:1].isupper() or head.lower() in (lang.ORG_HEADS | lang.PERSON_NOUNS | lang.TITLE_WORDS
                                                  | lang.STATEMENT_NOUNS | lang.REPORTED_OUTPUTS)


def reports(text: str, nouns: bool = True) -> bool:
    """The text reports someone: a cue verb (or its -ing form) used as a verb, a hedge
    ("reportedly", "were reported"), and with `nouns` a statement noun or a published finding
    ("forecast"). Verb use: not capitalised mid-text ("the United States"), not after a
    determiner or a possessive ("its estimate"), a weak or narrow cue only before the words
    that make it report ("called for", "spoke of": lang.WEAK_CUE_FOLLOWERS, lang.NARROW_CUES)."""
    words = REPORTING if nouns else REPORTING_VERBS
    tokens = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", text)
    low = [t.lower() for t in tokens]
    for i, w in enumerate(low):
        nxt, prev = (low[i + 1] if i + 1 < len(low) else ""), (low[i - 1] if i else "")
        if i and tokens[i][:1].isupper() or w in lang.NARROW_CUES and nxt not in lang.NARROW_CUES[w]:
            continue
        if w in lang.WEAK_CUES:
            if nxt in lang.WEAK_CUE_FOLLOWERS:
                return True
            continue
        if not (w in words or (w.endswith("ing") and (w[:-3] in words or w[:-3] + "e" in words))):
            continue
        if nouns and w in REPORTING - REPORTING_VERBS:
            return True
        if prev not in lang.DETERMINERS and prev not in ("'", "’") and not (prev == "s" and i > 1 and low[i - 2] in ("'", "’")):
            return True
    return hedged(text)


def publishes(text: str) -> bool:
    """The text names a published finding: a forecast, a poll (lang.REPORTED_OUTPUTS)."""
    return any(w in lang.REPORTED_OUTPUTS for w in re.findall(r"[a-z]+", text.lower()))


def leads(claim: str, who: str) -> bool:
    """The claim's text opens with `who` as its subject (after an opener such as "On Tuesday,"),
    not as the owner of something else ("Jane Doe's plan ...")."""
    run = opening_names(claim)
    if not run:
        return False
    theirs = {w.lower() for w in re.findall(r"[A-Z][\w/.-]*", who)} | {initials(who).lower()}
    return bool({re.sub(r"[^\w/.-]", "", w).lower() for w in run.split()} & theirs)


def fullest(text: str, name: str) -> str:
    """The fullest form of `name` the article gives (GUIDELINES §6): an acronym's expansion
    ("World Health Organization" for "WHO"), a person's name with its given name ("Anna
    Berg" for "Mayor Berg"); `name` itself when there is none, or more than one ("Anna Berg" and
    "Lars Berg": "Mayor Berg" may be either)."""
    words = name.split()
    if not words:
        return name
    last = words[-1]
    if re.fullmatch(r"[A-Z]{2,6}", last) and len(words) <= 2:  # "WHO", "the WHO"
        for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][a-z]+){1,5}\b", text):
            phrase = m.group(0).strip()
            if initials(phrase) == last:
                return phrase
        return name
    if len(words) > 4 or not re.fullmatch(r"[A-Z][a-z’'-]+", last) or last.lower() in lang.ORG_HEADS:
        return name
    given = [m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(last)}\b", text)
             if m.group(1).lower() not in lang.PERSON_TITLES | lang.TITLE_WORDS | lang.NOT_NAMES]
    if len(set(given)) == 1 and not given_name(name):  # two given names: two people, either may be meant
        return f"{given[0]} {last}"
    return name


def given_names(text: str, last: str) -> set[str]:
    """The given names, lower-cased, the text writes before the surname `last` (any case): two
    people of one family ("Anna Berg", "Lars Berg")."""
    return {m.group(1).lower() for m in re.finditer(rf"\b([A-Z][a-z]+)\s+(?i:{re.escape(last)})\b", text)
            if m.group(1).lower() not in lang.PERSON_TITLES | lang.TITLE_WORDS | lang.NOT_NAMES}


def mentions(text: str, who: str) -> bool:
    """`who` is named in `text` (ground.source_named_in), or by its acronym ("WHO")."""
    acronym = initials(who)
    words = who.split()
    if len(words) > 1 and words[-1].islower() and not re.search(rf"\b{re.escape(words[-1])}\b", text, re.I):
        return False  # "Smith's lawyers" is not named by "Smith"
    return source_named_in(text, who) or (len(acronym) >= 2 and re.search(rf"\b{acronym}\b", text) is not None)


def speaker_of(name: str) -> str:
    """The source of "The WHO report", "Smith's statement": the name without a statement noun."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in lang.STATEMENT_NOUNS:
        words = words[:-1]
    return re.sub(r"[’']s$", "", " ".join(words))


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", name) if w.lower() not in lang.NAME_INNER_WORDS)


def same_source(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(normalize(a), normalize(b)) >= thresholds.SPEAKER_AGREEMENT
