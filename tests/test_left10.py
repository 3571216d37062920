"""A battery of news sentences written for session 9 (left10, issue 12): the attribution leftovers
of session 8 and the constructions around them, across courts, business, health, science,
elections, local government, sports, disasters, technology, education and crime. Each case is one
sentence (after a context sentence where a pronoun needs it) under a headline line, run through the
`code` path, with the `attributed_to` and `certainty` an analyst expects, written down before the
tool was run (two expectations revised after the run to what README "Certainty" prescribes; marked
below). The groups: "X reportedly said A" (X's, `unconfirmed`: GUIDELINES §6); a series of subjects
as the speaker (the whole series); rulings and findings ("The coroner ruled the death a suicide",
"Investigators found no evidence that ..."); a document's title or "by" phrase in commas ("The report,
“Title,” cites ..."); couples and "they" ("Ben and Clara Hoyt said ... They said"); a section's title
as the first line ("Business News": no organisation); "denied"/"rejected" + a grant or approval (an
act, not a denial of an account); and guards that must keep working. Cases still wrong are strict
xfails with the reason (evals/RESULTS.md, "Session 9: left10")."""

from __future__ import annotations

import functools

import pytest

from summarizer.eval.suites.common import make_article
from tests.test_bat9a import _code_path
from tests.test_bat9b import _same_source

ART = "article"
UN = "unnamed sources"

# (id, domain, headline or None for "The latest", context before the sentence, sentence, accepted sources, certainty)
CASES = [
    # --- "X reportedly said A": X's, unconfirmed (the outlet has not confirmed that X said it)
    ("rep_defendant_cellmate", "courts", None, "", "The defendant reportedly told a cellmate that he had hidden the money in a storage unit.", ("The defendant",), "unconfirmed"),
    ("rep_coach_resign", "sports", None, "", "Coach Dana Whitfield reportedly said the team would not re-sign its star forward.", ("Coach Dana Whitfield", "Dana Whitfield"), "unconfirmed"),
    ("rep_ceo_plant", "business", None, "", "The chief executive reportedly told employees that the plant in Dayton will close next year.", ("The chief executive",), "unconfirmed"),
    ("rep_senator_run", "elections", None, "", "Senator Ruth Calder reportedly said she plans to run for governor.", ("Senator Ruth Calder", "Ruth Calder"), "unconfirmed"),
    ("rep_director_nurses", "health", None, "", "The hospital's director reportedly told staff that two nurses had been suspended.", ("The hospital's director",), "unconfirmed"),
    ("rep_mayor_rates", "local", None, "", "Mayor Tom Ayala reportedly said the city would raise water rates in the spring.", ("Mayor Tom Ayala", "Tom Ayala"), "unconfirmed"),
    ("rep_founder_cash", "technology", None, "", "Orbis founder Lena Park reportedly told investors that the company ran out of cash in March.", ("Orbis founder Lena Park", "Lena Park"), "unconfirmed"),
    ("rep_suspect_admitted", "crime", None, "", "The suspect reportedly admitted to police that he set the fire.", ("The suspect",), "unconfirmed"),
    ("rep_researcher_samples", "science", None, "", "The lead researcher reportedly said the samples had been contaminated.", ("The lead researcher",), "unconfirmed"),
    ("rep_superintendent_cuts", "education", None, "", "The superintendent reportedly told principals that the district will cut 40 teaching jobs.", ("The superintendent",), "unconfirmed"),
    ("rep_striker_leave", "sports", None, "", "The striker reportedly told teammates he wanted to leave the club.", ("The striker",), "unconfirmed"),
    ("rep_bank_regulators", "business", None, "", "Meridian Bank reportedly told regulators it had lost $50 million on the loans.", ("Meridian Bank",), "unconfirmed"),
    ("rep_guard_laid_off", "business", None, "", "The retailer reportedly laid off 300 workers last week.", (UN,), "unconfirmed"),
    ("rep_guard_known", "crime", None, "", "The gunman was reportedly known to police.", (UN,), "unconfirmed"),
    ("rep_guard_which", "sports", None, "", "The club, which reportedly sought a new stadium for years, opened its training ground on Monday.", (ART,), "stated"),
    # --- lists of subjects as the speaker: the whole list
    ("list_residents_council", "local", None, "", "Residents, business owners and two council members said the road floods every spring.", ("Residents, business owners and two council members",), "reported"),
    ("list_doctors_nurses", "health", None, "", "Doctors and nurses at the clinic said the waiting room is often full by 8 a.m.", ("Doctors and nurses at the clinic",), "reported"),
    ("list_prosecutors_defense", "courts", None, "", "Prosecutors and defense lawyers said the jury had been chosen by Tuesday afternoon.", ("Prosecutors and defense lawyers",), "reported"),
    ("list_teachers_parents", "education", None, "", "Teachers, parents and students told the board that the new schedule was confusing.", ("Teachers, parents and students",), "reported"),
    ("list_union_company", "business", None, "", "The union and the company said in a joint statement that talks had resumed.", ("The union and the company",), "reported"),
    ("list_players_trainer", "sports", None, "", "Two players, an assistant coach and the team's trainer said the locker room had no heat.", ("Two players, an assistant coach and the team's trainer",), "negated"),
    ("list_astronomers", "science", None, "", "Astronomers in Chile and Hawaii said the comet brightened sharply overnight.", ("Astronomers in Chile and Hawaii",), "reported"),
    ("list_firefighters", "disasters", None, "", "Firefighters, paramedics and volunteers said the blaze spread faster than any they had seen.", ("Firefighters, paramedics and volunteers",), "reported"),
    ("list_officials_pollworkers", "elections", None, "", "Election officials and poll workers said turnout was heavier than expected.", ("Election officials and poll workers",), "reported"),
    ("list_neighbors_relative", "crime", None, "", "Neighbors and a relative of the victim said the man had been threatened for weeks.", ("Neighbors and a relative of the victim",), "reported"),
    ("list_engineers_manager", "technology", None, "", "Engineers, designers and a former manager said the app was rushed to market.", ("Engineers, designers and a former manager",), "reported"),
    ("list_council_names", "local", None, "", "Council members Ana Ruiz and Paul Greer said the budget cuts the parks department by 12 percent.", ("Council members Ana Ruiz and Paul Greer", "Ana Ruiz and Paul Greer"), "reported"),
    ("list_both_mayor_governor", "local", None, "", "Both the mayor and the governor said the bridge is safe.", ("the mayor and the governor", "Both the mayor and the governor"), "reported"),
    ("list_all_said", "local", None, "", "Residents, shop owners and a pastor all said the noise had gotten worse.", ("Residents, shop owners and a pastor",), "reported"),
    ("list_coaches_players", "sports", None, "", "Coaches and players told reporters the field was unsafe.", ("Coaches and players",), "reported"),
    ("list_students_faculty", "education", None, "", "Students and faculty at Westbrook University said the protest was peaceful.", ("Students and faculty at Westbrook University",), "reported"),
    ("list_analysts_banks", "business", None, "", "Analysts at two banks said the deal values the company at $4 billion.", ("Analysts at two banks",), "reported"),
    # --- rulings and findings: the finder's
    ("find_coroner_suicide", "health", None, "", "The coroner ruled the death a suicide.", ("The coroner",), "reported"),
    ("find_examiner_homicide", "crime", None, "", "The county medical examiner ruled the death a homicide on Thursday.", ("The county medical examiner",), "reported"),
    ("find_marshal_accidental", "local", None, "", "The fire marshal ruled the blaze accidental.", ("The fire marshal",), "reported"),
    ("find_judge_search", "courts", None, "", "A federal judge ruled that the search of the car was unlawful.", ("A federal judge",), "reported"),
    ("find_referee_line", "sports", None, "", "The referee ruled that the ball had crossed the line.", ("The referee",), "reported"),
    ("find_court_map", "elections", None, "", "The state supreme court ruled the map unconstitutional.", ("The state supreme court",), "reported"),
    ("find_investigators_no_evidence", "disasters", None, "", "Investigators found no evidence that the fire was set deliberately.", ("Investigators",), "negated"),
    ("find_inspectors_no_evidence", "health", None, "", "Inspectors found no evidence that the restaurant had served spoiled food.", ("Inspectors",), "negated"),
    ("find_auditors_travel", "business", None, "", "Auditors found that the charity had spent $1.2 million on travel.", ("Auditors",), "reported"),
    ("find_review_rates", "education", None, "", "A state review found that the district had misreported graduation rates for three years.", ("A state review",), "reported"),
    ("find_study_children", "science", None, "", "The study found that children who slept less scored lower on memory tests.", ("The study",), "reported"),
    ("find_researchers_no_link", "science", None, "", "The researchers found no link between the vaccine and the disorder.", ("The researchers",), "negated"),
    ("find_internal_officer", "crime", None, "", "An internal investigation found that the officer had violated the department's policy on chases.", ("An internal investigation",), "reported"),
    ("find_engineers_weld", "disasters", None, "", "Engineers determined that a cracked weld caused the bridge to fail.", ("Engineers",), "reported"),
    ("find_autopsy_heart", "health", None, "", "An autopsy showed the man died of a heart attack.", ("An autopsy",), "reported"),
    ("find_jury_negligent", "courts", None, "", "The jury found that the company was negligent.", ("The jury",), "reported"),
    ("find_detectives_connected", "crime", None, "", "Detectives concluded that the two break-ins were connected.", ("Detectives",), "reported"),
    ("find_security_passwords", "technology", None, "", "Security researchers discovered that the app stored passwords in plain text.", ("Security researchers",), "reported"),
    ("find_tests_lead", "health", None, "", "Tests showed the water contained high levels of lead.", ("Tests",), "reported"),
    ("find_inquest_exposure", "sports", None, "", "A coroner's inquest found that the climber died of exposure.", ("A coroner's inquest",), "reported"),
    ("find_guard_body", "disasters", None, "", "Firefighters found a body in the basement.", (ART,), "stated"),
    ("find_guard_dog", "local", None, "", "Hikers found the missing dog near the summit on Sunday.", (ART,), "stated"),
    ("find_guard_favor", "courts", None, "", "The judge ruled in favor of the landlord.", (ART,), "stated"),
    ("find_guard_no_weapons", "crime", None, "", "Police found no weapons in the car.", (ART,), "negated"),
    ("find_guard_not_ruled", "health", None, "", "The coroner has not yet ruled on the cause of death.", (ART,), "negated"),
    # --- a document's title or description in commas before its verb
    ("title_report_cites", "education", None, "", "The report, “Failing Grades,” cites a shortage of 300 teachers in the county.", ("The report",), "reported"),
    ("title_study_found", "science", None, "", "The study, “Sleep and Memory in Adolescents,” found that teenagers who slept less remembered fewer words.", ("The study",), "reported"),
    ("title_lawsuit_filed", "business", None, "", "The lawsuit, filed in federal court in May, claims the bank overcharged customers.", ("The lawsuit",), "claimed"),
    ("title_audit_released", "health", None, "", "The audit, released on Tuesday, found that the hospital billed Medicare for tests never performed.", ("The audit",), "reported"),
    ("title_memo_titled", "local", None, "", "The memo, titled “Next Steps,” says the city will close two libraries.", ("The memo",), "speculative"),
    ("title_paper_argues", "technology", None, "", "The white paper, “Beyond Passwords,” argues that most banks still rely on weak logins.", ("The white paper",), "reported"),
    ("title_complaint_alleges", "courts", None, "", "The complaint, “Doe v. Riverside Schools,” alleges that a coach harassed students.", ("The complaint",), "claimed"),
    ("title_report_found", "sports", None, "", "The report, “Concussions in Youth Football,” found that one in five players had a head injury.", ("The report",), "reported"),
    ("title_analysis_by", "elections", None, "", "The analysis, by the nonpartisan Civic Data Lab, shows that turnout fell in 40 counties.", ("The analysis", "the nonpartisan Civic Data Lab"), "reported"),
    ("title_dept_report", "crime", None, "", "The department's report, “Use of Force 2025,” says officers drew their guns 212 times.", ("The department's report", "The department"), "reported"),
    # --- couples and pairs, then "they"
    ("pair_ellison_they", "local", None, "Mark and Dana Ellison said the new sewer line cracked their driveway.", "They said the city has refused to pay for repairs.", ("Mark and Dana Ellison",), "negated"),
    ("pair_ortega_they", "health", None, "Luis and Maria Ortega said their son waited nine hours in the emergency room.", "They said he was finally seen by a doctor after midnight.", ("Luis and Maria Ortega",), "reported"),
    ("pair_nair_they", "business", None, "Sam and Priya Nair said they opened the bakery in 2019.", "They said sales doubled last year.", ("Sam and Priya Nair",), "reported"),
    ("pair_reyes_wife_they", "crime", None, "Tom Reyes and his wife, Ana, said the burglars took jewelry and a laptop.", "They said the back door had been forced open.", ("Tom Reyes and his wife, Ana", "Tom Reyes and his wife"), "reported"),
    ("pair_twins_they", "sports", None, "Twins Kara and Lea Brandt said they trained together for six years.", "They said the final race was the hardest of their careers.", ("Kara and Lea Brandt", "Twins Kara and Lea Brandt"), "reported"),
    ("pair_marlowes_they", "local", None, "The Marlowes said the landlord raised their rent by 40 percent.", "They said they had lived in the building since 1998.", ("The Marlowes",), "reported"),
    ("pair_mayor_chief_they", "local", None, "Mayor Ruth Ames and Chief Dan Cole said the parade went ahead despite the rain.", "They said extra officers were posted downtown.", ("Mayor Ruth Ames and Chief Dan Cole",), "reported"),
    ("pair_haddad_they", "education", None, "Parents Jill and Omar Haddad said their daughter was bullied for months.", "They said the school never called them.", ("Jill and Omar Haddad", "Parents Jill and Omar Haddad"), "negated"),
    ("pair_first", "local", None, "", "Mark and Dana Ellison said the new sewer line cracked their driveway.", ("Mark and Dana Ellison",), "reported"),
    ("pair_guard_single_she", "local", None, "Clara Hoyt said the hens never bothered anyone.", "She said the neighbors signed a petition in support.", ("Clara Hoyt",), "reported"),
    ("pair_guard_quote_they", "health", None, "Luis and Maria Ortega said their son waited nine hours in the emergency room.", "“Nobody told us anything,” they said.", ("Luis and Maria Ortega",), "reported"),
    # (written as `negated`; README "Certainty": a quoted complaint is a statement and keeps its frame's certainty)
    # --- a headline's words are no organisation
    ("head_news_brief", "business", "News in brief", "", "Greenway Foods closed its plant in Elk Grove, the company said on Monday.", ("Greenway Foods",), "reported"),
    ("head_business_news", "business", "Business News", "", "Harlan Steel cut 120 jobs, the company said.", ("Harlan Steel",), "reported"),
    ("head_police_blotter", "crime", "Police Blotter", "", "A man was arrested after a chase on Route 9, the department said.", ("the department",), "reported"),
    ("head_health_watch", "health", "Health Watch", "", "Mercy General Hospital treated 40 people for heat stroke, the hospital said.", ("Mercy General Hospital",), "reported"),
    ("head_tech_briefing", "technology", "Tech Briefing", "", "Nimbus Labs fixed the flaw within a day, the company said.", ("Nimbus Labs",), "reported"),
    ("head_sports_roundup", "sports", "Sports Roundup", "", "The Riverton Hawks traded their starting goalie, the team said.", ("The Riverton Hawks", "the team"), "reported"),
    ("head_local_news", "local", "Local News", "", "The library closed for repairs, the city said.", ("the city",), "reported"),
    ("head_education_update", "education", "Education Update", "", "Lakeside College raised tuition by 4 percent, the school said.", ("Lakeside College",), "reported"),
    ("head_science_notes", "science", "Science Notes", "", "The telescope recorded the flare on Tuesday, the observatory said.", ("the observatory",), "reported"),
    ("head_crime_report", "crime", "Weekend Crime Report", "", "Two teenagers were charged with vandalism, the sheriff's office said.", ("the sheriff's office",), "reported"),
    ("head_news_digest_it", "business", "Morning News Digest", "Corval Motors recalled 12,000 trucks on Tuesday.", "It said a faulty sensor could disable the brakes.", ("Corval Motors",), "speculative"),
    # (written as `reported`; README "Certainty": "could" of a possible event is `speculative`)
    # --- "denied" / "rejected" + an act: the body's act, not a denial of an account
    ("act_council_funding", "local", None, "", "The council denied funding for the new clinic.", (ART,), "stated"),
    ("act_board_permit", "local", None, "", "The planning board denied the developer's request for a permit.", (ART,), "stated"),
    ("act_judge_motion", "courts", None, "", "The judge denied the defense's motion to dismiss the case.", (ART,), "stated"),
    ("act_regulators_merger", "business", None, "", "Regulators rejected the merger on Tuesday.", (ART,), "stated"),
    ("act_insurer_coverage", "health", None, "", "The insurer denied coverage for the surgery.", (ART,), "stated"),
    ("act_board_proposal", "education", None, "", "The school board rejected a proposal to start classes later.", (ART,), "stated"),
    ("act_league_appeal", "sports", None, "", "The league denied the team's appeal of the suspension.", (ART,), "stated"),
    ("act_election_recount", "elections", None, "", "The election board denied a request for a recount.", (ART,), "stated"),
    ("act_parole", "crime", None, "", "The parole board denied him parole for a third time.", (ART,), "stated"),
    ("act_city_permit", "technology", None, "", "The city denied the company a permit to test driverless cars.", (ART,), "stated"),
    ("deny_guard_suspect", "crime", None, "", "The suspect denied that he had been at the scene.", ("The suspect",), "denied"),
    ("deny_guard_company", "business", None, "", "The company denied that it had misled investors.", ("The company",), "denied"),
    ("deny_guard_reports", "local", None, "", "The council denied reports that it had cut the parks budget.", ("The council",), "denied"),
    ("deny_guard_allegations", "sports", None, "", "The coach denied the allegations of abuse.", ("The coach",), "denied"),
    ("deny_guard_claims", "health", None, "", "The hospital rejected claims that patients were turned away.", ("The hospital",), "denied"),
    # --- a day between the subject and its cue ("The company on Monday said that sales fell.")
    ("time_company_monday", "business", None, "", "The company on Monday said that sales fell.", ("The company",), "reported"),
    ("time_district_friday", "education", None, "", "The school district on Friday said classes would resume next week.", ("The school district",), "speculative"),
    ("time_police_sunday", "crime", None, "", "Police on Sunday said two men were arrested.", ("Police",), "reported"),
    ("time_team_thursday", "sports", None, "", "The team Thursday said its coach had resigned.", ("The team",), "reported"),
    ("time_health_date", "health", None, "", "The health department on Oct. 3 said 12 people fell ill.", ("The health department",), "reported"),
    ("time_guard_mayor", "local", None, "", "The mayor on Tuesday said the bridge would reopen in May after repairs.", ("The mayor",), "speculative"),
    # --- other plain frames (guards)
    ("plain_spokeswoman", "courts", None, "", "A spokeswoman for the prosecutor's office said the charges were dropped on Friday.", ("A spokeswoman for the prosecutor's office",), "reported"),
    ("plain_officials_mudslide", "disasters", None, "", "At least 12 people died in the mudslide, officials said.", ("officials",), "reported"),
    ("plain_health_dept_cases", "health", None, "", "The state health department reported 14 new cases of measles on Wednesday.", ("The state health department",), "reported"),
    ("plain_police_not_injured", "crime", None, "", "Police said the driver was not injured.", ("Police",), "negated"),
    ("plain_nasa_orbit", "science", None, "", "NASA said the probe entered orbit around Jupiter early Tuesday.", ("NASA",), "reported"),
    ("plain_certified", "elections", None, "", "The secretary of state's office certified the results on Monday.", (ART,), "stated"),
    ("plain_owner_not_fired", "sports", None, "", "The team's owner told reporters that the coach would not be fired.", ("The team's owner",), "negated"),
    ("plain_lawyer_appeal", "courts", None, "", "Her lawyer, Mia Grant, said the verdict would be appealed.", ("Mia Grant", "Her lawyer, Mia Grant"), "speculative"),
    ("plain_records_show", "crime", None, "", "Records show the officer had been disciplined twice.", ("Records",), "reported"),
    # --- guards added with the fixes (expected answers written before the run)
    ("list_guard_opener", "local", None, "", "On Monday, residents and officials said the water was safe to drink.", ("residents and officials",), "reported"),
    ("list_guard_final", "disasters", None, "", "The old bridge collapsed in the storm, residents and officials said.", ("residents and officials",), "reported"),
    ("list_guard_apposition", "courts", None, "", "Jane Doe, a lawyer and activist, said the law was unfair to tenants.", ("Jane Doe",), "reported"),
    ("find_guard_ruled_out", "courts", None, "", "The judge ruled out a new trial.", (ART,), "stated"),
    ("find_guard_declared_emergency", "disasters", None, "", "The governor declared a state of emergency in three counties.", (ART,), "stated"),
    ("find_guard_no_signs", "disasters", None, "", "Rescuers found no signs of life in the rubble.", (ART,), "negated"),
    ("act_guard_denied_wrongdoing", "business", None, "", "The chief executive denied any wrongdoing.", ("The chief executive",), "denied"),
]

#: (case id, "source" | "certainty") still wrong, with why (strict: a case that starts passing must leave).
XFAIL = {
    ("rep_suspect_admitted", "source"): "'admitted to police that ...': the addressee stays in the content, which then covers half the sentence",
    ("list_engineers_manager", "certainty"): "'was rushed to market': 'to market' read as an infinitive of purpose (certainty)",
    ("title_audit_released", "certainty"): "'tests never performed': a negation in a reduced relative clause counts (certainty)",
    ("pair_haddad_they", "certainty"): "'the school never called them' is kind `statement` (rules.kind), so the negation keeps the frame's `reported`",
    ("head_business_news", "source"): "'Harlan Steel' reads as a person's name: 'the company' stays unresolved (no longer the headline 'Business News')",
    ("act_board_proposal", "source"): "'rejected a proposal' stays a denial: as an act it showed the proposal's event (labelled negated in devdata factuality) as `stated`",
    ("act_board_proposal", "certainty"): "(the same: `denied`)",
    ("list_guard_final", "source"): "a final frame with a lowercase pair ('..., residents and officials said.') is not read (tried: lowered PolNeAR B)",
    ("list_guard_final", "certainty"): "(the same: no frame, so `stated`)",
    ("time_health_date", "source"): "'The health department on Oct. 3 said': a date after a preposition in the subject is not read",
    ("time_health_date", "certainty"): "(the same: no frame, so `stated`)",
}


def _cases(field: str):
    return [pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason=XFAIL[(c[0], field)])]
                         if (c[0], field) in XFAIL else []) for c in CASES]


@functools.lru_cache(maxsize=None)
def _claims(text: str):
    return _code_path()(make_article(text, "left10.txt")).claims


def _claim(head, context, sentence):
    """The claim whose evidence holds the sentence's last words, else the one overlapping it most."""
    text = (head or "The latest") + "\n\n" + (context + " " if context else "") + sentence + "\n"
    lo = text.index(sentence)
    hi = lo + len(sentence)

    def score(c):
        inside = c.evidence.start < hi - 2 < c.evidence.end
        return (inside, min(hi, c.evidence.end) - max(lo, c.evidence.start))
    best = max(_claims(text), key=score, default=None)
    return best if best is not None and score(best)[1] > 0 else None


@pytest.mark.parametrize("cid,domain,head,context,sentence,who,cert", _cases("source"))
def test_left10_source(cid, domain, head, context, sentence, who, cert):
    claim = _claim(head, context, sentence)
    assert claim is not None, "no claim for the sentence"
    assert _same_source(claim.attributed_to, who), (claim.attributed_to, who)


@pytest.mark.parametrize("cid,domain,head,context,sentence,who,cert", _cases("certainty"))
def test_left10_certainty(cid, domain, head, context, sentence, who, cert):
    claim = _claim(head, context, sentence)
    assert claim is not None, "no claim for the sentence"
    assert claim.certainty == cert, (claim.certainty, cert)


def test_the_battery_spans_the_domains_and_every_open_case_is_a_case():
    assert len(CASES) >= 100 and len({c[1] for c in CASES}) >= 11
    assert len({c[0] for c in CASES}) == len(CASES)
    assert {cid for cid, _ in XFAIL} <= {c[0] for c in CASES}

# Short articles (id, domain, headline, paragraphs of (sentence, accepted sources, certainty)): the same
# constructions across sentences ("It found ..." after a document, "They" after a couple or a series).
ARTICLES = [
    ("health-coroner", "health", "Coroner rules teen's death a suicide", [
        [("The Harlan County coroner ruled the death of a 16-year-old a suicide on Friday.", ("The Harlan County coroner",), "reported"),
         ("The teen's parents said they had seen no warning signs.", ("The teen's parents",), "negated")],
        [("They said the school had not told them about the bullying.", ("The teen's parents",), "negated")]]),
    ("courts-inadmissible", "courts", "Judge rules evidence inadmissible", [
        [("A federal judge on Tuesday ruled the evidence inadmissible.", ("A federal judge",), "reported"),
         ("Prosecutors said they would appeal the decision.", ("Prosecutors",), "speculative")]]),
    ("local-nairs", "local", "Bakery owners fight city over sign", [
        [("Sam and Priya Nair opened the Sunrise Bakery on Main Street in 2019.", (ART,), "stated"),
         ("The city says their new sign breaks a zoning rule.", ("The city",), "reported")],
        [("The Nairs said they were never told about the rule.", ("The Nairs",), "negated"),
         ("They said they plan to appeal.", ("The Nairs",), "speculative")]]),
    ("education-report-desks", "education", "Report finds teacher shortage", [
        [("The report, “Empty Desks,” was released Monday by the state education board.", (ART,), "stated"),
         ("It found that one in eight teaching posts was vacant.", ("The report",), "reported")],
        [("The board's chair, Ana Lopez, said the findings were alarming.", ("Ana Lopez",), "reported")]]),
    ("crime-reportedly", "crime", "Suspect reportedly confessed", [
        [("The man arrested in the shooting reportedly told detectives that he acted alone.", ("The man arrested in the shooting", "The man"), "unconfirmed"),
         ("Police have not confirmed the account.", (ART,), "negated")]]),
    ("sports-heat", "sports", "Players say heat was dangerous", [
        [("Players, coaches and the team's doctor said the heat on the field was dangerous.", ("Players, coaches and the team's doctor",), "reported"),
         ("They said the game should have been postponed.", ("Players, coaches and the team's doctor",), "reported")]]),
    ("business-airline", "business", "Airline denied license", [
        [("Regulators denied the airline a license to fly to Asia.", (ART,), "stated"),
         ("The airline denied that it had broken safety rules.", ("The airline",), "denied")]]),
    ("health-autopsy", "health", "Autopsy finds allergic reaction", [
        [("An autopsy found that the patient died of an allergic reaction.", ("An autopsy",), "reported"),
         ("The hospital said it was reviewing its procedures.", ("The hospital",), "reported")]]),
    ("elections-update", "elections", "Election Update", [
        [("Turnout in Marion County reached 58 percent, the county clerk's office said.", ("the county clerk's office",), "reported"),
         ("It said counting would finish on Thursday.", ("the county clerk's office",), "speculative")]]),
    ("disasters-warehouse", "disasters", "Warehouse fire not arson, investigators say", [
        [("Fire investigators found no evidence of arson at the warehouse.", ("Fire investigators",), "negated"),
         ("They said the cause was probably an electrical fault.", ("Fire investigators",), "speculative")]]),
    ("tech-notes", "technology", "Tech Notes", [
        [("Brightwave Labs said it fixed a flaw that exposed user data.", ("Brightwave Labs",), "reported"),
         ("The company said no passwords were taken.", ("Brightwave Labs",), "negated")]]),
    ("education-haddad", "education", "Parents say district ignored bullying", [
        [("Jill Haddad and her husband, Omar, said the district ignored their complaints.", ("Jill Haddad and her husband, Omar", "Jill Haddad and her husband"), "reported"),
         ("They said their daughter changed schools in March.", ("Jill Haddad and her husband, Omar", "Jill Haddad and her husband"), "reported")]]),
    ("science-study-title", "science", "Study links sleep and grades", [
        [("The study, “Rest and Results,” followed 2,000 students for three years.", (ART,), "stated"),
         ("It found that students who slept eight hours had higher grades.", ("The study",), "reported"),
         ("The authors said more research is needed.", ("The authors",), "reported")]]),
    ("local-residents-list", "local", "Flooding on River Road", [
        [("Residents, shop owners and a city engineer said River Road floods every spring.", ("Residents, shop owners and a city engineer",), "reported"),
         ("They said the drains have not been cleaned in years.", ("Residents, shop owners and a city engineer",), "negated")]]),
]

#: (article id, sentence index) still wrong, with why.
ARTICLE_XFAIL = {
    # ("sports-heat", 1) passes since read12b (session 11): "X said Y should have been ..." is a call or
    # opinion (rules.kind, lang.DEMAND_RE), a `statement` that keeps its frame's `reported`
}


def _article_cases():
    out = []
    for aid, domain, head, paras in ARTICLES:
        text = head + "\n\n" + "\n\n".join(" ".join(s for s, _, _ in p) for p in paras) + "\n"
        for n, (sentence, who, cert) in enumerate(x for p in paras for x in p):
            mark = [pytest.mark.xfail(strict=True, reason=ARTICLE_XFAIL[(aid, n)])] if (aid, n) in ARTICLE_XFAIL else []
            out.append(pytest.param(text, sentence, who, cert, id=f"{aid}-{n}", marks=mark))
    return out


@pytest.mark.parametrize("text,sentence,who,cert", _article_cases())
def test_left10_article_sentence(text, sentence, who, cert):
    lo = text.index(sentence)
    hi = lo + len(sentence)
    claims = [c for c in _claims(text) if min(hi, c.evidence.end) > max(lo, c.evidence.start)]
    claim = max(claims, key=lambda c: (c.evidence.start < hi - 2 < c.evidence.end, min(hi, c.evidence.end) - max(lo, c.evidence.start)),
                default=None)
    assert claim is not None, "no claim for the sentence"
    assert (_same_source(claim.attributed_to, who), claim.certainty) == (True, cert), (claim.attributed_to, claim.certainty)
