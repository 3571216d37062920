"""Shapes the lead met reading the bundled model's full output on invented articles (session 33, issue 12):
a passive "were told, according to X" lost X; a one-word short name ("Grell", for "Grell Motors") denying a
report or an allegation lost the denial's speaker; a name that ends a sentence ("... led by Grell.") did not
count as a name capitalised mid-sentence. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import code, who

MILL = """Grell Motors paused work at its Tarne plant on Monday after a fire in the paint shop.

Inspectors were informed, according to the company, which declined to give a cause.

Grell denied a report in a local paper that it had ignored earlier warnings.

The talks with the union were led by Brask. Brask dismissed claims that the plant would close.

The works council was told on Friday, according to two staff members.

Output fell by a third in the first week, the union said.
"""


@pytest.mark.parametrize("sentence, source", [
    ("Inspectors were informed, according to the company, which declined to give a cause.", "Grell Motors"),
    ("The works council was told on Friday, according to two staff members.", "two staff members"),
    ("Grell denied a report in a local paper that it had ignored earlier warnings.", "Grell Motors"),
    ("Brask dismissed claims that the plant would close.", "Brask"),
])
def test_the_source_is_found(sentence, source):
    assert who(MILL, sentence) == source


@pytest.mark.parametrize("text, sentence", [
    # a speaker before ", according to": the record only relays her words (the rule the passive skips)
    ("Shares fell sharply. \u201cWe will rebuild,\u201d Ada Quell said, according to a transcript.",
     "\u201cWe will rebuild,\u201d Ada Quell said, according to a transcript."),
])
def test_a_speaker_before_according_to_keeps_the_sentence(text, sentence):
    assert who(text, sentence) == "Ada Quell"


@pytest.mark.parametrize("text, sentence", [
    ("Fighting continued overnight in the hills.", "Fighting continued overnight in the hills."),
    ("Lawmakers met on Monday. Congress rejected the bill on a vote of 60 to 40.",
     "Congress rejected the bill on a vote of 60 to 40."),
    ("Rain fell all day. Flooding closed the road.", "Flooding closed the road."),
])
def test_a_first_word_that_is_no_speaker_stays_the_outlets(text, sentence):
    assert who(text, sentence) is None


def test_the_denial_is_the_companys_and_denied():
    claims = code(MILL).claims
    denial = next(c for c in claims if "local paper" in c.text)
    assert denial.attributed_to == "Grell Motors"  # the short name resolved to the full one
    assert denial.certainty == "denied"
    told = next(c for c in claims if c.text.startswith("Inspectors were informed"))
    assert told.attributed_to == "Grell Motors"  # "the company" resolved
    assert told.certainty != "stated"


FIRE = """Hill fire not yet under control

A grass fire in the Orlan valley has burned about 800 hectares, the county said on Sunday.

More than 300 residents of Pell, Arno and Vise were moved to a school hall in the town of Kester, its mayor, Ida Rook, said.

The fire was started on purpose, said a police source, who spoke on the condition he not be named.

Crews were pulled back overnight, said a firefighter who asked for her name to be withheld.

Prices of hay rose, said a trader at the Kester market, adding that farmers were buying early.

The road to Pell reopened, said a fisherman.
"""


@pytest.mark.parametrize("sentence, source", [
    ("The fire was started on purpose, said a police source, who spoke on the condition he not be named.", "a police source"),
    ("Crews were pulled back overnight, said a firefighter who asked for her name to be withheld.", "a firefighter"),
    ("Prices of hay rose, said a trader at the Kester market, adding that farmers were buying early.",
     "a trader"),  # where the trader spoke is the frame's tail
    ("The road to Pell reopened, said a fisherman.", "a fisherman"),
])
def test_a_described_source_after_the_cue_keeps_the_sentence(sentence, source):
    assert who(FIRE, sentence) == source


@pytest.mark.parametrize("text, sentence", [
    ("Hay is scarce. Prices rose, said a number of traders.", "Prices rose, said a number of traders."),  # no agent
])
def test_a_count_after_the_cue_is_no_source(text, sentence):
    assert who(text, sentence) is None


def test_adding_that_is_the_speakers_too():
    from summarizer.attribution import analyze
    text = "Prices of hay rose, said Ada Quell, adding that farmers were buying early."
    rel = analyze(text).relation_for(0, len(text))
    assert rel is not None and rel.name == "Ada Quell"
    assert [text[a:b] for a, b in rel.content] == ["Prices of hay rose,", "farmers were buying early."]


@pytest.mark.parametrize("summary, dropped", [
    # a stop the model put inside a phrase: the cut sentence and its tail are both dropped
    ("The fire was not yet under control, and more than 300 residents of . Pell, Arno and Vise were moved to a school "
     "hall in the town of Kester, its mayor, Ida Rook, said.", 2),
    ("A grass fire in the Orlan valley has burned about 800 hectares, the county said on Sunday, which .", 1),
])
def test_a_cut_summary_sentence_is_dropped(summary, dropped):
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    draft = DraftSummary(headline="Hill fire not yet under control", summary=summary)
    headline, shown, warnings = grounded_summary(Text(FIRE), draft, FIRE)
    cut = [w for w in warnings if "sentence is cut" in w or "continues a sentence cut" in w]
    assert len(cut) == dropped
    assert " ." not in shown and "residents of ." not in shown


def test_a_headline_cut_after_which_is_not_shown():
    from summarizer.ground import Text, ground_headline
    assert ground_headline(Text(FIRE), "A grass fire has burned about 800 hectares, the county said, which .") == "headline is cut"
    assert ground_headline(Text(FIRE), "Hill fire not yet under control") is None


def test_the_lead_that_completes_a_summary_comes_first_when_it_opens_the_story():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    article = ("Keeper joins Orwell Town\n\nOrwell Town have signed goalkeeper Ivo Brandt from Lake Vale for an undisclosed fee.\n\n"
               "The 29-year-old, who kept 14 clean sheets last season, has agreed a three-year deal, the club said.\n\n"
               "Brandt said he was proud to join.\n")
    draft = DraftSummary(headline="Keeper joins Orwell Town",
                         summary="The 29-year-old kept 14 clean sheets last season and has agreed a three-year deal. "
                                 "He is expected to start on Saturday against a rival.")
    _, shown, warnings = grounded_summary(Text(article), draft, article)
    assert "summary completed with a sentence from the article's lead" in warnings
    assert shown.startswith("Orwell Town have signed goalkeeper Ivo Brandt")
    assert shown.index("Orwell Town have signed") < shown.index("kept 14 clean sheets")


@pytest.mark.parametrize("headline, shown", [
    ("Dock pickets stay out for a ninth day", "Dock pickets stay out for a ninth day"),  # the outlet's own fact
    ("Ship owners begin sending cargo to other ports", "Ship owners begin sending cargo to other ports, the harbour board says"),
    ("Pickets will not return without a written offer", "Pickets will not return without a written offer, Ora Lind says"),
    ("Pickets will not return without a written offer, Lind says", "Pickets will not return without a written offer, Lind says"),
])
def test_a_headline_that_restates_a_source_names_it(headline, shown):
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    article = ("Dock strike goes on\n\nDock pickets at the port of Selm stayed out for a ninth day on Tuesday, leaving 30 ships idle.\n\n"
               "The union's leader, Ora Lind, said the pickets would not return without a written offer.\n\n"
               "Ship owners have begun sending cargo to other ports, the harbour board said on Monday.\n")
    draft = DraftSummary(headline=headline, summary="Dock pickets at the port of Selm stayed out for a ninth day on Tuesday. "
                                                    "The strike left 30 ships idle.")
    got, _, warnings = grounded_summary(Text(article), draft, article)
    assert got == shown
    assert any(w.startswith("headline given its source") for w in warnings) == (got != headline)


def test_the_lead_fallback_skips_a_quotation_no_one_says():
    from summarizer.summary_grounding import lead_sentences
    article = ("Harbour chief steps down\n\nThe head of the Orlan harbour board, Ada Quell, resigned on Friday after a review of its accounts.\n\n"
               "In a letter, Quell said she had done nothing wrong. \u201cI have run this harbour for 19 years and I am proud of it.\n\n"
               "\u201cBut the harbour needs a fresh start.\u201d\n\nThe board said a deputy would lead it for now.\n")
    lead = lead_sentences(article, 3)
    assert lead[:2] == ["The head of the Orlan harbour board, Ada Quell, resigned on Friday after a review of its accounts.",
                        "In a letter, Quell said she had done nothing wrong."]
    assert not any(x.startswith("\u201c") for x in lead)
    assert lead[2] == "The board said a deputy would lead it for now."


@pytest.mark.parametrize("sentence, when", [
    # after a subject and its name in apposition, the participle is the predicate: its time is the claim's
    ("The head of the harbour board, Ada Quell, resigned on Friday, a day after a review found that 2.1 million crowns were missing.",
     "on Friday"),
    # a description set off before the predicate keeps its own time
    ("The mayor, Ada Quell, first elected in 2011, announced on Monday that she would run again.", "on Monday"),
])
def test_the_predicate_after_an_apposed_name_gives_the_time(sentence, when):
    from summarizer import dates
    assert dates.find_phrase(sentence) == when


MATCH = ("Late goal sends Orwell into final\n\nOrwell Town reached the county final after a 2-1 win over Lake Vale on Saturday, "
         "with Ivo Brandt scoring after 88 minutes.\n\nLake Vale led through Omar Lind after 20 minutes.\n\n"
         "The council approved the new stand by 7 votes to 2.\n")


@pytest.mark.parametrize("sentence, supported", [
    ("Orwell Town reached the final in 20-1.", False),  # a "20" and a "1" found apart are no score
    ("Orwell Town reached the county final after a 1-2 win over Lake Vale.", False),  # the score turned round
    ("Orwell Town reached the county final after a 2-1 win over Lake Vale.", True),
    ("Orwell Town reached the county final after a 2\u20131 win over Lake Vale.", True),  # an en dash
    ("The council approved the new stand 7-2.", True),  # the article's "7 votes to 2"
])
def test_a_score_is_checked_as_one_figure(sentence, supported):
    from summarizer.verify import verify
    assert verify(MATCH, sentence).supported is supported
