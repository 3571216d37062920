"""Errors found by reading the code path's claims on ten dev articles in no gold set (session 5,
read6: courts, economy, storms, science, sport, politics): each test is a sentence written for
the test, of the shape that went wrong, and what the fix must leave alone."""

from __future__ import annotations

from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import content_sentences
from summarizer.places import place_of
from summarizer.picks import list_end
from summarizer.quantity import quantities
from tests.test_reading_outputs import _code, _parts, _who  # the code path, claim parts, a sentence's source


def _certainty(sentence: str) -> str:
    return certainty_for(sentence, 0, len(sentence), analyze(sentence))


# --- claim text: lists, dashes, colon frames, verbless lines -----------------------------------

def test_a_serial_list_is_not_cut_at_its_last_and():
    # "rape, and forming an organized ..." was two claims: "organized" read as a past verb
    s = "A court extended his detention on suspicion of theft, fraud, and forming an organized gang for another 30 days."
    assert _parts(s) == [s]
    # "laws, and local guidelines and we continue ...": the item ends at the next "and"
    s2 = "The firm said it follows all relevant rules, laws, and local guidelines and we continue to help the inquiry."
    assert len(_parts(s2)) == 1
    # a five-word item with a slash: "the Very Big Millimeter/submillimeter Array, and ..."
    assert list_end("It used the first telescope, the Very Big Millimeter/submillimeter Array",
                    "and the other telescope, said Jane Doe.")
    # a clause after "and" still splits
    assert not list_end("He visited the plant, she said", "and they signed the deal.")


def test_a_part_after_a_dash_with_no_subject_joins_its_clause():
    s = "In a strange move, the firm appeared to have no staff – and was registered at the offices of its lawyers."
    assert _parts(s) == [s]
    # a dash before a clause of its own still splits
    s2 = "The mayor opened the new library on Monday – the council had paid for all of it."
    assert len(_parts(s2)) == 2


def test_a_frame_before_a_colon_is_no_claim_of_its_own():
    s = 'Speaking from the car he said: "Water is spilling over the kerb by the shops now.'
    parts = _parts(s)
    assert len(parts) == 1 and parts[0].startswith("Speaking from the car he said:")
    # a colon after a clause that is no frame still splits
    s2 = "The council has a clear plan for the town: it will build two new schools by the end of next year."
    assert len(_parts(s2)) == 2


def test_an_aside_between_dashes_that_is_no_sentence_keeps_the_sentence_whole():
    s = "By moving its brand – such as its name and logo – into a small firm, it was able to send large sums abroad."
    assert _parts(s) == [s]


def test_a_participle_and_its_agent_is_no_claim():
    assert _parts("Assisted by Jane Doe with a cross from the left wing.") == []
    assert _parts("Jane Doe was assisted by John Roe with a cross from the left.") != []


# --- who says it ------------------------------------------------------------------------------

def test_a_role_and_name_before_a_colon_quotation_speak_it():
    text = ('The home side won 3-0.\nAway team manager Jane Doe: "It looked like an even start from both teams.\n'
            '"The opening goal came far too cheaply for us."\n')
    assert _who(text, "It looked like an even start from both teams.") == "Jane Doe"
    assert _who(text, '"The opening goal came far too cheaply for us."') == "Jane Doe"


def test_an_opening_participle_without_a_comma_keeps_the_pronoun_speaker():
    text = ('Jane Doe, 32, became trapped in her car.\nSpeaking from the vehicle she said: "Water is spilling '
            'over the kerb now.\n"I am sitting in my car on the pavement."\n')
    assert _who(text, '"I am sitting in my car on the pavement."') == "Jane Doe"
    assert _who("Something he said was odd about the old plan.", "Something he said was odd about the old plan.") is None


def test_a_name_after_at_or_in_is_a_place_no_pronoun_means():
    text = ('Jane Doe, 32, became trapped in her car at Bar Hill while she was visiting.\nSpeaking from the '
            'vehicle she said: "Water is spilling over the kerb now.\n"I am sitting in my car on the pavement."\n')
    assert _who(text, '"I am sitting in my car on the pavement."') == "Jane Doe"


def test_a_one_word_label_inside_a_paragraph_is_a_caption_not_a_source():
    text = ("The firm is under scrutiny over its tax bills. Probe: The company ran its whole business "
            "through a small country, but it paid little tax. Revealed: It is now alleged the firm may "
            "have relied on a shell company.")
    assert _who(text, "The company ran its whole business through a small country, but it paid little tax.") is None
    # a headline "Name: content" at the start of its line is still the name's
    text2 = "Doe: The new bridge will open to traffic next spring\n\nThe council met on Monday.\n"
    assert _who(text2, "Doe: The new bridge will open to traffic next spring") == "Doe"


def test_a_time_phrase_opening_a_sentence_is_no_speaker():
    text = ("Last week, angry parents protested outside the town hall and called for an inquiry. "
            "They also demanded that lessons move online.")
    rels = analyze(text).relations
    assert all(r.name != "Last" for r in rels)


def test_a_surname_that_is_a_time_word_stays_in_the_name():
    text = 'Chief Inspector Jane Night said: "We are helping partner agencies with road closures."'
    assert _who(text, "We are helping partner agencies with road closures.") == "Chief Inspector Jane Night"
    text2 = "Jane Doe this week said that the new plan for the old bridge would fail."
    assert [r.name for r in analyze(text2).relations] == ["Jane Doe"]


def test_the_and_a_capitalised_name_before_a_past_cue_speak():
    # "The Pentagon said ...", "The Post reported ...": a proper noun after "the" is the subject,
    # not a proper adjective before a noun ("the Western support")
    text = "The Pentagon said that the strike killed two fighters near the border."
    assert [r.name for r in analyze(text).relations] == ["The Pentagon"]
    text2 = '"It is over for now," the Kremlin said.'
    assert [r.name for r in analyze(text2).relations] == ["the Kremlin"]
    text3 = "Officials denounced the Western support for the rebels in the north."
    assert [r.cue for r in analyze(text3).relations] != ["support"]


def test_a_subject_with_a_relative_clause_speaks_after_it():
    text = "A pupil who fell sick in late March told the paper that she spent two nights in a clinic."
    assert [r.name for r in analyze(text).relations] == ["A pupil who fell sick in late March"]
    text2 = "Those who know him well say he is kind to everyone he meets."
    assert all(r.name != "him well" for r in analyze(text2).relations)


def test_the_and_one_capitalised_word_is_an_institution():
    from summarizer.attribution.name_kinds import classify
    assert classify("the Pentagon") == "org" and classify("The Kremlin") == "org"
    assert classify("Jane Doe") == "person"


def test_an_adjective_or_an_act_is_no_reporting_cue():
    text = "Jane Doe and her three alleged partners had reportedly been under investigation since April."
    assert all(r.cue != "alleged" for r in analyze(text).relations)
    text2 = "Shortly after Roe hit the bar, Jane Doe added a third goal when she headed home."
    assert _who(text2, text2) is None
    text3 = "Jane Doe added that the plan was sound."
    assert _who(text3, text3) == "Jane Doe"


# --- how firmly -------------------------------------------------------------------------------

def test_certainty_of_negative_quantities_and_instructions():
    assert _certainty("No deaths have been reported.") == "negated"
    assert _certainty("Fires have been reported at a depot near the port.") == "unconfirmed"
    assert _certainty("The firm ran its business through a small country where it paid almost no tax.") == "stated"
    assert _certainty("The company paid no tax.") == "negated"
    assert _certainty("The judge told him not to swear.") == "reported"
    assert _certainty("Police said the road was not safe.") == "negated"


def test_a_relative_clause_ends_at_a_dash():
    s = ("Hardliners - led by the premier, who has held power since 1983 - are said to be hostile "
         "to the talks.")
    assert _certainty(s) == "unconfirmed"


# --- quantities and places --------------------------------------------------------------------

def test_speed_rain_and_money_count_their_noun():
    assert quantities("The storm had sustained 150 mph winds.") == [{"value": 150.0, "unit": "mph", "counted": "winds"}]
    assert quantities("Some 50mm of rain fell in an hour.") == [{"value": 50.0, "unit": "mm", "counted": "rain"}]
    q = quantities("The branch paid £2.4million of tax, despite reporting profits of £410million.")
    assert [x["counted"] for x in q] == ["tax", "profits"]
    assert quantities("We have seven crews currently in the area.")[0]["counted"] == "crews"
    # a distance and a direction: the distance counts itself
    assert quantities("It was centred 200 miles southwest of the town.")[0]["counted"] == "200 miles"
    # money with nothing to name stays itself, an idiom's noun too ("to the tune of")
    assert quantities("It costs $16 million.")[0]["counted"] == "$16 million"
    assert quantities("He took money, to the tune of $2.1 billion.")[0]["counted"] == "$2.1 billion"


def test_where_is_no_speaker_and_no_quote_mark():
    assert place_of("By noon, the office had released supportive comments from Jane Doe, the mayor, and John Roe.") is None
    assert place_of("We cooperate with the state inquiry in the Netherlands.’") == "the Netherlands"
    assert place_of("Floods hit homes in Springfield on Monday.") == "Springfield"


# --- page furniture, headline and summary ------------------------------------------------------

def test_a_newsletter_promotion_line_is_furniture():
    text = ("Sign up for our science newsletter. Explore the universe with stories about discoveries and more.\n\n"
            "Astronomers have used a new telescope to look inside distant galaxies.\n")
    kept = [text[s.start:s.end] for s in content_sentences(text, 2000)]
    assert kept == ["Astronomers have used a new telescope to look inside distant galaxies."]
    # an imperative in a line of its own is not dropped for it
    text2 = "Explore the old town on foot, the mayor urged visitors on Monday.\n"
    assert len(content_sentences(text2, 2000)) == 1


def test_fallback_headline_and_lead_summary_skip_wire_tags_and_link_lines():
    text = ("(CNN)Deputies rushed a suspect from court on Thursday after he swore at a judge. "
            "He is accused of killing a college worker on Monday. Police arrested him on a beach on Tuesday.\n\n"
            "SUSPECT HELD ON MURDER CHARGE: REPORTS\n\nThe hearing resumed about 25 minutes later.\n")
    out = _code(text)
    assert not out.headline.startswith("(CNN)") and out.headline.startswith("Deputies rushed")
    assert out.summary.startswith("Deputies rushed")  # no title line: the first sentence is the lead
    assert "REPORTS" not in out.summary
