"""Words that only name or describe are no shared proposition (digest/reference.py, issue 15).

Fast: claims from the code-only `sentences` baseline, no model and no server. Sentences written
for these tests.
"""

from __future__ import annotations

from tests.test_align_local import MORE, _agreeing_quotes, _feats, _pair
from tests.test_align_paraphrase import FILLER, articles
from summarizer.digest.classify import classify
from summarizer.digest.reference import describing_numbers, named_things, phrases, referring_words, said_of, subjectless


def _one(text: str):
    (f,) = [f for f in _feats(articles("T\n\n" + text + "\n")) if f.claim.text.startswith(text[:12])]
    return f


def test_a_title_before_a_name_and_an_apposition_after_it_only_describe():
    f = _one("Harbor board chairwoman Greta Olsen, the city's longest-serving official, approved the dredging plan.")
    ref = referring_words(f)
    assert {"harbor", "board", "chairw", "greta", "olsen", "longes", "offici"} <= ref
    assert not {"approv", "dredgi", "plan"} & ref  # what is said of her


def test_a_verb_before_a_name_is_no_title():
    # "approved" follows an auxiliary, "to" opens an infinitive: there the word is the predicate
    f = _one("The regulators have approved Kestrel Mining's permit, and they hope to fine Brightwater Foods.")
    ref = referring_words(f)
    assert "approv" not in ref and "fine" not in ref
    assert {"kestre", "bright"} <= ref


def test_a_relative_clause_after_a_name_is_no_apposition():
    f = _one("Greta Olsen, who approved the dredging plan, left the harbor board.")
    assert "approv" not in referring_words(f) and "dredgi" not in referring_words(f)


def test_names_joined_by_of_or_and_are_one_phrase():
    f = _one("The senator praised Tomas Ruiz of Valdora and the mayor met Pim and Pom.")
    ph = [p for p in phrases(f) if p & {"ruiz", "pim"}]
    assert {"tomas", "ruiz", "valdor"} in ph and {"pim", "pom"} in ph


def test_a_number_as_a_modifier_or_a_decade_describes():
    f = _one("The 310-page audit found that the treasurer, then in his 40s, moved 40 accounts.")
    assert describing_numbers(f, f) == {"#310", "#40"}


def test_subjectless_relative_clause():
    assert subjectless(_one("Who has led the county since 2015, also asked for a recount."))
    assert not subjectless(_one("The clerk, who has led the county since 2015, asked for a recount."))


TITLE_A = "Presumptive Green nominee Ottilie Brandvold immediately fired back at the governor over the delayed bridge repairs."
TITLE_B = ("He has also shown an eagerness to attack presumptive Green nominee Ottilie Brandvold, which could help "
           "the party win the northern districts in the autumn.")


def test_the_same_title_and_name_in_two_sentences_that_say_different_things_do_not_agree():
    arts = articles("Race\n\n" + FILLER + MORE + TITLE_A + "\n", "Race\n\n" + TITLE_B + " " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "fired back", "eagerness")
    assert said_of(f1, f2) == set()
    assert named_things(f1, f2) == 1
    assert classify(f1, f2).kind == "none"
    assert not any(any("fired back" in q for q in qs) for qs in _agreeing_quotes(arts))


REL_A = "Hollis Varga lost his seat in November to the teacher Ingrid Solberg."
REL_B = "Mr. Varga has funds left over from his failed race last year against Ingrid Solberg."


def test_two_named_things_in_a_relation_may_still_agree():
    arts = articles("Seat\n\n" + FILLER + MORE + REL_A + "\n", "Seat\n\n" + REL_B + " " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "lost his seat", "left over")
    assert named_things(f1, f2) == 2  # Varga, and Ingrid Solberg


DESC_A = "Rolf Amsel, the port authority's finance chief, said the harbor would need new cranes."
DESC_B = "The port authority's finance chief Rolf Amsel is pushing the board to sell the old ferry terminal."


def test_a_shared_name_and_title_alone_do_not_agree_on_the_local_path():
    arts = articles("Port\n\n" + FILLER + MORE + DESC_A + "\n", "Port\n\n" + DESC_B + " " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "new cranes", "ferry terminal")
    assert not said_of(f1, f2)
    assert not any(len(qs) >= 2 and any("cranes" in q for q in qs) for qs in _agreeing_quotes(arts))


SAME_A = "Rolf Amsel, the port authority's finance chief, said the harbor would need 14 new cranes by spring."
SAME_B = "The port authority's finance chief Rolf Amsel said the harbor needs 14 new cranes before the spring season."


def test_a_shared_name_and_title_with_the_same_predicate_still_agree():
    arts = articles("Port\n\n" + FILLER + MORE + SAME_A + "\n", "Port\n\n" + SAME_B + " " + FILLER + MORE + "\n")
    assert any(len(qs) == 2 and all("cranes" in q for q in qs) for qs in _agreeing_quotes(arts))


DECADE_A = "The paper interviewed two former clerks who said the judge hired them when he was in his 30s."
DECADE_B = "The paper interviewed more than 30 people for its report on the court."


def test_a_decade_is_no_shared_count():
    arts = articles("Court\n\n" + FILLER + MORE + DECADE_A + "\n", "Court\n\n" + DECADE_B + " " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "former clerks", "more than 30")
    assert "#30" in describing_numbers(f1, f2)
    assert classify(f1, f2).kind == "none"


COUNT_A = ("The weekly gazette interviewed three other vendors who were students at the time who claimed Bexley "
           "fined them when the covered market first opened its doors.")
COUNT_B = ("The paper found three other vendors who said they had been fined by Mr. Bexley around the same season, "
           "when they were between 19 and 22 years old and new to the trade.")


def test_the_same_small_count_of_the_same_thing_anchors_a_partial_match():
    from summarizer.digest.local import counted
    arts = articles("Market\n\n" + FILLER + MORE + COUNT_A + "\n", "Market\n\n" + COUNT_B + " " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "interviewed three", "found three")
    assert {v for v, _ in counted(f1) & counted(f2)} == {3.0}
    assert any(len(qs) == 2 and any("interviewed three" in q for q in qs) for qs in _agreeing_quotes(arts))


def test_a_count_of_another_thing_is_no_anchor():
    from summarizer.digest.local import counted
    f = _one("The 310-page audit found four other vendors and 12 stalls.")
    assert {4.0, 12.0} <= {v for v, _ in counted(f)}
    assert not any(v == 310 for v, _ in counted(f))


SUBJ_A = ("Marta Quell, 61, who sat on the harbor board from 1990 to 2010, first as a planner and then as its chair, "
          "met the minister on Monday afternoon to discuss the mounting debts and the dredging contract.")
SUBJ_B = ("Ms. Quell, who sat on the board as a planner and later as chair, would be an unusual pick "
          "to audit the fishery, whose clerks prize their distance from every elected office in the province "
          "and from the trawler owners who fund most campaigns.")


def test_the_name_both_windows_are_about_counts_as_shared():
    arts = articles("Port\n\n" + FILLER + MORE + SUBJ_A + "\n", "Port\n\n" + SUBJ_B + " " + FILLER + MORE + "\n")
    assert any(len(qs) == 2 and any("sat on the harbor board from" in q for q in qs) for qs in _agreeing_quotes(arts))
