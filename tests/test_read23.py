"""Session 22, read23: shapes found by reading the code path's claims on six faithfulness
documents no session had read (issues 12 and 15). Invented sentences with invented names; the
expected answers were written before the code was run."""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _summary(text: str):
    return code(text, "read23.txt")


def _claim(text: str, opening: str):
    claims = _summary(text).claims
    found = [c for c in claims if c.text.startswith(opening)]
    assert found, f"no claim opens with {opening!r}: {[c.text for c in claims]}"
    return found[0]


# -- 1. "to pose as" someone is an impersonation, not a photo caption (d3: "... sending <an officer> to
# -- pose as <a role> during a meeting with <her> in <a city>" was rejected as "a photo caption, not news",
# -- and its place with it)

_STING = ("Dale Brann, a builder, was arrested on Friday. "
          "Police set up a sting, sending an officer to pose as a buyer during a meeting with Dale Brann in the town of Kestrel. "
          "He was charged on Saturday.")


def test_to_pose_as_someone_is_news_not_a_caption():
    c = _claim(_STING, "Police set up a sting")
    assert c.attributed_to == "article"


@pytest.mark.parametrize("sentence", [
    "The flooded road could pose a danger to drivers during the night.",
    "Officers posing as tenants at the block arrested two men.",
])
def test_to_pose_a_danger_or_posing_as_is_news(sentence):
    text = "The council met on Monday. " + sentence + " The report was published on Tuesday."
    assert any(c.text.startswith(sentence.split()[0] + " " + sentence.split()[1]) for c in _summary(text).claims)


@pytest.mark.parametrize("sentence", [
    "Mara Olsen poses with her trophy after the final in Dunmore.",
    "The winner posing for photographers at the finish line.",
])
def test_apart_posing_for_a_camera_is_still_a_caption(sentence):
    text = "Mara Olsen won the final on Sunday. " + sentence + " She will defend the title next year."
    s = _summary(text)
    assert not any(c.text.startswith(sentence[:12]) for c in s.claims)
    assert any(r.reason == "evidence is a photo caption, not news" for r in s.rejected_claims)


# -- 2. a statement sent with a colon after a time opener, by "a spokesman for <Org>" (d2: "On <day>, a
# -- spokeswoman for <Company> sent this statement to <Outlet>: "<three sentences>"": the first sentence
# -- was the outlet's `stated`, the next two went to the lawsuit named before)

_SENT = ('Tarlow Mills was sued on Monday, the lawsuit says. '
         'On Friday, a spokesman for Orvane Foods sent this statement to reporters: '
         '"We have only just received the complaint. We treat this matter gravely and are looking into the claims." '
         'The case will be heard in May.')


@pytest.mark.parametrize("sentence", [
    '"We have only just received the complaint.',
    'We treat this matter gravely and are looking into the claims."',
])
def test_a_statement_sent_after_a_time_opener_is_the_senders(sentence):
    assert who(_SENT, sentence) == "a spokesman for Orvane Foods"


def test_a_statement_sent_is_reported():
    c = _claim(_SENT, '"We have only just received')
    assert (c.attributed_to, c.certainty) == ("a spokesman for Orvane Foods", "reported")


@pytest.mark.parametrize("text, sentence", [
    # a colon with no speech noun before it: whose words, unknown
    ('On Friday, a spokesman for Orvane Foods went to the court: "The case is closed," a clerk said later.',
     '"The case is closed," a clerk said later.'),
    # a note found, not sent: not the finder's words
    ('On Friday, a clerk at Orvane Foods found a note: "Pay us or else." The police were called.', '"Pay us or else."'),
])
def test_apart_a_colon_without_a_sent_statement_is_not_the_subjects(text, sentence):
    assert who(text, sentence) != "a spokesman for Orvane Foods" and who(text, sentence) != "a clerk at Orvane Foods"


# -- 3. a deal "has been mooted": a passive report with no source is hearsay (d1: "A £<n>million deal for
# -- <the player> has been mooted" was the outlet's `stated`)

@pytest.mark.parametrize("sentence", [
    "A £3million fee for the winger has been mooted.",
    "A merger of the two clubs was mooted last year.",
])
def test_a_mooted_deal_is_unconfirmed(sentence):
    c = _claim("Kestrel Rovers are weighing their options. " + sentence + " The club has not commented.", sentence[:12])
    assert (c.attributed_to, c.certainty) == ("unnamed sources", "unconfirmed")


@pytest.mark.parametrize("sentence", [
    "A merger of the two clubs was mooted by the chairman, Ivo Brand, last year.",  # an agent: not hearsay
    "A £3million fee for the winger was agreed on Monday.",
])
def test_apart_a_mooted_plan_with_its_agent_or_an_agreed_deal_is_not_hearsay(sentence):
    c = _claim("Kestrel Rovers are weighing their options. " + sentence + " The club has not commented.", sentence[:12])
    assert c.certainty != "unconfirmed"


# -- 4. a passive "told" after a contracted negation ("weren't told", "wasn't told") is no speech act of
# -- its subject (d2: "<The subjects> weren't told they'd been <harmed>, the lawsuit says, ..."
# -- gave the claim to "<The subjects>"; "were not told" was already the lawsuit's)

@pytest.mark.parametrize("sentence", [
    "The workers weren't told they'd been exposed, the lawsuit says, and several later fell ill.",
    "The tenant wasn't told the flat had been sold, the complaint says.",
])
def test_a_contracted_negated_passive_told_is_not_the_subjects_speech(sentence):
    assert who("A lawsuit was filed against Tarlow Mills on Monday. " + sentence, sentence) in ("the lawsuit", "the complaint")


@pytest.mark.parametrize("sentence, name", [
    ("The workers were not told they had been exposed, the lawsuit says.", "the lawsuit"),
    ("The manager didn't tell them they had been exposed, the lawsuit says.", "the lawsuit"),
    ("Ivo Brand wasn't happy, he told reporters.", "Ivo Brand"),
])
def test_apart_other_negations_keep_their_source(sentence, name):
    assert who("A lawsuit was filed against Tarlow Mills on Monday. Ivo Brand runs the mill. " + sentence, sentence) == name


# -- 5. "Follow @<handle> on Twitter ..." inside a paragraph is the outlet's promotion, no claim (d5: "Follow
# -- @<Desk> on Twitter ... about <a subject>." was an `event` of the outlet; read22's d8
# -- "Follow <Name> on Twitter" line too)

@pytest.mark.parametrize("line", [
    "Follow @KestrelDesk on Twitter for our farming coverage.",
    "Follow Ada Quist on Twitter.",
])
def test_a_follow_on_twitter_line_is_furniture(line):
    text = "The show opened on Monday in Kestrel. Social media . " + line + " The show runs until May."
    assert not any(c.text.startswith("Follow") for c in _summary(text).claims)


@pytest.mark.parametrize("sentence", [
    "Follow-up tests showed no damage to the bridge.",
    "Fans follow the team on every trip to the coast.",
])
def test_apart_follow_in_news_is_a_claim(sentence):
    text = "The show opened on Monday in Kestrel. " + sentence + " The show runs until May."
    assert any(c.text.startswith(sentence[:10]) for c in _summary(text).claims)



# -- 6. "the photographer said" after "photographer <Name>" is that person (d5: "When photographer <Name>
# -- became a father ..." and later ""...," the photographer said" kept "the photographer" as the source:
# -- the noun was no person noun, so the description was never resolved)

_PHOTOGRAPHER = ('When photographer Ivo Brand became a father, he began a series on fathers at home in Kestrel. '
                 'He spent a year with the families. '
                 '"Being home for months, they have months to reflect on their families," the photographer said.')


def test_the_photographer_is_the_photographer_named_before():
    assert who(_PHOTOGRAPHER, '"Being home') == "Ivo Brand"


@pytest.mark.parametrize("text", [
    # no photographer named: the description stays
    'Ada Pell runs the shelter in Kestrel. "They have months to reflect on their families," the photographer said.',
    # a person named as something else is not "the photographer"
    'Nurse Ada Pell runs the ward in Kestrel. "They have months to reflect on their families," the photographer said.',
])
def test_apart_the_photographer_with_no_photographer_named_stays(text):
    assert who(text, '"They have months') == "the photographer"

# -- left: shapes found and not fixed (strict xfails; evals/RESULTS.md "Session 22: read23")

@pytest.mark.xfail(strict=True, reason="read23 left (d4): a quotation after a second speech frame coordinated "
                   "into an initial frame's content ('Reports suggest that A and Ms X added: \"B\"') is the first frame's")
def test_left_a_coordinated_second_frame_owns_its_colon_quote():
    text = ('Ada Pell, head of the tenants\' group, backs the rule. Reports suggest that other towns are weighing '
            'similar rules and Ms Pell added: "I see no reason why not."')
    assert who(text, 'Reports suggest') == "Ada Pell"


@pytest.mark.parametrize("text, sentence, name", [
    # d5: "the photographer said" after "<Name> is a photographer" (a copula, not "photographer <Name>" nor
    # "<Name>, a photographer,"): the description is not resolved to him
    ('Ivo Brand is a photographer based in Kestrel. He spent a year with the families. '
     '"They have months to reflect on their families," the photographer said.', '"They have months', "Ivo Brand"),
])
@pytest.mark.xfail(strict=True, reason="read23 left (d3, d5): a description or a role label and surname not resolved "
                   "to the full name the article gave")
def test_left_a_description_or_label_resolves_to_the_name(text, sentence, name):
    assert who(text, sentence) == name


def test_a_role_label_and_surname_resolve_to_the_name():
    # d3: a role label before a surname ("Pupil <Surname>"): a strict xfail until session 46 (coref55's opening role)
    text = 'Damian Roe, 15, told the court he was afraid. Pupil Roe said he hoped the judge would be strict.'
    assert who(text, 'Pupil Roe said') == "Damian Roe"


@pytest.mark.parametrize("text, opening, certainty", [
    # d6: the negation is inside what was assured, the assurance happened
    ('Former minister Ivo Brand twice privately assured Ms Pell there would be no political cost if the prisoners '
     'were freed, The Kestrel Post reported.', "Former minister", "reported"),
    # d2: "attempt" as a noun after "the second" is no effort in progress
    ("A lawsuit was filed on Monday. This is the second attempt to recover costs.", "This is", "stated"),
    # d2: a judge dismissing a suit is a ruling with its reason, not a denial
    ("A class action was filed in 2012. A judge later dismissed it, saying the workers could not sue the state for harm "
     "done abroad.", "A judge", "reported"),
])
@pytest.mark.xfail(strict=True, reason="read23 left (d2, d6): certainty read from a negation or an effort word "
                   "that is not the main clause's, and 'dismissed' (a suit) read as a denial")
def test_left_certainty(text, opening, certainty):
    assert _claim(text, opening).certainty == certainty


@pytest.mark.xfail(strict=True, reason="read23 left (d3): a colon quotation in single quotes that never closes "
                   "leaves its frame ('She told the officer:') as a claim of its own")
def test_left_an_unclosed_colon_quote_keeps_its_frame():
    text = ("Police met Ada Pell on Monday. She told the undercover officer: 'You must really scare him because "
            "I want him to leave. Scroll down for video. 'Then we will finish it.'")
    assert not any(c.text == "She told the undercover officer." for c in _summary(text).claims)


def test_a_negation_inside_the_purpose_of_steps_taken_is_the_purposes():
    # read23 left (d4), fixed by real49 (clause_shapes.inner_report: "to ensure that ... not" is the goal's)
    text = "The university has taken steps to ensure that students' data is not misused by the scheme."
    assert _claim(text, "The university").certainty == "stated"
