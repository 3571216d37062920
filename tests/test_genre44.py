"""Session 35, genre44: who says what, and how firmly, on eight more genres of news (an obituary, a recall notice, a
data breach, an election night, a trial day, a drug approval, a jobs and housing report, a protest with disputed counts).
Invented articles (every name, place, company, country, currency and number made up); see evals/RESULTS.md
"Session 35: genre44".
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# The eight articles (m1-m8), as read before any fix ---------------------------------------------------------------
M1 = (
    'Tomas Vreeland, architect who rebuilt the Harrowgate waterfront, dies at 81\n'
    '\n'
    'Tomas Vreeland, the architect whose glass market halls transformed the waterfront of Harrowgate in the 1980s, died on Sunday at his home in Lisle Bay. He was 81.\n'
    '\n'
    'The cause was complications of pneumonia, his daughter, Annika Vreeland, said.\n'
    '\n'
    'Born in the mining town of Orsk Vale in 1944, Mr. Vreeland studied engineering before turning to design. His first major commission, a ferry terminal completed in 1979, was criticised at the time as cold and costly, but it is now a protected building.\n'
    '\n'
    'Friends recalled a restless man who sketched on napkins and rarely kept appointments. "He could not walk past an empty lot without redesigning it in his head," said Pieter Dahlgren, who worked with him for two decades.\n'
    '\n'
    'In a 2011 interview with the Harrowgate Courier, Mr. Vreeland said he regretted only one project, a parking tower he called "a concrete apology."\n'
    '\n'
    'The city council said in a statement that flags at the market halls would fly at half-staff until Friday.\n'
    '\n'
    'He is survived by his wife of 52 years, Liesel; his daughter; two sons, Jonas and Emil; and seven grandchildren. A public memorial is planned for next month, the family said.\n')

M2 = (
    'Brightwell recalls 410,000 space heaters over fire risk\n'
    '\n'
    'Brightwell Appliances is recalling about 410,000 portable space heaters because a faulty thermostat can cause them to overheat and catch fire, the Consumer Goods Safety Board said on Tuesday.\n'
    '\n'
    'The company said it is aware of 37 incidents of overheating, including nine fires that caused minor property damage. No injuries have been reported, the agency said.\n'
    '\n'
    'The recall covers the Brightwell Cosy 200 and Cosy 300 models sold at hardware stores and online between August 2023 and January 2025 for about $60. The model number is printed on a label on the back of the unit.\n'
    '\n'
    'Consumers should immediately stop using the heaters and contact Brightwell for a free replacement, the agency said.\n'
    '\n'
    'In a statement, Brightwell said it was acting out of an abundance of caution and that the vast majority of units had worked safely. "The safety of our customers is our top priority," said Carla Mendes, the company\'s head of product quality.\n'
    '\n'
    'A consumer group, Safer Homes Alliance, said the recall should have come sooner, noting that complaints about the heaters had appeared on retail websites for more than a year.\n'
    '\n'
    'The board said it was also investigating whether a similar thermostat was used by two other manufacturers. It did not name them.\n')

M3 = (
    'Hackers may have stolen data of 2.3 million Pellmark customers\n'
    '\n'
    'Pellmark, the mobile phone carrier, said on Wednesday that hackers may have accessed the names, addresses and dates of birth of about 2.3 million customers in an attack discovered last week.\n'
    '\n'
    'There is no evidence that passwords or bank details were taken, the company said in a notice posted on its website. It has hired an outside cybersecurity firm and informed the national data protection regulator.\n'
    '\n'
    "The attackers got in through a supplier's account that had not been protected by a second login step, according to a person familiar with the investigation, who was not authorised to speak publicly.\n"
    '\n'
    'A ransomware group calling itself Greyvane claimed responsibility on a leak site on Monday and said it had taken 600 gigabytes of files. The claim could not be independently verified.\n'
    '\n'
    "Pellmark's shares fell 4% in early trading.\n"
    '\n'
    '"Customers should be alert to messages that appear to come from us and ask for payment details," said Oskar Lindqvist, Pellmark\'s chief executive. He declined to say whether the company had been asked for a ransom.\n'
    '\n'
    'Security researcher Hana Moreau said the stolen details could be used for identity fraud for years. "You can change a password, but you cannot change your date of birth," she said.\n'
    '\n'
    'The regulator said it was making inquiries.\n')

M4 = (
    "Ruiz wins Calvera governor's race as Dunmore concedes\n"
    '\n'
    'Lena Ruiz of the Civic Union party won the race for governor of Calvera on Tuesday, defeating the incumbent, Harold Dunmore, in a contest that had been expected to be close.\n'
    '\n'
    "With 92% of the vote counted, Ruiz had 54.1% to Dunmore's 44.3%, according to the state election office. The Calvera Ledger projected Ruiz the winner at 11.05 p.m., and the Associated Wire called the race about twenty minutes later.\n"
    '\n'
    'Dunmore conceded shortly after midnight. "The voters have spoken, and I respect their decision," he told supporters in Port Ansel.\n'
    '\n'
    "Turnout was 61%, the highest for a governor's race since 1998, the election office said.\n"
    '\n'
    "In the state assembly, Civic Union was on course to win 48 of the 90 seats, gaining six, according to the Ledger's projections. Results in four districts are expected on Thursday, when postal ballots will be counted.\n"
    '\n'
    'Ruiz, a former mayor of Tessin, told a crowd of several thousand that her first priority would be lowering power bills. "We start work tomorrow," she said.\n'
    '\n'
    'Some Dunmore allies blamed the loss on a late campaign. Party chairman Eamon Kell said the result was "a wake-up call" but that the party would rebuild.\n')

M5 = (
    'Nurse testifies that Vance changed drug records, jury told\n'
    '\n'
    'A former nurse testified on Thursday that she saw Dr. Rupert Vance alter medication records on the night a patient died at Elmstead General Hospital in 2022.\n'
    '\n'
    'Marisol Grant, who worked on the intensive care ward for six years, told the jury that Vance asked her to leave the room and that the paper chart had been changed when she returned.\n'
    '\n'
    '"I knew something was wrong because the dose was written in a different pen," she said.\n'
    '\n'
    'Vance, 58, has pleaded not guilty to manslaughter and to two counts of falsifying records. Prosecutors allege that he gave the patient, a 71-year-old retired teacher, ten times the prescribed dose of a sedative and then tried to cover up the mistake.\n'
    '\n'
    'Under cross-examination, Grant acknowledged that she had not reported her concerns until eight months later, after she had left the hospital. She denied that she had a grudge against Vance, who had disciplined her in 2021.\n'
    '\n'
    'Defence lawyer Celia Honig suggested that the chart may have been corrected by another doctor. Grant said she did not know.\n'
    '\n'
    'The defence is expected to argue that the patient died of an undiagnosed heart condition. The trial, at Northgate Crown Court, is expected to last five weeks.\n')

M6 = (
    "Regulators approve first pill for chronic Tarrow's disease\n"
    '\n'
    "Regulators in Estland approved a daily pill for Tarrow's disease on Friday, the first oral treatment for the rare inflammatory condition, which affects about 40,000 people in the country.\n"
    '\n'
    'The drug, called velorimab and made by Quent Therapeutics, reduced the risk of severe flare-ups by 43% compared with a placebo in a trial of 812 patients, the Medicines Authority said.\n'
    '\n'
    'Side effects included headaches, nausea and, in about 3% of patients, raised liver enzymes. The authority said patients should have liver tests every three months during the first year of treatment.\n'
    '\n'
    'Quent expects to launch the pill in April and said it would cost about 2,900 crowns a month before discounts. The company said it expects sales to exceed 500 million crowns by 2028.\n'
    '\n'
    'Some doctors cautioned that the trial lasted only one year. "We do not yet know whether the benefit holds up over a decade, and this is a lifelong disease," said Dr. Ines Carrow, a specialist at Linmouth University Hospital who was not involved in the study.\n'
    '\n'
    "Patient groups welcomed the decision. The Tarrow's Disease Society said the pill would spare many patients weekly injections.\n"
    '\n'
    "The authority's decision follows a recommendation from its expert panel in December, which voted 11 to 2 in favour.\n")

M7 = (
    'Jobs growth slows sharply in March as hiring cools\n'
    '\n'
    'Employers in Norland added 41,000 jobs in March, the smallest gain in more than two years, figures released on Friday showed, adding to signs that the economy is losing momentum.\n'
    '\n'
    'Economists polled by the Brennan Wire had forecast an increase of 95,000. The unemployment rate rose to 4.6% from 4.4%, the Norland Statistics Office said.\n'
    '\n'
    'The office also revised down its estimate for February to 62,000 from 88,000.\n'
    '\n'
    'Average hourly pay rose 0.2% month-on-month, the slowest pace since 2021, and was up 3.1% from a year earlier.\n'
    '\n'
    '"This is a clear turn in the labour market," said Freya Olsen, chief economist at Haldane Capital. "The central bank will find it hard to justify keeping rates where they are."\n'
    '\n'
    'Others said one weak month should not be overstated. Jobs figures are volatile and are often revised, noted Daniel Roth of the Institute for Fiscal Research, who expects hiring to pick up in the summer.\n'
    '\n'
    'Manufacturing shed 12,000 jobs, while health care added 23,000.\n'
    '\n'
    'Separate data from the land registry showed house prices fell 0.8% in March, the third monthly decline in a row. The average home now costs 312,000 marks.\n'
    '\n'
    "Finance Minister Agnes Kurz said the government's plans to build 50,000 homes a year would support jobs.\n")

M8 = (
    'Thousands march in Veradin against fuel price rise; clashes reported\n'
    '\n'
    'Tens of thousands of people marched through the capital of Veradin on Saturday to protest against a 30% rise in fuel prices, in the largest demonstration in the country in a decade.\n'
    '\n'
    'Organisers said 120,000 people took part. Police put the figure at 35,000.\n'
    '\n'
    'At least 46 people were injured when police used tear gas and water cannon to disperse crowds near the parliament building, according to the Veradin Relief Society. The interior ministry said 19 officers were hurt and that 83 people had been arrested for vandalism and attacking police.\n'
    '\n'
    'Videos posted by witnesses appeared to show officers beating a man lying on the ground. The footage could not be verified.\n'
    '\n'
    'The opposition Freedom Bloc said one protester had died in hospital from a head wound. The ministry denied that anyone had been killed.\n'
    '\n'
    '"We will come back every Saturday until the decree is withdrawn," said Samir Haddou, one of the organisers, speaking by phone.\n'
    '\n'
    'Prime Minister Olek Varga said in a televised address that the price rise was necessary to reduce the budget deficit and accused "foreign-funded agitators" of provoking the violence. He offered no evidence.\n'
    '\n'
    'Fuel prices in Veradin were raised on March 3 after the government ended a subsidy.\n')



def _sentence_claim(text: str, start_words: str):
    return _claim(code(text), start_words)


# 1. "The company said ..." after a recall the regulator announced: the recalling company, not the board ----------
def test_m2_the_company_is_the_recalling_firm_not_the_safety_board():
    assert who(M2, "The company said it is aware of 37 incidents of overheating") == "Brightwell Appliances"


def test_the_company_never_resolves_to_a_board_or_a_regulator():
    text = ("Fenmore Toys is recalling 20,000 kites, the Product Standards Board said on Monday. "
            "The company said it had received five complaints.")
    assert who(text, "The company said it had received five complaints.") != "the Product Standards Board"
    bureau = ("Fenmore Toys is recalling 20,000 kites, the Consumer Safety Bureau said on Monday. "
              "The company said it had received five complaints.")
    assert who(bureau, "The company said it had received five complaints.") != "the Consumer Safety Bureau"


# 2. "The claim could not be independently verified.": the outlet's own statement about its checking ---------------
@pytest.mark.parametrize("article,sentence", [
    (M3, "The claim could not be independently verified."),
    (M8, "The footage could not be verified."),
])
def test_m3_m8_a_check_that_failed_is_the_outlets_negated_statement(article, sentence):
    # (merged with lead35's reading, session 35: a note that only says the account before it could not be checked
    # is no claim of its own; the account before it is `unconfirmed`, GUIDELINES §2 "could not be verified")
    assert not [c for c in code(article).claims if c.text.startswith(sentence[:20])]


@pytest.mark.parametrize("sentence", [
    "The figures have not been verified by this newspaper.",
    "Their account could not be independently confirmed.",
    "The group's video cannot be verified.",
])
def test_other_checks_that_failed_are_the_outlets(sentence):
    text = "A militia said it had shot down a helicopter near Varn on Sunday. " + sentence
    assert who(text, sentence) is None
    claims = code(text).claims  # (lead35's reading: the note is no claim; the militia's claim before it is unconfirmed)
    assert not [c for c in claims if c.text.startswith(sentence[:12])]
    assert [c.certainty for c in claims if c.text.startswith("A militia said")] == ["unconfirmed"]


@pytest.mark.parametrize("sentence", [
    "Reports that the mayor had resigned could not be verified.",
    "The video, which could not be verified, shows soldiers firing at a crowd.",
    "The account of the attack by local residents could not be verified.",
])
def test_near_miss_a_content_of_its_own_stays_unconfirmed(sentence):
    text = "Protests spread to three more towns on Sunday. " + sentence
    assert _sentence_claim(text, sentence[:12]).certainty == "unconfirmed"


# 3. "A, noted <Name> of <Institute>, who expects B.": the named speaker's, whatever the relative adds -----------
def test_m7_an_inverted_tag_with_an_affiliation_and_a_relative_is_the_speakers():
    c = _claim(code(M7), "Jobs figures are volatile")
    assert (c.attributed_to, c.certainty) == ("Daniel Roth", "reported")


@pytest.mark.parametrize("tag", ["said Ada Brill from Kestrel Partners", "noted Ada Brill at the Centre for Housing Policy"])
def test_an_affiliation_before_who_keeps_the_tag(tag):
    text = f"Prices are likely to keep falling this year, {tag}, who has studied the market for a decade."
    assert who(text, text) == "Ada Brill"


def test_near_miss_a_relative_on_the_body_stays_the_outlets():
    text = ("Rents are volatile and are often revised, said Ada Brill of Kestrel Partners, which expects rents "
            "to fall this year and has cut its forecast for the region to 1.2%.")
    assert who(text, text) is None


# 4. "A, figures released on <day> showed, adding to signs that B": the figures' A; B the outlet's aside ---------
def test_m7_the_lead_is_the_figures():
    c = _claim(code(M7), "Employers in Norland added 41,000 jobs")
    assert (c.attributed_to, c.certainty) == ("figures", "reported")


@pytest.mark.parametrize("sentence,source", [
    ("Retail sales fell 2% in May, the survey showed, raising hopes of a rate cut.", "the survey"),
    ("Exports rose 4% in June, the fastest pace in a year, figures released on Tuesday showed, underscoring demand.", "figures"),
    ("Output fell in May, the ministry said, fuelling talk that the bank would cut rates.", "the ministry"),
])
def test_a_closing_frame_then_a_consequence_keeps_its_source(sentence, source):
    assert who(sentence, sentence) == source


def test_near_miss_adding_to_a_thing_is_no_speech():
    sentence = "Employers added 41,000 jobs in March, adding to signs that the economy is losing momentum."
    assert who(sentence, sentence) is None


def test_near_miss_adding_that_and_adding_to_an_addressee_stay_speech():
    said = "Output fell in May, the ministry said, adding that exports would recover."
    assert who(said, said) == "the ministry"
    told = "The mayor praised the crews, adding to reporters that the road would reopen on Monday."
    assert who(told, told) == "The mayor"


# 5. "denied that anyone had been killed": a denial with an indefinite subject -------------------------------------
def test_m8_the_ministry_denies_a_death():
    c = _claim(code(M8), "The ministry denied that anyone")
    assert (c.attributed_to, c.certainty) == ("The interior ministry", "denied")


@pytest.mark.parametrize("sentence,certainty", [
    ("The club denied that everyone had been paid late.", "denied"),
    ("The army denied that nobody had been warned.", "denied"),
])
def test_denials_of_an_indefinite_clause(sentence, certainty):
    text = "Two people were hurt at the depot on Monday. " + sentence
    assert _sentence_claim(text, sentence[:12]).certainty == certainty


def test_near_miss_a_denial_not_made_is_no_denial():
    text = "Two people were hurt at the depot on Monday. The army did not deny that anyone had been hurt."
    assert _sentence_claim(text, "The army did not").certainty != "denied"


# 6. Descriptions in passing: no relative on a month after a preposition, no tag's participle in an apposition --------
def test_m6_no_claim_that_the_month_voted():
    claims = [c.text for c in code(M6).claims]
    assert not any(t.startswith("December voted") for t in claims)
    assert any(t.startswith("The authority's decision follows") for t in claims)


@pytest.mark.parametrize("sentence,bad", [
    ("The plan follows advice from a review board in March, which found the old rules unworkable.", "March found"),
    ("The strike follows a ballot of members on Tuesday, which backed action by a wide margin.", "Tuesday backed"),
])
def test_a_relative_after_a_time_is_not_the_times(sentence, bad):
    text = "Councils approve new parking rules\n\n" + sentence + "\n"
    assert not any(c.text.startswith(bad) for c in code(text).claims)


def test_near_miss_a_relative_on_a_name_is_still_a_description():
    text = ("Councils approve new parking rules\n\nThe plan was approved by Harwick, which voted 11 to 2 in favour "
            "of the rules on Monday.\n")
    assert any(c.text.startswith("Harwick voted 11 to 2") for c in code(text).claims)


def test_m8_the_speakers_description_holds_no_participle_of_the_tag():
    assert not any("speaking by phone" in c.text and c.kind == "background" for c in code(M8).claims)


# 7. "the agency" / "The board" paragraphs after "the <X> Safety Board" ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "No injuries have been reported, the agency said.",
    "Consumers should immediately stop using the heaters",
    "The board said it was also investigating",
])
def test_m2_the_agency_and_the_board_are_the_safety_board(sentence):
    assert who(M2, sentence) == "the Consumer Goods Safety Board"


def test_near_miss_two_boards_leave_the_board_unresolved():
    text = ("The Harbour Safety Board said on Monday that a ferry had hit the pier. The Port Licensing Board said "
            "the ferry's licence was valid.\n\nCrews worked through the night.\n\nThe weather was calm.\n\n"
            "Divers found no damage.\n\nThe board said it would publish a report.")
    assert who(text, "The board said it would publish a report.") not in ("The Harbour Safety Board",
                                                                          "The Port Licensing Board")


# 8. Units: decades, data sizes ----------------------------------------------------------------------------------
def test_m1_m3_decades_and_gigabytes_are_units():
    m1 = _claim(code(M1), "Pieter Dahlgren worked with him")
    assert [(q.value, q.unit) for q in m1.quantities] == [(2.0, "decades")]
    m3 = _claim(code(M3), "A ransomware group calling itself")
    assert [(q.value, q.unit) for q in m3.quantities] == [(600.0, "GB")]


# 9. "the slowest pace since 2021", "the highest for a governor's race since 1998": a record's span, no `when` -------
@pytest.mark.parametrize("article,start", [(M4, "Turnout was 61%"), (M7, "Average hourly pay rose")])
def test_m4_m7_a_records_span_is_no_when(article, start):
    assert _claim(code(article), start).when is None


def test_near_miss_a_plain_since_is_still_a_when():
    text = "Harbour dispute\n\nThe two ports have been in dispute over the fishing grounds since 1998.\n"
    assert _claim(code(text), "The two ports").when == "since 1998"


# 10. "in a contest that had been expected to be close": a past expectation, no plan --------------------------------
def test_m4_the_lead_is_an_event():
    assert _claim(code(M4), "Lena Ruiz of the Civic Union").kind == "event"


def test_near_miss_an_expectation_still_ahead_is_a_plan():
    text = "Bridge works\n\nThe bridge had been expected to reopen in May, but the council said it will now open in June.\n"
    assert _claim(code(text), "The council said").kind == "plan"
    text = "Bridge works\n\nThe bridge is expected to reopen in May after repairs to its deck.\n"
    assert _claim(code(text), "The bridge").kind == "plan"


# 11. "shed 12,000 jobs, while health care added 23,000": the second count shares the first's noun ------------------
def test_m7_the_count_after_while_is_read():
    c = _claim(code(M7), "Manufacturing shed 12,000 jobs")
    assert [(q.value, q.counted) for q in c.quantities] == [(12000.0, "jobs"), (23000.0, "jobs")]


def test_near_miss_a_level_after_while_is_not_the_first_counts():
    text = "Factory results\n\nThe firm cut 300 jobs last year, while profits rose to 4 million in 2023.\n"
    c = _claim(code(text), "The firm cut 300 jobs")
    assert all(q.counted != "jobs" or q.value == 300.0 for q in c.quantities)


# 12. A second probe (invented sentences of the same genres, read after the first fixes) ---------------------------
# "At least <n> ... died, <X> said": "At least" opens a count, no prepositional opener; the content is before the tag.
@pytest.mark.parametrize("sentence,content", [
    ("At least 12 people died in the fire, police said on Monday.", "At least 12 people died in the fire"),
    ("At least 12 people died in the fire, police said on Monday, adding that the cause was unknown.",
     "At least 12 people died in the fire"),
])
def test_at_least_opens_a_count_not_an_intro(sentence, content):
    from summarizer.attribution import analyze
    rel = analyze(sentence).relation_for(0, len(sentence))
    assert rel is not None and rel.name == "police"
    assert sentence[rel.content[0][0]:rel.content[0][1]].startswith(content)


def test_near_miss_at_a_place_is_still_an_intro():
    from summarizer.attribution import analyze
    sentence = "At a rally in Varn on Monday, the senator said the plant would stay open."
    rel = analyze(sentence).relation_for(0, len(sentence))
    assert rel is not None and sentence[rel.content[0][0]:].startswith("the plant would stay open")


# "A, hospital officials said, though the government put the toll at one": each side's figure is its own.
_TWO_COUNTS = ("Clashes in Varn\n\nAt least three people died, hospital officials said, though the government put the "
               "toll at one.\n")


def test_a_second_sides_estimate_after_a_contrast_is_its_own():
    claims = {c.text: c.attributed_to for c in code(_TWO_COUNTS).claims}
    assert claims.get("At least three people died, hospital officials said.") == "hospital officials"
    assert claims.get("The government put the toll at one.") == "the government"


@pytest.mark.parametrize("sentence,second", [
    ("Organisers estimated the crowd at 50,000, while police put the figure at about 12,000.", "police"),
    ("Rebels said they had seized the town, but the army put the number of fighters at 40.", "the army"),
])
def test_put_at_after_a_contrast_is_a_second_relation(sentence, second):
    from summarizer.attribution import analyze
    assert [r.name for r in analyze(sentence).relations][-1] == second


def test_near_miss_put_without_a_figure_after_a_contrast_stays_with_the_first():
    from summarizer.attribution import analyze
    sentence = "The mayor said the road would reopen, but the council put the plan on hold."
    assert [r.name for r in analyze(sentence).relations] == ["The mayor"]


@pytest.mark.parametrize("sentence", ["The government put the death toll at one.", "The army put the number of dead at two."])
def test_put_at_a_number_word_is_an_estimate(sentence):
    assert who(sentence, sentence) is not None
