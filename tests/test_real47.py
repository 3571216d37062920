"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 38, real47; issue 12): police shootings and a chase, a court, an athletics record, a spy arrest, a study of
crime, a war, a ceremony, a football match, a bombing, a zoo-like centre, a jihadist's trial, an offshore accident,
a shot cat, a cyclist's death, a film's release, a demolished house, a column. Each is written here as invented text
of the same shape, with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer import thresholds
from summarizer.ground import cut_ending
from summarizer.places import place_of
from summarizer.quantity import quantities
from summarizer.summary_grounding import _shortened
from tests.reading import code, who


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.attributed_to, c.certainty) for c in code(text).claims]


def _source_of(text: str, start: str) -> str:
    return next(w for t, w, _ in _claims(text) if t.lstrip('"“').startswith(start))


def _certainty_of(text: str, start: str) -> str:
    return next(c for t, _, c in _claims(text) if t.lstrip('"“').startswith(start))


# -- a surname alone after a long capitalised description ending in a role noun and the full name

@pytest.mark.parametrize("intro, later, full", [
    ('"The chase was over by noon," said Pellby Police Special Agent Tom Vask.', '"Both men are fine," Vask said.', "Tom Vask"),
    ("Pellby Harbour Fire Chief Ann Rudd was asked whether the road was closed.", '"It was open by noon," Rudd said.', "Ann Rudd"),
])
def test_a_surname_takes_the_name_after_a_long_capitalised_description(intro, later, full):
    text = f"Two men were arrested after a chase in Pellby on Saturday. {intro} Officers seized a car. {later}"
    assert _source_of(text, later.split(",")[0].strip('"')) == full


def test_a_surname_after_a_short_title_keeps_its_reading():
    text = ('Two men were arrested in Pellby. "It was over by noon," said Agent Tom Vask. Officers seized a car. '
            '"Both men are fine," Vask said.')
    assert _source_of(text, "Both men are fine") in ("Tom Vask", "Agent Tom Vask")


# -- "identified (only) as <Name>": the name speaks

@pytest.mark.parametrize("sentence, name", [
    ("One officer, identified as Sgt. K. Marr, said in the report he was at a traffic stop when he heard the call.", "Sgt. K. Marr"),
    ("An officer identified as Sgt. Dunn said that he requested an ambulance.", "Sgt. Dunn"),
    ("A witness identified only as Ada said she saw the car leave.", "Ada"),
    ("A group known as Free Pellby said it had marched to the harbour.", "Free Pellby"),
])
def test_a_description_identified_as_a_name_gives_the_name(sentence, name):
    text = f"A police report included brief statements from six officers. {sentence} The road was shut."
    assert who(text, sentence) == name


@pytest.mark.parametrize("sentence", [
    "The man, identified as Tom Vell, was taken to hospital with a broken leg.",
    "The road, known locally as Mill Lane, was shut on Monday after the crash.",
])
def test_identified_as_without_a_cue_or_an_as_clause_names_no_one_new(sentence):
    text = f"A lorry hit a wall in Pellby on Monday. {sentence}"
    assert _source_of(text, sentence[:12]) == "article"


def test_critics_such_as_a_name_keep_the_whole_subject():
    text = "The council closed the pool. Critics such as Ella Moss said the plan had failed the town."
    assert _source_of(text, "Critics such as") == "Critics such as Ella Moss"


# -- "A <modifier> report <verb>": the cue word is a noun

@pytest.mark.parametrize("sentence", [
    "A police report included brief statements from six officers.",
    "A Harbour City Police report included brief statements from six officers.",
    "One council report listed the roads closed by the flood.",
])
def test_a_singular_subject_before_report_is_a_noun_phrase(sentence):
    text = f"Two men were arrested in Pellby. {sentence}"
    assert _source_of(text, sentence[:12]) == "article"


@pytest.mark.parametrize("sentence, source", [
    ("A council report said the bridge was unsafe.", "A council report"),
    ("A group of residents report that the bridge shakes.", "A group of residents"),
    ("A few people report that the bridge shakes.", "A few people"),
    ("A spokesman said the bridge was shut.", "A spokesman"),
    ("Residents report that the bridge shakes.", "Residents"),
])
def test_real_subjects_of_report_and_said_keep_their_source(sentence, source):
    text = f"Two men were arrested in Pellby. {sentence}"
    assert _source_of(text, sentence[:10]) == source


# -- a quotation glued to the tag before it ('... Rudd said."We ...')

def test_a_quotation_with_no_space_after_the_tag_before_is_still_the_speakers():
    text = ('Staff feed the horses at dawn. "We walk them twice a day," Rudd said."We do some work on their hooves. '
            'All of our horses, once a month, get new shoes." The farm is open on Sundays.')
    assert _source_of(text, "We do some work") == "Rudd"
    assert _source_of(text, "All of our horses") == "Rudd"
    assert _source_of(text, "The farm is open") == "article"


def test_a_closing_mark_glued_to_the_next_sentence_opens_nothing_new():
    text = 'The farm is open on Sundays. Rudd said the horses were "calm." The gate shuts at six.'
    assert _source_of(text, "The gate shuts") == "article"


# -- "would-be" is an adjective, no modal

@pytest.mark.parametrize("sentence", [
    "The group has spent a year selling its message to supporters and would-be recruits in the town.",
    "A new would-be buyer of the mill came forward on Monday.",
])
def test_would_be_as_an_adjective_is_no_hedge(sentence):
    assert _certainty_of(f"The mill closed in May. {sentence}", sentence[:12]) == "stated"


@pytest.mark.parametrize("sentence", [
    "The would-be buyer would pay cash for the mill.",
    "The board would be glad to sell the mill.",
])
def test_a_modal_would_still_hedges(sentence):
    assert _certainty_of(f"The mill closed in May. {sentence}", sentence[:12]) == "speculative"


# -- "the <role>" after a later person described with that role

def test_the_role_is_the_person_just_described_with_it_not_an_earlier_titled_one():
    text = ('Officer Sam Pell chased the car. In the report, another officer, Jon Bane, said he was heading to the scene. '
            'Bane said he talked with the driver of the van. "The driver was held in my patrol car," the officer reported. '
            'The officer wrote in his notes that the driver was held.')
    assert _source_of(text, "The driver was held in") == "Jon Bane"
    assert _source_of(text, "The officer wrote in his notes") == "Jon Bane"


def test_the_role_stays_the_titled_person_when_the_later_one_holds_a_longer_title():
    text = ('President Ann Roe opened the bridge. Vice President Tom Dee cut the ribbon. '
            '"It took ten years to build," the president said.')
    assert _source_of(text, "It took ten years") == "President Ann Roe"


def test_a_modal_between_a_singular_subject_and_a_bare_verb_keeps_the_subject():
    text = "The mill closed in May. A reader would now ask whether the town could have saved it, and why it did not."
    assert _source_of(text, "A reader would now ask") == "A reader"


def test_the_role_stays_the_titled_person_when_the_later_one_has_another_role():
    text = 'Officer Sam Pell chased the car. Jon Bane, a driver, said he saw it. "It was very fast," the officer said.'
    assert _source_of(text, "It was very fast") == "Officer Sam Pell"


# -- "the possibility of <n> years in prison": the years are of prison, not of the possibility



@pytest.mark.parametrize("sentence, counted", [
    ("Once found guilty, the clerk would face the possibility of 25 years in prison.", "prison"),
    ("The driver faces the prospect of 12 years in jail.", "jail"),
])
def test_a_measure_after_a_prospect_noun_counts_what_follows(sentence, counted):
    assert [q["counted"] for q in quantities(sentence)][:1] == [counted]


@pytest.mark.parametrize("sentence, counted", [
    ("He faces a sentence of 40 years in prison.", "sentence"),
    ("The mill faces a fine of 5,000 pounds.", "fine"),
    ("Forecasters warned of a risk of 40 deaths a year.", "deaths"),
])
def test_a_measure_of_a_real_noun_keeps_it(sentence, counted):
    assert [q["counted"] for q in quantities(sentence)][:1] == [counted]


# -- a round bullet glued to a capital is a list marker

def test_a_glued_round_bullet_is_no_part_of_the_claim():
    text = ("The old ferries were honoured in a ceremony on Friday.\n"
            "•They carried mail from Pellby to the outer islands every week in winter\n"
            "•By May 1950, the route had claimed 14 boats\nThe ceremony ended at noon.")
    texts = [t for t, _, _ in _claims(text)]
    assert any(t.startswith("They carried mail") for t in texts)
    assert not any("•" in t for t in texts)


def test_a_hyphen_glued_to_a_number_stays_a_minus():
    text = "The lake froze over on Monday.\n-5C was the lowest reading at the Pellby station that night."
    assert any(t.startswith("-5C") for t, _, _ in _claims(text))


# -- `where`: a study's name and an owner's person are no places



@pytest.mark.parametrize("evidence", [
    "That shrieking sound you heard was from Pellby News' Ada Marr, who said the plan would fail.",
    "The findings from the Pellby Study of Youth Health and Sport have been published in the journal.",
])
def test_no_place_in_a_study_or_an_owners_person(evidence):
    assert place_of(evidence) is None


@pytest.mark.parametrize("evidence, place", [
    ("The match was played in Port Ellis on Sunday.", "Port Ellis"),
    ("The group met in the Study Hall in Pellby.", "Pellby"),
])
def test_places_near_those_shapes_stay(evidence, place):
    assert place_of(evidence) == place


# -- the fallback headline: no cut before a comparison's "as", nor after a one-word conjunct



@pytest.mark.parametrize("line, bad_end", [
    ("A survey found children from poorer homes were twice as likely to be stopped by police than other children of that age.",
     "twice"),
    ("The dog had been hit twice in the side and once in its left front leg, which vets had to remove later.", "once"),
])
def test_the_fallback_headline_is_not_cut_inside_a_comparison_or_a_conjunct(line, bad_end):
    assert not _shortened(line.split(), thresholds.FALLBACK_HEADLINE_WORDS).endswith(bad_end)


def test_the_fallback_headline_still_cuts_before_a_modifier_phrase():
    line = "Police arrested two young men at a house in Pellby on Friday after a long chase through the old town centre."
    assert _shortened(line.split(), thresholds.FALLBACK_HEADLINE_WORDS) == "Police arrested two young men at a house in Pellby on Friday"


# -- a model's line that trails off in an ellipsis is cut



def test_a_summary_sentence_ending_in_an_ellipsis_after_a_word_is_cut():
    assert cut_ending("On Monday, the firm released a new app that includes more...") is not None
    assert cut_ending("On Monday, the firm released a new app that includes more…") is not None


@pytest.mark.parametrize("sentence", ['The singer said "we waited..."', "The firm released a new app on Monday."])
def test_a_quotation_closing_on_an_ellipsis_or_a_plain_stop_is_not_cut(sentence):
    assert cut_ending(sentence) is None
