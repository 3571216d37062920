"""Errors found by reading the code path's claims on eight BASIL articles in no gold set (session
6, read7a: foreign news, immigration, a state law, a security story): each test is a sentence
written for the test, of the shape that went wrong, and what the fix must leave alone."""

from __future__ import annotations

from tests.test_reading_outputs import _code, _parts, _who  # the code path, claim parts, a sentence's source

_LEAD = "The council met on Monday.\n\n"  # a first paragraph, so the tested one is no headline


def _claim(text: str, start: str):
    """The claim of the code path whose text opens with `start`."""
    claims = [c for c in _code(text).claims if c.text.startswith(start)]
    assert claims, [c.text for c in _code(text).claims]
    return claims[0]


# --- claim text: lists between semicolons, asides between dashes --------------------------------

def test_items_of_a_semicolon_list_stay_in_their_sentence():
    # "A <noun> against the <gerund> of <group>." (an item of a semicolon list) was a claim of its own
    s = ("Lawmakers say the bill would include new rules on water use; a ban on lawn watering in summer; "
         "expanded fees for large farms; a clampdown against the hiring of seasonal workers; and a fund for pipes.")
    assert _parts(s) == [s]
    # clauses after semicolons still split: a past verb after its subject, a pronoun subject
    assert len(_parts("The mayor said taxes would rise; the council voted against the plan; "
                      "the governor stayed silent on the matter.")) >= 2
    assert len(_parts("The Acme fund rose 1.84%; and the Beta Growth fund edged up 0.66%.")) == 2
    assert len(_parts("She called the radio show when she was sick; and, this past week, she addressed the group.")) == 2
    # one semicolon before a clause with a present verb is no list
    assert len(_parts("The mayor says taxes rise every year; critics disagree with the whole plan.")) == 2


def test_a_list_after_a_semicolon_stays_with_its_speaker():
    s = ("Lawmakers say the bill would include new rules on water use; a ban on lawn watering in summer; "
         "higher fees for large farms; and a fund for leaky pipes.")
    assert _who(s, s) == "Lawmakers"
    # a clause after the semicolon is the outlet's again (GUIDELINES §6)
    s2 = "The mayor said taxes would rise; the council voted against the plan."
    assert _who(s2, "the council voted against the plan.") is None


# --- attribution: who speaks -------------------------------------------------------------------

def test_a_final_frame_with_a_party_description():
    # "..., Senator <First> <I.> <Last>, Democrat of <State>, said <Day>." was the outlet's
    text = _LEAD + "The bridge has been closed for repairs, Senator Jane Doe, Democrat of Ohio, said Tuesday."
    assert _claim(text, "The bridge").attributed_to == "Senator Jane Doe"
    # a one-word role of a place is a description; a name after it is not swallowed
    text2 = _LEAD + "John Smith, Republican of Idaho, said it would be unwise to press ahead."
    assert _claim(text2, "John Smith").attributed_to == "John Smith"


def test_an_inverted_frame_inside_the_sentence():
    # "Her comments, said Josh Earnest, ..., are “...”" was the outlet's
    text = _LEAD + "Her remarks, said John Smith, the council spokesman, are “entirely in line with the law.”"
    assert _claim(text, "Her remarks").attributed_to == "John Smith"
    text2 = _LEAD + "The plan, said Smith, will cost millions."
    assert _claim(text2, "The plan").attributed_to == "Smith"


def test_a_relative_clause_then_an_auxiliary_before_the_cue():
    # "<Name>, who as <office> would be expected to <act>, has said he will ..."
    text = _LEAD + ("Governor Jane Roe, who as head of the board would be expected to attend, "
                    "has said she will be traveling abroad.")
    assert _claim(text, "Governor Jane Roe").attributed_to == "Governor Jane Roe"
    # a negated report is the outlet's account of a silence, not the person's statement
    text2 = _LEAD + "Jane Roe, a party spokeswoman, did not answer my emails."
    assert _claim(text2, "Jane Roe").attributed_to == "article"


def test_a_count_opening_the_subject_and_an_opener_before_the_frame():
    # "And more than a half-dozen <group> also have said they will <act> ..."
    text = _LEAD + "More than a dozen farmers also have said they will stay away from the fair."
    assert _claim(text, "More than a dozen").attributed_to == "More than a dozen farmers"
    # "Heading into the ... <event>, even some of the most <adjective> <group> say <something> ..."
    text2 = _LEAD + "Heading into the meeting, even some of the most loyal members say the plan is weak."
    assert _claim(text2, "Heading into").attributed_to != "article"
    # a comparison is still no subject
    text3 = _LEAD + "The plan won more than a dozen votes, officials said."
    assert _claim(text3, "The plan").attributed_to == "officials"


def test_a_participle_of_finding_before_a_place_is_no_cue():
    # "The <things> found on <X>'s <device> are a <problem> for <Y>." went to "The <things>"
    text = _LEAD + "The emails found on the laptop are a problem for the mayor."
    assert _claim(text, "The emails").attributed_to == "article"
    text2 = _LEAD + "The study found that taxes rose."
    assert _claim(text2, "The study").attributed_to == "The study"


def test_a_time_phrase_is_no_part_of_the_speaker():
    # "Comey at the time said ..." named "Comey at the time"
    text = _LEAD + "Smith at the time said the plan was careless."
    assert _claim(text, "Smith").attributed_to == "Smith"
    text2 = _LEAD + "Officials at the agency said the plan was careless."
    assert _claim(text2, "Officials").attributed_to == "Officials at the agency"


def test_the_title_resolves_to_the_one_named_with_it_further_back():
    # "The president has said he will not <act> <Mr. X>" went to the prime minister named last
    text = ("Jane Roe, President Smith’s top adviser, criticized Prime Minister John Doe of Freedonia on Tuesday.\n\n"
            "Mr. Doe’s visit was arranged by the speaker.\n\nThe ambassador met Mr. Doe on Monday.\n\n"
            "Mr. Doe accepted the invitation last week.\n\nMr. Doe will also visit the capital.\n\n"
            "The president has said he will not see Mr. Doe during his visit.")
    assert _who(text, "The president has said he will not see Mr. Doe during his visit.") == "President Smith"
    # a lesser title is not the title
    text2 = ("Vice President John Roe spoke on Monday.\n\nThe council met.\n\nThe mayor left.\n\n"
             "The budget passed.\n\nThe vote was close.\n\nThe president said the budget was fine.")
    assert _who(text2, "The president said the budget was fine.") != "Vice President John Roe"


def test_a_quoted_title_of_a_program_after_a_final_frame():
    # '... has “<verb> ...,” Ms. <X> said in an interview on the <network> television program “<Show>.”'
    text = _LEAD + ("Mr. Doe’s decision to travel has “hurt the ties, I think it’s bad,” Ms. Roe said in an "
                    "interview on the radio program “Morning Show.”")
    assert _who(text, "Mr. Doe’s decision to travel has “hurt the ties, I think it’s bad,” Ms. Roe said in an "
                      "interview on the radio program “Morning Show.”") == "Ms. Roe"


# --- where: a place, not a source, a publication or a particle --------------------------------

def test_where_is_no_source_publication_or_particle():
    from summarizer.places import place_of
    # "pressure from Walmart", "an article in The Daily Caller", "bring in Netanyahu" were places
    assert place_of("The governor also faced pressure from Acme Stores, which is based in the state.") is None
    assert place_of("The post followed an article in The Daily Planet, a weekly publication.") is None
    assert place_of("The speaker says he wanted to bring in Jane Doe to address the council.") is None
    # "the U.S" lost its last stop
    assert place_of("He said he would let the workers stay in the U.S., but not vote.") == "the U.S."
    # places stay places
    assert place_of("He toured a military base in southern Freedonia on Monday.") == "Freedonia"
    assert place_of("The storm hit homes in Cook County on Monday.") == "Cook County"


# --- quantities: a count of a partitive ----------------------------------------------------------

def test_a_count_before_of_and_a_determiner_counts_the_noun_after():
    from summarizer.quantity import quantities
    # "about 3,000 of Ms. Abedin's work-related emails", "all three billion of its accounts" had no row
    assert quantities("On Friday, the agency released about 3,000 of Jane Doe’s work-related emails.") == \
        [{"value": 3000.0, "unit": None, "counted": "work-related emails"}]
    assert quantities("At least five of the files were stamped secret.") == \
        [{"value": 5.0, "unit": None, "counted": "files"}]
    # a noun phrase cut short by a modifier or a model number is no count of it
    # (since session 46, real55: the participle "wide-bodied" keeps the noun phrase whole, so the count is read right)
    assert quantities("It won a deal for up to 45 of its new wide-bodied Z450 jets.") == \
        [{"value": 45.0, "unit": None, "counted": "new wide-bodied Z450 jets"}]
    # a second count after "of" counts the noun ("five of the 12 jurors": 12 jurors), and so does the share
    # before it (5 jurors: session 15, "160 of the 300 seats" had lost its 160), a pronoun nothing
    assert quantities("Five of the 12 jurors voted no.") == [{"value": 5.0, "unit": None, "counted": "jurors"},
                                                              {"value": 12.0, "unit": None, "counted": "jurors"}]
    assert quantities("Two of them were hurt.") == []


def test_a_spelled_fraction_without_a_hyphen_is_no_count():
    from summarizer.quantity import quantities
    # "Obama obtained three quarters of Latino votes" gave the row "quarters" 3
    assert quantities("The mayor won three quarters of the votes cast in 2012.") == []
    # a count of quarters, or of halves with no "of", stays a count
    assert quantities("Profits rose in 3 quarters of the year.") == [{"value": 3.0, "unit": None, "counted": "quarters"}]
    assert quantities("The team lost two halves.") == [{"value": 2.0, "unit": None, "counted": "halves"}]
    assert quantities("Analysts expect the trend to last through the first two quarters of 1990.") == \
        [{"value": 2.0, "unit": None, "counted": "quarters"}]
