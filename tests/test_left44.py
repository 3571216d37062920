"""Session 35, left44: the attribution and certainty shapes session 34's sections left (issue 12).

Every sentence is invented (other names, places, topics and numbers than any dev text); each fixed shape has
near-misses that must keep their reading. See evals/RESULTS.md "Session 35: left44".
"""

from __future__ import annotations

import pytest

from tests.reading import code, who

H = "Local news\n\n"


def _claims(text: str):
    return [(c.text, c.attributed_to, c.certainty) for c in code(H + text).claims]


# 1. "<Name> resigned after a report found <clause>": the main clause is the outlet's --------------------------

@pytest.mark.parametrize("s", [
    "Fenna Brandt resigned after a report found the grant may have been misused.",
    "Fenna Brandt resigned after a report found that the grant was misused.",
    "Fenna Brandt resigned when an audit found the grant may have been misused.",
    "Fenna Brandt resigned because a report found she may have misled the board.",
    "After a report found the grant was misused, Fenna Brandt resigned.",
])
def test_finding_in_a_time_clause_leaves_the_main_clause_to_the_outlet(s):
    (claim,) = _claims(s)
    assert claim[1] == "article" and claim[2] == "stated", claim


@pytest.mark.parametrize("s, source, certainty", [
    ("A report found the agency may have overpaid its suppliers.", "A report", "speculative"),
    ("Last year's audit found the grant was misused.", "Last year's audit", "reported"),
    ("The survey — the largest of its kind — found that 40 percent of farms may close.", "The survey", "speculative"),
    ("Fenna Brandt did not resign when the audit found the grant was missing.", "article", "negated"),  # the main clause's
    ("Fenna Brandt could resign when the board said she had misled it.", "article", "speculative"),
])
def test_finding_near_misses(s, source, certainty):
    (claim,) = _claims(s)
    assert claim[1:] == (source, certainty), claim


# 3. "<The body> cut its prices and added that B": B is the body's ---------------------------------------------

@pytest.mark.parametrize("s, subject, verb", [
    ("The bakery raised its prices and added that flour had become dearer.", "The bakery", "added"),
    ("The bakery raised its prices and said that flour had become dearer.", "The bakery", "said"),
    ("The retailer cut its prices and added that demand had fallen.", "The retailer", "added"),
    ("The ferry operator cut two routes and added that fuel costs had doubled.", "The ferry operator", "added"),
    ("But the hospital trust cancelled the surgery and warned that more delays were likely.", "The hospital trust", "warned"),
    ("But Tavlor Mills cut its prices and added that demand had fallen.", "Tavlor Mills", "added"),
])
def test_described_subject_of_a_coordinated_that_clause_speaks(s, subject, verb):
    claims = _claims(s)
    said = [c for c in claims if c[0].startswith(f"{subject} {verb} that")]
    act = [c for c in claims if not c[0].startswith(f"{subject} {verb} that")]
    assert len(said) == 1 and said[0][1].lower() == subject.lower(), claims
    assert len(act) == 1 and act[0][1] == "article", claims


@pytest.mark.parametrize("s", [
    "The bakery raised its prices and added two loaves to its range.",  # an act, no speech
    "The bakery raised its prices and showed that it could.",  # a finding verb: no speech act
    "The weather cut the harvest by half and meant that prices rose.",  # no verb of saying
    "The bakery was sold and added that demand had fallen.",  # a passive: no act of the subject's
])
def test_described_subject_near_misses_keep_one_outlet_claim(s):
    claims = _claims(s)
    assert len(claims) == 1 and claims[0][1] == "article", claims


def test_described_subject_that_says_first_keeps_its_frame():
    s = "The bakery said it had raised prices and added that flour was dearer."
    assert who(H + s, s) == "The bakery"


# 2. "<X> cut its forecast and now expects <Y>": the expectation is X's -----------------------------------------

@pytest.mark.parametrize("s, subject, forecast", [
    ("Brenholt Foods closed two plants and now expects sales to fall by 4 percent.", "Brenholt Foods", "expects"),
    ("Brenholt Foods closed two plants and expects sales to fall by 4 percent.", "Brenholt Foods", "expects"),
    ("The airline cut 300 jobs and now forecasts a loss for the year.", "The airline", "forecasts"),
    ("Brenholt Foods cut its forecast on Thursday and now expects revenue of $8 billion.", "Brenholt Foods", "expects"),
])
def test_forecast_verb_coordinated_after_an_act_is_the_subject_s(s, subject, forecast):
    claims = _claims(s)
    exp = [c for c in claims if c[0].startswith(f"{subject} {forecast} ")]
    act = [c for c in claims if not c[0].startswith(f"{subject} {forecast} ")]
    assert len(exp) == 1 and exp[0][1] == subject and exp[0][2] in ("speculative", "reported"), claims
    assert len(act) == 1 and act[0][1:] == ("article", "stated"), claims


@pytest.mark.parametrize("s, source", [
    ("Brenholt Foods closed two plants and is expected to cut more jobs.", "article"),  # a passive forecast: nobody named
    ("Brenholt Foods now expects sales to fall by 4 percent.", "Brenholt Foods"),  # (main already)
])
def test_forecast_near_misses(s, source):
    (claim,) = _claims(s)
    assert claim[1] == source, claim


# 4. "The pair met in <year> and were reported to B": the hearsay is unnamed sources', the act the outlet's --------

@pytest.mark.parametrize("s, act, hearsay", [
    ("The pair met at a festival in 2019 and were reported to have become engaged in 2022.",
     "The pair met at a festival in 2019.", "The pair were reported to have become engaged in 2022."),
    ("The singer toured abroad in 2020 and reportedly earned 9 million dollars.",
     "The singer toured abroad in 2020.", "The singer reportedly earned 9 million dollars."),
])
def test_hearsay_coordinated_after_an_act_is_split(s, act, hearsay):
    claims = _claims(s)
    assert (act, "article", "stated") in claims, claims
    assert (hearsay, "unnamed sources", "unconfirmed") in claims, claims


@pytest.mark.parametrize("s", [
    "The pair were reported to have become engaged in 2022.",  # hearsay alone: one claim
    "The two firms merged in 2015 and were said to be planning a listing.",  # a count in the subject: kept whole
])
def test_hearsay_near_misses_stay_whole(s):
    (claim,) = _claims(s)
    assert claim[1:] == ("unnamed sources", "unconfirmed"), claim


# 5. "confirmed X and declined to comment further"; "settings that most customers would not choose" ---------------

@pytest.mark.parametrize("s", [
    "The ministry confirmed the closure and declined to comment further.",
    "Jana Rolf confirmed she had resigned and declined to say why.",
    "The phone used settings that most customers would not choose.",
    "The tests used settings that most buyers would never pick.",
    "The council sold land that it could not use.",
])
def test_withheld_detail_and_object_relative_are_no_negation(s):
    (claim,) = _claims(s)
    assert claim[2] == "stated", claim


@pytest.mark.parametrize("s, certainty", [
    ("The ministry declined to comment further.", "negated"),  # the refusal is the whole news
    ("The club signed the striker and declined to pay the fee.", "negated"),  # a refused act, no detail withheld
    ("The board found that the plan would not work.", "negated"),  # a complement clause after a verb
    ("The firm said that most customers would not choose it.", "negated"),
    ("The depot was told via official channels that the trains would not stop.", "negated"),  # no verb's object
])
def test_negation_near_misses(s, certainty):
    (claim,) = _claims(s)
    assert claim[2] == certainty, claim


def test_a_fear_that_keeps_its_complement():
    s = "The company dismissed fears that customers would not return."
    assert who(H + s, s) == "The company"


# 6. "the handset charged in 40 minutes": no charge laid -----------------------------------------------------

@pytest.mark.parametrize("s", [
    "In tests, the handset charged in 40 minutes.",
    "In trials, the battery charged fully in under an hour.",
    "The bull charged into the crowd.",
])
def test_charged_without_an_accused_is_no_accusation(s):
    (claim,) = _claims(s)
    assert claim[1:] == ("article", "stated"), claim


@pytest.mark.parametrize("s, source", [
    ("Police charged the driver with careless driving.", "Police"),
    ("Prosecutors charged in court papers that the firm hid losses.", "Prosecutors"),
    ("The union charged that managers had lied.", "The union"),
])
def test_a_charge_laid_keeps_its_source(s, source):
    (claim,) = _claims(s)
    assert claim[1:] == (source, "claimed"), claim


# 7. "slightly above the $<n> billion analysts had expected": no sum of analysts ----------------------------------

@pytest.mark.parametrize("s", [
    "Revenue came in at $4.2 billion, slightly above the $4.1 billion analysts had expected.",
    "Revenue came in at $4.2 billion, slightly above the $4.1 billion analysts polled by Dataline had expected.",
])
def test_money_before_a_relative_s_subject_counts_itself(s):
    (claim,) = code(H + s).claims
    counted = [q.counted for q in claim.quantities if q.value == 4.1e9]
    assert counted == ["$4.1 billion"], [(q.value, q.counted) for q in claim.quantities]


def test_people_after_a_plain_count_are_counted():
    (claim,) = code(H + "About 3 million analysts work in the sector.").claims
    assert [q.counted for q in claim.quantities] == ["analysts"]


# 8. stated42's single shapes: '"A," my <kin> said.' -------------------------------------------------------------

@pytest.mark.parametrize("s, source", [
    ("“The tunnel is safe,” my brother said.", "my brother"),
    ("The tunnel is safe, my brother said.", "my brother"),
    ("My brother said the tunnel was safe.", "My brother"),
])
def test_first_person_possessive_kin_speaks(s, source):
    assert who(H + s, s) == source


@pytest.mark.parametrize("s, source", [
    ("“The tunnel is safe,” his brother said.", "his brother"),  # (main already)
    ("“We will walk,” our neighbours said.", "our neighbours"),  # (main already: a plural)
    ("“The tunnel is safe,” I said.", None),  # the writer: no source named
])
def test_possessive_near_misses(s, source):
    assert who(H + s, s) == source


def test_a_contracted_modal_is_no_part_of_a_source():
    for s in ("Our coaches might've warned the squad: Rest more.", "His coaches could've said that the race was lost."):
        assert not (who(H + s, s) or "").endswith("'ve"), s
