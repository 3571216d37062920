"""Clause attribution (issue 12, session 3 "clause attribution"): a coordinated clause with a
frame of its own, and where a complement that is no clause ends; on sentences written for the
test. Each rule's case failed before the change."""

from __future__ import annotations

from summarizer.attribution import analyze


def who(text: str, part: str) -> str | None:
    start = text.index(part)
    return analyze(text).source_for(start, start + len(part))


def test_a_second_clause_after_and_has_its_own_frame():
    text = "The port reopened on Monday, and the ministry said the cranes would arrive in June."
    assert who(text, "the ministry said the cranes would arrive in June.") == "the ministry"
    assert who(text, "The port reopened on Monday,") is None


def test_a_bare_plural_after_but_is_a_subject_of_any_cue():
    text = "He proposed ending the fee waiver as pledged, but analysts agreed it was still a lopsided plan."
    assert who(text, "but analysts agreed it was still a lopsided plan.") == "analysts"


def test_a_frame_that_ends_the_sentence_covers_both_clauses():
    # the cue after a comma is a trailing frame ("..., said X."), not a second clause's own
    text = "The talks went badly, and the meeting ended early from there, said one source in the room."
    assert who(text, "The talks went badly,") == who(text, "and the meeting ended early from there,") == "one source"


def test_a_pronoun_after_and_stays_in_the_first_frame():
    text = "Anna Berg said the port would reopen in May, and she urged the council to pay for the cranes."
    assert who(text, "and she urged the council to pay for the cranes.") == "Anna Berg"


def test_a_contrast_after_an_infinitive_or_object_is_the_outlet_s():
    text = "Anna Berg wants to make tuition free for poor families, but her plan would need the help of the towns."
    assert who(text, "but her plan would need the help of the towns.") is None
    assert who(text, "Anna Berg wants to make tuition free for poor families,") == "Anna Berg"
    text = "Some officials praised Anna Berg's work on the port but also had to give her more time to pay."
    assert who(text, "but also had to give her more time to pay.") is None


def test_a_contrast_inside_a_relative_clause_or_a_said_clause_stays():
    text = "These voters point to the crime bill, which put more police on the streets, but also led to longer sentences."
    assert who(text, "but also led to longer sentences.") == "These voters"
    text = "Anna Berg said the port would reopen, but the cranes would not arrive before June."
    assert who(text, "but the cranes would not arrive before June.") == "Anna Berg"


def test_a_final_frame_may_end_on_any_adverbial_or_an_addressee():
    quote = "\u201cWe respect the mayor and the reasons she has given for closing the pier,\u201d "
    for tail in ("Jo Pike (R-Maine) said ahead of the vote.", "Jo Pike said late Tuesday.",
                 "Jo Pike said amid cheers.", "Jo Pike told the Harbour Gazette in an interview."):
        assert (who("The council met. " + quote + tail, "We respect the mayor") or "").startswith("Jo Pike"), tail


def test_an_addressee_followed_by_a_clause_is_no_final_frame():
    text = "The council met. \u201cThe pier stays shut,\u201d Jo Pike told reporters she planned to stay."
    assert who(text, "The pier stays shut") is None


def test_a_parenthetical_pair_of_commas_is_no_clause_break():
    from summarizer.extract import CLAUSE_BREAK
    ruling = ("\u201cWere the board to open the files for academic, and thus public, review, it would "
              "step into the campaign,\u201d Pike wrote.")
    assert len(CLAUSE_BREAK.split(ruling)) == 1
    assert len(CLAUSE_BREAK.split("The port reopened on Monday, and the ministry said the cranes would come.")) == 2


def test_a_connective_adverb_that_opens_a_clause_still_splits():
    from summarizer.extract import CLAUSE_BREAK
    quote = "\u201cThe tide still has the upper hand, and so, albeit slowly, it is eating into the harbour wall.\u201d"
    assert len(CLAUSE_BREAK.split(quote)) == 2


def test_a_second_clause_with_its_own_subject_and_cue_leaves_the_first_speaker_s_content():
    text = "The harbour master said repairs would take weeks, but insurers disputed the damage estimate."
    assert who(text, "repairs would take weeks") == "The harbour master"
    assert who(text, "insurers disputed the damage estimate.") != "The harbour master"
