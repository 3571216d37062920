"""wild21 (session 20, issue 12): the code path on invented stories whose *form* was new (a
fact-check, a bold-question interview, a "what we know" explainer with bullets, a correction
notice, a translated quote, a press release, a rumour and its denial, a strike, a wildfire update,
a transfer story). Each test is a sentence written for the test, of the shape that went wrong;
the "apart" tests hold the near shapes the rule must not change. Expected answers were written
before the code ran."""

from __future__ import annotations

import pytest

from summarizer.chunk import split_sentences
from tests.reading import code, who as _who


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def _claim(summary, words: str):
    hits = [c for c in summary.claims if words in c.text]
    assert hits, f"no claim holds {words!r}: {[c.text for c in summary.claims]}"
    return hits[0]


# 1. A list's bullet ("- ", "• ", "* ") opens a line: a marker, no word of the sentence.

_EXPLAINER = ("Ferry fire: what we know\n\n"
              "A ferry caught fire near Halm harbour on Friday night.\n\n"
              "What happened?\n\n"
              "- The fire started in the engine room, the coastguard said.\n"
              "- Rescuers said they were not aware of anyone missing.\n"
              "• Two crew members were treated for smoke.\n"
              "* Harbour officials said the ferry would be towed on Monday.\n")


def test_a_bullet_is_no_part_of_the_sentence():
    assert _sentences(_EXPLAINER)[3:] == [
        "The fire started in the engine room, the coastguard said.",
        "Rescuers said they were not aware of anyone missing.",
        "Two crew members were treated for smoke.",
        "Harbour officials said the ferry would be towed on Monday."]


def test_a_source_after_a_bullet_is_read_without_it():
    assert _who(_EXPLAINER, "Rescuers said they were not aware of anyone missing.") == "Rescuers"
    assert _who(_EXPLAINER, "Harbour officials said the ferry would be towed on Monday.") == "Harbour officials"


def test_no_claim_text_keeps_a_bullet():
    s = code(_EXPLAINER)
    assert s.claims
    assert not [c.text for c in s.claims if c.text[:2] in ("- ", "• ", "* ")]
    assert _claim(s, "Two crew members").attributed_to == "article"


def test_apart_a_dash_or_sign_inside_a_line_stays():
    assert _sentences("The vote - held on Monday - was close.") == ["The vote - held on Monday - was close."]
    assert _sentences("-5C was the lowest reading of the week.") == ["-5C was the lowest reading of the week."]


# 2. An interview printed as bold questions and untagged answers: the answers are the interviewee's.

_INTERVIEW = ("'We will reopen the pool': a talk with Ardmere's sports chief\n\n"
              "Colm Reddy became head of sport for Ardmere in May. He spoke to the Ardmere Post on Monday.\n\n"
              "**When will the pool reopen?**\n\n"
              "We finished the repairs on Thursday. The pool reopens to swimmers in March.\n\n"
              "**Residents say the fees went up twice. Is that fair?**\n\n"
              "The fees rose by 80 cents in total. I think that is a fair price for a heated pool.\n\n"
              "Councillor Una Brick said on Tuesday that the fees should be frozen.\n")


def test_an_untagged_answer_after_a_bold_question_is_the_interviewees():
    assert _who(_INTERVIEW, "We finished the repairs on Thursday.") == "Colm Reddy"
    assert _who(_INTERVIEW, "The fees rose by 80 cents in total.") == "Colm Reddy"


def test_first_person_belief_in_an_answer_is_the_interviewees_not_the_writers():
    assert _who(_INTERVIEW, "I think that is a fair price for a heated pool.") == "Colm Reddy"


def test_the_question_premise_keeps_its_own_source_without_the_bold_marks():
    s = code(_INTERVIEW)
    assert not [c.text for c in s.claims if "*" in c.text]
    assert _who(_INTERVIEW, "Residents say the fees went up twice.") == "Residents"


def test_apart_a_tagged_paragraph_after_the_answers_keeps_its_speaker():
    assert _who(_INTERVIEW, "Councillor Una Brick said on Tuesday that the fees should be frozen.") == "Councillor Una Brick"


def test_apart_one_bold_question_makes_no_interview():
    text = ("Pool reopens\n\nColm Reddy runs sport in Ardmere.\n\n**Why now?**\n\n"
            "The repairs ended on Thursday. I think the fees are too high.\n")
    assert _who(text, "The repairs ended on Thursday.") is None
    assert _who(text, "I think the fees are too high.") == "the writer"


# 3. "adds about 25 minutes": an approximator and a number after "add" is an amount added, no speech.

def test_adds_about_an_amount_is_no_speech():
    text = "Road shut\n\nThe coast road is shut.\n\nThe detour adds about 25 minutes to trips between Alby and Crane.\n"
    assert _who(text, "The detour adds about 25 minutes to trips between Alby and Crane.") is None
    text = "Road shut\n\nThe coast road is shut.\n\nThe new toll adds roughly four euros to each crossing.\n"
    assert _who(text, "The new toll adds roughly four euros to each crossing.") is None


def test_apart_added_about_a_number_before_a_verb_is_speech():
    text = "Protest\n\nPolice closed the square.\n\nThe commander added about 40 protesters had been detained.\n"
    assert _who(text, "The commander added about 40 protesters had been detained.") == "The commander"
    text = "Protest\n\nPolice closed the square.\n\nThe commander adds that the square will reopen.\n"
    assert _who(text, "The commander adds that the square will reopen.") == "The commander"


# 4. "X, Name, said she had asked for ...": the inner "asked" after "said" is no final frame.

def test_the_main_speaker_wins_over_an_inner_cue_after_an_appositive():
    text = "Plant to close\n\nThe bus maker will shut its plant.\n\nBrinmouth's mayor, Ada Kersh, said she had asked for an urgent meeting with the firm.\n"
    assert _who(text, "Brinmouth's mayor, Ada Kersh, said she had asked for an urgent meeting with the firm.") == "Ada Kersh"


def test_apart_a_final_frame_after_a_comma_still_reports_the_sentence():
    text = "Court\n\nThe trial opened on Monday.\n\nThe clerk said she had lied about the money, prosecutors said.\n"
    assert _who(text, "The clerk said she had lied about the money, prosecutors said.") == "prosecutors"


# 5. A number with thousands commas inside a source is one word ("signed by 12,000 residents").

@pytest.mark.xfail(strict=True, reason="dropped for a held-out cost: reading '12,000' as one token (attribution/text.py) fixed "
                   "this source but moved factuality half B (code: uncertain or negated shown as stated 0.187 -> 0.188, the "
                   "rules baseline 0.178 -> 0.179); the source stops at the thousands comma ('000 residents')")
def test_a_source_holding_a_thousands_number_is_whole():
    text = "Park vote\n\nThe council meets today.\n\nA petition signed by 12,000 residents said the park should stay open.\n"
    assert _who(text, "A petition signed by 12,000 residents said the park should stay open.") == "A petition signed by 12,000 residents"


def test_apart_a_comma_after_a_year_still_ends_an_opener():
    text = "Park vote\n\nThe council meets today.\n\nIn 2019, 300 residents said the park should stay open.\n"
    assert _who(text, "In 2019, 300 residents said the park should stay open.") == "300 residents"


# 6. A bid turned down is an act, like an offer or a request: no denial of an account.

def test_rejecting_a_bid_is_the_outlets_act():
    text = "Transfer\n\nRovers want a striker.\n\nDunmore had rejected two earlier bids, the latest of 12 million pounds, in May.\n"
    assert _who(text, "Dunmore had rejected two earlier bids, the latest of 12 million pounds, in May.") is None


def test_apart_rejecting_reports_is_still_the_clubs_denial():
    text = "Transfer\n\nRovers want a striker.\n\nThe club rejected reports that it had agreed a fee.\n"
    assert _who(text, "The club rejected reports that it had agreed a fee.") == "The club"


# 7. A correction notice with its date ("Correction, Nov. 14: "): a label; the earlier version speaks.

_CORRECTED = ("Board backs longer days\n\nThe Fenmoor school board voted 4-3 on Monday to lengthen the school day.\n\n"
              "Correction, Nov. 14: An earlier version of this story said the board voted 5-2.\n")


def test_a_dated_correction_is_no_claim_and_the_corrected_figure_stays():
    # (session 21 showed the note as a claim of "An earlier version of this story"; session 35 drops an editor's note
    # on the story itself from the claims: it is no news of the event, and its wrong figure would meet the right one in
    # a digest as a conflict. The article's own figure is the claim.)
    texts = [c.text for c in code(_CORRECTED).claims]
    assert not any("5-2" in t or t.startswith("Correction") for t in texts)
    assert any("voted 4-3" in t for t in texts)


def test_the_earlier_version_is_the_source_of_the_corrected_figure():
    assert _who(_CORRECTED, "An earlier version of this story said the board voted 5-2.") == "An earlier version of this story"



def test_apart_an_undated_correction_label_is_still_skipped():
    text = "Vote\n\nThe board met on Monday.\n\nCorrection: An earlier version of this story misspelled the clerk's name.\n"
    assert not [c.text for c in code(text).claims if c.text.startswith("Correction")]


# Left (strict xfails): shapes the stories showed that this branch did not fix.

@pytest.mark.xfail(strict=True, reason="an interview's untagged answer is read as a direct quotation, and the kind of a "
                   "quoted sentence is `statement` whatever it asserts: 'We finished the repairs on Thursday.' should be an event")
def test_left_an_answer_keeps_the_kind_of_what_it_asserts():
    c = _claim(code(_INTERVIEW), "We finished the repairs on Thursday.")
    assert c.kind == "event"


@pytest.mark.xfail(strict=True, reason="'the authority said' resolves to the last source whose head is 'authority', "
                   "here 'records published by the authority' (a document), not the authority itself")
def test_left_the_authority_is_not_the_records_it_published():
    text = ("Dam closed\n\nThe river authority closed the Belt dam on Monday.\n\n"
            "The dam was built in 1971, according to records published by the authority.\n\n"
            "The dam will stay closed for a year, the authority said.\n")
    assert _who(text, "The dam will stay closed for a year, the authority said.") == "The river authority"


@pytest.mark.xfail(strict=True, reason="'It also said' after a correction's 'An earlier version of this story said' "
                   "resolves to the last organisation named, not to the earlier version")
def test_left_it_also_said_in_a_correction_is_the_earlier_version():
    text = ("Board backs longer days\n\nThe Fenmoor district said the change would cost little.\n\n"
            "Correction, Nov. 14: An earlier version of this story said the board voted 5-2. The vote was 4-3. "
            "It also said the change would cost 2 million dollars.\n")
    assert _who(text, "It also said the change would cost 2 million dollars.") == "An earlier version of this story"


@pytest.mark.xfail(strict=True, reason="a fact-check's 'Claim: ...' line is read as a transcript label: the source is 'Claim'")
def test_left_a_fact_check_claim_label_is_no_speaker():
    text = ("Fact check: the bridge toll\n\nClaim: The Orrin bridge toll doubled this year.\n\nVerdict: False\n\n"
            "A leaflet handed out in Orrin said the toll had doubled.\n")
    assert _who(text, "Claim: The Orrin bridge toll doubled this year.") != "Claim"

