"""Cue shapes still read wrong on real news (session 42, issue 12; branch attr51): real50's and the lead's Left. A
hearsay passive in a restrictive relative clause closing the sentence ("<Name> stars as a translator who is believed to
be dead"), a past intention told as given up ("<Studio> intended to open <film> on <date>, but ..."), a prepared
speech's tag ('"...," <Name> is expected to say.'), verbs of saying or finding that report nothing ("has noted 1,821
names", "found it was a good way to"), "rubbished those claims", a judgement of two adjectives after an apposition,
"Others, including <a list>, dismissed ...", ", and <ACRONYM> says ...", the writer's "I" after ", but" and a past
first-person belief, and a quotation closed mid-sentence before "<his daughter>, <Name>, told <paper>". Invented texts;
near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import read


# (a) a hearsay passive inside a restrictive relative clause closing the sentence: the main clause is the outlet's
@pytest.mark.parametrize("sentence", [
    "Lena Pardo stars as a translator in Arvania who is believed to be dead after the war.",
    "Tom Reyes is the youngest son of Hal Reyes, a mill owner who was thought to be the wealthiest in the county.",
    'Ana Vell ("The Long Road") stars as a nurse in Brackford who is said to have vanished in the flood.',
])
def test_a_closing_restrictive_hearsay_leaves_the_main_clause_the_outlets(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "The translator is believed to be dead after the war.",  # the main clause's own hearsay
    "The man who is believed to have fled was caught on Monday.",  # a relative inside the subject
    "Police found the man who is thought to have fled the town.",  # no finite -s/-ed verb after a name
])
def test_hearsay_outside_a_closing_relative_stays_unconfirmed(sentence):
    assert read(sentence) == ("unnamed sources", "unconfirmed")


def test_the_restrictive_start():
    from summarizer.attribution.restrictive_hearsay import restrictive_start
    t = "Lena Pardo stars as a translator who is believed to be dead."
    assert t[restrictive_start(t, 0, len(t)):].startswith("who is believed")
    t = "The man who is believed to have fled was caught."
    assert restrictive_start(t, 0, len(t)) is None
    t = "Lena Pardo met a man who is said to be rich, and they married."
    assert restrictive_start(t, 0, len(t)) is None  # the main clause goes on after a comma


# (b) a past intention told as given up (GUIDELINES §14 (b)): `reported`, not a forecast
@pytest.mark.parametrize("sentence", [
    "Elmton Pictures intended to open the film on March 3, but production was halted after the fire.",
    "Elmton Pictures planned to open the store in May, but the fire forced a delay.",
])
def test_a_given_up_intention_is_reported(sentence):
    assert read(sentence) == ("Elmton Pictures", "reported")


def test_the_first_clause_of_a_given_up_intention_is_reported_too():
    s = "Elmton Pictures intended to open the film on March 3, but production was halted after the fire."
    assert read(s, "Elmton Pictures intended to open the film on March 3")[1] == "reported"


@pytest.mark.parametrize("sentence", [
    "Elmton Pictures intends to open the film on March 3.",
    "Elmton Pictures intended to open the film in May.",  # the plan may still stand
    "Elmton Pictures intends to open the film in May, but the mayor wants a delay.",  # a present intention
])
def test_a_standing_intention_stays_speculative(sentence):
    assert read(sentence)[1] == "speculative"


# (h) a prepared speech's closing tag: the speaker's words, still to come (GUIDELINES §14 "expected to")
@pytest.mark.parametrize("sentence,who", [
    ('"We will build the bridge," Lena Pardo is expected to say.', "Lena Pardo"),
    ('"We will build the bridge," Mr. Pardo is expected to say.', "Mr. Pardo"),
    ('"We will build the bridge," the mayor is expected to say on Monday.', "the mayor"),
])
def test_a_prepared_speech_is_the_speakers(sentence, who):
    assert read(sentence) == (who, "speculative")


@pytest.mark.parametrize("sentence", [
    "The defence is expected to argue that the patient died of a heart condition.",  # no statement made yet
    "Lena Pardo is expected to say more on Monday.",  # no quotation before the tag
])
def test_an_expected_saying_with_no_quotation_is_no_frame(sentence):
    assert read(sentence)[0] is None


# (d) verbs of saying or finding that report nothing
@pytest.mark.parametrize("sentence", [
    "Lena Pardo has noted 1,821 names.",
    "Lena Pardo has noted 1,821 names on the walls of the old mill.",
    "Toting a camera, Lena Pardo found it was a good way to meet people in the town.",
    "Lena Pardo found it was a cheap way to heat the house.",
])
def test_no_report_in_a_count_noted_or_a_way_found(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "Lena Pardo noted 40 percent of voters are undecided.",  # a clause with no "that"
    "Lena Pardo noted that 40 people had left.",
    "Inspectors found it was unsafe to open the bridge.",  # a finding
    "Inspectors found that the bridge was unsafe.",
])
def test_near_misses_of_no_report(sentence):
    assert read(sentence)[0] is not None


def test_the_no_report_shapes():
    from summarizer.attribution.bare_findings import no_report
    from summarizer.attribution.text import tokens
    t = "She noted 1,821 names."
    toks = tokens(t, 0, len(t))
    assert no_report(toks, 1)
    t = "She noted 40 percent of voters are undecided."
    toks = tokens(t, 0, len(t))
    assert not no_report(toks, 1)


# (e) outlet's-voice misses
@pytest.mark.parametrize("sentence,who", [
    ("Manager Tom Reyes rubbished those claims.", "Manager Tom Reyes"),
    ("Tom Reyes rubbished these reports on Monday.", "Tom Reyes"),
])
def test_rubbishing_an_account_is_a_denial(sentence, who):
    assert read(sentence) == (who, "denied")


@pytest.mark.parametrize("sentence", [
    "The council rubbished the plan.",  # no account named back
    "The rubbish was collected on Monday.",
])
def test_near_misses_of_rubbishing(sentence):
    assert read(sentence)[0] is None


def test_two_judging_adjectives_after_an_apposition():
    s = "Tom Reyes, the head of the Elmton League for Fair Housing and Tenants' Rights, called the plan unlawful and hurtful."
    assert read(s) == ("Tom Reyes", "reported")
    s = "Tom Reyes, the president of the Elmton Committee, called the police and the fire brigade."
    assert read(s)[0] is None  # a call made, no judgement


def test_a_group_of_others_with_a_long_list_of_examples():
    s = "Others, including the party chairmen for Elm County, Tom Reyes, and Ash County, Lena Pardo, dismissed the story as a lie."
    assert read(s)[0] == "Others"
    assert read("Others, including the town hall, were closed on Monday.")[0] is None


@pytest.mark.parametrize("sentence,part,who", [
    ("The storm will last two days, and NOAA says that makes it the shortest on record.", "NOAA says that makes it the shortest on record.", "NOAA"),
    ("The eclipse is short, and ESA says the moon will turn red.", "ESA says the moon will turn red.", "ESA"),
    ("The eclipse is short, and Elma Ray says the moon will turn red.", "Elma Ray says the moon will turn red.", "Elma Ray"),
])
def test_an_acronym_speaker_after_and(sentence, part, who):
    assert read(sentence, part)[0] == who
    assert read(sentence)[0] is None  # the first clause is the outlet's


@pytest.mark.parametrize("sentence", [
    'Her fever came from the flu, but she "is doing far better," her son, Tom Reyes, told the Elmton Courier.',
    'She "is doing far better," her son, Tom Reyes, told the Elmton Courier.',
    'She "is doing far better," her son, Tom Reyes, said.',
])
def test_a_quotation_closed_mid_sentence_before_a_described_name(sentence):
    assert read(sentence)[0] == "Tom Reyes"


# (f) the writer's first person
@pytest.mark.parametrize("sentence,part", [
    ("He still opposes ideas I hold dear, but I find myself -- like many old friends -- oddly moved by his candour.",
     "I find myself -- like many old friends -- oddly moved by his candour."),
    ("Tom Reyes said the plan was bad, but I find myself enthralled by it.", "I find myself enthralled by it."),
])
def test_the_writers_i_after_but_is_not_the_speakers(sentence, part):
    assert read(sentence, part)[0] is None


@pytest.mark.parametrize("sentence,part", [
    ("Tom Reyes said the plan was bad, but he voted for it anyway.", "he voted for it anyway."),  # the speaker's "he"
    ('"The plan was bad, but I voted for it," Tom Reyes said.', "I voted for it"),  # a quoted "I"
])
def test_near_misses_of_the_writers_i(sentence, part):
    assert read(sentence, part)[0] == "Tom Reyes"


@pytest.mark.parametrize("sentence", [
    "I always felt my old school would expel me for the tiniest mistake.",
    "I thought that the plan was a good one.",
    "We always thought the house was haunted.",
])
def test_a_past_belief_of_the_writer(sentence):
    assert read(sentence)[0] == "the writer"


@pytest.mark.parametrize("sentence", [
    "I felt a sharp pain in my chest that night.",  # a feeling of the body, no clause
    '"I always felt the club would fold," Tom Reyes said.',  # a quoted "I"
])
def test_near_misses_of_the_writers_past_belief(sentence):
    assert read(sentence)[0] != "the writer"


# (g) the claim splitter: "X did A and, according to Y, is B"; "A - the UN says B"
_SPLITS = ("Invented news for a test\n\nTom Reyes, the club captain, was hurt in training on Tuesday.\n\n"
           "The striker has missed two games and, according to the Elmton Courier, is unlikely to play again this season.\n\n"
           "That is more than any other town this year - the council says the number of floods will keep rising.\n\n"
           "The Elm Union Secretary - General Tom Reyes said the talks would resume in May.\n\n"
           "The deal between Elm Foods - Ash Mills was signed on Monday.\n\n"
           "The striker has missed two games and, according to the Elmton Courier, the coach is angry.\n")


@pytest.fixture(scope="module")
def split_claims():
    from tests.reading import code
    return {c.text: (c.attributed_to, c.certainty) for c in code(_SPLITS).claims}


def test_and_according_to_is_split(split_claims):
    assert split_claims.get("The striker has missed two games.") == ("article", "stated")
    assert split_claims.get("The striker is unlikely to play again this season.", ("", ""))[0] == "the Elmton Courier"


def test_a_spaced_dash_before_a_source_is_split(split_claims):
    assert split_claims.get("That is more than any other town this year.") == ("article", "stated")
    assert split_claims.get("The council says the number of floods will keep rising.", ("", ""))[0] == "the council"


@pytest.mark.parametrize("whole", [
    "The Elm Union Secretary - General Tom Reyes said the talks would resume in May.",  # a hyphenated title
    "The deal between Elm Foods - Ash Mills was signed on Monday.",  # two names joined
    "The striker has missed two games and, according to the Elmton Courier, the coach is angry.",  # a subject of its own
])
def test_near_misses_of_the_splits(split_claims, whole):
    assert whole in split_claims


def test_the_split_shapes():
    from summarizer.second_predicates import _ACCORDING_SECOND, _DASH_SOURCE
    assert _DASH_SOURCE.match("Floods hit 40 towns this year - the UN says that is a record for the region")
    assert not _DASH_SOURCE.match("The Elm Union Secretary - General Tom Reyes said the talks would resume")
    assert _ACCORDING_SECOND.match("The mayor has left the town and, according to his aides, will not return")
    assert not _ACCORDING_SECOND.match("The mayor has left the town and, according to his aides, the town is sad")


# (e) a second reporting clause after "while" with no comma
@pytest.mark.parametrize("sentence,part,who", [
    ("Ministers have wanted more trees and better paths for walkers while conservationists claim the new forests are bad for wildlife.",
     "conservationists claim the new forests are bad for wildlife.", "conservationists"),
    ("The town grew fast while residents say the roads were left to crumble.", "residents say the roads were left to crumble.", "residents"),
    ("Tom Reyes said the town grew fast while residents claim the roads crumbled.", "residents claim the roads crumbled.", "residents"),
])
def test_a_source_after_while(sentence, part, who):
    assert read(sentence, part)[0] == who


def test_near_misses_of_a_source_after_while():
    assert read("The town grew fast while prices rose across the region.")[0] is None  # no cue
    s = "Tom Reyes said the town grew fast while residents claim the roads crumbled."
    assert read(s, "the town grew fast")[0] == "Tom Reyes"  # the first frame keeps its clause
