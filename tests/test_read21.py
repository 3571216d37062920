"""Session 20, read21: shapes found by reading the code path's claims on eight faithfulness
documents no session had read (issues 12 and 15). Invented sentences; the expected answers were
written before the code was run."""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claims(text: str):
    return code(text, "read21.txt").claims


def _claim(text: str, opening: str):
    found = [c for c in _claims(text) if c.text.startswith(opening)]
    assert found, f"no claim opens with {opening!r}"
    return found[0]


# -- 1. hearsay inside a relative clause decides the relative clause only (d5, d8: a reward offered
# -- for a man "who allegedly" did a thing, and deaths in a campaign "that X was said to have called"
# -- something, were both shown as "unnamed sources"; the offer and the deaths are the outlet's)

_REWARD = "The city has offered a reward of 5,000 pounds for information on Ivo Brand, who allegedly started the fire at the old mill."
_BRIDGE = "More than 300 men worked on the bridge that Queen Ada was said to have called the finest in the land."


def test_a_final_relative_clause_with_allegedly_leaves_the_main_clause_to_the_outlet():
    c = _claim(_REWARD, "The city has offered")
    assert (c.attributed_to, c.certainty) == ("article", "stated")


def test_the_hedged_relative_clause_is_its_own_unconfirmed_claim():
    c = _claim(_REWARD, "Ivo Brand allegedly")
    assert (c.attributed_to, c.certainty) == ("unnamed sources", "unconfirmed")


def test_an_object_relative_with_was_said_to_leaves_the_main_clause_to_the_outlet():
    c = _claim(_BRIDGE, "More than 300 men")
    assert (c.attributed_to, c.certainty) == ("article", "stated")


@pytest.mark.parametrize("sentence", [
    "Ivo Brand allegedly started a second fire at the depot on Monday.",
    "The mill was reportedly insured for far less than its value.",
    "The bridge was said to have been the finest in the land.",
])
def test_apart_a_hedge_in_the_main_clause_still_makes_it_unconfirmed(sentence):
    c = _claims(sentence)[0]
    assert (c.attributed_to, c.certainty) == ("unnamed sources", "unconfirmed")


def test_apart_a_relative_clause_set_off_inside_stays_the_outlets_as_before():
    c = _claims("The quarterback, who is said to be frustrated with his contract, skipped practice on Monday.")[0]
    assert (c.attributed_to, c.certainty) == ("article", "stated")


# -- 2. a kin noun in a closed apposition tells a person's gender (d2: a mother named in apposition
# -- after her son's name had no gender, and a later "He also said" went to her)

_FARM = ("Tom Vale died after a fall at his farm near Kelso in 2010. His sister, Ana Roe, had left the farm a week before. "
         "Mr Vale's mother, Ada Vale, said Ms Roe had sold the farm's tractor within days of his death. "
         'She said: "We are sure she knew more than she told the police." '
         "Detective Ian Holt said the fall was no accident. He also said the gate had been left open on purpose.")


def test_she_after_a_speaker_is_not_the_woman_named_in_what_she_said():
    assert who(_FARM, 'She said: "We are sure she knew') == "Ada Vale"


def test_he_after_a_detective_stays_the_detective():
    assert who(_FARM, "He also said the gate") == "Detective Ian Holt"


def test_he_is_not_the_man_named_in_what_the_speaker_just_said():
    t = ("Ada Vale said the farm had been sold. Detective Ian Holt said Mr Vale was hit by a van with no lights. "
         "He also said two witnesses had seen the van leave the road.")
    assert who(t, "He also said two witnesses") == "Detective Ian Holt"


def test_apart_an_open_comma_after_a_kin_noun_gives_the_next_subject_no_gender():
    # ("his wife, Jo Lane said": Jo Lane is the subject, not the wife; a later "he" may be him)
    t = ("Ada Moss said the family had left. Asked about his wife, Jo Lane said the family would stay in Kelso. "
         "He said: \"We have lived here for forty years and we are not leaving now.\"")
    assert who(t, 'He said: "We have lived') == "Jo Lane"


# -- 3. "She said:" right after a sentence whose subject is a person in apposition to a role noun
# -- (d2: a titled official set off after "The <role> at <place>," then "She said:" went to the only
# -- woman the article had shown as one, named two sentences before)

_INQUEST = ("Tom Vale died after a fall at his farm near Kelso in 2010. His wife, Ms Ana Roe, had gone back to the house for a coat. "
            "The coroner at Dunmore Hall, Dr Jane Moss, recorded a verdict of misadventure. "
            'She said: "The gate was open and the ground was wet that night."')


def test_she_after_a_role_subject_in_apposition_is_that_person():
    assert who(_INQUEST, 'She said: "The gate') == "Dr Jane Moss"


def test_apart_she_two_sentences_after_the_role_subject_keeps_the_known_woman():
    t = _INQUEST.replace('She said:', 'The hearing lasted two days. Ms Roe gave evidence on the first. She said:')
    assert who(t, 'She said: "The gate') == "Ms Ana Roe"


# -- 4. a capitalised "the Post" is a name, no post of the sentence before (d4: "..., the Post
# -- reported." went to the person named in the last sentence that held the word "Post")

def test_a_capitalised_document_noun_is_a_name_not_an_issued_post():
    t = ("The Valdoria Post's sports editor was fined in May. Ivo Brand and his sister, Ana Roe, ran the club's books. "
         "Since then, the Post and the club's members have asked for an audit. "
         "The club's accounts for 2019 were sent to the league in March, the Post reported.")
    assert who(t, "The club's accounts for 2019") in ("Valdoria Post", "The Valdoria Post", "the Post")


def test_apart_a_lower_case_post_still_refers_to_who_wrote_it():
    t = ("Acme Foods wrote a long post on its website on Monday. "
         "The post said the plant in Kelso would close by the end of the year.")
    assert who(t, "The post said") == "Acme Foods"


# -- 5. a name, an age and a home place before the cue with no comma closing them (d8: a veteran's
# -- name, age, town and county before "said" gave the statement to no one; invented: to the county)

@pytest.mark.parametrize("sentence, name", [
    ("Ivo Brand, 71, from Kelso, Borders said the crew had been honoured by the visit of the minister on Monday.", "Ivo Brand"),
    ("Ada Moss, 64, of Dunmore said she had waited forty years for the medal to arrive at her home.", "Ada Moss"),
])
def test_an_age_and_a_home_place_after_a_name_are_its_description(sentence, name):
    c = _claims("The crew met on Monday. " + sentence)[1]
    assert (c.attributed_to, c.certainty) == (name, "reported")


@pytest.mark.parametrize("sentence, name", [
    ("Ivo Brand, a farmer from Kelso said the crew had been honoured by the visit of the minister.", "Ivo Brand"),
    ("In Kelso, Borders police said the crew had been found safe on the hill after a long search.", "Borders police"),
])
def test_apart_other_subjects_before_the_cue_are_as_before(sentence, name):
    c = _claims("The crew met on Monday. " + sentence)[1]
    assert c.attributed_to == name


# -- left: shapes found and not fixed (strict xfails; evals/RESULTS.md "Session 20: read21")

_LEFT_SOURCE = [
    # d8: a lower-case role word inside the name, then an age and a home place; the content is
    # shorter than the subject, so even the found relation would cover under half of the claim
    ("The crew met on Monday. Leading hand Ivo Lund, 88, from Kelso, Borders said it was \"a fine day\".",
     "Leading hand Ivo Lund", "Ivo Lund"),
    # (d1, "Ivo Lund wants the council and the club to review ...", fixed by attr49: tests/test_attr49.py)
    # d2: a belief held by a group named with a possessive and a kin noun
    ("The barn burned down in 2010. His family believe the fire was set by a rival breeder.",
     "His family believe", "His family"),
    # d4: an appeal to a government "to" act is a speech act of the one who appeals
    ("The school closed in July. Singer Ada Moss appealed to the county on Friday to reopen it for the autumn term.",
     "Singer Ada Moss", "Ada Moss"),
    # d6: "X rarely do A, but they now say B": the "but" clause's pronoun subject speaks
    ("Park rangers seldom close the upper trail, but they now say the rockfalls could block it for weeks.",
     "Park rangers seldom", "Park rangers"),
]


@pytest.mark.xfail(strict=True, reason="read21 left: source shapes not fixed (see the comment of each case)")
@pytest.mark.parametrize("text, sentence, name", _LEFT_SOURCE)
def test_left_source(text, sentence, name):
    assert who(text, text[text.index(sentence):]) == name


_LEFT_CERTAINTY = [
    # d2: "tried to" in an "as" clause is the effort's, the killing happened
    ("The ferry sank off Dunmore in 1998 as its crew tried to reach the harbour in a storm.", "stated"),
    # d8: the negation is inside the "as its rules stated" clause; the block happened
    ("The sale was halted by the council as its charter said that parkland could not be sold for housing.", "stated"),
    # d4: an idiom: "did not mince words" says the paper spoke bluntly
    ("The Kelso Herald did not pull its punches in Sunday's editorial on the bypass.", "stated"),
]


@pytest.mark.xfail(strict=True, reason="read21 left: certainty shapes not fixed (see the comment of each case)")
@pytest.mark.parametrize("text, certainty", _LEFT_CERTAINTY)
def test_left_certainty(text, certainty):
    assert _claims(text)[0].certainty == certainty


# read21 left (d7), fixed in session 24: the frame alone ("X said.") is no claim (fields.sentence_problem's frame-only guard)
def test_left_a_colon_quotation_opened_by_while_leaves_no_empty_claim():
    t = ('The council met on Monday. Council leader Ada Moss said: "While it is good to see the figures fall, '
         'the work that helped achieve this must go on, because every family counts.')
    assert not any(c.text.rstrip('."” ').endswith("said:") for c in _claims(t))


@pytest.mark.xfail(strict=True, reason="read21 left (d4): 'More on X .' (a link line with a spaced full stop) is shown as a claim")
def test_left_a_more_on_link_line_is_furniture():
    t = "The council met on Monday to discuss the new parks in the town centre. More on local parks ."
    assert not any(c.text.startswith("More on") for c in _claims(t))
