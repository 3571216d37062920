"""Whose claim it is: the model's `attributed_to` reconciled with the article's attribution analysis.

`reconcile(src, start, end, who, analysis, trusted)` decides the source shown for a claim whose
evidence is `src.text[start:end]` and returns a `Decision`: the source kept, what the model and
the analysis said, and why. The analysis (`attribution.analyze`, once per article) gives the
relation whose content covers the evidence, or none (the outlet's own voice).

On the bundled model (`trusted` False) the analysis decides, as before: the small model copies
its prompt's example. On a capable endpoint (`trusted`, settings.trust_model_labels) both are read:

1. A source the article never names (or an empty answer) gives way to the analysis.
2. The same source on both sides, or the same entity written two ways ("Mr. Smith" for "Jane
   Smith", "IMF" for "International Monetary Fund", a description such as "the four-term
   congressman" for a name the article gave before the evidence): the model's, the fuller name.
3. The analysis is *sure* when its relation's frame is part of the evidence (the source or the
   cue word lies inside it: "X said ...", "..., she told reporters"), the evidence is quoted
   speech (a direct quotation), or, for a hedged report with no source ("reportedly", "were
   reported"), the hedge is in the evidence. A sure analysis wins over any other answer of the
   model, the outlet's voice included.
4. Otherwise the evidence is a piece of an attributed sentence without its frame (an appositive,
   a relative clause, an add-on after the statement, a clause after a semicolon: "Podolsk, a city
   24 miles south of ...", "Putin, who ordered ..."): the model's "article" stands, and a named
   source of the model stands when it is named in the evidence or the sentence before it.
5. When the analysis finds no source, the model's named source stands only where the text shows
   that source saying something: it is named in the evidence or the sentence before, and the
   evidence holds a reporting word (`speaks_in`). A name the claim is merely *about* ("Ukraine
   pounded ...") is not its source: the outlet's voice is kept.

Every disagreement on a trusted backend is returned with what was kept (`Decision.note`); the
pipeline shows it among the article's warnings.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .. import lang, rules, thresholds
from ..ground import normalize, source_named, source_named_in
from ..schema import ARTICLE_VOICE
from .analysis import analyze
from .certainty import unconfirmed
from .relations import Attributions, Relation

#: Words that show a source saying, holding or publishing something: cue verbs and their -ing
#: forms, statement nouns, and the outputs a source publishes (GUIDELINES §13: polls and
#: forecasts are sources).
REPORTING_VERBS = (lang.CUE_VERBS - lang.WEAK_CUES | lang.SAYING_PARTICIPLES | lang.EVALUATION_VERBS
                   | lang.REPORTING_WORDS | lang.CONVEYING_VERBS)
REPORTING = REPORTING_VERBS | lang.NOUN_CUES | lang.STATEMENT_NOUNS | lang.REPORTED_OUTPUTS
_OWN_VOICE = (ARTICLE_VOICE, "the article")
_GENERIC = re.compile(rf"^(?:{lang.GENERIC_SOURCES_RE})$", re.I)
#: How far after the evidence a description's referent may be named (two sentences or so).
_AHEAD = 400


@dataclass(frozen=True)
class Decision:
    source: str  # what is shown as `attributed_to`
    model: str  # what the model said
    analysis: str  # the analysis's source, or ARTICLE_VOICE
    why: str  # which rule decided

    @property
    def disagreed(self) -> bool:
        return not _same(self.model, self.analysis)

    def note(self, start: int, end: int) -> str:
        """The warning a user sees: both answers and the one kept."""
        return (f"attribution of characters {start}-{end}: model said {self.model!r}, analysis "
                f"{self.analysis!r}; kept {self.source!r} ({self.why})")


def reconcile(src, start: int, end: int, who: str, analysis: Attributions, trusted: bool,
              claim: str = "") -> Decision:
    """The source shown for the evidence [start, end) of a claim whose text is `claim` (see the
    module docstring). `src`: a ground.Text (or Document) over the article."""
    who = " ".join(who.split())
    rel = analysis.relation_for(start, end)
    if rel is not None and not source_named(src, rel.name):
        rel = whole_source(src.text, rel)
    theirs = rel.name if rel is not None else ARTICLE_VOICE
    low = who.lower()

    def keep(source: str, why: str) -> Decision:
        shown = source if source == who or not trusted else fullest(src.text, source)
        return Decision(shown, who, theirs, why)

    if not trusted or low in lang.NO_SOURCE_ANSWERS and low not in _OWN_VOICE or not source_named(src, who):
        return keep(theirs, "the analysis")
    evidence, context = src.text[start:end], src.context(start, end)
    firm = rel is not None and sure(src.text, rel, start, end) and not (
        low not in _OWN_VOICE and mentions(context, who) and unsure_frame(rel))
    if low in _OWN_VOICE:
        if firm and reports(claim or evidence):
            return keep(theirs, "the evidence holds the analysis's frame")
        return keep(ARTICLE_VOICE, "no frame in the evidence" if rel else "both")
    if _GENERIC.match(who) and hedged(claim or evidence):
        return keep(who, "a hedged report with no named source")
    if not firm and not reports(claim or evidence):
        return keep(ARTICLE_VOICE, "neither the claim nor the evidence frame reports anyone")
    if rel is not None and (_same(who, rel.name) or same_entity(src.text, who, rel, analysis, start)
                            or not source_named(src, rel.name)):  # a fragment the check would reject
        return keep(who, "the same source")
    told = text_speaker(claim)
    if told and not _same(told, who) and mentions(src.text[_lookback(src, start):end], told):
        decided = reconcile(src, start, end, told, analysis, trusted, claim)  # the model's text names the speaker
        return keep(decided.source, f"the claim's text says {told!r}; {decided.why}")
    if firm:
        return keep(theirs, "the evidence holds the analysis's frame")
    named = mentions(context, who) or mentions(claim, who)
    if rel is not None:
        return keep(who, "named in the evidence or the sentence before") if named else keep(theirs, "the analysis")
    if named and (reports(evidence, nouns=False) or reports(claim, nouns=False)
                  or leads(claim, who) and publishes(claim)):
        return keep(who, "named there, with a reporting word")
    return keep(ARTICLE_VOICE, "no reporting word in the evidence")


def whole_source(text: str, rel: Relation) -> Relation:
    """A source the analysis cut short at an abbreviation's full stop ("the U.S" of "According
    to the U.S. Attorney's Office, ..."), read on to the next comma (at most eight words)."""
    if not rel.source_span:
        return rel
    a, b = rel.source_span
    m = re.match(r"[^,;:\n“”\"]{0,80}?(?=[,;:\n“”\"]|$)", text[a:a + 120])
    whole = m.group(0).strip() if m else ""
    if len(whole) <= b - a or len(whole.split()) > 8 or not whole.startswith(text[a:b].strip()):
        return rel
    return dataclasses.replace(rel, name=whole, source=whole, source_span=(a, a + len(whole)))


def unsure_frame(rel: Relation) -> bool:
    """A frame whose source the analysis may have got wrong, so that a model's source named right
    there wins: a pronoun it resolved ("he said"), a name after "told"/"asked" (the addressee:
    "..., a spokesman told the newspaper"), or a hedge with no source ("reportedly")."""
    if not rel.cue or rel.source.lower() in lang.PRONOUNS:
        return True
    return rel.cue.lower() in lang.ADDRESSEE_VERBS and bool(rel.source_span and rel.cue_span) \
        and rel.source_span[0] >= rel.cue_span[1]


def hedged(text: str) -> bool:
    return unconfirmed(" ".join(text.lower().replace("’", "'").split()))


def _lookback(src, start: int) -> int:
    """Where the three sentences before `start` begin (a claim's own text resolves pronouns)."""
    before = [s for s in src.sentences if s.start < start]
    return before[-3].start if len(before) >= 3 else 0


def sure(text: str, rel: Relation, start: int, end: int) -> bool:
    """The analysis's relation is read off the evidence itself: its cue word is inside it, it is
    quoted speech, or (a hedged report without a source) the hedge is in it."""
    if not rel.cue:  # "reportedly", "fires were reported": the hedge must be in the evidence
        return unconfirmed(" ".join(text[start:end].lower().replace("’", "'").split()))
    if rel.kind == "direct":
        return True
    return rel.cue_span is not None and min(end, rel.cue_span[1]) > max(start, rel.cue_span[0])


def same_entity(text: str, who: str, rel: Relation, analysis: Attributions, start: int) -> bool:
    """The analysis's source and the model's can be one entity written two ways: the analysis's
    names are part of the model's ("the U.S. Attorney's Office"), they end in the same name
    ("Ukrainian President Zelenskiy", "Volodymyr Zelenskiy"; not "Ivana Trump", "Donald Trump"),
    one is the other's acronym ("the IMF"), or the analysis has only a description ("the
    four-term congressman", "a new poll", "the South Carolina senator") that names no other
    source of the article and the model's source is named nearby (before the evidence, or in
    the two sentences after it: "A new poll shows ... The Reuters/Ipsos poll ...")."""
    mine, theirs = _names(who), _names(rel.name) or _names(rel.source)
    if theirs and set(theirs) <= set(mine):
        return True
    if mine and theirs and mine[-1] == theirs[-1]:
        a, b = _given(who), _given(rel.name)
        if a is None or b is None or a == b:
            return True
    for a, b in ((who, _speaker(rel.name)), (who, _speaker(rel.source)), (rel.name, _speaker(who))):
        initials = _initials(a)
        if len(initials) >= 2 and re.fullmatch(rf"(?:the\s+)?{initials}", b.strip(), re.I):
            return True
    if not description(rel.source):
        return False
    words = rel.source.split()
    if words[0].lower() in ("his", "her") and (who.split()[0].lower() in lang.DESCRIPTION_DETERMINERS
                                             or any(w.lower() in lang.ORG_HEADS for w in who.split())):
        return False  # "her submission" is a person's, not "The New York Times'"
    others = {n for r in analysis.relations if r.name != rel.name for n in _names(r.name)} - set(mine)
    if set(theirs) & others:
        return False  # "the Perry campaign": a name of another source
    return mentions(text[:start], who) or mentions(text[start:start + _AHEAD], who)


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


def _given(name: str) -> str | None:
    """The given name before a surname ("Donald" of "Donald Trump"), None after a title or alone:
    two people of one family are not one entity."""
    words = [w.strip(".,") for w in name.split()]
    if len(words) < 2 or not words[-2][:1].isupper() or words[-2].lower().rstrip(".") in lang.PERSON_TITLES \
            or words[-2].lower() in lang.TITLE_WORDS:
        return None
    return words[-2].lower()


def _names(text: str) -> list[str]:
    """Capitalised name words in order, lower-cased, possessives stripped (rules.names' words)."""
    found = rules.names(text)
    words = [re.sub(r"[’']s$", "", w).lower() for w in re.findall(r"[\w'’.-]+", text)]
    return [w for w in words if w in found]


def text_speaker(claim: str) -> str | None:
    """Who the claim's own text says speaks: the subject of a frame that opens it ("Putin said
    ...", "Jane Doe's statement said ..."), as the analysis reads the text alone, else the names
    it opens with when it reports with a verb ("The Pentagon alleges ..."); None without one."""
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
    run = _opening_names(claim)
    if not run or not rules.names(run) or not agent(run):
        return None
    rest = re.findall(r"[a-z]+|[^\sa-z]", claim[claim.find(run) + len(run):].lower())
    while rest and rest[0] in lang.CUE_MODIFIERS:
        if rest[0] in lang.BE_FORMS:
            return None  # "Firefighters were reported to ...": a passive, not a speaker
        rest = rest[1:]
    said = rest and (rest[0] in REPORTING_VERBS or rest[0] in lang.WEAK_CUES and len(rest) > 1
                     and rest[1] in lang.WEAK_CUE_FOLLOWERS)
    return run if said or publishes(claim) else None  # "The Pentagon alleges ...", not "Kharkiv became ..."


def _opening_names(claim: str) -> str | None:
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
    person or an organisation ("The Obama administration", "the IMF report"), not an event or
    a thing ("The drone assault on ...", "Smith's new campaign ad")."""
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
    run = _opening_names(claim)
    if not run:
        return False
    theirs = {w.lower() for w in re.findall(r"[A-Z][\w/.-]*", who)} | {_initials(who).lower()}
    return bool({re.sub(r"[^\w/.-]", "", w).lower() for w in run.split()} & theirs)


def fullest(text: str, name: str) -> str:
    """The fullest form of `name` the article gives (GUIDELINES §6): an acronym's expansion
    ("International Monetary Fund" for "IMF"), a person's name with its given name ("Volodymyr
    Zelenskyy" for "President Zelenskyy"); `name` itself when there is none."""
    words = name.split()
    if not words:
        return name
    last = words[-1]
    if re.fullmatch(r"[A-Z]{2,6}", last) and len(words) <= 2:  # "IMF", "the IMF"
        for m in re.finditer(r"\b(?:[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)?){2,6}", text):
            phrase = m.group(0).strip()
            if _initials(phrase) == last:
                return phrase
        return name
    if len(words) > 4 or not re.fullmatch(r"[A-Z][a-z’'-]+", last) or last.lower() in lang.ORG_HEADS:
        return name
    given = [m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(last)}\b", text)
             if m.group(1).lower() not in lang.PERSON_TITLES | lang.TITLE_WORDS | lang.NOT_NAMES]
    if given and not _given(name):
        return f"{max(set(given), key=given.count)} {last}"
    return name


def mentions(text: str, who: str) -> bool:
    """`who` is named in `text` (ground.source_named_in), or by its acronym ("IMF")."""
    initials = _initials(who)
    words = who.split()
    if len(words) > 1 and words[-1].islower() and not re.search(rf"\b{re.escape(words[-1])}\b", text, re.I):
        return False  # "Smith's lawyers" is not named by "Smith"
    return source_named_in(text, who) or (len(initials) >= 2 and re.search(rf"\b{initials}\b", text) is not None)


def _speaker(name: str) -> str:
    """The source of "The IMF report", "Smith's statement": the name without a statement noun."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in lang.STATEMENT_NOUNS:
        words = words[:-1]
    return re.sub(r"[’']s$", "", " ".join(words))


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", name) if w.lower() not in lang.NAME_INNER_WORDS)


def _same(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(normalize(a), normalize(b)) >= thresholds.SPEAKER_AGREEMENT
