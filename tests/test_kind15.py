"""Session 14, kind15: the claim's `kind` (GUIDELINES §5; issue 12). Batteries of invented sentences,
expected kinds written before the run, with near-misses that must not change."""

from __future__ import annotations

import pytest

from summarizer import rules

# -- 1. every form of a verb of position: the -ing form in a participle's place ----------------------
# ("..., arguing the move was needed", "are urging X to", "after denying the reports"): STATEMENT_VERBS
# held "urge urges urged" but not "urging".
PARTICIPLES = [
    ("The council filed an appeal on Monday, arguing the levy was never lawful.", "statement"),
    ("Neighbours are urging the mayor to reopen the ferry landing.", "statement"),
    ("Mayor Ilsa Brandt said she would not resign, calling the audit a smear.", "statement"),  # the position first
    ("The union left the talks after denying that it had broken the truce.", "statement"),
    ("Calling the fee unfair, the drivers' guild walked out of the hearing.", "statement"),
    ("The minister posted a long reply, accusing the auditor of bias.", "statement"),
    ("Ms. Tarrow wrote an op-ed criticizing the harbour board's budget.", "event"),  # a reduced relative: not read
    # near-misses: the noun "warning", a call that summons, not a position
    ("The flood warning was lifted on Tuesday morning.", "event"),
    ("A warning light came on before the ferry docked.", "event"),
    ("The port reopened after the harbour master lifted the storm warning.", "event"),
]

# -- 2. verbs of emphasis, agreement and request (§5 statement: an assessment, a position shared, an appeal)
POSITIONS = [
    ("She emphasized that the valley towns are rebuilding with unusual speed.", "statement"),
    ("He underlined the need to repave the coastal road before winter.", "statement"),
    ("The judge agreed with the tenants that there was no reason to delay the hearing.", "statement"),
    ("Mayor Ilsa Brandt said the ferry would sail in May and the harbour master agreed.", "plan"),  # bare "agreed"
    ("The attorney sent a letter asking the prosecutor to postpone the hearing.", "statement"),
    ("The ministry asked residents to boil their water.", "statement"),
    # near-misses: an agreement to act is a plan or an event, a question is no appeal
    ("The two clubs agreed to a transfer on Friday.", "event"),
    ("The reporter asked about the bridge.", "event"),
    ("The firm said it might ask the court to rehear the case.", "event"),
]

# -- 3. a reported future and a forecast are plans (§5 rule 1) -----------------------------------------
PLANS = [
    ("Governor Hal Osric said on Friday that he would not seek another term.", "plan"),
    ("Ms. Kade declared in March that the county would close the landfill by June.", "plan"),
    ("Premier Jo Aske said the province would formally leave the compact.", "plan"),
    ("The agency's announcement that the city would rebuild the pier came on Monday.", "plan"),
    ("The mayor said she's prepared to sign the budget on Monday.", "plan"),
    ("Tariffs are not likely to change before the vote, analyst Remy Vos noted.", "plan"),
    ("The strike is likely to spread to the northern depots.", "plan"),
    # near-misses: an indirect question, a counterfactual past, a plain past report
    ("The campaign did not say where the new ad would run.", "event"),
    ("The coach said the team would have won with a full squad.", "event"),
    ("Ms. Kade said the county closed the landfill in June.", "event"),
]

# -- 4. a standing situation with its duration is background (§5 rule 4: "have been conducting
# operations for more than two weeks", "have yet to revise their policies"; §13 "has been critical of")
BACKGROUND = [
    ("Senator Ada Quell has been critical of the governor since they ran against each other.", "background"),
    ("The rebels have been holding the northern pass for more than three weeks.", "background"),
    ("The two cities have yet to revise their rules on night flights.", "background"),
    # near-misses: the same shapes inside a relative clause after an event, and a plain present perfect
    ("Two boats were stopped near Vell, where patrols have been searching for months.", "event"),
    ("The rebels have captured the northern pass.", "event"),
    ("The airport has been closed since the storm hit on Monday.", "event"),  # a state since a dated event: the news
]


@pytest.mark.parametrize("sentence,want", PARTICIPLES + POSITIONS + PLANS + BACKGROUND)
def test_kind_of_invented_sentence(sentence, want):
    assert rules.kind(sentence) == want


def test_counts_stay_quantities():
    # a count in a sentence with a participle of position or a duration is still a count (near-misses)
    assert rules.kind("The board cut 40 jobs on Monday, calling the move painful.") == "quantity"
    assert rules.kind("Police have arrested 12 people since the riot began.") == "quantity"


def test_reported_future_after_counts_and_outside_concessions():
    # a share that says what it would do is a poll's count; a concession is not what the sentence asserts
    assert rules.kind("Another 21 percent said they would not vote at all.") == "quantity"
    assert rules.kind("Though Mayor Ilsa Brandt said the crews would clear the road, the pass stayed shut.") == "event"
    assert rules.kind("Mayor Ilsa Brandt said the crews would clear the road by dawn.") == "plan"


@pytest.mark.parametrize("sentence,want", [
    # characterizations and doubts raised (§5 statement)
    ("Several mayors have cited the drought as a reason to delay the vote.", "statement"),
    ("The bank pointed to the port strike as an example of rising costs.", "statement"),
    ("He also raised doubts about the merger with Corvane.", "statement"),
    ("Both candidates have opposed the new toll on the coast road.", "statement"),
    # a warning of what will happen is a statement, not a plan
    ("The agency warned that the drought will cut harvests in the south.", "statement"),
    ("Ms. Orrin cautioned that prices will rise again.", "statement"),
    # an embedded question's "will" is no plan
    ("Her aide said she was waiting to see what changes the council will make.", "event"),
    # near-misses: "as" of time, a plain plan, a question raised by no one, a warning lifted
    ("Prices fell as the harbour reopened.", "event"),
    ("The council will vote on the toll next week.", "plan"),
    ("The minister pointed to the map.", "event"),
    ("The council will decide whether the toll stays.", "plan"),
])
def test_characterizations_warnings_and_embedded_questions(sentence, want):
    assert rules.kind(sentence) == want


def test_half_a_shapes_read():
    # shapes met in PolNeAR half A (invented sentences): a passive request is not the claim's position,
    # an open question about the future is still a forecast
    assert rules.kind("Ms. Adler said she was asked to give a talk to the board.") == "event"
    assert rules.kind("It is unclear whether the new pumps will work.") == "plan"


def test_basil_shapes_read():
    # shapes met in BASIL clusters outside both digest golds (invented sentences): a relative "who" is no
    # embedded question, "as the" is mostly the conjunction
    assert rules.kind("From next year, tenants who are married will not be able to file alone.") == "plan"
    assert rules.kind("Mr. Pell referred to the budget on Friday as the two men sat down to dinner.") == "event"
    assert rules.kind("Her aides wanted to know who the council will name.") == "event"


@pytest.mark.parametrize("sentence,want", [
    # a count in words of people harmed, or a count that is the subject, is a quantity (§5 rule 3)
    ("The shells struck a school in Varno, injuring nine people, including a teacher.", "quantity"),
    ("Three miners were killed when the shaft collapsed.", "quantity"),
    ("Two were intercepted over the harbour.", "quantity"),
    ("Police arrested twelve protesters outside the hall.", "event"),  # an arrest's count qualifies it (lead9)
    # near-misses: a count of things that only qualifies the event, a single victim, "one of"
    ("The storm destroyed two crucial bridges near Varno.", "event"),
    ("The rebels seized two more villages on Friday.", "event"),
    ("One man was injured in the blast.", "event"),
    ("Police arrested one of the organisers.", "event"),
])
def test_counts_in_words(sentence, want):
    assert rules.kind(sentence) == want


def test_a_blast_is_no_speech_act():
    assert rules.kind("A guard was hurt in the blast near the depot.") == "event"
    assert rules.kind("Mayor Ilsa Brandt sounded a call for calm on Monday.") == "statement"  # near-miss: a call stays one
    assert rules.kind("Senator Ada Quell blasted the budget on Monday.") == "statement"


def test_a_count_of_time_is_no_count_of_people():
    assert rules.kind("Ms. Orrin praised the boxer Tal Brix, who died three months ago.") == "statement"
    assert rules.kind("The fire, which was set two weeks ago, injured no one.") == "event"
    assert rules.kind("The raid killed four guards, officials in Varno said.") == "quantity"  # a toll in words, as in digits (session 15)
