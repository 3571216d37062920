"""Outputs read by the lead in session 10 (sentences written for the test, in the constructions
found misread): "The company said ..." after "Police said ..." was given to the police (a
description of a company took any organisation named before it), and "X requested that ..."
was the outlet's own statement (a request is a speech act, like "urged" or "asked")."""

from __future__ import annotations


def _sources(text: str) -> dict[str, str]:
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    return {c.text: c.attributed_to for c in fns["code"](make_article(text, "lead10")).claims}


def _by_start(got: dict[str, str]) -> dict[str, str]:
    return {" ".join(t.split()[:2]): who for t, who in got.items()}


def test_the_company_is_no_police_force_named_before():
    text = ("Plant to close\n\n"
            "Acme Foods will close its plant in Elmford, the state labor department said on Monday.\n\n"
            "Police said a driver was hurt at the gate on Sunday night. The company said the closure was planned "
            "for months.\n\n"
            "The firm said 200 workers would be offered jobs at other plants.\n")
    got = _by_start(_sources(text))
    assert got["Police said"] == "Police"
    assert got["The company"] == "Acme Foods"    # not "Police", the organisation named last
    assert got["The firm"] == "Acme Foods"


def test_the_company_with_only_public_bodies_before_stays_as_written():
    text = ("Crash at the depot\n\n"
            "The county sheriff's office said a forklift overturned at the depot on Tuesday.\n\n"
            "The company said the driver had been trained on the machine for two years.\n")
    got = _by_start(_sources(text))
    assert got["The company"] == "The company"   # not the sheriff's office


def test_a_request_that_is_the_requesters():
    text = ("Board delays vote\n\n"
            "The widow of the former chairman requested that the board delay its vote until June.\n\n"
            "The tenants' union requested that the city freeze rents for another year.\n")
    got = _by_start(_sources(text))
    assert got["The widow"] == "The widow of the former chairman"
    assert got["The tenants'"] == "The tenants' union"


def test_a_generation_suffix_is_no_family_name_and_a_pair_is_they():
    text = ("Lawyer mocks the plan\n\n"
            "Among those predicting defeats for the plan was Daniel R. Whitfield III, a lawyer and the husband of "
            "Karen Whitfield, the governor’s counselor.\n\n"
            "“If he is sure he will lose,” Mr. Whitfield, a critic of the governor, wrote on Twitter, "
            "“then he is sure he is flouting the law.”\n\n"
            "Oregon and Nevada likewise announced that they will sue over the plan.\n\n"
            "Speaker Ann Ruiz and Senator Tom Hale said in a statement that the plan was illegal. They vowed the "
            "legislature would “defend our authority in the courts.”\n")
    got = _by_start(_sources(text))
    assert got["“If he"] != "Karen Whitfield"          # "Mr." is never the wife; III is no family name
    assert got["“If he"] in ("Mr. Whitfield", "Daniel R. Whitfield III")
    assert got["Oregon and"] == "Oregon and Nevada"     # "likewise" is no part of the source
    assert got["They vowed"] == "Speaker Ann Ruiz and Senator Tom Hale"   # not Twitter, the last organisation


import pytest  # noqa: E402


@pytest.mark.parametrize("evidence", [
    "From Dec. 22 through Jan. 25, the council and the mayor battled over the budget.",
    "The ruling turned a row over fees into a trial of the split of powers laid down in the Constitution.",
    "The mayor chose not to tap the flood fund, an idea that had drawn angry complaints from Republicans.",
    "The city plans to move $200 million from the Department of Transportation to the housing fund.",
    "Under the Clean Water Act, the plant must report every spill.",
])
def test_no_month_text_party_or_ministry_is_a_place(evidence):
    from summarizer.places import place_of
    assert place_of(evidence) is None


@pytest.mark.parametrize("evidence, place", [
    ("Officials in the Philippines said the toll rose to 40.", "the Philippines"),
    ("The storm made landfall in Ann Arbor on Monday.", "Ann Arbor"),
    ("Protesters gathered in Kansas City on Sunday.", "Kansas City"),
])
def test_places_still_found(evidence, place):
    from summarizer.places import place_of
    assert place_of(evidence) == place


@pytest.mark.parametrize("value, unit, shown", [
    (3.6e9, "USD", "$3.6 billion"), (1.375e9, "USD", "$1.375 billion"), (800000, None, "800,000"),
    (35, "days", "35 days"), (2.5, "percent", "2.5 percent"), (1.6e6, None, "1.6 million"), (12.25, "EUR", "€12.25"),
])
def test_a_value_is_shown_as_a_reader_writes_it(value, unit, shown):
    # the digest's conflicts read "3e+09 (article, a1) vs 3.5e+09 (President ..., a1)"
    from summarizer.quantity import readable
    assert readable(value, unit) == shown


def test_no_noun_cue_under_no_or_without():
    text = ("Funds moved\n\n"
            "The mayor opted not to tap the flood fund. But he expressed no concern that moving the road money "
            "would delay repairs to the school buildings.\n\n"
            "Prosecutors offered no evidence that the clerk had taken any of the cash from the safe.\n\n"
            "The union voiced concern that the new schedule would leave nurses exhausted on weekends.\n")
    got = _by_start(_sources(text))
    assert got["He expressed"] == "article"       # was "unnamed sources": nobody holds a concern he did not express
    assert got["Prosecutors offered"] == "article"
    assert got["The union"] == "The union"        # a concern voiced is the union's


@pytest.mark.parametrize("sentence, parts", [
    # an elliptical "and again by ..." has no subject: "the terrorist attacks" is no "the company plans"
    ("Officials cited two times that such declarations were used to spend money without approval — once by "
     "the governor in 1990 during a drought, and again by his son, Gov. Tom Reyes, in 2001 after the floods in "
     "Elmford, Kelso and Brookfield.", 1),
    # an aside between dashes, then the predicate of the clause before
    ("In both cases, the governors were responding to new events — the drought in the West and the floods in "
     "the United States — and were moving state funds around for emergency purposes.", 1),
    ("The council met twice — in March and in June — and was asked both times to delay the vote.", 1),
    ("The union rejected the offer on Friday, and the company hired replacement workers a week later.", 2),
])
def test_a_part_with_no_subject_stays_with_the_clause_before(sentence, parts):
    from summarizer.chunk import Span
    from summarizer.picks import claim_parts
    assert len(claim_parts(sentence, Span(0, len(sentence)))) == parts


def test_a_partitive_description_then_a_name_after_a_quotation():
    text = ("Families at the hearing\n\n"
            "“My brother’s death was avoidable and the city should have stopped it,” one of the women, "
            "Rita Vance, said in an interview after the hearing.\n")
    got = _by_start(_sources(text))
    assert got["“My brother’s"] == "Rita Vance"   # was the outlet's own `speculative`


def test_cluster29_sources_and_certainty():
    text = ("Governor enters race\n\n"
            "ELMFORD, N.J. — Gov. Tom Reyes declared his candidacy for president on Tuesday with bravado and a lofty "
            "view of his own frankness.\n\n"
            "“I am not running for president as a stand-in for being elected prom king of the state,” Mr. Reyes said "
            "inside the gymnasium at the old school where he once led the student council.\n\n"
            "Not surprisingly, he intends to make the open forum the core of his campaign.\n\n"
            "He put an unusual twist on the strain facing the Social Security system. “The horse is out of the barn, "
            "and we need to get it back in,” he said.\n\n"
            "“I’m not everybody’s cup of tea. My job is to lead, and that’s what I try to do,” Reyes said in 2014, "
            "according to the AP.\n")
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    claims = {" ".join(c.text.split()[:2]): c for c in fns["code"](make_article(text, "lead10")).claims}
    assert "Gov. Tom" in claims                                     # the dateline's dash is no part of the claim
    assert claims["“I am"].attributed_to == "Gov. Tom Reyes"        # "said inside the gymnasium ..." is a final frame
    assert claims["Not surprisingly,"].certainty != "negated"       # a comment adverb negates nothing
    # (read15: a part cut from inside a quotation shows its marks, so these two open with "“")
    assert claims["“The horse"].attributed_to == "Gov. Tom Reyes"   # not "Social Security"
    assert claims["“My job"].attributed_to == "Gov. Tom Reyes"      # "X said in 2014, according to the AP": X speaks


@pytest.mark.parametrize("sentence, parts", [
    ("The only candidate less palatable: Jane Roe, the developer turned reality television star.", 1),
    ("Leaning on his greatest, and perhaps his last, remaining strength in a crowd of richer and "
     "more-popular rivals — his wit — Mr. Reyes cast himself as the only candidate fit to lead.", 1),
    ("“Such baseless outrage from the council once again confirms just the opposite: the direct involvement of "
     "the mayor in the deal,” she told a press briefing.", 2),
])
def test_verbless_lead_ins(sentence, parts):
    from summarizer.chunk import Span
    from summarizer.picks import claim_parts
    got = [p.quote(sentence) for p in claim_parts(sentence, Span(0, len(sentence)))]
    assert len(got) == parts, got
    assert not any(g.lstrip().lower().startswith(("and perhaps", "perhaps")) for g in got)


def test_a_storm_is_no_place():
    from summarizer.places import place_of
    assert place_of("He led the state during the damage from Hurricane Ida in 2021.") is None


def test_cluster9_opening_phrase_habits_and_poll_sources():
    text = ("Ad attacks rival\n\n"
            "Published 2011-12-07\n\n"
            "Down in the polls, Texas Gov. Tom Reyes is on the attack, claiming in a fresh radio spot that the senator "
            "is waging a war on farmers.\n\n"
            "“You don’t need to be at a service every Sunday to see that something is wrong in this state,” Reyes "
            "says in the spot.\n\n"
            "However, Reyes won just seven percent backing among likely Republican primary voters, according to a "
            "Ledger poll released Saturday.\n")
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    claims = {" ".join(c.text.split()[:2]): c for c in fns["code"](make_article(text, "lead10")).claims}
    assert claims["Down in"].attributed_to == "Texas Gov. Tom Reyes"     # was "Down"
    assert claims["“You don’t"].when is None                             # "every Sunday" is a habit, no day
    assert claims["However, Reyes"].attributed_to == "a Ledger poll"     # not "... released Saturday"
    assert claims["However, Reyes"].certainty == "reported"              # "likely voters" hedges nothing


def test_a_sum_asked_for_is_no_version_of_a_sum_moved():
    from summarizer.digest.build import build_sections, to_digest_article
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    a = ("Mayor moves funds\n\nPublished 2019-02-15\n\n"
         "The mayor requested $5.7 million for construction of the new bridge last year.\n\n"
         "The emergency order lets the mayor divert $3.5 million from the road repair budget to the bridge.\n")
    b = ("Funds shifted to bridge\n\nPublished 2019-02-15\n\n"
         "The emergency order, according to city officials, lets the mayor divert $3.6 million from road repair "
         "projects to the bridge.\n")
    arts = [to_digest_article("", fns["code"](make_article(t, f"x{i}"))).model_copy(update={"id": f"a{i}"})
            for i, t in enumerate((a, b), 1)]
    al, _, _ = build_sections(arts)
    values = sorted(s.value for c in al.conflicts if c.kind == "numbers" for s in c.sides)
    assert 5.7e6 not in values                        # the request is another figure
    assert values == [3.5e6, 3.6e6]                   # the two versions of the sum moved still clash


def test_cluster35_a_quotation_closed_by_a_long_frame_and_a_promise_quoted_after_a_speech():
    text = ("Mayor sworn in\n\nPublished 2017-01-20\n\n"
            "Tom Reyes became mayor of Elmford on Friday. He also vowed to fix every road in the city.\n\n"
            "“I will work for you with all the strength I have, and I will never, ever fail you,” Reyes told "
            "tens of thousands of wind-swept supporters and bystanders in a fiery 12-minute speech from the "
            "steps of City Hall.\n\n"
            "Telling the people of Elmford this is “your moment” and “your day,” Reyes closed his speech with the "
            "pledge that began his campaign.\n\n"
            "“We will make Elmford strong again.”\n")
    got = _by_start(_sources(text))
    assert got["“I will"] == "Tom Reyes"         # the quotation's end and its own frame, however long its tail (read15: its marks kept)
    assert got["“We will"] == "Tom Reyes"        # a quotation after his speech is his, not the outlet's


def test_a_frame_whose_tail_holds_a_clause_of_the_outlets_is_not_stretched():
    text = ("Hearing\n\n"
            "“Subpoenas are not optional,” panel chairman Tom Reyes said after the witness failed to show up at the "
            "third council hearing she had been formally summoned to this month.\n")
    got = _sources(text)
    # the claim states the outlet's own fact too (the witness failed to show up): PolNeAR leaves it in
    # the outlet's voice (two half-A flips against gold when the long tail was stretched)
    assert list(got.values()) == ["article"]


def test_a_negation_set_off_by_commas_describes_a_noun():
    text = ("Leaving town\n\nPublished 2017-01-20\n\n"
            "The governor made his exit after the ceremony, flying to the airfield, where he boarded the state jet, "
            "no longer designated State One, to fly to the coast.\n\n"
            "The mayor did not attend the ceremony.\n")
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    got = {" ".join(c.text.split()[:2]): c.certainty for c in fns["code"](make_article(text, "lead10")).claims}
    assert got["The governor"] == "stated"     # was `negated`
    assert got["The mayor"] == "negated"


def test_a_colon_quotation_after_an_opening_participle_with_quoted_phrases():
    text = ("Mayor sworn in\n\nPublished 2017-01-20\n\n"
            "Tom Reyes took office on Friday.\n\n"
            "Telling the people of Elmford this is “your moment” and “your day,” Reyes closed his speech with the "
            "pledge that began his campaign: “We will make Elmford strong again.”\n")
    got = _by_start(_sources(text))
    assert got["“We will"] == "Tom Reyes"


def test_a_gerund_before_a_name_is_no_part_of_it():
    text = ("Speech\n\nPublished 2010-02-20\n\n"
            "Glenn Roe denounced the party leaders on Saturday.\n\n"
            "Saying President Lane, he said, was “too simple an answer.”\n\n"
            "“This is the disease in the capital,” he said.\n")
    got = _by_start(_sources(text))
    assert got["Saying President"] == "Glenn Roe"
    assert got["“This is"] == "Glenn Roe"


def test_a_lower_case_month_word_is_a_noun():
    from summarizer import dates
    assert dates.find_phrase("She attended the 9/12 march in the capital.") is None
    assert dates.find_phrase("The vote is on 12 March.") == "12 March"
