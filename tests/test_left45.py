"""Attribution and certainty shapes earlier sessions saw and left (session 36, issue 12; branch left45): a refusal
under a modal ("say they will refuse to leave") read as `negated`; a named subject's wish ("<Name> wants to sell the
block") shown as the outlet's fact; a closing "according to data from <Firm>" after an analysts' expectation taking
a company's forecast; an affirmative reply stopped at its auxiliary ("The union has said it is.") shown as a claim
(a denial stopped the same way stays one); a spaced hyphen typed for a dash; an opening "Having said that ...,"
giving the source "Having"; a passive speech act's agent ("was confirmed by her son") not named; and from the Left
lists of session 35: an anonymous source's hearsay `claimed`, a passive report with its "according to" source
`unconfirmed`, a contact relative after an amount, "remembered
her as". Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.fields import sentence_problem
from tests.reading import code

HEAD = "Invented news for a test\n\n"


def read(sentence: str, before: str = "") -> tuple[str | None, str]:
    """The source and certainty of `sentence` inside a short invented article."""
    text = HEAD + before + sentence + "\n"
    start = text.index(sentence)
    at = analyze(text)
    return at.source_for(start, start + len(sentence)), certainty_for(text, start, start + len(sentence), at)


# 1. a refusal under a modal is a stated intent (GUIDELINES §14: "refused to leave" is negated, "will refuse" is not yet)
@pytest.mark.parametrize("sentence,source,certainty", [
    ("Tenants say they will refuse to leave.", "Tenants", "speculative"),
    ("The union said it would refuse to sign the deal.", "The union", "speculative"),
    ("The tenants say they'll likely refuse to pay.", "The tenants", "speculative"),
    # near-misses: a refusal that happened, a negated modal
    ("The tenants refused to leave the building.", None, "negated"),
    ("Police declined to comment.", None, "negated"),
    ("The tenants would not refuse to leave.", None, "negated"),
])
def test_a_refusal_under_a_modal_is_an_intent(sentence, source, certainty):
    assert read(sentence) == (source, certainty)


# 2. a named subject's wish or intention is that subject's (GUIDELINES §13)
@pytest.mark.parametrize("sentence,source", [
    ("Marten Ossory wants to sell the block.", "Marten Ossory"),
    ("Marten Ossory intends to sell the block.", "Marten Ossory"),
    ("Greta Linden hopes to reopen the library.", "Greta Linden"),
    ("The city wants the state to pay.", "The city"),  # (already so)
    # near-misses: a wish with no holder named, a relative clause's wish
    ("People who want to sell the block should call.", None),
    ("The mayor wants a recount.", None),
])
def test_a_named_subjects_wish_is_theirs(sentence, source):
    src, cert = read(sentence)
    assert (src, cert) == (source, "speculative")


# 3. a closing "according to" after an analysts' expectation backs the expectation, not the forecast
@pytest.mark.parametrize("sentence,source", [
    ("The Quell Group forecast revenue of 12 million pounds for the year, below the 14 million pounds analysts "
     "had expected, according to data from Farrow Analytics.", "The Quell Group"),
    ("Sales at Quell rose 4% to 3 million pounds, above the 2.8 million pounds analysts had forecast, according "
     "to data from Farrow Analytics.", None),
    # near-misses: no expectation aside, or a comparison with no expectation: the data's
    ("The Quell Group forecast revenue of 12 million pounds for the year, according to data from Farrow "
     "Analytics.", "data from Farrow Analytics"),
    ("The Quell Group forecast revenue of 12 million pounds for the year, below what it made last year, "
     "according to data from Farrow Analytics.", "data from Farrow Analytics"),
])
def test_according_to_after_an_expectation_aside(sentence, source):
    assert read(sentence)[0] == source


# 4. an affirmative reply stopped at its auxiliary is no claim; a denial stopped the same way is one
@pytest.mark.parametrize("text,elliptic", [
    ("The union has said it is.", True), ("Critics say he would.", True), ("The council said it had.", True),
    ("His family said he was not.", False), ("Critics say he would not.", False), ("He said it was over.", False),
    ("The farm is not as big as its owner says it is.", False),
    ("Pressed on a run for a fourth term, the mayor of Dale replied that she would.", False),
])
def test_an_affirmative_reply_stopped_at_its_auxiliary_is_no_claim(text, elliptic):
    assert ((sentence_problem(text) or "").startswith("claim text is elliptic")) is elliptic


DISPUTE = HEAD + ("The owners of Harlow Court served eviction notices on 40 households on Tuesday.\n\n"
                  "The owners denied that the notices were unlawful. The union has said it is.\n\n"
                  "Police said a tenant, Abel Tarrow, had been injured. His family said he was not.\n")


def test_the_elliptic_reply_is_rejected_and_the_denial_kept_on_the_code_path():
    out = code(DISPUTE)
    texts = [c.text for c in out.claims]
    assert "The union has said it is." not in texts
    denial = [c for c in out.claims if c.text == "His family said he was not."]
    assert denial and denial[0].attributed_to == "His family" and denial[0].certainty == "negated"


# 5. a spaced hyphen typed for a dash
@pytest.mark.parametrize("sentence,source", [
    ("The repairs would take a week - the council said.", "the council"),
    ("Abel Tarrow - a retired nurse - said the building had no heating.", "Abel Tarrow"),
    ("The landlord - a firm based in Dunmere - said the boiler had been fixed.", "The landlord"),
])
def test_a_spaced_hyphen_is_a_dash(sentence, source):
    assert read(sentence)[0] == source


@pytest.mark.parametrize("text,dashes", [
    ("The repairs would take a week - the council said.", 1),
    ("Abel Tarrow - a retired nurse - said the building was cold.", 2),
    # near-misses: a tokenized text, compounds spaced like dashes, a capitalised name after the hyphen
    ("The flats are cold , said four - star chef Ada Brook . It would take a week - the council said .", 0),
    ("Market makers in over - the - counter stocks rose a lower - than - expected 5%.", 0),
    ("Integra - A Hotel Co. said its offering was declared effective.", 0),
    ("The 486 will have a big impact, said Hewlett - Packard's Mr. Arch.", 0),
])
def test_a_spaced_hyphen_before_a_function_word_reads_as_a_dash(text, dashes):
    from summarizer.attribution.reading_copy import reading_copy
    out = reading_copy(text)
    assert len(out) == len(text) and out.count("—") == dashes


# 6. an opening "Having <cue> ...," is a participle: no source "Having", and its modal is not the main clause's
@pytest.mark.parametrize("sentence,source,certainty", [
    ("Having said that he would resign, Councillor Bram Esk stayed on for another month.", None, "stated"),
    ("The mayor, having said that he would resign, stayed on.", None, "stated"),
    ("Having said that, the outlook is bright.", None, "stated"),
    ("Having a free press may make it harder for leaders to act.", None, "speculative"),  # a gerund subject
    # near-miss: the main clause's own frame
    ("Having announced the cuts on Monday, the board said on Tuesday that it would review them.", "the board", "speculative"),
])
def test_an_opening_having_participle(sentence, source, certainty):
    assert read(sentence) == (source, certainty)


# 7. a passive speech act names its agent
@pytest.mark.parametrize("sentence,source,certainty", [
    ("Mrs Ilse Varn's death was confirmed by her son.", "her son", "reported"),
    ("The closure was announced by the council on Friday.", "the council", "reported"),
    ("The plan was revealed by the mayor in a speech.", "the mayor", "reported"),
    ("The allegations were denied by the company.", "the company", "denied"),
    # near-misses: acts in the passive
    ("His request was denied by the board.", None, "stated"),
    ("The judge was confirmed by the Senate.", None, "stated"),
    ("The merger was rejected by regulators.", None, "stated"),
    ("The body was found by a jogger.", None, "stated"),
    ("The hall was called a disgrace by critics in the party.", "critics in the party", "reported"),
])
def test_a_passive_speech_acts_agent_is_the_source(sentence, source, certainty):
    assert read(sentence) == (source, certainty)


# 8. shapes from session 35's Left lists
@pytest.mark.parametrize("sentence,source,certainty", [
    ("The hackers are believed to have demanded 2 million pounds, two people familiar with the inquiry said.",
     "two people familiar with the inquiry", "unconfirmed"),
    ("Turnout was reported at 48%, according to preliminary figures.", "preliminary figures", "reported"),
    ("The fund raised 40 million euros investors had pledged.", None, "stated"),
    ("Colleagues remembered her as a fierce negotiator.", "Colleagues", "reported"),
    # near-misses
    ("The mayor is alleged to have taken bribes, according to prosecutors.", "prosecutors", "claimed"),
    ("The plant reportedly closed, according to residents.", "residents", "unconfirmed"),
    ("The plant was reported to have closed.", "unnamed sources", "unconfirmed"),
    ("The fund raised 40 million euros, investors said.", "investors", "reported"),
    ("He remembered to lock the door as he left.", None, "stated"),
])
def test_shapes_session_35_left(sentence, source, certainty):
    assert read(sentence) == (source, certainty)
