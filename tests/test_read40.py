"""Session 32, read40: shapes found reading the bundled tool's output on eight more news texts no session had
read (BBC texts: a police visit to an inquiry abroad, a commissioner on drugs in care homes, a party leader's
interview, money for a hospital, a bid to run two fire services, a film held by a censor, a death on a farm,
retailers asked about their suppliers), claim by claim against their articles. Invented sentences (names,
places and topics changed), each with what an analyst reads in it; see evals/RESULTS.md "Session 32: read40".

1. "But <Council Name> (<ACRONYM>) said <short content>." was the outlet's: the bracketed acronym lengthened the
   source past the content's half, and "But" is no short opener (kept so: read25's measure).
2. "<Place> Crown Court heard <clause>" was the outlet's: a named hearing's noun makes the frame as "The court" did.
3. "<Firm> has been named by <agents> as one of the <firms> suspected of <x>" was the outlet's: a naming of a
   suspicion with its agent after "by".
4. '... "<quoted>" The <noun> has <done x>.' glued the outlet's next sentence to a source's claim: a closed double
   quotation before "The <noun>" or a subject pronoun and a lower-case word ends the sentence (its claim kept).
5. "A survey last <month> by <Body> found ..." and "Post-mortem examinations found <Name> died ..." were the outlet's:
   a time between a finding's noun and its "by", and a post-mortem examination, are read as the finding's.
6. "The <x> visit came after <Name> met <Y> at <z> and agreed that ..." drafted "The <x> agreed that ...": a
   second verb after a subordinate clause may be that clause's; no split.
7. '"I will <act> in <season> and I cannot <say it more plainly> ..."' was `reported`: the second clause's negation is no
   negation of the quoted future act.
8. "<Shops> have been asked to declare they are not <doing x>" was `negated`: the "not" is the declaration's.
9. "... sourced from <Word> <Word> and <Word> Group" gave `where` "<Word> <Word>": one company name to its head.
10. "... in <Place> where <A>, <B>, and <C> have <done x>" was cut at ", and" into two claims: a list subject.
11. "<Name>'s mother <First> <Last> said" kept the kinship in the source: the name is the source.
12. "was built in <18xx>" and "by <season> <year>" gave no `when` (years before 1900 and seasons were not read).
13. "<X> came after <Name> met <Y> and agreed that <a team> could <travel>" was `speculative`: the modal is the
    agreement's content inside a clause the outlet presupposes.
"""

from __future__ import annotations

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


_LEAD = "The plan for the harbour was unveiled by the minister last week. "


# 1. "But <Name> (<ACRONYM>) said" --------------------------------------------------------------------------------
def test_but_and_a_bracketed_acronym_is_the_named_body():
    s = "But Tarne Borough Council (TBC) said it already ran a good scheme."
    assert who(_LEAD + s, s) == "Tarne Borough Council (TBC)"


def test_and_the_body_with_its_acronym_is_the_body():
    s = "And the Elmfield Water Board (EWB) said it had a plan."
    assert who(_LEAD + s, s) == "the Elmfield Water Board (EWB)"


def test_apart_but_and_a_plain_body_keeps_the_measured_reading():
    # read25's strict xfail: a bare "But" before a short content stays as measured (PolNeAR half B)
    s = "But the union said it had a plan."
    assert who(_LEAD + s, s) is None


# 2. a named court's hearing -------------------------------------------------------------------------------------
def test_a_named_crown_court_heard_is_the_courts():
    s = "Marlow Crown Court heard she was three times over the legal limit for driving."
    assert who("The crash killed a cyclist in 2019. " + s, s) == "Marlow Crown Court"


def test_apart_a_named_court_hearing_evidence_stays_the_outlets():
    s = "Marlow Crown Court heard evidence from six witnesses."
    assert who("The trial opened on Monday. " + s, s) is None


def test_apart_a_surname_court_hearing_a_bang_stays_the_outlets():
    s = "Ian Court heard a loud bang from the yard."
    assert who("The blast shook the street. " + s, s) is None


# 3. "named by <agents> as ... suspected of" ----------------------------------------------------------------------
def test_named_by_agents_as_suspected_is_the_agents():
    s = "Delta Mills has been named by state regulators as one of the lenders suspected of breaking the rules."
    assert who("Shares fell on Monday. " + s, s) == "state regulators"
    assert _claim(code("Shares fell on Monday. " + s), "Delta Mills").certainty != "stated"


def test_apart_named_by_a_club_as_captain_stays_the_outlets():
    s = "Ana Reyes was named by the club as its new captain for the season."
    assert who("The squad met on Monday. " + s, s) is None


# 4. a closed double quotation glued to the next sentence --------------------------------------------------------
_SMOG = ("Smog closed schools across the region on Monday. The council said firms were \"a good place to start\" "
         "for buyers to show \"their support for green brands\" The smog has closed ports across the coast. "
         "It has led to many flights being cancelled.")


def test_a_quotation_glued_to_the_next_sentence_ends_there():
    s = code(_SMOG)
    smog = _claim(s, "The smog has closed")
    assert smog.attributed_to == "article" and smog.certainty == "stated"
    council = _claim(s, "The council said")
    assert council.attributed_to == "The council" and "smog" not in council.text


def test_apart_a_quoted_title_before_a_lower_case_word_goes_on():
    s = code("The critic called the film \"Harbour Lights\" in his notes and praised its score at length.")
    assert any("Harbour Lights\" in his notes" in c.text for c in s.claims)


# 5. a finding's noun with a time before "by"; post-mortem examinations -------------------------------------------
def test_a_survey_with_a_time_before_by_is_the_surveys():
    s = "A survey last March by the Guild of Nurses found 24% of nurses were planning to quit."
    assert who("Waiting lists grew again. " + s, s) == "A survey last March by the Guild of Nurses"


def test_post_mortem_examinations_found_is_theirs():
    s = "Post-mortem examinations found Mr Hale, from Tarne, died from a blow to the head."
    assert who("Two hikers died in the hills. " + s, s) == "Post-mortem examinations"


def test_apart_an_examination_that_began_is_the_outlets():
    s = "The examination of the bridge began on Monday morning."
    assert who("The river rose overnight. " + s, s) is None


# 6. "and <cue>" after a subordinate clause's own subject --------------------------------------------------------
_VISIT = ("The port reopened in May. The UK inspectors visit came after Deputy First Minister Jo Ann Lane met Mr Hart "
          "at a summit in Oslo and agreed that a team of inspectors could visit the port.")


def test_a_second_verb_after_a_subordinate_clause_is_not_given_to_the_main_subject():
    s = code(_VISIT)
    assert not any(c.text.startswith("The UK inspectors agreed") for c in s.claims)
    assert not any(c.attributed_to == "The UK inspectors" for c in s.claims)


def test_apart_an_act_and_a_speech_act_of_one_subject_still_split():
    s = code("Rebels shelled the airport on the coast and said they had taken the district.")
    assert _claim(s, "Rebels said").attributed_to == "Rebels"
    assert _claim(s, "Rebels shelled").attributed_to == "article"


# 7. a quoted future with a negated second clause ------------------------------------------------------------------
def _sentence_certainty(text: str, start: str) -> str:
    from summarizer.eval.suites.common import make_article, sentence_view
    return next(c.certainty for c in sentence_view(make_article(text, "x.txt")).claims if c.text.startswith(start))


def test_a_quoted_future_act_before_a_negated_clause_is_speculative():
    text = ("The ombudsman is asking councils to act. \"I will publish the results from the councils in the spring "
            "and I cannot say it more plainly to them,\" she said.")
    assert _sentence_certainty(text, "\"I will publish") == "speculative"


def test_apart_a_negated_vow_stays_reported():
    text = "The ombudsman is asking councils to act. \"We will not back down and we will fight on,\" she said."
    assert _sentence_certainty(text, "\"We will not") == "reported"


# 8. a negation inside what someone is asked to declare -----------------------------------------------------------
def test_asked_to_declare_they_are_not_is_not_negated():
    text = "Five shops have been asked to declare they are not buying timber from the firm within a week."
    assert _sentence_certainty(text, "Five shops") == "stated"


def test_apart_a_negated_main_clause_stays_negated():
    text = "It is fair to say they are not buying timber from the firm."
    assert _sentence_certainty(text, "It is fair") == "negated"


# 9. a company's name joined by "and" -------------------------------------------------------------------------------
def test_a_company_name_with_and_is_no_place():
    s = code("The grocer said that it was pulling all paper goods sourced from Delta Timber and Board Group, after the warning.")
    assert s.claims[0].where is None


def test_apart_two_places_joined_by_and_keep_the_first():
    s = code("The band played in Oxford and Kansas City last week.")
    assert s.claims[0].where == "Oxford"


# 10. a serial list as a clause's subject ---------------------------------------------------------------------------
def test_a_serial_list_subject_is_not_cut_at_its_and():
    s = code("The mayor said the work done in Tarne, where doctors, nurses, and carers have come together, "
             "was a model for the county.")
    assert len(s.claims) == 1 and "nurses, and carers have come together" in s.claims[0].text


def test_apart_a_list_after_a_verb_keeps_its_split():
    s = code("The mayor thanked the doctors, nurses, and carers came to the hall.")
    assert len(s.claims) == 2


# 11. a kinship before the name -------------------------------------------------------------------------------------
def test_a_kinship_before_the_name_is_no_part_of_the_source():
    s = "Tom's mother Ann Reyes, who ran the shop, said her family had been torn apart."
    assert who("The boy died in 2019. " + s, s) == "Ann Reyes"


def test_apart_a_possessed_role_before_the_name_is_kept():
    s = "Tom's lawyer Ann Reyes said the case was weak."
    assert who("The boy was charged in 2019. " + s, s) == "Ann Reyes"


# 12. a season's year and a year before 1900 date a claim ----------------------------------------------------------
def test_a_season_and_year_dates_the_claim():
    assert code("The bridge should be finished by autumn 2019.").claims[0].when == "by autumn 2019"


def test_a_year_before_1900_dates_the_claim():
    assert code("The old mill was built in 1822.").claims[0].when == "in 1822"


def test_apart_a_count_after_in_is_no_year():
    assert code("The scheme was offered in 1800 homes across the county.").claims[0].when is None


# 13. a modal inside what was agreed in an "after" clause ------------------------------------------------------------
def test_a_modal_reported_inside_an_after_clause_is_no_hedge_of_the_main_clause():
    text = ("The port reopened in May. The visit came after the premier met the minister in Oslo and agreed that "
            "inspectors could visit the port.")
    assert _sentence_certainty(text, "The visit came") == "stated"


def test_apart_a_modal_in_a_clause_of_its_own_after_the_report_still_hedges():
    text = "The port reopened in May. The visit came after the premier said that inspectors could visit, and it may be cut short."
    assert _sentence_certainty(text, "The visit came") == "speculative"


def test_apart_the_speakers_own_report_stays_speculative():
    text = "The port reopened in May. The premier agreed that inspectors could visit the port."
    assert _sentence_certainty(text, "The premier agreed") == "speculative"
