"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 43, real52; issue 12): a candidate's fans on a dating app, a murder case adjourned, a refugee camp's
survivors, a school's uniform rule, a day of trials and votes, a memo on conduct, a couple's video, a fire site's
permit, a diarist's date of death, a model agency's adverts, and ten more. Each shape is written here as invented
text with near-misses that keep their reading."""

from __future__ import annotations

import re

import pytest

from summarizer.attribution.labels import spaced_stop_caption
from summarizer.chunk import content_sentences
from summarizer.places import place_of
from summarizer.summary_hedges import bare_quotation, subject_only
from tests.reading import fallback_headline, first_sentence_certainty


_certainty = first_sentence_certainty
_headline = fallback_headline


# -- a fallback headline is never only a line's opening subordinate clause ("When <City> firemen took a call")

@pytest.mark.parametrize("line, bare", [
    ("When Ashford firemen took a call late on a wet Sunday night in March, they found a flooded cellar and a "
     "missing tenant.", "When Ashford firemen took a call"),
    ("As Mara Vell and Tobin Ashe clashed in their first head-to-head debate it was the mayor from Dunmore who started "
     "to trend worldwide.", "As Mara Vell and Tobin Ashe clashed"),
    ("Because the Dunmore bridge was closed for repairs on Monday morning, hundreds of drivers were sent through the "
     "old town centre.", "Because the Dunmore bridge was closed for repairs"),
])
def test_headline_is_no_bare_subordinate_clause(line, bare):
    assert _headline(line) != bare


@pytest.mark.parametrize("line, kept", [
    ("As many as 200 people were evacuated from the Dunmore estate on Monday after a gas main burst under the high "
     "street.", "As many as 200 people were evacuated from the Dunmore estate on Monday"),
    ("The council voted to close the library in the old market hall after a year of falling visitor numbers and a "
     "budget gap.", "The council voted to close the library in the old market hall"),
    ("Although the mill had been closed for a decade, the town of Dunmore voted on Tuesday to buy it back from the "
     "owner.", "Although the mill had been closed for a decade, the town of Dunmore voted"),
])
def test_apart_a_count_or_a_closed_clause_keeps_its_cut(line, kept):
    assert _headline(line) == kept


# -- "with <n> of <them> failing to ..." (an add-on with its own subject) leaves the main clause stated; "fined for
# failing to" (a gerund right after a preposition) is the reason's too since session 49 (real58; left by sessions 14 and 43)


@pytest.mark.parametrize("sentence", [
    "The council enforced its parking rules on Tuesday, with almost 10% of drivers failing to pay the fee.",
    "The driver was fined for failing to stop at the crossing.",  # (read so since session 49, real58)
    "The landlord was charged with failing to repair the roof.",
    "With the council failing to act, residents cleared the drain themselves.",
])
def test_failing_to_of_an_add_on_is_not_the_main_clause(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The council is failing to enforce its parking rules.",
    "The council failed to enforce its parking rules on Tuesday.",
    "The plan fails to protect the marsh, the report found.",
])
def test_apart_a_main_failing_to_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- a guide's signpost closed by a colon ("Here's a quick look at the vote: .") is furniture

def _kept(sentence: str) -> bool:
    text = "Invented news for a test\n\nThe council met on Tuesday in Dunmore. " + sentence + " The mayor spoke first.\n"
    return any(text[s.start:s.end].strip() == sentence for s in content_sentences(text, 5000))


@pytest.mark.parametrize("sentence", [
    "Here's a quick look at the vote and at the three candidates: .",
    "Here is a look at the candidates:",
    "Here's a quick guide to the new bin rules:",
])
def test_guide_signpost_is_furniture(sentence):
    assert not _kept(sentence)


@pytest.mark.parametrize("sentence", [
    "Here's a breakdown of the budget: the council will spend 2 million on roads.",
    "Here's a look at the numbers behind the vote.",
    "Here is the thing: the bridge was never safe.",
])
def test_apart_a_signpost_with_news_is_kept(sentence):
    assert _kept(sentence)


# -- a model headline quoting the article without its marks is caught though a word in it ends in an apostrophe

_SUNG = ("Invented news for a test\n\nA couple announced their move in a song. 'Down in Dunmore, livin' it slow, sold "
         "our old van and planted the meadow,' Ada sings in the clip.\n")


def test_quotation_with_a_clipped_word_is_a_bare_quotation():
    assert bare_quotation(_SUNG, "Down in Dunmore, livin' it slow, sold our old van and planted the meadow")


@pytest.mark.parametrize("headline", [
    "'Down in Dunmore, livin' it slow, sold our old van and planted the meadow'",
    "Couple announce their move to Dunmore in a song about the meadow",
])
def test_apart_a_marked_or_own_headline_is_no_bare_quotation(headline):
    assert not bare_quotation(_SUNG, headline)


# -- a work's title in single marks does not keep a spaced-stop caption from being a caption

_PAGE = ("A pair filmed a clip sung to the tune of 'The Dunmore Nights.' The clip was viewed a million times. "
         "Original: Ada Moss is seen here singing the theme for 'The Dunmore Nights' during the title sequence . "
         "The couple said they were happy. Quote: Ada said 'we loved it so much' on the show . End.")


def _caption(sentence: str) -> bool:
    i = _PAGE.index(sentence)
    return spaced_stop_caption(_PAGE, i, i + len(sentence) - 1)


def test_titled_caption_is_a_caption():
    assert _caption("Original: Ada Moss is seen here singing the theme for 'The Dunmore Nights' during the title sequence .")


def test_apart_a_quoted_speech_is_no_caption():
    assert not _caption("Quote: Ada said 'we loved it so much' on the show .")


# -- a model headline that is only a name with its place ("<Agency> in <City>") is the subject of an article sentence

_AGENCY = ("Invented news for a test\n\nBright Faces in Dunmore describes itself as \"an agency for talented people\". "
           "It placed an advert for a driver.\n")


def test_name_in_place_headline_is_only_a_subject():
    assert subject_only(_AGENCY, "Bright Faces in Dunmore")


@pytest.mark.parametrize("headline", [
    "Bright Faces in Dunmore describes itself as an agency",
    "in Dunmore",
    "Bright Faces in",
])
def test_apart_a_clause_or_a_cut_name_is_no_subject(headline):
    assert not subject_only(_AGENCY, headline)


# -- "<Name>, partner at <Firm>": the firm is where the speaker works, not the claim's place

@pytest.mark.parametrize("evidence", [
    "Employment lawyer Ada Moss, partner at Brook Hallam, said the advert was unlawful.",
    "A senior fellow at Dunmore Institute said the plan would fail.",
])
def test_post_at_a_firm_is_no_place(evidence):
    assert place_of(evidence) is None


@pytest.mark.parametrize("evidence, place", [
    ("The partners met at Dunmore on Monday.", "Dunmore"),
    ("The trader was arrested at Heathrow on Monday.", "Heathrow"),
])
def test_apart_a_place_after_at_stays(evidence, place):
    assert place_of(evidence) == place


# -- a figure's subject keeps the whole name it opens with ("Hong | Kong's main index"), not the window's last words

def _counted(sentence: str) -> list[str]:
    from tests.reading import code
    out = code("Invented news for a test\n\nShares fell across the region on Monday.\n" + sentence + "\n")
    return [q.counted for c in out.claims for q in c.quantities]


@pytest.mark.parametrize("sentence, counted", [
    ("New Dunmore's main index slid 2.5%.", "New Dunmore's main index"),
    ("The Harbour City main index slid 2.5%.", "Harbour City main index"),
])
def test_subject_keeps_its_whole_name(sentence, counted):
    assert counted in _counted(sentence)


@pytest.mark.parametrize("sentence, counted", [
    ("The town's main index slid 2.5% on Monday.", "town's main index"),
    ("In Dunmore, Acme Steel's share price fell 3%.", "Acme Steel's share price"),
])
def test_apart_a_subject_after_a_comma_or_a_common_noun_stays(sentence, counted):
    assert counted in _counted(sentence)


# -- "than was possible before" and "as fast as possible" measure a comparison: no hedge on the main clause

@pytest.mark.parametrize("sentence", [
    "The large colony off the cape allowed a closer study of the birds than had previously been possible.",
    "The new scanner allowed faster checks than was possible before.",
    "The crews cleared the road as fast as possible.",
])
def test_possible_of_a_comparison_is_no_hedge(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "It is possible that the bridge will be closed.",
    "A strike is possible next week.",
    "Further delays are possible before the hearing.",
])
def test_apart_a_possible_event_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- a speech split keeps the whole subject: not its owner ("<Name>'s co-author ...") nor its first conjunct

_TEAM = "Invented news for a test\n\nThe birds were filmed on the cape.\n{}\n"


@pytest.mark.parametrize("sentence", [
    "Dr Ada Moss's co-author Tom Vale and two interns sifted through 40 days of recordings and observed 186 nests on "
    "the cliffs.",
    "Dr Ada Moss's colleague Tom Vale and two interns sifted through 40 days of recordings and observed 186 nests on "
    "the cliffs.",
    "Ada Moss and her interns sifted through 40 days of recordings and noted 186 nests on the cliffs.",
])
def test_split_keeps_the_whole_subject(sentence):
    from tests.reading import code
    assert not any(re.match(r"(?:Dr Ada Moss's|Dr Ada Moss's colleague Tom Vale|Ada Moss) (?:observed|noted)", c.text)
                   for c in code(_TEAM.format(sentence)).claims)


def test_apart_one_subject_acting_and_saying_is_split():
    from tests.reading import code
    texts = [c.text for c in code(_TEAM.format("Ada Moss visited the ward on Monday and said the nurses had done well.")).claims]
    assert "Ada Moss said the nurses had done well." in texts


# -- an interview's note on its own text ("Below is an edited version of ...") is furniture, not a claim

@pytest.mark.parametrize("sentence", [
    "Below is an edited version of our interview.",
    "What follows is a condensed transcript of the call.",
])
def test_edited_version_note_is_furniture(sentence):
    assert not _kept(sentence)


@pytest.mark.parametrize("sentence", [
    "Below is an edited version of the plan, which the council will vote on in May.",
    "Below is the full list of the schools that will close.",
])
def test_apart_a_note_with_news_is_kept(sentence):
    assert _kept(sentence)
