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

