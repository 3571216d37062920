"""Cue shapes still read wrong on real news (session 43, issue 12; branch attr52): real51's, attr51's and the lead's
Left. A two-word preposition opening the sentence before a described speaker and a saying participle ("Ahead of
<day>'s vote on whether to approve <X>, a board member, <Name>, resigned, saying ..."), a denial after "though" by a
lower-case role and a name ("..., though manager <Name> rubbished those claims"), a contrast "while" with no comma
before a second speaker ("A while <critics> claim B": two claims), reports that "emerged" with a "that" clause
(hearsay), "Another said ..." after "One <x> said ...", and a short quoted label that is the whole predicate
('<Party> spokesman <Name> called <X> “unhinged.”'). Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import TREASURER_HEAD, code, read


# (a) a two-word preposition ("ahead of", "prior to") opens a scene-setting phrase like "before": the described
# speaker and the saying participle make the sentence the speaker's, as with "Before the vote, ..."
@pytest.mark.parametrize("sentence", [
    "Ahead of Thursday's vote on the harbour plan, a Norvel board member, Lena Pardo, resigned, saying the plan was risky.",
    "Ahead of Monday's ballot on whether to back the plan, a Norvel board member, Lena Pardo, quit, saying the "
    "plan was \"very risky\" financially.",
    "Prior to the vote on the plan, a Norvel board member, Lena Pardo, resigned, saying the plan was risky.",
    "Before the vote, a Norvel board member, Lena Pardo, resigned, saying the plan was risky.",  # (already so)
])
def test_a_two_word_preposition_opener_keeps_the_described_speaker(sentence):
    assert read(sentence) == ("Lena Pardo", "reported")


@pytest.mark.parametrize("sentence", [
    "Lena Pardo resigned, saying the plan was risky.",  # no description: the act is the outlet's (the lead, session 42)
    "Ahead of Thursday's vote on the plan, Lena Pardo resigned, saying the plan was risky.",
    "Ahead of the vote on whether the plan was safe for the town and its people, a Norvel board member, Lena Pardo, "
    "resigned, saying the plan was risky.",  # a finite clause in the opener: not a short phrase
])
def test_an_undescribed_act_or_a_clause_opener_stays_the_outlets(sentence):
    assert read(sentence)[0] is None


def test_the_opener_reading():
    from summarizer.attribution.frame_parts import prepositional_opener
    assert prepositional_opener("Ahead of Thursday's vote on the plan,")
    assert prepositional_opener("Ahead of the vote on whether to approve the plan,")
    assert not prepositional_opener("Ahead of the vote on whether the plan was safe,")
    assert not prepositional_opener("Ahead lay the town,")  # "ahead" alone is no preposition


# (b) a denial after "though" by a lower-case role and a name is a piece of its own, the speaker's
@pytest.mark.parametrize("sentence,part,who", [
    ("Reyes was said to have been seen in a Harlow club after the game, though manager Tom Fell rubbished those "
     "claims.", "manager Tom Fell rubbished those claims", "Tom Fell"),  # (the office is no part of the source: coref52)
    ("Reyes was seen in a club, but coach Tom Fell rubbished those claims.", "coach Tom Fell rubbished those claims",
     "Tom Fell"),
])
def test_a_role_and_a_name_after_though_deny(sentence, part, who):
    assert read(sentence, part) == (who, "denied")


def test_the_hearsay_before_the_denial_stays_unconfirmed():
    s = "Reyes was said to have been seen in a Harlow club after the game, though manager Tom Fell rubbished those claims."
    assert read(s, "Reyes was said to have been seen in a Harlow club after the game") == ("unnamed sources", "unconfirmed")


@pytest.mark.parametrize("sentence,part", [
    ("The mayor said the pool would close, though workers disputed that.", "workers disputed that"),  # contesting
    ("The club lost the game, though manager Tom Fell stayed calm.", "manager Tom Fell stayed calm"),  # no cue
])
def test_no_role_denial_no_new_piece(sentence, part):
    assert read(sentence, part)[0] not in ("manager Tom Fell", "Tom Fell")


def test_a_role_and_a_name_read_as_the_name_alone_is():
    # "Tom Fell praised the players" after "though" was already his; the role before the name changes nothing
    s = "The club lost the game, though manager Tom Fell praised the players."
    assert read(s, "manager Tom Fell praised the players")[0] == "Tom Fell"


# (c) "A while <critics> claim B" with no comma: two claims, the second the critics'
def _claims(sentence):
    out = code(TREASURER_HEAD + sentence + "\n")
    return [(c.attributed_to, c.text) for c in out.claims if "Ada Moss" not in c.text]


def test_a_while_frame_with_no_comma_is_two_claims():
    got = _claims("Past ministers have wanted more trees and better access for walkers while conservationists claim "
                  "commercial forests are bad for wildlife.")
    assert len(got) == 2
    assert got[1][0] == "conservationists" and got[1][1].startswith("Conservationists claim")


def test_a_while_frame_after_a_statement():
    got = _claims("Fell said the talks went well while the unions said little.")
    assert [w for w, _ in got] == ["Fell", "the unions"]


def test_a_while_frame_after_an_act():
    got = _claims("The mayor backed the plan while unions said it would cost jobs.")
    assert [w for w, _ in got] == ["article", "unions"]


@pytest.mark.parametrize("sentence", [
    "The town grew fast while prices rose.",  # no verb of saying
    "The mayor spoke while workers cheered.",
    "The crowd waited in the rain while the band played.",
])
def test_a_while_with_no_second_speaker_is_one_claim(sentence):
    assert len(_claims(sentence)) == 1


def test_the_while_breaks():
    from summarizer.attribution.contrast_breaks import contrast_frame_breaks
    assert len(contrast_frame_breaks("The mayor backed the plan while unions said it would cost jobs.")) == 1
    assert contrast_frame_breaks("The mayor backed the plan, while unions said it would cost jobs.") == []  # ", while": the splitter's own
    assert contrast_frame_breaks('"We backed the plan while unions say it costs jobs," she said.') == []  # inside a quotation
    assert contrast_frame_breaks("Grew while critics said so.") == []  # too short a first clause


# (d) reports that "emerged" or "surfaced" with a "that" clause: hearsay, `unconfirmed`
@pytest.mark.parametrize("sentence", [
    "Reports emerged from some survivors that the guards beat the captives.",
    "Reports have surfaced on Monday that the guards beat the captives.",
    "But new reports emerged that the guards beat the captives.",
])
def test_emerged_reports_are_hearsay(sentence):
    assert read(sentence) == ("unnamed sources", "unconfirmed")


@pytest.mark.parametrize("sentence", [
    "Reports of a fire emerged on Monday.",  # no "that" clause
    "The minister resigned after reports emerged that he had lied.",  # the main clause decides
    "The guards emerged from the camp after the captives were freed.",
])
def test_other_emergings_stay_the_outlets(sentence):
    assert read(sentence) == (None, "stated")


# (e) "Another said ..." after "One <x> said ...": "another" stands for a person, as "Others" and "Some" do
@pytest.mark.parametrize("sentence", [
    "One victim said she felt cheated. Another said he became depressed.",
    "Another told the show he had lost his savings.",
])
def test_another_speaks(sentence):
    part = sentence.split(". ")[-1]
    assert read(sentence, part)[0] == "Another"


@pytest.mark.parametrize("sentence", [
    "Another fire broke out on Monday.",
    "Another claimed 12 lives.",  # no speech verb
    "Another reported case came from Harlow.",
])
def test_another_thing_does_not_speak(sentence):
    assert read(sentence) == (None, "stated")


def test_another_before_a_noun_that_is_also_a_verb():
    # "suspect" is a belief verb too; "another" speaks only before a verb of saying (a flip seen on dev data)
    assert read("Another suspect is awaiting extradition from Arvania.")[0] is None


def test_another_after_while_is_a_claim_of_its_own():
    got = _claims("One victim said she felt cheated, while another said he became depressed.")
    assert [w for w, _ in got] == ["One victim", "another"]


# (g) an inverted tag after a name set off as an object's apposition, its speaker described to the sentence's end
@pytest.mark.parametrize("sentence,who", [
    ("The freed workers were received by the militia, who sent them to the regional capital, Harlow, said Tom Fell, "
     "an official with the Arvanian government.", "Tom Fell"),
    ("The freed workers were sent to Harlow, said Tom Fell, an official with the army.", "Tom Fell"),
    ("The freed workers were sent to the regional capital, Harlow, said Sgt Tom Fell, an official with the army.",
     "Sgt Tom Fell"),
])
def test_an_inverted_tag_with_a_described_speaker(sentence, who):
    assert read(sentence) == (who, "reported")


@pytest.mark.parametrize("sentence,who", [
    ("The mayor, Jo Bell, said the hull was sound.", "Jo Bell"),
    ("The campaign's chief, Jo Bell, said Harlow, the county town, would get the grant.", "Jo Bell"),
])
def test_a_name_in_apposition_to_the_subject_still_speaks(sentence, who):
    assert read(sentence)[0] == who


# (f) a short quoted label that is the whole predicate after "called": the speaker's judgement
@pytest.mark.parametrize("sentence,who", [
    ('Party spokesman Tom Reyes called the plan "unhinged."', "Tom Reyes"),  # (the office: coref52's policy)
    ('Harlow Party spokesman Tom Reyes called Pardo "a liar."', "Tom Reyes"),
    ("The spokesman called the plan “unhinged.”", "The spokesman"),
])
def test_a_short_quoted_label_as_the_whole_predicate(sentence, who):
    assert read(sentence) == (who, "reported")


def test_the_quoted_label_shape():
    from summarizer.attribution.frame_shapes import judgement
    assert judgement("called", ' the plan "unhinged."')
    assert judgement("called", " Pardo “a liar.”")
    assert not judgement("called", ' the plan "unhinged" on Monday, after the vote.')  # more after the label
    assert not judgement("called", ' the plan "a disgrace to the city and all of its people."')  # a long quotation
    assert not judgement("called", " the police after the crash.")  # no label
    assert not judgement("named", ' the plan "unhinged."')  # not a verb of calling


# (h) words that are no cue for their subject: a skill learned, a response told by its act, a request for comment
@pytest.mark.parametrize("sentence", [
    "He has learned to speak Arvanian fluently, and he has started working in the town as well.",
    "She learnt to drive in Harlow.",
    "An international coalition responded, first by dropping supplies to the stranded villagers.",
    "The Daily Ledger asked the council for a response.",
    "The Daily Ledger asked the Harlow council for comment on Monday.",
])
def test_no_cue_for_its_subject(sentence):
    assert read(sentence)[0] is None


@pytest.mark.parametrize("sentence,who", [
    ("She learned that the mill would close.", "Ada Moss"),  # found out: a cue
    ("The council responded that the plan was sound.", "The council"),
    ("The council responded, saying the plan was sound.", "The council"),
    ("The mayor asked the council for more money.", "The mayor"),  # a request, a speech act
    ("The mayor asked the council to respond.", "The mayor"),
])
def test_the_same_words_as_cues(sentence, who):
    assert read(sentence)[0] == who


# (i) " but its spokesperson said" with no comma: two claims, the request the outlet's act
def test_a_request_then_its_spokespersons_answer():
    got = _claims("The Daily Ledger asked the council for a response to the claims but its spokesperson said it would "
                  "not comment.")
    assert [w for w, _ in got] == ["article", "its spokesperson"]


def test_a_but_with_no_spokesperson_is_one_claim():
    assert len(_claims("The Daily Ledger asked the council for a response but its spokesperson was away.")) == 1
    from summarizer.attribution.contrast_breaks import contrast_frame_breaks
    assert contrast_frame_breaks("The firm cut jobs, but its spokesman said more would follow.") == []  # a comma: not here


@pytest.mark.parametrize("sentence", [
    "Fell responded by using the example of Harlow to prove that the ban was not the answer.",  # an argument
    "Norvel immediately responded by strengthening its plan and saying it will buy back its shares.",
])
def test_a_response_by_an_argument_keeps_its_speaker(sentence):
    assert read(sentence)[0] is not None
