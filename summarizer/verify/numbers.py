"""Numbers in news text, normalised: digits with scale words ("1.5 million", "£1.5m"),
spelled numbers ("twelve", "twenty-five", "a dozen") and ordinals ("4th")."""

from __future__ import annotations

import functools
import re

from .. import lang

_UNITS_WORDS = lang.NUMBER_UNITS
_TENS_WORDS = lang.NUMBER_TENS
_SCALES = lang.SCALE_WORDS
NUMBER_WORDS = frozenset([*_UNITS_WORDS, *_TENS_WORDS, *lang.COUNT_SCALES])  # numbers are checked as numbers, not as words
_NUMWORD = "|".join(sorted([*_UNITS_WORDS, *_TENS_WORDS, *lang.COUNT_SCALES, "a", "and"], key=len, reverse=True))
_DIGITS = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{1,3}\.\s\d+(?=\s*(?:%|[a-z]))|\d+(?:\.\d+)?)(?:" + lang.ORDINAL_SUFFIXES_RE + ")?"  # "39. 6 million": a split decimal
    rf"(?:\s*({lang.SCALE_NAMES_RE})\b|({lang.SCALE_ABBREVIATIONS_RE})\b)?", re.I)
_SPELLED = re.compile(rf"\b(?:(?:{_NUMWORD})[\s-]+)*(?:{_NUMWORD})\b", re.I)


#: capitalised words a count may follow ("On Monday two people died", "About five")
_NOT_NAMES = frozenset((*lang.WEEKDAYS, *lang.MONTHS)) | lang.FUNCTION_WORDS


def spelled_value(words: list[str]) -> float | None:
    """The value of a spelled number's lower-case words: ["three", "hundred", "and", "fifty"]
    -> 350.0, ["a", "million"] -> 1e6; None when no number word is among them."""
    total, cur, seen = 0.0, 0.0, False
    for w in words:
        if w in ("a", "and"):
            if w == "a" and not seen:
                cur = 1.0  # "a million"
            continue
        if w in _UNITS_WORDS:
            cur += _UNITS_WORDS[w]
        elif w in _TENS_WORDS:
            cur += _TENS_WORDS[w]
        elif w == "dozen":
            cur = (cur or 1) * 12
        elif w == "hundred":
            cur = (cur or 1) * 100
        else:
            total += (cur or 1) * _SCALES[w]
            cur = 0.0
        seen = True
    return total + cur if seen else None


def find_numbers(text: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of every number: digits with scale words, and spelled numbers."""
    out: list[tuple[float, int, int]] = []
    for m in _DIGITS.finditer(text):
        try:
            v = float(m.group(1).replace(",", "").replace(" ", ""))
        except ValueError:
            continue
        scale = (m.group(2) or m.group(3) or "").lower()
        if scale in ("m", "k", "b") and not re.search(r"[$£€¥]\s*$", text[:m.start()]):
            if scale != "m" or not re.search(r"[$£€¥]", text[max(0, m.start() - 2):m.start()]):
                scale = ""  # "5m" after a currency sign is money; "100m" alone may be metres
        if scale:
            v *= _SCALES[scale]
        out.append((v, m.start(), m.end()))
    taken = [(s, e) for _, s, e in out]
    for m in _SPELLED.finditer(text):
        words = [w.lower() for w in re.findall(r"[a-z]+", m.group(0), re.I)]
        while words and words[0] in ("a", "and"):
            if words[0] == "a" and len(words) > 1 and words[1] in lang.A_COUNT_SCALES:
                break
            words.pop(0)
        while words and words[-1] in ("a", "and"):
            words.pop()
        if not words or all(w in ("a", "and") for w in words):
            continue
        start = m.start() + re.search(rf"\b{words[0]}\b", m.group(0), re.I).start()  # after a leading "and"
        if any(s <= start < e for s, e in taken):
            continue
        if words == ["one"]:
            nxt = text[m.end():m.end() + 30]
            if re.match(rf"\s+(?:{lang.ONE_NOT_A_COUNT_RE}|\W)", nxt + " ") \
                    or not re.match(r"\s+[a-z]+", nxt):
                continue  # "one of the", "no one", "one day": not a count
        if words[-1] in lang.VAGUE_ALONE_SCALES and len(words) == 1:
            continue  # "thousands", "millions" do not match; a lone "hundred" is too vague
        before = re.search(r"\b([A-Z][a-z]+|world war)\s+$", text[max(0, start - 20):start])
        if before and before.group(1).lower() not in _NOT_NAMES \
                and not re.search(r"(?:^|[.!?:\"“])\s*\S+\s+$", text[:start]):
            continue  # a name's numeral: "World War Two", "Formula One", "Channel Four"
        v = spelled_value(words)
        if v is not None:
            out.append((v, start, m.end()))
    # a number right after a digit number's scale-less value: "1.5 million" handled above
    return sorted(out, key=lambda t: t[1])


def fmt_number(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


#: A score, a tally or a short range written as one figure ("2-1", "7–2", "10-12"); not a year's span nor a longer code.
_PAIR = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\w/-]|[.,]\d)")
#: ... and as an article may spell one ("by 52 votes to 48", "between 10 and 12").
_PAIR_SPREAD = re.compile(r"(?<![\w.,/-])(\d{1,3})(?:\s?[-–—]\s?|\s+(?:[a-z]+\s+)?(?:to|and|or)\s+)(\d{1,3})(?![\w/-]|[.,]\d)")


@functools.lru_cache(maxsize=64)
def number_pairs(text: str, spread: bool = False) -> frozenset[str]:
    """Each score, tally or range of `text` as "N-M" (with `spread`, also "N to M", "N votes to M", "N and M"): a summary's
    "20-1" must be one of the article's, not a "20" and a "1" found apart (session 33: "reached the final in 20-1" of
    a 2-1 win was kept)."""
    return frozenset(f"{a}-{b}" for a, b in (_PAIR_SPREAD if spread else _PAIR).findall(text))



#: A part of a counted whole ("four of its nine libraries", "two of the three suspects"): the part's number, then "of", a
#: determiner, the whole's number and the counted noun.
_PARTITIVE = re.compile(r"\s+of\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+$")


def lost_parts(sent: str, article: str) -> list[str]:
    """The article's partitives ("four of its nine libraries") whose whole a sentence gives with the counted noun but
    without the part ("may close its nine libraries"), when the article never counts that whole alone: the predicate
    of the part made the whole's (lead34, a model summary of an invented council budget)."""
    found = find_numbers(sent)
    if not found:
        return []
    parts, alone = _partitives(article)
    said = {v for v, _, _ in found}
    out = []
    for v, s, e in found:
        noun = re.match(r"\s+([a-z]+)", sent[e:e + 30])
        key = (v, noun.group(1)) if noun else None
        lead = re.findall(r"[a-z]+", sent[max(0, s - 50):s].lower())[-6:]
        if key in parts and key not in alone and not _PARTITIVE.search(sent[max(0, s - 40):s]) \
                and not any(p in said for p, _, _ in parts[key]) and any(verb in lead for _, _, verb in parts[key]):
            out.append(parts[key][0][1])  # (the same verb before the whole: "may close its nine libraries")
    return out


@functools.lru_cache(maxsize=16)
def _partitives(article: str) -> tuple[dict, frozenset]:
    """The article's partitives by (whole, noun) -> [(part, as written, the verb before the part)], and the (number,
    noun) it counts alone; read once per article (lost_parts runs for every sentence and claim checked)."""
    parts, alone = {}, set()
    for v, s, e in find_numbers(article):
        noun = re.match(r"\s+([a-z]+)", article[e:e + 30])
        if noun is None:
            continue
        before = article[max(0, s - 40):s]
        m = _PARTITIVE.search(before)
        part = [x for x in find_numbers(before[:m.start()]) if x[2] == m.start()] if m else []
        verb = re.search(r"([a-z]+)\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?$", before[:part[0][1]]) if part else None
        if part and verb:  # (the word before the part: what the part had done to it, "close four of its nine")
            parts.setdefault((v, noun.group(1)), []).append((part[0][0], article[max(0, s - 40) + part[0][1]:e + noun.end()], verb.group(1)))
        else:
            alone.add((v, noun.group(1)))
    return parts, frozenset(alone)
