"""Session 34, genre43: who says what, and how firmly, on eight more genres of news the rules never met (a match
report, a central bank decision, a top court ruling, a science finding, a heat warning, a celebrity split, an opinion
poll, a crash inquiry). Invented articles (every name, place, company, country, currency and number made up); see
evals/RESULTS.md "Session 34: genre43".

1. '"A," he said in his news conference, adding that B.': B was left out of the frame's content (the outlet's).
2. "A poll by <Firm> put <x> level on 35%": "put ... at / on <n>" after a finding is the finding's report.
3. "The survey of 2,104 adults found ...": the source was cut at the number's comma ("The survey of 2").
4. "They were reported to have A, although neither ever confirmed B": the concessive clause is the outlet's.
5. "41% said A, while 19% said B": the second share's answer was the first's.
6. "48 light years away" (a unit), "two-year government bonds" (a term, no amount), "but 9 were injured" (9 people).
"""

from __future__ import annotations

import pytest

from summarizer.chunk import split_sentences
from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# The eight articles (k1-k8), as read before any fix ---------------------------------------------------------------
K1 = (
    'Harwick Rovers edge Calder Vale 2-1 as Okafor limps off\n'
    '\n'
    'Harwick Rovers beat Calder Vale 2-1 at Millbrook Lane on Saturday, but striker Dayo Okafor is expected to miss at least three weeks after hobbling off with a hamstring injury.\n'
    '\n'
    'Okafor put the hosts ahead in the 14th minute, curling a shot past goalkeeper Tomas Leben. Calder Vale levelled through Piet Arnaud on 58 minutes before substitute Conor Haigh headed the winner in stoppage time.\n'
    '\n'
    '"It was a proper battle and the lads showed character," Rovers manager Elise Brandt told reporters after the game. "Dayo felt something in his leg and we could not take a risk."\n'
    '\n'
    'A club statement confirmed that Okafor would have a scan on Monday.\n'
    '\n'
    'Calder Vale coach Ivo Marsh insisted his side deserved a point. "We were the better team for an hour," he said in his post-match news conference, adding that the referee should have awarded a penalty when Arnaud went down in the box.\n'
    '\n'
    'The result lifts Rovers to fourth in the table, three points behind leaders Dunmore City, who have played a game fewer. Attendance was 18,412.\n'
    '\n'
    'Rovers face Ashpool Athletic away on Wednesday.\n')

K2 = (
    'Bank of Valdoria holds rates at 4.25% but signals cuts ahead\n'
    '\n'
    'The Bank of Valdoria kept its main interest rate at 4.25% on Thursday, the third meeting in a row without a change, but signalled that borrowing costs could fall as early as June.\n'
    '\n'
    'Inflation has slowed to 2.8% and is likely to reach the 2% target next year, the bank said in a statement. Seven of the nine members of its monetary policy committee voted to hold rates; two voted for a cut of a quarter point.\n'
    '\n'
    'Economists had expected the decision, but the split vote surprised some. Governor Anselm Reyk told a news conference that the committee wanted more evidence that wage growth was easing.\n'
    '\n'
    'The minutes of the previous meeting showed that several members were concerned about weak consumer spending.\n'
    '\n'
    'The valdor fell 0.6% against the dollar after the announcement, and the yield on two-year government bonds dropped to 3.71%. Traders are betting on two cuts before the year is out, according to futures prices.\n'
    '\n'
    '"The door to a June cut is now wide open," analysts at Castellan Bank wrote in a note to clients. Others were more cautious. Mira Tolland, chief economist at Fenwright Securities, said the bank could still wait until August if energy prices rose again.\n')

K3 = (
    'Top court rules 5-4 that Orrin County must redraw school districts\n'
    '\n'
    'The Supreme Court of Estland ruled 5-4 on Monday that Orrin County had drawn its school district boundaries in a way that unlawfully separated pupils by income, ordering the county to submit new maps within 90 days.\n'
    '\n'
    'Justice Maren Holt, writing for the majority, said the county had ignored evidence that the boundaries sent most low-income children to three underfunded schools. "Equal access to education is not a policy preference," she wrote.\n'
    '\n'
    'In a dissent joined by three colleagues, Justice Aldous Frame argued that the court had overstepped its role. The question of district lines belonged to elected officials, he wrote.\n'
    '\n'
    'Lawyers for the county had argued that the boundaries followed roads and rivers and were not intended to divide families by wealth. The county is expected to ask for a rehearing, according to a person familiar with its plans.\n'
    '\n'
    'The ruling could affect at least a dozen other counties with similar boundaries, legal experts said. Priya Calloway, a professor of education law at Wrenfield University, said the decision was the most significant on school funding in two decades.\n'
    '\n'
    'The case was brought in 2021 by a group of parents.\n')

K4 = (
    'Astronomers find water vapour on distant rocky planet\n'
    '\n'
    'Astronomers have detected water vapour in the atmosphere of a rocky planet orbiting a small star 48 light years away, a finding that could reshape the search for habitable worlds.\n'
    '\n'
    'The study, published on Wednesday in the journal Celestial Letters, used observations from the Halden space telescope to examine the planet, known as Vesk-41b, as it passed in front of its star.\n'
    '\n'
    '"We were surprised by how strong the signal was," said Dr Noor Abadi, an astrophysicist at the Institute of Orbital Science in Pellham and one of the study\'s co-authors.\n'
    '\n'
    'The findings suggest the planet may have a thick atmosphere, although the team cautioned that the vapour could come from a young, hot surface rather than oceans. The planet is about 1.4 times the size of Earth.\n'
    '\n'
    'Oskar Lindqvell, a planetary scientist at Marrow College who was not involved in the research, said the result was exciting but needed confirmation. "One detection is a hint, not proof," he said.\n'
    '\n'
    'A second team has reported a similar signal from a nearby planet in a paper that has yet to be peer-reviewed.\n'
    '\n'
    'The researchers plan to observe Vesk-41b again next year.\n')

K5 = (
    'Amber heat warning issued as temperatures could reach 38C\n'
    '\n'
    'An amber warning for extreme heat has been issued for much of the southern Tallow region, with temperatures that could reach 38C on Friday, forecasters said.\n'
    '\n'
    'The National Weather Office said the warning would run from 9 a.m. on Thursday until midnight on Saturday. Night-time temperatures are likely to stay above 22C in towns, it said.\n'
    '\n'
    'Health officials urged older people and those with heart conditions to stay indoors during the hottest part of the day. Hospitals in Grenmoor have cancelled some routine operations, a spokesperson for the regional health board said.\n'
    '\n'
    'Forecaster Elin Brask said the heat was being driven by a high-pressure system that had stalled over the region. "It is likely to break down on Sunday, with thunderstorms possible," she said.\n'
    '\n'
    'The highest temperature on record in Tallow is 39.2C, set in 2019. Water companies have asked customers to avoid using hosepipes, and one supplier has said a ban is possible next week.\n'
    '\n'
    'Rail operator Tallow Lines said trains would run at reduced speeds on Friday afternoon because of the risk that tracks could buckle.\n')

K6 = (
    'Singer Kira Vell and actor Dane Rooker split after four years\n'
    '\n'
    'Pop singer Kira Vell and actor Dane Rooker have separated after four years together, a representative for Vell confirmed on Tuesday.\n'
    '\n'
    '"They remain close friends and ask for privacy at this time," the representative said in a statement.\n'
    '\n'
    'According to Starline magazine, which first reported the split, the couple had been living apart since the spring. Sources close to the couple told the magazine that the breakup was amicable and that Rooker had moved to Coastmere to film a television series.\n'
    '\n'
    'A spokesperson for Rooker denied reports that the actor had been seen with a co-star, calling them "completely false".\n'
    '\n'
    'Vell, 31, whose album Glass Harbour topped the charts in 12 countries last year, is due to begin a world tour in September. Her label said the tour would go ahead as planned.\n'
    '\n'
    'The pair met on the set of a music video in 2021 and were reported to have become engaged in 2023, although neither ever confirmed an engagement.\n')

K7 = (
    'Poll shows Liberal Union ahead by four points as campaign enters final week\n'
    '\n'
    'The Liberal Union leads the governing Civic Party by four points with a week to go before the general election, according to a poll by Halberd Research published on Sunday.\n'
    '\n'
    'The survey of 2,104 adults found 38% backing the Liberal Union and 34% the Civic Party, with the Green Alliance on 11%. The margin of error is plus or minus 2.5 percentage points.\n'
    '\n'
    'The lead is within the margin of error for a poll of that size when the two parties are compared directly, Halberd said.\n'
    '\n'
    'Asked which issue mattered most, 41% of respondents said the cost of living, while 19% said health care. Nearly a quarter of voters said they had not yet made up their minds.\n'
    '\n'
    'A separate poll by Tessaly Insights last week put the two main parties level on 35%.\n'
    '\n'
    '"Polls at this stage have a poor record," said Ruth Anker, a political scientist at the University of Dorne. "Undecided voters tend to break late, often for the incumbent."\n'
    '\n'
    'The Civic Party said it did not comment on individual polls.\n')

K8 = (
    'Investigators say pilots of crashed Skylane flight reported engine warning\n'
    '\n'
    'The pilots of a Skylane Air turboprop that crashed near Ferrow airport last month reported an engine warning about two minutes before the aircraft went down, a preliminary report said on Friday.\n'
    '\n'
    'The report, by the National Transport Safety Authority, said the crew declared an emergency at 4.12 p.m. and attempted to return to the airport. All 23 people on board survived, but 9 were seriously injured.\n'
    '\n'
    'Investigators have not determined what caused the warning, and the cause of the crash remains unknown, the authority said. A final report is expected within 12 months.\n'
    '\n'
    'Witnesses described hearing a loud bang before the aircraft descended steeply into a field. "It sounded like a car backfiring, but much louder," said farmer Aled Brynn, who ran to help passengers.\n'
    '\n'
    'The airline said in a statement its turboprop had passed a routine inspection in March and that it was assisting the inquiry fully. It has grounded two other planes of the same type as a precaution.\n'
    '\n'
    'The engine maker, Corvane Motors, did not respond to a request for comment.\n')


# 1. '"A," he said in his news conference, adding that B.': B is his too ---------------------------------------------
def test_k1_quote_then_said_in_a_place_adding_that_is_the_coach():
    c = _claim(code(K1), "We were the better team")
    assert (c.attributed_to, c.certainty) == ("Ivo Marsh", "reported")


@pytest.mark.parametrize("tail", ["in his news conference", "at the ground", "on Saturday"])
def test_said_in_a_phrase_adding_that_a_long_clause_stays_the_speaker(tail):
    text = ('Coach Lena Brisk insisted her side had been unlucky. "We deserved more," she said ' + tail
            + ', adding that the linesman should have flagged for offside when Otto Penn ran clear.\n')
    sentence = text[text.index('"We'):]
    assert who(text, sentence.strip()) == "Coach Lena Brisk"


def test_near_miss_said_in_a_phrase_without_an_addition_unchanged():
    text = 'Coach Lena Brisk was angry. "We deserved more," she said in her news conference. The club fell to ninth.\n'
    assert who(text, '"We deserved more," she said in her news conference.') == "Coach Lena Brisk"
    assert who(text, "The club fell to ninth.") is None


# 2. "A poll by <Firm> put <x> at / on <n>": the poll's finding ---------------------------------------------------------
def test_k7_a_separate_poll_put_the_parties_level_is_the_poll():
    c = _claim(code(K7), "A separate poll by Tessaly")
    assert c.attributed_to.startswith("A separate poll by Tessaly Insights") and c.certainty == "reported"


@pytest.mark.parametrize("sentence,source", [
    ("The report puts the death toll at 40.", "The report"),
    ("A survey by Greyfield Research put support for the plan at about 61%.", "A survey by Greyfield Research"),
])
def test_a_finding_that_puts_a_figure_is_its_source(sentence, source):
    assert who(sentence, sentence) == source


@pytest.mark.parametrize("sentence", [
    "The report put pressure on the minister to resign.",
    "The council put the plan on hold until 2027.",
    "A poll worker put the ballots in a box at 9 p.m.",
])
def test_near_miss_put_without_a_finding_or_a_figure_stays_the_outlet(sentence):
    assert who(sentence, sentence) is None


# 3. A source's name keeps a number's thousands comma -----------------------------------------------------------------
def test_k7_the_survey_keeps_its_number():
    assert _claim(code(K7), "The survey of").attributed_to == "The survey of 2,104 adults"


@pytest.mark.parametrize("sentence,name", [
    ("A survey of 1,500 voters by Harlow Polling found 38% backing the mayor.", "A survey of 1,500 voters by Harlow Polling"),
    ("Jane Marsh, 56, said the plan was dead.", "Jane Marsh"),
    ("Tom Reyes, 1,200 miles from home, said the trip was over.", "Tom Reyes"),
])
def test_names_cut_at_a_comma_but_not_inside_a_number(sentence, name):
    assert who(sentence, sentence) == name


# 4. A hearsay report's closing concessive clause is the outlet's -------------------------------------------------------
def test_k6_neither_confirmed_is_the_outlets():
    c = _claim(code(K6), "Neither ever confirmed")
    assert (c.attributed_to, c.certainty) == ("article", "negated")


def test_hearsay_then_but_clause_splits_its_source():
    text = "Troops were reported to have entered the town, but the scale of the fighting was unclear.\n"
    claims = {c.text: c for c in code(text).claims}
    assert claims["Troops were reported to have entered the town."].attributed_to == "unnamed sources"
    assert claims["The scale of the fighting was unclear."].attributed_to == "article"


def test_near_miss_a_hedged_concessive_clause_stays_hearsay():
    text = "Troops were reported to have entered the town, although this was reportedly denied.\n"
    assert who(text, text.strip()) == "unnamed sources"


# 5. "light years" is a unit, and "away" no counted noun ----------------------------------------------------------------
def test_k4_light_years_are_a_unit():
    q = _claim(code(K4), "Astronomers have detected").quantities
    assert [(x.value, x.unit, x.counted) for x in q] == [(48.0, "light years", "48 light years")]


def test_a_distance_away_counts_itself_and_a_noun_after_a_unit_is_still_counted():
    from summarizer.quantity import quantities
    assert quantities("The village lies 40 miles away, on the coast.")[0]["counted"] == "40 miles"
    assert quantities("Forecasters warned of 90 mph winds.")[0]["counted"] == "winds"
    assert quantities("The probe flew 12 light-years.")[0]["unit"] == "light years"


def test_near_miss_a_concessive_clause_without_its_own_subject_stays_hearsay():
    text = "The old mill is rumoured to be cursed by its former owner, but is now set to reopen as a museum.\n"
    assert who(text, text.strip()) == "unnamed sources"


# 6. "41% said A, while 19% said B": B is not the first share's -------------------------------------------------------
def test_k7_the_second_share_is_not_the_first_shares():
    c = _claim(code(K7), "19% said")
    assert c.attributed_to != "41% of respondents"


@pytest.mark.parametrize("sentence", [
    "Most voters said housing mattered most, while 22% of them said crime.",
    "Two in five parents said fees were too high, whereas about 30 percent said they were fair.",
])
def test_a_share_answering_after_a_contrast_is_not_the_first_speakers(sentence):
    text = sentence + "\n"
    rel_end = sentence.index(", wh")
    from summarizer.attribution import analyze
    rel = analyze(text).relations[0]
    assert rel.content[-1][1] <= rel_end + 1


def test_near_miss_a_share_that_is_no_speaker_stays_in_the_content():
    from summarizer.attribution import analyze
    text = "The minister said exports rose, while imports fell 19% in the year.\n"
    rel = analyze(text).relations[0]
    assert rel.name == "The minister" and rel.content[-1][1] >= text.index("19%")


# 7. A bond's term names the bond: no quantity ---------------------------------------------------------------------------
def test_k2_the_bonds_term_is_no_quantity():
    q = _claim(code(K2), "The yield on two-year").quantities
    assert [(x.value, x.unit) for x in q] == [(3.71, "percent")]


def test_near_miss_a_term_of_something_else_is_still_a_quantity():
    from summarizer.quantity import quantities
    assert (2.0, "years") in [(x["value"], x["unit"]) for x in quantities("The judge handed down a two-year sentence.")]
    assert (3.0, "months") not in [(x["value"], x["unit"]) for x in quantities("The bank sold 3-month bills worth $2 billion.")]


# 8. "All 23 people survived, but 9 were injured": the second count shares the noun --------------------------------------
def test_k8_the_injured_count_is_read():
    q = _claim(code(K8), "All 23 people").quantities
    assert [(x.value, x.counted) for x in q] == [(23.0, "people"), (9.0, "people")]


def test_near_miss_a_count_after_but_with_its_own_unit_keeps_it():
    from summarizer.quantity import quantities
    rows = quantities("He scored 20 points, but 3 minutes later he was off.")
    assert [(x["value"], x["unit"]) for x in rows] == [(20.0, "points"), (3.0, "minutes")]
