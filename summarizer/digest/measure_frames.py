"""Cross-article alignment: two counts of one thing told in one frame (issue 15; numbers43), for
counts.number_conflict, and two figures that cannot be one proposition, for counts.counts_differ.

counts.py needs the two claims' wording to be close (thresholds.NUMBER_SIM) besides the counted
noun, because a noun alone does not say the two counts are of one thing. Short news sentences
built around the count share little else: "A crowd of <n1> watched at <ground>" / "A crowd of <n2>
saw the match", "Turnout was <p1>%, the commission said" / "Turnout was <p2>%", "<n1> people died
in the flooding, the coroner said" / "Police said <n2> people were killed", "<Name> said the group
would cut <n1> jobs" / "... would cut <n2> jobs by <month>". What ties each pair is its frame:

* the subject frame: the count (its number first in the claim) and its noun open the claim's
  clause (after "<source> said (that)", an article, an approximator or a bound), and the noun is
  singular (a measure of one thing: a crowd, a turnout, a toll) or the verb after it is one by
  sense ("died" / "were killed");
* the object frame: the same verb (by sense) right before both numbers ("cut <n1> jobs" / "cut
  <n2> jobs"), which counts.same_setting misses for verbs under four letters.

Either frame holds only when no name or place stands in one claim against another in the other
("<n1> people died in <Town A>" / "<n2> people were killed in <Town B>": two tolls), which is what
keeps two places' counts in one story apart. A count that counts itself ("burned about <a>
hectares") and a count of a noun in the same unit of measure ("destroyed <b> hectares of forest")
count one thing when the claims' wording is close (`bare_measure`); a value both claims hold in two
units ("won <p>% of the vote" / "won <p> seats") is no agreement (`units_apart`).
"""

from __future__ import annotations

import re

from .. import lang
from ..rules import numbers as _numbers
from .pairs import STOP, Features, head_noun, place_swap, stem
from .reference import lemma
from .senses import phrases_as_words, sense

__all__ = ["bare_measure", "object_subject_apart", "one_motion", "places_apart", "same_frame", "units_apart", "verbs_after_apart"]

_OPENING = re.compile(r"^(?:(?:a|an|the|" + lang.APPROXIMATORS_RE + "|" + "|".join(lang.NUMBER_LOWER_BOUNDS + lang.NUMBER_UPPER_BOUNDS)
                      + r")\s+)*$", re.I)
#: "<source> said (that)" before the clause: the claim's own clause starts after it.
_SAID = re.compile(r"^[^,;:\"“”]{0,80}?\b(?:" + "|".join(sorted(lang.SAY_TELL_FORMS)) + r")\s+(?:that\s+)?", re.I)
_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS


def _sense(w: str) -> str:
    """A verb's sense key (senses.py); of people counted, "were killed" is "died" (a toll told two ways)."""
    key = _base(w)
    return _DIE if key in _DIE_KILL else key


def _base(w: str) -> str:
    return sense(w, lambda x: lemma(stem(x)))


_DIE_KILL = {_base(w) for w in lang.TOLL_VERBS}
_DIE = _base("died")


def _first_number(f: Features):
    nums = _numbers(f.claim.text, words=True)
    return nums[0] if nums else None


def _subject_frame(f: Features, q) -> bool:
    """The claim's first number is this count's, and it and its noun open the claim's clause."""
    n = _first_number(f)
    if n is None or round(n.value, 6) != round(q.value, 6):
        return False
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    if m is None:
        return False
    start = min(m.start(), n.start)
    opening = f.claim.text[:start]
    said = _SAID.match(opening)
    if said:
        opening = opening[said.end():]
    return _OPENING.match(opening.strip() + (" " if opening.strip() else "")) is not None


def _verb_after(f: Features, q) -> str:
    """The first word after the count and its noun that is no auxiliary ("were killed" -> "killed")."""
    n = _first_number(f)
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    if n is None or m is None:
        return ""
    words = re.findall(r"[a-z]+", phrases_as_words(f.claim.text[max(m.end(), n.end):]).lower())[:4]  # "caught up in": "affected"
    return next((w for w in words if w not in _AUX), "")


def _verb_before(f: Features, q) -> str:
    """The verb right before the count's number ("would cut 1,200 jobs" -> "cut"), by sense, or ''."""
    for n in _numbers(f.claim.text, words=True):
        if round(n.value, 6) != round(q.value, 6):
            continue
        head = re.sub(r"\b(?:" + lang.APPROXIMATORS_RE + r")\s*$", "", f.claim.text[:n.start].rstrip(), flags=re.I)
        words = re.findall(r"[a-z][a-z'’-]*", phrases_as_words(head).lower())[-2:]
        w = words[-1] if words else ""
        verbal = lang.is_past_form(w, irregular=lang.IRREGULAR_FORMS) or (len(words) == 2 and words[0] in lang.MODALS)
        if len(w) >= 3 and w not in STOP and w not in _AUX and w not in lang.PREPOSITIONS and verbal:
            return _sense(w)
        return ""
    return ""


def _object_verb(f: Features, q) -> str:
    """The active verb right before the count's number, a past or a present "-s" form ("represents about
    900 dock workers", "employed 1,200 people"), not a verb of saying, by sense; or ''."""
    for n in _numbers(f.claim.text, words=True):
        if round(n.value, 6) == round(q.value, 6):
            head = re.sub(r"\b(?:" + lang.APPROXIMATORS_RE + r")\s*$", "", f.claim.text[:n.start].rstrip(), flags=re.I)
            w = (re.findall(r"[a-z][a-z'’-]*", phrases_as_words(head).lower())[-1:] or [""])[0]
            verbal = lang.is_past_form(w, irregular=lang.IRREGULAR_FORMS) or (w.endswith("s") and not w.endswith("ss"))
            ok = len(w) >= 4 and verbal and w not in STOP and w not in _AUX and w not in lang.PREPOSITIONS \
                and w not in lang.SAY_TELL_FORMS and w not in lang.TALLY_VERBS
            return _sense(w) if ok else ""
    return ""


def object_subject_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """One count is what an active verb before it acts on and opens no clause ("The union, which represents
    about 900 dock workers, ..."), the other opens its clause and undergoes a past verb after it ("Three dock
    workers were injured"): two sets of one noun, unless the verbs are of one sense ("The blast killed five
    workers" / "Three workers were killed": one toll). digest52."""
    if head_noun(q1.counted) != head_noun(q2.counted):
        return False
    for (fa, qa), (fb, qb) in (((f1, q1), (f2, q2)), ((f2, q2), (f1, q1))):
        va, vb = _object_verb(fa, qa), _verb_after(fb, qb)
        if va and vb and lang.is_past_form(vb, irregular=lang.IRREGULAR_FORMS) and _subject_frame(fb, qb) \
                and not _subject_frame(fa, qa) and _sense(vb) != va:
            return True
    return False


def _singular(counted: str) -> bool:
    words = re.findall(r"[a-z]+", counted.lower())
    return bool(words) and (not words[-1].endswith("s") or words[-1].endswith("ss")) \
        and words[-1] not in lang.IRREGULAR_PLURAL_PEOPLE and not words[-1].endswith(("men", "ren"))


def _names(f: Features) -> set[str]:
    """The claim's names less number words a sentence opens with ("Eleven people died")."""
    return {t for t in f.names if not _numbers(t, words=True)}


def places_apart(f1: Features, f2: Features) -> bool:
    """A place after "in", "near" or "at" in each claim that the other claim does not name ("cut
    1,200 jobs in <Place A>" / "cut 300 jobs in <Place B>"): two things counted, not one. (An
    office or a department named as a source, "according to <Office> officials", is no place.)"""
    l1, l2 = _located(f1), _located(f2)
    return bool(l1 - f2.mentions and l2 - f1.mentions)


_CALENDAR = frozenset(lang.MONTHS) | frozenset(lang.WEEKDAYS)
_LOCATED = re.compile(r"\b(?:in|near|at|outside)\s+((?:[A-Z][\w’'-]*\s*)+)")


def _located(f: Features) -> set[str]:
    """Names of places the claim locates its fact in (their words, lower-cased, a possessive dropped)."""
    return {re.sub(r"['’]s$", "", w).lower() for m in _LOCATED.finditer(f.claim.text) for w in m.group(1).split()
            if not m.group(1).split()[0].lower() in _CALENDAR}  # "in April", "on Monday": a time, no place (digest55)


def _places_apart(f1: Features, f2: Features) -> bool:
    """... or a name in each claim that the other lacks (what a frame needs besides its noun)."""
    n1, n2 = _names(f1), _names(f2)
    return bool((n1 - n2) and (n2 - n1)) or places_apart(f1, f2) or bool(place_swap(f1, f2))


def verbs_after_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """Two counts of people, each followed by its verb, the verbs of two senses ("<n1> people died"
    / "<n2> people were injured"): a toll and a count of the hurt, not two versions of one count."""
    if head_noun(q1.counted) != head_noun(q2.counted) or _singular(q1.counted):
        return False
    if _in_relative(f1, q1) or _in_relative(f2, q2):
        return False  # "The firm, which employed about 45 people, stopped trading": the main clause's verb
    v1, v2 = _verb_after(f1, q1), _verb_after(f2, q2)
    if _joined_act(f1, q1, v1, v2) or _joined_act(f2, q2, v2, v1):
        return False  # "<n> people protested" / "<m> people joined Sunday's protest": one act (digest48)
    if _moved_into(f1, q1, v1, f2, q2, v2):
        return False  # "<n> containers went into the water" / "<m> containers fell into the harbour" (conflict54)
    return bool(v1 and v2) and _sense(v1) != _sense(v2) \
        and all(lang.is_past_form(v, irregular=lang.IRREGULAR_FORMS) for v in (v1, v2))


#: Verbs of taking part in an event named by a noun after them ("joined the march").
_JOIN_VERBS = ("joined", "attended")


def _joined_act(f: Features, q, verb: str, other: str) -> bool:
    """The count's verb is one of taking part (`_JOIN_VERBS`) and a noun among the three words after
    it is the other count's verb as a noun ("joined Sunday's protest" / "protested"; "attended the
    march" / "marched"): both count the people of one act."""
    if verb not in _JOIN_VERBS or not other:
        return False
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"\s+" + verb + r"\b(.*)", f.claim.text, re.I)
    if m is None:
        return False
    after = [w for w in re.findall(r"[a-z]+", m.group(1).lower())[:4] if w not in ("s",)][:3]
    return any(_base(w) == _base(other) for w in after)


#: Verbs of motion with no manner of their own ("went into the water"), and the prepositions of a direction after them.
_LIGHT_MOTION = ("went", "gone")
_INTO = ("into", "onto")


def _moved_into(f1: Features, q1, v1: str, f2: Features, q2, v2: str) -> bool:
    """One count's verb is a light verb of motion (`_LIGHT_MOTION`) and both verbs are followed by one preposition of
    a direction before a definite or named place ("went into the water" / "fell into the harbour"): "went" names no
    manner, so both tell one act ("went into storage" is a state, not a place)."""
    if not (v1 in _LIGHT_MOTION) ^ (v2 in _LIGHT_MOTION):
        return False

    def prep(f: Features, q, v: str) -> str:
        """The preposition right after the verb, when a definite or named place follows it ("into the water"; not
        "went into storage", a state)."""
        m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"\s+(?:\w+\s+){0,2}?" + re.escape(v) + r"\s+(\w+)\s+([\w’'-]+)",
                      f.claim.text, re.I)
        return m.group(1).lower() if m and (m.group(2).lower() in lang.DETERMINERS or m.group(2)[0].isupper()) else ""

    p1 = prep(f1, q1, v1)
    return p1 in _INTO and p1 == prep(f2, q2, v2)


def one_motion(f1: Features, q1, f2: Features, q2) -> bool:
    """The two counts of one noun moved one way, one of them by a light verb (`_moved_into`): a setting both share,
    for counts.number_conflict, where the claims share too few words ("went into the water" / "fell into the harbour")."""
    return head_noun(q1.counted) == head_noun(q2.counted) != "" and _moved_into(f1, q1, _verb_after(f1, q1), f2, q2, _verb_after(f2, q2))


#: A relative clause opened after a comma, up to the count ("..., which employed about 45").
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|that)\b[^,;:]*$", re.I)


def _in_relative(f: Features, q) -> bool:
    """The count and its noun end a relative clause set off by commas (", which employed about 45
    people, stopped trading"): the verb after the comma is the main clause's, not the count's (digest46)."""
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    n = next((n for n in _numbers(f.claim.text, words=True) if round(n.value, 6) == round(q.value, 6)), None)
    if m is None or n is None:
        return False
    return f.claim.text[max(m.end(), n.end):].startswith(",") and _RELATIVE_OPEN.search(f.claim.text[:n.start]) is not None


def same_frame(f1: Features, q1, f2: Features, q2) -> bool:
    """The two counts of one noun stand in one frame (module doc): a subject frame or an object frame."""
    if head_noun(q1.counted) != head_noun(q2.counted) or _numbers(q1.counted) or _numbers(q2.counted):
        return False
    if _places_apart(f1, f2):
        return False
    if _subject_frame(f1, q1) and _subject_frame(f2, q2):
        if _singular(q1.counted) and _singular(q2.counted):
            return True
        v1, v2 = _verb_after(f1, q1), _verb_after(f2, q2)
        return bool(v1) and _sense(v1) == _sense(v2)
    v1, v2 = _verb_before(f1, q1), _verb_before(f2, q2)
    return bool(v1) and v1 == v2


def bare_measure(f1: Features, q1, f2: Features, q2) -> bool:
    """One count is a measure alone in a unit of lang.UNIT_SCALES other than time ("burned about
    3,400 hectares"), the other a measure of a noun in that unit ("5,000 hectares of forest"):
    one thing measured, for counts.number_conflict to weigh by the claims' wording."""
    if q1.unit != q2.unit or not q1.unit or q1.unit in lang.SHARE_AND_COIN_UNITS:
        return False
    scale = lang.UNIT_SCALES.get(q1.unit.rstrip("s")) or lang.UNIT_SCALES.get(q1.unit)
    if not scale or scale[0] == "time":
        return False
    own1, own2 = bool(_numbers(q1.counted)), bool(_numbers(q2.counted))
    return own1 != own2 and not _places_apart(f1, f2)


def units_apart(f1: Features, f2: Features) -> bool:
    """A value both claims count, a share on one side and a count of a noun on the other, and in
    neither claim in the other's unit ("won 44% of the vote" / "won 44 seats"): two figures, not one
    proposition. (A unit written into a modifier, "a 25-cent increase" / "by 25 cents", is one.)"""
    for q1 in f1.claim.quantities:
        for q2 in f2.claim.quantities:
            if round(q1.value, 6) == round(q2.value, 6) and {q1.unit, q2.unit} == {"percent", None} \
                    and not _numbers(q1.counted) and not _numbers(q2.counted):
                if not any(round(q.value, 6) == round(q1.value, 6) and q.unit == q2.unit for q in f1.claim.quantities) \
                        and not any(round(q.value, 6) == round(q2.value, 6) and q.unit == q1.unit for q in f2.claim.quantities):
                    return True
    return False
