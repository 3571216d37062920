"""stated42: attributed statements the tool gave as the outlet's own `stated` fact (PolNeAR issue 12).

Invented sentences of the shapes read among the suite's 122 attributed claims shown `stated`
(evals/RESULTS.md "Session 34: stated42"), each with near-misses that must stay in the outlet's voice.
"""

from __future__ import annotations

import pytest

from tests.reading import who

LEAD = "The council met in Dorrow on Tuesday. "
TAIL = " The vote on the budget is set for next week."


def _who(sentence: str, before: str = "") -> str | None:
    return who(LEAD + before + sentence + TAIL, sentence)


# 1. The progressive of a speech or evaluation verb: "<X> is stressing / proposing / slamming ..."
@pytest.mark.parametrize("sentence, source", [
    ("The mayor is stressing the need to repair the old bridges before winter.", "The mayor"),
    ("The governor is proposing a tax credit for small farms and new bus lanes.", "The governor"),
    ("Senators are criticizing the port authority for the long delays at the docks.", "Senators"),
    ("Farm groups are slamming the water board for the new fees on wells.", "Farm groups"),
    ("Local unions are blasting the hospital chain for closing two clinics.", "Local unions"),
    ("The minister is accusing the rail firm of hiding the cost of the new line.", "The minister"),
    ("Ms. Varga is praising the volunteers who cleared the river banks.", "Ms. Varga"),
])
def test_progressive_speech_verbs_name_the_speaker(sentence, source):
    assert _who(sentence) == source


@pytest.mark.parametrize("sentence", [
    "The wind is slamming the shutters of the old mill all night.",
    "The firm is proposed as the new operator of the ferry line.",
    "Crews are repairing the old bridges before winter.",
])
def test_progressive_near_misses_stay_own_voice(sentence):
    assert _who(sentence) is None


# 2. "By <X>'s own admission/account, A": A is X's account.
@pytest.mark.parametrize("sentence, source", [
    ("By the coach's own admission, the team was not ready for the final.", "coach"),
    ("By her own account, the bakery lost two big clients last year.", "her"),
    ("By one estimate, the storm cost the county $40 million.", "estimate"),
])
def test_by_own_admission_opener_is_the_holders(sentence, source):
    got = _who(sentence)
    assert got is not None and source in got


@pytest.mark.parametrize("sentence", [
    "By late autumn, the bakery had lost two big clients.",
    "By Friday, the team was ready for the final.",
    "By admission of new members, the club grew to 300 people.",
])
def test_by_time_openers_stay_own_voice(sentence):
    assert _who(sentence) is None


# 3. A published forecast revised is a speech act of its maker (GUIDELINES §13).
@pytest.mark.parametrize("sentence, source", [
    ("The fund edged up its forecast for the region by 0.2 percentage points to 3.1 percent.", "The fund"),
    ("The central bank cut its growth forecast for next year to 1.4 percent.", "The central bank"),
    ("Analysts at Dray Capital have lowered their estimates for the chain's sales.", "Analysts at Dray Capital"),
])
def test_revised_forecast_is_its_makers(sentence, source):
    assert _who(sentence) == source


def test_revised_forecast_by_a_pronoun_resolves_to_the_maker():
    first = "The fund edged up its forecast for the region by 0.2 percentage points to 3.1 percent."
    second = "It raised its forecast for farm exports to $12 billion."
    assert who(LEAD + first + " " + second + TAIL, second) == "The fund"


@pytest.mark.parametrize("sentence", [
    "The storm cut its power lines and the town went dark for two days.",
    "The club raised its ticket prices by 10 percent for the new season.",
    "Farmers cut their wheat planting by a fifth this spring.",
    "Exports rose 0.4 percentage points to 12 percent of output in March.",
])
def test_revisions_of_other_things_stay_own_voice(sentence):
    assert _who(sentence) is None


# 4. "<X> hailed <Y> as <Z>": X's characterisation, as "praised Y as Z" is.
@pytest.mark.parametrize("sentence, source", [
    ("A Herald editorial hailed the mayor as a friend of working families.", "A Herald editorial"),
    ("Ten years ago, a Herald article hailed the mayor as “The Quiet Builder” for the parks he built.", "a Herald article"),
])
def test_hailed_as_is_a_characterisation(sentence, source):
    assert _who(sentence) == source


@pytest.mark.parametrize("sentence", [
    "Outside the station she hailed a taxi to the harbour.",
    "The new bridge was opened in June after two years of work.",
])
def test_hailing_a_taxi_stays_own_voice(sentence):
    assert _who(sentence) is None


# 5. "<X> chalks up <Y> to <Z>": X's account of a cause, as "X attributed Y to Z" is.
@pytest.mark.parametrize("sentence, source", [
    ("Mr. Hale chalks up the losses both to bad luck and to an old fleet.", "Mr. Hale"),
    ("Analysts chalked the slowdown up to weak exports and a late harvest.", "Analysts"),
])
def test_chalked_up_to_is_an_account_of_a_cause(sentence, source):
    assert _who(sentence) == source


@pytest.mark.parametrize("sentence", [
    "The coach chalked up his 300th win on Saturday against the league leaders.",
    "Students chalked up slogans on the walls next to the town hall.",
])
def test_chalked_up_a_score_stays_own_voice(sentence):
    assert _who(sentence) is None
