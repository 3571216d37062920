"""Session 31, intl38: who says what in international news copy (issue 12).

Names and titles from outside US and UK politics already read well (East Asian order, one-word
names, "van der", "de la", "Mac", "O'", "N'", hyphenated given names, "Sheikh", "Emir", "Lt-Gen",
"Taoiseach", a capital speaking for its government: the cases below keep them). What broke:
quotation marks other outlets use («», »«, „“, ‹›), and a tag whose tail names a long medium
("..., the ministry said in a bulletin on its messaging channel."). Every sentence is invented.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.medium_tail import medium_tail
from summarizer.attribution.other_marks import english_marks
from summarizer.chunk import split_sentences
from summarizer.marks import pair_mixed
from tests.reading import code, who


# -- quotation marks of other outlets, read as English ones in the working copy --

def test_other_marks_keep_length_and_read_as_english_pairs():
    for text, want in [("«Abc def,» she said.", "“Abc def,” she said."),
                       ("»Abc def,« she said.", "“Abc def,” she said."),
                       ("„Abc def,“ she said.", "“Abc def,” she said."),
                       ("„Abc def,” she said.", "“Abc def,” she said."),
                       ("‹Abc def›, she said.", "‘Abc def’, she said."),
                       ("She said: « Abc def ».", "She said: “ Abc def ”.")]:
        out = english_marks(text)
        assert len(out) == len(text) and out == want, (text, out)


def test_english_marks_unchanged():
    text = "“Abc,” she said, and ‘def’ too; \"ghi\" he wrote."
    assert english_marks(text) == text
    assert pair_mixed(text) == text


@pytest.mark.parametrize("sentence, speaker", [
    ("«The quay at Varnholm will reopen in May,» Ilse Brandvik said.", "Ilse Brandvik"),
    ("„The quay at Varnholm will reopen in May,“ Ilse Brandvik said.", "Ilse Brandvik"),
    ("»The quay at Varnholm will reopen in May,« said Ilse Brandvik.", "Ilse Brandvik"),
    ("‹The quay at Varnholm will reopen in May›, said Ilse Brandvik.", "Ilse Brandvik"),
])
def test_a_tag_after_other_marks_names_the_speaker(sentence, speaker):
    assert who(sentence, sentence) == speaker


def test_sentences_end_after_other_closing_marks():
    t = "Tolvik said: „The ferry runs again in June.“ Ostmark said: «The fares stay low.» Then rain came."
    got = [t[s.start:s.end] for s in split_sentences(t)]
    assert got == ["Tolvik said: „The ferry runs again in June.“", "Ostmark said: «The fares stay low.»", "Then rain came."]


def test_claims_quoted_with_other_marks_are_kept_and_attributed():
    s = code("Ferry\n\nThe quay at Dunhallow shut on Monday.\n\n"
             "Ilse Brandvik said: „The ferry will sail again in June.“\n\n"
             "Tomas Hergard said: «The fares will stay the same until August.»\n")
    got = {c.text: c.attributed_to for c in s.claims}
    assert got.get("Ilse Brandvik said: “The ferry will sail again in June.”") == "Ilse Brandvik", got
    assert got.get("Tomas Hergard said: «The fares will stay the same until August.»") == "Tomas Hergard", got


# -- a tag whose tail names only the medium, however long (wire copy) --

@pytest.mark.parametrize("sentence, speaker", [
    ("Four flares were fired near Kaldmere, the ministry said in a bulletin on its messaging channel.", "the ministry"),
    ("Four flares were fired near Kaldmere, the ministry said in a statement posted on its messaging channel.", "the ministry"),
    ("The night curfew will end on Friday, the premier said in a televised address to the nation.", "the premier"),
    ("The night curfew will end on Friday, the premier said in a televised address on Sunday evening.", "the premier"),
])
def test_a_long_medium_tail_keeps_the_speaker(sentence, speaker):
    assert who(sentence, sentence) == speaker


def test_a_tail_with_a_clause_is_more_than_a_medium():
    assert medium_tail(" in a bulletin on its messaging channel.")
    assert not medium_tail(" in a statement that also named the two pilots.")
    assert not medium_tail(" in a televised address after the talks in the capital collapsed.")
    assert not medium_tail(" in the morning.")  # no medium at its head


# -- names and titles of international news that already read right (kept) --

@pytest.mark.parametrize("sentence, speaker", [
    ("Tanaka said the harbour tariffs would be lifted in March.", "Tanaka"),
    ("The canal locks will be repaired, said Pieter van der Welde.", "Pieter van der Welde"),
    ("De la Fuente said the orchard pickers would strike.", "De la Fuente"),
    ("The lighthouse will be sold, said Seamus McArdle.", "Seamus McArdle"),
    ("The cotton price has fallen, said Moussa N'Dongo.", "Moussa N'Dongo"),
    ("The tunnel will be widened, said Jean-Marc Tessier.", "Jean-Marc Tessier"),
    ("The shipyard will hire 300 welders, said Park Min-jae.", "Park Min-jae"),
    ("Lt-Gen Obiora said the brigade would pull back.", "Lt-Gen Obiora"),
    ("Taoiseach Farrelly said the border posts would close.", "Taoiseach Farrelly"),
    ("The naval drills were routine, Hanoi said.", "Hanoi"),
])
def test_international_names_and_titles_kept(sentence, speaker):
    assert who(sentence, sentence) == speaker


# -- wire copy: a final "X quoted Y as saying." and a medium with no determiner --

@pytest.mark.parametrize("sentence, speaker", [
    ("The governor of Pelmark resigned on Friday, the Tarvo agency quoted a regional aide as saying.", "a regional aide"),
    ("The dam at Ostrel was breached, Tarvo quoted Edda Lunn as saying.", "Edda Lunn"),
    ("The border talks failed, the foreign ministry said in remarks carried by the state news agency.", "the foreign ministry"),
])
def test_wire_tags_name_the_speaker(sentence, speaker):
    assert who(sentence, sentence) == speaker


def test_a_final_quoted_as_saying_needs_content_before_it():
    s = "Tarvo quoted Edda Lunn as saying."
    assert who(s, s) is None


# -- a place named by its possessor: "in Dorvel's Lemna district" --

from summarizer.places import place_of  # noqa: E402


@pytest.mark.parametrize("sentence, place", [
    ("A shell struck a clinic in Dorvel's Lemna district on Tuesday.", "Dorvel"),
    ("A shell struck a clinic in Žarnov's Upper Vesk quarter on Tuesday.", "Žarnov"),
    ("A shell struck a clinic in the Lemna district of Dorvel on Tuesday.", "Dorvel"),  # kept
])
def test_a_possessed_district_gives_its_city(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    "A fire broke out in Acme's Holt plant on Sunday.",  # a company's plant, no place
    "The vote was held in Brill's Oak Room on Sunday.",
    "The plan was sound in Tamsin Hale's view.",
])
def test_other_possessives_stay_no_place(sentence):
    assert place_of(sentence) is None


@pytest.mark.parametrize("sentence, speaker", [
    ("The ferry link will reopen, Sorrel wrote in a lengthy post on his messaging channel late on Sunday.", "Sorrel"),
    ("The ferry link will reopen, Sorrel told the Pellam daily in an interview published on Monday.", "Sorrel"),
    ("The ferry link will reopen, Sorrel was quoted as saying by Tarvo radio.", "Sorrel"),
])
def test_longer_wire_tails_keep_the_speaker(sentence, speaker):
    assert who(sentence, sentence) == speaker


def test_told_then_a_clause_is_no_medium():
    from summarizer.attribution.medium_tail import addressee_then_medium
    assert addressee_then_medium(" the Pellam daily in an interview published on Monday.")
    assert not addressee_then_medium(" the Pellam daily that the union would meet in an interview.")


def test_a_day_first_dateline_is_no_part_of_the_claim():
    s = code("Talks stall\n\nKORVAL, 4 March (Tarvo) - Talks on a truce in the hill region of Vessa stalled on Tuesday, "
             "the foreign ministry of Pellam said.\n")
    c = s.claims[0]
    assert c.text.startswith("Talks on a truce"), c.text
    assert c.attributed_to == "the foreign ministry of Pellam"


@pytest.mark.parametrize("sentence, speaker", [
    ("The rail link to Pravel will open in June, said Sra. Odalys Ferrer.", "Sra. Odalys Ferrer"),
    ("The rail link to Pravel will open in June, said Mme. Duvallon.", "Mme. Duvallon"),
    ("Srta. Ferrer said the rail link to Pravel would open in June.", "Srta. Ferrer"),
])
def test_dotted_courtesy_titles_of_other_languages(sentence, speaker):
    assert who(sentence, sentence) == speaker
