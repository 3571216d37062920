"""conf12 (issue 15): the digest's conflict recall. Eleven invented clusters (tests/fixtures/conf12:
a nurse charged with theft, a sprinter's doping ban, a rezoning, a drug trial, a plant closure, a
house fire, a football derby, trade talks, a physicist's obituary, a grocery merger, a councillor's
audit), two articles each, with the conflicts an analyst expects and the near-misses that are none
(the same fact told two ways, two different facts), listed in expected.json before the digest was
run. Kinds aimed at: a claim of innocence ("maintains her innocence", "did nothing wrong") against
the charge it answers; "rejected claims / criticism that P" against critics who say P; "will" /
"will not"; the place of one event told two ways; who did one act; "similar" / "differs". Fast:
the bundled path's code claims (no model); invented texts, no seed words."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles
from tests.test_conf9 import fixture_conflicts, planted_conflict_tests

FIX = Path(__file__).parent / "fixtures" / "conf12"
EXPECTED = {k: v for k, v in json.loads((FIX / "expected.json").read_text(encoding="utf-8")).items() if k != "_doc"}


_conflicts = fixture_conflicts(FIX)


test_a_planted_conflict_is_in_the_digest, test_a_near_miss_is_no_conflict, test_every_conflict_in_the_digest_was_planted = \
    planted_conflict_tests(EXPECTED, _conflicts)


# -- construction cases: each rule read and not read -------------------------------------------------

import pytest  # noqa: E402

from summarizer.digest.classify import classify  # noqa: E402
from summarizer.digest.counts import number_conflict  # noqa: E402
from summarizer.digest.denials import negated_predicates  # noqa: E402
from summarizer.digest.eventdates import place_clash, places_of  # noqa: E402
from summarizer.digest.innocence import charges, claims_innocence  # noqa: E402
from summarizer.digest.predicates import agent_clash, agents_of, comparison_clash  # noqa: E402
from tests.test_conf9 import _feats  # noqa: E402


@pytest.mark.parametrize("sentence,claims", [
    ("The coach's lawyer said his client maintains his innocence.", True),
    ("Reyes, the club's treasurer, denied any wrongdoing on Monday.", True),
    ("The mayor said she did nothing wrong.", True),
    ("Both men pleaded not guilty on Monday.", True),
    ("The senator said he is innocent of the charges.", True),
    ("The senator said the bill did nothing for farmers.", False),     # no word of culpability
    ("The ruling was a victory for innocent bystanders, the judge said.", False),
])
def test_a_claim_of_innocence_is_read(sentence, claims):
    [f] = _feats(sentence)
    assert bool(claims_innocence(f)) == claims


@pytest.mark.parametrize("sentence,person,charged", [
    ("Prosecutors charged Lia Moss, a bank teller, with embezzlement.", "moss", True),
    ("An audit accused councillor Ray Dunn of misusing ward funds.", "dunn", True),
    ("She was accused of forging the records.", "moss", True),              # "She": the article's person
    ("Moss was expected to be indicted on fraud charges.", "moss", True),
    ("The cyclist was suspended after he tested positive for a stimulant.", "moss", False),  # another person
    ("Police have not accused Moss of any crime.", "moss", False),           # negated
    ("Prosecutors accused a clerk who had worked for Moss of theft.", "moss", False),  # another person
    ("One of Moss's aides was charged with perjury.", "moss", True),         # the words before name her: read (a limit)
])
def test_a_charge_of_the_person_is_read(sentence, person, charged):
    [f] = _feats(sentence)
    assert charges(f, frozenset({person})) == charged


@pytest.mark.parametrize("sentence,expected", [
    ("Carver Foods said that it will not close its plant.", ("food", "close")),
    ("The union said on Friday that we will not strike.", None),              # "union" names no head
    ("Carver Foods said the plan will not close any plant.", None),           # not the speaker's pronoun
])
def test_a_named_body_s_own_act_negated_through_it(sentence, expected):
    [f] = _feats(sentence)
    got = {(s, v) for s, v in negated_predicates(f)}
    if expected is None:
        assert not {x for x in got if x[0] in ("foods", "union")}, got
    else:
        assert any(s.startswith(expected[0]) and v.startswith(expected[1]) for s, v in got), got


@pytest.mark.parametrize("sentence,place", [
    ("Brandt was born in Lisbon in 1933.", "lisbon"),
    ("The fire chief said the fire started in the kitchen.", "kitchen"),
    ("The next round of talks will take place in Vienna.", "vienna"),
    ("The suspect was held in custody overnight.", None),          # no determiner: a state
    ("Lieberman, who served in the Senate, met Trump.", None),     # a relative clause: no subject word
    ("The team has a strong role in the league.", None),           # a noun, not a past form
    ("The mayor said the bridge was not built in the spring.", None),   # negated (and a time word)
])
def test_the_place_of_an_event_is_read(sentence, place):
    [f] = _feats(sentence)
    got = {p for _, _, p in places_of(f)}
    assert (place in got) if place else not got, got


@pytest.mark.parametrize("a,b,clash", [
    ("Brandt was born in Lisbon.", "Helena Brandt was born in Porto.", True),
    ("The trade talks will be held in Geneva.", "The trade talks will take place in Vienna.", True),
    ("The fire started in the kitchen.", "The fire started in the garage.", True),
    ("The child was born in the United States.", "The child was born in the U.S.", False),   # initials
    ("Brandt was born in Lisbon.", "Brandt was born in Lisbon, Portugal.", False),           # one inside the other
    ("The fire started in the kitchen.", "The flood started in the garage.", False),         # two events
    ("Brandt was born in Lisbon.", "Brandt died in Porto on Sunday, her family said.", False),  # two acts
])
def test_one_event_in_two_places(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(place_clash(fa, fb)) == clash


@pytest.mark.parametrize("a,b,clash", [
    ("Luis Diaz scored the winning goal in the 88th minute.", "The winning goal was scored by Pablo Moreno.", True),
    ("Senator Ruth Adler introduced the housing bill in February.", "The housing bill was introduced by Senator Omar Haddad.", True),
    ("Lena Ellis scored the opening goal.", "The opening goal was scored by Lena Ellis.", False),   # one doer
    ("Lena Ellis scored the opening goal.", "The second goal was scored by Mina Park.", False),     # two goals
    ("Ana Ruiz signed the new contract.", "Tom Hale drafted the new contract.", False),            # two acts
])
def test_who_did_one_act(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(agent_clash(fa, fb)) == clash


def test_a_doer_is_read_in_the_active_and_the_passive():
    assert agents_of("Luis Diaz scored the winning goal as United won.") == [("luis diaz", "scor", "winning goal")]
    assert agents_of("The winning goal was scored by Pablo Moreno.") == [("pablo moreno", "scor", "winning goal")]
    assert agents_of("Luis Diaz scored the goal.") == []     # one word: "the goal" of many


@pytest.mark.parametrize("a,b,clash", [
    ("Supporters say the deal is similar to one approved in 2019.", "The deal differs from the 2019 merger.", True),
    ("Officials said the new vaccine is similar to last year's shot.", "The new vaccine differs from last year's shot.", True),
    ("The governor took a similar stand against the law.", "The new law differs in several ways.", False),  # two things compared
    ("The deal is similar to the 2019 merger.", "The deal is similar to one approved in 2019.", False),       # both alike
])
def test_a_thing_called_like_and_unlike_another(a, b, clash):
    fa, fb = _feats(a, b)
    assert comparison_clash(fa, fb) == clash


def test_two_counts_after_a_modal_s_two_verbs_are_two_counts():
    fa, fb = _feats("The combined company would run 1,100 stores.", "The companies would sell 90 stores.")
    assert number_conflict(fa, fb, False) is None
    fa, fb = _feats("The combined company would run 1,100 stores.", "The combined company would run 1,300 stores.")
    assert number_conflict(fa, fb, False) is not None


def test_the_place_rule_is_what_classify_answers():
    fa, fb = _feats("Brandt was born in Lisbon in 1933.", "Helena Brandt was born in Porto and moved to Paris.")
    jd = classify(fa, fb)
    assert jd.kind == "assertion" and jd.about == "where", jd


@pytest.mark.parametrize("a,b,conflict", [
    # the critics a denial answers: one rare word of its subject and predicate is enough
    ("The governor rejected assertions that the law sanctioned discrimination against renters.",
     "Critics say the law could open the door to wider discrimination.", True),
    # ... not a word of a trailing phrase of the denial
    ("The agency disputed any suggestion that there was misconduct in the review over possible delays.",
     "Critics say the delays were long.", False),
    # ... and not another source than the critics, with one word shared
    ("The governor rejected assertions that the law sanctioned discrimination against renters.",
     "Landlords say discrimination complaints fell last year.", False),
])
def test_a_denial_of_claims_against_what_the_critics_say(a, b, conflict):
    from summarizer.digest.denials import denies
    from tests.test_conf11 import _pair_feats   # weighed as the digest weighs a small batch
    fa, fb = _pair_feats(a, b)
    assert bool(denies(fa, fb, insist=True)) == conflict


def test_one_article_that_calls_a_law_like_another_then_says_it_differs():
    """Within one article, a source's likeness and the outlet's difference (the tuned gold's shape,
    in other words): "legislation" and "law" are one thing compared (lang.WORD_SENSES, "~")."""
    text = ("County rules debated\n\nSupporters of the ordinance note that the state passed similar legislation "
            "in 2015, council members said.\n\nHowever, the county law differs in several ways.\n")
    conflicts = build_sections(_articles(text))[0].conflicts
    assert any("alike / different" in c.reason for c in conflicts), [c.reason for c in conflicts]
    text2 = ("County rules debated\n\nSupporters of the ordinance note that the state passed similar budgets "
             "in 2015, council members said.\n\nHowever, the county law differs in several ways.\n")
    assert not [c for c in build_sections(_articles(text2))[0].conflicts if "alike" in c.reason]


def test_a_clash_with_a_sentence_and_with_its_own_part_claim_is_one_conflict():
    """digest13 (BASIL, an appointment story): one outlet's "held the seat from 1966 to 1978"
    against another's "..., after X, who served from 1967 to 1979", whose relative clause is also a
    claim of its own ("X served from 1967 to 1979"): the digest listed the one clash twice. The
    invented cluster c_mayor has that shape; the part claim's repeat is dropped, the sentence's kept."""
    got = _conflicts("c_mayor")
    assert len(got) == 1, [c.reason for c in got]
    assert any("after Ada Bell" in s.quote for s in got[0].sides)
