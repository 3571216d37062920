"""Issue 12, second round: certainty read from the claim's own clause, and the frames of
attribution/cues.py. Synthetic sentences written for the test; fast, no model."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for


def _cert(text: str, part: str | None = None) -> str:
    a = analyze(text)
    s = text.index(part) if part else 0
    e = s + len(part) if part else len(text)
    return certainty_for(text, s, e, a)


def _source(text: str) -> str | None:
    """The source of the sentence's relation (whatever share of the sentence its content has)."""
    rels = analyze(text).relations
    return rels[0].name if rels else None


@pytest.mark.parametrize("text, part, want", [
    ("Smith said the bill would likely fail in the Senate.", "the bill would likely fail in the Senate", "speculative"),
    ("Smith said the bill would likely fail in the Senate.", None, "speculative"),
    ("The mayor announced on Monday that the bridge will not reopen this year.", "the bridge will not reopen this year", "negated"),
    ("The report found that the agency did not inspect the plant.", "the agency did not inspect the plant", "negated"),
    # the claim is the complement clause of a factual main clause: its own clause decides
    ("The court ruled on Friday, and the judge said the law may not stand.", "the law may not stand", "speculative"),
    ("The company, which said it may cut jobs, reported a loss.", "it may cut jobs", "speculative"),
    ("The company, which said it may cut jobs, reported a loss.", None, "stated"),
    # a direct quotation is the speaker's position (GUIDELINES §14): its modal stays inside
    ("“We will not back down,” Smith said.", "We will not back down", "reported"),
])
def test_certainty_follows_the_claims_own_clause(text, part, want):
    assert _cert(text, part) == want


@pytest.mark.parametrize("text, who", [
    ("Clinic Hid Old Records From Public, Former Hospital Director Says.", "Former Hospital Director"),
    ("Pellew: The council needs to move past all of this personality drama.", "Pellew"),
    ('Maria Lopez exhorted members to "vote your conscience" and said she was standing on principle.', "Maria Lopez"),
    ("The union filed a motion to release the files, arguing the move was needed for public debate.", "The union"),
    ("The price rose sharply in May, suggesting demand was strong across the region.", None),
    ("Jane Okafor filed a motion to release the files, arguing the move was needed for public debate.", "Jane Okafor"),
    ('Okafor called the proposal a "transparent political ploy" aimed at the vote.', "Okafor"),
    ("Delegates questioned how the senator could turn back on a pledge he made.", "Delegates"),
    ("Another 23 percent said they would not back either candidate.", "Another 23 percent"),
    ("Officials called a meeting for Tuesday to discuss the budget shortfall.", None),
])
def test_frames_beyond_said(text, who):
    got = _source(text)
    assert (got is None) if who is None else (got is not None and who in got)


def test_a_hedge_adjective_on_a_noun_does_not_hedge_the_event():
    from summarizer.attribution import analyze, certainty_for

    t = "A possible merger was discussed by the two boards on Monday."
    assert certainty_for(t, 0, len(t), analyze(t)) == "stated"
    t = "The merger is possible, the bank said."
    assert certainty_for(t, 0, len(t), analyze(t)) == "speculative"
