"""numbers43 (issues 15, 12): the number conflicts numbers37 and digest37 left under the wording floor
(a toll told "died" / "were killed", a turnout, a crowd, job cuts), a figure that counts itself, an age at
death read as a count, one value in two units read as agreement. Every article, name and number below is
invented (ours); the near misses (two places' tolls, a toll and a count of the hurt, two towns' rain, a
vote share and a seat count) must stay apart."""
from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections, to_digest_article
from summarizer.digest.counts import counts_differ, number_conflict
from summarizer.quantity import is_noun_phrase_of, quantities
from summarizer.rules import kind
from tests.reading import code
from tests.test_conf9 import _feats

#: Invented two-outlet pairs: a bus crash (with a second crash elsewhere and a referendum's turnout), a
#: company's results with a crowd, a raise and two towns' rain, a wildfire with a vote.
ARTICLES = {
    'toll_a': 'Bus plunges off mountain road near Tarvell\n\nEleven people died when a bus plunged off a mountain road near Tarvell on Sunday, regional police said.\n\nIn a separate crash in Delby, three people died when a van hit a wall, police said.\n\nThe bus was carrying 42 passengers from Orrin to the coast. Driver Kalo Benn, 54, survived with a broken leg.\n\nTurnout was 64% in the Orvel referendum on Sunday, the electoral board said.\n',
    'company_a': "Brasswick posts loss and cuts jobs\n\nBrasswick Foods said on Wednesday that net income fell to $210 million, or 62 cents a share, from $305 million a year earlier.\n\nChief executive Dana Ruell said the group would cut 2,300 jobs by June.\n\nThe bank's rate committee voted for a cut of 50 basis points on Wednesday.\n\nA crowd of 38,300 watched the final at the Kelbrook ground on Saturday.\n\nThe company offered a 5 percent raise to its drivers on Monday, the firm said.\n\nUp to 150mm of rain could fall on the Ressel hills on Friday, forecasters said.\n",
    'fire_a': 'Wildfire burns forest above Melcot\n\nA wildfire burned about 3,400 hectares above Melcot on Tuesday, the fire service said.\n\nPatients who took the drug had 27% fewer heart attacks than those on a placebo, a study found.\n\nThe daily pill reduced the risk of a stroke by a third, the researchers said.\n\nThe camp lies half a mile from the river.\n\nFormer mayor Edda Grane died at 87 on Tuesday, her family said.\n\nThe assembly voted 201-148 to pass the budget on Tuesday.\n\nEach pack weighs 340g, the maker said.\n\nThe Liberal Alliance won 44% of the vote on Tuesday.\n',
    'toll_b': 'Fourteen killed as bus leaves road near Tarvell\n\nFourteen people were killed when a bus left the road near Tarvell on Sunday, the regional governor said.\n\nThe bus was carrying 42 passengers. Its driver survived.\n\nTurnout was 59% in the Orvel vote, officials said.\n',
    'company_b': "Brasswick to shed jobs after profit slump\n\nDana Ruell said the company would cut 2,700 jobs by June.\n\nA crowd of 37,900 saw the final on Saturday.\n\nThe drivers' union rejected a 4 percent raise on Monday, the union said.\n\nAbout 120mm of rain fell in Dunby on Friday, forecasters said.\n",
    'fire_b': 'Melcot fire destroys forest\n\nThe wildfire destroyed 5,000 hectares of forest above Melcot on Tuesday, the fire service said.\n\nThe Liberal Alliance won 44 seats on Tuesday.\n\nThe assembly voted 199-150 to pass the budget on Tuesday.\n',
}


def _conflict(a: str, b: str):
    f1, f2 = _feats(a, b)
    return number_conflict(f1, f2, False)


@pytest.mark.parametrize("a,b", [
    # one count of one thing told in one frame, with little other wording shared
    ("Turnout was 67%, up from 60% four years ago, the county electoral office said.", "Turnout was 63%, the electoral office said."),
    ("A crowd of 27,400 watched at the Lindqvist stadium.", "A crowd of 26,900 saw the game."),
    ("Chief executive Orla Penn said the firm would cut 3,100 jobs, about 8% of its staff, by the end of May.",
     "Chief executive Orla Penn said the business would cut 3,600 jobs by May, as its retail arm struggled."),
    ("At least 31 people died in the landslide, the provincial coroner said.", "Police said 26 people were killed."),
])
def test_one_count_in_one_frame_conflicts(a, b):
    found = _conflict(a, b)
    assert found is not None
    assert found[0].value != found[1].value


@pytest.mark.parametrize("a,b", [
    # near misses: two places, a toll and a count of the hurt, an employer's size and a cut
    ("Eleven people died in Tarvell, police said.", "Three people were killed in Delby, police said."),
    ("Nine people died in the crash, police said.", "Four people were injured in the crash, police said."),
    ("The company will cut 1,200 jobs in Asia.", "The company will cut 300 jobs in Europe."),
    ("The plant employs 1,200 workers.", "The company will cut 300 workers."),
    ("Up to 150mm of rain could fall on the Ressel hills on Friday.", "About 120mm of rain fell in Dunby on Friday."),
])
def test_counts_of_two_things_do_not_conflict(a, b):
    assert _conflict(a, b) is None


def test_a_measure_alone_and_a_measure_of_a_noun_in_one_unit_conflict():
    found = _conflict("A wildfire burned about 3,400 hectares above Melcot on Tuesday.",
                      "The wildfire destroyed 5,000 hectares of forest above Melcot on Tuesday.")
    assert found is not None and {q.value for q in found} == {3400, 5000}


def test_one_value_in_two_units_is_no_agreement():
    f1, f2 = _feats("The Liberal Alliance won 44% of the vote on Tuesday.", "The Liberal Alliance won 44 seats on Tuesday.")
    assert counts_differ(f1, f2)
    f1, f2 = _feats("The Liberal Alliance won 44% of the vote on Tuesday.", "The Liberal Alliance took 44% of the vote.")
    assert not counts_differ(f1, f2)


def _rows(sentence: str) -> list[tuple]:
    return [(q["value"], q["unit"], q["counted"]) for q in quantities(sentence)]


@pytest.mark.parametrize("sentence,row", [
    ("Net income fell to $210 million, or 62 cents a share, from $305 million a year earlier.", (62, "cents", "Net income")),
    ("Net income fell to $210 million, or 62 cents a share, from $305 million a year earlier.", (305e6, "USD", "Net income")),
    ("The rate committee voted for a cut of 50 basis points.", (50, "basis points", "cut")),
    ("Patients who took the pill had 27% fewer heart attacks than those on a placebo.", (27, "percent", "heart attacks")),
    ("The party won 12% more votes than in the last election.", (12, "percent", "votes")),
])
def test_a_figure_counts_what_it_measures(sentence, row):
    assert row in [(pytest.approx(v), u, c) for v, u, c in _rows(sentence)]
    assert all(is_noun_phrase_of(c, sentence) for _, _, c in _rows(sentence))


@pytest.mark.parametrize("sentence,adjective", [
    # near misses: an adjective after "more" is no noun counted
    ("Tickets are 20% more expensive than last year.", "expensive"),
    ("The illness is 30% more serious in older patients.", "serious"),
])
def test_a_share_before_an_adjective_counts_no_adjective(sentence, adjective):
    assert adjective not in [c for _, _, c in _rows(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("Former mayor Edda Grane died at 87 on Tuesday, her family said.", False),
    ("The retired judge died at the age of 91 on Sunday.", False),
    ("Seven people died at 4 sites across the valley.", True),
])
def test_an_age_at_death_is_no_quantity(sentence, expected):
    assert (kind(sentence) == "quantity") is expected


def _digest(*names):
    arts = [to_digest_article("", code(ARTICLES[n], n + ".txt")).model_copy(update={"id": f"a{i}"}) for i, n in enumerate(names, 1)]
    al, _, _ = build_sections(arts)
    return al


def test_the_job_cuts_of_two_outlets_meet_and_conflict():
    al = _digest("company_a", "company_b")
    topics = {c.topic for c in al.conflicts}
    assert "jobs" in topics and "crowd" in topics and "raise" in topics
    assert "rain" not in topics  # two towns


def test_the_fires_area_conflicts_and_the_vote_share_is_no_seat_count():
    al = _digest("fire_a", "fire_b")
    assert any(c.kind == "numbers" and c.topic == "forest" for c in al.conflicts)
    assert not any("seats" in str(a.model_dump()) for a in al.agreements)


def test_two_places_tolls_in_one_story_stay_apart():
    al = _digest("toll_a", "toll_b")
    sides = [s.value for c in al.conflicts if c.kind == "numbers" for s in c.sides]
    assert 11 in sides and 14 in sides and 3 not in sides
