"""Shapes the lead met reading the bundled model's full output on invented articles (session 34, issue 12): a lead
claim "..., the zoo said" rejected because "zoo" is a short word; "<Name> Zoo" read as a person; "he said" after
"A resident, <Name>, spotted ..." given to an earlier speaker; "Officials put the number at about 80" shown as the
outlet's fact; a claim dated by "warehouses built ten years ago"; "confirmed the memo but declined to give figures"
shown `negated`; "the university" resolved to "University officials"; a summary completed with a lead sentence that
repeats it, and a summary sentence fused from two sources' statements shown as fact. Invented texts; near-misses
keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.ground import source_named, Text
from summarizer.summary_grounding import covers
from summarizer.summary_sources import restated_source
from summarizer.verify import verify
from tests.reading import code, who

AQUARIUM = """A heron that flew into the Marlow Aquarium on Friday was released unharmed, the aquarium said.

"It came in through a roof vent," head keeper Ana Petrosyan said.

A visitor, Tom Reyes, filmed the bird over the shark tank. "I could not believe it," he said.

The keeper thanked a visitor, Ian Hale, for calling staff. "We were lucky," she said.

The aquarium said it had closed the vent. Keepers believe the bird, a young grey heron, was chasing fish.
"""


def test_a_short_source_word_is_named_in_the_article():
    src = Text("The zoo said a panda escaped. Keepers at Tarn Zoo found it.")
    assert source_named(src, "the zoo")
    assert not source_named(src, "The bar")  # (its three-letter word, read when it has no longer one, is not there)
    assert not source_named(Text("Keepers found it."), "the zoo")


def test_the_aquarium_is_an_organisation_and_its_lead_claim_is_shown():
    assert who(AQUARIUM, "A heron that flew into the Marlow Aquarium on Friday was released unharmed, the aquarium said.") \
        == "Marlow Aquarium"
    claims = code(AQUARIUM).claims
    lead = [c for c in claims if c.text.startswith("A heron that flew")]
    assert lead and lead[0].attributed_to == "Marlow Aquarium" and lead[0].certainty == "reported"
    assert any(c.text.startswith("The aquarium said it had closed the vent") for c in claims)


@pytest.mark.parametrize("sentence, source", [
    ('"I could not believe it," he said.', "Tom Reyes"),  # "A visitor, Tom Reyes, filmed ...": the subject
    ('"We were lucky," she said.', "head keeper Ana Petrosyan"),  # "thanked a visitor, Ian Hale,": an object
])
def test_a_pronoun_after_an_opening_description_and_name(sentence, source):
    assert who(AQUARIUM, sentence) == source


PROTEST = """About 300 people marched through Velden on Saturday against the closure of its maternity ward, organisers said.

Local officials put the number at about 120.

Police put the crowd at 200. Insurers put the damage to shop windows at more than $15,000.

The hospital put the price at $40 a night for relatives' rooms. Protesters put the blame on the regional board.

The regional board said the ward would close in March.
"""


@pytest.mark.parametrize("sentence, source", [
    ("Local officials put the number at about 120.", "Local officials"),
    ("Police put the crowd at 200.", "Police"),
    ("Insurers put the damage to shop windows at more than $15,000.", "Insurers"),
    # near-misses: a price set and a blame laid are acts, no estimate
    ("The hospital put the price at $40 a night for relatives' rooms.", None),
    ("Protesters put the blame on the regional board.", None),
])
def test_put_the_number_at_is_an_estimate(sentence, source):
    assert who(PROTEST, sentence) == source


def test_the_estimate_is_no_fact_of_the_outlet():
    c = next(c for c in code(PROTEST).claims if c.text.startswith("Local officials put"))
    assert c.attributed_to == "Local officials" and c.certainty == "reported"


MEMO = """Harbor Foods will close two bakeries, according to a memo seen by reporters.

In the memo, sent to staff on Thursday, chief executive Lena Brandt wrote that the company "cannot compete with plants built forty years ago."

Workers walked out at the Dunmore bakery two days ago.

A company spokeswoman confirmed the memo but declined to give a date for the closures.

A second spokesman declined to give a date.
"""


def _claim(text: str, start: str):
    return next(c for c in code(text).claims if c.text.startswith(start))


def test_a_participle_after_a_prepositions_noun_dates_the_noun():
    assert _claim(MEMO, "In the memo").when == "on Thursday"  # not "forty years ago": the plants'
    assert _claim(MEMO, "Workers walked out").when == "two days ago"  # a subject's own verb keeps its time


def test_a_refusal_after_but_is_not_the_confirmations_negation():
    assert _claim(MEMO, "A company spokeswoman confirmed").certainty != "negated"
    assert _claim(MEMO, "A second spokesman declined").certainty == "negated"


def test_the_university_is_not_university_officials():
    text = ("Students occupied the library at Tarnby University on Monday, the union said. University officials put "
            "the number at about 60. The university said the fees would rise.")
    assert who(text, "The university said the fees would rise.") == "Tarnby University"


def test_a_lead_sentence_that_covers_the_summary_sentence_does_not_complete_it():
    lead = ("Rescue teams on Monday pulled nine workers from a flooded tunnel in the town of Orvik, two days after it "
            "caved in, the fire service said.")
    assert covers(lead, "Nine workers were pulled from a flooded tunnel in Orvik, two days after it caved in.")
    assert not covers(lead, "Two other workers are still missing, and the search goes on at night.")


def test_a_sentence_fused_from_two_sources_is_the_one_that_says_most_of_it():
    article = AQUARIUM
    sentence = "A young grey heron flew into the Marlow Aquarium on Friday and was released unharmed."
    v = verify(Text(article), sentence)
    assert v.supported
    assert restated_source(article, analyze(article), sentence, v.spans) == "Marlow Aquarium"
    # near-miss: where neither source says most of it, no source is given
    mixed = "A young grey heron came in through a roof vent and was chasing fish."
    v = verify(Text(article), mixed)
    assert not v.supported or restated_source(article, analyze(article), mixed, v.spans) is None


COURT = """A former treasurer of the Alder Sports Club was jailed for four years on Friday for stealing £210,000.

Colin Reeve, 61, had admitted fraud at Tarnby Crown Court in June.

Judge Maria Lyle told him he had "abused the trust of every member." She said the money had been spent on cars.

Reeve's lawyer, Adam Hart, said his client was ashamed. He said Reeve had repaid £20,000.

The club's president, Gina Moss, told members the club had nearly folded. She said new checks were in place.
"""


@pytest.mark.parametrize("sentence, source", [
    # "told him he had ...": the "he" is the object's, no vote that the judge is a man
    ("She said the money had been spent on cars.", "Judge Maria Lyle"),
    # "The club's president, <Name>, said ...": the role subject of the sentence before
    ("She said new checks were in place.", "Gina Moss"),
    ("He said Reeve had repaid £20,000.", "Adam Hart"),
])
def test_she_after_a_judge_who_told_him(sentence, source):
    assert who(COURT, sentence) == source


LAUNCH = """Phone maker Orvex launched its new handset on Tuesday, saying its battery would last two full days.

In tests by the consumer magazine Tech Ledger, the handset lasted 29 hours of mixed use.

In a survey of 3,000 owners by the Harl Institute, most said battery life mattered more than the camera.

In tests, the handset ran for 20 hours. In comparison by weight, it is light.

The report, written by the magazine's reviews editor, Dana Kell, says the screen is the best this year.
"""


@pytest.mark.parametrize("sentence, source", [
    ("Phone maker Orvex launched its new handset on Tuesday, saying its battery would last two full days.", None),
    ("In tests by the consumer magazine Tech Ledger, the handset lasted 29 hours of mixed use.",
     "tests by the consumer magazine Tech Ledger"),
    ("In a survey of 3,000 owners by the Harl Institute, most said battery life mattered more than the camera.",
     "a survey of 3,000 owners by the Harl Institute"),
    ("The report, written by the magazine's reviews editor, Dana Kell, says the screen is the best this year.",
     "The report"),
    # near-misses: no maker named, or no finding
    ("In tests, the handset ran for 20 hours.", None),
    ("In comparison by weight, it is light.", None),
])
def test_findings_and_reports_with_their_makers(sentence, source):
    assert who(LAUNCH, sentence) == source


def test_a_trade_before_a_company_name_is_part_of_the_speaker():
    said = [c for c in code(LAUNCH).claims if "battery would last" in c.text]
    assert said and all(c.attributed_to != "Phone" for c in said)
    assert any("Orvex" in c.attributed_to for c in said)


def test_a_summary_that_drops_the_part_of_a_counted_whole_is_unsupported():
    article = ("Dunmore council faces a budget gap of £9 million and may have to close three of its eight swimming "
               "pools, a report says. The council runs eight pools and two gyms.")
    assert not verify(article, "Dunmore council may close its eight swimming pools.").supported
    assert verify(article, "Dunmore council may close three of its eight swimming pools.").supported
    assert verify(article, "Dunmore council runs eight pools.").supported  # counted alone too
    other = "The council may have to close two of its six libraries, officials said. It owns six libraries."
    assert verify(other, "The council owns six libraries.").supported  # another verb: no part dropped


@pytest.mark.parametrize("sentence, counted", [
    ("About 18,000 cars cross the river each day.", "cars"),
    ("About 60 people attend the weekly market.", "people"),
    ("Some 200 workers walk out at noon.", "workers"),
    # near-misses: a plural noun that modifies the next ("sports fans", "sales figures") or a verb with no object next
    ("About 4,000 sports fans watched.", "sports fans"),
    ("Nearly 30 glass panels broke.", "glass panels"),
])
def test_a_present_verb_after_a_plural_noun_ends_the_counted_phrase(sentence, counted):
    from summarizer.quantity import quantities
    assert [q["counted"] for q in quantities(sentence)] == [counted]


def test_a_findings_maker_is_no_head_of_the_finding():
    from summarizer.attribution.name_kinds import holds_head
    assert not holds_head("tests by the consumer magazine Tech Ledger", "magazine")
    assert holds_head("Tech Ledger magazine", "magazine") and holds_head("Bank of Arden", "bank")


def test_a_firm_named_with_an_ampersand_is_one_organisation():
    from summarizer.attribution.name_kinds import classify
    text = ("An engineer was freed on Saturday, his family said. His employer, the firm Orme & Vail, thanked the police. "
            "The company had earlier denied reports that it had paid a ransom.")
    assert classify("Orme & Vail") == "org"
    assert who(text, "The company had earlier denied reports that it had paid a ransom.") == "Orme & Vail"


def test_they_after_a_plural_subject_set_off_by_an_aside():
    text = ("Lakes in the Arden hills are shrinking, according to a study published on Monday. The researchers, from the "
            "Tarn Institute in Velm, used satellite images of 80 lakes. They found that the lakes had lost a fifth of "
            "their area since 2001.")
    assert who(text, "They found that the lakes had lost a fifth of their area since 2001.") == "The researchers"


@pytest.mark.parametrize("sentence, when", [
    ("Parents have collected 900 signatures against a plan to close the school next summer, they said on Monday.",
     "on Monday"),
    ("The council backed a plan to close the pool next year.", "next year"),  # no other time: the plan's is kept
])
def test_a_plans_time_yields_to_the_claims_own(sentence, when):
    from summarizer import dates
    assert dates.find_phrase(sentence) == when


def test_a_summary_sentence_the_lead_restates_is_shown_as_the_lead_sentence():
    from summarizer.extract import DraftSummary
    from summarizer.summary_grounding import grounded_summary
    article = ("Rescue teams on Monday pulled nine workers from a flooded tunnel in the town of Orvik, two days after it "
               "caved in, the fire service said.\n\nTwo other workers are still missing, and divers will search the "
               "tunnel again at night.\n\nThe tunnel's owner, Stenvik Rail, said it had opened an inquiry.\n")
    draft = DraftSummary(headline="Nine workers pulled from a flooded tunnel in Orvik",
                         summary="Nine workers were pulled from a flooded tunnel in Orvik, two days after it caved in.")
    _, summary, warnings = grounded_summary(Text(article), draft, article)
    first = summary.split(". ")[0]
    assert first.startswith("Rescue teams on Monday pulled nine workers") and "the fire service said" in summary
    assert summary.count("flooded tunnel") == 1  # the model's sentence is not shown beside the lead's
    assert any("lead sentence it restates" in w for w in warnings)
