"""Disputes inside one article and agreement groups without chaining (issue 15).

Fast: claims from the bundled path's code (a client that answers empty: no model) or from the
rules baseline; invented texts, no seed words.
"""

from __future__ import annotations

import hashlib

from summarizer.digest.align import join_groups
from summarizer.digest.build import build_sections, dedupe, to_digest_article
from summarizer.digest.classify import Judgment
from summarizer.digest.pairs import features
from summarizer.eval.systems import NoModel
from summarizer.eval.systems import rules_baseline
from summarizer.load import Article
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings

FILLER = ("The session opened at nine in the morning. Reporters filled the gallery above the floor. "
          "Several aides carried folders between the offices. ")


def _articles(*texts: str, code: bool = True):
    out = []
    with Pipeline(Settings(use_cache=False), client=NoModel()) as p:
        for i, text in enumerate(texts, 1):
            art = Article(text=text, path=f"mem/{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest())
            out.append(to_digest_article("", p.run(art) if code else rules_baseline(art)))
    kept, _ = dedupe(out)
    return [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(kept, 1)]


def _within(al):
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 1]


def test_two_speakers_in_one_sentence_with_opposite_accounts_are_a_dispute():
    arts = _articles("Harbor strike\n\n" + FILLER + "Port managers had said that the strike at Dunmore had "
                     "stabilised, though union leader Mara Quell said her members were continuing to advance "
                     "their picket lines.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    sides = {s.attributed_to for s in got[0].sides}
    # (coref52: the claim shows "Mara Quell"; the digest reads her office back from the claim's text, as the split
    # piece writes it at its start: digest/affiliation.py)
    assert {s.lower() for s in sides} == {"port managers", "union leader mara quell"}
    assert any("stabilised" in s.quote for s in got[0].sides) and any("advance" in s.quote for s in got[0].sides)


def test_the_article_contradicting_a_named_source_is_a_dispute():
    arts = _articles("Speech\n\n" + FILLER + "Spokesman Ned Varga said the motto comes from the Charter of "
                     "Lisbon. The motto quoted by Varga is not in the Lisbon Charter, though it is often cited.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert {s.attributed_to for s in got[0].sides} == {"Spokesman Ned Varga", "article"}


def test_a_neighbouring_negation_that_names_no_one_is_no_dispute():
    arts = _articles("Tax\n\n" + FILLER + "Treasury official Lena Ortt said couples will be able to file "
                     "corrected returns for prior years. Couples do not have to file corrected returns if they "
                     "do not want to.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _within(al) == [], [c.reason for c in al.conflicts]


def test_agreement_does_not_chain_through_a_claim_that_conflicts_or_shares_nothing():
    arts = _articles(
        "One\n\nThe Harbor Act passed the state senate on Tuesday with 30 votes, Senator Ada Pike said.\n",
        "Two\n\nThe Harbor Act passed the state senate on Tuesday with 30 votes in favor.\n",
        "Three\n\nSenator Ada Pike will retire next year to teach at a college in Vermont.\n")
    claims = [(a, c) for a in arts for c in a.claims]
    feats = features(claims)
    assert len(feats) == 3
    a, b, c = feats
    agree = Judgment("agreement", score=0.9)
    # a~b strongly, b~c weakly: c shares next to nothing with a, so it does not join them
    groups = join_groups(feats, [(a, b, agree), (b, c, Judgment("agreement", score=0.5))])
    assert sorted(map(sorted, groups)) == [[0, 1]]
    # a judged conflict between two claims keeps their groups apart whatever else agrees
    groups = join_groups(feats, [(a, b, agree), (a, c, agree), (b, c, Judgment("assertion"))])
    assert all(not {1, 2} <= set(g) for g in groups)


def test_a_quotation_repeated_sentence_by_sentence_is_one_agreement():
    quote = ('"We built this harbor with our own hands," Mayor Ida Renn said. "The ships will come back to '
             'Dunmore next spring." "Nobody here wants the terminal sold to a foreign fund."')
    arts = _articles("Port\n\n" + FILLER + quote + "\n", "Harbor\n\nThe council met on Monday. " + quote + "\n")
    al, _, _ = build_sections(arts)
    shared = [a for a in al.agreements if set(a.articles) == {"a1", "a2"}]
    assert len(shared) == 1, [a.quotes for a in al.agreements]
    assert len(shared[0].claims) >= 4  # every sentence of the passage, from both articles


def test_a_refutation_pairs_with_the_article_sentence_that_gives_the_account_before_it():
    # the account refuted is told in the article's own voice right before the refutation; the
    # source's only attributed claim is about something else
    arts = _articles("Veto\n\n" + FILLER + "Governor Alma Quintero said on Monday that the port needs new "
                     "cranes for the Harbor Act terminals. " + FILLER + "Quintero's veto of the Harbor Act came a "
                     "week later, after months of lawsuits from shipping firms. But the bill's sponsors have "
                     "disputed Quintero's rationale as unconvincing, saying the Harbor Act is narrow.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = [c for c in al.conflicts if any("disputed" in s.quote for s in c.sides)]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert any("veto of the Harbor Act" in s.quote for s in got[0].sides), [s.quote for s in got[0].sides]


def test_a_number_of_another_thing_does_not_part_an_agreement_but_another_count_does():
    a = "Aide Nora Pell, who has 3 daughters, wrote that the mayor's plan for the Dunmore harbor would fail within a year."
    b = "Aide Nora Pell, who has 14,000 followers, wrote that the mayor's plan for the Dunmore harbor would fail within a year."
    c = "Aide Nora Pell, who has 9,000 followers, wrote that the mayor's plan for the Dunmore harbor would fail within a year."
    arts = _articles("One\n\n" + a + "\n", "Two\n\n" + b + "\n", "Three\n\n" + c + "\n", code=False)
    al, _, _ = build_sections(arts)
    pairs = {frozenset(x.articles) for x in al.agreements}
    # a1 agrees with a2 and with a3 alike (equal scores): which of the two it joins is no matter of
    # article order (purity.strongest_last), but it joins one
    assert any({"a1", "a2"} <= p or {"a1", "a3"} <= p for p in pairs), [x.quotes for x in al.agreements]
    assert not any({"a2", "a3"} <= p for p in pairs)
