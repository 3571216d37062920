"""Session 27, the lead: statements with a verb of saying that the attribution stage gave to the
outlet, found by scanning every sentence with such a verb in the faithfulness documents that are
neither CNN nor Daily Mail (cased, 200+ words: 967 sentences, 104 given to the outlet before) and
reading the misses: British and agency copy drop the comma after a short opener ("On Friday the
minister said ..."), and an initialism after "the" ("The EU says it ...") was read as a proper
adjective before a noun. Every sentence is invented; each `wrong` case failed before this session's
rules, each `apart` case passed before and still does.
"""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from reading import who  # noqa: E402


# -- a short opening phrase with no comma, then the subject -------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("On Friday the treasurer said the harbour levy would be dropped.", "the treasurer"),
    ("On Friday the author disclosed that rude letters had come about her garden.", "the author"),
    ("In March she said there was no other way to pay for the new roof.", "she"),
    ("After a second flood in March she said there was no other way to pay for the roof.", "she"),
    ("After the meeting the Board of Rural Roads said the bridge would stay shut.", "the Board of Rural Roads"),
    ("In a radio interview Mara Quill declared that the ferry timetable was a failure.", "Mara Quill"),
    ("In the past the company said it would sell the old mill.", "the company"),
])
def test_a_subject_after_an_opening_phrase_with_no_comma(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text", [
    "After the treasurer said so, the council voted to close the harbour office.",  # a clause of its own
    "Since Mara Quill said the mill was lost, shares in the cooperative have fallen.",
    "Before the vote on the levy, members of the council met in private.",
])
def test_apart_a_subordinate_clause_keeps_its_speaker_out(text):
    assert who(text, text) is None


@pytest.mark.parametrize("text,source", [
    ("On Monday Mara Quill said the ferry timetable was a failure.", "Mara Quill"),
    ("In a radio interview on Monday, Mara Quill said the ferry timetable was a failure.", "Mara Quill"),
])
def test_apart_openers_read_before(text, source):
    assert who(text, text) == source


# -- an initialism after "the" opening the clause --------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("The FAO says it is studying the new seed law before the spring planting.", "The FAO"),
    ("The WHO warns that the fever is spreading fast in the northern valleys.", "The WHO"),
    ("But the ECB says the rate will stay where it is until the autumn.", "the ECB"),
])
def test_the_and_an_initialism_then_a_present_cue(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text", [
    "The minister rejected the UN claims that the dam was unsafe.",  # a proper adjective and a noun
])
def test_apart_an_initialism_before_a_noun(text):
    assert who(text, text) != "the UN"


@pytest.mark.parametrize("text,source", [
    ("The Spaniard says he is keen to quit the harbour side when his deal runs out.", "The Spaniard"),
    ("The Dutchman insists that his side can still win the title next spring.", "The Dutchman"),
    ("The Frenchman believes the squad needs a new keeper before the winter.", "The Frenchman"),
])
def test_a_nationality_standing_for_a_person(text, source):
    assert who(text, text) == source


def test_apart_a_proper_adjective_before_a_noun_stays_a_noun():
    assert who("The Western claims of a truce were dismissed by the rebels.",
               "The Western claims of a truce were dismissed by the rebels.") is None


# -- a body that judges or runs, set off by a description -------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("The panel, led by Dana Rook, said that no marks should be changed outside the exam hall.", "The panel"),
    ("The watchdog, set up in 2009, said the fees charged by the ferry firms were too high.", "The watchdog"),
])
def test_a_body_set_off_by_a_description(text, source):
    assert who(text, text) == source


# -- "has always said" --------------------------------------------------------------------------
def test_always_between_the_subject_and_the_cue():
    text = "Brill has always said he means to end his career at the club where he began in Harwick."
    assert who(text, text) == "Brill"


# -- a final frame, its day, then when it was said -------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("A 41-year-old man from Dunmore is facing an arson charge, police said Tuesday, three days after "
     "the barn burned down.", "police"),
    ("The ferry service will resume next month, the harbour board said, two weeks after the storm.", "the harbour board"),
])
def test_a_final_frame_then_a_lapse_of_time(text, source):
    assert who(text, text) == source


def test_apart_a_lapse_with_a_clause_of_its_own_after_it():
    text = ("The ferry service will resume next month, the harbour board said, two weeks after the storm, "
            "and the union has called a strike over pay and hours.")
    assert who(text, text) is None


# -- "the fees charged by X": a noun's reduced relative, no cue -----------------------------------
def test_a_participle_and_by_after_a_noun_is_no_cue():
    text = "The watchdog, set up in 2009, said the fees charged by the ferry firms were far too high."
    assert who(text, text) == "The watchdog"


# -- a description opening the sentence, then the name in commas -----------------------------------
@pytest.mark.parametrize("text,source", [
    ("The treasurer of the Harwick Rowing Club, Ian Vell, said the new boathouse floor was a disgrace.", "Ian Vell"),
    ("His old partner at the mill, Tom Rook, called him a genius at closing hopeless deals.", "Tom Rook"),
])
def test_a_description_then_the_name_in_commas(text, source):
    assert who(text, text) == source


# -- a caption's label before a sentence with its own reporting clause ------------------------------
def test_a_caption_label_is_no_speaker():
    text = "Furious: The treasurer of the rowing club, Ian Vell, said the new boathouse floor was a disgrace."
    assert who(text, text) != "Furious"


def test_apart_a_headline_name_and_a_colon_still_speaks():
    text = "Vell: We will row on whatever the river does."
    assert who(text, text) == "Vell"


# -- sources that were no speakers: a subhead with a verb, a timeline's date ------------------------
def test_a_subhead_with_a_verb_before_a_quoted_title_is_no_speaker():
    text = 'Old Harbour Band meets Lina Vex: "Tides" did not need a drum solo, nor did "Lanterns" need strings.'
    assert who(text, text) is None


@pytest.mark.parametrize("text,source", [
    ('Home team manager Jana Rook: "We were poor and we know it."', "Jana Rook"),
    ('Jana Rook: "No."', "Jana Rook"),
])
def test_apart_a_colon_speaker_still_speaks(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text", [
    "Feb 2011 - Council proposes a toll bridge as part of the harbour plan",
    "Oct 2019 - Ministry agrees a fee will be paid for each tonne landed at the quay",
])
def test_a_timeline_date_is_no_source(text):
    assert who(text, text) is None


# -- a pronoun and its contracted verb open the content ----------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("New Harbour Gov. Tom Vell (R) announced he's running for the Senate.", "New Harbour Gov. Tom Vell"),
    ("The ferry company announced they're leaving.", "The ferry company"),
])
def test_a_contracted_pronoun_clause_after_a_cue(text, source):
    assert who(text, text) == source


def test_a_league_set_off_by_a_relative_clause_speaks():
    text = "The rowing league, which was founded long ago, now says it does not police the rules on boats."
    assert who(text, text) == "The rowing league"


# -- newswire shapes (the factuality suite's half A): a company's "'s", "claims to", an initialism and a name --
@pytest.mark.parametrize("text,source", [
    ("Bryce's said it would shut 30 of its shops next spring.", "Bryce's"),  # (the whole name with its "'s" since the lead, session 28)
    ("Holt and Merriman's said they had agreed terms for the merger.", "Holt and Merriman's"),
    ("The company claims to own the patent for the folding kettle.", "The company"),
    ("The FAA says Vell has flown under 12 different names.", "The FAA"),
])
def test_newswire_subjects(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text", [
    "It's believed that the kettle was made for the mill owner's family.",
    "That's said to be the oldest kettle in the town.",
])
def test_apart_a_pronoun_and_is_is_no_company(text):
    assert who(text, text) in (None, "unnamed sources")


# -- an abbreviation's dot inside a clause after "said" is no end of an inverted name -------------------
@pytest.mark.parametrize("text,source", [
    ("Harwick, which builds boats, said Vell Co. had made an offer for the yard.", "Harwick"),
    ("Harwick, whose main trade is boats, said Vell Co. of Elmby filed a claim with the court.", "Harwick"),
])
def test_an_abbreviation_inside_the_reported_clause(text, source):
    assert who(text, text) == source


def test_apart_an_inverted_company_name_still_speaks():
    text = "The yard made an offer for the mill, said Vell Inc. on Monday."
    assert who(text, text) == "Vell Inc"
