"""Session 30, read34: shapes found reading the bundled tool's output on eight more CNN / Daily Mail documents
no session had read (a guard's fall filmed by a tourist, a couple's sung announcement, a wedding-chapel
contest, a murder trial, an animal's record journey, a personal advertisement, two pundits), claim by claim
against their articles. Invented sentences (names, places and topics changed), each with what an analyst
reads in it; see evals/RESULTS.md "Session 30: read34".

1. Page captions closed by a spaced stop (" .") inside a quotation the page left open were the speaker's words.
2. "<Name> raps, '<lines>'" and "<Name> raps that ...": the singer's lines were the outlet's.
3. "'<an advert's words>,' it reads." and "The notice outlined how ...": a written text's words were the outlet's
   (a single closing mark before a narrow cue was not read as closing a quotation; "it" went to a person).
4. "The winning pair - announced next Friday - will wed ...": a participle between dashes was a frame (source
   "The winning pair -"); "<she> collaborated with <network>'s Today show to ...": "show" a cue, "Today" a time.
5. "It said ..." after "... listed on the <Name> website." went to an animal named before; "..., the newspaper
   reported." after "<X> told the <Paper> ..." stayed "the newspaper".
6. Certainty: "can reach a not guilty verdict if ..." `negated`; "made so relatives living far away could see
   ..." `speculative` (a purpose after a noun phrase).
7. "... is also 'a dreamer at heart' Bo also said ..." (a caption's quoted words with no stop before a name and
   a verb of saying) was one sentence; "<Pundit> also hit out at <player> by claiming ..." was the outlet's.
8. "The <n>-year-old described himself as ...": an age noun was no head that speaks for an evaluating cue.
9. "'...,' he said." after "<Prosecutor> suggested that ... by <expert> - who denied these claims." went to the
   prosecutor, not the expert whose rebuttal closes the sentence before.
10. `where` "<player>" from "hit out at <player>" (a target, not a place).
11. Quantities: "his <n> Foundation" counted a name; "triple 0 calls" counted 0 calls; "at 10.30am every day" made
    the kind `quantity` with no quantity.
12. "<She> has shaped the <building> that officials say belongs to ...": the whole sentence went to the officials,
    who speak only in the relative clause; the main clause is the outlet's.
14. A sports page's fixture lines ("<Team> (away) - May <n> .") were claims.
13. The model's summary sentence that repeats a run of words ("... was caught on camera, and ... the entire incident
    was caught on camera") was shown.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.labels import spaced_stop_caption
from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. captions closed by a spaced stop inside an open quotation ------------------------------------------------
_WALKER = ("Walker Tom Bale, 44, from Oldcastle, said: 'We were at the lake with the kids and I filmed the geese. "
           "Walker Tom Bale caught the scene on his phone last month as the birds landed . "
           "The first bird skids across the ice: it spins round twice before stopping . "
           "The second goose's wings fold as it drops onto the frozen water . "
           "'Then the second one came in far too fast and hit the bank. "
           "'I think the ice was thinner than it looked.'")


@pytest.mark.parametrize("caption", [
    "Walker Tom Bale caught the scene on his phone last month as the birds landed .",
    "The first bird skids across the ice: it spins round twice before stopping .",
    "The second goose's wings fold as it drops onto the frozen water .",  # an apostrophe in a word is no quotation mark
])
def test_a_spaced_stop_caption_inside_an_open_quotation_is_the_pages(caption):
    assert who(_WALKER, caption.rstrip(" .")) is None


@pytest.mark.parametrize("said", [
    "'Then the second one came in far too fast and hit the bank.",
    "'I think the ice was thinner than it looked.'",
    "'We were at the lake with the kids and I filmed the geese.",
])
def test_apart_the_speakers_own_sentences_around_the_captions_stay_his(said):
    assert who(_WALKER, said) == "Walker Tom Bale"


def test_a_caption_in_an_open_quotation_shows_no_quotation_marks_on_the_code_path():
    c = _claim(code(_WALKER), "Walker Tom Bale caught the scene")
    assert c.attributed_to == "article" and not c.text.startswith("'") and not c.text.endswith("'")


@pytest.mark.parametrize("text,expected", [
    ("He waved. The crowd cheers as the bus pulls away .", True),
    ("He waved. 'The crowd cheers as the bus pulls away .", False),  # a quotation mark of its own
    ("-LRB- Wire -RRB- He waved . The crowd cheers as the bus pulls away .", False),  # a tokenized text
    ("He waved . The crowd cheers as the bus pulls away .", False),  # every stop spaced: no sentence closes on its word
    ("He waved. The crowd cheers as the bus pulls away.", False),  # no spaced stop
])
def test_spaced_stop_caption_reads_only_a_spaced_stop_in_a_cased_page(text, expected):
    start = text.index("The crowd") if "'The" not in text else text.index("'The")
    assert spaced_stop_caption(text, start, len(text) - 1) is expected


def test_apart_a_hedged_caption_outside_any_quotation_keeps_its_unnamed_sources():
    text = ("The trial opened on Monday. Ann Vey, 52, is accused of setting fire to the barn at her farm in Lowmoor in "
            "June 2019 . The jury was sworn in before noon.")
    assert who(text, "Ann Vey, 52, is accused of setting fire to the barn") is not None


# 2. "raps" / "sings" before a quotation, a colon or "that" -------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("In the couple's spoof clip, Dana raps, 'When our aunts and uncles kept on asking about a baby.'", "Dana"),
    ("Kit raps that the pair thought it would take a year before a baby came along.", "Kit"),
])
def test_a_singer_reports_her_lines(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    "Dana raps, sings and dances in the clip with her brother.",  # a comma before no quotation
    "The choir sang, as it does every year, in the old chapel.",
    "The Tarn choir sang 'We Shall Stand' at the opening of the new hall on Friday.",  # a song's name, no speech
    "He sang a lullaby to the baby.",
    "The senator rapped the agency for its slow response to the floods.",  # "rapped" with an object: a rebuke told
    "The band sang three songs before the storm hit.",
])
def test_apart_singing_with_no_content_is_the_outlets(sentence):
    assert who(sentence, sentence) is None


# 3. a written text's words: "'...,' it reads.", "The notice outlined how ..." --------------------------------
_NOTICE = ("A farmer has gone online to find a wife, posting a notice listing what he wants. "
           "'SEEKING lady friend, must like sheep... House provided, job MAY include a tractor and a dog,' it reads. "
           "The paper tried without success to reach him.")


@pytest.mark.parametrize("part", ["House provided, job MAY include a tractor", "SEEKING lady friend, must like sheep"])
def test_it_reads_gives_the_quoted_words_to_the_text_not_the_man(part):
    assert who(_NOTICE, part) == "the notice"


@pytest.mark.parametrize("sentence,name", [
    ("The council put up a sign. 'No dogs on the beach after noon on Sundays in summer,' the sign reads.", "the sign"),
    ("The council put up a sign. 'No dogs on the beach after noon on Sundays in summer,' it reads.", "the sign"),
    ("The notice outlined how the lucky lady must enjoy early mornings.", "The notice"),
    ("The mayor's letter read: 'We will rebuild the pier before the summer season begins.'", "The mayor"),  # (a possessor's text: its writer, as before)
])
def test_a_written_text_that_reads_or_outlines_is_the_source(sentence, name):
    target = sentence.split(". ", 1)[1] if sentence.startswith("The council") else sentence
    assert who(sentence, target) == name


@pytest.mark.parametrize("sentence", [
    "She reads the paper every morning before work at the mill.",
    "The minister outlined plans for three new schools in the valley.",
    "He read a book about the war on the long train ride home.",
])
def test_apart_reading_and_outlining_with_an_object_are_the_outlets(sentence):
    assert who(sentence, sentence) is None


# 4. a participle between dashes; a programme's "Today show" ------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The lucky pair - announced next Friday - will marry at the old mill chapel on May 2.",
    "The winners - revealed on Tuesday - will share the prize.",
    "The 52-year-old teamed up with KTVX's Today show to start a quiz for one family.",
])
def test_no_frame_from_a_dashed_participle_or_a_programme(sentence):
    from summarizer.attribution import analyze
    assert analyze(sentence).relations == [] or who(sentence, sentence) is None
    assert all(not r.source.rstrip().endswith("-") and "teamed" not in r.source for r in analyze(sentence).relations)


@pytest.mark.parametrize("sentence,name", [
    ("The mayor - speaking on Friday - said the mill will reopen.", "The mayor"),  # the cue after the dashes
    ("Ofsted's figures show that pupils in the town are doing better.", "Ofsted's figures"),  # a lower-case head
])
def test_apart_frames_around_dashes_and_shows_stay(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("text,expected", [
    ("The 52-year-old teamed up with KTVX's Today show on a quiz.", None),
    ("He spoke to the Today programme on Monday.", "on Monday"),
    ("Today, the mill reopened.", "today"),  # the sentence's first word
    ("The mill reopened today.", "today"),
    ("The lucky pair - announced next Friday - will marry at the mill chapel on Thursday, May 2.", "on Thursday, May 2"),
    ("The plant - opened in 2019 - will close.", None),  # a dashed participle's date is no time of the claim
    ("The show - it ended last week - was a hit.", "last week"),  # (a clause between dashes: as before)
    ("He is accused of setting fire to the barn at his farm in Lowmoor on July 2019.", "on July 2019"),  # month, year
    ("The plant opened on July 20 2012 after delays.", "on July 20 2012"),
])
def test_a_capital_today_inside_a_sentence_is_a_title(text, expected):
    from summarizer import dates
    assert dates.find_phrase(text) == expected


# 5. "It said" after a named page; "the newspaper" after "told the <Paper>" ----------------------------------
_WHALE = ("The whale, named Lulu, swam 9,000 miles, according to a release from Tarn University. Lulu left her "
          "feeding ground off the coast to cross the ocean. Lulu's journey beat a record listed on the Book of "
          "Records website. It said the old best was held by a seal that swam a mere 3,000 miles.")


def test_it_said_after_a_sentence_closing_on_a_named_page_is_the_page():
    assert who(_WHALE, "It said the old best was held by a seal") == "the Book of Records website"


@pytest.mark.parametrize("text,part,name", [
    ("Acme Foods posted the menu on the Acme Foods website. It said the cafe would open in May.",
     "It said the cafe would open", "Acme Foods"),  # the page's owner named before: as before
    ("Jo Pike runs a popular travel website. It said the bridge would close in May.", "It said the bridge", "It"),
])
def test_apart_it_said_after_an_owned_or_unnamed_page(text, part, name):
    assert who(text, part) == name


@pytest.mark.parametrize("text,part,name", [
    ("Jo told the Valley Herald 'We have had a great time.' She is the granddaughter of a famous sailor, the "
     "newspaper reported.", "She is the granddaughter of a famous sailor", "the Valley Herald"),
    ("The pair told KXYZ that it took five takes. Another clip is likely, the station reported.",
     "Another clip is likely", "KXYZ"),
])
def test_the_newspaper_is_the_outlet_a_speaker_told(text, part, name):
    assert who(text, part) == name


def test_apart_the_newspaper_is_no_person_a_speaker_told():
    text = "Jo told Ann Lee that she was tired. The boat sank near the pier, the newspaper reported."
    assert who(text, "The boat sank near the pier") == "the newspaper"


# 6. certainty: a verdict's name; a purpose after a noun phrase ----------------------------------------------
@pytest.mark.parametrize("text,certainty", [
    ("The jury can reach a not guilty verdict if the farmer's state of mind at the time of the fire can be shown.",
     "speculative"),
    ("The jury returned a not guilty verdict after a two-week trial in Marlow.", "stated"),
    ("The gate was left open so the sheep could roam the hills.", "stated"),
    ("According to KXYZ, the clip was made so relatives living far away could see the new baby.", "reported"),
])
def test_a_verdicts_name_and_a_purpose_are_not_the_claims_negation_or_hedge(text, certainty):
    assert code(text).claims[0].certainty == certainty


@pytest.mark.parametrize("text,certainty", [
    ("So many people could not get tickets that the club added a show.", "negated"),  # "so many": a degree
    ("The river might rise so far the town could flood in the spring.", "speculative"),  # the main clause's "might"
    ("The farmer was not guilty of the fire at the barn in Marlow last spring.", "negated"),
])
def test_apart_degrees_and_main_clause_hedges_stay(text, certainty):
    assert code(text).claims[0].certainty == certainty


# 7. a quoted caption glued to "<Name> also said"; "hit out at X by claiming ..." ----------------------------
def test_a_quoted_phrase_with_no_stop_before_a_name_and_said_ends_its_sentence():
    from summarizer.chunk import split_sentences
    t = ("The notice said the lucky lady must enjoy early mornings, but is also 'a dreamer at heart' Bo also said he "
         "is 'never shy of spending'. Then more.")
    parts = [t[s.start:s.end] for s in split_sentences(t)]
    assert parts[1].startswith("Bo also said")


def test_apart_a_quoted_phrase_before_a_lower_case_word_stays_one_sentence():
    from summarizer.chunk import split_sentences
    t = "They called the plan 'a bold move' and said nothing more about it. Then more."
    assert len(split_sentences(t)) == 2


@pytest.mark.parametrize("sentence", [
    "Rowe, who was speaking after the draw, also hit out at Tom Vale by claiming the club will struggle to win the cup if he stays in goal.",
    "Rowe criticised the board by saying it had wasted the money.",
    "The coach responded by insisting that his players had done nothing wrong.",
])
def test_a_criticism_or_reply_by_saying_is_the_subjects(sentence):
    assert who(sentence, sentence) == sentence.split(",")[0].split(" criticised")[0].split(" responded")[0]


@pytest.mark.parametrize("sentence", [
    "The mayor ended the meeting by saying the vote would wait.",  # an act told, no criticism or reply
    "The council responded by closing the road for a week.",  # no gerund of saying
])
def test_apart_by_gerund_without_criticism_or_saying_is_the_outlets(sentence):
    assert who(sentence, sentence) is None


# 8. an age noun as the head of a speaking subject -----------------------------------------------------------
def test_an_age_noun_heads_a_subject_that_describes_himself():
    s = "The 40-year-old described himself as a quiet and loyal man."
    assert who(s, s) == "The 40-year-old"


def test_apart_an_age_noun_does_not_make_a_non_speaking_verb_a_frame():
    s = "The 40-year-old walked his dogs along the beach every morning."
    assert who(s, s) is None


# 9. "he/she said" after a sentence closing on a rebuttal's relative clause -----------------------------------
_TRIAL = ("Dr Ann Hale told the court that the calls the farmer made proved his mood changed from hour to hour. "
          "Prosecutor Tom Reed suggested that the farmer faked his poor memory while being examined by Dr Hale - who "
          "denied these claims. 'I believe it is more probable than not that the farmer was suffering a mental "
          "illness in the months before the fire,' she said.")


def test_she_said_after_a_closing_denial_is_the_denier():
    assert who(_TRIAL, "I believe it is more probable") in ("Dr Hale", "Dr Ann Hale")


def test_apart_with_no_denial_the_last_speaker_goes_on():
    text = _TRIAL.replace(" - who denied these claims", "")
    assert who(text, "I believe it is more probable") == "Prosecutor Tom Reed"


# 10. "at" after a verb of aiming names a target, not a place -------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Rowe also hit out at Tom Vale by claiming the club will struggle to win the cup.", None),
    ("The crowd shouted at Grey Hall as the bus left.", None),
    ("They met at Grey Hall on Friday.", "Grey Hall"),  # a place after a plain "at"
])
def test_at_after_a_verb_of_aiming_is_no_place(text, place):
    from summarizer import places
    assert places.place_of(text) == place


# 11. numbers that count nothing: a body's name, a number named, a clock time with a dot -----------------------
@pytest.mark.parametrize("text,kind,counted", [
    ("The 40-year-old, who played 500 games for the club, has coached in six schools in the city through his 12 "
     "Foundation.", "quantity", ["games", "schools"]),
    ("The expert said the triple 0 calls the farmer made showed his mood swinging from minute to minute.",
     "statement", []),
    ("A crowd forms to see the parade by the town hall at 10.30am each morning in June.", "event", []),
])
def test_numbers_that_count_nothing(text, kind, counted):
    c = code(text).claims[0]
    assert c.kind == kind and [q.counted for q in c.quantities] == counted


@pytest.mark.parametrize("text,counted", [
    ("The ferry carried 12 boats of fish to the port on Monday.", ["boats"]),
    ("The charity runs 3 schools in the valley and plans more.", ["schools"]),  # a lower-case noun still counts
])
def test_apart_counts_stay(text, counted):
    assert [q.counted for q in code(text).claims[0].quantities] == counted


# 12. a source inside a relative clause after a noun -------------------------------------------------------
def test_a_source_inside_a_relative_clause_leaves_the_main_clause_to_the_outlet():
    s = ("The band has backed the museum that curators say is the first lasting show of its props, posters and "
         "costumes outside its old home in Leeds.")  # (the relative clause is most of the sentence)
    assert who(s, s) is None


@pytest.mark.parametrize("sentence,name", [
    ("The council said that officials say the bridge is unsafe and must close at once.", "The council"),
    ("Engineers say the bridge that opened in May is unsafe.", "Engineers"),
])
def test_apart_a_complement_that_and_a_main_clause_source_stay(sentence, name):
    assert who(sentence, sentence) == name


# 13. the model's summary sentence that repeats itself ----------------------------------------------------------
@pytest.mark.parametrize("sentence,run", [
    ("This mishap was filmed on a phone, and sadly for her the whole mishap was filmed on a phone.",
     "mishap was filmed on a"),
    ("The team won the cup, and the team won the league.", None),  # a short run, a sentence's parallel
    ("The bridge over the river and the road over the river were shut.", None),
])
def test_a_summary_sentence_that_repeats_a_run_of_five_words(sentence, run):
    from summarizer.summary_hedges import repeated_run
    assert repeated_run(sentence) == run


# 14. a fixture list's lines are page furniture -----------------------------------------------------------------
@pytest.mark.parametrize("line,expected", [
    ("Dock United (away) - May 4 .", True),
    ("Harbour Rovers (home) May 20 .", True),
    ("The club plays Dock United (away) on May 4 in the cup.", False),  # a sentence about a fixture
    ("Rovers won at home on May 4.", False),
])
def test_a_fixture_line_is_furniture(line, expected):
    from summarizer.chunk import is_furniture
    assert is_furniture(line) is expected
