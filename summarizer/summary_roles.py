"""A model's summary sentence or headline that keeps the article's words but gives one of them another role
(session 36, model45; issues 12 and 14):

- a count made an instrument: the article says "<n> homes were flooded in <Town>", the summary "<Town> was
  flooded with <n> homes" (the homes were what was flooded; the summary makes them what flooded the town);
- an apposition made a possession: the article says "<Name>, the oldest elephant at the zoo, died", the
  headline "<Name>'s oldest elephant died" (the article says who <Name> is, not what <Name> owns).

Both are read on the article's own sentence shape, so a faithful rewording stays: "<n> homes were flooded in
<Town>", "Flooding damaged <n> homes in <Town>", "The zoo's oldest elephant, <Name>, died".
"""

from __future__ import annotations

import re

from . import lang
from .verify.numbers import find_numbers

#: "<town> was flooded with 40 homes", "was hit by about 300 jobs": a past participle, "with"/"by", a count, its noun.
_AS_MEANS = re.compile(r"\b([a-z]{3,}(?:ed|en|wn))\s+(?:with|by)\s+((?:[a-z]+\s+){0,2}?)([\d][\d,.]*|[a-z]+)\s+([a-z]{3,})",
                       re.I)
#: Forms of "be" before a passive participle ("were flooded", "have been cut").
_BE = "(?:" + "|".join(sorted(lang.BE_FORMS)) + ")"


def _stem(word: str) -> str:
    return word.lower()[:5]


def _value(words: str) -> float | None:
    found = find_numbers(words)
    return found[0][0] if found else None


def count_as_means(article: str, sentence: str) -> str | None:
    """The "<participle> with/by <n> <noun>" of `sentence` whose count the article gives as what the participle's
    verb was done to ("<n> <noun> were <participle>"), never after "with"/"by": the count's role swapped."""
    for m in _AS_MEANS.finditer(sentence):
        value = _value(m.group(3))
        if value is None:
            continue
        verb, noun = _stem(m.group(1)), _stem(m.group(4))
        patient = False
        for n in find_numbers(article):
            if n[0] != value:
                continue
            after = article[n[2]:n[2] + 80]
            head = re.match(r"\s+(?:[\w-]+\s+){0,2}?([a-z]{3,})\b", after, re.I)
            if not head or _stem(head.group(1)) != noun:
                continue
            rest = after[head.end():]
            if re.match(rf"(?:\s+[\w-]+){{0,3}}?\s+{_BE}\s+(?:[\w-]+\s+)?{re.escape(verb)}", rest, re.I):
                patient = True
            if re.search(r"\b(?:with|by)\s+(?:[\w-]+\s+){0,2}$", article[max(0, n[1] - 30):n[1]], re.I):
                return None  # the article says it after "with"/"by" too
        if patient:
            return sentence[m.start():m.end()]
    return None


#: "<Name>'s <up to two words> <noun>": a possessive of a capitalised name and what it owns.
_POSSESSIVE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+((?:[\w-]+\s+){0,2}[a-z][\w-]{2,})")


def apposition_owned(article: str, sentence: str) -> str | None:
    """The "<Name>'s <noun>" of `sentence` where the article says <Name> is a <noun> ("<Name>, the oldest
    <noun> at ...": an apposition) and never that <Name> has one ("<Name>'s ... <noun>")."""
    for m in _POSSESSIVE.finditer(sentence):
        name, words = m.group(1), m.group(2).split()
        last = re.escape(name.split()[-1])
        for k in reversed(range(len(words))):  # the owned noun: any of the (up to three) words after the possessive
            noun = words[k]
            apposed = re.search(rf"\b{last},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", article, re.I)
            owned = re.search(rf"\b{last}['’]s?\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", article, re.I)
            if apposed and not owned:
                return f"{name}'s {' '.join(words[:k + 1])}"
    return None


def unresolved_pronoun(text: str, attributions, sentence: str, spans, before: list[str]) -> str | None:
    """The speaker of `sentence` (of a summary) written "He"/"She", where the article's speaker of its supporting
    sentence is a person the summary's sentences `before` it do not name: "She said the family ..." after a sentence
    naming only "<First> <Surname>", her grandfather (the article names two people <Surname>: the surname alone is no
    one). None when a kept sentence before names the speaker (by the surname when only one person has it)."""
    m = re.match(r"\W*(He|She)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", sentence)
    if not m or m.group(2) not in lang.REPORTING_WORDS or not spans:
        return None
    rel = next((r for r in (attributions.relation_for(a, b) for a, b in spans)
                if r is not None and r.name and len(_name_words(r.name)) >= 2), None)
    if rel is None:
        return None
    given, surname = _name_words(rel.name)[-2:]
    prior = " ".join(before)
    firsts = set(re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text))  # the people the article calls so
    if re.search(rf"\b{re.escape(given)}\b", prior) or (len(firsts) <= 1 and re.search(rf"\b{re.escape(surname)}\b", prior)):
        return None
    return f"{m.group(1)} ({rel.name})"


def _name_words(name: str) -> list[str]:
    """The capitalised words of a source's name before any comma ("Rep. <First> <Last>, R-<State>" -> its person)."""
    return re.findall(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*\b", name.split(",")[0])


def ends_on_possessive(article: str, headline: str) -> str | None:
    """The "<Name>'s" a headline ends on, with nothing owned after it ("..., was challenged by <Leader>'s": cut at its
    bound), unless the article itself writes that possessive alone ("lunch at <Diner>'s.", "<Diner>'s said")."""
    m = re.search(r"\b([\w-]+['’]s)\W*$", headline)
    if not m:
        return None
    word = re.escape(m.group(1)[:-2]) + r"['’]s"
    alone = rf"\b{word}(?:\s*(?:[.,;:!?)\"”’]|$)|\s+(?:{'|'.join(sorted(lang.AUXILIARIES | lang.REPORTING_WORDS))})\b)"
    return None if re.search(alone, article, re.M) else m.group(1)


def ends_before_object(article: str, headline: str) -> str | None:
    """The word a headline ends on when the headline is the article's own words cut before the object or complement
    that word needs ('... after thanking <Name> for doing' where the article goes on '"a magnificent job"', '... has
    been rated' before '"inadequate"'): a participle or gerund (-ing, -ed) or a preposition or determiner, followed in
    the article by a quotation, a determiner, a number or a content word. None when the article's sentence goes on
    with a modifier phrase or a clause ("<Name> was killed" before "in a crash", "and <n> wounded") or ends there."""
    words = headline.rstrip(" .!?").split()
    if len(words) < 3:
        return None
    last = words[-1].lower()
    if not (re.fullmatch(r"[a-z]{2,}(?:ing|ed)", last) or last in lang.DETERMINERS or last in lang.PHRASE_PREPOSITIONS | {"to"}):
        return None  # (PHRASE_PREPOSITIONS: "of", "into", "across" ... as well as "in", "at"; real51)
    tails = [words] if not (last in lang.PHRASE_PREPOSITIONS | {"to"} and len(words) > 4) else [words, words[-4:]]
    # (a preposition: the headline's last four words are enough, "... throwing his dog across." where the article has
    # "... throwing his dog across the room": a model's line in its own words up to its cut; real51)
    for m in (m for tail in tails for m in re.finditer(r"\s+".join(re.escape(w) for w in tail) + r"(?=\s)", article, re.I)):
        nxt = re.match(r"\s+([\"“‘']?)([\w'’-]+)", article[m.end():])
        if nxt is None:
            continue
        word = nxt.group(2).lower()
        if nxt.group(1) or word in lang.DETERMINERS or word[:1].isdigit() or word in lang.NUMBER_UNITS or not (
                word in lang.FUNCTION_WORDS or word in lang.PREPOSITIONS or word in lang.COORDINATORS
                or word in lang.SUBORDINATORS or word.endswith("ly")):
            return words[-1]
    return None


#: "<Body> of <Place>": a capitalised name, "of", a capitalised name (a place or a body the summary joins to it).
_NAME_OF = re.compile(r"\b((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")


def joined_names(article: str, sentence: str) -> str | None:
    """The "<Name> of <Name>" of `sentence` whose two names the article writes but never in one sentence ("The
    <Union> of <Town>" where the article names the union in one sentence and the town in another): a tie the
    summary made. None when the article writes it so or puts both in a sentence ("the mayor of <Town>, <Name>")."""
    from .chunk import split_sentences

    for m in _NAME_OF.finditer(sentence):
        left = [w for w in m.group(1).split() if w.lower() not in lang.DETERMINERS]
        right = m.group(2).split()
        if not left or m.start(1) == 0 and len(left) == 1 and not re.search(rf"\b{re.escape(left[0])}\b", article):
            continue
        a, b = left[-1], right[-1]
        if not (re.search(rf"\b{re.escape(a)}\b", article) and re.search(rf"\b{re.escape(b)}\b", article)):
            continue  # a name the article never writes: the names check's to say
        together = any(re.search(rf"\b{re.escape(a)}\b", s, re.I) and re.search(rf"\b{re.escape(b)}\b", s)
                       for s in (article[sp.start:sp.end] for sp in split_sentences(article)))
        if not together:
            return f"{' '.join(left)} of {' '.join(right)}"
    return None


def runs_past_line(article: str, headline: str) -> str | None:
    """What a headline adds after copying a whole short article line (a title, a one-line opening) and going on past
    its end: "<Title>, has been fired" (the model's headline ran on with the lead sentence's predicate, a second verb with
    no subject; lead46). None when the headline stops where the line stops or copies no whole line of four words or more."""
    h = " ".join(headline.split()).rstrip(" .!?")
    for line in article.splitlines()[:12]:
        copied = " ".join(line.split()).rstrip(" .!?")
        if 4 <= len(copied.split()) <= 30 and len(h) > len(copied) and h.lower().startswith(copied.lower()) \
                and h[len(copied)] in ",;:–—-" and len(h[len(copied):].split()) >= 2:
            return h[len(copied):].strip(" ,;:–—-")
    return None


def restated_title(text: str, sentence: str) -> bool:
    """The sentence is the article's title line again, in its title case ("<Name> Speaks 'Directly To <Group>' After
    Latest <Event>."): a heading, not a sentence of the summary (real56). A first line in sentence case may be the lede
    itself ("The mayor resigned on Monday.") and is left alone."""
    first = text.lstrip().split("\n", 1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", first) if len(w) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    plain = lambda s: re.sub(r"[\W_]+", " ", s.lower()).strip()  # noqa: E731 (quotes and stops aside)
    return plain(first) == plain(sentence)
