"""Session 45, coref54 (issue 12): one person shown as two speakers. "former councilor <Surname>" beside "<Given>
<Surname>"; "Prof <Surname>" beside "Professor <Given> <Surname>"; "Sir <Given>" beside "Sir <Given> <Surname>"; a
capitalised description opening its sentence before a title ("Oncology specialist Professor <Name>"); a body's
possessive before a name ("<Agency>'s <Name>"). Invented text with placeholder names, each with near-misses the rules
must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution.title_forms import described_titled, same_title
from tests.reading import who

# (a) a lower-case office before a bare surname: the person named in full before

_PRENTICE = ("Former councilor Dale Prentice said the vote was rigged. Prentice said he would sue. "
             "\"It is a scandal,\" former councilor Prentice said.")


@pytest.mark.parametrize("sentence", [
    "Prentice said he would sue.",
    "\"It is a scandal,\" former councilor Prentice said.",
])
def test_an_office_before_a_bare_surname_is_the_person_named_before(sentence):
    assert who(_PRENTICE, sentence) == "Dale Prentice"


def test_an_office_before_a_surname_no_one_named_in_full_stays():
    # near-miss: no fuller form of the surname: the description as written
    text = "The vote was rigged, residents said. \"It is a scandal,\" former councilor Prentice said."
    assert who(text, "\"It is a scandal,\" former councilor Prentice said.") == "former councilor Prentice"


def test_a_capitalised_title_before_a_surname_is_no_lower_case_office():
    # near-miss: "Councilor Prentice" is a title and surname, not a lower-case office dropped (the lead's policy keeps a
    # capitalised title); since coref55 "councilor" is a title, so the titled form named in full before
    text = "Councilor Dale Prentice said the vote was rigged. \"It is a scandal,\" Councilor Prentice said."
    assert who(text, "\"It is a scandal,\" Councilor Prentice said.") == "Councilor Dale Prentice"


# (b) one title in two spellings

_QUELL = ("Professor Ada Quell led the study. \"It is a breakthrough,\" Prof Quell said. "
          "Quell said more work was needed.")


@pytest.mark.parametrize("sentence", [
    "\"It is a breakthrough,\" Prof Quell said.",
    "Quell said more work was needed.",
])
def test_prof_and_professor_are_one_title(sentence):
    assert who(_QUELL, sentence) == "Professor Ada Quell"


def test_doctor_and_dr_are_one_title():
    text = "Dr Owen Pike said the boy was stable. \"He will recover,\" Doctor Pike said."
    assert who(text, "\"He will recover,\" Doctor Pike said.") == "Dr Owen Pike"


def test_two_people_with_the_title_and_surname_stay_apart():
    # near-miss: two professors of that surname: "Prof Quell" is neither
    text = "Professor Ada Quell and Professor Ben Quell led the study. \"It is a breakthrough,\" Prof Quell said."
    assert who(text, "\"It is a breakthrough,\" Prof Quell said.") == "Prof Quell"


@pytest.mark.parametrize("a,b,same", [
    ("Prof", "Professor", True), ("Dr.", "Doctor", True), ("Sen.", "Senator", True),
    ("Prof", "Dr", False), ("Sen.", "Governor", False),
])
def test_same_title(a, b, same):
    assert same_title(a, b) is same


# (c) "Sir <Given>": the knight named in full before

def test_sir_and_a_given_name_is_the_knight_named_before():
    text = ("Sir Milo Varga opened the gallery on Monday. \"It is a dream,\" Sir Milo said. "
            "Varga said the building cost millions.")
    assert who(text, "\"It is a dream,\" Sir Milo said.") == "Sir Milo Varga"
    assert who(text, "Varga said the building cost millions.") == "Sir Milo Varga"


def test_two_knights_of_one_given_name_stay_apart():
    # near-miss: two men so titled and named
    text = "Sir Milo Varga and Sir Milo Dunn opened the gallery. \"It is a dream,\" Sir Milo said."
    assert who(text, "\"It is a dream,\" Sir Milo said.") == "Sir Milo"


# (d) a description before a title, and a body's possessive before a name

@pytest.mark.parametrize("text,sentence,expected", [
    ("Oncology specialist Professor Nina Harte said the drug worked. \"We are hopeful,\" Prof Harte said.",
     "Oncology specialist Professor Nina Harte said the drug worked.", "Professor Nina Harte"),
    ("Oncology specialist Professor Nina Harte said the drug worked. \"We are hopeful,\" Prof Harte said.",
     "\"We are hopeful,\" Prof Harte said.", "Professor Nina Harte"),
    ("Paediatric oncology consultant Dr Owen Pike said the boy was stable. Dr Pike said he would recover.",
     "Paediatric oncology consultant Dr Owen Pike said the boy was stable.", "Dr Owen Pike"),
    ("The flood hit the town on Sunday. \"The water rose fast,\" NASA's Jane Corliss said. Corliss said more rain was due.",
     "\"The water rose fast,\" NASA's Jane Corliss said.", "Jane Corliss"),
    ("The flood hit the town on Sunday. \"The water rose fast,\" NASA's Jane Corliss said. Corliss said more rain was due.",
     "Corliss said more rain was due.", "Jane Corliss"),
    ("The flood hit the town on Sunday. \"The water rose fast,\" the Met Office's Jane Corliss said.",
     "\"The water rose fast,\" the Met Office's Jane Corliss said.", "Jane Corliss"),
])
def test_a_description_before_the_name_is_left_out(text, sentence, expected):
    assert who(text, sentence) == expected


@pytest.mark.parametrize("name,expected", [
    ("Oncology specialist Professor Nina Harte", "Professor Nina Harte"),
    ("Paediatric oncology consultant Dr Owen Pike", "Dr Owen Pike"),
    ("NASA's Jane Corliss", "Jane Corliss"),
    ("the Met Office's Dr Jane Corliss", "Dr Jane Corliss"),
    # near-misses: an office title, a person's possessive, a function word, no person after the title
    ("Senate Majority Leader Jo Marr", None),
    ("Clinton's Tim Kaine", None),
    ("Study by Professor Nina Harte", None),
    ("Oncology specialist Professor Acme Corp", None),
    ("Professor Nina Harte", None),
])
def test_described_titled(name, expected):
    assert described_titled(name) == expected


def test_a_persons_possessive_before_a_name_stays():
    # near-miss: a person's possessive ("<Name>'s <Given> <Surname>") may be a family's: left as written
    text = "\"The water rose fast,\" Dale Prentice's Jane Corliss said."
    assert who(text, text) == "Dale Prentice's Jane Corliss"


# (e) a body's name ending "International" or "Watch" is no person; "The <Body> <Title>, <Name>," opens the subject

def test_a_body_named_international_is_no_he():
    text = ("The United Nations Secretary-General, Tomas Vey, said in a statement that the attacks were crimes, Relief "
            "Action International reported. \"These acts must stop,\" he said.")
    assert who(text, "\"These acts must stop,\" he said.") == "Tomas Vey"


@pytest.mark.parametrize("name,kind", [
    ("Relief Action International", "org"), ("Harbour Rights Watch", "org"),
    # near-misses: a person's name, a word that only opens a name
    ("Tomas Vey", "person"), ("International Harbour Day", None),
])
def test_body_name_final_words(name, kind):
    from summarizer.attribution.name_kinds import classify
    assert classify(name) == kind


def test_a_one_word_body_completed_to_its_international_name():
    text = ("Avantis International said the camp was full. Officials did not reply. "
            "Avantis estimates that 40 people had died.")
    assert who(text, "Avantis estimates that 40 people had died.") == "Avantis International"


_VEY = ("Ada Moss said the flood was bad. The {body} Secretary-General, Tomas Vey, last year stressed the need to act. "
        "\"It is urgent,\" he said.")


@pytest.mark.parametrize("body", ["United Nations", "Harbour League"])
def test_a_name_set_off_after_the_bodys_title_is_the_subject(body):
    text = _VEY.format(body=body)
    assert who(text, "\"It is urgent,\" he said.") == "Tomas Vey"


def test_a_name_set_off_after_a_title_that_is_an_object_is_no_subject():
    # near-miss: the titled name is an object ("met"), the speaker named before goes on
    text = ("Ada Moss said the flood was bad. She met the Harbour League Secretary-General, Tomas Vey, on Monday. "
            "\"It is urgent,\" she said.")
    assert who(text, "\"It is urgent,\" she said.") == "Ada Moss"


# (f) "The <Name> study ... It found": the study, not the body that names it

def test_it_found_after_a_named_study_is_the_study():
    text = "The Harlow Business School study looked at 2,000 workers. It found that women asked for raises as often as men."
    assert who(text, "It found that women asked for raises as often as men.") == "The Harlow Business School study"


def test_it_found_after_a_body_that_studied_is_the_body():
    # near-miss: the body is the subject that acts
    text = "Harlow Business School studied 2,000 workers. It found that women asked for raises as often as men."
    assert who(text, "It found that women asked for raises as often as men.") == "Harlow Business School"


def test_it_found_after_a_study_by_a_body_is_the_study():
    text = ("Women ask as often as men, the research found. The study, by the Harlow Business School and the universities "
            "of Avon and Dunmore, looked at 4,800 workers. It found \"no support\" for the theory.")
    assert who(text, "It found \"no support\" for the theory.") == "The study"


# (g) a bare two-word surname after the full name

def test_a_bare_two_word_surname_is_the_person_named_in_full():
    text = "On Monday, Debra Wasser Schultz said the vote was fair. \"We won,\" Wasser Schultz said."
    assert who(text, "\"We won,\" Wasser Schultz said.") == "Debra Wasser Schultz"


def test_a_possessive_with_a_lone_apostrophe_is_the_name():
    text = ("Party boss Debra Wasser Schultz was criticised. Wasser Schultz’ position is weak. Asked about it, "
            "Wasser Schultz said she was not worried. \"I will stay,\" she said.")
    assert who(text, "\"I will stay,\" she said.") == "Debra Wasser Schultz"


@pytest.mark.parametrize("first", ["Republican", "President-elect", "Former", "Supermodel"])
def test_a_party_or_title_word_is_no_given_name(first):
    # near-misses: "<Party> <Given> <Surname>" is no fuller form of "<Given> <Surname>"
    text = f"{first} Donald Grump said the vote was fair. \"We won,\" Donald Grump said."
    assert who(text, "\"We won,\" Donald Grump said.") == "Donald Grump"
