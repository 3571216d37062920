"""Session 28, read30: shapes found reading the bundled tool's output on eight faithfulness documents no
session had read (a conductor's death and tributes, a review of a local tax, a student's account of an
attack, an arrest for spying, a pundit on two managers, two football reports with managers' words, a
county cricket day), claim by claim against their articles. Invented sentences (names, places and topics
changed), each with what an analyst reads in it; see evals/RESULTS.md "Session 28: read30".

1. 'Harbour boss Tom Vell, speaking to Sports Hour: "..."': no verb of saying, so the manager's whole
   quotation (several paragraphs) was shown in the outlet's voice, `stated`.
2. 'Speaking to Ann Lee on Radio 4's Late Tune, singer Ida Bell said: "..."' and the long form of 1 were
   split from their quotation into claims that say nothing ("..., singer Ida Bell said."): the first is dropped
   now (a role before the name after the opener, as read26 drops "Speaking to X, Dr Ada Lin said:"), the second
   joins the quotation's first sentence (as "X told Radio Y: ..." does).
3. 'Mary Dole from Westgate School of Art and Dance, Leeds added: "..."': the source was "Leeds".
4. '"...," the source said.' after "One unnamed official told the Courier ...": the source stayed "the
   source" (an analyst wants the official just introduced).
5. A quoted line ending in a stray comma ('"...," aide Ola Brandt told the Morning Ledger,'): no frame, no claim.
6. '..., and a week ahead of the cup replay against the Hoops guessed the side ...': the time phrase was the source.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.evidence.quote.startswith(start_words))


# 1. "<Name>, speaking to <programme>: "..."" ---------------------------------------------------------------
SPEAKING = ("The visitors led early, but the hosts came back after the break.\n"
            "Harbour boss Tom Vell, speaking to Sports Hour on the quay: \"I'm proud of my crew. We lost two rowers "
            "early in the race to what look like bad knocks. I thought we made our own trouble in the first lap.\n"
            "\"The rowers were a credit. Our cox had a rough month but she was superb.\"\n"
            "Rival coach Ada Pike, talking to Dock Radio: \"We lacked focus. It is a lesson for the spring.\"")


@pytest.mark.parametrize("sentence,name", [
    ("Harbour boss Tom Vell, speaking to Sports Hour on the quay: \"I'm proud of my crew.", "Tom Vell"),  # (the description before the name dropped: coref56)
    ("We lost two rowers early in the race to what look like bad knocks.", "Tom Vell"),  # (the description before the name dropped: coref56)
    ("\"The rowers were a credit.", "Tom Vell"),  # (the description before the name dropped: coref56)
    ("Our cox had a rough month but she was superb.\"", "Tom Vell"),  # (the description before the name dropped: coref56)
    ("Rival coach Ada Pike, talking to Dock Radio: \"We lacked focus.", "Ada Pike"),
    ("It is a lesson for the spring.\"", "Ada Pike"),
])
def test_a_speaking_participle_before_a_colon_frames_the_quotation(sentence, name):
    assert who(SPEAKING, sentence) == name


def test_a_speaking_participle_before_a_colon_on_the_code_path():
    s = code(SPEAKING)
    first = _claim(s, "Harbour boss Tom Vell, speaking")
    assert first.attributed_to == "Tom Vell" and first.certainty == "reported"
    assert "proud of my crew" in first.text  # the frame and the first sentence of the quotation, one claim
    assert _claim(s, "Our cox").attributed_to == "Tom Vell"
    assert _claim(s, "Rival coach Ada Pike").attributed_to == "Ada Pike"


@pytest.mark.parametrize("text,sentence", [
    # apart: no one before the participle ("Earlier, ...") and a participle that is no speaking
    ("Earlier, speaking of the weather: \"It was a grey day.\"", "Earlier, speaking of the weather: \"It was a grey day.\""),
    ("The ferry, sailing to Bell Island: \"A fine trip.\"", "The ferry, sailing to Bell Island: \"A fine trip.\""),
])
def test_a_speaking_participle_apart(text, sentence):
    assert who(text, sentence) is None


# 2. a scene opener before the frame, the frame before its colon --------------------------------------------
def test_a_speaking_opener_before_a_role_and_name_is_no_claim_of_its_own():
    text = ("Bell sang with the choir for ten years.\n"
            "Speaking to Ann Lee on Radio 4's Late Tune, singer Ida Bell said: \"Some of the best voices that now lead "
            "choirs all over the land, they began with him.\n"
            "\"He was a born teacher.\"")
    s = code(text)
    assert not any(x.text.rstrip(".").endswith("Ida Bell said") for x in s.claims)  # (read26: the frame alone says nothing)
    assert any("best voices" in c.text and c.attributed_to == "Ida Bell" for c in s.claims)


# 3. "<person> from <organisation>, <place> added:" -----------------------------------------------------------
@pytest.mark.parametrize("text,sentence,name", [
    ("Mary Dole from Westgate School of Art and Dance, Leeds added: \"She always said the paint speaks.\"",
     "Mary Dole from Westgate School of Art and Dance, Leeds added: \"She always said the paint speaks.\"",
     "Mary Dole from Westgate School of Art and Dance"),
    ("The hall was full.\nTom Rook of Vell Glass Works, Derby said the kilns would stay lit.",
     "Tom Rook of Vell Glass Works, Derby said the kilns would stay lit.", "Tom Rook of Vell Glass Works"),
    # apart: a content before the comma keeps the name after it
    ("Prices rose at the Westgate Mall, Smith said.", "Prices rose at the Westgate Mall, Smith said.", "Smith"),
    ("Mary Dole from Leeds added: \"She always said the paint speaks.\"",
     "Mary Dole from Leeds added: \"She always said the paint speaks.\"", "Mary Dole"),
])
def test_a_place_after_the_organisation_is_no_source(text, sentence, name):
    assert who(text, sentence) == name


# 4. "the source said" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("One unnamed official told the Courier the mayor had acted alone.\n\"He was not a planner,\" the source said.",
     "One unnamed official"),
    # apart: a source named as one keeps its own name; no speaker before, no one to name
    ("A police source told the Courier the mayor had acted alone.\n\"He was not a planner,\" the source said.",
     "A police source"),
    ("The mayor Tom Vell was at home on Sunday and the police came.\n\"He was not a planner,\" the source said.",
     "the source"),
])
def test_the_source_is_the_unnamed_speaker_just_quoted(text, name):
    assert who(text, text.split("\n")[1]) == name


# 5. a quoted line closed by a stray comma ------------------------------------------------------------------
STRAY = ("A spokesman for the mayor said she had been told of the arrest.\n"
         "\"The matter is grave, it is clear,\" aide Ola Brandt told the Morning Ledger,\n"
         "The Ledger said the clerk was believed to have sold maps.")


def test_a_stray_comma_closing_a_quoted_line():
    assert who(STRAY, "\"The matter is grave, it is clear,\" aide Ola Brandt told the Morning Ledger") == "Ola Brandt"
    c = _claim(code(STRAY), "\"The matter is grave")
    assert c.attributed_to == "Ola Brandt" and c.certainty == "reported"


# 6. a lapse of time read as a subject -----------------------------------------------------------------------
def test_a_lapse_of_time_is_no_source():
    text = ("The Dutchman took the odd step of naming his side a day before the draw with Ayr, and a week ahead of "
            "the cup replay against the Hoops guessed the side Brown would pick.")
    assert who(text, "a week ahead of the cup replay against the Hoops guessed the side Brown would pick.") is None
    assert all(c.attributed_to != "a week ahead of the cup replay against the Hoops" for c in code(text).claims)


@pytest.mark.parametrize("text,name", [
    # apart: a lapse of time before a named speaker is only an opener
    ("Two days ahead of the final, the coach said the side was ready.", "the coach"),
])
def test_a_lapse_of_time_apart(text, name):
    assert who(text, text) == name


# 7. a passive allegation with a time phrase inside ("was last year accused of") --------------------------------
@pytest.mark.parametrize("text,certainty", [
    ("The agency was last year accused of tapping the phone of the mayor as part of a vast listening scheme.", "unconfirmed"),
    ("The ferry firm is widely believed to have hidden the losses from its owners.", "unconfirmed"),
    # apart: a plain passive with a time phrase is no allegation
    ("The bridge was last year rebuilt by the town after the floods of the spring.", "stated"),
])
def test_a_passive_allegation_with_a_time_phrase(text, certainty):
    assert code(text).claims[0].certainty == certainty


# 8. `where`: no place of the speaker's description, no season, no word with a digit --------------------------
@pytest.mark.parametrize("text,where", [
    ("The paper's Ada Vell in Rome says the new row could make it tougher for the league to win help with its debts.", None),
    ("Mary Dole from Westgate School of Art and Dance, Leeds added: \"She always said the paint speaks.\"", None),
    ("A spokesman for the board said: \"The board expects the panel's findings, due in the Autumn.\"", None),
    ("\"I was pleased to get a game in T20 and the short stuff this year,\" the bowler said.", None),
    # apart: the claim's own place stays
    ("The paper's Ada Vell says the new row began in Rome after the vote on the stadium.", "Rome"),
    ("The panel met in the Autumn Hall at the old mill on Friday to hear the case.", "the Autumn Hall"),
    ("Jurors in Winter Cove, Maine, will be asked to weigh the case on Monday.", "Winter Cove"),
])
def test_where_names_the_claims_place_only(text, where):
    assert code(text).claims[0].where == where


# 9. the quantity kind with no quantity read --------------------------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    # a live commentary's score line counts nothing (rules.kind)
    ("Match ends, Harbour Rovers 2, Dock United 1.", "event"),
    ("Second Half ends, Harbour Rovers 2, Dock United 1.", "event"),
    # apart: a quantity read keeps the kind
    ("The club sold 4,000 season tickets in the first week of the summer.", "quantity"),
    pytest.param("The visitors were bowled out for 220 in the last hour of play at the ground.", "event",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "read30: the quantity kind with no quantity read made an event in general: the gate's kind accuracy "
                     "fell 0.773 -> 0.756 (gold quantity claims whose numbers the quantity stage misses lost their kind); "
                     "dropped, only a commentary's score line is read as no count"))),
])
def test_no_quantity_kind_without_a_quantity(text, kind):
    c = code(text).claims[0]
    assert c.kind == kind and (kind != "quantity" or c.quantities)


# 10. a colon inside a quotation before a quoted question or exclamation -------------------------------------------
def test_a_colon_inside_a_quotation_does_not_split_the_claim():
    text = ("Tia Moss, 20, said she hid in a cupboard for two days.\n"
            "\"All at once, we heard the shots and soon we were rushing out and I cried: 'What is going on?'\" "
            "she told the Herald news agency.\n\"We ran to our rooms.\"")
    s = code(text)
    c = _claim(s, "\"All at once")
    assert "What is going on" in c.text and c.attributed_to == "Tia Moss"
    assert not any(x.text.startswith("'What is going on") for x in s.claims)


# 11. a finding's clause with no "that" whose verb is a past form with an object -----------------------------------
@pytest.mark.parametrize("text,sentence,name", [
    ("Prof Ann Lee noted that a local sales tax was seen as fairer.\n"
     "But she found such a scheme created problems for towns because it meant their income varied.",
     "But she found such a scheme created problems for towns because it meant their income varied.", "Prof Ann Lee"),
    ("The panel found the company breached rules on pay.", "The panel found the company breached rules on pay.", "The panel"),
    # apart: a participle of the thing found, before a preposition, is no clause
    ("Police found the car parked in a lane.", "Police found the car parked in a lane.", None),
    ("They found the boxes stacked near the door.", "They found the boxes stacked near the door.", None),
])
def test_a_bare_finding_with_a_past_verb(text, sentence, name):
    assert who(text, sentence) == name


# 12. "Some felt ...": a quantifier standing for people before a verb of belief ----------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Some felt the levy was harsh since it ignored what people earn.", "Some"),
    ("Many believe the plan will fail.", "Many"),
    ("Others felt the fee was too high for most tenants.", "Others"),
    # apart: no clause after the verb
    ("Some felt ill after the meal.", None),
    ("Some thought about leaving.", None),
])
def test_a_quantifier_holds_a_belief(sentence, name):
    assert who(sentence, sentence) == name


# 13. a concessive "may have" before "but" and a verb of the same subject --------------------------------------------
@pytest.mark.parametrize("text,certainty", [
    ("They may have been pushed aside by the league leaders in the autumn cup final, but have won every game since.", "stated"),
    # apart: a "may have" with no concession, or with a new subject after "but", stays a hedge
    ("The leak may have started in the spring.", "speculative"),
    ("The leak may have started in the spring, but officials are not sure.", "speculative"),
])
def test_a_conceded_may_have_is_asserted(text, certainty):
    assert code(text).claims[0].certainty == certainty


# 14. `when`: an adjective between a day's possessive and its event --------------------------------------------
@pytest.mark.parametrize("text,when", [
    ("The coach picked his crew two days before Saturday's windless regatta at Ayr.", "before Saturday's windless regatta"),
    # apart: no adjective, and a verb after the noun is no part of it
    ("The coach picked his crew two days before Friday's race at Ayr.", "before Friday's race"),
    ("Prices have risen since Monday's vote was held in the hall.", "since Monday's vote"),
])
def test_an_adjective_before_a_days_event(text, when):
    assert code(text).claims[0].when == when


# 15. a question inside a "with" phrase is not the main clause's ----------------------------------------------------
@pytest.mark.parametrize("text,certainty", [
    ("But it also caused confusion, with renters unclear whether the charge paid for roads or for bins.", "stated"),
    # apart: an open question as the main clause stays one
    ("It is unclear whether the bridge will open.", "speculative"),
    ("Ministers will choose whether the ferry runs in May.", "speculative"),
])
def test_a_question_in_a_with_phrase(text, certainty):
    assert code(text).claims[0].certainty == certainty


# 16. a coordinated part that opens with a lapse of time and then its verb has no subject of its own -------------
def test_a_lapse_then_a_verb_is_no_claim_of_its_own():
    text = ("The Dutchman took the odd step of naming his side a day before the draw with Ayr, and a week ahead of "
            "the cup replay against the Hoops guessed the side Brown would pick.")
    assert not any(c.text.lower().startswith("a week ahead") for c in code(text).claims)


# 17. a model summary or headline that drops "claims of", or shows a quotation bare ----------------------------------
ARTICLE = ("The clerk is said to have been gathering details about a city panel that is investigating claims of harbour "
           "fraud.\n\"Tom is doing all he can, squeezing every drop out of the club,\" Rook told Radio Vell.")


@pytest.mark.parametrize("sentence,hedge", [
    ("The clerk was gathering details about a city panel investigating harbour fraud.", "claims"),
    ("The clerk was gathering details about a city panel that is investigating harbour...", "claims"),
    # apart: the hedge kept, or the governed words not used
    ("The clerk was gathering details about a city panel investigating claims of harbour fraud.", None),
    ("The clerk worked for a city panel.", None),
    ("The clerk was gathering details for a city panel looking into alleged harbour fraud.", None),
])
def test_a_summary_that_drops_a_hedge_noun(sentence, hedge):
    from summarizer.summary_hedges import dropped_hedge
    assert dropped_hedge(ARTICLE, sentence) == hedge


def test_a_negated_report_is_no_hedge_to_keep():
    from summarizer.summary_hedges import dropped_hedge
    article = "A small tremor shook the valley towns at dawn, but there were no reports of harm or losses."
    assert dropped_hedge(article, "A small tremor shook the valley towns; no harm or losses were reported.") is None
    assert dropped_hedge(article, "A small tremor shook the valley towns with no harm or losses.") is None


@pytest.mark.parametrize("headline,bare", [
    ("Tom is doing all he can, squeezing every drop out of the club.", True),
    # apart: quoted, or a paraphrase with the speaker
    ("\"Tom is doing all he can,\" says Rook", False),
    ("Rook praises Tom for squeezing every drop out of the club", False),
])
def test_a_headline_that_is_a_bare_quotation(headline, bare):
    from summarizer.summary_hedges import bare_quotation
    assert bare_quotation(ARTICLE, headline) is bare


def test_grounded_summary_drops_the_unhedged_sentence_and_the_bare_quotation_headline():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    draft = DraftSummary(headline="Tom is doing all he can, squeezing every drop out of the club.",
                         summary="The clerk was gathering details about a city panel investigating harbour fraud.")
    headline, summary, warnings = grounded_summary(Text(ARTICLE), draft, ARTICLE)
    assert "investigating harbour fraud" not in summary and headline != draft.headline
    assert any("drops the article's 'claims" in w for w in warnings) and any("quotation" in w for w in warnings)


# 18. a first name that is a modal ("Will Keane") makes no plan -------------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("The hosts also lost their strikers Ivo Hart and Will Brand to early knocks to deepen the gloom of their fans.", "event"),
    # apart: the modal stays one
    ("The club will sign the striker Ivo Hart before the window shuts next month.", "plan"),
    ("Will Brand will sell his stake in the club before the season ends.", "plan"),
])
def test_a_first_name_will_is_no_plan(text, kind):
    assert code(text).claims[0].kind == kind
