"""within48 (issue 15): disputes inside one article told far apart (digest/farreplies.py). Invented
articles throughout (made-up names, towns, outlets); a near miss beside each rule: two sources who
merely add to each other are no conflict, nor a reply to something else.

* a source stands by its account: the refuter whose accuracy word its lead-in takes back;
* "that is 'categorically false'" right after a denial of "the <Owner> report": the owner's account;
* "<Name> did not state that ..." against "<Name> had told ... about ...";
* two winners of one contest.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles, _within

_FILL = ("The hall was closed for the day. Visitors gathered by the gate. A meeting is planned for the "
         "weekend. The weather stayed mild through the afternoon. ")


def _disputes(body: str) -> list:
    al, _, _ = build_sections(_articles("Town report\n\n" + body + " " + _FILL + "\n"))
    return _within(al)


def _quotes(c) -> str:
    return " || ".join(s.quote for s in c.sides)


def _has(got, a: str, b: str) -> bool:
    return any(a in _quotes(c) and b in _quotes(c) for c in got)


def _show(got) -> list:
    return [(_quotes(c), c.reason) for c in got]


# -- standing by an account ---------------------------------------------------------------------------

_REPORT = ("The Harlow Ledger reported on Monday that the Brenmoor council had sold the old depot to a developer "
           "below its value. ")
_TWO_REFUTERS = ('"The Ledger\'s description of the sale and of the council\'s papers is not accurate," council '
                 "spokesman Ivo Marsh said. " + _FILL
                 + '"That story is false from start to finish," developer Rena Colby told reporters. ')


def test_a_stand_by_reply_answers_the_refuter_whose_accuracy_word_it_takes_back():
    body = (_REPORT + _TWO_REFUTERS
            + "On Tuesday the Ledger's editor, Tomas Greer, insisted that the paper's report was accurate. "
            '"We stand by our reporting and the people who helped us," Greer said.')
    got = _disputes(body)
    assert _has(got, "not accurate", "We stand by our reporting"), _show(got)
    assert not _has(got, "false from start", "We stand by our reporting"), _show(got)


def test_a_stand_by_reply_with_one_refuter_answers_that_refuter():
    body = (_REPORT + '"The Ledger\'s description of the sale is not accurate," council spokesman Ivo Marsh said. '
            + _FILL + '"We stand by our reporting," the Ledger\'s editor, Tomas Greer, said.')
    got = _disputes(body)
    assert _has(got, "not accurate", "We stand by our reporting"), _show(got)


@pytest.mark.parametrize("body", [
    # two refuters and nothing in the reply's words says whose denial it takes back
    _REPORT + _TWO_REFUTERS + '"We stand by our reporting," the Ledger\'s editor, Tomas Greer, said.',
    # a stand-by of another matter with no refuter at all: two sources adding to each other
    _REPORT + "Council spokesman Ivo Marsh said the sale would be reviewed in June. " + _FILL
    + '"We stand by our reporting," the Ledger\'s editor, Tomas Greer, said.',
    # the refuter's own side standing by its statement
    _REPORT + '"The Ledger\'s description of the sale is not accurate," council spokesman Ivo Marsh said. ' + _FILL
    + '"We stand by our statement," council spokesman Ivo Marsh added.',
    # a negated stand-by
    _REPORT + '"The Ledger\'s description of the sale is not accurate," council spokesman Ivo Marsh said. ' + _FILL
    + "The Ledger's editor, Tomas Greer, said the paper does not stand by the story's headline.",
])
def test_near_misses_of_a_stand_by_reply(body):
    got = [c for c in _disputes(body) if "stands by" in c.reason]
    assert not got, _show(got)


# -- "that is false" after a denial of a named report ---------------------------------------------------

_OWNED = ("The auditor's brief note questioned an article published by the Harlow Ledger on Thursday saying that "
          "the mayor had promised the depot to a donor before the sale. ")


def test_a_false_reply_after_a_denial_of_a_named_report_answers_the_report():
    body = (_OWNED + _FILL + "City Hall and lawyers for the mayor denied the Ledger report even before the audit. "
            '"One word sums it up, and that is \'false,\'" the mayor\'s spokeswoman, Pia Lenz, told reporters.')
    got = _disputes(body)
    assert _has(got, "saying that the mayor had promised", "that is"), _show(got)


@pytest.mark.parametrize("body", [
    # the denial names no owner: "that" points at nothing named
    _OWNED + _FILL + "City Hall denied it again on Friday. "
    '"One word sums it up, and that is \'false,\'" the mayor\'s spokeswoman, Pia Lenz, told reporters.',
    # the owner answering its deniers: the reply is to the denial, not to its own report
    _OWNED + _FILL + "City Hall denied the Ledger report on Friday. "
    '"That is false," the Ledger\'s editor, Tomas Greer, said of the denial.',
    # the owner named, but its content told by others far from it ("the Ledger report led to ...
    # members who said that ...")
    "Before the audit, the Ledger report set off angry calls from council members who said that the "
    "sale could be reversed. " + _FILL + "City Hall denied the Ledger report on Friday. "
    '"One word sums it up, and that is \'false,\'" the mayor\'s spokeswoman, Pia Lenz, told reporters.',
])
def test_near_misses_of_a_false_reply(body):
    got = [c for c in _disputes(body) if "report false" in c.reason]
    assert not got, _show(got)


# -- "<Name> did not state that ..." -------------------------------------------------------------------

def test_a_denial_that_someone_said_a_thing_answers_the_account_that_he_said_it():
    body = ("The Harlow Ledger published a report on Thursday saying that Mr. Voskin had told investigators about "
            "being threatened by the mayor before the hearing. " + _FILL + _FILL
            + "One person familiar with the interviews said that Mr. Voskin did not state that the mayor had "
              "threatened him before the hearing.")
    got = _disputes(body)
    assert _has(got, "had told investigators", "did not state"), _show(got)


@pytest.mark.parametrize("body", [
    # another matter: nothing of the denied clause shared
    "The Harlow Ledger reported that Mr. Voskin had told investigators about the sale of the depot. " + _FILL
    + "One person familiar with the interviews said that Mr. Voskin did not state that the mayor had threatened him.",
    # "did not say when": no content denied
    "The Harlow Ledger reported that Mr. Voskin had told investigators he would testify about the depot. " + _FILL
    + "A court clerk said Mr. Voskin did not say when he would testify about the depot.",
    # the same side adding to itself
    "Mr. Voskin's lawyer, Ada Fenn, said Mr. Voskin had told investigators about the depot sale's price. " + _FILL
    + "Ada Fenn said Mr. Voskin did not state that the depot sale's price was fixed in advance.",
])
def test_near_misses_of_a_denial_that_someone_said_a_thing(body):
    got = [c for c in _disputes(body) if "did not say" in c.reason]
    assert not got, _show(got)


# -- two winners of one contest ------------------------------------------------------------------------

def test_two_sides_naming_two_winners_of_one_debate_dispute():
    body = ('Columnist Nils Aberg called the night "a clear win for Harlan" and called Brisco "steady." ' + _FILL
            + "Brisco's aides in the hall said Brisco clearly won on substance while Harlan lost his temper.")
    got = _disputes(body)
    assert _has(got, "win for Harlan", "Brisco clearly won"), _show(got)


@pytest.mark.parametrize("body", [
    # two contests: neither claim names the other's winner
    'Columnist Nils Aberg called the county race "a clear win for Harlan." ' + _FILL
    + "Aides in the hall said Brisco clearly won the school board seat.",
    # the same winner twice: sources who add to each other
    'Columnist Nils Aberg called the night "a clear win for Harlan" over Brisco. ' + _FILL
    + "Harlan's aides said Harlan clearly won while Brisco stumbled.",
    # a negated win
    'Columnist Nils Aberg called the night "a clear win for Harlan" over Brisco. ' + _FILL
    + "Brisco's aides would not say Brisco won against Harlan.",
])
def test_near_misses_of_two_winners(body):
    got = [c for c in _disputes(body) if " won" in c.reason]
    assert not got, _show(got)
