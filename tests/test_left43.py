"""Session 34, left43: the attribution and certainty shapes session 33's sections left (issue 12).

Every sentence is invented (other names, places, topics and numbers than any dev text); each fixed shape has
near-misses that must keep their reading. See evals/RESULTS.md "Session 34: left43".
"""

from __future__ import annotations

import pytest

from tests.reading import code, who

H = "Local news\n\n"


def _claims(text: str):
    return [(c.text, c.attributed_to, c.certainty) for c in code(H + text).claims]


def _source_of(text: str, start: str):
    return next(src for t, src, _ in _claims(text) if t.startswith(start))


# 1. "A, said a trader who works at the market, adding that B": B is the trader's too --------------------------

@pytest.mark.parametrize("text", [
    "Tin prices climbed on Wednesday, said a broker who works at the Parlow exchange, adding that stocks were low.",
    "Tin prices climbed on Wednesday, said a broker, who works at the Parlow exchange, adding that stocks were low.",
    "Tin prices climbed on Wednesday, said a broker whose desk trades metals, adding that stocks were low.",
    "Tin prices climbed on Wednesday, said a broker at the Parlow exchange, adding that stocks were low.",  # (main already)
])
def test_adding_after_a_relative_is_the_source_s(text):
    assert _source_of(text, "A broker") == "a broker"


def test_relative_without_adding_keeps_one_claim():
    claims = _claims("Tin prices climbed on Wednesday, said a broker who works at the Parlow exchange.")
    assert len(claims) == 1 and claims[0][1] == "a broker"


# 3. "The trust claims ...": a body's noun before "claims" ------------------------------------------------------

@pytest.mark.parametrize("noun", ["trust", "guild", "society", "cooperative", "consortium", "syndicate"])
def test_body_noun_claims_is_a_source(noun):
    s = f"The {noun} claims the new road will split the village in two."
    assert who(H + s, s) == f"The {noun}"


@pytest.mark.parametrize("s, expected", [
    ("The report claims the new road will split the village in two.", "The report"),  # a document: a source
    ("The idea claims the new road will split the village in two.", None),  # no body: not news, no source
    ("The trust says the new road will split the village in two.", "The trust"),  # (main already)
])
def test_claims_near_misses(s, expected):
    assert who(H + s, s) == expected


def test_insurance_claims_stay_a_noun():
    s = "Storm damage claims rose by a third in the winter, the insurer said."
    assert who(H + s, s) == "the insurer"


# 6. "<Player> added a second in the 71st minute": an act, not speech ------------------------------------------

SPORT = "Rina Osei scored twice as Dunmore beat Calder 3-1 on Sunday.\n\n"


@pytest.mark.parametrize("s", [
    "Osei, 23, opened the scoring after eight minutes and added a second in the 71st minute.",
    "Osei opened the scoring and added another late on.",
    "The mill cut its prices and added 120 jobs at the plant.",
])
def test_added_thing_is_no_speech(s):
    claims = code(H + SPORT + s).claims
    assert all(c.attributed_to == "article" for c in claims if "Dunmore beat" not in c.text), \
        [(c.text, c.attributed_to) for c in claims]


@pytest.mark.parametrize("s", [
    "Osei welcomed the win and added that the team had earned it.",
    "Osei welcomed the win and added a warning that the title race was open.",
])
def test_added_speech_near_misses(s):
    assert _source_of(SPORT + s, "Osei added") == "Rina Osei"


def test_added_tag_stays_speech():
    s = "The side played well, Osei added."
    assert who(H + SPORT + s, s) == "Rina Osei"


# 7. ", according to the <Name> property index" -----------------------------------------------------------------

@pytest.mark.parametrize("s, src", [
    ("Rents in Corvale have risen 6% over the past year to an average of £940 a month, according to the Pellam rental index.",
     "the Pellam rental index"),
    ("Rents in Corvale have risen 6%, according to the Pellam Rental Index.", "the Pellam Rental Index"),
    ("Rents in Corvale have risen 6%, according to the Pellam survey.", "the Pellam survey"),  # (main already)
])
def test_named_index_is_a_source(s, src):
    assert who(H + s, s) == src


@pytest.mark.parametrize("s", [
    "By that measure she counts as heavy according to her own body mass index.",
    "The quake measured 5.2 according to the Richter scale.",
])
def test_index_as_a_norm_stays_no_source(s):
    assert who(H + s, s) is None


# 4. "resigned after an audit found that the money could not be traced" ------------------------------------------

@pytest.mark.parametrize("s", [
    "Fenna Brandt resigned on Thursday after an audit found that the grant could not be traced.",
    "Fenna Brandt stepped down after the board said she could not stay on.",
])
def test_negation_in_a_reported_time_clause_is_its_own(s):
    (claim,) = _claims(s)
    assert claim[2] == "stated", claim


@pytest.mark.parametrize("s, certainty", [
    ("Fenna Brandt did not resign after an audit found that the grant was missing.", "negated"),  # the main clause's own
    ("The depot could close after the inspector said it was unsafe.", "speculative"),  # the main clause's modal
])
def test_time_clause_near_misses(s, certainty):
    (claim,) = _claims(s)
    assert claim[2] == certainty, claim


def test_said_after_a_meeting_keeps_its_negated_content():
    (claim,) = _claims("Fenna Brandt said after the meeting that she would not resign.")
    assert claim[1] == "Fenna Brandt" and claim[2] == "negated", claim


# 2. a "he" after a plural noun of people that opens its sentence --------------------------------------------------

PLEDGE = ("“I will not back this budget,” Tom Reed said in June. {group} questioned how Reed could drop a pledge he had "
          "made. “That pledge ended the day the cuts came out,” {pronoun} said.")


def test_he_skips_a_plural_group_noun():
    text = H + PLEDGE.format(group="Delegates", pronoun="he")
    assert who(text, "“That pledge ended the day the cuts came out,” he said.") == "Tom Reed"


@pytest.mark.parametrize("group, pronoun, src", [
    ("Delegates", "they", "Delegates"),  # a plural pronoun keeps the group
    ("The delegate", "he", "Tom Reed"),  # (main already)
])
def test_pronoun_near_misses(group, pronoun, src):
    text = H + PLEDGE.format(group=group, pronoun=pronoun)
    assert who(text, f"“That pledge ended the day the cuts came out,” {pronoun} said.") == src


# 8. a headline's lower-case trade before a one-word name --------------------------------------------------------

FLIGHTS = "\n\nSkyvo said on Monday that a strike would cancel 200 flights."


@pytest.mark.parametrize("headline, src", [
    ("Fitness app Skyvo says strike will hit flights", "Skyvo"),
    ("Chip maker Skyvo says strike will hit flights", "Skyvo"),
    ("Budget airline Skyvo says strike will hit flights", "Skyvo"),  # (main already)
    ("Ludwig van Skyvo says strike will hit flights", "Ludwig van Skyvo"),  # a name particle: the name is whole
    ("Party spokeswoman Ann Skyvo says strike will hit flights", "Ann Skyvo"),  # (an office before the name: the name, session 43 policy)
])
def test_headline_trade_is_not_the_name(headline, src):
    text = headline + FLIGHTS
    assert who(text, FLIGHTS.strip()) == src
