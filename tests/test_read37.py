"""Session 31, read37: shapes found reading the bundled tool's output on eight more news texts no session had
read (BBC texts: a minister on sanctions, a regulator's inquiry into a hospital, a minister's letter on job roles, a
council chief leaving after an election error, a child labour law, a border arrest, a barracks closure, a hostage
released), claim by claim against their articles. Invented sentences (names, places and topics changed), each with
what an analyst reads in it; see evals/RESULTS.md "Session 31: read37".

1. "<Title> <Name>, <Title> for <Place>, said ... . But she warned ..." gave "she" to the role phrase in apposition
   ("<Title> for <Place>"), not to the person it describes.
2. "<Body> says it is <studying> <x> to decide whether <y>" was `speculative`: the question is the purpose's, the
   study goes on (as "tests were run to determine if ..." already was, after a past form). Left (strict xfail):
   factuality fell.
3. "<Event> happens, raising serious questions whether <y>" was `speculative`: the question is the participle's.
4. "<Source> report that <crews> stopped an attempt to <do x>" was `speculative`: "attempt" after a determiner is a
   noun, the interrupting happened. Left (strict xfail): factuality fell.
5. A quotation going on, '"This may mean <x> ..."', was `reported`: "this" opening it is the subject, not the
   determiner of a month "May" or a noun "will", so its "may" hedges it.
6. "... after <Title> <Name>'s <Capitalised Thing>. The <title> announced that ..." went to "<Title> <Name>'s
   <Thing>" (the possessive and the thing kept in the name): the titled person is meant.
7. "<Place> Barracks, <County> - whose <sale> was first announced in <year1> - will now close in <year2>" had `when`
   <year1>, the aside's (a dash-enclosed "whose" clause, as "which"/"who" already were).
8. "<Body> has pledged to <A> while keeping "<quoted>" and said it aimed to <B>" was the outlet's: the
   pledge's content was cut at "while" + a gerund, an adjunct with no subject of its own.
9. "<Body>'s audit will conclude before <month> ..." went to "<Body>'s audit" as a finding: "conclude" with
   a time after it is finishing, no cue.
"""

from __future__ import annotations

import pytest

from tests.reading import code


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. a role phrase in apposition is no antecedent ---------------------------------------------------------------
_FERRY = ("Harbour officials met on Friday to discuss the ferry timetable. "
          'Housing Minister Lena Kowal, MP for Dunmore, said the plan was "a sensible first step". '
          'But she warned delays would hurt traders who already face "deep worry" over rents.')


def test_she_after_a_name_with_a_role_of_place_is_the_named_person():
    assert _claim(code(_FERRY), "She warned delays").attributed_to == "Housing Minister Lena Kowal"


def test_apart_the_named_person_speaks_first():
    assert _claim(code(_FERRY), "Housing Minister Lena Kowal").attributed_to == "Housing Minister Lena Kowal"


_ORGAN = ("The Mayor of Tarnby, Olek Dunn, opened the new market hall on Saturday. "
          'He said the hall was "a gift to every stallholder".')


def test_apart_a_role_of_place_before_the_name_still_leads_to_him():
    assert _claim(code(_ORGAN), "He said the hall").attributed_to in ("Olek Dunn", "The Mayor of Tarnby, Olek Dunn",
                                                                      "The Mayor of Tarnby")


# 2. a purpose's question after an ongoing act -----------------------------------------------------------------
_BOARD = "The water board said it is reviewing the contract to decide whether it breaks tendering rules."


@pytest.mark.xfail(strict=True, reason="a progressive before 'to decide whether' read as the act done raised factuality's "
                   "uncertain-or-negated-as-stated 0.166 -> 0.167 (the suite counts the question's event wherever it sits)")
def test_a_review_to_decide_whether_is_reported():
    assert _claim(code(_BOARD), "The water board said").certainty == "reported"


def test_apart_a_question_still_open_stays_speculative():
    s = code("The water board has fourteen days to decide whether the contract breaks tendering rules.")
    assert _claim(s, "The water board has").certainty == "speculative"


# 3. a question a participle raises --------------------------------------------------------------------------
_GARDENS = ("Gardens are currently being dug up across the estate, raising serious doubts whether the old trees "
            "will survive. ")


def test_a_question_raised_by_a_participle_leaves_the_clause_stated():
    assert _claim(code(_GARDENS), "Gardens are currently").certainty == "stated"


def test_apart_a_question_raised_as_the_main_verb_stays_speculative():
    s = code("Residents are raising questions whether the old trees will survive.")
    assert _claim(s, "Residents are raising").certainty == "speculative"


# 4. "an attempt to" is a noun ------------------------------------------------------------------------------
def test_an_interrupted_attempt_is_reported():  # passes since real54 (session 45): "interrupted/foiled ... an attempt to" is no hedge
    s = code("Inspectors say crews stopped an attempt to move the stolen timber from Ardle to Penhow.")
    assert _claim(s, "Inspectors say").certainty == "reported"


def test_apart_the_verb_attempt_stays_speculative():
    s = code("The gang will attempt to move the stolen timber again. The club decided to attempt to climb the north face.")
    assert _claim(s, "The gang will").certainty == "speculative"
    assert _claim(s, "The club decided").certainty == "speculative"


# 5. "This may ..." opening a quotation --------------------------------------------------------------------
_ROTA = ('In his reply, Mr Ode wrote: "The new rota will probably bring fewer late shifts. '
         '"This may mean changes to staffing and the need to learn new tools. '
         '"Any gaps will be filled by moving staff from other sites."')


def test_a_quotation_opening_this_may_is_speculative():
    assert _claim(code(_ROTA), "This may mean").certainty == "speculative"


def test_apart_this_may_as_a_month_stays_reported():
    s = code('Mr Ode said: "The vote is set. "This May the panel meets again."')
    assert _claim(s, "This May the panel").certainty == "reported"


# 6. "the <title>" after "<Title> <Name>'s <Thing>" ---------------------------------------------------------
_DEPOT = ("Fears for 900 jobs at the Rellby ferry depot grew in May after "
          "Treasurer Paul Brant's Spring Budget. The treasurer announced that the paper ticket would be replaced "
          "with a card in March 2019.")


def test_the_title_after_a_titled_possessive_is_the_person():
    assert _claim(code(_DEPOT), "The treasurer announced").attributed_to == "Treasurer Paul Brant"


def test_apart_a_named_speaker_keeps_the_name():
    s = code("Treasurer Paul Brant said the ferry would run all winter.")
    assert _claim(s, "Treasurer Paul Brant said").attributed_to == "Treasurer Paul Brant"


# 7. `when` of a dash-enclosed "whose" aside -------------------------------------------------------------
_BARRACKS = ("Granby Barracks, Westshire - whose sale was first announced in 2011 - will now close in 2026, while "
             "a fuel depot at Orley will go in 2027.")


def test_when_skips_a_dash_enclosed_whose_clause():
    assert _claim(code(_BARRACKS), "Granby Barracks").when == "in 2026"


def test_apart_a_plain_dash_aside_with_no_time_keeps_the_claims_time():
    s = code("Granby Barracks, Westshire - a site of some renown - will now close in 2026.")
    assert _claim(s, "Granby Barracks").when == "in 2026"


# 8. "pledged to A while <gerund> ... and said B" ----------------------------------------------------------
def test_a_pledge_with_a_while_gerund_adjunct_stays_the_bodys():
    s = code('The trust has pledged to cut waiting lists while keeping "good care for local families" and said '
             "it aimed to balance its books within two years.")
    assert _claim(s, "The trust has pledged").attributed_to == "The trust"


def test_apart_a_contrast_with_its_own_subject_is_still_cut():
    from tests.reading import who
    text = ("The trust has pledged to cut waiting lists, while rival hospitals have kept their lists as they were "
            "for a decade.")
    assert who(text, "rival hospitals have kept their lists") is None


# 9. "conclude" with a time -------------------------------------------------------------------------------
_REVIEW = ("An inquiry has been launched, the board said. The board's audit will conclude before July, "
           "and its results will go to the finance panel.")


def test_a_review_that_concludes_by_a_date_is_no_source():
    assert _claim(code(_REVIEW), "The board's audit").attributed_to == "article"


def test_apart_a_panel_that_concluded_that_is_a_source():
    s = code("The panel concluded in its report that the rules were broken.")
    assert _claim(s, "The panel concluded").attributed_to == "The panel"
