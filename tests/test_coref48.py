"""Session 39, coref48 (issue 12): a pronoun given to the wrong person, a name not completed. Invented text of the
shapes real news showed (RESULTS "Session 39: coref48"), each with near-misses the rules must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution.coreference import aside_possessive, given_name_full, opens_as_subject
from tests.reading import who

_SHOT = ("Officer Lee Marsh shot 60-year-old Dale Knight, who was armed with a bat. Knight was wounded in the arm and was "
         "charged with assault. ")


def test_he_after_a_possessive_office_is_the_office_holder():
    text = _SHOT + ("The inquiry into the shooting of Knight was handed to District Attorney Paul Brenn's office on June 2, "
                    "and he determined this week that the shooting was lawful.")
    assert who(text, "he determined this week that the shooting was lawful.") == "District Attorney Paul Brenn"


def test_he_after_an_office_keeps_the_sentences_own_subject():
    text = _SHOT + "Knight visited District Attorney Paul Brenn's office on June 2, and he said he was sorry."
    assert "Brenn" not in (who(text, "he said he was sorry.") or "")


def test_he_after_a_possessive_that_is_no_office_keeps_its_reading():
    text = _SHOT + "The inquiry was handed to District Attorney Paul Brenn's deputy on June 2, and he said the shooting was lawful."
    assert "Brenn" not in (who(text, "he said the shooting was lawful.") or "")


_REPORT = ("One officer, identified as Sgt. T. Vole, said in the report he arrived at 9:40. "
           "\"I helped Officer Quill with first aid,\" Vole said in the report. ")


def test_he_after_a_subject_with_an_aside_is_that_subject():
    text = _REPORT + "Quill, in his account, did not mention first aid. \"I applied pressure to the wounds,\" he said in the report."
    assert who(text, "\"I applied pressure to the wounds,\" he said in the report.") == "Quill"


def test_he_after_a_sentence_about_someone_else_goes_on_with_the_speaker():
    text = _REPORT + "The ambulance arrived at 9:50. \"I applied pressure to the wounds,\" he said in the report."
    assert who(text, "\"I applied pressure to the wounds,\" he said in the report.") == "Sgt. T. Vole"


@pytest.mark.parametrize("sentence, name, expected", [
    ("Quill, in his account, did not mention it.", "Quill", True),
    ("Teller's own plans are unclear.", "Omar Teller", True),
    ("Teller's lawyer said nothing.", "Omar Teller", False),  # the lawyer is another person
    ("Quill, his partner, did not mention it.", "Quill", False),  # an apposition: another person
    ("The van, in his account, was red.", "Quill", False),
])
def test_a_sentence_opening_with_the_person_as_possessor_or_with_an_aside(sentence, name, expected):
    assert opens_as_subject(sentence, 0, len(sentence), name) is expected


def test_an_apposition_is_no_aside():
    assert not aside_possessive("Quill, his partner, said", 5)
    assert aside_possessive("Quill, in his account, did", 5)


_COUSIN = ("Omar Teller decided to come home. His cousin Sami Rudd, a bus driver from Elmford, agreed to help him return "
           "because the family wanted him back. ")


def test_he_whose_cousin_the_clause_names_is_not_the_cousin():
    text = _COUSIN + "Teller's own plans are unclear. He had first asked his cousin for cash to buy a van."
    assert who(text, "He had first asked his cousin for cash to buy a van.") == "Omar Teller"


def test_he_whose_cousin_the_clause_names_right_after_the_cousin_spoke():
    text = _COUSIN + "He had first asked his cousin for cash to buy a van."
    assert who(text, "He had first asked his cousin for cash to buy a van.") == "Omar Teller"


def test_he_naming_another_relative_may_be_the_cousin():
    text = _COUSIN + "He said his brother would drive the car."
    assert who(text, "He said his brother would drive the car.") == "Sami Rudd"


_FARM = ("\"The farm is quiet,\" said Ronald Pike, who opened the centre in 1990. The farm has been a part of the Pike "
         "family since 1961, when Edwin Pike bought it. When Edwin died in 1980, his son, Ronald, took over. ")


def test_a_given_name_alone_is_the_person_named_in_full():
    text = _FARM + "\"It was a place to rest,\" Ronald said."
    assert who(text, "\"It was a place to rest,\" Ronald said.") == "Ronald Pike"


def test_he_after_a_son_set_off_by_name_is_named_in_full():
    text = _FARM + "\"This is a family affair,\" he said."
    assert who(text, "\"This is a family affair,\" he said.") == "Ronald Pike"


def test_a_son_set_off_by_name_takes_the_family_name():
    text = "When Edwin Pike died in 1980, his son, Ronald, took over the farm. \"We never closed,\" Ronald said."
    assert who(text, "\"We never closed,\" Ronald said.") == "Ronald Pike"


def test_a_wife_set_off_by_name_takes_no_family_name():
    text = "When Edwin Pike died in 1980, his wife, Ronda, took over the farm. \"We never closed,\" Ronda said."
    assert who(text, "\"We never closed,\" Ronda said.") == "Ronda"


def test_a_given_name_two_people_share_stays_alone():
    text = ("Ann Roe and her neighbour met on Monday. \"The road is closed,\" said Ann Poe, a farmer. "
            "\"We will fix it,\" Ann said.")
    assert who(text, "\"We will fix it,\" Ann said.") == "Ann"


def test_a_surname_still_takes_its_fuller_form():
    text = "\"The farm is quiet,\" said Ronald Pike, a farmer. \"It was a place to rest,\" Pike said."
    assert who(text, "\"It was a place to rest,\" Pike said.") == "Ronald Pike"


def test_mrs_and_a_surname_is_the_one_person_of_that_surname():
    text = ("The cat had been shot twice in the leg. Two-year-old Misty was found injured by her owner Joan Pettle in "
            "Elmford on Friday. Mrs Pettle said the cat was now learning to walk again.")
    assert who(text, "Mrs Pettle said the cat was now learning to walk again.") == "Joan Pettle"


def test_mrs_is_never_a_man_of_that_surname():
    text = ("Tom Pettle said he found the cat on Friday. Mrs Pettle said the cat was now learning to walk again.")
    assert who(text, "Mrs Pettle said the cat was now learning to walk again.") == "Mrs Pettle"


def test_mrs_with_two_people_of_that_surname_stays():
    text = ("Joan Pettle and Ray Pettle found the cat in Elmford on Friday. "
            "Mrs Pettle said the cat was now learning to walk again.")
    assert who(text, "Mrs Pettle said the cat was now learning to walk again.") == "Mrs Pettle"


_DANCE = ("Tom Vance asked Lily Marr to the dance. \"She is kind,\" he said. \"You want to protect her,\" said Rita Marr, "
          "Lily's mom. Tom's mother, Gail Vance, was also proud of her son. As for Lily, she cannot stop thinking about "
          "the dance. ")


def test_her_mother_is_the_mother_the_article_named():
    text = _DANCE + "\"Lily can't wait to buy a dress,\" her mother said."
    assert who(text, "\"Lily can't wait to buy a dress,\" her mother said.") == "Rita Marr"


def test_his_mother_is_the_boys_mother():
    text = _DANCE + "\"Tom can't wait to buy a suit,\" his mother said."
    assert who(text, "\"Tom can't wait to buy a suit,\" his mother said.") == "Gail Vance"


def test_her_father_never_named_stays_as_written():
    text = _DANCE + "\"Lily can't wait to buy a dress,\" her father said."
    assert who(text, "\"Lily can't wait to buy a dress,\" her father said.") == "her father"


def test_a_first_name_alone_after_the_full_name_is_completed():
    text = _DANCE + "\"I told a million people!\" Lily said."
    assert who(text, "\"I told a million people!\" Lily said.") == "Lily Marr"


def test_a_name_with_digits_is_no_given_name():
    from types import SimpleNamespace as M

    from summarizer.attribution.gender import Genders
    plane = [M(pos=0, name="Vantor A90", kind="person")]
    person = [M(pos=0, name="Vantor Hale", kind="person")]
    assert given_name_full("Vantor", 50, plane, Genders(), None) is None  # a model's code, no person's surname
    assert given_name_full("Vantor", 50, person, Genders(), None) == "Vantor Hale"
    assert given_name_full("Vantor", 50, person + [M(pos=10, name="Vantor Bell", kind="person")], Genders(), None) is None


@pytest.mark.parametrize("pred, gold, same", [
    ("New Vale Gov. Sam Ruiz", "The governor", True),   # the description the gold wrote, resolved to the titled name
    ("Sen. Ann Vale", "the senator", True),
    ("Sam Ruiz", "The governor", False),               # no title in the name: the scorer cannot tell
    ("Mayor Ann Cole", "the governor", False),         # another title
    ("New Vale Gov. Sam Ruiz", "governor", False),     # no definite description
])
def test_the_scorer_takes_a_title_description_as_the_titled_name(pred, gold, same):
    from summarizer.eval.matching import attribution_matches
    assert attribution_matches(pred, gold) is same


_RACE = ("Some families would pay more, according to an analysis by Ann Vole, a tax scholar. The losses would outstrip the "
         "gains, said Vole. It has become an issue in the race, ")
_DEBATE = "\"The plan would help the rich again,\" she said in the debate."


def test_she_after_a_person_acting_past_a_who_aside_is_that_person():
    text = _RACE + "with Mara Quist — who has called for higher taxes on the rich — attacking the plan. " + _DEBATE
    assert who(text, _DEBATE) == "Mara Quist"


def test_she_after_a_person_with_a_who_aside_but_no_verb_keeps_the_speaker():
    text = _RACE + "with Mara Quist, who has called for higher taxes, in the lead. " + _DEBATE
    assert "Vole" in who(text, _DEBATE)
