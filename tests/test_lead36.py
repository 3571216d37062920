"""Shapes the lead met reading the bundled tool's full output on real news from outside the project's dev topics
(session 36, issues 12 and 14): "The report from the <Committee> on the <Safety of X> says that ..." shown as the
outlet's fact; "A release from <X> about <topic> said ..." the outlet's; "..., the full report ... can be read here."
shown as a claim; a long first line shown as the headline cut mid-phrase ("... in squalid conditions in …").
Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.chunk import is_furniture
from summarizer.summary_grounding import _shortened
from tests.reading import code, who


@pytest.mark.parametrize("source, name", [
    ("The report from the Advisory Board on the Safety of Roads (ABSR)", "the Advisory Board on the Safety of Roads (ABSR)"),
    ("A report by the Committee on the Safety of Ferries", "the Committee on the Safety of Ferries"),
    ("The report from the Council on Rural Housing", "the Council on Rural Housing"),
])
def test_a_report_from_a_body_named_with_on_the_is_the_bodys(source, name):
    text = f"{source} says that for older bridges the risk ranges between nine and 15 days by test."
    assert who(text, text) == name


@pytest.mark.parametrize("source, name", [
    ("A release from the mayor about the planned closure", "the mayor"),
    ("A statement from the Harbour Board on the night of the vote", "the Harbour Board"),
    ("A letter from the head teacher over the new timetable", "the head teacher"),
])
def test_a_statement_from_a_source_about_a_topic_is_the_sources(source, name):
    text = f"{source} said that the road would close in May for repairs."
    assert who(text, text) == name


def test_near_misses_of_the_statement_topic_keep_their_reading():
    # not a statement noun: the man from the shop is the subject as a whole
    text = "The man from the shop on the corner said that the road would close in May."
    assert who(text, text) == "The man from the shop on the corner"
    # a lower-case topic after "on the": the statement's source ends before it
    text = "A report by the council on the state of the roads said that the bridge would close."
    assert who(text, text) == "the council"
    # a statement released, then others speak: the sentence as a whole is no one's
    text = ("A statement from the mayor about the closure was released on Monday, and residents said that the road "
            "would close in May.")
    assert who(text, text) is None


@pytest.mark.parametrize("line", [
    "Readers wanting the panel's whole case on the ferry ruling will find that its report can be read here.",
    "The full statement can be read here.",
    "A recording of the hearing may be heard in full here.",
])
def test_a_pointer_to_a_link_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The bodies can be found here and in the next valley, police said.",
    "Its report can be read online from Monday.",
    "Tickets can be bought here.",
])
def test_a_sentence_with_here_that_is_news_is_not_furniture(line):
    assert not is_furniture(line)


def test_a_link_pointer_is_no_claim():
    text = ("The ban on the old ferry routes is being lifted from 7 November, the transport board said.\n\n"
            "Readers wanting the board's whole case on the ferry ruling will find that its full report "
            "can be read here.")
    assert not any("can be read here" in c.text for c in code(text).claims)


@pytest.mark.parametrize("line, shown", [
    ("Inspectors say they have found signs of pupils being kept in cold, damp rooms at four sites near Pellby which "
     "have since shut.",
     "Inspectors say they have found signs of pupils being kept in cold, damp rooms"),
    ("Police in the northern town of Pellby have arrested three men after a fire in which two people died on Sunday.",
     "Police in the northern town of Pellby have arrested three men after a fire"),
    # not after a participle whose object would be cut ("..., killing" / "at least"): an earlier break
    ("A quarry wall gave way in the hill country of Dorva on Tuesday night, trapping at least four workers, local radio said.",
     "A quarry wall gave way in the hill country of Dorva"),
])
def test_a_long_first_line_is_cut_before_a_modifier_phrase(line, shown):
    assert _shortened(line.split(), 14) == shown


@pytest.mark.parametrize("line", [
    # a cut before "on Tuesday" would leave "said" with nothing said
    "The mayor of the small northern town of Pellby said on Tuesday that the old bridge would close for good.",
    # no modifier word within the bound: cut at the bound, marked
    "He said: \"The water came up through the floors and we lost everything we had in the house in minutes.\"",
])
def test_a_long_first_line_without_a_clean_break_is_cut_with_an_ellipsis(line):
    assert _shortened(line.split(), 14).endswith(" …")


def test_a_short_first_line_is_whole():
    assert _shortened("A short first line of the story.".split(), 14) == "A short first line of the story."


@pytest.mark.parametrize("sentence, name", [
    ("The mayor issued a statement saying that the storm flattened every shed on the allotments.", "The mayor"),
    ("The union put out a statement saying members would strike next week.", "The union"),
    ("Tara Vell posted a photo and a message saying that the flood ruined every guitar in the studio.", "Tara Vell"),
    ("The Harbour Board sent a letter to staff saying that 200 jobs would go by March.", "The Harbour Board"),
    ("But Vell’s campaign put out a statement saying the story is “baseless” and untrue.", "Vell’s campaign"),
])
def test_a_text_the_subject_gives_out_saying_something_is_the_subjects(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    "Protesters waved a sign saying the plant must close.",  # a sign's words, not a statement the subject gave out
    "The board read out a letter saying that the plant must close.",  # someone else's letter read out
])
def test_a_thing_carrying_words_is_not_its_holders_statement(sentence):
    assert who(sentence, sentence) is None


@pytest.mark.parametrize("sentence, name", [
    ("The agency issued a warning that rivers could burst their banks overnight.", "The agency"),
    ("The Weather Office sounded a warning that rivers could burst their banks overnight.", "The Weather Office"),
])
def test_a_warning_the_subject_issues_is_the_subjects(sentence, name):
    assert who(sentence, sentence) == name


def test_a_warning_that_did_something_is_no_ones_statement():
    sentence = "Police issued a warning that sparked panic in the town on Monday."
    assert who(sentence, sentence) is None


def test_a_players_score_from_a_name_is_no_place():
    from summarizer.places import place_of
    assert place_of("Unanswered second-half tries from Jon Mayle, Marsh and Henry Purl sealed the win.") is None
    assert place_of("He took over kicking duties from Barnes after a head injury.") is None
    assert place_of("The squad arrived from Pellby on Monday.") == "Pellby"


def test_a_desk_handle_glued_to_a_team_sheet_is_furniture():
    assert is_furniture("Referee: Paul Garde (France)For the latest rugby news follow @deskrugby on Twitter.")
    assert not is_furniture("Fans were told to follow the team on its tour of France.")


@pytest.mark.parametrize("sentence", [
    "The law seeks to end the era of revolving governments and unstable coalitions.",
    "The bill wants to give councils the power to set their own rates.",
])
def test_a_laws_purpose_is_no_ones_wish(sentence):
    assert who(sentence, sentence) is None


@pytest.mark.parametrize("sentence, name", [
    ("The council seeks to end the era of revolving governments and unstable coalitions.", "The council"),
    ("The law firm wants to end the era of revolving governments.", "The law firm"),
])
def test_a_bodys_wish_stays_the_bodys(sentence, name):
    assert who(sentence, sentence) == name


def test_a_first_line_shown_as_the_headline_keeps_its_source_when_cut():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    article = ("A quarry wall gave way in the hill country of Dorva on Tuesday night, trapping at least four workers and "
               "leaving 30 unaccounted for, local radio reported.\n\nDiggers reached two of the workers on Wednesday.")
    draft = DraftSummary(headline="Quarry collapse traps 90 in Velmora", summary="Diggers reached two of the workers on Wednesday.")
    headline, _, warnings = grounded_summary(Text(article), draft, article)
    assert any("first line" in w for w in warnings)
    assert headline == "A quarry wall gave way in the hill country of Dorva, local radio says"


def test_a_first_line_shown_whole_keeps_its_own_frame():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    article = "Police said 40 homes were flooded in Kelby.\n\nThe mayor said repairs would take weeks."
    draft = DraftSummary(headline="Floods hit 90 homes in Velmora", summary="The mayor said repairs would take weeks.")
    headline, _, _ = grounded_summary(Text(article), draft, article)
    assert headline == "Police said 40 homes were flooded in Kelby."


def test_double_encoded_text_is_repaired_on_load_and_said_so():
    from summarizer.load import decode
    raw = "Sterling fell 0.6% to â‚¬1.2605, a trader said: â€œIt is nervous.â€\x9d The club paid Â£2m."
    text, _, warnings = decode(raw.encode("utf-8"), "copy.txt", 10_000)
    assert text == "Sterling fell 0.6% to €1.2605, a trader said: “It is nervous.” The club paid £2m."
    assert any("double-encoded" in w for w in warnings)


@pytest.mark.parametrize("clean", ["Café owners in Zürich said “no” to the naïve façade plan.", "Prices rose 3% to £2,400."])
def test_clean_text_with_accents_and_curly_marks_is_left_alone(clean):
    from summarizer.load import decode
    text, _, warnings = decode(clean.encode("utf-8"), "clean.txt", 10_000)
    assert text == clean and not warnings
