"""Session 29, read31: shapes found reading the bundled tool's output on eight CNN / Daily Mail documents no
session had read (a double murder charge abroad, an envoy's interview, an armed robber's arrest, a
wrongful-death lawsuit, arrests after deaths at sea, a protest artwork, a rape trial, a politician's post and
its critics), claim by claim against their articles. Invented sentences (names, places and topics changed),
each with what an analyst reads in it; see evals/RESULTS.md "Session 29: read31".

1. '<allegation>, a court has heard.': the allegation at trial was the outlet's `stated` fact.
2. 'In the small hours of Sunday, May 4, police say <X> ...': a long date opener pushed the police's content under
   half the sentence: the outlet's.
3. '<X> did not rule out <step>': the outlet's fact; it is X's statement (still `negated`, as tests/test_fields9.py
   and tests/test_fact10.py decided).
4. '..., Dutch police reports.' / '..., the agency reports.': no frame (a capitalised word or "the" before the body).
5. 'Some also accused her of <act>': the outlet's; a quantifier standing for people accuses.
6. Certainty: a purpose's "to determine if/whether", a relative "that was to", a counterfactual "could/would have"
   in a relative or "before" clause, "pleaded no contest", "a can of paint", and words quoted after "telling her" /
   "shouting:" were each read as the clause's hedge or negation.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.startswith(start_words))


# 1. "<allegation>, a court has heard." ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("A plumber who met a widow at a dance robbed her days later, a court has heard.", "a court"),
    ("The driver had drunk six pints before he set off, the inquest was told.", "the inquest"),
    ("The nurse forged two signatures on the forms, Hull Crown Court heard.", "Hull Crown Court"),
    ("A plumber robbed her while telling her 'old folk never check the post,' a jury has heard.", "a jury"),
])
def test_a_final_hearing_frame_gives_the_allegation_to_the_hearing(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    "The two neighbours shouted at each other, a court heard.",  # too short a content? no: 6 words, still a frame
])
def test_a_final_hearing_frame_on_a_short_clause(sentence):
    assert who(sentence, sentence) == "a court"


@pytest.mark.parametrize("sentence", [
    "Residents rushed outside when they heard a bang.",  # perception, no hearing body
    "The band played on while the crowd heard nothing, a fan said.",  # another frame closes it
])
def test_apart_heard_with_no_hearing_body_at_the_end(sentence):
    assert who(sentence, sentence) in (None, "a fan")


def test_a_court_has_heard_on_the_code_path_is_reported_not_negated():
    text = ("A plumber who met a widow at a dance robbed her days later while telling her 'old folk never check the "
            "post,' a court has heard. The trial goes on next week at the town hall in Kettleby.")
    c = _claim(code(text), "A plumber who met")
    assert c.attributed_to == "a court" and c.certainty == "reported"


# 2. a long date opener before "police say" ----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "In the small hours of Monday, March 3, police say Tom Rudd phoned them to the flat.",
    "In the small hours of a Friday night, police say the van left the depot.",
    "Late on the evening of Tuesday, June 4, officials say the gates were shut.",
])
def test_a_date_opener_does_not_push_the_speakers_content_under_half(sentence):
    assert who(sentence, sentence) is not None


@pytest.mark.parametrize("opener,expected", [
    ("In the small hours of Monday, March 3,", True),
    ("Late on the evening of Tuesday, June 4,", True),
    ("In the small hours of Sunday, after a long row over money at the bar,", False),  # content of its own
    ("In the kitchen of the flat,", False),  # a place, no time
    ("In the small hours of Monday", False),  # no comma: no opener
])
def test_date_opener_reads_only_phrases_of_date(opener, expected):
    from summarizer.attribution.time_openers import date_opener
    assert date_opener(opener) is expected


# 3. "X did not rule out Y" --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Tom Rudd did not rule out raising the levy next year.", "Tom Rudd"),
    ("Tom Rudd refused to rule out raising the levy.", "Tom Rudd"),
    ("The minister declined to rule out a rise in fares.", "The minister"),
    ("He wouldn't rule out a second vote in May.", "He"),
])
def test_not_ruling_out_is_the_speakers(sentence, name):
    assert who(sentence, sentence) == name


def test_not_ruling_out_is_the_speakers_on_the_code_path_and_stays_negated():
    text = ("The port envoy came back from talks in Velm on Friday. Ann Fry did not rule out sending more ships to the "
            "northern coast to guard the fishing fleet.")
    c = _claim(code(text), "Ann Fry did not rule out")
    assert c.attributed_to == "Ann Fry" and c.certainty == "negated"


@pytest.mark.parametrize("sentence", [
    "The court ruled out the appeal on Monday.",  # a decision, no negation
    "The board did not rule on the appeal before the break.",  # no "out"
])
def test_apart_ruling_with_no_negation_or_no_out(sentence):
    assert who(sentence, sentence) is None


# 4. "..., Dutch police reports." ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Several crates were seized at a dock, Dutch police reports.", "Dutch police"),
    ("Several crates were seized at a dock, the agency reports.", "the agency"),
    ("Two men were held after the raid on Monday, Belgian officials report.", "Belgian officials"),
])
def test_a_final_bare_report_after_a_proper_adjective_or_the(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    "They read the memos, the annual reports.",
    "The clerk filed the forms, the Monday notes.",
])
def test_apart_a_noun_phrase_ending_in_reports_or_notes(sentence):
    assert who(sentence, sentence) is None


# 5. "Some also accused her of ..." ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Some also accused her of chasing headlines to stay in office.", "Some"),
    ("Some accused him of hiding the bills.", "Some"),
    ("Many also accused him of hiding the bills.", "Many"),
])
def test_a_quantifier_standing_for_people_accuses(sentence, name):
    assert who(sentence, sentence) == name


def test_apart_a_quantifier_before_an_act_that_is_no_speech():
    s = "Some praised the chef."
    assert who(s, s) is None


# 6. certainty ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,certainty", [
    ("As part of the process, checks were carried out to determine if the clerk was fit to stand trial.", "stated"),
    ("A panel meeting that was to determine whether the clerk lied under oath was put off until June.", "stated"),
    ("Ann Lowe died after Rudd struck her in the chest moments before Rudd would have been sent off from the match.",
     "stated"),
    ("Rudd pleaded no contest to the charge and was given ten days of unpaid work.", "stated"),
    ("Then she picked up a can of green paint and started turning the old board into a sign.", "stated"),
])
def test_certainty_of_the_outlets_facts(sentence, certainty):
    assert code(sentence).claims[0].certainty == certainty


def test_words_shouted_inside_a_clause_negate_nothing_of_it():
    text = "The fair opened late on Friday in Lomby.\nA plumber, 40, took her savings despite her crying: 'No, no.'"
    assert _claim(code(text), "A plumber, 40").certainty == "stated"


@pytest.mark.parametrize("sentence,certainty", [
    ("The panel will meet to decide whether the mill can stay open.", "speculative"),
    ("The club has only ten days to decide whether to appeal the fine.", "speculative"),  # no act done for it
    ("It is unclear whether the mill can stay open.", "speculative"),
    ("The board is to vote on the mill next week.", "speculative"),
    ("The rebels could have taken the port before the storm hit.", "speculative"),
    ("This will cost the town a great deal of money.", "speculative"),
    ("The clerk did not reply to the letters from the council.", "negated"),
])
def test_apart_hedges_and_negations_that_stay(sentence, certainty):
    assert code(sentence).claims[0].certainty == certainty


def test_a_counterfactual_in_a_relative_clause_is_not_the_claims_hedge():
    s = ("The sum stands for $2 million for each of the 30 more years that Ann Lowe, 50, could have worked, according "
         "to the claim.")
    c = code(s).claims[0]
    assert c.attributed_to == "the claim" and c.certainty == "reported"


def test_allegedly_before_words_shouted_after_a_colon_stays_unconfirmed():
    # (the comma inside the quotation had closed an "aside" from "allegedly" to it, as in "X, allegedly held at a
    # farm, was freed": the hedge had been cut away)
    text = "The fair opened late on Friday in Lomby.\nTom Rudd, 34, allegedly took her savings despite her crying: 'Stop, stop.'"
    c = _claim(code(text), "Tom Rudd, 34")
    assert c.attributed_to == "unnamed sources" and c.certainty == "unconfirmed"


def test_apart_an_aside_allegedly_set_off_by_commas_stays_the_asides():
    text = "The fair opened late on Friday in Lomby.\nTom Rudd, allegedly held at a farm, was freed on Monday."
    assert _claim(code(text), "Tom Rudd, allegedly").certainty == "stated"


def test_a_counterfactual_after_a_counted_noun_and_that():
    s = ("The sum stands for $2 million for each of the 30 added years that Ann Lowe, 50, could have worked, according "
         "to the claim in Kent County court.")
    assert code(s).claims[0].certainty == "reported"


def test_a_hedge_in_a_closing_relative_clause_leaves_the_main_clause_the_outlets():
    text = ("The fair opened late on Friday in Lomby.\nThe claim also names the Kent Darts League, which is accused of "
            "letting Rudd play despite his name as a hothead.")
    s = code(text)
    assert _claim(s, "The claim also names").attributed_to == "article"
    rel = _claim(s, "The Kent Darts League is accused")  # the relative clause's own claim keeps its hedge
    assert rel.attributed_to == "unnamed sources" and rel.certainty == "unconfirmed"


# 7. a list in apposition; "they" after a place ---------------------------------------------------------------
def test_no_description_claim_for_an_item_of_a_list_in_apposition():
    text = ("The fair opened late on Friday in Lomby.\nThree men, two Danes and a Swede, who had been pulled from the sea "
            "by a coastguard boat reported the sinking once they reached the port of Hull today.")
    s = code(text)
    assert not [c for c in s.claims if c.kind == "background" and c.text.startswith(("Swede", "Danes"))]


def test_apart_a_description_of_a_name_still_made():
    text = "The fair opened late on Friday in Lomby.\nThe mayor, Jane Doe, who took office in May, opened the fair."
    assert _claim(code(text), "Jane Doe took office").kind == "background"


@pytest.mark.parametrize("text", [
    "The 20 fishermen held over the fight in Velm come from three towns. Three men reported the sinking once they "
    "reached the port today. They said they had left Bergen on Monday and drifted for three days.",
    "The fair opened in Lomby on Friday. The ferry men reported the sinking once they reached the port of Hull "
    "today. They said they had left Bergen on Monday and drifted for three days.",
])
def test_they_is_no_town_named_after_in_or_the_port_of(text):
    assert who(text, "They said they had left Bergen") not in ("Velm", "Hull")


def test_apart_they_still_finds_a_group_named_before():
    text = "Union leaders met bosses from Velm Freight in Leeds. They said the talks went well."
    assert who(text, "They said the talks went well.") == "Union leaders"


# 8. the model's summary: a quotation reworded as the outlet's -----------------------------------------------
POST = ('Councillor Ada Pike is likening the mayor to a reckless bus driver. "With his parking plan, Tom Vell is for the '
        '40,000 people of Kettleby what a drunk driver is for his passengers - a menace steering the whole town into a '
        'ditch," the Green councillor wrote in her web diary on Monday. Many readers answered her post. The plan goes to '
        'a vote in June.')


@pytest.mark.parametrize("sentence,expected", [
    ("Mayor Tom Vell is for 40,000 people of Kettleby a menace steering the whole town into a ditch.", True),
    ('Councillor Ada Pike wrote that the mayor is "a menace steering the whole town into a ditch".', False),  # marks
    ("Councillor Ada Pike said the mayor was a menace steering the town into a ditch.", False),  # a word of saying
    ("Councillor Ada Pike is likening the mayor to a reckless bus driver.", False),  # the outlet's own words
    ("The parking plan goes to a vote in June.", False),
])
def test_a_summary_sentence_that_rewords_a_quotation_as_the_outlets(sentence, expected):
    from summarizer.summary_hedges import reworded_quotation
    assert reworded_quotation(POST, sentence) is expected


def test_a_short_quoted_question_reworded_as_the_outlets():
    from summarizer.summary_hedges import reworded_quotation
    text = POST + ' "After the fact, the stranded drivers will ask, who let him do it?" she added.'
    assert reworded_quotation(text, "The stranded drivers will ask, who let him do it?") is True


# 9. page furniture, signposts; a clock time and a flight's number are no quantities ----------------------
def test_a_comment_notice_and_a_signpost_make_no_claim():
    text = ("A plumber faces two counts of theft after a court date on Monday in Kettleby. Here's what we know of the "
            "widows and the man held. The two widows lived in the same street near the old mill. Sorry, we're not "
            "accepting comments here.")
    texts = [c.text for c in code(text).claims]
    assert not any(t.startswith(("Here's what", "Sorry")) for t in texts)
    assert any(t.startswith("The two widows") for t in texts)  # apart: the news around them stays


@pytest.mark.parametrize("sentence,kind", [
    ("The raid all took place around 7 o'clock on Sunday morning at the depot in Velm.", "event"),
    ("Ann Lowe, the pilot of Flight 4410, crashed the plane into the hills above Velm.", "event"),
    ("The raid left 7 people hurt at the depot in Velm.", "quantity"),  # apart: a count stays one
])
def test_a_clock_time_and_a_flights_number_count_nothing(sentence, kind):
    assert code(sentence).claims[0].kind == kind


# 10. a photo caption inside a quotation left open by the page ----------------------------------------------
def test_a_pictured_caption_inside_an_open_quotation_is_the_pages():
    text = ("Prosecutor Ann Lowe told the court the pair met at a quiz night and shared a bottle of gin at the Crown. "
            "'She said plainly there would be nothing more and they moved on to a second pub in Leeds for beer. "
            "Rudd has denied theft at Leeds Crown Court, pictured. 'He started taking my purse and it made me uneasy, "
            "but it was not rough and later I did laugh. We got on fine,' the woman told officers in a "
            "filmed interview.")
    assert who(text, "Rudd has denied theft at Leeds Crown Court, pictured.") is None
    assert who(text, "We got on fine,") == "the woman"  # apart: her words stay hers


# 11. captions glued to the next sentence ------------------------------------------------------------------
@pytest.mark.parametrize("text,first", [
    ("Tom Rudd met his date after finding her on the 'Meet Up App' They agreed to meet by the fountain in the square.",
     "Tom Rudd met his date after finding her on the 'Meet Up App'"),
    ("Two men have been held on suspicion of 'theft of lead'  (not pictured) Red Cross staff give aid to men as they "
     "land at the port.", "Two men have been held on suspicion of 'theft of lead'  (not pictured)"),
])
def test_a_caption_with_no_stop_ends_before_the_next_sentence(text, first):
    from summarizer.chunk import split_sentences
    spans = split_sentences(text)
    assert len(spans) == 2 and text[spans[0].start:spans[0].end] == first


@pytest.mark.parametrize("text", [
    "She called the plan 'a farce' and he agreed with her at the meeting.",  # a lower-case word goes on
    "The coach said 'Enough of this' when the whistle went at the end.",
])
def test_apart_a_quoted_phrase_inside_a_sentence_stays_in_it(text):
    from summarizer.chunk import split_sentences
    assert len(split_sentences(text)) == 1


# found by the scan of 15,287 sentences of cased faithfulness texts (read31's rules on the base and after) --------
@pytest.mark.parametrize("text,sentence,name", [
    ('"The charter does not rule out a merger, so a deal can be made," Ann Fry told the Courier.',
     '"The charter does not rule out a merger', "Ann Fry"),  # inside a quotation: the speaker's, not "The charter"
    ("The charter does not rule out a merger of the two clubs.", "The charter does not", None),  # a text, no speaker
    ("Hardliners - led by the old chief, who has been in post since 1990 - are said to be against a deal.",
     "Hardliners", "unnamed sources"),  # the hedge is the main clause's, not the relative's
    ("Accused: Ann Fry, 41, who is being treated for a fall, now faces a charge for allegedly leaving her son in the rain.",
     "Accused", "unnamed sources"),
])
def test_scan_cases_of_rule_out_and_relative_hearsay(text, sentence, name):
    start = text.index(sentence)
    assert who(text, text[start:]) == name


@pytest.mark.parametrize("sentence", [
    "This came after word earlier today of a ferry sinking feared to have cost 30 lives off the coast.",
    "Six crew are feared dead after the blast at the dock in Velm.",
])
def test_a_toll_feared_is_unconfirmed(sentence):
    assert code(sentence).claims[0].certainty == "unconfirmed"


def test_apart_a_fear_held_by_someone_stays_theirs():
    s = "Residents feared the dam would break after a week of rain in the valley above Velm."
    assert code(s).claims[0].certainty != "unconfirmed"


@pytest.mark.parametrize("sentence,place", [
    ("Four men, two Danes, a Swede and one from Oslo, who had been pulled from the sea reported the wreck today.", None),
    ("A man from Leeds was arrested in York on Monday.", "York"),
    ("Supplies arrived from Oslo on Monday.", "Oslo"),  # apart: a thing's origin is where it came from
])
def test_a_persons_origin_after_from_is_no_place_of_the_claim(sentence, place):
    from summarizer.places import place_of
    assert place_of(sentence) == place


def test_a_captions_quoted_name_with_an_apostrophe_in_it():
    from summarizer.chunk import split_sentences
    text = "Tom Rudd met his date after finding her on the 'Let's Meet App' They agreed to meet by the fountain."
    assert len(split_sentences(text)) == 2
