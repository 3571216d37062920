"""Errors found by reading the code path's claims on ten dev articles in no gold set (session 6,
read7b: a mine collapse, an air crash inquiry, two court stories, a crypto report, an opinion on
a militant group, a football transfer, a space essay, a health-service budget, party politics):
each test is a sentence written for the test, of the shape that went wrong, and what the fix
must leave alone."""

from __future__ import annotations

from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import is_furniture
from summarizer.picks import dateline_end
from summarizer.quantity import quantities
from tests.test_reading_outputs import _parts, _who


def _certainty(sentence: str) -> str:
    return certainty_for(sentence, 0, len(sentence), analyze(sentence))


# --- who says it -------------------------------------------------------------------------------

def test_a_passive_with_adverbs_before_its_cue_has_no_speaker():
    # "He was also charged with ..." gave the charge to the man charged
    text = "Jane Roe fired at a car on Friday. She was also charged with two counts of assault by the state."
    assert _who(text, "She was also charged with two counts of assault by the state.") is None
    assert _who("Video playback is not supported on this browser.", "Video playback is not supported on this browser.") is None
    # an active cue after an adverb still speaks
    assert _who("Jane Roe also said the car was stolen.", "Jane Roe also said the car was stolen.") == "Jane Roe"


def test_a_quotation_runs_on_past_a_player_notice_between_its_paragraphs():
    text = ('Jim Doe, 44, left the club in May.\n'
            '"I was impressed by the board," Doe said.\n'
            '"We have had two good seasons and we want to move up the table.\n'
            'Media playback is not supported on your device\n'
            '"My goal has always been to play as well as I can. I really enjoyed my years there."\n')
    assert is_furniture("Media playback is not supported on your device")
    assert _who(text, "We have had two good seasons and we want to move up the table.") == "Jim Doe"
    assert _who(text, "I really enjoyed my years there.") == "Jim Doe"


def test_he_is_the_person_an_age_shows_not_a_pair_or_a_name_in_the_object():
    # a bare surname with an age is a person; "he" after "but Doe believes ... chairman John Roe" is Doe
    text = ('Smith, 44, left the club in May after the club beat Jones.\n'
            'The club finished tenth but Smith believes he can match the ambitions of chairman John Roe.\n'
            '"I was impressed by the chairman," he explained.')
    assert _who(text, '"I was impressed by the chairman," he explained.') == "Smith"
    # two persons joined by "and" are never "he"
    text2 = ("John Roe insisted that, despite talks - and Jim Doe and Bob Poe resigning from their posts - relations "
             "were fine. And he confirmed that the fee will be paid.")
    assert _who(text2, "And he confirmed that the fee will be paid.") == "John Roe"


def test_an_inverted_frame_after_a_day_or_month():
    text = "The bridge will reopen in May, said Capt. John Roe of the city police."
    assert _who(text, text) == "Capt. John Roe"
    text2 = "The road reopened on Monday, said Jane Doe."
    assert _who(text2, text2) == "Jane Doe"
    # a name in apposition before the cue is still the subject, not the end of a content
    text3 = "The mayor, Jane Doe, said the bridge reopened on Monday."
    assert _who(text3, text3) == "Jane Doe"


def test_a_name_and_its_body_after_of_is_not_a_second_person():
    text = ('Workers left the site, said Capt. Jane Doe of the High Valley Police. '
            '"The site is closed," he said.')
    assert _who(text, '"The site is closed," he said.') == "Capt. Jane Doe"


def test_news_media_and_clarified_that_are_sources():
    text = "A mine collapsed on Monday, killing two people, state media reported."
    assert _who(text, text) == "state media"
    text2 = "A spokesman for the bank clarified that no funds were lost."
    assert _who(text2, text2) == "A spokesman for the bank"
    # "clarified the matter" reports nothing
    text3 = "The mayor hardly clarified the matter, treating the remark as a joke."
    assert _who(text3, text3) is None


def test_a_split_quotation_resumes_after_an_inverted_frame():
    text = '"So long as the economy is weak", says Jane Doe, "every member knows that the focus must be on it."'
    assert _who(text, text) == "Jane Doe"
    assert _certainty(text) == "reported"


def test_a_leading_and_before_a_described_speaker():
    text = ("And John Roe, a party activist who runs a campaign for a vote on membership, believes the changes "
            "will force a vote.")
    assert _who(text, "the changes will force a vote.") == "John Roe"
    text2 = "But Jane Doe, the mayor, said the bridge was safe."
    assert _who(text2, "the bridge was safe.") == "Jane Doe"


def test_now_between_subject_and_cue_is_no_part_of_the_name():
    text = "Almost everyone now agrees that a deep reform of the tax system is inevitable within the next ten years."
    assert _who(text, text) == "Almost everyone"


def test_a_negated_bare_cue_opens_no_quotation():
    # "His lawyer has not commented." gave the next sentence to the lawyer
    text = "Roy Doe was sacked. His lawyer has not commented. No day has yet been fixed for the hearing."
    assert _who(text, "No day has yet been fixed for the hearing.") is None
    assert _certainty("His lawyer has not commented.") == "negated"


def test_a_place_of_speech_after_said_is_no_speaker():
    text = 'Jane Doe, a lawyer for the family, said on Twitter: "We are still wary. A charge is right."'
    assert _who(text, text[:text.index("A charge")].strip()) == "Jane Doe"


def test_a_passive_speech_verb_with_a_possessive_agent():
    text = 'The player was described by his coach as "a natural leader on and off the pitch".'
    assert _who(text, text) == "his coach"
    # a "by" phrase that is no agent
    text2 = "The bill was praised by its own standards as fair."
    assert _who(text2, text2) is None


def test_the_subject_of_a_light_verb_holds_the_noun_cue():
    text = "Jane Roe found 40 phones. Roe cast doubt that any useful data could be retrieved from those phones."
    assert _who(text, "Roe cast doubt that any useful data could be retrieved from those phones.") == "Jane Roe"


# --- how firmly -------------------------------------------------------------------------------

def test_a_negation_or_hedge_in_a_relative_clause_is_not_the_claims():
    assert _certainty("Divers pulled out four people, three of whom showed no signs of life.") == "stated"
    assert _certainty("The assets were worth a billion dollars that were meant to back the coins.") == "stated"
    assert _certainty("Most accidents happen in old tunnels that had been abandoned due to flooding.") == "stated"
    # the main clause's own negation, plan or schedule still counts
    assert _certainty("The bridge will not reopen when the snow melts.") == "negated"
    assert _certainty("Rescuers did not bring out the two men, both of whom were trapped.") == "negated"
    assert _certainty("The firm is seeking to sell the unit.") == "speculative"
    assert _certainty("The plant is due to open in May.") == "speculative"


def test_a_leading_if_without_a_comma_is_a_condition():
    assert _certainty("If convicted he faces 40 years in prison.") == "speculative"


def test_a_contrast_with_not_is_no_negation_of_the_clause():
    assert _certainty("The group will look for new ideas on trade, not campaign for a vote.") == "speculative"
    assert _certainty("The town chose to repair the old bridge, not build a new one.") == "stated"
    assert _certainty("The senator appears to be isolated - not so much in her opinions, as in her energy.") != "negated"
    # a negation of the clause itself
    assert _certainty("The town did not repair the old bridge.") == "negated"
    assert _certainty("The toll is not so much a problem for drivers now.") == "negated"


# --- claim text --------------------------------------------------------------------------------

def test_a_verbless_concessive_aside_keeps_the_sentence_whole():
    s = "But tiny icy moons like Europa, though harder to spot, seem to be even more common."
    assert len(_parts(s)) == 1


def test_a_noun_phrase_after_and_joins_its_clause():
    s = "The strike is another step in the dispute, and a clear sign that the talks are failing fast."
    assert _parts(s) == [s]
    # a clause after "and" still splits
    s2 = "The strike is another step in the long dispute over pay, and the talks between both sides have failed."
    assert len(_parts(s2)) == 2


def test_a_list_after_a_colon_runs_on_over_semicolons():
    s = ("The region suffers from many problems: from poor roads to weak schools; from crime to unrest; "
         "from graft to poor courts.")
    assert len(_parts(s)) == 1


def test_a_mixed_case_place_before_a_wire_tag_is_a_dateline():
    s = "Springfield, Illinois (CNN)Investigators have left the site, a police official said."
    assert s[dateline_end(s, 0, len(s)):].startswith("Investigators")
    s2 = "Jane Doe (left) arrived."
    assert dateline_end(s2, 0, len(s2)) == 0


def test_story_credits_and_programme_promotions_are_furniture():
    assert is_furniture("CNN's Jane Doe reported from Paris, and John Roe wrote from Atlanta.")
    assert is_furniture("CNN's Jane Doe contributed to this report.")
    assert is_furniture("You can listen again via the station's website.")
    assert not is_furniture("Police officers reported from the scene that two people died.")
    assert not is_furniture("Jane Doe reported from Kyiv that shelling continued overnight.")


# --- quantities --------------------------------------------------------------------------------

def test_a_glued_scale_after_a_currency_sign():
    assert quantities("Last year £2.5bn was spent on locum staff.")[0]["value"] == 2.5e9
    assert quantities("The cap has so far saved £600m.")[0]["value"] == 6e8
    # a glued "m" after no currency sign is a unit, not a scale
    assert all(q["value"] != 1e8 for q in quantities("He ran the 100m in 10 seconds."))


def test_worth_of_leads_to_what_the_money_counts():
    q = quantities("The bank moved $1.8 billion worth of bonds to three funds.")
    assert q[0]["counted"] == "bonds" and q[0]["value"] == 1.8e9
