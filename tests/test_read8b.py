"""Errors found by reading the code path's claims on eight BASIL articles in no gold set (session
7, read8b: a candidate's foreign-policy speech, an agent's dismissal, a plan to end birthright
citizenship, a disputed news report): each test is a sentence written for the test, of the shape
that went wrong, and what the fix must leave alone."""

from __future__ import annotations

from summarizer import rules
from summarizer.attribution.apposition import addressee_appositive
from summarizer.chunk import split_sentences
from tests.test_read7a import _LEAD, _claim  # a lead paragraph; the code path's claim by its opening
from tests.test_read7b import _certainty  # the certainty of a one-sentence text
from tests.test_reading_outputs import _parts, _who  # claim parts, a sentence's source


# --- a speaker behind descriptions ---------------------------------------------------------------

def test_a_told_frame_with_a_city_and_its_state_is_the_speakers():
    # '“...,” <Name> told <CALL>, a radio station in <City>, <State>.' was the outlet's negated statement
    text = "Tom Smith is the mayor of the town.\n\n“We cannot do that,” Smith told KXYZ, a radio station in Dayton, Ohio."
    assert _claim(text, "“We cannot do that,”").attributed_to == "Tom Smith"
    # a clause after the addressee's comma is no description of it
    assert not addressee_appositive(" KXYZ, a radio station, and the council voted on Monday.")
    assert addressee_appositive(" KXYZ, a radio station in Dayton, Ohio.")
    assert not addressee_appositive(" KXYZ, a radio station in Dayton, and he left.")


def test_a_quoted_title_in_an_opening_phrase_keeps_the_sentence_the_speakers():
    s = ('In a Monday appearance on "The Evening Show with Tom Jones," Senate Leader Jane Roe, D-Mont., '
         "said the interview didn't surprise her.")
    assert _claim(_LEAD + s, "In a Monday appearance").attributed_to == "Senate Leader Jane Roe"
    # a quotation that is no title keeps the opener from counting
    s2 = 'After the mayor called the plan "a disaster for the town and for everyone in it," Jane Roe said it would pass.'
    assert _claim(_LEAD + s2, "After the mayor").attributed_to != "Jane Roe"


def test_a_name_in_apposition_before_a_modifier_and_a_cue():
    # "<Outlet>'s editor in chief, <First> <Last>, later tweeted that ..." was the outlet's
    for s in ("The paper's editor in chief, Mary Poe, later tweeted that “we stand behind the story.”",
              "The paper's editor, Mary Poe, also said that the plan would fail."):
        assert _who(s, s) == "Mary Poe"
    # a negation between them is the outlet's report of a silence
    s = "The paper's editor, Mary Poe, later did not respond to the letter."
    assert _who(s, s) is None


def test_a_possessive_description_of_the_speaker():
    # "Aitan Goelman, Mr. Strzok's lawyer, ..." was read as no description of its name
    text = _LEAD + "Mary Poe, Mr. Roe's lawyer, said her client was dismissed.\n\nJohn Doe, the mayor's aide, said the ruling was wrong."
    assert _claim(text, "Mary Poe").attributed_to == "Mary Poe"
    assert _claim(text, "John Doe").attributed_to == "John Doe"
    # a possessive that is the subject itself stays what it was
    s = "Mr. Roe's lawyer said the ruling was wrong."
    assert _who(s, s) == "Mr. Roe's lawyer"


def test_called_with_a_quotation_after_two_descriptions():
    # "Jess Morales Rocketto, the chairwoman of ..., an immigrant advocacy group, called the idea “...”"
    s = "Jess Morales Roe, the chairwoman of Parents Belong Together, an advocacy group, called the idea “ethnic cleansing.”"
    assert _who(s, s) == "Jess Morales Roe"
    # "called" with no quotation after descriptions reports no words
    s2 = "Jess Roe, the chairwoman, called the police to the scene."
    assert _who(s2, s2) is None


# --- who a description or pronoun is -------------------------------------------------------------

def test_a_description_by_age_party_or_role_refers_back():
    text = ("Sen. Jane Doe of Ohio spoke on Monday.\n\n“We will win,” the 52-year-old said.\n\n"
            "“Taxes are too high,” the Ohio Republican said.\n\n"
            "Sen. Mark Poe of Iowa spoke too. The senator running for governor said the tax would fall.")
    assert _claim(text, "“We will win,”").attributed_to == "Sen. Jane Doe"
    assert _claim(text, "“Taxes are too high,”").attributed_to == "Sen. Jane Doe"
    assert _claim(text, "The senator running").attributed_to == "Sen. Mark Poe"


def test_reflexives_and_a_name_after_its_description():
    text = ("Mayor John Roe answered on Tuesday. “It is a lie,” Roe himself said.\n\n"
            "“The report is wrong,” said the spokesman, Peter Moe.")
    assert _claim(text, "“It is a lie,”").attributed_to == "Mayor John Roe"
    assert _claim(text, "“The report is wrong,”").attributed_to == "Peter Moe"


def test_he_said_after_a_subject_behind_an_opening_phrase():
    # "In a statement Saturday afternoon, BuzzFeed spokesman X doubled down ... '...,' he said."
    # went to a lawyer quoted a paragraph before
    text = ("Mayor Tom Roe on Friday also praised the council for “fixing the error” and asked the press to stop.\n\n"
            "In a statement on Saturday, council spokesman John Doe defended the vote.\n\n"
            "“As we have said before, we see no sign that the vote was wrong, no sign that the council erred in any way, "
            "and no sign that the people of this town want anything other than the plan they voted for last spring.\n\n"
            "We remain confident in the decision, and will share more as we can,\" he said.")
    # the spokesman, named as the article introduces him ("council spokesman John Doe", as
    # tests/test_emb9.py and test_align_disputes.py name "council member X", "union leader X")
    assert _claim(text, "We remain confident").attributed_to in ("John Doe", "council spokesman John Doe")


def test_a_final_frame_reports_the_whole_sentence():
    # "Mr. Cohen said he initially lied because ..., prosecutors said." went to Cohen
    s = "The mayor said the plan had failed, the council's lawyers said."
    assert _who(s, s) == "the council's lawyers"
    s2 = "He provided useful information about his contacts, the court filing said."
    assert _who(s2, s2) == "the court filing"
    # one frame only: as before
    s3 = "The mayor said the plan had failed in May."
    assert _who(s3, s3) == "The mayor"


def test_according_to_after_a_final_frame_names_the_record_not_the_speaker():
    text = 'Jane Roe spoke at the hall on Monday.\n\n"We cannot afford another term of this," Roe said, according to the prepared text of her remarks.'
    assert _claim(text, '"We cannot afford').attributed_to == "Jane Roe"
    s = "The plant will close in May, according to the prepared text of the minutes."
    assert _who(s, s) == "the prepared text of the minutes"


def test_a_quotation_after_a_relative_saying_verb_is_its_antecedents():
    # ", which states, “...”" continued the last speaker (a vice president quoting no amendment)
    text = ("“We all respect the charter,” Vice President Jane Roe told reporters.\n\n"
            "To pass it, the mayor must get around the charter of the city, which states, "
            "“No tax shall be raised or levied on any resident of the city without a vote of the people of the city "
            "held at a general election.”")
    assert _claim(text, "To pass it").attributed_to == "the charter of the city"


def test_what_x_calls_is_no_frame():
    s = 'Jane Roe spoke on Monday. In laying out what her campaign calls the "Roe Plan," the candidate said she was guided by two ideas.'
    assert _who(s, 'In laying out what her campaign calls the "Roe Plan," the candidate said she was guided by two ideas.') != "her campaign"


def test_a_saying_participle_after_a_time_word():
    # "Trump celebrated X's firing on Twitter, writing Monday that ..." was the outlet's
    text = (_LEAD + "Mayor Tom Roe spoke. Roe celebrated the vote on Twitter, writing Monday that the old plan for the bridge "
            "“should be dropped” and that the new plan for the river crossing “should be properly funded.”")
    assert _claim(text, "Roe celebrated").attributed_to == "Mayor Tom Roe"


def test_a_second_complement_is_no_second_clause():
    # "..., said A, and of a <year> <court> ruling that he argued ..." was cut at "and of"
    text = (_LEAD + "In an opinion piece in The Daily Herald this year, John Doe, a former aide to the mayor, said "
            "the plan was based on a misreading of the law, and of a 1998 appeals court decision that he argued covered only renters.")
    assert _claim(text, "In an opinion piece").attributed_to == "John Doe"


def test_a_light_verb_and_an_argument_noun():
    s = ("Some economists have long made the argument that the new tax on imported steel was meant to apply "
         "only to large firms and never to small family businesses in the region.")
    assert _who(s, s) == "Some economists"


def test_a_naming_verb_after_a_one_word_name():
    text = "The leaders of Norland and Sudland met.\n\nNorland branded the rival nation an \"outlaw state in the region.\""
    assert _who(text, "Norland branded the rival nation an \"outlaw state in the region.\"") == "Norland"


# --- claim text ----------------------------------------------------------------------------------

def test_an_initial_in_brackets_ends_no_sentence():
    t = "“Not only would I have opposed it, but President [John Q.] Adams would have opposed it,” Roe said. Next one."
    assert len(split_sentences(t)) == 2
    assert len(split_sentences("He left (for good.) Then the council met.")) == 2


def test_coordinated_parts_without_a_subject_stay_with_their_clause():
    for s in ("The mayor has often attacked the council in messages on social media, and on Monday expressed relief that the chief had quit.",
              "“The decision is not only a break from past practice, but also contradicts the board's own rules,” Ms. Roe said."):
        assert _parts(s) == [s]
    # two clauses with their own subjects still split
    assert len(_parts("The mayor spoke at length, and the council voted later.")) == 2


# --- kind and certainty --------------------------------------------------------------------------

def test_ordinals_and_ages_make_no_quantity_claim():
    assert rules.kind("The 14th Amendment states that all persons are citizens.") != "quantity"
    assert rules.kind("Mr. Doe, 48, served in the Army.") != "quantity"
    assert rules.kind("A 1898 Supreme Court decision held that he was a citizen.") != "quantity"
    assert rules.kind("Police said 14 people died.") == "quantity"


def test_litotes_is_no_negation():
    assert _certainty("The mayor's resignation was not unexpected.") == "stated"
    assert _certainty("The door was not unlocked.") == "negated"


def test_a_negation_in_an_after_clause_is_not_the_main_clauses():
    assert _certainty("The governor raised eyebrows on Monday after telling reporters the state did not have the money.") == "stated"
    assert _certainty("The plant did not reopen after the storm.") == "negated"
    assert _certainty("He was not charged after police questioned him.") == "negated"
