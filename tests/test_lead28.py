"""Session 28, the lead: shapes the attribution stage still read wrong after session 27's scans (RESULTS
"Session 27: the lead", shapes left): a verb after a subject's relative clause read as an inverted frame
("..., asked the council for help" gave "the council for help" as the speaker), a bare cue closing a
sentence whose "subject" is a clause ("The hearing closed at noon with no ruling announced."), a group
with examples of it in commas before the cue, a share of those polled, a lower-case trade before a
name opening the sentence, and a firm's name ending in "'s". Every sentence is invented; each `wrong`
case failed before this session's rules, each `apart` case passed before and still does.
"""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from reading import who  # noqa: E402
from summarizer.attribution import analyze  # noqa: E402


# -- a relative clause of the subject, then the main verb: no inverted frame ------------------------------
@pytest.mark.parametrize("text,source", [
    ('The growers, who said "our wells are dry", asked the council for help.', None),
    ('The growers, who said "our wells are dry," asked the council for help.', None),
    ("The growers, who said their wells were dry, asked the council for help.", None),
])
def test_a_verb_after_the_subjects_relative_clause_is_no_inverted_frame(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("The land was sold, said Grey, a farmer who knew the owners.", "Grey"),
    ('The fund, which "has nothing left", said the treasurer, will close.', "the treasurer"),
    # the grower speaks as "the farmer" does (an agent noun after an inverted cue: session 33; it read None before)
    ('"Our wells are dry," asked the grower, "so who will help?"', "the grower"),
])
def test_apart_inverted_frames_stay(text, source):
    assert who(text, text) == source


# -- a bare cue closing a sentence whose subject is a clause ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The hearing closed at noon with no ruling announced.",
    "The hearing ended early with no ruling announced.",
])
def test_a_clause_before_a_closing_cue_is_no_speaker(text):
    assert who(text, text) is None


@pytest.mark.parametrize("text,source", [
    ("The mayor said.", "The mayor"),
    ("Jane Doe said.", "Jane Doe"),
    ("The firm added.", "The firm"),
])
def test_apart_a_bare_cue_after_a_speaker_still_opens(text, source):
    assert who(text, text) == source


# -- a group, then examples of it in commas, then the cue -----------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("His rivals, including the party's floor chief, Tom Rook, declared that the levy would fail.", "His rivals"),
    ("Critics of the toll, including the drivers' club head, Mia Bell, said it would hurt trade.", "Critics of the toll"),
    ("Growers in the valley, among them the co-op chair, Ivo Lund, said the price was too low.", "Growers in the valley"),
])
def test_a_group_with_examples_in_commas_speaks(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("The union's leaders, including its president, Mia Bell, said the strike would go on.", "The union's leaders"),
])
def test_the_group_not_its_example_named_in_apposition(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("The toll's author, the transport chief, Tom Rook, said it would pay for the bridge.", "Tom Rook"),
])
def test_apart_apposed_names_read_before(text, source):
    assert who(text, text) == source


# -- a share of those polled ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("In a survey for the paper, 58 percent of those asked said the ferry fare was too high.", "58 percent of those asked"),
])
def test_a_share_of_people_speaks(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("Some 41% of the union's members said they would back a strike.", "Some 41% of the union's members"),
    ("Just 12 percent of the club's players said the pitch was fit to use.", "12 percent of the club's players"),
    ("A majority of residents in the ward say the new road is unsafe.", "A majority of residents in the ward"),
])
def test_apart_shares_read_before(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text", [
    "Nearly half of the new grant was spent on roofs, and the rest went to the ferry.",
])
def test_apart_a_share_of_a_thing_does_not_speak(text):
    assert who(text, text) is None


# -- a trade before the leading name ---------------------------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("Retired ferryman Olaf Brandt, 88, said the crossing was the roughest he had known.", "Retired ferryman Olaf Brandt"),
    ("Chief baker Nia Orme, 41, from Pellow, Kernshire, said the flour had run out.", "Chief baker Nia Orme"),
])
def test_a_trade_before_the_leading_name(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("Last spring Nia Orme, 41, said the flour had run out.", "Nia Orme"),
    ("Democratic nominee Jane Doe, at a rally, said the school was cold.", "Jane Doe"),
])
def test_apart_a_time_before_the_name_is_no_trade(text, source):
    assert who(text, text) == source


# -- a firm's name ending in "'s" ------------------------------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("Pellow's said it would shut nine shops by spring.", "Pellow's"),
    ("Pellow's said on Friday that it would shut nine shops.", "Pellow's"),
    ("Orme's, the grocer, said it would shut nine shops.", "Orme's"),
])
def test_a_firms_name_keeps_its_s(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("Pellow's lawyer said the shops would shut.", "Pellow's lawyer"),
    ("In Pellow's view, the shops will shut.", "Pellow"),
])
def test_apart_a_possessive_stays_a_possessive(text, source):
    assert who(text, text) == source


# -- an age, a home town and its county, and no comma before the cue ---------------------------------------
@pytest.mark.parametrize("text,source", [
    ("Retired stoker Ivo Lund, 88, from Pellby, Marshire said the sea had been calm all week.", "Retired stoker Ivo Lund"),
    ("Ivo Lund, 88, from Pellby, Marshire said the sea had been calm all week.", "Ivo Lund"),
])
def test_a_county_before_the_cue_is_no_speaker(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("Ivo Lund, 88, from Pellby, Marshire, said the sea had been calm all week.", "Ivo Lund"),
])
def test_apart_the_county_in_commas_read_before(text, source):
    assert who(text, text) == source


# -- a relative clause (with a list of names in it) before ", also said" ----------------------------------
@pytest.mark.parametrize("text,source", [
    ("The potter, who has shown work in towns including Arlen, Brisk and Colder Vale, also said she had sold nothing.", "The potter"),
    ("The potter, who has shown work in Arlen, also said she had sold nothing.", "The potter"),
])
def test_a_relative_clause_before_also_said(text, source):
    assert who(text, text) == source


# -- an inverted speaker's source stops before ", but then ..." -------------------------------------------
def test_an_inverted_speakers_source_stops_at_a_coordinated_clause():
    text = "The rent looked fair, says Ona, but then the heating bills arrived in March."
    rel = analyze(text).relations[0]
    assert rel.source == "Ona"


def test_apart_an_inverted_speakers_description_stays_in_the_source():
    text = "Sales fell, said Grey, a farmer and teacher."
    assert analyze(text).relations[0].source == "Grey, a farmer and teacher"


# -- "a song called "..."": a participle naming a thing, no speaker --------------------------------------------
@pytest.mark.parametrize("text", [
    'A ballad called "my cold feet" was sung at the fair.',
    'In the note on his site, a poem called "the long lane", Ivo Lund wrote that the lane had flooded.',
])
def test_a_thing_called_by_a_quoted_name_is_no_speaker(text):
    assert who(text, text) not in ("A ballad", "a poem")


@pytest.mark.parametrize("text,source", [
    ('The warden called "a disgrace" the state of the lanes.', "The warden"),
    ('The union called "a betrayal" the new rota.', "The union"),
])
def test_apart_a_speaker_calling_something_by_a_quoted_word(text, source):
    assert who(text, text) == source


# -- a body "of" its remit after an inverted cue; two bodies with short forms ---------------------------------
@pytest.mark.parametrize("text,source", [
    ("The barge sent out a distress call at dawn, said Pellby's Ministry of Canals.", "Pellby's Ministry of Canals"),
    ("The barge sank, said the Ministry of Canals on Monday.", "the Ministry of Canals"),
    ("In a joint note, the Pellby Hop Council (PHC) and Brewers Guild of Pellby (BGP) said they had asked the pubs to wait.",
     "the Pellby Hop Council (PHC) and Brewers Guild of Pellby (BGP)"),
])
def test_a_bodys_full_name(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("The barge sank, said Ada Kerr of the Ministry of Canals.", "Ada Kerr"),
    ("The barge sank, said a spokesman of the ministry.", "a spokesman"),
])
def test_apart_a_person_of_a_body(text, source):
    assert who(text, text) == source


# -- a title of a body before a name in apposition; a caption's label and position mark -------------------------
@pytest.mark.parametrize("text,source", [
    ("Chair of the Pellby Bowls Club, Ada Kerr, said the green was flooded.", "Ada Kerr"),
    ("Glum: Chair of the Pellby Bowls Club, Ada Kerr (pictured), said the green was flooded.", "Ada Kerr"),
])
def test_a_title_of_a_body_and_caption_marks_before_the_name(text, source):
    assert who(text, text) == source


def test_apart_a_caption_label_before_a_name_read_before():
    assert who("Glum: Ada Kerr said the green was flooded.", "Glum: Ada Kerr said the green was flooded.") == "Ada Kerr"


# -- descriptions joined by "and"; a relative clause with a quotation ending in its comma -----------------------
@pytest.mark.parametrize("text,source", [
    ("Ivo Lund, president of the Pellby Riders Club, and a critic of the council for years, said the fee was unfair.", "Ivo Lund"),
    ('The guild, which was set up to guard "young and unpaid pipers," now says it sets no fees.', "The guild"),
])
def test_descriptions_and_relative_clauses_before_the_cue(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("Ivo Lund, the mayor, and two aides said the fee was unfair.", None),
    ("The inspector, who toured the plant, found rust.", None),
])
def test_apart_a_series_and_an_act_stay_as_they_were(text, source):
    assert who(text, text) == source


# -- "as X told me," ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("But as Lund told me, the river rose in the night.", "Lund"),
    ("As the warden told reporters on Monday, the lane is shut.", "the warden"),
])
def test_as_someone_told_me(text, source):
    assert who(text, text) == source


def test_apart_as_someone_told_others_to_act():
    text = "As Lund told them to leave, the river rose in the night."
    assert who(text, text) is None


# -- a sentence that opens with a quotation: an adverb or a reply's "back" after the cue --------------------------
@pytest.mark.parametrize("sentence,source", [
    ('"Nope," Ivo said quickly.', "Ivo Lund"),
    ('"Pellby never hid it," Ivo tweeted back.', "Ivo Lund"),
    ('"We were never told," Ivo said stiffly to the panel.', "Ivo Lund"),
])
def test_a_quotation_then_its_speaker_and_an_adverb(sentence, source):
    text = "Ivo Lund spoke at the fair on Monday. " + sentence
    assert who(text, sentence) == source


@pytest.mark.parametrize("sentence,source", [
    ('"Nope," Ivo said.', "Ivo Lund"),
    ('"Nope," Ivo said, and then the band began to play a slow waltz for the crowd.', "Ivo Lund"),
])
def test_apart_a_quotation_then_its_speaker(sentence, source):
    text = "Ivo Lund spoke at the fair on Monday. " + sentence
    assert who(text, sentence) == source


# -- a dateline before a long description; "X's leading advocate"; a description holding a relative clause ---------
@pytest.mark.parametrize("text,source", [
    ("PELLBY — Vell Ferries, the small line for island towns that has for years been counted among the loudest foes of any "
     "toll rises, told members on Tuesday it could live with a modest rise.", "Vell Ferries"),
    ("PELLBY -- The county's leading advocate for ferry users says that it has not changed its view on the toll.",
     "The county's leading advocate for ferry users"),
])
def test_datelines_possessive_roles_and_long_descriptions(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text,source", [
    ("The senator vying for the seat said the toll was dead.", "The senator"),
    ("PELLBY — Vell Ferries told members on Tuesday it could live with a modest rise.", "Vell Ferries"),
])
def test_apart_described_heads_and_datelines_read_before(text, source):
    assert who(text, text) == source


# -- "The <Capitalised> alleges <Two Names> has ...": a verb, not a proper adjective and a noun -----------------------
@pytest.mark.parametrize("text,source", [
    ("The Admiralty alleges North Tarne has sent about 900 sailors to the strait.", "The Admiralty"),
    ("The Treasury says East Pellby will cut its levy next year.", "The Treasury"),
])
def test_the_and_a_capitalised_body_then_a_cue_and_a_named_subject(text, source):
    assert who(text, text) == source


def test_apart_a_proper_adjective_before_a_plural_noun():
    text = "The Western claims about North Tarne have no basis."
    assert who(text, text) is None


# -- "Those who attended said", "The 62-year-old says", "The head of events, X, told the Courier <clause>" --------
@pytest.mark.parametrize("sentence,source", [
    ("Those who went to the fair said it would stay in the park next year.", "Those who went to the fair"),
    ("The 62-year-old says the fair will stay in the park next year.", "Ivo Lund"),
    ("The head of events, Ivo Lund, told the Courier the fair would stay in the park next year.", "Ivo Lund"),
])
def test_more_subjects_of_a_report(sentence, source):
    text = "Ivo Lund, 62, runs the fair in Pellby. " + sentence
    assert who(text, sentence) == source


def test_the_content_after_an_addressee_not_the_description_before_the_name():
    text = "The head of events, Ivo Lund, told the Courier the fair would stay in the park next year."
    rel = analyze(text).relations[0]
    assert not text[rel.content[0][0]:rel.content[-1][1]].startswith("The head of events")
    assert text[rel.content[0][0]:rel.content[-1][1]].endswith("the park next year.")


def test_apart_a_part_of_a_group_still_speaks():
    text = ("Some of their more vocal supporters in Pellby, decrying the idea that the fair will be moved, have signalled "
            "they may try to stop it.")
    assert who(text, text) is not None


# -- an unnamed group and the phrase that places it, after or before the cue -------------------------------------
@pytest.mark.parametrize("text,source", [
    ("Ferry fares will rise in the spring, said officials at the harbour board.", "officials at the harbour board"),
    ("Ferry fares will rise in the spring, said members of the crew union.", "members of the crew union"),
    ("Ferry fares will rise in the spring, critics of the levy said.", "critics of the levy"),
])
def test_an_unnamed_group_with_a_phrase_that_places_it(text, source):
    assert who(text, text) == source


@pytest.mark.parametrize("text", [
    "Ferry fares will rise in the spring, said officials on Monday.",
])
def test_apart_a_time_after_a_group_is_no_part_of_it(text):
    assert who(text, text) != "officials on Monday"


# -- "..., said the 24-year-old." after a quotation whose opening mark is a sentence back -------------------------
def test_an_age_after_an_inverted_cue_is_the_person_named():
    text = 'Ivo Lund, 24, won the race in Pellby. "It was a long day. I know I have been lucky," said the 24-year-old.'
    assert who(text, 'I know I have been lucky," said the 24-year-old.') == "Ivo Lund"


def test_an_age_after_an_inverted_cue_speaks_when_no_name_resolves():
    # the player's name is also a place's: no person to resolve the age to; the quotation was the writer's before
    text = ('The Tarne United winger first played for the county in May and hit a goal in his third match. Chester, a '
            'bus driver until 2019, then struck again against Pellby on Sunday. "The last few weeks have been a mad '
            'time.\n\nI know I have been lucky," said the 24-year-old.')
    assert who(text, 'I know I have been lucky," said the 24-year-old.') == "the 24-year-old"


# -- a state of mind with its clause and no "that": "is adamant", "remains hopeful" ------------------------------
def test_an_adamant_state_with_no_that():
    text = "Ivo Lund, 62, runs the fair in Pellby. Lund is adamant the fair will stay."
    assert who(text, "Lund is adamant the fair will stay.") == "Ivo Lund"


def test_a_state_after_remains_makes_a_frame():
    text = "Ivo Lund, 62, runs the fair. Lund remains hopeful the fair will stay."
    rels = analyze(text).relations
    assert any(r.name == "Ivo Lund" and text[r.cue_span[0]:r.cue_span[1]] == "hopeful" for r in rels)


# -- left: measured and dropped ------------------------------------------------------------------------------
# (Left in session 28: a long 'speaking to X during Y,' opener read as the occasion of the speech cost PolNeAR half B an
# own-voice claim. attr49 reads only a sentence adverb before such an opener ("However, speaking to ..."), the participle
# phrase after it as before: half A and half B unchanged, 0.901 / 0.849.)
def test_left_a_long_speaking_opener_frames_the_statement():
    text = "However, speaking to reporters during a long trip to Paris, Mayor Ann Coil insisted that talks were needed."
    assert who(text, text) == "Mayor Ann Coil"
