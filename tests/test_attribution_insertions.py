"""Issue 12, session 6 (branch frame7): reporting frames hidden by what news prose sets inside or
around them (insertions between speaker and cue, relative clauses that report, participle tails
after a final cue, coordinated speakers with party tags). Sentences written for the test (never
copied from dev data); each rule with what it must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from tests.test_attribution_session5_cues import _rels, _who


# -- insertions between the speaker and the cue -------------------------------------------------

@pytest.mark.parametrize("text, source, content", [
    ("The senator, speaking in a low voice as he stood beside the reporter, said the story was false.",
     "The senator", "the story was false."),
    ("The port director, who ran the harbor from 2004 until 2011, went on to argue that the fees were too high.",
     "The port director", "that the fees were too high."),
    ("Vice President Jane Roe, who as head of the council would be expected to attend, has said she will be abroad.",
     "Vice President Jane Roe", "she will be abroad."),
    ("The ferry company, meanwhile, said the crossing would reopen in May.",
     "The ferry company", "the crossing would reopen in May."),
    ("One of the most senior members of the board – where the plan will live or die – said he supports the plan.",
     "One of the most senior members of the board", "he supports the plan."),
    ("In a statement on Thursday, the league's president, Jane Roe, said the league was deeply concerned.",
     "Jane Roe", "the league was deeply concerned."),
])
def test_a_frame_is_read_past_what_is_set_inside_it(text, source, content):
    (src, _cue, got), = [(r.source, r.cue, c) for r, (_n, _c, c) in zip(analyze(text).relations, _rels(text))]
    assert (src, got) == (source, content)


@pytest.mark.parametrize("text", [
    "Jane Roe, a spokeswoman for the port, did not respond to questions about the fees.",  # no report
    "The harbor master, who was elected in May, called the fees a scandal.",  # no saying verb
    "Although the senator, who had voted for it, said he regretted the vote, the bill passed.",  # subordinate
])
def test_an_insertion_does_not_make_a_report_of_what_is_none(text):
    """(and "The storm, a category four hurricane, said nothing": no one who speaks; test_attribution_round3)"""
    assert all(r.cue not in ("respond", "called") for r in analyze(text).relations)
    if text.startswith("Although"):
        assert _who(text, "the bill passed") is None


def test_a_coordinated_clause_with_a_described_speaker_is_its_own_frame():
    text = ("The measure would cut farm subsidies by a third, and Sen. John Doe (R-Ariz.), the committee's "
            "chairman, said the cuts were long overdue and would pass easily.")
    rels = _rels(text)
    assert rels == [("Sen. John Doe", "said", "the cuts were long overdue and would pass easily.")]
    assert _who(text, "The measure would cut farm subsidies by a third") is None


@pytest.mark.parametrize("text, source", [
    ("Observers in the county and around the state say the sheriff deserves a third term in office.",
     "Observers in the county and around the state"),
    ("Two people familiar with the negotiations said the deal would be signed by the end of the month.",
     "Two people familiar with the negotiations"),
    ("Officials close to the governor said she would run again next year despite the scandal.",
     "Officials close to the governor"),
])
def test_subjects_with_coordinated_or_adjectival_modifiers(text, source):
    (name, _cue, _content), = _rels(text)
    assert name == source


# -- a report in a closing relative clause ------------------------------------------------------

def test_many_of_whom_say_is_a_report_of_the_group():
    text = ("Farmers protested, many of whom say the subsidies are all that keeps their farms alive in a dry year.")
    assert _rels(text) == [("many of whom", "say", "the subsidies are all that keeps their farms alive in a dry year.")]
    assert _who(text, text) == "many of whom"


def test_a_closing_who_said_clause_stays_a_description():
    """Measured on PolNeAR: ", who said ..." after a name describes the person as often as it reports."""
    text = "The bill was backed by Sen. Jane Roe (D-Ohio), who said that it would save the state a great deal of money."
    assert _rels(text) == []


@pytest.mark.parametrize("text", [
    "The bill was backed by farmers, some of whom told their aides to stay home during the vote.",  # an order, no report
    "The bill was backed by farmers, most of whom never said why they changed their minds about it.",  # negated
    "The bill was backed by farmers, many of whom said nothing.",  # no content
])
def test_relative_clauses_that_report_nothing(text):
    assert _rels(text) == []


# -- final frames ---------------------------------------------------------------------------------

def test_a_closing_frame_beats_a_relative_report_inside_the_content():
    text = ("The rules would require companies to disclose their spending, a change that critics say would "
            "chill free speech, Sen. John Moss (R-Ohio) said during a hearing on Wednesday.")
    (name, cue, content), = _rels(text)
    assert (name, cue) == ("Sen. John Moss", "said")  # the party label is no part of the name (lead, session 9)
    assert content.startswith("The rules would require") and "critics say" in content


def test_a_relative_report_alone_is_still_read():
    text = "The county adopted a plan that officials say will cut water use by a fifth."
    assert _rels(text) == [("officials", "say", "will cut water use by a fifth.")]


def test_an_addressee_then_an_adding_participle_keeps_both_parts():
    text = '"We have done everything we could," the mayor told reporters after the meeting, adding that the city would appeal.'
    (name, cue, content), = _rels(text)
    assert (name, cue) == ("the mayor", "told")
    assert '"We have done everything we could,"' in content and "the city would appeal." in content


def test_a_closing_according_to_holds_both_coordinated_clauses():
    text = ("The county has lost 4,000 jobs since January, and the losses are likely to continue into next year, "
            "according to a report released Tuesday by the state labor office.")
    (name, cue, content), = _rels(text)
    assert cue == "according to" and content.startswith("The county has lost 4,000 jobs")
    assert _who(text, "The county has lost 4,000 jobs since January") == name


def test_a_description_before_the_final_speaker_is_no_content():
    text = "The company's profits fell by a third last year, its chief executive, Jane Roe, told shareholders."
    assert _rels(text) == [("Jane Roe", "told", "The company's profits fell by a third last year,")]
    text = "Under the plan, the state would borrow $4 billion for its roads, the governor's office said."
    (_name, _cue, content), = _rels(text)
    assert content.rstrip().endswith("for its roads,")  # "the state would borrow ..." is no description


# -- colons, "quoted as saying", "telling X:" ------------------------------------------------------

@pytest.mark.parametrize("text, source, content", [
    ("The governor closed her speech with a promise: “We will not let a single farm in this state fail.”",
     "The governor", "“We will not let a single farm in this state fail.”"),
    ("Mr. Doe had a blunt message for the council: “Pay the workers or we walk out on Monday.”",
     "Mr. Doe", "“Pay the workers or we walk out on Monday.”"),
    ("The mayor's response: the city will not pay for the new pipes this year.",
     "The mayor", "the city will not pay for the new pipes this year."),
])
def test_a_colon_completes_a_speech_noun(text, source, content):
    (rel,) = analyze(text).relations
    assert (rel.source, text[rel.content[0][0]:rel.content[-1][1]]) == (source, content)
    assert _who(text, text.strip()) is not None


@pytest.mark.parametrize("text", [
    "Police found a note in the car: “I am sorry for everything.”",  # whose words: unknown
    "Mr. Doe received a message from the council: “Pay up by Friday.”",  # someone else's words
    "The result was plain for all to see: “a landslide,” as one paper put it.",  # no speaker, no speech noun
])
def test_a_colon_quote_without_a_speaker(text):
    assert all(r.cue != ":" for r in analyze(text).relations)
    assert all(r.source not in ("Police", "Mr. Doe", "The result") for r in analyze(text).relations)


def test_quoted_as_saying_is_the_quoted_persons():
    text = 'Sen. Jane Roe, a Democrat from the coast, was quoted in a local paper as saying: "The bill is dead."'
    (rel,) = analyze(text).relations
    assert rel.name == "Sen. Jane Roe" and text[rel.content[0][0]:rel.content[0][1]] == '"The bill is dead."'


def test_telling_an_addressee_then_a_quotation():
    text = 'Jane Roe stood by the remark. She doubled down late Monday, telling reporters: "He is a faker and everyone knows it."'
    assert _who(text, 'She doubled down late Monday, telling reporters: "He is a faker and everyone knows it."') == "Jane Roe"


def test_an_appeal_read_past_an_insertion_is_no_statement():
    from summarizer.attribution.frames import Frame
    from summarizer.attribution.insertions import reads_past_insertions
    text = "Supporters have urged the council to keep the program."
    appeal = Frame((0, 10), (16, 21), "indirect", [(22, len(text))], "initial")
    assert not reads_past_insertions(text, appeal)
    text = "Supporters have said the council would keep the program."
    statement = Frame((0, 10), (16, 20), "indirect", [(21, len(text))], "initial")
    assert reads_past_insertions(text, statement)
