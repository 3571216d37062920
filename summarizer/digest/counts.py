"""Cross-article alignment (issue 15): number conflicts, for classify.py. Two claims count the
same thing (head noun and unit) on the same day with values neither claim holds, in wording close
enough (thresholds.NUMBER_SIM); sums of money: figures.py. What news prose does to a count (conf9):

* a bound has a direction: "at least 15 killed" is compatible with 17 and not with 12 (`_bound`);
* "by 412 votes" is a difference (a margin, a change), never compared with a level ("received
  151,208 votes"); "rose to 16" is an update of an earlier count, not another version of it;
* the day is compared as days, not as words ("early Thursday" / "on Thursday" is one day; a
  report's day is not the event's: figures.days_apart);
* a count of people and a count of workers or patients are one count when the same verb follows
  each ("Twelve workers were killed" / "At least 15 people were killed");
* a sum given alone ("was fined $3.1 million") and a sum of a noun ("$2.4 million in fines") are
  one figure when the word by the bare sum is the other's noun;
* a vote's tally ("voted 7-2" / "by a vote of 6-3") is a figure too: two tallies of one vote
  (`tally_conflict`).
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers as _numbers
from .countacts import acts_apart, cited_figure, in_source
from .countwords import agent_counts, one_sum, ordered_sum, word_tallies
from .measure_frames import bare_measure, object_subject_apart, one_motion, places_apart, same_frame, units_apart, verbs_after_apart
from .figures import amount_only, bounded, claim_when, days_apart, figures_of as _figures, listed_part, same_amount_of, same_rate_verb
from .pairs import STOP, Features, head_noun, same_source, similarity, stem
from .reference import lemma
from .senses import phrases_as_words, sense
from .rarecounts import one_count
from .totals import one_cost
from .sumyears import same_count_year
from .countsets import changed_by, holds, measures_apart, near, updates, year_apart  # noqa: F401 (updates: imported from here)

#: Two near counts of a noun rare in the batch conflict under the wording floor (digest44's rarecounts.py). Off at
#: session 35's merge (on the seeds, five days of reports from one story, it pitted counts of different nights and
#: different sides: "<n> <things> shot down" / "<m> <things> launched"); on again since digest45, which reads it only
#: for two counts of one event (one day, act or place both claims hold: rarecounts.same_event).
RARE_COUNTS = True

__all__ = ["bound", "counts_differ", "number_conflict", "tally_conflict"]

#: A `when` that names its day: a date, a weekday or a month ("2024-08-14", "on Tuesday").
_DAY_NAMED = re.compile(r"\d|\b(?:" + "|".join(lang.WEEKDAYS + lang.MONTHS) + r")\b", re.I)


def _relative_apart(f1: Features, f2: Features) -> bool:
    """A claim dated only by words relative to its day ("overnight", "yesterday", "this
    morning"), in articles not known to be of one day: the two counts may be of two nights. A
    weekday or a date names the day itself ("on Tuesday")."""
    if f1.published is not None and f1.published == f2.published:
        return False
    rel = [w for f in (f1, f2) if (w := f.claim.when) and not _DAY_NAMED.search(w) and not _day_follows(f, w)]
    # a week, month or year counted from one article's day ("this week", "earlier this year") against
    # a count the other article does not date is no sign of two periods: "will list 12 separate
    # measures" this week / "is adding 14 separate measures" count one set (conf25); a day so counted
    # ("overnight") or two such periods ("scored 21 goals last season" / "19 league goals last season")
    # still are
    return any(_DAY_WORD.search(w) for w in rel) or len(rel) == 2


def _day_follows(f: Features, when: str) -> bool:
    """The claim names the day right after its relative `when` ("overnight Sunday")."""
    return re.search(re.escape(when) + r"\s+(?:" + _DAY_NAMED.pattern + ")", f.claim.text, re.I) is not None


_DAY_WORD = re.compile(r"\b(?:" + "|".join(sorted(lang.DAY_RELATIVE_WORDS)) + r")\b", re.I)


_LOWER = re.compile(r"\b(?:" + "|".join(lang.NUMBER_LOWER_BOUNDS) + r")\s+$", re.I)
_UPPER = re.compile(r"\b(?:" + "|".join(lang.NUMBER_UPPER_BOUNDS) + r")\s+$", re.I)
#: A difference: "by 412 votes", "by about 900 votes", "a margin of 900 votes" (digest37).
_BY = re.compile(r"\b(?:by|margin\s+of)\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?$", re.I)
_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS
_PEOPLE = head_noun("people")
_SCALE = frozenset(lang.SCALE_WORDS)


def text_before(f: Features, value: float) -> str:
    """The claim's text before the number giving `value` (currency signs dropped)."""
    for n in _figures(f.claim.text):
        if round(n.value, 6) == round(value, 6):
            return re.sub(r"[$£€]$", "", f.claim.text[:n.start])
    return ""


_before = text_before  # (the name within55's withinreplies.py imports)
def _asked(f: Features, value: float) -> bool:
    """A verb of asking within the three words before the number ("requested $5.7 billion",
    "sought nearly 400 officers"), or ending a relative clause right after it ("none of the $5.7
    billion that the mayor demanded", "the $5.7 billion he first sought"; conf26)."""
    if any(w in lang.COUNT_REQUEST_VERBS for w in re.findall(r"[a-z]+", _before(f, value).lower())[-3:]):
        return True
    for n in _figures(f.claim.text):
        if round(n.value, 6) == round(value, 6):
            return _ASKED_AFTER.match(f.claim.text[n.end:]) is not None
    return False


#: A relative clause right after a sum whose verb asks for it: an opener (that, which, a subject
#: pronoun or a capitalised name), up to three more words, a verb of lang.COUNT_REQUEST_VERBS.
_ASKED_AFTER = re.compile(r"(?:\s+(?:" + "|".join(lang.SCALE_WORDS) + r"))?\s+(?:that|which|"
                          + "|".join(lang.SUBJECT_PRONOUNS) + r"|[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,3}?\s+(?:"
                          + "|".join(lang.COUNT_REQUEST_VERBS) + r")\b")


def bound(f: Features, value: float) -> str:
    """'lower' ("at least 15"), 'upper' ("up to 200") or '' for the number giving `value`."""
    head = _before(f, value)
    return "lower" if _LOWER.search(head) else "upper" if _UPPER.search(head) else ""


def _loose(f: Features, q) -> bool:
    """The count is a bound without a direction ("nearly 30 people"), which any near value may meet; a lower or upper
    bound ("more than 18,000 acres") is left to `compatible`: a value on its wrong side still differs (digest46)."""
    return bounded(f, q.counted) and not bound(f, q.value)


def compatible(f1: Features, v1: float, f2: Features, v2: float) -> bool:
    """The two values can both be true: one is a bound the other meets ("at least 8" / 11)."""
    b1, b2 = bound(f1, v1), bound(f2, v2)
    if b1 and b2:  # two tolls "at least 40" / "at least 62" still differ; "at least 40" / "up to 62" do not
        return b1 != b2 and (v1 <= v2 if b1 == "lower" else v2 <= v1)
    if b1 or b2:
        (b, bv, ov) = (b1, v1, v2) if b1 else (b2, v2, v1)
        return ov >= bv if b == "lower" else ov <= bv
    return False


def _kind(f: Features, value: float) -> str:
    """'difference' for "by 412 votes", "a margin of about 900 votes" or "rose nearly two meters", else ''."""
    head = _before(f, value)
    return "difference" if _BY.search(head) or changed_by(head) else ""


_CUMULATIVE = re.compile(r"\b(?:" + "|".join(lang.COUNT_CUMULATIVE_MARKERS) + r")\b", re.I)


def another_set(f: Features, q) -> bool:
    """The count is an addition ("would test 60 more homes": lang.COUNT_INCREMENT_WORDS right after its number) or the source's
    own set ("its own tests at 12 homes": lang.COUNT_OWN_MARKERS within four words before it): no version of another's count."""
    for n in _figures(f.claim.text):
        if round(n.value, 6) != round(q.value, 6):
            continue
        after = re.findall(r"[a-z]+", f.claim.text[n.end:].lower())[:1]
        before = re.findall(r"[a-z]+", f.claim.text[:n.start].lower())[-4:]
        if any(w in lang.COUNT_INCREMENT_WORDS for w in after) or any(  # not "its own figures show six" (conflict49)
                w in lang.COUNT_OWN_MARKERS and (before[i + 1:i + 2] or [""])[0] not in lang.FIGURE_SOURCE_NOUNS for i, w in enumerate(before)):
            return True
    return False


def running_total(f: Features, q) -> bool:
    """The count is a running total: "since", "so far", "to date" within eight words after it
    ("has sold nearly 12,000 permits since the program began in 2022")."""
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    after = " ".join(f.claim.text[m.end():].split()[:8]) if m else ""
    return (c := _CUMULATIVE.search(after)) is not None and "without" not in after[:c.start()].lower().split()  # "been without heat since": a state


def _words_around(f: Features, q) -> tuple[list[str], list[str]] | None:
    """The NUMBER_NEAR_WORDS words before and after the quantity (its number and its counted
    words), parts of hyphenated words split ("third-quarter" -> "third", "quarter"); None when
    the counted words are not in the claim's text."""
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    if m is None:
        return None
    start, end = m.start(), m.end()
    for num in _figures(f.claim.text):
        if round(num.value, 6) == round(q.value, 6):
            start, end = min(start, num.start), max(end, num.end)
            break
    n = thresholds.NUMBER_NEAR_WORDS
    # phrases of one meaning as one word ("laid off" / "lose their jobs": senses.py)
    before = [w for t in re.findall(r"[a-z][a-z'’-]*", phrases_as_words(f.claim.text[:start]).lower())[-n:] for w in t.split("-")]
    after = [w for t in re.findall(r"[a-z][a-z'’-]*", phrases_as_words(f.claim.text[end:]).lower())[:n] for w in t.split("-")]
    return before, after


def _lemmas_near(f: Features, q) -> set[str]:
    """Lemmas of the content words nearest the quantity (`_words_around`), the counted words and
    scale words ("million") left out."""
    around = _words_around(f, q)
    if around is None:
        return set()
    own = {_sense(w) for w in re.findall(r"[a-z]+", q.counted.lower())}
    return {_sense(w) for w in around[0] + around[1] if len(w) >= 4 and w not in STOP and w not in _SCALE} - own


def _lemma(w: str) -> str:
    return lemma(stem(w))


def _sense(w: str) -> str:
    """A word's lemma by its sense ("shut" / "close", "found" / "find": senses.py)."""
    return sense(w, _lemma)


def _verbs_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """Each count stands right after a verb, and the two verbs differ in sense: two counts of one
    noun by what was done to it ("employs 1,200 workers" / "laid off 200 workers", "killed 12" /
    "injured 30"); "shut six schools" / "close four schools" is one."""
    def verb(f: Features, q) -> str:
        words = re.findall(r"[a-z][a-z'’-]*|\d", phrases_as_words(_before(f, q.value)).lower())[-2:]
        w = words[-1] if words else ""
        # a base form after a modal is a verb too ("would run 1,100 stores" / "would sell 90 stores");
        # not after "to" ("ordered Halvern to pay $2.4 million in fines" / "was fined $3.1 million", conf9)
        after_modal = len(words) == 2 and words[0] in lang.MODALS
        return w if len(w) >= 3 and w not in STOP and w not in _AUX and w not in lang.PREPOSITIONS and w not in lang.TALLY_VERBS and (
            lang.is_past_form(w, irregular=lang.IRREGULAR_FORMS) or w.endswith("s") or w in _PHRASE_WORDS or after_modal) else ""
    v1, v2 = verb(f1, q1), verb(f2, q2)
    return bool(v1 and v2) and _sense(v1) != _sense(v2)


_PHRASE_WORDS = frozenset(w for _, w in lang.PHRASE_SENSES)


def _noun(q) -> bool:
    """A count or sum of a noun ("six schools", "a profit of $310 million"), not a figure alone
    ("10 percent", "$3 million", "three weeks")."""
    return not amount_only(q.counted) and not _numbers(q.counted)


def same_setting(f1: Features, q1, f2: Features, q2) -> bool:
    """The same content word (lemma) stands next to both counts ("voted to close six elementary
    schools" / "closes eight schools"; "third-quarter profit" / "profit for the third quarter").
    A name does not set a count ("2.3 million Kestrel customers" / "Kestrel has 6 million customers")."""
    names = {_sense(t) for t in f1.mentions | f2.mentions}
    return bool((_lemmas_near(f1, q1) & _lemmas_near(f2, q2)) - names)


def _verb_after(f: Features, counted: str) -> str:
    """The first word after the counted noun that is no auxiliary ("were killed" -> "killed")."""
    m = re.search(r"(?<![\w.])" + re.escape(counted) + r"(?![\w])", f.claim.text)
    words = re.findall(r"[a-z]+", f.claim.text[m.end():].lower())[:4] if m else []
    return next((_sense(w) for w in words if w not in _AUX), "")


def _verb_of(f: Features, counted: str) -> str:
    """The verb the counted people undergo: after them ("were killed") or, in the active, right
    before the count ("killed five people"), by sense ("died" and "killed" are one)."""
    after = _verb_after(f, counted)
    if after:
        return after
    m = re.search(r"([a-z]+)\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?[\w,.-]+\s+" + re.escape(counted) + r"(?![\w])", f.claim.text)
    return _sense(m.group(1)) if m and lang.is_past_form(m.group(1), irregular=lang.IRREGULAR_FORMS) else ""


def same_counted(f1: Features, c1: str, f2: Features, c2: str) -> bool:
    """The two quantities count one thing: the same head noun, or people and a kind of people
    who undergo the same thing ("Twelve workers were killed" / "At least 15 people were killed" /
    "the fire, which killed five people" / "Five people have died")."""
    h1, h2 = head_noun(c1), head_noun(c2)
    if h1 and h1 == h2:
        return True
    if _PEOPLE in (h1, h2) and not amount_only(c1) and not amount_only(c2):
        v = _verb_of(f1, c1)  # ... or "250,000 people ride" / "310,000 riders" (countwords.py)
        return bool(v) and v == _verb_of(f2, c2) or agent_counts(f1, c1, f2, c2, _PEOPLE)
    return False


def _fits(word: str, noun: str) -> bool:
    """One word is the other with an ending ("fined" / "fines")."""
    a, b = stem(word), stem(noun).rstrip("s")
    return len(b) >= 4 and (a.startswith(b) or b.startswith(a) and len(a) >= 4)


def bare_sum_of(f1: Features, q1, f2: Features, q2) -> bool:
    """A sum given alone ("was fined $3.1 million") and a sum of a noun ("$2.4 million in fines")
    of one currency: one figure when the word right before or after the bare sum is the other's
    noun ("The budget sets aside $240 million" is no sum of the budget)."""
    if q1.unit != q2.unit or not q1.unit or amount_only(q1.counted) == amount_only(q2.counted):
        return False
    (fb, qb), (fn, qn) = ((f1, q1), (f2, q2)) if amount_only(q1.counted) else ((f2, q2), (f1, q1))
    noun = head_noun(qn.counted)
    m = re.search(r"(?<![\w.])" + re.escape(qb.counted) + r"(?![\w])", fb.claim.text)
    if m is None:
        return False
    before = re.findall(r"[a-z]+", re.sub(r"[$£€]$", "", fb.claim.text[:m.start()]).lower())[-1:]
    after = re.findall(r"[a-z]+", fb.claim.text[m.end():].lower())[:1]
    return any(_fits(w, noun) for w in before + after)


def _apart(f1: Features, f2: Features) -> bool:
    """The two claims date what they say to different days: by the days they name when both
    name one (a report's day is not the event's), else by their `when` words."""
    if f1.days and f2.days:
        return days_apart(f1, f2)
    if same_count_year(f1, f2):
        return False  # "... in April and that it had spent $4.2 million ... in 2022" / "... spent $1.6 million ... in 2022" (sumyears.py)
    w1, w2 = claim_when(f1), claim_when(f2)  # not a possessive's time ("next year's budget")
    return bool(w1 and w2 and w1 != w2) or year_apart(f1, w1, f2, w2)


def _charged(f: Features) -> bool:
    """Every count of the claim stands in what a charge says was done ("charged X on Monday with
    accepting $40,000"): the claim's day dates the charge, not the counted act."""
    return bool(f.claim.quantities) and all(re.search(lang.CHARGE_COMPLEMENT_RE, _before(f, q.value), re.I)
                                            for q in f.claim.quantities)


def number_conflict(f1: Features, f2: Features, clash: bool, any_day: bool = False, least: float | None = None):
    """(q1, q2): a quantity of each claim counting the same thing with different values, or None;
    `any_day`: also on two days (the caller knows the claims tell one event: twofold.py); `least`: the
    shared wording the counts need, when the caller knows more (adjacent replies: withinreplies.py)."""
    if f1.claim.quantities and f2.claim.quantities and not clash:
        undated = _charged(f1) and _charged(f2)  # "charged on Monday with taking $40,000" / "pleaded on Tuesday to charges that he took $60,000"
        if (any_day or undated or not _apart(f1, f2) and not _relative_apart(f1, f2)) and not updates(f1) and not updates(f2):
            for q1 in f1.claim.quantities:
                for q2 in f2.claim.quantities:
                    bare = (ordered := ordered_sum(f1, q1, f2, q2)) or bare_sum_of(f1, q1, f2, q2)  # "verdict ordering X to pay $15 million"
                    cost = one_cost(f1, q1, f2, q2)  # "The trip cost $9,200" / "The trip cost $6,400 in all" (totals.py)
                    if q1.unit != q2.unit or not (bare or cost or same_counted(f1, q1.counted, f2, q2.counted) or bare_measure(f1, q1, f2, q2)) \
                            or not (head_noun(q1.counted) or cost):
                        continue
                    if round(q1.value, 6) == round(q2.value, 6) or holds(f1, q2) or holds(f2, q1):
                        continue  # a value the other claim also gives, in the same unit ("two hours" is no "two meters": digest51)
                    if head_noun(q1.counted) != head_noun(q2.counted) and (listed_part(f1, q1) or listed_part(f2, q2)):
                        continue  # "all 65 people aboard died" / "the 61 riders and four staff aboard"
                    if (_loose(f1, q1) or _loose(f2, q2)) and near(q1.value, q2.value) or compatible(f1, q1.value, f2, q2.value):
                        continue  # "more than $1 million" and "$1.1 million" can both be true; "nearly 30" / 27
                    if another_set(f1, q1) or another_set(f2, q2) or in_source(f1, q1) or in_source(f2, q2) or cited_figure(f1, q1) or cited_figure(f2, q2):
                        continue  # "test 60 more homes" / "tests at 40 homes"; "its own tests at 12 homes"; "two people briefed on it said"
                    if running_total(f1, q1) != running_total(f2, q2) and not cost:
                        continue  # "sold 40 permits on Monday" / "12,000 permits ... since 2022"
                    if measures_apart(f1, q1, f2, q2):  # countsets.py: "waited more than a year"; "23 weeks" of other things
                        continue  # "cut the risk of strokes by 18 percent" / "of heart attacks by 27 percent"
                    if _kind(f1, q1.value) != _kind(f2, q2.value):
                        continue  # "by 412 votes" / "received 151,208 votes"
                    if not ordered and _verbs_apart(f1, q1, f2, q2) or verbs_after_apart(f1, q1, f2, q2) or places_apart(f1, f2) or acts_apart(f1, q1, f2, q2) \
                            or object_subject_apart(f1, q1, f2, q2):
                        continue  # "employs 1,200 workers" / "laid off 200 workers"; "died" / "were injured"; two places; other acts
                    if _asked(f1, q1.value) != _asked(f2, q2.value):
                        continue  # "requested $5.7 billion for the wall" / "divert $3.6 billion ... to the wall"
                    if amount_only(q1.counted) and amount_only(q2.counted) and not same_amount_of(f1, q1.counted, f2, q2.counted) \
                            and not (any_day and one_sum(f1) and one_sum(f2)) and not cost:
                        continue  # two sums of money say nothing of what they pay for (two ledes of one event, one sum each, do: twofold.py)
                    ctx = similarity(f1, f2, drop={stem(w) for w in re.findall(r"[a-z]+", (q1.counted + " " + q2.counted).lower())})
                    # one named source giving two counts of one thing, in two articles, needs less
                    # shared wording ("15 bills ... ignored in the Senate" / "the Senate should take up 16 measures")
                    floor = least if least is not None else thresholds.NUMBER_SAME_SOURCE_SIM \
                        if same_source(f1, f2) and f1.names & f2.names else thresholds.NUMBER_SIM
                    # ... or the same word stands by both counts (the bare sum's word is the other's noun)
                    # ... or the two counts stand in one frame ("Turnout was 61%" / "Turnout was 58%": measure_frames.py)
                    # ... or the counted noun is rare in the batch ("fired six shots" / "counted 11 shots"; RARE_COUNTS)
                    if ctx >= floor or bare or cost or (_noun(q1) and same_setting(f1, q1, f2, q2)) or same_frame(f1, q1, f2, q2) \
                            or RARE_COUNTS and one_count(f1, q1, f2, q2) or same_rate_verb(f1, q1.counted, f2, q2.counted) or one_motion(f1, q1, f2, q2):
                        return q1, q2
    return None


def counts_differ(f1: Features, f2: Features) -> bool:
    """The two claims count the same thing (same_counted, one unit) with values the other claim
    does not hold: not one proposition ("Four workers were killed" / "Five people have died"); one value in two units does (measure_frames.units_apart)."""
    if units_apart(f1, f2):
        return True
    for q1 in f1.claim.quantities:
        for q2 in f2.claim.quantities:
            if q1.unit == q2.unit and head_noun(q1.counted) and same_counted(f1, q1.counted, f2, q2.counted) \
                    and round(q1.value, 6) not in f2.values and round(q2.value, 6) not in f1.values:
                return True
    return False


_TALLY = re.compile(r"(?<![\w.$-])(\d{1,3})-(\d{1,3})(?![\w-])")
_VOTE = {lemma(stem(w)) for w in lang.EVENT_VERB_CLASSES[0]}


def _tallies(f: Features) -> set[str]:
    """Tallies of a vote in the claim: "7-2" with a word of voting within three tokens of it; and a
    match's score with a word of its result ("beat <Club> 3-1", "a 24-17 victory": lang.SCORE_WORDS; numbers37)."""
    out = set()
    for m in _TALLY.finditer(f.claim.text):
        near = re.findall(r"[a-z]+", f.claim.text[:m.start()].lower())[-3:] + re.findall(r"[a-z]+", f.claim.text[m.end():].lower())[:3]
        if any(lemma(stem(w)) in _VOTE or w in lang.SCORE_WORDS for w in near):
            out.add(m.group(0))
    return out | word_tallies(f.claim.text)  # "Six of the nine members backed ... and three voted ..." (countwords.py)


def tally_conflict(f1: Features, f2: Features) -> tuple[str, str, str] | None:
    """Two tallies of one vote ("The council voted 7-2 on Wednesday to approve a $1.8 billion budget"
    / "The council approved the budget by a vote of 6-3"): each claim gives one, they differ, the
    days do not, and the claims share two content words besides the voting words."""
    t1, t2 = _tallies(f1), _tallies(f2)
    if len(t1) != 1 or len(t2) != 1 or t1 == t2 or _apart(f1, f2):
        return None
    shared = {w for w in f1.words & f2.words if not w.startswith("#") and lemma(w) not in _VOTE}
    voted = any(lemma(w) in _VOTE for w in f1.words | f2.words)  # what the conflict is titled: "vote" or "score"
    return (next(iter(t1)), next(iter(t2)), "vote" if voted else "score") if len(shared) >= 2 else None


def dated_apart(f1: Features, f2: Features) -> bool:
    """The two claims' counts are of different times (`_apart`, `_relative_apart`): vaguecounts.py."""
    return _apart(f1, f2) or _relative_apart(f1, f2)


def figures_in(text: str):
    """The text's numbers less the sides of a tally (`_figures`): vaguecounts.py."""
    return _figures(text)
