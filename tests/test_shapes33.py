"""Session 30, shapes33: attribution shapes the lead of session 29 left (RESULTS "Session 30: shapes33").
Every sentence is invented; each `wrong` case failed on c458ce0, each `apart` case passed there and still does.
"""

from summarizer.attribution import analyze
from summarizer.chunk import split_sentences


def sources(text: str) -> list[tuple[str, str | None]]:
    """(sentence, resolved source or None) of every sentence."""
    a = analyze(text)
    out = []
    for sp in split_sentences(text):
        r = a.relation_for(sp.start, sp.end)
        out.append((text[sp.start:sp.end].strip(), r.name if r else None))
    return out


def source_of(text: str, opening: str) -> str | None:
    return next(name for sent, name in sources(text) if sent.startswith(opening))


# --- a quotation opened right after the speaker's own and never closed -------------------------------

def test_a_stray_quotation_after_a_final_frame_is_the_speakers():
    text = ("The ferry board met on Monday. Its chair, Nora Pell, mocked the levy's critics.\n\n"
            "\"The ferry firms keep raising fares and nobody stops them,\" she said. "
            "\"Book early or pay double.\n\n"
            "The board then voted on the levy.")
    assert source_of(text, "\"Book early") == "Nora Pell"
    assert source_of(text, "The board then") is None


def test_a_stray_quotation_in_the_next_paragraph_is_the_speakers():
    text = ("The valley roads were quiet in May.\n\n"
            "“The hikers stayed away this spring,” said Tomas Brindle, owner of Brindle Coaches, a tour firm in Harrow.\n\n"
            "“Walkers like a quiet pass, so the empty roads suited them.\n\n"
            "Brindle, whose firm has run tours for 13 years, said he had one refund.")
    assert source_of(text, "“Walkers like") == "Tomas Brindle"


def test_a_stray_quotation_goes_on_to_its_paragraphs_end():
    text = ("The valley roads were quiet in May.\n\n"
            "“The hikers stayed away,” said Tomas Brindle, who runs a tour firm. “We saw fewer coaches. "
            "The pass was empty for weeks.\n\n"
            "The council closed the pass in June.")
    assert source_of(text, "The pass was empty") == "Tomas Brindle"
    assert source_of(text, "The council closed") is None


def test_apart_the_outlets_sentence_after_a_quotation_stays_the_outlets():
    text = ("The valley roads were quiet in May.\n\n"
            "“The hikers stayed away,” said Tomas Brindle, who runs a tour firm. The pass reopened in June.")
    assert source_of(text, "The pass reopened") is None


def test_apart_a_stray_quotation_after_the_outlets_narration_stays_the_outlets():
    text = ("Tomas Brindle runs a tour firm in Harrow. The pass reopened in June.\n\n"
            "\"There were fewer coaches on the pass that year.\n\n"
            "The council closed it again in July.")
    assert source_of(text, "\"There were fewer") is None


def test_apart_a_stray_quotation_two_paragraphs_on_stays_the_outlets():
    text = ("The valley roads were quiet in May.\n\n"
            "“The hikers stayed away,” said Tomas Brindle, who runs a tour firm.\n\n"
            "The pass reopened in June.\n\n"
            "“Fewer coaches came over the pass that year.\n\n"
            "The council closed it again in July.")
    assert source_of(text, "“Fewer coaches") is None


# --- a frame inside a leading concessive clause ------------------------------------------------------

PRE = "Mara Quill runs the depot in Fenwick. "


def relations(sentence: str) -> list[tuple[str, str, str]]:
    """(content, source as written, resolved name) of each relation of the sentence after PRE."""
    text = PRE + sentence
    return [(text[r.start:r.end].strip(" ,."), r.source, r.name) for r in analyze(text).relations if r.start >= len(PRE)]


def test_although_x_says_a_she_admits_b_is_two_statements_of_hers():
    got = relations("Although Quill says she never forced the gate, she admits she kept a spare key for years.")
    assert [(c.split()[0], n) for c, s, n in got] == [("she", "Mara Quill"), ("she", "Mara Quill")]


def test_while_a_body_claims_a_the_main_clause_is_read_on_its_own():
    got = relations("While the Tenants Union claims the rent caps will hold, several landlords expect them to go.")
    assert got == [("the rent caps will hold", "the Tenants Union", "the Tenants Union")]


def test_although_x_said_a_the_outlets_main_clause_stays_the_outlets():
    got = relations("Although Quill said the depot was safe, the inspectors found three leaks.")
    assert got == [("the depot was safe", "Quill", "Mara Quill")]


def test_a_concessive_clause_in_a_caseless_text_is_its_speakers():
    got = relations('Although ranger lena hobb said the trails were "safe" and the huts "dry", she warned that storms would come.')
    assert got[0][1] == "ranger lena hobb"


def test_apart_a_concessive_clause_with_no_frame_stays_the_outlets():
    assert relations("While Quill said goodbye, the others left the hall.") == []
    assert relations("While prices said to be rising are a worry, the depot is safe.") == []


def test_apart_a_concessive_clause_whose_content_is_not_clear_stays_the_outlets():
    assert relations("While she said on Monday the depot was safe, the inspectors found leaks.") == []


# --- a long participial or adjectival opener before the speaker ---------------------------------------

def sentence_source(sentence: str) -> str | None:
    return source_of(PRE + sentence, sentence[:12])


def test_a_long_participial_opener_sets_the_speakers_scene():
    assert sentence_source("Perched on a hay bale behind the barn, oiling a saddle and humming to her mare ahead of "
                           "the Dunmere show, she says the $90 in her purse must cover the coming week of shows.") == "Mara Quill"


def test_a_long_adjectival_opener_sets_the_speakers_scene():
    text = ("Dal Quill sells rope in Fenwick. Ashamed of his height and wary of the jokes it drew at every market "
            "stall, Mr Quill says he stayed away from the fair for a decade.")
    assert source_of(text, "Ashamed") == "Dal Quill"


def test_apart_a_participial_opener_before_an_act_stays_the_outlets():
    assert sentence_source("Trained by the best weavers in the valley, Quill wrote over 300 rug patterns for the mill, "
                           "many of them still in use, until she retired in 1990.") is None
    assert sentence_source("Hired at the depot through a cousin on the coast, the porters knew the job would suit "
                           "them and their carts.") is None


# --- a caseless text: the speaker of an inverted tag after a closing quotation --------------------------

CASELESS = ("the welsh rider won the hill race on sunday in the hills above fenwick after a long climb through the rain "
            "and the mud of the upper valley. she had trained for months on the old quarry roads with two friends. ")


def test_a_caseless_surname_after_a_quotation_and_said_is_the_speaker():
    text = CASELESS + "\"the climb was hard on all of us,\" said brindle. the next race is in may."
    assert source_of(text, "\"the climb") == "Brindle"


def test_a_caseless_given_name_and_surname_in_a_tag_name_the_speaker_later_too():
    text = CASELESS + ("` the descent was worse than the climb,' said jo brindle. "
                       "brindle said she was tired but happy with the result.")
    assert source_of(text, "` the descent") == "Jo Brindle"
    assert source_of(text, "brindle said") == "Jo Brindle"


def test_a_caseless_tag_with_a_role_and_a_place_of_speech_is_the_speaker():
    text = CASELESS + ("\"i have enjoyed each season of my ten years at the club,\" said marr in a statement. "
                       "\"this win means a lot to me,\" said four-time welsh champion oakes.")
    assert source_of(text, "\"i have enjoyed") == "Marr"
    assert source_of(text, "\"this win means") == "four-time welsh champion Oakes"


def test_apart_a_caseless_tag_of_a_role_or_a_group_capitalises_nothing():
    from summarizer.attribution.reading_copy import reading_copy
    text = CASELESS + "\"we may lose the race next year,\" said her mother. \"the road is shut,\" said police."
    copy = reading_copy(text)
    assert "said her mother" in copy and "said police" in copy


# --- pronoun gender: an unresolved pronoun is no antecedent of another ----------------------------------

def test_he_is_never_resolved_to_an_unresolved_she():
    text = ("the woman, named only as ayla, was driven across the border by embassy staff on monday after a long wait "
            "in the capital city of the north. she has accused her husband, tomas venn, of beating her. he denies the "
            "claims. the case comes amid a wider row between the two states over visas.")
    assert source_of(text, "he denies") != "She"


def test_apart_she_after_a_named_woman_stays_hers():
    text = "Ada Pell runs the ferry. Ada Pell said the fares would rise. She said the boats were old."
    assert source_of(text, "She said") == "Ada Pell"


# --- a source counted out of a group that opens the sentence --------------------------------------------

def test_of_those_who_attended_most_said_is_said_by_most_of_them():
    assert relations("Of those who came to the hall, most said the levy was too high.") == [
        ("the levy was too high", "Of those who came to the hall, most", "most of those who came to the hall")]


def test_among_a_group_many_say_is_said_by_many_of_them():
    got = relations("Among the porters at the depot, many say the carts are unsafe.")
    assert [n for c, s, n in got] == ["many among the porters at the depot"]


def test_apart_of_course_and_a_named_speaker_after_an_of_phrase():
    assert relations("Of course, most said the plan was bad.") == []
    assert [n for c, s, n in relations("Of all the plans, the mayor said the canal was best.")] == ["the mayor"]


# --- an inverted tag with its comma missing -------------------------------------------------------------

def test_a_tag_with_no_comma_before_said_the_mayor_is_the_mayors():
    assert relations("The depot will stay open said the mayor on Monday.")[-1][2] == "the mayor"


def test_a_tag_with_no_comma_before_said_and_a_name_is_that_persons():
    assert relations("The fares on the ferry will rise in May said Ada Pell.")[-1][1:] == ("Ada Pell", "Ada Pell")


def test_apart_said_before_a_weekday_or_inside_a_clause_is_no_tag():
    assert relations("It was the same thing the porters said Monday.") == []
    assert relations("The bridge that Quill built is the one she said Pell liked.") == []


# --- a text whose sentences open with a capital but whose names are lower case ---------------------------

SENTENCE_CASED = ("The welsh rider won the hill race on sunday in the hills above fenwick after a long climb through "
                  "the rain and the mud of the upper valley. She had trained for months on the old quarry roads with "
                  "two friends from the club and a coach from the north. The club will send six riders to the next "
                  "race in the spring, and the old course will be used again once the new bridge is built. ")


def test_a_sentence_cased_text_reads_the_name_closing_a_tag():
    text = SENTENCE_CASED + "\"The climb was hard on all of us,\" said brindle. The next race is in may."
    assert source_of(text, "\"The climb") == "Brindle"


def test_a_sentence_cased_text_reads_a_surname_after_an_honorific():
    text = SENTENCE_CASED + "However, mr venn said the course was too steep for the younger riders."
    assert source_of(text, "However, mr venn") == "Mr Venn"


def test_apart_an_edited_text_keeps_a_lower_case_word_after_a_tag():
    text = ("The Welsh rider Ana Brindle won the hill race on Sunday above Fenwick. \"It was hard,\" said one. "
            "\"We may lose the race next year,\" said another.")
    from summarizer.attribution.reading_copy import reading_copy
    assert reading_copy(text) == text


def test_a_possessive_before_a_hyphenated_adjective_is_no_body_they_can_mean():
    text = ("The affair is causing jitters in Mr Pell's centre-right party, a reporter says. "
            "They are hoping the papers will clear them.")
    assert source_of(text, "They are hoping") != "Mr Pell's centre"


def test_apart_a_possessive_before_a_body_noun_is_still_a_body():
    from summarizer.attribution.name_kinds import possessive_orgs
    seg = "The vote split Acme Holdings's board last week."
    assert [seg[a:b] for a, b in possessive_orgs(seg)] == ["Acme Holdings's board"]


def test_a_sentence_cased_name_set_off_by_a_role_is_read_as_a_name():
    text = SENTENCE_CASED + ("Those doubts were shared by jo brindle, an independent rail analyst based in leeds. "
                             "She said the new line would not open before the winter.")
    assert source_of(text, "She said the new line") == "Jo Brindle"


def test_apart_a_role_set_off_before_a_tag_capitalises_nothing():
    from summarizer.attribution.reading_copy import reading_copy
    text = SENTENCE_CASED + "Angry locals, a police officer said, were waiting at the gate. His wife, a teacher, agreed."
    assert reading_copy(text).endswith("Angry locals, a police officer said, were waiting at the gate. His wife, a teacher, agreed.")
