"""Two ways a model's summary or headline turns a source's words into the outlet's fact, caught before it is
shown (session 28, read30; issues 12 and 14):

- a hedge noun dropped: the article says "a committee investigating claims of spying by X", the summary
  "a committee investigating spying by X" (lang.HEDGE_OF_NOUNS: claims, allegations, reports, ... of);
- a quotation shown bare: the headline is a speaker's quoted words ("Derek's doing everything he can"), with no
  quotation marks and no speaker, so it reads as the outlet's own line; and (read31) a summary sentence whose words
  are nearly all one quotation's, reworded a little, with no quotation marks and no word of saying ("<Leader> is a
  reckless driver steering the town into a ditch" from a critic's quoted post);
- hearsay dropped (session 32): "Two clinics were said to have shut" made "Two clinics shut" (`dropped_hearsay`).
"""

from __future__ import annotations

import re

from . import lang
from .attribution.text import quote_spans
from .ground import normalize

#: "claims of US spying", "allegations that the firm lied": the hedge noun and the words it governs.
_HEDGED = re.compile(r"\b(" + "|".join(lang.HEDGE_OF_NOUNS) + r")\s+(?:of|that)\s+((?:[\w'’-]+\s+){1,2}[\w'’-]+)", re.I)
#: Quoted spans of the article (straight or curly double quotation marks).
_QUOTED = re.compile(r"[“\"]([^“”\"]{20,})[”\"]")


def dropped_hedge(article: str, sentence: str) -> str | None:
    """The hedge noun of the article that `sentence` drops before the words it governs, or None."""
    s = normalize(sentence)
    if any(re.search(r"\b" + n + r"\b", s) for n in lang.HEDGE_OF_NOUNS):
        return None
    for m in _HEDGED.finditer(article):
        governed = normalize(m.group(2))
        before = re.search(r"([\w'’-]+)\s+$", article[max(0, m.start() - 40):m.start()])
        if before is not None and normalize(before.group(1)) in lang.NEGATORS | {"any"}:
            continue  # "no reports of injuries": a negated report, "no injuries were reported" keeps it
        # the words it governs, or the word before it joined to the first of them ("investigating US ...")
        at = s.find(governed)
        joined = before is not None and re.search(r"\b" + re.escape(normalize(before.group(1) + " " + governed.split()[0])) + r"\b", s)
        if at < 0 and not joined:
            continue
        at = at if at >= 0 else joined.start()
        near = re.findall(r"[a-z]+", s[max(0, at - 40):at + len(governed) + 40])
        if not any(w in lang.REPORTING_WORDS or w.startswith(lang.HEDGE_STEMS) for w in near):
            return m.group(1).lower()  # (not "... injuries were reported", "... allegedly": still someone's account)
    return None


def bare_quotation(article: str, headline: str) -> bool:
    """The headline is (most of) a quotation of the article, shown with no quotation marks and no one saying it."""
    if re.search(r"[“”\"‘’](?:\s|$)|(?:^|\s)[“\"‘']|[“”\"]|(?<![sn])'(?:\s|$)", headline):
        return False  # a quotation's marks; not an apostrophe ending a word ("livin' it", "the parents' house"; real52)
    h = normalize(headline).rstrip(" .")
    if len(h.split()) < 5:
        return False
    singles = [article[a + 1:b - 1] for a, b, _ in quote_spans(article) if article[a] in "'‘"]  # ("'The river will come
    # back': ..."; British outlets and headlines set quotations in single marks; lead35)
    return any(h in normalize(q) for q in _QUOTED.findall(article) + singles)


#: Least share of a summary sentence's content words that one quotation of the article holds, and most share the
#: article's words outside quotations hold, for the sentence to be that quotation reworded (read31).
QUOTED_SHARE = 0.8
UNQUOTED_SHARE = 0.5
#: Fewest content words (three letters or more, no function word) for that reading; the length of a quotation read.
QUOTED_MIN_WORDS = 3
QUOTED_MIN_CHARS, QUOTED_MAX_CHARS = 20, 600


def content_words(s: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9][\w'’-]*", normalize(s)) if len(w) > 2 and w not in lang.FUNCTION_WORDS]


def reworded_quotation(article: str, sentence: str) -> bool:
    """`sentence` (of a summary) gives one quotation's words as the outlet's: no quotation mark and no word of saying in
    it, QUOTED_SHARE of its content words in one quotation of the article, under UNQUOTED_SHARE of them in the article
    outside its quotations."""
    if re.search(r"[“”\"]|(?:^|\s)['‘]|['’](?:\s|$)", sentence) or re.match(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?:\s", sentence):
        return False  # (nor "<Name>: ...", a speaker's label)
    words = content_words(sentence)
    if len(words) < QUOTED_MIN_WORDS or any(w in lang.REPORTING_WORDS for w in re.findall(r"\b[a-z]+\b", sentence)):  # (not "States")
        return False
    # quotations in double marks, paired (attribution/text.py), of a sentence or a few (a longer run is a pairing gone wrong)
    spans = [(a, b) for a, b, _ in quote_spans(article) if QUOTED_MIN_CHARS <= b - a <= QUOTED_MAX_CHARS and article[a] in "“\""]
    outside = article
    for a, b in spans:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    if sum(w in set(content_words(outside)) for w in words) >= UNQUOTED_SHARE * len(words):
        return False
    return any(sum(w in q for w in words) >= QUOTED_SHARE * len(words) for q in (set(content_words(article[a:b])) for a, b in spans))


def speakerless_quotation(sentence: str) -> bool:
    """`sentence` (of a summary) opens a quotation that runs to its end and names no one saying it ("'Patients will be
    contacted if ...": a spokesman's words cut from "A trust spokesman said: '...'"; lead35). Not a quoted title
    opening a sentence ("“Furious 7” is expected to gross ...": closed before the sentence goes on)."""
    m = re.match(r"\s*(['‘\"“])", sentence)
    if m is None or any(w in lang.REPORTING_WORDS for w in re.findall(r"\b[a-z]+\b", sentence)):
        return False
    closer = {"'": "'", "‘": "’", '"': '"', "“": "”"}[m.group(1)]
    close = sentence.find(closer, m.end())
    return close < 0 or len(sentence[close + 1:].split()) <= 1


def first_person(sentence: str) -> bool:
    """`sentence` (of a summary) speaks in the first person outside any quotation marks and names no one saying it
    ("We are not going anywhere.", "They will have to carry us out."): a speaker's words shown as the outlet's, which
    never says "we" in a news report (lead35). Not "the US", nor a Roman "I" ("World War I ended"), nor a capitalised
    "My"/"Me"/"We" inside a sentence (a title: "the album Excuse My French"), nor a question."""
    bare = re.sub(r"[“\"][^“”\"]*[”\"]|\*[^*]+\*|(?<!\w)['‘`][^'‘’`]+['’](?!\w)", " ", sentence.replace("’", "'"))
    if re.search(r"[“”\"`]", bare) or bare.rstrip().endswith("?") \
            or any(w in lang.REPORTING_WORDS for w in re.findall(r"\b[a-z]+\b", bare)):
        return False
    for m in re.finditer(r"\b[A-Za-z]+(?:'[a-z]+)?\b", bare):
        w = m.group(0)
        cap = re.search(r"\b([A-Z][a-z]+)\s+$", bare[:m.start()])  # "World War I", "Phase I" (not "Then I")
        roman = cap is not None and cap.group(1).lower() not in lang.FUNCTION_WORDS
        titled = w[:1].isupper() and w != "I" and re.search(r"\w", bare[:m.start()]) is not None  # ("Excuse My French")
        if w == "I" and (roman or not re.match(r"\s+(?:[a-z]|'[a-z])", bare[m.end():])) or w.upper() == "US" and (
                w == "US" or re.search(r"\bthe\s+$", bare[:m.start()], re.I)) or titled \
                or w.lower() not in lang.FIRST_PERSON_WORDS or w.lower() == "mine":  # ("the Graven Hill mine": a pit)
            continue
        return True
    return False


#: The fewest words of a run a model's summary sentence repeats that make it a repetition (read34).
REPEATED_RUN_WORDS = 5


def repeated_run(sentence: str) -> str | None:
    """A run of REPEATED_RUN_WORDS words that `sentence` says twice ("This mishap was filmed on a phone, and ...
    the whole mishap was filmed on a phone."): the small model repeating itself, which says nothing new
    (read34: d1's model summary); None when no run repeats."""
    words = re.findall(r"[a-z0-9'’]+", sentence.lower())
    seen: set[tuple[str, ...]] = set()
    for i in range(len(words) - REPEATED_RUN_WORDS + 1):
        run = tuple(words[i:i + REPEATED_RUN_WORDS])
        if run in seen:
            return " ".join(run)
        seen.add(run)
    return None


#: Fewest words of the article's sentence that a summary sentence must copy after the dropped word (read33).
DROPPED_LEAD_WORDS = 5


def dropped_subordinator(article: str, sentence: str) -> str | None:
    """The subordinator ("when", "although", ...) that opens an article sentence whose next DROPPED_LEAD_WORDS words
    `sentence` opens with, dropped, when `sentence` still holds the comma that ended the subordinate clause: "When X
    went missing ..., hardly anyone ..." made "X went missing ..., hardly anyone ...", a comma splice that states the
    time clause as a fact of its own (read33, a CNN page's model summary). None otherwise."""
    words = normalize(sentence).split()
    if len(words) < DROPPED_LEAD_WORDS + 2 or "," not in sentence or re.match(r"\W*(?:" + lang.LEADING_SUBORDINATORS_RE + r")\b", sentence, re.I):
        return None
    lead = r"\s+".join(re.escape(w) for w in words[:DROPPED_LEAD_WORDS])
    m = re.search(r"(?:^|[.!?)\"”’]\s*|\n)\W*(" + lang.LEADING_SUBORDINATORS_RE + r")\s+" + lead + r"\b", normalize(article), re.I)
    return m.group(1).lower() if m else None


def dropped_head(article: str, sentence: str) -> str | None:
    """The noun of people and "of"/"in"/"at"/"from" ("Tenants of", "Teachers in") that open an article sentence
    `sentence` opens like (its first two words, then three of the next four by their first four letters: "have voted"
    made "has voted"), dropped: "Tenants of <Block> say they will refuse to leave" made "<Block> will refuse to leave",
    another subject that does what the article never says it does (lead35, a model's headline). None otherwise."""
    words = normalize(sentence).split()
    words = words[1:] if words[:1] == ["the"] else words
    if len(words) < 5 or re.match(r"\W*[a-z]+\s+(?:of|in|at|from)\b", normalize(sentence)):
        return None
    lead = r"\s+".join(re.escape(w) for w in words[:2])
    body = " ".join(normalize(line) + "." for line in article.splitlines())  # (a title line is a sentence of its own)
    for m in re.finditer(r"(?:^|[.!?)\"”’]\s*)\W*((?:the\s+)?[a-z]+\s+(?:of|in|at|from))\s+(?:the\s+)?" + lead + r"(?=\W)", body):
        nxt = {w[:4] for w in body[m.end():].split()[:4]}
        if m.group(1).split()[-2] in lang.PERSON_NOUNS and sum(w[:4] in nxt for w in words[2:6]) >= 3:
            # (people only: "Parts of <city>" made "<city>", "The government of <ward>" made "<ward>" keep their sense)
            return m.group(1)
    return None


_HEARSAY = re.compile(lang.HEARSAY_LEADS_RE)


def dropped_hearsay(article: str, sentence: str, spans=None) -> str | None:
    """The hearsay of the article ("were said to have been", "It is understood", "reportedly") that `sentence` (of a
    summary) drops while keeping the words it governs: "Two clinics were said to have shut" made "Two clinics shut"
    states an account no one is named for as a fact (session 32, the lead; issue 12). The key is the subject's last
    word (the first word after "It is understood") and the first content word after the hearsay, both in the sentence
    within a few words of each other; a sentence that keeps any hedge word or word of saying is left alone. `spans`:
    the article sentences that support the sentence (verify's Verdict.spans): only hearsay inside them counts. None
    otherwise."""
    words = re.findall(r"[a-z0-9][\w'’-]*", normalize(sentence))
    if any(w.startswith(lang.HEDGE_WORD_STEMS) or w in lang.REPORTING_WORDS for w in words):
        return None
    at = {w: i for i, w in reversed(list(enumerate(words)))}
    for m in _HEARSAY.finditer(article):
        if spans is not None and not any(a <= m.start() < b for a, b in spans):
            continue
        after = [w for w in content_words(article[m.end():m.end() + 80].split(",")[0])][:2]
        if m.group("it"):
            key = after
        else:
            before = re.findall(r"[\w'’-]+", article[max(0, m.start() - 40):m.start()].split(",")[-1].split(".")[-1])
            key = [normalize(before[-1])] + after[:1] if before else []
        if len(key) < 2 or any(w not in at for w in key):
            continue
        if 0 < at[key[1]] - at[key[0]] <= 6:
            return " ".join(m.group(0).split())
    return None


def subject_only(article: str, sentence: str) -> bool:
    """`sentence` (a summary sentence or a headline) is only the subject of an article sentence: every word capitalised
    (a name, its title and a bracketed tag, "Deputy Mayor Jane Roe (D-Ore.)"), and the article goes on after it with
    more of that sentence (", a lawyer, said ..."). The bundled model gave such a name as its whole headline and
    summary (basil45); a title-case headline that is the article's own title line is no subject (nothing follows it)."""
    line = sentence.strip().rstrip(".").strip()
    words = re.findall(r"[A-Za-z][\w'’.-]*", line)
    if not words or any(w[0].islower() and not (0 < k < len(words) - 1 and w in lang.TITLE_LINK_WORDS) for k, w in enumerate(words)):
        return False  # (a name's own "of/in/and" between capitalised words: "<Agency> in <City>" is a subject too; real52)
    for m in re.finditer(re.escape(line), article):
        if re.match(r"[ \t]*[,:;(\w—–-]", article[m.end():m.end() + 3]):
            return True
    return False


def object_phrase(article: str, sentence: str) -> bool:
    """`sentence` (a model's headline) is found in the article only as the object of a preposition that takes no clause
    ("Regulators are looking into the pension arrangements of <Society> ..." -> "The pension arrangements of <Society>"):
    a noun phrase with no verb, nothing said of it (real51). A headline that is a whole article sentence is none."""
    line = sentence.strip().rstrip(".").strip()
    if len(line.split()) < 3:
        return False
    body = re.escape(line[0].lower()) + re.escape(line[1:])
    preps = "|".join(sorted(lang.OBJECT_PHRASE_PREPOSITIONS))
    return re.search(rf"\b(?:{preps})\s+{body}", article) is not None and re.search(rf"(?:^|[.!?\"”]\s+){re.escape(line)}", article) is None


def subjectless(sentence: str) -> bool:
    """`sentence` (a summary sentence or a headline) opens on a modal with no subject before it, a reply's fragment
    taken from a quotation ("Might be soon." of '"Might be soon," an official said'; real53): nothing says who or what.
    Not a question ("Could the plant reopen?") nor a name ("Will <Surname> ...", "May 5 ...": no lower-case verb next)."""
    line = sentence.strip().strip("\"“”'‘’").strip()
    m = re.match(r"([A-Z][a-z]+)\s+(?:not\s+)?([a-z]+)\b", line)
    return bool(m) and m.group(1).lower() in lang.MODALS and not line.rstrip("\"”’'").endswith("?") \
        and m.group(2) not in lang.FUNCTION_WORDS - {"be", "have"}

