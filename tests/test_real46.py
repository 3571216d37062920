"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 37, real46; issue 12): science, business, sport, crime, weather, health, local and foreign news.
Each is written here as invented text of the same shape, with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer.chunk import split_sentences
from summarizer.passing_descriptions import descriptions
from summarizer.quantity import quantities
from summarizer.rules import numbers
from summarizer.summary_grounding import _core, _shortened
from summarizer.summary_roles import ends_before_object
from tests.reading import code, who


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.attributed_to, c.certainty) for c in code(text).claims]


# -- a concessive opener right after 'said: "' is no clause of its own (the frame was shown as a claim: 'said: "."')

@pytest.mark.parametrize("opener", ["while", "although", "though"])
def test_a_quotation_opening_with_a_concessive_after_a_colon_stays_whole(opener):
    text = (f'The lead inspector, Dr Ann Vell, said: "{opener} we found some good habits on the wards it is plain that the '
            f'board has a lot to fix."')
    claims = _claims(text)
    assert not any(t.rstrip('".').endswith("said:") or t.endswith(': ".') for t, _, _ in claims)
    assert any(opener in t and "a lot to fix" in t and who_ == "Dr Ann Vell" for t, who_, _ in claims)


def test_a_concessive_clause_after_a_comma_still_splits():
    text = "The board met on Monday to discuss the plan for the harbour, though the chairman said it would not vote until May."
    texts = [t for t, _, _ in _claims(text)]
    assert "The board met on Monday to discuss the plan for the harbour." in texts
    assert any(t.startswith("The chairman said") for t in texts)


# -- an appositive description cut inside a list of capitalised words ("... with the Pell Atmospheric.")

@pytest.mark.parametrize("sentence, claim", [
    ("Ada Roe, a meteorologist with the Northern Atmospheric, Geophysical and Marine Services Office (NAGMSO), said the "
     "storm was 200 miles off the coast.",
     "Ada Roe is a meteorologist with the Northern Atmospheric, Geophysical and Marine Services Office."),
    ("Jon Marr, a teacher at Pellby, Ashford and Dunton schools, said the storm had closed them.",
     "Jon Marr is a teacher at Pellby, Ashford and Dunton schools."),
])
def test_a_description_is_not_cut_inside_a_list_of_names(sentence, claim):
    assert [d[2] for d in descriptions(sentence, 0, len(sentence))] == [claim]


@pytest.mark.parametrize("sentence, claim", [
    ("Jon Marr, a teacher at Pellby School, said the storm had closed it.", "Jon Marr is a teacher at Pellby School."),
    ("Jon Marr, a teacher at Pellby, said Ann Roe and Bob Lee signed the letter.", "Jon Marr is a teacher at Pellby."),
])
def test_a_description_that_ends_at_its_comma_keeps_its_end(sentence, claim):
    assert [d[2] for d in descriptions(sentence, 0, len(sentence))] == [claim]


def test_a_list_of_people_after_a_description_gives_no_description():
    sentence = "Jon Marr, a teacher at Pellby, Ann Roe and Bob Lee signed the letter."
    assert not any("signed" in d[2] for d in descriptions(sentence, 0, len(sentence)))


# -- "..., the theory said to explain X": a reduced passive, not a closing "X said"

@pytest.mark.parametrize("text", [
    "The purpose of the project is to recreate the conditions of the first second, the scientific theory said to explain "
    "the birth of the stars.",
    "The aim is to rebuild the hall -- the oldest building in Pellby, believed to date from the first mill.",
])
def test_a_noun_said_to_do_something_is_no_speaker(text):
    assert who(text, text) is None


@pytest.mark.parametrize("text, name", [
    ("Delays are likely on the ring road, the minister said to reporters on Monday.", "the minister"),
    ("Delays are likely on the ring road, the minister said to him on Monday.", "the minister"),
    ("Trains will be late, the rail firm said to passengers waiting at Pellby.", "the rail firm"),
    ("Delays are likely on the ring road, the minister said.", "the minister"),
])
def test_a_closing_tag_said_to_someone_keeps_its_speaker(text, name):
    assert who(text, text) == name


# -- a model's headline cut before its object or complement

ARTICLE = ('Pellby have begun the hunt for a new coach after praising Marr for doing "a fine job" over three seasons. '
           'The care at a group running two clinics has been rated "poor" by the county inspectors. Two guards have been killed and 31 wounded in an attack. A man was stabbed in Easton. '
           'The mayor was seen leaving. Crews are still working.')


@pytest.mark.parametrize("headline, end", [
    ("Pellby have begun the hunt for a new coach after praising Marr for doing", "doing"),
    ("The care at a group running two clinics has been rated", "rated"),
    ("Pellby have begun the hunt for", "for"),
])
def test_a_headline_cut_before_its_object_is_caught(headline, end):
    assert ends_before_object(ARTICLE, headline) == end


@pytest.mark.parametrize("headline", [
    "Two guards have been killed",  # "and 31 wounded": a clause goes on
    "A man was stabbed",  # "in Easton": a modifier phrase
    "Pellby have begun the hunt for a new coach",
    "The mayor was seen leaving",  # the article's sentence ends there
    "Crews are still working",
    "The care at a group has been rated poor",  # not the article's words
])
def test_a_headline_that_ends_cleanly_is_left(headline):
    assert ends_before_object(ARTICLE, headline) is None


# -- a tokenized copy's "235, 000": one number, never a count of 0

@pytest.mark.parametrize("text, value", [
    ("The clip has since been watched more than 235, 000 times.", 235000.0),
    ("Some 50, 000 residents of the valley have signed up.", 50000.0),
    ("He paid 1, 000, 000 euros for it.", 1000000.0),
])
def test_a_spaced_thousands_group_is_one_number(text, value):
    assert value in [n.value for n in numbers(text)]
    assert 0.0 not in [n.value for n in numbers(text)]


def test_a_spaced_thousands_sum_is_a_quantity():
    rows = quantities("A courier was stopped with 55, 000 euros, or almost $ 60, 000, on him.")
    assert [(r["value"], r["unit"]) for r in rows] == [(55000.0, "EUR"), (60000.0, "USD")]
    assert quantities("The film has been viewed 235, 000 times.")[0]["value"] == 235000.0


@pytest.mark.parametrize("text, values", [
    ("On day 3, 500 people arrived.", [3.0, 500.0]),  # not a zero group: two numbers
    ("It had 12,000 members.", [12000.0]),
    ("In 2010, 000 was the code.", [2010.0, 0.0]),
])
def test_other_commas_between_numbers_keep_their_reading(text, values):
    assert [n.value for n in numbers(text)] == values


# -- "within N <unit> of X": X is where the measure is taken from, not what it counts

@pytest.mark.parametrize("text, counted", [
    ("Prosecutors had to decide within seven days of the submission.", "seven days"),
    ("The win lifted the side to within four points of top club Pellby.", "four points"),
    ("They live within about 50 miles of the city.", "50 miles"),
])
def test_within_a_measure_of_something_counts_the_measure(text, counted):
    assert [r["counted"] for r in quantities(text)] == [counted]


@pytest.mark.parametrize("text, counted", [
    ("The firm sold 1,000 square kilometers of territory.", "territory"),
    ("The storm dumped 40 millimetres of rain within hours.", "rain"),
])
def test_a_measure_of_something_still_counts_it(text, counted):
    assert [r["counted"] for r in quantities(text)] == [counted]


# -- counted: a designation ("junction 13"), a verb after a plural ("men continue"), a time word ("today")

@pytest.mark.parametrize("text", [
    "The crash happened at junction 13 of the A9, close to Pellby.",
    "The car crashed near junction 13 northbound.",
    "The train left from platform 4 at noon.",
])
def test_a_lower_case_designation_is_no_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, counted", [
    ("Two new platforms opened.", "new platforms"),
    ("The airport has 3 terminals.", "terminals"),
])
def test_a_plural_designation_noun_is_counted(text, counted):
    assert [r["counted"] for r in quantities(text)] == [counted]


@pytest.mark.parametrize("text, counted", [
    ("The arrests of the two men continue the collapse of the gang.", "men"),
    ("The two women lead the team.", "women"),
    ("Officials said 20 people today had been moved.", "people"),
])
def test_the_counted_noun_stops_before_a_verb_or_a_time_word(text, counted):
    assert [r["counted"] for r in quantities(text)] == [counted]


@pytest.mark.parametrize("text, counted", [
    ("Forty council homes the board sold were empty.", "council homes"),
    ("Two police officers the board named were hurt.", "police officers"),
    ("The 30 bus stops the council removed were old.", "bus stops"),
])
def test_a_compound_noun_before_a_contact_relative_is_whole(text, counted):
    assert [r["counted"] for r in quantities(text)] == [counted]


def test_a_figure_before_today_counts_no_time():
    text = "The agency estimates that the number of brides will grow from 700 million today to 950 million by 2030."
    assert not any(r["counted"] == "today" for r in quantities(text))


# -- "she added" after a woman whose surname is another person's first word (family name first)

def test_a_shared_word_of_two_names_gives_no_gender_to_the_second():
    text = ('Wang Lin, the lawyer for one of the women, said police had acted. "We can do nothing but wait," he said. '
            'Wang said he did not know why. On Monday, Ann Roe, a former minister, wrote that the arrests were "wrong." '
            'Her comment drew a rebuke from officials. Mei Wang, a researcher at Watch Group, said the women were best '
            'known for their protests. "These women are brave," Wang said. As the city prepares to mark the day in May, '
            'it will be hard to justify the arrests, she added.')
    assert who(text, "it will be hard to justify the arrests, she added.") == "Mei Wang"


def test_a_surname_shared_by_two_people_still_gives_each_their_pronoun():
    text = ('Tom Pell, the lawyer for one of the women, said police had acted. "We can do nothing but wait," he said. '
            'Maya Pell, a researcher at Watch Group, said the women were brave. "These women are brave," Pell said. '
            'It will be hard to justify the arrests, she added.')
    assert who(text, "It will be hard to justify the arrests, she added.") == "Maya Pell"


# -- "<Name>, <Region> researcher at <Group> told <outlet>": the name speaks, also in a quotation's second sentence

@pytest.mark.parametrize("text, sentence", [
    ('"The women did nothing wrong, nothing illegal. They were calling for an end to harassment," Tom Nell, Asia '
     'researcher at Watch Group told reporters.', "They were calling for an end to harassment"),
    ('"The rates will rise," Ann Bell, Europe editor of the Pellby Post said on Monday.', "The rates will rise"),
    ('"They were calling for an end to harassment," Tom Nell, a researcher at Watch Group told reporters.',
     "They were calling"),
])
def test_a_name_before_an_open_role_description_is_the_speaker(text, sentence):
    start = text.index(sentence)
    end = text.index("." if "did nothing" in text else "said" if "said" in text else "told", start)
    assert who(text, text[start:end]) in ("Tom Nell", "Ann Bell")


def test_a_series_of_speakers_is_no_open_description():
    text = '"The rates will rise," Ann Bell, Pellby, Carl Moss and the union said on Monday.'
    assert who(text, text) != "Ann Bell"


# -- '"...," <outlet> quoted <X> as saying.': X's words

def test_a_closing_quoted_as_saying_names_the_quoted_person():
    text = ('The agency spoke to the mayor of Pellby. "We will rebuild the bridge by May," the agency quoted Mayor Tom Reed '
            'as saying on Monday.')
    assert who(text, text[text.index('"We'):]) == "Mayor Tom Reed"


def test_quoted_as_saying_with_a_pronoun_keeps_the_reading_before():
    text = ('The charity told the story of a girl it called Ana. "It was full of sadness," the charity quoted her as '
            'saying.')
    assert who(text, text[text.index('"It'):]) != "the charity"


# -- the fallback headline: a long first line's opener or relative aside left out before it is cut with "…"

@pytest.mark.parametrize("line, shown", [
    ("While the fight against floods in Pellby and Easton holds the region's gaze, a quiet change is getting less "
     "attention: the decline of the old mill.",
     "A quiet change is getting less attention: the decline of the old mill."),
    ("Five young Pellby nurses, whose arrest has drawn protests abroad, may face up to five years in jail over their "
     "strike for fair pay.",
     "Five young Pellby nurses may face up to five years in jail"),
    ("Speaking to reporters after the long meeting at the town hall, the mayor said the bridge would reopen in May "
     "after repairs.",
     "The mayor said the bridge would reopen in May after repairs."),
])
def test_a_long_first_line_loses_its_opener_or_aside(line, shown):
    words = line.split()
    assert _shortened(words, 14).endswith("…")
    assert _shortened(_core(words), 14) == shown


@pytest.mark.parametrize("line", [
    "In Pellby, police arrested three men after a fire in which two people died on Sunday at a farm.",
    "Police said the bridge would reopen in May.",
])
def test_a_line_that_cuts_cleanly_needs_no_core(line):
    assert not _shortened(line.split(), 14).endswith("…")


def test_a_quotation_mark_before_a_break_word_is_a_clean_cut():
    line = ('The tabloid printed a front page story calling the actor a "fraud" because he campaigns for social and '
            'political "change" to help poorer families.')
    assert _shortened(line.split(), 14) == 'The tabloid printed a front page story calling the actor a "fraud"'


# -- 'J.P. "The Big Bopper" Richardson': initials before a quoted nickname end no sentence

def test_initials_before_a_quoted_nickname_end_no_sentence():
    text = 'He saw that Ray Vale and J.P. "The Big Bopper" Rich had been killed in a crash. Nobody cared.'
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        'He saw that Ray Vale and J.P. "The Big Bopper" Rich had been killed in a crash.', "Nobody cared."]


@pytest.mark.parametrize("text, first", [
    ('He met J.P. "We were glad," she said.', "He met J.P."),  # a quoted sentence: its comma
    ('He met the team of A.B. "Thanks" Tom said.', "He met the team of A.B."),  # a name and a verb of saying after it
])
def test_initials_before_a_quoted_sentence_still_end_one(text, first):
    assert text[split_sentences(text)[0].start:split_sentences(text)[0].end] == first


# -- the fallback headline is no bare quotation

def test_the_fallback_headline_skips_a_bare_quotation_line():
    text = ('"Once upon a time in the west..."\n\nThose six words, when sung, make fans think of the old ballad. On '
            'Tuesday, an auction house sold the handwritten lyrics for $1.2 million to a buyer.')
    assert code(text).headline == "Those six words, when sung, make fans think of the old ballad."


def test_the_fallback_headline_skips_a_bare_quotation_after_a_wire_tag():
    text = ('(Wire)"Once upon a time in the west..." Those six words, when sung, make fans think of the old ballad. On '
            'Tuesday, an auction house sold the handwritten lyrics for $1.2 million to a buyer.')
    assert not code(text).headline.startswith('"Once upon')


def test_a_first_line_with_its_speaker_is_still_the_fallback_headline():
    text = '"We will rebuild the bridge," the mayor said on Monday after the flood.\n\nThe river rose two metres overnight.'
    assert code(text).headline.startswith('"We will rebuild the bridge," the mayor said')


# -- "<Name> - not her real name - who ...": a spaced hyphen's "not" aside negates nothing

def test_a_not_aside_between_spaced_hyphens_negates_nothing():
    text = "The group gave the example of a 12-year-old girl it named Ana - not her real name - who was wed at 12."
    assert _claims(text)[0][2] == "stated"


@pytest.mark.parametrize("text, certainty", [
    ("The town was not flooded - no homes were hit - and the road is open.", "negated"),  # the clause's own "not"
    ("The firm did not pay - not even once - the fees it owed.", "negated"),
])
def test_a_negated_clause_around_a_not_aside_stays_negated(text, certainty):
    assert _claims(text)[0][2] == certainty


# -- "who was pictured with <X> in 2015": a past event told, no photo caption (the sentence was dropped as one)

@pytest.mark.parametrize("sentence", [
    "The girl, who was pictured with the singer in 2015, sent a message to the star before the show.",
    "The pair had been pictured together at a party in May, the paper said.",
])
def test_a_past_pictured_is_no_caption(sentence):
    from summarizer.verify import furniture_kind
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Ann Roe, pictured with her dog, said the park was closed.",
    "Ann Roe is pictured with her daughter at the fair.",
])
def test_a_caption_pictured_is_still_one(sentence):
    from summarizer.verify import furniture_kind
    assert furniture_kind(sentence) == "photo caption"


@pytest.mark.xfail(strict=True, reason="the joined sentence's longer content tips relation_for's half-coverage rule: the "
                   "'he saw that ...' of a 'when' clause is then the subject's (the shorter sentence stays the outlet's)")
def test_a_saw_that_in_a_when_clause_with_a_nickname_stays_the_outlets():
    text = ('Tom Reed was a young clerk at the mill when, one cold morning, he saw that Ray Vale and J.P. "The Big Bopper" '
            'Rich had died in a crash near Easton.')
    assert who(text, text) is None
