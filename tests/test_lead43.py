"""Shapes and mends of the lead's session 43 (issues 12 and 15). Invented texts; near-misses keep their reading."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# -- one_holder: two forms of one person are picked by length and order, never by set order ---------------

_ONE_HOLDER = r'''
from types import SimpleNamespace as M
from summarizer.attribution.coreference import one_holder
text = ("Popular talk show host Ada Brook spoke on Monday. Later the veteran talk show host Ada Mae Brook spoke again. "
        "The Valley Radio host urged the party on.")
ms = [M(name=n, pos=text.index(n, text.index(after)), kind="person", headline=False)
      for n, after in (("Ada Brook", "Popular"), ("Ada Mae Brook", "Later"))]
print(one_holder(text, "Valley Radio", "host", text.index("The Valley"), ms))
print(one_holder(text, "Valley Radio", "host", text.index("The Valley"), ms[::-1]))
'''


def _one_holder_under(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", _ONE_HOLDER], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120).stdout


def test_one_holder_picks_the_longest_form_under_any_hash_seed():
    outs = {_one_holder_under(seed) for seed in (0, 1, 2, 3, 7, 11)}
    assert outs == {"Ada Mae Brook\nAda Mae Brook\n"}


def test_one_holder_near_miss_two_surnames_resolve_to_no_one():
    from types import SimpleNamespace as M
    from summarizer.attribution.coreference import one_holder
    text = ("Popular talk show host Ada Brook spoke on Monday. Later the veteran talk show host Tom Reed spoke again. "
            "The Valley Radio host urged the party on.")
    ms = [M(name="Ada Brook", pos=text.index("Ada Brook"), kind="person", headline=False),
          M(name="Tom Reed", pos=text.index("Tom Reed"), kind="person", headline=False)]
    assert one_holder(text, "Valley Radio", "host", text.index("The Valley"), ms) is None


# -- a transcript's turns: the label is the speaker, as the article names them, and no part of a claim ---------

from summarizer.attribution import analyze  # noqa: E402
from summarizer.attribution.labels import in_turn, label_name, turn_label_end  # noqa: E402
from tests.reading import certainty_after, code  # noqa: E402

TRANSCRIPT = ("Mayor vows to fix the roads\n\n"
              "On Sunday's broadcast of \"City Week,\" Mayor Ada Brook said the road plan would go ahead.\n\n"
              "Partial transcript as follows:\n\n"
              "\"HOLT: Let's start with the roads. Will the plan go ahead?\n\n"
              "\"BROOK: Well, look, the council thinks this is a game. But this is a serious matter, Tom. "
              "The residents have an important choice to make.\n\n"
              "\"HOLT: If I may, we have limited time.\n\n"
              "\"BROOK: The plan will go ahead in May. I can't wait to see it built.\n")


def _source(text: str, sentence: str) -> str | None:
    start = text.index(sentence)
    return analyze(text).source_for(start, start + len(sentence))


def test_a_turn_label_in_capitals_is_the_person_the_article_named():
    assert _source(TRANSCRIPT, "The residents have an important choice to make.") == "Mayor Ada Brook"
    assert _source(TRANSCRIPT, "If I may, we have limited time.") == "Holt"  # named nowhere else: as a name


def test_a_cue_inside_a_turn_is_the_turn_speakers_report():
    # as inside a closed quotation: the speaker says the council thinks so
    assert _source(TRANSCRIPT, "Well, look, the council thinks this is a game.") == "Mayor Ada Brook"


def test_a_claim_of_a_turn_holds_no_label_nor_the_opening_quotation_mark():
    texts = [c.text for c in code(TRANSCRIPT).claims]
    assert not any(re.search(r"\b(?:HOLT|BROOK)\b", t) for t in texts), texts
    assert any(t.startswith("Let's start with the roads") for t in texts), texts


def test_turn_helpers_on_their_own():
    assert label_name(TRANSCRIPT, "BROOK") == "Brook"
    assert label_name("Senator Al McKee spoke.\n\nMCKEE: We will.", "MCKEE") == "McKee"
    assert label_name("No one.", "Jane Doe") == "Jane Doe"
    at = TRANSCRIPT.index("\"HOLT: If")
    assert turn_label_end(TRANSCRIPT, at, at + 40) == TRANSCRIPT.index("If I may")
    assert in_turn(TRANSCRIPT, TRANSCRIPT.index("serious matter"))
    assert not in_turn(TRANSCRIPT, TRANSCRIPT.index("road plan"))


@pytest.mark.parametrize("para", [
    "UPDATE: The council voted on Monday to go ahead with the plan.",  # an editorial label
    "Claim: The plan will cost nothing, the mayor said.",
    "City Council: The members voted on Monday.",  # a body's name
])
def test_near_misses_are_no_turns(para):
    text = "Roads plan\n\nThe council met on Monday.\n\n" + para + "\n"
    assert not in_turn(text, text.index(para) + 5)


def test_the_lead_never_takes_a_turns_sentence():
    from summarizer.summary_grounding import lead_sentences
    lead = lead_sentences(TRANSCRIPT, 3)
    assert lead and not any("residents" in x or "roads." in x for x in lead), lead


# -- a possessive's statement is its person's; a hedge on a noun's quality is not the clause's ---------------

ACCOUNT = ("Doctor tells of mayor illness\n\n"
           "Dr. Ada Brook, who was the city physician for a decade, said the mayor hid an illness.\n\n"
           "According to her account, after examining the mayor, she insisted that he go to the county hospital.\n\n"
           "According to the account, the mayor rested.\n\nHer lawyer said the case was closed.\n")


def test_according_to_her_account_is_hers():
    assert _source(ACCOUNT, "According to her account, after examining") == "Dr. Ada Brook"


@pytest.mark.parametrize("sentence", ["According to the account, the mayor rested.", "Her lawyer said the case was closed."])
def test_near_misses_keep_their_source(sentence):
    assert _source(ACCOUNT, sentence) != "Dr. Ada Brook"


INTRO = "Mayor ill\n\nThe council met on Monday.\n\n"


def _certainty(sentence: str) -> str:
    return certainty_after(INTRO, sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor had another, potentially more serious, illness in 2013.",
    "The city faces a potentially deadly virus this winter.",
    "A possibly fatal error was made at the depot.",
])
def test_a_hedge_on_a_nouns_quality_leaves_the_clause_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The council possibly voted on Monday.",
    "The vote is probably lost.",
    "The mayor said that probably saved the budget.",
    "The likely winner will be named on Friday.",
    "It was also a potentially lost chance for the mayor.",  # the predicate's noun: the claim itself
])
def test_near_misses_stay_hedged(sentence):
    assert _certainty(sentence) != "stated"


# -- a title closed by a quoted full stop is the title; a title-case run is no person -----------------------

def test_a_title_ending_in_a_quoted_stop_is_no_claim_and_no_person():
    text = ("Mayor Corners Council On Its Refusal To Use The Words ‘Road Tax.’\n\n"
            "The mayor asked the council on Monday why it would not use the words.\n")
    claims = code(text).claims
    assert not any(c.text.startswith("Mayor Corners") for c in claims), [c.text for c in claims]
    assert _source(text, "The mayor asked the council on Monday why it would not use the words.") == "The mayor"


def test_near_miss_a_person_in_a_title_case_headline_is_still_one():
    text = "Senator Jane Roe Quits\n\nThe senator resigned on Monday, she said in a statement.\n"
    assert "Jane Roe" in (_source(text, "The senator resigned on Monday, she said in a statement.") or "")


# -- "not speaking only about", "not the only one": no negated event ------------------------------------------

@pytest.mark.parametrize("sentence", ["The mayor was not speaking only about the council.", "The mayor was not the only one hurt."])
def test_not_with_a_limiter_two_words_on_negates_nothing(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", ["The mayor was not the one hurt.", "The mayor was not speaking about the council."])
def test_near_misses_stay_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- an ellipsis before a question's last words does not end the sentence --------------------------------------

def test_a_pause_before_a_questions_last_words_leaves_no_fragment():
    from summarizer.chunk import split_sentences
    text = "“So if that is so, why does the council keep calling it the … Road Tax?” she asked. “I waited … Then I left.”"
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert "“So if that is so, why does the council keep calling it the … Road Tax?” she asked." in got, got
    assert any(g.startswith("Then I left") for g in got), got  # near-miss: a statement after the pause is one


# -- a letters page: each letter is its signer's (tried and dropped: PolNeAR labels letters pages own voice) --------

_LETTERS = ("Hold the mayor to her own standards.\n\nLETTERS.\n\n"
            "I live in Port Ellis and have many friends who run shops. It is astounding that the mayor demands "
            "openness from the council yet refuses to publish her own receipts.\n\nKara Holt.\n\nPort Ellis.\n\n"
            "She is right! Everything the mayor says is a lie unless proven otherwise.\n\nTomas Vega.\n\nDunmore.\n")


@pytest.mark.xfail(strict=True, reason="a signed letter is read in the outlet's voice: a signature rule (attribution/"
                   "signatures.py, session 43) cost PolNeAR half A's own voice 0.878 -> 0.856 and half B's balanced accuracy "
                   "0.851 -> 0.825, whose gold labels letters and op-ed pages own voice (no cue); reverted, a GUIDELINES call")
def test_a_signed_letter_is_its_signers():
    assert _source(_LETTERS, "Everything the mayor says is a lie unless proven otherwise.") == "Tomas Vega"


# -- "wrote <Name> for <Outlet>": the outlet is no part of the name ---------------------------------------------

@pytest.mark.parametrize("tag, name", [
    ("wrote Jane Roe for Harbor Weekly.", "Jane Roe"),
    ("wrote Ann Lee for the Ledger.", "Ann Lee"),
])
def test_a_writer_for_an_outlet_is_the_writer(tag, name):
    sentence = "“The impact of the vote is still small,” " + tag
    assert _source("Poll shows little change\n\n" + sentence + "\n", sentence) == name


@pytest.mark.parametrize("body", ["Center for Fiscal Progress", "Friends for Clean Rivers", "Campaign for Better Roads"])
def test_near_miss_a_body_named_with_for_keeps_its_name(body):
    from summarizer.attribution.name_kinds import clean_name
    assert clean_name(body) == body
