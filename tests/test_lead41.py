"""Shapes the lead met reading three more whole three-outlet digests (session 41, issues 12 and 15): a quoted
question's tag cut off when it closes on a quoted name ('"Been yet?" X asked on what became "Open Day."'); a
reader's post introduced by "<someone> who lives near <Town>, <St.>, posted this status update:" and left
open over two paragraphs, shown as the outlet's own words; "says that as a member of the A, and the B, he is
..." cut into two fragments; ", though the world is neither," cut into a claim of its own; a negation inside a
title-case quotation ("a version of “Don't Do Stupid Stuff”") read as the sentence's; a list of quoted
items after a colon cut from its frame because "a globalized world" looked like a verb; "a march planned for
Friday", "at the time he was hoping to ..." and "was asked if ... would" making a plain fact speculative.
Invented texts; near-misses keep their reading."""

from __future__ import annotations

from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import split_sentences
from tests.reading import code, who

INTRO = "Ferry levy divides harbor board\n\nThe harbor board met on Monday to debate the ferry levy again.\n\n"


def _certainty(text: str, words: str) -> str:
    """The certainty of the whole sentence holding `words`."""
    start = text.index(words)
    sp = next(s for s in split_sentences(text) if s.start <= start < s.end)
    return certainty_for(text, sp.start, sp.end, analyze(text))


def _claims(text: str) -> list:
    return code(text).claims


def _claim(text: str, words: str):
    return next(c for c in _claims(text) if words in c.text)


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


# -- a question's tag closing on a quoted name -----------------------------------------------------------

def test_a_question_tag_closing_on_a_quoted_name_stays_with_its_question():
    text = INTRO + '"Been to the pier yet?" Councillor Ada Brook asked her readers on what turned into an informal "Pier Day."\n'
    sents = _sentences(text)
    assert any(s.startswith('"Been to the pier yet?" Councillor Ada Brook asked') for s in sents)
    assert not any(s.startswith("Councillor Ada Brook asked") for s in sents)


def test_a_question_then_a_new_sentence_with_a_quoted_name_is_still_cut():
    text = INTRO + '"Been to the pier yet?" The board then named the day "Pier Day."\n'
    sents = _sentences(text)
    assert any(s.startswith("The board then named") for s in sents)


# -- a post introduced by a colon paragraph and left open over two paragraphs ----------------------------

_POST = INTRO + ("One ferry rider who lives near Dunmore, Ore., posted this status update:\n\n"
                 "“It has been really upsetting how many of my neighbours have cheered the levy and posted their "
                 "tickets online.\n\n"
                 "So I am asking you kindly to stop sending me fare jokes — I have no use for them.”\n\n"
                 "The board will vote again in June.\n")


def test_a_post_after_a_colon_paragraph_is_its_posters_over_both_paragraphs():
    assert who(_POST, "It has been really upsetting") == "One ferry rider who lives near Dunmore"
    assert who(_POST, "So I am asking you kindly") == "One ferry rider who lives near Dunmore"


def test_the_paragraph_after_the_post_closes_is_the_outlets_again():
    assert who(_POST, "The board will vote again in June.") is None


def test_a_closed_post_does_not_run_on():
    text = INTRO + ("A rider posted this update:\n\n“The levy is a scandal.”\n\n"
                    "Fares rose by a third last year.\n")
    assert who(text, "The levy is a scandal.") == "A rider"
    assert who(text, "Fares rose by a third last year.") is None


# -- a "that" clause whose verb comes after a coordinated phrase ------------------------------------------

def test_a_fronted_phrase_after_says_that_is_not_cut_into_fragments():
    text = INTRO + ("Ada Brook chairs the board. She says that as a member of the Port Finance Committee, and the "
                    "Harbor Safety Committee, she is privy to figures that shape her vote.\n")
    c = _claim(text, "privy to figures")
    assert c.text.startswith("She says that as a member of the Port Finance Committee, and the Harbor Safety Committee")
    assert not any(x.text.startswith("She says that as a member") and "privy" not in x.text for x in _claims(text))


def test_two_said_clauses_joined_by_and_stay_two_claims():
    text = INTRO + ("Ada Brook said that the levy had failed twice, and the harbor master said the ferries would "
                    "keep running.\n")
    texts = [c.text for c in _claims(text)]
    assert len([t for t in texts if "failed twice" in t or "keep running" in t]) == 2


# -- ", though X is neither," ---------------------------------------------------------------------------

def test_a_clause_closed_by_neither_stays_with_the_clause_it_points_back_to():
    text = INTRO + ("Ada Brook spoke first. “This would be a priority even in calm and quiet years, though the harbor "
                    "today is neither,” Ms. Brook said.\n")
    c = _claim(text, "is neither")
    assert "calm and quiet years" in c.text


def test_a_though_clause_with_its_own_complement_is_still_its_own_claim():
    text = INTRO + ("Ada Brook spoke first. “The levy would fund two new ferries, though the harbor today is calm "
                    "and quiet,” Ms. Brook said.\n")
    texts = [c.text for c in _claims(text)]
    assert not any("two new ferries" in t and "calm and quiet" in t for t in texts)


# -- a title-case quotation --------------------------------------------------------------------------

def test_a_negation_inside_a_title_case_quotation_is_a_name():
    text = INTRO + "The board's doctrine is a gentler version of “Don't Rock The Boat.”\n"
    assert _certainty(text, "The board's doctrine is a gentler version") == "stated"


def test_a_lower_case_quoted_negation_in_the_outlets_voice_still_negates_its_sentence():
    text = INTRO + "The board did not adopt the “rock the boat” doctrine.\n"
    assert _certainty(text, "The board did not adopt") == "negated"


# -- a list of quoted items after a colon ------------------------------------------------------------

def test_a_quoted_list_after_a_colon_stays_with_its_frame():
    text = INTRO + ('In laying out what her office calls the "Brook Plan," the chair said she was guided by three '
                    'aims: "steady fares," "the safety of the ferries in a crowded harbor" and "clarity regarding '
                    'the board’s core duties in a globalized trade."\n')
    c = _claim(text, "three aims")
    assert "steady fares" in c.text
    assert c.attributed_to != "article"


def test_a_colon_before_a_clause_with_its_own_verb_is_still_a_cut():
    text = INTRO + ("The chair gave one reason: the ferries had aged badly and the harbor had grown crowded in a "
                    "globalized trade.\n")
    assert any(c.text.startswith("The chair gave one reason") for c in _claims(text))


# -- a schedule, a time clause, a question asked -----------------------------------------------------

def test_a_nouns_schedule_does_not_make_the_clause_speculative():
    text = INTRO + "Riders are also signing up to join a “Fare Day” protest planned for Friday at the pier.\n"
    assert _certainty(text, "Riders are also signing up") == "stated"


def test_a_planned_predicate_is_still_speculative():
    text = INTRO + "A protest is planned for Friday at the pier.\n"
    assert _certainty(text, "A protest is planned for Friday") == "speculative"


def test_a_hope_inside_an_at_the_time_clause_is_not_the_clauses():
    text = INTRO + "Ada Brook defended her role in the talks at the time she was hoping to become chair.\n"
    assert _certainty(text, "Ada Brook defended her role") == "stated"


def test_a_hope_in_the_main_clause_is_still_speculative():
    text = INTRO + "Ada Brook was hoping to become chair at the next vote.\n"
    assert _certainty(text, "Ada Brook was hoping") == "speculative"


def test_a_passive_question_asked_is_a_fact_not_a_forecast():
    text = INTRO + "During her hearing this week, Ada Brook was asked if the board would have broken the law if it had raised fares.\n"
    assert _certainty(text, "During her hearing this week") == "stated"


def test_a_question_asked_by_the_subject_keeps_its_reading():
    text = INTRO + "Ada Brook asked whether the board would raise fares.\n"
    assert _certainty(text, "Ada Brook asked whether") == "speculative"


def test_an_event_still_scheduled_stays_speculative():
    text = INTRO + "The harbor office, which is hosting the hearing, said on Monday the vote is still scheduled for Friday.\n"
    assert _certainty(text, "the vote is still scheduled") == "speculative"


def test_at_the_time_after_saying_is_no_time_clause():
    # (lead42: a trailing "saying ..." participle's negation is no longer its main clause's, so the shape is read
    # on a speech verb's own content)
    text = INTRO + "Ada Brook said at the time she was not willing to cut the ferry service.\n"
    assert _certainty(text, "said at the time") == "negated"


# -- "One <noun>, <Name>, ..." then '"...," he said' -------------------------------------------------------

_ONE = INTRO + ("“That sounds like a toll road to me,” said Councillor Tom Reyes of Northside.\n\n"
                "One Democrat, Councillor Sam Hale of Eastport, even raised the threat of a recall vote.\n\n"
                "“We know where that will lead,” he said.\n")


def test_a_name_introduced_after_one_noun_is_the_next_he():
    assert who(_ONE, "We know where that will lead") == "Councillor Sam Hale"


def test_with_no_new_name_the_last_speaker_keeps_the_pronoun():
    text = _ONE.replace("One Democrat, Councillor Sam Hale of Eastport, even raised the threat of a recall vote.",
                        "The board then raised the threat of a recall vote.")
    assert who(text, "We know where that will lead") == "Councillor Tom Reyes"


# -- spelled numbers and codes ------------------------------------------------------------------------

def test_one_hundred_eighteen_is_one_count():
    from summarizer.quantity import quantities
    for text in ("“One hundred-eighteen visits and nobody asked?” he said.", "One hundred eighteen visits were logged."):
        assert [(q["value"], q["counted"]) for q in quantities(text)] == [(118.0, "visits")]


def test_one_of_a_hundred_is_still_a_hundred():
    from summarizer.quantity import quantities
    assert [q["value"] for q in quantities("One of the hundred visitors left.")] == [100.0]


def test_a_tax_code_designation_is_no_count():
    from summarizer.quantity import quantities
    assert quantities("It is seeking details from 501 c3,4,5 organizations.") == []
    assert [q["value"] for q in quantities("It is seeking details from 501 charities.")] == [501.0]


# -- a clip's caption -----------------------------------------------------------------------------------

def test_a_clips_caption_is_no_claim():
    text = INTRO + ("Harbor Watch Director of Research Lena Moss on how the board chair asked to keep her pass after "
                    "joining the inquiry.\n\nThe board will vote again in June.\n")
    assert not any(c.text.startswith("Harbor Watch Director") for c in _claims(text))


def test_a_sentence_with_a_verb_before_on_how_is_a_claim():
    text = INTRO + "Lena Moss reported on how the board chair asked to keep her pass after joining the inquiry.\n"
    assert any(c.text.startswith("Lena Moss reported on how") for c in _claims(text))


# -- a rebuttal with no words of its own -------------------------------------------------------------

def test_a_bare_rebuttal_has_no_trailing_space():
    from summarizer.digest.onesentence import split_sides
    found = split_sides("They argued that by speaking first, she had waived her right and could be made to testify, "
                        "a contention her lawyer disputed.")
    assert found is not None and found[2] == found[2].strip() and found[2].startswith("disputed")


def test_a_heading_with_an_article_and_a_comma_introduces_no_one():
    text = _ONE.replace("One Democrat, Councillor Sam Hale of Eastport, even raised the threat of a recall vote.",
                        "A Costly, Divided Board.")
    assert who(text, "We know where that will lead") == "Councillor Tom Reyes"


# -- conflict reasons read as English --------------------------------------------------------------

def test_a_plural_corrector_and_the_outlets_voice_read_as_english():
    from summarizer.digest.reasons import fluent
    assert fluent("in one article, prosecutors corrects Ada Holt", ["Ada Holt", "prosecutors"]) == \
        "in one article, prosecutors correct Ada Holt"
    assert fluent("in one article, Ada Holt negates what article asserts", ["Ada Holt", "article"]) == \
        "in one article, Ada Holt negates what the outlet asserts"


def test_article_as_a_noun_stays_a_noun():
    from summarizer.digest.reasons import fluent
    assert fluent("in one article, Ada Holt calls the article false", ["Ada Holt", "article"]) == \
        "in one article, Ada Holt calls the article false"


# -- a document's subject swallowing a clause ------------------------------------------------------

def test_a_clause_after_a_documents_noun_is_not_its_source():
    text = INTRO + "The first report sent the board into a furor as it suggested that the chair may have broken the rules.\n"
    start = text.index("The first report")
    rel = analyze(text).relation_for(start, len(text.rstrip()))
    assert rel is None or "furor" not in rel.source


def test_a_documents_participle_tail_is_still_its_source():
    text = INTRO + "The letter sent to the chair says that the ferry will stop in May.\n"
    assert who(text, "The letter sent to the chair says") == "The letter sent to the chair"


def test_a_determiner_before_a_name_and_its_verb_keeps_the_verb():
    text = INTRO + ("Despite recent delays, the Harbor Works Ministry announced the opening of Pier Nine in the east "
                    "basin, though these claims remain unverified by independent sources.\n")
    assert any("announced the opening of Pier Nine" in c.text for c in _claims(text))


def test_called_with_an_al_adjective_after_an_apposition_is_a_judgement():
    text = INTRO + "Kara Voss, a lawyer, called the levy illegal.\n"
    assert who(text, "called the levy illegal") == "Kara Voss"


def test_called_with_no_adjective_is_no_judgement():
    text = INTRO + "Kara Voss, a lawyer, called the harbor police.\n"
    assert who(text, "called the harbor police") is None


def test_it_is_likewise_unknown_is_an_open_question():
    text = INTRO + "It is likewise unknown how serious the chair is about raising the fares.\n"
    assert _certainty(text, "It is likewise unknown") == "speculative"


def test_a_known_fact_stays_stated():
    text = INTRO + "It is well known that the chair visited the pier on Monday.\n"
    assert _certainty(text, "It is well known") == "stated"


def test_a_count_inside_a_denied_accusation_is_the_outlets():
    from summarizer.digest.rowcontext import in_denied_object
    text = "During his campaign, Tom Reyes dismissed allegations of fraud against himself from more than a dozen vendors."
    assert in_denied_object(text, "vendors", "Tom Reyes")


def test_a_count_the_denier_gives_is_still_theirs():
    from summarizer.digest.rowcontext import in_denied_object
    assert not in_denied_object("Tom Reyes denied that 40 vendors were unpaid.", "vendors", "Tom Reyes")


# -- a concession inside what a relative clause's speakers claim ---------------------------------------

def test_a_pronoun_concession_after_a_relative_cue_stays_in_the_claim():
    text = INTRO + ("The paper interviewed three other riders who were students at the time who claimed Reyes followed "
                    "them when he was in his forties, though he did not threaten them in any way.\n")
    assert not any(c.text.startswith("He did not threaten") for c in _claims(text))
    c = _claim(text, "did not threaten")
    assert c.text.startswith("The paper interviewed") and c.certainty != "negated"


def test_a_concession_with_a_new_subject_is_still_its_own_claim():
    text = INTRO + "The board met two riders who said the fares were high, though the chair disagreed with them.\n"
    assert any(c.text.startswith("The chair disagreed") for c in _claims(text))
