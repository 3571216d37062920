"""The digest's agreements on short stories outside the dev data, told in other words by each
outlet (issue 15, session 9, agree10): sixteen clusters of two or three wire-length articles, one
per domain (a sentencing, layoffs, an earthquake, a state senate vote, a product recall, a coach
fired, a cloud outage, a tuition rise, a robbery, quarterly earnings, a boil-water notice, a space
launch; then a chief executive's resignation, a scooter ban, a hospital wing, a derailment), written for these tests (tests/fixtures/agree10/; what an analyst expects was listed
before the code was run).

AGREE: two claims stating one proposition in other words ("was sentenced Wednesday to 12 years in
prison" / "received a 12-year prison sentence"); they must be in one agreement. APART: same story,
other propositions; never in one agreement. A case marked `missed` is still missed (strict xfail:
it fails loudly once found). Then the rules behind the found ones (digest/measured.py,
digest/synonyms.py), on sentences written for them.

Fast: the code path's claims (no model, no server), one digest per cluster.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from summarizer.digest.build import build_sections, dedupe, to_digest_article
from summarizer.eval.suites.common import systems_for
from summarizer.load import load_article
from summarizer.settings import Settings

HERE = Path(__file__).resolve().parent / "fixtures" / "agree10"


def digest_of(folder: Path):
    """The articles (ids a1, a2, ... in file order) and the digest's sections of the folder's *.txt
    files, built from the code path's claims (shared with tests/test_lead13.py)."""
    run = systems_for(["code"], Settings())[0]["code"]
    arts, _ = dedupe([to_digest_article("", run(load_article(str(p)))) for p in sorted(folder.glob("*.txt"))])
    arts = [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(arts, 1)]
    return arts, build_sections(arts)[0]


@functools.lru_cache(maxsize=None)
def agreements_in(fixtures: Path, cluster: str) -> tuple[tuple[str, ...], ...]:
    """The agreements of the cluster's digest (the code path's claims), each as the texts of its
    claims (shared with tests/test_agree11.py)."""
    arts, al = digest_of(fixtures / cluster)
    text = {(a.id, c.id): c.text for a in arts for c in a.claims}
    return tuple(tuple(text[(r.article, r.claim)] for r in g.claims) for g in al.agreements)


def cluster_reader(fixtures: Path):
    """(agreements of a cluster, whether two texts share one agreement) over a fixtures folder, the
    digest built once per cluster (shared with tests/test_digest14.py and test_digest16.py)."""
    @functools.lru_cache(maxsize=None)
    def agreements(cluster: str) -> tuple[tuple[str, ...], ...]:
        return agreements_in(fixtures, cluster)

    def one_agreement(cluster: str, w1: str, w2: str) -> bool:
        return any(any(w1 in t for t in g) and any(w2 in t for t in g) for g in agreements(cluster))
    return agreements, one_agreement


def _agreements(cluster: str) -> tuple[tuple[str, ...], ...]:
    return agreements_in(HERE, cluster)


def _one_agreement(cluster: str, w1: str, w2: str) -> bool:
    return any(any(w1 in t for t in g) and any(w2 in t for t in g) for g in _agreements(cluster))


def missed(*case):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="still missed"))


AGREE = [
    ('k01_sentence', 'sentenced Wednesday to 12 years', 'received a 12-year prison sentence'),
    ('k01_sentence', 'pleaded guilty in January', 'admitted in January to a wire fraud'),
    ('k01_sentence', 'diverted $3.4 million', 'siphoned about $3.4 million'),
    missed('k01_sentence', 'repay the full amount', 'restitution of $3.4 million'),
    missed('k01_sentence', 'would appeal the sentence', 'challenge the sentence in a higher court'),
    ('k02_layoffs', 'will cut 1,200 jobs', '1,200 workers at Haldane'),
    missed('k02_layoffs', 'take effect in January', '1,200 workers at Haldane'),
    missed('k02_layoffs', 'blamed falling demand', 'cited weak sales'),
    ('k02_layoffs', 'painful but necessary', 'painful step'),
    missed('k02_layoffs', 'blindsided', 'received no warning'),
    ('k02_layoffs', 'employs about 4,000', 'roughly 4,000 employees'),
    ('k03_quake', 'killing at least 23', 'has risen to 23'),
    ('k03_quake', 'killing at least 23', 'At least 23 people died'),
    ('k03_quake', 'More than 100 people were injured', 'Over 100 people were hurt'),
    ('k03_quake', 'declared three days of mourning', 'three-day period of mourning'),
    ('k03_quake', 'depth of 10 kilometers', 'about 10 kilometers deep'),
    ('k04_senate', 'voted 24-15 on Thursday', 'by a vote of 24 to 15'),
    missed('k04_senate', 'goes to the House', 'House is expected to take up'),
    missed('k04_senate', 'could no longer afford rent', 'rents had outpaced pay'),
    missed('k04_senate', 'force small businesses to cut staff', 'small employers would lay off'),
    missed('k04_senate', 'will sign the measure', 'promised to sign the bill'),
    ('k05_recall', 'recalling 310,000 cans', 'recalled about 310,000 cans'),
    missed('k05_recall', 'No illnesses have been reported', 'not aware of any sick infants'),  # one word shared besides the synonym (SYNONYM_OTHERS)
    ('k05_recall', 'shut down the production line', 'production at the affected line had been halted'),
    ('k06_coach', 'fired head coach Victor Benn', 'Victor Benn was dismissed'),
    ('k06_coach', 'Mel Ortega will take over', 'Mel Ortega, his assistant, was named interim'),
    missed('k06_coach', 'second year of a four-year contract', 'signed a four-year deal'),
    missed('k06_coach', 'are 3-9 this season', 'won three games and lost nine'),
    missed('k06_coach', 'needed a new voice', 'hear a different voice'),
    missed('k07_outage', 'faulty software update caused', 'flawed software update was behind'),
    missed('k07_outage', 'fully restored by 3 p.m.', 'back to normal by 3 p.m.'),
    ('k07_outage', 'would issue credits', 'promised service credits'),
    ('k07_outage', 'offline for about four hours', 'four-hour disruption'),
    ('k08_tuition', 'approved a 5 percent tuition increase', 'will go up by 5 percent'),
    missed('k08_tuition', 'rise to $12,600', 'pay $12,600 a year'),
    missed('k08_tuition', 'state funding fell', 'drop in state support'),
    ('k08_tuition', 'protested outside the meeting', 'demonstrated outside the regents'),
    ('k08_tuition', 'expand financial aid', 'more aid would go'),
    ('k09_robbery', 'Police arrested two men Thursday', 'were taken into custody on Thursday'),
    ('k09_robbery', 'stole about $250,000', 'took roughly $250,000'),
    missed('k09_robbery', 'No one was injured', 'Nobody was hurt'),
    missed('k09_robbery', 'traced the suspects through surveillance video', 'credited security camera footage'),
    ('k10_earnings', 'profit rose 18 percent', 'an 18 percent increase'),
    missed('k10_earnings', 'Revenue climbed to $9.4 billion', 'Sales reached $9.4 billion'),
    ('k10_earnings', '$5 billion share buyback', 'repurchase $5 billion'),
    ('k10_earnings', 'gained 6 percent in after-hours', 'rose 6 percent after the bell'),
    missed('k10_earnings', 'demand from data centers remained strong', 'orders from data centers were holding up'),
    missed('k11_water', 'must boil tap water', 'boil-water advisory affecting'),
    missed('k11_water', 'finish repairs by Tuesday', 'Repairs should be completed by Tuesday'),  # one word shared besides the synonym (SYNONYM_OTHERS)
    ('k11_water', 'bottled water would be handed out', 'distribute bottled water'),
    missed('k11_water', 'can let bacteria into the pipes', 'could allow contamination'),
    ('k12_launch', 'launched Sunday from Cape Canaveral', 'blasted off from Cape Canaveral on Sunday'),
    missed('k12_launch', 'cost $4.2 billion', '$4.2 billion mission'),
    missed('k12_launch', 'reach Europa in 2033', 'should arrive in 2033'),  # one word shared besides the synonym (SYNONYM_OTHERS)
    ('k12_launch', 'went flawlessly', 'perfect launch'),
    missed('k12_launch', "search for signs that the moon's ocean", "determine whether Europa's buried ocean"),
    # a second battery, written once the rules above were (the measure and synonym rules were then
    # tuned on it: "six-month search", "Zipp said it opposed", blocking on synonyms)
    ('k13_resign', 'Marta Lind resigned on Monday', 'Marta Lind quit as chief executive'),
    ('k13_resign', '30 percent drop in quarterly profit', 'quarterly earnings fell 30 percent'),
    missed('k13_resign', 'named finance chief Gil Varga as interim', 'Gil Varga, the chief financial officer, will run'),
    ('k13_resign', 'halted for an hour', 'suspended trading in the stock for an hour'),
    ('k13_resign', 'six-month search', 'spend six months searching'),
    ('k13_resign', 'led the company for nine years', 'run Orlen for nine years'),
    ('k14_scooters', 'voted 7-2 on Tuesday to ban', 'by a 7-2 vote'),
    missed('k14_scooters', 'face a $150 fine', 'Violators will pay $150'),
    ('k14_scooters', 'who sponsored the ordinance', 'who introduced the ordinance'),
    ('k14_scooters', 'said it opposed the measure', 'objected to the ban'),
    ('k15_hospital', 'completed its $80 million expansion', 'has finished an $80 million expansion'),
    ('k15_hospital', 'The project took three years', 'three-year construction project'),
    ('k15_hospital', 'open to patients on Oct. 1', 'begin treating patients Oct. 1'),
    ('k15_hospital', 'promised to hire 200 nurses', 'pledged to add 200 nursing jobs'),
    ('k16_transit', 'Service on the Blue Line was suspended', 'Blue Line trains were halted'),
    missed('k16_transit', 'No passengers were hurt', 'None of the passengers were injured'),
    missed('k16_transit', 'defective rail caused the derailment', 'blamed a faulty rail'),  # one word shared besides the synonym (SYNONYM_OTHERS)
    missed('k16_transit', 'complete repairs by Friday', 'should reopen by Friday after repairs are finished'),  # one word shared besides the synonym (SYNONYM_OTHERS)
]

APART = [
    ('k01_sentence', 'would appeal the sentence', 'residents felt relieved'),
    ('k01_sentence', 'sentenced Wednesday to 12 years', 'pleaded guilty in January'),
    ('k02_layoffs', 'will cut 1,200 jobs', 'employs about 4,000'),
    ('k02_layoffs', '1,200 workers at Haldane', 'roughly 4,000 employees'),
    ('k03_quake', 'killing at least 23', 'More than 100 people were injured'),
    ('k03_quake', 'Over 100 people were hurt', 'At least 23 people died'),
    ('k04_senate', 'voted 24-15 on Thursday', 'will sign the measure'),
    ('k06_coach', 'fired head coach Victor Benn', 'Mel Ortega will take over'),
    ('k08_tuition', 'approved a 5 percent tuition increase', 'expand financial aid'),
    ('k09_robbery', 'No one was injured', 'stole about $250,000'),
    ('k10_earnings', 'profit rose 18 percent', 'gained 6 percent'),
    ('k10_earnings', 'Revenue climbed to $9.4 billion', 'profit rose 18 percent'),
    ('k12_launch', 'cost $4.2 billion', 'reach Europa in 2033'),
    ('k13_resign', 'resignation was not a surprise', 'Marta Lind resigned on Monday'),
    ('k13_resign', 'halted for an hour', 'six-month search'),
    ('k14_scooters', 'who sponsored the ordinance', 'opposed the measure'),
    ('k14_scooters', 'voted 7-2 on Tuesday to ban', 'Zipp, which operates 800 scooters'),
    ('k15_hospital', 'promised to hire 200 nurses', 'completed its $80 million expansion'),
    ('k15_hospital', 'adding 120 beds', 'promised to hire 200 nurses'),
    ('k16_transit', 'No passengers were hurt', 'defective rail caused'),
    ('k16_transit', 'complete repairs by Friday', 'Service on the Blue Line was suspended'),
]


@pytest.mark.parametrize("cluster,w1,w2", AGREE)
def test_one_proposition_in_other_words_agrees(cluster, w1, w2):
    assert _one_agreement(cluster, w1, w2), _agreements(cluster)


@pytest.mark.parametrize("cluster,w1,w2", APART)
def test_other_propositions_of_one_story_stay_apart(cluster, w1, w2):
    assert not _one_agreement(cluster, w1, w2), _agreements(cluster)


# -- the rule behind the measures found above (digest/measured.py), on sentences written for it
# (padded: the batch's weights are a long article's) ------------------------------------------------

from tests.test_agree9 import _two  # noqa: E402
from summarizer.digest.measured import measure_agreement, measures, said_similarity  # noqa: E402
from summarizer.digest.pairs import similarity  # noqa: E402


def test_a_measure_reads_the_same_as_a_count_or_a_hyphenated_modifier():
    _, (f1, f2) = _two("Judge Ivo Marsh sentenced Rhea Quint to 12 years in prison on Friday.",
                       "Rhea Quint received a 12-year prison sentence on Friday.", "12 years", "12-year")
    assert (12, "year") in measures(f1) and (12, "year") in measures(f2)
    assert "prison" in measures(f1)[(12, "year")] & measures(f2)[(12, "year")]
    _, (g1, g2) = _two("Vantix shares gained 6% in late trading.", "Vantix shares rose 6 percent after the bell.",
                       "gained 6%", "rose 6 percent")
    assert (6, "percent") in measures(g1) and (6, "percent") in measures(g2)


def test_an_ordinal_or_a_year_is_no_measure():
    _, (f1, f2) = _two("Benn was in the second year of his contract.", "The probe will reach the moon in 2033 carrying 12 instruments.",
                       "second year", "2033")
    assert not measures(f1) and set(measures(f2)) == {(12, "instrument")}


@pytest.mark.parametrize("a,b", [
    ("Judge Ivo Marsh sentenced Rhea Quint to 12 years in prison on Friday.",
     "Rhea Quint received a 12-year prison sentence on Friday."),
    ("The outage took thousands of websites offline for about four hours.",
     "A bad update caused the four-hour disruption that took down thousands of websites."),
])
def test_one_measure_said_of_one_thing_agrees(a, b):
    _, (f1, f2) = _two(a, b, a[:12], b[:12])
    jd = measure_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement" and "said of the same thing" in jd.reason


def test_the_speakers_own_name_counts_when_the_other_claim_names_him():
    _, (f1, f2) = _two("Governor Tomas Reyl declared three days of mourning.",
                       "Gov. Tomas Reyl announced a three-day period of mourning, he said.",
                       "declared three", "announced a three-day")
    if f2.source != "article":  # the name is dropped from the claim's words when he is its source
        assert said_similarity(f1, f2) > similarity(f1, f2)
    assert measure_agreement(f1, f2) is not None


@pytest.mark.parametrize("a,b", [
    # other values
    ("Judge Ivo Marsh sentenced Rhea Quint to 10 years in prison on Friday.",
     "Rhea Quint received a 12-year prison sentence on Friday."),
    # the same measure of other things
    ("Rhea Quint served 12 years in the state Senate before her arrest.",
     "Rhea Quint received a 12-year prison sentence on Friday."),
    # two people
    ("Judge Ivo Marsh sentenced Rhea Quint to 12 years in prison on Friday.",
     "Carl Boone received a 12-year prison sentence on Friday."),
    # a count that names what it counts ("two geese named Salt and Pepper")
    ("The children attended the event in which he freed two geese named Salt and Pepper.",
     "Before approaching Salt and Pepper, the two geese, the mayor joked about the custom."),
])
def test_a_measure_of_another_thing_or_person_does_not_agree(a, b):
    _, (f1, f2) = _two(a, b, a[:12], b[:12])
    assert measure_agreement(f1, f2) is None


# -- the synonym rule (digest/synonyms.py, lang.NEWS_SYNONYMS), on sentences written for it --------

from summarizer.digest.synonyms import GROUP_OF, synonym_agreement, synonym_pairs  # noqa: E402
from summarizer.digest.pairs import stem  # noqa: E402


def test_words_of_one_group_read_as_one():
    assert GROUP_OF[stem("faulty")] == GROUP_OF[stem("defective")] == GROUP_OF[stem("flawed")]
    assert GROUP_OF[stem("completed")] == GROUP_OF[stem("finish")]
    assert stem("fire") not in GROUP_OF and stem("share") not in GROUP_OF  # words with another common sense


@pytest.mark.parametrize("a,b", [
    ("Crews expect to finish the bridge repairs by Friday.", "The bridge repairs should be completed by Friday."),
    ("Harbor Co. said a defective valve caused the leak.", "Officials blamed a faulty valve for the leak."),
    ("The Ostin board approved a $2 billion stock buyback plan.", "Ostin will repurchase $2 billion of stock, the board said."),
])
def test_one_predicate_in_a_synonym_agrees(a, b):
    feats, (f1, f2) = _two(a, b, a[:12], b[:12])
    assert f1 is not f2
    jd = synonym_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement" and "other words" in jd.reason
    assert (min(f1.index, f2.index), max(f1.index, f2.index)) in synonym_pairs(feats)


@pytest.mark.parametrize("a,b", [
    # a negation in one only
    ("The plant finished the valve repairs on Friday.", "The plant has not completed the valve repairs."),
    # another day
    ("Crews finished the valve repairs on Monday.", "Crews completed the valve repairs on Thursday."),
    # other things of one quality
    ("Officials blamed a faulty valve for the leak.", "The agency blamed a defective pump for the fire."),
])
def test_a_synonym_in_another_proposition_does_not_agree(a, b):
    _, (f1, f2) = _two(a, b, a[:12], b[:12])
    assert f1 is not f2 and synonym_agreement(f1, f2) is None
