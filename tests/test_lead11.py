"""The lead's battery of session 11 (issue 12: session 10's leftovers): short articles written for
the test, the answer expected for every sentence written before the tool ran (tests/lead11_battery.txt;
format and matching as tests/test_bat9c.py)."""
from __future__ import annotations

import pathlib

import pytest

from tests.test_bat9c import battery_cases, check_battery_sentence

_BATTERY = pathlib.Path(__file__).with_name("lead11_battery.txt")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN: dict[str, str] = {
}


@pytest.mark.parametrize("art,k", list(battery_cases(_BATTERY, _OPEN)))
def test_lead11_sentence(art, k):
    check_battery_sentence(_BATTERY, art, k)


def test_a_conflicts_title_keeps_a_name_whole():
    """A shared name word keeps the capitalised words both claims write around it: "Gulf Coast",
    not "Gulf" (the seeds' digest titled a dispute "Black, Russian")."""
    from summarizer.digest.pairs import features
    from summarizer.digest.predicates import shared_about
    from tests.test_align_paraphrase import articles
    arts = articles("Storms\n\nGovernor Ann Lee said storms had delayed shipping along the Gulf Coast for a week.\n",
                    "Ports\n\nThe port authority denied that shipping on the Gulf Coast had been delayed at all.\n")
    f1, f2 = features([(a, c) for a in arts for c in a.claims])[:2]
    assert shared_about(f1, f2) == "Gulf Coast"   # not "Gulf"


def test_a_pull_quote_is_the_speakers_words_not_the_outlets():
    """A web page sets a line of a quotation apart above it (a pull quote): the claim is the
    speaker's, as in the quotation, not the outlet's own statement (a BASIL story, session 11)."""
    from tests.test_reading_outputs import _code
    line = "Faith in the board has never been weaker, and now is the moment to fix that."
    text = ("Senator joins the race\n\n"
            "Senator Ana Pike said on Friday that she will run for majority leader.\n\n"
            f"{line}\n\n"
            "Her rivals have not yet said whether they will stay in the race.\n\n"
            f"“I want a team that can unite the party,” Pike said in her statement. “{line}”\n")
    claims = [c for c in _code(text).claims if c.text.strip("“”") == line]
    assert claims, "the line is a claim"
    assert all(c.attributed_to != "article" for c in claims), [(c.attributed_to, c.evidence.start) for c in claims]


def test_a_day_just_after_publication_is_this_years():
    """"It upends the June 19 vote" in an article of June 13 is this year's June 19, not last
    year's (a BASIL story gave 2013 in a 2014 article); a day months ahead with no future tense
    stays last year's."""
    from summarizer.dates import resolve
    assert resolve("June 19", "2014-06-13") == "2014-06-19"
    assert resolve("the June 19 vote", "2014-06-13") == "2014-06-19"
    assert resolve("October 2", "2014-06-13") == "2013-10-02"
    assert resolve("October 2", "2014-06-13", future=True) == "2014-10-02"


def test_no_fragment_after_a_shared_subject_or_a_verbless_conjunct():
    """", and question why ..." goes on with the clause before's subject, and ", and first under oath,
    since ..." is a phrase with a subordinate clause, not a sentence: neither is shown as a claim
    that opens with them ("Question why ...", "First under oath, since ..."; a BASIL story, session 11)."""
    from tests.test_reading_outputs import _code
    text = ("Hearing\n\n"
            "Members of the board are branding him vague, and question why he kept the plan hidden so long.\n\n"
            "The Tuesday session would have marked the warden's first public outing, and first under oath, since he "
            "apologized for the prison's lapses at a March 4 briefing.\n\n"
            "On Monday, the governor seemed to soften his position by declining to say it would be stopped by order, while "
            "acknowledging the dispute “will be decided by the judges.”\n\n"
            "Some analysts said the board's late change of course – one it had seemed sure would calm the fans – was too "
            "little too late.\n")
    texts = [c.text for c in _code(text).claims]
    assert not any(t.startswith(("Question why", "First under oath", "Acknowledging", "One it had")) for t in texts), texts
    assert any(t.startswith("The Tuesday session") and "since he apologized" in t for t in texts), texts
