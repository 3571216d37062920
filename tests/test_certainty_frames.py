"""Certainty of events left open or only intended (issue 12, bundled path: code makes every claim)."""

from summarizer import attribution


def _certainty(text: str) -> str:
    return attribution.certainty_for(text, 0, len(text), attribution.analyze(text))


def test_open_question_is_not_stated():
    # the event is neither asserted nor denied: "remains to be seen", "it is unclear/not clear"
    assert _certainty("Whether the council approves the budget remains to be seen.") == "speculative"
    assert _certainty("It is not clear whether the bridge will reopen this year.") == "speculative"
    assert _certainty("It is unclear how many workers lost their jobs in the closure.") == "speculative"


def test_plain_event_stays_stated():
    assert _certainty("The council approved the budget on Tuesday after a long debate.") == "stated"
