"""Session 41, coref50 (issue 12): surnames completed to the full name named before, a lower-case role before a name
left out of the source, a body told by what it does, an unnamed described person, a pronoun's gender the text states,
"the <X>-born journalist", a plural title of a joint source. Invented text of the shapes real news showed (RESULTS
"Session 41: coref50"), each with near-misses the rules must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution.name_completion import (born_description, described_person, described_subject,
                                                    plural_title_pair, titled_full, without_nationality)
from summarizer.attribution.names import Mention
from tests.reading import who

# (a) a surname alone, a titled short form: the full name named before

_FLACK = ("For South Arvanian Tom Brill, posting online was not going to make a difference. Brill, a lawyer, filed "
          "a complaint on Monday. \"People listen to him,\" Brill said. Brill hopes others will also complain.")


@pytest.mark.parametrize("sentence", ["\"People listen to him,\" Brill said.", "Brill hopes others will also complain."])
def test_a_surname_after_a_nationality_and_the_full_name_is_completed(sentence):
    assert who(_FLACK, sentence) == "Tom Brill"


def test_a_firm_after_a_nationality_is_no_person():
    text = "Canadian Pacific Railway cut 300 jobs on Monday. \"We had no choice,\" Pacific said."
    assert who(text, "\"We had no choice,\" Pacific said.") != "Pacific Railway"


@pytest.mark.parametrize("words,expected", [
    ("South Arvanian Tom Brill", "Tom Brill"),
    ("Chilean Ana Ruiz", "Ana Ruiz"),
    ("South Dunmore Road", "South Dunmore Road"),  # a place, no nationality
    ("Chairman Tom Bell", "Chairman Tom Bell"),  # a title ending like a nationality's word is kept
    ("Ian Bell", "Ian Bell"),  # a given name ending in -ian is no nationality
    ("Veldian Freight Company", "Veldian Freight Company"),  # no person's name after it
])
def test_without_nationality(words, expected):
    assert " ".join(without_nationality(words.split())) == expected


def test_mr_and_a_surname_alone_are_completed():
    text = "Tom Pardo, a builder from Dunmore, bought the mill in May. Mr Pardo said the council must approve the plan."
    assert who(text, "Mr Pardo said the council must approve the plan.") == "Tom Pardo"
    text = "Tom Pardo, a builder from Dunmore, bought the mill in May. Pardo wants the council to approve it, he said."
    assert who(text, "Pardo wants the council to approve it, he said.") == "Tom Pardo"


def test_a_titled_short_form_is_the_fuller_form_with_that_title():
    text = ("Prof Kenneth Grell, from the University of Dunmore, was asked to review the tax. "
            "Prof Grell noted that an income tax was seen as fairer.")
    assert who(text, "Prof Grell noted that an income tax was seen as fairer.") == "Prof Kenneth Grell"


def test_sheikh_and_a_surname_is_the_sheikh_named_in_full():
    text = "Sheikh Ali Selman told the Valley Herald that talks must resume. Sheikh Selman said the council had failed."
    assert who(text, "Sheikh Selman said the council had failed.") == "Sheikh Ali Selman"


def test_two_sheikhs_of_one_surname_leave_the_short_form():
    text = "Sheikh Ali Selman and Sheikh Isa Selman met in May. Sheikh Selman said the council had failed."
    assert who(text, "Sheikh Selman said the council had failed.") == "Sheikh Selman"


def _by_last(*names):
    out = {}
    for i, n in enumerate(names):
        out.setdefault(n.split()[-1], []).append(Mention(pos=i * 10, name=n, kind="person", para=0, salient=True))
    return out


def test_titled_full_units():
    assert titled_full("Prof Grell", 100, _by_last("Prof Kenneth Grell")) == "Prof Kenneth Grell"
    assert titled_full("Prof Grell", 100, _by_last("The college's Prof Kenneth Grell")) == "Prof Kenneth Grell"
    assert titled_full("Prof Grell", 0, _by_last("Prof Kenneth Grell")) is None  # named only after (at 0, not before)
    assert titled_full("Dr Grell", 100, _by_last("Prof Kenneth Grell")) is None  # another title
    assert titled_full("Mr Grell", 100, _by_last("Mr Kenneth Grell")) is None  # a courtesy title: by gender elsewhere
    assert titled_full("Tom Grell", 100, _by_last("Tom Kenneth Grell")) is None  # no title


# (b) a lower-case role or a possessive before a name: the name

@pytest.mark.parametrize("name,expected", [
    ("club legend Tom Varley", "Tom Varley"),
    ("Ferris's neighbor Tisha Crane", "Tisha Crane"),
    ("Hollywood veteran Jo Marr", "Jo Marr"),
    ("The college's Prof Jon Dorne", "Prof Jon Dorne"),
    ("Dunmore police spokeswoman Ana O'Dell", "Ana O'Dell"),  # an office: the name (session 43's policy; the digest
    ("Vell County police spokesman Capt. Paul Stark", "Capt. Paul Stark"),  # reads the office back, digest/affiliation)
    ("transit director Joan Pike", "Joan Pike"),
    ("Rival coach Ada Pike", "Ada Pike"),
    ("A 2014 study by Dunmore Law School professor Jo Marr", None),  # the study speaks
    ("software maker Brightline Foods", None),  # a firm
    ("Shares of Acme Corp", None),
    ("Mayor Jo Marr", None),  # a title, kept
    ("club legend Varley", None),  # one word: the resolver completes it
    ("police spokeswoman", None),
])
def test_described_person(name, expected):
    assert described_person(name) == expected


_PARLOUR = ("The midfielder has been injured again. And club legend Tom Varley believes that fitness is the "
            "one thing holding him back. 'I think he is the future of the club,' said Varley.")


def test_a_club_legend_is_named_without_the_description():
    assert who(_PARLOUR, "And club legend Tom Varley believes that fitness is the one thing holding him back.") == "Tom Varley"
    assert who(_PARLOUR, "'I think he is the future of the club,' said Varley.") == "Tom Varley"


def test_an_office_before_the_name_is_left_out_of_the_source():
    text = "Vell County police spokesman Capt. Paul Stark said he could not comment. She remained in care, Stark said."
    assert who(text, "Vell County police spokesman Capt. Paul Stark said he could not comment.") \
        == "Capt. Paul Stark"  # (session 43's policy: the name, a title right before it kept)
    assert "Paul Stark" in (who(text, "She remained in care, Stark said.") or "")


def test_a_study_by_a_professor_stays_the_study():
    text = "A 2014 study by Dunmore Law School professor Jo Marr found that fraud was rare."
    assert "study" in (who(text, text) or "")


# (c) "The tax authority said ..." as a sentence of its own, the body named before

def test_the_tax_authority_in_its_own_sentence_is_the_body_named_before():
    text = ("Revenue and Customs Office (RCO) has been criticised by MPs over its phone lines. "
            "The tax authority said it had hired 2,000 more staff.")
    assert who(text, "The tax authority said it had hired 2,000 more staff.") == "Revenue and Customs Office (RCO)"
    text = "RCO has been criticised by MPs over its phone lines. The tax authority said it had hired 2,000 more staff."
    assert who(text, "The tax authority said it had hired 2,000 more staff.") == "RCO"


def test_another_head_or_no_acronym_subject_stays_as_written():
    text = "RCO has been criticised by MPs over its phone lines. The staff union said it had lost 2,000 members."
    assert who(text, "The staff union said it had lost 2,000 members.") == "The staff union"
    text = "The budget was cut by MPs. The tax authority said it had hired 2,000 more staff."
    assert who(text, "The tax authority said it had hired 2,000 more staff.") == "The tax authority"


# (d) an unnamed described person

def test_she_after_an_unnamed_described_woman_is_that_woman():
    text = "The woman the neighbours complained about was questioned by police on Monday. She said she had done nothing wrong."
    assert who(text, "She said she had done nothing wrong.") == "the woman the neighbours complained about"


def test_he_after_a_described_woman_is_not_her():
    text = "The woman the neighbours complained about was questioned by police on Monday. He said she had done nothing wrong."
    assert "woman" not in (who(text, "He said she had done nothing wrong.") or "")


def test_described_subject_units():
    t = "The elderly man was questioned by police on Monday. He said he had done nothing wrong."
    assert described_subject(t, t.index("He said"), "he") == "the elderly man"
    t = "The van was towed by police on Monday. She said it had done nothing wrong."
    assert described_subject(t, t.index("She said"), "she") is None  # no person
    t = "The woman was questioned by police. The van was towed. She said she had done nothing wrong."
    assert described_subject(t, t.index("She said"), "she") is None  # not the sentence right before
    t = "The woman was questioned by police, and she said she had done nothing wrong."
    assert described_subject(t, t.index("she said"), "she") is None  # its own sentence


# (e) a pronoun's gender the text states: "<Name> and his wife"

def test_she_is_not_a_man_the_text_shows_with_his_wife():
    text = ("Sam Reyes and his wife lost their home in the fire on Monday. \"We were lucky,\" Reyes said. "
            "She said the house was lost.")
    assert who(text, "She said the house was lost.") != "Sam Reyes"


def test_he_is_not_a_woman_the_text_shows_with_her_husband():
    text = ("Jo Reyes and her husband lost their home in the fire on Monday. \"We were lucky,\" Reyes said. "
            "He said the house was lost.")
    assert who(text, "He said the house was lost.") != "Jo Reyes"


def test_an_apposition_his_wife_is_the_wife():
    text = "Tom Reyes lost his home in the fire. Ana Reyes, his wife, was away. \"We were lucky,\" she said."
    assert who(text, "\"We were lucky,\" she said.") == "Ana Reyes"


# (f) "the <X>-born journalist"

def test_the_born_journalist_is_the_journalist_named_before():
    text = "Journalist Ana Ruiz spoke to the panel. \"We are not safe,\" the Arvanian-born journalist said."
    assert "Ana Ruiz" in (who(text, "\"We are not safe,\" the Arvanian-born journalist said.") or "")


def test_the_born_journalist_with_no_journalist_named_stays_as_written():
    text = "Mayor Tom Hale spoke to the panel. \"We are not safe,\" the Arvanian-born journalist said."
    assert who(text, "\"We are not safe,\" the Arvanian-born journalist said.") == "the Arvanian-born journalist"


def test_born_description_units():
    assert born_description("the Arvanian-born journalist") == "the journalist"
    assert born_description("the journalist") is None
    assert born_description("the Arvanian journalist") is None


@pytest.mark.xfail(strict=True, reason="a party race description ('the GOP front-runner') is not resolved to the "
                                       "person named before (the head 'front-runner' is no person noun the resolver reads)")
def test_the_front_runner_is_the_candidate_named_before():
    text = "Tom Hale leads the polls in Dunmore. \"I will win this race,\" the GOP front-runner said on Monday."
    assert who(text, "\"I will win this race,\" the GOP front-runner said on Monday.") == "Tom Hale"


# (g) a plural title of a joint source

def test_senators_a_and_b_give_each_the_title():
    text = "Senators Jo Marr and Tom Hale said in a statement that the bill would pass. The vote is set for May."
    assert who(text, "Senators Jo Marr and Tom Hale said in a statement that the bill would pass.") \
        == "Senator Jo Marr and Senator Tom Hale"


@pytest.mark.parametrize("name,expected", [
    ("Senators Jo Marr and Tom Hale", "Senator Jo Marr and Senator Tom Hale"),
    ("Reps. Jo Marr and Tom Hale", "Rep. Jo Marr and Rep. Tom Hale"),
    ("Senators Marr and Hale", None),  # surnames alone: left to the resolver
    ("Senator Jo Marr and Tom Hale", None),  # a singular title is one person's
    ("Workers Jo Marr and Tom Hale", None),  # no title
])
def test_plural_title_pair(name, expected):
    assert plural_title_pair(name) == expected


def test_dr_and_a_surname_is_the_doctor_named_in_full():
    text = "Dr Ana Vell, a surgeon at Dunmore General, treated the boy. Dr Vell said he was recovering well."
    assert who(text, "Dr Vell said he was recovering well.") == "Dr Ana Vell"
