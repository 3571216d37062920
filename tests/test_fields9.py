"""A battery of sentences written for session 8 (fields9, issue 12): certainty and the typed
fields (`when`, `where`, quantities, `kind`, and `attributed_to` where a certainty depends on it)
across domains of news, each with the value an analyst expects, written before the `code` path
was run on it. Each sentence is read as a one-sentence article under a headline.

Fields: `certainty`, `when`, `where`, `kind`, `who` (the first claim of the sentence); `qv` (the
set of quantity values over the sentence's claims: dates, years, ages, scores, times, phone
numbers, ordinals and designations are never counts); `qc` (a (value, counted) row that must be
shown)."""

from __future__ import annotations

import functools

import pytest

from tests.test_reading_outputs import _code

HEADLINE = "The latest\n\n"  # (under "News in brief", "the company said" went to "News": lead told)

CASES = [
    # --- courts ---
    ("courts", "A federal judge in Denver on Tuesday blocked the state's new voting law.", "when", "on Tuesday"),
    ("courts", "A federal judge in Denver on Tuesday blocked the state's new voting law.", "where", "Denver"),
    ("courts", "The jury deliberated for nine hours before convicting Mark Hale, 41, of two counts of fraud.", "qc", (9, "nine hours")),  # a measure with a unit counts itself (was written "hours")
    ("courts", "The jury deliberated for nine hours before convicting Mark Hale, 41, of two counts of fraud.", "qv", {9, 2}),
    ("courts", "The Supreme Court will hear arguments in the case in October.", "certainty", "speculative"),
    ("courts", "The Supreme Court will hear arguments in the case in October.", "when", "in October"),
    ("courts", "The defendant did not testify during the two-week trial.", "certainty", "negated"),
    ("courts", "Prosecutors denied that the evidence had been mishandled.", "certainty", "denied"),
    ("courts", "The appeals court ruled 2-1 that the ordinance was unconstitutional.", "qv", set()),
    ("courts", "The lawyer, who has represented the city since 2010, said the ruling would be appealed.", "when", None),
    ("courts", "“It is hard to see how this ends,” said Jane Doe, a tax consultant at the firm Acme Partners who advised the governor in 2019.", "when", None),
    ("courts", "The judge sentenced Luis Ortiz to 15 years in prison on Friday.", "when", "on Friday"),
    ("courts", "If convicted, the former mayor faces up to 20 years in prison.", "certainty", "speculative"),
    ("courts", "The witness denied seeing the defendant that night.", "certainty", "denied"),
    ("courts", "The mayor did not deny that the contract had been awarded without a bid.", "certainty", "negated"),
    # --- business and markets ---
    ("business", "Shares of Norwell Foods fell 12 percent on Wednesday after the company cut its profit forecast.", "qv", {12}),
    ("business", "Shares of Norwell Foods fell 12 percent on Wednesday after the company cut its profit forecast.", "when", "on Wednesday"),
    ("business", "The company reported revenue of $1.2 billion for the quarter, up from $980 million a year earlier.", "qv", {1.2e9, 980e6}),
    ("business", "Analysts expect the central bank to raise interest rates by a quarter point next month.", "certainty", "speculative"),
    ("business", "The retailer plans to close 40 stores by the end of the year.", "certainty", "speculative"),
    ("business", "The retailer plans to close 40 stores by the end of the year.", "kind", "plan"),
    ("business", "The retailer plans to close 40 stores by the end of the year.", "qc", (40, "stores")),
    ("business", "The retailer plans to close 40 stores by the end of the year.", "when", "by the end of the year"),
    ("business", "Brightline Corp. did not say how many jobs would be cut.", "certainty", "negated"),
    ("business", "The merger, if approved by regulators, would create the country's largest grocery chain.", "certainty", "speculative"),
    ("business", "Unemployment fell to 3.9 percent in March, according to preliminary figures from the Labor Department.", "certainty", "reported"),
    ("business", "Unemployment fell to 3.9 percent in March, according to preliminary figures from the Labor Department.", "when", "in March"),
    ("business", "Oil prices rose for a third straight day on Thursday.", "qv", set()),
    ("business", "The firm employs about 5,400 people in 12 countries.", "qc", (5400, "people")),
    ("business", "The firm employs about 5,400 people in 12 countries.", "qc", (12, "countries")),
    ("business", "Between 10 and 15 percent of the company's workforce could be laid off.", "certainty", "speculative"),
    ("business", "Between 10 and 15 percent of the company's workforce could be laid off.", "qv", {10, 15}),
    ("business", "The bank's chief executive, 58-year-old Laura Finch, stepped down on Monday.", "qv", set()),
    ("business", "The company paid a fine of $2.5 million.", "qv", {2.5e6}),
    ("business", "Inflation slowed to 2.4% in October from 2.7% in September.", "qv", {2.4, 2.7}),
    ("business", "The index closed at 4,512.3 points, up 0.8%.", "qv", {4512.3, 0.8}),
    ("business", "Tickets cost between $25 and $40.", "qv", {25, 40}),
    ("business", "Sales rose 4 percent in the second quarter.", "qv", {4}),
    ("business", "The airline said it had no plans to cut routes.", "certainty", "negated"),
    ("business", "According to preliminary figures, exports fell 6 percent in May.", "certainty", "reported"),
    # --- health ---
    ("health", "More than 300 people have been treated for food poisoning since Saturday.", "qc", (300, "people")),
    ("health", "More than 300 people have been treated for food poisoning since Saturday.", "when", "since Saturday"),
    ("health", "The vaccine appears to reduce hospitalizations by about a third.", "certainty", "speculative"),
    ("health", "No deaths have been linked to the outbreak.", "certainty", "negated"),
    ("health", "Health officials said the new strain is not more dangerous than earlier ones.", "certainty", "negated"),
    ("health", "The hospital may have to cancel elective surgeries next week.", "certainty", "speculative"),
    ("health", "The hospital may have to cancel elective surgeries next week.", "when", "next week"),
    ("health", "Dozens of patients were evacuated from the clinic in Marlow on Sunday.", "where", "Marlow"),
    ("health", "Dozens of patients were evacuated from the clinic in Marlow on Sunday.", "when", "on Sunday"),
    ("health", "The study followed 2,400 adults for 10 years.", "qc", (2400, "adults")),
    ("health", "Unconfirmed reports said three nurses had tested positive.", "certainty", "unconfirmed"),
    ("health", "Dr. Anil Rao, a cardiologist at Mercy Hospital in Dayton since 2015, said the results were encouraging.", "when", None),
    ("health", "The drug is believed to have killed at least 12 patients.", "certainty", "unconfirmed"),
    ("health", "The county recorded 3 deaths and 112 new cases on Tuesday.", "qc", (112, "new cases")),
    ("health", "The county recorded 3 deaths and 112 new cases on Tuesday.", "qc", (3, "deaths")),
    # --- science ---
    ("science", "Astronomers on Monday announced the discovery of a planet orbiting a nearby star.", "when", "on Monday"),
    ("science", "The probe is expected to reach the asteroid in 2027.", "certainty", "speculative"),
    ("science", "The probe is expected to reach the asteroid in 2027.", "when", "in 2027"),
    ("science", "The researchers found no evidence that the drug slowed memory loss.", "certainty", "negated"),
    ("science", "Temperatures in the region have risen by 1.5 degrees Celsius since 1950.", "qv", {1.5}),
    ("science", "Temperatures in the region have risen by 1.5 degrees Celsius since 1950.", "when", "since 1950"),
    ("science", "The team sequenced the genomes of 1,200 bacteria collected in Antarctica.", "qc", (1200, "bacteria")),
    ("science", "The team sequenced the genomes of 1,200 bacteria collected in Antarctica.", "where", "Antarctica"),
    ("science", "The finding, if confirmed, could change how the disease is treated.", "certainty", "speculative"),
    ("science", "The telescope, launched in 2021, captured the image last week.", "when", "last week"),
    ("science", "The mine is thought to hold 2 million tonnes of copper.", "certainty", "unconfirmed"),
    # --- elections and legislatures ---
    ("elections", "The Senate passed the bill 52-48 on Thursday.", "qv", set()),
    ("elections", "The Senate passed the bill 52-48 on Thursday.", "when", "on Thursday"),
    ("elections", "Turnout reached 64 percent, the highest since 1992.", "qv", {64}),
    ("elections", "Governor Ellen Price is expected to sign the measure next week.", "certainty", "speculative"),
    ("elections", "Governor Ellen Price is expected to sign the measure next week.", "when", "next week"),
    ("elections", "The incumbent won 58 percent of the vote in the third district.", "qv", {58}),
    ("elections", "Representative Tom Bell denied that he had accepted money from the lobbyist.", "certainty", "denied"),
    ("elections", "Lawmakers never voted on the proposal.", "certainty", "negated"),
    ("elections", "The candidate's campaign did not respond to a request for comment.", "certainty", "negated"),
    ("elections", "Voters in Clark County will decide the question in November.", "certainty", "speculative"),
    ("elections", "Voters in Clark County will decide the question in November.", "where", "Clark County"),
    ("elections", "Voters in Clark County will decide the question in November.", "when", "in November"),
    ("elections", "The mayor, first elected in 2011, announced on Tuesday that she would not seek a fourth term.", "when", "on Tuesday"),
    ("elections", "The mayor, first elected in 2011, announced on Tuesday that she would not seek a fourth term.", "qv", set()),
    ("elections", "The senator dismissed the report as fake news.", "certainty", "denied"),
    ("elections", "Early results suggest the measure will pass.", "certainty", "speculative"),
    ("elections", "The proposal drew criticism from Senator Hall.", "where", None),
    ("elections", "The bill was sent to Governor Price for her signature.", "where", None),
    # --- local government ---
    ("local", "The city council voted 7-2 on Monday to raise water rates by 8 percent.", "qv", {8}),
    ("local", "The city council voted 7-2 on Monday to raise water rates by 8 percent.", "when", "on Monday"),
    ("local", "The new library on Elm Street will open in June.", "certainty", "speculative"),
    ("local", "The new library on Elm Street will open in June.", "when", "in June"),
    ("local", "Residents can call 555-0142 to report potholes.", "qv", set()),
    ("local", "The county approved a $4.5 million budget for road repairs.", "qv", {4.5e6}),
    ("local", "The meeting begins at 7 p.m. at City Hall.", "qv", set()),
    ("local", "Officials in Brookfield plan to hire 25 more police officers.", "certainty", "speculative"),
    ("local", "Officials in Brookfield plan to hire 25 more police officers.", "where", "Brookfield"),
    ("local", "Officials in Brookfield plan to hire 25 more police officers.", "qv", {25}),
    ("local", "The town has not raised property taxes since 2008.", "certainty", "negated"),
    ("local", "The town has not raised property taxes since 2008.", "when", "since 2008"),
    ("local", "Snow plows cleared 300 miles of roads overnight.", "when", "overnight"),
    ("local", "Call the hotline at 555-1234 between 9 a.m. and 5 p.m.", "qv", set()),
    ("local", "The council might delay the vote until spring.", "certainty", "speculative"),
    ("local", "The mayor will unveil the budget on Thursday.", "kind", "plan"),
    # --- sports ---
    ("sports", "Denver beat Phoenix 3-1 on Saturday night.", "qv", set()),
    ("sports", "Denver beat Phoenix 3-1 on Saturday night.", "when", "on Saturday night"),
    ("sports", "The striker has scored 14 goals in 20 games this season.", "qc", (14, "goals")),
    ("sports", "The striker has scored 14 goals in 20 games this season.", "qc", (20, "games")),
    ("sports", "The No. 2 seed was knocked out in the first round.", "qv", set()),
    ("sports", "The 34-year-old quarterback did not play in the second half.", "certainty", "negated"),
    ("sports", "The 34-year-old quarterback did not play in the second half.", "qv", set()),
    ("sports", "The club is likely to sign the defender before the transfer window closes.", "certainty", "speculative"),
    ("sports", "The marathon drew more than 30,000 runners to Boston on Monday.", "qc", (30000, "runners")),
    ("sports", "Coach Ray Dunn, who led the team to a title in 2018, was fired on Sunday.", "when", "on Sunday"),
    ("sports", "The team finished the season with a 10-6 record.", "qv", set()),
    ("sports", "Williams won the final in straight sets, 6-3, 6-4.", "qv", set()),
    ("sports", "The vote was 5-4.", "qv", set()),
    # --- disasters ---
    ("disasters", "No one was hurt when the roof collapsed.", "certainty", "negated"),
    ("disasters", "The earthquake, which struck at 4:12 a.m., killed at least 27 people.", "qv", {27}),
    ("disasters", "Floodwaters damaged an estimated 1,500 homes in Harlan County.", "qc", (1500, "homes")),
    ("disasters", "Floodwaters damaged an estimated 1,500 homes in Harlan County.", "where", "Harlan County"),
    ("disasters", "The storm could bring up to 10 inches of rain to coastal areas.", "certainty", "speculative"),
    ("disasters", "The fire has burned 45,000 acres and is 20 percent contained.", "qv", {45000, 20}),
    ("disasters", "The death toll is expected to rise.", "certainty", "speculative"),
    ("disasters", "Power had not been restored to about 12,000 customers by Wednesday morning.", "certainty", "negated"),
    ("disasters", "Power had not been restored to about 12,000 customers by Wednesday morning.", "qc", (12000, "customers")),
    ("disasters", "The bridge collapsed on Tuesday, killing four people.", "kind", "event"),
    ("disasters", "Most of the damage was in Kent, where winds topped 90 mph.", "where", "Kent"),
    ("disasters", "A fire broke out at a warehouse in the industrial district of Ostend on Saturday.", "where", "Ostend"),
    ("disasters", "Nobody answered the door at the house on Saturday.", "certainty", "negated"),
    # --- technology ---
    ("technology", "The company will release the new phone in September.", "certainty", "speculative"),
    ("technology", "The company will release the new phone in September.", "when", "in September"),
    ("technology", "The company will release the new phone in September.", "kind", "plan"),
    ("technology", "The app has been downloaded more than 50 million times.", "qv", {50e6}),
    ("technology", "Hackers stole the personal data of roughly 2.3 million customers, the company said.", "qc", (2.3e6, "customers")),
    ("technology", "Hackers stole the personal data of roughly 2.3 million customers, the company said.", "who", "the company"),
    ("technology", "The chipmaker denied that its processors were vulnerable.", "certainty", "denied"),
    ("technology", "The startup raised $30 million in a funding round led by Vela Capital.", "qv", {30e6}),
    ("technology", "The software update did not fix the bug.", "certainty", "negated"),
    ("technology", "The contract was awarded to Halvorsen in 2020.", "where", None),
    ("technology", "The company's chief executive, Mark Jordan, spoke at the conference in Lisbon.", "where", "Lisbon"),
    # --- education ---
    ("education", "The school district will cut 120 teaching positions next year.", "certainty", "speculative"),
    ("education", "The school district will cut 120 teaching positions next year.", "qc", (120, "teaching positions")),
    ("education", "The school district will cut 120 teaching positions next year.", "when", "next year"),
    ("education", "Enrollment at the university has grown by a third since 2015.", "when", "since 2015"),
    ("education", "About 85 percent of seniors graduated on time.", "qv", {85}),
    ("education", "The board has not decided whether to close the school.", "certainty", "negated"),
    ("education", "Students in grades 6 through 8 will return to classrooms on Monday.", "qv", set()),
    ("education", "Principal Maria Lopez, who has taught at the school since 1998, said the building was unsafe.", "when", None),
    ("education", "The festival, founded in 1987, drew 80,000 visitors this weekend.", "when", "this weekend"),
    ("education", "The festival, founded in 1987, drew 80,000 visitors this weekend.", "qc", (80000, "visitors")),
    # --- crime ---
    ("crime", "Police arrested a 19-year-old man in connection with the shooting.", "qv", set()),
    ("crime", "The suspect allegedly fired five shots at the officers.", "certainty", "unconfirmed"),
    ("crime", "Officers seized 12 kilograms of cocaine and $40,000 in cash.", "qv", {12, 40000}),
    ("crime", "The robbery happened around 2:30 a.m. on Main Street.", "qv", set()),
    ("crime", "Police said the victim did not know her attacker.", "certainty", "negated"),
    ("crime", "Two men were charged with murder on Friday in Fairview.", "qc", (2, "men")),
    ("crime", "Two men were charged with murder on Friday in Fairview.", "where", "Fairview"),
    ("crime", "The gunman was never identified.", "certainty", "negated"),
    ("crime", "Police have not released the name of the victim.", "certainty", "negated"),
    ("crime", "Critics accused the agency of hiding the data.", "certainty", "claimed"),
    ("crime", "Anyone with information can call Crime Stoppers at 1-800-222-8477.", "qv", set()),
    ("crime", "Sarah Kent, 62, has lived in the town for 30 years.", "qv", {30}),
    # --- more time, place and number constructions ---
    ("business", "The factory closed in March 2019.", "when", "in March 2019"),
    ("business", "The price of eggs has doubled since January.", "when", "since January"),
    ("local", "The bridge will be finished by the end of the year.", "when", "by the end of the year"),
    ("business", "The report was released on March 3.", "when", "on March 3"),
    ("business", "The recall covers 1.4 million vehicles built between 2018 and 2021.", "qv", {1.4e6}),
    ("business", "The plane, a Boeing 737, carried 132 passengers and six crew members.", "qv", {132, 6}),
    ("business", "The company, founded in 1999, has 14 offices.", "qv", {14}),
    ("business", "Article 5 of the treaty was invoked for the first time.", "qv", set()),
    ("business", "The delegation arrived in Paris on Tuesday for talks.", "where", "Paris"),
    ("business", "The airline, which was founded in 1962, cancelled 300 flights on Tuesday.", "when", "on Tuesday"),
    ("elections", "The senator called the decision a disgrace.", "kind", "statement"),
    ("health", "It remains unclear whether the bridge will reopen.", "certainty", "speculative"),
    ("crime", "The minister reportedly resigned on Sunday.", "certainty", "unconfirmed"),
    ("disasters", "The union threatened to strike if the talks fail.", "certainty", "speculative"),
    ("elections", "The governor could face a recall vote.", "certainty", "speculative"),
    ("technology", "The company neither confirmed nor denied the report.", "certainty", "negated"),
    ("science", "The figures, which have not been independently verified, show a drop in crime.", "certainty", "unconfirmed"),
    # --- second batch: harder constructions, written after the first run ---
    ("business", "The company has yet to announce a new chief executive.", "certainty", "negated"),
    ("elections", "The bill failed to pass the Senate.", "certainty", "negated"),
    ("elections", "The governor vetoed the bill on Friday.", "certainty", "stated"),
    ("disasters", "The storm is forecast to make landfall on Thursday.", "certainty", "speculative"),
    ("disasters", "The storm is forecast to make landfall on Thursday.", "when", "on Thursday"),
    ("local", "Officials hope to reopen the highway by Friday.", "certainty", "speculative"),
    ("business", "The company is set to announce layoffs next week.", "certainty", "speculative"),
    ("business", "The company is set to announce layoffs next week.", "when", "next week"),
    ("courts", "The trial is scheduled to begin on Jan. 12.", "certainty", "speculative"),
    ("courts", "The trial is scheduled to begin on Jan. 12.", "when", "on Jan. 12"),
    ("disasters", "If the rain continues, the river could crest at 30 feet.", "certainty", "speculative"),
    ("business", "The two sides have not agreed on a date for new talks.", "certainty", "negated"),
    ("disasters", "None of the passengers was injured.", "certainty", "negated"),
    ("crime", "The suspect was reportedly seen near the border.", "certainty", "unconfirmed"),
    ("crime", "The girl is said to have been taken by her father.", "certainty", "unconfirmed"),
    ("education", "The school will probably remain closed.", "certainty", "speculative"),
    ("disasters", "The factory was never rebuilt after the fire.", "certainty", "negated"),
    ("crime", "Investigators have ruled out foul play.", "certainty", "stated"),
    ("courts", "The actor denied the allegations in a statement.", "certainty", "denied"),
    ("business", "The company rejected claims that its products were unsafe.", "certainty", "denied"),
    ("elections", "The senator declined to comment.", "certainty", "negated"),
    ("elections", "Neither candidate won a majority.", "certainty", "negated"),
    ("elections", "The mayor appeared to confirm the plan in a radio interview.", "certainty", "speculative"),
    ("science", "The results, if confirmed, would make it the largest find in decades.", "certainty", "speculative"),
    ("disasters", "Police said the fire was not suspicious.", "certainty", "negated"),
    ("disasters", "There was no immediate word on casualties.", "certainty", "negated"),
    ("crime", "No arrests have been made.", "certainty", "negated"),
    ("local", "The council may vote on the plan as early as next month.", "certainty", "speculative"),
    ("local", "The council may vote on the plan as early as next month.", "when", "next month"),
    ("elections", "The minister is unlikely to survive the vote.", "certainty", "speculative"),
    ("courts", "The company said it would appeal the decision.", "certainty", "speculative"),
    ("courts", "The lawyer did not dispute that her client had signed the contract.", "certainty", "negated"),
    ("courts", "The former treasurer denied having taken any money.", "certainty", "denied"),
    ("technology", "The video, which could not be independently verified, shows a fire at the plant.", "certainty", "unconfirmed"),
    ("disasters", "The storm hit the coast early Monday.", "when", "early Monday"),
    ("business", "The law took effect on Jan. 1, 2024.", "when", "2024-01-01"),  # a full date resolves to ISO (was written raw)
    ("business", "Prices rose last month at the fastest pace in a decade.", "when", "last month"),
    ("local", "The bridge, built in 1932, will close for repairs in April.", "when", "in April"),
    ("health", "Jane Moss, who founded the charity in 1999, died on Saturday.", "when", "on Saturday"),
    ("crime", "Police arrested Tom Hale, a 19-year-old, on Tuesday.", "when", "on Tuesday"),
    ("business", "The company sold the unit to Acme, a rival, in 2019.", "when", "in 2019"),
    ("elections", "Jane Doe, the mayor since 2019, said the town would grow next year.", "when", "next year"),
    ("courts", "The judge, appointed by the governor in 2016, ruled on Monday that the law was valid.", "when", "on Monday"),
    ("elections", "In Springfield, the council voted on Monday to raise parking fees.", "when", "on Monday"),
    ("business", "Sales rose 4 percent in the second quarter.", "when", "in the second quarter"),
    ("disasters", "Protesters gathered outside the parliament in Lisbon on Friday.", "where", "Lisbon"),
    ("business", "The talks in Geneva ended without a deal.", "where", "Geneva"),
    ("business", "Analysts at Goldman Sachs expect rates to fall.", "where", None),
    ("elections", "The vote in Congress was delayed.", "where", None),
    ("crime", "A shooting at Lincoln High School left two students injured.", "where", "Lincoln High School"),
    ("crime", "Police in Ohio arrested three men.", "where", "Ohio"),
    ("crime", "Police in Ohio arrested three men.", "qc", (3, "men")),
    ("disasters", "The oil spill spread along the coast near Galveston.", "where", "Galveston"),
    ("business", "Sales in Europe fell 3 percent.", "where", "Europe"),
    ("elections", "The law was passed in Albany last year.", "where", "Albany"),
    ("elections", "The law was passed in Albany last year.", "when", "last year"),
    ("elections", "The president met with Chancellor Weber in Berlin.", "where", "Berlin"),
    ("crime", "Jim Cole, from Leeds, said he was shocked.", "where", None),
    ("business", "The company cut 1,200 jobs, or about 8% of its workforce.", "qv", {1200, 8}),
    ("crime", "Police said the 23-year-old driver was traveling at 90 mph.", "qv", {90}),
    ("sports", "The game kicks off at 8:15 p.m.", "qv", set()),
    ("business", "The property sold for £2.1m.", "qv", {2.1e6}),
    ("business", "Wages rose by 0.5 percentage points.", "qv", {0.5}),
    ("business", "The ship was carrying 2,000 containers when it ran aground on March 23.", "qv", {2000}),
    ("business", "Nearly half of the 400 employees will lose their jobs.", "qc", (400, "employees")),
    ("local", "Interstate 95 was closed in both directions.", "qv", set()),
    ("local", "The 2020 census counted 8.3 million residents.", "qv", {8.3e6}),
    ("elections", "The senator, 71, was taken to hospital.", "qv", set()),
    ("business", "The company posted a 15% rise in profit.", "qv", {15}),
    ("local", "The hearing lasted 90 minutes.", "qv", {90}),
    ("local", "Thousands of people marched through the city.", "qv", set()),
    ("elections", "The bill passed 63-37 in the Senate.", "qv", set()),
    ("business", "The airline flies to 120 destinations in 40 countries.", "qv", {120, 40}),
    ("crime", "Police received the first call at 11:42 p.m.", "qv", set()),
    ("disasters", "Flight 214 crashed on landing in 2013.", "qv", set()),
    ("sports", "The 49ers beat the Rams 24-17.", "qv", set()),
    ("health", "The COVID-19 pandemic closed schools for months.", "qv", set()),
    ("technology", "Windows 11 will be released in October.", "qv", set()),
    ("business", "The index closed at 4,512.3 points.", "qv", {4512.3}),
    ("business", "Between 10 and 15 militants were killed in the raid.", "qv", {10, 15}),
    ("sports", "The team won its fourth title in five years.", "qv", {5}),
    ("business", "The company plans to open a factory in Ohio next year.", "kind", "plan"),
    ("disasters", "Three people died in the crash.", "kind", "event"),
    ("business", "Sales rose 12 percent to $4.2 billion.", "kind", "quantity"),
    ("science", "Born in 1950, the author wrote 30 novels.", "when", None),
]


@functools.lru_cache(maxsize=None)
def _claims(sentence: str):
    text = HEADLINE + sentence + "\n"
    lo, hi = text.index(sentence), text.index(sentence) + len(sentence)
    out = _code(text)
    return [c for c in out.claims if c.evidence.start < hi and c.evidence.end > lo]


def field(sentence: str, name: str):
    """The value of field `name` the `code` path shows for `sentence` ("NO CLAIM" when none)."""
    cs = _claims(sentence)
    if name == "qv":
        return {round(q.value, 6) for c in cs for q in c.quantities}
    if name == "qc":
        return {(round(q.value, 6), q.counted) for c in cs for q in c.quantities}
    if not cs:
        return "NO CLAIM"
    first = min(cs, key=lambda c: c.evidence.start)
    return {"who": first.attributed_to}.get(name, getattr(first, name, None))


def check(sentence: str, name: str, expected) -> bool:
    got = field(sentence, name)
    if name == "qv":
        return got == {round(v, 6) for v in expected}
    if name == "qc":
        return (round(expected[0], 6), expected[1]) in got
    return got == expected


@pytest.mark.parametrize("domain, sentence, name, expected", CASES, ids=[f"{d}-{n}-{i}" for i, (d, _, n, _) in enumerate(CASES)])
def test_battery(domain, sentence, name, expected):
    assert check(sentence, name, expected), (sentence, name, field(sentence, name))
