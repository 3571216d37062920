"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 39, real48; issue 12): a rugby league coach on a player's move, a track cycling meeting with pundits' lines,
a bombing victim's parents, a speed camera, a stranded passenger, a football pundit, sick schoolgirls, a verdict, a
treasure find, a motorway crash, a short film, tax credits, an opposition leader, noise complaints, police drones, an
arrest, a doping ban, a commissioner's review, a teenager's treatment, a survivor's account. Each is written here as
invented text of the same shape, with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution.lead_ins import label_line
from summarizer.caption_repeats import repeated_caption
from summarizer.quantity import quantities
from summarizer.verify import furniture_kind
from tests.reading import code


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.attributed_to, c.certainty) for c in code(text).claims]


def _source_of(text: str, start: str) -> str:
    return next(w for t, w, _ in _claims(text) if t.lstrip('"“').startswith(start))


def _counted(sentence: str) -> list[str]:
    return [q["counted"] for q in quantities(sentence)]


# -- a line that only names a speaker, then their quoted paragraphs (a sport page's pundit lines)

_MEET = ("Ann Vask won bronze in the sprint on Friday.\nThe team were fifth in the pursuit.\n"
         "{label}\n\"She had a fantastic final lap. She timed her effort well.\n\"It will take her some time to recover.\"\n"
         "The squad travel home on Monday.\n")


@pytest.mark.parametrize("label, name", [
    ("Olympic champion Tom Reyes", "Tom Reyes"),
    ("Four-time Olympic gold medallist Dame Ada Quist", "Dame Ada Quist"),
    ("Former Pellby captain Tom Reyes", "Tom Reyes"),
    ("Sky Sports pundit Tom Reyes", "Tom Reyes"),
])
def test_a_speaker_line_gives_the_quoted_paragraphs_after_it_their_speaker(label, name):
    text = _MEET.format(label=label)
    assert _source_of(text, "She had a fantastic final lap") == name
    assert _source_of(text, "It will take her some time") == name


@pytest.mark.parametrize("line", [
    "Rain in Pellby Valley",  # a crossheading: a function word before its capitals
    "Flooding hits Pellby Valley",  # a verb, no noun of a person
    "Storm batters Pellby Valley",
    "Fans cheer Tom Reyes",
    "Picture shows Ada Quist",
    "Olympic champion Tom Reyes said he was pleased.",  # a sentence, not a line that only names
])
def test_apart_a_crossheading_or_a_sentence_names_no_speaker(line):
    assert label_line(line) is None


def test_apart_a_speaker_line_inside_a_paragraph_is_no_label():
    text = ("Ann Vask won bronze in the sprint on Friday. Olympic champion Tom Reyes\n"
            "\"She had a fantastic final lap. She timed her effort well.\"\nThe squad travel home on Monday.\n")
    assert _source_of(text, "She had a fantastic final lap") != "Tom Reyes"


# -- a year of an era is no count

@pytest.mark.parametrize("sentence", [
    "Found on a farm near Pellby, the circa 600 AD coin was made by local kings.",
    "The fort was built in 44 BC by the legion.",
    "The wall dates from 122 A.D. and was rebuilt later.",
    "Vesuvius buried the town in AD 79.",
    "The temple stood from 300 BCE until the flood.",
])
def test_a_year_of_an_era_is_no_count(sentence):
    assert _counted(sentence) == []


@pytest.mark.parametrize("sentence, counted", [
    ("The firm hired 600 CEOs last year.", "CEOs"),
    ("The clinic treats 600 ADHD patients a year.", "ADHD patients"),
    ("They found 300 coins from 200 BC.", "coins"),
])
def test_apart_a_count_next_to_capitals_stays_a_count(sentence, counted):
    assert counted in _counted(sentence)


# -- "six people's lives": the people are counted

def test_a_count_of_people_before_a_possessive_counts_the_people():
    assert _counted("The show follows four people's journeys through grief and hope.") == ["people"]


@pytest.mark.parametrize("sentence, counted", [
    ("The firm sold 300 children's books at the fair.", "children's books"),  # a kind of book
    ("Four women's teams reached the final.", "women's teams"),
    ("Six people were hurt in the crash.", "people"),
])
def test_apart_a_kind_named_by_a_possessive_keeps_its_noun(sentence, counted):
    assert _counted(sentence) == [counted]


# -- a quotation's inner quotation closed with its stop gets no second stop

def test_a_part_ending_on_an_inner_quotations_stop_gets_no_second_stop():
    text = ("Tom Reyes met a dialogue coach in Pellby.\n"
            "\"He asked: 'Are all men equal?' I said: 'Of course they are.' He replied: 'Some men are tall and strong.'\"\n")
    texts = [t for t, _, _ in _claims(text)]
    assert any(t.startswith("\"I said: 'Of course they are.'") for t in texts)
    assert not any(".'." in t or "?'." in t for t in texts)


def test_apart_a_part_ending_without_a_stop_still_gets_one():
    text = ('Ann Vask spoke after the race. "We trained for years, and we will go on training until the '
            'next games," she said.')
    assert all(t.rstrip('"”').endswith((".", "!", "?")) for t, _, _ in _claims(text))


# -- a description after a name with particles or a number between its capitals: the whole name

@pytest.mark.parametrize("sentence, subject", [
    ("The play has been made for Pellby 2012 Festival, a nationwide arts event.", "Pellby 2012 Festival is"),
    ("The deal was signed by Pedro de la Vega, who has run the firm since 2001.", "Pedro de la Vega has"),
    ("Rebels back the elected Premier Sheikh Tarif bin Omar al-Harun, who has led the cabinet since 1980.",
     "Premier Sheikh Tarif bin Omar al-Harun has"),
])
def test_a_description_names_the_whole_name(sentence, subject):
    texts = [t for t, _, _ in _claims(sentence)]
    assert any(t.startswith(subject) for t in texts), texts


@pytest.mark.parametrize("sentence, subject", [
    ("The firm hired staff in 2012 Pellby, which is a town.", "Pellby is"),  # a year before the name, no name's number
    ("The award went to Pellby Town, which won three Cup finals.", "Pellby Town won"),
])
def test_apart_a_name_without_particles_keeps_its_reading(sentence, subject):
    texts = [t for t, _, _ in _claims(sentence)]
    assert any(t.startswith(subject) for t in texts), texts


# -- "<Name>, right, was ... , left, ...": a photo caption

@pytest.mark.parametrize("sentence", [
    "Ada Quist, right, was fatally shot by officer Tom Vask, left, in April.",
    "Ada Quist, left, and Tom Vask, right, pose at the gala.",
    "Ada Quist, centre, celebrates with team-mates after the final.",
])
def test_a_position_word_set_off_after_a_name_makes_a_caption(sentence):
    assert furniture_kind(sentence) == "photo caption"


@pytest.mark.parametrize("sentence", [
    "They drove down Main Street, left, and then right onto the bridge.",
    "Go past the Town Hall, right, then the bank.",
    "The vote split the party, left and right, for a decade.",
])
def test_apart_directions_are_no_caption(sentence):
    assert furniture_kind(sentence) is None


# -- a photo caption that only repeats the body: no claim

_PAGE = ("The family in this cottage may want to stay indoors, after a traffic camera was turned towards their gate. "
         "The grey camera once policed the limit on the lane in Pellby. But it has been broken for three years after all "
         "fixed units were shut down in the county. {caption} A council officer said they knew.")


def test_a_spaced_stop_caption_that_repeats_the_body_is_no_claim():
    text = _PAGE.format(caption="The traffic camera has been broken for more than three years .")
    assert not any(t.startswith("The traffic camera has been broken") for t, _, _ in _claims(text))
    start = text.index("The traffic camera has been")
    assert repeated_caption(text, start, text.index(" .", start) + 1)


def test_apart_a_spaced_stop_caption_with_news_of_its_own_stays():
    text = _PAGE.format(caption="About 200 cameras with outdated parts were shut down in the district in May .")
    assert any(t.startswith("About 200 cameras") for t, _, _ in _claims(text))


_LABELLED = ("The landlord Ada Quist, 68, said she knew nothing of the noise reports. "
             "Say it loud: The block on Pell Road has drawn six complaints about noise. "
             "House of noise: The block is near the harbour in Marlow. "
             "Neighbour Tom Vask told the Pellby Post the noise went on for hours. {caption}")


def test_a_labelled_caption_that_repeats_the_body_is_no_claim():
    text = _LABELLED.format(caption="Knew nothing: The landlord Ada Quist told the Pellby Post she knew nothing of the reports.")
    assert not any("told the Pellby Post she knew" in t for t, _, _ in _claims(text))


def test_apart_a_labelled_caption_with_news_of_its_own_stays():
    text = _LABELLED.format(caption="Out of town: The owner Ada Quist was away in Spain on holiday this week.")
    assert any("away in Spain" in t for t, _, _ in _claims(text))
