"""A battery of sentences written for session 9 (date10, issues 12 and 15): the `when` of a claim
across domains of news (courts, markets, elections, sports fixtures, weather, health, schools,
transport, technology, crime, local government, datelines), each with the value an analyst expects,
written before the `code` path was run on it. Each text is read as an article under a headline and
an outlet's dateline that gives its publication date.

Conventions (evals/GUIDELINES.md §9): a single day resolves to an ISO date; anything else keeps the
article's phrase (a range, a bound, "last week", "in the fourth quarter"); no time phrase, or one
that only describes a noun (a relative clause, an appositive), gives None. A day in a clause about
the future (a plan, a schedule, a forecast, the present tense of a scheduled event) is the coming
one; "Two days later" counts from the day of the sentence before. The case's target words pick the
claim whose evidence holds them (None: the first claim). Four sentences were lengthened after the
first run ("Stocks closed higher yesterday." gave no claim at all: a one-sentence article of four
words is dropped before `when` is read); their expected `when` is the one written first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests import test_agree9
from tests.test_reading_outputs import _code

A, B, C, D, E = "2026-11-18", "2026-05-20", "2026-03-02", "2026-09-11", "2026-01-09"  # Wed, Wed, Mon, Fri, Fri

CASES = [
    # --- courts (A: Wed 2026-11-18) ---
    ("courts", A, "A federal judge on Monday blocked the county's new zoning rules.", None, "2026-11-16"),
    ("courts", A, "The jury is expected to return a verdict on Friday.", None, "2026-11-20"),
    ("courts", A, "The verdict is expected on Friday.", None, "2026-11-20"),
    ("courts", A, "Sentencing is scheduled for Jan. 14.", None, "2027-01-14"),
    ("courts", A, "The trial begins Monday in Harlow County Court.", None, "2026-11-23"),
    ("courts", A, "The defendant pleaded not guilty last week.", None, "last week"),
    ("courts", A, "The appeals court heard arguments in the case earlier this month.", None, "earlier this month"),
    ("courts", A, "Prosecutors filed the charges two weeks ago.", None, "two weeks ago"),
    ("courts", A, "The judge, who was appointed in 2019, dismissed the lawsuit on Tuesday.", None, "2026-11-17"),
    ("courts", A, "“We will appeal,” said Mark Lowe, a lawyer who represented the city in 2021.", None, None),
    ("courts", A, "The hearing was postponed until Dec. 3.", None, "until Dec. 3"),
    ("courts", A, "The court will hear the case next Tuesday.", None, "2026-11-24"),
    ("courts", A, "Closing arguments are set for next Tuesday.", None, "2026-11-24"),
    ("courts", A, "Closing arguments come next Tuesday.", None, "2026-11-24"),
    ("courts", A, "The former mayor was indicted on March 3, 2025.", None, "2025-03-03"),
    ("courts", A, "The trial ran from March 3 to March 5.", None, "from March 3 to March 5"),
    ("courts", A, "The courthouse was closed from Monday to Wednesday.", None, "from Monday to Wednesday"),
    ("courts", A, "Lawyers for both sides met a year ago to discuss a settlement.", None, "a year ago"),
    # --- business and markets (B: Wed 2026-05-20) ---
    ("business", B, "Shares of Pellam Corp. fell 8 percent on Tuesday.", None, "2026-05-19"),
    ("business", B, "The company will report earnings on Thursday.", None, "2026-05-21"),
    ("business", B, "The company reports earnings Thursday.", None, "2026-05-21"),
    ("business", B, "Revenue rose 12 percent in the fourth quarter.", None, "in the fourth quarter"),
    ("business", B, "The retailer expects sales to grow in fiscal 2027.", None, "in fiscal 2027"),
    ("business", B, "The company lost $40 million in fiscal year 2025.", None, "in fiscal year 2025"),
    ("business", B, "The merger is expected to close in the third quarter.", None, "in the third quarter"),
    ("business", B, "The central bank raised rates a year ago.", None, "a year ago"),
    ("business", B, "The bank's board meets on Tuesday to decide on rates.", None, "2026-05-26"),
    ("business", B, "The new tariffs take effect June 1.", None, "2026-06-01"),
    ("business", B, "The tariffs took effect May 1.", None, "2026-05-01"),
    ("business", B, "Oil prices rose for a third day on Wednesday.", None, "2026-05-20"),
    ("business", B, "The company's founder, who stepped down in 2018, sold his stake on Monday.", None, "2026-05-18"),
    ("business", B, "The bank said last month that profit would fall.", None, "last month"),
    ("business", B, "Stocks on Wall Street closed higher yesterday.", None, "2026-05-19"),
    ("business", B, "The buyout offer for the shares expires Friday.", None, "2026-05-22"),
    ("business", B, "The dividend is payable on June 15.", None, "2026-06-15"),
    ("business", B, "Trading was halted for an hour earlier this week.", None, "earlier this week"),
    ("business", B, "The airline plans to add 20 routes this fall.", None, "this fall"),
    ("business", B, "The plant closed in the spring of 2020.", None, "in the spring of 2020"),
    # --- elections and legislatures (C: Mon 2026-03-02) ---
    ("elections", C, "The Senate passed the bill on Thursday.", None, "2026-02-26"),
    ("elections", C, "The vote is expected on Thursday.", None, "2026-03-05"),
    ("elections", C, "The House is scheduled to vote Wednesday on the budget.", None, "2026-03-04"),
    ("elections", C, "Polls open at 7 a.m. on Tuesday.", None, "2026-03-03"),
    ("elections", C, "The governor signed the measure last Friday.", None, "2026-02-27"),
    # the year of a named event is the claim's time only when the claim is that event: a rule that
    # took it ("the 2016 election" -> "2016") dated 14 BASIL claims about an investigation of it
    pytest.param("elections", C, "She lost the 2016 election to a Republican.", None, "2016",
                 marks=pytest.mark.xfail(strict=True, reason="a named event's year: no general rule")),
    ("elections", C, "The primary is set for June 2.", None, "2026-06-02"),
    ("elections", C, "Early voting runs from March 3 to 5.", None, "from March 3 to 5"),
    ("elections", C, "The bill cleared committee two days after it was introduced.", None, None),
    ("elections", C, "The legislature adjourned on Feb. 27. Two days later, the governor called a special session.", "Two days later", "2026-03-01"),
    ("elections", C, "Lawmakers return to the Capitol next week.", None, "next week"),
    ("elections", C, "The senator, who was first elected in 2008, announced her retirement on Sunday.", None, "2026-03-01"),
    ("elections", C, "Turnout in the county was lower than four years ago.", None, "four years ago"),
    ("elections", C, "The city council will vote on the plan this spring.", None, "this spring"),
    ("elections", C, "The candidates debate on Thursday night in Dover.", None, "2026-03-05"),
    ("elections", C, "The candidates debated on Thursday night in Dover.", None, "2026-02-26"),
    # --- sports fixtures (D: Fri 2026-09-11) ---
    ("sports", D, "The Hawks beat the Rams 3-1 on Wednesday.", None, "2026-09-09"),
    ("sports", D, "The Hawks play the Rams on Sunday.", None, "2026-09-13"),
    ("sports", D, "The Hawks host the Rams Sunday at Kell Field.", None, "2026-09-13"),
    ("sports", D, "The final is scheduled for Saturday.", None, "2026-09-12"),
    ("sports", D, "The striker scored twice last Saturday.", None, "2026-09-05"),
    ("sports", D, "The season opener is on Sept. 20.", None, "2026-09-20"),
    ("sports", D, "The coach, hired in 2022, was fired on Thursday.", None, "2026-09-10"),
    ("sports", D, "The team won the title two years ago.", None, "two years ago"),
    ("sports", D, "The match was postponed until Tuesday.", None, "until Tuesday"),
    ("sports", D, "Tickets go on sale Monday.", None, "2026-09-14"),
    ("sports", D, "The marathon was held from Sept. 4 to 6.", None, "from Sept. 4 to 6"),
    ("sports", D, "The race starts at noon on Saturday.", None, "2026-09-12"),
    ("sports", D, "The tournament ends this weekend.", None, "this weekend"),
    # --- weather and disasters (E: Fri 2026-01-09) ---
    ("weather", E, "The storm dumped two feet of snow on Tuesday.", None, "2026-01-06"),
    ("weather", E, "Forecasters expect the storm to reach the coast on Sunday.", None, "2026-01-11"),
    ("weather", E, "The storm is forecast to make landfall on Sunday.", None, "2026-01-11"),
    ("weather", E, "Schools will stay closed through Monday.", None, "through Monday"),
    ("weather", E, "The river crested at 30 feet on Jan. 3.", None, "2026-01-03"),
    ("weather", E, "The earthquake struck at 4:12 a.m. yesterday.", None, "2026-01-08"),
    ("weather", E, "The fire, which began on Sunday, has burned 4,000 acres.", None, "2026-01-04"),
    ("weather", E, "Evacuation orders remain in place until further notice.", None, None),
    ("weather", E, "More rain is expected on Monday.", None, "2026-01-12"),
    ("weather", E, "The wildfire forced 3,000 people from their homes last month.", None, "last month"),
    ("weather", E, "The dam, built in 1952, failed on Wednesday.", None, "2026-01-07"),
    ("weather", E, "A winter storm warning is in effect from Saturday to Monday.", None, "from Saturday to Monday"),
    ("weather", E, "The flood hit the town on Dec. 30.", None, "2025-12-30"),
    # --- health (A: Wed 2026-11-18) ---
    ("health", A, "The hospital reported its first case of measles on Sunday.", None, "2026-11-15"),
    ("health", A, "The clinic opens on Monday.", None, "2026-11-23"),
    ("health", A, "The vaccine will be available next month.", None, "next month"),
    ("health", A, "Flu cases have doubled in recent weeks.", None, "in recent weeks"),
    ("health", A, "Dr. Lena Ortiz, who led the state's response to the 2020 outbreak, said the risk was low.", None, None),
    ("health", A, "The health department will hold a briefing Thursday.", None, "2026-11-19"),
    ("health", A, "A study published in 2024 found the drug cut deaths by a third.", None, "in 2024"),
    ("health", A, "The new rules take effect Jan. 1.", None, "2027-01-01"),
    ("health", A, "The outbreak began in late October.", None, "in late October"),
    ("health", A, "Hospital admissions fell by 20 percent over the past month.", None, "over the past month"),
    # --- schools and education (B: Wed 2026-05-20) ---
    ("schools", B, "The school board voted on Tuesday to close two schools.", None, "2026-05-19"),
    ("schools", B, "Classes at the two high schools resume on Monday.", None, "2026-05-25"),
    ("schools", B, "The district will start classes on Aug. 24.", None, "2026-08-24"),
    ("schools", B, "Graduation is set for June 6.", None, "2026-06-06"),
    ("schools", B, "School starts Aug. 24 for students in the district.", None, "2026-08-24"),
    ("schools", B, "Enrollment fell in the 2024-25 school year.", None, "in the 2024-25 school year"),
    ("schools", B, "The superintendent, who took the job in 2021, resigned on Friday.", None, "2026-05-15"),
    ("schools", B, "Teachers went on strike on May 4. Three days later, the district agreed to talks.", "Three days later", "2026-05-07"),
    ("schools", B, "Students will return to class after the holiday.", None, None),
    ("schools", B, "The university raised tuition last fall.", None, "last fall"),
    # --- transport (C: Mon 2026-03-02) ---
    ("transport", C, "The bridge reopens to traffic on Friday.", None, "2026-03-06"),
    ("transport", C, "The airline cancelled 400 flights on Sunday.", None, "2026-03-01"),
    ("transport", C, "The new rail line will open in the summer of 2027.", None, "in the summer of 2027"),
    ("transport", C, "The highway will be closed from March 9 to March 13.", None, "from March 9 to March 13"),
    ("transport", C, "Fares rise 5 percent on April 1.", None, "2026-04-01"),
    ("transport", C, "The strike by bus drivers is planned for Thursday.", None, "2026-03-05"),
    ("transport", C, "The subway line was shut for repairs over the weekend.", None, "over the weekend"),
    ("transport", C, "Commuters faced delays on Monday morning.", None, "2026-03-02"),
    ("transport", C, "The port has been closed since Feb. 20.", None, "since Feb. 20"),
    ("transport", C, "The plane landed safely in Denver, the airline said Sunday.", None, "2026-03-01"),
    # --- technology (D: Fri 2026-09-11) ---
    ("technology", D, "The company unveiled its new phone on Tuesday.", None, "2026-09-08"),
    ("technology", D, "The phone goes on sale Sept. 18.", None, "2026-09-18"),
    ("technology", D, "The update rolls out next week.", None, "next week"),
    ("technology", D, "Hackers breached the network in early August.", None, "in early August"),
    ("technology", D, "The outage lasted from Monday night to Wednesday.", None, "from Monday night to Wednesday"),
    ("technology", D, "The firm, founded in 2011, laid off 300 workers on Thursday.", None, "2026-09-10"),
    ("technology", D, "The chipmaker expects to ship the processor in the first quarter of 2027.", None, "in the first quarter of 2027"),
    # --- crime (E: Fri 2026-01-09) ---
    ("crime", E, "Police arrested the suspect on Wednesday night.", None, "2026-01-07"),
    ("crime", E, "The suspect is due in court on Monday.", None, "2026-01-12"),
    ("crime", E, "The man was arrested two days after the shooting.", None, None),
    ("crime", E, "The shooting happened on Saturday. Police arrested a suspect the next day.", "the next day", "2026-01-04"),
    ("crime", E, "Detective Ana Ruiz, who joined the force in 2004, said the case was unusual.", None, None),
    ("crime", E, "Officers responded to the call at about 9 p.m. Tuesday.", None, "2026-01-06"),
    ("crime", E, "The suspect will be arraigned Tuesday.", None, "2026-01-13"),
    ("crime", E, "The suspect remains in custody.", None, None),
    # --- local government (B: Wed 2026-05-20) ---
    ("local", B, "The city council approved the budget on Monday night.", None, "2026-05-18"),
    ("local", B, "The council meets again on June 3.", None, "2026-06-03"),
    ("local", B, "The new parking rules take effect Monday.", None, "2026-05-25"),
    ("local", B, "The mayor proposed the tax increase earlier this year.", None, "earlier this year"),
    ("local", B, "The park will reopen this summer.", None, "this summer"),
    ("local", B, "The town's fiscal year begins July 1.", None, "2026-07-01"),
    ("local", B, "Residents can comment on the plan until June 30.", None, "until June 30"),
    ("local", B, "The public hearing is scheduled for 6 p.m. Thursday at City Hall.", None, "2026-05-21"),
    ("local", B, "The city hired the contractor in 2023.", None, "in 2023"),
    # --- datelines ---
    ("dateline", A, "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.", None, "2026-11-17"),
    ("dateline", A, "FLINT, Mich., Nov. 17 (UPI) — The city council voted on Monday to replace the pipes.", None, "2026-11-16"),
    ("dateline", A, "PARIS — The museum reopened on Sunday after a two-year renovation.", None, "2026-11-15"),
    # --- no date: must stay empty ---
    ("business", A, "The company makes parts for electric cars.", None, None),
    ("local", A, "The mayor said the plan was too expensive.", None, None),
    ("business", A, "Critics say the law is unfair to small businesses.", None, None),
    ("weather", A, "The storm caused widespread damage across the region.", None, None),
    ("local", A, "The museum, which opened in 1998, holds more than 10,000 works.", None, None),
    ("local", A, "May Chen, the city's budget director, said the numbers were wrong.", None, None),
    ("local", A, "The report will be released in due course.", None, None),
    ("sports", A, "The team has won 10 of its last 12 games.", None, None),
    ("local", A, "Voters in March approved the levy.", None, "in March"),
    # --- a description's date and the claim's own ---
    ("elections", A, "The senator, who was elected in 2014, said on Tuesday that she would run again.", None, "2026-11-17"),
    ("courts", A, "Jane Park, a former judge appointed in 2010, said Monday the ruling was wrong.", None, "2026-11-16"),
    # --- a day counted from the sentence before ---
    ("business", A, "The company announced the recall on Nov. 2. A week later, it expanded it to 40 states.", "A week later", "2026-11-09"),
    ("weather", E, "Floodwaters peaked on Tuesday. The next day, crews began pumping water out.", "The next day", "2026-01-07"),
    # --- second batch (written after reading the gold gate's date misses) ---
    ("weather", E, "Rescuers pulled 14 people from the rubble over the past 24 hours.", None, "over the past 24 hours"),
    ("business", B, "Analysts say prices are likely to rise in the coming months.", None, "in the coming months"),
    ("elections", C, "The governor's approval rating has fallen since Monday's debate.", None, "since Monday's debate"),
    ("business", D, "The fund held $3 billion in assets as of Friday.", None, "as of Friday"),
    ("health", A, "Officials expect the outbreak to ease over the next several weeks.", None, "over the next several weeks"),
    ("elections", C, "Turnout rose sharply over the last two days of early voting.", None, "over the last two days"),
    ("courts", A, "The jury began deliberating on Monday. The day before, the defense rested its case.", "The day before", "2026-11-15"),
    ("sports", D, "The Hawks lost on Sunday, Sept. 6, to the Rams.", None, "2026-09-06"),
    ("business", B, "The company's shares have fallen 20 percent since Tuesday.", None, "since Tuesday"),
    ("transport", C, "The airport will be closed between Monday and Wednesday for repairs.", None, "between Monday and Wednesday"),
    # --- third batch (written after the digest clusters: "He was arrested the night before.") ---
    ("crime", E, "Police found the car on Tuesday. The driver was arrested the next morning.", "the next morning", "2026-01-07"),
    ("crime", E, "The man was charged on Thursday. He was arrested the night before.", "the night before", "2026-01-07"),
    ("crime", E, "A man was charged on Thursday with the Jan. 3 shooting. He was arrested the night before.", "the night before", "2026-01-07"),
    ("crime", E, "DOVER, Del., Jan. 8 (Reuters) — A man was charged on Thursday. He was arrested the night before.", "the night before", "2026-01-07"),
    ("dateline", E, "DOVER, Del., Jan. 8 (Reuters) — A man was charged with the shooting of two men in Dover.", None, None),
    ("elections", A, "The day after the primary, the president praised the winner.", None, "the day after the primary"),
    ("courts", A, "The jury was seated on Monday. The following afternoon, the first witness testified.", "The following afternoon", "2026-11-17"),
]


def _article(published: str, text: str) -> str:
    d = dt.date.fromisoformat(published)
    return f"The latest\nThe Courier, {d.strftime('%B')} {d.day}, {d.year}\n\n{text}\n"


@pytest.mark.parametrize("domain,published,text,target,want", CASES)
def test_when(domain, published, text, target, want):
    claims = [c for c in _code(_article(published, text)).claims if (target or "") in c.evidence.quote]
    assert claims, "no claim"
    assert claims[0].when == want


# --- the digest's timeline on six small clusters written for this session (tests/fixtures/date10/;
# the timeline an analyst expects was listed before the code was run: every dated claim once, on
# its own event's day, in order; no range, bound, week or description's year on it)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "date10"

TIMELINE = {
    "d1_zoning": [("2026-09-08", "adopted the rules on Sept. 8"), ("2026-11-16", "A federal judge on Monday blocked"),
                  ("2026-11-16", "blocked by a federal judge on Monday"), ("2026-12-03", "scheduled for Dec. 3")],
    "d2_flood": [("2026-01-06", "Floodwaters peaked"), ("2026-01-06", "crested at 14 feet"),
                 ("2026-01-07", "The next day, crews began"), ("2026-01-07", "Pumping began a day later"),
                 ("2026-01-07", "declared a state of emergency"), ("2026-01-12", "More rain is expected"),
                 ("2026-01-12", "Forecasters expect another storm")],
    "d3_fixture": [("2026-09-09", "beat the Rams 4-0"), ("2026-09-09", "beat the Rams on Wednesday night"),
                   ("2026-09-13", "play the Lions"), ("2026-09-13", "host the Lions"),
                   ("2026-09-14", "go on sale Monday"), ("2026-11-07", "season ends")],
    "d4_takeover": [("2026-05-04", "rejected an earlier bid"), ("2026-05-06", "Two days later"),
                    ("2026-05-19", "accepted a $2 billion offer"), ("2026-05-19", "agreed on Tuesday"),
                    ("2026-05-19", "shares rose 6 percent"), ("2026-06-15", "vote is scheduled"),
                    ("2026-06-15", "Shareholders vote")],
    "d5_budget": [("2026-02-26", "passed the budget 21-17"), ("2026-02-26", "approved the budget on Feb. 26"),
                  ("2026-02-27", "said on Friday"), ("2026-03-04", "scheduled to vote on Wednesday")],
    "d6_shooting": [("2026-01-03", "shooting happened on Saturday"), ("2026-01-07", "arrested a suspect on Wednesday"),
                    ("2026-01-07", "arrested the night before"), ("2026-01-08", "charged on Thursday"),
                    ("2026-01-12", "due in court on Monday"), ("2026-01-12", "arraigned on Monday")],
}


def _timeline(cluster: str, monkeypatch):
    monkeypatch.setattr(test_agree9, "FIXTURES", FIXTURES)
    return test_agree9._digest(cluster)[1]


@pytest.mark.parametrize("cluster", sorted(TIMELINE))
def test_the_timeline_holds_each_dated_claim_once_on_its_day_in_order(cluster, monkeypatch):
    dated = _timeline(cluster, monkeypatch)
    got = [(e.date, next((w for d, w in TIMELINE[cluster] if w in e.text), e.text)) for e in dated]
    assert [d for d, _ in got] == sorted(d for d, _ in got)
    assert sorted(got) == sorted(TIMELINE[cluster])


@pytest.mark.xfail(strict=True, reason="a one-sentence claim of four words is never drafted ('The House votes "
                                       "Wednesday.'): the claim picker, not its date")
def test_a_four_word_dated_sentence_is_on_the_timeline(monkeypatch):
    assert any("The House votes Wednesday" in e.text for e in _timeline("d5_budget", monkeypatch))
