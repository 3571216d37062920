"""Session 25, read26: shapes found reading the bundled tool's output on eight faithfulness documents no
session had read (a jury's verdict, an athletics record, a scientist's profile, detained activists, a
child's treatment abroad, a runaway farm vehicle, noise complaints in a city, a footballer coming out),
claim by claim against their articles. Invented sentences (names, places and topics changed), each
with what an analyst reads in it; see evals/RESULTS.md "Session 25: read26".

1. "In June, two weeks after the sale closed, Ivo Drent said ...": a date phrase and a lapse of time
   before the speaker pushed his content under half of the sentence, and the sentence was the outlet's
   `stated` fact (twice in one story, "told a paper" and "said").
2. "And retired keeper Ben Marsh, who trained with Oakes in 2010, wrote: “...”": a bare "And" before a
   long source left a colon quotation to the outlet's voice.
3. '"...," he was once quoted as saying.': a passive frame of quoting, the outlet's voice.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


# 1. a date and a lapse of time before the speaker -------------------------------------------------------
LAPSE = ("The ferry was sold to a private yard in May.\n\n"
         "In June, two weeks after the sale closed, Ivo Drent told a trade weekly a new survey showed \"no rust\" on the hull.\n\n"
         "But in June, two weeks after the sale closed, Mr Drent said the hull was sound.\n\n"
         "On Friday, three days before the vote, the harbor board said the fees would rise.")


@pytest.mark.parametrize("sentence,name", [
    ("In June, two weeks after the sale closed, Ivo Drent told a trade weekly a new survey showed \"no rust\" on the hull.", "Ivo Drent"),
    ("But in June, two weeks after the sale closed, Mr Drent said the hull was sound.", "Ivo Drent"),
    ("On Friday, three days before the vote, the harbor board said the fees would rise.", "the harbor board"),
])
def test_a_date_and_a_lapse_of_time_open_the_speakers_statement(sentence, name):
    assert who(LAPSE, sentence) == name


def test_the_lapse_claims_are_reported():
    claims = [c for c in code(LAPSE).claims if "two weeks after the sale" in c.text]
    assert len(claims) == 2 and all(c.attributed_to == "Ivo Drent" and c.certainty == "reported" for c in claims)


@pytest.mark.parametrize("text,sentence", [
    # apart: a lapse of time with an event of its own, no speaker: the outlet's
    ("The ferry was sold in May. In June, two weeks after the sale closed, the yard repainted the hull.",
     "In June, two weeks after the sale closed, the yard repainted the hull."),
    # apart: a long opener that is no lapse of time stays the outlet's
    ("The ferry was sold in May. In June, with the buyers angry about the long delays at the yard, Mr Drent said the hull was sound.",
     "In June, with the buyers angry about the long delays at the yard, Mr Drent said the hull was sound."),
])
def test_the_lapse_apart(text, sentence):
    assert who(text, sentence) is None


# 2. "And" before a long source of a colon quotation ------------------------------------------------------
ANDCOLON = ("Oakes announced his retirement from the club on Sunday.\n\n"
            "And retired keeper Ben Marsh, who trained with Oakes at the 2010 finals, wrote: \"Well done Sam. A brave choice.\"\n\n"
            "The club posted a note.")


def test_and_before_a_long_source_of_a_colon_quotation():
    assert who(ANDCOLON, "And retired keeper Ben Marsh, who trained with Oakes at the 2010 finals, wrote: \"Well done Sam.") \
        == "retired keeper Ben Marsh"
    first = next(c for c in code(ANDCOLON).claims if "Well done Sam" in c.text)
    assert first.attributed_to != "article" and first.certainty == "reported"


@pytest.mark.parametrize("sentence", [
    # apart: an indirect statement after "And" and a long source stays the outlet's (read25's strict xfail: half B)
    "And retired keeper Ben Marsh, who trained with Oakes at the 2010 finals, said the choice was brave.",
])
def test_and_before_a_long_source_apart(sentence):
    text = "Oakes announced his retirement on Sunday. " + sentence
    assert who(text, sentence) is None


# 3. "he was quoted as saying" ----------------------------------------------------------------------------
QUOTED_AS = ("Dr Lund has never been shy about his results. \"My lab is as good as any in the country,\" he was once quoted as saying.\n\n"
             "Later, Dr Lund was quoted as saying that the grant was too small.")


@pytest.mark.parametrize("sentence", [
    "\"My lab is as good as any in the country,\" he was once quoted as saying.",
    "Later, Dr Lund was quoted as saying that the grant was too small.",
])
def test_quoted_as_saying_is_the_quoted_persons(sentence):
    assert who(QUOTED_AS, sentence) == "Dr Lund"


def test_quoted_as_saying_after_a_question_inside_the_quotation():
    text = "Dr Lund is proud of his lab. \"Is my lab as good as any in the land? Yes,\" he was once quoted as saying. He lives in Varn."
    assert who(text, "Yes,\" he was once quoted as saying.") == "Dr Lund"


@pytest.mark.parametrize("text,sentence", [
    # apart: the quoting reporter's own passive with no saying participle stays the outlet's
    ("Dr Lund spoke at the fair. He was once quoted in three papers on the same day.", "He was once quoted in three papers on the same day."),
])
def test_quoted_as_apart(text, sentence):
    assert who(text, sentence) is None
