"""Version and number conflicts across articles that share few words (issue 15, digest5): a rank
word in one outlet's role for a person and not in another's, an outcome already done against one
still expected, two counts of one thing under near-synonym nouns, two sums of money for one
purpose, and one kind of event told on two days. Fast: the bundled path's code claims (no model);
invented texts, no seed words."""

from __future__ import annotations

from summarizer.digest.build import build_sections
from summarizer.digest.figures import amount_only, bounded, same_kind_day
from summarizer.digest.pairs import features, head_noun
from summarizer.digest.versions import gives, outcomes_of, roles_of
from tests.test_align_disputes import FILLER, _articles


def _cross(al):
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 2]


def test_an_apposition_gives_a_role_with_its_rank_and_time_words():
    [r] = roles_of("The clerk said that Varga, then an assistant county attorney, signed the order.")
    assert (r.person, r.base, set(r.ranks), set(r.times)) == ("varga", ("county", "attorney"), {"assistant"}, {"then"})
    [r2] = roles_of("Ms. Varga, then a county attorney and later a judge, signed it.")
    assert r2.base == r.base and not r2.ranks
    # a place before the comma, or a clause rather than an apposition, gives no one a role
    assert roles_of("In Dunmore, the county attorney signed the order.") == []
    assert roles_of("Varga, who was then a county attorney, signed it.") == []
    # the ranked role's text does not give the plain role, and vice versa
    assert gives("she was then a county attorney in", r2) and not gives("then an assistant county attorney", r2)
    assert gives("then an assistant county attorney", r) and not gives("then a county attorney", r)


def test_a_person_given_a_role_with_and_without_a_rank_by_two_outlets_is_a_conflict():
    arts = _articles("Order\n\n" + FILLER + "The clerk told reporters that Lena Varga, then an assistant county "
                     "attorney, signed the dock order in 1991 without a hearing.\n" + FILLER,
                     "Dock order\n\n" + FILLER + "Records show that in 1991 Ms. Varga, then a county attorney, "
                     "signed the dock order without a hearing.\n" + FILLER)
    got = _cross(build_sections(arts)[0])
    assert len(got) == 1, [c.reason for c in got]
    assert "assistant county attorney" in got[0].reason and "“county attorney”" in got[0].reason


def test_the_same_role_with_the_same_rank_or_at_another_time_is_no_conflict():
    arts = _articles("Order\n\n" + FILLER + "The clerk said that Lena Varga, then an assistant county attorney, "
                     "signed the dock order in 1991.\n" + FILLER,
                     "Dock order\n\n" + FILLER + "Records show that Ms. Varga, now a county attorney, signed the "
                     "dock order in 1991 as an assistant county attorney.\n" + FILLER)
    assert _cross(build_sections(arts)[0]) == []


def test_an_outcome_already_done_against_one_still_expected_is_a_conflict():
    assert outcomes_of("Tomas Reyl was expected to be charged on Monday.") == ({"charged"}, set())
    assert outcomes_of("Reyl has already been quietly charged by a grand jury.") == (set(), {"charged"})
    assert outcomes_of("Reyl has been charged.") == (set(), set())  # no "already": maybe news since
    arts = _articles("Charges\n\n" + FILLER + "The port director Tomas Reyl was expected to be charged with "
                     "fraud next week, two officials said.\n" + FILLER,
                     "Update\n\n" + FILLER + "The Dunmore Ledger now reports that Reyl has already been quietly "
                     "charged by a grand jury.\n" + FILLER)
    got = _cross(build_sections(arts)[0])
    assert len(got) == 1 and "already charged" in got[0].reason, [c.reason for c in got]


def test_near_synonym_count_nouns_are_one_counted_thing_and_bounds_or_bare_sums_are_not_compared():
    assert head_noun("bills") == head_noun("House-passed measures") == head_noun("resolutions")
    assert head_noun("bills") != head_noun("boats")
    assert amount_only("$3.6 billion") and amount_only("$40") and not amount_only("35-word oath")
    arts = _articles("Crane\n\n" + FILLER + "The yard said it would cost more than $2 million to repair the "
                     "crane. The union said the repair of the crane would cost $3 million.\n" + FILLER)
    fs = {f.claim.text.split()[1]: f for f in features([(a, c) for a in arts for c in a.claims])}
    assert bounded(fs["yard"], "$2 million") and not bounded(fs["union"], "$3 million")


def test_one_source_giving_two_counts_of_one_thing_under_two_nouns_is_a_number_conflict():
    # little shared wording besides the source and the council (similarity below NUMBER_SIM)
    arts = _articles(OTHER, "Dock bills\n\n" + FILLER + "Harbor Republicans said they have brought up 12 bills that "
                     "would create dock jobs but that the Dunmore council has ignored.\n" + FILLER,
                     "Council\n\n" + FILLER + "In reply to the mayor, Harbor Republicans said the Dunmore council "
                     "should take up some 14 measures.\n" + FILLER)
    got = [c for c in build_sections(arts)[0].conflicts if c.kind == "numbers"]
    assert len(got) == 1 and sorted(s.value for s in got[0].sides) == [12, 14], [c.reason for c in got]


def test_two_sums_of_money_conflict_only_when_the_words_around_them_are_the_same():
    same = _articles(OTHER, "Levee\n\n" + FILLER + "The order lets the governor divert $2.4 billion from levee repair "
                     "projects to the canal.\n" + FILLER,
                     "Canal\n\n" + FILLER + "The governor would take money from the levee repair budget, to the "
                     "tune of $2.1 billion, for the canal.\n" + FILLER)
    got = [c for c in build_sections(same)[0].conflicts if c.kind == "numbers"]
    assert len(got) == 1, [c.reason for c in got]
    # the same plan and governor, but one sum is taken from levee projects and the other was asked of lawmakers
    other = _articles(OTHER, "Levee\n\n" + FILLER + "Under the canal plan, the governor would divert $2.4 billion from "
                      "levee repair projects, the treasurer said.\n" + FILLER,
                      "Canal\n\n" + FILLER + "The treasurer said the governor, under the canal plan, had asked "
                      "lawmakers in the spring to approve $5.1 billion.\n" + FILLER)
    assert [c for c in build_sections(other)[0].conflicts if c.kind == "numbers"] == []


def test_one_kind_of_event_on_two_days_in_other_words_is_a_date_conflict():
    arts = _articles(OTHER, "Anthem\n\n" + FILLER + "The council resolution on the harbor anthem passed Tuesday and was "
                     "drafted by Ivo Brandt.\n" + FILLER,
                     "Anthem vote\n\n" + FILLER + "On Wednesday, the council voted 9-2 on a measure that named the "
                     "anthem and ordered it sung at every launch.\n" + FILLER)
    got = _cross(build_sections(arts)[0])
    assert len(got) == 1 and "Tuesday" in got[0].reason and "Wednesday" in got[0].reason, [c.reason for c in got]
    fs = features([(a, c) for a in arts for c in a.claims])
    assert any(same_kind_day(x, y) for x in fs for y in fs if x.article != y.article)


#: A third article of other news: a batch large enough for a word held by two claims to be rare
#: in it (IDF weight >= thresholds.ANCHOR_MIN_WEIGHT), as in a real cluster.
OTHER = ("Weather\n\nRain fell on the northern valleys for most of the week. Farmers moved their sheep to "
         "higher ground before dawn. The river rose above its banks near the old mill. Schools in the hills "
         "closed early on account of the roads. A ferry stayed in port until the wind dropped. Bakers ran short "
         "of flour after deliveries stopped. The library opened its hall to stranded travellers. Volunteers "
         "cleared branches from the main square by evening.\n")


def test_a_negation_reaching_exactly_the_other_claims_words_is_a_conflict_and_one_reaching_more_is_not():
    arts = _articles(OTHER, "Permit\n\n" + FILLER + "She doesn't have a harbor permit or she hasn't shown it, the "
                     "rival said.\n" + FILLER,
                     "Permit shown\n\n" + FILLER + "Ms. Quell has shown a permit for the harbor, which is the "
                     "standard form in the county.\n" + FILLER,
                     "Experience\n\n" + FILLER + "He has no federal harbor permit experience, the rival said.\n" + FILLER)
    got = _cross(build_sections(arts)[0])
    assert len(got) == 1 and "negates" in got[0].reason, [c.reason for c in got]
    assert not any("experience" in s.quote for s in got[0].sides)
