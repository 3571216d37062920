"""Shapes the lead met reading a whole digest of a three-outlet story and its claims (session 37, issues 12 and
15): "Because <reason>, the mayor is adding <things>." read as the mayor's speech; a future or a modal inside a
relative clause after a counted noun ("12 executive orders that will be taken immediately") or inside an
object relative ("nine steps that the mayor can take") made the whole claim `speculative`; two claims that
share only the words of a relative clause on a counted noun ("four pupils who wrote to the council about
the flood") shown as an agreement. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.digest.restrictive import restricted_pair, restrictive_spans
from tests.reading import certainty_after, who
from tests.test_conf9 import _feats

INTRO = "Mayor Jane Doe of Elmton spoke to the council on Monday.\n\n"


def _cert(sentence: str) -> str:
    return certainty_after(INTRO, sentence)


@pytest.mark.parametrize("sentence", [
    "Because the plans require approval, the mayor is adding orders.",
    "Since the budget is short, the council is adding new fees to the plan.",
    "After the vote, the firm added jobs.",
])
def test_adding_a_bare_noun_is_an_act_not_speech(sentence):
    assert who(INTRO + sentence, sentence) is None


@pytest.mark.parametrize("sentence, source", [
    ("The mayor added officials were close to a deal.", "Mayor Jane Doe"),
    ("The mayor added that talks would go on.", "Mayor Jane Doe"),
    ("The talks were close, the mayor added.", "Mayor Jane Doe"),
    ("The mayor added reporters should wait.", "Mayor Jane Doe"),
])
def test_added_with_a_clause_stays_speech(sentence, source):
    assert who(INTRO + sentence, sentence) == source


@pytest.mark.parametrize("sentence", [
    "The mayor is supplementing her plan with 12 executive orders that will be taken immediately.",
    "The mayor is supplementing her plan with twelve new orders that will be taken at once.",
    "There are nine steps that the mayor can take by decree.",
    "The city has few tools that it can use.",
    "The council passed a bill that the mayor will sign on Monday.",
])
def test_a_modal_in_a_relative_clause_is_the_clauses(sentence):
    assert _cert(sentence) == "stated"


@pytest.mark.parametrize("sentence, certainty", [
    ("There is a risk that the town will flood.", "speculative"),     # a complement of a prospect noun
    ("The report raised fears that the plant will close.", "speculative"),
    ("The mayor told the council that the plant will close.", "speculative"),  # a clause after an addressee
    ("The mayor is so tired that she will resign.", "speculative"),
    ("The council will sign the plan that the mayor approved.", "speculative"),  # the main clause's own future
])
def test_near_misses_of_the_relative_modal_keep_their_hedge(sentence, certainty):
    assert _cert(sentence) == certainty


def test_a_counted_nouns_clause_is_no_agreement_when_only_its_words_are_shared():
    f1, f2 = _feats("The mayor was joined by four pupils who wrote to the Town Hall about the river flood in which 20 homes were lost.",
                    "The Town Hall plan, even officials there admit, is no cure for a river flood.")
    assert restricted_pair(f1, f2)


def test_a_count_both_claims_hold_keeps_the_clause_their_report():
    f1, f2 = _feats("The paper interviewed three other tenants who said the landlord ignored the leak.",
                    "The paper found three other tenants who said the landlord ignored the leak for months.")
    assert not restricted_pair(f1, f2)
    text = "The paper interviewed three other tenants who said the landlord ignored the leak."
    assert restrictive_spans(text) == []  # (no other claim: the count's clause is what the claim reports)
    assert restrictive_spans(text, frozenset({3.0})) == []
    assert restrictive_spans(text, frozenset({7.0}))


@pytest.mark.parametrize("dash", [" -- ", "--", " — "])
def test_a_description_in_passing_stops_at_a_double_hyphen(dash):
    from tests.reading import code
    text = ("Plan unveiled\n\nThe mayor of Elmton unveiled a housing plan on Monday. It would also curb short-term lets"
            f"{dash}the council says its plan would improve on the 2015 Letting Act, which was riddled with loopholes"
            f"{dash}and give towns resources to build homes when they are needed.\n")
    texts = [c.text for c in code(text).claims]
    assert "The 2015 Letting Act was riddled with loopholes." in texts, texts
    assert not any(t.startswith("The 2015 Letting Act") and "towns" in t for t in texts)


def test_an_events_heading_is_a_claim_linked_to_more_than_one_other():
    from types import SimpleNamespace as NS

    from summarizer.digest.event_groups import event_heading

    def f(i, art, text):
        return NS(index=i, article=art, source="article", claim=NS(text=text))
    fs = [f(0, "a1", "The mayor ordered the agency to share its flood records."),
          f(1, "a2", "The orders include sharing flood records."),
          f(2, "a3", "A senator will bring a bill."),  # linked to one claim only: a chain's end
          f(3, "a3", "The mayor is likely to order record sharing by the agency.")]
    degree = {0: 2, 1: 3, 2: 1, 3: 2}
    assert event_heading(fs, degree) == "The orders include sharing flood records."
    assert event_heading(fs) == "A senator will bring a bill."  # (no links given: the shortest, as before)
    assert event_heading(fs[:2], {0: 1, 1: 1}) == "The orders include sharing flood records."


def test_a_storyline_of_a_name_joined_with_for_shows_the_whole_name():
    from summarizer.digest.build import build_sections
    from tests.test_align_disputes import _articles
    arts = _articles(*(f"Report {i}\n\nThe mayor directed the Centers for Flood Research on {day} to study why the river rose {n} feet.\n"
                       f"\nOfficials in Elmton closed the old bridge.\n" for i, (day, n) in enumerate([("Monday", 3), ("Tuesday", 4), ("Monday", 5)], 1)))
    al, _, _ = build_sections(arts)
    titles = [s.title for s in al.storylines]
    assert "Centers for Flood Research" in titles, titles
    assert "Centers" not in titles and "Flood Research" not in titles, titles


@pytest.mark.parametrize("sentence, certainty", [
    ("The mayor told a news briefing in June that her office would act.", "speculative"),
    ("The mayor promised hundreds of times during her campaign that the bridge would cost nothing.", "speculative"),
    ("The mayor tried creative ways to persuade the councillors that they should back her bridge.", "speculative"),
    ("The mayor said in an interview at her office that she hopes to reopen the bridge.", "speculative"),
    ("The mayor said the town has few tools that it can use.", "reported"),
    ("The firm said in a statement released on Monday that it would cut 300 jobs.", "speculative"),  # a participle, not a verb
])
def test_a_that_clause_after_a_verbs_adjuncts_is_its_content_not_a_relative(sentence, certainty):
    assert _cert(sentence) == certainty


def test_an_aside_inside_the_description_does_not_end_it():
    from tests.reading import code
    text = ("Mayor race\n\nThe only declared candidate is Dana Voss, who has won the backing of the nurses' union -- "
            "including its chair -- and has a $1.2 million campaign fund.\n\nThe council approved 12 new bus routes.\n")
    texts = [c.text for c in code(text).claims]
    assert any(t.startswith("Dana Voss has won the backing") and "$1.2 million" in t for t in texts), texts


@pytest.mark.parametrize("sentence, source", [
    ("The storm was weakening, forecasters added.", "forecasters"),
    ("The river will crest on Friday, hydrologists noted.", "hydrologists"),
    ("The race was tight, pollsters added.", "pollsters"),
])
def test_a_science_role_closing_a_sentence_is_its_source(sentence, source):
    assert who(INTRO + sentence, sentence) == source


def test_the_role_resolves_to_the_named_forecaster():
    text = INTRO + "Joe Roe, a forecaster at the weather office, said the rain would stop. The forecaster added that winds would ease."
    assert who(text, "The forecaster added that winds would ease.") == "Joe Roe"


FILLER = ["The bridge over the river reopened to traffic on Monday after repairs.",
          "Officials said the new school would open in the autumn.",
          "The council voted to raise parking fees by a small amount.",
          "A storm brought heavy rain to the coast over the weekend.",
          "The museum will extend its opening hours in the summer.",
          "Police closed the main road for several hours after a crash.",
          "The library is to get a new roof next year.",
          "Farmers warned that the dry spell could hurt the harvest.",
          "The hospital hired forty more nurses this spring.",
          "A new ferry service will link the two islands.",
          "The town's football club won its third match in a row.",
          "Teachers backed a plan for shorter school days."]


def test_a_word_of_two_different_names_is_no_shared_anchor():
    from summarizer.digest.align import judge_pair
    fs = _feats("Last month Ana Roe was held by police ahead of a march on Global Tenants Day against rent gouging in Elmton.",
                '"All they wanted was rent gouging to stop," Joe Poe, Elmton researcher at Shelter Global told the paper.',
                *FILLER)
    assert judge_pair(fs[0], fs[1], None).kind == "none"
    # near-miss: one name in both ("Shelter Global" twice) still anchors a paraphrase
    fs = _feats("Shelter Global said on Monday that rents in Elmton rose by a fifth in 2024, a record.",
                "Rents in Elmton climbed by a fifth in 2024, according to Shelter Global, a record rise.", *FILLER)
    assert judge_pair(fs[0], fs[1], None).kind == "agreement"
