"""digest59 (issue 15): a seventeenth blind set of invented three-outlet stories (evals/digest_gold_blind59: a football
club's unpaid taxes, told also by a law report of the hearing; a speed-limit study, told also by a fact-check; a
painting sold at auction said to be a forgery, told also by a dated timeline), and what its score and digest58's Left
showed. Invented sentences throughout (other names, places and numbers than the set's texts); a near miss beside each
rule.

* the digest's opening on an undated story says the years it names are not the story's dates (build._span);
* a bound ("about") before another number is not a counted phrase's that opens on its own number
  (rowcontext.bound_of: "about 4,200 at the 6,500-capacity ground");
* money "in the <noun>" is where the money is, not what it counts (quantity: "$5.7 billion in the federal budget");
* a four-word dated statement ("<Name> died in 1889.") is a claim (part_shapes.short_count);
* "Asked (by <X>) whether <clause>, <speaker> said: "Not yet ..."" is told with its clause
  (question_folds.asked_whether).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from summarizer.digest.build import sections_summary
from summarizer.digest.rowcontext import bound_of
from summarizer.digest.schema import ClaimRef, TimelineEntry
from summarizer.part_shapes import short_count
from summarizer.picks import is_claim_text
from summarizer.quantity import quantities
from summarizer.question_folds import asked_whether
from tests.test_digest57 import _claims  # one reading of a claim list

ROOT = Path(__file__).resolve().parents[1]


# -- the blind set's gold -------------------------------------------------------------------------------------

def test_blind59_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind59", ROOT / "evals" / "tools" / "make_digest_gold_blind59.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["agreements"]) for g in mod.LABELS.values()) == 24
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 15


# -- the opening's dates ---------------------------------------------------------------------------------------

class _Art:
    def __init__(self, published=None):
        self.published = published


def _dated(*dates):
    return [TimelineEntry(date=d, text="", attributed_to="", ref=ClaimRef(article="", claim=""), quote="") for d in dates]


def test_undated_story_names_its_years_as_background():
    text, _ = sections_summary([_Art(), _Art(), _Art()], [], [], [], _dated("2003", "2011-05", "2014"))
    assert text.startswith("3 articles, none of them dated; the years they name run from 2003 to 2014.")
    assert "with dated events" not in text


def test_undated_story_with_one_year():
    text, _ = sections_summary([_Art(), _Art()], [], [], [], _dated("2008", "2008-03"))
    assert text.startswith("2 articles, none of them dated; the one year they name is 2008.")


@pytest.mark.parametrize("arts, dates, opening", [
    ([_Art("2019-02-15"), _Art()], ("2003", "2014"), "2 articles, with dated events from 2003 to 2014."),  # one article dated
    ([_Art(), _Art()], ("2003", "2019-02-15"), "2 articles, with dated events from 2003 to 2019-02-15."),  # a day is dated
    ([_Art(), _Art()], ("2019-02-15", "2019-02-15"), "2 articles, with dated events in 2019-02-15."),
])
def test_dated_story_keeps_its_span(arts, dates, opening):
    assert sections_summary(arts, [], [], [], _dated(*dates))[0].startswith(opening)


def test_no_dates_no_span():
    assert sections_summary([_Art(), _Art()], [], [], [], [])[0].startswith("2 articles.")


# -- a bound belongs to its own number -------------------------------------------------------------------------

@pytest.mark.parametrize("text, counted, bound", [
    ("The trust says average crowds are about 3,100 at the 8,000-capacity stadium.", "8,000-capacity stadium", None),
    ("Officials said more than 200 came to the 1,200-seat hall.", "1,200-seat hall", None),
    ("The firm built an estimated 6,000-seat arena.", "6,000-seat arena", "an estimated"),  # right before its number
    ("Officials said about 1,500 homes were flooded.", "homes", "about"),  # a counted noun after the number
    ("The Post interviewed more than 30 people.", "people", "more than"),
])
def test_bound_of_its_own_number(text, counted, bound):
    assert bound_of(text, counted) == bound


# -- money in a place ----------------------------------------------------------------------------------------------

def _counted(text):
    return [q["counted"] for q in quantities(text)]


def test_money_in_the_budget_is_not_what_it_counts():
    counted = _counted("The governor said she would not accept less than $3.4 billion in the state budget for the canal.")
    assert "state budget" not in counted and counted == ["$3.4 billion"]


@pytest.mark.parametrize("text, counted", [
    ("The agency spent $84,000 in taxpayer funds on the event.", "taxpayer funds"),  # no determiner: what it is
    ("The club paid $2 million worth of bonds to the bank.", "bonds"),
])
def test_money_in_a_kind_keeps_its_noun(text, counted):
    assert counted in _counted(text)


# -- a four-word dated statement ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("Varnholt died in 1889.", True),
    ("Tessaly opened in 1962.", True),
    ("He died in 1889.", False),  # a pronoun
    ("Shares fell in 2019.", False),  # no -ed
    ("Varnholt died in March.", False),  # no year
    ("Founded in 1887.", False),  # three words
])
def test_four_word_dated_statement(sentence, kept):
    assert short_count(sentence) is kept
    assert is_claim_text(sentence) is kept


def test_four_word_dated_statement_becomes_a_claim():
    text = "Painter's work in dispute\n\nA gallery in Hollam said on Monday that a harbour scene was a copy.\n\nVarnholt died in 1889. About 90 of his paintings are known.\n"
    assert "Varnholt died in 1889." in [t for _, t in _claims(text)]


# -- "Asked whether ..., he said: "Not yet."" -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, told", [
    ('Asked by the judge whether a contract had been signed, he said: "Not yet, my lady."',
     "A contract had not yet been signed, he said."),
    ('Asked whether the mill would close, Ms Ferra Quill replied: "No. It will stay open."',
     "The mill would not close, Ms Ferra Quill replied."),
    ('Asked whether the fund was empty, the treasurer said: "Yes, since May."', "The fund was empty, the treasurer said."),
])
def test_asked_whether_told_with_its_clause(sentence, told):
    assert asked_whether(sentence) == told


@pytest.mark.parametrize("sentence", [
    'Asked about the contract, he said: "Not yet."',  # no whether-clause
    'Asked whether it was over, he said: "We will see."',  # no reply word
    'Asked whether the club paid the tax, he said: "No."',  # no auxiliary to negate
    'Asked whether they had signed, he said: "No."',  # a pronoun subject of its own
])
def test_other_asked_sentences_are_left(sentence):
    assert asked_whether(sentence) is None


def test_asked_whether_becomes_a_claim():
    text = ("IN THE COUNTY COURT: Harl v Mossby Ltd\n\nMr Dane Orrel, for the company, said talks with a buyer were under way. "
            'Asked by the judge whether a contract had been signed, he said: "Not yet, my lady. Heads of terms have been agreed."\n')
    claims = _claims(text)
    assert ("Mr Dane Orrel", "A contract had not yet been signed, he said.") in claims
