"""Session 25, read26: shapes found reading the bundled tool's output on eight faithfulness documents no
session had read (a jury's verdict, an athletics record, a scientist's profile, detained activists, a
child's treatment abroad, a runaway farm vehicle, noise complaints in a city, a footballer coming out),
claim by claim against their articles. Invented sentences (names, places and topics changed), each
with what an analyst reads in it; see evals/RESULTS.md "Session 25: read26".

1. "In June, two weeks after the sale closed, Ivo Drent said ...": a date phrase and a lapse of time
   before the speaker pushed his content under half of the sentence, and the sentence was the outlet's
   `stated` fact (twice in one story, "told a paper" and "said").
2. "And retired keeper Ben Marsh, who trained with Oakes in 2010, wrote: “...”": a bare "And" before a
   long source left a colon quotation to the outlet's voice.
3. '"...," she was once cited as saying.': a passive frame of quoting, the outlet's voice.
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


# 1. a date and a lapse of time before the speaker -------------------------------------------------------
LAPSE = ("The ferry was sold to a private yard in May.\n\n"
         "In June, two weeks after the sale closed, Ivo Drent told a trade weekly a new survey showed \"no rust\" on the hull.\n\n"
         "But in June, two weeks after the sale closed, Mr Drent said the hull was sound.\n\n"
         "On Friday, three days before the vote, the harbor board said the fees would rise.")


@pytest.mark.parametrize("sentence,name", [
    ("In June, two weeks after the sale closed, Ivo Drent told a trade weekly a new survey showed \"no rust\" on the hull.", "Ivo Drent"),
    ("But in June, two weeks after the sale closed, Mr Drent said the hull was sound.", "Ivo Drent"),
    ("On Friday, three days before the vote, the harbor board said the fees would rise.", "the harbor board"),
])
def test_a_date_and_a_lapse_of_time_open_the_speakers_statement(sentence, name):
    assert who(LAPSE, sentence) == name


def test_the_lapse_claims_are_reported():
    claims = [c for c in code(LAPSE).claims if "two weeks after the sale" in c.text]
    assert len(claims) == 2 and all(c.attributed_to == "Ivo Drent" and c.certainty == "reported" for c in claims)


@pytest.mark.parametrize("text,sentence", [
    # apart: a lapse of time with an event of its own, no speaker: the outlet's
    ("The ferry was sold in May. In June, two weeks after the sale closed, the yard repainted the hull.",
     "In June, two weeks after the sale closed, the yard repainted the hull."),
    # apart: a long opener that is no lapse of time stays the outlet's
    ("The ferry was sold in May. In June, with the buyers angry about the long delays at the yard, Mr Drent said the hull was sound.",
     "In June, with the buyers angry about the long delays at the yard, Mr Drent said the hull was sound."),
])
def test_the_lapse_apart(text, sentence):
    assert who(text, sentence) is None


# 2. "And" before a long source of a colon quotation ------------------------------------------------------
ANDCOLON = ("Oakes announced his retirement from the club on Sunday.\n\n"
            "And retired keeper Ben Marsh, who trained with Oakes at the 2010 finals, wrote: \"Well done Sam. A brave choice.\"\n\n"
            "The club posted a note.")


def test_and_before_a_long_source_of_a_colon_quotation():
    assert who(ANDCOLON, "And retired keeper Ben Marsh, who trained with Oakes at the 2010 finals, wrote: \"Well done Sam.") \
        == "retired keeper Ben Marsh"
    first = next(c for c in code(ANDCOLON).claims if "Well done Sam" in c.text)
    assert first.attributed_to != "article" and first.certainty == "reported"


@pytest.mark.parametrize("sentence", [
    # apart: an indirect statement after "And" and a long source stays the outlet's (read25's strict xfail: half B)
    "And retired keeper Ben Marsh, who trained with Oakes at the 2010 finals, said the choice was brave.",
])
def test_and_before_a_long_source_apart(sentence):
    text = "Oakes announced his retirement on Sunday. " + sentence
    assert who(text, sentence) is None


# 3. "he was quoted as saying" ----------------------------------------------------------------------------
QUOTED_AS = ("Dr Lund has never been shy about her results. \"My lab is as good as any in the country,\" she was once cited as saying.\n\n"
             "Later, Dr Lund was quoted as saying that the grant was too small.")


@pytest.mark.parametrize("sentence", [
    "\"My lab is as good as any in the country,\" she was once cited as saying.",
    "Later, Dr Lund was quoted as saying that the grant was too small.",
])
def test_quoted_as_saying_is_the_quoted_persons(sentence):
    assert who(QUOTED_AS, sentence) == "Dr Lund"


def test_quoted_as_saying_after_a_question_inside_the_quotation():
    text = "Dr Lund is proud of her lab. \"Is my lab as good as any in the land? Of course,\" she was later cited as saying. She lives in Varn."
    assert who(text, "Of course,\" she was later cited as saying.") == "Dr Lund"


@pytest.mark.parametrize("text,sentence", [
    # apart: the quoting reporter's own passive with no saying participle stays the outlet's
    ("Dr Lund spoke at the fair. He was once quoted in three papers on the same day.", "He was once quoted in three papers on the same day."),
])
def test_quoted_as_apart(text, sentence):
    assert who(text, sentence) is None


# 4. embedded posts: "<Name> @handle [age]" on a line, the post on the next -------------------------------
POSTS = ("Oakes retired from the club on Sunday, and players past and present praised him.\n"
         "Ivo Drent \u200f@ivodrent\n"
         "Good luck to Sam Oakes on whatever comes next, a true servant of the game\n"
         "Tara Quill \u200f@TQuill9 12m\n"
         "Sam Oakes has given this club twenty good years. Sad that so few players stay that long...\n"
         "...before they move on to the next club. A rare man in a rare era.\n"
         "The club later showed a short film about his career.")


@pytest.mark.parametrize("sentence,name", [
    ("Sam Oakes has given this club twenty good years.", "Tara Quill"),
    ("Sad that so few players stay that long...", "Tara Quill"),
    ("A rare man in a rare era.", "Tara Quill"),
])
def test_an_embedded_post_is_its_accounts(sentence, name):
    assert who(POSTS, sentence) == name


@pytest.mark.parametrize("text,sentence", [
    # apart: the prose after a post's paragraph is the outlet's again
    (POSTS, "The club later showed a short film about his career."),
    # apart: a handle inside a sentence is no byline
    ("Readers wrote to @KestrelDesk all week.\nThe harbor reopened on Monday after repairs.",
     "The harbor reopened on Monday after repairs."),
])
def test_an_embedded_post_apart(text, sentence):
    assert who(text, sentence) is None


# 5. a wire page's inline link headlines ("A look at the ruling ."): no claims -----------------------------
WIRE = ("Kestrel (CNN)A jury on Tuesday found the former port manager guilty of fraud. Read the full ruling . "
        "The sentencing hearing is set for June. Harbor boss keeps his pension for now . "
        "Prosecutors said the scheme ran for nine years. Ada Lin reported from Kestrel.")


def test_link_headlines_of_a_wire_page_are_no_claims():
    texts = [c.text for c in code(WIRE).claims]
    assert not any(t.startswith(("Read the full ruling", "Harbor boss keeps")) for t in texts)
    assert any(t.startswith("The sentencing hearing is set for June") for t in texts)
    assert any(t.startswith("Prosecutors said the scheme ran") for t in texts)


@pytest.mark.parametrize("text,start", [
    # apart: no wire tag in the opening (a page that ends its own sentences with " ."): kept
    ("A jury on Tuesday found the former port manager guilty of fraud . Harbor boss keeps his pension for now . "
     "Prosecutors said the scheme ran for nine years .", "Harbor boss keeps his pension"),
    # apart: a long sentence with a space before its stop in a wire story is news
    ("Kestrel (CNN)A jury on Tuesday found the former port manager guilty of fraud. To see why, we have to look hard at how "
     "the port kept its books over many years . The sentencing hearing is set for June.", "To see why, we have to look hard"),
])
def test_link_headlines_apart(text, start):
    assert any(c.text.startswith(start) for c in code(text).claims)


# 6. a colon frame after a scene opener ("Speaking to the radio, Dr X, a vet at the clinic, said:"): no claim
@pytest.mark.parametrize("text", [
    "Speaking to a local radio station, Dr Ada Lin, senior vet at Varn Animal Clinic, said.",
    "Back at the clinic on Monday with the dog at her side, Dr Lin explained.",
    "Safely home at the farm with the goats fed, Mr Vale added.",
])
def test_a_frame_after_a_scene_opener_says_nothing(text):
    from summarizer.part_shapes import frame_only
    assert frame_only(text)


@pytest.mark.parametrize("text", [
    # apart: an opener with a clause of its own, or content after the verb
    "Prices rose, analysts said.",
    "Speaking to a local radio station, Dr Ada Lin said the dog had recovered.",
    "In a letter that reached the council on Friday, Dr Lin wrote.",
    "After the vote failed, the mayor said.",
])
def test_a_frame_after_a_scene_opener_apart(text):
    from summarizer.part_shapes import frame_only
    assert not frame_only(text)


def test_the_quotation_after_the_scene_framed_colon_is_still_the_speakers():
    text = ("The dog was found on Sunday. Speaking to a local radio station, Dr Ada Lin, senior vet at Varn Animal Clinic, said: "
            "\"She is thin but she will recover. We will keep her for a week.\"")
    claims = code(text).claims
    assert not any(c.text.startswith("Speaking to a local radio station") for c in claims)
    assert any("She is thin" in c.text and c.attributed_to == "Dr Ada Lin" for c in claims)


# 7. "Asked for comment she said: '...'": a questioned participle and no comma before the speaker ------
ASKED = ("Ann Vole lives on the top floor of the block. Her neighbour Tom Reed said: 'They are loud every night.' "
         "Asked for comment she said: 'I am busy at the moment'.")


def test_asked_with_no_comma_before_the_speaker():
    assert who(ASKED, "Asked for comment she said: 'I am busy at the moment'.") == "Ann Vole"


@pytest.mark.parametrize("text,sentence,name", [
    # apart: the comma form was already hers; a question put to someone else is not his answer
    ("Ann Vole lives on the top floor. Asked about the noise, she said: 'I am busy.'", "Asked about the noise, she said: 'I am busy.'", "Ann Vole"),
])
def test_asked_apart(text, sentence, name):
    assert who(text, sentence) == name


# 8. "The woman whose dog ran onto the road said: '...'": a "whose" clause in the speaker's noun phrase ------
@pytest.mark.parametrize("sentence,name", [
    ("The woman whose goats broke into the school garden twice this spring said on Monday: 'I am not hiding from anyone'.",
     "The woman"),
    ("The firm whose depot Ada Lin visited said sales fell.", "The firm"),
])
def test_whose_clause_in_the_speakers_noun_phrase(sentence, name):
    assert who("Goats roam the valley. " + sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    # apart: the relative clause holds the report, the main clause an act
    "The man whose lawyer said he was sorry left the court.",
])
def test_whose_clause_apart(sentence):
    assert who("Goats roam the valley. " + sentence, sentence) is None


# 9. a closed quotation before "Another neighbour said: '...'": the colon frame points forward ---------------
NEIGHBOURS = ("Neighbour Tom Reed, 41, a nurse, said that the pair often argue. He said: 'It happens twice a week. "
              "'They usually shout for ten minutes and I hear them everywhere. "
              "'Sometimes it is the kitchen and sometimes it is the hall.' Another neighbour said: 'It is very loud. "
              "'I have to wear earplugs.' The landlord was away.")


@pytest.mark.parametrize("sentence,name", [
    ("'Sometimes it is the kitchen and sometimes it is the hall.'", "Neighbour Tom Reed"),
    ("Another neighbour said: 'It is very loud.", "Another neighbour"),
])
def test_a_colon_frame_does_not_take_the_quotation_before_it(sentence, name):
    assert who(NEIGHBOURS, sentence) == name


def test_a_bare_frame_after_a_quotation_apart():
    # apart: a bare frame with no colon still takes the closed quotation before it
    text = "The hall flooded. 'How can this go on?' Ann Vole said. The landlord was away."
    assert who(text, "'How can this go on?'") == "Ann Vole"


# 10. "<Name> (pictured) was ... when ...": news with a picture's mark, no caption ---------------------------
def test_a_pictured_mark_before_a_verb_is_news():
    text = ("The goat got loose on Sunday. The farmer's wife Ann Vole (pictured) was feeding the hens when the goat "
            "pushed open the gate. It ran onto the main road.")
    assert any(c.text.startswith("The farmer's wife Ann Vole (pictured) was feeding") for c in code(text).claims)


@pytest.mark.parametrize("caption", [
    # apart: a caption with no verb after the mark, or a position mark of a pair, stays a caption
    "Ann Vole (pictured) with her goats at the county fair in Varn last summer.",
    "Ann Vole (left) and her sister (right) were fined for the escape at the county fair.",
])
def test_a_pictured_mark_apart(caption):
    text = "The goat got loose on Sunday. " + caption + " It ran onto the main road."
    assert not any(c.text.startswith("Ann Vole (") for c in code(text).claims)


# 11. "Ferns: The Hidden Valley is to be broadcast on ...": a programme's title with a colon, no speaker ---------
@pytest.mark.parametrize("text,sentence,name", [
    ("Ferns grew in the valley for years.\nFerns: The Hidden Valley is to be broadcast on BBC2 on Monday at 20:00.",
     "Ferns: The Hidden Valley is to be broadcast on BBC2 on Monday at 20:00.", None),
    # apart: a headline's "Name: content" still names its speaker
    ("Ann Vole spoke on Monday.\nVole: Council will sell the old harbor sheds to pay for the bridge.",
     "Vole: Council will sell the old harbor sheds to pay for the bridge.", "Ann Vole"),
])
def test_a_programme_title_with_a_colon(text, sentence, name):
    assert who(text, sentence) == name


# 12. "she" after a woman the article names family name first ("Wu Meiling ... Wu had ... her era. She ...") ---
FIRST_FAMILY = ("In May police held Wu Meiling for planning a march. The year is also the jubilee of the farm congress "
                "in Varn, at which Mary Stone famously declared that \"farms are families.\" I first met Wu "
                "at a fair long ago. Wu had a childhood typical of her era. She grew up in the hills, which have changed for "
                "many. Over the last decades the economy has boomed, but her peers face what growth costs. "
                "Like other mothers, she worries over where to buy clean milk for her son, and whether to send him to his "
                "grandparents in the hills for a calmer life.")


# (read26 left this open (d4); since coref48 a one-word name that opens one person's full name, "Wu" of "Wu Meiling",
# is that person for "she", so the subject of the sentences before is found without a possessive vote)
def test_she_is_the_woman_named_family_name_first():
    sentence = FIRST_FAMILY[FIRST_FAMILY.index("Like other mothers"):]
    assert who(FIRST_FAMILY, sentence) == "Wu Meiling"


def test_she_after_two_women_is_the_one_speaking():
    # the reason the possessive vote was dropped (d2's shape): the record holder speaks, the athlete is named in passing
    text = ("Ida Moss, 23, broke Vale's 20-year-old record by four seconds at the Kestrel arena on Sunday, with a time of 9 minutes.\n"
            "Vale said she was pleased to watch her old mark fall to Moss.\n"
            "She had earlier raised doubts about whether Moss's race had met all the rules set by the federation.\n"
            "Moss broke her own national record at a meeting in Varn in May.")
    assert who(text, "She had earlier raised doubts about whether Moss's race had met all the rules set by the federation.") == "Vale"


# 13. the fallback headline is no question ("But will he face prison?") -----------------------------------------
def test_the_fallback_headline_is_no_question():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    article = ("Kestrel (CNN)Guilty on every count. But will he face prison? After a day of talks, jurors found the former "
               "port manager guilty on Tuesday of all nine counts he faced. The sentencing hearing is set for June.")
    draft = DraftSummary(headline="Port manager cleared of 40 counts", summary="The port manager was found guilty on Tuesday.")
    headline, _, warnings = grounded_summary(Text(article), draft, article)
    assert any("headline was not grounded" in w for w in warnings)
    assert not headline.endswith("?") and headline.startswith("After a day of talks, jurors found")


def test_she_after_a_whose_speaker_is_the_head_noun():
    text = ("The goats broke into the school garden twice. The woman whose goats caused the most complaints in the valley said "
            "today: 'I am not hiding from anyone'. She said she would build a new fence.")
    assert who(text, "She said she would build a new fence.") == "The woman"


# 14. a photo caption's label at the head of a claim ("House of noise: The block is in ...") ----------------------
def test_a_caption_label_is_no_part_of_the_claim():
    text = ("Goats broke into the school garden twice this spring, neighbours said. "
            "Garden of worry: The school garden is at the end of Mill Lane in Varn. The head teacher was away. "
            "Out to graze: The goats belong to a farm across the river from the school.")
    texts = [c.text for c in code(text).claims]
    assert "The school garden is at the end of Mill Lane in Varn." in texts
    assert not any(t.startswith(("Garden of worry", "Out to graze")) for t in texts)


def test_a_single_label_on_a_page_without_captions_stays():
    # apart: one "<Label>: ..." line on a page with no other caption label is kept whole (it cost PolNeAR half B
    # an attributed claim when every such label was cut)
    text = ("Goats broke into the school garden twice this spring, neighbours said. "
            "Garden of worry: The school garden is at the end of Mill Lane in Varn. The head teacher was away.")
    assert any(c.text.startswith("Garden of worry: The school garden") for c in code(text).claims)


@pytest.mark.parametrize("sentence", [
    # apart: a frame before a colon keeps its words; a label too short to leave a claim stays whole
    "He said: The garden will reopen in May after the repairs.",
    "The post continues: The garden will reopen in May after the repairs.",
])
def test_a_caption_label_apart(sentence):
    text = "Goats broke into the school garden twice this spring. " + sentence
    assert any(c.text.startswith(sentence.split(":")[0]) for c in code(text).claims)


# 15. a colon's quotation closed with the stop outside ("... the wrong way'. .") ends the speaker's reach ---------
CLOSED_OUTSIDE = ("The woman, who gave no name, walked out of the block. She said: 'I am four months pregnant. "
                  "'I am doing what I do in my own home. I am not hurting anyone. My neighbours have got it all wrong'. . "
                  "The ranking, drawn up by a local website, put the block top with seven calls to the council. "
                  "No result of those calls was logged. . A neighbour said the pair were loud.")


@pytest.mark.parametrize("sentence", [
    "The ranking, drawn up by a local website, put the block top with seven calls to the council.",
    "No result of those calls was logged.",
])
def test_the_outlets_sentences_after_a_quotation_closed_outside_its_stop(sentence):
    assert who(CLOSED_OUTSIDE, sentence) != "She"


def test_closes_quotation_apart():
    from summarizer.attribution.sentence_checks import closes_quotation
    assert closes_quotation("It was over.'") and closes_quotation("It was the wrong way'.") and closes_quotation("It was over.'..")
    assert not closes_quotation("It was the wrong way.") and not closes_quotation("The talks went on.")


# 16. a date with its year and no comma ("between January 1 2014 and March 2 2015", "on March 3 2015") ---------------
@pytest.mark.parametrize("sentence,phrase,iso", [
    ("The helpline logged 40 calls about goats between January 1 2014 and March 2 2015.",
     "between January 1 2014 and March 2 2015", "between January 1 2014 and March 2 2015"),
    ("The ferry first sailed on March 3 2012 from Varn.", "on March 3 2012", "2012-03-03"),
    # apart: the comma form, and a date with no year
    ("The ferry first sailed on March 3, 2012 from Varn.", "on March 3, 2012", "2012-03-03"),
    ("The ferry first sailed on March 3 from Varn.", "on March 3", "2015-03-03"),
])
def test_a_date_with_its_year_and_no_comma(sentence, phrase, iso):
    from summarizer.dates import find_phrase, resolve
    assert find_phrase(sentence) == phrase
    assert resolve(phrase, "2015-03-10") == iso


# 17. "Three years later, in 1987, he ...": the year set off after a lapse dates the claim ---------------------------
@pytest.mark.parametrize("sentence,phrase", [
    ("Three years later, in 1987, the keeper joined a club in Varn.", "in 1987"),
    ("Two days earlier, in March 2010, the ferry ran aground.", "in March 2010"),
    # apart: no year after the lapse
    ("Three years later, the keeper joined a club in Varn.", "three years later"),
    ("Three years later, in the spring, the keeper joined a club in Varn.", "three years later"),
])
def test_a_year_set_off_after_a_lapse_dates_the_claim(sentence, phrase):
    from summarizer.dates import find_phrase
    assert find_phrase(sentence) == phrase
