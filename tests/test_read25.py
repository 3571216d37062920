"""Session 24, read25: shapes found reading the bundled tool's digests of three BASIL clusters (lines 2, 25
and 27 of the dev data's multidoc clusters) claim by claim against their articles. Invented sentences
(names, places and topics changed), each with what an analyst reads in it; see evals/RESULTS.md
"Session 24: read25".

1. a letter reproduced as one quotation over three paragraphs, with the letter's own quotations in
   the same double marks and a middle paragraph that does not reopen it: the first inner closer
   ended the quotation, and ten sentences of the letter were the outlet's `stated` voice; and the
   quotation, tagged by no frame, is the letter writer's (the person named before "writing a
   letter to ..."), not the letter's addressee named after it.
2. "the governor said" late in a story about a governor and his grown child: given to the child
   (who shares the governor's surname) or to another governor named in passing, or to a pair
   "lawmakers and Gov. X" who vowed something a paragraph before; it is the governor who has been
   speaking as a source.
3. "It was on Sunday, with the board nearing a vote on the levy that critics said would hurt farms,
   that X wrote ...": the critics' restrictive relative clause, inside a phrase a comma opened, took
   the whole sentence as their statement.
4. the outlet's own sentence with someone's words in a tail ("..., saying such a meeting could ...",
   "passed wording stating that the rule does not ...", "his claim that the ferry ... may not ..."):
   that tail's hedge or negation was read as the outlet's event's (`speculative` / `negated`): strict
   xfails, each cut cost half B a claim or factuality's uncertain events shown `stated`.
5. "But Republican Sen. X, R-State, called Y's absence “...”": the party tag's subject reader took
   "But" into the name and the frame was dropped; and after a bare "But" a short content under half of
   the sentence left the whole to the outlet's `stated` voice (fixed before a party tag only; wider, it
   cost half B: a strict xfail).
6. "Even X herself declared in May that A — far from the remarks she made Sunday, in which she said:
   “B”": the relative clause's colon frame took the sentence, its "she" went to another woman quoted
   before, and X's declaration was the outlet's `speculative` voice.
7. "The siege of Dorrin, which has lasted a decade, ..." gave the background claim "Dorrin has lasted
   a decade." (and "a pact with Kessel, which is a priority of ..." -> "Kessel is a
   priority ..."): a relative after "<noun> <preposition> <Name>," may describe the noun (a strict xfail:
   dropping such claims cost half B).
8. "Mr. Brill's views grew softer as he tried ...": "views ... as" read as the verb of "X views
   Y as Z", so the outlet's narration was Mr. Brill's belief.
9. a model summary sentence "The bill has been amended to allow firms to ..." passed the support check
   against "striking clauses that would have let firms ...": a counterfactual told as fact.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.text import quote_spans
from summarizer.attribution import analyze, certainty_for
from summarizer.drafts import descriptions
from summarizer.verify import verify
from tests.reading import code, who


# 1. a letter quoted over several paragraphs, inner quotations in the same marks ---------------------
LETTER = ("Several council members reacted sharply to Mayor Ida Poe on Monday, after she was recorded calling the "
          "ferry a costly toy of the governor's making.\n\n"
          "The criticism peaked with Ann Roe — still a loud voice among county clerks — writing a letter to Poe on "
          "her own website calling for the mayor's resignation.\n\n"
          "“Needless to say, the ferry in Dorrin was not “a toy of the governor's making.” It was bought by the county "
          "under Mayors Hale and Poe. Residents have always backed the service. Indeed, as the union boss has said, "
          "your remark “puts [you] at odds with nearly every voter in town.\n\n"
          "And not on a small matter. At a time when the harbor has just reopened, your remark is more than a gaffe. "
          "It is an insult to the crews.\n\n"
          "Some, no doubt, believe the town ought to sell the ferry, and they are free to argue it. But one "
          "of them should not be the mayor.”\n\n"
          "Roe's note was the harshest rebuke the mayor got that week.")
LETTER_SENTENCES = ["It was bought by the county under Mayors Hale and Poe.", "Residents have always backed the service.",
                    "And not on a small matter.", "It is an insult to the crews.",
                    "But one of them should not be the mayor.”"]


def test_a_letter_quoted_over_paragraphs_is_one_quotation():
    first = LETTER.index("“Needless")
    end = LETTER.index("the mayor.”") + len("the mayor.”")
    assert (first, end) in [(a, b) for a, b, _ in quote_spans(LETTER)]


@pytest.mark.parametrize("sentence", LETTER_SENTENCES)
def test_a_letter_quoted_over_paragraphs_is_its_writers(sentence):
    assert who(LETTER, sentence) == "Ann Roe"


def test_the_letter_is_not_the_outlets_voice():
    claims = code(LETTER).claims
    inside = [c for c in claims if any(s.rstrip("”") in c.text for s in LETTER_SENTENCES)]
    assert inside and all(c.attributed_to == "Ann Roe" and c.certainty != "stated" for c in inside)
    assert any(c.attributed_to == "article" and c.text.startswith("Roe's note was the harshest") for c in claims)


@pytest.mark.parametrize("text", [
    # a quotation that opens, closes and opens again ('“A,” she said. “B') is no nested block
    "“We won,” said Ann Roe. “Next year we\n\nwill win again. I am sure.”\n\nThe club left.",
    # the paragraph after holds an opener first: the old pairing stands
    "“The bridge is not “a toy.” It is a road.\n\n“And it will stay,” said Ann Roe.",
])
def test_no_nested_block_without_its_shape(text):
    from summarizer.attribution.nested_quotes import nested_blocks
    assert nested_blocks(text) == {}


def test_the_addressee_of_a_letter_is_not_its_writer():
    text = ("The dispute grew when Tom Hale wrote a letter to Ida Poe about the harbor fees.\n\n"
            "“You have broken every promise you made to the fishermen of this town,” the letter began.")
    assert who(text, "“You have broken every promise you made to the fishermen of this town,” the letter began.") != "Ida Poe"


# 2. a role noun as the speaker: the titled person who has been speaking ---------------------------------
SON = ("When Gov. Ivo Brill, Republican of Dorrin, spoke on Monday about the water bill, he said the bill had drawn a critic: "
       "his son, Orrin Brill.\n\n"
       "“I love my dad,” Orrin Brill said on Monday. “But we argue about rivers.”\n\n"
       "Mr. Brill studied in Kessel, where he joined a rowing club back when another Republican, Gov. Tom Reyes, ran the state.\n\n"
       "Orrin Brill later moved to Varn and became a union organizer, which the governor mentions to friendly crowds.\n\n"
       "Father and son talk often, Orrin Brill said, and the family meets twice a year.\n\n"
       "“It is always a loud dinner,” Mr. Brill said.\n\n"
       "On Monday, the governor said he planned to have the board redo parts of the bill. Orrin Brill, though, took no credit.")
PAIR = ("Dorrin Gov. Ivo Brill on Monday urged county boards to change a contested water bill.\n\n"
        "Brill said the state is sharply split on how to share its rivers.\n\n"
        "But when Kessel passed a stricter version, Kessel lawmakers and Gov. Tom Reyes vowed to “fix” the wording.\n\n"
        "Deep down, he said, “the bill is simple.” But he cited a “rural gap.” As a sign of that, the governor said "
        "his own daughter had put her name on a letter asking him to block the measure.")


@pytest.mark.parametrize("text,sentence,name", [
    (SON, "On Monday, the governor said he planned to have the board redo parts of the bill.", "Gov. Ivo Brill"),
    (PAIR, "As a sign of that, the governor said his own daughter had put her name on a letter asking him to block the measure.",
     "Dorrin Gov. Ivo Brill"),
])
def test_the_governor_is_the_titled_person_who_has_been_speaking(text, sentence, name):
    assert who(text, sentence) == name


@pytest.mark.parametrize("text,sentence,name", [
    # the titled person named last who has spoken is still the one meant
    ("Gov. Ivo Brill spoke first. Gov. Tom Reyes said the dam was safe. The governor said it would open in May.",
     "The governor said it would open in May.", "Gov. Tom Reyes"),
    # no titled person spoke yet: the last one named, as read24 left it
    ("Sen. Ada Pruitt toured the dam. The senator said it would open in May.", "The senator said it would open in May.",
     "Sen. Ada Pruitt"),
])
def test_the_role_noun_apart(text, sentence, name):
    assert who(text, sentence) == name


def test_a_pair_is_no_holder_of_a_role():
    from summarizer.attribution.role_titles import holds_role
    assert not holds_role("the governor", "Kessel lawmakers and Gov. Tom Reyes")
    assert not holds_role("the governor", "Orrin Brill")
    assert holds_role("the governor", "Dorrin Gov. Ivo Brill")
    assert holds_role("the mayor", "Orrin Brill")  # no title's role noun: left to the resolver


# 3. a restrictive relative with a frame inside a phrase a comma opened -------------------------------------
@pytest.mark.parametrize("sentence", [
    "And so it was on Sunday, with the council nearing a vote on the levy that critics said would punish small farms, "
    "that the younger Mr. Brill wrote to his mother and warned that the levy could hurt Dorrin.",
    "It was on Sunday, with the council nearing a vote on the levy that critics said would punish small farms, that "
    "Lena Brill left town.",
])
def test_a_set_off_relatives_frame_is_not_the_sentences(sentence):
    assert who(sentence, sentence) in (None, "Mr. Brill", "Lena Brill")


def test_a_relatives_frame_still_holds_the_relative():
    s = "The council neared a vote on the levy, which critics said would punish small farms, on Monday."
    rel = analyze(s).relation_for(0, len(s))
    assert rel is None or rel.name != "critics" or "small farms" in " ".join(s[a:b] for a, b in rel.content)
    s = "The fund backed a levy that critics said would punish small farms."  # no comma: as before
    assert who(s, s) is None


# 4. someone's words in a tail of the outlet's own sentence ------------------------------------------------
# (session 42, lead42: ", saying ..." and a content noun's "that" clause are cut now, attribution/clause_tails.py; PolNeAR's
# attributed claims shown stated stayed at 114 and factuality rose 0.169 -> 0.173, kept by GUIDELINES §6's main clause)
_TAIL_COST = ("someone's words in a tail of the outlet's sentence cut from the clause that decides certainty: after "
              "a comma (', saying ...') and a statement noun's 'that' clause each moved PolNeAR half B's attributed "
              "claims shown stated 94 -> 95; the participle with no comma ('wording stating that ...') alone moved "
              "factuality's uncertain or negated shown stated 0.167 -> 0.173 (B 0.186 -> 0.192): all dropped")


@pytest.mark.parametrize("sentence", [
    "Her remarks came as Mayor Ida Poe turned down a request to meet the union during her trip to Varn, saying such a "
    "meeting could \"deepen the rift\" over the plan.",
    pytest.param("On Monday, the town board passed new wording explicitly stating that the rule does not permit fines for "
                 "late rent.", marks=pytest.mark.xfail(strict=True, reason=_TAIL_COST)),
    "Council members kept up pressure on Mayor Ida Poe on Sunday to explain her recorded claim that the ferry is a "
    "costly toy and may not survive.",
])
def test_a_reported_tail_does_not_hedge_the_outlets_event(sentence):
    assert certainty_for(sentence, 0, len(sentence), analyze(sentence)) == "stated"


@pytest.mark.parametrize("sentence,expected", [
    ("The board may vote on Monday, saying nothing about fines.", "speculative"),  # the outlet's own hedge
    ("The ferry did not sail on Monday, the third day of the strike.", "negated"),
    ("The board's claim that the ferry may close was not true.", "speculative"),  # too little left: unchanged
])
def test_the_outlets_own_hedge_stays(sentence, expected):
    assert certainty_for(sentence, 0, len(sentence), analyze(sentence)) == expected


# 5. "But" before a titled speaker -------------------------------------------------------------------------
LONG = " said the mayor’s absence from the vote on the harbor budget was rude and sad for the whole town."


@pytest.mark.parametrize("sentence,name", [
    ("But Republican Sen. Ann Roe, R-Vt.," + LONG, "Republican Sen. Ann Roe"),
    ("And Democratic Sen. Ann Roe, D-Vt.," + LONG, "Democratic Sen. Ann Roe"),
])
def test_a_leading_but_is_no_part_of_the_speaker(sentence, name):
    from summarizer.attribution.sentence_frames import sentence_frame
    from summarizer.chunk import Span
    fr = sentence_frame(sentence, Span(0, len(sentence)), quote_spans(sentence))
    assert fr is not None and sentence[fr.source_span[0]:fr.source_span[1]] == name
    text = "The mayor skipped the vote on Monday. " + sentence
    assert who(text, sentence) == name


def test_a_short_content_after_but_and_a_party_tagged_name_is_the_speakers():
    text = "The mayor skipped the vote on Monday. But Republican Sen. Ann Roe, R-Vt., called the mayor’s absence “rude and sad.”"
    claims = code(text).claims
    assert any(c.attributed_to == "Republican Sen. Ann Roe" and c.certainty == "reported" for c in claims)


@pytest.mark.xfail(strict=True, reason="any bare 'But'/'And' before the frame read as a short opener fixed it (the "
                   "statement alone, whatever its content's share), and PolNeAR half B's balanced accuracy fell "
                   "0.839 -> 0.837 (own voice kept 0.855 -> 0.853): kept only before a party-tagged name")
def test_a_short_content_after_but_and_a_titled_name_is_the_speakers():
    text = "The mayor skipped the vote on Monday. But Sen. Ann Roe said the mayor was rude."
    claims = code(text).claims
    assert any(c.attributed_to == "Sen. Ann Roe" and c.certainty == "reported" for c in claims)


# 6. a colon frame in a relative clause after the sentence's own frame ------------------------------------------
DECLARED = ("“It is plainly at odds with her newest statement,” said Tom Reed, who sat on the board for years.\n\n"
            "Rita Moss, a ferry captain, agreed. “She has changed her tune,” Moss said.\n\n"
            "Indeed, even Poe herself declared back in May that the ferry is “a boat we must keep” — a long way from the "
            "remarks she made Sunday night, in which she said: “what you never do is buy a second boat, because every "
            "town that tried has gone broke.”")


def test_the_sentences_own_frame_wins_over_a_relatives_colon_frame():
    sentence = DECLARED[DECLARED.index("Indeed"):]
    rel = analyze(DECLARED).relation_for(DECLARED.index("Indeed"), len(DECLARED))
    assert rel is not None and rel.name == "Poe"
    claims = [c for c in code(DECLARED).claims if "boat" in c.text]
    assert claims and all(c.attributed_to == "Poe" for c in claims), [(c.attributed_to, c.text) for c in claims]
    assert sentence


def test_a_relatives_colon_frame_alone_is_still_read():
    s = "The council toured the old mill, of which his father once wrote: “It was the heart of the town.”"
    rel = analyze(s).relation_for(0, len(s))
    assert rel is None or rel.name != "The council"


# 7. a relative clause after "<noun> <preposition> <Name>," -------------------------------------------------------
_DRAFTS_COST = ("no background claim from a relative after '<noun> <preposition> <Name>,': PolNeAR half B's balanced "
                "accuracy fell 0.839 -> 0.838 (own voice kept 0.855 -> 0.854; half A's attributed shown stated "
                "30 -> 29): dropped until the clause's head is read")


@pytest.mark.xfail(strict=True, reason=_DRAFTS_COST)
@pytest.mark.parametrize("sentence", [
    "The siege of Dorrin, which has lasted a decade, was begun by a former king.",
    "The mayor made her case against a trade pact with Kessel, which is a priority of the governor.",
])
def test_a_relative_after_a_nouns_prepositional_name_gives_no_background(sentence):
    assert descriptions(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize("sentence,claim", [
    ("Troops returned from Kessel, which has gone a decade without rain.", "Kessel has gone a decade without rain."),
    ("She spoke in Varn, which is the capital of the province.", "Varn is the capital of the province."),
])
def test_a_relative_after_a_verbs_prepositional_name_still_describes_it(sentence, claim):
    assert [d[2] for d in descriptions(sentence, 0, len(sentence))] == [claim]


# 8. a possessive's noun is no verb of viewing ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Mr. Brill’s views grew softer as he tried out other trades.", None),
    ("Starting at 15, Lena Brill's views shifted as she moved from town to town.", None),
    ("Jane Doe views the plan as a failure.", "Jane Doe"),  # the verb still reads
    ("The club views Governor Ann Lee more favorably than her rival.", "The club"),
])
def test_a_possessives_noun_is_no_verb_of_viewing(sentence, name):
    assert who(sentence, sentence) == name


# 9. a counterfactual told as fact in a summary sentence ----------------------------------------------------------
ZONING = ("Dorrin Mayor Ida Poe approved a reworked draft of the town's zoning code on Friday, a day after declining to "
          "approve the first draft.\n\n"
          "On Friday morning, the council adopted a fresh draft of the code as the mayor had asked, striking clauses "
          "that would have permitted landlords to evict tenants without notice. The final code matches the county rules.")


def test_a_counterfactual_told_as_fact_is_not_supported():
    v = verify(ZONING, "The code has been changed to permit landlords to evict tenants without notice.")
    assert not v.supported and "counterfactual" in v.reason


@pytest.mark.parametrize("sentence", [
    "The council struck clauses that would have permitted landlords to evict tenants without notice.",
    "The council adopted a fresh draft of the code as the mayor had asked.",
])
def test_a_counterfactual_kept_as_one_is_supported(sentence):
    assert verify(ZONING, sentence).supported
