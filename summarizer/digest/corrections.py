"""Cross-article alignment, corrections inside one article (issue 15, conf7).

News prose corrects a source's account in the sentence right after it, without a denial verb
and often without naming the source again:

* an opening that sets the record straight (lang.CORRECTION_OPENERS): "We're the only country
  where ...," Mr. Doe said. / "In fact, at least 30 other countries grant ..."; "the talks ended in
  January, she told lawmakers. In fact, according to prosecutors, they continued until June";
* an opening that calls what was just said false, with a pointer back as its subject
  (lang.POINTER_FALSITY_RE): "That is not true," the spokesman said; also when the same speaker
  has just told a named person's account (conf23: "Mayor Ostrand falsely claimed the bridge was
  inspected. That is not true," Holm said.): the account is the named person's, not the speaker's;
* another number for the figure just given, named by a pointer back (lang.FIGURE_NOUNS):
  "Organizers said 50,000 people marched. Police put the figure at 12,000."; "... said the
  number was closer to $9 million"; "The harbour master had a higher count: 41" (digest30).

The corrected account is the claim told just before, by one other side: walking back from the
correction (at most WITHIN_REACH claims), over claims of that one side only, it is the nearest
that shares a content word with the correction besides both speakers' names (the pointer form
needs none: it points at the claim right before; the figure form needs a number of the other
claim that it does not give, in the same currency or none). A claim of the corrector's own side, or of a
third side, in between ends the walk: the correction then continues the corrector's own point
("In fact" inside one speaker's quotation), or answers something else.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, part_of, side_of
from .pairs import Features, same_source, source_words
from .predicates import shared_about

__all__ = ["correction", "correction_kind", "corrections", "told_account"]

_LEAD = re.compile(r"^[\s“\"‘'(—–-]+")
_OPENER = re.compile(r"(?:" + "|".join(re.escape(o) for o in sorted(lang.CORRECTION_OPENERS, key=len, reverse=True))
                     + r")\s*,", re.I)
_POINTER_FALSE = re.compile(lang.POINTER_FALSITY_RE, re.I)
#: A verdict on the account just told, named by a determiner and an account noun, at the start or
#: after a saying verb ("But the excuses for the late audit were unpersuasive", "the inspector
#: said the explanation was unconvincing"; conf23). Not a possessive name ("Lee's comments were
#: wrong" may judge any earlier account). It judges the nearest earlier claim of another side that
#: does not itself react to an account (_REACTS: "Ortt said Pike must answer these charges").
_VERDICT = re.compile(r"(?:^|\b" + lang.REBUTTAL_SAYING_RE + r"\s+(?:that\s+)?)(?:but\s+)?(?:" + lang.VERDICT_DETERMINERS_RE
                      + r")\s+(?:[\w’'-]+\s+)?(?:" + "|".join(sorted(lang.ACCOUNT_NOUNS | set(lang.EXCUSE_NOUNS)))
                      + r")(?:\s+(?:" + lang.VERDICT_LINKS_RE + r")(?:\s+[\w’'-]+){1,4}?)?\s+(?:" + lang.VERDICT_BE_RE
                      + r")\s+(?:\w+ly\s+)?[“\"‘']?(?:"
                      + lang.FALSITY_RE + "|" + lang.UNCONVINCING_RE + r")\b", re.I)
#: A sentence adverb before the pointer ("Officially, that is not true").
_SENTENCE_ADVERB = re.compile(r"^[A-Z][a-z]+ly,\s+")
_QUESTION = re.compile(r"\?\s*[”\"]?\s*$")
_FIGURE_NOUN = r"(?:" + "|".join(lang.FIGURE_NOUNS) + r")"
_CORRECTOR = r"(?:" + "|".join(re.escape(w) for w in sorted(lang.FIGURE_CORRECTORS, key=len, reverse=True)) + r")"
_FIGURE = re.compile(r"\b(?:(?:" + "|".join(lang.FIGURE_DETERMINERS) + r")\s+(?:(?:" + "|".join(lang.FIGURE_QUALIFIERS)
                     + r")\s+)?" + _FIGURE_NOUN + r"\s+(?:(?:" + "|".join(lang.FIGURE_VERBS) + r")\s+(?:" + _CORRECTOR
                     + r"\s+)*|at\s+)|\bput(?:s|ting)?\s+the\s+" + _FIGURE_NOUN + r"\s+at\s+(?:" + _CORRECTOR
                     + r"\s+)*|\b(?:" + "|".join(lang.FIGURE_HOLDING_VERBS) + r")\s+an?\s+(?:" + "|".join(lang.FIGURE_OTHER_ADJECTIVES)
                     + r")\s+" + _FIGURE_NOUN + r"\s*(?:[:,]|of|at)?\s*)[$£€]?\d", re.I)
_SAID = re.compile(r"\s+(?:" + lang.FIGURE_GIVERS_RE + r")(?:\s+that)?$")
#: A speaker's sentence that tells a named person's account: capitalised words, an adverb at most
#: ("falsely"), a verb of trying at most, then a saying or claiming verb ("Governor Vale falsely tried to suggest").
_REACTS = re.compile(r"\b(?:" + "|".join(lang.REBUTTAL_POINTERS) + r")\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(sorted(
    n for n in lang.ACCOUNT_NOUNS | lang.REBUTTAL_OBJECT_NOUNS | set(lang.EXCUSE_NOUNS) if not n.endswith(("ed", "ing"))))
    + r")\b", re.I)
_TELLS = re.compile(r"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+(?:[a-z]+ly\s+)?(?:(?:"
                    + "|".join(lang.ACCOUNT_ATTEMPT_LEADS) + r")\s+)?(?:" + "|".join(sorted(lang.SPEECH_VERBS | lang.CLAIM_VERBS)) + r")\b")


def told_account(g: Features, r: Features) -> str:
    """Who `g`, a claim of `r`'s speaker, says said something ("Mayor Ostrand claimed ..." ->
    "Mayor Ostrand"), or '' (the speaker's own account, a pronoun, the speaker named)."""
    m = _TELLS.match(_LEAD.sub("", g.claim.text))
    if m is None:
        return ""
    who = m.group("who")
    if who.split()[0].lower() in lang.PERSONAL_PRONOUNS or source_words(who) & source_words(r.source):
        return ""
    return who


def correction_kind(f: Features) -> str | None:
    """"opener" when the claim opens by correcting ("In fact, ..."), "pointer" when it opens by
    calling what was just said false ("That is not true"), "verdict" when it judges an account
    named by a noun ("the explanation was unconvincing"), "figure" for another number, else None. Both the claim's text and
    its evidence are read (the text may have dropped a leading "But")."""
    for text in (f.claim.text, f.claim.evidence.quote):
        t = _LEAD.sub("", text)
        if _OPENER.match(t):
            return "opener"
        if _POINTER_FALSE.match(_SENTENCE_ADVERB.sub("", t)):  # "Officially, this wasn't correct."
            return "pointer"
        if _VERDICT.search(t):  # "But the excuses for the late audit were unpersuasive"
            return "verdict"
    return "figure" if _FIGURE.search(f.claim.text) else None


def _corrector(r: Features) -> str:
    """Who corrects: the claim's source, or, in the article's voice, the words before the
    pointer's verb ("Police put the figure at 12,000" -> "Police")."""
    if r.source != ARTICLE_VOICE:
        return r.source
    m = _FIGURE.search(r.claim.text)
    who = _SAID.sub("", r.claim.text[:m.start()].strip(" ,")) if m else ""
    return who if who[:1].isupper() and len(who.split()) <= 6 else r.source


def _other_figure(g: Features, r: Features) -> bool:
    """`g` gives a number `r` does not, and `r` one `g` does not, both in a currency or neither."""
    return bool(g.all_numbers - r.all_numbers) and bool(r.all_numbers - g.all_numbers) \
        and (_MONEY.search(g.claim.text) is None) == (_MONEY.search(r.claim.text) is None)


_MONEY = re.compile(r"[$£€]\s?\d")


def _own_side(g: Features, r: Features) -> bool:
    if ARTICLE_VOICE == g.source == r.source:
        return True
    return g.source != ARTICLE_VOICE and r.source != ARTICLE_VOICE and (
        same_source(g, r) or side_of(g.source) == side_of(r.source))


def _quoted_just_before(g: Features, r: Features) -> bool:
    """`g` is a named speaker's quotation in the sentence right before the correction `r` (only
    white space between their evidence): what "In fact, ..." sets straight, even in other words."""
    gap = r.claim.evidence.start - g.claim.evidence.end
    return g.source != ARTICLE_VOICE and 0 <= gap <= _ADJACENT_GAP and _QUOTE_MARK.search(g.claim.evidence.quote) is not None \
        and _account_of_fact(g)


def _account_of_fact(g: Features) -> bool:
    """A claim that tells how things are: CLAUSE_MIN_WORDS content words or more besides its speaker's
    name, no modal and no "has to" ("It has to end." is a call, which no fact sets straight)."""
    toks = _WORDS.findall(g.claim.text.lower())
    if any(t in lang.MODALS or (t in lang.OBLIGATION_VERBS and nxt == "to") for t, nxt in zip(toks, toks[1:] + [""])):
        return False
    return len(g.words - source_words(g.source)) >= thresholds.CLAUSE_MIN_WORDS


#: The most characters between the end of a quotation's sentence and the correction after it
#: (a space, a line break, a closing mark).
_ADJACENT_GAP = 3
_QUOTE_MARK = re.compile(r"[“”\"]")
_WORDS = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def correction(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` of one article (in text order) corrects the account told just before it: (the
    account, the correction, judgment), or None."""
    r = fs[i]
    kind = correction_kind(r)
    if kind is None or _QUESTION.search(r.claim.text):
        return None
    side, best = None, None
    for g in reversed(fs[max(0, i - thresholds.WITHIN_REACH):i]):
        if part_of(g, r):
            continue
        if _own_side(g, r):
            who = told_account(g, r) if kind == "pointer" and g is fs[i - 1] and r.source != ARTICLE_VOICE else ""
            if who:  # "Mayor Ostrand falsely claimed ... That is not true," Holm said.
                return g, r, Judgment("assertion", f"in one article, {_corrector(r)} calls {who}'s account false",
                                      about=shared_about(g, r, source_words(g.source) | source_words(who)))
            break  # the corrector's own words come between: "In fact" goes on with its own point
        if side is None:
            side = side_of(g.source)
        elif side_of(g.source) != side:
            break  # a third side: the correction answers someone else, or no one
        if _QUESTION.search(g.claim.text) or tuple(sorted((g.index, r.index))) in taken:
            continue
        speakers = source_words(g.source) | source_words(r.source)
        weight = sum(min(g.weights[w], r.weights[w]) for w in g.words & r.words if w not in speakers)
        if kind == "pointer":  # "That is not true": the claim right before
            best = (weight, g)
            break
        if kind == "verdict":  # "the explanation was unconvincing": the account right before
            if _REACTS.search(g.claim.text):
                continue  # a reaction to the same account, not the account
            best = (weight, g)
            break
        if kind == "figure":  # "Police put the figure at 12,000": the number right before
            if _other_figure(g, r):
                best = (weight, g)
                break
            continue
        if g is fs[i - 1] and _quoted_just_before(g, r):
            best = (weight, g)  # '"We have more boats than ever," X said. In fact, ...' (conf32)
            break
        if weight > 0 and (best is None or weight > best[0]):
            best = (weight, g)  # the other side's claim that shares the most with the correction
    if best is None:
        return None
    g = best[1]
    about = shared_about(g, r, source_words(g.source) | source_words(r.source))
    if not about and kind == "figure":  # no shared name: the thing the two figures count (digest34)
        about = next((q.counted for q in g.claim.quantities if q.value not in r.all_numbers and q.counted), "")
    told = {"pointer": f"calls false what {g.source} says",  # not "calls it false <Name>" (digest34)
            "verdict": f"rejects the account of {g.source}",
            "figure": f"gives another figure than {g.source}"}.get(kind, f"corrects {g.source}")
    return g, r, Judgment("assertion", f"in one article, {_corrector(r)} {told}", about=about)


def corrections(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every correction in one article's claims (in text order)."""
    return [found for i in range(1, len(fs)) if (found := correction(fs, i, taken)) is not None]
