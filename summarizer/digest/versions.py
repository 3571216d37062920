"""Cross-article alignment, version conflicts found by their form (issue 15), not by blocking:

* `role_conflicts`: one outlet gives a person a role with a rank word, another the same role
  without it, at the same time ("Moore, then an assistant district attorney," / "Mr. Moore, then
  a district attorney and ..."): two different jobs, and the article that gives the plain role
  never names the ranked one.
* `outcome_conflicts`: one source says something was already done to someone, another that it
  was still expected ("X was expected to be indicted" / "X has already been secretly indicted"):
  the same passive verb, a shared name, one conflict per outcome claim.

Their pairs share few words, so similarity-based classify.py misses them; each pattern is
narrow, so each hit is read as a conflict. Word lists: lang/alignment.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .. import lang
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .pairs import Features, same_source, source_words

__all__ = ["Role", "outcome_conflicts", "outcomes_of", "role_conflicts", "roles_of"]

_ARTICLES = frozenset({"a", "an", "the"})
#: "Surname, [then] [a|an|the] [words] role-noun": an apposition giving a person's role.
_APPOSITION = re.compile(r"\b([A-Z][\w'’-]+),\s+((?:[a-z][\w'’-]*\s+){0,5}?)(" + "|".join(sorted(lang.ROLE_NOUNS))
                         + r")\b(?!['’-])")
_NOT_BEFORE_NAME = frozenset(lang.PLACE_PREPOSITIONS) | frozenset(lang.ROLE_NAME_BLOCKERS)


@dataclass(frozen=True)
class Role:
    person: str              # the surname, lower-cased
    base: tuple[str, ...]    # the role's words without rank, time and article ("district", "attorney")
    ranks: frozenset[str]    # rank words ("assistant")
    times: frozenset[str]    # time words ("then")
    phrase: str              # the role as written, lower-cased ("assistant district attorney")
    quoted: bool = False     # the apposition lies inside a quotation: the speaker's words, not the outlet's


def roles_of(text: str) -> list[Role]:
    """The roles a claim gives named people in an apposition ("Moore, then a district attorney,")."""
    out = []
    for m in _APPOSITION.finditer(text):
        before = re.findall(r"[\w'’]+", text[:m.start(1)])
        if before and before[-1].lower() in _NOT_BEFORE_NAME:
            continue  # "In Alabama, the attorney general ...": a place, not a person
        words = m.group(2).lower().split() + [m.group(3).lower()]
        ranks = frozenset(w for w in words if w in lang.RANK_MODIFIERS)
        times = frozenset(w for w in words if w in lang.ROLE_TIME_WORDS)
        rest = [w for w in words if w not in _ARTICLES and w not in ranks and w not in times]
        # the role's other words must follow its opener (a time word or an article) directly:
        # "Moore, who was then ..." or "Smith, says the director" are no apposition
        lead = m.group(2).lower().split()
        if lead and lead[0] not in _ARTICLES and lead[0] not in lang.ROLE_TIME_WORDS and lead[0] not in lang.RANK_MODIFIERS:
            continue
        if len(rest) > 3:
            continue
        phrase = " ".join(w for w in words if w not in _ARTICLES and w not in times)
        quoted = len(re.findall(r"[“”\"]", text[:m.start()])) % 2 == 1
        out.append(Role(re.sub(r"['’]s$", "", m.group(1).lower()), tuple(rest), ranks, times, phrase, quoted))
    return out


def role_conflicts(feats: list[Features], article_text: dict[str, str]) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles that give one person the same role at the same time, one
    with a rank word and one without (or with another), when the plain role's article never
    names the ranked role. One conflict per person and pair of articles."""
    by_person: dict[str, list[tuple[Features, Role]]] = defaultdict(list)
    for f in feats:
        for r in roles_of(f.claim.evidence.quote or f.claim.text):
            by_person[r.person].append((f, r))
    out, seen = [], set()
    for person, rows in by_person.items():
        for n, (f1, r1) in enumerate(rows):
            for f2, r2 in rows[n + 1:]:
                if f1.sha == f2.sha or r1.base != r2.base or r1.times != r2.times or r1.ranks == r2.ranks:
                    continue
                if (person, f1.article, f2.article) in seen:
                    continue
                # the article of each side never gives the other side's role
                if gives(article_text.get(f1.article, ""), r2) or gives(article_text.get(f2.article, ""), r1):
                    continue
                seen.add((person, f1.article, f2.article))
                # an apposition outside quotation marks is the outlet's description, whoever the claim's source
                # ("She told the paper that <Name>, then an assistant <office>, ...": not hers; lead38)
                who1 = f1.source if r1.quoted else f"the outlet of {f1.article}"
                who2 = f2.source if r2.quoted else f"the outlet of {f2.article}"
                out.append((f1, f2, Judgment("assertion", f"{who1}: “{r1.phrase}”; {who2}: “{r2.phrase}”",
                                             about=person.title())))
    return out


def gives(text: str, role: Role) -> bool:
    """`text` (lower-cased) names `role` with exactly its rank words ("district attorney" is not
    given by "assistant district attorney")."""
    ranks = "|".join(sorted(lang.RANK_MODIFIERS))
    for m in re.finditer(r"\b" + re.escape(" ".join(role.base)) + r"\b", text):
        lead = re.search(r"((?:\b(?:" + ranks + r")\s+)*)$", text[:m.start()])  # the rank words right before
        had = frozenset(lead.group(1).split()) if lead else frozenset()
        if had == role.ranks:
            return True
    return False


_VERB = r"([a-z]+(?:ed|en))\b"
_EXPECTED = re.compile(r"\b(?:" + "|".join(lang.PASSIVE_BE_FORMS) + r")\s+(?:(?:" + "|".join(lang.EXPECTED_ADVERBS)
                       + r")\s+)?(?:" + "|".join(lang.EXPECTED_WORDS)
                       + r")\s+to\s+be\s+(?:[a-z]+ly\s+)?" + _VERB, re.I)
_DONE = re.compile(r"\b(?:has|have|had)\s+(?:" + "|".join(lang.ALREADY_WORDS) + r")\s+been\s+(?:[a-z]+ly\s+)?" + _VERB, re.I)


def outcomes_of(text: str) -> tuple[set[str], set[str]]:
    """The passive verbs a claim says are expected ("expected to be indicted") and already done
    ("has already been indicted"), lower-cased; quotation marks inside do not count ('has already
    "been secretly indicted"')."""
    text = re.sub(r"[“”\"]", "", text)
    return ({m.group(1).lower() for m in _EXPECTED.finditer(text)},
            {m.group(1).lower() for m in _DONE.finditer(text)})


def outcome_conflicts(feats: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """A claim that something was already done to someone, paired with a claim of another source
    that it was expected (the same verb, a shared name besides the sources'): one per outcome
    claim, an expectation in another article first."""
    expected: dict[str, list[Features]] = defaultdict(list)
    done: list[tuple[Features, set[str]]] = []
    for f in feats:
        exp, did = outcomes_of(f.claim.text)
        for v in exp:
            expected[v].append(f)
        if did:
            done.append((f, did))
    out = []
    for d, verbs in done:
        best = None
        for v in sorted(verbs):
            for e in expected.get(v, ()):
                if e.index == d.index or (d.source != ARTICLE_VOICE and same_source(d, e)):
                    continue
                if not ((d.mentions & e.mentions) - source_words(d.source) - source_words(e.source)):
                    continue
                if tuple(sorted((d.index, e.index))) in taken:
                    continue
                rank = (e.sha == d.sha, e.index)
                if best is None or rank < best[0]:
                    best = (rank, e, v)
        if best is not None:
            _, e, v = best
            out.append((e, d, Judgment("assertion", f"{e.source}: expected to be {v}; {d.source}: already {v}",
                                       about=", ".join(sorted((d.mentions & e.mentions))[:2]).title())))
    return out
