"""Within one article: a source rebutting the account told just before it by a pointer back
("pushed back against the newspaper's story"), and a withdrawal of support against a claim of
support (issue 15). Fast: the bundled path's code claims (no model); invented texts, no seed words."""

from __future__ import annotations

from summarizer.digest.build import build_sections
from summarizer.digest.disputes import rebuttal_head
from summarizer.digest.predicates import predicates_of
from tests.test_align_disputes import FILLER, _articles, _within


def test_a_rebuttal_that_points_back_names_its_refuter_and_one_stating_its_account_does_not():
    assert rebuttal_head("Dockers pushed back hard on that notion, calling the pier safe.") == "Dockers"
    assert rebuttal_head("The guild initially pushed back against the newspaper's story.") == "The guild"
    assert rebuttal_head("Her staff had also denied the claims in the report.") == "Her staff"
    assert rebuttal_head("The campaign called the report an outrageous distortion.") == "The campaign"
    # the account is in the claim itself, or the object is no account: not a pointer back
    assert rebuttal_head("Pike rejected the notion that the pier should close.") is None
    assert rebuttal_head("The council rejected the bill on Tuesday.") is None
    assert rebuttal_head("Pike said the report was accurate and timely.") is None


def test_a_source_pushing_back_on_the_story_told_before_is_a_dispute_with_its_teller():
    arts = _articles("Pier\n\n" + FILLER + "The Harbor Gazette reported on Monday that the Dunmore Guild was "
                     "softening its stance on closing the east pier. The Dunmore Guild initially pushed back "
                     "against the newspaper's story.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    quotes = " | ".join(s.quote for s in got[0].sides)
    assert "reported on Monday" in quotes and "pushed back" in quotes
    assert "Dunmore Guild rebuts" in got[0].reason


def test_a_pointer_back_at_a_question_or_at_a_claim_sharing_no_name_is_no_dispute():
    # conf7: the claim right before is the account pointed at even with no name shared (the
    # session-5 expectation, no dispute for "... the crane was unsafe. The union rejected the
    # claims.", was wrong: the union rejects the inspector's claims); a claim further back that
    # shares no name is still no account of it
    arts = _articles("Pier\n\n" + FILLER + "Reporter Tom Vail asked Mayor Ada Pike whether the Dunmore pier "
                     "would close. Pike pushed back against that suggestion.\n" + FILLER,
                     "Dock\n\n" + FILLER + "Inspector Lena Ortt said the Calvary crane was unsafe to operate. "
                     "The harbor board met on Tuesday in the Dunmore hall. The union rejected the claims.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _within(al) == [], [c.reason for c in al.conflicts]
    arts = _articles("Dock\n\n" + FILLER + "Inspector Lena Ortt said the Calvary crane was unsafe to operate. "
                     "The union rejected the claims.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert len(_within(al)) == 1 and "union rebuts Inspector Lena Ortt" in _within(al)[0].reason, \
        [c.reason for c in al.conflicts]


def test_a_withdrawal_phrase_is_that_side_only_and_disputes_a_claim_of_support():
    assert predicates_of("groups have withdrawn their support for the bill")[-1] == (None, "withdrawn their support")
    assert predicates_of("the guild is a supporter of the bill")[-1] == ("support", None)
    arts = _articles("Bill\n\n" + FILLER + "Some trade groups, including the Harbor Guild of Dunmore, have "
                     "withdrawn support for the pier spending bill. Mayor Ada Pike cited the Guild as a "
                     "supporter in her remarks.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert "withdrawn support" in got[0].reason and "supporter" in got[0].reason


def test_an_ing_form_after_a_preposition_is_a_mention_not_a_predicate():
    veto = [i for i, (pos, neg) in enumerate(predicates_of("the council vetoed the bill")) if neg][0]
    assert predicates_of("the council vetoed the bill")[veto][1] == "veto"
    assert predicates_of("the reasons she gave for vetoing the bill")[veto] == (None, None)
    assert predicates_of("she was accused of blocking the bill and then vetoing it")[veto][1] is not None


def test_a_rebuttal_may_point_back_with_a_pronoun_or_call_the_account_false_after_a_saying_verb():
    assert rebuttal_head("The company disputed that, saying the plant was safe.") == "The company"
    assert rebuttal_head("The union denied it.") == "The union"
    assert rebuttal_head("A spokeswoman for the mayor said that was not true.") == "A spokeswoman for the mayor"
    assert rebuttal_head("The guild said the allegations were completely false.") == "The guild"
    assert rebuttal_head("The campaign put out a statement saying the story is “baseless” and false.") == "The campaign"
    # a pronoun that opens a clause is content, not a pointer; "wrong" of an act is a judgment
    assert rebuttal_head("Pike denied that he had misled the council.") is None
    assert rebuttal_head("Pike said it was wrong to close the pier.") is None


def test_a_pronoun_rebuttal_disputes_the_account_before_it_and_skips_reactions_to_that_account():
    arts = _articles("Plant\n\n" + FILLER + "Inspector Lena Ortt said the Calvary plant in Dunmore had leaked "
                     "solvent into the river for two years.\n\nThe Calvary company disputed that, saying the "
                     "Dunmore plant passed every test.\n\n" + FILLER,
                     "Pier\n\n" + FILLER + "The Harbor Gazette reported on Monday that Mayor Ada Pike had sold "
                     "the Dunmore pier to a friend. Councilman Ray Ortt said Pike needs to answer these "
                     "serious charges. Pike said the report was completely false.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = sorted(_within(al), key=lambda c: c.sides[0].quote)
    assert len(got) == 2, [c.reason for c in al.conflicts]
    quotes = [" | ".join(s.quote for s in c.sides) for c in got]
    assert "leaked" in quotes[0] and "disputed that" in quotes[0]
    # the report's account, not the councilman's call to answer it
    assert "reported on Monday" in quotes[1] and "these serious charges" not in quotes[1]


def test_a_rebuttal_naming_no_one_disputes_the_claim_right_before_it():
    arts = _articles("Trips\n\n" + FILLER + "The Harbor Gazette reported on Monday that the senator had paid "
                     "for family trips with campaign funds. A spokesman disputed that account.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    quotes = " | ".join(s.quote for s in got[0].sides)
    assert "campaign funds" in quotes and "disputed that account" in quotes
