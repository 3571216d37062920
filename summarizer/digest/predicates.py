"""Cross-article alignment: opposite predicates (issue 15). A claim with a word of one side of
lang.OPPOSITE_PREDICATES and a claim with a word of the other ("stabilised" / "advancing", "rose" /
"fell") may give incompatible accounts; classify.py and disputes.py decide when they do.

`predicates_of(text)` runs once per claim (pairs.features keeps it as `Features.predicates`);
`opposite(f1, f2)` compares two claims' predicates; `predicate_stems(f)` are the claim's content
words that are such predicates (left out when the rest of two claims is compared).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang

__all__ = ["State", "agent_clash", "agents_of", "comparison_clash", "opposite", "opposite_words", "predicate_stems", "predicates_of", "state_clash", "states", "states_apart", "word_for"]

OPPOSITES = lang.OPPOSITE_PREDICATES


def _stem_rx(stem: str) -> re.Pattern:
    """A word starting with `stem`; a short stem must be the whole word (+s/ed/ing)."""
    stem = stem.strip()
    tail = r"\w*" if len(stem) >= 5 else r"(?:s|es|ed|d|ing)?\b"
    return re.compile(r"\b" + re.escape(stem) + tail)


_OPP_RX = [([(w.strip(), _stem_rx(w)) for w in pos], [(w.strip(), _stem_rx(w)) for w in neg]) for pos, neg in OPPOSITES]


#: "opened in 1987", "closed in May 1998": an act of that year, no state now (digest55).
_YEAR_NEXT = re.compile(r"in (?:[a-z]+ )?(?:1[89]|20)\d\d\b")
_MENTION = re.compile(r"\b(?:" + "|".join(sorted(lang.GERUND_MENTION_PREPOSITIONS)) + r")\s+$")
_FORCED = re.compile(r"\b(?:" + "|".join(sorted(lang.FORCED_OPEN_PARTICIPLES)) + r")\s+$")  # "broken open" (conflict58)


def _asserts(rx: re.Pattern, low: str) -> bool:
    """`rx` matches a word of `low` that is not an -ing form after a preposition ("the reasons
    for vetoing the bill" mentions a veto; it does not say one happened)."""
    return any(not (m.group(0).endswith("ing") and _MENTION.search(low[:m.start()]))
               and not (m.group(0) in lang.STATE_VERBS and _YEAR_NEXT.match(low, m.end() + 1))  # "opened in 1987"
               and not (m.group(0) == "open" and _FORCED.search(low[:m.start()]))  # "some of them broken open"
               for m in rx.finditer(low))


def predicates_of(low: str) -> tuple:
    """For each OPPOSITES pair: the first word of either side found in `low` (or None)."""
    out = []
    for pos, neg in _OPP_RX:
        n = next((w for w, rx in neg if _asserts(rx, low)), None)
        rest = low
        if n is not None and " " in n:  # "withdrew its support" is not also "support"
            rest = next(rx for w, rx in neg if w == n).sub(" ", low)
        p = next((w for w, rx in pos if _asserts(rx, rest)), None)
        out.append((p, n))
    return tuple(out)


def word_for(f, stem: str) -> str:
    m = re.search(r"\b" + re.escape(stem) + r"[\w-]*", f.low)
    return m.group(0) if m else stem


def predicate_stems(f) -> set[str]:
    """Content-word stems of the claim that are opposite-predicate words (left out of similarity)."""
    return {w for w in f.words if any(rx.match(w) or w.startswith(p[:6]) for pos, neg in _OPP_RX
                                      for p, rx in pos + neg if p in f.low)}


def opposite(f1, f2) -> tuple[str, str] | None:
    """Opposite predicates (word starts from OPPOSITES) in the two claims, if any."""
    for (a1, b1), (a2, b2) in zip(f1.predicates, f2.predicates):
        if a1 and not b1 and b2 and not a2:
            return a1, b2
        if b1 and not a1 and a2 and not b2:
            return b1, a2
    return None


def _whole_name(name: str, f1, f2) -> str:
    """A shared name word with the capitalised words around it that both claims write ("Black" ->
    "Black Sea" when "sea" is no name word of its own), else the word."""
    for m in re.finditer(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+)*(?i:" + re.escape(name) + r")(?![\w-])(?:\s+[A-Z][\w'’-]*)*", f1.claim.text):
        run = re.sub(r"[’']s\b", "", m.group(0)).strip()
        return run.lower() if len(run.split()) > 1 and run.lower() in f2.low else name
    return name


def shared_about(f1, f2, drop: set[str] = frozenset()) -> str:
    """A conflict's title from the names both claims mention, less `drop` (their sources' words):
    the first two, each with the capitalised words around it that both write ("Black Sea")."""
    names = sorted((f1.mentions & f2.mentions) - drop)[:2]
    return ", ".join(dict.fromkeys(_whole_name(n, f1, f2) for n in names)).title()


def topic_of(f1, f2) -> str:
    """What two claims share, for a conflict's title: names first, else their rarest common words."""
    shared = sorted(f1.name_seqs & f2.name_seqs) or [_whole_name(n, f1, f2) for n in sorted(f1.names & f2.names)]
    if shared:
        return ", ".join(dict.fromkeys(s.title() for s in shared[:2]))
    common = sorted(f1.words & f2.words, key=lambda w: (-f1.weights.get(w, 0), w))  # ties by word: one title every run
    words = [x for x in (word_for(f1, w) for w in common) if x not in lang.SPEECH_VERBS | lang.REPORTING_WORDS]  # "saying" is no topic (digest33)
    return ", ".join(words[:3]) or "the same event"  # words, not stems ("certif")


# -- one thing's state told two ways (conf11) ---------------------------------------------------
# Cross-article alignment: one thing's state told two ways (issue 15, conf11).
#
# "The water department said the tap water is safe to drink" / "A residents' group said the tap
# water is not safe to drink"; "... the budget is balanced" / "... is unbalanced"; "Turnout ... was
# higher than in 2021" / "was lower"; "The bridge reopened to traffic" / "The bridge remains closed
# to traffic". Each claim's states are read as (subject, predicate word, negated): a copula
# (lang.COPULA_FORMS, "remains" too) with what stands before it back to a clause boundary as the
# subject, and the first word after it (past "not", "never", "no longer" and the adverbs of
# lang.STATE_ADVERBS) as the predicate; or a verb that tells a state (lang.STATE_VERBS: "reopened"
# -> open). Two states clash when their subjects are one thing (the same head noun, the words
# before the head of one within the other's) and their predicates cannot both hold: the same word
# negated on one side only, or opposite words (lang.STATE_OPPOSITES, or a word and its negative
# prefix: "effective" / "ineffective") on the same polarity.
#
# Not read: a state after a modal other than "will" ("could be unsafe"), in a condition or an
# embedded question ("whether the water is safe"), with a pronoun or a negative quantifier as its
# subject ("it is safe", "no one was hurt"): the subject must name the thing.

_TOK = re.compile(r"[a-z0-9][a-z0-9'’-]*|[,;:()“”\"]")
_COPULA = frozenset(lang.COPULA_FORMS)


def stem(w: str) -> str:
    """A word's stem for alignment: six letters, no possessive (pairs.py re-exports it)."""
    w = w.strip("'’-")
    for suf in ("'s", "’s"):
        if w.endswith(suf):
            w = w[:-2]
    return w[:6]


_NEGATORS = lang.NEGATORS
_MODALS = lang.MODALS - lang.STATE_FUTURE_MODALS
_BOUNDARY = lang.STATE_SUBJECT_BOUNDARIES | frozenset(lang.REPORTING_VERBS) | lang.MODALS
_DETERMINERS = lang.DETERMINERS
_PRONOUNS = lang.PRONOUNS_NOT_NAMES | lang.SUBJECT_PRONOUNS
_NONE = frozenset(lang.NEGATIVE_QUANTIFIERS) | {"few"}
_OPPOSITE = {}
for _pos, _neg in lang.STATE_OPPOSITES:
    for _w in _pos:
        _OPPOSITE.setdefault(_w, set()).update(_neg)
    for _w in _neg:
        _OPPOSITE.setdefault(_w, set()).update(_pos)
_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS


@dataclass(frozen=True)
class State:
    subject: tuple[str, ...]   # the subject's words, lower-cased, determiners dropped
    head: str                  # the subject's head noun (stem): the word before its first preposition
    word: str                  # the predicate word as written, lower-cased
    negated: bool

    def told(self) -> str:
        return " ".join(self.subject) + (" not " if self.negated else " ") + self.word


def _subject(toks: list[str], end: int) -> tuple[str, ...] | None:
    """The subject read back from token `end` (exclusive) to a boundary; None when it is a
    pronoun, a negative quantifier, hypothetical or governed by a hedging modal."""
    words: list[str] = []
    i = end - 1
    while i >= 0 and len(words) < 8:
        t = toks[i]
        if t in lang.STATE_UNASSERTED_OPENERS:
            return None
        if t in _MODALS:
            return None
        if not t[0].isalnum() or t in _BOUNDARY or t in _AUX or t in lang.STATE_ADVERBS:
            if words or t not in _AUX | {"will", "not"} | lang.STATE_ADVERBS:
                break
            i -= 1
            continue
        words.insert(0, t)
        i -= 1
    # a condition or an embedded question anywhere in the clause before ("even if there was proof
    # that Mr. Moore was guilty", "doubts about where he was born")
    for t in reversed(toks[max(0, i - 8):i + 1]):
        if t in lang.REPORTING_VERBS:
            break
        if t in lang.STATE_UNASSERTED_OPENERS or t in _MODALS:
            return None
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if not words or (words[0] in _PRONOUNS and len(words) > 1) or words[0] in _NONE or any(w in _NONE for w in words):
        return None
    return tuple(words)


_DENIED_THAT = re.compile(r"\b(?:" + lang.DENIAL_CONTENT_VERB_RE + r")\b")
_SPEAKS_FOR = re.compile(r"\b([a-z][\w-]*)['’]s\s+(?:" + "|".join(sorted(lang.SPEAKS_FOR_NOUNS)) + r")\b")


def _denier(f, toks: list[str], start: int) -> str:
    """Who a pronoun subject stands for in a denial of one's own state ("The driver's lawyer
    denied that he was drunk": the driver; "The mayor denied that she was ill": the mayor): the
    name a "X's lawyer / spokesman" speaks for, else the source's last word; '' when the state
    is not the content of a denial ("denied ... that" just before it)."""
    if start < 2 or toks[start - 1] != "that" or not _DENIED_THAT.search(" ".join(toks[max(0, start - 5):start - 1])):
        return ""
    low = f.source.lower()
    m = _SPEAKS_FOR.search(low)
    words = _TOK.findall(low)
    return m.group(1) if m else (words[-1] if words and words[-1][0].isalpha() else "")


def _head(subject: tuple[str, ...]) -> str:
    """The head noun: the last word before the first preposition ("the vote on the bill": vote)."""
    cut = next((k for k, w in enumerate(subject) if k and (w in lang.PREPOSITIONS or w in ("of", "to"))), len(subject))
    return stem(re.sub(r"['’]s$", "", subject[cut - 1]))


def states(f: Features) -> list[State]:
    """The states the claim tells (module doc), computed once per claim."""
    cached = getattr(f, "_states", None)
    if cached is not None:
        return cached
    toks = _TOK.findall(f.claim.text.lower())
    out = []
    for i, t in enumerate(toks):
        if t in _COPULA:
            j, neg = i + 1, False
            while j < len(toks) and (toks[j] in _NEGATORS or toks[j] in lang.STATE_ADVERBS or toks[j] in ("longer", "been", "be")):
                neg = neg or toks[j] in _NEGATORS
                j += 1
            if j >= len(toks) or not toks[j][0].isalpha() or toks[j] in _AUX or toks[j] in _DETERMINERS:
                continue  # "was a hazard": a noun phrase, no state (nounneg reads it: conf32)
            word, start = toks[j], i
            # "has not been reopened": the negation may stand before the copula
            k, hedged = i - 1, False
            while k >= 0 and toks[k] in _AUX | _NEGATORS | {"will"}:
                neg = neg or toks[k] in _NEGATORS
                hedged = hedged or toks[k] in _MODALS  # "could have been contaminated"
                k -= 1
            if hedged:
                continue
            start = k + 1
        elif t in lang.STATE_VERBS and i and toks[i - 1] not in _COPULA | _AUX | _NEGATORS | lang.STATE_ADVERBS \
                and not _YEAR_NEXT.match(" ".join(toks[i + 1:i + 4])):  # "opened in 1987": an act of that year, no state now (digest55)
            word, neg, start = lang.STATE_VERBS[t], False, i
        else:
            continue
        subject = _subject(toks, start)
        if subject and subject[0] in _PRONOUNS:
            # a pronoun names no thing, unless it is the denier's own state ("denied that he was drunk")
            who = _denier(f, toks, start - len(subject)) if subject[0] in lang.SUBJECT_PRONOUNS else ""
            subject, neg = ((who,), not neg) if who else (None, neg)
        if subject:
            out.append(State(subject, _head(subject), lang.STATE_VERBS.get(word, word), neg))
    f._states = out
    return out


def _one_thing(a: State, b: State) -> bool:
    if a.head != b.head:
        return False
    short, long_ = sorted((a, b), key=lambda s: len(s.subject))
    mods = {stem(w) for w in short.subject[:short.subject.index(next(w for w in short.subject if stem(re.sub(r"['’]s$", "", w)) == short.head))]} \
        if any(stem(re.sub(r"['’]s$", "", w)) == short.head for w in short.subject) else set()
    return mods <= {stem(w) for w in long_.subject}


def opposite_words(w1: str, w2: str) -> bool:
    """Two predicate words that cannot both hold of one thing (module doc)."""
    if w2 in _OPPOSITE.get(w1, ()):
        return True
    for p in lang.NEGATIVE_PREFIXES:
        for a, b in ((w1, w2), (w2, w1)):
            if b.startswith(p) and b[len(p):] == a and len(a) >= 4:
                return True
    return False


def state_clash(f1: Features, f2: Features) -> tuple[State, State] | None:
    """A state of each claim about one thing that cannot both hold, or None."""
    for a in states(f1):
        for b in states(f2):
            if not _one_thing(a, b):
                continue
            if a.word == b.word and a.negated != b.negated:
                return a, b
            if a.negated == b.negated and opposite_words(a.word, b.word):
                return a, b
    return None


def states_apart(f1: Features, f2: Features) -> bool:
    """Both claims tell states, of different things ("the library is open" / "the pool is
    closed"): opposite predicates there are no clash (classify's opposite-word rule asks this)."""
    s1, s2 = states(f1), states(f2)
    return bool(s1 and s2) and not any(_one_thing(a, b) for a in s1 for b in s2)


# -- who did one act (conf12) ------------------------------------------------------------------------

_NAME_RUN = r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
_PAST = r"([a-z]+ed|[a-z]+)"
_OBJECT = r"((?:[a-z][\w-]*\s+){1,2}[a-z][\w-]*)"
_ACTIVE = re.compile(_NAME_RUN + r"\s+" + _PAST + r"\s+the\s+" + _OBJECT + r"(?=\s+(?:" + "|".join(lang.ACT_OBJECT_ENDERS) + r")\b|[,.;]|$)")
_PASSIVE = re.compile(r"\b[Tt]he\s+" + _OBJECT + r"\s+(?:" + "|".join(a.replace(" ", r"\s+") for a in lang.PAST_PASSIVE_AUXILIARIES) + r")\s+" + _PAST + r"\s+by\s+" + _NAME_RUN)


_TITLES = frozenset(t.lower().rstrip(".") for t in lang.SOURCE_TITLES)


def _past(verb: str) -> bool:
    return lang.is_past_form(verb, irregular=lang.IRREGULAR_FORMS)


def agents_of(text: str) -> list[tuple[str, str, str]]:
    """(who, the act's verb, what it was done to) of an act told with a named doer and a definite
    thing of two or three words: "Luis Diaz scored the winning goal" / "The winning goal was scored
    by Pablo Moreno" -> ("luis diaz" / "pablo moreno", "scor", "winning goal")."""
    out = []
    for m in _ACTIVE.finditer(text):
        who, verb, what = m.group(1), m.group(2), m.group(3)
        if _past(verb) and not set(what.split()) & lang.ALIGN_STOP_WORDS:
            out.append((who.lower(), _verb_key(verb), what))
    for m in _PASSIVE.finditer(text):
        what, verb, who = m.group(1).lower(), m.group(2), m.group(3)
        if _past(verb) and not set(what.split()) & lang.ALIGN_STOP_WORDS:
            out.append((who.lower(), _verb_key(verb), what))
    return out


def _verb_key(verb: str) -> str:
    v = lang.IRREGULAR_FORMS.get(verb, verb)
    return re.sub(r"(?:ed|d|s)$", "", v)


def agent_clash(f1, f2) -> tuple[str, str, str] | None:
    """One act on one thing done by two named doers, neither named by the other claim ("Luis Diaz
    scored the winning goal" / "the winning goal was scored by Pablo Moreno"): (doer 1, doer 2,
    the thing)."""
    for who1, v1, what1 in agents_of(f1.claim.text):
        for who2, v2, what2 in agents_of(f2.claim.text):
            n1, n2 = set(who1.split()) - _TITLES, set(who2.split()) - _TITLES  # "Senator Ruth Adler" / "Senator Omar Haddad"
            if v1 == v2 and what1 == what2 and n1 and n2 and not n1 & n2 \
                    and who1.split()[-1] not in f2.low and who2.split()[-1] not in f1.low:
                return who1, who2, what1
    return None


# -- a thing called like another and unlike it (conf12) ------------------------------------------------

_LIKE = re.compile(lang.LIKENESS_RE, re.I)
_UNLIKE = re.compile(lang.DIFFERENCE_RE, re.I)


def _compared(rx: re.Pattern, text: str) -> set[str]:
    """The words of the thing a comparison is said of: the subject before the verb ("the deal is
    similar to", "The Fresco and Valley Markets deal differs"; back to a comma or "that", four words
    at most), or the words after the adjective ("similar federal legislation")."""
    out: set[str] = set()
    for m in rx.finditer(text):
        if m.group(0).lower().startswith("similar ") and not m.group(0).lower().startswith("similar to"):
            after = re.findall(r"[a-z]+", text[m.start() + len("similar"):].lower())[:2]
            out |= {_stem_word(w) for w in after}
            continue
        clause = re.split(r"[,;:]|\bthat\b", text[:m.start()])[-1]
        out |= {_stem_word(w) for w in re.findall(r"[a-z]+", clause.lower())[-4:]}
    return {w for w in out if len(w) >= 3 and w not in lang.ALIGN_STOP_WORDS}


def _stem_word(w: str) -> str:
    from .senses import sense  # "similar federal legislation" / "the Indiana law differs" (lang.WORD_SENSES)
    return sense(w, _plural)


def _plural(w: str) -> str:
    return re.sub(r"(?:es|s)$", "", w)


def comparison_clash(f1, f2) -> bool:
    """One claim says a thing is like another ("the deal is similar to one regulators approved in
    2019"), the other that it differs ("the deal differs from the 2019 merger"), and neither says
    both: the same thing compared told two ways when the things compared share a word ("deal";
    not "took a similar stand" / "the law differs")."""
    def like(f):
        return bool(_LIKE.search(f.claim.text)) and not _UNLIKE.search(f.claim.text)

    def unlike(f):
        return bool(_UNLIKE.search(f.claim.text)) and not _LIKE.search(f.claim.text)

    if like(f2) and unlike(f1):
        f1, f2 = f2, f1
    elif not (like(f1) and unlike(f2)):
        return False
    return bool(_compared(_LIKE, f1.claim.text) & _compared(_UNLIKE, f2.claim.text))
