"""Session 29, read32: shapes found reading the bundled tool's output on eight more CNN / Daily Mail documents no
session had read (a teacher before a conduct panel, a stolen bird, an animal-cruelty case, a talk show guest, an air
war and an aid appeal, research on a wartime death, a young athlete's death, a family dispute), claim by claim
against their articles. Invented sentences (names, places and topics changed), each with what an analyst reads in
it; see evals/RESULTS.md "Session 29: read32".

1. '<People> of <estate> in <city>, <state>, say that ...': the comma of the state stopped the subject reader; the
   people's account was the outlet's `stated` fact.
2. 'In <mitigation>, the court heard that ...': a short prepositional opener hid the hearing's frame.
3. 'The suspect is described as ...': a description with no describer was the outlet's fact.
4. '<People>, who ..., are also worried about ...': "also" between "are" and the state adjective hid the belief.
5. '<X> was called and ... <Y> was seized by police on <advice> and placed in <care>.': the agent of another passive
   verb was read as the speaker of "was called" (and the source swallowed the rest of the clause).
6. 'A teammate read a quote from <Name>: "..."': the quoted lines went to whoever spoke before; the bare intro
   ("...from <Name>: .") was a claim that says nothing.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claims(text: str):
    return [(c.attributed_to, c.certainty, c.text) for c in code(text).claims]


# 1. people in a city and its state ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Members of Elm Park Estates in Boulder, Colorado, say that they saw a woman lift a goat before driving off.",
     "Members of Elm Park Estates in Boulder"),
    ("Parents at Linden Primary in Akron, Ohio, say the buses came late all winter.", "Parents at Linden Primary in Akron"),
])
def test_people_in_a_city_and_state_speak(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    "Farmers sold a tractor in Boulder, Colorado, saying that the price was fair.",  # a participle, no frame of the farmers
    "Storms in Boulder, Colorado, knocked down power lines.",  # no people, no cue
])
def test_apart_city_and_state_without_people_speaking(sentence):
    assert who(sentence, sentence) is None


# 2. a short opener before "the court heard" ---------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("In reply, the court heard that Barlow was tired at the time and regretted his acts.", "the court"),
    ("In his defence, the jury heard that Barlow was tired at the time.", "the jury"),
    ("On Tuesday, the inquest was told that the lorry had no working brakes.", "the inquest"),
])
def test_an_opener_before_a_hearing_frame(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    "Sadly, the court heard that Barlow was tired at the time.",  # an adverb opener: not read as a preposition's
    "Afterwards, residents heard two loud bangs near the depot.",  # perception, no hearing
])
def test_apart_openers_that_stay(sentence):
    assert who(sentence, sentence) is None


# 3. "is described as" ------------------------------------------------------------------------------------
def test_a_description_with_no_describer_is_not_the_outlets_fact():
    text = ("Police are searching for a man who took a goat from a farm near Elmford on Sunday. "
            "The intruder was described as short and bearded, in a green jacket and boots.")
    src, cert, _ = next(c for c in _claims(text) if c[2].startswith("The intruder"))
    assert src == "unnamed sources" and cert == "unconfirmed"


def test_apart_a_described_by_agent_keeps_the_agent():
    s = "The plan was described as a giveaway by several economists at the university."
    assert who(s, s) == "several economists at the university"


# 4. "are also worried about" -----------------------------------------------------------------------------
def test_also_between_be_and_a_state_of_mind():
    s = "Farmers, who have told the council about the flood, are also worried about the herd's health if the river is not dredged."
    assert who(s, s) == "Farmers"


def test_apart_a_thing_worried_by_a_storm():
    s = "The bridge was also worried by the storm."
    assert who(s, s) is None


# 5. a passive agent of another verb -----------------------------------------------------------------------
def test_the_agent_of_another_passive_is_no_speaker():
    s = ("The council was called and after reading the report, the horse was taken by officers on expert advice "
         "and placed in a shelter.")
    assert who(s, s) is None


def test_apart_a_passive_of_speech_keeps_its_agent():
    s = "The plan was called a giveaway by critics."
    assert who(s, s) == "critics"


# 6. words read out for someone else ----------------------------------------------------------------------
def test_a_quote_read_for_someone_is_theirs_and_the_bare_intro_is_no_claim():
    text = ('Coach Ann Boyd spoke at the dinner on Friday. "We will miss him," she said. '
            'A teammate read a quote from Rivera: . "I am grateful for every day on the field." '
            '"Nothing stops me from chasing my goals." Rivera died on Monday.')
    claims = _claims(text)
    assert not any(t.startswith("A teammate read") for _, _, t in claims)
    quoted = [src for src, _, t in claims if t.startswith(('"I am grateful', '"Nothing stops'))]
    assert quoted == ["Rivera", "Rivera"]


def test_a_statement_read_from_a_body_in_the_same_sentence():
    text = 'The fire ended at noon on Friday. She read a statement from the club: "We are shocked by the loss."'
    src = next(c[0] for c in _claims(text) if c[2].startswith("She read"))
    assert src == "the club"


def test_apart_a_statement_of_ones_own_keeps_its_speaker():
    text = 'The fire ended at noon on Friday. Ann Boyd issued a statement: "We are shocked by the loss."'
    src = next(c[0] for c in _claims(text) if c[2].startswith("Ann Boyd"))
    assert src == "Ann Boyd"


# 7. a caption's quoted word glued to the next sentence's "The <noun> said" -----------------------------------
def test_a_caption_ending_in_a_quoted_word_is_cut_from_the_next_sentence():
    text = ("A cafe owner was fined on Monday. Seen on film: Barlow was caught after the man next door heard the small "
            "terrier called Pip 'howling' The lodger said the noise was like a child crying, as if the dog was hurt.")
    claims = _claims(text)
    woman = [c for c in claims if c[2].startswith("The lodger said")]
    assert woman and woman[0][0] != "article"
    assert not any("'howling' The lodger" in t for _, _, t in claims)


def test_apart_a_quoted_title_inside_a_sentence_stays_whole():
    text = "A cafe owner was fined on Monday. She sang 'Blue Moon' and the crowd cheered for a long time."
    assert any(t.startswith("She sang 'Blue Moon' and the crowd") for _, _, t in _claims(text))


# 8. certainty: a list after "with no", an estimate with no estimator ---------------------------------------
def test_a_list_after_with_no_negates_no_event():
    text = "The storm hit the coast of Marlow on Friday. The pupils slept in a hall with no heating, little food and no showers."
    assert next(c[1] for c in _claims(text) if c[2].startswith("The pupils")) == "stated"


def test_apart_a_plain_no_still_negates():
    text = "The storm hit the coast of Marlow on Friday. The pupils had no food and no water."
    assert next(c[1] for c in _claims(text) if c[2].startswith("The pupils")) == "negated"


def test_an_estimate_with_no_estimator_is_unconfirmed():
    text = "The storm hit the coast of Marlow on Friday. Since the storm began a week ago, some 300 people are estimated to have died."
    assert next(c[1] for c in _claims(text) if c[2].startswith("Since the storm")) == "unconfirmed"


# 9. a mood before a name, a purpose with a name ------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Speaking after the show, a tearful Ann said: 'I have lost three pets this year.'", "Ann"),
    ("A defiant Mr Price said the shop would stay open.", "Mr Price"),
])
def test_a_mood_before_a_name_is_no_part_of_it(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence,name", [
    ("A Texas official said the road was shut.", "A Texas official"),
    ("A former Obama aide said the road was shut.", "A former Obama aide"),
])
def test_apart_a_description_with_a_name_in_it_stays(sentence, name):
    assert who(sentence, sentence) == name


def test_a_purpose_with_a_name_holds_its_own_modal():
    text = ("The storm hit the coast of Marlow on Friday. In May, the club received permission from the league to move "
            "its first game so Rivera could play.")
    assert next(c[1] for c in _claims(text) if c[2].startswith("In May")) == "stated"


def test_apart_a_result_so_with_a_common_noun_keeps_its_negation():
    text = "The storm hit the coast of Marlow on Friday. The flight was late, so the crew could not rest."
    assert next(c[1] for c in _claims(text) if c[2].startswith("The flight")) == "negated"


# 10. a modal inside a contact relative clause of a copula's subject ----------------------------------------
@pytest.mark.parametrize("sentence,certainty", [
    ("The coach said the hardest thing a coach has to face is a defeat.", "reported"),
    ("The hardest thing he has to face is a defeat.", "stated"),
])
def test_a_modal_in_a_contact_relative_is_the_relatives(sentence, certainty):
    text = "The storm hit the coast of Marlow on Friday. " + sentence
    assert next(c[1] for c in _claims(text) if c[2] == sentence) == certainty


def test_apart_a_modal_of_the_main_clause_stays():
    text = "The storm hit the coast of Marlow on Friday. The coach said the team has to face a defeat."
    assert next(c[1] for c in _claims(text) if c[2].startswith("The coach")) == "speculative"


# 11. "it's unlikely", a plan inside an "after" clause ---------------------------------------------------------
def test_its_unlikely_is_a_hedge_not_a_possessive():
    text = "The storm hit the coast of Marlow on Friday. The divers judged that it's unlikely the boat sank before noon."
    assert next(c[1] for c in _claims(text) if c[2].startswith("The divers")) == "speculative"


def test_apart_a_possessive_before_unlikely_hedges_a_noun():
    text = "The storm hit the coast of Marlow on Friday. Ann's unlikely journey to the final ended in a loss."
    assert next(c[1] for c in _claims(text) if c[2].startswith("Ann's")) == "stated"


# read32 dropped a broad rule for this ('after' as a subordinator whose clause's modal or plan is not the main clause's:
# it moved PolNeAR half B's attributed claims shown stated 93 -> 94); session 40's narrower closing time clause
# (main_clause._TIME_CLAUSE, which now also takes a name or "the <noun>" and a past verb) reads it right and leaves
# half B's `stated` at 84.
def test_a_threat_inside_an_after_clause_is_not_the_main_clauses():
    text = ("The storm hit the coast of Marlow on Friday. "
            "Aunt Jo took charge of the boys after the council threatened to take them away.")
    assert next(c[1] for c in _claims(text) if c[2].startswith("Aunt Jo")) == "stated"


def test_apart_a_main_clause_plan_before_after_stays():
    text = "The storm hit the coast of Marlow on Friday. The plant will reopen after repairs are made."
    assert next(c[1] for c in _claims(text) if c[2].startswith("The plant")) == "speculative"


# 12. a place word before a person noun is no body that speaks -----------------------------------------------
def test_a_place_before_a_person_noun_is_not_the_organization():
    text = ('Rivera, who took her fight against a rare illness onto the pitch, has died at 20. The Elmshire woman\'s story '
            'became known last year when she played her first game. Rivera went on to raise $2 million for research with '
            'the charity group The Road Is Long. The organization called her a "true hero." "Rivera touched many lives '
            'with her courage," the group said on Facebook.')
    src = next(c[0] for c in _claims(text) if c[2].startswith('"Rivera touched'))
    assert src != "Elmshire" and src != "article"


@pytest.mark.xfail(strict=True, reason="read32 left: an organisation's name after 'the charity group' that reads as a "
                   "clause ('The Road Is Long') is no mention, so 'The organization called her ...' stays the outlet's")
def test_left_the_organization_is_the_named_charity():
    text = ('Rivera went on to raise $2 million for research with the charity group The Road Is Long. '
            'The organization called her a "true hero."')
    assert next(c[0] for c in _claims(text) if c[2].startswith("The organization")) == "The Road Is Long"


# Left (strict xfails) ---------------------------------------------------------------------------------------
def test_left_although_says_then_admits_to():
    # read32 left it; fixed in session 30 (shapes33's concessive_frames: the main clause after a leading
    # "Although <X> says <A>," is read on its own)
    s = "Although Priya says she did not take the laptop, she admits to taking cash from her brother in the past."
    assert who(s, s) is not None


@pytest.mark.xfail(strict=True, reason="read32 left: a short sentence that goes on with the speaker's indirect speech "
                   "after '<X> had lost more than <Y>, he said.' has no frame of its own and is the outlet's")
def test_left_indirect_speech_going_on_after_he_said():
    text = ("At a service on Sunday, coach Tom Vell spoke about the loss. The town had lost more than a runner, he said. "
            "It lost a neighbour and a son.")
    assert next(c[0] for c in _claims(text) if c[2].startswith("It lost")) != "article"


# read32 left this (the pairing of the open mark decided); read34 fixed it: a caption closed by a spaced stop
# inside a quotation the page left open is the page's.
def test_left_a_labelled_caption_inside_an_open_quotation():
    text = ("Ann Lee spoke after the hearing on Monday. 'From the age of 14, he went wrong,' says Ann. 'He was drinking "
            "wine and skipping school. Upset: Ann reacts after hearing the verdict in the case - which found he did lie . "
            "'With the boys, he was happy at first but then left them with me.'")
    assert next(c[0] for c in _claims(text) if "Upset" in c[2]) == "article"


# 13. a date the counted lapse starts from is not the claim's -------------------------------------------------
def test_the_date_a_lapse_counts_from_is_not_the_claims_when():
    from summarizer.dates import find_phrase
    assert find_phrase("Just two weeks after his arrest on June 12, 1951, the prison where he had been held was closed.") is None
    assert find_phrase("Three days after the vote on Monday, the mayor resigned.") is None


def test_apart_a_date_of_the_claim_before_the_lapse_stays():
    from summarizer.dates import find_phrase
    assert find_phrase("The fort was freed on April 15, 1945, two weeks after her death.") == "on April 15, 1945"
