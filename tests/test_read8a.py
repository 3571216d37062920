"""Errors found by reading the code path's claims on eight BASIL articles in no gold set (session
7, read8a: a job-offer inquiry, the reading of a constitution, gun proposals, a party leadership
race): each test is a sentence written for the test, of the shape that went wrong, and what the
fix must leave alone."""

from __future__ import annotations

from summarizer.attribution.name_kinds import classify
from tests.test_read7a import _LEAD, _claim
from tests.test_reading_outputs import _parts


# --- attribution: who speaks -------------------------------------------------------------------

def test_a_person_of_an_institute_is_who_he_refers_to():
    # "he said" after "Roger Pilon of the Cato Institute said ..." went to the historian before him
    text = _LEAD + ("Historian John Brink of Acme University told the paper the bridge may be a bit of theater.\n\n"
                    "But Jane Roe of the Lakeside Institute said the city needs to rebuild the bridge.\n\n"
                    "\u201cToday the city wastes our money,\u201d he said.")
    assert _claim(text, "\u201cToday").attributed_to == "Jane Roe of the Lakeside Institute"
    assert classify("Jane Roe of the Lakeside Institute") == "person"
    # institutions and places with "of" stay what they were
    assert classify("Bank of America") == "org"
    assert classify("University of Texas") == "org"
    assert classify("Friends of the Earth") != "person"


def test_a_long_prepositional_opener_before_a_frame():
    # "In one of the <superlative> <contests> between A and B so far this year, Rep. X said Friday
    # that ..." and "With fiscal issues continuing to dominate ... for the next several weeks,
    # officials say ..." were the outlet's: the opener had more than 12 words, or "and" / "so far"
    text = _LEAD + ("In one of the most heated fights between the old guard and the new members so far this year, "
                    "Councilwoman Jane Roe said Friday that she is running for mayor.")
    assert _claim(text, "In one of").attributed_to == "Councilwoman Jane Roe"
    text2 = _LEAD + ("With the budget talks expected to dominate the council's calendar for the next several weeks, "
                     "city officials say the park project is likely to be delayed.")
    assert _claim(text2, "With the budget").attributed_to == "city officials"
    # an opener that holds a relative clause of its own still keeps the sentence the outlet's
    text3 = _LEAD + "In a long meeting of the council that ran late into the night, the mayor said the plan was dead."
    assert _claim(text3, "In a long").attributed_to == "article"


def test_a_final_frame_whose_subject_holds_a_relative_clause():
    # "A, <people> who were briefed on the <thing> said <Day>." was the outlet's: the subject
    # reader stops at "who", and "were briefed ... plan" was taken for a report in the relative
    text = _LEAD + ("The bridge will reopen in May with two new lanes and a path for bicycles along its whole length, "
                    "engineers who were briefed on the repairs said Monday.")
    assert _claim(text, "The bridge").attributed_to == "engineers who were briefed on the repairs"
    text2 = _LEAD + "Engineers who were briefed on the plan said the bridge will reopen in May."
    assert _claim(text2, "Engineers").attributed_to == "Engineers who were briefed on the plan"
    # the relative's own verb is no frame of the sentence ("especially if X who has pledged ...")
    text3 = _LEAD + ("The vote is near, which puts the budget in doubt, especially if the mayor "
                     "who has pledged to cut taxes wins again.")
    assert _claim(text3, "The vote").attributed_to == "article"
    # a relative that itself reports keeps the report its own
    text4 = _LEAD + "Residents who said they were never warned decried the plan."
    assert _claim(text4, "Residents").attributed_to == "article"


def test_questioned_grumbled_protested_pleaded_report_with_their_content():
    # "Some lawmakers questioned whether ...", "Some residents grumbled that ..." were the outlet's
    text = _LEAD + "Some lawmakers questioned whether the new bridge was really worth its cost to the town."
    assert _claim(text, "Some lawmakers").attributed_to == "Some lawmakers"
    text2 = _LEAD + "Critics protested that the ruling ignored the plain words of the law on water rights."
    assert _claim(text2, "Critics").attributed_to == "Critics"
    # acts with an object stay the outlet's
    assert _claim(_LEAD + "The defendant pleaded guilty on Monday to two counts of fraud.", "The defendant").attributed_to == "article"
    assert _claim(_LEAD + "Thousands protested the ruling outside the court on Monday.", "Thousands").attributed_to == "article"


def test_a_sentence_adverb_between_subject_and_cue_is_no_part_of_the_name():
    # "The White House nevertheless insists that ..." named "The White House nevertheless"
    text = _LEAD + "The city nevertheless insists that its plan is sound."
    assert _claim(text, "The city").attributed_to == "The city"
    text2 = _LEAD + "Mayor Jane Roe however said that the plan is sound."
    assert _claim(text2, "Mayor Jane Roe").attributed_to == "Mayor Jane Roe"
    # a negation there still makes the silence the outlet's news
    text3 = _LEAD + "Mayor Jane Roe however did not say when the bridge would reopen."
    assert _claim(text3, "Mayor Jane Roe").attributed_to == "article"


def test_an_inverted_source_with_an_adjective_complement():
    # "..., said a <party> aide close to the <officer>." named "a <party> aide close"
    text = _LEAD + "The mayor spent most of the afternoon phoning members and rallying support, said a city aide close to the mayor."
    assert _claim(text, "The mayor").attributed_to == "a city aide close to the mayor"
    text2 = _LEAD + "The mayor spent most of the afternoon phoning members and rallying support, said an aide familiar with the talks."
    assert _claim(text2, "The mayor").attributed_to == "an aide familiar with the talks"
    # a time phrase after the source is no part of it
    text3 = _LEAD + "The mayor spent most of the afternoon phoning members and rallying support, said a city aide on Monday."
    assert _claim(text3, "The mayor").attributed_to == "a city aide"


def test_a_group_subject_of_an_evaluation_or_a_coordinated_cue():
    # "Other lawmakers decried the exercise altogether, saying ..." was the outlet's; "Local
    # farmers decried ..., saying" named "Local"
    text = _LEAD + "Other members decried the new parking rules altogether, saying the street belongs to everyone."
    assert _claim(text, "Other members").attributed_to == "Other members"
    text2 = _LEAD + "Local farmers decried the rule altogether, saying the river is a shared resource."
    assert _claim(text2, "Local farmers").attributed_to == "Local farmers"
    # a group's act with no report stays the outlet's
    assert _claim(_LEAD + "Many voters stayed home on Tuesday because of the storm.", "Many voters").attributed_to == "article"


def test_a_participle_before_a_plural_noun_after_a_verb_is_no_cue():
    # "Press Secretary X declined repeated attempts for comment before ..." named "Press Secretary X declined"
    text = _LEAD + "Mayor Jane Roe declined repeated requests for comment on the new budget."
    assert _claim(text, "Mayor Jane Roe").attributed_to == "article"
    # the verb itself still reports
    text2 = _LEAD + "Mayor Jane Roe repeated that the new budget is balanced."
    assert _claim(text2, "Mayor Jane Roe").attributed_to == "Mayor Jane Roe"


def test_an_acronym_before_a_title_and_a_place_adverb_after_a_head():
    # "“...,” NOW President Terry O'Neill said" was the outlet's ("NOW" read as the adverb "now")
    text = _LEAD + "\u201cThe bridge is far from safe for the winter,\u201d ACT President Jane Roe said in a statement."
    assert _claim(text, "\u201cThe bridge").attributed_to == "ACT President Jane Roe"
    text_now = _LEAD + "\u201cThe bridge is far from safe for the winter,\u201d NOW President Jane Roe said in a statement."
    assert _claim(text_now, "\u201cThe bridge").attributed_to == "NOW President Jane Roe"
    # "The <things>, even officials there admit, are not a <remedy>" was the outlet's
    text2 = _LEAD + "The rail plans, even officials there admit, are not the answer to traffic."
    assert _claim(text2, "The rail plans").attributed_to == "officials there"
    # "there" alone opens no subject
    assert _claim(_LEAD + "There are no plans to close the bridge this winter.", "There").attributed_to == "article"


# --- certainty ---------------------------------------------------------------------------------

def test_no_before_a_number_is_the_abbreviation_of_number():
    # "to move up from No. 3 ... to No. 2" was `negated`
    text = _LEAD + "The senator has spent months working to rise from No. 3 in the party to No. 2."
    assert _claim(text, "The senator").certainty != "negated"
    assert _claim(_LEAD + "No one was hurt in the fire on Monday.", "No one").certainty == "negated"


def test_a_quotation_closed_by_a_document_that_reads():
    # '“...,” a memo detailing the administration's findings reads.' went to a person named in the quote
    text = _LEAD + ("\u201cBy virtue of her long career, Councilwoman Jane Roe was viewed as highly qualified for the post,\u201d "
                    "a memo detailing the council's findings reads.")
    assert _claim(text, "\u201cBy virtue").attributed_to == "a memo detailing the council's findings"
    text2 = _LEAD + "\u201cThe budget is balanced and the roads are safe for the coming winter,\u201d the statement read."
    assert _claim(text2, "\u201cThe budget").attributed_to == "the statement"
    # a sentence in the outlet's voice about reading stays the outlet's
    text3 = _LEAD + "The crowd stood in silence on the steps of the hall as the mayor read the statement."
    assert _claim(text3, "The crowd").attributed_to == "article"


# --- claim text ----------------------------------------------------------------------------------

def test_a_phrase_before_a_closing_frame_stays_with_the_clause_before():
    # "<Name> supports a <policy>, but only after <condition> ..., he has said." gave
    # the fragment "Only after ..., he has said."
    s = "Jane Roe supports a new bridge, but only after a vote, she said."
    assert _parts(s) == [s]
    # a clause of its own before the frame still splits ("..., and I take comfort in that," she said)
    assert len(_parts("\u201cThe budget will not pass this year, and we take heart in that,\u201d Roe said.")) == 2
