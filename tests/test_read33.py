"""Session 30, read33: shapes found reading the bundled tool's output on eight more CNN / Daily Mail documents no
session had read (a retrial over a missing child, a rights report, a vault raid explained, a candidate's
campaign, arrests over a planned attack, a lawsuit against a sports body, a militant group's losses, a
documentary trailer), claim by claim against their articles. Invented sentences (names, places and topics
changed), each with what an analyst reads in it; see evals/RESULTS.md "Session 30: read33".

1. '<The sister of one of the boys detained>, said she thought ...': a stray comma between subject and verb.
2. '<Name>, <description>, has for years said that ...': "for years" between the auxiliary and the cue.
3. 'The lawsuit claimed the tenants didn't get ... because ...': "didn't" was no verb of a clause, so the
   claim read as a speech event with a short object.
4. '<Name>, however, believes this is A -- but she says B': the belief was cut before "but she says".
5. '<People> have described hearing ...': a gerund after "described" is the experience they tell.
6. 'It was also revealed <X>': a disclosure with no discloser.
7. '"<quote>," said <Name>, who wrote a book called "<Title>."': the title's marks hid the frame.
8. Certainty: "no matter who ..." is no negation; a modal in "<prep> which" relative clause is the relative's.
9. Text: "(But) in <month>, a judge ruled ..." made "<Month> is a judge ruled ..."; "the <noun> <noun> law in
   <Place>, which ..." gave the relative clause to the place; "<Name>, <description>, explains." and
   "..., which read in part: ." were claims that say nothing.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claims(text: str):
    return [(c.attributed_to, c.certainty, c.text) for c in code(text).claims]


# 1. a stray comma between a speaker's noun phrase and "said" ----------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("The sister of one of the boys detained, said she thought the club had calmed her brother.",
     "The sister of one of the boys detained"),
    ("The owner of the corner shop, said the window had been smashed twice this year.", "The owner of the corner shop"),
])
def test_a_stray_comma_before_said_keeps_the_speaker(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence,name", [
    ("The plan, said Jane Doe, was rushed through the council.", "Jane Doe"),  # an inverted frame stays one
    ("The barn was sold, said Grey, but it changed hands again in spring.", "Grey"),
])
def test_apart_inverted_frames_after_a_comma(sentence, name):
    assert who(sentence, sentence) == name


def test_apart_a_passive_participle_after_a_comma_is_no_frame():
    s = "The bridge, said to be the oldest in the county, was closed for repairs."
    assert who(s, s) is None


# 2. "has for years said" after a description -------------------------------------------------------------
def test_for_years_between_has_and_said():
    s = "Dana Pruitt, the county auditor and a fierce foe of the mayor, has for years said budgets across the region are padded."
    assert who(s, s) == "Dana Pruitt"


def test_apart_has_said_without_the_phrase_still_hers():
    s = "Dana Pruitt, the county auditor, has long said that budgets are padded."
    assert who(s, s) == "Dana Pruitt"


# 3. a document's claim with a negative contraction and a reason -----------------------------------------
def test_a_documents_claim_with_a_contraction():
    s = "The lawsuit claimed the pupils didn't get lessons because their school had been swept up in the largest exam fraud scandal in state history."
    assert who(s, s) == "The lawsuit"


def test_apart_a_shorter_claim_was_the_documents_already():
    s = "The complaint claimed the drivers weren't paid because their firm had been swept into a long dispute over the depot's accounts."
    assert who(s, s) == "The complaint"


def test_apart_a_speech_event_with_an_object_stays_the_outlets():
    s = "The mayor noted the rise in rents in a briefing at the town hall on Monday evening before the vote."
    assert who(s, s) is None


# 4. "X, however, believes A -- but she says B" ------------------------------------------------------------
def test_a_belief_then_her_own_but_clause():
    s = "Marla Quist, however, believes this is the start of a movement -- but she says it needs support."
    assert who(s, s) == "Marla Quist"


def test_apart_a_belief_then_others_but_clause():
    s = "Marla Quist wants a recount, but officials say the count was fair."
    assert who(s, s) != "Marla Quist"


# 5. "<People> have described hearing ..." -------------------------------------------------------------------
def test_described_with_a_gerund_is_their_account():
    s = "Neighbours living near the depot have described hearing shouts and a loud crash before dawn."
    assert who(s, s) == "Neighbours living near the depot"


@pytest.mark.parametrize("sentence,name", [
    ("The mayor described the meeting as tense.", "The mayor"),
    ("She recalled nothing of the crash at the depot on the night of the storm.", "She"),
])
def test_apart_described_and_recalled_without_a_gerund(sentence, name):
    assert who(sentence, sentence) == name


# 6. "It was also revealed ..." --------------------------------------------------------------------------------
def test_it_was_revealed_is_an_unnamed_report():
    [(src, cert, _)] = _claims("It was also revealed the two clerks had sold keys to a rival trader in Lisbon.")
    assert (src, cert) == ("unnamed sources", "unconfirmed")


@pytest.mark.parametrize("sentence,name", [
    ("The donor was revealed as a retired teacher.", None),  # a person revealed, no dummy "it"
    ("Police said it was revealed in court that the clerk had lied.", "Police"),
])
def test_apart_revealed_without_the_dummy_it_or_with_a_speaker(sentence, name):
    assert who(sentence, sentence) == name


# 7. a quoted title in the description after an inverted frame ---------------------------------------------
def test_a_title_after_the_speakers_description():
    [(src, cert, _)] = _claims('"It is pointless," said Okafor, who last year published a memoir on the harbour dispute called "Tides."')
    assert (src, cert) == ("Okafor", "reported")


def test_apart_the_same_without_a_title():
    [(src, _, _)] = _claims('"It is pointless," said Okafor, who last year published a memoir on the harbour dispute.')
    assert src == "Okafor"


# 8. certainty ------------------------------------------------------------------------------------------------
def test_no_matter_who_is_no_negation():
    [(src, cert, _)] = _claims("Mr Brandt said he expects record turnout among farmers next year no matter who the candidate turns out to be.")
    assert (src, cert) == ("Mr Brandt", "reported")


def test_apart_a_modal_before_no_matter_stays():
    [(_, cert, _)] = _claims("The team may win the cup no matter who plays in goal.")
    assert cert == "speculative"


@pytest.mark.parametrize("text", [
    "It soon began running a phone service on which parents could leave messages for the staff.",
    "The council signed a contract in March under which the firm will repair the roads.",
])
def test_a_modal_in_a_preposition_which_relative_is_the_relatives(text):
    [(src, cert, _)] = _claims(text)
    assert (src, cert) == ("article", "stated")


def test_apart_the_main_clauses_modal_stays():
    [(_, cert, _)] = _claims("The firm could sign a contract under which it repairs the roads.")
    assert cert == "speculative"


# 9. text -------------------------------------------------------------------------------------------------------
def test_no_appositive_claim_from_a_month_opener_after_but():
    text = "But in March, a county judge ruled that the confession was lawful, making it admissible at trial."
    texts = [t for _, _, t in _claims(text)]
    assert not any(t.startswith("March is") for t in texts), texts


def test_a_relative_clause_after_a_place_is_the_nouns():
    text = ("She was one of the loudest backers of the new zoning law in Ohio, which came under fire last month "
            "for what critics called a gift to developers.")
    texts = [t for _, _, t in _claims(text)]
    assert not any(t.startswith("Ohio came under fire") for t in texts), texts


@pytest.mark.parametrize("text,gone", [
    ("But how are such frauds planned? Tom Reld, a former head of the fraud squad at the city police for 20 years, "
     "explains. In the city most frauds are run by small gangs.", "explains."),
    ("The council referred calls for comment to a short statement, which reads in part: . The council regrets the "
     "delay and will review the contract.", "reads in part"),
])
def test_bare_intros_are_no_claims(text, gone):
    texts = [t for _, _, t in _claims(text)]
    assert not any(gone in t for t in texts), texts


def test_apart_an_explainer_intro_still_gives_the_next_sentence_to_him():
    text = ("But how are such frauds planned? Tom Reld, a former head of the fraud squad at the city police for 20 years, "
            "explains. In the city most frauds are run by small gangs.")
    assert ("Tom Reld", "In the city most frauds are run by small gangs.") in [(s, t) for s, _, t in _claims(text)]


# 10. certainty: an undergone "subject to", a noun "work" before "to" ------------------------------------------
def test_has_been_subject_to_threats_is_undergone():
    [(_, cert, _)] = _claims("Grace Holt has been subject to abuse over her reporting.")
    assert cert == "stated"


def test_apart_a_condition_after_is_stays_speculative():
    [(_, cert, _)] = _claims("The sale is subject to regulatory approval.")
    assert cert == "speculative"


def test_arrived_at_work_to_find_is_no_effort():
    [(_, cert, _)] = _claims("The staff of a shop in Vale Road turned up at work to find the safe had been emptied overnight.")
    assert cert == "stated"


@pytest.mark.parametrize("text", ["Crews are working to restore power.", "The crews began to work to restore power."])
def test_apart_an_effort_stays_speculative(text):
    [(_, cert, _)] = _claims(text)
    assert cert == "speculative"


# 11. fields: a date's year after a comma in a relative clause's claim; a demonym before "city of" --------------
def test_a_relative_clause_claim_keeps_the_year_of_its_date():
    text = "The group now holds hostages such as a 70-year-old engineer, Tom Ade, who was seized from his office in the port city of Brava on June 4, 2012."
    bg = [c for c in code(text).claims if c.kind == "background"]
    assert bg and bg[0].text.endswith("on June 4, 2012.") and bg[0].when == "2012-06-04"


def test_a_demonym_before_city_of_is_no_part_of_the_place():
    text = "On Monday, in the northern Ruritanian city of Velmora, a local commander was shot dead in a raid, said Tom Ade, a police chief."
    [c] = code(text).claims
    assert c.where == "Velmora"


@pytest.mark.parametrize("text,place", [
    ("Troops moved into the coastal province of Valdoria on Friday.", "Valdoria"),
    ("Fighting went on in northern Kelso.", "Kelso"),
])
def test_apart_places_after_an_adjective_stay(text, place):
    [c] = code(text).claims
    assert c.where == place


# 12. "was seen by <people> as" ----------------------------------------------------------------------------------
def test_seen_by_people_as_is_their_judgement():
    s = ("The creation of the firm's new branch was seen by some industry analysts as a move to draw attention "
         "from its rival, which is locked in a public row with it.")
    assert who(s, s) == "some industry analysts"


@pytest.mark.parametrize("sentence", [
    "The car was seen by police near the bridge.",  # a sighting, no "as"
    "The plan is seen as a giveaway.",  # no agent (a passive judgement; attr21 measured and dropped)
])
def test_apart_seen_without_an_agent_and_as(sentence):
    assert who(sentence, sentence) is None


# 13. "The deaths of <A> and <B> underline ...": an event noun before names is no speaker --------------------------
def test_deaths_of_named_people_are_no_speaker():
    s = "The deaths of Ade and Roe underline how few senior officers remain in the unit."
    assert who(s, s) is None


@pytest.mark.parametrize("sentence,name", [
    ("The head of the agency noted the rise in cases.", "The head of the agency"),
    ("The report of the commission noted the rise in cases.", "the commission"),
])
def test_apart_a_role_or_a_document_before_of_still_speaks(sentence, name):
    assert who(sentence, sentence) == name


def test_apart_a_modal_passive_judgement_stays_the_outlets():
    s = "What the mayor calls 'prudent' could be viewed by rivals as timid."
    assert who(s, s) is None


# 14. the model's summary: a leading "When" dropped makes a comma splice of two facts --------------------------------
_ART = ("When Tam Odell vanished from a park in Brava at age 9, hardly anyone in the region could avoid seeing his "
        "picture on posters. The search went on for years.")


def test_a_dropped_leading_subordinator_is_caught():
    from summarizer.summary_hedges import dropped_subordinator
    s = "Tam Odell vanished from a park in Brava at age 9, hardly anyone in the region could avoid seeing his picture."
    assert dropped_subordinator(_ART, s) == "when"


@pytest.mark.parametrize("sentence", [
    "When Tam Odell vanished from a park in Brava at age 9, hardly anyone could avoid seeing his picture.",  # kept
    "Tam Odell vanished from a park in Brava at age 9.",  # no second clause joined to it
    "The search for the boy went on for years, his family said.",  # no subordinator dropped
])
def test_apart_summary_sentences_that_keep_or_need_no_subordinator(sentence):
    from summarizer.summary_hedges import dropped_subordinator
    assert dropped_subordinator(_ART, sentence) is None


# 15. certainty: "could help but", a charge's gerund of planning ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "When Tam Odell vanished at age 9, hardly anyone in the region could help but see his picture on posters.",
    "He could not help but laugh at the joke.",
])
def test_could_help_but_asserts(text):
    [(_, cert, _)] = _claims(text)
    assert cert == "stated"


def test_charged_with_planning_to_states_the_charge():
    [(_, cert, _)] = _claims("Another man, Tam Odell, 19, was charged with planning to rob a bank.")
    assert cert == "stated"


@pytest.mark.parametrize("text,cert", [
    ("He was accused of plotting to rob a bank.", "unconfirmed"),  # an allegation stays one
    ("He is planning to rob a bank.", "speculative"),  # his plan, no charge
    ("Officials may reopen the parks where rules were broken.", "speculative"),
])
def test_apart_plans_and_allegations_stay(text, cert):
    [(_, c, _)] = _claims(text)
    assert c == cert


# Left (strict xfails) -----------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="read33 left: a subject holding a relative clause ('<People> living next to the flats that "
                                       "were searched in the small hours ... have described waking to ...') is not read back to its head "
                                       "noun, so no frame forms and the account is the outlet's")
def test_left_a_long_subject_with_a_relative_clause_before_described():
    s = ("Residents living next to the flats that were searched in the small hours of the night have described waking "
         "to breaking glass, shouting and bangs like fireworks before seeing torches.")
    assert who(s, s) == "Residents living next to the flats that were searched in the small hours of the night"


@pytest.mark.xfail(strict=True, reason="read33 left: 'banned for accusing A and demanding that B' is split into a second "
                                       "claim '<The club> demanding that B.', a text that is no sentence")
def test_left_a_second_gerund_after_a_preposition_is_no_claim():
    text = "The club was the only one expelled from the league for accusing its owners of fraud and demanding that they face trial."
    assert not any(" demanding that" in t and not t.startswith("The club was") for _, _, t in _claims(text))


@pytest.mark.xfail(strict=True, reason="read33 left: 'from <Name> to <Name> to <Name>' (a range of people) gives the first "
                                       "person as the claim's `where`")
def test_left_a_range_of_people_is_no_place():
    [c] = code("Other likely candidates -- from Jane Roe to Tom Ade to Sam Pike -- have made serious efforts to win over farmers.").claims
    assert c.where is None
