"""Session 31, shapes34: attribution shapes session 30 left, and the verify sample's regression (issues 12
and 14). Invented sentences of the same shape as the real ones (every content word changed; never dev text);
see evals/RESULTS.md "Session 31: shapes34"."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.verify import verify


def source_of(text: str) -> str | None:
    r = analyze(text).relation_for(0, len(text))
    return r.name if r else None


# issue 14: a summary's speaker named only by an age ("The 61-year-old compared ...") --------------------------
_SKIPPER = ("The sailing club's veteran skipper Tomas Verlain will race on Saturday with a brass compass he was "
            "given last week. The 61-year-old got the instrument as a gift from his crew when they met at the "
            "harbour bar on Tuesday evening. Club skipper Tomas Verlain (left) posted a photograph of the compass "
            "on his blog on Wednesday. Verlain compared his compass to the one carried by cartoon pirate Captain "
            "Hook. The regatta starts at noon and runs for three laps around the bay.")


def test_a_speaker_named_by_age_alone_is_no_name_to_seek():
    # read34 made "the <n>-year-old" a subject that speaks; the speaker check then sought the word "old" in
    # the source of the article's sentence ("Verlain") and rejected a faithful summary
    v = verify(_SKIPPER, "The 61-year-old compared his compass to cartoon pirate Captain Hook.")
    assert v.supported, v


def test_apart_another_named_speaker_is_still_rejected():
    v = verify(_SKIPPER, "Rosa Delmar compared her compass to cartoon pirate Captain Hook.")
    assert not v.supported
