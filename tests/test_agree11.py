"""The digest's agreements on small clusters outside the dev data, and the near-misses that are
NOT agreements (issue 15, session 10, agree11): twelve clusters of two short articles, one per
domain (a special election, a bribery indictment, a coach's apology, a nurses' strike, a merger,
a health study, road works, a football match, a burglary, a wildfire, a data breach, a ferry
cut), written for these tests (tests/fixtures/agree11/; what an analyst expects was listed before
the code was run).

The near-misses are the faults the lead saw in BASIL stories (session 9): claims joined by a
shared date and one common noun ("the March 12 special election" in two sentences about other
things), by a shared figure or measure inside different propositions (a lawyer's "rushed to
indict ... after a two-year investigation" with the indictment; "shares rose 4 percent" /
"revenue rose 4 percent"), and two quoted lines of one statement shown as one agreement.

AGREE: two claims stating one proposition; they must be in one agreement. APART: same story,
other propositions; never in one agreement. A case marked `missed` is still missed (strict
xfail: it fails loudly once found).

Fast: the code path's claims (no model, no server), one digest per cluster.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.digest.build import build_sections, dedupe, to_digest_article
from summarizer.eval.suites.common import systems_for
from summarizer.load import load_article
from summarizer.settings import Settings
from tests.test_agree10 import agreements_in

HERE = Path(__file__).resolve().parent / "fixtures" / "agree11"


def _agreements(cluster: str) -> tuple[tuple[str, ...], ...]:
    """The cluster's agreements, each as the texts of its claims."""
    return agreements_in(HERE, cluster)


def _one_agreement(cluster: str, w1: str, w2: str) -> bool:
    return any(any(w1 in t for t in g) and any(w2 in t for t in g) for g in _agreements(cluster))


def missed(*case, reason="still missed"):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


AGREE = [
    ('m01_special', 'won the Democratic nomination with 54 percent', 'captured 54 percent of the vote'),
    ('m01_special', 'appointed ambassador to Chile', 'named ambassador to Chile'),
    missed('m01_special', 'has put $2 million of her own money', 'has spent $2 million of her own fortune',
           reason="the shared figure has no rare word near it in both ('money' / 'fortune'; the name is in three claims)"),
    ('m02_charges', 'indicted city council member Ray Dunlap on 14 counts', 'was charged on Tuesday with 14 counts'),
    ('m02_charges', 'accused of taking $85,000', 'accepted $85,000 from developers'),
    missed('m02_charges', 'followed a two-year investigation by the FBI', 'spent two years building the case',
           reason="the measure is said of other words ('investigation' / 'building the case'); a name is no word it is said of"),
    ('m02_charges', 'Dunlap would plead not guilty', 'he would plead not guilty'),
    ('m03_apology', 'Brandt said in a statement', 'Brandt wrote: "I was wrong'),
    ('m03_apology', 'I have reached out to the league to make this right," she added',
     'She went on: "I have reached out'),
    ('m03_apology', 'fined Brandt $10,000 on Thursday', 'had fined Brandt $10,000 a day earlier'),
    ('m04_strike', 'About 2,000 nurses walked off the job', 'Roughly 2,000 nurses went on strike'),
    missed('m04_strike', 'no surgeries would be canceled', 'no operations would be called off',
           reason="a phrase in other words ('canceled' / 'called off', 'surgeries' / 'operations'): needs meaning"),
    missed('m04_strike', 'said nurses were exhausted', 'her members were worn out',
           reason="a phrase in other words ('exhausted' / 'worn out'): needs meaning"),
    missed('m04_strike', 'hired replacement nurses', 'brought in temporary nurses',
           reason="a phrase in other words ('hired replacement' / 'brought in temporary'): needs meaning"),
    ('m05_merger', 'to buy Pinecrest Dairy for $1.2 billion', 'will pay $1.2 billion in cash for Pinecrest'),
    missed('m05_merger', 'expected to close by the end of the year', 'completed by the end of the year',
           reason="'close' (a deal) has another common sense (to shut): no synonym for agreements (lang.WORD_SENSES)"),
    ('m05_merger', 'employs about 1,800 people', 'has about 1,800 workers'),
    ('m05_merger', 'largest dairy supplier in New England', 'biggest dairy supplier in New England'),
    ('m06_study', '25 percent less likely to develop dementia', '25 percent lower risk of dementia'),
    ('m06_study', 'followed 12,000 adults for ten years', 'tracked 12,000 adults over a decade'),
    # both negated, the proposition's words in the same order (digest31, phrased.py; a strict xfail before)
    ('m06_study', 'showed an association, not proof', 'did not prove that walking prevents dementia'),
    ('m07_roadwork', 'from June 3 until June 28', 'from June 3 to June 28'),
    ('m07_roadwork', 'will cost $1.6 million', 'would cost $1.6 million'),
    ('m07_roadwork', 'Shops on Main Street will stay open', 'Businesses along Main Street will remain open'),
    ('m08_match', 'beat the Rams 3-1 on Saturday', 'won 3-1 against the Rams on Saturday'),
    ('m08_match', 'scored twice in the second half', 'scored two second-half goals'),
    missed('m08_match', 'was sent off in the 70th minute', 'was ejected after he argued with the referee',
           reason="a phrasal verb ('sent off' / 'ejected') is read word by word"),
    ('m09_burglary', 'arrested a 34-year-old man on Sunday', 'was taken into custody on Sunday'),
    ('m09_burglary', 'worth about $40,000', 'valued at roughly $40,000'),
    ('m09_burglary', 'released on $5,000 bail on Monday', 'set bail at $5,000'),
    ('m10_wildfire', 'has burned 12,000 acres', 'scorched about 12,000 acres'),
    missed('m10_wildfire', 'About 3,000 residents were ordered to leave', 'Some 3,000 people have been evacuated',
           reason="a phrase in other words ('ordered to leave' / 'evacuated'): needs meaning"),
    ('m10_wildfire', '20 percent contained', 'contained 20 percent of the fire'),
    ('m10_wildfire', 'started by a downed power line', 'a fallen power line sparked the fire'),
    ('m11_breach', 'account numbers of 4 million customers', 'personal data of 4 million customers'),
    ('m11_breach', 'no passwords were taken', 'Passwords were not affected'),
    ('m11_breach', 'will offer affected customers two years', 'will get two years of free credit monitoring'),
    ('m12_ferry', 'from five sailings a day to two', 'only two ferries a day will sail'),
    missed('m12_ferry', 'blamed a shortage of licensed crew', 'did not have enough licensed crew members',
           reason="a negation in other words ('a shortage' / 'did not have enough'): needs meaning"),
    ('m12_ferry', 'packed a meeting on Thursday', 'protested at a meeting on Thursday'),
    # written after the order dependence was found (below): one remark, run together by one outlet
    ('m13_remark', 'I would like to know who wrote this plan', "They've never crossed that bridge"),
    ('m13_remark', 'They have never crossed that bridge', "They've never crossed that bridge"),
    ('m13_remark', 'The toll was proposed by the port commission', 'The port commission proposed the toll'),
    # written after the BASIL reading (a date and the event it names)
    ('m14_senate_seat', 'named her former chief of staff, Omar Quill', 'appointed Omar Quill, her former chief of staff'),
    ('m14_senate_seat', 'would choose by July whether to seek the seat again', 'plans to choose by July whether to seek the seat again'),
    # a second battery (m15-m18), written once the rules were, expectations listed before the run
    ('m15_school_vote', 'postponed a vote on closing Oak Hill Elementary', 'put off a decision on the future of Oak Hill'),
    ('m15_school_vote', 'More than 200 parents attended the meeting', 'Over 200 parents packed the meeting'),
    ('m15_school_vote', 'faces a $4.5 million deficit', 'short $4.5 million for next year'),
    missed('m16_factory_fire', 'said the company would rebuild', 'will rebuild the furniture factory',
           reason="similarity 0.41, under AGREE_SIM: the longer claim holds a second fact ('that burned down on Sunday')"),
    missed('m16_factory_fire', 'about 300 workers without jobs', 'Roughly 300 employees worked at the plant',
           reason="the figure is said of other words ('workers without jobs' / 'employees worked'); a workers/employees group changed nothing"),
    ('m16_factory_fire', 'sparked by faulty wiring in a storage room', 'defective wiring in a storage room started the fire'),
    missed('m16_factory_fire', 'No one was inside the building', 'The building was empty at the time',
           reason="a negation in other words ('No one was inside' / 'was empty'): needs meaning"),
    missed('m16_factory_fire', 'spent six hours bringing the blaze under control', 'took crews six hours to put out the flames',
           reason="the measure is said of other words ('blaze under control' / 'put out the flames')"),
    ('m17_trial', 'convicted former nurse Ivy Stroud', 'found Ivy Stroud, a former nurse, guilty'),
    ('m17_trial', 'deliberated for two days', 'after two days of deliberations'),
    ('m17_trial', 'faces up to 10 years in prison', 'could get 10 years in prison'),
    ('m17_trial', 'sentencing is set for June 2', 'will be sentenced on June 2'),
    ('m17_trial', 'We respect the verdict but we will appeal," said her lawyer', 'Defense lawyer Paul Dane said'),
    ('m18_transit_fare', 'voted 6-1 on Wednesday to raise bus fares by 25 cents', 'approved a 25-cent increase on Wednesday'),
    missed('m18_transit_fare', 'A single ride will cost $2.25', 'pay $2.25 for a single bus trip',
           reason="one claim, one group: the second outlet's sentence is in the vote's agreement already"),
    ('m18_transit_fare', 'left a $12 million gap in its budget', 'opened a $12 million budget shortfall'),
    missed('m18_transit_fare', 'would hurt low-income workers the most', 'would hit low-wage workers hardest',
           reason="a phrase in other words ('hurt ... the most' / 'hit ... hardest'): needs meaning"),
]

APART = [
    # a shared date and a common noun, other propositions
    ('m01_special', 'will choose a successor to Rep. Dana Whitlow', 'Turnout in the March 12 special election'),
    ('m01_special', 'will choose a successor to Rep. Dana Whitlow', 'polling places would stay open'),
    ('m06_study', '25 percent less likely to develop dementia', 'present the findings on Wednesday'),
    ('m07_roadwork', 'Main Street will close to traffic', 'farmers market will open its season on June 3'),
    ('m08_match', 'beat the Rams 3-1 on Saturday', 'host the Wolves on Saturday next week'),
    ('m11_breach', 'shares fell 8 percent on Tuesday', 'disclosed on Tuesday that the personal data'),
    ('m12_ferry', 'cut service to Gull Island', 'board will meet again on April 15'),
    # a shared figure or measure, other propositions
    ('m02_charges', 'rushed to indict my client', 'was charged on Tuesday with 14 counts'),
    ('m02_charges', 'rushed to indict my client', 'spent two years building the case'),
    ('m04_strike', 'The strike is set to last three days', 'after three days of bargaining'),
    ('m05_merger', 'Alder shares rose 4 percent', "Pinecrest's revenue rose 4 percent"),
    ('m09_burglary', 'released on $5,000 bail', 'offered a $5,000 reward'),
    ('m10_wildfire', 'has burned 12,000 acres', 'More than 12,000 acres of national forest burned'),
    ('m11_breach', 'will offer affected customers two years', 'two years after the bank moved its records'),
    # two lines of one statement, each quoted by both outlets: two agreements, not one
    missed('m03_apology', 'I was wrong to question', 'I have reached out to the league',
           reason="align.passages shows lines of one quoted statement as one agreement by design (judged right six times on the tuned clusters); splitting them (PASSAGE_REACH 1, or PASSAGE_SCORE 0.7) made 6-7 more agreements and gold precision 0.62 -> 0.58"),
    # the outlets' own account next to a quoted passage is no line of it
    ('m13_remark', 'I would like to know who wrote this plan', 'The toll was proposed by the port commission'),
    # a date and the event it names ("the June 25 special election") are no proposition (BASIL 16)
    # a second battery (m15-m18), written once the rules were
    ('m15_school_vote', 'will be held at the high school gym', 'The May 14 vote comes five years after'),
    ('m15_school_vote', 'postponed a vote on closing Oak Hill Elementary', 'The May 14 vote comes five years after'),
    ('m15_school_vote', 'has fallen by a third over five years', 'five years after the board last closed a school'),
    ('m16_factory_fire', 'spent six hours bringing the blaze under control', 'opened six hours after a city inspection'),
    ('m17_trial', 'The evidence simply did not support', 'Defense lawyer Paul Dane said'),
    ('m17_trial', 'The jury deliberated for two days', 'dragged on for two years'),
    ('m18_transit_fare', 'raise bus fares by 25 cents starting January 5', 'new route to the airport starting January 5'),
    ('m14_senate_seat', 'clear favorite to win the June 25 special election', 'The June 25 special election would be'),
]


@pytest.mark.parametrize("cluster,w1,w2", AGREE)
def test_one_proposition_agrees(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster,w1,w2", APART)
def test_other_propositions_of_one_story_stay_apart(cluster, w1, w2):
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)


# -- the digest does not depend on the order the articles are given in -----------------------------

import itertools  # noqa: E402


@pytest.mark.parametrize("cluster", ["m13_remark", "m03_apology", "m08_match"])
def test_agreements_do_not_depend_on_the_order_of_the_articles(cluster):
    """Agreeing pairs of equal score were joined in the order of their claims' indexes, which follow
    the order of the articles: one outlet's sentence running two quoted lines together ties with
    two outlets' two lines, and the first pair joined decided whether the third outlet's quotes
    joined (BASIL cluster d4a4bc34 gave another agreement in 5 of its 6 orders)."""
    run = systems_for(["code"], Settings())[0]["code"]
    summ = [run(load_article(str(p))) for p in sorted((HERE / cluster).glob("*.txt"))]
    seen = set()
    for perm in itertools.permutations(summ):
        arts, _ = dedupe([to_digest_article("", s) for s in perm])
        arts = [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(arts, 1)]
        text = {(a.id, c.id): c.text for a in arts for c in a.claims}
        seen.add(frozenset(frozenset(text[(r.article, r.claim)] for r in g.claims)
                           for g in build_sections(arts)[0].agreements))
    assert len(seen) == 1, seen


# -- a date and the event it names are no proposition (digest/local.py, the lead's BASIL reading) --

from tests.test_agree9 import _two  # noqa: E402
from summarizer.digest.local import local_agreement  # noqa: E402


def test_two_claims_naming_one_event_by_its_date_do_not_agree():
    a = ("The winner of the party primary will be the clear favorite to win the July 9 special general "
         "election, considering the state has not elected a senator from the other party in decades.")
    b = "The July 9 special election would be the third statewide race in three years for Dale Brink."
    _, (f1, f2) = _two(a, b, "clear favorite", "third statewide")
    assert local_agreement(f1, f2) is None


def test_a_date_that_dates_a_predicate_still_anchors_a_local_agreement():
    a = ("Former Sen. Dale Brink, who lost his seat last year, told reporters he would choose by July "
         "whether to seek the seat again, and that he would not spend his own money on the race.")
    b = "Brink said he plans to choose by July whether to seek the seat again."
    _, (f1, f2) = _two(a, b, "told reporters", "plans to choose")
    jd = local_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement"


# -- a measure is said of the words of its own clause (digest/measured.py) -------------------------

from summarizer.digest.measured import measure_agreement  # noqa: E402


def test_a_time_between_two_events_is_no_measure_of_the_next_clause():
    a = "The breach was discovered last week, two years after the bank moved its records to a new system."
    b = "The bank will offer affected customers two years of free credit monitoring."
    _, (f1, f2) = _two(a, b, "discovered last week", "free credit", pad=False)
    assert measure_agreement(f1, f2) is None


def test_a_measure_and_the_words_of_its_clause_still_agree():
    a = "Lydia Farrow, who ran the county treasury for a decade, received a 12-year prison sentence."
    b = "A federal judge sentenced Lydia Farrow to 12 years in prison on Wednesday."
    _, (f1, f2) = _two(a, b, "received a 12-year", "sentenced Lydia")
    jd = measure_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement"


# -- one list of word senses for conflicts and agreements (lang/senses.py WORD_SENSES) -------------

from summarizer import lang  # noqa: E402
from summarizer.digest.senses import sense  # noqa: E402
from summarizer.digest.synonyms import GROUP_OF  # noqa: E402
from summarizer.digest.pairs import stem  # noqa: E402


def test_the_synonyms_and_the_senses_are_one_list():
    words = {w.lstrip("~") for g in lang.WORD_SENSES for w in g}
    assert {w for g in lang.NEWS_SYNONYMS for w in g.split()} <= words
    assert {w for g in lang.SENSE_GROUPS for w in g} == words
    # a word with another common sense is a sense for conflicts, never a synonym for agreements
    assert sense("blaze", stem) == sense("fire", stem) and stem("fire") not in GROUP_OF
    # ... and an agreement synonym is a sense too ("completed" / "finished")
    assert sense("completed", stem) == sense("finished", stem)
    assert GROUP_OF[stem("completed")] == GROUP_OF[stem("finished")]
