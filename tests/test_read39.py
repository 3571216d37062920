"""Session 32, read39: shapes found reading the bundled tool's output on eight more news texts no session had
read (a chain's new drinks, a company's pricing, campaign spending, a murder charge, a stabbing in court, a museum
collection, a cyclist's death, a waste-site fire), claim by claim against their articles. Invented sentences
(names, places and topics changed), each with what an analyst reads in it and a near miss that must not change;
see evals/RESULTS.md "Session 32: read39".

1. '"<quotation>": <Firm> chief executive <Name>.' (a pull-quote credited after a colon) went to the speaker of
   the sentence before: it is the named person's.
2. "A statement issued by the <body> said ..." kept the whole noun phrase as the source: the body speaks.
3. "The boss of <trade> chain <Firm>'s has admitted ..." cut the firm's "'s" off the source.
4. "Her absence was reported <that evening> after ..." went to "unnamed sources" `unconfirmed`: a report made to
   the police, an act the outlet tells.
5. "<Officer> told the court it will be alleged <A>" was `speculative`: the prosecution's allegation, `claimed`.
6. "A judge ruled <X> could be sold" and "<Name> said <event> showed it was possible to <x>" were `speculative`: a
   permission given and a possibility shown are asserted.
7. `where` "<City>-based <Firm>" (a firm's name) and "<Prison>" of "appeared at <Court> via video link from
   <Prison>" (the link's far end); `when` "<Day>" from a programme's name ("BBC Sunday Politics").
8. "Speaking to <Broadcaster> <Day> <Programme> <Name>, of <Body>, said ..." gave the source "<Programme> <Name>".
9. "... following the blaze on <day> <Month>, which reduced <x>" drafted "<Month> reduced <x>."
10. A video player's notice ("Please use <browser> browser for a ... video player <m:ss> <clip title>") was a claim.
11. "<Chain> is selling <x> in its <n> <Country> shops, with plans to bring them to <Country2> later this year" had
    `when` "later this year" (the plan's time).
"""

from __future__ import annotations

from summarizer import dates
from summarizer.chunk import is_furniture
from summarizer.places import place_of
from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. a pull-quote credited after a colon ------------------------------------------------------------------------
_MENU = ('The firm said its new menu "had not worked" in the spring, with higher prices hurting sales in markets such as Peru. '
         '"We have not always got the mix right for younger diners": Brixo Foods chief executive Lena Marsh. '
         '"Above all, we got the menu wrong," Ms Marsh said.')


def test_credited_pull_quote_is_the_named_persons():
    assert who(_MENU, '"We have not always') == "Lena Marsh"


def test_quote_colon_then_clause_apart():
    text = ('The firm said its menu had failed. "We have not got the mix right": Then the board met to discuss the menu.')
    assert "Then" not in (who(text, '"We have not got') or "")


def test_quote_colon_then_paper_name_apart():
    text = 'The firm said its menu had failed. "A bad year for diners": The Weekly Ledger.'
    assert who(text, '"A bad year') != "The Weekly Ledger"


# 2. "A statement issued by <body>" -------------------------------------------------------------------------------
def test_statement_issued_by_is_the_body():
    text = ('Belton Constabulary said it would review the case. '
            'A statement issued by the constabulary said: "We have asked the ombudsman to look at our handling of the case."')
    assert who(text, "A statement issued") == "the constabulary"


def test_statement_by_unissued_apart():
    text = 'Belton Constabulary said it would review the case. A statement from the council said the case was closed.'
    assert who(text, "A statement from") == "the council"


# 3. a firm's name ending in "'s" after "<role> of" ------------------------------------------------------------------
def test_firm_name_keeps_its_s():
    text = ("The chief of bakery chain Loaf's has admitted the firm set its prices too high after sales fell. "
            "The company said the change would be reversed.")
    assert who(text, text.split(". ")[0]) == "The chief of bakery chain Loaf's"


def test_possessive_before_a_noun_apart():
    text = "Jane Orrin's lawyer said the fine would be paid."
    assert who(text, text) == "Jane Orrin's lawyer"  # the source as written, its noun kept


# 4. a report made to the police ------------------------------------------------------------------------------------
def test_possessive_subject_report_is_an_act():
    text = ("Orla Brand was seen leaving a party on Mill Street on Friday. "
            "Her absence was reported that evening after she did not arrive at the bakery.")
    c = _claim(code(text), "Her absence")
    assert c.attributed_to == "article" and c.certainty == "stated"


def test_reported_to_police_is_an_act():
    text = "The break-in was reported to police on Sunday morning."
    c = _claim(code(text), "The break-in")
    assert c.certainty != "unconfirmed"


def test_passive_report_with_no_reporter_apart():
    text = "Explosions were reported near the northern depot late on Tuesday."
    c = _claim(code(text), "Explosions")
    assert c.certainty == "unconfirmed"


# 5. "it will be alleged that" ---------------------------------------------------------------------------------------
def test_will_be_alleged_is_claimed():
    text = ("At Tullow District Court on Monday, Det Garda Sean Roe told the court it will be alleged that Tom Kerr "
            "was one of two men who entered the yard.")
    assert _claim(code(text), "At Tullow").certainty == "claimed"


def test_will_be_hearing_apart():
    text = "At Tullow District Court on Monday, Det Garda Sean Roe said Mr Kerr will be sentenced in June."
    assert _claim(code(text), "At Tullow").certainty == "speculative"


# 6. a permission ruled, a possibility shown ---------------------------------------------------------------------------
def test_ruled_could_is_a_ruling():
    text = "In 2015 a high court judge ruled the paintings could be sold to repay the lenders."
    assert _claim(code(text), "In 2015").certainty == "stated"


def test_showed_it_was_possible_is_shown():
    text = "Mr Dale said the festival showed it was possible to move most traffic out of the centre."
    assert _claim(code(text), "Mr Dale").certainty == "reported"


def test_plain_could_apart():
    text = "The paintings could be sold to repay the lenders next year."
    assert _claim(code(text), "The paintings").certainty == "speculative"


def test_possible_without_showing_apart():
    text = "Mr Dale said it was possible that most traffic would move out of the centre."
    assert _claim(code(text), "Mr Dale").certainty == "speculative"


# 7. `where` and `when` ---------------------------------------------------------------------------------------------
def test_based_firm_is_no_place():
    assert place_of("Ms Holt had worked at Oslo-based Fjell and the bank Grove Hall.") is None


def test_based_firm_before_a_place():
    assert place_of("She moved to Oslo-based Fjell in Bergen.") == "Bergen"


def test_video_link_far_end_is_no_place():
    assert place_of("On Monday Mr Kerr appeared at Tarnby Magistrates Court via video link from Elm Prison in Dunmore.") is None


def test_video_link_outside_court_apart():
    assert place_of("The minister spoke to reporters via video link from Geneva.") == "Geneva"


def test_weekday_inside_a_programme_name_is_no_time():
    assert dates.find_phrase("Speaking to BBC Sunday Politics Kent Jo Hale, of the port authority, said the plan worked.") is None
    assert dates.find_phrase("Mr Hale told The Sunday Times the plan worked.") is None


def test_weekday_after_on_apart():
    assert dates.find_phrase("On Sunday Mr Hale said the plan worked.") == "on Sunday"
    assert dates.find_phrase("Jo Hale said on Sunday Hale Park would close.") == "on Sunday"


# 8. a programme's name running into the speaker's ------------------------------------------------------------------
def test_programme_run_into_name():
    text = "Speaking to BBC Sunday Politics Kent Jo Hale, of the port authority, said the trial had worked."
    assert who(text, "Speaking to") == "Jo Hale"


def test_participle_phrase_with_comma_apart():
    text = "Speaking to reporters, Port Director Jo Hale said the trial had worked."
    assert who(text, "Speaking to") == "Port Director Jo Hale"


# 9. "which" after a date ----------------------------------------------------------------------------------------------
def test_which_after_day_month_is_the_events():
    text = ("Divers spent two days at the quarry in Mill Lane following the collapse on 4 June, which closed the road "
            "and caused delays.")
    assert not any(c.text.startswith("June ") for c in code(text).claims)


def test_which_after_a_name_apart():
    text = "The talks moved to Harbin Hall, which was built in 1890 for the guild."
    assert any(c.text.startswith("Harbin Hall was built") for c in code(text).claims)


# 10. a video player's notice ---------------------------------------------------------------------------------------
def test_browser_notice_is_furniture():
    assert is_furniture("Please use Firefox browser for a smoother video player 2:10 Why tea may help you sleep")


def test_browser_in_news_apart():
    assert not is_furniture("Please note the browser maker said the update would ship in May.")


# 11. a plan's time in a ", with plans to ..." adjunct ----------------------------------------------------------
def test_time_of_a_with_plans_adjunct_is_not_the_claims():
    assert dates.find_phrase("Brixo is selling its new teas in its 12 Dutch shops, with plans to bring them to Spain "
                             "later this year.") is None


def test_time_before_the_adjunct_apart():
    assert dates.find_phrase("Brixo opened 12 shops last month, with plans to add more.") == "last month"
