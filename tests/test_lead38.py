"""Shapes the lead met reading a whole digest of a three-outlet story (session 38, issues 12 and 15): a
quoted label after a described subject ("<Name>, 54, called the plan “flawed”", "The governor, <Name>,
called ...", "<Name>, R-<State>., head of <body>, called ...") shown as the outlet's own words or given to
the party designation; a claim cut before a colon's quotation ending in a dangling "... and said."; a
model headline whose quotation is opened and never closed. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.marks import closed_line
from summarizer.part_sentences import as_sentence
from tests.reading import code, who

INTRO = "Harbor deal under fire\n\nThe harbor deal drew new criticism on Friday.\n\n"


@pytest.mark.parametrize("sentence, source", [
    ("Dana Whitlow, 54, called the contract “deeply troubling.”", "Dana Whitlow"),
    ("The governor, Dana Whitlow, called the contract “deeply troubling.”", "Dana Whitlow"),
    ("Its director, Paul Emsley, called the contract “a disgrace.”", "Paul Emsley"),
    ("The governor, Dana Whitlow, slammed the contract as “deeply troubling.”", "Dana Whitlow"),
    ("Dana Whitlow, R-Colo., head of the campaign arm, called the contract “deeply troubling.”", "Dana Whitlow"),
    ("Sen. Dana Whitlow, R-Colo., head of the Senate campaign arm, called the contract “deeply troubling” and said: "
     "“If these figures are found to be true, the deal must be cancelled.”", "Sen. Dana Whitlow"),
    ("Dana Whitlow, the governor, called the contract “deeply troubling” and said: “If true, the deal must end.”",
     "Dana Whitlow"),
    ("The governor, Dana Whitlow, called the contract “deeply troubling” and said the deal must end.", "Dana Whitlow"),
])
def test_a_quoted_label_after_a_described_subject_is_the_subjects(sentence, source):
    assert who(INTRO + sentence, sentence) == source


@pytest.mark.parametrize("sentence", [
    "Jess Roe, the chairwoman, called the police to the scene.",  # no quoted label: an act (test_read8b)
    "The chairwoman, Jess Roe, called the police to the scene.",
    "Jess Roe, 52, called the police after the crash.",
])
def test_calling_someone_without_a_quoted_label_stays_an_act(sentence):
    assert who(INTRO + sentence, sentence) is None


def test_the_party_designation_is_never_the_source():
    sentence = "Dana Whitlow, R-Colo., head of the campaign arm, called the contract “deeply troubling.”"
    assert who(INTRO + sentence, sentence) != "R-Colo."


@pytest.mark.parametrize("part, claim", [
    ('Councillor Dana Whitlow, head of the finance committee, called the contract "deeply flawed" and said:',
     'Councillor Dana Whitlow, head of the finance committee, called the contract "deeply flawed."'),
    ("The union called the offer “an insult” and told reporters:", "The union called the offer “an insult.”"),
    ("The judge rejected the request, saying:", "The judge rejected the request."),
])
def test_a_part_before_a_colon_quotation_drops_its_dangling_verb_of_saying(part, claim):
    assert as_sentence(part) == claim


@pytest.mark.parametrize("part", [
    "The board met and said:",  # too short to stand without its verb
    "The mayor said:",
    "The mayor said the plan was sound and that the city would pay.",  # no colon: the verb is the claim's
])
def test_near_misses_keep_their_verb(part):
    assert as_sentence(part).rstrip(".").endswith(part.rstrip(":.").split()[-1])


def test_the_claim_before_a_colon_quotation_reads_whole():
    text = INTRO + ('Councillor Dana Whitlow, head of the finance committee, called the contract "deeply flawed" and said: '
                    '"If these figures are confirmed, the deal must be cancelled."\n')
    claims = code(text).claims
    first = next(c for c in claims if "deeply flawed" in c.text)
    assert not first.text.rstrip(".").endswith("said")
    assert first.attributed_to == "Councillor Dana Whitlow"


@pytest.mark.parametrize("line, shown", [
    ("Mayors Defend Jane Roe: 'It Was 40 Years Ago", "Mayors Defend Jane Roe: 'It Was 40 Years Ago'"),
    ("Mayor: ‘We will rebuild", "Mayor: ‘We will rebuild’"),
    ("Mayor: “We will rebuild", "Mayor: “We will rebuild”"),
])
def test_a_headline_quotation_left_open_is_closed(line, shown):
    assert closed_line(line) == shown


@pytest.mark.parametrize("line", [
    "Roe will 'step aside' if true",
    "Voters' anger grows",
    "Rock 'n' roll is back",
    "The '90s return",
    "Roe's 'deep state' claim",
    "'Shock' as plant shuts",
    "Mayor says “we will rebuild” after flood",
])
def test_a_headline_whose_marks_pair_is_unchanged(line):
    assert closed_line(line) == line


@pytest.mark.parametrize("text, counted, bound", [
    ("The council interviewed more than 30 people for its report.", "people", "more than"),
    ("The mayor dismissed complaints from more than a dozen tenants.", "tenants", "more than"),
    ("The blast killed at least four and injured about 30 people.", "people", "about"),
    ("Nearly 12,000 homes lost power.", "homes", "nearly"),
    ("Some 2,000 flood-hit homes were empty.", "flood-hit homes", "some"),
    ("After more than two years of investigation, the office acted.", "investigation", "more than"),
    ("The army controlled around 1,000 square km of the valley.", "the valley", "around"),
])
def test_a_quantity_row_keeps_the_bound_its_claim_gives(text, counted, bound):
    from summarizer.digest.rowcontext import bound_of
    assert bound_of(text, counted) == bound


@pytest.mark.parametrize("text, counted", [
    ("The firm cut 300 jobs.", "jobs"),
    ("She served on the board for 40 years.", "40 years"),
    ("About the plan, the mayor said 30 people had written.", "people"),  # "about" is no bound of 30 here
])
def test_an_exact_count_has_no_bound(text, counted):
    from summarizer.digest.rowcontext import bound_of
    assert bound_of(text, counted) is None


def test_the_digest_row_carries_the_bound():
    from types import SimpleNamespace
    from summarizer.digest.tables import quantity_rows
    text = INTRO + "The council interviewed more than 30 people for its report.\n"
    rows = [r for _, r in quantity_rows([(SimpleNamespace(id="a1"), c) for c in code(text).claims])]
    row = next(r for r in rows if r.counted == "people")
    assert row.bound == "more than" and row.value == 30


@pytest.mark.parametrize("text, counted", [
    ("Party officials defended their nominee, Jane Roe, after a report that she had misled four donors.", "donors"),
    ("The mayor resigned amid claims that 12 contracts were rigged.", "contracts"),
    ("The club stood by its coach despite allegations that he struck two players.", "players"),
])
def test_a_number_in_a_background_report_is_not_the_sources(text, counted):
    from summarizer.digest.rowcontext import in_background_report
    assert in_background_report(text, counted, "Someone")


@pytest.mark.parametrize("text, counted", [
    ("The ministry confirmed reports that 30 soldiers died.", "soldiers"),  # the source's own verb takes the report
    ("After the vote, the mayor said 30 people had written.", "people"),
    ("The union reported that 400 workers walked out.", "workers"),
])
def test_a_number_the_source_tells_stays_the_sources(text, counted):
    from summarizer.digest.rowcontext import in_background_report
    assert not in_background_report(text, counted, "Someone")


@pytest.mark.parametrize("sentence, subject", [
    ("The Audit Office opened an inquiry into Jo Roe last year on allegations that she filed false expense "
     "claims and accepted improper gifts during her first council race.", "The Audit Office"),
    ("The league opened an inquiry after reports that the club paid agents and accepted illegal loans.", "The league"),
])
def test_a_second_verb_of_an_allegation_is_never_the_main_subjects_claim(sentence, subject):
    claims = code(INTRO + sentence + "\n").claims
    assert not any(c.text.startswith(subject + " accepted") for c in claims)


@pytest.mark.parametrize("sentence, second", [
    ("Rebels shelled the airport and said they had taken the district.", "Rebels said they had taken the district."),
    ("The union accepted the offer and said the strike was over.", "The union said the strike was over."),
])
def test_an_act_and_a_speech_act_of_one_subject_still_split(sentence, second):
    assert second in [c.text for c in code(INTRO + sentence + "\n").claims]


def test_an_innocence_dispute_is_titled_by_the_persons_name_as_written():
    from summarizer.digest.innocence import _person_as_written, claims_innocence
    from tests.test_conf9 import _feats
    [f] = _feats("A lawyer for Mr. Vane, Nora Pike of Hollis Brandt, said that Mr. Vane “asserts his innocence” "
                 "and that the inquiry was “a vendetta.”")
    person = claims_innocence(f)
    assert _person_as_written(f, person) == "Vane"


@pytest.mark.parametrize("text, when", [
    ("The case against Mr. Vane, 44, a councillor who first won his seat in 2010 and chairs the roads board, "
     "was expected to cover fraud, two of the people said.", None),  # a year of the man's description, after his age
    ("Jane Roe, 61, a teacher since 1990, retired on Friday.", "on Friday"),
    ("The crash killed 44, a toll the city last saw in 2010.", "in 2010"),  # no name before the number: no age
    ("A man who was shot in 2022 has died, his lawyers said on Thursday.", "on Thursday"),
])
def test_a_year_in_a_description_after_an_age_is_not_the_claims_time(text, when):
    from summarizer.dates import find_phrase
    assert find_phrase(text) == when


@pytest.mark.parametrize("text, counted, source, expected", [
    ("The charges were expected to include fraud, two of the people said.", "people", "two of the people", True),
    ("Three officials said 40 people were hurt.", "people", "Three officials", False),
    ("Two of the people said 40 people were hurt.", "people", "Two of the people", False),  # one mention is the story's
])
def test_a_count_of_the_claims_own_source_is_no_row(text, counted, source, expected):
    from summarizer.digest.rowcontext import counts_its_source
    assert counts_its_source(text, counted, source) is expected


def test_a_role_in_an_unquoted_apposition_is_the_outlets_and_a_quoted_one_the_speakers():
    from summarizer.digest.versions import roles_of
    [r] = roles_of("She told the paper that Vane, then an assistant district attorney, had met her at a fair.")
    assert not r.quoted
    [q] = roles_of("“I knew Vane, then an assistant district attorney, very well,” she said.")
    assert q.quoted


@pytest.mark.parametrize("sentence, counted", [
    ("Two senators didn’t vote at all.", "senators"),  # a curly apostrophe: the same contraction as "didn't"
    ("Three officers weren’t hurt in the crash.", "officers"),
    ("The city’s 40 buses run daily.", "buses"),  # a present verb and its adverb after a plural noun
])
def test_the_counted_phrase_stops_before_the_verb(sentence, counted):
    claims = code(INTRO + sentence + "\n").claims
    assert counted in [q.counted for c in claims for q in c.quantities]


@pytest.mark.parametrize("sentence, counted", [
    ("Some 40 farm workers earn poorly paid wages.", "farm workers"),
    ("The firm sold 40 trucks last year.", "trucks"),
    ("Officials counted 300 homes damaged badly.", "homes"),
])
def test_near_misses_keep_their_counted_phrase(sentence, counted):
    claims = code(INTRO + sentence + "\n").claims
    assert counted in [q.counted for c in claims for q in c.quantities]


@pytest.mark.parametrize("sentence, certainty", [
    ("The council ensured the plan will become law after voting 8-1 on Wednesday.", "stated"),
    ("The vote guaranteed the plant would stay open.", "stated"),
    ("The council ensured the plant would not close.", "negated"),  # the negation still counts
    ("The council said the plan will become law.", "speculative"),  # a forecast of a source
    ("The mayor assured residents the plant will stay open.", "speculative"),  # a speech act: the speaker's forecast
])
def test_a_result_a_past_verb_secured_is_no_forecast(sentence, certainty):
    from summarizer.attribution import analyze, certainty_for
    text = INTRO + sentence
    start = text.index(sentence)
    assert certainty_for(text, start, start + len(sentence), analyze(text)) == certainty


@pytest.mark.parametrize("a, b, conflict", [
    ("The company's first store opened in 1987.", "The company's second store opened in 1991.", False),  # two stores
    ("The new bridge opened in 2004.", "The old bridge opened in 1931.", False),
    ("The company's first store opened in 1987.", "The company's first store opened in 1991.", True),  # one store, two years
])
def test_a_one_time_act_of_two_things_of_a_kind_is_no_conflict(a, b, conflict):
    from tests.test_digest47 import _conflicts
    got = [c for c in _conflicts(a, b) if " in 19" in c.reason and ";" in c.reason]
    assert bool(got) is conflict


def test_a_count_of_speakers_that_is_the_storys_figure_stays_a_row():
    from summarizer.digest.rowcontext import counts_its_source
    assert not counts_its_source("More than 1,000 workers said they would strike.", "workers", "More than 1,000 workers")
