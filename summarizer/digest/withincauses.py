"""Causes and figures disputed inside one article, told in other words (issue 15; within54). Each
rule needs a link stronger than a shared word:

* a cause denied: one side says a thing failed or caused the event ("the update "failed in a way
  nobody had tested for"", "a valve on a transfer line had failed"), another side of the same
  article says that thing was not its cause ("The update was not the cause of the outage", 'the
  valve "was not the main source of the leak"'; lang.CAUSE_DENIED_RE): the same noun, a failure
  verb after it in the first (lang.FAILURE_VERBS), anywhere in the article (`cause_denied`);
* a figure set against its owner's: "pointed to a spill of about 11,000 liters, nearly three
  times the company's figure" names whose figure it answers ("the <owner>'s figure / estimate /
  count"; lang.OWNER_FIGURE_NOUNS): the nearest earlier claim of that owner (its source, or a
  source the article calls "the <owner>") with a figure in the same unit and another value
  (`owner_figure`);
* a bare denial of a noun: a whole sentence "<Name> denies any coordination." (lang.
  BARE_NOUN_DENIAL_RE) answers the claim just before it, of another named side ("The alliance says a
  fund is working with the campaign ...") (`bare_denial`);
* jobs: "no library worker would lose their job" (lang.NO_JOB_LOST_RE) against another side's "42
  jobs would go" (lang.JOBS_GO_RE), anywhere in the article, the nearest (`jobs_kept`);
* deaths counted by a noun and by a verb: "told of 40 deaths among patients" (lang.DEATHS_AMONG_RE)
  against another side's "Thirty-one patients taking <drug> died" just before (within WITHIN_REACH):
  the same kind of people, another count (`deaths_among`);
* a finding and none: 'the board had found "no clear pattern" ... and no sign that the drug harmed the
  heart's rhythm' (lang.FOUND_NONE_RE) against another side's earlier "The safety board ... found more
  deaths from dangerous heart rhythms": the same finder's noun, a content word shared (`found_none`);
* warned and never told: "the plant had never been told its drains were a danger" against another
  side's earlier "The ... plant ... had been warned twice in 2023 that its drains could carry spills":
  the same subject noun, a content word shared (`never_told`);
* a reopening by a month against a closure until a later month at the earliest ("the berth will
  reopen by Dec. 1" / "it will stay shut until February at the earliest"; lang.REOPEN_BY_RE,
  SHUT_UNTIL_RE), two sides within WITHIN_REACH; with no year the later month is the nearer reading
  (one to six months after), so "until November" against "by Dec. 1" is none (`reopen_clash`).

Near misses: a denied cause no other side said failed ("The weather was not the cause of the
shutdown"), the thing named without failing ("the controller was installed in May"), the
failure told by the denier's own side; a figure that matches the owner's ("in line with the
company's figure"), another unit, an owner the article never names; a bare denial after the
article's own narration or after its own side's words, or one that goes on ("denies any coordination
with the council's staff, saying ...");
"no worker would lose their job" with no count of jobs to go; deaths among another kind of people
("18 deaths among staff"), or the same count; a finder that found nothing on another matter, or
another finder ("the police found no ..."); "never told" of another matter or another subject.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side
from .pairs import STOP, Features, negator, source_words, stem
from .withinnotice import within_notice  # who was told what, and when (within55)
from .withinreplies import within_replies  # a count answered next, a compound's modifier, a route (within55)
from .withinacts import within_acts  # a reclassification denied, paid for by the holder (within55)
from .withinreceipts import within_receipts  # sent / never received, "not because of", spans and days (within56)
from .withinestimates import within_estimates  # own estimates, none until, not since, not carried out (within57)
from .withinrecords import within_records  # no one hurt, a credential lapsed, "not from <Name>", a blame answered (within58)
from ..quantity import readable

__all__ = ["bare_denial", "cause_denied", "deaths_among", "found_none", "jobs_kept", "never_told", "owner_figure", "reopen_clash", "within_causes"]

_CAUSE_DENIED = re.compile(lang.CAUSE_DENIED_RE, re.I)
_FAILS = frozenset(lang.FAILURE_VERBS)
_OWNER_FIGURE = re.compile(r"\bthe\s+(?P<head>" + "|".join(lang.DESCRIBED_OWNER_HEADS) + r")['’]s?\s+(?:own\s+)?(?:"
                           + "|".join(lang.OWNER_FIGURE_NOUNS) + r")\b", re.I)
_BARE_DENIAL = re.compile(lang.BARE_NOUN_DENIAL_RE, re.I)
_NO_JOB_LOST = re.compile(lang.NO_JOB_LOST_RE, re.I)
_JOBS_GO = re.compile(lang.JOBS_GO_RE, re.I)
_DEATHS_AMONG = re.compile(lang.DEATHS_AMONG_RE, re.I)
_FOUND_NONE = re.compile(lang.FOUND_NONE_RE, re.I)
_TOLD = r"(?:" + "|".join(lang.TOLD_VERBS) + r")"
_NEVER_TOLD = re.compile(lang.NEVER_TOLD_RE, re.I)
_REOPEN_BY = re.compile(lang.REOPEN_BY_RE)  # case kept: a month is capitalised
_SHUT_UNTIL = re.compile(lang.SHUT_UNTIL_RE)
_WORD = re.compile(r"[a-z]+")


def _asserts(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text and x.claim.certainty not in ("denied", "negated")


def _failed(x: Features, noun: str) -> str | None:
    """The failure verb `x` tells of the thing `noun` names (after it, neither negated), or None."""
    words = _WORD.findall(x.claim.text.lower())
    for k, w in enumerate(words):
        if stem(w) != noun or (k and negator(words[k - 1])):
            continue
        for j in range(k + 1, len(words)):
            if words[j] in _FAILS and not negator(words[j - 1]):
                return words[j]
        return None
    return None


def cause_denied(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` denies a thing caused the event; the nearest claim of another side that says it failed."""
    y = fs[i]
    m = _CAUSE_DENIED.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    noun = stem(m.group("noun").lower())
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if not 0 <= j < len(fs):
                continue
            x = fs[j]
            if not _asserts(x) or not other_side(x, y) or _CAUSE_DENIED.search(x.claim.text):
                continue
            verb = _failed(x, noun)
            if verb is None:
                continue
            if tuple(sorted((x.index, y.index))) in taken:
                return None
            a, b = (x, y) if j < i else (y, x)
            # a cause against its denial: no rejection of an account, kept apart from onedispute's merging
            return a, b, Judgment("assertion", f"in one article, {x.source}: the {m.group('noun')} {verb}; {y.source}: "
                                               f"the {m.group('noun')} was not the cause", about=m.group("noun"))
    return None


def _described(fs: list[Features], x: Features, head: str) -> bool:
    """`x`'s source is the one the article calls "the <head>": the word in its name or in `x` ("<Name>,
    a fuel company, said"), or a claim of that source told "the <head> said"."""
    if head in _WORD.findall(x.source.lower()) or head in _WORD.findall(x.low):
        return True
    told = re.compile(r"\bthe\s+" + head + r"\b")
    return any(f.source == x.source and told.search(f.low) for f in fs)


def owner_figure(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` sets a figure against "the <owner>'s figure"; the owner's claim before it with another value."""
    y = fs[i]
    m = _OWNER_FIGURE.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    head = m.group("head").lower()
    mine = [q for q in y.claim.quantities if q.unit is not None]
    for x in reversed(fs[:i]):
        if not _asserts(x) or not other_side(x, y) or not _described(fs, x, head):
            continue
        for q in mine:
            for p in x.claim.quantities:
                if p.unit == q.unit and p.value != q.value:
                    if tuple(sorted((x.index, y.index))) in taken:
                        return None
                    return x, y, Judgment("numbers", f"in one article, {x.source}: {readable(p.value, p.unit)}; {y.source}: "
                                                     f"{readable(q.value, q.unit)}, against the {head}'s figure",
                                          about=p.counted or q.counted, values=(p.value, q.value))
    return None


def bare_denial(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` is a whole short denial of a noun ("<Name> denies any coordination."); the claim just
    before it, of another named side, is what it answers."""
    y = fs[i]
    m = _BARE_DENIAL.search(y.claim.text)
    if m is None or i == 0 or y.source == ARTICLE_VOICE:
        return None
    e = fs[i - 1].claim.evidence
    # the sentence before, not a part of it ("<Name> is a county inspector" cut from its sentence)
    x = max((f for f in fs[:i] if f.claim.evidence.start <= e.start and f.claim.evidence.end >= e.end),
            key=lambda f: f.claim.evidence.end - f.claim.evidence.start)
    if not _asserts(x) or not other_side(x, y) or _BARE_DENIAL.search(x.claim.text) \
            or tuple(sorted((x.index, y.index))) in taken:
        return None
    return x, y, Judgment("assertion", f"in one article, {y.source} denies what {x.source} says (any {m.group('noun')})",
                          about=m.group("noun"))


def jobs_kept(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` says no worker will lose a job; the nearest claim of another side counting jobs to go."""
    y = fs[i]
    if y.source == ARTICLE_VOICE or "?" in y.claim.text or not _NO_JOB_LOST.search(y.claim.text):
        return None
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if not 0 <= j < len(fs):
                continue
            x = fs[j]
            m = _JOBS_GO.search(x.claim.text)
            if m is None or not _asserts(x) or not other_side(x, y) or tuple(sorted((x.index, y.index))) in taken:
                continue
            a, b = (x, y) if j < i else (y, x)
            return a, b, Judgment("assertion", f"in one article, {x.source}: {m.group(0)}; {y.source}: no job lost",
                                  about="jobs")
    return None


def deaths_among(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` counts deaths among a kind of people ("40 deaths among patients"); a claim of another
    side within reach before it counts those people who died ("Thirty-one patients ... died")."""
    y = fs[i]
    m = _DEATHS_AMONG.search(y.claim.text)
    if m is None or not _asserts(y):
        return None
    noun = stem(m.group("noun").lower())
    deaths = [q.value for q in y.claim.quantities if q.unit is None and q.counted.lower().split()[:1] == ["deaths"]]
    for x in reversed(fs[max(0, i - thresholds.WITHIN_REACH):i]):
        if not _asserts(x) or not other_side(x, y) or not re.search(r"\bdied\b", x.low):
            continue
        for p in x.claim.quantities:
            words = p.counted.lower().split()
            if p.unit is None and words and stem(words[0]) == noun and x.low.find("died") > x.low.find(words[0]) \
                    and any(v != p.value for v in deaths):
                if tuple(sorted((x.index, y.index))) in taken:
                    return None
                v = next(v for v in deaths if v != p.value)
                return x, y, Judgment("numbers", f"in one article, {x.source}: {p.value:,.0f} {words[0]} died; {y.source}: "
                                                 f"{v:,.0f} deaths", about=f"{words[0]} who died", values=(p.value, v))
    return None


def found_none(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` says a finder found nothing ('the board had found "no clear pattern"'); an earlier claim
    of another side says the same finder found something, on the same matter (a content word shared
    besides the finder and the sources' names)."""
    y = fs[i]
    m = _FOUND_NONE.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    who = m.group("who").lower()
    found = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?" + who + r"\b(?:[^.;]{0,90}?\s)?(?:had\s+|has\s+)?found\s+(?![\"“]?no\b)", re.I)
    for x in reversed(fs[:i]):
        if not _asserts(x) or not other_side(x, y) or not found.search(x.claim.text) or tuple(sorted((x.index, y.index))) in taken:
            continue
        names = {stem(w) for w in source_words(x.source) | source_words(y.source)} | {stem(who), stem("found")}
        if any(len(w) >= 4 and w not in STOP for w in (x.words & y.words) - names):
            return x, y, Judgment("assertion", f"in one article, {x.source}: the {who} found it; {y.source}: the {who} found none",
                                  about=f"what the {who} found")
    return None


def never_told(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` says a thing or body had never been told / warned ("the plant had never been told its
    drains were a danger"); an earlier claim of another side says it had been warned ("had been warned
    twice in 2023 that its drains could carry spills"): the same subject noun, a content word shared."""
    y = fs[i]
    m = _NEVER_TOLD.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    subj = m.group("subj").lower()
    told = re.compile(r"\b" + subj + r"\b[^.;]{0,80}?\b(?:had\s+been|has\s+been|was|were)\s+(?:\w+\s+)?" + _TOLD + r"\b", re.I)
    for x in reversed(fs[:i]):
        if not _asserts(x) or not other_side(x, y) or not told.search(x.claim.text) or tuple(sorted((x.index, y.index))) in taken:
            continue
        names = {stem(w) for w in source_words(x.source) | source_words(y.source)} | {stem(subj)} | {stem(w) for w in lang.TOLD_VERBS}
        if any(len(w) >= 4 and w not in STOP for w in (x.words & y.words) - names):
            return x, y, Judgment("assertion", f"in one article, {x.source}: the {subj} was warned; {y.source}: never told",
                                  about=f"whether the {subj} was warned")
    return None


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return next((k for k, m in enumerate(lang.MONTHS, 1) if m == w or (len(w) >= 3 and m.startswith(w))), 0)


def reopen_clash(x: Features, y: Features) -> Judgment | None:
    """One side: a thing reopens by a month; the other, within reach: it stays shut until a later month
    at the earliest. With no year, the later month is read as the nearer one: up to six months after."""
    if not other_side(x, y) or ARTICLE_VOICE in (x.source, y.source):
        return None
    for a, b in ((x, y), (y, x)):
        m1, m2 = _REOPEN_BY.search(a.claim.text), _SHUT_UNTIL.search(b.claim.text)
        if m1 is None or m2 is None or a.claim.certainty in ("denied", "negated"):
            continue
        k1, k2 = _month(m1.group("month")), _month(m2.group("month"))
        if k1 and k2 and 1 <= (k2 - k1) % 12 <= 6:
            return Judgment("assertion", f"in one article, {a.source}: reopens by {m1.group('month')}; {b.source}: shut until "
                                         f"{m2.group('month')} at the earliest", about="when it reopens")
    return None


def within_causes(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    out = [found for i in range(len(fs)) for rule in (cause_denied, owner_figure, bare_denial, jobs_kept, deaths_among, found_none, never_told)
           if (found := rule(fs, i, taken)) is not None]
    for i, x in enumerate(fs):
        for y in fs[i + 1:i + 1 + thresholds.WITHIN_REACH]:
            if tuple(sorted((x.index, y.index))) not in taken and (jd := reopen_clash(x, y)) is not None:
                out.append((x, y, jd))
    return out + within_notice(fs, taken) + within_replies(fs, taken) + within_acts(fs, taken) + within_receipts(fs, taken) \
        + within_estimates(fs, taken) + within_records(fs, taken)
