"""Certainty of events left open or only intended (issue 12, bundled path: code makes every claim)."""

from summarizer import attribution


def _certainty(text: str) -> str:
    return attribution.certainty_for(text, 0, len(text), attribution.analyze(text))


def test_open_question_is_not_stated():
    # the event is neither asserted nor denied: "remains to be seen", "it is unclear/not clear"
    assert _certainty("Whether the council approves the budget remains to be seen.") == "speculative"
    assert _certainty("It is not clear whether the bridge will reopen this year.") == "speculative"
    assert _certainty("It is unclear how many workers lost their jobs in the closure.") == "speculative"


def test_vows_and_pledges_are_intentions():
    # "vowed to continue" / "pledged to rebuild" / "seeking to mediate": the infinitive has not happened
    assert _certainty("The mayor vowed to continue the fight against the new tax.") != "stated"  # hers, or an intention
    assert _certainty("The governor pledged to rebuild every school damaged by the storm.") != "stated"
    assert _certainty("The company is seeking to sell its stake in the venture.") == "speculative"
    assert _certainty("The envoy arrived in the capital seeking to mediate the dispute.") == "speculative"


def test_plain_event_stays_stated():
    assert _certainty("The council approved the budget on Tuesday after a long debate.") == "stated"


def _part_certainty(text: str, part: str) -> str:
    i = text.index(part)
    return attribution.certainty_for(text, i, i + len(part), attribution.analyze(text))


def test_subjectless_part_keeps_governing_hedge():
    # the clause split makes "and to acquire ..." a claim of its own: its infinitive is governed
    # by "are expected to", so it is not stated
    text = "Proceeds are expected to be spent on refitting the hotel, and to acquire land for a new resort."
    assert _part_certainty(text, "and to acquire land for a new resort.") == "speculative"
    text = "The plan may include selling several branches, and winding down units that lose money."
    assert _part_certainty(text, "and winding down units that lose money.") == "speculative"


def test_part_with_its_own_subject_does_not_inherit():
    text = "The veto is expected to arrive ahead of the deadline, but the senators returned home on Friday."
    assert _part_certainty(text, "but the senators returned home on Friday.") == "stated"
    text = "The company did not expand last year, and opened two new plants in the spring of 2020."
    assert _part_certainty(text, "and opened two new plants in the spring of 2020.") == "stated"  # finite verb: not governed
