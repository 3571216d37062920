"""Errors found by reading the code path's claims on news it was not tuned on (session 4, read5):
each test is a sentence written for the test, of the shape that went wrong."""

from __future__ import annotations

from summarizer.attribution import analyze
from summarizer.attribution.name_kinds import classify
from summarizer.chunk import Span, is_furniture, split_sentences
from summarizer.dates import find_phrase
from summarizer.places import place_of
from summarizer.picks import as_sentence, claim_parts
from summarizer.quantity import quantities
from summarizer.verify import furniture_kind
from tests.reading import code, who as _who


def _parts(sentence: str) -> list[str]:
    return [as_sentence(c.quote(sentence)) for c in claim_parts(sentence, Span(0, len(sentence)))]


def _code(text: str):
    return code(text, "read5.txt")


def test_a_colon_quotation_ends_when_it_closes_in_a_one_paragraph_article():
    # a one-paragraph article: every sentence after "X said: '...'" was given to X
    text = ("The bridge was closed on Monday. Inspector Jane Doe said: 'The cracks were found during a routine check.' "
            "Engineers then measured the deck. The council voted to fund repairs.")
    assert _who(text, "'The cracks were found during a routine check.'") == "Inspector Jane Doe"
    assert _who(text, "Engineers then measured the deck.") is None
    assert _who(text, "The council voted to fund repairs.") is None


def test_a_colon_quotation_still_runs_on_while_it_is_open():
    text = ("Inspector Jane Doe said: 'The cracks were found during a routine check. "
            "'We closed the bridge at once.' The council voted to fund repairs.")
    assert _who(text, "'We closed the bridge at once.'") == "Inspector Jane Doe"
    assert _who(text, "The council voted to fund repairs.") is None


def test_a_single_quoted_statement_names_its_speaker_without_the_quote_mark():
    text = "The club lost on Saturday.\n\n'We never stopped believing in this squad,' Mr Doe said.\n"
    assert _who(text, "'We never stopped believing in this squad,' Mr Doe said.") == "Mr Doe"
    text2 = "The players' union said it would appeal the fine.\n"
    assert _who(text2, text2.strip()) == "The players' union"


def test_a_town_ending_in_a_place_noun_is_not_a_person_he_can_refer_to():
    assert classify("Cedar Springs") == "place"
    assert classify("Elm Street") == "place"
    text = ("Senator John Roe said at a rally in Cedar Springs that the dam had failed.\n\n"
            "\u201cNobody knows exactly what is going on,\u201d he said.\n")
    assert _who(text, "\u201cNobody knows exactly what is going on,\u201d he said.") == "Senator John Roe"


def test_a_titled_name_before_a_comma_phrase_is_the_subject():
    text = ("Democratic nominee Jane Doe, at a later press gaggle, said, \u201cI have been briefed about the fire. "
            "We will rebuild every home.\u201d\n")
    assert _who(text, "We will rebuild every home.\u201d") == "Jane Doe"
    assert [r.name for r in analyze("Democratic nominee Jane Doe, at a later press gaggle, said the roads were open.").relations] \
        == ["Jane Doe"]


def test_the_addressee_of_told_is_no_speaker_and_a_party_tag_follows_a_name():
    text = "Jane Roe, the mayor's chief of staff, told the Gazette that the repairs would take weeks.\n"
    assert [r.name for r in analyze(text).relations] == ["Jane Roe"]
    text2 = "\u201cIt is very unusual,\u201d Senate Minority Whip John Doe, D-Ill., told the outlet.\n"
    assert _who(text2, text2.strip()) == "Senate Minority Whip John Doe"
    text3 = "The bill will pass, Rep. Jim Poe, R-N.Y., said on Monday.\n"
    assert [r.name for r in analyze(text3).relations] == ["Rep. Jim Poe"]


def test_captions_and_video_warnings_are_furniture_and_a_caption_label_is_no_speaker():
    assert furniture_kind("Sentenced: John Doe, 41, was jailed for two years by magistrates.") == "photo caption"
    assert furniture_kind("Pictured: the flooded high street on Tuesday.") == "photo caption"
    assert furniture_kind("Ahmed: we will rebuild the school.") is None  # a name ending in -ed
    assert is_furniture("Video contains footage some viewers may find distressing .")
    text = "Sentenced: John Doe, 41, was jailed for two years by magistrates in the county.\n"
    assert _who(text, text.strip()) is None


def test_a_sentence_opening_with_in_and_a_place_has_that_place():
    assert place_of("In Springfield, crews cleared the roads overnight.") == "Springfield"
    assert place_of("Power was cut in the Ridgeway area, the utility said.") == "the Ridgeway area"
    assert place_of("In March, the bank raised its rates.") is None


def test_a_time_word_in_capitals_is_part_of_a_name():
    assert find_phrase("She told USA TODAY the plan was dead.") is None
    assert find_phrase("She told USA TODAY on Monday the plan was dead.") == "on Monday"


def test_a_house_number_is_no_quantity():
    assert quantities("The fire started in front of 131 West 23rd Street, officials said.") == []
    assert [q["value"] for q in quantities("Police arrested 12 people on Elm Street.")] == [12.0]


def test_clause_parts_that_are_no_sentence_stay_with_their_clause():
    # a relative clause between dashes: the subject was too short to be a part of its own
    assert _parts("The proposals \u2014 which also included new parking fees \u2014 drew criticism from local groups.") == [
        "The proposals \u2014 which also included new parking fees \u2014 drew criticism from local groups."]
    # an appositive noun phrase after a dash or a colon
    assert _parts("Prices for the tickets are high \u2014 a sign of the shortage of seats this year.") == [
        "Prices for the tickets are high \u2014 a sign of the shortage of seats this year."]
    assert _parts("The plan got support from at least one local parent: Jane Roe, whose son, Tim, was hurt.") == [
        "The plan got support from at least one local parent: Jane Roe, whose son, Tim, was hurt."]
    # a clause ending in "that" keeps what follows
    assert len(_parts("At a meeting last week they had told the residents that, while a flood was not impossible, "
                      "it was not likely.")) == 1
    # an opening phrase is dropped, not shown as a claim
    assert _parts("Following initial reports of a leak at the plant, but before officials had commented, "
                  "the mayor said the water was safe.") == [
        "Before officials had commented, the mayor said the water was safe."]
    # two clauses that stand alone are still two claims
    assert len(_parts("The council approved the new budget on Monday, and the mayor said taxes would rise.")) == 2


def test_names_with_a_curly_apostrophe_are_found_in_their_evidence():
    # "O’Brien" and "I’ve" were rejected as names missing from the evidence (the context is folded to "'")
    text = ("The fire broke out around 9 p.m. in a warehouse near the port, according to Fire Chief Dan O\u2019Brien.\n\n"
            "Mayor Jane Roe said, \u201cI\u2019ve been briefed about the fire and we will help every family.\u201d\n")
    s = _code(text)
    texts = " ".join(c.text for c in s.claims)
    assert "O\u2019Brien" in texts or "O'Brien" in texts
    assert "briefed" in texts
    assert not [r for r in s.rejected_claims if r.reason.startswith("name ")]


def test_the_fallback_headline_is_not_a_photo_caption():
    text = ("Pictured: the flooded high street in the town on Tuesday morning.\n\n"
            "Floods closed the high street of the town on Tuesday after a night of heavy rain.\n")
    assert not _code(text).headline.startswith("Pictured")


def test_split_sentences_keeps_the_sentences_these_tests_use():
    # guards the tests above: each test sentence is one sentence for the splitter
    s = "Inspector Jane Doe said: 'The cracks were found during a routine check.' Engineers then measured the deck."
    assert len(split_sentences(s)) == 2


def test_an_inverted_opening_cue_is_not_part_of_the_name():
    # "Said Ellis: ..." gave the source "Said Ellis", and the next paragraph's "The mayor said ..." resolved to it
    text = ("The council met on Monday to discuss the new budget for the coming year.\n\n"
            "Said Ellis: \"We cannot keep spending money we do not have on projects nobody asked for.\"\n\n"
            "The mayor said the plan would be revised before the vote next week.\n")
    who = {c.text[:12]: c.attributed_to for c in _code(text).claims}
    assert who["Said Ellis: "] == "Ellis"
    assert who["The mayor sa"] == "The mayor"


def test_a_coordinated_part_without_its_own_subject_stays_with_its_clause():
    # "Has not <kept> that <pledge>." and "Of an <year> ruling ..." were shown as claims
    for s in ("The senator said he would repay the $8,000 to the treasury, but has not yet kept that pledge.",
              "Dropping the rule would throw out a key safeguard, and would be harmful to the town's own aims.",
              "He said the ban rested on a misreading of the law, and of a 1990 court ruling that he argued applied only to residents."):
        assert _parts(s) == [s]
    # a coordinated clause with its own subject, or an opener phrase before one, still stands alone
    assert _parts("The plant closed in March, and in 2010 the company said that it would leave the state.") == [
        "The plant closed in March.", "In 2010 the company said that it would leave the state."]
    assert _parts("The deal was signed in May, and about 300 workers will lose their jobs.") == [
        "The deal was signed in May.", "About 300 workers will lose their jobs."]


def test_a_time_phrase_after_a_final_cue_is_no_clause_of_its_own():
    # '..., X told Politico on Tuesday, several hours after the comments were reported.' went to
    # 'unnamed sources' (the passive in the time phrase) and its first sentence to the outlet
    text = ("“We all value the rule. But the court has never ruled on the question,” Deputy Mayor Ann Lee told "
            "a radio station on Tuesday, several hours after the remarks were reported.")
    assert [c.attributed_to for c in _code(text).claims] == ["Deputy Mayor Ann Lee"] * 2


def test_a_wire_tag_opening_the_article_is_not_part_of_the_claim():
    texts = [c.text for c in _code("(CNN)Jane Roe was sentenced to ten years in prison on Monday for the fraud.\n").claims]
    assert texts == ["Jane Roe was sentenced to ten years in prison on Monday for the fraud."]
    texts = [c.text for c in _code("(Reuters) - The bank raised its main interest rate by a quarter point on Tuesday.\n").claims]
    assert texts == ["The bank raised its main interest rate by a quarter point on Tuesday."]


def test_years_fractions_modals_and_time_phrases_are_not_counts():
    # read in a digest's quantity table: "Supreme Court 1898", "two-thirds vote 2", "non-citizens cannot 2"
    assert quantities("He cited an 1898 Supreme Court ruling.") == []
    assert quantities("The law was passed in 1865 by the state.") == []
    assert quantities("It requires a two-thirds vote of both houses.") == []
    assert quantities("Three-quarters of voters agreed.") == []
    assert [q["counted"] for q in quantities("Critics say two non-citizens cannot have a citizen child.")] == ["non-citizens"]
    assert [q["counted"] for q in quantities("The company sold 1,898 cars last year.")] == ["cars"]
    # a count of that size written without a comma is still a count
    assert [(q["value"], q["counted"]) for q in quantities("About 1500 people marched.")] == [(1500.0, "people")]


def test_a_case_name_does_not_end_a_sentence():
    text = "The court ruled in U.S. v. Lee Chun Fat that a man born abroad was a resident. The case Roe v. Wade was decided in 1973."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "The court ruled in U.S. v. Lee Chun Fat that a man born abroad was a resident.", "The case Roe v. Wade was decided in 1973."]


def test_a_date_label_opening_a_line_is_not_part_of_its_first_sentence():
    # seed 004 opens "date 2023-11-17 Russian officials assert ...": the claim and its source began with the label
    text = "date 2024-05-01 City officials said that the bridge would reopen in June.\n\nThe date 2024-05-01 was set by the council.\n"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "City officials said that the bridge would reopen in June.", "The date 2024-05-01 was set by the council."]
    assert _code(text).claims[0].attributed_to == "City officials"
