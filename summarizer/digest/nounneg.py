"""Cross-article alignment (issue 15, conf9): negations of a common noun's predication, read by
what they negate. denials.py reads a name's predication ("Mexico won't pay"); news on companies,
hospitals, courts and councils negates things, not people:

* "the sprinkler system was not working", "the outbreak was not contained": words of the subject,
  a negator ("not", "never", "n't"; auxiliaries between), the predicate;
* "the plan did not cut the police budget": the predicate and words of its object;
* "no ballots had been lost", "no plant would close", "no payment card data was stolen": "no", the
  noun phrase, auxiliaries, the predicate; "had no plans to close the Dayton plant": the
  infinitive's verb and its object; "no serious side effects were seen": a noun phrase of two
  words or more is itself what is negated.

Another side's claim asserts the predication when it holds the predicate (same lemma) with the
subject's head or a word of the object (after it; then the subject's head or another word of the
object before it, within SUBJECT_REACH: "budget ... cuts the police department's funding") within PHRASE_REACH tokens, no negator just before either and no
condition ("if", "whether") before them ("the sprinkler system was working"; "Hundreds of
ballots were lost"; "the stolen files included card numbers"; "would close its transmission
plant"); or, for a negated noun phrase of two words or more, the same phrase un-negated ("did
show serious side effects"). The callers decide who may dispute whom: classify.classify (two
articles) and disputes.denial (one article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from .habits import habit_against_occasion
from .pairs import STOP, Features, negator, place_swap
from .senses import phrases_as_words, sense

__all__ = ["NegatedPhrase", "negated_phrases", "phrase_denial", "phrase_denied"]

#: How far (tokens) the predicate and a word of its subject or object may stand apart.
PHRASE_REACH = 5
#: ... and how far before the predicate the subject's head may stand, when the object is matched.
SUBJECT_REACH = 12
_TOK = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[,;:.!?()“”\"—–]", re.I)
_AUX = frozenset(lang.AUXILIARIES) | lang.PREDICATE_FILLERS | lang.BE_FORMS | {"have", "has", "had"}
_DET = frozenset(lang.DETERMINERS) | {"any"}
_SKIP = _AUX | _DET


@dataclass(frozen=True)
class NegatedPhrase:
    words: frozenset[str]   # lemmas of the subject's content words (of the object's when `after`)
    predicate: str          # lemma of the predicate
    phrase: tuple[str, ...] # the noun phrase after "no", as lemmas, in order (two words or more)
    after: bool = False     # the words are the predicate's object: they stand after it
    subject: frozenset[str] = frozenset()  # ... and then one of these must stand before it
    passive: bool = False   # "the trial was not stopped": the subject may follow an active predicate
    future: bool = False    # "the team would not lose": a forecast, which no past event asserts
    linked: str = ""        # "the port did not pose a shipping risk": a linked noun phrase ("past",
                            # "present" or "any": the tense its verb shows), `words` its words (conf32)


def lem(w: str) -> str:
    """A word's sense: without an inflection ("cuts" -> "cut", "closes" -> "clos"), an irregular
    form as its base ("found" -> "find"), a near-synonym as its group's word ("shut" -> "clos",
    "factory" -> "plant"; digest/senses.py)."""
    return sense(w, spelling)


def spelling(w: str) -> str:
    """A word without an inflection ("cuts" -> "cut", "closes" -> "clos"); a derived noun keeps its
    ending ("requirement" is not "required")."""
    s = w.strip("'’-")
    for suf in ("ing", "ed", "es", "s", "e"):
        if s.endswith(suf) and len(s) - len(suf) >= 3:
            s = s[:-len(suf)]
            # a consonant doubled before "-ed", "-ing" ("stopped", "planned" -> "stop", "plan")
            return s[:-1] if suf in ("ing", "ed") and len(s) >= 4 and s[-1] == s[-2] and s[-1] in _DOUBLED else s
    return s


_DOUBLED = frozenset("bgmnprt")


def _content(t: str) -> bool:
    return t[:1].isalpha() and len(t) >= 3 and t not in STOP and t not in _SKIP and not negator(t)


def _tokens(f: Features) -> list[str]:
    """The claim's tokens, lower-cased; a name's tokens (capitalised inside the sentence) as "":
    a name's predication is denials.py's, and a name is no common noun's subject or object."""
    out = []
    for m in _TOK.finditer(phrases_as_words(f.claim.text)):
        t = re.sub(r"['’]s$", "", m.group(0))
        out.append("" if t[:1].isupper() and m.start() > 0 and t.lower() not in STOP else t.lower())
    return out


def _raw_tokens(f: Features) -> list[str]:
    """The claim's tokens as _tokens splits them, names kept (lower-cased)."""
    return [re.sub(r"['’]s$", "", m.group(0)).lower() for m in _TOK.finditer(phrases_as_words(f.claim.text))]


def _run(toks: list[str], i: int, step: int, limit: int = 3) -> list[str]:
    """Content words from toks[i] on (step +1 or -1), up to `limit`, stopping at anything else."""
    out = []
    while 0 <= i < len(toks) and len(out) < limit and (_content(toks[i]) or toks[i] == ""):
        if toks[i]:  # a name inside the phrase ("the Dayton plant") is passed over
            out.append(toks[i])
        i += step
    return out


def negated_phrases(f: Features) -> list[NegatedPhrase]:
    """What the claim negates of a thing (see the module's doc); names' predications are denials.py's."""
    toks = _tokens(f)
    out = []
    for i, t in enumerate(toks):
        if t == "no" and not _conditional(toks, i):
            np = _run(toks, i + 1, 1, 4)
            if not np:
                continue
            k = i + 1 + len(np)
            if np[-1] in lang.NEGATED_INTENT_NOUNS and toks[k:k + 1] == ["to"] and k + 1 < len(toks) and _content(toks[k + 1]):
                j = k + 2
                while j < len(toks) and toks[j] in _DET:
                    j += 1
                obj = _run(toks, j, 1)
                if obj and _predicate(toks[k + 1]):  # "no plans to close the Dayton plant"
                    out.append(NegatedPhrase(frozenset(map(lem, obj)), lem(toks[k + 1]), (), after=True))
                continue
            while k < len(toks) and toks[k] in _AUX:
                k += 1
            if k > i + 1 + len(np) and k < len(toks) and _content(toks[k]) and _predicate(toks[k]) \
                    and not any(x in lang.EPISTEMIC_HEDGES for x in toks[i + 1 + len(np):k]):
                # "no ballots had been lost", "no serious side effects were seen" (not "no law
                # could have saved them": a possibility denied)
                out.append(NegatedPhrase(frozenset({lem(np[-1])}), lem(toks[k]), tuple(map(lem, np)) if len(np) >= 2 else (),
                                         future=any(x in lang.FORECAST_MODALS for x in toks[i + 1 + len(np):k])))
        elif t in lang.PREDICATE_NEGATORS or t.endswith(("n't", "n’t")):
            if toks[i + 1:i + 2] == ["to"] or _conditional(toks, i):
                continue  # "urged the board not to close it": a call, not an account; "if ..., not"
            j = i - 1
            while j >= 0 and toks[j] in _AUX:
                j -= 1
            subj = _relative_head(toks, j) or _run(toks, j, -1)
            k = i + 1
            while k < len(toks) and toks[k] in _AUX:
                k += 1
            if not subj and j >= 0 and toks[j] == "":  # a name's linked noun phrase ("Velmar was not a threat")
                linked = _linked_phrase(toks, j, k, [_raw_tokens(f)[j]])
                if linked is not None:
                    out.append(linked)
            if not subj:
                continue  # "He did not name ...", "prosecutors, not elected officials": no thing's predication
            linked = _linked_phrase(toks, j, k, subj)
            if linked is not None:
                out.append(linked)
                continue
            if k >= len(toks) or not _content(toks[k]) or not _predicate(toks[k]):
                continue
            if any(x in lang.CONDITION_WORDS or x in lang.UNTIL_WORDS for x in toks[k + 1:k + 1 + PHRASE_REACH]):
                continue  # "would not be appealed if the fine was reduced": a condition after it; "would not reopen until ...": a time bound (digest48)
            m = k + 1
            while m < len(toks) and (toks[m] in _DET or m == k + 1 and toks[m] in lang.PHRASAL_PARTICLES):
                m += 1  # "did not knock out the water plant": the object after the particle
            obj = _run(toks, m, 1)
            # "the plan did not cut the police budget": the object; "the sprinkler system was not
            # working": the subject's head ("system"; "their federal filing status" is no "federal")
            # "the trial was not stopped early": a passive, whose subject an active telling puts
            # after the verb ("the board halted the trial early")
            passive = any(x in lang.BE_FORMS for x in toks[j + 1:k]) and _participle(toks[k])
            out.append(NegatedPhrase(frozenset(map(lem, obj or subj[:1])), lem(toks[k]), (), after=bool(obj),
                                     subject=frozenset(map(lem, subj[:1] + obj)) if obj else frozenset(),
                                     passive=passive, future=any(x in lang.FORECAST_MODALS for x in toks[j + 1:k])))
    return out


_RELATIVES = lang.SUBJECT_RELATIVE_WORDS
_OF_PLACE = frozenset(lang.PREPOSITIONS) | lang.SUM_THING_PREPOSITIONS


def _relative_head(toks: list[str], j: int) -> list[str]:
    """The subject a relative clause right before the negated verb interrupts (conflict57): "the sprinklers in the shed
    where the fire began did not work" -> ["sprinklers"] (the clause's own words, "fire began", are no subject; the
    noun before a preposition heads the chain); [] when no relative word opens the words before the verb."""
    p = j
    while p >= 0 and p > j - 5 and (_content(toks[p]) or toks[p] == "" or toks[p] in _AUX):
        p -= 1
    while p >= 0 and toks[p] in _DET:
        p -= 1
    if p < 1 or toks[p] not in _RELATIVES or p == j:
        return []
    head = _run(toks, p - 1, -1)
    q = p - 1 - len(head)
    while head and q >= 0 and toks[q] in _DET:
        q -= 1
    if head and q >= 1 and toks[q] in _OF_PLACE:
        before = _run(toks, q - 1, -1)
        r = q - 1 - len(before)
        if before and r >= 0 and toks[r] in _DET:  # "the sprinklers in the shed": the first noun heads it
            head = before
    return head


def _linked_phrase(toks: list[str], j: int, k: int, subj: list[str]) -> NegatedPhrase | None:
    """A noun phrase a negated linking verb denies of its subject (conf32): "the port did not pose a
    coastal shipping risk", "the pier was not a hazard to ferries" (a "be" form, then a determiner);
    two content words or more, run on over one preposition when the first run is one word. None for
    anything else ("was not injured", "did not pose for photographs")."""
    if k < len(toks) and toks[k] in lang.LINKING_VERBS:
        m = k + 1
    elif k < len(toks) and toks[k] in _DET and any(x in lang.BE_FORMS for x in toks[j + 1:k]):
        m = k
    else:
        return None
    words, m = _phrase_at(toks, m)
    if len(words) == 1 and m < len(toks) and toks[m] in lang.LINKED_PHRASE_PREPOSITIONS:
        more, _ = _phrase_at(toks, m + 1)
        words += more
    if len(words) < 2:
        return None
    return NegatedPhrase(frozenset(map(lem, words)), "", (), after=True, subject=frozenset(map(lem, subj[:1])),
                         linked=_tense(toks[j + 1:k + 1]) or "any")


def _phrase_at(toks: list[str], m: int) -> tuple[list[str], int]:
    """The content words of the noun phrase at m (determiners first), and where it ends."""
    while m < len(toks) and toks[m] in _DET:
        m += 1
    words = []
    while m < len(toks) and len(words) < 4 and (_content(toks[m]) or toks[m] == ""):
        if toks[m]:
            words.append(toks[m])
        m += 1
    return words, m


def _tense(toks: list[str]) -> str:
    """"past" or "present" by the linking verb's forms and auxiliaries, or "" when they show none."""
    if any(x in lang.PAST_LINKING_FORMS for x in toks):
        return "past"
    return "present" if any(x in lang.PRESENT_LINKING_FORMS for x in toks) else ""


def _asserts_linked(a: Features, neg: NegatedPhrase) -> bool:
    """`a` gives the subject the linked noun phrase `neg` denies: the subject's word, a linking verb or
    a "be" form within three tokens, then every word of the phrase within PHRASE_REACH + 3 tokens
    after it, in any order ("the port was a “risk to coastal shipping”"), nothing negated, the same
    tense when both show one."""
    toks, raw = _tokens(a), _raw_tokens(a)
    lems = [lem(t) if _content(t) else lem(r) if t == "" else "" for t, r in zip(toks, raw)]
    for p, x in enumerate(lems):
        if x not in neg.subject or _negated_at(toks, p):
            continue
        q = next((q for q in range(p + 1, min(len(toks), p + 4))
                  if toks[q] in lang.LINKING_VERBS or toks[q] in lang.FINITE_BE_FORMS), None)
        if q is None or any(negator(t) for t in toks[p:q + 3]):
            continue
        tense = _tense(toks[p + 1:q + 1])
        if tense and neg.linked != "any" and tense != neg.linked:
            continue
        if neg.words <= set(lems[q + 1:q + 1 + PHRASE_REACH + 3]):
            return True
    return False


def _participle(t: str) -> bool:
    """A past participle: "-ed", "-en", or an irregular form ("stopped", "taken", "hurt"). Not
    lang.is_past_form: a participle, so "-en" too ("taken", "broken")."""
    return t.endswith(("ed", "en")) or t in lang.IRREGULAR_FORMS


def _predicate(t: str) -> bool:
    """A word that can carry a predication: not a light verb ("take", "make") nor a saying verb."""
    return t not in lang.LIGHT_VERBS and t not in lang.CUE_VERBS


def _conditional(toks: list[str], p: int) -> bool:
    """A condition word ("if", "whether", "unless") within six tokens before position p."""
    return any(x in lang.CONDITION_WORDS for x in toks[max(0, p - 6):p])


_HEDGES = lang.EPISTEMIC_HEDGES | lang.HEDGE_WORDS


def _negated_at(toks: list[str], p: int) -> bool:
    """A negator ("not", "failed") within six tokens before position p or over a "that"-clause
    holding it, a condition, or a hedge within four ("has the potential to discriminate", "could
    close"): a possibility denies no denial."""
    if p >= 2 and toks[p - 1] == "to" and any(x in lang.DIRECTIVE_VERBS for x in toks[max(0, p - 6):p - 1]):
        return True  # "asked the judge to move the trial": a request, not an account
    return any(negator(x) or x in lang.NEGATIVE_VERBS for x in toks[max(0, p - 6):p]) or _conditional(toks, p) \
        or any(x in _HEDGES for x in toks[max(0, p - 4):p]) or _that_clause_of_negation(toks, p)


def _that_clause_of_negation(toks: list[str], p: int) -> bool:
    """Position p is inside a "that"-clause of a negation ("failed to show that his opinions ever
    affected ...", "no evidence that ...", "did not say that ...")."""
    for i in range(p):
        if (negator(toks[i]) or toks[i] in lang.NEGATIVE_VERBS) and "that" in toks[i + 1:min(p, i + 5)]:
            return True
    return False


def asserts_phrase(a: Features, neg: NegatedPhrase) -> bool:
    """`a` asserts what `neg` negates: the predicate with a word of the subject near it (either
    side: "ballots were lost", "close its plant"), or of the object after it ("cuts the police
    department's funding"), nothing negated before either; or the negated noun phrase itself."""
    if neg.linked:
        return _asserts_linked(a, neg)
    toks = _tokens(a)
    lems = [lem(t) if _content(t) else "" for t in toks]
    for p, x in enumerate(lems):
        if x != neg.predicate or _negated_at(toks, p) or (
                p and toks[p - 1] in _DET and not (p + 1 < len(toks) and _content(toks[p + 1]))):
            continue  # "during the vote": a noun, not the predicate ("the stolen files" is one)
        if neg.future and _participle(toks[p]) and not any(x in lang.FORECAST_MODALS for x in toks[max(0, p - 3):p]):
            continue  # "the team would not lose" / "the team lost": a forecast, then what happened
        near = range(p + 1, min(len(toks), p + PHRASE_REACH + 1)) if neg.after else \
            range(max(0, p - PHRASE_REACH), min(len(toks), p + PHRASE_REACH + 1))
        if neg.subject and not neg.subject & set(lems[max(0, p - SUBJECT_REACH):p]) and not (
                neg.passive and neg.subject & set(lems[p + 1:p + PHRASE_REACH + 1])):
            continue  # "his opinions did not affect his work" / "... views ever affected his work"
        if any(lems[q] in neg.words and not _negated_at(toks, min(p, q)) for q in near if q != p):
            return True
        if not neg.after and lems[_past_place(toks, p)] in neg.words:
            return True  # "the sprinklers in the loading hall had worked": the subject before its place (conflict57)
    n = len(neg.phrase)
    if n >= 2:
        owners = _possessors(a)
        for p in range(len(lems) - n + 1):
            # "the library workers' union said ...": the phrase owns a noun, it is told nothing of (within55)
            if tuple(lems[p:p + n]) == neg.phrase and not _negated_at(toks, p) and not owners[p + n - 1]:
                return True
    return False


def _past_place(toks: list[str], p: int) -> int:
    """Where the subject's last word stands before the verb at p, auxiliaries and one place phrase ("in the loading
    hall") passed over, or p when the words before are no such run (conflict57)."""
    q = p - 1
    while q >= 0 and toks[q] in _AUX:
        q -= 1
    r = q
    while r >= 0 and r > q - 3 and _content(toks[r]):
        r -= 1
    while r >= 0 and toks[r] in _DET:
        r -= 1
    if r == q or r < 1 or toks[r] not in _OF_PLACE or not _content(toks[r - 1]) or _negated_at(toks, r - 1):
        return p
    return r - 1


def _possessors(f: Features) -> list[bool]:
    """For each of the claim's tokens (as _tokens splits them): it is a possessor ("workers'", "union's")."""
    text = phrases_as_words(f.claim.text)
    return [bool(re.match(r"['’]s\b", m.group(0)[-2:]) or re.match(r"['’](?![a-z])", text[m.end():m.end() + 2], re.I))
            for m in _TOK.finditer(text)]


def phrase_denied(n: Features, a: Features) -> NegatedPhrase | None:
    """A predication of a thing that `n` negates and `a` asserts, if any."""
    return next((x for x in negated_phrases(n) if asserts_phrase(a, x) and not _habit_against_occasion(n, a, x)), None)


def _habit_against_occasion(n: Features, a: Features, neg: NegatedPhrase) -> bool:
    """`n` denies one past occasion of the predicate ("the first draw was never broadcast") and `a` tells the act only
    as a habit in the present ("it broadcasts the draw as <X> supplies it"): no dispute (within57; habits.py's reader,
    within58)."""
    return habit_against_occasion(n.claim.text, a.claim.text, neg.predicate)


def phrase_denial(f1: Features, f2: Features, clash: bool) -> tuple[Features, Features] | None:
    """(negating claim, asserting claim) when one of two claims negates a thing's predication the
    other asserts. Two claims that each name someone the other does not (`clash`, pairs.names_clash)
    are two propositions, unless what is denied is a linked noun phrase of a common noun both give
    the same subject, and no place parts them ("the port did not pose any smuggling risk to <A>" /
    "<B> said the port was a “risk of smuggling”": conf32)."""
    for n, a in ((f1, f2), (f2, f1)):
        thing = phrase_denied(n, a)
        if thing is not None and (not clash or (thing.linked and not place_swap(n, a))):
            return n, a
    return None
