"""Shapes the lead met reading two BASIL clusters' digests on the bundled model (session 46, issues 12 and 15): a
"with" clause's speaker named after a title of several capitalised words, or one person of a kind ("with one
neighbour saying ..."), was shown in the outlet's voice; "X will now be allowed to ..., the agency announced" (a rule
in force, GUIDELINES §14 "Not speculative: (a)") was shown `speculative`; "the city planning department said" gave
the source "the city"; "A lawyer representing the family said ..." and a speaker described by a long phrase with a
gerund in it had no source at all. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from tests.reading import code, who

INTRO = "Toll road vote\n\nThe county board met on Tuesday to vote on the toll road.\n\n"


# -- a "with" clause's speaker --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("But members tore into the plan, with House Budget Committee Chairman Mark Vale saying it showed contempt.",
     "House Budget Committee Chairman Mark Vale"),
    ("But members tore into the plan, with Budget Chairman Mark Vale saying it showed contempt.", "Budget Chairman Mark Vale"),
    ("Residents attacked the proposal, with one neighbour saying the road would be unsafe.", "one neighbour"),
    ("Residents attacked the proposal, with a witness telling reporters the road was unsafe.", "a witness"),
    # near-misses: a short title (as on main), a plural group (as on main)
    ("But members tore into the plan, with Senator Mark Vale saying it showed contempt.", "Senator Mark Vale"),
    ("Residents attacked the proposal, with officials warning that the road was unsafe.", "officials"),
])
def test_the_speaker_of_a_with_clause(sentence, source):
    assert who(INTRO + sentence + "\n", sentence) == source


@pytest.mark.parametrize("sentence", [
    "Residents attacked the proposal, with a view to saying more later.",  # no person before the participle
    "The road opened on Monday, with a ceremony marking the day.",  # "marking": no verb of saying
])
def test_a_with_clause_without_a_speaker_stays_the_outlets(sentence):
    assert who(INTRO + sentence + "\n", sentence) is None


# -- a rule in force -------------------------------------------------------------------------------------------------

def _certainty(sentence: str) -> str:
    text = INTRO + sentence + "\n"
    start = text.index(sentence)
    return certainty_for(text, start, start + len(sentence), analyze(text))


@pytest.mark.parametrize("sentence, certainty", [
    ("Drivers over 70 will now be allowed to renew their licences online, the agency announced Thursday.", "reported"),
    ("Drivers will now be required to carry a permit, the board said.", "reported"),
    ("Small firms would now be exempt from the fee, the council said in a statement.", "reported"),
    ("Drivers will now be able to pay the toll by phone.", "stated"),
    # near-misses: a future event, and "will be allowed" with no "now" (a forecast of a permission to come)
    ("The county will now receive the new buses next month, the agency said.", "speculative"),
    ("Drivers will be allowed to renew online next year, the agency said.", "speculative"),
    ("Drivers will now be asked to vote on the plan, the board said.", "speculative"),
])
def test_will_now_be_allowed_is_a_rule_in_force(sentence, certainty):
    assert _certainty(sentence) == certainty


def test_the_claim_of_a_rule_in_force_is_not_speculative():
    sentence = "Drivers over 70 will now be allowed to renew their licences online, the state licensing agency announced Thursday."
    claims = [c for c in code(INTRO + sentence + "\n").claims if c.evidence.quote.startswith("Drivers over 70")]
    assert claims and all(c.certainty == "reported" and c.attributed_to == "the state licensing agency" for c in claims)


# -- an -ing word inside a speaker's noun phrase -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("The road will close, the city planning department said Thursday.", "the city planning department"),
    ("The state licensing agency said the road will close.", "The state licensing agency"),
    ("The road will close, the county housing authority said.", "the county housing authority"),
    ("The road will close, the city building inspector said.", "the city building inspector"),
    ("A lawyer representing the family said the road will close.", "A lawyer representing the family"),
    ("A lawyer representing Jane Doe said the road will close.", "A lawyer representing Jane Doe"),
    ("Officials overseeing the count said the road will close.", "Officials overseeing the count"),
    ("A two-term councillor from Elm with a record of challenging the board said Friday he would run.",
     "A two-term councillor from Elm with a record of challenging the board"),
    # near-misses: a participle phrase after "the <noun>" names the noun (as on main); a plain "for"
    ("The senator vying for the nomination said the road will close.", "The senator"),
    ("A lawyer for the family said the road will close.", "A lawyer for the family"),
])
def test_an_ing_word_inside_the_speakers_phrase(sentence, source):
    assert who(INTRO + sentence + "\n", sentence) == source


@pytest.mark.parametrize("sentence, source", [
    ("It was helped by a campaign the company said was its largest.", None),  # a contact relative's subject: as on main
    ("The building the council sold said nothing.", None),  # a noun in -ing heading a contact relative: no speaker
])
def test_a_contact_relative_keeps_its_reading(sentence, source):
    assert who(INTRO + sentence + "\n", sentence) == source


# -- two claims that share only their scene (digest) --------------------------------------------------------------

from tests.test_digest47 import _joined  # noqa: E402

_ESCORTED = ("In June, the inspector was escorted from his office and lost his badge amid the release of a watchdog "
             "report on the handling of the Brackwater bridge inquiry.")


@pytest.mark.parametrize("b, joined", [
    # another event after the same report: two events
    ("The inspector testified last month after the release of a watchdog report on the handling of the Brackwater bridge "
     "inquiry.", False),
    # near-miss: the other states what the adjunct holds, the same proposition
    ("A watchdog report on the handling of the Brackwater bridge inquiry was released in June, and the inspector was "
     "escorted from his office.", True),
])
def test_two_claims_sharing_only_their_scene_do_not_agree(b, joined):
    assert _joined(_ESCORTED, b, "escorted", "inspector") is joined


# -- a summary sentence that drops its source's tag ----------------------------------------------------------------

_DISMISSED = ("Inspector dismissed\n\nDRAVEN — Nora Kell, the F.S.A. senior food inspector who criticized the mayor in "
              "angry letters and helped run the county and city audits, has been dismissed for breaking agency rules, "
              "Ms. Kell's lawyer said Monday.\n\nThe mayor and Ms. Kell have clashed for months over the audits. The "
              "F.S.A. senior food inspector criticized the mayor in angry letters last spring. Ms. Kell helped run the "
              "county audits and the city audits. The mayor said the letters were unfair.\n")


@pytest.mark.parametrize("sentence, source", [
    # the lead sentence restated without "Ms. Kell's lawyer said": the lawyer's (the possessor "Kell" in the
    # sentence is no naming of the lawyer; "F.S.A." holds no first-person "I")
    ("F.S.A. senior food inspector Nora Kell, who criticized the mayor in angry letters and helped run the county and "
     "city audits, has been dismissed for breaking agency rules.", "Ms. Kell's lawyer"),
    # near-misses: the outlet's own sentence restated; a sentence that says who said it
    ("The F.S.A. senior food inspector criticized the mayor in angry letters last spring.", None),
    ("Ms. Kell's lawyer said the inspector was dismissed for breaking agency rules.", None),
])
def test_a_restated_statement_keeps_its_source(sentence, source):
    from summarizer.summary_sources import restated_source
    from summarizer.verify import verify

    text = _DISMISSED
    assert restated_source(text, analyze(text), sentence, verify(text, sentence).spans) == source


# -- a headline that copies the title and runs on ----------------------------------------------------------------

_TITLED = ("Board fires inspector Nora Kell, months after angry letters surfaced\n\nDRAVEN — Nora Kell, who ran the "
           "county audits, has been fired.\n")


@pytest.mark.parametrize("headline, extra", [
    ("Board fires inspector Nora Kell, months after angry letters surfaced, has been fired", "has been fired"),
    # near-misses: the title whole, the title cut, a line of three words, the headline in its own words
    ("Board fires inspector Nora Kell, months after angry letters surfaced", None),
    ("Board fires inspector Nora Kell", None),
    ("Nora Kell fired over letters", None),
])
def test_a_headline_running_past_the_title(headline, extra):
    from summarizer.summary_roles import runs_past_line

    assert runs_past_line(_TITLED, headline) == extra
