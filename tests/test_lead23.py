"""Session 23, the lead: shapes found reading a bundled-model digest of one tuned BASIL cluster
(line 24) against its three articles. Invented sentences (names, places and topics changed), each
with what an analyst reads in it; see evals/RESULTS.md "Session 23: the lead".

1. a word before a courtesy title in a run of capitals ("Enter Ms. Doe — ...") was taken into the
   name, so every later "Ms. Doe" / "she" was shown as "Enter Ms. Doe";
2. "aged 44 and 41 respectively": "respectively" was shown as what is counted;
3. a one-word storyline that only ever opens a sentence ("Dress like ...", "Certainly don't ...");
4. a name after "to" taken for the subject of a participle ("a note to Pam posted on her blog, Ms.
   Voss recalled ..." was Pam's);
5. "Read the full post ...:" ending its paragraph: the next paragraph, a reproduced text with no
   quotation marks, was the outlet's own `stated` voice;
6. a sentence split after '!”' before a dash that goes on ("... green!” — whose reply was sharper.");
7. a hedge inside an appositive (", a baker perhaps best known for ...") made the main clause speculative.

Then a second tuned cluster (line 10), where one speaker's words were given to three people:

8. '“...,” X told host Y, denying ...': no frame at all, so the quotation and the two after it were
   the outlet's `stated` facts;
9. "he" after a cleft ("It was during a rally ... that Mr. X described ... of Mr. Y's plan.") went to
   Mr. Y, the last man named, not to the cleft's subject;
10. "Asked whether ..., Mr. X did not back down, saying, “...”": the source was "Asked";
11. '..., saying he was referring ...' (no "that", after a closing quotation mark): no frame;
12. "referring not to X but to Y" read as a negated event;
13. a quotation opened by a speaker inside a subordinate clause ("X issued a statement shortly after
    Doe told voters that the plan is “not about you. ...”") and running on over several sentences:
    the later sentences went to the last speaker quoted before, not to Doe.

A third tuned cluster (line 26):

14. "state Senate President Jane Doe ..." read "state" as the verb of saying, the rest of the
    sentence as its source;
15. '“...,” Long said': a surname that is also an adverb of the cue ("had long said") was skipped,
    and the quotation went to a group named before.

A fourth tuned cluster (line 30):

16. "..., the caucus, in which, according to exit polls, X won 44 percent": the whole sentence was the
    polls' claim;
17. "The former Dorrin mayor, who led the town ..." gave the split claim "Dorrin mayor led the town ...".

A fifth tuned cluster (line 34):

18. "The council rejected Mayor Venn's veto of a bill": a vote, shown as the council's `reported` statement;
19. "pushed against the levy all year, to no avail": `negated`;
20. 'The lone "no" vote ... was Councilwoman Ann Reid': `negated`.

A sixth tuned cluster (line 36):

21. "He speculated that ...": no cue (a strict xfail: the cue cost a held-out claim);
22. "Mr. Brill offered ... when asked whether Mr. Voss was ... “...,” he told reporters": "he" went to
    the man of the embedded question, not the subject (also after "Still, ");
23. "A, one aide said — something B prizes.": the dash aside was taken for the aide's content;
24. "Several senior officials expressed doubts. ..., they said": "they" found no group.

A seventh tuned cluster (line 38), where an accuser's account was given to the accused:

25. "The piece rests on the account of Jane Roe, 47. She told the paper's reporters ...": "she"
    went to the man the paragraph before quoted, not to the one person the sentence before names (a strict
    xfail: the rule that fixed it was wrong more often than right on PolNeAR half A);
26. "A urged him to quit – and at least one senator, B, said ...": one frame for both;
27. "The paper found ..." after "The Dorrin Herald reported ...": the paper was not the Herald (a strict
    xfail: the mapping cost a tuned digest conflict).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import split_sentences
from summarizer.digest.storylines import sentence_initial_only
from summarizer.quantity import quantities
from tests.reading import who


# 1. courtesy titles ------------------------------------------------------------------------------
COURTESY = [
    ("Enter Mr. Brill — a retired pilot who likes kites — whose reply was sharper. “I am done,” he said.",
     "“I am done,” he said.", "Mr. Brill"),
    ("Enter Ms. Tamsin Holt, the club's treasurer. “We owe nothing,” she said.", "“We owe nothing,” she said.", "Ms. Tamsin Holt"),
    ("Then came Dr. Ivo Marsh, a vet from Dorrin. “The dog will live,” he said.", "“The dog will live,” he said.",
     "Dr. Ivo Marsh"),
]
COURTESY_APART = [
    # a title that opens the run keeps the name as it was
    ("Mr. Brill, a retired pilot, spoke first. “I am done,” he said.", "“I am done,” he said.", "Mr. Brill"),
    ("Prime Minister Lena Voss met the unions. “We will talk again,” she said.", "“We will talk again,” she said.",
     "Prime Minister Lena Voss"),
]


@pytest.mark.parametrize("text,sentence,name", COURTESY + COURTESY_APART)
def test_a_word_before_a_courtesy_title_is_no_part_of_the_name(text, sentence, name):
    assert who(text, sentence) == name


# 2. "respectively" -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Jane Roe and Tom Poe, aged 44 and 41 respectively, said the plan failed.",
    "The two ferries carry 300 and 250 passengers respectively.",
])
def test_a_distributing_adverb_is_never_what_is_counted(sentence):
    assert all(q["counted"].split()[-1] != "respectively" for q in quantities(sentence))


def test_the_counted_noun_before_respectively_is_kept():
    assert any(q["value"] == 250 and q["counted"] == "passengers"
               for q in quantities("The two ferries carry 300 and 250 passengers respectively."))


# 3. storylines named by a sentence's first word -----------------------------------------------------
def _f(text, quote=None):
    return SimpleNamespace(claim=SimpleNamespace(text=text, evidence=SimpleNamespace(quote=quote or text)))


def test_a_word_that_only_opens_sentences_names_no_storyline():
    fs = [_f("Dress like a champion, not a clown."), _f("“Dress like a champion,” she wrote.")]
    assert sentence_initial_only("dress", fs)
    fs = [_f("Certainly don't shout at the referee."), _f("And certainly don't shout.", "Certainly don't shout.")]
    assert sentence_initial_only("certainly", fs)


@pytest.mark.parametrize("fs,key", [
    ([_f("Brill said the dam was safe."), _f("The engineer, Brill, was fired.")], "brill"),  # once mid-sentence: a name
    ([_f("Cheese was pardoned."), _f("He pardoned two birds named Mac and Cheese.")], "cheese"),
    ([_f("Acme Corp. sold the plant."), _f("Acme Corp. bought it.")], "acme corp"),  # a multiword name: always kept
])
def test_a_name_written_mid_sentence_keeps_its_storyline(fs, key):
    assert not sentence_initial_only(key, fs)


# 4. a name after "to" ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,sentence,name", [
    ("Tara Voss could relate. In a note to Pam and Lucy posted on her blog, Ms. Voss recalled being mocked by a critic.",
     "In a note to Pam and Lucy posted on her blog, Ms. Voss recalled being mocked by a critic.", "Tara Voss"),
    # (the speaker, not the preposition's object; since coref48 "Ms. Voss" takes the one Voss named in full)
    ("In a letter to Ivo Brill published on Sunday, Mayor Ida Venn said the ferry would run again.",
     "In a letter to Ivo Brill published on Sunday, Mayor Ida Venn said the ferry would run again.", "Mayor Ida Venn"),
    # apart: the subject is no preposition's object
    ("Ivo Brill posted on his blog that the ferry would run again.", "Ivo Brill posted on his blog that the ferry would run again.",
     "Ivo Brill"),
])
def test_a_prepositions_object_is_no_speaker(text, sentence, name):
    assert who(text, sentence) == name


# 5. a text shown after "Read the full ...:" ------------------------------------------------------------
SHOWN = ("Tom Reed, an aide to Mayor Ann Poe, wrote that the players should \"try harder\" in a post on Sunday.\n\n"
         "Read the full post via a local blog:\n\n"
         "Dear players, you are a disgrace to the town. Train more. Never complain to referees again.\n\n"
         "Reed later apologized.")


@pytest.mark.parametrize("sentence", ["Dear players, you are a disgrace to the town.", "Train more.",
                                      "Never complain to referees again."])
def test_a_shown_text_is_its_writers(sentence):
    assert who(SHOWN, sentence) == "Tom Reed"


def test_only_the_shown_paragraph_is_the_writers():
    assert who(SHOWN, "Reed later apologized.") is None
    # no colon that ends its paragraph: the outlet's words after it stay the outlet's
    text = SHOWN.replace("via a local blog:\n\n", "via a local blog. ")
    assert who(text, "Dear players, you are a disgrace to the town.") != "Tom Reed"


# 6. a dash after a closing quotation -------------------------------------------------------------------
def test_a_dash_after_an_exclamation_goes_on_with_the_sentence():
    t = "Enter Mr. Doe — a former aide who loves “kites & all things green!” — whose reply was sharper. It ended."
    assert [t[s.start:s.end] for s in split_sentences(t)] == [
        "Enter Mr. Doe — a former aide who loves “kites & all things green!” — whose reply was sharper.", "It ended."]


def test_a_capital_after_a_dash_still_opens_a_sentence():
    t = "The vote was close! — The mayor left at noon."
    assert len(split_sentences(t)) == 2


# 7. a hedge inside an appositive ----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Mayor Tim Hale, a baker perhaps best known for his hometown, resigned on Monday.", "stated"),
    ("Ms. Voss resigned as aide to Mayor Tim Hale, a baker possibly best known for his hometown.", "stated"),
    # the main clause's own hedge or negation still counts
    ("Mayor Tim Hale, a baker perhaps best known for his hometown, may resign.", "speculative"),
    ("Mayor Tim Hale, a baker perhaps best known for his hometown, did not resign.", "negated"),
    ("Mayor Tim Hale will perhaps be best known for his hometown.", "speculative"),
])
def test_an_appositives_hedge_is_not_the_clauses(text, expected):
    assert certainty_for(text, 0, len(text), analyze(text)) == expected


# 8. "told <addressee>, <participle>" ---------------------------------------------------------------------
TOLD_THEN_ACT = ('"I have never once doubted the mayor’s record," Holt told host Dana Pike, brushing aside claims '
                 'that Holt had attacked the mayor. "I trust the mayor. '
                 'My quarrel is with her budget."')


@pytest.mark.parametrize("sentence", [
    '"I have never once doubted the mayor’s record," Holt told host Dana Pike, brushing aside claims that Holt had '
    'attacked the mayor.',
    '"I trust the mayor.', 'My quarrel is with her budget."'])
def test_told_an_addressee_then_an_act_is_a_final_frame(sentence):
    assert who(TOLD_THEN_ACT, sentence) == "Holt"


def test_told_an_addressee_then_adding_keeps_its_content():
    t = '"The dam is safe," Holt told Dana Pike, adding that he had checked it himself.'
    rel = analyze(t).relation_for(0, len(t))
    assert rel is not None and rel.name == "Holt" and any("checked it" in t[a:b] for a, b in rel.content)


# 9. "he" after a cleft ----------------------------------------------------------------------------------
def test_he_after_a_cleft_is_its_subject():
    t = ("It was during a rally in Dorrin on Friday that Mr. Holt described what he called the “fake economics” of "
         "Mr. Venn’s budget.\n\n“It’s about some fake idea, some fake economics,” he said. “But no less economics.”")
    assert who(t, "“It’s about some fake idea, some fake economics,” he said.") == "Mr. Holt"
    assert who(t, "“But no less economics.”") == "Mr. Holt"


# 10. a question put to the speaker ------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Asked if he meant that Mr. Venn cared little for farmers, Mr. Holt stood his ground, "
     "saying, “The mayor’s farm policy has failed.”", "Mr. Holt"),
    ("Pressed on the vote, Ms. Quill stood firm, saying, “We counted every ballot.”", "Ms. Quill"),
])
def test_a_question_opening_the_sentence_is_no_source(text, name):
    assert who(text, text) == name


# 11. ", saying he ..." --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name,content", [
    ("Tom Holt moved on Sunday to explain his jab that Mayor Venn ran a “fake budget,” saying he meant "
     "the mayor’s tax plans, not her honesty.", "Tom Holt", "he meant"),
    ("The union rejected the offer, saying they would strike in May.", "The union", "they would strike"),
])
def test_saying_with_no_that_opens_the_subjects_statement(text, name, content):
    rels = analyze(text).relations
    assert any(r.name == name and any(text[a:b].startswith(content) for a, b in r.content) for r in rels)


def test_saying_before_an_object_pronoun_is_unchanged():
    t = "The union rejected the offer, saying it was too low."  # "it": left to the rules before this session
    assert who(t, t) != "it"


# 12. "not to X but to Y" --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The plan was aimed not at farmers but at banks.", "stated"),
    ("The mayor was speaking not about taxes but about roads.", "stated"),
    ("The plan was not aimed at farmers.", "negated"),
    ("The plan was not aimed at farmers, but it hurt them.", "negated"),
])
def test_not_x_but_y_is_a_choice_not_a_negation(text, expected):
    assert certainty_for(text, 0, len(text), analyze(text)) == expected


# 13. a quotation opened inside a subordinate clause ---------------------------------------------------------
EMBEDDED = ('"It is a disgrace," said Dan Reyes, a former aide.\n\n'
            'Campaign aide Ben Lott sent out a statement of his own on Friday, minutes after Holt told farmers that Venn’s plan '
            'is "not for you. It is not for your wages. It is for some fake idea."\n\n'
            'The remark marked "a new bottom in a race run on spite," Lott said.')


@pytest.mark.parametrize("sentence", ["It is not for your wages.", 'It is for some fake idea."'])
def test_a_quotation_opened_in_a_subordinate_clause_is_its_speakers(sentence):
    assert who(EMBEDDED, sentence) == "Holt"


def test_the_sentence_that_opens_it_stays_the_outlets_and_the_next_speaker_speaks():
    assert who(EMBEDDED, "Campaign aide Ben Lott sent out a statement of his own on Friday") is None
    assert who(EMBEDDED, 'The remark marked "a new bottom in a race run on spite," Lott said.') == "Ben Lott"


# 14. "state" before a body ----------------------------------------------------------------------------------
def test_state_before_a_body_is_an_adjective():
    t = ("On Monday, state Senate President Ann Quill and House Speaker Ben Brill held a press conference. "
         "“The law is fine,” Quill said.")
    rels = analyze(t).relations
    assert not any(r.cue == "state" for r in rels)
    assert who(t, "“The law is fine,” Quill said.") == "Senate President Ann Quill"


# 15. a surname that spells an adverb --------------------------------------------------------------------
@pytest.mark.parametrize("text,sentence,name", [
    ("Lawmakers and Gov. Tim Hale defended the rule. Senate leader Ann Long spoke on Monday. "
     "“The new rule does not discriminate,” Long said.", "“The new rule does not discriminate,” Long said.", "Ann Long"),
    ("Senate leader Ann Long spoke on Monday. \"The rule is fair,\" Long said on Monday.",
     "\"The rule is fair,\" Long said on Monday.", "Ann Long"),
])
def test_a_capitalised_surname_is_no_adverb_of_the_cue(text, sentence, name):
    assert who(text, sentence) == name


def test_the_adverb_in_lower_case_still_goes_on_to_the_subject():
    t = "Mayor Ida Venn had long said the pier was safe."
    assert who(t, t) == "Mayor Ida Venn"


# 16. "according to" inside a relative clause -------------------------------------------------------------------
def test_according_to_inside_a_relative_clause_is_not_the_sentences_source():
    t = ("Ann Voss spoke on Monday. While Voss said that she believes voters will not elect Brill, she is concerned about "
         "the results of the Elm caucus, in which, according to exit polls, Brill won 44 percent of the farm vote.")
    s = t[t.index("While"):]
    assert who(t, s) == "Ann Voss"


def test_according_to_in_the_main_clause_still_is():
    t = "Brill won 44 percent of the farm vote, according to exit polls."
    assert who(t, t) == "exit polls"


# 17. a role's time word in a split description -------------------------------------------------------------------
def test_the_role_time_word_stays_with_the_subject_of_a_split_relative():
    from summarizer.drafts import descriptions
    t = "The former Dorrin mayor, who ran the town from 1990 to 1997, also doubted Brill’s loyalty to the guild."
    texts = [d[2] for d in descriptions(t, 0, len(t))]
    assert "The former Dorrin mayor ran the town from 1990 to 1997." in texts


# 18-20. a vote, "to no avail", a quoted "no" before a noun ----------------------------------------------------
def test_rejecting_a_veto_is_an_act():
    t = "The council on Wednesday overwhelmingly rejected Mayor Venn's veto of a bill letting farmers sue the county."
    assert who(t, t) is None
    assert certainty_for(t, 0, len(t), analyze(t)) == "stated"


def test_rejecting_a_claim_is_still_a_denial():
    t = "The council rejected the mayor's claims that the tax was fair."
    assert who(t, t) == "The council"


@pytest.mark.parametrize("text,expected", [
    ("The mayor has pushed against the levy all year, to no avail.", "stated"),
    ('The lone "no" vote in the council was Councilwoman Ann Reid.', "stated"),
    ("The “yes” camp won easily.", "stated"),
    # apart: the clause's own negation, and a quoted refusal
    ("The “yes” camp did not win.", "negated"),
    ("The mayor has not pushed against the levy, to no avail or otherwise.", "negated"),
])
def test_idioms_of_no_that_do_not_negate(text, expected):
    assert certainty_for(text, 0, len(text), analyze(text)) == expected


# 21-24 ---------------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="'speculated' as a cue fixed this and cost one held-out PolNeAR claim (half B: "
                   "attributed shown stated 94 -> 95, balanced accuracy 0.839 -> 0.838): dropped (RESULTS, Session 23: the lead)")
def test_speculated_is_a_cue():
    t = "Sen. Tom Reed spoke. He speculated that a Voss nomination would split the chamber."
    assert who(t, "He speculated that a Voss nomination would split the chamber.") == "Sen. Tom Reed"


@pytest.mark.parametrize("opener", ["", "Still, ", "However, "])
def test_he_after_an_embedded_question_is_the_subject(opener):
    t = (f"Mayor Ann Hale met Mr. Voss. {opener}Mr. Brill, chatting with reporters on the pier, gave a firm “yes” "
         "when asked whether Mr. Voss was on the short list. “The harbor needs a strong chief,” he told reporters later.")
    assert who(t, "“The harbor needs a strong chief,” he told reporters later.") == "Mr. Brill"


def test_a_dash_aside_after_a_final_frame_is_no_content():
    t = "Mr. Brill and Mr. Voss got along well at their private lunch, one town aide said — something Mr. Brill prizes in a deputy."
    rel = analyze(t).relation_for(0, t.index(" one town"))
    assert rel is not None and rel.name == "one town aide"
    assert all("prizes" not in t[a:b] for a, b in rel.content)


def test_a_dash_aside_after_an_opening_frame_keeps_its_content():
    t = "The mayor said — and not for the first time — that the bridge was safe."
    assert who(t, t) == "The mayor"


@pytest.mark.parametrize("subject", ["Several senior officials", "Many officials", "Some residents"])
def test_they_finds_a_quantified_group(subject):
    t = f"The town hall remains divided. {subject} expressed serious doubts about Mr. Voss. His age could be a problem, they said."
    assert who(t, "His age could be a problem, they said.") == subject


# 25. "she" after the one person the sentence before names ---------------------------------------------------
ACCUSER = ('Tom Brill hit back at the report. In a string of posts, Brill claimed "the press will lie."\n\n'
           "The Herald piece rests on the account of Dana Pike, 47. She told the paper's reporters that Brill, then "
           "a coach, first spoke to her in 1985. Later, she said Brill drove her to his cabin.")


@pytest.mark.xfail(strict=True, reason="a rule giving 'she' to the one person the sentence before names fixed this, but "
                   "on PolNeAR half A it moved four pronoun speakers to the wrong person for two right (named through "
                   "pronouns A 0.951 -> 0.947; a man's name took a 'she'): dropped (evals/RESULTS.md, Session 23: the lead)")
@pytest.mark.parametrize("sentence", ["She told the paper's reporters that Brill, then a coach, first spoke to her in 1985.",
                                      "Later, she said Brill drove her to his cabin."])
def test_she_is_the_person_the_sentence_before_names(sentence):
    assert who(ACCUSER, sentence) == "Dana Pike"


def test_a_speaker_in_the_same_paragraph_goes_on():
    t = "Mayor Jane Doe defended the plan. The crowd cheered for Ann Roe. She said the plan would pass."
    assert who(t, "She said the plan would pass.") == "Mayor Jane Doe"


# 26. a second speaker after a dash and "and" ----------------------------------------------------------------
@pytest.mark.parametrize("joint", [" – and", ", and"])
def test_a_second_speaker_after_and_has_their_own_frame(joint):
    t = (f"Several senators urged him to quit the race if the charges hold up{joint} at least one senator, "
         "Ohio’s Tom Reed, said he should quit whatever the truth.")
    rels = analyze(t).relations
    assert any(r.name == "Ohio’s Tom Reed" and any("whatever" in t[a:b] for a, b in r.content) for r in rels)
    assert not any(r.name == "Several senators" and any("whatever" in t[a:b] for a, b in r.content) for r in rels)


# 27. "the paper" -------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="mapping 'the paper' to a newspaper's name fixed this, and then the digest paired "
                   "a tuned cluster's rebuttal with the paper's other claim, not the gold's (tuned conflicts 16 -> 15 matched, "
                   "precision 0.84 -> 0.79): dropped until conflict sides are chosen by what the rebuttal answers")
@pytest.mark.parametrize("noun", ["The paper", "The newspaper"])
def test_the_paper_is_the_newspaper_named_before(noun):
    t = f"The Dorrin Herald reported that Brill had approached a teenager. {noun} said it had found three other women."
    assert who(t, f"{noun} said it had found three other women.") in ("The Dorrin Herald", "Dorrin Herald")


def test_a_third_speaker_after_a_series_has_their_own_frame():
    t = ("Sen. Ann Hale (R-Ohio) voiced “deep respect” for the former mayor, Sen. Tom Reed (R-Iowa) predicted "
         "that Voss would win every vote, and Sen. Jim Pike (R-Utah), said he would be “thrilled” should Voss get the job.")
    rels = analyze(t).relations
    assert any(r.name == "Sen. Jim Pike" and any("thrilled" in t[a:b] for a, b in r.content) for r in rels)
    assert not any(r.name == "Sen. Tom Reed" and any("thrilled" in t[a:b] for a, b in r.content) for r in rels)


def test_a_dash_aside_opening_with_a_contrast_word_is_no_second_clause():
    # "— even as he says ... —" is an aside inside the first clause (PolNeAR half A held this shape)
    t = "Some note that Brill — even as he says his record makes him fit to lead — has proposed little reform."
    assert who(t, t) == "Some"


@pytest.mark.parametrize("written,name", [
    ("Coastal Gov. Jay Voss (D) said on Tuesday that state staff would skip trips to Dorrin.", "Coastal Gov. Jay Voss"),
    ("Sen. Ann Hale (R-Ohio) said the bill would pass.", "Sen. Ann Hale"),
])
def test_a_party_label_is_no_part_of_the_name(written, name):
    assert who(written, written) == name
