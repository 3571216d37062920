"""read13c: news texts from lower-cased, tokenized corpora (Polytope, FaithBench's CNN / Daily
Mail, XSum in ../shared/devdata/faithfulness) read as articles. The sentences below are invented
in the shape of the faults found there."""
from __future__ import annotations

import pytest

from summarizer.chunk import is_caseless, split_sentences
from tests.test_reading_outputs import _code


def _sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


# --- sentences of a caseless text ----------------------------------------------------------------

_CASELESS = ("the mill closed in march after a fire destroyed its main hall . "
             "owner jack m. barrack said the firm would rebuild. "
             "workers were moved to a site near the u.s. border . "
             "the council will meet on friday to discuss the plan.")


def test_a_caseless_text_is_told_from_a_cased_one():
    assert is_caseless(_CASELESS)
    assert not is_caseless("The mill closed in March. Owner Jack Barrack said the firm would rebuild. " * 3)
    assert not is_caseless("too short . to tell")


def test_a_full_stop_before_a_lower_case_word_ends_a_sentence_in_a_caseless_text():
    # one paragraph of a lower-cased corpus was one sentence: one claim for 2,000 characters
    assert _sents(_CASELESS) == [
        "the mill closed in march after a fire destroyed its main hall .",
        "owner jack m. barrack said the firm would rebuild.",
        "workers were moved to a site near the u.s. border .",
        "the council will meet on friday to discuss the plan."]


def test_a_cased_text_still_reads_a_lower_case_word_after_a_full_stop_as_the_same_sentence():
    text = "The firm, Acme Corp. of Ohio, said profits rose. The mill employs 300 workers, approx. half of them part-time."
    assert _sents(text) == ["The firm, Acme Corp. of Ohio, said profits rose.",
                            "The mill employs 300 workers, approx. half of them part-time."]


def test_a_one_paragraph_caseless_article_gives_a_claim_a_sentence():
    text = ("the factory was closed on monday after inspectors found cracks in its roof . "
            "about 200 workers were sent home . the company said repairs would take a month . "
            "local officials said the building had passed an inspection last year .")
    claims = _code(text).claims
    assert len(claims) == 4


# --- the working copy attribution reads: a tokenizer's spaces moved, a caseless text recased -----

from summarizer.attribution.reading_copy import reading_copy  # noqa: E402


@pytest.mark.parametrize("text, copy", [
    ("the mayor , speaking on monday , said it could n't wait . i 'm sure , '' she said . the council will vote on the plan next week at its hall in the town .",
     "The mayor,  speaking on Monday,  said it couldn't  wait.  I'm  sure,\"    she said.  The council will vote on the plan next week at its hall in the town. "),
    # (the wire tag, once "(CNN)", is blanked since session 15: it hid the sentence's opening frame)
    ("-LRB- CNN -RRB- The court 's ruling was `` final . ''", "                The court's  ruling was   \"final.\"   "),
])
def test_the_working_copy_moves_a_tokenizers_spaces_and_keeps_every_offset(text, copy):
    assert reading_copy(text) == copy
    assert len(reading_copy(text)) == len(text)


def test_a_cased_untokenized_text_is_read_as_it_is():
    text = "The mayor, speaking on Monday, said it couldn't wait. “I'm sure,” she said."
    assert reading_copy(text) == text


def _who(text: str, start: str) -> str | None:
    claims = [c for c in _code(text).claims if c.evidence.quote.lstrip("`' ").startswith(start)]
    return claims[0].attributed_to if claims else None


@pytest.mark.parametrize("text, start, who", [
    # PTB-tokenized CNN text: `` and a spaced '' around a quotation, spaced commas and clitics
    ("The court opened its session on Monday . Judge Ann Bell , a vice president of the court , said the ruling "
     "was only the first step . `` These are promises that can not be made lightly , '' she said .",
     "These are promises", "Judge Ann Bell"),
    ("The court opened its session on Monday . Judge Ann Bell , a vice president of the court , said the ruling "
     "was only the first step for the two parties .", "Judge Ann Bell", "Judge Ann Bell"),
    ("The agency released its figures on Friday . `` We do not believe the plan is lawful and we will oppose it , '' "
     "the Trade Ministry said in a short statement .", "We do not believe", "the Trade Ministry"),
    # a caseless text: the sentence's first word is the speaker's name
    ("the council approved the budget on monday after a long debate . harlow told reporters that the plan would "
     "cut costs for every family in the town .", "harlow told", "Harlow"),
])
def test_a_tokenized_or_caseless_corpus_text_keeps_its_speakers(text, start, who):
    assert _who(text, start) == who


def test_dotted_initials_do_not_end_a_sentence_in_a_caseless_text():
    text = ("mr rowe , 71 , is a keen reader who studied poetry with a.j.k. pellow and r.t. danvers at the college . "
            "the mural was painted by the artist k.d. vane in the 1970s .")
    assert len(_sents(text)) == 2


@pytest.mark.parametrize("text, start, who", [
    # a surname an honorific marks is a name wherever the caseless text uses it
    ("the veteran actor is selling his collection of paintings at an auction in the town this week . mr rowe , who "
     "lives in the village , said that he was sad to sell it . however , he has insisted that he will keep acting .",
     "however", "Mr Rowe"),
    # ` opens a single quotation, ' after a comma closes it; the quotation's first word is lower-case
    ("the veteran actor is selling his collection of paintings at an auction in the town this week . mr rowe said "
     "that he was sad to sell it . ` parting with so much of a beloved collection brings sadness , ' he said .",
     "parting", "Mr Rowe"),
    # XSum's spaced opening double mark after a colon
    ("the shop was raided on monday by a man carrying a knife who was later arrested by the police . speaking to "
     "local radio after the raid , mr patel said : ` ` i was in the back room when i heard shouting from the counter .",
     "speaking to", "Mr Patel"),
])
def test_a_caseless_corpus_text_keeps_its_speakers(text, start, who):
    assert _who(text, start) == who


@pytest.mark.parametrize("sentence, value, unit", [
    # a tokenized corpus puts a space between the currency sign and the number
    ("The painting has an estimate of £ 4,000 at the auction on Saturday .", 4000.0, "GBP"),
    ("The agency has proposed charging $ 1,899 a year for the licence .", 1899.0, "USD"),
])
def test_a_spaced_currency_sign_still_makes_money(sentence, value, unit):
    from summarizer.quantity import quantities
    assert [(q["value"], q["unit"]) for q in quantities(sentence)] == [(value, unit)]


@pytest.mark.parametrize("text, start", [
    # a cue verb's participle after its noun and before "is / was": no one says anything
    ("Drivers are advised not to drink. If they do, the maximum intake recommended is up to one unit "
     "no more than once a day.", "If they do"),
    ("The council met on Monday night. The budget proposed was too small for the town, and the vote was delayed.",
     "The budget proposed"),
])
def test_a_participle_between_a_noun_and_its_verb_is_no_cue(text, start):
    assert _who(text, start) == "article"


@pytest.mark.parametrize("sentence, certainty", [
    ("Fans can't wait to see the new stadium when it opens in May.", "stated"),
    ("One star of the team cannot wait for the kick-off on Sunday afternoon.", "stated"),
    ("The firm cannot pay its debts this year, its owners said in a filing.", None),  # still a negation
])
def test_cannot_wait_is_eagerness_not_negation(sentence, certainty):
    claims = _code(sentence).claims
    assert len(claims) == 1
    if certainty:
        assert claims[0].certainty == certainty
    else:
        assert claims[0].certainty in ("negated", "denied")


def test_a_lone_straight_mark_closes_the_quotation_open_before_it_in_a_caseless_text():
    # ". ' acme said ...": the mark closes "' predatory ." and the next sentence is Acme's report
    text = ("the regulator sent a letter on thursday to the trade commission about the new domain names . critics "
            "called the plan ' a shakedown scheme ' and ' predatory . ' acme said in its letter that the plan was "
            "lawful and would go ahead next year .")
    copy = reading_copy(text)
    assert "'predatory.'" in copy and "'a shakedown scheme'" in copy
    assert _who(text, "acme said") == "Acme"


@pytest.mark.parametrize("text, when", [
    # a lower-case month with its day is a date in a lower-cased corpus
    ("shaun smith tried to rob the post office in the town on 15 march . the shop reopened after the raid and "
     "staff were unhurt .", "15 march"),
    ("the agency began taking bids on march 30 from local firms and charities before the public .",
     "on march 30"),
    ("Protesters attended the 9/12 march in the capital and then went home.", None),  # a noun, no date
])
def test_a_lower_case_month_with_its_day_is_a_date(text, when):
    assert _code(text).claims[0].when == when


def test_a_gerund_after_of_ends_a_subject_that_speaks():
    # "officers accused of racketeering have said ...": the gerund is the object of "of", not a verb
    text = ("The trial resumed on Monday. Lawyers for the four former guards accused of smuggling have said the "
            "state's case rests on 12 paid informants.")
    assert _who(text, "Lawyers") == "Lawyers for the four former guards accused of smuggling"


@pytest.mark.parametrize("part, shown", [
    # a tokenized corpus's mark left at a part's start by the sentence before
    ("'' Later that month , the court opened an examination .", "Later that month , the court opened an examination ."),
    ("' icann said in its letter that it would act .", "Icann said in its letter that it would act ."),
    ("` ` i saw a man waving an axe at her .", "I saw a man waving an axe at her ."),
    # marks the part closes stay
    ("`` We will oppose it , '' it said .", "`` We will oppose it , '' it said ."),
    ("' a shakedown scheme ' was what critics called it .", "' A shakedown scheme ' was what critics called it ."),
])
def test_a_stray_tokenized_mark_does_not_open_a_claim(part, shown):
    from summarizer.drafts import as_sentence
    assert as_sentence(part) == shown


@pytest.mark.parametrize("text, first", [
    ("-LRB- CNN -RRB- The agency became the 123rd member of the court on Wednesday , a step that gives it a say .",
     "The agency became"),
    ("Sanaa , Yemen -LRB- CNN -RRB- As the plane comes in to land at the airport , the scars of the war are plain .",
     "As the plane comes"),
])
def test_a_ptb_wire_tag_is_a_dateline_not_claim_text(text, first):
    assert _code(text).claims[0].text.startswith(first)
