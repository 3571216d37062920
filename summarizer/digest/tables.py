"""The digest's sections that are rows, one per claim or quantity: the timeline and the quantity
table. Each row comes with its sort key, so the on-disk path (claimindex.py) can sort them in
SQL and read them back in the same order as the lists built here."""

from __future__ import annotations

import re

from .. import lang
from ..ground import normalize
from ..quantity import is_noun_phrase_of
from ..schema import Claim
from .forecastyear import forecast_year
from .rowcontext import (bound_of, bound_year, counts_its_source, in_background_report, in_denied_object, compared_year, in_opening_frame, in_quoted_frame,
                         in_source_apposition, inner_according, occasion_year)
from .schema import ClaimRef, QuantityRow, TimelineEntry

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(lang.WEEKDAYS) + r")\b(?!['’]s\b)", re.I)
_POSSESSIVE_DAY = re.compile(r"\b(?:" + "|".join(lang.RELATIVE_DAY_PREPOSITIONS) + r")\s+(?:" + "|".join(lang.WEEKDAYS)
                             + r")['’]s\s+[a-z]", re.I)
_MONTH_DAY = re.compile(r"\b(?:" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+\d", re.I)


def dated_by_another_event(text: str) -> bool:
    """The claim's only day is a weekday in the possessive after a preposition ("a 27% premium
    over Friday's closing price", "since Monday's vote"): the day of what it is measured from,
    not of what the claim says ("Monday's vote was close" is dated); no place in the timeline."""
    return bool(_POSSESSIVE_DAY.search(text)) and not _WEEKDAY.search(text) and not _MONTH_DAY.search(text)


_TIME_TAIL = re.compile(r"\s+(?:" + "|".join(lang.WEEKDAYS) + r")(?:\s+(?:" + "|".join(lang.DAY_PARTS) + r"))?$", re.I)


def counted_as_shown(counted: str) -> str:
    """What a row counts, without the day that ends its phrase ("$412 million spending plan
    Thursday night" -> "spending plan", "a five-day strike Monday" -> "five-day strike"): when
    it happened is the row's `when`, not what is counted."""
    return _TIME_TAIL.sub("", counted).strip() or counted


def _ref(aid: str, c: Claim) -> ClaimRef:
    return ClaimRef(article=aid, claim=c.id)


def time_offset(counted: str, unit: str | None, text: str) -> bool:
    """The quantity is only a stretch of time that dates something from another time ("eight
    years ago", "almost 14 months after the election", "less than 36 hours into the new term"):
    when the claim happened, not a thing it counts (lang.MEASURE_OFFSET_WORDS right after it)."""
    if unit not in lang.TIME_UNITS or counted.split()[-1].lower().rstrip("s") != unit.rstrip("s"):
        return False
    m = re.search(r"(?<![\w.])" + re.escape(counted) + r"\s+(\w+)", text)
    if m is None or m.group(1).lower() not in lang.MEASURE_OFFSET_WORDS:
        return False
    # "served in the navy for 19 years before retiring": a length, whatever follows it
    return not re.search(r"\bfor\s+(?:(?:" + lang.APPROXIMATORS_RE + r"|more than|just|only)\s+)?$", text[:m.start()], re.I)


def the_claims_window(counted: str, unit: str | None, when: str | None) -> bool:
    """The quantity is the stretch of time the claim's `when` already gives ("12 raids in the
    past four years": "four years"; "over the past 24 hours"): when the claim's count was made,
    shown in the row's `when` column, not a thing counted (digest33)."""
    return bool(when) and unit in lang.TIME_UNITS and normalize(counted).lower() in normalize(when).lower()


def told_in_its_sentence(claims) -> set[tuple[int, float, str | None, str]]:
    """(claim's place in `claims`, value, unit, counted) of each quantity a part claim repeats from
    its own sentence: its evidence inside another claim's of the same article, same source, same
    quantity ("Markey ... has a $3.1 million war chest" and its part "Markey has a $3.1 million war
    chest"): one row, the sentence's."""
    by_article: dict[str, list[int]] = {}
    for n, (a, _) in enumerate(claims):
        by_article.setdefault(a.id, []).append(n)
    out = set()
    for ns in by_article.values():
        for n in ns:
            c = claims[n][1]
            for m in ns:
                c2, e = claims[m][1], claims[m][1].evidence
                if m == n or c2.attributed_to != c.attributed_to or not (e.start <= c.evidence.start and c.evidence.end <= e.end) \
                        or ((e.start, e.end) == (c.evidence.start, c.evidence.end) and m > n):
                    continue
                out |= {(n, x.value, x.unit, x.counted) for x in c.quantities} & {(n, x.value, x.unit, x.counted) for x in c2.quantities}
    return out


def quantity_rows(claims) -> list[tuple[tuple, QuantityRow]]:
    """(sort key, row) for every quantity by who claims it, in claim order; a row whose `counted`
    is not a noun phrase of its claim (a model's or an older cache's output) is never shown, nor
    one that only dates the claim (time_offset). A number in the frame of a quoted statement is the
    outlet's, and a year of one occasion in a list is not the row's `when` (rowcontext.py)."""
    claims = list(claims)
    repeats = told_in_its_sentence(claims)
    rows = [QuantityRow(counted=counted_as_shown(q.counted), value=q.value, unit=q.unit, bound=bound_of(c.text, q.counted),
                        attributed_to=_row_source(c, q.counted),
                        when=None if occasion_year(c.text, c.when) or bound_year(c.text, c.when) or compared_year(c.text, c.when) else c.when, ref=_ref(a.id, c))
            for n, (a, c) in enumerate(claims) for q in c.quantities
            if is_noun_phrase_of(q.counted, c.text) and not time_offset(q.counted, q.unit, c.text)
            and not counts_its_source(c.text, q.counted, c.attributed_to)
            and not the_claims_window(q.counted, q.unit, c.when)
            and (n, q.value, q.unit, q.counted) not in repeats]
    return [((normalize(r.counted), r.when or "", r.value), r) for r in rows]


def _row_source(c, counted: str) -> str | None:
    """Who claims a quantity of claim c: the source of an "according to" aside holding it; the outlet when it sits in
    the frame of a quoted statement, an opening frame, a background report or the speaker's apposition
    (rowcontext.py); else the claim's source."""
    if (inner := inner_according(c.text, counted, c.attributed_to)) is not None:
        return inner
    if any(in_quoted_frame(t, counted, c.attributed_to) for t in (c.text, c.evidence.quote)) \
            or in_opening_frame(c.text, counted, c.attributed_to) or in_background_report(c.text, counted, c.attributed_to) \
            or in_source_apposition(c.text, counted, c.attributed_to) or in_denied_object(c.text, counted, c.attributed_to):
        return "article"
    return c.attributed_to


def quantity_table(claims) -> list[QuantityRow]:
    return [r for _, r in sorted(quantity_rows(claims), key=lambda t: t[0])]


#: A `when` that names a year or a month of a year and nothing relative ("in 2008", "in January
#: 2017", "during 2019"; not "since 2010" or "by 2030", which are bounds): on the timeline as
#: "2008" / "2017-01", sorted before that year's or month's days.
_YEAR_OR_MONTH = re.compile(r"(?:(?:in|during)\s+)?(?:(" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+"
                            r"(?:(?:and|or)\s+(?:" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+)?)?((?:19|20)\d\d)", re.I)
# ("in August and October 2017": the first month of that year; read12c, a BASIL story)


#: A calendar day written out ("on Aug. 24, 2009", "Oct. 28, 2016", "on 6 May 2015", "on Tuesday,
#: March 3, 2015"): that ISO day (digest13, a BASIL story whose two written-out days were missing).
_MON = r"(" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?"
_WRITTEN_DAY = re.compile(r"(?:on\s+)?(?:(?:" + "|".join(lang.WEEKDAYS) + r"),?\s+)?(?:" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?"
                          r"|(\d{1,2})\s+" + _MON + r",?)\s+((?:19|20)\d\d)", re.I)


def _written_day(when: str) -> str | None:
    m = _WRITTEN_DAY.fullmatch(when.strip())
    if not m:
        return None
    mon, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month = [a.lower() for a in lang.MONTH_ABBREVIATIONS].index(mon.lower()[:3]) + 1
    return f"{m.group(5)}-{month:02d}-{int(day):02d}" if 1 <= int(day) <= 31 else None


#: "in December", "in late December": a month with no year, placed by the article's date.
_MONTH_ALONE = re.compile(r"(?:(?:in|during)\s+)?(?:(?:early|mid|late)[\s-]+)?(" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?", re.I)


def timeline_date(when: str | None, published: str | None = None) -> str | None:
    """The date a claim's `when` puts on the timeline: an ISO day as it is, a year or a month of
    a year as "YYYY" / "YYYY-MM" (they sort before the days they hold), else None. With the
    article's `published` day, a month with no year is the last such month up to that day ("in
    December" in an April 2018 article: "2017-12"; read11b, a BASIL story)."""
    if not when:
        return None
    if _DAY.fullmatch(when):
        return when
    if _written_day(when):
        return _written_day(when)
    m = _YEAR_OR_MONTH.fullmatch(when.strip())
    alone = _MONTH_ALONE.fullmatch(when.strip()) if m is None and published and _DAY.fullmatch(published) else None
    if alone:
        month = [a.lower() for a in lang.MONTH_ABBREVIATIONS].index(alone.group(1).lower()[:3]) + 1
        year = int(published[:4]) - (1 if month > int(published[5:7]) else 0)
        return f"{year}-{month:02d}"
    if not m:
        return None
    if not m.group(1):
        return m.group(2)
    month = [a.lower() for a in lang.MONTH_ABBREVIATIONS].index(m.group(1).lower()[:3]) + 1
    return f"{m.group(2)}-{month:02d}"


def timeline_rows(claims) -> list[tuple[tuple, TimelineEntry]]:
    """(sort key, entry) for every claim dated to a day, a month or a year, in claim order; not a
    description given in passing (kind "background"), whose own time its claim shows, nor one dated
    only by a year of one occasion in a list (rowcontext.occasion_year)."""
    dated = [(a, c, timeline_date(c.when, getattr(a, "published", None))) for a, c in claims]
    return [((d, a.id, c.evidence.start),
             TimelineEntry(date=d, text=c.text, attributed_to=c.attributed_to, ref=_ref(a.id, c),
                           quote=c.evidence.quote))
            for a, c, d in dated if d and not dated_by_another_event(c.text) and not occasion_year(c.text, c.when)
            and not bound_year(c.text, c.when) and not compared_year(c.text, c.when)
            and not forecast_year(c.text, c.when)  # "predict faster wage growth in 2031" (forecastyear.py)
            and c.kind != "background"]  # "Judge X joined the bench in 2015": a description's year, no event of the story (read13a)


def timeline(claims) -> list[TimelineEntry]:
    return [e for _, e in sorted(timeline_rows(claims), key=lambda t: t[0])]
