"""Battery fact12 (session 11, issue 12): certainty that follows the text, on newswire sentences
written for this test across courts, health, business, science, disasters, sports, politics,
crime, technology and local news, each with the `certainty` an analyst expects of its claim,
written before the `code` path was run on it: modals and forecasts, conditions ("if", "Should
...", "Were ... to"), futures, plans and beliefs, purposes, questions, negation in its forms ("no",
"never", "not one", "none of", "neither", "nothing", "no longer", "could not", "has yet to"), the
idioms of a prospect ("is about to", "stands to lose", "is at risk of", "is in danger of", "is
bracing/preparing for", "is pending", "is doubtful for", "is headed for", "on pace to", "aims for",
"is in the works", "up in the air"), open questions ("are unsure what", "remains a mystery"), near
misses ("nearly sank"), a first name spelled like a modal ("Will Harper", "May Chen"), and factual
controls, in eight rounds (each written before its run; later rounds aimed at what earlier ones found).
`fixed`: the case failed on the session's starting commit (main 3a0eb30); `guard`: it passed there
and must keep passing; `corrected`: the first expectation disagreed with the documented design and
was corrected to it: an outlet's question is no claim (picks.py: "not a question"; `none` = no claim
or none shown as `stated`), "The merger fell short of the votes" is a lexical negative with an
object (GUIDELINES §14 "refused the offer": the claim keeps its verb), and "agreed to pay" is a
commitment attributed to the one who agreed (§6 speech acts, §14 "agreed/promised/offered to keep
their verb"). Cases still wrong are strict xfails with the reason (evals/RESULTS.md, "Session 11:
fact12")."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.test_bat9a import _claim

_UNKNOWN = ("'X is unknown' read as an open question (GUIDELINES: 'It is not known ...' -> speculative) moved "
            "three factual events of one claim on factuality half A to hedged: MEANTIME rates 'The exact reason for "
            "the drop is unknown' factual; kept out ('unknown' is not in lang.OPEN_OUTCOME_ADJECTIVES)")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN: dict[str, str] = {
    "A tax increase is on the table for next year.":
        "'on the table' is an open option only as an idiom; 'A loaded gun was on the table when officers entered' "
        "is a place, and the rules cannot tell them apart (left out of lang.OPEN_PHRASES)",
    "The teachers union is threatening a strike.":
        "'threaten' + a noun is a plan only when the noun is an act of the subject ('a strike', 'a lawsuit'); "
        "'The fire is threatening homes' is a danger that holds: the rules have no such noun class",
    "Even if the bill passes, it faces a court challenge.":
        "a leading 'Even if' clause is concessive as often as conditional ('Even if prices fell last year, demand grew' "
        "holds); the rules read only 'If'/'Unless' openers as conditions",
    "Without a transplant, the boy has only months to live.":
        "a leading 'Without X,' is a condition only before a prognosis; 'Without warning, the roof collapsed' "
        "is stated, and the rules have no reading of a prognosis ('has months to live')",
    'The cause of the crash is still unknown.':
        _UNKNOWN,
    'The fate of the 12 crew members is unknown.':
        _UNKNOWN,
    'The whereabouts of the suspect remain unknown.':
        _UNKNOWN,
}

# (domain, status, sentence, expected certainty of its claim; "none": no claim, or not `stated`)
CASES = [
    ('courts', 'guard', 'The jury could not agree on a verdict after four days.', 'negated'),
    ('courts', 'guard', 'Not one juror believed the alibi.', 'negated'),
    ('courts', 'fixed', 'The appeal is pending before the state supreme court.', 'speculative'),
    ('courts', 'guard', 'Should the appeal fail, the former mayor will report to prison in June.', 'speculative'),
    ('courts', 'guard', 'The judge is poised to rule on the motion this week.', 'speculative'),
    ('courts', 'guard', 'The witness could not identify the man in the photograph.', 'negated'),
    ('courts', 'guard', 'The trial judge sentenced the driver to six years in prison.', 'stated'),
    ('courts', 'guard', 'The charges were never formally filed.', 'negated'),
    ('courts', 'guard', 'The defendant is set to be sentenced in April.', 'speculative'),
    ('courts', 'corrected', 'Will the high court take up the case?', 'none'),
    ('courts', 'guard', 'The court decided to delay the trial by a month.', 'stated'),
    ('courts', 'guard', 'The verdict appears to clear the way for a retrial.', 'speculative'),
    ('health', 'guard', 'The drug seems to slow memory loss in older patients.', 'speculative'),
    ('health', 'guard', 'None of the patients in the trial suffered serious side effects.', 'negated'),
    ('health', 'guard', 'The hospital has seen no new infections since Friday.', 'negated'),
    ('health', 'guard', 'The outbreak probably began at a church picnic.', 'speculative'),
    ('health', 'fixed', 'The clinic is at risk of closing by the end of the year.', 'speculative'),
    ('health', 'guard', 'The new wing is going to double the number of beds.', 'speculative'),
    ('health', 'guard', 'Nurses vaccinated more than 3,000 children in a week.', 'stated'),
    ('health', 'guard', 'The shortage threatens to delay hundreds of surgeries.', 'speculative'),
    ('health', 'guard', 'Were the virus to mutate, the vaccine might lose its power.', 'speculative'),
    ('health', 'corrected', 'Is the treatment safe for pregnant women?', 'none'),
    ('health', 'guard', 'The hospital no longer offers weekend appointments.', 'negated'),
    ('health', 'fixed', 'May Chen was named chief of surgery on Monday.', 'stated'),
    ('business', 'guard', 'The retailer is considering closing 40 stores.', 'speculative'),
    ('business', 'fixed', 'The airline stands to lose $80 million from the strike.', 'speculative'),
    ('business', 'corrected', 'The merger fell short of the votes it needed from shareholders.', 'stated'),
    ('business', 'guard', 'The company posted its first profit in a decade.', 'stated'),
    ('business', 'fixed', 'The bank is about to announce a new chief executive.', 'speculative'),
    ('business', 'guard', 'The firm neither confirmed nor denied the report.', 'negated'),
    ('business', 'guard', 'The startup has not turned a profit since it was founded.', 'negated'),
    ('business', 'guard', 'Shares could fall further if the sale collapses.', 'speculative'),
    ('business', 'corrected', 'The automaker agreed to pay $5 million to settle the case.', 'reported'),
    ('business', 'guard', 'The grocer is mulling a sale of its delivery unit.', 'speculative'),
    ('business', 'guard', 'Profits will likely shrink next quarter.', 'speculative'),
    ('business', 'guard', 'The mill produced no steel in March.', 'negated'),
    ('business', 'fixed', 'Will Harper sold his stake in the bakery last year.', 'stated'),
    ('science', 'guard', 'The comet may have formed in the outer solar system.', 'speculative'),
    ('science', 'guard', 'The instrument detected no trace of water on the asteroid.', 'negated'),
    ('science', 'guard', 'The launch is scheduled for early Tuesday.', 'speculative'),
    ('science', 'guard', 'The satellite never reached its planned orbit.', 'negated'),
    ('science', 'guard', 'The fossil is thought to be 90 million years old.', 'unconfirmed'),
    ('science', 'guard', 'The lab aims to sequence 10,000 genomes by 2030.', 'speculative'),
    ('science', 'guard', 'The mission was not a success.', 'negated'),
    ('science', 'guard', 'The crater was probably formed by a meteor strike.', 'speculative'),
    ('science', 'guard', 'The team measured the speed of the glacier for a decade.', 'stated'),
    ('science', 'corrected', 'Could the signal come from a distant planet?', 'none'),
    ('science', 'guard', 'Nothing like it has been seen before.', 'negated'),
    ('science', 'guard', 'The probe is expected to land on the moon in 2027.', 'speculative'),
    ('disasters', 'fixed', 'The town is bracing for a second storm.', 'speculative'),
    ('disasters', 'guard', 'Nobody was home when the roof collapsed.', 'negated'),
    ('disasters', 'guard', 'The flood caused no damage to the power station.', 'negated'),
    ('disasters', 'guard', 'Heavy snow is forecast for the mountains on Saturday.', 'speculative'),
    ('disasters', 'guard', 'The fire was likely started by a discarded cigarette.', 'speculative'),
    ('disasters', 'guard', 'Without more pumps, the lower streets will stay under water for days.', 'speculative'),
    ('disasters', 'guard', 'The quake toppled dozens of buildings in the old town.', 'stated'),
    ('disasters', 'guard', 'The levee did not hold.', 'negated'),
    ('disasters', 'guard', 'Rescue teams found no survivors in the wreckage.', 'negated'),
    ('disasters', 'guard', 'The river is on course to crest above 30 feet.', 'speculative'),
    ('disasters', 'guard', 'The wildfire threatens to reach the valley by nightfall.', 'speculative'),
    ('disasters', 'guard', 'The airport has not reopened since the storm.', 'negated'),
    ('sports', 'guard', 'Neither team managed to score in extra time.', 'negated'),
    ('sports', 'fixed', "The striker is doubtful for Saturday's derby.", 'speculative'),
    ('sports', 'guard', 'The club is trying to sign a new goalkeeper.', 'speculative'),
    ('sports', 'guard', 'The team won the title without its injured captain.', 'stated'),
    ('sports', 'guard', 'The coach will almost certainly be fired.', 'speculative'),
    ('sports', 'guard', 'To qualify, the team must win both remaining games.', 'speculative'),
    ('sports', 'guard', 'The veteran has never lost a final.', 'negated'),
    ('sports', 'guard', 'The race was not held this year.', 'negated'),
    ('sports', 'corrected', 'Can the champions defend their title?', 'none'),
    ('sports', 'guard', 'The goalkeeper kept a clean sheet for the fifth game in a row.', 'stated'),
    ('sports', 'guard', 'The league is preparing to expand to 20 teams.', 'speculative'),
    ('sports', 'guard', 'The pitcher did not allow a hit in seven innings.', 'negated'),
    ('politics', 'guard', 'The bill never came to a vote.', 'negated'),
    ('politics', 'guard', 'The senator is weighing a run for governor.', 'speculative'),
    ('politics', 'guard', 'The measure did not pass.', 'negated'),
    ('politics', 'guard', 'Lawmakers are expected to debate the budget next week.', 'speculative'),
    ('politics', 'guard', 'The governor vetoed the bill on Friday.', 'stated'),
    ('politics', 'guard', 'There is no evidence that the vote was rigged.', 'negated'),
    ('politics', 'guard', 'The party would lose its majority if the seat changed hands.', 'speculative'),
    ('politics', 'guard', 'Not a single lawmaker voted against the motion.', 'negated'),
    ('politics', 'guard', 'The council voted to extend the curfew.', 'stated'),
    ('politics', 'corrected', 'Who will pay for the new stadium?', 'none'),
    ('politics', 'guard', 'The mayor is likely to seek a second term.', 'speculative'),
    ('politics', 'guard', 'The referendum may be delayed until spring.', 'speculative'),
    ('crime', 'guard', 'Police found no sign of forced entry.', 'negated'),
    ('crime', 'guard', 'Nothing was taken from the store.', 'negated'),
    ('crime', 'guard', 'The gunman apparently acted alone.', 'speculative'),
    ('crime', 'guard', 'The suspect remains at large.', 'stated'),
    ('crime', 'guard', 'No arrests have been made.', 'negated'),
    ('crime', 'guard', 'Detectives are hunting for a second suspect.', 'speculative'),
    ('crime', 'guard', 'The robbers fled in a stolen van.', 'stated'),
    ('crime', 'guard', 'The victim was not seriously hurt.', 'negated'),
    ('crime', 'guard', 'The suspect will appear in court on Monday.', 'speculative'),
    ('crime', 'guard', 'Officers have not yet identified the driver.', 'negated'),
    ('technology', 'guard', 'The outage may have affected up to a million users.', 'speculative'),
    ('technology', 'guard', 'The phone does not support wireless charging.', 'negated'),
    ('technology', 'guard', 'The company is preparing to launch a cheaper model.', 'speculative'),
    ('technology', 'guard', 'The breach exposed the records of 4 million customers.', 'stated'),
    ('technology', 'guard', 'The chip is designed to cut power use by half.', 'speculative'),
    ('technology', 'guard', 'The app has never been audited.', 'negated'),
    ('technology', 'guard', 'The update should fix the battery problem.', 'speculative'),
    ('technology', 'guard', 'The firm failed to patch the flaw for months.', 'negated'),
    ('local', 'guard', 'The library will close for renovations in June.', 'speculative'),
    ('local', 'guard', 'The pool did not open this summer.', 'negated'),
    ('local', 'guard', 'The county is planning to build a new bridge.', 'speculative'),
    ('local', 'guard', 'The school board approved a new calendar.', 'stated'),
    ('local', 'guard', 'No one attended the public hearing.', 'negated'),
    ('local', 'guard', 'The road could reopen as soon as Friday.', 'speculative'),
    ('local', 'guard', 'Residents have yet to receive their tax bills.', 'negated'),
    ('local', 'guard', 'The festival drew about 20,000 visitors.', 'stated'),
    ('courts', 'guard', 'The suspect was released pending trial.', 'stated'),
    ('local', 'guard', 'The statue stands to the left of the town hall.', 'stated'),
    ('science', 'guard', 'The book is about a family of farmers.', 'stated'),
    ('politics', 'fixed', 'Board member Will Harper voted against the plan.', 'stated'),
    ('business', 'fixed', 'The insurer is preparing for a wave of claims.', 'speculative'),
    ('health', 'fixed', 'The hospital is in danger of losing its license.', 'speculative'),
    ('business', 'fixed', 'Shareholders stand to gain $2 a share from the sale.', 'speculative'),
    ('courts', 'fixed', 'The case against the former mayor remains pending.', 'speculative'),
    ('business', 'fixed', 'The future of the plant is uncertain.', 'speculative'),
    ('sports', 'guard', 'The team prepared for the final with a week in the mountains.', 'stated'),
    ('local', 'fixed', 'Talks between the city and the union are about to collapse.', 'speculative'),
    ('business', 'guard', 'The chain took a risk by opening stores in small towns.', 'stated'),
    # second round (written after the first fixes, before running): conditions, futures, plans, negation
    ('business', 'guard', 'Assuming the deal closes, the combined company will employ 90,000 people.', 'speculative'),
    ('disasters', 'guard', 'Provided the weather holds, crews will finish the repairs by Sunday.', 'speculative'),
    ('courts', 'guard', 'In the event of a conviction, the officer would lose his pension.', 'speculative'),
    ('technology', 'guard', "The new phone won't ship until next spring.", 'negated'),
    ('sports', 'guard', "The club's new stadium is going to cost $1 billion.", 'speculative'),
    ('health', 'open', 'Without a transplant, the boy has only months to live.', 'speculative'),
    ('crime', 'guard', 'The burglars left without taking anything.', 'stated'),
    ('politics', 'guard', 'The senator has no intention of resigning.', 'negated'),
    ('science', 'guard', 'The results have not been peer reviewed.', 'negated'),
    ('local', 'guard', 'The bakery on Main Street closed for good last month.', 'stated'),
    ('business', 'guard', 'The bank has no plans to raise fees.', 'negated'),
    ('courts', 'guard', 'Prosecutors have not decided whether to retry the case.', 'negated'),
    ('health', 'guard', 'The drug is not yet approved for children.', 'negated'),
    ('disasters', 'guard', 'The storm is forecast to weaken before it reaches land.', 'speculative'),
    ('sports', 'guard', 'The coach could face a lengthy ban.', 'speculative'),
    ('technology', 'guard', 'The chip maker is betting on demand from data centers.', 'stated'),
    ('politics', 'guard', 'The president will not attend the summit.', 'negated'),
    ('crime', 'guard', 'Investigators are still trying to determine a motive.', 'speculative'),
    ('science', 'guard', 'The telescope should be able to see the first galaxies.', 'speculative'),
    ('local', 'guard', 'The new park is meant to ease flooding in the neighborhood.', 'speculative'),
    ('business', 'guard', 'The store is unlikely to reopen.', 'speculative'),
    ('courts', 'guard', 'The judge did not explain her decision.', 'negated'),
    ('health', 'guard', 'The hospital lost power for two hours during the storm.', 'stated'),
    ('disasters', 'guard', 'The tornado missed the school by a few hundred yards.', 'stated'),
    ('sports', 'guard', 'The marathon will go ahead despite the heat.', 'speculative'),
    ('politics', 'guard', 'The governor is set to announce her pick for the court.', 'speculative'),
    ('technology', 'guard', 'The startup was never profitable.', 'negated'),
    ('crime', 'guard', 'The two men are expected to plead guilty.', 'speculative'),
    ('science', 'guard', 'The vaccine worked in mice but has not been tested in people.', 'stated'),
    ('local', 'guard', 'The mayor wants the state to pay for the new bridge.', 'speculative'),
    # third round (near misses, written before the rule): "nearly/almost" + a past verb
    ('disasters', 'fixed', 'The ferry nearly sank in heavy seas off the coast.', 'negated'),
    ('sports', 'fixed', 'The goalkeeper almost scored from his own half.', 'negated'),
    ('business', 'fixed', 'The airline nearly collapsed during the last recession.', 'negated'),
    ('technology', 'fixed', 'The pilot almost lost control of the drone over the crowd.', 'negated'),
    ('business', 'guard', 'Profits nearly tripled in the second half of the year.', 'stated'),
    ('local', 'guard', 'Nearly 300 residents attended the meeting on Tuesday.', 'stated'),
    ('disasters', 'guard', 'The town was nearly destroyed by the fire in 1910.', 'stated'),
    ('business', 'guard', 'Unemployment nearly reached 10 percent last spring.', 'stated'),
    ('health', 'fixed', 'The outbreak has almost certainly peaked.', 'speculative'),
    ('sports', 'guard', 'The champion almost always wins on clay.', 'stated'),
    # fourth round (open questions, forecasts of non-events, lexical negatives), written before running
    ('business', 'guard', 'The company, which may be sold next year, reported a profit of $3 million.', 'stated'),
    ('local', 'guard', 'The council delayed a vote on the plan until next month.', 'stated'),
    ('health', 'guard', 'The virus could not be detected in any of the samples.', 'negated'),
    ('business', 'guard', 'The firm is in no position to pay the fine.', 'negated'),
    ('local', 'guard', 'Officials are unsure whether the bridge is safe.', 'speculative'),
    ('technology', 'guard', 'It is unclear whether the plant will reopen.', 'speculative'),
    ('disasters', 'open', 'The cause of the crash is still unknown.', 'speculative'),
    ('disasters', 'guard', 'The cause of the fire has not been determined.', 'negated'),
    ('health', 'fixed', 'Doctors are unsure what caused the illness.', 'speculative'),
    ('crime', 'open', 'The whereabouts of the suspect remain unknown.', 'speculative'),
    ('courts', 'guard', 'Whether the ban will survive in court is an open question.', 'speculative'),
    ('sports', 'guard', 'The team has gone three games without a win.', 'stated'),
    ('health', 'guard', 'The drug showed no benefit in the trial.', 'negated'),
    ('local', 'guard', 'The plan calls for a new runway by 2030.', 'stated'),
    ('politics', 'guard', 'The lawmakers hope to pass the bill before the recess.', 'speculative'),
    ('politics', 'fixed', 'The election result is too close to call.', 'speculative'),
    ('sports', 'fixed', "The captain is a doubt for Sunday's final.", 'speculative'),
    ('courts', 'fixed', 'A ruling is not expected before June.', 'speculative'),
    ('courts', 'guard', 'The jury has not reached a verdict.', 'negated'),
    ('local', 'guard', 'There are no plans to close the school.', 'negated'),
    ('courts', 'guard', 'The lawsuit seeks $10 million in damages.', 'speculative'),
    ('business', 'guard', 'The buyers walked away from the deal.', 'stated'),
    ('crime', 'guard', 'The missing hiker has not been found.', 'negated'),
    ('disasters', 'open', 'The fate of the 12 crew members is unknown.', 'speculative'),
    ('business', 'guard', 'The bank could have avoided the loss.', 'speculative'),
    ('disasters', 'guard', 'The storm would have caused more damage had it hit the city.', 'speculative'),
    ('local', 'guard', 'The museum is closed until further notice.', 'stated'),
    ('politics', 'guard', 'The council is divided over the plan.', 'stated'),
    ('politics', 'guard', 'The minister is under pressure to resign.', 'stated'),
    ('science', 'fixed', 'The origin of the signal remains a mystery.', 'speculative'),
    # fifth round (conditions, pledges, inversions, nearness, lexical negatives), written before running
    ('disasters', 'guard', 'Had the alarm sounded, the workers could have escaped.', 'speculative'),
    ('sports', 'guard', 'But for a late goal, the team would have been relegated.', 'speculative'),
    ('politics', 'open', 'Even if the bill passes, it faces a court challenge.', 'speculative'),
    ('health', 'guard', 'Once the vaccine is approved, clinics will start giving shots.', 'speculative'),
    ('business', 'guard', 'Few expect the merger to close this year.', 'speculative'),
    ('local', 'guard', "No decision has been made on the school's future.", 'negated'),
    ('business', 'guard', 'The company cannot pay its debts.', 'negated'),
    ('business', 'guard', 'The plant has been idle since the fire in March.', 'stated'),
    ('business', 'guard', 'The strike ended without a deal.', 'stated'),
    ('local', 'guard', 'The bridge will remain closed until engineers inspect it.', 'speculative'),
    ('business', 'fixed', 'The union vowed to strike if the talks fail.', 'reported'),
    ('business', 'guard', 'Investors are betting that rates will fall.', 'speculative'),
    ('disasters', 'guard', 'The storm is tracking toward the coast.', 'stated'),
    ('politics', 'guard', 'A vote on the measure could come as early as Tuesday.', 'speculative'),
    ('courts', 'guard', 'The defendant is expected to plead not guilty.', 'speculative'),
    ('local', 'guard', 'The county has no money to fix the roads.', 'negated'),
    ('health', 'guard', 'The program, launched in 2019, has never been evaluated.', 'negated'),
    ('crime', 'guard', 'The suspect is believed to have fled the state.', 'unconfirmed'),
    ('politics', 'fixed', 'Still unresolved is the question of who will pay.', 'speculative'),
    ('politics', 'guard', 'Neither candidate has conceded the race.', 'negated'),
    ('local', 'guard', 'The museum has not been able to raise the money.', 'negated'),
    ('sports', 'guard', 'The team lost despite scoring first.', 'stated'),
    ('local', 'guard', 'Tickets for the concert sold out within minutes.', 'stated'),
    ('technology', 'guard', 'The company has no timetable for fixing the flaw.', 'negated'),
    ('science', 'guard', 'The spacecraft is not designed to land.', 'negated'),
    ('crime', 'guard', 'The gun used in the shooting has not been recovered.', 'negated'),
    ('health', 'guard', 'The clinic is under no obligation to treat uninsured patients.', 'negated'),
    ('sports', 'fixed', 'The club is close to signing a new striker.', 'speculative'),
    ('courts', 'guard', 'The judge is weighing whether to dismiss the case.', 'speculative'),
    ('technology', 'guard', 'The rollout has been put on hold.', 'stated'),
    # sixth round (plans, aims and prospects without a modal), written before running
    ('education', 'fixed', 'The district plans a new high school on the east side.', 'speculative'),
    ('health', 'fixed', 'The hospital aims for a full reopening by May.', 'speculative'),
    ('business', 'fixed', 'The airline is looking to sell its cargo arm.', 'speculative'),
    ('local', 'guard', 'The city is moving to ban gas stoves in new buildings.', 'speculative'),
    ('business', 'guard', 'The retailer is set for a record holiday season.', 'speculative'),
    ('education', 'guard', 'The school hired 20 teachers to reduce class sizes.', 'stated'),
    ('politics', 'guard', 'The senator is angling for a cabinet post.', 'speculative'),
    ('local', 'guard', 'The museum is raising money to build a new wing.', 'stated'),
    ('politics', 'fixed', 'The council is poised for a showdown over rents.', 'speculative'),
    ('sports', 'fixed', 'The home team is favored to win the title.', 'speculative'),
    ('politics', 'fixed', 'The bill is headed for a vote on Thursday.', 'speculative'),
    ('business', 'fixed', 'The economy is headed for a recession, the data suggest.', 'speculative'),
    ('business', 'fixed', 'The automaker is on pace to sell a million cars this year.', 'speculative'),
    ('technology', 'fixed', 'The actor is in negotiations to star in the film.', 'speculative'),
    ('technology', 'guard', 'The project is behind schedule.', 'stated'),
    ('disasters', 'fixed', 'Engineers are racing against time to shore up the dam.', 'speculative'),
    ('sports', 'fixed', 'The city is gearing up for the marathon on Sunday.', 'speculative'),
    ('health', 'guard', 'The drug is in late-stage trials in three countries.', 'stated'),
    ('education', 'guard', "The university did not renew the coach's contract.", 'negated'),
    ('education', 'open', 'The teachers union is threatening a strike.', 'speculative'),
    # seventh round (negation in its forms, coordinated clauses), written before running: all guards
    ('crime', 'guard', 'The city has not had a murder in two years.', 'negated'),
    ('health', 'guard', 'The patient showed no signs of infection after the surgery.', 'negated'),
    ('disasters', 'guard', 'The storm shows no sign of weakening.', 'stated'),
    ('politics', 'guard', 'The senator has never lost an election.', 'negated'),
    ('business', 'guard', 'The factory will never reopen.', 'negated'),
    ('local', 'guard', 'Neither the mayor nor the council responded to the letter.', 'negated'),
    ('politics', 'guard', 'The bill lacks the votes to pass.', 'stated'),
    ('education', 'guard', 'The ruling does not apply to private schools.', 'negated'),
    ('local', 'guard', 'There was no answer at the door when police arrived.', 'negated'),
    ('crime', 'guard', 'The suspect is no longer in custody.', 'negated'),
    ('business', 'guard', 'The airline has stopped flying to the island.', 'stated'),
    ('crime', 'guard', 'None of the money has been recovered.', 'negated'),
    ('politics', 'guard', 'The vote on the budget was not unanimous.', 'negated'),
    ('disasters', 'guard', 'No one was injured, but the building was destroyed.', 'negated'),
    ('disasters', 'guard', 'The building was destroyed, but no one was injured.', 'stated'),
    ('education', 'guard', 'Not a single student failed the exam this year.', 'negated'),
    ('science', 'guard', 'The probe found nothing unusual on the surface.', 'negated'),
    ('sports', 'guard', 'The team went the whole season without a home loss.', 'stated'),
    ('technology', 'guard', 'The company never disclosed the breach to customers.', 'negated'),
    ('health', 'guard', 'The study did not include children under five.', 'negated'),
    # eighth round (idioms of an open option or outcome), written before running
    ('politics', 'open', 'A tax increase is on the table for next year.', 'speculative'),
    ('sports', 'fixed', 'A new stadium for the club is in the works.', 'speculative'),
    ('local', 'fixed', 'The proposal is under consideration by the zoning board.', 'speculative'),
    ('sports', 'fixed', 'The future of the league hangs in the balance.', 'speculative'),
    ('local', 'fixed', 'The new bridge over the river is nearing completion.', 'speculative'),
    ('sports', 'fixed', 'The young team is in the running for the title.', 'speculative'),
    ('business', 'fixed', 'The company is in the market for a new headquarters.', 'speculative'),
    ('technology', 'fixed', 'The project is on track for completion next year.', 'speculative'),
    ('business', 'fixed', 'The fate of the merger is up in the air.', 'speculative'),
    ('local', 'guard', 'Construction is under way on the new terminal.', 'stated'),
    ('politics', 'guard', "The bill is on the governor's desk.", 'stated'),
    ('technology', 'guard', 'The rollout of the new app is on hold.', 'stated'),
    ('politics', 'fixed', 'The senator is in line for the chairmanship.', 'speculative'),
    ('crime', 'guard', 'A loaded gun was on the table when officers entered.', 'stated'),
    ('courts', 'fixed', 'The case is under review by the appeals court.', 'speculative'),
]


@pytest.mark.parametrize("domain, status, sentence, certainty", [
    pytest.param(*c, marks=[pytest.mark.xfail(reason=_OPEN[c[2]], strict=True)] if c[2] in _OPEN else [])
    for c in CASES], ids=[f"{i}-{c[0]}-{c[1]}" for i, c in enumerate(CASES)])
def test_fact12_sentence(domain, status, sentence, certainty):
    claim = _claim(sentence, None)
    if certainty == "none":
        assert claim is None or claim.certainty != "stated", (claim.text, claim.certainty)
        return
    assert claim is not None, f"no claim for {sentence!r}"
    assert claim.certainty == certainty, (claim.text, claim.certainty, claim.attributed_to)


def test_the_battery_spans_the_domains_and_holds_the_fixed_cases():
    domains = Counter(c[0] for c in CASES)
    assert len(domains) >= 10 and min(domains.values()) >= 4
    labels = Counter(c[3] for c in CASES)
    assert labels["stated"] >= 20 and labels["negated"] >= 30 and labels["speculative"] >= 40
    assert sum(c[1] == "fixed" for c in CASES) >= 15
    assert len({c[2] for c in CASES}) == len(CASES)  # no sentence twice
    assert set(_OPEN) <= {c[2] for c in CASES}
