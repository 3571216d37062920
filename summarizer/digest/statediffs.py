"""States, causes and tallies disputed inside one article (issue 15; within50): the article tells
one side's account, then another side's that cannot be true with it, in other words and often
with no name shared. Each rule needs a link stronger than a shared word:

* a vote's tally against another tally of the same vote ("approved the budget by a 5-2 vote,
  according to the minutes, a tally one trustee says is wrong" / "the minutes should show a 4-3
  vote"): two tallies of other sides, different, one claim saying a tally is wrong
  (lang.TALLY_DISPUTE_RE), the same number of votes or a content word shared (`tally_clash`);
* a cause set aside by name ("the crash was caused by a steering fault ..., not by the engines")
  against another side's claim giving that cause ("blamed the crash on a loss of engine power"):
  both tell a cause (lang.CAUSE_FRAME_RE) and share another content word (`cause_clash`);
* a count told as "only" <n> of an act ("only 23 students had been admitted") against another
  side's other count of the same act ("admitted 64 applicants"; `only_count_clash`);
* one claim setting its figure against another figure in a record it names ("far less than the
  $4.2 million in the auditor's report"; `compared_figure`), shown as the claim against itself;
* a thing told to be off ("cut power to lines in the area on Saturday", "the body camera had not
  been switched on") against another side telling the same thing on ("the line ... was still live
  on Sunday", "the camera had been recording"): the "on" clause's subject shares a noun with the
  words around the "off" phrase; not when the "on" is told as after a restoring ("live again")
  (`state_clash`).

Near misses: two tallies of two votes with no word of a wrong tally; the same tally; a cause set
aside that no other side gave; one side's own two causes; "only" <n> of another act; an "on" state of another thing (the
microphone against the camera); a state back on ("was live again on Monday").
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side as _other_side
from .pairs import STOP, Features, source_words, stem

__all__ = ["cause_clash", "compared_figure", "only_count_clash", "state_clash", "state_diffs", "tally_clash"]

_TALLY = re.compile(lang.VOTE_TALLY_RE, re.I)
_TALLY_DISPUTE = re.compile(lang.TALLY_DISPUTE_RE, re.I)
_CAUSE = re.compile(lang.CAUSE_FRAME_RE, re.I)
_NOT_CAUSE = re.compile(lang.NOT_CAUSE_RE, re.I)
_OFF = re.compile(lang.OFF_STATE_RE, re.I)
_ON = re.compile(lang.ON_STATE_RE, re.I)
_RESTORED = re.compile(r"\b(?:" + "|".join(lang.STATE_RESTORED_WORDS) + r")\b", re.I)
_ONLY = re.compile(lang.ONLY_COUNT_RE, re.I)
_ACT_COUNT = re.compile(lang.ACT_COUNT_RE, re.I)
_COMPARED = re.compile(lang.COMPARED_FIGURE_RE, re.I)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_TOKS = re.compile(r"[a-z]+")
_VOTE_WORDS = frozenset(lang.VOTE_WORDS)
#: Words either side of an "off" phrase where the thing switched off is looked for.
OFF_WINDOW_WORDS = 6


def _norm(w: str) -> str:
    """A word's stem, a plural's "s" dropped first ("lines" and "line" are one noun)."""
    return stem(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)


def _content(text: str, drop: set[str] = frozenset()) -> set[str]:
    return {_norm(t) for t in _TOKS.findall(text.lower()) if len(t) > 2 and t not in STOP and t not in drop}


def _named(f: Features) -> bool:
    return f.source != ARTICLE_VOICE


def _near(fs: list[Features], i: int, taken):
    """The claims within WITHIN_REACH of claim `i`, either side, nearest first, not yet taken."""
    for d in range(1, thresholds.WITHIN_REACH + 1):
        for j in (i - d, i + d):
            if 0 <= j < len(fs) and tuple(sorted((fs[i].index, fs[j].index))) not in taken:
                yield fs[j]


def _tallies(text: str) -> set[tuple[int, int]]:
    return {tuple(sorted((int(m.group("a")), int(m.group("b"))), reverse=True)) for m in _TALLY.finditer(text)}


def tally_clash(x: Features, y: Features) -> Judgment | None:
    """Two claims of other sides giving two tallies of one vote, one of them saying a tally is wrong."""
    t1, t2 = _tallies(x.claim.text), _tallies(y.claim.text)
    if not t1 or not t2 or t1 & t2 or not _other_side(x, y):
        return None
    if not (_TALLY_DISPUTE.search(x.claim.text) or _TALLY_DISPUTE.search(y.claim.text)):
        return None
    drop = source_words(x.source) | source_words(y.source) | _VOTE_WORDS
    same_body = {sum(t) for t in t1} & {sum(t) for t in t2}
    if not same_body and not (_content(x.claim.text, drop) & _content(y.claim.text, drop)):
        return None
    a, b = sorted(t1)[0], sorted(t2)[0]
    return Judgment("assertion", f"in one article, {x.source}: a {a[0]}-{a[1]} vote; {y.source}: a {b[0]}-{b[1]} vote",
                    about="vote")


def only_count_clash(x: Features, y: Features) -> Judgment | None:
    """`y` says only <n> were <done> ("only 23 students had been admitted"); `x`, of another side,
    gives another count of that act ("admitted 64 applicants"), not a number `y` also gives."""
    m = _ONLY.search(y.claim.text)
    if m is None or not _other_side(x, y):
        return None
    n2 = float(m.group("n").replace(",", ""))
    verb = stem(m.group("verb").lower())
    for a in _ACT_COUNT.finditer(x.claim.text):
        n1 = float((a.group("n") or a.group("n2")).replace(",", ""))
        if stem((a.group("verb") or a.group("verb2")).lower()) == verb and n1 != n2 \
                and n1 not in y.all_numbers and n2 not in x.all_numbers:
            return Judgment("numbers", f"in one article, {x.source}: {n1:g}; {y.source}: only {n2:g}",
                            about=m.group("verb").lower(), values=(n1, n2))
    return None


def cause_clash(x: Features, y: Features) -> Judgment | None:
    """`y` gives a cause and sets another aside by name (", not by the engines"); `x`, of another
    side, gives that cause for the same thing (a content word shared besides the cause)."""
    c = _CAUSE.search(y.claim.text)
    m = _NOT_CAUSE.search(y.claim.text, c.end()) if c else None
    if m is None or not _CAUSE.search(x.claim.text) or not _other_side(x, y):
        return None
    noun = _norm(m.group("noun").lower())
    xs = _content(x.claim.text, source_words(x.source))
    if noun not in xs or re.search(r"\bnot\b[^.;:?!]{0,30}\b" + re.escape(m.group("noun")[:4]), x.claim.text, re.I):
        return None
    rest = _content(y.claim.text[:m.start()], source_words(y.source)) - {noun}
    if not (rest & xs - {noun}):
        return None
    return Judgment("assertion", f"in one article, {x.source} gives the {m.group('noun')} as the cause; "
                                 f"{y.source} says not", about=m.group("noun").lower())


def _off_words(text: str) -> set[str] | None:
    m = _OFF.search(text)
    if m is None:
        return None
    before = text[:m.start()].split()[-OFF_WINDOW_WORDS:]
    after = text[m.end():].split()[:OFF_WINDOW_WORDS]
    return _content(" ".join(before + after))


def state_clash(x: Features, y: Features) -> Judgment | None:
    """One claim tells a thing off, the other (another side) the same thing on."""
    if not _other_side(x, y):
        return None
    for off, on in ((x, y), (y, x)):
        near = _off_words(off.claim.text)
        m = _ON.search(on.claim.text) if near else None
        if m is None or _RESTORED.search(on.claim.text) or _OFF.search(on.claim.text):
            continue
        subj = _content(m.group("subj"), source_words(on.source))
        if subj & near:
            return Judgment("assertion", f"in one article, {off.source}: off; {on.source}: on",
                            about=sorted(subj & near)[0])
    return None


def compared_figure(f: Features) -> Judgment | None:
    """One claim sets its figure against another figure of a record or source it names ("gave
    about $1.8 million, the university said, far less than the $4.2 million in the auditor's
    report"): both sides of a dispute in one sentence (shown as the claim against itself). Not
    when the other figure is the claim's own record's ("than the 300 in its own report")."""
    m = _COMPARED.search(f.claim.text)
    if m is None or f.source == ARTICLE_VOICE or re.match(r"(?:its|their)\b", m.group("rec"), re.I):
        return None
    before = [float(n.replace(",", "")) for n in _NUMBER.findall(f.claim.text[:m.start()])]
    n2 = float(_NUMBER.search(m.group("n2")).group(0).replace(",", ""))
    if not before or n2 in before or source_words(f.source) & _content(m.group("rec")):
        return None
    return Judgment("assertion", f"in one sentence, {f.source}: {before[0]:g}; {m.group('rec')}: {n2:g}",
                    about=m.group("rec").lower())


def state_diffs(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such dispute in one article's claims (text order), the earlier claim first; one per pair."""
    out, seen = [], set()
    for f in fs:
        jd = compared_figure(f)
        if jd is not None and (f.index, f.index) not in taken:
            out.append((f, f, jd))
    for i, y in enumerate(fs):
        if not _named(y) or y.claim.certainty == "denied":
            continue
        for x in _near(fs, i, taken):
            if not _named(x):
                continue
            key = tuple(sorted((x.index, y.index)))
            if key in seen:
                continue
            jd = tally_clash(x, y) or cause_clash(x, y) or only_count_clash(x, y) or (state_clash(x, y) if x.index < y.index else None)
            if jd is not None:
                seen.add(key)
                a, b = (x, y) if x.claim.evidence.start <= y.claim.evidence.start else (y, x)
                out.append((a, b, jd))
    return out
