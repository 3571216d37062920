"""numbers37 (issues 12, 15): quantities on genres the rules never met -- earnings, an election, an
inflation release, a storm bulletin, match reports, a health study, a planning decision -- read as an
analyst reads the numbers first. Every article, name and figure below is invented (they are ours);
the near misses keep what the old rules got right."""
from __future__ import annotations

import pytest

from summarizer.dates import find_phrase
from summarizer.digest.classify import classify
from summarizer.digest.counts import tally_conflict
from summarizer.quantity import quantities
from summarizer.rules import kind
from tests.reading import code
from tests.test_conf9 import _feats

#: The invented articles (n1, n2 and n5 told twice, by two outlets with other figures).
ARTICLES = {
    'n1_earnings_a': 'Corvane posts higher revenue but trims outlook\n\nCorvane Systems said on Tuesday that revenue rose 12% to $4.1 billion in the third quarter, up from $3.66 billion a year earlier, as demand for its storage chips recovered.\n\nNet income fell to $310 million, or 84 cents a share, from $402 million a year earlier, the company said in a filing. Analysts polled by Ferrow Data had expected earnings of 91 cents a share.\n\nShares of Corvane fell 3.2% in early trading in New Halden.\n\nThe company now expects full-year earnings of $1.10 to $1.25 a share, down from its earlier guidance of $1.30 to $1.45. Chief executive Lena Marsh said the group would cut 1,200 jobs, about 6% of its workforce, by the end of March.\n\n"We had a tough quarter in our consumer unit, where sales dropped 18%," Marsh told analysts on a call. She said operating margin narrowed by 2.1 percentage points to 14.6%.\n\nCorvane, which has 19,800 employees, also said it would buy back $500 million of its shares over the next two years. The board kept the quarterly dividend at 22 cents a share.\n',
    'n1_earnings_b': 'Corvane revenue climbs, job cuts announced\n\nCorvane Systems reported on Tuesday that third-quarter revenue rose 11% to $4.05 billion, the chipmaker said.\n\nNet income dropped to $310 million from $402 million a year ago. Corvane shares slid 4.5% by midday.\n\nChief executive Lena Marsh said the company would cut 1,500 jobs by March, as its consumer unit struggled. The company lowered its full-year forecast to between $1.10 and $1.25 a share.\n\nMarsh said the company had 19,800 employees at the end of September. Corvane will buy back $500 million of stock over two years, it said.\n',
    'n2_election_a': 'Osterlin\'s Civic Party wins regional vote\n\nThe Civic Party of Hanne Osterlin won 52.4% of the vote in Sunday\'s election in the Varnholt region, official results showed on Monday, giving it a majority of 14 seats in the 81-seat assembly.\n\nTurnout was 61%, up from 55% four years ago, the regional election commission said.\n\nThe rival Unity Bloc took 31.8% and 29 seats, down from 35 seats in the last vote. The Green List won 9.1%, its best result since 1994, and entered the assembly for the first time with seven seats.\n\nOsterlin, 58, has led the party since 2011. She told supporters in Brannick that voters had "given us a clear mandate." About 1.2 million people were eligible to vote, the commission said.\n\nUnity Bloc leader Piet Halloran, aged 67, said he would stay on. The party lost ground in 12 of the region\'s 15 districts, according to the results.\n',
    'n2_election_b': "Civic Party takes Varnholt with clear majority\n\nHanne Osterlin's Civic Party won 51.9% of the vote in Varnholt on Sunday and will hold a majority of 12 seats in the regional assembly, according to preliminary results.\n\nTurnout was 58%, the election commission said.\n\nThe Unity Bloc won 29 seats. The Green List took seven seats, its first in the assembly.\n\nOsterlin, who is 58, said the result was a clear mandate.\n",
    'n3_economy_a': 'Inflation eases in Tessaly as central bank holds rates\n\nInflation in Tessaly eased to 2.9% in October from 3.1% in September, the national statistics office said on Thursday, the lowest rate since early 2021.\n\nUnemployment rose by 0.2 percentage points to 5.4%, the office said. About 38,000 more people were out of work than a month earlier.\n\nThe central bank held rates at 4.25% for a third straight meeting, and governor Ardo Pilsk said the bank would keep policy tight "for as long as needed." Seven of the nine members of the rate committee voted to hold, while two wanted a cut of 25 basis points.\n\nFood prices rose 4.8% from a year earlier, while energy costs fell 6.3%. Wages grew 5.1% in the three months to September.\n\nThe economy grew 0.3% in the third quarter, revised down from 0.4%, the office said. The bank expects growth of 1.1% next year.\n',
    'n4_weather': 'Storm Idra brings floods and record heat to the south\n\nStorm Idra could dump up to 150mm of rain on the Kessel hills by Saturday, the national weather service warned on Friday, with gusts of 90 km/h expected along the coast.\n\nTemperatures in Marlow reached 38.4C on Thursday, the hottest day since 1976, the service said. In the 1990s the town never saw more than 36C.\n\nMore than 2,000 homes lost power in the Dunmere valley overnight, the grid operator said, and 40 people were moved from a 14-storey block on Route 66 after water entered its basement.\n\nRail services between Marlow and Ostby were suspended for three weeks, the operator said. Firefighters rescued 11 people in rows of boats on the flooded ring road.\n\nForecasters said 3 of the last 5 summers had set records. Rainfall in August was 212% of the monthly average.\n\nThe service said the storm would weaken on Sunday, when rain of 20mm to 30mm is forecast.\n',
    'n5_sport_a': 'Ferrin strikes twice as Halcourt win 3-1\n\nTomas Ferrin scored twice as Halcourt beat Redmoor 3-1 on Saturday, taking his tally to 12 goals in nine games.\n\nFerrin, 24, opened the scoring after 17 minutes and added a second in the 63rd minute. Redmoor pulled one back through Adi Kell before substitute Yan Oduya made it 3-1 late on.\n\nThe win lifts Halcourt to second place, four points behind leaders Stanmere with 11 games left. A crowd of 41,200 watched at the Brightwell ground.\n\nIn the rugby, the Canton Wolves won a 24-17 victory over Esker on Friday, their sixth win in a row. Wolves fly-half Rob Dane kicked 14 points.\n\nHalcourt manager Gina Pratt said the club had lost only two of its last 20 league matches. Ferrin signed a four-year contract in July for a fee of about £18 million.\n\nStanmere, who have scored 58 goals this season, host Halcourt on March 14.\n',
    'n5_sport_b': 'Halcourt edge Redmoor as Ferrin scores again\n\nHalcourt beat Redmoor 2-1 on Saturday with Tomas Ferrin scoring twice, his 11th goal in nine games.\n\nThe result leaves Halcourt second, three points behind Stanmere. A crowd of 40,500 saw the match.\n\nFerrin joined in July for a fee of £16 million.\n',
    'n6_health': 'Daily walk cuts heart risk, study finds\n\nA brisk daily walk reduced the risk of heart disease by a third, according to a study published on Wednesday in the Ostrand Medical Journal.\n\nResearchers at the University of Pellow followed a sample of 2,400 adults aged 50 to 70 for eight years. Those who walked at least 30 minutes a day had 33% fewer heart attacks than those who walked less than 10 minutes.\n\nAbout 1 in 5 adults in Calder gets no regular exercise, the researchers said, and heart disease causes 41,000 deaths a year in the country.\n\nThe risk fell by 12% for every extra 1,000 steps a day, the study found. Lead author Mara Quist, 44, said the effect held for men and women.\n\nThe trial cost 3.2 million crowns and was funded by the Calder Heart Fund. Participants had a mean age of 61, and 58% were women.\n',
    'n7_property': 'Tower plan for Gellham approved\n\nCouncillors in Gellham approved plans on Monday for a 14-storey block of 220 flats on the old Stead works site, by 9 votes to 4.\n\nThe scheme, by developer Harl & Vine, includes 66 affordable homes and a park of 2 hectares. It replaces a warehouse built in the 1960s.\n\nHouse prices in Gellham have fallen 4% over the past year to an average of £285,000, according to the Landry property index. Rents rose 7.2% to £1,150 a month.\n\nResidents at No. 10 Mill Lane, a 90-year-old terrace, had objected. Their spokesman, Ian Corr, aged 71, said 300 people had signed a petition.\n\nWork is due to start in spring and take three years. The site lies half a mile from the A40 and 200 metres from Gellham station.\n\nThe council said the project would bring £4.5 million in new business rates over ten years.\n',
}

def _rows(sentence: str) -> list[tuple]:
    return [(q["value"], q["unit"], q["counted"]) for q in quantities(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    # the subject of a verb of change or of "to be" is what a figure with no noun of its own measures
    ("Corvane Systems said on Tuesday that revenue rose 12% to $4.1 billion in the third quarter, up from $3.66 billion a year earlier.",
     [(12, "percent", "revenue"), (4.1e9, "USD", "revenue"), (3.66e9, "USD", "revenue")]),
    ("Net income fell to $310 million, or 84 cents a share, from $402 million a year earlier.",
     [(310e6, "USD", "Net income"), (84, "cents", "Net income"), (402e6, "USD", "Net income")]),
    ("Shares of Corvane fell 3.2% in early trading in New Halden.", [(3.2, "percent", "Shares")]),
    ("She said operating margin narrowed by 2.1 percentage points to 14.6%.",
     [(2.1, "percentage points", "operating margin"), (14.6, "percent", "operating margin")]),
    ("Turnout was 61%, up from 55% four years ago, the commission said.",
     [(61, "percent", "Turnout"), (55, "percent", "Turnout"), (4, "years", "four years")]),
    ("Inflation in Tessaly eased to 2.9% in October from 3.1% in September.", [(2.9, "percent", "Inflation"), (3.1, "percent", "Inflation")]),
    ("Unemployment rose by 0.2 percentage points to 5.4%, the office said.",
     [(0.2, "percentage points", "Unemployment"), (5.4, "percent", "Unemployment")]),
    ("House prices in Gellham have fallen 4% over the past year.", [(4, "percent", "House prices")]),
    ("Rents rose 7.2% to £1,150 a month.", [(7.2, "percent", "Rents"), (1150, "GBP", "Rents")]),
    ("Temperatures in Marlow reached 38.4C on Thursday.", [(38.4, "°C", "Temperatures")]),
    # the object of a verb that sets a level
    ("The central bank held rates at 4.25% for a third straight meeting.", [(4.25, "percent", "rates")]),
    ("The board kept the quarterly dividend at 22 cents a share.", [(22, "cents", "quarterly dividend")]),
    ("The company lowered its full-year forecast to between $1.10 and $1.25 a share.",
     [(1.1, "USD", "full-year forecast"), (1.25, "USD", "full-year forecast")]),
    # the other end of a range shares the noun of the first
    ("The company now expects full-year earnings of $1.10 to $1.25 a share.", [(1.1, "USD", "earnings"), (1.25, "USD", "earnings")]),
    ("The service said rain of 20mm to 30mm is forecast for Sunday.", [(20, "mm", "rain"), (30, "mm", "rain")]),
    # "<noun> of <figure>" for any unit
    ("The storm will bring gusts of 90 km/h along the coast.", [(90, "km/h", "gusts")]),
    ("The bank made an increase of 25 basis points.", [(25, "basis points", "increase")]),
])
def test_a_figure_counts_what_it_measures(sentence, expected):
    assert _rows(sentence) == [(pytest.approx(v), u, c) for v, u, c in expected]


@pytest.mark.parametrize("sentence,counted", [
    # near misses: a name, a pronoun, a distance, a period as the subject keep the figure counting itself
    ("Analysts said Corvane fell 3% in early trading.", "3%"),
    ("It rose 5% on Monday.", "5%"),
    ("The plane was 35 km from the airport.", "35 km"),
    ("Last year was 3% warmer than the one before.", "3%"),
    ("Prices in the region were mixed, and 8% of stores closed.", "stores"),
])
def test_no_subject_when_none_measures(sentence, counted):
    assert counted in [c for _, _, c in _rows(sentence)]


def test_points_behind_a_club_count_points_not_a_place():
    rows = _rows("The win lifts Halcourt to second place, four points behind leaders Stanmere.")
    assert (4, "points", "four points") in rows
    assert not any(c.startswith("behind") for _, _, c in rows)
    assert (14, "points", "14 points") in _rows("Wolves fly-half Rob Dane kicked 14 points.")


@pytest.mark.parametrize("sentence,absent", [
    ("40 people were moved from a 14-storey block after water entered its basement.", 14),
    ("The council approved a 30-story tower on the quay.", 30),
    ("Participants had a mean age of 61, and 58% were women.", 61),
    ("The founder retired at the age of 67 after a long illness.", 67),
])
def test_descriptions_and_dates_are_no_counts(sentence, absent):
    assert absent not in [v for v, _, _ in _rows(sentence)]


def test_a_lapse_ago_stays_a_count_of_time():
    # GUIDELINES: "four days ago" -> 4 days is listed (a count of time that is no date)
    assert (4, "years", "four years") in _rows("Turnout was 61%, up from 55% four years ago.")


def test_floors_counted_as_floors_stay_a_count():
    assert (30, None, "floors") in _rows("Firefighters searched 30 floors of the tower.")


@pytest.mark.parametrize("sentence,row", [
    ("Seven of the nine members of the rate committee voted to hold.", (7, None, "members")),
    ("The party lost ground in 12 of the region's 15 districts.", (12, None, "districts")),
    ("The club had lost only two of its last 20 league matches.", (2, None, "league matches")),
    ("Five of the 12 jurors were women.", (5, None, "jurors")),  # as before
])
def test_a_part_counts_what_its_total_counts(sentence, row):
    assert row in _rows(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("Unity Bloc leader Piet Halloran, aged 67, said he would stay on.", False),
    ("Osterlin, who is 58, said the result was a clear mandate.", False),
    ("Halloran said 67 people had signed the letter.", True),
    ("Osterlin, who is 58, won 52% of the vote.", True),
])
def test_an_age_alone_makes_no_count(sentence, expected):
    assert (kind(sentence) == "quantity") is expected


@pytest.mark.parametrize("sentence,when", [
    ("Net income fell to $310 million, or 84 cents a share, from $402 million a year earlier.", None),
    ("Turnout was 61%, up from 55% four years ago.", None),
    # left: a comparison's "than" keeps its lapse as the claim's time (test_date10 reads it so)
    ("About 38,000 more people were out of work than a month earlier.", "a month earlier"),
    ("Food prices rose 4.8% from a year earlier.", None),
    # near misses: a lapse that dates the claim itself
    ("The plant closed four years ago.", "four years ago"),
    ("Revenue rose 12% a year earlier, the filing showed.", "a year earlier"),
])
def test_a_baselines_lapse_is_no_claims_time(sentence, when):
    assert find_phrase(sentence) == when


def test_two_outlets_revenue_growth_conflicts():
    fa, fb = _feats("Corvane Systems said on Tuesday that revenue rose 12% to $4.1 billion in the third quarter.",
                    "Corvane Systems reported on Tuesday that third-quarter revenue rose 11% to $4.05 billion, the chipmaker said.")
    assert classify(fa, fb).kind == "numbers"


def test_two_measures_of_two_things_do_not_conflict():
    fa, fb = _feats("Corvane Systems said on Tuesday that revenue rose 12% in the third quarter.",
                    "Corvane Systems said on Tuesday that costs rose 11% in the third quarter.")
    assert classify(fa, fb).kind != "numbers"


def test_one_match_told_with_two_scores_conflicts():
    f1, f2 = _feats("Tomas Ferrin scored twice as Halcourt beat Redmoor 3-1 on Saturday.",
                    "Halcourt beat Redmoor 2-1 on Saturday with Tomas Ferrin scoring twice.")
    assert tally_conflict(f1, f2) == ("3-1", "2-1", "score")
    assert classify(f1, f2).about == "score"


def test_two_matches_on_two_days_do_not_conflict():
    f1, f2 = _feats("Halcourt beat Redmoor 3-1 on Saturday.", "Halcourt beat Redmoor 2-1 on Wednesday.")
    assert tally_conflict(f1, f2) is None


def test_the_articles_rows_read_as_an_analyst_reads_them():
    rows = {name: [(q.value, q.unit, q.counted) for c in code(text, name + ".txt").claims for q in c.quantities]
            for name, text in ARTICLES.items() if name in ("n1_earnings_a", "n3_economy_a", "n4_weather", "n7_property")}
    assert (12.0, "percent", "revenue") in rows["n1_earnings_a"]
    assert (4.25, "percent", "rates") in rows["n3_economy_a"]
    assert (90.0, "km/h", "gusts") in rows["n4_weather"]
    assert not any(c.endswith("storey block") for r in rows.values() for _, _, c in r)
    assert not any(c.split()[0] in ("behind", "of", "in") for r in rows.values() for _, _, c in r)
def test_a_relative_clauses_verb_is_no_subject():
    assert _rows("The fee we charge is about $2.4 million.") == [(2.4e6, "USD", "$2.4 million")]
    assert _rows("The sum they paid was $40,000.")[0][2] != "paid"
