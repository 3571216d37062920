"""Whose claim it is: the model's `attributed_to` checked against the article's attribution analysis.

`reconcile(src, start, end, who, analysis, trusted, claim)` decides the source shown for a claim
whose evidence is `src.text[start:end]` and whose text is `claim`, and returns a `Decision`: the
source kept, what the model and the analysis said, and which rule decided. The analysis
(`attribution.analyze`, once per article) gives the relation whose content covers the evidence,
or none (the outlet's own voice). Issue 12: "on a capable endpoint it checks the model's
`attributed_to` against the same analysis and says which it kept".

A source the article never names (or an empty answer) gives way to the analysis. On the bundled
model (`trusted` False) the analysis decides (the model's spelling when both name one source):
the small model copies its prompt's example. On a capable endpoint both are read:

1. The analysis is *sure* (`sure`) when the evidence holds its frame's cue ("X said ...", "...,
   she told reporters"), is quoted speech, or, for a hedge with no source ("reportedly"), holds
   the hedge; unless its frame is one it may misread (`unsure_frame`: a pronoun it resolved, the
   addressee of "told", a bare hedge) and the model's source is named right there.
2. The model's "article" stands unless the analysis is sure and the evidence is a quotation or
   the claim reports someone: a
   clause without its frame (an appositive, a relative clause, "..., a city 24 miles south of
   ...") is the outlet's.
3. A generic source ("unnamed sources") stands for a hedged report.
4. A named source whose claim reports no one (no cue verb, statement noun, hedge) is the outlet's
   voice unless the analysis is sure or gives the evidence to that same source (an indirect
   statement's content: "Berg said that the wall would ..." with the evidence "the wall would
   ..."): a name the claim is merely *about* ("X pounded Y") is not its source.
5. The same source on both sides, or one entity written two ways (`sources.same_entity`: "Mr.
   Smith" and "Jane Smith", "the WHO" and "World Health Organization", a description such as
   "the four-term congressman" for a name given nearby): the model's.
6. The claim's own text names another speaker ("Berg said ...", "The ministry alleges ..."):
   that speaker, decided by the same rules (the model's fields disagree; its sentence says who).
7. Otherwise a sure analysis wins; a weaker one yields to a model source named in the evidence
   or the sentence before; with no analysis source, the model's stands when it is named there
   and the claim or evidence reports with a verb (or the claim opens with it and names its
   forecast or poll), else the outlet's voice.

Sources the analysis or the claim's text supplies are shown in the fullest form the article
gives (`sources.fullest`: "World Health Organization" for "WHO", "Anna Berg" for
"Mayor Berg"). Every disagreement is returned with what was kept (`Decision.note`);
the pipeline shows it among the article's warnings (`ArticleSummary.warnings`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .. import lang
from ..ground import source_named
from ..schema import ARTICLE_VOICE
from .certainty_marks import unconfirmed
from .relations import Attributions, Relation
from .sources import fullest, hedged, leads, mentions, publishes, reports, same_entity, same_source, text_speaker

_OWN_VOICE = (ARTICLE_VOICE, "the article")
_GENERIC = re.compile(rf"^(?:{lang.GENERIC_SOURCES_RE})$", re.I)


@dataclass(frozen=True)
class Decision:
    source: str  # what is shown as `attributed_to`
    model: str  # what the model said
    analysis: str  # the analysis's source, or ARTICLE_VOICE
    why: str  # which rule decided
    backed: bool = False  # the analysis gives the evidence to this source (the same source, or one entity)

    @property
    def disagreed(self) -> bool:
        return not same_source(self.model, self.analysis)

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
    if trusted and rel is not None and not source_named(src, rel.name):
        rel = whole_source(src.text, rel)
    theirs = rel.name if rel is not None else ARTICLE_VOICE
    low = who.lower()

    def keep(source: str, why: str) -> Decision:
        shown = source if source == who or not trusted else fullest(src.text, source)
        backed = rel is not None and (source == theirs or why == "the same source" or same_source(source, theirs))
        return Decision(shown, who, theirs, why, backed)

    if low in lang.NO_SOURCE_ANSWERS and low not in _OWN_VOICE or not source_named(src, who):
        return keep(theirs, "the analysis")
    if not trusted:  # the bundled model: the analysis decides; the model's spelling when they agree, unless shorter
        # ("Strada" of "Terry Strada": the article's fuller name, as its other claims show it; lead44)
        return keep(who if rel is not None and low not in _OWN_VOICE and same_source(who, rel.name)
                    and len(who) >= len(rel.name) else theirs, "the analysis")
    evidence, context = src.text[start:end], src.context(start, end)
    firm = rel is not None and sure(src.text, rel, start, end) and not (
        low not in _OWN_VOICE and mentions(context, who) and unsure_frame(rel))
    if low in _OWN_VOICE:
        if firm and (rel.kind == "direct" or reports(claim or evidence)):  # a quotation reports
            return keep(theirs, "the evidence holds the analysis's frame")
        return keep(ARTICLE_VOICE, "no frame in the evidence" if rel else "both")
    if _GENERIC.match(who) and hedged(claim or evidence):
        return keep(who, "a hedged report with no named source")
    if rel is not None and same_source(who, rel.name):  # both readings give the evidence to one source
        return keep(who, "the same source")
    if not firm and not reports(claim or evidence):
        return keep(ARTICLE_VOICE, "neither the claim nor the evidence frame reports anyone")
    if rel is not None and (same_source(who, rel.name) or same_entity(src.text, who, rel, analysis, start)
                            or not source_named(src, rel.name)):  # a fragment the check would reject
        return keep(who, "the same source")
    told = text_speaker(claim)
    if told and not same_source(told, who) and mentions(src.text[_lookback(src, start):end], told):
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
    whole = m.group(0).strip().rstrip(".") if m else ""
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
