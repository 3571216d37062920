"""Session 29, the lead: shapes a battery of invented sentences and a rescan of 23,781 real sentences
found (RESULTS "Session 29: the lead"): "denied" before a gerund and an object on the list of things a
court grants ("denied moving the funds" read as a refusal), a statement's noun before the real cue
("the clinic report said" gave "the clinic" with the cue "report"), an inverted cue before a document
("..., said the report.", "..., said a report by the council."), a final "..., the lawsuit claims.", a
caption's one-word label before a colon in a lower-cased text (it crashed `relation_for`), and the
fuller name an article gave a document before ("the report" -> "the Tarne Watch report"). Every
sentence is invented; each `wrong` case failed before this session's rules, each `apart` case passed
before and still does.
"""

import pytest

from summarizer.attribution import analyze
from summarizer.chunk import split_sentences

PRE = "Ivo Lund runs the fair in Pellby. "


def names(text: str) -> list[tuple[str, str]]:
    """(source as written, resolved name) of each relation whose content lies after PRE."""
    return [(r.source, r.name) for r in analyze(text).relations if r.start >= len(PRE) - 1]


# -- "denied" before a gerund: the subject's denial of an act, not a refusal ------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The clerk denies moving the funds.", "The clerk"),
    ("Lund denied taking the grants for himself.", "Lund"),
])
def test_a_denied_act_is_the_subjects_denial(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


@pytest.mark.parametrize("sentence", [
    "The board denied funding for the club.",
    "A judge denied bail on Friday.",
])
def test_apart_a_refusal_stays_an_act(sentence):
    assert names(PRE + sentence) == []


# -- a statement's noun before the real cue --------------------------------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The tents will stay, the council report said.", "the council report"),
    ("The council report said the tents will stay.", "The council report"),
    ("The police report says the tents will stay.", "The police report"),
])
def test_a_statement_noun_before_the_cue_is_the_source(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


# -- an inverted cue before a document --------------------------------------------------------------------
@pytest.mark.parametrize("sentence,source,name", [
    ("The tents will stay, said the report.", "the report", "the report"),
    ("The tents will stay, said a report by the council.", "a report by the council", "the council"),
    ("The tents will stay, said a statement from the guild.", "a statement from the guild", "the guild"),
])
def test_an_inverted_cue_before_a_document(sentence, source, name):
    assert names(PRE + sentence) == [(source, name)]


def test_apart_said_before_a_clause_about_a_report_is_the_subjects():
    assert [s for s, _ in names(PRE + "Lund said a report by the council was late.")] == ["Lund"]


# -- a final present cue after a document's noun ----------------------------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The firm hid its losses, the lawsuit claims.", "the lawsuit"),
    ("He filed the papers late, the complaint claims.", "the complaint"),
    ("The firm hid its losses, the report notes.", "the report"),
])
def test_a_final_cue_after_a_documents_noun(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


def test_apart_a_plural_noun_after_its_modifier_is_no_cue():
    assert names(PRE + "The firm paid the insurance claims.") == []


# -- a bare noun cue after a singular subject's words is a noun --------------------------------------------
@pytest.mark.parametrize("sentence", [
    "A Tarne Watch report came out in May.",
    "The Tarne Watch report came out in May.",
    "The Tarne Watch report is due in May.",
])
def test_a_noun_cue_heading_a_singular_subject_is_no_cue(sentence):
    assert names(PRE + sentence) == []


def test_apart_a_plural_subjects_bare_cue_stays():
    assert [s for s, _ in names(PRE + "Tarne farmers fear lost income.")] == ["Tarne farmers"]


# -- the fuller name of a document ------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    (PRE + "A Tarne Watch report came out in May. It ran to 90 pages. The report said the tents would stay.",
     "the Tarne Watch report"),
    (PRE + "The Ostrava Trust study came out in May. \u201cThe tents will stay,\u201d said the study.",
     "the Ostrava Trust study"),
    (PRE + "A Tarne Watch report citing unnamed officials said that the fair would close.", "A Tarne Watch report"),
])
def test_a_document_takes_the_fuller_name_given_before(text, name):
    assert [n for _, n in names(text)][-1:] == [name]


def test_apart_a_document_never_named_stays_as_written():
    assert [n for _, n in names(PRE + "A report came out in May. The report said the tents would stay.")] == ["The report"]


# -- a caption's label before a colon in a lower-cased text -----------------------------------------------
CAPTIONS = ("the lamps are being sold at an auction in tarnby on saturday .\n"
            "the sale was set up by his two sons , who said the shop had been in the family since the war and that"
            " they would keep the sign and the old counter but sell the rest , from the ship lamps to the"
            " brass bells and the maps of the coast that hung in the back room for as long as anyone can recall .\n"
            "glow : mr orme pictured in 2009 with the lamps and other items from his shop\n"
            "shop : mr orme , right , is known for his work on old ships\n")


def test_a_caption_label_in_a_lower_cased_text_neither_crashes_nor_speaks():
    a = analyze(CAPTIONS)
    for sp in split_sentences(CAPTIONS):
        a.relation_for(sp.start, sp.end)  # raised IndexError: the copy's colon one place off the article's
    assert not [r.name for r in a.relations if r.name.lower() in ("glow", "shop")]


# -- court reporting's "heard how" -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The jury heard how the clerk hid the ledgers.", "The jury"),
    ("The inquest heard how the boat sank at dusk.", "The inquest"),
])
def test_a_hearing_heard_how_is_what_was_said_there(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


def test_apart_residents_heard_how_loud_it_was_is_perception():
    assert names(PRE + "Residents heard how loud the bells were.") == []


# -- a second that-clause of the same cue; a duration before the cue -------------------------------------
def test_a_second_that_clause_after_a_comma_is_the_same_statement():
    text = "Police said the blaze began in a back-room kitchen, and that there was no sign other rooms were hit."
    rel = analyze(text).relation_for(0, len(text))
    assert rel is not None and rel.name == "Police"


def test_apart_a_second_clause_with_its_own_subject_after_an_object_stays_the_outlets():
    text = "The union wants the firm to raise wages, and the strike entered its third week."
    assert analyze(text).relation_for(text.index("and the strike"), len(text)) is None


def test_a_duration_between_the_auxiliary_and_the_cue():
    assert [s for s, _ in names(PRE + "Mara Quist has for years argued that stall fees are too high.")] == ["Mara Quist"]


# -- a bound before the count of a subject ----------------------------------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("At least one diner posted that the soup was cold.", "At least one diner"),
    ("At least two porters said that the doors were locked.", "At least two porters"),
    ("At most a dozen growers said that the price was fair.", "At most a dozen growers"),
])
def test_at_least_a_count_is_the_subject(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


def test_apart_at_least_set_off_is_an_opener():
    assert [s for s, _ in names(PRE + "At least, Lund said, the tents were dry.")] == ["Lund"]


# -- a first clause closed by its speaker, then a second one by "according to" ---------------------------------
def test_a_second_clause_according_to_another_source_is_that_sources():
    text = "The fees will stay, Lund said, and the stalls will go, according to the council."
    rels = analyze(text).relations
    assert [(r.name, text[r.content[0][0]:r.content[0][1]].strip(" ,")) for r in rels] == [
        ("Lund", "The fees will stay"), ("the council", "the stalls will go")]


def test_apart_two_clauses_with_no_speaker_before_according_to_are_both_its():
    text = "The fees will stay, and the stalls will go, according to the council."
    assert [(r.name, r.content[0][0], text[r.content[0][0]:r.content[0][1]].strip(" ,")) for r in analyze(text).relations] == [
        ("the council", 0, "The fees will stay, and the stalls will go")]


# -- an aside in brackets before ", said X"; a body's long name with commas ------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("The barge sank at dusk (18:40 GMT), said the harbour office.", "the harbour office"),
    ("The barge sank at dusk (one hour after high tide), said Orla Venn.", "Orla Venn"),
])
def test_an_aside_in_brackets_before_an_inverted_cue(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


def test_apart_a_party_tag_in_brackets_before_said_stays_the_subjects():
    assert [s for s, _ in names(PRE + "Sen. Orla Venn (D-Mo.), said the barge sank.")] == ["Sen. Orla Venn"]


def test_a_bodys_name_with_an_inner_of_and_a_series():
    sentence = "The Board on the Care of Rivers, Lakes and Ponds (BCRLP) says the eels are back."
    assert [s for s, _ in names(PRE + sentence)] == ["The Board on the Care of Rivers, Lakes and Ponds (BCRLP)"]


# -- an adverb after the opener, or a time adverb, before the subject's name ------------------------------------
@pytest.mark.parametrize("sentence,source", [
    ("But then Orla Venn admitted that the barge had no lights.", "Orla Venn"),
    ("And later Orla Venn said that the barge had no lights.", "Orla Venn"),
    ("Later Orla Venn said that the barge had no lights.", "Orla Venn"),
    ("Earlier the harbour office said that the barge had no lights.", "the harbour office"),
])
def test_an_adverb_before_the_subject_is_no_part_of_it(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


def test_apart_a_long_opener_with_prepositions_is_no_intro():
    # ("At least two barges sank at the quay in the storm ..." is a clause, not a chain of openers)
    text = ("Ten boats were lost in the storm, harbour officials say. At least two barges sank at the quay in the "
            "worst gale of the year. This makes three gales since the new pier opened in May.")
    a = analyze(text)
    assert a.relation_for(text.index("This makes"), len(text)) is None


# -- a bare surname takes the given name a long mention ends with --------------------------------------------
def test_a_surname_takes_the_name_a_long_description_ends_with():
    text = ("TUC harbour policy director Orla Venn said the quay was shut. "
            "Venn said that the barge had no lights.")
    assert [n for _, n in names(text)][-1:] == ["Orla Venn"]
