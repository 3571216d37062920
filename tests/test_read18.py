"""read18: eight documents of the faithfulness corpora no session had read (military procurement,
automotive, banking/finance, consumer/retail, fashion, local councils, travel, media/press), read as
articles. The sentences below are invented in the shape of the faults found there; the near-misses
must not change. Expected answers were written before the tool was run on them."""

from __future__ import annotations

import pytest

from summarizer.attribution.lead_ins import lead_in
from summarizer.attribution.possessive_names import own_possessive_after, possessed_title
from tests.test_read14 import _claim
from tests.test_reading_outputs import _code


def _claims(body: str):
    return _code("A headline for the test.\n\n" + body).claims


# --- a quotation closed with a stray full stop ---------------------------------------------------------
# (a Daily Mail page: "He said: ‘... <words>.’. <Caption words>: ..." gave the next five
# sentences, captions and narration, to the speaker; "... <words>.’. Now, the <N>
# <people> are calling on ..." gave the <people>'s demand to the secretary)

_CLUB = ("The village hall was closed in March. Tom Berry, 64, has run the chess club for 20 years. "
         "He said: ‘I’ve done well over the years. But this winter is going to be hard. "
         "We won’t be able to meet anywhere for quite a while.’. The council moved the club to a school gym last month. "
         "Mary Hale, the club treasurer, said: 'It is cold and it is far.'. Now, the 12 members are asking the council for a new room.")


@pytest.mark.parametrize("start", ["The council moved the club", "Now, the 12 members"])
def test_a_sentence_after_a_quotation_closed_with_a_stray_full_stop_is_the_outlets(start):
    c = _claim(_CLUB, start)
    assert (c.attributed_to, c.certainty) == ("article", "stated")


@pytest.mark.parametrize("start, who", [
    ("We won’t be able to meet", "Tom Berry"),  # the quotation itself is still the speaker's
    ("This winter", "Tom Berry"),
    ("Mary Hale, the club treasurer, said", "Mary Hale"),
])
def test_the_quotation_before_the_stray_full_stop_stays_the_speakers(start, who):
    assert _claim(_CLUB, start).attributed_to == who


def test_a_quotation_reopened_after_the_stray_full_stop_stays_the_speakers():
    body = "The mill closed in May. Ann Price said: ‘We tried everything.’. ‘It did not work and we are sorry.’"
    assert _claim(body, "It did not work").attributed_to == "Ann Price"


# --- a possessive after "the" is a title; "his" after a one-word name shows a person --------------------
# (a BBC story: "When the St Trinian's star was outside ..., Brand was asked about his own accommodation
# ... He called the journalist "a snide", before walking off." was "St Trinian"'s)

@pytest.mark.parametrize("opening", ["When the St Ives's star was outside the studio",
                                     "When the Moon Harbour's star was outside the studio"])
def test_he_after_the_titles_star_is_the_named_person(opening):
    body = (f"The paper called the actor a hypocrite on Monday. {opening}, Kemp was asked about his fee by a TV reporter. "
            "Kemp did not like the question. He called the reporter \"rude\", before walking off.")
    assert _claim(body, "He called the reporter").attributed_to == "Kemp"


def test_a_persons_possessive_without_the_is_unchanged():
    body = "Officers stopped Dana Kemp's car on Monday night. She said she had done nothing wrong."
    assert _claim(body, "She said").attributed_to == "Dana Kemp"


@pytest.mark.parametrize("seg, raw, expected", [
    ("When the St Ives's star was outside", "St Ives", True),
    ("the Moon Harbour’s cast met", "Moon Harbour", True),
    ("Officers stopped Dana Kemp's car", "Dana Kemp", False),  # no "the"
    ("the St Ives station was closed", "St Ives", False),  # no possessive
])
def test_possessed_title(seg, raw, expected):
    assert possessed_title(seg, seg.index(raw), raw) is expected


@pytest.mark.parametrize("seg, name, expected", [
    ("Kemp was asked about his fee", "Kemp", True),
    ("Vale lost her temper", "Vale", True),
    ("Apple sued the man over his patents", "Apple", False),  # a determiner between: another person's
    ("Acme raised its prices", "Acme", False),
    ("Kemp said that the board had asked for his notes", "Kemp", False),  # more than three words
])
def test_own_possessive_after(seg, name, expected):
    assert own_possessive_after(seg, seg.index(name) + len(name)) is expected


# --- a lead-in sentence presents the quotation after it ---------------------------------------------------
# (a BBC story: "The <person>'s been <called> a <label> <many> times before. Here's how he's
# <explained> it <before>." then seven quoted paragraphs, all the outlet's)

_LEAD = ("The singer Lana Brook was called a hypocrite by a tabloid on Monday.\n\n"
         "She didn't reply.\n\n"
         "The star has been criticised plenty of times before. Here's how she's explained it in the past.\n\n"
         "\"I know I am lucky. I have a big house and a lot of money.\n\n"
         "\"Change starts with each of us, and it starts with me.\"\n\n"
         "\"It's easy to attack me, and I accept it, but the gap between rich and poor is real.\"")


@pytest.mark.parametrize("start", ["I know I am lucky", "I have a big house", "Change starts", "It's easy to attack me"])
def test_quoted_paragraphs_after_a_lead_in_are_its_speakers(start):
    c = _claim(_LEAD, start)
    assert (c.attributed_to, c.certainty) == ("Lana Brook", "reported")


def test_a_named_lead_in_with_a_colon():
    body = ("The inquiry into the ferry fire heard from the crew on Tuesday.\n\n"
            "This is what Ora Vance told the inquiry:\n\n"
            "\"The alarm rang twice before anyone reached the deck, and the hoses were dry.\"")
    assert _claim(body, "The alarm rang twice").attributed_to == "Ora Vance"


def test_a_quotation_after_a_sentence_that_is_no_lead_in_is_unchanged():
    body = ("The bridge reopened on Friday after a year of repairs.\n\n"
            "Here's how the new toll works.\n\n"
            "\"Drivers pay once a day, whatever the number of crossings.\"")
    assert _claim(body, "Drivers pay once a day").attributed_to == "article"


@pytest.mark.parametrize("sentence, who", [
    ("Here's how he's explained it over the years.", "he"),
    ("This is what Ora Vance told the inquiry:", "Ora Vance"),
    ("Here is how she put it.", None),  # "put" is no cue word
    ("Here's what happened next.", None),
    ("Here's how the new toll works.", None),
])
def test_lead_in(sentence, who):
    span = lead_in(sentence)
    assert (sentence[span[0]:span[1]] if span else None) == who


# --- an opening alternative before the subject; ", writing: ‘...’" ------------------------------------------
# (a Daily Mail page: "Rather than <react> however, she simply took to <site> and posted a photo ...,
# writing; ‘...’" gave the quotation to "Rather")

@pytest.mark.parametrize("sentence, start, who", [
    ("Rather than get angry, Ada Finch posted a photo of the empty till, saying the thieves were welcome back.",
     "Rather than get angry", "Ada Finch"),
    ("Instead of closing, Ada Finch opened the shop early on Tuesday, saying the thieves had taken only cash.",
     "Instead of closing", "Ada Finch"),
    ("Rather than get angry, Ada Finch posted a photo of the empty till, writing: 'Hope they enjoyed the scones.'",
     "Hope they enjoyed", "Ada Finch"),
])
def test_no_speaker_named_rather_and_writing_opens_a_quotation(sentence, start, who):
    body = "The bakery on Mill Road was robbed on Monday night. " + sentence
    assert _claim(body, start).attributed_to == who
    assert all(c.attributed_to not in ("Rather", "Instead") for c in _claims(body))


@pytest.mark.parametrize("sentence, start", [
    ("Rather than a fine, the court ordered community work.", "Rather than a fine"),
    ("She spent the winter writing songs for her band.", "She spent the winter"),
])
def test_an_alternative_or_writing_with_no_speech_stays_the_outlets(sentence, start):
    c = _claim("The bakery on Mill Road was robbed on Monday night. " + sentence, start)
    assert (c.attributed_to, c.certainty) == ("article", "stated")


@pytest.mark.xfail(strict=True, reason="left: with no opener before the subject, an act with a media noun ('posted a photo "
                   "..., writing: ‘...’') is read as a speech event and its colon quotation stays the outlet's (not traced in time)")
def test_writing_colon_after_a_posted_photo_is_the_posters():
    body = "The bakery on Mill Road was robbed on Monday night. Ada Finch posted a photo of the empty till, writing: 'Hope they enjoyed the scones.'"
    assert _claim(body, "Hope they enjoyed").attributed_to == "Ada Finch"


# --- a titled name after an opener, then a relative clause, then the cue -------------------------------------
# (a CNN page: "Meanwhile, former <Title> <First> <Last>, who previously served on ...'s board,
# called on ... to veto the bill, saying it would ..." was the outlet's: the blanked reading absorbed the
# titled name as a second description and left "Meanwhile" as the subject)

@pytest.mark.parametrize("sentence, who", [
    ("Meanwhile, former mayor Ida Crane, who once ran a shop on the same street, said the sign would drive customers away.",
     "Ida Crane"),
    ("However, former Minister of Trade Ola Berg, who once owned the mill, said the sale would cost jobs.",
     "former Minister of Trade Ola Berg"),
])
def test_a_titled_name_after_an_opener_speaks_past_a_relative_clause(sentence, who):
    c = _claim("A shop in Dunmore put up a sign on Monday.\n\n" + sentence, sentence[:12])
    assert c.attributed_to == who


def test_a_description_pair_is_still_blanked():
    # near-miss: "Jane Roe, the chair of Acme, a trade group, said": both descriptions go, Jane Roe speaks
    body = "A shop in Dunmore put up a sign on Monday.\n\nIda Crane, the chair of Dunmore Traders, a trade group, said the sign was wrong."
    assert _claim(body, "Ida Crane").attributed_to == "Ida Crane"


@pytest.mark.parametrize("piece, expected", [
    (" former mayor Ida Crane", True),
    (" former Secretary of State Jane Doe", True),
    (" the chair of Acme", False),
    (" a trade group", False),
    (" the head of Acme Corp", False),
])
def test_titled_name(piece, expected):
    from summarizer.attribution.titled_names import titled_name
    assert titled_name(piece) is expected


@pytest.mark.xfail(strict=True, reason="left: on the blanked reading the first cue is the directive 'called on X to', which "
                   "the insertion rule rejects, and the later ', saying' is not tried (d4's Clinton sentence)")
def test_called_on_then_saying_after_a_titled_name_and_a_relative_clause():
    body = ("A shop in Dunmore put up a sign on Monday.\n\nMeanwhile, former mayor Ida Crane, who once ran a shop on the "
            "same street, called on the owner to remove the sign, saying it would drive customers away.")
    assert _claim(body, "Meanwhile, former mayor").attributed_to == "Ida Crane"


@pytest.mark.xfail(strict=True, reason="'Vale would discuss her history' votes no gender for Vale, so 'his' may go to her "
                   "(tidy20 removed the resolver's fallback across a known gender; the possessive's gender vote that would make "
                   "Vale known fixed this but cost PolNeAR half B's named source through pronouns 0.914 -> 0.912 and was dropped)")
def test_his_is_not_a_woman_shown_by_her():
    body = ("The candidate said on Monday that Vale would discuss her history at a rally.\n\nReaders wrote in with their views.\n\n"
            "Vale's story is the least of it.\n\nOnly rich donors are \"safe\" in his eyes.")
    assert all(c.attributed_to != "Vale" for c in _claims(body) if "safe" in c.text)
