"""Session 33, genre40: who says what, and how firmly, on eight more genres of news the rules never met (an
obituary, election night, a data breach, a police brief, a summit, a product recall, a live blog, a wire roundup).
Invented articles (every name, place, company, country and number made up); see evals/RESULTS.md "Session 33:
genre40".

1. A live blog's entries open with a clock time and no dash ("09:12 The river has ...") and an "UPDATE:" label
   after it: both were read as the sentence's first words (the entry's source was lost, the claim kept them).
2. "A neighbour, who did not wish to be named, said ..." was `reported`: not wishing to be named is a request
   for anonymity, as "asked not to be named" (`unconfirmed`).
3. "..., where his condition is described as serious but stable." gave the whole sentence to "unnamed sources":
   a possessive's noun opening a clause after a comma is the outlet's told act, as at the sentence's start.
4. "... shortly after 10.40 p.m. <Name> conceded ..." was one sentence: "p.m." before a capitalised word and a
   lower-case one ends the sentence unless the word goes on the time ("p.m. Friday", "p.m. Eastern time").
"""

from __future__ import annotations

import pytest

from summarizer.chunk import split_sentences
from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# The eight articles (h1-h8), as read before any fix ---------------------------------------------------------------
H1 = (
    'Harriet Quill, founder of the Quill Lantern theatre company, dies at 87\n'
    '\n'
    'Harriet Quill, the playwright who founded the Quill Lantern theatre company in the port town of Dunmarrow, died on Tuesday at 87, her family said.\n'
    '\n'
    'She died peacefully at her home after a short illness, according to a statement issued by the company. Her son, Tobias Quill, said she had been writing until the final week of her life.\n'
    '\n'
    'Born in Eastbrook in 1939, Quill trained as a teacher before staging her first play, The Salt Ledger, in a church hall in 1964. The company she founded grew from six volunteers to a troupe that toured 40 towns a year.\n'
    '\n'
    '"She believed theatre belonged in village halls as much as in the capital," said Miriam Odell, the company\'s artistic director. "Without her, none of us would be here."\n'
    '\n'
    'Critics were not always kind. One reviewer called her 1978 musical "well-meaning but interminable", and Quill later said the review had made her a better writer.\n'
    '\n'
    'She was appointed to the Order of the Lantern in 2002. Her husband, the painter Conrad Veil, died in 2015.\n'
    '\n'
    'She is survived by her son, two daughters and seven grandchildren. A memorial service will be held at the Dunmarrow Playhouse on March 14, the family said.\n')

H2 = (
    'Ostrander wins Vellmark mayoral race as rival concedes\n'
    '\n'
    'Lydia Ostrander was projected the winner of the Vellmark mayoral election on Tuesday night, with 92% of precincts reporting.\n'
    '\n'
    'Unofficial results show Ostrander, a former school board member, taking 54.3% of the vote against 43.1% for the incumbent, Gerald Pike. A third candidate, Amos Reyes, won 2.6%.\n'
    '\n'
    'The Vellmark Daily Courier projected the race for Ostrander shortly after 10.40 p.m. Pike conceded about an hour later, telling supporters at a hotel ballroom that he had called Ostrander to congratulate her.\n'
    '\n'
    '"The voters have spoken, and I respect their decision," Pike said.\n'
    '\n'
    'The electoral commission said turnout was 41%, up from 33% four years ago. Officials said about 3,200 mail-in ballots had still to be counted and the result would be certified next week.\n'
    '\n'
    'Ostrander, who campaigned on cutting bus fares and building 2,000 affordable homes, told a crowd of about 500 supporters that the city had voted for change. "Tomorrow the work starts," she said.\n'
    '\n'
    'In the race for the district council, two seats were too close to call. A recount is likely in the Harbour ward, where fewer than 60 votes separated the candidates, according to the county clerk.\n')

H3 = (
    'Fitness app Strideloop says hackers accessed data of up to 4 million users\n'
    '\n'
    'Strideloop, the fitness tracking app, said on Thursday that hackers had gained access to a database containing the names, email addresses and birth dates of up to 4 million users.\n'
    '\n'
    'The company said in a blog post that it discovered the intrusion on May 2 and had since reset passwords for all affected accounts. It said payment card details were stored separately and were not affected.\n'
    '\n'
    'It is unclear whether location histories, which the app records during runs, were also taken. Two security researchers, who asked that they not be named, told this newspaper a file offered for sale on a criminal forum appeared to contain route data for thousands of users.\n'
    '\n'
    'The breach could have exposed users to phishing attacks, said Ines Marlow, a lecturer in computer security at the University of Carrow. "Birth dates and emails together are a gift to scammers," she said.\n'
    '\n'
    "Strideloop, which is based in Hollin and has about 11 million users, has not responded to requests for comment about the researchers' findings.\n"
    '\n'
    'The data protection office of Hollin said it had been notified and was assessing the incident. Companies that fail to protect personal data can be fined up to 4% of their annual turnover.\n'
    '\n'
    'Users are being advised to change their passwords and to be wary of unexpected emails.\n')

H4 = (
    'Man arrested after shop worker stabbed in Cranleigh Row\n'
    '\n'
    'A 34-year-old man was arrested on suspicion of wounding with intent after a shop worker was stabbed in Cranleigh Row, police said.\n'
    '\n'
    'Officers were called to a convenience store on Brenner Street at about 9.15 p.m. on Saturday after reports of a disturbance. A 52-year-old man was found with stab wounds and taken to hospital, where his condition is described as serious but stable.\n'
    '\n'
    'Police said the suspect allegedly demanded money from the till before attacking the worker with a knife. He was arrested a short distance away.\n'
    '\n'
    'He has since been charged with attempted murder and robbery and is due to appear before Marlston magistrates on Monday.\n'
    '\n'
    'Detective Inspector Rhona Keel said: "This was a frightening attack on a man who was simply doing his job. We believe this was an isolated incident and no one else is being sought."\n'
    '\n'
    'Officers are appealing for witnesses, particularly anyone with dashcam footage from Brenner Street between 9 p.m. and 9.30 p.m.\n'
    '\n'
    'A neighbour, who did not wish to be named, said the shop had been robbed twice in the past year.\n')

H5 = (
    'Veldaria and Ostmark agree to reopen border crossings after two days of talks\n'
    '\n'
    'Veldaria and Ostmark agreed on Friday to reopen three border crossings closed since last spring, a joint statement said after two days of talks in the lakeside city of Brennau.\n'
    '\n'
    'The two governments will also set up a commission to settle a long-running dispute over fishing rights in the Sarn estuary, the statement said.\n'
    '\n'
    'Veldarian Foreign Minister Adela Kroft is expected to sign a trade protocol with her Ostmark counterpart, Piet Hallum, next month, officials familiar with the talks said.\n'
    '\n'
    '"We have turned a page," Kroft told reporters. Hallum described the talks as "frank and constructive" but said differences remained over customs fees.\n'
    '\n'
    'The agreement does not address the status of about 1,200 seasonal workers stranded by the closures, according to a draft seen by this newspaper. A spokesperson for the Ostmark foreign ministry declined to comment on the draft.\n'
    '\n'
    'Trade between the two countries fell by about a third after the crossings were closed, according to figures from the Veldarian statistics office.\n'
    '\n'
    'Diplomats said the deal could pave the way for a visit by the Ostmark president later this year, though no date has been set.\n')

H6 = (
    'Sunbright peanut butter recalled over possible salmonella contamination\n'
    '\n'
    'Harlow Foods is recalling three batches of its Sunbright smooth peanut butter because they may contain salmonella, the Food Standards Office said on Wednesday.\n'
    '\n'
    'The recall covers 340g jars with best-before dates of 12 and 19 October. No injuries have been reported, the regulator said.\n'
    '\n'
    'Consumers are advised not to eat the product and to return it to the store where it was bought for a full refund.\n'
    '\n'
    'Harlow Foods, in a written statement, said it was recalling the batches out of an abundance of caution after routine testing at its plant in Tressel found the bacteria on a piece of equipment. "The safety of our customers is our highest priority," the company said.\n'
    '\n'
    'Salmonella can cause fever, diarrhoea and stomach cramps, and may be serious for young children, older people and those with weakened immune systems, according to the regulator.\n'
    '\n'
    'About 18,000 jars were sold through supermarkets in the northern region, a Harlow Foods spokesperson said. It is not known how many have been eaten.\n'
    '\n'
    'The Food Standards Office said it was working with the company to make sure the affected products were removed from shelves.\n')

H7 = (
    'Live: Flooding closes Marwick bridge as river rises\n'
    '\n'
    "Correction: The first version of this live page misstated the river's height at Marwick. It was 4.2 metres, not 5.2 metres.\n"
    '\n'
    '09:12 The Marwick river has reached 4.2 metres, the highest level since 1998, the Environment Service said.\n'
    '\n'
    '09:40 Police have closed the Old Bridge to traffic. Drivers are being told to use the ring road.\n'
    '\n'
    '10:05 UPDATE: The council says about 200 homes in the Lowfield district have been evacuated. A rest centre has opened at Marwick Leisure Centre.\n'
    '\n'
    '10:31 A spokesman for Marwick Rail said trains between Marwick and Hessel were cancelled for the rest of the day.\n'
    '\n'
    '11:02 UPDATE: The Environment Service now expects the river to peak at about 4.6 metres this evening. It had earlier forecast 4.4 metres.\n'
    '\n'
    '11:20 Residents tell us the water on Quay Street is knee deep. One shopkeeper, Dev Anand, said he had moved his stock upstairs overnight.\n'
    '\n'
    '11:45 The weather agency has issued an amber warning for more rain from Thursday, saying another 30mm could fall.\n')

H8 = (
    'World news roundup\n'
    '\n'
    'TARNBURG, June 3 (Meridian) - The central bank of Tarnburg raised its main interest rate by a quarter point to 4.75% on Tuesday, saying inflation had stayed higher than expected. Governor Elsa Brandt said further rises could not be ruled out.\n'
    '\n'
    'Reporting by Jonas Fell; Editing by Mara Quint\n'
    '\n'
    'PORT HALLEY, June 3 (Meridian) - At least 12 people were injured when a passenger ferry struck a pier in Port Halley, the harbour authority said. The cause of the collision was under investigation, it said. A spokesman for the ferry operator, Halley Lines, said the vessel had passed an inspection in April.\n'
    '\n'
    'Reporting by Anika Sorel; Writing by Ben Oaks\n'
    '\n'
    "SELMONT, June 3 (Meridian) - Selmont's parliament voted 201-148 to approve a bill raising the retirement age to 67, despite protests by unions who said it would hurt manual workers. The bill now goes to the upper house.\n"
    '\n'
    'Reporting by Tomas Ruhl; Editing by Mara Quint\n')


# 1. a live blog's clock time with no dash, and its "UPDATE:" label ------------------------------------------------
@pytest.mark.parametrize("start, source", [
    ("A spokesman for Marwick Rail said", "A spokesman for Marwick Rail"),
    ("The Environment Service now expects", "The Environment Service"),
    ("It had earlier forecast", "The Environment Service"),
    ("Residents tell us", "Residents"),
    ("The council says about 200 homes", "The council"),
])
def test_live_entry_source(start, source):
    c = _claim(code(H7), start)
    assert c.attributed_to == source


def test_live_entry_text_has_no_time_or_label():
    texts = [c.text for c in code(H7).claims]
    assert not [t for t in texts if t[:2].isdigit() or t.startswith("UPDATE")]
    assert any(t.startswith("The council says about 200 homes") for t in texts)


@pytest.mark.parametrize("text, first", [
    ("12:30 was the deadline the club had set.", "12:30 was the deadline the club had set."),  # a time as subject
    ("Update on the talks\n\n10:15 - The minister said the deal was close.", "The minister said the deal was close."),
    ("The count\n\n9.30 Officials said the count had begun.", "9.30 Officials said the count had begun."),  # no colon: untouched
])
def test_live_entry_near_misses(text, first):
    claims = code(text).claims
    assert claims[-1].text == first


# 2. "who did not wish to be named" ----------------------------------------------------------------------------------
def test_unnamed_neighbour_unconfirmed():
    c = _claim(code(H4), "A neighbour, who did not wish to be named")
    assert (c.attributed_to, c.certainty) == ("A neighbour", "unconfirmed")


@pytest.mark.parametrize("sentence, certainty", [
    ("A cousin, who would not wish to be identified, said the house had been empty for a year.", "unconfirmed"),
    ("A cousin, who lives next door, said the house had been empty for a year.", "reported"),
    ("The singer said she did not want to be famous.", "negated"),
])
def test_unnamed_wish_near_misses(sentence, certainty):
    assert code("Village news\n\n" + sentence + "\n").claims[-1].certainty == certainty


# 3. "..., where his condition is described as ..." ------------------------------------------------------------------
def test_condition_described_in_relative_is_outlets():
    c = _claim(code(H4), "A 52-year-old man was found")
    assert (c.attributed_to, c.certainty) == ("article", "stated")


@pytest.mark.parametrize("sentence, source, certainty", [
    ("The rider was treated at the scene, and his injuries were described as minor.", "article", "stated"),
    ("The shop was robbed, where the robber was described as tall and bearded.", "unnamed sources", "unconfirmed"),
    ("The rain stopped, and floods were reported in the valley.", "unnamed sources", "unconfirmed"),
    ("The suspect was described as tall and bearded.", "unnamed sources", "unconfirmed"),
    ("The girl was flown to the city hospital, where her condition is thought to be critical.", "unnamed sources",
     "unconfirmed"),  # a belief with its infinitive stays hearsay
])
def test_condition_described_near_misses(sentence, source, certainty):
    c = code("Town news\n\n" + sentence + "\n").claims[-1]
    assert (c.attributed_to, c.certainty) == (source, certainty)


# 4. "p.m." before the next sentence's subject ----------------------------------------------------------------------
def test_pm_then_name_splits():
    s = code(H2)
    texts = [c.text for c in s.claims]
    assert "The Vellmark Daily Courier projected the race for Ostrander shortly after 10.40 p.m." in texts
    assert _claim(s, "Pike conceded about an hour later").attributed_to == "Gerald Pike"


@pytest.mark.parametrize("text, n", [
    ("The polls close at 8 p.m. Friday and counting starts at once.", 1),
    ("The match starts at 7 p.m. Eastern time on Sunday.", 1),
    ("At 4 a.m. New York time the market opened.", 1),
    ("The blackout started near 9 p.m. Lisbon time (8 p.m. GMT), and crews worked all night.", 1),
    ("The hearing ends at 5 p.m. on Monday.", 1),
    ("Doors open at 7 p.m. The band plays at eight.", 2),
    ("He left at 10 p.m. Police said he was calm.", 2),
])
def test_pm_near_misses(text, n):
    assert len(split_sentences(text)) == n
