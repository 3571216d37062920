"""read14: eight documents of the faithfulness corpora no session had read (courts, business,
health, science, sport, local government, disaster, foreign politics), read as articles. The
sentences below are invented in the shape of the faults found there; the near-misses must not
change. Expected answers were written before the tool was run on them."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _claims(body: str):
    return [(c.text, c.attributed_to, c.certainty) for c in _code("A headline for the test.\n\n" + body).claims]


def _claim(body: str, start: str):
    for c in _code("A headline for the test.\n\n" + body).claims:
        if c.text.lstrip('"“‘\'').startswith(start):
            return c
    raise AssertionError(f"no claim starts with {start!r}")


# --- a quotation of several paragraphs, flattened into one paragraph ------------------------------
# (a BBC text without its line breaks: '... lives. "However, ...' reopens the quotation the
# paragraph before left open; the mark was read as its closer, so the rest went to the outlet)

_FLAT = ('The mayor of Pellworth, Dana Ruiz, said the plan was sound. "We have worked on this plan for two years '
         'and it is ready," she said. "I have met many residents across the town and have heard their worries. '
         '"However, I have also heard strong support for the new park and I expect the council to back it." '
         'Councillor Omar Bede said his group backed the aims of the plan. "Our worry is the cost," he said. '
         '"As far as we know nobody has priced the new road. "In our view, the budget for the road is far too thin." '
         'The council will vote on the plan next month.')


@pytest.mark.parametrize("start, who", [
    ("However, I have also heard strong support", "Dana Ruiz"),
    ("In our view, the budget for the road", "Councillor Omar Bede"),
    ("As far as we know nobody has priced", "Councillor Omar Bede"),
    ("The council will vote on the plan", "article"),  # after the quotation closes: the outlet's
])
def test_a_flattened_quotation_of_several_paragraphs_keeps_its_speaker(start, who):
    assert _claim(_FLAT, start).attributed_to == who


def test_a_closed_quotation_then_a_new_one_is_unchanged():
    body = ('The lawyer called the ruling "a clear mistake." "We will appeal it next week," the lawyer, Ana Vell, said. '
            'The court did not comment on the appeal.')
    assert _claim(body, "The court did not comment").attributed_to == "article"
    assert _claim(body, "We will appeal").attributed_to == "Ana Vell"


# --- where: a place after a compass point and "of", "the capital X" -------------------------------

@pytest.mark.parametrize("body, where", [
    ("The quake struck at a depth of 10km, 35km north of the city of Varnholt, officials said.", "Varnholt"),
    ("The storm made landfall 20 miles south of Pellmouth on Sunday.", "Pellmouth"),
    ("State television showed the leader greeting supporters at a forum in the capital Tervan.", "Tervan"),
    ("The leader greeted supporters at a forum in the town Hallam on Friday.", "Hallam"),
    # near-misses: no place
    ("The storm was the strongest of the season, forecasters said.", None),
    ("The senator spoke in the state Senate on Tuesday.", None),
    ("Most residents of the south of the country voted for the plan.", None),
])
def test_a_place_after_a_compass_point_or_a_capital_noun(body, where):
    assert _claim(body, body[:12]).where == where


# --- a modal inside a noun's that-clause is that clause's, not the sentence's -------------------

@pytest.mark.parametrize("body, certainty", [
    # narrowed to "can": with "could"/"might" the held-out factuality half fell (B 0.187 -> 0.188)
    ("The vote was called a year early, averting the risk that a slump could grow into a challenge to his rule.",
     "speculative"),
    ("The probe was able to show the ways that small firms can shape the market.", "stated"),
    ("The deal removed the danger that the plant might close within a year.", "speculative"),
    # near-misses: the main clause's own modal, and a reported that-clause, stay speculative
    ("The vote could be called a year early to avert a slump.", "speculative"),
    ("The premier said this week that the country would leave the pact by March.", "speculative"),
    ("The memo was mocked for its prediction that the firm would be the biggest in the land.", "speculative"),
    ("The slump could grow into a challenge to his rule, the risk being that investors leave.", "speculative"),
])
def test_a_modal_in_a_nouns_that_clause_does_not_hedge_the_sentence(body, certainty):
    assert _claims(body)[0][2] == certainty


# --- a rank is no count ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, values", [
    ("The move made the firm the number two oil producer in the region.", []),
    ("The state is the No. 3 exporter of wheat after its neighbours.", []),
    ("The firm owns two oil producers and three refineries.", [2.0, 3.0]),  # near-miss: counts
])
def test_a_rank_is_no_count(sentence, values):
    from summarizer.quantity import quantities
    assert [q["value"] for q in quantities(sentence)] == values


# --- a team sheet is no claim ---------------------------------------------------------------------

def test_a_team_sheet_gives_no_claims():
    body = ("Harbourside won the final 24-17 after a late try by Cal Dorne. Harbourside: Dalton; Pike, Verne, Moss, "
            "Quill; Rune, Tam (capt); Yole, Birk, Hask. Replacements: Arlo, Benn, Cade, Dunn. Referee: Paul Sorel (Norland). "
            "Result: Harbourside won the cup after a late try.")
    texts = [t for t, _, _ in _claims(body)]
    assert not [t for t in texts if t.startswith(("Harbourside:", "Replacements:", "Referee:"))], texts
    assert any(t.startswith("Harbourside won the final") for t in texts), texts
    assert any("won the cup after a late try" in t for t in texts), texts  # near-miss: a label with a clause


# --- a time word before the subject is no part of the source --------------------------------------

@pytest.mark.parametrize("body, who", [
    ("Yesterday the Courier revealed how millions were spent on new desks.", "the Courier"),
    ("Last week the Daily Ledger reported that the mill would close.", "the Daily Ledger"),
    ("The Courier revealed how millions were spent on new desks.", "The Courier"),  # near-miss
])
def test_a_time_word_before_the_subject_is_no_part_of_the_source(body, who):
    assert _claims(body)[0][1] == who


# --- a height in feet and inches is no count (the lead's session-12 leftover) ----------------------

@pytest.mark.parametrize("body", ["Dr. Vell, who is 6'3\" tall, was a surgeon for 20 years.",
                                  "Dr. Vell, who is 6’3” tall, was a surgeon for 20 years."])
def test_a_height_in_feet_and_inches_is_no_count(body):
    qs = [(q.value, q.counted) for c in _code("A headline for the test.\n\n" + body).claims for q in c.quantities]
    assert (3.0, "tall") not in qs and (20.0, "20 years") in qs, qs


# --- an adverbial clause before "X posted" is no content of a final frame ------------------------

@pytest.mark.parametrize("body, who", [
    ("Shortly after the judge extended the detention, Tam posted again.", "article"),
    ("Soon after the verdict was read, the singer posted again.", "article"),
    ("When the court rose, Tam tweeted again.", "article"),
    # near-misses: a clause before the frame is its content
    ("After the vote, the plan is dead, Jane Roe said.", "Jane Roe"),
    ("The plan is dead, Jane Roe wrote.", "Jane Roe"),
])
def test_an_adverbial_clause_is_no_content_of_a_final_frame(body, who):
    assert _claims(body)[0][1] == who
