"""Session 31, read36: shapes found reading the bundled tool's output on eight more news texts no session had
read (a roadside camera, a television revival, a school prom invitation, a weight-loss story, old charges in court
papers, a column on riot coverage, a detainee released, a house built without permission), claim by claim against
their articles. Invented sentences (names, places and topics changed), each with what an analyst reads in it; see
evals/RESULTS.md "Session 31: read36".

1. "<Name> said <A>. "...," she said." went to a woman named earlier when the article showed her as one and said
   nothing of the speaker's gender: "<Name>, <X>'s mom," is a woman too ("mom", "mum", "dad" are gendered nouns).
2. "<X>'s mother, <Name>, was proud ... "...," she said.": the name in apposition after "<X>'s <noun>," is the
   sentence's subject (it was not salient, and "she" went to an earlier speaker).
3. '"...!" <Name> interjected.': "interject" is a verb of saying (the quotation went to the speaker before).
4. "<Name>, a <role>, alerted <x> ... and posted photos of <A> and <B> ...": two acts the outlet tells, not the
   teacher's statement (a posting verb after the apposition's comma, or after "and", with pictures as its object).
5. 'As <Name>, <role> at <place>, and author of the <year> book "<Title: Subtitle>," notes, "..."': the quoted title
   in the apposition hid the "As X notes," frame; the sentence and the quotation after it were the outlet's.
6. Certainty: "Determined to <aim>, <Name> joined ..." and "..., but, determined to <aim>, took up ..." were
   `speculative` (a set-off phrase of resolve; the act was done); "There's no denying that <A>" was `negated` (an
   affirmation); "Instead, it seems as if <A>" was `stated` (a hedge); "<Name> is then supposed to have <done>" was
   `stated` (hearsay: `unconfirmed`).
7. After a lawyer's quotations, "The transfer came after the <Name> Review Board in <month> found "that ..."" went to
   the lawyer (a sentence mostly quoted was read as his quotation going on): the board named in the clause quotes it.
8. "A newly slimline Mr <Name> says ..." kept the adverb and adjective in the source's name (over four claims).
9. "The show starts with <Name> -- now named <Name2> (get it ... <pun>?) -- pregnant, ... and living in <city>." was
   cut at the "?" inside the brackets (the claim "-- Pregnant, ... living in <city>."), and after that at the ellipsis.
10. "<Name>, a teacher at <school>, alerted ... and posted photos of <A> and <B>. She wasn't surprised by <A>'s
   actions. "...," she said." went to <B> (a woman the article shows as one elsewhere): the teacher, subject of the
   sentence before and carried on by its "She", is meant.
11. "<Body> has worked to help its members ..., while also urging them to build closer links ..." gave a claim
   "Also urging them to build ..." (no subject, no finite verb): an adverb between "while" and the participle.
12. `where` "the City" from a quoted book title of ten words ("<Noun> in the City: <A>, <B> and <C> in <Place>,").
13. The code path's summary (the article's lead, also when the model's summary is not grounded) opened with the
   article's question to the reader ("So, you'd like a <show> reunion and spinoff?").
14. '"Hopefully, it will be <re-made> elsewhere ...," he said.' was `reported`: "will be" + an irregular participle
   (or one with "re-") is a future event, as "will be" + "-ed" was (GUIDELINES §14), not "will be" + an adjective.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. "mom" tells a woman ------------------------------------------------------------------------------------------
_CHOIR = ("Ivo Marr is a keen swimmer. Pia Kell is a new pupil. On Monday Ivo asked Pia to the spring dance. "
          "Tova Renn, a coach at the pool, took photos of Ivo and Pia at the gala. "
          '"It is a lot of work," said Rena Dorn, Pia\'s mom. Rena Dorn said Pia found the first weeks hard. '
          "She said the club pairs new swimmers with older ones. "
          '"By the spring things looked brighter," she said. As for Pia, she cannot stop smiling.')


def test_she_after_a_mother_named_as_mom_is_the_mother():
    s = code(_CHOIR)
    assert _claim(s, "She said the club pairs").attributed_to == "Rena Dorn"
    assert _claim(s, "By the spring").attributed_to == "Rena Dorn"


def test_apart_the_mother_named_in_her_tag_and_the_asker():
    s = code(_CHOIR)
    assert _claim(s, "It is a lot of work").attributed_to == "Rena Dorn"
    assert _claim(s, "On Monday Ivo asked").attributed_to == "Ivo Marr"


# 2. "<X>'s mother, <Name>, was ..." --------------------------------------------------------------------------------
_MEET = ('Pia Larch won the county spelling prize on Friday. "I was so nervous," she said. '
         'Olek Brand\'s mother, Dora Brand, was also at the hall. '
         '"It was a lovely evening for every family," she said.')


def test_she_after_a_possessive_kin_apposition_is_the_apposed_name():
    assert _claim(code(_MEET), "It was a lovely evening").attributed_to == "Dora Brand"


def test_apart_the_winner_still_speaks_first():
    assert _claim(code(_MEET), "I was so nervous").attributed_to == "Pia Larch"


# 3. "interjected" ---------------------------------------------------------------------------------------------------
_SHOP = ('"Pia wants to see every shop in town," her father said. '
         '"Because I have saved up all winter!" Pia interjected.')


def test_an_interjection_is_the_interjecter():
    assert _claim(code(_SHOP), "Because I have saved").attributed_to == "Pia"


def test_apart_the_father_keeps_his_line():
    assert _claim(code(_SHOP), "Pia wants to see").attributed_to == "her father"


# 4. posting pictures is an act -------------------------------------------------------------------------------------
def test_pictures_posted_after_an_apposition_are_the_outlets():
    text = "Tova Renn, a coach at the pool, posted photos of Ivo and Pia on her blog."
    assert who(text, text) is None


def test_pictures_posted_after_a_first_act_are_the_outlets():
    text = "Tova Renn, a coach, alerted the town paper to the gala and posted photos of Ivo and Pia on her blog."
    assert who(text, text) is None


def test_apart_posting_that_still_reports():
    text = "Tova Renn, a coach at the pool, posted on her blog that the gala would move to the autumn."
    assert who(text, text) == "Tova Renn"


# 5. "As <Name>, <apposition with a quoted title>, notes, ..." ----------------------------------------------------
_ORT = ('As Lena Ort, a history professor at Marlow College and author of the 2004 book "Salt Roads: Fairs, Tolls and '
        'Ferries in Old Towns," notes, "the press keeps setting neighbours against each other to dodge harder questions." '
        '"By looking at quarrels, it looks away from the rules that keep towns poor."')


def test_as_a_name_with_a_quoted_book_title_notes():
    s = code(_ORT)
    assert _claim(s, "As Lena Ort").attributed_to == "Lena Ort"
    assert _claim(s, "By looking at quarrels").attributed_to == "Lena Ort"


def test_apart_as_a_bare_name_notes():
    text = 'As Lena Ort notes, "the press keeps setting neighbours against each other."'
    assert who(text, text) == "Lena Ort"


# 6. certainty ---------------------------------------------------------------------------------------------------
_ROWING = ("Determined to lose weight, Olek Brand joined a rowing club and cut out sugar. "
           "Olek Brand began rowing every day but, determined to hurry the change, took up swimming. "
           "There's no denying that tension exists between the two villages over the new road. "
           "Instead, it seems as if the shops were damaged because they stood near the square. "
           "After the game, Ivo Marr is then supposed to have thrown a bottle at the referee. "
           "Pia Kell was determined to win the county race. There's no bus on Sundays. "
           "The ferry was supposed to have left at noon.")


def test_a_set_off_phrase_of_resolve_is_no_hedge():
    s = code(_ROWING)
    assert _claim(s, "Determined to lose weight").certainty == "stated"
    assert _claim(s, "Olek Brand began rowing").certainty == "stated"


def test_no_denying_affirms():
    assert _claim(code(_ROWING), "There's no denying").certainty == "stated"


def test_it_seems_as_if_hedges():
    assert _claim(code(_ROWING), "Instead, it seems as if").certainty == "speculative"


def test_is_supposed_to_have_is_hearsay():
    assert _claim(code(_ROWING), "After the game").certainty == "unconfirmed"


def test_apart_resolve_as_a_predicate_and_a_plain_no():
    s = code(_ROWING)
    assert _claim(s, "Pia Kell was determined").certainty == "speculative"
    assert _claim(s, "There's no bus").certainty == "negated"
    assert _claim(s, "The ferry was supposed").certainty != "unconfirmed"


# 7. a body named in the clause that quotes it ------------------------------------------------------------------
_VEY = ("Tomas Vey, 41, was freed after a review board found he was no lasting danger.\n"
        '"There is no anger, there is no grudge," his lawyer Ana Ruiz was quoted as saying by a wire agency.\n'
        '"There is only relief that he will soon be with his family."\n'
        'The transfer came after the Island Detention Review Board in June found "that further holding of (Mr Vey) is '
        'no longer needed to guard against a lasting danger to the safety of the region".\n')


def test_a_quotation_of_a_body_named_in_its_clause_is_the_bodys():
    assert _claim(code(_VEY), "The transfer came").attributed_to == "the Island Detention Review Board"


def test_apart_the_lawyers_second_quotation_stays_his():
    assert _claim(code(_VEY), "There is only relief").attributed_to == "Ana Ruiz"


# 8. an adverb and adjective before "Mr <Name>" ----------------------------------------------------------------------
@pytest.mark.parametrize("lead", ["A newly trim", "The newly trim"])
def test_an_adverb_and_adjective_before_a_titled_name_are_no_name(lead):
    text = f"Olek Brand, 33, lost four stone in a year. {lead} Mr Brand says he now feels ready to run a marathon."
    assert who(text, lead) == "Olek Brand"


def test_apart_one_adjective_before_a_name_was_already_read():
    text = "Olek Brand, 33, lost four stone in a year. A delighted Mr Brand says he now feels ready to run a marathon."
    assert who(text, "A delighted") == "Olek Brand"


# 9. a bracketed aside with "?" or "..." inside a sentence --------------------------------------------------------
def test_a_question_inside_brackets_does_not_end_the_sentence():
    text = ("The new season opens with Vane -- now called Vane-Ortiz (see the joke ... Ortiz?) -- newly married and "
            "living in Lisbon. Her brother moves in to help.")
    s = code(text)
    assert _claim(s, "The new season opens").text.endswith("living in Lisbon.")
    assert not any(c.text.startswith(("--", "-- ", "Ortiz")) for c in s.claims)


def test_apart_a_bracketed_sentence_still_ends_before_a_capital():
    text = "The ferry left at noon (it was late again). The harbour closed at six."
    assert [c.text for c in code(text).claims] == ["The ferry left at noon (it was late again).", "The harbour closed at six."]


# 10. "she" after "<Name>, a <role>, ..." and a sentence that goes on with "She" -------------------------------------
_GALA = ("Ivo Marr is a keen swimmer. Pia Kell is a new pupil. On Monday Ivo asked Pia to the spring dance. "
         "Tova Renn, a coach at the pool, told the town paper about the dance and posted photos of Ivo and Pia online. "
         "She was not surprised by the gesture. "
         '"That is just who Ivo is," she said. As for Pia, she cannot stop smiling.')


def test_she_after_a_role_apposed_subject_and_a_she_sentence_is_that_subject():
    assert _claim(code(_GALA), "That is just who Ivo is").attributed_to == "Tova Renn"


def test_apart_a_known_woman_as_the_next_subject_keeps_the_pronoun():
    text = ("As for Pia Kell, she swims every day. Tova Renn, a coach at the pool, took photos at the gala. "
            'Pia Kell won two races there. "I was so tired," she said.')
    assert _claim(code(text), "I was so tired").attributed_to == "Pia Kell"


# 11. ", while also <participle> ..." is no clause of its own ----------------------------------------------------
def test_while_also_and_a_participle_is_no_claim_of_its_own():
    text = ("For example, the Harbour Traders Guild of Norland, founded in 1991, has worked to help its members in their own "
            "efforts to tackle old problems with parking fees, while also urging them to build closer links with their customers.")
    s = code(text)
    assert not any(c.text.startswith("Also") for c in s.claims)
    assert any("while also urging" in c.evidence.quote for c in s.claims)


def test_apart_while_and_a_subject_still_splits():
    text = ("The Harbour Traders Guild of Norland has worked to cut parking fees for its members, "
            "while the town council has raised them twice this year.")
    assert any(c.text.startswith("The town council has raised") for c in code(text).claims)


# 12. a place word inside a long quoted title -----------------------------------------------------------------------
def test_a_place_word_in_a_ten_word_quoted_title_is_no_where():
    text = ('As Lena Ort, history professor at Marlow College, Eastfield, and author of a 2004 book "Ashes in the City: '
            'Ports, Docks and Ferries in Urban Norland," notes, "the press keeps setting neighbours against each other to '
            'dodge harder questions."')
    assert code(text).claims[0].where is None


def test_apart_a_place_outside_the_title_stays():
    text = 'Lena Ort wrote her book "Ashes in the City" during a long stay in Lisbon last winter.'
    assert code(text).claims[0].where == "Lisbon"


# 13. no question to the reader in the lead summary ---------------------------------------------------------------
_REVIVAL = ('So, you would like a "Harbour Lights" revival and sequel? Here it is, friends! Actor Tom Vale said on Monday '
            'night on a late talk show that a streaming firm has ordered a revival special and a sequel series. '
            'The sequel will star Ana Pell as a widowed ferry captain with three sons. "It turns the show around," Vale told the host.')


def test_the_lead_summary_skips_a_question_to_the_reader():
    s = code(_REVIVAL)
    assert not s.summary.startswith("So, you would like")
    assert s.summary.startswith("Actor Tom Vale said on Monday")


def test_apart_a_lead_with_no_question_is_kept_as_it_is():
    text = _REVIVAL.split("Here it is, friends! ", 1)[1]
    assert code(text).summary.startswith("Actor Tom Vale said on Monday")


# 14. "will be" + an irregular participle in a quotation ------------------------------------------------------------
@pytest.mark.parametrize("quote", ["Hopefully, the barn will be rebuilt by the river next spring",
                                   "It will be built on another plot next year"])
def test_a_quoted_future_passive_with_an_irregular_participle_is_speculative(quote):
    text = f'Ivo Marr spoke after the hearing. "{quote}," he said.'
    assert _claim(code(text), quote[:12]).certainty == "speculative"


def test_apart_will_be_and_a_noun_stays_an_opinion():
    text = 'Ivo Marr spoke after the hearing. "It will be a disaster for the whole town," he said.'
    assert _claim(code(text), "It will be a disaster").certainty == "reported"
