"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 41, real50; issue 12): a TV week's picks, a film's opening weekend, war graffiti in a quarry, an heir's death,
a transfer rumour, a charity and a letting agent, a footballer at home, a photographer's essay, a state law, a power
station, a coffee launch, a cycling event, a guard's fall, an eclipse, war dead exhumed, and five more; plus real49's
"can" of ability and its fallback headlines cut. Each is written here as invented text of the same shape, with
near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer.chunk import is_furniture
from tests.reading import fallback_headline, first_sentence_certainty


_certainty = first_sentence_certainty
_headline = fallback_headline


# -- page furniture

@pytest.mark.parametrize("line", [
    '"The Harbour Years," 9 p.m. ET Sunday, KBX .',
    '"Night Shift," 10:30 Thursday, FX .',
    '"Glass Towers," 10 p.m. Thursday, Channel Nine .',
    '"Borderland," Friday, Streamflix .',
    "Here's how it's unfolding: .",
    "Share your photos with Daily Ledger iReport.",
    "Send us your pictures of the storm.",
    "You can follow her on Twitter.",
    "Follow him on Instagram.",
])
def test_a_listing_line_a_signpost_or_a_call_to_readers_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    '"The Harbour Years," returns at 9 p.m. Sunday on KBX.',
    '"We will not close," the mayor said on Sunday, Reuters reported.',
    '"Night Shift" drew 4 million viewers on Thursday, FX said.',
    "Here's how the plan works: the council pays half.",
    "Residents share your concerns, the mayor said.",
    "Fans can follow her on tour this summer.",
    "You can follow her on Twitter, where she posts updates about the case.",
])
def test_apart_a_sentence_with_a_verb_or_news_stays(line):
    assert not is_furniture(line)


# -- a habitual past "would" after a past period named by a war, a decade or a century (GUIDELINES §6)

@pytest.mark.parametrize("sentence", [
    "During World War I, miners would shelter in the old tunnels.",
    "During the Civil War, families would hide food in the barn.",
    "In the 1920s, dockers would queue at the gate each morning.",
    "Throughout the 18th century, traders would stop at the inn.",
    "In World War II, sailors would write home every week.",
])
def test_a_habit_of_a_named_past_period_is_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "In the 2030s, cars would drive themselves.",
    "In the trade war, prices would rise.",
    "During the next war, soldiers would hide in the caves.",
    "During the war, soldiers would hide in the caves if the sirens sounded.",
])
def test_apart_a_period_to_come_or_a_condition_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- "can/could" of a skill or of memory (GUIDELINES §6 "can (possibility)"; real49's Left)

@pytest.mark.parametrize("sentence", [
    "She can speak four languages.",
    "He could remember the gear he used in the final climb.",
    "Few residents can still remember the flood of 1953.",
    "The keeper could even recollect the score of every match.",
])
def test_an_ability_is_no_possibility(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "Voters could remember this at the polls if prices rise.",
    "She can speak at the meeting next week.",
    "The mayor could recall the council next month.",
    "Prices could see a rise next year.",
])
def test_apart_a_possibility_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- an effort with words between its verb and its infinitive (GUIDELINES §14: an effort's goal is not asserted)

@pytest.mark.parametrize("sentence", [
    "The coach is working hard behind the scenes to sign a new keeper.",
    "Engineers are working round the clock to repair the line.",
    "Volunteers worked day and night to rebuild the bridge.",
])
def test_an_effort_with_an_insert_is_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "Crews worked hard to the end of the day.",
    "The chef is working hard behind the scenes.",
])
def test_apart_work_with_no_goal_is_stated(sentence):
    assert _certainty(sentence) == "stated"


# -- the fallback headline: the article's first line cut cleanly

@pytest.mark.parametrize("line, expected", [
    ("Jane Roe, one of the heirs to a shipping fortune, appears to have passed away peacefully, a Northfield Metropolitan Police Department spokesman said.",
     "Jane Roe appears to have passed away peacefully"),
    ("Northfield Rovers are ready to hand Tom Vale a three-year deal to tempt him to leave Eastbury in the summer.",
     "Northfield Rovers are ready to hand Tom Vale a three-year deal"),
    ("Brightway Lettings earned the rent money over the last three years by placing lodgers across the shared houses and flats of the city.",
     "Brightway Lettings earned the rent money over the last three years"),
    ("Danish firm Norvik, which is financing most of the £9bn Harwell Point project in Dorset, approved the funding at a board meeting.",
     "Danish firm Norvik approved the funding at a board meeting."),
    ("Lattes are old news and a plain cuppa is almost ancient history - the latest tea craze adds butter and it's arriving in Spain on Monday.",
     "The latest tea craze adds butter and it's arriving in Spain on Monday."),
    ("The race on 12 June offers 40- or 90-mile routes snaking through the scenic hills and the lakes north of Carrow.",
     "The race on 12 June offers 40- or 90-mile routes"),
    ("This is the awkward moment a palace sentry slipped and fell on a drain cover in front of hundreds of shocked visitors.",
     "This is the awkward moment a palace sentry slipped and fell"),
])
def test_a_fallback_headline_is_cut_at_a_clean_break(line, expected):
    assert _headline(line) == expected


@pytest.mark.parametrize("line", [
    "Rebels have killed over 200 people in the northern province of the country since the start of the year.",
    "The old mill in the centre of the village was set up by Samuel Roe and his brothers in the year 1802.",
    "The mayor, the council, and the police agreed to close the bridge over the river for three more weeks.",
    "The old bridge over the river in the centre of town closed on Monday afternoon after engineers found cracks - a blow to the commuters.",
])
def test_apart_the_cut_keeps_a_number_an_agent_a_list_and_a_verbless_tail(line):
    out = _headline(line)
    assert "killed over" not in out or "killed over 200" in out
    assert not out.endswith(" set up") and not out.startswith("A blow") and not out.startswith("The mayor and")


# -- a body sentence that tells a past photo or pose is news, no caption (it was dropped as one)

@pytest.mark.parametrize("sentence", [
    "She was also pictured chatting to the former mayor at the gala.",
    "Afterwards, she stopped to pose with designer Jane Roe - the latest of the designers to strike a pose with her this week.",
])
def test_a_told_photo_is_no_caption(sentence):
    from summarizer.verify import furniture_kind
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Jane Roe poses with her award after the ceremony in Carrow.",
    "Also pictured with the mayor at the opening is his wife.",
    "Jane Roe (centre) poses alongside John Doe in Carrow this morning.",
])
def test_apart_a_caption_stays_one(sentence):
    from summarizer.verify import furniture_kind
    assert furniture_kind(sentence) == "photo caption"


# -- a passive report made to a body that rules on it is an act, no hearsay (GUIDELINES §6 rule 2)

@pytest.mark.parametrize("sentence", [
    "The breach of the rules has been reported to the national Rowing Federation.",
    "The breach was reported to the regulator last week.",
    "The incident has been reported to the county's prosecutors.",
])
def test_a_report_made_to_a_body_is_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "Fires were reported to the north of the city.",
    "Fires have been reported at an oil depot.",
    "Explosions were reported near the airport overnight.",
])
def test_apart_a_report_with_no_source_stays_unconfirmed(sentence):
    assert _certainty(sentence) == "unconfirmed"


@pytest.mark.parametrize("line, expected", [
    ("Jazz singer Sam Vale was taken to hospital with a fever, though the illness did not keep him away from the stage.",
     "Jazz singer Sam Vale was taken to hospital with a fever"),
])
def test_a_fallback_headline_ends_before_a_concession(line, expected):
    assert _headline(line) == expected


# -- a quoted title's words hedge or negate nothing

@pytest.mark.parametrize("sentence", [
    'Her hits include "The River Is Wide" and "There Must be a Better Road Somewhere," a duet with a choir.',
    'The band played "You Can Not Stop Love" on Friday.',
])
def test_a_quoted_title_is_no_hedge(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ('The council "may close the pool," the mayor warned.', "speculative"),
    ("The council may close the pool.", "speculative"),
])
def test_apart_a_quoted_clause_keeps_its_modal(sentence, expected):
    assert _certainty(sentence) == expected


# -- "going to" a place named by a bare noun is a movement, no future

@pytest.mark.parametrize("sentence", [
    "Like many of my friends, I had stopped going to church by then.",
    "She is going to school in Carrow.",
])
def test_going_to_a_bare_place_is_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "She is going to resign.",
    "He is going to work harder.",
    "The firm is going to court next week.",
])
def test_apart_going_to_a_verb_or_a_time_to_come_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


def test_apart_can_speak_for_someone_is_a_right_no_skill():
    assert _certainty("Only the father can speak for his son in the hearing.") == "speculative"


# -- `where`: an event's name or a feast is no place (GUIDELINES §10)

@pytest.mark.parametrize("evidence", [
    "The grandmaster has been banned from the Carrow Open Chess Tournament after officials found the phone.",
    "She listened to the speakers at the Velmora International Design Conference.",
    "I had forgotten to cover my head at Easter.",
    "He took second places in the Tours of Norvan and Pellby.",
    "In 2008, a player was banned from the Carrow Open after getting help.",
])
def test_an_event_or_a_feast_is_no_place(evidence):
    from summarizer.places import place_of
    assert place_of(evidence) is None


@pytest.mark.parametrize("evidence, place", [
    ("The ferry docked in Tours on Sunday.", "Tours"),
    ("She moved to Easter Ross in 2001.", "Easter Ross"),
    ("The team trained in Open Valley.", "Open Valley"),
])
def test_apart_a_place_named_like_one_stays(evidence, place):
    from summarizer.places import place_of
    assert place_of(evidence) == place
