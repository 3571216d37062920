"""Within one article: a sentence that corrects the account told just before it ("In fact, ...",
"That is not true") disputes that account (issue 15, conf7: digest/corrections.py). Fast: the
bundled path's code claims (no model); invented texts, no seed words."""

from __future__ import annotations

from summarizer.digest.build import build_sections
from summarizer.digest.corrections import correction_kind
from tests.test_align_denials import _feats
from tests.test_align_disputes import FILLER, _articles, _within


def _kind(text: str) -> str | None:
    return correction_kind(_feats(("a", "article", text))[0])


def test_a_correction_is_read_from_the_opening_of_the_claim():
    assert _kind("In fact, four other crossings in the county charge no toll.") == "opener"
    assert _kind("“Actually, the plant reopened in May,” she said.") == "opener"
    assert _kind("That is simply not true.") == "pointer"
    assert _kind("This claim is false, the spokeswoman said.") == "pointer"
    # an opinion of what was said, or the marker inside the sentence, corrects nothing here
    assert _kind("It's wrong.") is None
    assert _kind("The mayor in fact approved the plan.") is None
    assert _kind("Factually, the report is thin.") is None


def test_in_fact_after_a_named_source_account_disputes_it_with_both_quotes():
    arts = _articles("Bridge\n\n" + FILLER + "Mayor Ada Pike said the Dunmore bridge was the only toll-free "
                     "crossing in the county.\n\nIn fact, at least four other crossings in the county charge no "
                     "toll, according to a survey by the Harbor Gazette.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    quotes = " | ".join(s.quote for s in got[0].sides)
    assert "only toll-free" in quotes and "In fact" in quotes
    assert "corrects" in got[0].reason and "Pike" in got[0].reason


def test_in_fact_that_goes_on_with_the_speakers_own_point_disputes_nothing():
    arts = _articles("Pier\n\n" + FILLER + "Inspector Lena Ortt said the Calvary crane was due for repairs. "
                     "“The east pier is safe,” Mayor Ada Pike said. “In fact, the east pier passed every "
                     "inspection this year,” she added.\n\n" + FILLER,
                     "Dock\n\n" + FILLER + "The harbor board met on Tuesday to review the east pier budget. "
                     "In fact, the east pier budget has grown every year since the flood.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _within(al) == [], [c.reason for c in al.conflicts]


def test_in_fact_sharing_no_word_with_the_account_before_disputes_nothing():
    arts = _articles("Port\n\n" + FILLER + "Councilman Ray Ortt said the ferry schedule would change in June.\n\n"
                     "In fact, the harbor museum drew record crowds last summer.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _within(al) == [], [c.reason for c in al.conflicts]


def test_another_figure_named_by_a_pointer_back_disputes_the_number_before_it():
    assert _kind("Police put the figure at 12,000.") == "figure"
    assert _kind("Engineers said the number was closer to $9 million.") == "figure"
    assert _kind("The number of pier workers has grown.") is None
    arts = _articles("Crowd\n\n" + FILLER + "Organizers said 50,000 people marched through Dunmore on Saturday."
                     "\n\nPolice put the figure at 12,000.\n\n" + FILLER,
                     "Repairs\n\n" + FILLER + "City officials said the cost of the pier repairs was $4 million. "
                     "Engineers hired by the council said the number was closer to $9 million.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = sorted(_within(al), key=lambda c: c.sides[0].quote)
    assert len(got) == 2, [c.reason for c in al.conflicts]
    assert "Engineers hired by the council gives another figure than City officials" in got[0].reason
    assert "Police gives another figure than Organizers" in got[1].reason


def test_a_figure_in_another_currency_or_the_same_number_is_no_correction():
    arts = _articles("Budget\n\n" + FILLER + "Mayor Ada Pike said 40 workers would repair the Dunmore pier. "
                     "Councilman Ray Ortt said the cost was $3 million.\n\n" + FILLER,
                     "Vote\n\n" + FILLER + "Organizers said 2,000 people signed the Dunmore petition. "
                     "Police said the number was 2,000.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _within(al) == [], [c.reason for c in al.conflicts]


def test_a_short_sentence_calling_the_account_before_false_is_a_claim_and_corrects_it():
    # contracted negation and an opening sentence adverb (conf8); four words stand as a claim
    assert _kind("Officially, this wasn't correct.") == "pointer"
    assert _kind("That isn't true, the spokesman said.") == "pointer"
    assert _kind("Officially, the plant opened in May.") is None
    arts = _articles("Motto\n\n" + FILLER + "In a speech in Paris last year, Mayor Ada Pike remarked that the "
                     "harbor town's \"motto is Fluctuat nec mergitur.\" Officially, this wasn't correct. The "
                     "council wrote to her weeks later.\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _within(al)
    assert len(got) == 1, [c.reason for c in al.conflicts]
    quotes = " | ".join(s.quote for s in got[0].sides)
    assert "Officially, this wasn't correct." in quotes and "motto is" in quotes
    # the same words of the speaker's own, right after her account, correct no one
    arts = _articles("Motto\n\n" + FILLER + "“The harbor town's motto is Fluctuat nec mergitur,” Mayor Ada Pike "
                     "said. “That isn't true of the old town, which never had one.”\n\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _within(al) == [], [c.reason for c in al.conflicts]
