"""Session 27, read29: shapes found reading the bundled tool's output on eight faithfulness documents no
session had read (a songwriter's death and tributes, a pupil waiting for a school place, a family's statement
to an inquest, leaked surveillance files, a monarch's birthday, a wounded soldier's friend requests, a
teenager's illness and a poster, expatriates before a referendum), claim by claim against their articles.
Invented sentences (names, places and topics changed), each with what an analyst reads in it; see
evals/RESULTS.md "Session 27: read29".

1. "..., Ada Kerr of Brill/Hanson glass blowing said.": a trade ending in "-ing" after the organisation's name
   made the source a verb's object, and the sentence the outlet's.
2. "The Herald asked the Water Board for a reply ... but its spokesperson said they would not ...": no comma
   before "but", so the paper that asked was given the spokesperson's words (and the next "they said").
3. "Some critics doubt its reach, with lecturer Tom Vell telling the BBC the gate may be ...": the named
   person's statement went to the group, and the next "he said" to a man quoted before.
4. "Ms Holt's citation stated: ... It said: ...": "it" went to a name met in passing.
5. "... paid tribute to the Duchess ... she had been a fine model, he said.": "he" went to "the Duchess".
"""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _source_of(summary, start_words: str) -> str | None:
    claim = next(c for c in summary.claims if c.evidence.quote.startswith(start_words))
    return claim.attributed_to


# 1. a trade ending in "-ing" after the organisation's name ------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Pell died in Leeds last month at the age of 71 after \"a short hard fight with illness\", "
     "Ada Kerr of Brill/Hanson glass blowing said.", "Ada Kerr of Brill/Hanson glass blowing"),
    ("The mill shut in 1990, Rob Tate of Kessel boat building said.", "Rob Tate of Kessel boat building"),
])
def test_a_trade_after_the_organisation_stays_in_the_source(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    # apart: a participle with its own object before the cue is still no subject
    "The mayor closed the road, requiring drivers to take the bridge said.",
])
def test_a_participle_with_an_object_is_no_source(sentence):
    assert who(sentence, sentence) is None


def test_a_trade_after_the_organisation_on_the_code_path():
    text = ("Pell died in Leeds last month at the age of 71 after \"a short hard fight with illness\", "
            "Ada Kerr of Brill/Hanson glass blowing said.\n\nPell's other pieces included two vases for the town hall.")
    assert _source_of(code(text), "Pell died") == "Ada Kerr of Brill/Hanson glass blowing"


# 2. "... but its spokesperson said ..." with no comma ------------------------------------------------------
ASKED = ("The Herald asked the Water Board for a reply to the points the tenants raised but its spokesperson said "
         "they would not talk about single homes.\n\n"
         "\"As we must guard the tenants' privacy, it would be wrong to talk about their homes\", they said.")


def test_a_spokesperson_after_but_speaks_not_the_paper_that_asked():
    start = ASKED.index("they would not")
    rel = __import__("summarizer.attribution", fromlist=["analyze"]).analyze(ASKED).relation_for(start, start + 30)
    assert rel is not None and rel.name == "the spokesperson for the Water Board"  # (coref52: "its" read as the body)
    assert who(ASKED, "\"As we must guard the tenants' privacy, it would be wrong to talk about their homes\", they said.") \
        == "the spokesperson for the Water Board"


@pytest.mark.parametrize("text,sentence,name", [
    # apart: "but" before a named speaker with a comma keeps its old reading
    ("Ann Cole said the pool would open, but Tom Reed said it would not.", "Ann Cole said the pool would open", "Ann Cole"),
    # apart: "but its" before no speaker noun is no second frame
    ("The firm said the plant would stay open but its owners were not sure.", "The firm said the plant would stay open but its owners were not sure.", "The firm"),
])
def test_but_apart(text, sentence, name):
    assert who(text, sentence) == name


# 3. "..., with <role> <Name> telling/saying ..." ------------------------------------------------------------
WITH = ("Port chief Dan Reese said the cranes have helped keep the docks busy - yet cannot give figures. "
        "\"If we tell rivals every trick, they will copy us,\" he said\n"
        "Some critics doubt its real reach, with marine biology lecturer Tom Vell telling the BBC the gate may be "
        "more like a \"hatch\" than a \"door\".\n"
        "\"The crews may be let in but only at night,\" he said.")


def test_the_named_person_in_a_with_clause_speaks():
    start = WITH.index("the gate may")
    rel = __import__("summarizer.attribution", fromlist=["analyze"]).analyze(WITH).relation_for(start, start + 40)
    assert rel is not None and rel.name == "marine biology lecturer Tom Vell"
    assert who(WITH, "\"The crews may be let in but only at night,\" he said.") == "marine biology lecturer Tom Vell"


@pytest.mark.parametrize("text,sentence,name", [
    # apart: "with" and a name but no participle of saying: the main clause's speaker keeps the sentence
    ("Ann Cole said the pool would open in May, with Mayor Tom Reed cutting the ribbon.",
     "Ann Cole said the pool would open in May, with Mayor Tom Reed cutting the ribbon.", "Ann Cole"),
])
def test_with_apart(text, sentence, name):
    assert who(text, sentence) == name


# 4. "It said:" after a written text spoke --------------------------------------------------------------------
CITATION = ("She walked with the Summer Games banner.\n"
            "Ms Holt's citation stated: \"The fall took her sight, but not her nerve,\" adding she now paints again.\n"
            "It said: \"Keen to prove the doctors wrong, she fought on.\"")


def test_it_after_a_citation_is_the_citation():
    assert who(CITATION, "It said: \"Keen to prove the doctors wrong, she fought on.\"") == "Ms Holt's citation"


def test_it_after_a_person_is_not_taken_for_a_text():
    text = ("Ann Cole said the pool would open in May.\n"
            "It said: \"The water is warm.\"")
    assert who(text, "It said: \"The water is warm.\"") != "Ann Cole"


# 5. a title standing alone as a name has the title's gender --------------------------------------------------
TITLE = ("He was talking on a radio show in which he praised the Duchess on her jubilee.\n"
         "She had been a \"fine model\" of what a leader should be, he said.")


def test_he_is_not_the_duchess():
    assert who(TITLE, "She had been a \"fine model\" of what a leader should be, he said.") != "Duchess"


def test_a_titled_name_keeps_its_pronoun():
    # apart: a title before a full name already told its gender; unchanged
    text = ("Queen Ann Vale said the nurses had worked hard.\n"
            "\"They have been wonderful,\" she said.")
    assert who(text, "\"They have been wonderful,\" she said.") == "Queen Ann Vale"


# 6. "<someone> is worried that ...": a state adjective that is also a verb --------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("However, the girl's father is worried that the same delay will happen to other pupils as the bus network is full.",
     "the girl's father"),
    ("The grower is worried that frost will ruin the pears.", "The grower"),
])
def test_is_worried_that_is_the_subjects_view(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence,name", [
    # apart: the verb "worried" with its object and "concerned" after "is" read as before
    ("Growers worried that frost would ruin the pears.", "Growers"),
    ("The grower is concerned that frost will ruin the pears.", "The grower"),
])
def test_worried_apart(sentence, name):
    assert who(sentence, sentence) == name


def test_a_worry_with_no_that_is_no_statement():
    sentence = "The grower is worried about the frost."
    assert who(sentence, sentence) is None or who(sentence, sentence) == "The grower"


# 7. "<X> was among those who said ... / paying tribute, posting: ..." --------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Mayor Ann Coil and councillor Rob Dale were among the members who said they would back the plan, at the full meeting.",
     "Mayor Ann Coil and councillor Rob Dale"),
    ("Jazz drummer Ola Penn was among those paying tribute, posting: \"You made the room swing!\"", "Jazz drummer Ola Penn"),
])
def test_one_among_those_who_spoke_speaks(sentence, name):
    assert who(sentence, sentence) == name


@pytest.mark.parametrize("sentence", [
    # apart: "among those" with no speaking is a plain fact
    "Mayor Ann Coil was among those hurt in the crash on the bridge.",
    "Jazz drummer Ola Penn was among the guests who arrived late on Friday.",
])
def test_among_those_apart(sentence):
    assert who(sentence, sentence) is None


# 8. a bare "she says" in the middle of a sentence ----------------------------------------------------------
@pytest.mark.parametrize("text,sentence,name", [
    ("Rita Moss runs the bakery.\n\nThe bakery was simple to run she says, because the town loved bread.",
     "The bakery was simple to run she says, because the town loved bread.", "Rita Moss"),
    ("Tom Vell swims there daily.\n\nThe council would not close the pool he says because the swimmers pay so much.",
     "The council would not close the pool he says because the swimmers pay so much.", "Tom Vell"),
])
def test_a_bare_mid_sentence_tag_speaks(text, sentence, name):
    assert who(text, sentence) == name


@pytest.mark.parametrize("text,sentence", [
    # apart: "what she says" is an object clause, no tag
    ("Rita Moss runs the bakery.\n\nThe town will follow what she says, because the bakery feeds it.",
     "The town will follow what she says, because the bakery feeds it."),
])
def test_a_wh_clause_is_no_tag(text, sentence):
    assert who(text, sentence) is None


# (a strict xfail until session 35: 'accepts that' as a clause-only cue then cost PolNeAR half B one attributed claim;
# long44's lang.CONCEDING_CUES leaves both halves unchanged, 0.899 / 0.847, and no PolNeAR sentence's source moves)
def test_accepts_that_is_the_subjects_statement():
    text = "Rob Tate runs the ferry.\n\nHe fully accepts that the ferry may be late \"but it is not something I lose sleep over\"."
    assert who(text, "He fully accepts that the ferry may be late \"but it is not something I lose sleep over\".") == "Rob Tate"


# 9. a quotation right after a sentence that introduces another person, in the same paragraph ---------------
INTRODUCED = ("Whilst one family worried about their rents, the others did not seem much troubled about paying for "
              "schools; nearly all of them had savings.\n"
              "Mara Quist, summed up the feeling best. \"Oh, the town will sort it all out in the end.\"")


def test_a_quotation_after_its_speaker_is_introduced_is_theirs():
    assert who(INTRODUCED, "\"Oh, the town will sort it all out in the end.\"") == "Mara Quist"


def test_a_quotation_after_narration_about_another_person_apart():
    # apart: a quotation opening its own paragraph after the speaker's words stays the speaker's
    text = ("Ann Cole said the pool would open in May.\n"
            "\"We have waited far too long for this pool to be ready,\" she said.\n"
            "\"The children of the town deserve a place to swim in the summer.\"")
    assert who(text, "\"The children of the town deserve a place to swim in the summer.\"") == "Ann Cole"


# 10. a claim's place: not a pronoun's phrase, not "apart from" -----------------------------------------------
@pytest.mark.parametrize("evidence", [
    "\"You will always live on in Me.\"",
    "plus Come Back Soon and The Road in My Town.",
    "Apart from Hale and Moss no one from the valley has written more ballads.",
])
def test_no_place_from_a_pronoun_or_an_exception(evidence):
    from summarizer.places import place_of
    assert place_of(evidence) not in ("Me", "My Town", "Hale")


@pytest.mark.parametrize("evidence,place", [
    # apart: a plain place after "in" and after "from"
    ("The storm hit homes in Leeds.", "Leeds"),
    ("Aid came from Leeds and York.", "Leeds"),
])
def test_places_apart(evidence, place):
    from summarizer.places import place_of
    assert place_of(evidence) == place


def test_a_with_clause_claim_is_the_named_persons_on_the_code_path():
    summary = code(WITH)
    assert _source_of(summary, "Some critics doubt") == "marine biology lecturer Tom Vell"


# 11. acts that are no reports; an aside of two words before the cue ----------------------------------------
@pytest.mark.parametrize("text,sentence", [
    ("Ola Penn joined the band in 1975.\n\nShe went on to write four more for the next album, including the title song.",
     "She went on to write four more for the next album, including the title song."),
    ("The girl was taken to the clinic.\n\nHowever, the vets instead discovered and extracted a sizeable stone and two small ones.",
     "However, the vets instead discovered and extracted a sizeable stone and two small ones."),
])
def test_acts_are_the_outlets(text, sentence):
    assert who(text, sentence) is None


@pytest.mark.parametrize("text,sentence,name", [
    # apart: "went on to write that ..." and "went on to say ..." still report; "found that" still a finding
    ("Ola Penn spoke first.\n\nShe went on to write that the tour had been a mistake.",
     "She went on to write that the tour had been a mistake.", "Ola Penn"),
    ("Ola Penn spoke first.\n\nShe went on to say the tour had been a mistake.",
     "She went on to say the tour had been a mistake.", "Ola Penn"),
    ("The surgeons said that they found and removed a stone from the girl's kidney.",
     "The surgeons said that they found and removed a stone from the girl's kidney.", "The surgeons"),
])
def test_reports_apart(text, sentence, name):
    assert who(text, sentence) == name


@pytest.mark.parametrize("sentence,name", [
    ("The firm's refund policy, for example, states: \"We return the money within a week\".", "The firm's refund policy"),
    ("The firm's refund policy, for example, says the money is returned within a week.", "The firm's refund policy"),
])
def test_for_example_between_subject_and_cue(sentence, name):
    assert who(sentence, sentence) == name


def test_a_set_off_adverb_apart():
    sentence = "The firm's owner, however, said the money is returned within a week."
    assert who(sentence, sentence) == "The firm's owner"


# 12. a plural subject with a short participle after its noun -------------------------------------------------
def test_a_postnominal_participle_keeps_the_subject():
    text = "The list named five firms.\n\nAll the firms named have denied their role."
    assert _source_of(code(text), "All the firms named") == "All the firms named"


def test_a_postnominal_participle_apart():
    # apart: a plain plural subject reads as before
    text = "The list named five firms.\n\nAll the firms have denied their role."
    assert _source_of(code(text), "All the firms") == "All the firms"


# 13. a possessor's position after an opener or after "but" ------------------------------------------------
@pytest.mark.parametrize("text,sentence,name", [
    ("Ann Cole spoke first. When asked about the rent her response was that tenants should call a lawyer soon.",
     "When asked about the rent her response was that tenants should call a lawyer soon.", "Ann Cole"),
    ("The Dale Water Board would not comment on the case but its advice was that if tenants were getting this many "
     "letters then they should call a lawyer.",
     "its advice was that if tenants were getting this many letters then they should call a lawyer.", "Dale Water Board"),
])
def test_a_possessors_position_speaks(text, sentence, name):
    start = text.index(sentence)
    rel = __import__("summarizer.attribution", fromlist=["analyze"]).analyze(text).relation_for(start, start + len(sentence))
    assert rel is not None and rel.name == name


def test_a_position_noun_with_no_that_clause_apart():
    # apart: "but its advice" with no "was that" stays in the clause before
    text = "The Dale Water Board would not comment but its advice to tenants has not changed."
    assert who(text, text) is None


def test_a_second_clause_after_a_denied_object_is_the_outlets():
    # the denial holds its object only; "and it is unknown how ..." is the outlet's own clause
    text = ("The list named five firms.\n\n"
            "All the firms named have denied their role, and it is unknown how the scheme actually ran.")
    summary = code(text)
    assert _source_of(summary, "All the firms named") == "All the firms named"
    assert all(c.attributed_to == "article" for c in summary.claims if c.evidence.quote.startswith("It is unknown")
               or c.text.startswith("It is unknown"))
    assert any(c.text.startswith("It is unknown") for c in summary.claims)


def test_a_long_asked_opener_and_a_position_on_the_code_path():
    text = ("Ann Cole runs the swimming club.\n\n"
            "When asked about the different plans for the pool put forward by the council as opposed to the club "
            "her answer was that the second was \"the best route we could take for the children\".")
    assert _source_of(code(text), "When asked") == "Ann Cole"


# 14. a second clause that reports, after ", and" and a lower-case role before the name ------------------------
def test_a_second_reporting_clause_is_its_own_claim():
    text = ("Ann Cole runs the club.\n\n"
            "Such worries have been around for years, and lobby group Clean Roads says the new survey confirms its \"worst fears\".")
    claims = code(text).claims
    assert [c.attributed_to for c in claims if "worst fears" in c.text] == ["lobby group Clean Roads"]
    assert any(c.text.startswith("Such worries") and c.attributed_to == "article" and "Clean Roads" not in c.text for c in claims)


def test_a_coordinated_phrase_with_no_verb_still_joins():
    # apart: ", and first in the county, ..." has no verb of its own; the sentence stays one claim
    text = "Ann Cole runs the club.\n\nThe club opened in May, and first in the county to do so, it drew a crowd."
    claims = code(text).claims
    assert len([c for c in claims if "first in the county" in c.text]) == 1


# 15. a colon after "summed up <something>" quotes the subject ------------------------------------------------
def test_a_summing_up_colon_quotes_the_subject():
    text = ("Ola Penn wrote songs for forty years.\n\n"
            "\"The catalogue will come out again in the spring,\" said Mr Tim Rudd, the head of her label.\n\n"
            "She once summed up her method for melodies: \"Hum it first, and if the room goes quiet, keep it.\"")
    assert who(text, "She once summed up her method for melodies: \"Hum it first, and if the room goes quiet, keep it.\"") == "Ola Penn"


def test_a_colon_after_an_act_apart():
    # apart: a colon after an act that is no summing up stays the outlet's
    text = ("Ola Penn wrote songs for forty years.\n\n"
            "She once drove to the coast with her band: \"the van was full of drums and flasks\".")
    assert who(text, "She once drove to the coast with her band: \"the van was full of drums and flasks\".") is None
