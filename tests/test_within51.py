"""within51 (issue 15): figures and trends disputed inside one article (digest/counterfigures.py)
and a number dispute told inside one article shown by that article's two claims
(conflict_groups.iter_conflicts). Invented articles throughout (made-up names, towns, outlets);
near misses beside each rule: two sources who merely add to each other are no conflict, a reply to
something else is none either, and an opinion about figures is no rebuttal of them.

* a source's figure against the earlier record it names ("the filings were wrong"; "the rest of the
  money in the filings was spent by ..." with the same verb);
* a figure corrected through a pronoun ("The union says it is closer to 30 weeks.");
* "the number of <things>" cut against the same number risen;
* two counts past one threshold of time ("had waited more than a year").
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.counterfigures import _threshold_counts, _trend, figures_of
from tests.test_align_disputes import _articles, _within
from tests.test_within49 import _FILL, _disputes, _has, _show

# -- a source's figure against the record it names -------------------------------------------------------

_FILED = ("Backers of a parking levy on Carrow's spring ballot have spent $2.6 million, nearly four times as much "
          "as its opponents, according to filings released on Monday by the county elections office. ")


def test_a_figure_against_the_named_record_with_the_same_verb_is_a_dispute():
    body = (_FILED + "The Carrow Streets Coalition, the group behind the levy, questioned the total. "
            "Its treasurer, Odile Marchbank, said the coalition had spent $1.4 million and that the rest of the "
            "money in the filings was spent by a separate committee. ")
    got = _disputes(body)
    assert _has(got, "$2.6 million", "$1.4 million"), _show(got)


def test_a_record_called_wrong_is_disputed_by_the_figure_beside_it_far_down():
    body = ("Pellam Holdings has put $1.2 million into the campaign against the levy, according to county "
            "elections filings. " + _FILL + _FILL +
            "Pellam's chief executive, Rufus Tandry, said in a statement that the company had given \"no more "
            "than $700,000\" to the campaign and that the filings were wrong. ")
    got = _disputes(body)
    assert _has(got, "$1.2 million", "no more"), _show(got)


@pytest.mark.parametrize("body", [
    # another verb and no record called untrue: a figure of another thing that adds to the record's
    _FILED + "Its treasurer, Odile Marchbank, said the coalition had raised $1.4 million, most of it named in the filings. ",
    # the record is told after the figure: a claim answers only what was told before it
    "Its treasurer, Odile Marchbank, said the coalition had spent $1.4 million in all. " + _FILED
    + "The filings list 40 donors. ",
    # an opinion about the filings is no rebuttal of them
    _FILED + "Its treasurer, Odile Marchbank, said the filings were confusing and that the coalition had raised "
             "$1.4 million. ",
    # the same figure
    _FILED + "Its treasurer, Odile Marchbank, said the coalition had spent $2.6 million, as the filings show. ",
    # a figure of another kind (a percent)
    _FILED + "Its treasurer, Odile Marchbank, said the filings were wrong about the 12 percent given by students. ",
])
def test_figures_that_do_not_answer_the_record_are_no_conflict(body):
    got = _disputes(body)
    assert not any("$2.6 million" in " ".join(s.quote for s in c.sides) and "Marchbank" in " ".join(
        s.quote for s in c.sides) for c in got), _show(got)


def test_figures_read_their_kind_and_the_verb_before_them():
    assert figures_of('had given "no more than $900,000" to') == [(900000.0, "$", "given")]
    assert figures_of("spent about $2.1 million and") == [(2100000.0, "$", "spent")]
    assert figures_of("is 23 weeks, the trust says") == [(23.0, "weeks", "is")]
    assert figures_of("in 2019 it rose 4 percent") == [(4.0, "percent", "rose")]


# -- a figure corrected through a pronoun ----------------------------------------------------------------

_WAIT = "The average wait for a hearing is 14 weeks, the tribunal service says. "


def test_a_figure_corrected_through_a_pronoun_is_a_dispute():
    got = _disputes(_WAIT + "The lawyers' association says it is closer to 22 weeks. " + _FILL)
    assert _has(got, "14 weeks", "closer to 22"), _show(got)


@pytest.mark.parametrize("body", [
    # a figure of another kind
    _WAIT + "The lawyers' association says it is closer to 30 percent. ",
    # the same side
    _WAIT + "The tribunal service says it is closer to 15 weeks in the north. ",
    # no correction: another figure that adds to it
    _WAIT + "The lawyers' association says appeals take 22 weeks. ",
])
def test_a_pronoun_figure_that_corrects_nothing_is_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not _has(got, "14 weeks", "association"), _show(got)


# -- the number of <things> cut / risen ------------------------------------------------------------------

def test_a_number_cut_against_the_same_number_risen_is_a_dispute():
    body = ("The council has cut the number of weekend bus services since April because of a shortage of "
            "drivers, the drivers' union said. The council says the number of weekend bus services rose by 6 "
            "percent over the same period. ")
    got = _disputes(body + _FILL)
    assert _has(got, "has cut the number", "rose by 6"), _show(got)


@pytest.mark.parametrize("body", [
    # the number of another thing
    "The council has cut the number of weekend bus services since April, the drivers' union said. The "
    "council says the number of night tram services rose by 6 percent over the same period. ",
    # both tell it cut: they add to each other
    "The council has cut the number of weekend bus services since April, the drivers' union said. The "
    "council says the number of weekend bus services fell by 6 percent because of roadworks. ",
])
def test_trends_that_do_not_clash_are_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not _has(got, "has cut the number", "council says"), _show(got)


def test_a_trend_is_read_by_the_verb_around_the_number():
    assert _trend("They cut the number of night buses in May.") == {"night buses": -1}
    assert _trend("the number of night buses rose by 4 percent") == {"night buses": 1}
    assert _trend("the number of night buses is 40") == {}


# -- two counts past one threshold of time ---------------------------------------------------------------

_OVER = "The tenants' union said 840 of them had waited more than a year. "


def test_two_counts_past_one_threshold_are_a_dispute():
    got = _disputes(_OVER + "According to the housing office's own figures, 190 tenants have waited more than a "
                            "year for repairs. " + _FILL)
    assert _has(got, "840 of them", "190 tenants"), _show(got)


@pytest.mark.parametrize("body", [
    # another threshold: a subset, no other version
    _OVER + "According to the housing office's own figures, 190 tenants have waited more than two years for repairs. ",
    # another act
    _OVER + "According to the housing office's own figures, 190 tenants have complained more than a year after moving. ",
])
def test_counts_past_other_thresholds_are_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not _has(got, "840 of them", "190 tenants"), _show(got)


def test_a_threshold_count_reads_the_act_and_the_length():
    assert _threshold_counts("She said 1,000 of them had waited more than a year.") == {(1000.0, "waited", "a year")}
    assert _threshold_counts("200 people have waited for a year.") == set()


# -- a number dispute inside one article shown by its own claims -----------------------------------------

def test_a_number_dispute_inside_one_article_is_shown_by_that_articles_claims():
    one = ("Ward report\n\nNearly 5,300 people are waiting for a council flat in Tollbridge, the Tenants' League "
           "said on Friday. The Tollbridge Housing Board, which runs the estates, says 3,100 people are on its "
           "waiting list. " + _FILL + "\n")
    two = ("Housing digest\n\nThe Tollbridge Housing Board says 3,100 people are waiting for a council flat. "
           "The board's list is published each month. " + _FILL + "\n")
    al, _, _ = build_sections(_articles(one, two))
    rows = [c for c in al.conflicts if c.kind == "numbers" and {"5,300", "3,100"} <= {
        w.strip(",.") for s in c.sides for w in s.quote.split()}]
    assert rows, [c.reason for c in al.conflicts]
    assert any(len({s.ref.article for s in c.sides}) == 1 for c in rows), [
        (c.reason, [s.ref.article for s in c.sides]) for c in rows]
