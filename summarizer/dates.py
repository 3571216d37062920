"""Resolve the time of a claim: "on Wednesday" in an article dated 2024-08-14 → 2024-08-14.

Only phrases that appear in the claim's evidence (or the sentence before it) are used; a
phrase that cannot be pinned to a day is kept raw ("overnight", "last September"), and so is a
bound ("through Feb. 15", "until Friday"). A weekday in a clause about the future ("due to be
arraigned on Thursday") is the next such day, otherwise the last one on or before the date.

Hand-written on purpose: evals/tools/weigh_libs.py weighed it against dateparser (RELATIVE_BASE
= the article's date) on the gold `when`s and on BASIL's dated articles; see evals/RESULTS.md,
"Hand-written vs library".
"""

from __future__ import annotations

import datetime as dt
import re

from . import dated_nouns, lang, measure_subjects, noun_times
from .lang import (ANCHORED_DAYS_RE, COMMA_YEAR_FOLLOWERS_RE, EVENT_ADJECTIVE_ENDINGS_RE, BOUNDED_YEAR_RE, DAY_RANGE_JOINERS, MONTH_PART_RE, DATE_BOUNDS, DAY_PARTS, FUTURE_MARKERS_RE,
                   MONTH_ABBREVIATIONS_RE, MONTHS, NUMBER_UNITS, PAST_MARKERS, RELATIVE_DAYS_RE, SAME_DAY_WORDS,
                   SCHEDULE_VERBS, WEEKDAY_LEADERS, WEEKDAYS)

_WEEKDAYS = list(WEEKDAYS)
_MONTHS = list(MONTHS)
# A month: its abbreviation (captured) and, if written, the rest of its name; never a longer word
# ("19 separate", "5-4 decision", "12 marines" are not dates: weigh_libs.py found them in BASIL).
_REST_OF_NAME = "|".join(rf"(?<={m[:n]}){m[n:]}" for m, n in ((m, 4 if m == "september" else 3) for m in MONTHS)
                         if m[n:])
_MON = rf"({MONTH_ABBREVIATIONS_RE})(?:{_REST_OF_NAME})?\.?(?![a-z])"
_BOUND = "|".join(DATE_BOUNDS)
_LEADS = "".join(w + " |" for w in WEEKDAY_LEADERS)  # "on |last |...|": a weekday phrase's optional first word
_FUTURE = re.compile(FUTURE_MARKERS_RE, re.I)
_DAY_OF_RANGE = rf"(?:{'|'.join(_WEEKDAYS)})(?: (?:{'|'.join(DAY_PARTS)}))?|{_MON} \d{{1,2}}(?!\d)(?:,? \d{{4}}(?!\d))?|\d{{1,2}} {_MON}(?:,? (?:19|20)\d\d(?!\d))?"  # "10 May, 2014" (read38)
# A range of days ("from March 3 to 5", "between Monday and Wednesday", "Sept. 4-6"): no single day,
# kept raw (GUIDELINES §9; the gold keeps "between 2009 and 2016").
_RANGE = (rf"(?:from|between) (?:{_DAY_OF_RANGE}) (?:{'|'.join(DAY_RANGE_JOINERS)}) (?:{_DAY_OF_RANGE}|\d{{1,2}}(?!\d))"
          rf"|{_MON} \d{{1,2}}[-–]\d{{1,2}}(?!\d)")
_RANGE_START = re.compile(rf"(?:{_RANGE})$", re.I)
_ANCHORED = re.compile(rf"{ANCHORED_DAYS_RE}$", re.I)
_PHRASE = re.compile(
    rf"\b({_RANGE}"
    rf"|(?:{_BOUND}) (?:{'|'.join(_WEEKDAYS)})['’]s (?:[a-z]+(?:{EVENT_ADJECTIVE_ENDINGS_RE}) )?[a-z]+"  # "since Monday's debate": a bound at another event
    # (an adjective before the event's noun goes with it: "before Wednesday's goalless draw"; read30)
    rf"|(?:on )?(?:{'|'.join(_WEEKDAYS)}) and (?:{'|'.join(_WEEKDAYS)})"  # two days: no one day (read12a)
    rf"|(?:on )?(?:{'|'.join(_WEEKDAYS)}),? (?:{_MON} \d{{1,2}}(?!\d)(?:,? \d{{4}}(?!\d))?|\d{{1,2}} {_MON}(?: \d{{4}})?)"  # "on Friday 14 March" (read19)
    rf"|(?:{_LEADS}(?:{_BOUND}) )?(?:{'|'.join(_WEEKDAYS)})(?: (?:{'|'.join(DAY_PARTS)}))?"
    rf"|(?:on |(?:{_BOUND}) )?{_MON} \d{{1,2}}(?!\d)(?:,? \d{{4}}(?!\d))?"
    rf"|\d{{1,2}} {_MON}(?: \d{{4}}|, (?:19|20)\d\d(?={COMMA_YEAR_FOLLOWERS_RE}))?"  # "on 12 May, 2014": the year after a comma (read38)
    r"|\d{4}-\d\d-\d\d"
    rf"|{RELATIVE_DAYS_RE}"
    rf"|(?:in |last |since )(?:{'|'.join(_MONTHS)})(?: (?:and|or) (?:{'|'.join(_MONTHS)}))?(?: \d{{4}})?"  # "in August and October 2017" (read12c)
    rf"|(?:on|starting|beginning) (?-i:{'|'.join(m.title() for m in _MONTHS)}) (?:19|20)\d\d"  # "on July 2012" (read34), "starting January 2016" (real54)
    rf"|{lang.YEAR_SPAN_RE}"  # "between 2011 and 2019" (left16)
    rf"|{BOUNDED_YEAR_RE}"
    rf"|{MONTH_PART_RE}"
    rf"|(?:(?:{_BOUND}|in) )?(?:the )?(?:{'|'.join(sorted(lang.SEASONS))}) (?:of )?(?:19|20)\d\d"  # "by autumn 2019" (read40)
    r"|in 1[6-8]\d\d(?!\s+[a-z])"  # "was built in 1822" (not "in 1800 homes"; read40)
    r"|in (?:19|20)\d\d)\b",
    re.I,
)


#: A date of the month (no year) at most this many days after the article's day, in a clause with
#: no sign of the future, is still the coming one, not last year's (resolve; read12c).
SOON_DAYS = 14


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def resolve(phrase: str, published: str | None, future: bool = False) -> str:
    """ISO date when `phrase` names a day that `published` pins down; the phrase otherwise.
    `future`: the phrase is in a clause about the future (a weekday is the next one)."""
    pub = _date(published)
    p = phrase.strip().lower()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", p):
        return p
    full = re.search(rf"\b{_MON} \d{{1,2}}(?!\d),? (?P<y1>\d{{4}})(?!\d)|\b\d{{1,2}} {_MON},? (?P<y2>\d{{4}})(?!\d)", p)
    if pub is None and full:  # "Jan. 1, 2024" needs no publication date to pin it down (session 30)
        pub = dt.date(int(full.group("y1") or full.group("y2")), 1, 1)
    if pub is None or any(p.startswith(b + " ") for b in DATE_BOUNDS) or _RANGE_START.match(p) \
            or re.search(rf"\b(?:{'|'.join(_WEEKDAYS)}) and (?:{'|'.join(_WEEKDAYS)})\b", p):
        return phrase.strip()
    dated = re.search(rf"\b{_MON} \d{{1,2}}(?!\d)|\b\d{{1,2}} {_MON}", p)  # "on Friday, 18 September": the date decides (read19)
    for i, wd in enumerate(_WEEKDAYS):
        if re.search(rf"\b{wd}\b", p) and not dated:
            if p.startswith("next "):  # "next Tuesday": the coming one, a week on if it is today
                return (pub + dt.timedelta(days=(i - pub.weekday() - 1) % 7 + 1)).isoformat()
            if future and not p.startswith("last "):  # ("this Tuesday" in a clause about the future: the coming one)
                return (pub + dt.timedelta(days=(i - pub.weekday()) % 7)).isoformat()
            back = (pub.weekday() - i) % 7
            if p.startswith("last ") and back == 0:
                back = 7
            return (pub - dt.timedelta(days=back)).isoformat()
    m = re.search(rf"\b{_MON} (\d{{1,2}})(?!\d)(?:,? (\d{{4}})(?!\d))?", p) or re.search(rf"\b(\d{{1,2}}) {_MON}(?:,? (\d{{4}}))?", p)
    # (a year after the day with no comma, "January 1 2014", is the date's year too: read26)
    if m:
        g = m.groups()
        mon_s, day_s = (g[0], g[1]) if not g[0].isdigit() else (g[1], g[0])
        month = next(i for i, n in enumerate(_MONTHS, 1) if n.startswith(mon_s[:3]))
        year = int(g[2]) if g[2] else pub.year
        try:
            d = dt.date(year, month, int(day_s))
        except ValueError:
            return phrase.strip()
        if not g[2] and d > pub and not future and (d - pub).days > SOON_DAYS:
            d = d.replace(year=year - 1)  # (a date of the month a few days ahead is the coming one: "before the
            # president gives his address on Jan. 28" in a Jan. 23 article; read12c, a BASIL story)
        elif not g[2] and d < pub and future and (pub - d).days > 31:
            d = d.replace(year=year + 1)  # "will be sworn in on Jan. 6" in a November article: the coming one
        return d.isoformat()
    if p in SAME_DAY_WORDS:
        return pub.isoformat()
    if p == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    return phrase.strip()


def _as_mid_sentence(phrase: str) -> str:
    """The phrase lower-cased as it reads mid-sentence ("In June" -> "in June", "Two days later" ->
    "two days later"; GUIDELINES §9); a weekday or a month keeps its capital."""
    first = phrase.split(" ", 1)[0].rstrip(".").lower()
    if first in _WEEKDAYS or len(first) >= 3 and any(m.startswith(first) for m in _MONTHS):
        return phrase
    return phrase[:1].lower() + phrase[1:]


def find_phrase(text: str) -> str | None:
    """The first time phrase of `text` outside a description of a noun (`descriptions`: "The
    telescope, launched in 2021, captured the image last week" -> "last week"; none when the only
    one is a description's) and outside a wire dateline; one written in capitals is part of a name ("USA TODAY's weekly
    series"), not a time."""
    skip = descriptions(text) + [m.span() for m in _DASH_WH.finditer(text)]  # "the House – where reform will die this year –" (read12c)
    skip += [m.span() for m in re.finditer(lang.ROLE_TAKING_RELATIVE_RE, text)]  # "the man who became mayor in 2019 has ..." (shapes35)
    wire, fallback = _DATELINE.match(text), None  # "DOVER, Del., Jan. 9 (Reuters) — ": the report's day, furniture (GUIDELINES §13)
    if wire:
        skip.append((0, wire.end()))
    for m in _PHRASE.finditer(text):
        if any(a <= m.start(1) < b for a, b in skip):
            continue
        if _TITLED.match(text, m.start(1)) and text[:m.start(1)].rstrip()[-1:] in "“\"‘'":
            continue  # ABC's “This Week”: a title in quotation marks, not a time
        if text[m.start(1):m.start(1) + 5] == "Today" and re.search(r"[\w,’'](?<![.!?])\s+$", text[:m.start(1)]):
            continue  # "<network>'s Today show": a capital "Today" inside a sentence is a title, not a time (read34)
        if re.search(r",\s+with\s+(?:plans|a\s+plan|hopes|the\s+aim)\s+to\b[^,;:.!?]*$", text[:m.start(1)]):
            continue  # "is opening X in Oslo, with plans to add Y later this year": the plan's time, not the claim's (read39)
        if re.search(r"\b(?i:every|each)\s+$", text[:m.start(1)]) or measure_subjects.baseline_time(text, m.start(1), m.group(1)) or noun_times.participle_dated(text, m.start(1)) or noun_times.contact_relative(text, m.start(1)) == "nested" or noun_times.not_a_time(text, m.start(1), m.group(1)):
            continue  # "in the pew every Sunday": a habit; "up from 55% four years ago": a baseline's (numbers37); "built ten years ago" (lead34)
        if any(w in lang.MONTHS for w in re.findall(r"\b[a-z]+\b", m.group(1))) and (
                not re.search(r"\d", m.group(1)) or "may" in m.group(1).split() or text[:m.start(1)].endswith("/")):
            continue  # "attended the 9/12 march": a month is written with a capital; "march" is a noun
            # (a lower-case month with its day is a date: "on 15 march" in a lower-cased corpus; not "2 may")
        if re.match(lang.RECORD_SPAN_PHRASE_RE, m.group(1)) \
                and re.search(lang.RECORD_BEFORE_SPAN_RE, text[max(0, m.start(1) - 50):m.start(1)], re.I):
            continue  # "for the first time in 31 years", "its highest level since 2008": the record's span, not the claim's time
        if _LAPSE_FROM.search(text, 0, m.start(1)):  # (at a clause's head: not "for the first time in 31 years after ...")
            continue  # "Ten days after the vote on May 2, the mayor quit": the date the lapse counts from (read32)
        if _names_a_noun(text, m):
            continue  # "Sept. 11 survivors", "the Sept. 11 attacks": a date that names a noun, not the claim's time
        if m.group(1).istitle() and m.group(1).lower() in lang.WEEKDAYS and (cap := re.search(r"\b([A-Z][\w'’]*)\s+$", text[:m.start(1)])) \
                and cap.group(1).lower() not in lang.WEEKDAY_LEADERS and re.match(r"\s+[A-Z][a-z]", text[m.end(1):]):
            continue  # "told BBC Sunday Politics", "The Sunday Times": a weekday inside a title, no time (read39)
        if m.group(1).lower() in lang.WEEKDAYS and re.match(r"['’]s\b", text[m.end(1):]):
            continue  # "reviewed Saturday's flight", "Monday's closing price": a day naming a thing (left18)
        if ((rel := _RELATIVE_OPEN.search(text[:m.start(1)])) and rel.group(1) not in lang.CUE_VERBS | lang.THAT_CLAUSE_VERBS
                or noun_times.planned(text, m.start(1)) or noun_times.contact_relative(text, m.start(1))) and fallback is None:  # ("a plan to close it next summer": lead34)
            fallback = m.group(1)  # "a man who was shot in 2022, his lawyers said on Thursday": the relative's time, last
            continue
        if not (m.group(1).isupper() and len(m.group(1)) > 3):
            if (dated := _DATED_AFTER_LAPSE.match(text, m.end(1))) and _LAPSE_END.search(m.group(1)):
                return _as_mid_sentence(dated.group(1))  # "Three years later, in 1987, ...": the year dates it (read26)
            return _as_mid_sentence(m.group(1).replace("’", "'"))  # "since Monday’s debate": one spelling
    return _as_mid_sentence(fallback.replace("’", "'")) if fallback and not (fallback.isupper() and len(fallback) > 3) else None


#: A relative clause opened after a noun with no comma or stop since: what it dates is the noun's
#: ("a man who was shot in 2022", "a loan that was due in June", "half what it fetched in 2018"), not
#: the claim's; not after a verb of saying ("said that ..."; find_phrase, left18)
_RELATIVE_OPEN = re.compile(r"\b([a-z]{3,})\s+(?:who|whom|whose|what|that)\b[^,;:.!?“”\"]*$")


#: A lapse of time from an event before ("three years later", "two days earlier") and the year set off right after
#: it (", in 1987,"): the year dates the claim, the lapse only counts from the event before (find_phrase; read26).
_LAPSE_END = re.compile(r"\b(?:later|earlier)$", re.I)
#: A counted lapse "after"/"before" an event whose date follows in the same clause ("two weeks after her death on ..."):
#: that date is the event's the lapse counts from, not the claim's (find_phrase; read32). At the head of a clause.
_LAPSE_FROM = re.compile(r"(?:^|(?<=[.;,:!?]\s))\W*(?:(?:just|only|" + lang.APPROXIMATORS_RE + r")\s+)?(?:\d+|" + "|".join(lang.NUMBER_UNITS) + r")\s+(?:" + "|".join(sorted(u.rstrip("s") + "s?" for u in lang.TIME_UNITS))
                         + r")\s+(?:after|before)\b[^,;:.!?]*$", re.I)
_DATED_AFTER_LAPSE = re.compile(rf",\s+(in\s+(?:(?:{'|'.join(_MONTHS)})\s+)?(?:19|20)\d\d)\b(?!\d)", re.I)


#: A bare date of the month ("Sept. 11", "July 4"), as `_PHRASE` finds it without "on" or a bound.
_BARE_DAY = re.compile(rf"{_MON} \d{{1,2}}$", re.I)


def _names_a_noun(text: str, m: re.Match) -> bool:
    """The date is a modifier of the noun after it ("Sept. 11 survivors", "the Sept. 11 attacks",
    "the July 4 parade"; read13a, a BASIL story): the noun's name, not when the claim's event
    happened. Not before a function word, an -ly adverb or an -ed verb ("Sept. 11 and 12", "July 4
    was hot", "March 3 marked ...")."""
    if not _BARE_DAY.match(m.group(1)):
        return False
    nxt = re.match(r"\s+([a-z][a-z-]*)\b", text[m.end(1):])
    if nxt is None:
        return False
    w = nxt.group(1)
    return not (w in lang.PREPOSITIONS or w in lang.CLAUSE_WORDS or w in lang.CLAUSE_COORDINATORS
                or w in lang.AUXILIARY_VERBS or w in lang.MODALS or w == "to" or w.endswith(("ly", "ed")))


_DATELINE = re.compile(lang.DATELINE_RE)
_DASH_WH = re.compile(r"\s(?:--|—|–|-)\s+(?:where|which|whose|who|[a-z]+ed)\s[^—–;:“”\"]{1,120}?\s(?:--|—|–|-)\s")  # (a participle: "- announced next Friday -", read34)
_TITLED = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+(?=[,.!?]?[”\"’'])")  # "This Week," closed by a quote mark
_RELATIVE = re.compile(rf",\s+(?:(?:{lang.RELATIVE_PREPOSITIONS_RE})\s+)?(?:{lang.RELATIVE_WORDS_RE})\b[^,;:]*")
_PARTICIPLE = re.compile(rf"(?:^|,)\s*(?:(?i:first)\s+|[A-Za-z]+ly\s+)?([A-Za-z]+)\s+(?:{lang.RELATIVE_PREPOSITIONS_RE}|since|last|this)\b[^,;:]*")
_APPOSITIVE = re.compile(r"(?<=[a-z0-9)])\s*,\s+(?:a|an|the)\s+[^,;:]*")  # (after an age: "Mr. Vane, 44, a ..."; lead38; a party tag "(D-N.Y.)": real57)
# a place's "where" clause inside the sentence ("As reporters found in Dayton, where the company began
# in the 1950s, the founder spoke last month"): the place's history, not the claim's time
_WHERE = re.compile(r"\s*,\s+where\s[^,;:]*(?=,)")
_APPOSITIVE_VERB = re.compile(rf"\b(?:{lang.RELATIVE_WORDS_RE}|that)\b")


def _timed_event_before(text: str, at: int) -> bool:
    """The description at `at` follows an event or a report ("The storm, which hit on Monday,", "The
    study, published on Monday,"): its time is the claim's, not a description's (fields9)."""
    m = re.search(r"([A-Za-z]+)\s*$", text[:at])
    return bool(m) and m.group(1).lower() in lang.TIMED_EVENT_NOUNS


def _participle(word: str) -> bool:
    w = word.lower()
    return w.endswith("ed") and len(w) > 4 and w not in lang.CUE_VERBS or w in lang.DESCRIPTION_PARTICIPLES  # "shown on Tuesday" (left18)


def _verbish(word: str) -> bool:
    w = word.lower()
    return w.endswith("ed") and len(w) > 4 or w in lang.BE_FORMS or w in lang.MODALS or w in lang.IRREGULAR_VERBS or w in lang.CUE_VERBS  # (date10)


_REDUCED_RELATIVE = re.compile(rf"\b([A-Za-z]+)\s+(?:{lang.RELATIVE_PREPOSITIONS_RE}|since)\b")


def _own_words(appositive: str) -> list[str]:
    """The words of an appositive that may be its own verb: not a participle that opens a phrase
    describing the noun ("a former judge appointed in 2010", date10)."""
    bare = _REDUCED_RELATIVE.sub(lambda m: "" if _participle(m.group(1)) else m.group(0), appositive)
    return re.findall(r"[A-Za-z]+", bare)


#: a place's second part after a comma (", North Carolina", ", Calif."), and a verbless piece set off after it
_PLACE_TAIL = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s*){1,3}(?=,)")
_SET_OFF_PIECE = re.compile(r",\s+([a-z][^,;:“”\"]{0,60})(?=,)")


def _relative_end(text: str, end: int) -> int:
    """Where a relative clause that stopped at a comma really ends: past a place's second part (", who was
    held in Dayton, Ohio, last year," dates the holding, not the claim; shapes34) and the verbless piece
    after it ("last year"); not past a piece with a verb (", who lives in Dayton, Ohio, said ...")."""
    m = _PLACE_TAIL.match(text, end)
    if m is None or not re.search(r"\b[A-Z][\w.'’-]*$", text[:end]):
        return end
    end = m.end()
    p = _SET_OFF_PIECE.match(text, end)
    if p is not None and not any(_verbish(w) for w in re.findall(r"[A-Za-z]+", p.group(1))):
        end = p.end()
    return end


def descriptions(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that describe a noun rather than tell the claim, whose time phrases are the
    noun's ("the governor in 2019" of an adviser, not the day of her quote):
    (not after a noun of an event or a report, lang.TIMED_EVENT_NOUNS: "The storm, which hit on
    Monday, killed 12 people" happened on Monday)
    - a non-restrictive relative clause: ", who led the team to a title in 2018,", ", which was
      founded in 1962," (to the next comma);
    - a participle phrase set off by commas before the predicate, or opening the sentence:
      "The mayor, first elected in 2011, announced ...", "Founded in 1987, the festival ...";
    - an appositive after a name, to the next comma or the end, when it holds no verb of its own
      before a relative: '..., said Jane Doe, a tax consultant at Acme who advised the governor
      in 2019.', "Dr. Rao, a cardiologist in Dayton since 2015, said ..."."""
    out = [(m.start(), _relative_end(text, m.end())) for m in _RELATIVE.finditer(text) if not _timed_event_before(text, m.start())]
    out += [(m.start(), m.end()) for m in _WHERE.finditer(text)  # ", where the mill opened in 1921," (read11a)
            if re.search(r"\b[A-Z][\w.'’-]*$", text[:m.start()])]  # (after a place's name)
    for m in _PARTICIPLE.finditer(text):
        if not _participle(m.group(1)) or _timed_event_before(text, m.start()):
            continue
        closes = m.end() < len(text) and text[m.end()] == ","
        nxt = re.match(r",\s*([a-z]+)", text[m.end():])
        opening = m.group(0).lstrip()[:1] != "," and not text[:m.start()].strip()
        if opening and closes or closes and m.group(0).startswith(",") and not (nxt and nxt.group(1) in lang.COORDINATORS + ("or",)) \
                and not (re.search(r",\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*$", text[:m.start()]) and not (nxt and _verbish(nxt.group(1)))):  # (session 33)
            out.append((m.start(), m.end()))
    for m in _APPOSITIVE.finditer(text):
        name = re.search(r"([A-Z][\w.'’-]*)(?:,\s+\d{1,3}|\s*\([A-Z][^()]{0,15}\))?\s*$", text[:m.start()])
        if not name or name.group(1).lower() in lang.MONTHS or name.group(1).lower() in lang.WEEKDAYS:
            continue
        own = _APPOSITIVE_VERB.split(m.group(0), 1)[0]
        if not any(_verbish(w) for w in _own_words(own)):
            out.append((m.start(), m.end()))
    return out


_SCHEDULED = re.compile(rf"\b(?:{'|'.join(SCHEDULE_VERBS)})(?:s|es)?\b", re.I)
# "crews expected hot, dry winds to push the flames east on Monday": an expectation's infinitive
# runs to the day, across the commas of its object (agree9's c07 miss)
_EXPECTED_TO = re.compile(r"\bexpect(?:s|ed)?\b[^;]*\bto\s+[a-z]+\b[^,]*$", re.I)
_PAST = re.compile(rf"\b(?:{'|'.join(PAST_MARKERS)}|[a-z]{{2,}}ed|[a-z]+n['’]t)\b", re.I)


#: A plan named as a noun before the day ("plans for a march on Saturday"): the planned event is ahead.
_PLANS_FOR = re.compile(r"\bplans?\s+(?:for|of)\b", re.I)


def _past(text: str) -> bool:
    """`text` holds a verb in the past or the perfect other than a verb of speech ("the governor
    said" tells when it was said, not when the law takes effect)."""
    return any(m.group(0).lower() not in lang.CUE_VERBS for m in _PAST.finditer(text))


def is_future(text: str, phrase: str, at: int | None = None) -> bool:
    """True when the words before `phrase` in `text` (at `at`, else its first occurrence), back
    to the last comma or stop and at most 80 characters, speak of the future: "will", "due to",
    "scheduled", "is expected", ... ("The pair is due to be arraigned on Thursday"); or end in a
    present "is"/"are" ("The final is Saturday"); or hold a verb of a scheduled event in the
    present tense when nothing in `text` is past ("The trial begins Monday", "The new tariffs
    take effect June 1"; date10)."""
    at = text.lower().find(phrase.strip().lower()) if at is None else at
    before = text[max(0, at - 80):at] if at >= 0 else ""
    sentence = re.split(r"[.;:!?]", re.sub(r"\b([ap])\.m\.", r"\1m", before))[-1]  # "at 7 a.m. on Tuesday": one clause
    before = sentence.split(",")[-1]
    if _FUTURE.search(before) or re.search(r"\b(?:is|are)\s*$", before) or _EXPECTED_TO.search(sentence):
        return True
    if at >= 0 and _EXPECTED_TO.search(re.split(r"[.;:!?,]", text[max(0, at - 200):at])[-1]):
        return True  # "Mr. Doe is expected to push for a new law in his annual address Tuesday": one long clause (read12c)
    if at >= 0 and _future_far_back(re.split(r"[.;:!?,]", text[max(0, at - 200):at])[-1]):
        return True  # "Ms. Doe, a director, plans to invoke her right during her expected testimony before the House Committee on Wednesday" (digest15)
    if at >= 0 and not sentence.strip(" \n\"“") and re.match(r"\W*,?\s*(?:[^,.;:!?]{0,60}?)\b(?:" + FUTURE_MARKERS_RE + r")",
                                                   text[at + len(phrase.strip()):at + len(phrase.strip()) + 90], re.I):
        return True  # "On Friday, supporters will have their say": the day opens a future clause (read11a)
    plans = _PLANS_FOR.search(before)
    if plans and not _PAST.search(before[:plans.start()]):
        return True  # "..., along with plans for a march at the courthouse on Saturday" (read11a)
    return bool(_SCHEDULED.search(before)) and not _past(text)


#: A finite verb in the past: a past marker, or an -ed word before an object or a preposition
#: ("who sentenced him on", "passed the bill on"), not an -ed word describing the noun after it
#: ("her expected testimony on").
_FINITE_PAST = re.compile(rf"\b(?:{'|'.join(PAST_MARKERS)})\b|\b[a-z]{{2,}}ed\s+(?:{'|'.join(lang.PERSON_OBJECT_PRONOUNS)}|"
                          rf"{'|'.join(lang.NOUN_DETERMINERS)}|{lang.RELATIVE_PREPOSITIONS_RE})\b", re.I)


def _future_far_back(clause: str) -> bool:
    """A future marker opens the one clause (no comma or stop) that runs on to the day, further back
    than is_future's 80 characters, with no finite past verb after it."""
    m = None
    for m in _FUTURE.finditer(clause):
        pass
    return m is not None and not _FINITE_PAST.search(clause[m.end():])


def _counted_from(phrase: str, before: str, published: str | None) -> str | None:
    """The day of an anchored phrase ("Two days later", "the next day") counted from the day of
    `before` (the sentence before: its first time phrase, as its claim's `when`), when that
    resolves to one; else None ("charged on Thursday with the Jan. 3 shooting. He was arrested the
    night before": the Wednesday)."""
    m = _ANCHORED.match(phrase.strip().lower())
    if not m or not before.strip():
        return None
    anchor = find_phrase(before)  # the day of the sentence before: its own `when`, not a date it mentions
    day = resolve(anchor, published, future=is_future(before, anchor)) if anchor else ""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    n, unit, way, which, rel = m.groups()
    if n:
        delta = (int(n) if n.isdigit() else NUMBER_UNITS.get(n, 1)) * (7 if unit.startswith("week") else 1)
        delta = -delta if way == "earlier" else delta
    else:
        delta = -1 if which == "previous" or rel == "before" else 1
    return (dt.date.fromisoformat(day) + dt.timedelta(days=delta)).isoformat()


def when_for(model_when: str | None, context: str, evidence: str, published: str | None) -> str | None:
    """The claim's `when`: the model's phrase if the context has it, else one found in the evidence;
    a phrase counted from another day ("Two days later") is counted from the day the sentence
    before names, when it names one."""
    phrase, where = None, evidence
    if model_when and model_when.strip().lower() not in ("null", "none", "unknown", ""):
        if model_when.strip().lower() in context.lower():
            phrase, where = model_when, context
    phrase = phrase or find_phrase(evidence) or dated_nouns.date_before_noun(evidence, descriptions(evidence))  # "In an August speech"
    if not phrase:
        return None
    at = context.find(evidence) if evidence else -1
    counted = _counted_from(phrase, context[:at] if at > 0 else "", published)
    return counted or resolve(phrase, published, future=is_future(where, phrase))
