"""Shapes the lead met reading more BASIL clusters' digests on the bundled model (session 49, issues 12 and 15):
"The mayor opted not to tap relief money from Dover or New Haven, an idea that had drawn complaints" gave a claim
"New Haven is an idea that ..." (an appositive summing up the clause was read as the name's description: a claim
not in the source); "stuck in talks with <Name> as she refused to accept ..." made the whole claim `negated` (the
reason clause's refusal); "Neither the council nor the agency had yet identified which projects may be dropped"
read `speculative` (the embedded question's "may") where the main clause is negated. Invented texts; near-misses
keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import code

INTRO = "Council vote\n\nThe city council met on Tuesday to debate the harbor bill.\n\n"


def _claims(sentence: str):
    return [(c.text, c.attributed_to, c.certainty) for c in code(INTRO + sentence + "\n").claims]


def _digest(*texts: str):
    """The alignment of the invented articles' digest."""
    from summarizer.digest.build import build_sections
    from tests.test_align_disputes import _articles
    return build_sections(_articles(*texts))[0]


def _agreement_quotes(*texts: str) -> list[str]:
    """Each agreement's quotes, joined, in the digest of the invented articles."""
    return [" ".join(a.quotes) for a in _digest(*texts).agreements]


def _certainty(sentence: str) -> str:
    """The certainty of the claim the sentence gives whole."""
    claims = _claims(sentence)
    return next((how for t, _, how in claims if t == sentence), f"no claim {sentence!r} in {claims}")


# -- an appositive that sums up the clause before it is no description of the name before its comma --------------------

@pytest.mark.parametrize("sentence, name", [
    ("The mayor opted not to tap flood relief money from Dover or New Haven, an idea that had drawn angry complaints "
     "from residents.", "New Haven"),
    ("The board moved the depot from Easton to Pellby, a move that angered drivers.", "Pellby"),
    ("The council cut the fee for Dover and Marlow, a bold step which critics called reckless.", "Marlow"),
])
def test_an_appositive_summing_up_the_clause_is_not_the_names(sentence, name):
    claims = _claims(sentence)
    assert not any(t.startswith(name + " is ") for t, _, _ in claims), claims


@pytest.mark.parametrize("sentence, described", [
    ("The council met in Dover, a town that lies north of the river.", "Dover is a town that lies north of the river."),
    ("The council voted for the Clean Harbor Act, a measure that would cut runoff.",
     "The Clean Harbor Act is a measure that would cut runoff."),
    # a name of a plan or text may be a step: its description stays
    ("Residents backed the Harbor Renewal Plan, a step toward cleaner water for the bay.",
     "The Harbor Renewal Plan is a step toward cleaner water for the bay."),
])
def test_a_description_of_the_name_is_still_its_own_claim(sentence, described):
    claims = _claims(sentence)
    assert any(t == described for t, _, _ in claims), claims


# -- a refusal in a reason clause opened by "as" -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "For two months, councillors have been stuck in talks with Mayor Jane Holt as she refused to accept anything less "
    "than $5 million.",
    "The deal collapsed on Friday as the owners failed to raise the money.",
])
def test_a_refusal_in_an_as_clause_is_not_the_main_clauses(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The mayor refused to accept anything less than $5 million.",
    "The owners did not reopen the plant as they had promised.",  # the main clause's own "not"
])
def test_a_refusal_of_the_main_clause_still_negates(sentence):
    assert _certainty(sentence) == "negated"


# -- "which" after a verb of knowing opens an embedded question ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Neither the council nor the agency had yet identified which schools may be closed as a result.",
    "The agency has not said which schools would close.",
])
def test_a_modal_in_an_embedded_which_question_does_not_hedge(sentence):
    assert _certainty(sentence) == "negated"


@pytest.mark.parametrize("sentence", [
    "The agency has not named the projects which may be shelved.",  # a relative clause on a noun
    "The agency did not know how long the work would take.",
])
def test_other_negated_main_clauses_keep_their_reading(sentence):
    assert _certainty(sentence) == "negated"


def test_which_after_a_noun_is_a_relative_clause_and_its_hedge_is_its_own():
    assert _certainty("Officials named the projects which may be shelved.") == "stated"


# -- "the statement from <Name>'s attorney, <Name>": a later "The statement said" is the author's ----------------------

def _sources(text: str) -> dict[str, str]:
    return {c.text: c.attributed_to for c in code(text).claims}


def test_a_statement_named_with_its_author_speaks_for_the_author_later():
    text = ("Mayor faces charges\n\nFederal prosecutors plan to charge Mayor Tom Reddick, officials said on Friday.\n\n"
            "\"We are disappointed by the decision,\" said the statement from Reddick's attorney, Ann Pell.\n\n"
            "The statement said Reddick \"asserts his innocence\" and \"will be vindicated.\"\n\n"
            "\"Until then, he will keep serving,\" the statement said.\n")
    sources = _sources(text)
    later = [who for t, who in sources.items() if "vindicated" in t or "keep serving" in t]
    assert later and all(who == "Ann Pell" for who in later), sources


def test_a_statement_from_a_body_stays_the_bodys():
    text = ("Plant to close\n\nThe plant will close in May, a statement from the Harbor Water Board said on Friday.\n\n"
            "The statement said that 40 staff would be moved to other sites.\n")
    sources = _sources(text)
    later = [who for t, who in sources.items() if "40 staff" in t]
    assert later and all("Harbor Water Board" in who for who in later), sources


# -- "rejected criticism (from <X>) that ...": a denial of an account -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "City officials rejected criticism from residents that the mayor was creating a rule that future mayors could use "
    "to ignore the council.",
    "City officials rejected criticism that the mayor was ignoring the council.",
    "The mayor rejected the criticism.",
])
def test_rejecting_criticism_denies_an_account(sentence):
    assert _certainty(sentence) == "denied"


def test_rejecting_a_plan_is_an_act():
    assert _certainty("The council rejected the plan.") == "stated"  # GUIDELINES: a body refusing a request acts


# -- a source's quoted verdict is no agreement with the outlet's account of the act -------------------------------

_FILLER = "The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "


def test_a_quoted_verdict_does_not_agree_with_the_outlets_account():
    verdict = ("\"The mayor's declaration of a state of emergency would be an abuse of her office and an attack on the "
               "separation of powers,\" Councillor Tom Reddick said in a statement.")
    account = ("Mayor Jane Holt declared a state of emergency in Pellby on Friday to reach money the council refused "
               "her, turning a budget fight into a clash over the separation of powers set out in the city charter.")
    texts = _agreement_quotes("Emergency\n\n" + _FILLER + verdict + " " + _FILLER + "\n",
                              "Holt acts\n\n" + account + " " + _FILLER + "\n")
    assert not any("abuse of her office" in t and "budget fight" in t for t in texts), texts


def test_the_same_act_told_by_two_outlets_still_agrees():
    texts = _agreement_quotes(
        "Emergency\n\nMayor Jane Holt declared a state of emergency in Pellby on Friday to reach money the council "
        "refused her. " + _FILLER + "\n",
        "Holt acts\n\nMayor Jane Holt on Friday declared a state of emergency in Pellby, seeking money the council "
        "had refused. " + _FILLER + "\n")
    assert any(t.count("state of emergency") == 2 for t in texts), texts


# -- ", and <adverb> <adjective>, <noun>": an adjective set off inside a noun phrase -------------------------------

def test_an_adjective_set_off_by_commas_does_not_split_the_sentence():
    sentence = ("A more relaxed Mayor Jane Holt doubled down on several disputed, and religiously laden, remarks in "
                "an interview on Sunday, where she defended her claims that the harbor fund was empty.")
    texts = [t for t, _, _ in _claims(sentence)]
    assert not any(t.startswith(("A more relaxed", "Religiously")) and t != sentence for t in texts), texts
    assert sentence in texts, texts


def test_a_second_clause_after_and_still_stands():
    texts = [t for t, _, _ in _claims("The mayor left early on Friday, and the council voted without her.")]
    assert "The mayor left early on Friday." in texts and "The council voted without her." in texts, texts


# -- "<Name>'s 11th District, which ...": the possessive and the ordinal are the name's --------------------------------

@pytest.mark.parametrize("sentence, described", [
    ("The second-term congressman represents New Halden's 11th District, which includes Pell Island and part of Dunmore.",
     "New Halden's 11th District includes Pell Island and part of Dunmore."),
    ("The senator backed the 18th Amendment, which ended the ban.", "The 18th Amendment ended the ban."),
])
def test_an_ordinal_name_keeps_its_possessive(sentence, described):
    texts = [t for t, _, _ in _claims(sentence)]
    assert described in texts, texts


# -- "This is far from the only <X>": a pointer before "be" has its subject in the sentence before ------------------

@pytest.mark.parametrize("text, pointer", [
    ("This is far from the only declared state of emergency.", True),
    ("It was the third flood at the harbor this year.", False),  # "It was a perfect launch" agrees (test_agree10)
    ('"This is a gross abuse of power," the mayor said.', False),  # a quotation's pointer
    ("That has been the council's view for years.", True),
    ("This year the harbor flooded three times.", False),  # a pointer before a noun: a time, the subject follows
    ("It rained on Friday.", False),
    ("The mayor declared a state of emergency.", False),
])
def test_a_pointer_before_be_leaves_the_claim_without_its_subject(text, pointer):
    from types import SimpleNamespace
    from summarizer.digest.reference import subjectless
    assert subjectless(SimpleNamespace(claim=SimpleNamespace(text=text))) is pointer


def test_a_pointer_claim_worded_alike_still_agrees():
    texts = _agreement_quotes(
        "Harbor\n\nThe harbor flooded on Friday. This is the third flood at the harbor in Pellby this year. " + _FILLER + "\n",
        "Flood\n\nWater covered the quay on Friday. This is the third flood at the harbor in Pellby this year, the "
        "port said. " + _FILLER + "\n")
    assert any(t.count("third flood") == 2 for t in texts), texts


# -- "While many have speculated that X, <Name> said that was never the case": the claim negates X ------------------

def test_a_pointer_calling_the_account_before_it_false_negates_that_account():
    from summarizer.digest.negreach import pointer_reach
    got = pointer_reach("While many have speculated that the agency offered to appoint Mr. Vane as harbor master, "
                        "agency counsel Ann Pell said that was never the case.")
    assert {"agency", "offere", "harbor", "master"} <= got, got
    assert pointer_reach("While many have speculated that the agency offered the post, Ann Pell said it was made "
                         "in March.") == set()  # no pointer calling it false


def test_two_denials_of_one_offer_agree_across_outlets():
    al = _digest(
        "Harbor post\n\nThe port agency asked Mayor Tom Reddick to talk to Dan Vane about a post, officials said. A "
        "source with knowledge of the talks insisted that the agency never offered Vane the job of harbor master. "
        + _FILLER + "\n",
        "Vane offer\n\nWhile many have speculated that the agency offered to appoint Mr. Vane as harbor master, agency "
        "counsel Ann Pell said that was never the case. " + _FILLER + "\n")
    assert not any("harbor master" in " ".join(s.quote for s in c.sides) for c in al.conflicts), \
        [c.reason for c in al.conflicts]
    assert any("never offered" in " ".join(a.quotes) and "never the case" in " ".join(a.quotes) for a in al.agreements), \
        [a.quotes for a in al.agreements]


def test_a_second_object_set_off_before_the_verbs_preposition_is_no_clause():
    sentence = ("Supporters say it is a mistake to equate the church as a whole, and its practice in our region, "
                "with the Pell sect.")
    texts = [t for t, _, _ in _claims(sentence)]
    assert sentence in texts and not any(t.startswith("Its practice") for t in texts), texts


# -- a quotation that negates the words itself is no claim of them for another's denial --------------------------------

@pytest.mark.parametrize("text, quoted", [
    ('"Not a theology based on the Bible," he said.', False),
    ('"Oh, not a theology based on the Bible, a different theology," he said.', False),
    ('"It is a theology based on the Bible," he said.', True),
])
def test_a_quotation_negating_the_words_itself_does_not_claim_them(text, quoted):
    from types import SimpleNamespace
    from summarizer.digest.quotedneg import _quotes
    assert _quotes(SimpleNamespace(claim=SimpleNamespace(text=text)), "based on the bible".split()) is quoted
