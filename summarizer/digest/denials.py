"""Cross-article alignment, denials read by what they deny (issue 15, conf6).

Two forms of one source denying what another asserts, found from the denying claim's grammar
rather than from its overall similarity to the other (a denial is often short, the account long):

* a negated predication: a name, then a negator ("not", "never", "n't"; auxiliaries between), then
  the predicate ("Mexico won't pay" -> ("mexico", "pay")). Another source's claim asserts it when
  it gives the same name the same predicate a few tokens later with no negator between and no
  condition before ("compel Mexico to pay"; not "even if ... Moore was guilty", not "whether
  Obama was born"). A negated infinitive ("urged him not to declare") is a call, not an account.
* a denial with content: a denial verb whose content follows ("denied that she had misled
  Congress", "disputed Republican claims that the talks were illegal"), an account called
  false ("accusations that she misled Congress were false"), or an insistence on the opposite
  ("insisted that she had never misled Congress": lang.INSIST_VERB_RE, a negated clause). Another claim states that content
  when it holds enough of its content words (DENIAL_MIN_WORDS, one rare, DENIAL_SHARE of their
  weight) and does not negate them itself. A denial that is itself negated ("can neither confirm
  nor deny that ...") denies nothing.

These are predicates on Features; who may dispute whom (two sides, not a cut of one sentence)
is the caller's: disputes.within_article (one article) and classify.classify (two articles).
Word lists: lang/alignment.py; thresholds: summarizer/thresholds.py.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .pairs import STOP, Features, negator, source_words, stem
from .senses import sense
from .sourcenames import source_head

__all__ = ["asserts", "denied_content", "denies", "negated_predicates", "predication_denied", "tokens"]

_TOKS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_AUX = frozenset(lang.AUXILIARIES) | lang.PREDICATE_FILLERS
_CONTENT_NOUNS = "|".join(sorted(lang.ACCOUNT_NOUNS | lang.DENIED_CONTENT_NOUNS))
_DENIED_THAT = re.compile(r"\b(?:" + lang.DENIAL_CONTENT_VERB_RE + r")\s+(?:[\w’'-]+\s+){0,3}?that\s+(.+)", re.I)
_INSISTED = re.compile(r"\b(?:" + lang.INSIST_VERB_RE + r")\s+(?:[\w’'-]+\s+){0,2}?that\s+(.+)", re.I)
_CALLED_FALSE = re.compile(r"\b(?:" + _CONTENT_NOUNS + r")\s+that\s+(.+?)\s+(?:" + "|".join(sorted(lang.BE_FORMS)) + r")\s+(?:\w+\s+)?(?:"
                           + lang.FALSITY_RE + r")\b", re.I)


def tokens(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", t) for t in _TOKS.findall(text.lower())]


def _grammatical_negator(t: str) -> bool:
    return t in lang.PREDICATE_NEGATORS or t.endswith("n't") or t.endswith("n’t")


def negation_sites(toks: list[str]):
    """(j, k) for each negator of a predicate in `toks` (not "not to", a call): j the word before its
    auxiliaries (the subject's last word, -1 if none), k the word after them (the verb, len(toks) if none)."""
    for i, t in enumerate(toks):
        if not _grammatical_negator(t) or toks[i + 1:i + 2] == ["to"]:
            continue  # "urged Mr. Trump not to declare ...": a call, not an account
        j = i - 1
        while j >= 0 and toks[j] in _AUX:
            j -= 1
        k = i + 1
        while k < len(toks) and toks[k] in _AUX:
            k += 1
        yield j, k


def negated_predicates(f: Features) -> set[tuple[str, str]]:
    """(name, predicate stem) pairs the claim negates: a name it mentions (not its speaker's),
    auxiliaries, a negator, auxiliaries, a content word ("Mexico won't pay", "Smith did not resign");
    or "she" / "he" / "I" for a speaker named as one person who is all the claim speaks of ("Doe
    said she was never asked" -> ("doe", "asked"))."""
    toks = tokens(f.claim.text)
    own = source_words(f.source)
    out = set()
    for j, k in negation_sites(toks):
        if j < 0 or k >= len(toks):
            continue
        subject, verb = toks[j], toks[k]
        if len(verb) < 3 or verb in STOP or negator(verb):
            continue
        if _mentioned(subject, f) and subject not in own:
            out.add((subject, sense(verb, stem)))
        elif subject in _SELF and _speaks_of_self(f, toks) and (
                verb not in lang.CUE_VERBS or any(x in lang.BE_FORMS or x[:-3] in lang.BE_FORMS for x in toks[j + 1:k])):
            # the speaker denies an act of her own or one done to her: "She said she was never
            # asked" -> ("doe", "ask") (not her own saying: "he did not say when" is silence)
            out.add((source_head(f.source), sense(verb, stem)))
        elif subject in _BODY_SELF and verb not in lang.CUE_VERBS and _speaker_is_subject(f, toks, j):
            # a named body's own act: "Carver Foods said that it will not close its plant" -> ("foods", "close")
            out.add((source_head(f.source), sense(verb, stem)))
    return out


def _mentioned(word: str, f: Features) -> bool:
    """A name the claim mentions, or the last part of a hyphenated one (tokens split "Orla-Brenn")."""
    return word in f.mentions or any(m.rsplit("-", 1)[-1] == word for m in f.mentions if "-" in m)


#: Pronouns by which a named body's claim speaks of that body ("The company said that it will not
#: close the plant", "the union said we will not strike"), read right after "that" or the cue verb.
_BODY_SELF = frozenset(("it", "we"))


def _speaker_is_subject(f: Features, toks: list[str], j: int) -> bool:
    """The pronoun at `j` opens the speaker's own clause: right after "that" or a cue verb, the
    speaker (one named source, not the outlet) named before it in the claim."""
    head = source_head(f.source)
    return bool(head) and f.source != ARTICLE_VOICE and " and " not in f.source and j > 0 \
        and (toks[j - 1] == "that" or toks[j - 1] in lang.CUE_VERBS) and head in toks[:j]


#: Pronouns by which a named person's own claim speaks of that person ("she was never asked").
_SELF = frozenset(("he", "she", "i"))
_PERSONAL = lang.FIRST_PERSON_FORMS | lang.MALE_PRONOUN_FORMS | lang.FEMALE_PRONOUN_FORMS


def _speaks_of_self(f: Features, toks: list[str]) -> bool:
    """The claim's person pronouns can only be its speaker: a source named as one person ("Jane
    Doe", "Ms. Doe"; no group, no body), one pronoun form throughout ("she ... she", or "I"), and
    no other person named in the claim."""
    head = source_head(f.source)
    if not head or f.source == ARTICLE_VOICE or " and " in f.source or len(f.source.split()) > 4 \
            or head in lang.ORG_HEADS or head.endswith("s"):
        return False
    forms = {t for t in toks if t in _PERSONAL}
    one = any(forms <= group for group in (lang.FIRST_PERSON_FORMS, lang.MALE_PRONOUN_FORMS, lang.FEMALE_PRONOUN_FORMS))
    return one and not (f.mentions - source_words(f.source) - {"i"})


def asserts(f: Features, subject: str, verb: str) -> bool:
    """The claim gives `subject` the predicate `verb` (a stem): the name, then the verb within
    PREDICATE_REACH tokens, no negator between, no condition word just before the name."""
    toks = tokens(f.claim.text)
    for i, t in enumerate(toks):
        if t != subject or any(x in lang.CONDITION_WORDS for x in toks[max(0, i - thresholds.CONDITION_REACH):i]):
            continue
        if i and toks[i - 1] in lang.EMBEDDED_QUESTION_WORDS:
            continue  # "the question of where Obama was born": asked, not asserted
        window = toks[i + 1:i + 2 + thresholds.PREDICATE_REACH]
        for k, w in enumerate(window):
            if sense(w, stem) == sense(verb, stem):  # "was not injured" / "hurt his knee" (senses.py)
                if not any(negator(x) for x in window[:k]):
                    return True
                break
    return False


def predication_denied(n: Features, a: Features) -> tuple[str, str] | None:
    """A predication `n` negates and `a` asserts, if any (the first by name). A verb with an
    infinitive is one predicate with it: "Kane never tried to flee" does not negate "Kane tried to
    hide the key" (digest30, a CNN set)."""
    for subject, verb in sorted(negated_predicates(n)):
        if asserts(a, subject, verb) and not negated_predicates(a) & {(subject, verb)} \
                and _infinitive(n, verb) == _infinitive(a, verb):
            return subject, verb
    return None


def _infinitive(f: Features, verb: str) -> str:
    """The sense of the infinitive right after the claim's first `verb` ("tried to fight" ->
    "fight"), or '' when the verb has none."""
    toks = tokens(f.claim.text)
    for k, t in enumerate(toks[:-2]):
        if sense(t, stem) == verb:
            return sense(toks[k + 2], stem) if toks[k + 1] == "to" else ""
    return ""


def denied_content(f: Features, insist: bool = False, cut: bool = False) -> frozenset[str]:
    """Stems of the content words a claim denies by name ("denied that X", "claims that X were
    false", "insisted that X had never Y"), or nothing when it denies no stated content or its
    denial is negated. The insistence is read only when `insist` (within one article: across
    articles, another outlet often states the same content as an allegation it also rejects). With `cut`,
    the content stops at a participle of saying (`_content`)."""
    text = f.claim.text
    m = _DENIED_THAT.search(text) or _CALLED_FALSE.search(text)
    if m is None and insist:
        m = _INSISTED.search(text)  # the opposite of an account: a negated "that"-clause
        if m is not None and not any(_grammatical_negator(t) for t in tokens(m.group(1))):
            m = None
    if m is None:
        return frozenset()
    if any(negator(t) for t in tokens(text[:m.start()])[-3:]):
        return frozenset()  # "can neither confirm nor deny that ...": no denial
    return frozenset({stem(w) for w in _WORD.findall((_content(m) if cut else m.group(1)).lower())} & f.words)


#: ", saying ..." after the denied clause: the denier's own reason (lang.SAYING_PARTICIPLES).
_SAYING = re.compile(r",\s+(?:" + "|".join(sorted(lang.SAYING_PARTICIPLES)) + r")\b.*$", re.I | re.S)


def _content(m: re.Match) -> str:
    """What a denial denies: its clause up to a participle of saying ("denied that the campus had caused
    the shortfall, saying it had been paid for with borrowing" -> "the campus had caused the shortfall")."""
    return _SAYING.sub("", m.group(1))


def denies(n: Features, a: Features, rare: bool = True, insist: bool = False) -> frozenset[str]:
    """`_denies` on the whole denied clause; failing that, on the clause without the denier's reason
    (", saying ..."), when what is shared holds two of the clause's first three content words, its subject
    and predicate (`_core`): "disputed that Democrats feel betrayed by his deal with Congress ..., saying
    ..." denies nothing of "Congress will pass the deal ..., criticism from liberal Democrats" (digest46)."""
    found = _denies(n, a, rare, insist, cut=False)
    if found or denied_content(n, insist, cut=True) == denied_content(n, insist):
        return found
    found = _denies(n, a, rare, insist, cut=True)
    # "denied that it had approved the closure" / "said the ministry had approved the plan": the
    # pronoun subject is the denier, named by the other claim, the core's subject (within49)
    own = _denier_named(n, a)
    return found if len(found & (_core(n) | ({own} if own else set()))) >= 2 else frozenset()


def _denies(n: Features, a: Features, rare: bool, insist: bool, cut: bool) -> frozenset[str]:
    """The content words of `n`'s denial that `a` states (empty when it does not): at least
    DENIAL_MIN_WORDS besides both speakers' names, one rare in the batch (unless `rare` is False:
    enough to keep the two from reading as one proposition), DENIAL_SHARE of the content's
    weight, none negated by `a` itself."""
    content = denied_content(n, insist, cut)
    if not content or a.claim.certainty == "denied" or denied_content(a):
        return frozenset()
    # an irregular verb's forms are one word ("denied that a broken main was to blame" / "a water main
    # that broke ..."; lang.IRREGULAR_FORMS; digest45)
    as_in_a = {lang.IRREGULAR_FORMS.get(w, w): w for w in a.words}
    shared = {w for w in content if w in a.words or lang.IRREGULAR_FORMS.get(w, "") in as_in_a} \
        - source_words(n.source) - source_words(a.source)
    cause = _cause_denied(n, a)
    if cause:  # "denied that the campus had caused the shortfall" / "blamed the spending on the campus"
        shared |= {cause}
    own = _denier_named(n, a)
    if own and shared:  # "The minister denied that he had resigned" / "... said the minister resigned"
        shared |= {own}
    # the critics the denial answers ("rejected assertions that it sanctioned discrimination" /
    # "Critics say the law could open the door to wider discrimination"): one rare word is enough
    critics = _critics(a) and bool(shared & _core(n))
    if (len(shared) < thresholds.DENIAL_MIN_WORDS and not critics) or shared & a.neg_targets:
        return frozenset()
    weight = {w: n.weights.get(w, a.weights.get(w, 0.0)) for w in shared}
    if rare and not any(min(weight[w], a.weights.get(as_in_a.get(lang.IRREGULAR_FORMS.get(w, w), w), 0.0))
                        >= thresholds.ANCHOR_MIN_WEIGHT for w in shared):
        return frozenset()
    if critics:
        return frozenset(shared & _core(n))
    total = sum(n.weights[w] for w in content) + (weight[own] if own in shared else 0.0)
    return frozenset(shared) if sum(weight.values()) >= thresholds.DENIAL_SHARE * total else frozenset()


_CAUSE = frozenset(stem(w) for w in lang.CAUSE_WORDS)


def _cause_denied(n: Features, a: Features) -> str:
    """The cause word of `n`'s denied content ("that the campus had caused the shortfall" -> "caused"),
    when `a` tells a cause too ("blamed ...", "was to blame") of a thing the denied content names
    before its cause word (the campus): the stem, to count as a shared word; '' otherwise. Only the
    causer counts: "blamed the shortfall on falling enrolment" denies nothing of the campus (digest46)."""
    m = _DENIED_THAT.search(n.claim.text)
    if m is None or not (_CAUSE & a.words):
        return ""
    words = [stem(w) for w in _WORD.findall(_content(m).lower())]
    at = next((k for k, w in enumerate(words) if w in _CAUSE), None)
    if at is None:
        return ""
    causer = {w for w in words[:at] if w in n.words} - source_words(n.source) - source_words(a.source)
    return words[at] if causer & a.words and words[at] in n.words else ""


def _core(n: Features) -> frozenset[str]:
    """The first three content words of what a denial denies: its subject and predicate ("it
    sanctioned discrimination against gays" -> sanction, discrimination, gays), not a word of a
    trailing phrase ("... over possible alternatives")."""
    m = _DENIED_THAT.search(n.claim.text)
    if m is None:
        return frozenset()
    words = [stem(w) for w in _WORD.findall(m.group(1).lower())]
    return frozenset([w for w in words if w in n.words][:3])


def _critics(a: Features) -> bool:
    """The claim's source is the other side as such ("Critics", "Opponents of the plan")."""
    words = [re.sub(r"['’]s$", "", w) for w in _TOKS.findall(a.source.lower())]
    return bool(words) and (words[0] in lang.CRITIC_HEADS or (len(words) > 1 and words[1] in lang.CRITIC_HEADS
                                                              and words[0] in ("the", "many", "some")))


def _denier_named(n: Features, a: Features) -> str:
    """The denier's own name word (stem), when the content it denies is its own act ("denied that
    he had resigned": a pronoun subject) and the other claim names the denier: who did it is then
    part of what is denied. '' otherwise."""
    m = _DENIED_THAT.search(n.claim.text)
    toks = tokens(m.group(1)) if m else []
    if not toks or toks[0] not in lang.SUBJECT_PRONOUNS:
        return ""
    # ... and the act denied is the other claim's: the verb after the pronoun ("he had resigned"),
    # not an act the other never tells ("he betrayed Democrats by cutting a deal")
    verb = next((t for t in toks[1:] if t not in _AUX and not negator(t)), "")
    if stem(verb) not in a.words:
        return ""
    words = [re.sub(r"['’]s$", "", w) for w in _TOKS.findall(n.source.lower())]
    head = stem(words[-1]) if words else ""
    return head if head and head in a.words else ""
