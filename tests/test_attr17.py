"""Session 16, attr17 (issue 12): antecedents the session-15 readers left, each as invented sentences
of the shape that went wrong, with near-misses that must not change (the outlet's own sentences that
merely mention a company or a person among them). The expected source and certainty were written
before the tool ran. Shapes: an unnamed "A spokeswoman said" right after a sentence about a company;
"He says" / "It also said" after a firm whose name of capitalised words reads as a person's ("Fresh
Lane Housing", "Velden Lane, which manages the block,"); a final finding frame with a long source
("..., a survey released by the chamber on Monday suggests.")."""

from __future__ import annotations

import pytest

from tests.test_attr14b import _claims  # (claims of a one-paragraph body, shared with attr14b)


def _find(got, start: str):
    hits = [g for g in got if g[0].startswith(start)]
    assert len(hits) == 1, got
    return hits[0]


# -- (1) "A spokeswoman said" right after a sentence about a company speaks for the company ----------

@pytest.mark.parametrize("body, start, expected", [
    ("Harlow Freight cut 300 jobs at its depot in Tarvin last year. A spokeswoman said the cuts were needed "
     "to keep the depot open.", "A spokeswoman", ("A spokeswoman for Harlow Freight", "reported")),
    ("Brisk Lane Foods closed two plants in May. A spokesman said the plants had lost money.", "A spokesman",
     ("A spokesman for Brisk Lane Foods", "reported")),
    ("Corvane Airlines cancelled 40 flights on Friday. A spokesperson said the storm had grounded its planes.",
     "A spokesperson", ("A spokesperson for Corvane Airlines", "reported")),
])
def test_spokesperson_speaks_for_the_company_before(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


@pytest.mark.parametrize("body, start, expected", [
    # the outlet's own sentence about the company stays the outlet's
    ("Harlow Freight cut 300 jobs at its depot in Tarvin last year. A spokeswoman said the cuts were needed.",
     "Harlow Freight cut", ("article", "stated")),
    # a person named last, not a body: no one a spokesman is said to speak for
    ("Mayor Lina Ostrow closed the bridge on Monday. A spokesman said it would reopen in May.", "A spokesman",
     ("A spokesman", "speculative")),
    ("Harlow Freight cut 300 jobs at its depot in Tarvin last year. Mayor Lina Ostrow said the cuts were a blow. "
     "A spokeswoman said the cuts were needed.", "A spokeswoman", ("A spokeswoman", "reported")),
    # the company two sentences back: too far
    ("Harlow Freight cut 300 jobs at its depot in Tarvin last year. The depot opened in 1990. A spokeswoman said "
     "the cuts were needed.", "A spokeswoman", ("A spokeswoman", "reported")),
    # the body named with it, or in it, or no sentence before: as written
    ("Harlow Freight cut 300 jobs at its depot in Tarvin last year. A spokeswoman for the union said the cuts "
     "were unfair.", "A spokeswoman", ("A spokeswoman for the union", "reported")),
    ("Brisk Lane Foods closed two plants in May. A company spokesman said the plants had lost money.",
     "A company spokesman", ("A company spokesman", "reported")),
    ("A spokeswoman said the cuts were needed to keep the depot open.", "A spokeswoman", ("A spokeswoman", "reported")),
])
def test_spokesperson_near_misses(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (2) a firm's name that reads as a person's: "he" is not the firm, "it" is -------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("Nigel Pratt, a tenant in the Brisk Lane block, said the flat had been damp for months. Fresh Lane Housing, "
     "which manages the block, said it had sent a surveyor. He says he had to throw out 31 sacks of damp clothes.",
     "He says", ("Nigel Pratt", "reported")),
    # a name of capitalised words with no trade noun, a body by its "which" clause
    ("Nigel Pratt, a tenant in the block, said the flat had been damp for months. Velden Lane, which manages the "
     "block, said it had sent a surveyor. He says he had to throw out 31 sacks of damp clothes.",
     "He says", ("Nigel Pratt", "reported")),
    ("Tenants of the block complained to Dunmore Council in March. Fresh Lane Housing said it had sent a surveyor. "
     'It also said it had no "authority" to rehouse the tenants.', "It also said", ("Fresh Lane Housing", "reported")),
])
def test_firm_read_as_a_body(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


@pytest.mark.parametrize("body, start, expected", [
    # "who" and "whose": a person, as before
    ("Nigel Pratt, who rents a flat in the block, said it had been damp for months. He says he had to remove 28 "
     "bags of clothes.", "He says", ("Nigel Pratt", "reported")),
    ("Tom Vale, whose firm manages the block, said the roof had been fixed. He says the tenants were told in March.",
     "He says", ("Tom Vale", "reported")),
    ("Fresh Lane Housing manages the block for Dunmore Council. Nigel Pratt said the roof leaked.",
     "Fresh Lane Housing", ("article", "stated")),
    ("The Dunmore council, which owns the site, said it would sell it.", "The Dunmore council, which",
     ("The Dunmore council", "speculative")),
])
def test_firm_near_misses(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (3) a final finding frame with a long source holds the whole sentence ---------------------------

@pytest.mark.parametrize("body, who", [
    ("Prices rose in March, a survey released by the chamber on Monday suggests.", "a survey released by the chamber"),
    ("Retail prices rose sharply in March, a survey published by the Tarvin chamber of commerce suggests.",
     "a survey published by the Tarvin chamber of commerce"),
    ("Rents in Dunmore climbed 9 percent last year, a report issued by the housing board on Monday shows.",
     "a report issued by the housing board"),
    ("Sales fell in May, a study by the Tarvin bank found.", "a study by the Tarvin bank"),  # (main: the outlet's)
])
def test_final_finding_with_long_source(body, who):
    text, source, cert = _find(_claims(body), body[:12])
    assert (source, cert) == (who, "reported"), (text, source, cert)


@pytest.mark.parametrize("body, start, expected", [
    # a clause after the finding verb: the outlet's, as before
    ("Prices rose in March, and a survey released by the chamber on Monday shows why they may keep rising.",
     "Prices rose", ("article", "stated")),
    ("Sales fell in May, the study found, but rose again in June after the Tarvin bank cut its rates.",
     "Sales fell", ("article", "stated")),
    # a speaker's final frame: as before
    ("Prices rose in March, a spokesman for the chamber said on Monday.", "Prices rose",
     ("a spokesman for the chamber", "reported")),
])
def test_final_finding_near_misses(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (4) a state of belief with its clause and no "that", or after "seem" ----------------------------

@pytest.mark.parametrize("body, start, expected", [
    ("Republicans seem confident they have the votes to override the veto.", "Republicans",
     ("Republicans", "reported")),
    ("The mayor is confident the bridge will reopen in May.", "The mayor", ("The mayor", "speculative")),
    ("The union seems certain that the strike will end soon.", "The union", ("The union", "speculative")),
    ("Ada Kell won the primary in May. The coach is sure her team will win the cup.", "The coach",
     ("The coach", "speculative")),
])
def test_belief_state_with_a_contact_clause(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


@pytest.mark.parametrize("body, start, expected", [
    ("It is certain the plan will fail.", "It is certain", ("article", "speculative")),  # the outlet's hedge
    ("The mayor is sure to win the vote.", "The mayor", ("article", "speculative")),  # "sure to": no belief
    ("The mayor is confident in the plan.", "The mayor", ("article", "stated")),  # no clause
    ("Tarvin officials are convinced that the plant will close.", "Tarvin officials",
     ("Tarvin officials", "speculative")),  # as before
    ("The mayor is afraid the bridge will close.", "The mayor", ("article", "speculative")),  # a feeling: as before
])
def test_belief_state_near_misses(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


def test_a_person_described_at_a_group_stays_a_person():
    # "a researcher at the group" after a speaker's name is no body: "she" goes on from her (lead6's case)
    body = ("Jane Doe, a former minister, called the arrest shameful. Her remark drew a rebuke. Maya Roe, a "
            "researcher at the group, said the activists were peaceful. It will be hard to justify the arrests, she added.")
    assert _find(_claims(body), "It will be hard")[1] == "Maya Roe"
