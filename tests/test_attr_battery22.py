"""Session 21, attrB22 (issue 12): a systematic battery of English news attribution forms, invented
(tests/attr_battery22.py: speech verb x position x subject, tags, frames, findings, quotation spans,
apart cases the outlet states itself), run through the code path. The expected source and certainty
were written before the tool ran; `python -m tests.attr_battery22` prints the failures by form, and
`--full` crosses every verb with every subject in every position (a diagnostic).

Then the shapes fixed, each with near shapes that must not change, and the shapes left (strict
xfails with their reasons)."""

from __future__ import annotations

import pytest

from tests import attr_battery22 as bat
from tests.test_attr14b import _claims

#: Battery cases that fail on this branch, with why (strict xfails: a fix makes them pass and fails the run).
_PUT_IT = ("a colon after 'put it (bluntly)' with a described or organisation subject ('The mayor put it bluntly: \"C.\"', "
           "or the colon ending the naming paragraph and the quotation the next one): no speech noun before the colon "
           "(insertions.colon_frame wants lang.COLON_SPEECH_NOUNS) and no cue verb, so the quotation is the outlet's; "
           "a named subject on one line is read (another path). Found by the battery's second round; not fixed for time (attrB22)")
_LEFT: dict[str, str] = {"span2-colon_at_the_end_of_the_naming_paragraph-organisation": _PUT_IT}


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason=_LEFT[case.id])] if case.id in _LEFT else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in bat.CASES])
def test_battery(case):
    ok, got = bat.run(case)
    assert ok, (case.source, sorted(case.certainty), got)


@pytest.mark.parametrize("case", [_param(c) for c in bat.APART])
def test_battery_apart_outlet_voice(case):
    ok, got = bat.run(case)
    assert ok, got


def _find(body: str, key: str):
    hits = [g for g in _claims(body) if key in g[0]]
    assert hits, _claims(body)
    return hits


# -- (1) an inverted tag whose subject is an unnamed group with no determiner ------------------------
#    '"C," said county officials.' / "C, said two harbor pilots." / '"C," said residents.'

_PILOTS = ("a plural head outside lang.PERSON_NOUNS with no agent ending ('pilots', 'nurses', 'guards'): the "
           "group rule reads only person nouns and agent plurals (-ers, -ors, -ists, -ians, -ants, -ents, -men), so "
           "'said two harbor pilots' stays the outlet's (attrB22)")


@pytest.mark.parametrize("body, key, source", [
    ('"The pier in Lorne will stay shut until May," said county officials.', "pier", "county officials"),
    pytest.param("The dam at Ossery held through the night, said two harbor pilots.", "Ossery", "two harbor pilots",
                 marks=pytest.mark.xfail(strict=True, reason=_PILOTS)),
    ("The dam at Ossery held through the night, said two harbor fishermen.", "Ossery", "two harbor fishermen"),
    ('"The water in Tarvin rose a metre in an hour," said residents.', "Tarvin", "residents"),
    ('"Nobody was hurt in the Pell Street fire," said police.', "Pell Street", "police"),
    ('"The vote in Dunmore was counted twice," said several local election workers.', "Dunmore",
     "several local election workers"),
])
def test_inverted_unnamed_group_is_the_source(body, key, source):
    hits = _find(body, key)
    assert all(a == source and c in ("reported", "speculative", "negated") for _t, a, c in hits), hits


@pytest.mark.parametrize("body, key", [
    # "said to", "said of": no speaker after the verb; a participle's object; the outlet's voice
    ("The mill in Ossery, said to employ 230 workers, closed on Friday.", "Ossery"),
    ("The Lorne ferry, as noted above, carried 40 passengers.", "Lorne ferry"),
    ("The vote in Dunmore was close, with turnout said by clerks to be low.", "Dunmore"),
])
def test_inverted_unnamed_group_apart(body, key):
    hits = _find(body, key)
    assert all(a == "article" for _t, a, _c in hits), hits


def test_said_after_a_relative_clause_is_the_named_speakers():
    # ", said officers told him ..." after a relative clause: the cue's subject is the name before it, and
    # "officers" opens its content (tests/test_bat9c.py caught the first version of the group rule)
    hits = _find("Nils Orten, who lives across the street in Ossery, said officers told him to stay inside.", "stay inside")
    assert all(a == "Nils Orten" for _t, a, _c in hits), hits




# -- (2) content first, then a description as the source and a speech verb other than "said" -------
#    "The pier has lost 40 boats, the head of the harbor board conceded." (a short content before a long
#    description was read as the outlet's fact for all but the plainest verbs)

@pytest.mark.parametrize("body, key, source", [
    ("The pier has lost 40 boats, the head of the Lorne harbor board conceded.", "40 boats",
     "the head of the Lorne harbor board"),
    ("The Ossery mill closed in June, a lawyer for the former workers acknowledged.", "Ossery", "a lawyer for the former workers"),
    ("Tarvin lost its last bank, the chair of the town's business group complained.", "Tarvin",
     "the chair of the town's business group"),
    ("The levee in Pell held, an engineer with the county roads office testified.", "Pell",
     "an engineer with the county roads office"),
    ("The Dunmore count was finished by noon, a clerk in the election office recalled.", "Dunmore",
     "a clerk in the election office"),
])
def test_described_source_after_the_content(body, key, source):
    hits = _find(body, key)
    assert all(a == source and c in ("reported", "claimed") for _t, a, c in hits), hits


@pytest.mark.parametrize("body, key", [
    # an object or a clause after the verb: the verb is an act or takes its own content, not a tag
    ("The pier has lost 40 boats, the head of the harbor board declared a state of emergency.", "40 boats"),
    ("The Ossery mill closed in June, and a lawyer for the workers recalled the day it opened.", "Ossery"),
])
def test_described_source_after_the_content_apart(body, key):
    hits = _find(body, key)
    assert any(a == "article" for _t, a, _c in hits), hits


def test_put_it_bluntly_colon_with_a_described_subject():  # passes since session 39 (insertions.colon_frame: a manner before the colon)
    hits = _find('The mayor put it bluntly: "The Lorne pier will not reopen this year."', "Lorne")
    assert all(a == "The mayor" for _t, a, _c in hits), hits
