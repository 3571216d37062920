"""within49 (issue 15): figures and accounts disputed inside one article (digest/figureclash.py,
denials.denies). Invented articles throughout (made-up names, towns, outlets); near misses beside
each rule: two sources who merely add to each other are no conflict, a reply to something else is
none either, and an opinion about figures is no rebuttal of them.

* a record shown against a source ("payroll records ... show that <n2> officers joined");
* a percent and a month a record shows against a source's;
* a corrected figure ("the figure is closer to <n2>", "the real number of <noun> was <n2>");
* "denied that it had approved the plan" against "said the <body> had approved the plan";
* a rebuttal naming its account's owner by a description ("disputed the company's account");
* "called the figures misleading": no rebuttal.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.figureclash import figures_opinion
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


# -- a record shows another figure -----------------------------------------------------------------------

_HIRED = "Dunmere Mayor Olan Pryce said on Friday that the town had hired 60 new firefighters last year. "


def test_a_record_showing_another_count_of_the_same_noun_disputes_the_source():
    body = (_HIRED + "Staffing records, obtained by the Dunmere Echo, show that 35 firefighters joined the service "
            "last year. " + _FILL)
    got = _disputes(body)
    assert _has(got, "60 new firefighters", "35 firefighters"), _show(got)


def test_a_record_showing_another_percent_of_the_same_thing_disputes_the_source():
    body = ("Dunmere Mayor Olan Pryce said on Friday that house fires in the town fell 30 percent last year. "
            "The fire service's annual report, published in March, shows house fires down 9 percent. " + _FILL)
    got = _disputes(body)
    assert _has(got, "30 percent", "9 percent"), _show(got)


def test_a_record_showing_another_month_of_the_same_event_disputes_the_source():
    body = ("Brask Appliances says the first complaint about a loose handle reached it in October. "
            "A safety filing the firm made with the Trading Standards Office shows that the first such complaint "
            "was received in April. " + _FILL)
    got = _disputes(body)
    assert _has(got, "in October", "in April"), _show(got)


@pytest.mark.parametrize("body", [
    # the record shows the same count: the two add to each other
    _HIRED + "Staffing records, obtained by the Dunmere Echo, show that 60 firefighters joined the service. ",
    # another counted noun
    _HIRED + "Staffing records, obtained by the Dunmere Echo, show that 35 engines were bought last year. ",
    # another act on the same noun: firefighters who retired are not the ones hired
    _HIRED + "Staffing records, obtained by the Dunmere Echo, show that 35 firefighters retired last year. ",
    # another event's month: nothing of the record's clause shared
    "Brask Appliances says the first complaint about a loose handle reached it in October. "
    "A safety filing the firm made with the Trading Standards Office shows that the recall began in April. ",
    # a source citing a record for its own figure, and another source adding a later one
    "Councillor Mae Ruddick said the depot cost 4 million pounds to build. "
    "She said records show that it opened in May, and the site manager said it opened in June. ",
])
def test_near_misses_of_a_record_shown_against_a_source(body):
    got = [c for c in _disputes(body + _FILL) if "a record shows" in c.reason]
    assert not got, _show(got)


# -- a corrected figure -------------------------------------------------------------------------------

def test_a_figure_said_to_be_closer_to_another_disputes_the_count_just_told():
    body = ("The Dunmere Water Board says it repaired an average of 12 leaks a week last winter. "
            "The Dunmere Tenants' Association says the figure is closer to 30, because the board leaves out "
            "leaks in private pipes. " + _FILL)
    got = _disputes(body)
    assert _has(got, "12 leaks", "closer to 30"), _show(got)


def test_the_real_number_of_a_named_noun_disputes_an_earlier_count_of_it():
    body = ("Halvern College said on Monday it would cut 90 jobs over the next year to close a budget gap. "
            + _FILL + "The Halvern branch of the Lecturers' Guild said the real number of jobs at risk was 150, "
            "because the college would also end 60 short contracts. ")
    got = _disputes(body)
    assert _has(got, "90 jobs", "real number of jobs"), _show(got)


@pytest.mark.parametrize("body", [
    # the same figure: agreement, not a correction
    "The Dunmere Water Board says it repaired an average of 12 leaks a week last winter. "
    "The Dunmere Tenants' Association says the figure is closer to 12 than most people think. ",
    # "the figure is 30" with no correcting word is a plain count of something else
    "The Dunmere Water Board says it repaired an average of 12 leaks a week last winter. "
    "The Dunmere Tenants' Association says the figure is 30 for the whole year. ",
    # the real number of another noun
    "Halvern College said on Monday it would cut 90 jobs over the next year. "
    "The Lecturers' Guild said the real number of courses at risk was 15. ",
])
def test_near_misses_of_a_corrected_figure(body):
    got = [c for c in _disputes(body + _FILL) if "numbers" in str(c.kind) or any(ch.isdigit() for ch in c.reason)]
    got = [c for c in got if "closer" in _quotes(c) or "real number" in _quotes(c) or "the figure is" in _quotes(c)]
    assert not got, _show(got)


# -- a denial whose pronoun subject is the denier --------------------------------------------------------

def test_a_denial_that_it_had_approved_answers_the_account_that_it_approved():
    body = ("The Orlen Valley Water Trust said the pumping station would close at night. "
            "It said the regional ministry had approved the plan in March. " + _FILL
            + "The ministry denied on Monday that it had approved the closure, saying it had heard of the plan "
              "only this week.")
    got = _disputes(body)
    assert _has(got, "had approved the plan", "denied on Monday"), _show(got)


def test_a_denial_of_another_act_by_the_denier_is_no_dispute():
    body = ("The Orlen Valley Water Trust said the pumping station would close at night. "
            "It said the regional ministry had approved the plan in March. " + _FILL
            + "The ministry denied on Monday that it had cut the trust's budget, saying spending had risen.")
    got = _disputes(body)
    assert not _has(got, "had approved the plan", "denied on Monday"), _show(got)


# -- a rebuttal naming its owner by a description ----------------------------------------------------------

_COMPANY = ("The Regional Safety Board has received 14 reports of burns from Vellan kettles, the board said. "
            "Vellan said every burn it knew of had happened when a user opened the lid before the water cooled. "
            "Vellan chief executive Oda Brun apologised in a video on the company's website. "
            "Tamsin Rue, 41, of Holbeck, said the lid of her kettle sprang open while she was pouring tea. ")


def test_a_rebuttal_of_the_companys_account_answers_the_company_not_the_claim_before_it():
    body = (_COMPANY + "Ines Marlow, a lawyer for nine people who were burned, disputed the company's account, "
            "saying her clients' kettles had opened with nobody touching the lid.")
    got = _disputes(body)
    assert _has(got, "opened the lid before", "disputed the company"), _show(got)
    assert not _has(got, "sprang open", "disputed the company"), _show(got)


def test_a_rebuttal_of_the_boards_account_is_not_given_to_the_company():
    body = (_COMPANY + "Ines Marlow, a lawyer for nine people who were burned, disputed the board's account, "
            "saying her clients had filed more reports of burns than that.")
    got = _disputes(body)
    assert not _has(got, "opened the lid before", "disputed the board"), _show(got)


# -- an opinion about figures -------------------------------------------------------------------------------

def test_an_opinion_about_figures_is_no_rebuttal_of_the_quote_before_it():
    body = ("Lecturer Ansel Dorn, a statistician at Holbeck College, said one year of data was too short to judge. "
            '"Fire numbers in a town this size swing about from year to year," he said. '
            "Councillor Pia Hald, who is standing against the mayor in May, called the figures misleading.")
    got = _disputes(body)
    assert not _has(got, "swing about", "called the figures"), _show(got)


@pytest.mark.parametrize("text, noun, opinion", [
    ("Councillor Pia Hald called the figures misleading.", "figure", True),
    ("Councillor Pia Hald called the numbers a campaign stunt.", "number", True),
    ("Councillor Pia Hald called the figures false.", "figure", False),
    ("Councillor Pia Hald said the figures were simply wrong.", "figure", False),
    ("Councillor Pia Hald called the report misleading.", "report", False),
])
def test_figures_opinion(text, noun, opinion):
    assert figures_opinion(text, noun) is opinion


def test_a_subject_said_to_be_closer_to_another_figure_disputes_the_earlier_count():
    body = ("Principal Ada Vosk said the Halvern school board faced a $4.2 million deficit next year because "
            "enrolment had fallen. " + _FILL + "The Halvern Teachers Guild said the deficit was closer to "
            "$2 million, because the board had left out grants it expects in the spring.")
    got = _disputes(body)
    assert _has(got, "$4.2 million deficit", "closer to"), _show(got)


@pytest.mark.parametrize("body", [
    # the subject noun is not the earlier count's: a correction of something never told
    "Principal Ada Vosk said the Halvern school board faced a $4.2 million deficit next year. " + _FILL
    + "The Halvern Teachers Guild said the wait was closer to 3 months for new staff.",
    # "the deficit was $2 million" with no correcting word: a count, for the cross-source rules
    "Principal Ada Vosk said the Halvern school board faced a $4.2 million deficit next year. " + _FILL
    + "The Halvern Teachers Guild said the deficit was $2 million two years ago.",
])
def test_near_misses_of_a_subject_closer_to(body):
    got = [c for c in _disputes(body) if "closer" in _quotes(c) or "deficit was" in _quotes(c)]
    assert not got, _show(got)


# -- a denial of one's own act in a gerund ---------------------------------------------------------------

_HACK = ("Rulow Mutual, a regional insurer, said on Monday that hackers had copied the records of 40,000 members. "
         "A group calling itself Blue Moth claimed the attack on its website and said Rulow had paid it to "
         "destroy the copies. ")


def test_a_gerund_denial_answers_the_account_of_that_act():
    got = _disputes(_HACK + _FILL + "Rulow Mutual denied paying any ransom.")
    assert _has(got, "had paid it", "denied paying"), _show(got)


@pytest.mark.parametrize("body", [
    # the act told of the denier has another object: its staff, not the group
    "A union leader said Rulow had paid its staff late in March. " + _FILL + "Rulow Mutual denied paying any ransom.",
    # another act of the denier
    _HACK.replace("had paid it to destroy", "had asked it to destroy") + _FILL + "Rulow Mutual denied paying any ransom.",
    # the denier's own side telling the act
    "Rulow Mutual said on Monday that Rulow had paid it back. " + _FILL + "Rulow Mutual denied paying any ransom.",
])
def test_near_misses_of_a_gerund_denial(body):
    got = [c for c in _disputes(body) if "denies paying" in c.reason]
    assert not got, _show(got)
