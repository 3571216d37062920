"""Shapes the lead met reading seven PolNeAR half-A articles whole (session 44, issue 12): a bare surname shared by a
candidate and the candidate's daughter given to the daughter; "9/11 widow <Name>" kept the description as the source;
one person's two roles joined by "and" after an opening phrase lost the speaker; a negation inside what someone would
tell or let others know, or inside a possessor's "claim that" clause, decided the sentence's certainty; "The attempt to
<V> ... has included ..." read as a plan. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution.name_completion import described_person
from summarizer import rules
from tests.reading import certainty_after, code, who

INTRO = "Mayor speaks\n\nAda Moss spoke out on Tuesday about the flood in Elmton.\n\n"

# -- a bare surname shared with a relative introduced as one -------------------------------------------------

FAMILY = ("Plan unclear, experts say\n\n"
          "Ada Moss's new proposal for paid leave is vague, experts say.\n\n"
          "Ben Moss, the candidate's eldest son, noted the rule in an interview last week. He said fathers would not be "
          "eligible.\n\n"
          "The campaign has credited Ben Moss with designing the proposal.\n\n")


def test_a_bare_surname_is_not_the_relative_introduced_as_one():
    text = FAMILY + "Moss says she would pay for it by cutting fraud.\n"
    assert who(text, "Moss says she would pay") == "Ada Moss"


@pytest.mark.parametrize("intro", [
    "Ben Moss, her eldest son, noted the rule in an interview last week.",
    "Ben Moss, Ada Moss's son, noted the rule in an interview last week.",
])
def test_a_relative_by_apposition_of_any_owner(intro):
    text = ("Plan unclear\n\nAda Moss's new proposal for paid leave is vague, experts say.\n\n" + intro
            + "\n\nThe campaign has credited Ben Moss with the plan.\n\nMoss says the plan is fair.\n")
    assert who(text, "Moss says the plan is fair.") == "Ada Moss"


def test_near_miss_no_relative_the_speaker_keeps_the_surname():
    text = ("Plan unclear\n\nAda Moss's new proposal for paid leave is vague, experts say.\n\n"
            "Ben Moss, a council member, noted the rule in an interview last week. He said fathers would not be "
            "eligible.\n\nMoss says the plan is unfair.\n")
    assert who(text, "Moss says the plan is unfair.") == "Ben Moss"


# -- a description of standing before a name -----------------------------------------------------------------

@pytest.mark.parametrize("name, person", [
    ("9/11 widow Terry Vale", "Terry Vale"),
    ("widow Terry Vale", "Terry Vale"),
    ("flood survivor Jo Marr", "Jo Marr"),
])
def test_a_widow_or_survivor_is_a_description_not_the_name(name, person):
    assert described_person(name) == person


@pytest.mark.parametrize("name", ["Widow Creek Council", "Survivor Fund"])
def test_near_miss_a_body_named_with_the_word_stays(name):
    assert described_person(name) is None


# -- one person's two roles joined by "and" ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("On an episode of the show, the former treasurer and current candidate said she wanted to speak to residents.",
     "the former treasurer and current candidate"),
    ("On an episode of the show, the former head of roads and current mayoral hopeful said she would run.",
     "the former head of roads and current mayoral hopeful"),
])
def test_two_dated_roles_of_one_person_are_one_speaker(sentence, source):
    assert who(INTRO + sentence + "\n", sentence) == source


def test_near_miss_two_people_are_not_one_speaker():
    sentence = "On an episode of the show, the former mayor and Jo Marr said they wanted to speak to residents."
    assert who(INTRO + sentence + "\n", sentence) == "the former mayor and Jo Marr"


# -- a negation inside what is yet to be told -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ada Moss said she hoped to talk to neighbours and let them see that the town is not closing.",
    "Ada Moss said she would tell residents that the plant is not closing.",
    "Ada Moss wants to assure voters that the plant is not closing.",
])
def test_a_negation_inside_a_telling_to_come_is_its_content(sentence):
    assert certainty_after(INTRO, sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "Ada Moss told residents that the plant is not closing.",
    "Ada Moss said she would not tell residents that the plant is safe.",
    "Ada Moss said that the plant is not safe.",
])
def test_near_miss_a_telling_that_happened_or_a_negated_telling(sentence):
    assert certainty_after(INTRO, sentence) == "negated"


# -- a possessor's "claim that" clause ------------------------------------------------------------------------

def test_a_possessors_claim_clause_is_no_part_of_the_main_clause():
    sentence = ("Video shows that the man had his hands in the air, contradicting Elmton police’s earlier claim that he "
                "had refused to keep his hands up.")
    assert certainty_after(INTRO, sentence) == "reported"


def test_near_miss_the_main_clause_negated_stays_negated():
    sentence = "Video shows that the man did not have his hands in the air, as Elmton police’s report said."
    assert certainty_after(INTRO, sentence) == "negated"


# -- an attempt heading the subject ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The attempt to stop the bill has also included members of the state government.",
    "The attempt to stop the bill has failed.",
    "The plan to close the pool has been dropped.",
])
def test_an_attempt_or_plan_heading_the_subject_is_no_plan_of_the_clause(sentence):
    assert certainty_after(INTRO, sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The council attempted to stop the bill.",
    "The council has attempted to stop the bill.",
    "The plan to close the pool has to be approved by the council.",
])
def test_near_miss_an_attempt_as_the_verb_or_a_plan_still_to_be_approved(sentence):
    assert certainty_after(INTRO, sentence) == "speculative"


# -- a month/day with a slash is no count ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The plan angered several relatives of the 9/11 dead in the town.",
    "The line is open 24/7 for callers.",
])
def test_a_slash_date_or_its_name_is_no_count(sentence):
    assert not rules.has_count(sentence)
    assert rules.kind(sentence) != "quantity"


@pytest.mark.parametrize("sentence", [
    "About 3/4 of residents voted for the plan.",
    "Police said 12 people were hurt on 9/11 last year.",
])
def test_near_miss_a_fraction_or_a_count_beside_the_date_is_a_count(sentence):
    assert rules.has_count(sentence)


# -- "X accused A and asserted B": the second claim names X as the article does ------------------------------

def test_a_split_speech_names_its_speaker_in_full():
    text = ("Families angry\n\nThe bill has drawn protest from families.\n\n"
            "“Denying us a hearing is wrong,” said flood widow Terry Vale.\n\n"
            "Vale accused the state government of trying to silence the families and asserted that they are tired of "
            "waiting for a hearing.\n")
    sources = {c.text: c.attributed_to for c in code(text).claims}
    said = [src for t, src in sources.items() if t.startswith("Vale asserted")]
    assert said == ["Terry Vale"]


def test_near_miss_a_later_act_is_no_second_role():
    sentence = ("Ann Vale, who served as an aide to former Mayor Jo Marr and later retired from the board, said that in "
                "1998 the council had been warned.")
    assert who(INTRO + sentence + "\n", sentence) == "Ann Vale"


# -- a state's abbreviation in brackets after a name ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sen. Jane Vale (Vt.), who lost the primaries, said the plan was a good one.",
    "Sen. Jane Vale (D-Vt.), who lost the primaries, said the plan was a good one.",
    "Sen. Jane Vale (N.Y.) said the plan was a good one.",
])
def test_a_state_tag_in_brackets_is_no_part_of_the_name_nor_ends_the_subject(sentence):
    assert who(INTRO + sentence + "\n", sentence) == "Sen. Jane Vale"


def test_near_miss_a_bodys_letters_in_brackets_stay():
    sentence = "The Elmton Trust (ETR) said the plan was a good one."
    assert who(INTRO + sentence + "\n", sentence) == "The Elmton Trust (ETR)"


# -- an opener's last name before the sentence's own subject is no apposition ---------------------------------

OPENER = ("Committee meets\n\n"
          "On Tuesday night, in a closed room in the Town Hall, a group of members of the committee met with the agency "
          "liaison Peter Vale to discuss requests.\n\n"
          "In a speech, the mayor visited Elmton, a town of 4,000 people.\n")


def test_an_openers_last_name_gets_no_description():
    texts = [c.text for c in code(OPENER).claims]
    assert not any(t.startswith("The Town Hall is") or t.startswith("Town Hall is") for t in texts)


def test_near_miss_an_apposition_after_the_main_clause_is_a_description():
    assert "Elmton is a town of 4,000 people." in [c.text for c in code(OPENER).claims]


# -- "should X fail to": a condition, no negated event --------------------------------------------------------

def test_a_failure_inside_an_inverted_condition_negates_nothing():
    sentence = "The board will sell the site should the council fail to act."
    assert certainty_after(INTRO, sentence) == "speculative"


def test_near_miss_a_failure_of_the_main_clause_negates():
    assert certainty_after(INTRO, "The council failed to act on the site.") == "negated"
