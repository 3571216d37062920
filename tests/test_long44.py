"""Session 35, long44: who says what over eight invented long articles (tests/long44_articles.py: a scandal with four
officials, a company crisis with two men, a court hearing, a flood, a live blog, a Q&A interview, a transfer saga, a
feature with a testimony); see evals/RESULTS.md "Session 35: long44".

Every scored sentence of the eight articles is checked against the gold written before the code path ran; the
sentences still read otherwise are strict xfails (the reason is given). Then the fixes, each with invented near-misses:
1. "In 2016, Walter Keane ...": a name after "in <number>," is no place (names.py): "he" may be him.
2. "His son-in-law, Samir Holloway, was 26": a hyphenated (or modified) role noun before a name in apposition.
3. '<P> asked whether <W> had ... . “Not that I remember,” she replied.': the one asked answers (answers.py).
4. "Analyst Freya Oduya of Carrow Securities ... she said": the vote goes to Oduya, not to "Securities" (gender.py).
5. "<Title>, Orla Finch, has told X ... . Asked ..., she said": the speaker just before, not a woman paragraphs back.
6. "Sawle interrupted to say that ...", "she accepted that ...", "Keane disagrees that ...": cues.
7. "A reader in <town>, <Name>, emails: “...”": the reader's; "Officials put it at 71%": their estimate.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from summarizer.attribution import analyze
from summarizer.lang import LIVE_TIMESTAMP_RE
from tests.long44_articles import ARTICLES, build, matches
from tests.reading import code, who


@lru_cache(maxsize=None)
def _read(key: str):
    text, spans = build(ARTICLES[key])
    return text, spans, analyze(text)


#: Sentences still read otherwise, and why (strict: a fix makes them pass and fail here).
_LEFT = {
    "The contract covers 640 homes": "a closing '..., residents of the area say.' reaches back over the paragraph's first sentence (continuation.lead_ins)",
    "She declined to say whether": "a refusal the outlet narrates; gold gave it to the speaker (debatable)",
    "Several senior figures have already left": "a mixed sentence: the code path splits it and gives the aide's clause to the aide; who() reads it whole",
    "Dorn himself has said little.": "'said little' is read as the player's, as 'said nothing about' is (a silence)",
    "Others want the club to hold firm.": "the project reads '<X> want(s) <Y> to ...' as X's position (prospects.py): gold differs",
}


def _cases():
    for key, art in ARTICLES.items():
        text, spans = build(art)
        for s, e, gold in spans:
            if gold is None:
                continue
            sent = text[s:e]
            left = next((why for start, why in _LEFT.items() if sent.startswith(start)), None)
            marks = [pytest.mark.xfail(strict=True, reason=left)] if left else []
            yield pytest.param(key, s, e, gold, id=f"{key}-{s}", marks=marks)


@pytest.mark.parametrize("key,start,end,gold", list(_cases()))
def test_every_sentence_has_its_gold_source(key, start, end, gold):
    text, _, at = _read(key)
    if (m := re.match(LIVE_TIMESTAMP_RE, text[start:end])) is not None:
        start += m.end()  # a live blog's "22:05 GMT - " label: the chunker skips it, no part of the sentence
    rel = at.relation_for(start, end)
    assert matches(gold, rel.name if rel else None), (text[start:end], gold, rel.name if rel else None)


def test_the_code_path_gives_the_fixed_sentences_their_speakers():
    text, _, _ = _read("L3")
    claims = code(text, "l3.txt").claims
    answer = next(c for c in claims if "Not that I remember" in c.text)
    assert "Voss" in answer.attributed_to
    turn = next(c for c in claims if "Greyfold had in fact employed" in c.text)
    assert "Sawle" in turn.attributed_to  # (`speculative`: "would show" is a plan, GUIDELINES §6)


# 1-2: a name after a year and a comma; a role noun with a hyphen ---------------------------------------------------------
_MILL = ("When the mill closed in 2009, Owen Tarrant had worked there for 31 years.\n\n"
         "“It was the whole town,” Tarrant says.\n\n"
         "His son-in-law, Rhys Bevan, was 24 when it closed. He retrained as a plumber.\n\n"
         "“I was lucky,” he says.\n\n"
         "Tarrant disagrees that he was unlucky. He points out that he found work within a year.\n\n"
         "“I'm not a sad story,” he says.\n")


def test_a_name_after_a_year_is_a_person_a_later_he_may_mean():
    assert who(_MILL, "He points out that he found work within a year.") == "Owen Tarrant"
    assert who(_MILL, "“I'm not a sad story,” he says.") == "Owen Tarrant"


def test_a_hyphenated_role_before_a_name_makes_it_the_subject():
    assert who(_MILL, "“I was lucky,” he says.") == "Rhys Bevan"


def test_near_miss_a_place_right_after_in_stays_a_place():
    text = "Mayor Tom Reyes visited Corran Bay on Monday. “We will rebuild,” he said.\n"
    assert who(text, "“We will rebuild,” he said.") == "Mayor Tom Reyes"
    text = "The lorry overturned in Dunmore Cross. He said the road would reopen, police said.\n"
    assert who(text, "He said the road would reopen, police said.") != "Dunmore Cross"


# 3: the one asked answers ------------------------------------------------------------------------------------------------
def test_the_witness_asked_whether_answers():
    text = ("Prosecutor Ann Vale questioned the witness, Maria Holt.\n\n"
            "Vale asked whether Holt had ever seen an invoice from the firm. “Not that I remember,” she replied.\n")
    assert "Maria Holt" in who(text, "“Not that I remember,” she replied.")


def test_near_miss_no_person_asked_the_asker_goes_on():
    text = ("Prosecutor Ann Vale questioned the witness, Tom Holt.\n\n"
            "Vale asked whether the firm had any staff. “None at all,” she said.\n")
    assert who(text, "“None at all,” she said.") == "Prosecutor Ann Vale"


# 4: a vote for "<Name> of <Firm>" ----------------------------------------------------------------------------------------
def test_she_after_analyst_of_firm_is_the_analyst():
    text = ("The mayor, Celia Barr, said she had written to the minister. “We need help,” she said.\n\n"
            "Analyst Freya Lunde of Carrow Securities said the cut was a surprise. “Nobody expected two,” she said.\n\n"
            "Lunde said lenders would review the loans in April. If they refuse, the firm could sell more sites, she said.\n")
    assert "Lunde" in who(text, "If they refuse, the firm could sell more sites, she said.")


# 5: the speaker just before, gender unknown ------------------------------------------------------------------------------
def test_she_after_a_speaker_of_unknown_gender_in_the_same_paragraph():
    text = ("Party leader Mira Dale thanked her voters. “We will wait,” she said.\n\n"
            "The party's deputy, Orla Finch, has told KTV that it will take time. Asked whether Dale would stay, she said "
            "that was a matter for the leader.\n")
    assert who(text, "Asked whether Dale would stay, she said that was a matter for the leader.") == "Orla Finch"


def test_near_miss_a_known_man_just_before_is_no_she():
    text = ("Party leader Mira Dale thanked her voters. “We will wait,” she said.\n\n"
            "The party's deputy, Tom Finch, has told KTV that he will take time. Asked whether he would stay, she said "
            "that was a matter for him.\n")
    assert who(text, "Asked whether he would stay, she said that was a matter for him.") == "Mira Dale"


# 6: cues: a turn before an infinitive, "accepted that", "disagrees that" ---------------------------------------------------
def test_a_turn_then_to_say_is_the_subjects_statement():
    text = "Counsel Ivo Marsh interrupted to say that the defence would call two more witnesses.\n"
    assert who(text, text.strip()) == "Counsel Ivo Marsh"


def test_accepted_and_disagrees_that_are_cues():
    text = "Under cross-examination, Ms Holt accepted that the office had been short of staff.\n"
    assert who(text, text.strip()) == "Ms Holt"
    text = "Owen Tarrant disagrees that the town was unlucky.\n"
    assert who(text, text.strip()) == "Owen Tarrant"


def test_near_miss_accepted_with_an_object_is_no_cue():
    assert who("The council accepted the offer on Monday.\n", "The council accepted the offer on Monday.") is None
    text = "A survey found that few drivers used the app, and the share of drivers who accepted the fee had fallen.\n"
    assert who(text, text.strip()) == "A survey"
    text = "Prosecutors say he filed false invoices and accepted gifts from two suppliers.\n"
    assert who(text, text.strip()) == "Prosecutors"
    text = "Turnout rose to 71%, officials said.\n"
    assert who(text, text.strip()) == "officials"


# 7: a reader's email; "put it at" a figure -----------------------------------------------------------------------------------
def test_a_reader_who_emails_is_the_source_of_the_quotation():
    text = ("01:40 GMT - Police say two people were arrested after a scuffle.\n\n"
            "02:05 GMT - A reader in Tarne, Jo Hale, emails: “The queue went right round the block at ten to ten.”\n")
    assert who(text, "A reader in Tarne, Jo Hale, emails: “The queue went right round the block at ten to ten.”") == "Jo Hale"


def test_near_miss_emails_as_a_noun_cut_no_content():
    text = ("Her lawyer stated in court that the account was not hacked, but she had shared the password with two aides "
            "who could have sent offensive emails to the donor.\n")
    rel = analyze(text).relation_for(0, len(text.strip()))
    assert rel is not None and rel.name == "Her lawyer"
    assert max(b for a, b in rel.content) > text.index("offensive emails")


def test_officials_put_it_at_a_figure():
    text = "Turnout appears to be up. Officials in the north put it at 71% at 9pm.\n"
    assert who(text, "Officials in the north put it at 71% at 9pm.") == "Officials in the north"
    text = "The plan was costly. The council put it on hold in May.\n"
    assert who(text, "The council put it on hold in May.") is None
