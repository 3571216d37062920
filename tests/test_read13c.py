"""read13c: news texts from lower-cased, tokenized corpora (Polytope, FaithBench's CNN / Daily
Mail, XSum in ../shared/devdata/faithfulness) read as articles. The sentences below are invented
in the shape of the faults found there."""
from __future__ import annotations

import pytest

from summarizer.chunk import is_caseless, split_sentences
from tests.test_reading_outputs import _code


def _sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


# --- sentences of a caseless text ----------------------------------------------------------------

_CASELESS = ("the mill closed in march after a fire destroyed its main hall . "
             "owner jack m. barrack said the firm would rebuild. "
             "workers were moved to a site near the u.s. border . "
             "the council will meet on friday to discuss the plan.")


def test_a_caseless_text_is_told_from_a_cased_one():
    assert is_caseless(_CASELESS)
    assert not is_caseless("The mill closed in March. Owner Jack Barrack said the firm would rebuild. " * 3)
    assert not is_caseless("too short . to tell")


def test_a_full_stop_before_a_lower_case_word_ends_a_sentence_in_a_caseless_text():
    # one paragraph of a lower-cased corpus was one sentence: one claim for 2,000 characters
    assert _sents(_CASELESS) == [
        "the mill closed in march after a fire destroyed its main hall .",
        "owner jack m. barrack said the firm would rebuild.",
        "workers were moved to a site near the u.s. border .",
        "the council will meet on friday to discuss the plan."]


def test_a_cased_text_still_reads_a_lower_case_word_after_a_full_stop_as_the_same_sentence():
    text = "The firm, Acme Corp. of Ohio, said profits rose. The mill employs 300 workers, approx. half of them part-time."
    assert _sents(text) == ["The firm, Acme Corp. of Ohio, said profits rose.",
                            "The mill employs 300 workers, approx. half of them part-time."]


def test_a_one_paragraph_caseless_article_gives_a_claim_a_sentence():
    text = ("the factory was closed on monday after inspectors found cracks in its roof . "
            "about 200 workers were sent home . the company said repairs would take a month . "
            "local officials said the building had passed an inspection last year .")
    claims = _code(text).claims
    assert len(claims) == 4
