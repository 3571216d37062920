"""Session 15, attr16 (issue 12): attributed statements shown in the outlet's voice (PolNeAR half A
read by cue and shape). Invented sentences of the shapes that went wrong, with near-misses that must
not change; the expected source and certainty were written before the tool ran. Shapes: "state"
before a title of office read as the inverted verb "states" ('"...," said state Rep. Jane Doe';
'"...," X's cousin, state Rep. Jane Doe (D-Elm City), said'); a quotation closed by "!" or "?" and
then a bare frame whose name has a description set off before it ('"...!" Roe's cousin, Jane Doe,
shouted to the crowd.')."""

from __future__ import annotations

import pytest

from tests.test_attr14b import _claims  # (claims of a one-paragraph body, shared with attr14b)


def _find(got, start: str):
    hits = [g for g in got if g[0].startswith(start)]
    assert len(hits) == 1, got
    return hits[0]


# -- (1) "state" before a title of office is an adjective, not the verb "states" --------------------

@pytest.mark.parametrize("body, start, who, certainty", [
    ('"The bill is dead," said state Rep. Lina Marsh, a Democrat.', '"The bill is dead', "Lina Marsh", "reported"),
    ('"The levy is unfair," said state Sen. Omar Pell.', '"The levy is unfair', "Omar Pell", "reported"),
    ('"We counted every ballot," said state Attorney General Rita Vance.', '"We counted every ballot', "Rita Vance", "reported"),
    ('"The bridge is unsafe," said Republican state Sen. Omar Pell.', '"The bridge is unsafe', "Omar Pell", "reported"),
    # the described form: the name after its description, not "Rep. Lina" as the subject of "state"
    ('"This is a big year for Dana Roe," Roe\'s cousin, state Rep. Lina Marsh (D-Tarvin), said.', '"This is a big year',
     "Lina Marsh", "reported"),
    ('The bill is dead, state lawmakers said.', "The bill is dead", "state lawmakers", "reported"),
])
def test_state_before_a_title_is_no_cue(body, start, who, certainty):
    text, source, cert = _find(_claims(body), start)
    assert who in source and cert == certainty, (text, source, cert)


@pytest.mark.parametrize("body, start, expected", [
    ("State officials said the bill was dead.", "State officials", ("State officials", "reported")),  # as before
    ("The governor will state her case on Monday.", "The governor", ("article", "speculative")),  # the verb, no report
    ("The council voted to state its position in writing.", "The council", ("article", "stated")),
    ('"The bill is dead," said Sen. Omar Pell.', '"The bill is dead', ("Sen. Omar Pell", "reported")),  # as before
])
def test_state_near_misses_unchanged(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


# -- (2) a quotation closed by "!" or "?", then a bare frame with a described name -----------------

@pytest.mark.parametrize("body, start, who", [
    ('"This is a big year for Dana Roe!" Roe\'s cousin, Lina Marsh, shouted to the crowd.', '"This is a big year', "Lina Marsh"),
    ('"The school has enough teachers for every pupil in the district!" The district\'s spokeswoman, Ada Kell, told reporters.',
     '"The school has enough teachers', "Ada Kell"),
    ('"The levy is a fraud!" Her lawyer, Tom Vale, shouted.', '"The levy is a fraud', "Tom Vale"),
    # the whole shape: a title after "state", a nickname in quotation marks, a party in parentheses
    ('"This is a big year for Dana Roe!" Roe\'s cousin, state Rep. Lina "Lee" Marsh (D-Tarvin), shouted to the crowd. '
     '"The county is watching Tarvin today."', '"This is a big year', 'state Rep. Lina "Lee" Marsh'),
    ('"This is a big year for Dana Roe!" Roe\'s cousin, state Rep. Lina "Lee" Marsh (D-Tarvin), shouted to the crowd. '
     '"The county is watching Tarvin today."', '"The county is watching', 'state Rep. Lina "Lee" Marsh'),
])
def test_quote_then_described_bare_frame(body, start, who):
    text, source, cert = _find(_claims(body), start)
    assert source == who and cert == "reported", (text, source, cert)


@pytest.mark.parametrize("body, start, expected", [
    # (no description before the name: as before)
    ('"This is a big year for Dana Roe!" Lina Marsh shouted to the crowd.', '"This is a big year', ("Lina Marsh", "reported")),
    # the outlet's own sentence that merely mentions a person after a quotation stays the outlet's
    ('"This is a big year for Dana Roe!" Roe\'s cousin, Lina Marsh, waved to the crowd.', "Roe's cousin", ("article", "stated")),
    ("The crowd cheered for an hour. Roe's cousin, Lina Marsh, waved to the crowd.", "The crowd cheered", ("article", "stated")),
])
def test_described_bare_frame_near_misses(body, start, expected):
    assert _find(_claims(body), start)[1:] == expected


@pytest.mark.parametrize("body, who", [
    ("Roe's cousin, state Rep. Lina Marsh (D-Tarvin), shouted that the county was watching.", "state Rep. Lina Marsh"),
    ("State Rep. Lina Marsh said the county was watching.", "State Rep. Lina Marsh"),  # (as before)
    ("Roe's cousin, Rep. Lina Marsh (D-Tarvin), shouted that the county was watching.", "Rep. Lina Marsh"),  # (as before)
])
def test_described_name_after_state(body, who):
    text, source, cert = _find(_claims(body), body[:12])
    assert source == who and cert == "reported", (text, source, cert)
