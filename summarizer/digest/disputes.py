"""Cross-article alignment, disputes inside one article (issue 15): an article that reports two
sources who disagree ("commanders said the front had stabilised, though the president said his
forces were continuing to advance"; "Carney said the phrase is from the Bible ... The phrase is
not in the Bible").

`within_article(feats)` pairs claims of one article, near each other (WITHIN_REACH claims
apart at most), from different sources (one may be the article's own voice, not both), when:

* opposite predicates (words.OPPOSITE_PREDICATES): in adjacent clauses of one sentence with
  two named speakers, or about a name both mention besides their speakers;
* one negates or denies what a named source says and names that source ("The phrase quoted by
  Carney is not in the Bible"): the negation reaches at least NEGATED_SHARE of their shared
  words, and similarity is WITHIN_NEG_SIM or more. (Plain
  negation between neighbouring sentences, without naming the other side, was tried on the 50
  BASIL clusters: 2 of 7 were disputes.)

* a source rebuts the account told just before it, naming it only by a pointer back ("AARP
  pushed back against the newspaper's story", "Democrats pushed back hard on that notion",
  "called the report an outrageous distortion"; `rebuttal_head`): paired with the nearest earlier
  claim (WITHIN_REACH) of another side that shares a name with it and is not a question.

* two named sources put one act in two places, in the same words otherwise ("police said the
  bus left the road near Kelso" / "the union said ... near Tarnow"; PLACE_SIM, places left out);
* one negates a predication another source asserts ("two former presidents have a message for
  Mr. Trump: Mexico won't pay" / "Mr. Trump has insisted ... he would compel Mexico to pay"), or
  denies content another source states ("denied that ..."): denials.py reads both; the nearest
  such claim of another side anywhere in the article, one per denying claim;
* one corrects the account told just before it ("In fact, ...", "That is not true"):
  corrections.py;
* one answers the account just before in set words ("You cannot do that", "No decision has been
  made", "it worked properly"): replies.py;
* a reply told far from what it answers, by a stronger link than a name (standing by an account
  a refuter called inaccurate, "that is false" after a denial of "the <Owner> report", "<Name>
  did not state that ...", two winners named): farreplies.py.

A claim's own clauses (a cut of the same quote) and a source against itself never dispute.
Refutations that name another source's account ("X disputed Y's rationale") are found by
classify.refutations, within one article too. Thresholds: summarizer/thresholds.py.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, negated_share, part_of, side_of
from .corrections import corrections
from .replies import replies
from .farreplies import far_replies
from .figureclash import described_owner, figure_clashes, figures_opinion
from .statediffs import state_diffs
from .counterfigures import counter_figures
from .barefigures import bare_figures
from .askedreplies import asked_replies
from .continued import continued_rebuttals, record_disputes
from .withincounts import within_counts
from .withincauses import within_causes
from .answered import account_owner, owner_claim
from .innocence import innocence_disputes
from .onesentence import one_sentence
from .whodenies import who_denies
from .nounneg import negated_phrases, phrase_denied
from .denials import denied_content, denies, negated_predicates, predication_denied
from .counts import number_conflict
from .pairs import Features, names_clash, negates, negator, place_swap, same_source, similarity, source_words, stem
from .sourcenames import names_source, source_head
from .predicates import comparison_clash, opposite, predicate_stems, shared_about, state_clash, word_for
from ..quantity import readable

__all__ = ["within_article", "rebuttal_head"]

_OBJECT = (r"(?:(?:" + "|".join(lang.REBUTTAL_POINTERS) + r")\s+(?:[\w’'-]+\s+){0,2}?(?:"
           + "|".join(sorted(lang.ACCOUNT_NOUNS | lang.REBUTTAL_OBJECT_NOUNS)) + r"))\b")
_PRONOUN = (r"(?:" + "|".join(lang.REBUTTAL_PRONOUNS) + r")(?=\s*(?:[,.;:”\"]|$)|\s+(?:"
            + "|".join(lang.REBUTTAL_PRONOUN_FOLLOWERS) + r")\b)")
_BE = r"(?:\s+(?:" + "|".join(sorted(lang.BE_FORMS)) + r")|['’]s)"
_POINTS_BACK = re.compile(r"\b" + lang.REBUTTAL_VERB_RE + r"\s+(?:\w+\s+)?" + _OBJECT
                          + r"(?!\s+(?:" + "|".join(lang.REBUTTAL_CONTENT_LEADS) + r")\b)"
                          + r"|\bcall(?:s|ed)?\s+" + _OBJECT + r"\s+(?:[\w’'-]+\s+){0,3}?" + lang.REFUTATION_RE
                          # "X disputed that, saying ...", "The company denied it."
                          + r"|\b" + lang.REBUTTAL_VERB_RE + r"\s+(?:\w+ly\s+)?" + _PRONOUN
                          # "X said the allegations were false", "told reporters that was not true"
                          + r"|\b" + lang.REBUTTAL_SAYING_RE + r"\s+(?:that\s+)?(?:" + _OBJECT + _BE
                          + r"(?:\s+\w+ly)?\s+[“\"‘']?(?:" + lang.FALSITY_RE + r")\b|" + lang.POINTER_FALSITY_RE + r")", re.I)
#: A claim that points at an account itself ("these serious charges", "the report") reacts to it.
#: ("The Gazette reported" tells the account: verb forms among ACCOUNT_NOUNS do not count)
_REACTION = re.compile(r"\b(?:" + "|".join(lang.REBUTTAL_POINTERS) + r")\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(
    sorted(n for n in lang.ACCOUNT_NOUNS | lang.REBUTTAL_OBJECT_NOUNS if not n.endswith(("ed", "ing")))) + r")\b", re.I)
_STATEMENT = re.compile(r"\s+(?:" + "|".join(lang.STATEMENT_VERBS) + r")\s.*$")
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:[a-z]+ly|" + "|".join(sorted(lang.AUXILIARIES | set(lang.REBUTTAL_SUBJECT_TAILS))) + r"))+$")
_QUESTION = re.compile(r"\?|\basked\b|\bquestion", re.I)

_SENTENCE_END = ('.', '!', '?', '."', '.”', "?”", '?"')


def same_sentence(x: Features, y: Features) -> bool:
    """`y` is the next clause of `x`'s sentence: its evidence starts a few characters after
    `x`'s ends (", though ", "; ", " but "), and `x`'s does not end the sentence."""
    gap = y.claim.evidence.start - x.claim.evidence.end
    return 0 <= gap <= thresholds.WITHIN_CLAUSE_GAP and not x.claim.evidence.quote.rstrip().endswith(_SENTENCE_END)


def _a_name(f: Features, start: str) -> bool:
    """The opposite-predicate word is only ever a capitalised name in the claim ("Blocker")."""
    words = re.findall(r"\b" + re.escape(start.strip()) + r"[\w-]*", f.claim.text, re.I)
    return bool(words) and all(w[:1].isupper() for w in words) and not f.claim.text.startswith(words[0])


def _speakers(x: Features, y: Features) -> set[str]:
    return source_words(x.source) | source_words(y.source)


def dispute(x: Features, y: Features) -> Judgment | None:
    """Whether two nearby claims of one article (x before y) report a dispute."""
    if x.source == y.source or ARTICLE_VOICE == x.source == y.source or same_source(x, y):
        return None
    st = state_clash(x, y) if side_of(x.source) != side_of(y.source) else None
    if st:  # "Avon Rail said the talks were productive." / "Union leader Jo Kemp said the talks were
        # unproductive."; the same words told negated ("the outage was not caused by ..." / "was caused by ...")
        return Judgment("assertion", f"in one article, {x.source}: “{st[0].told()}”; {y.source}: “{st[1].told()}”",
                        about=" ".join(min((st[0].subject, st[1].subject), key=len)))
    if side_of(x.source) != side_of(y.source) and comparison_clash(x, y):  # "signed similar legislation" / "the law differs"
        return Judgment("assertion", f"in one article, {x.source} and {y.source}: alike / different", about="comparison")
    if part_of(x, y):
        return None
    shared_names = (x.mentions & y.mentions) - _speakers(x, y)
    opp = opposite(x, y)
    if opp and not (_a_name(x, opp[0]) or _a_name(y, opp[1])):
        # two speakers in one sentence ("A said ..., though B said ..."), not a clause of the
        # article's own voice continuing another's ("the House endorsed it, but it failed ...")
        adjacent = same_sentence(x, y) and ARTICLE_VOICE not in (x.source, y.source)
        drop = {stem(opp[0]), stem(opp[1])} | predicate_stems(x) | predicate_stems(y)
        # a phrase ("withdrew its support") says more than a word: half the similarity will do
        floor = thresholds.OPPOSITE_SIM / (2 if " " in opp[0] + opp[1] else 1)
        if adjacent or (shared_names and similarity(x, y, drop=drop) >= floor):
            return Judgment("assertion", f"in one article, {x.source}: “{word_for(x, opp[0])}”; "
                                         f"{y.source}: “{word_for(y, opp[1])}”",
                            about=", ".join(sorted(shared_names)[:2]).title())
    if ARTICLE_VOICE not in (x.source, y.source) and side_of(x.source) != side_of(y.source):
        found = number_conflict(x, y, names_clash(x, y))
        if found:  # two named sources' counts of one thing ("the company said eight weeks" / "Sutter said four")
            q1, q2 = found
            return Judgment("numbers", f"in one article, {x.source}: {readable(q1.value, q1.unit)}; {y.source}: {readable(q2.value, q2.unit)}",
                            about=q1.counted, values=(q1.value, q2.value))
    n1, n2 = negates(x, y), negates(y, x)
    swap = place_swap(x, y)
    if swap and n1 == n2 and ARTICLE_VOICE not in (x.source, y.source) \
            and similarity(x, y, drop={stem(w) for w in " ".join(swap).split()}) >= thresholds.PLACE_SIM:
        # two named sources placing one act in two places ("police said the crash was in Kelso";
        # "witnesses said the crash was in Tarnow")
        return Judgment("assertion", f"in one article, {x.source}: {swap[0].title()}; {y.source}: {swap[1].title()}",
                        about="where")
    if n1 != n2:
        neg, other = (x, y) if n1 else (y, x)
        # the negating claim names the other's speaker: a rebuttal of that source, not a
        # neighbouring sentence that happens to hold a "not"
        if other.source != ARTICLE_VOICE and names_source(neg, other.source) \
                and negated_share(neg, other) >= thresholds.NEGATED_SHARE \
                and similarity(x, y) >= thresholds.WITHIN_NEG_SIM:
            return Judgment("assertion", f"in one article, {neg.source} contradicts {other.source}",
                            about=", ".join(sorted(shared_names)[:2]).title())
    return None


def rebuttal_head(text: str) -> str | None:
    """Who rebuts the account told before, when the claim opens by doing so with a pointer back
    ("Democrats pushed back hard on that notion, ..." -> "Democrats"): the words before the verb
    (may be empty: "Denied the claims"), or None when the claim does not open that way. A
    negated or refused rebuttal ("did not deny the report", "declined to dispute the account")
    rebuts nothing; an opening phrase ("In a video in December, Smith continued to deny ...") and a
    verb before the infinitive ("continued to") are no part of who rebuts."""
    head = " ".join(text.split()[:thresholds.REBUTTAL_HEAD_WORDS])
    m = _POINTS_BACK.search(head)
    if m is None:
        return None
    before = head[:m.start()].strip(" ,")
    if _OWN_ACCOUNT.search(before):
        return None  # "Briggs said Hale knew ..., but Voss disputed that": the account is the sentence's own
    last = [w.lower().strip(",") for w in before.split()[-3:]]
    if any(negator(w) or w in lang.REFUSAL_VERBS for w in last):
        return None
    first, _, rest = before.partition(",")
    if rest and first.split()[0].lower() in lang.PREPOSITIONS:
        before = rest.strip(" ,")  # "In a letter in March announcing his retirement, Mr. Smith"
    before = re.sub(r"\s+[a-z]+\s+to$", "", before)  # "Mr. Smith continued to"
    before = _STATEMENT.sub("", before)  # "The campaign issued a statement saying ..."
    return _TRAILING_ADVERBS.sub("", before)


#: A reporting verb, then a contrast: the sentence tells the account a rebuttal after it points at.
_OWN_ACCOUNT = re.compile(r"\b(?:" + "|".join(lang.REPORTING_VERBS) + r")\b.+[,;]\s+(?:but|"
                          + "|".join(sorted(lang.CONCESSIVE_OPENERS)) + r")\b", re.I)


_NOUN = re.compile(r"\b(?:" + "|".join(sorted(lang.ACCOUNT_NOUNS | lang.REBUTTAL_OBJECT_NOUNS)) + r")\b", re.I)


def _object_noun(text: str) -> str:
    """The account noun a rebuttal points back at ("the report" -> "report"), or '' (a pronoun)."""
    m = _POINTS_BACK.search(" ".join(text.split()[:thresholds.REBUTTAL_HEAD_WORDS]))
    nouns = _NOUN.findall(m.group(0)) if m else []
    return nouns[-1].lower() if nouns else ""


_CHARGING = frozenset(stem(w) for w in lang.CHARGE_ACTIVE_RE.split("|"))  # "accuse", "charge", ...
_REPORTING = re.compile(r"\b(?:" + "|".join(lang.REPORTING_VERBS) + r")\b", re.I)


def _tells_account(g: Features, noun: str) -> bool:
    """An outlet's own sentence can be the account a rebuttal's noun points at ("the charges") when
    it tells one: the noun's word ("were charged with"), a verb of charging in any form ("came
    forward to accuse"), or a reporting verb."""
    return stem(noun) in g.words or bool(_CHARGING & g.words) or bool(_REPORTING.search(g.claim.text))


_POINTER_WORDS = frozenset(lang.REBUTTAL_POINTERS) | frozenset(lang.POSSESSIVE_DETERMINERS)


def tells_noun(low: str, noun: str) -> bool:
    """The claim tells the account the noun names, with its content: the noun with no pointer or
    possessive or preposition before it (two words back: "a reply to fresh allegations that ..." names
    what a reaction answers) and a "that" clause right after it or after one aside set
    off by commas ("There have been allegations, first aired by a station, that ..."); not "if the
    allegations are true", "his allegations" (a reaction pointing back), nor "one bare allegation ―
    ... ― end a career, one that ..." (the "that" is another clause's)."""
    for m in re.finditer(r"\b" + re.escape(noun) + r"s?\b", low):
        before = re.findall(r"[\w’']+", low[:m.start()])[-2:]
        if any(w in _POINTER_WORDS or w in lang.ACCOUNT_OBJECT_PREPOSITIONS or w.endswith(("'s", "’s")) for w in before):
            continue  # "his allegations"; "a reply to fresh allegations that ...": a reaction's object
        if re.match(r"\s*(?:,[^,.;:?!]{1,60},\s*)?that\b", low[m.end():]):
            return True
    return False


def rebuttal(fs: list[Features], i: int, taken) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` of one article (in text order) rebuts the account told just before it: the
    nearest earlier claim, of another side, sharing a name with it, not a question."""
    r = fs[i]
    who = rebuttal_head(r.claim.text)
    if who is None:
        return None
    refuter = r.source if r.source != ARTICLE_VOICE else who
    noun = re.sub(r"s$", "", _object_noun(r.claim.text))
    if figures_opinion(r.claim.text, noun):
        return None  # "called the figures misleading": an opinion about them (figureclash.py)
    head = source_head(refuter) if refuter and refuter[:1].isupper() else ""

    def fits(g: Features) -> bool:
        if g.refutes or _QUESTION.search(g.claim.text) or part_of(g, r) or g.claim.certainty == "speculative" and noun not in lang.FORECAST_POINTER_NOUNS:
            return False
        if ((noun and re.search(r"\b" + re.escape(noun) + r"s?\b", g.low)) or _REACTION.search(g.low)) \
                and not (noun and tells_noun(g.low, noun)):
            return False  # a reaction to the same account ("if the allegations are true", "needs to answer
            # these serious charges"), not the account ("There have been allegations ... that ...": digest29)
        if tuple(sorted((g.index, r.index))) in taken:
            return False
        return not ((g.source != ARTICLE_VOICE and (same_source(g, r) or side_of(g.source) == side_of(refuter)))
                    or (head and head in g.low.split()[:thresholds.ACCOUNT_OPENING_WORDS]))  # the refuter's own words

    # "an inquiry into Ms. Voss's allegations. ... continued to deny the allegations": Voss's account (answered.py)
    g = described_owner(fs, i, fits)  # "disputed the company's account": figureclash.py
    if g is not None:
        return g, r, Judgment("assertion", f"in one article, {refuter or r.source} rebuts {g.source}", about="the account")
    owner = account_owner(fs, i, noun)
    g = owner_claim(fs, i, owner, fits) if owner and owner != head else None
    if g is not None:
        return g, r, Judgment("assertion", f"in one article, {refuter or r.source} rebuts {g.source}",
                              about=", ".join(sorted(g.mentions & r.mentions)[:2]).title())
    prev = just_before(fs, i)
    for g in reversed(fs[max(0, i - thresholds.WITHIN_REACH):i]):
        # a name shared, or a source's account right before: "A spokesman disputed that account"
        # names no one, but points at the sentence just told (an account: not the outlet's narration)
        if not (g.mentions & r.mentions or (g is prev and g.source != ARTICLE_VOICE)) or not fits(g):
            continue
        if noun and g.source == ARTICLE_VOICE and not _tells_account(g, noun):
            continue  # "will contest the charges" answers no "X missed the game" told just before (multi27)
        return g, r, Judgment("assertion", f"in one article, {refuter or r.source} rebuts {g.source}",
                              about=", ".join(sorted(g.mentions & r.mentions)[:2]).title())
    return None


def just_before(fs: list[Features], i: int) -> Features | None:
    """The claim told right before claim `i` (text order): the nearest earlier claim that is not a
    part of another earlier claim's sentence ("<Name>, a county inspector, told the jury she had
    written ..." and its appositive "<Name> is a county inspector": the sentence, not its part;
    digest46)."""
    for k in range(i - 1, -1, -1):
        e = fs[k].claim.evidence
        if not any(fs[j].claim.evidence.start <= e.start and e.end <= fs[j].claim.evidence.end
                   and (fs[j].claim.evidence.end - fs[j].claim.evidence.start) > (e.end - e.start)
                   for j in range(i) if j != k):
            return fs[k]
    return None


def two_sides(x: Features, y: Features) -> bool:
    """Two claims of one article that can dispute: different sides (not "Moore's campaign" and
    "Mr. Moore"), not both the article's voice, neither a cut of the other."""
    return not (x.source == y.source or same_source(x, y) or side_of(x.source) == side_of(y.source)
                or part_of(x, y))


def denial(fs: list[Features], i: int, taken) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` of one article (in text order) negates a predication or denies content that
    another side's claim of the article asserts: the nearest such claim, earlier first on a tie."""
    n = fs[i]
    if not (negated_predicates(n) or denied_content(n, insist=True) or negated_phrases(n)):
        return None
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if not 0 <= j < len(fs) or tuple(sorted((fs[i].index, fs[j].index))) in taken:
                continue
            a = fs[j]
            if not two_sides(n, a):
                continue
            said = predication_denied(n, a)
            if said is not None:
                why = f"in one article, {n.source} negates what {a.source} asserts ({said[0].title()} … {said[1]})"
                return (a, n, Judgment("assertion", why, about=said[0].title())) if j < i else \
                    (n, a, Judgment("assertion", why, about=said[0].title()))
            thing = phrase_denied(n, a)  # "no plans to close the Dayton plant" / "would close its ... plant"
            if thing is not None:
                why = f"in one article, {n.source} negates what {a.source} says"
                about = shared_about(n, a, source_words(n.source) | source_words(a.source))
                return (a, n, Judgment("assertion", why, about=about)) if j < i else (n, a, Judgment("assertion", why, about=about))
            words = denies(n, a, insist=True)
            if words:
                why = f"in one article, {n.source} denies what {a.source} says ({', '.join(word_for(a, w) for w in sorted(words)[:3])})"
                about = shared_about(n, a, source_words(n.source) | source_words(a.source))
                return (a, n, Judgment("assertion", why, about=about)) if j < i else (n, a, Judgment("assertion", why, about=about))
    return None


def within_article(feats: list[Features], taken: set[tuple[int, int]] = frozenset()
                   ) -> list[tuple[Features, Features, Judgment]]:
    """Disputes reported inside one article: (side, side, judgment), the earlier claim first."""
    by_article: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        by_article[f.article].append(f)
    out = []
    for fs in by_article.values():
        fs.sort(key=lambda f: f.claim.evidence.start)
        for i, x in enumerate(fs):
            for y in fs[i + 1:i + 1 + thresholds.WITHIN_REACH]:
                if tuple(sorted((x.index, y.index))) in taken:
                    continue
                jd = dispute(x, y)
                if jd is not None:
                    out.append((x, y, jd))
        pairs = {(x.index, y.index) for x, y, _ in out}
        for i in range(1, len(fs)):
            found = rebuttal(fs, i, taken)
            if found is not None and (found[0].index, found[1].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for i in range(len(fs)):
            found = denial(fs, i, taken)
            if found is not None and (found[0].index, found[1].index) not in pairs \
                    and (found[1].index, found[0].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in one_sentence(fs):  # "X said A, but Y disputed that": one claim, two sides
            if (found[0].index, found[1].index) not in taken:
                out.append(found)
        for found in who_denies(fs, taken):  # "X's complaint against Y, who denies ...": whodenies.py
            if (found[0].index, found[1].index) not in pairs and (found[1].index, found[0].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in innocence_disputes(fs, taken, two_sides):  # "maintains her innocence" / the charge
            if (found[0].index, found[1].index) not in pairs and (found[1].index, found[0].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in corrections(fs, taken):  # "In fact, ..." right after another side's account
            if (found[0].index, found[1].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in replies(fs, taken):  # "You cannot do that", "No decision has been made": replies.py
            if (found[0].index, found[1].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in far_replies(fs, taken):  # "We stand by our reporting", far from its refuter: farreplies.py
            if (found[0].index, found[1].index) not in pairs and (found[1].index, found[0].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in figure_clashes(fs, taken):  # "records show <n2>", "the figure is closer to <n2>": figureclash.py
            if (found[0].index, found[1].index) not in pairs and (found[1].index, found[0].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        for found in (*state_diffs(fs, taken), *counter_figures(fs, taken), *bare_figures(fs, taken), *asked_replies(fs, taken),
                      *record_disputes(fs, taken), *within_counts(fs, taken), *within_causes(fs, taken)):  # a 5-2 / 4-3 vote, off / on (statediffs.py); "the filings were wrong" (counterfigures.py)
            if (found[0].index, found[1].index) not in pairs and (found[1].index, found[0].index) not in pairs:
                out.append(found)
                pairs.add((found[0].index, found[1].index))
        mine = {f.index for f in fs}  # a rebuttal told in two sentences: the other sentence (continued.py)
        out += continued_rebuttals(fs, [p for p in out if p[0].index in mine and p[1].index in mine], taken)
    return out
