"""digest35: whole digests read as an analyst would (issue 15). Invented sentences only (names,
places and topics changed); each case failed before its fix unless marked "apart"."""

from __future__ import annotations

import pytest

from summarizer.digest.align import judge_pair
from summarizer.digest.build import build_sections
from summarizer.digest.passing import passing_spans
from tests.test_align_local import _feats, _pair
from tests.test_align_paraphrase import FILLER, articles

# --- a description hung on a name in passing is no clause of what the claim states ---------------


def _spans(text):
    return [text[a:b].strip(" ,.") for a, b in passing_spans(text)]


@pytest.mark.parametrize("text, span", [
    ("The mayor of Dunmore, who spoke at the Harbor Club in Kelso on Monday, said the port was losing trade.",
     "who spoke at the Harbor Club in Kelso on Monday"),
    ("\u201cThe new tariff will not protect a single job,\u201d said Ortega, the daughter of Chilean farmers.",
     "the daughter of Chilean farmers"),
    ("The daughter of Chilean farmers, Ortega has opposed the plan to sell the state seed bank.",
     "The daughter of Chilean farmers"),
])
def test_a_description_in_passing_is_found(text, span):
    assert span in _spans(text), _spans(text)


@pytest.mark.parametrize("text", [
    # a main clause after an opening adjunct that ends on a name
    "Since the end of the Long Drought, the rivers feeding Lake Orm have changed their course.",
    # a name in apposition to the opening subject: the subject and its verb follow
    "The report by a clerk of the inquiry, Ray Dunn, said the ledgers had been misread.",
    # a restrictive clause (no comma) says which thing is meant: restrictive.py's, not this rule's
    "Growers who sell at the Kelso market will pay the new fee.",
])
def test_apart_a_clause_that_states_something_is_no_passing_description(text):
    assert not passing_spans(text), _spans(text)


SPEECH_A = ("The mayor of Dunmore, who spoke at the Harbor Club in Kelso on Monday, said the port was losing "
            "trade because the council had delayed repairs to the north quay.")
SPEECH_B = ("In remarks delivered at the Harbor Club in Kelso, the mayor of Dunmore said the town would grow "
            "richer if the ferry line doubled its winter crossings.")
ROOTS_A = ("\u201cThe new tariff will not protect a single job in the valley,\u201d said Lena Ortega, the daughter "
           "of Chilean farmers.")
ROOTS_B = ("The daughter of Chilean farmers, Lena Ortega has opposed the governor\u2019s plan to sell the state "
           "seed bank to a private buyer.")


@pytest.mark.parametrize("a, b, w1, w2", [
    (SPEECH_A, SPEECH_B, "losing trade", "winter crossings"),
    (ROOTS_A, ROOTS_B, "new tariff", "seed bank"),
])
def test_a_description_in_passing_is_no_matching_clause(a, b, w1, w2):
    from summarizer.digest.classify import clause_match

    arts = articles("Port\n\n" + FILLER + a + "\n", "Port\n\n" + b + " " + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), w1, w2)
    assert not clause_match(f1, f2)


def test_two_statements_sharing_only_a_description_in_passing_do_not_agree():
    arts = articles("Port\n\n" + FILLER + SPEECH_A + "\n", "Port\n\n" + SPEECH_B + " " + FILLER + "\n")
    feats = _feats(arts)
    f1, f2 = _pair(feats, "losing trade", "winter crossings")
    from summarizer.digest.pairs import article_texts

    assert judge_pair(f1, f2, article_texts(feats)).kind != "agreement"
    al, _, _ = build_sections(arts)
    joined = [g for g in al.agreements if any("losing trade" in q for q in g.quotes)
              and any("winter crossings" in q for q in g.quotes)]
    assert not joined, [g.text for g in joined]


def test_apart_the_same_statement_told_in_a_clause_of_each_still_agrees():
    # one clause of each says the same thing in a main clause: clause_match as before
    a = ("Rescue crews pulled eleven miners from the flooded shaft at Borrow Hill, and the company said "
         "the pumps had failed overnight.")
    b = ("After a long night, rescue crews pulled eleven miners from the flooded Borrow Hill shaft, officials "
         "at the county hall said.")
    arts = articles("Mine\n\n" + FILLER + a + "\n", "Mine\n\n" + b + " " + FILLER + "\n")
    feats = _feats(arts)
    f1, f2 = _pair(feats, "pumps had failed", "After a long night")
    from summarizer.digest.pairs import article_texts

    assert judge_pair(f1, f2, article_texts(feats)).kind == "agreement"


def test_apart_a_description_told_as_a_claim_of_its_own_agrees_with_a_sentence_stating_it():
    # the bundled path makes a claim of the relative clause (drafts.descriptions): it still agrees
    from tests.test_align_disputes import FILLER as FILL2, _articles

    a = SPEECH_A
    b = "The mayor of Dunmore spoke at the Harbor Club in Kelso on Monday, his first visit to the town this year."
    arts = _articles("Port\n\n" + FILL2 + a + "\n" + FILL2, "Port\n\n" + FILL2 + b + "\n" + FILL2)
    al, _, _ = build_sections(arts)
    assert any(len({r.article for r in g.claims}) == 2 and any("Harbor Club" in q for q in g.quotes)
               for g in al.agreements), [g.text for g in al.agreements]



def test_a_description_in_passing_matches_only_a_claim_that_states_it_alone():
    # the other claim states only the description (drafts.descriptions makes such claims of a
    # relative clause): clause_match pairs them as before
    from summarizer.digest.classify import clause_match
    from summarizer.digest.passing import stated_alone

    a = ("Dora Fenn, who is the second-ranking Liberal member of the Harwick assembly, made her case for the "
         "canal levy in a radio interview on Tuesday.")
    b = "Dora Fenn is the second-ranking Liberal member of the Harwick assembly."
    c = ("Dora Fenn, the second-ranking Liberal member of the Harwick assembly, said the canal levy would "
         "pass before the harvest recess.")
    arts = articles("Levy\n\n" + FILLER + a + "\n", "Levy\n\n" + b + " " + c + " " + FILLER + "\n")
    feats = _feats(arts)
    fa, fb = _pair(feats, "radio interview", "Harwick assembly.")
    fc = next(f for f in feats if "harvest recess" in f.claim.text)
    assert stated_alone(fb, fa.words & fb.words) and not stated_alone(fc, fa.words & fc.words)
    assert clause_match(fa, fb)
    assert not clause_match(fa, fc)  # two statements sharing the description only
