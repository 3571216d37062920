"""Session 26, read27: shapes found reading the bundled tool's output on eight faithfulness documents no
session had read (school inspections, a tower block fire, talks over a war, online account security, an
internet law abroad, a prisoner of war's memories, a cycling event, a documentary film), claim by claim
against their articles. Invented sentences (names, places and topics changed), each with what an analyst
reads in it; see evals/RESULTS.md "Session 26: read27".

1. "As Tom Reed, from Dunmore, prepares to mark Harvest Remembrance Day ..., he says ...": the name of a day
   was read as a person, and "he" (and every quotation after it) went to the day.
2. "... taken to huts next to Pit II, Vellerby, where ...": a place named with a numeral, followed by
   "where", was read as a person, and the next "he said" went to it.
3. "PM Tara May said ...": a surname that is also a modal ("May") made the frame no frame.
4. "Lena Voss, from the Open Coast League (OCL), said ...": a body's short form in brackets in the
   description left the sentence to the outlet.
5. "Mr Brand, who earlier put out a note saying he was "sad about it," said ...": a quotation closing with
   its comma inside a relative clause hid the speaker.
6. "In a letter to Dr Amos Pell, chair of Rivet Hill Trust, Lady Orme said ...": an opener with an
   apposed description was too long to be a short opener.
7. "A spokesman for X said ... They said ...": "they" went to the last organisation named in passing.
8. "In a letter to ..., Lady Orme said ... "...," it said.": "it" (the letter) went to another body.
9. "Pelland and the OSR were due to ... The OSR also said ...": "The OSR" read as the pair.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


# 1. a day's name is no person ----------------------------------------------------------------------------
MEMORY = ("As Tom Reed, from Dunmore, prepares to mark Harvest Remembrance Day on Sunday with a parade at the town's hall, "
          "he says that amid the hard years there will also be songs.\n\n"
          "He was drafted in 1951 and, after six months in Crete, was sent to a salt mine.\n\n"
          "\"The miners sang every night,\" he said.\n\n"
          "But when the crews were allowed out, they would be taken to huts next to Pit II, Vellerby, where the work was harsher.\n\n"
          "\"The first night we went to the huts, we saw the lamps,\" he said.")


@pytest.mark.parametrize("sentence", [
    "As Tom Reed, from Dunmore, prepares to mark Harvest Remembrance Day on Sunday with a parade at the town's hall, "
    "he says that amid the hard years there will also be songs.",
    "\"The miners sang every night,\" he said.",
    "\"The first night we went to the huts, we saw the lamps,\" he said.",
])
def test_a_days_name_and_a_place_before_where_are_no_person(sentence):
    assert who(MEMORY, sentence) == "Tom Reed"


PLACE_WHERE = ("Ned Varga spent two winters at the camp.\n\n"
               "Mr Varga says the nights were the worst.\n\n"
               "\"After dark we heard the lorries go by,\" he said.\n\n"
               "\"Not loud, but steady, like a clock.\n\n"
               "\"We did not know where they went or why.\"\n\n"
               "But when the crews were allowed out, they would be taken to huts next to Molberg II, Hollin, where the work was harsher.\n\n"
               "\"The first night we went to the huts, we saw the lamps,\" he said.")


def test_a_name_before_where_is_a_place():
    # the last person named is four paragraphs up; the one name near is a place "where" describes
    assert who(PLACE_WHERE, "\"The first night we went to the huts, we saw the lamps,\" he said.") == "Ned Varga"


@pytest.mark.parametrize("text,sentence,name", [
    # apart: a person with a two-word name ending in "Day" stays a person
    ("The singer Rosa Day opened the show.\n\nShe said the crowd was kind.", "She said the crowd was kind.", "Rosa Day"),
    # apart: a king's numeral with no "where" after it stays a person
    ("Pope Leo XV spoke at the abbey.\n\nHe said the bells would ring.", "He said the bells would ring.", "Pope Leo XV"),
])
def test_names_apart_stay_persons(text, sentence, name):
    assert who(text, sentence) == name


# 3. a surname that is also a modal -----------------------------------------------------------------------
MODAL_NAME = "The dam failed on Monday.\n\n{}"


@pytest.mark.parametrize("sentence,name", [
    ("PM Tara May said the families were \"in our hearts\" and has ordered a review of the dam.", "PM Tara May"),
    ("The families were safe, Tara May said.", "Tara May"),
    ("Will Tandy said the families were safe.", "Will Tandy"),
])
def test_a_surname_that_is_a_modal_speaks(sentence, name):
    assert who(MODAL_NAME.format(sentence), sentence) == name


def test_a_lower_case_modal_before_a_cue_is_still_no_frame():
    sentence = "Critics of the scheme may say it costs too much."
    assert who(MODAL_NAME.format(sentence), sentence) is None


# 4, 5. descriptions holding a short form or a quotation ------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Lena Voss, from the Tarn office of the Open Coast League (OCL), which also fought the plan, said they were glad the council had given way.",
     "Lena Voss"),
    ("Lena Voss, a member of the Open Coast League (OCL), said they were glad the council had given way.", "Lena Voss"),
    ("Mr Brand, who earlier issued a note saying he was \"deeply upset by the loss,\" said workers in open pits would be nervous.",
     "Mr Brand"),
])
def test_a_short_form_or_a_quotation_in_the_description_keeps_the_speaker(sentence, name):
    assert who(MODAL_NAME.format(sentence), sentence) == name


def test_a_quotation_that_opens_the_sentence_stays_apart():
    sentence = "\"We are upset by the loss,\" said workers at the pit."
    assert who(MODAL_NAME.format(sentence), sentence) == "workers at the pit"  # unchanged by the rule above (it was None
    # before; since the lead, session 28, an unnamed group and the phrase that places it speak after an inverted cue)


# 6, 8. a letter to someone described, and its "it" -------------------------------------------------------
LETTER = ("The trust was told to reply by June.\n\n"
          "In a letter to Dr Amos Pell, chair of Rivet Hill Trust, Lady Orme said the trust had broken the terms of its grant.\n\n"
          "\"So the minister is minded to end the grant unless the faults are fixed,\" it said.")


@pytest.mark.parametrize("sentence", [
    "In a letter to Dr Amos Pell, chair of Rivet Hill Trust, Lady Orme said the trust had broken the terms of its grant.",
    "\"So the minister is minded to end the grant unless the faults are fixed,\" it said.",
])
def test_a_letters_writer_speaks(sentence):
    assert who(LETTER, sentence) == "Lady Orme"


def test_a_letters_claims_are_reported():
    claims = [c for c in code(LETTER).claims if "grant" in c.text]
    assert len(claims) == 2 and all(c.attributed_to == "Lady Orme" and c.certainty != "stated" for c in claims)


def test_it_after_a_statement_by_a_body():
    # the same shape with a body as the writer: "it" was left unresolved before
    text = ("The plant closed in May.\n\nIn a statement, Harlow Mills said it regretted the loss of jobs.\n\n"
            "\"We did all we could,\" it said.")
    assert who(text, "\"We did all we could,\" it said.") == "Harlow Mills"


# 7. a spokesperson's "they" ------------------------------------------------------------------------------
SPOKES = ("The county placed Brill Lane School under review last week.\n\n"
          "A spokesman for Brill Lane School said they would fight the Kestrel Board report in the courts.\n\n"
          "They said ending the grant would mean the trust could lose the two schools.\n\n"
          "\"What happens next is for the minister,\" they said.")


@pytest.mark.parametrize("sentence", [
    "They said ending the grant would mean the trust could lose the two schools.",
    "\"What happens next is for the minister,\" they said.",
])
def test_they_after_a_spokesperson_is_the_spokesperson(sentence):
    assert who(SPOKES, sentence) == "A spokesman for Brill Lane School"


def test_they_after_a_group_apart():
    text = ("The county placed Brill Lane School under review last week.\n\n"
            "Parents at Brill Lane School said they would fight the Kestrel Board report.\n\n"
            "They said the report was unfair.")
    assert who(text, "They said the report was unfair.") == "Parents at Brill Lane School"


# 9. one of a pair named again ----------------------------------------------------------------------------
PAIR = ("The two governments met in Vantor last month.\n\n"
        "Pelland and the OSR were due to meet in Vantor to plan the talks, but Pelland's envoys were told to go home. "
        "The OSR also said that it would recall staff \"sent for the joint office\".")


def test_one_of_a_pair_named_again_is_itself():
    assert who(PAIR, "The OSR also said that it would recall staff \"sent for the joint office\".") == "The OSR"


# 10. a quotation of purpose after a named person's act -----------------------------------------------------
PURPOSE = ("The harbour board met on Monday.\n\n"
           "The new port minister, Ada Crane, said she too had heard from captains.\n\n"
           "When the session closed, she promised \"every single captain\" would be paid.\n\n"
           "Earlier Tara May ordered a full review, \"to make sure this is properly looked at\".")


def test_a_named_persons_act_with_a_quoted_purpose_is_not_the_last_speakers():
    assert who(PURPOSE, "Earlier Tara May ordered a full review, \"to make sure this is properly looked at\".") is None


def test_a_quoted_paragraph_with_no_subject_still_goes_on_apart():
    text = PURPOSE.replace("Earlier Tara May ordered a full review, \"to make sure this is properly looked at\".",
                           "\"We want every gate checked before the winter storms arrive.\"")
    assert who(text, "\"We want every gate checked before the winter storms arrive.\"") == "Ada Crane"


# 11. a relative clause after a preposition ("to whom ...") describes the speaker -------------------------
def test_a_to_whom_clause_describes_the_speaker():
    sentence = ("Pell, to whom Tully gave his 1990 Rider of the Hills striped vest which today sits in a frame above the till of "
                "his bike shop, added: \"Tully was rare.\"")
    assert who("Tully won the county title in 1990.\n\n" + sentence, sentence) == "Pell"


# 12. claims lost to two checks -----------------------------------------------------------------------------
def test_a_counterfactual_with_a_quotation_mark_after_have_is_kept():
    # the check read the claim's raw text ('would have "hurt ...') and its support by words, so the claim's own
    # counterfactual was not seen and the source's statement was rejected as a counterfactual stated as fact
    text = ("The council dropped the plan on Friday.\n\n"
            "Lobby group Dune Watch said the law would have \"hurt free speech and posed a threat to local papers\".\n\n"
            "The mayor did not comment.")
    claims = [c for c in code(text).claims if "Dune Watch" in c.text]
    assert len(claims) == 1 and claims[0].attributed_to == "Lobby group Dune Watch"


def test_a_counterfactual_stated_plainly_is_still_rejected_apart():
    text = ("The council dropped the plan on Friday.\n\n"
            "The plan would have closed the harbour school and the library.\n\nThe mayor did not comment.")
    from summarizer.fields import sentence_problem  # the check of a plain restatement lives in verify; the claim here
    assert sentence_problem("The plan closed the harbour school and the library.") is None  # is well formed
    assert not any(c.text.startswith("The plan closed") for c in code(text).claims)


def test_a_quotation_opened_by_a_badly_decoded_mark_is_kept():
    text = ("The dockers met the board on Monday.\n\n"
            "Crane driver Abe Lott told a local paper the findings were \"unfair\".\n\n"
            "\"\u00e2\u20ac\u017dInspectors came with long lists of set questions,\" he said.")
    claims = [c for c in code(text).claims if "long lists" in c.text]
    assert len(claims) == 1 and claims[0].attributed_to == "Crane driver Abe Lott"


@pytest.mark.parametrize("text", ["élan was the word of the night.", "\"\u00e2\u20ac\u017ddockers came with lists.\""])
def test_a_fragment_after_such_a_mark_is_still_a_fragment_apart(text):
    from summarizer.fields import sentence_problem
    assert sentence_problem(text) is not None


# 13. the model's headline stopped before a quotation --------------------------------------------------------
def test_a_headline_that_ends_on_a_form_of_be_was_cut():
    from summarizer.ground import Text, ground_headline
    src = Text("Harbour town mourns\nThe mayor of Port Elwin has also said she is \"deeply sorry\" that the sea wall failed. "
               "The council will meet on Friday.")
    assert ground_headline(src, "The mayor of Port Elwin has also said she is", 120) == "headline is cut"
    # apart: the same headline with its complement is shown
    assert ground_headline(src, "The mayor of Port Elwin said she is deeply sorry", 120) is None


# 14. a source's extent: an opening participle, a role before a name, a name particle ------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Replying to the stories, the Department for Ports and Local Roads said it was \"plainly false\" that a study had been \"buried\".",
     "the Department for Ports and Local Roads"),
    ("In October the former Port Minister, Ada Crane, said the board had committed to a review.", "Ada Crane"),
    ("In a speech last month, President dos Vales lashed out at the papers, saying they were used to \"stir up trouble\".",
     "President dos Vales"),
])
def test_the_source_is_the_name_as_written(sentence, name):
    assert who(MODAL_NAME.format(sentence), sentence) == name


@pytest.mark.parametrize("sentence,name", [
    ("The mayor, Ada Crane, said the board had committed to a review.", "Ada Crane"),  # apart: read so before
    ("Replying to the stories, Ada Crane said the board had committed to a review.", "Ada Crane"),
])
def test_the_source_extent_apart(sentence, name):
    assert who(MODAL_NAME.format(sentence), sentence) == name


# 15. coordinated parts with no subject of their own -------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "He was drafted in 1951 fighting in the north, and after six months in Crete, was sent to a salt mine near the coast.",
    "Dunmore denies any part of its own boats in the deadly harbour fire, and says the blaze was caused by a spark on the quay and not by a flare.",
])
def test_a_part_with_no_subject_stays_with_its_clause(sentence):
    from summarizer.chunk import Span
    from summarizer.picks import claim_parts
    assert len(claim_parts(sentence, Span(0, len(sentence)))) == 1


@pytest.mark.parametrize("sentence", [
    "The mayor opened the new bridge on Monday, and after a long delay, the buses began to run again.",
    "The mayor opened the new bridge on Monday, and reports say the buses will run again.",
])
def test_a_part_with_its_own_subject_is_still_a_claim_apart(sentence):
    from summarizer.chunk import Span
    from summarizer.picks import claim_parts
    assert len(claim_parts(sentence, Span(0, len(sentence)))) == 2


# 16. a quoted paragraph after narration that names the speaker again --------------------------------------
NARRATED = ("Ned Varga spent two winters at the camp.\n\n"
            "\"After dark we heard the lorries go by,\" he said.\n\n"
            "As the thaw came, on 3 March the guards woke the men and ordered them to march.\n\n"
            "The camp was emptied within a week.\n\n"
            "By the time the relief column arrived, Mr Varga was long gone.\n\n"
            "\"We marched for nine weeks, and I lost half my weight.\"")


def test_a_first_person_quotation_after_narration_naming_the_speaker_is_theirs():
    assert who(NARRATED, "\"We marched for nine weeks, and I lost half my weight.\"") == "Ned Varga"


def test_such_a_quotation_after_narration_that_names_no_one_apart():
    text = NARRATED.replace("By the time the relief column arrived, Mr Varga was long gone.",
                            "By the time the relief column arrived, the huts were empty.")
    assert who(text, "\"We marched for nine weeks, and I lost half my weight.\"") is None


# 17. a hedge on a participle that describes a noun is the participle's ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "On Monday, the regulator published 14 reports into clinics allegedly named by the fraud squad.",
    "Following the arrest of group leader Tom Orr, allegedly held while hanging banners outside his flat, only a few people came to the square.",
])
def test_a_hedged_participle_leaves_the_main_clause_the_outlets(sentence):
    text = "The clinics were closed last year.\n\n" + sentence
    assert who(text, sentence) is None
    claims = [c for c in code(text).claims if c.text.startswith(sentence[:20])]
    assert claims and all(c.attributed_to == "article" and c.certainty != "unconfirmed" for c in claims)


@pytest.mark.parametrize("sentence", [
    "The clinics allegedly stopped the payments.",      # apart: the main verb's own hedge
    "He was allegedly detained on Friday.",             # apart: after an auxiliary
])
def test_a_hedged_main_verb_is_still_unconfirmed_apart(sentence):
    from summarizer.attribution.certainty_marks import unconfirmed_main
    assert unconfirmed_main(sentence.lower())


# left: a progressive call ("<Party> is calling for ...") -------------------------------------------------
@pytest.mark.xfail(strict=True, reason="read27 d2: 'calling' added as a weak cue (with 'for') made it the party's, but PolNeAR "
                                       "half B fell: attributed found 0.823 -> 0.822, named through pronouns 0.920 -> 0.919; dropped")
def test_left_a_progressive_call_is_the_partys():
    text = "The dykes failed in March.\n\nThe Greens are calling for rules drawn up after a flood in 2011 to be enforced at once."
    assert who(text, "The Greens are calling for rules drawn up after a flood in 2011 to be enforced at once.") == "The Greens"


# left: shapes read in the eight documents and not fixed this session (see RESULTS "Session 26: read27") ------
@pytest.mark.xfail(strict=True, reason="read27 d7 left: 'they' after 'For <n> of the <people>, <the event> is ...' went to a "
                                       "place named before; the partitive group in an opening phrase is no mention the resolver keeps")
def test_left_they_after_a_partitive_opener():
    text = ("The ride starts in Dunmore and ends north of Vellby.\n\n"
            "To three of the founders, the ride is the best way to honour Tully's career. They hope it will keep his name alive.")
    assert who(text, "They hope it will keep his name alive.") == "three of the founders"


@pytest.mark.parametrize("sentence", [
    # d3: an accusation told with "blamed ... for"
    "Pelland blamed the Osk Republic and its allies for stepping up their raids on villages.",
    # d4: a coordinated cue after an act with a long object
    "But another harbour engineer played down the risk of lost keys, and said that the port should do more than advise captains.",
    # d5: a belief of "many" whose subject holds a relative clause
    "Many believe pressure from farmers, who had long opposed the levy, played a part in the decision.",
])
@pytest.mark.xfail(strict=True, reason="read27 left: someone's words shown in the outlet's voice (an accusation with 'blamed ... for'; "
                                       "'X <act> ..., and said that ...' whose act is not read as a frame; 'Many believe <long subject> ...')")
def test_left_someones_words_in_the_outlets_voice(sentence):
    text = "The harbour board met on Monday.\n\n" + sentence
    assert who(text, sentence) is not None
