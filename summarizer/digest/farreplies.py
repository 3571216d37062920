"""Disputes inside one article told far apart (issue 15; within48): the account is told early, the
reply many claims later in other words, beyond WITHIN_REACH. A shared name is too weak a link at
that distance; each rule here needs a stronger one:

* a source stands by its account ("We stand by our story," its editor said)
  when several have denied it: the refuter it answers is the one whose denial the reply's own
  words take back: the reply, or the claims just before it told for its side ("<Outlet>
  maintained that its report was accurate"), assert an accuracy word ("accurate") that the
  refuter negates ("are not accurate", "inaccurate"); with no such word, only a refuter alone of
  its kind in the article (lang.STAND_BY_RE, lang.ACCURACY_NEGATIVES);
* a quote calls "that" false ("and that is 'categorically false'") right after a denial that
  names a report by its owner ("denied the <Owner> report"): the quote answers the owner's
  account, the claim that tells what the report said ("an article published by <Owner> on
  Thursday saying that ..."), however early (lang.POINTER_FALSE_RE, lang.CONTENT_TELLING_RE);
* one source says that <Name> did not state a thing ("<Name> did not state that the mayor had
  pressured him"); another side tells that <Name> had said it ("<Name> had told investigators
  about being pressured by the mayor"): two content words of the denied clause shared, active
  or passive alike (lang.SAID_DENIED_VERBS);
* two sides name two winners of one contest ("<A> clearly won" / "a solid win for <B>"), each
  claim naming both (lang.WINNER_RE).

Near misses: two sources who add to each other share none of these links; a reply to something
else (a stand-by with two refuters and no accuracy word, a "that is false" after a denial naming
no owner, "did not say when", winners of two contests) is none either; the same side never.
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE
from .classify import Judgment, part_of, side_of
from .pairs import STOP, Features, negator, same_source, source_words, stem

__all__ = ["far_replies"]

_STAND_BY = re.compile(lang.STAND_BY_RE, re.I)
_POINTER_FALSE = re.compile(lang.POINTER_FALSE_RE, re.I)
_CONTENT = re.compile(lang.CONTENT_TELLING_RE, re.I)
_WINNER = re.compile(lang.WINNER_RE)
_QUESTION = re.compile(r"\?\s*[”\"]?\s*$")
_TOKS = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_NEGATIVE_FORM = {neg: pos for pos, negs in lang.ACCURACY_NEGATIVES.items() for neg in negs}
_DENIES_OWNED = re.compile(r"\b(?:" + "|".join(lang.DENYING_VERBS) + r")\s+(?:the|a|an)\s+((?:[A-Z][\w’'.-]*\s+){1,3}?)"
                           r"(?:['’]s\s+)?(?:" + "|".join(lang.PUBLISHED_ACCOUNT_NOUNS) + r")\b")
_SPEECH = "|".join(lang.SAID_DENIED_VERBS)
_NOT_SAID = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:did\s+not|didn['’]t|never|had\s+not|hadn['’]t|has\s+not|hasn['’]t)\s+"
                       r"(?:ever\s+)?(?:" + _SPEECH + r")\b[^.;:?!]{0,40}?\bthat\b([^.;:?!]+)")
#: The claims before a stand-by reply read as its lead-in ("<Outlet> maintained that its report
#: was accurate, its editor said."), and the fewest content words a denied clause shares with the
#: account of it.
STANDBY_LEAD = 2
DENIED_SHARED = 2
#: The most characters between a report's owner and the verb telling its content ("<Owner> News on
#: Thursday saying that"): further on, the content is another speaker's ("the <Owner> report led to
#: reactions by members who said that ...").
OWNER_TO_CONTENT = 40
#: How far (tokens) a negator before an accuracy word reaches ("are not accurate", "is not entirely true").
_NEG_REACH = 3


def _other_side(g: Features, r: Features) -> bool:
    return not (g.source == r.source or same_source(g, r)
                or (g.source != ARTICLE_VOICE and side_of(g.source) == side_of(r.source)) or part_of(g, r))


def _accuracy(text: str) -> tuple[set[str], set[str]]:
    """(asserted, negated) accuracy words of a text: "its report was accurate" asserts "accurate";
    "are not accurate", "inaccurate" negate it; "false" and "untrue" negate "true"."""
    toks = _TOKS.findall(text.lower())
    asserted, negated = set(), set()
    for k, t in enumerate(toks):
        if t in _NEGATIVE_FORM:
            negated.add(_NEGATIVE_FORM[t])
        elif t in lang.ACCURACY_NEGATIVES:
            (negated if any(negator(w) for w in toks[max(0, k - _NEG_REACH):k]) else asserted).add(t)
    return asserted, negated


def _taken(taken, g: Features, r: Features) -> bool:
    return tuple(sorted((g.index, r.index))) in taken


def stand_by(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` stands by an account: (the refuter's claim, the reply, judgment), or None."""
    r = fs[i]
    m = _STAND_BY.search(r.claim.text)
    if r.source == ARTICLE_VOICE or m is None or any(negator(w) for w in _TOKS.findall(r.claim.text[:m.start()].lower())[-3:]):
        return None
    lead = [r] + [g for g in fs[max(0, i - STANDBY_LEAD):i] if not _accuracy(g.claim.text)[1]]
    words = set().union(*(_accuracy(g.claim.text)[0] for g in lead))
    refuters = [g for g in fs[:i] if g.source != ARTICLE_VOICE and not _QUESTION.search(g.claim.text)
                and all(_other_side(g, x) for x in lead) and _accuracy(g.claim.text)[1]]
    if words:
        refuters = [g for g in refuters if _accuracy(g.claim.text)[1] & words]
    elif len({side_of(g.source) for g in refuters}) != 1:
        return None  # several refuters, nothing in the reply says whose denial it takes back
    g = next((g for g in reversed(refuters) if not _taken(taken, g, r)), None)
    if g is None:
        return None
    return g, r, Judgment("assertion", f"in one article, {r.source} stands by the account {g.source} calls "
                                       f"{'not ' + sorted(words)[0] if words else 'false'}", about="the account")


def _owner_of_denied(text: str) -> str:
    """The owner's last word when the claim denies a report it names by its owner ("denied the
    <Owner> report" -> "<Owner>"), else ''."""
    m = _DENIES_OWNED.search(text)
    if m is None:
        return ""
    words = [w for w in m.group(1).split() if w.lower() not in STOP]
    return re.sub(r"['’]s$", "", words[-1]) if words else ""


def report_called_false(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` calls "that" false right after a denial of a report named by its owner: (the
    claim telling the owner's report, the reply, judgment), or None."""
    r = fs[i]
    if r.source == ARTICLE_VOICE or i == 0 or not _POINTER_FALSE.search(r.claim.text):
        return None
    owner = _owner_of_denied(fs[i - 1].claim.text)
    if not owner or owner.lower() in r.source.lower() or re.search(r"\b" + re.escape(owner) + r"\b", r.claim.text):
        return None  # a pointer back at no named report; or the owner answering its own deniers
    tells = re.compile(r"\b" + re.escape(owner) + r"\b")
    for g in reversed(fs[:i - 1]):
        m = tells.search(g.claim.text)
        if m is None or g.refutes or not _other_side(g, r) or not _other_side(g, fs[i - 1]) or _taken(taken, g, r) \
                or _QUESTION.search(g.claim.text) or g.claim.certainty in ("denied", "negated"):
            continue
        told = _CONTENT.search(g.claim.text[m.end():])
        if (told and told.start() <= OWNER_TO_CONTENT) or (owner.lower() in g.source.lower() and _CONTENT.search(g.claim.text)):
            return g, r, Judgment("assertion", f"in one article, {r.source} calls {owner}'s report false",
                                  about=f"{owner}'s report")
    return None


def _content_stems(text: str, drop: set[str]) -> set[str]:
    return {stem(t) for t in _TOKS.findall(text.lower()) if len(t) > 3 and t not in STOP} - drop


def not_said(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` says <Name> did not state a thing another side tells <Name> said: (the earlier
    claim, the later, judgment), the nearest such claim, or None."""
    n = fs[i]
    m = _NOT_SAID.search(n.claim.text)
    if m is None:
        return None
    who = m.group(1)
    denied = _content_stems(m.group(2), {stem(who.lower())} | source_words(n.source))
    said = re.compile(r"\b" + re.escape(who) + r"\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(" + _SPEECH
                      + r"|acknowledged|admitted|described)\b([^.;:?!]*)")
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if not 0 <= j < len(fs) or not _other_side(fs[j], n) or _taken(taken, fs[j], n):
                continue
            a = fs[j]
            s = said.search(a.claim.text)
            if s is None or _NOT_SAID.search(a.claim.text) or _QUESTION.search(a.claim.text):
                continue
            if len(denied & _content_stems(s.group(2), {stem(who.lower())})) >= DENIED_SHARED:
                pair = (a, n) if j < i else (n, a)
                return pair[0], pair[1], Judgment("assertion", f"in one article, {n.source}: {who} did not say "
                                                               f"what {a.source} tells", about=who)
    return None


def _winners(f: Features) -> set[str]:
    if f.source == ARTICLE_VOICE or _QUESTION.search(f.claim.text):
        return set()
    out = set()
    for m in _WINNER.finditer(f.claim.text):
        name = next(g for g in m.groups() if g)
        before = _TOKS.findall(f.claim.text[:m.start()].lower())[-_NEG_REACH - 2:]
        if name.lower() not in STOP and not any(negator(w) for w in before + _TOKS.findall(m.group(0).lower())):
            out.add(re.sub(r"['’]s$", "", name))
    return out


def other_winner(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` names a winner; the nearest earlier claim of another side names another one of
    the same contest (each claim names both): (earlier, later, judgment), or None."""
    y = fs[i]
    wy = _winners(y)
    if not wy:
        return None
    for x in reversed(fs[:i]):
        wx = _winners(x)
        if not wx or wx & wy or not _other_side(x, y) or _taken(taken, x, y):
            continue
        both = wx | wy
        if all(re.search(r"\b" + re.escape(w) + r"\b", f.claim.text) for w in both for f in (x, y)):
            return x, y, Judgment("assertion", f"in one article, {x.source}: {'/'.join(sorted(wx))} won; "
                                               f"{y.source}: {'/'.join(sorted(wy))} won", about="who won")
    return None


def far_replies(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such far reply in one article's claims (in text order), one per replying claim."""
    out = []
    for i in range(len(fs)):
        for rule in (stand_by, report_called_false, not_said, other_winner):
            found = rule(fs, i, taken)
            if found is not None:
                out.append(found)
                break
    return out
