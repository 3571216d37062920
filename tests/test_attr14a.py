"""attr14a, session 13 (issue 12, PolNeAR half A: breitbart, huff-post, nyt, politico): reporting
forms the rules did not read. Sentences invented for the test, in the shapes that went wrong;
expected source and certainty written before the fix was run.

1. Two people coordinated before the cue, each with its description ("Senators Jane Roe,
   Republican of Ohio, and Tom Dee, Democrat of Maine, say ..."; "Critics, like Senators Jane
   Roe, Republican of Ohio, and Tom Dee, say ..."): the second "and <name>" piece ended the
   descriptions, so the frame's content fell under half of the sentence and the claim went to
   the outlet's voice, `stated`.
"""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _claims(body: str):
    return [(c.text, c.attributed_to, c.certainty) for c in _code("A headline for the test.\n\n" + body).claims]


@pytest.mark.parametrize("body, source", [
    pytest.param("Critics of the levy, like Senators Alma Verrick, Republican of Ohio, and Tom Dassel, Democrat of "
                 "Maine, say the levy is a giveaway to builders.", "Critics of the levy",
                 marks=pytest.mark.xfail(strict=True, reason="left: contrast.py cuts at ', and Tom Dassel, ..., say'; "
                                                             "the no-cut rule was dropped with the pair reading")),
    ("Critics, like Senators Alma Verrick, Republican of Ohio, and Tom Dassel, say the levy is a giveaway.",
     "Critics"),
    pytest.param("Opponents, including Reps. Nia Oduya, D-Ore., and Carl Brandt, R-Kan., argued that the rule would "
                 "raise prices for farmers.", "Opponents",
                 marks=pytest.mark.xfail(strict=True, reason="left: the same cut at ', and Carl Brandt, R-Kan., argued'")),
    ("Critics of the levy, like Senators Alma Verrick, Republican of Ohio, and Tom Dassel, Democrat of Maine, "
     "see renewal of the levy as a chance to mend flaws in how the money is spent.", "Critics of the levy"),
    ("Critics, like Senators Alma Verrick, Republican of Ohio, and Tom Dassel, view the levy as a giveaway.", "Critics"),
])
def test_a_subject_with_a_list_of_described_people_in_apposition_speaks(body, source):
    got = _claims(body)
    # the group speaks; the resolver keeps its list as written ("Opponents, including ...")
    assert got[0][1].startswith(source) and got[0][2] != "stated", got


_PAIR_LEFT = ("left: read as a pair (apposition + no cut at ', and' in contrast.py), held-out factuality B went "
              "0.187 -> 0.188 (one negated event more shown stated); dropped, attr14a")


@pytest.mark.xfail(strict=True, reason=_PAIR_LEFT)
@pytest.mark.parametrize("body, first, second", [
    ("Senator Alma Verrick, Republican of Ohio, and Senator Tom Dassel, Democrat of Maine, say the levy is a "
     "giveaway to builders.", "Alma Verrick", "Tom Dassel"),
    ("Alma Verrick, a lawyer in Tarvin, and Tom Dassel, a retired judge, said the ruling would not stand.",
     "Alma Verrick", "Tom Dassel"),
])
def test_two_described_people_coordinated_before_the_cue_both_speak(body, first, second):
    got = _claims(body)
    # the frame's source is the pair as written; the resolver names its first person, as it does for
    # "Jane Roe, a lawyer, and her partner said" (written expecting both names; left as it is)
    assert got[0][2] != "stated" and first in got[0][1], got


@pytest.mark.parametrize("body", [
    # near-misses: the coordinated name is the object of a clause before the cue, or the cue is no
    # frame's: the outlet's voice stays
    "Alma Verrick, a lawyer in Tarvin, and Tom Dassel, a retired judge, met at the courthouse on Monday.",
    "The levy, which funds schools in Tarvin, and the bond, which funds roads, passed by wide margins.",
])
def test_coordinated_described_subjects_of_an_act_stay_the_outlets(body):
    got = _claims(body)
    assert all(who == "article" for _, who, _ in got), got


# 2. A view held of someone, with no "as" ("The club also views Governor A and Mayor B more favorably
#    than C", a poll's finding about a group): the group's opinion, not the outlet's (PolNeAR half A:
#    a poll story; the characterising verbs needed "as").
@pytest.mark.parametrize("body, source", [
    ("The club also views Governor Ned Pardo and Mayor Lina Cort more favorably than Carl Ostrom.", "The club"),
    pytest.param("Most voters in Tarvin view the mayor unfavorably.", "Most voters in Tarvin",
                 marks=pytest.mark.xfail(strict=True, reason="left: the frame is found, but a content under half the "
                                                             "sentence is the holder's only for a named holder (relations._framed)")),
    ("Younger members regard the new director more positively than the old one.", "Younger members"),
])
def test_a_view_held_of_someone_with_no_as_is_the_holders(body, source):
    got = _claims(body)
    assert got[0][1] == source and got[0][2] != "stated", got


@pytest.mark.parametrize("body", [
    "Visitors can view the paintings from the terrace.",  # seeing, no opinion
    "The committee will view the site on Monday.",
])
def test_viewing_a_thing_stays_the_outlets(body):
    got = _claims(body)
    assert all(who == "article" for _, who, _ in got), got


# 3. "show" after a subject that acts, not a document or a finding ("The mayor has shown that she can
#    win votes in the suburbs"): a demonstration by deeds, the outlet's reading, not a statement of
#    the mayor's (PolNeAR half A leaves "It has shown it knows how", a country, to the outlet).
_SHOW_LEFT = ("left: the fix (speech_events: 'show' after a person or body, no document, is the outlet's) changed no "
              "PolNeAR claim on A or B, and factuality's held-out B went 0.187 -> 0.188 with it in: reverted (attr14a)")


@pytest.mark.parametrize("body", [
    pytest.param("The mayor has shown that she can win votes in the suburbs.", marks=pytest.mark.xfail(strict=True, reason=_SHOW_LEFT)),
    "Governor Ned Pardo has shown he is willing to veto spending bills.",
    pytest.param("The union showed that it could keep its members out for months.", marks=pytest.mark.xfail(strict=True, reason=_SHOW_LEFT)),
])
def test_show_after_a_subject_that_acts_is_the_outlets(body):
    got = _claims(body)
    assert got[0][1] == "article", got


@pytest.mark.parametrize("body, source", [
    # near-misses: documents and findings still speak
    ("Records show that the mayor won votes in the suburbs.", "Records"),
    ("A survey by the Tarvin Institute shows that most residents oppose the levy.", "A survey by the Tarvin Institute"),
])
def test_show_after_a_document_stays_the_documents(body, source):
    got = _claims(body)
    assert got[0][1] == source and got[0][2] != "stated", got


@pytest.mark.parametrize("body, source", [
    # evidence that is no listed document keeps its reading as before (not a person's deeds)
    ("Video shows that the officer had his hands in the air.", "Video"),
])
def test_show_after_evidence_keeps_its_reading(body, source):
    got = _claims(body)
    assert got[0][1] == source, got


# 4. A title abbreviation known only with its stop ("said Del. Marta Quince of the Outer Isles"):
#    the source was "Del", the name cut at the stop (PolNeAR half A, a House panel story).
def test_a_dotted_title_is_read_on_to_the_name():
    got = _claims('"This is a waste of time. It is hurting the panel," said Del. Marta Quince of the Outer Isles.')
    assert all("Marta Quince" in who for _, who, _ in got), got


@pytest.mark.parametrize("body, source", [
    ("Del Harmon, a farmer, said the road was closed.", "Del Harmon"),  # a first name, no stop
    ('"The film was a hit," said Ramon del Varo, the director.', "Ramon del Varo"),
])
def test_the_same_word_in_a_name_stays_the_name(body, source):
    got = _claims(body)
    assert got[0][1] == source, got
