"""Session 32, genre39: who says what, and how firmly, on genres of news the rules never met (earnings,
studies, weather, courts, press releases, sport, opinion and Q&A). Invented articles (every name, place,
company and number made up), each with what an analyst reads in it; see evals/RESULTS.md "Session 32:
genre39".

1. An opinion page's Q&A names the person asked only in the question ("Q: Councillor <Name>, why ...?"):
   the "A:" answers are that person's (they were the source "A" and gave no claim), and the label "A: " is
   no part of a claim's text.
2. "<Allegation>, a jury at <Name> Crown Court was told on Monday." was the outlet's `stated`: the
   hearing's frame after its content, with a venue after the hearing's noun and a day after the cue.
3. A press release's dateline with a year ("<CITY>, <St.>, <Month> <d>, <yyyy> -- ") was kept at the head of
   the claim.
4. "<Company>, Inc., a provider of ..., said ..." / "<Name>, Jr., a lawyer, said ...": the comma before the
   name's suffix cut the source off.
5. "Residents were told to move to higher ground." was `speculative`: "moved to higher" read as an effort
   verb and its infinitive; a comparative after "to" is no verb.
6. "87 cents a share" had the number with no unit: a currency's hundredth is kept as written.
7. "I believe the council's plan to build <x> is a mistake." was `speculative`: a plan noun heading the
   subject of "is/was <judgement>" plans nothing itself.
8. "<CITY>, <St.>, <date> -- <Company>, Inc., a leading provider of ..., today announced <x>" was the
   outlet's: the dateline stood in front of the name and the suffix's full stop broke it.
9. "About <n> people live with <illness>, a figure expected to double by <year>, according to <X>" was
   `speculative`: the forecast is the apposition's, the count is now.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. Q&A answers ----------------------------------------------------------------------------------------------
_COLUMN = ("Opinion: The city must stop paving over its parks\n\n"
           "I believe the council's plan to build a car park on Linden Green is a mistake.\n\n"
           "Every summer, hundreds of families use the green for picnics and football.\n\n"
           "Q: Councillor Ames, why build on the green?\n"
           "A: The high street is dying. We lost 14 shops last year, and traders tell us parking is the main problem.\n\n"
           "Q: What about the survey?\n"
           "A: I respect the residents' views, but a survey is not a referendum.\n\n"
           "Q: Will the council change its mind?\n"
           "A: We will listen, but I think the car park will go ahead in the spring.\n")


@pytest.mark.parametrize("sentence", ["The high street is dying.", "We lost 14 shops last year",
                                      "I respect the residents' views", "We will listen, but I think"])
def test_answers_are_the_addressed_persons(sentence):
    assert who(_COLUMN, sentence) == "Councillor Ames"


def test_answers_give_claims_without_their_label():
    s = code(_COLUMN)
    answers = [c for c in s.claims if c.attributed_to == "Councillor Ames"]
    assert len(answers) >= 4
    assert not any(c.text.startswith("A:") for c in s.claims)
    assert _claim(s, "We lost 14 shops").when == "last year"


def test_the_writers_own_belief_stays_the_writers():
    assert who(_COLUMN, "I believe the council's plan") == "the writer"


_PROFILE = ("Nadia Farouk founded the Voltway battery works in Harlen. She spoke to our reporter on Friday.\n\n"
            "Q: Why batteries?\n"
            "A: Because the town needed jobs that would last.\n")


def test_interviewee_named_before_the_questions_still_answers():
    # (apart: no question addresses anyone; the person the introduction presents answers, as before)
    assert who(_PROFILE, "Because the town needed jobs") == "Nadia Farouk"


def test_a_vocative_names_the_full_name_the_article_gives():
    text = _PROFILE.replace("Q: Why batteries?", "Q: Ms Farouk, why batteries?")
    assert who(text, "Because the town needed jobs") == "Nadia Farouk"


def test_answer_label_only_in_an_interview():
    from summarizer.attribution.labels import answer_label_end
    text = "A: Because the town needed jobs."
    assert answer_label_end(text, 0, len(text)) is None  # (no "Q:" paragraph: no interview)
    qa = "Q: Why?\n" + text
    assert qa[answer_label_end(qa, 8, len(qa)):].startswith("Because")
    assert answer_label_end(qa, 0, 7) is None  # (the question is no answer)


# 2. a hearing's tail with its venue and day -------------------------------------------------------------------
_TRIAL = ("A former councillor stole more than £1.4 million from a housing charity over six years, "
          "a jury at Harrowgate Crown Court was told on Monday. Prosecutors allege that Gerald Fenwick, 58, "
          "used the money to buy two holiday homes and a racehorse.")


def test_jury_at_a_court_told_on_a_day_is_the_hearings():
    assert who(_TRIAL, "A former councillor stole") == "a jury at Harrowgate Crown Court"
    c = _claim(code(_TRIAL), "A former councillor stole")
    assert c.attributed_to != "article" and c.certainty == "reported"


@pytest.mark.parametrize("text", [
    "The bridge will close for repairs, the court was told yesterday.",
    "The landlord ignored six warnings, the inquest in Ostry was told.",
])
def test_other_hearing_tails(text):
    assert who(text, text) is not None


@pytest.mark.parametrize("text", [
    # apart: a hearer who is no hearing, and a venue without a hearing's noun
    "The school will reopen next week, parents at Elm Road Primary were told on Monday.",
    "The road will stay shut, drivers were told on Monday.",
])
def test_hearing_tail_apart(text):
    assert who(text, text) is None


# 3. a press release's dated dateline ---------------------------------------------------------------------------
_RELEASE = ("SAN MERIDA, Calif., June 3, 2025 -- Orvane Systems, Inc., a leading provider of identity protection "
            "software, today announced a strategic partnership with Telquist Networks to deliver cloud security.\n\n"
            "\"We are thrilled to partner with Telquist,\" said Priya Halloran, CEO of Orvane Systems.\n")


def test_dateline_with_a_year_is_dropped_from_the_claim():
    c = _claim(code(_RELEASE), "Orvane Systems")
    assert not c.text.startswith("SAN MERIDA")


@pytest.mark.parametrize("opening", ["KESTREL, Ont., 12 May 2024 -- ", "DALLOWAY, Oct. 4 -- "])
def test_other_datelines_dropped(opening):
    text = opening + "The Harlen Mill Company said it would hire 300 workers at its new plant.\n"
    assert _claim(code(text), "The Harlen Mill Company").text.startswith("The Harlen")


# 4. a name's suffix after a comma --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, source", [
    ("Acme Systems, Inc., a provider of software, said it had signed a deal.", "Acme Systems Inc."),
    ("John Doe, Jr., a lawyer, said the plan had failed.", "John Doe Jr."),
])
def test_suffix_after_a_comma_keeps_the_name(sentence, source):
    assert who(sentence, sentence) == source


def test_suffix_apart_a_list_of_names():
    # (apart: "Co" as a county's word is no suffix when no comma follows it)
    s = "Pell, Co. Kerry has a new harbour master, the council said."
    assert who(s, s) == "the council"


# 5. "moved to higher ground" ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Residents in Lower Odrin were told to move to higher ground.",
    "The family moved to higher ground as the river rose.",
])
def test_a_move_to_higher_ground_happened(text):
    assert code(text).claims[0].certainty == "stated"


@pytest.mark.parametrize("text", [
    # apart: an effort toward a goal stays a goal; "lower" may be the verb
    "The party pushed to lower taxes on fuel.",
    "The firm moved quickly to block the bid.",
])
def test_effort_apart(text):
    assert code(text).claims[0].certainty == "speculative"


# 6. a currency's hundredth --------------------------------------------------------------------------------------
def test_cents_a_share_keep_their_unit():
    from summarizer.quantity import quantities
    assert [(q["value"], q["unit"]) for q in quantities("Net income was 87 cents a share.")] == [(87.0, "cents")]
    assert [q["unit"] for q in quantities("The stamp now costs 95 pence.")] == ["pence"]


@pytest.mark.parametrize("text, unit", [("Fares rose 12 per cent.", "percent"), ("Prices rose 3 percent.", "percent")])
def test_per_cent_apart(text, unit):
    from summarizer.quantity import quantities
    assert [q["unit"] for q in quantities(text)] == [unit]


# 7. a plan as the subject of a judgement ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, certainty", [
    ("I believe the council's plan to build a car park on Linden Green is a mistake.", "reported"),
    ("The plan to close the pool was unpopular with swimmers.", "stated"),
])
def test_a_judged_plan_is_no_plan(text, certainty):
    assert code(text).claims[0].certainty == certainty


@pytest.mark.parametrize("text", [
    # apart: the plan's future, a plan drawn up, "the plan is to", a plan expected to fail
    "The plan to build a car park will cost $4 million.",
    "The council drew up a plan to build a car park.",
    "Its plan to build a car park is expected to fail.",
])
def test_plan_apart(text):
    assert code(text).claims[0].certainty == "speculative"


# 8. a company's announcement after a dated dateline ----------------------------------------------------------------
def test_release_announcement_is_the_companys():
    c = _claim(code(_RELEASE), "Orvane Systems")
    assert c.attributed_to == "Orvane Systems Inc." and c.certainty == "reported"


@pytest.mark.parametrize("sentence, source", [
    ("Orvane Systems Inc., a maker of software, on Monday announced a deal with Beta Networks.", "Orvane Systems Inc."),
    ("KESTREL, Oct. 4 -- Jane Roe, a lawyer for the family, on Monday said the appeal had been lodged.", "Jane Roe"),
    ("KESTREL, Oct. 4 -- Harlen Mill Co., a maker of flour, on Monday announced it would close.", "Harlen Mill Co."),
])
def test_open_apposition_after_a_suffix_or_dateline(sentence, source):
    assert who(sentence, sentence) == source


@pytest.mark.parametrize("sentence, source", [
    # apart: after a dateline, a sentence with no speaker, and a plain frame
    ("KESTREL, Oct. 4 -- The mill, which opened in 1901, will close in May.", None),
    ("KESTREL, Oct. 4 -- The council said the road would reopen on Friday.", "The council"),
])
def test_dateline_apart(sentence, source):
    assert who(sentence, sentence) == source


# 9. a forecast in an apposition to a count -------------------------------------------------------------------------
@pytest.mark.parametrize("text, certainty", [
    ("About 1.2 million people in Norland live with dementia, a figure expected to double by 2050, "
     "according to the charity Memory First.", "reported"),
    ("Sales reached 40,000 units, a number forecast to rise next year.", "stated"),
])
def test_a_counts_apposition_forecast_is_its_own(text, certainty):
    assert code(text).claims[0].certainty == certainty


@pytest.mark.parametrize("text", [
    # apart: the count itself forecast
    "The number of cases is expected to double by 2050.",
    "A figure is expected to be published next week.",
])
def test_figure_forecast_apart(text):
    assert code(text).claims[0].certainty == "speculative"
