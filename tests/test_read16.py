"""read16: eight documents of the faithfulness corpora no session had read (courts, culture,
housing, health, energy, immigration, science, sport), read as articles. The sentences below are
invented in the shape of the faults found there; the near-misses must not change. Expected answers
were written before the tool was run on them."""

from __future__ import annotations

import pytest

from summarizer.attribution.certainty_marks import uncontracted
from summarizer.attribution.name_kinds import classify
from tests.test_read14 import _claim  # (the claim of a one-paragraph body that starts so, shared with read14)
from tests.test_reading_outputs import _code


def _claims(body: str):
    return _code("A headline for the test.\n\n" + body).claims


# --- a pronoun's contracted "is" before a passive allegation ---------------------------------------
# ("He's accused of killing his friend ... in 2000." was the outlet's `stated`; "is accused of" was not)

def test_a_contracted_allegation_is_unconfirmed():
    c = _claim("Jane Roe, a builder from Pellston, has long been in the news. "
               "She's accused of stealing tools from a depot in Pellston in 2019.", "She's accused")
    assert (c.attributed_to, c.certainty) == ("unnamed sources", "unconfirmed")


def test_they_re_said_to_is_unconfirmed():
    c = _claim("The Pellston builders are in the news again. "
               "They're said to be planning a new depot by the river before the end of the year.", "They're said")
    assert c.certainty == "unconfirmed"


@pytest.mark.parametrize("text, expected", [
    ("he's accused of theft", "he is accused of theft"),
    ("they’re said to be ready", "they are said to be ready"),
    ("he's been accused of theft", "he's been accused of theft"),  # "has": not matched
    ("the firm's alleged role", "the firm's alleged role"),  # a possessive, not a pronoun
])
def test_uncontracted(text, expected):
    assert uncontracted(text) == expected


def test_has_accused_stays_the_outlet_s():
    # near-miss: "'s" = "has", an accusation made, not an agentless allegation
    c = _claim("Tom Bell runs the Pellston depot. He's accused the council of wasting money on the new depot in Pellston.",
               "He's accused the council")
    assert c.certainty != "unconfirmed"


# --- "Another <role> from <Place>, <Name>, said" ---------------------------------------------------
# ("Another parliamentarian from Qom, Ahmad ..., suggested that ..." was the outlet's)

@pytest.mark.parametrize("body", [
    "Another councillor from Pellston, Omar Bede Farlan, suggested that the flooding could have been avoided by the council.",
    "Another councillor from Pellston, Omar Farlan, said that the flooding could have been avoided by the council.",
    "A councillor from Pellston, Omar Bede Farlan, suggested that the flooding could have been avoided by the council.",  # unchanged
])
def test_another_role_then_name_names_the_person(body):
    assert _claims(body)[0].attributed_to.startswith("Omar")


def test_another_without_a_name_stays_the_outlet_s():
    c = _claims("Another day of heavy rain, the third this week, flooded the main road in Pellston on Monday.")[0]
    assert c.attributed_to == "article"


# --- "said <Capitalised title with 'and'>, <Name>." ------------------------------------------------
# ('"...," said <Org> Director for <Field> and <Field>, <First> <Last>.' was the outlet's)

_Q = '"After three years of work, the bridge over the river is in great shape," said '


@pytest.mark.parametrize("tail, who", [
    ("Pellston Director for Roads and Bridges, Mara Kell.", "Mara Kell"),
    ("Pellston Director for Roads, Mara Kell.", "Mara Kell"),
    ("the director for roads, Mara Kell.", "Mara Kell"),  # unchanged
])
def test_a_long_title_then_the_name(tail, who):
    assert _claims("The bridge reopened on Monday. " + _Q + tail)[-1].attributed_to == who


# --- a charity is an organisation ------------------------------------------------------------------
# ('..., said <Word> of the <Words> charity, which is helping ...' named only its first word; '"We have tents ...," it
# said.' after the charity's sentence went to the government)

_CHARITY = ('The council said on Sunday that 300 people had left their homes. '
            '"There has been a lot of support from people across the town," said Hope for the Homeless charity, '
            'which runs a shelter in Pellston. The charity said last week that about 500 people had fled to the shelters. '
            'Hope for the Homeless assured residents that it has a hall in Dunmore for those who need it. '
            '"We have beds and blankets on standby but hope that this does not become necessary," it said.')


@pytest.mark.parametrize("start", ["There has been a lot of support", "The charity said last week", "We have beds"])
def test_a_charity_speaks_and_is_it(start):
    assert _claim(_CHARITY, start).attributed_to in ("Hope for the Homeless charity", "Hope for the Homeless")


def test_the_council_stays_the_council():
    assert _claim(_CHARITY, "The council said on Sunday").attributed_to == "The council"


# --- Spanish and Portuguese place-name openers -----------------------------------------------------
# ("Los Angeles" was a person; "the attorney said" resolved to it)

@pytest.mark.parametrize("name, kind", [
    ("Los Altos", "place"), ("San Marcos", "place"), ("Santa Elena", "place"), ("Las Palmas", "place"),
    ("Sandra Bell", "person"), ("Santana Moss", "person"), ("Jane Roe", "person"),
])
def test_place_openers(name, kind):
    assert classify(name) == kind


def test_the_attorney_is_not_a_place():
    body = ("Tom Bell faces a fraud charge in Pellston. But the bigger fight will unfold in Los Altos, where the "
            "district attorney filed a murder charge against Bell last month. Bell's attorney, Jane Roe, said it "
            "was a sign that the police were desperate. Doctors treated him for a broken arm, the attorney said.")
    assert _claim(body, "Doctors treated him").attributed_to != "Los Altos"


# --- "not only A, but B" is one part ----------------------------------------------------------------

def test_not_only_but_is_not_cut():
    c = _claims('"Many people here have rallied round, angry at the break-ins not only because the victims '
                'live nearby, but because they are fellow citizens," said Jane Roe, a volunteer.')
    assert len(c) == 1 and "fellow citizens" in c[0].text and "not only" in c[0].text


def test_but_without_not_only_is_cut():
    texts = [c.text for c in _claims("The council closed the library on Monday, but the museum stayed open until the evening.")]
    assert texts == ["The council closed the library on Monday.", "The museum stayed open until the evening."]


# --- "Not since X has Y ..." affirms ----------------------------------------------------------------
# ("Not since Zayn Malik announced that ... has Twitter had such a meltdown" was `negated`)

@pytest.mark.parametrize("body, certainty", [
    ("Not since the floods of 1990 has the river at Pellston risen so high in a single night.", "stated"),
    ("The river at Pellston has not risen so high since the floods of 1990.", "negated"),
    ("Not all of the residents of Pellston left their homes before the river rose.", "negated"),
])
def test_not_since(body, certainty):
    assert _claims(body)[0].certainty == certainty


# --- a bare surname and a relative introduced by it ------------------------------------------------
# ("<Surname> has long maintained ..." went to the relative introduced as "<Surname>'s first wife")

_BARLOW = ("A grand jury has charged property heir Tom Barlow with fraud. Prosecutors accuse Barlow of hiding "
           "money from the court. The money vanished in 1990, shortly before investigators were due to question "
           "Barlow's first wife, Ann Marie Barlow. Barlow has long insisted that he played no part in the loss "
           "of the money. He admitted moving funds abroad at a 2003 hearing.")


@pytest.mark.parametrize("start", ["Barlow has long insisted", "He admitted moving funds"])
def test_the_bare_surname_is_not_the_relative(start):
    assert _claim(_BARLOW, start).attributed_to == "Tom Barlow"


def test_a_relative_who_speaks_does_not_take_the_surname():
    # session 44 (lead44) turned this near-miss round: a relative introduced as one is named in full after, even when
    # she spoke and he did not; PolNeAR's "Trump says he would pay for it ..." went to the candidate's daughter, who
    # had spoken, under the old order (the one who spoke first)
    body = ("A grand jury has charged property heir Tom Barlow with fraud. Barlow's first wife, Ann Marie Barlow, "
            "said the money was never hers. Barlow said on Monday that the money had been spent on the house.")
    assert _claim(body, "Barlow said on Monday").attributed_to == "Tom Barlow"


def test_near_miss_two_of_one_surname_neither_a_relative_the_one_who_spoke():
    body = ("A grand jury has charged property heir Tom Barlow with fraud. Ann Marie Barlow, a neighbour, said the money "
            "was never hers. Barlow said on Monday that the money had been spent on the house.")
    assert _claim(body, "Barlow said on Monday").attributed_to == "Ann Marie Barlow"


# --- ", shortly before X were set to ..." ----------------------------------------------------------
# ("<Name> was killed ... in <Month> <Year>, shortly before <officials> were set to <verb> her" was
# `speculative`, kind plan)

def test_a_degree_time_clause_is_not_the_main_clause():
    c = _claim(_BARLOW, "The money vanished")
    assert (c.certainty, c.kind) == ("stated", "event")


@pytest.mark.parametrize("body, certainty", [
    ("The council is set to vote on the plan for the new depot on Monday, shortly before the holiday.", "speculative"),
    ("The shop on the high street closed its doors for good, days after the flood in Pellston.", "stated"),
])
def test_a_degree_time_clause_near_misses(body, certainty):
    assert _claims(body)[0].certainty == certainty


# --- left: a wire tag glued to the first word hides an opening frame ------------------------------
# ("(CNN)The <State> <Regulator> on <Day> said it is ordering ..." was the
# outlet's: `analyze` reads no frame when "(CNN)" opens the sentence; without the tag it does. Found
# after the suite had started on the final code; the lead fixed it: attribution/reading_copy.py blanks
# the tag, session 15.)

def test_a_wire_tag_before_an_opening_frame():
    c = _claims("(CNN)The Harlow Valley Water Board on Thursday said it is ordering Pellmore Utilities to pay "
                "a record $3 million penalty for leaks at its reservoir near Dunmore.")[0]
    assert c.attributed_to == "The Harlow Valley Water Board"


def test_without_the_wire_tag_the_frame_is_read():
    c = _claims("The Harlow Valley Water Board on Thursday said it is ordering Pellmore Utilities to pay "
                "a record $3 million penalty for leaks at its reservoir near Dunmore.")[0]
    assert c.attributed_to == "The Harlow Valley Water Board"
