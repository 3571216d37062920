"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 40, real49; issue 12): a reporter's suspension, a telescope's images, a footballer's kidnapping, a study of
antibiotics, an actress leaving a show, a UN vote, a footballer's new watch, marches against xenophobia, a survey of
school meals, a museum's collection saved, a tax review, a stolen peacock, a mother charged, a hacked TV network, a
collector's labels, an obese man, a university's tracking scheme, car tax discs, a UN warning of genocide, a film
festival; plus real48's two certainty shapes left (a rule's "must/can", an "if" inside a noun phrase or relative
clause). Each is written here as invented text of the same shape, with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import is_furniture, split_sentences


def _certainty(sentence: str) -> str:
    atts = analyze(sentence)
    sp = split_sentences(sentence)[0]
    return certainty_for(sentence, sp.start, sp.end, atts)


# -- a "must/can/have to" of a rule in force (GUIDELINES §14 "Not speculative: (a)")

@pytest.mark.parametrize("sentence", [
    "Drivers over 75 must fill in a medical form every three years to keep their licence.",
    "Tenants can claim the rebate each year under the scheme.",
    "Boats on the lake must be insured by law.",
    "Market traders must renew their permits annually.",
    "Canteen meals in Dovershire now have to comply with strict nutritional standards.",
    "Members can bring two guests under the current rules.",
])
def test_a_rule_in_force_is_no_speculation(sentence):
    assert _certainty(sentence) != "speculative"


@pytest.mark.parametrize("sentence", [
    "The council must decide by Friday whether to close the pool.",
    "The firm can cut prices if sales fall.",
    "Investors need to see profits every year.",
    "Firms will have to comply with the new rules.",
    "The club must have known about the debts for years.",
    "Tenants have to leave the flats by March.",
    "That can easily lop a fifth off the bill each year per pupil.",
    "Their raids must be met with a crackdown by law - enforcement officers.",
])
def test_apart_a_one_off_duty_a_possibility_or_a_need_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


def test_apart_a_rule_denied_stays_negated():
    assert _certainty("Drivers must not park on the verge at any time of year under the rules.") == "negated"


# -- an "if" that conditions less than the clause

@pytest.mark.parametrize("sentence", [
    "Patients have a 70% chance of recovery if treated within an hour.",
    "The helpline offers advice to tenants who call it if they are behind on rent.",
    "The scheme pays grants to farmers who plant hedges if their land borders a river.",
])
def test_an_if_inside_a_noun_phrase_or_a_relative_clause_conditions_no_claim(sentence):
    assert _certainty(sentence) != "speculative"


def test_an_if_in_what_a_worry_is_about_is_the_worrys():
    assert _certainty("Farmers are also worried about the flock's survival if the ram is not able to return.") == "reported"


@pytest.mark.parametrize("sentence", [
    "The plant will close if sales fall.",
    "Prices rise if demand grows.",
    "The mayor would resign if asked.",
    "About the only option left is a sale if the ram does not return.",
    "Staff asked who would pay if the plant closed.",
    "Staff were upset about the cuts and will strike if pay falls.",
    "She said that, if elected, she'd hand such matters to the board.",
])
def test_apart_a_condition_of_the_clause_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- "as <pronoun> never <verb> before": a comparison

@pytest.mark.parametrize("sentence", [
    "Volunteering is booming now as it never boomed before.",
    "Sales fell as they never did before, and prices rose.",
])
def test_as_it_never_did_before_is_a_comparison(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The mill closed as it never reopened before the war.",
    "The mill never reopened before the war.",
])
def test_apart_a_never_before_a_time_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- a story's credits with two names and "wrote this report from <place>"

@pytest.mark.parametrize("sentence", [
    "KNN's Jo Marsh and Ali Brent reported from Port Vell, and KNN's Tim Roe wrote this report from Ashby.",
    "Jo Marsh and Ali Brent reported from Port Vell.",
    "KNN's Tim Roe wrote this report from Ashby.",
])
def test_a_credit_of_two_reporters_is_furniture(sentence):
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", [
    "Aid workers and doctors reported from the camp that food ran out.",
    "The paper wrote this report from a leaked memo.",
    "Police and Fire Crews reported from Dover that roads were shut.",
])
def test_apart_a_report_from_a_place_with_news_is_no_credit(sentence):
    assert not is_furniture(sentence)


# -- a chart's legend line

@pytest.mark.parametrize("sentence", [
    "(% denotes share of pupils who said they would eat each fruit)",
    "* indicates a player on loan.",
])
def test_a_charts_legend_is_furniture(sentence):
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", ["Sales rose 5% denotes nothing.", "The % shows growth.",
                                      "Turnout of 40% indicates a fall in interest."])
def test_apart_a_percentage_in_a_sentence_is_no_legend(sentence):
    assert not is_furniture(sentence)


# -- a plan first made and since changed (GUIDELINES §14 (b): a past intention reported as past)

@pytest.mark.parametrize("sentence", [
    "The film, which was directed by Ann Vale, was originally scheduled for release in late 2019.",
    "The bridge was initially planned to open in May.",
    "The vote was first scheduled for Monday but moved to Friday.",
])
def test_a_plan_first_made_is_reported_as_past(sentence):
    assert _certainty(sentence) != "speculative"


@pytest.mark.parametrize("sentence", ["The film is scheduled for release in May.", "The film was scheduled for release in May."])
def test_apart_a_schedule_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- what a named person announced, inside an "after" clause, is not the main clause's

@pytest.mark.parametrize("sentence", [
    "That was the mood of many fans on Tuesday after star Ann Vale announced she will be leaving the show.",
    "The shares fell after Tom Reyes said he would resign.",
])
def test_a_named_persons_statement_in_a_time_clause_is_the_time_clauses(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", ["The shares will fall after Tom Reyes said he quit.",
                                      "Tom Reyes said after the meeting that he would resign."])
def test_apart_the_main_clauses_own_modal_stays(sentence):
    assert _certainty(sentence) == "speculative"


# -- a past comparison of a group a study measured

@pytest.mark.parametrize("sentence", [
    "And pupils who had taken the pill as infants were particularly likely to be tall.",
    "Pupils who skipped breakfast were more likely to drop out of the course.",
])
def test_a_groups_measured_likelihood_is_no_hedge(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", ["Voters are more likely to back the plan.", "The bill was likely to pass.",
                                      "Republicans were more likely to win the seat, analysts said."])
def test_apart_a_forecast_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- a weight in stones ("lost 19st", "15st 4lbs")

def _rows(sentence: str) -> list[tuple[float, str | None]]:
    from summarizer.quantity import quantities
    return [(q["value"], q["unit"]) for q in quantities(sentence)]


@pytest.mark.parametrize("sentence, value", [
    ("A baker from Dunmore has lost 19st in just one year.", 19.0),
    ("She weighed 21st at her heaviest.", 21.0),
    ("Mr Vane now weighs a healthy 15st 4lbs.", 15.0),
])
def test_a_weight_in_stones_is_one_row_in_stone(sentence, value):
    assert _rows(sentence) == [(value, "stone")]


@pytest.mark.parametrize("sentence", ["He finished 21st in the race.", "The 1st Battalion left.",
                                      "The office is at 10 St Ann Street."])
def test_apart_an_ordinal_or_a_street_is_no_weight(sentence):
    assert all(unit != "stone" for _, unit in _rows(sentence))


# -- a photo caption before an agencies' slashed credit on its line

def test_a_sentence_before_a_slashed_credit_is_a_caption():
    from summarizer.chunk import content_sentences
    text = ("Lead line of the story.\n\nThe crater rim glows at dawn. SPACEX/ESO/J. Roe of LabY\n\n"
            "Crews worked late. Police/fire crews said the road was shut.\n\nThe units use AB/CD parts. The rest followed.\n")
    kept = [text[s.start:s.end] for s in content_sentences(text, 2000)]
    assert "The crater rim glows at dawn." not in kept
    assert {"Crews worked late.", "Police/fire crews said the road was shut.", "The units use AB/CD parts."} <= set(kept)


# -- a diet fact box's lines

@pytest.mark.parametrize("sentence", ["Breakfast - Two slices of toast.", "Snacks - Three more bags of crisps and a cola.",
                                      "Dinner - Takeaway pizza."])
def test_a_diet_boxs_line_is_furniture(sentence):
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", ["Lunch - The mayor said the canteen would close.", "Breakfast - Tom skipped it every day.",
                                      "Lunch is served at noon.", "Tuesday - The council voted to close the pool."])
def test_apart_a_sentence_after_a_label_is_no_box_line(sentence):
    assert not is_furniture(sentence)


# -- a small number naming a grade ("level one modules")

def _counted(sentence: str) -> list[tuple[float, str]]:
    from summarizer.quantity import quantities
    return [(q["value"], q["counted"]) for q in quantities(sentence)]


@pytest.mark.parametrize("sentence, rows", [
    ("It now runs on 13 courses, mostly level one courses, in order to help.", [(13.0, "courses")]),
    ("The county moved to tier two rules.", []),
])
def test_a_grades_number_counts_nothing(sentence, rows):
    assert _counted(sentence) == rows


@pytest.mark.parametrize("sentence, rows", [("Two levels of the car park flooded.", [(2.0, "levels")]),
                                            ("The team won three stages of the race.", [(3.0, "stages")])])
def test_apart_a_count_of_grades_stays_a_count(sentence, rows):
    assert _counted(sentence) == rows


# -- a negation inside a purpose's goal ("to ensure that ... not")

def test_a_negation_in_what_a_step_is_to_ensure_is_the_goals():
    assert _certainty("The college has taken steps to ensure that students' records are not shared with the firm.") == "stated"


@pytest.mark.parametrize("sentence", ["The college did not ensure that records were kept.",
                                      "The college said that the records are not shared."])
def test_apart_a_negated_act_or_a_negated_report_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- "<N> other <noun>": the noun is what is counted, as after "more/fewer"

@pytest.mark.parametrize("sentence, rows", [
    ("She had walked for days through the hills with 12 other people - most of them children.", [(12.0, "people")]),
    ("Two other men and a woman were held.", [(2.0, "men")]),
])
def test_n_other_nouns_count_the_nouns(sentence, rows):
    assert _counted(sentence) == rows


def test_apart_others_alone_is_its_own_noun():
    assert _counted("Police arrested two others on Friday.") == [(2.0, "others")]
