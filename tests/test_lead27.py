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
    ("On Friday the author revealed she had been sent abusive letters about her garden.", "the author"),
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
