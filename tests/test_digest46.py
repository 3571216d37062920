"""digest46 (issue 15): misses of the digest on a fourth blind set of invented three-outlet stories
(evals/digest_gold_blind46: a contractor's sentencing, a university's job cuts, a wildfire). Invented
sentences throughout (other names, places and numbers than the set's texts); a near miss beside each rule.

* a lower or upper bound is read with its direction in a numbers conflict ("burned 9,300 acres" /
  "more than 12,000 acres"), a bound without one ("nearly 30") still meets any near value (counts._loose);
* a count ending a relative clause set off by commas has no verb after it ("The mill, which employed
  about 45 people, closed"): measure_frames._in_relative;
* a rebuttal ("disputed that, saying ...") points back past the appositive claim split from the sentence
  just told (disputes.just_before);
* a denial's content stops at a participle of saying, and a cause denied is the cause another side
  blames when the thing named as the cause is the same (denials._content, denials._cause_denied);
* one prison term told with two lengths (terms.py);
* two sums of money as one rate of one act: the same verb before, "a year" closing the clause after
  (figures.same_rate_verb).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles

_FILL = ("The path was closed for the day. Walkers gathered by the gate. The warden asked for patience. "
         "A meeting is planned for the weekend. The council has opened a review. ")


def _conflicts(a: str, b: str) -> list:
    arts = _articles(f"Report one\n\n{a} {_FILL}\n", f"Report two\n\n{_FILL}{b}\n")
    al, _, _ = build_sections(arts)
    return al.conflicts


_OTHER = ("Report two\n\nThe ferry ran late on Monday. Fishermen mended nets at the quay. The lighthouse keeper retired "
          "in spring. A bakery opened on the square. Tourists photographed the old mill. The school choir sang at dusk.\n")


def _one(text: str) -> list:
    arts = _articles(f"Report one\n\n{_FILL}{text}\n", _OTHER)
    al, _, _ = build_sections(arts)
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 1]


_BURNED = "The Kestle Hill fire has burned more than 12,000 acres, according to mapping by the Orrin County fire office."


@pytest.mark.parametrize("other,conflict", [
    ("The Kestle Hill fire has burned through 9,300 acres of scrub and forest, the Orrin County sheriff said.", True),
    # near misses: a value the bound meets; a bound with no direction
    ("The Kestle Hill fire has burned through 12,400 acres of scrub and forest, the Orrin County sheriff said.", False),
])
def test_a_bound_is_read_with_its_direction(other, conflict):
    got = [c for c in _conflicts(other, _BURNED) if c.kind == "numbers"]
    assert bool(got) is conflict, [c.reason for c in got]


def test_a_bound_without_direction_meets_near_values():
    got = _conflicts("The Kestle Hill fire has burned nearly 12,000 acres, the Orrin County fire office said.",
                     "The Kestle Hill fire has burned through 11,400 acres of scrub and forest, the Orrin County sheriff said.")
    assert not [c for c in got if c.kind == "numbers"], [c.reason for c in got]


@pytest.mark.parametrize("b,conflict", [
    ("The mill, which employed about 70 people, went into administration in March.", True),
    # near misses: the count's own verbs of two senses; one value
    ("About 70 people were injured when the mill roof fell in.", False),
    ("The mill, which employed about 45 people, went into administration in March.", False),
])
def test_a_count_ending_a_relative_clause_has_no_verb_after_it(b, conflict):
    a = "The mill, which employed about 45 people, stopped trading after the roof fell in."
    if not conflict and "injured" in b:
        a = "About 45 people died when the mill roof fell in."
    got = [c for c in _conflicts(a, b) if c.kind == "numbers"]
    assert bool(got) is conflict, [c.reason for c in got]


_TOLD = "Mara Quell, a county harbour inspector, told the court she had written to the company about the crane in May."


def test_a_rebuttal_points_back_past_an_appositive_of_the_sentence_before():
    got = _one(_TOLD + " The company's lawyer, Ivo Brandt, disputed that, saying the letter had gone to an old address.")
    assert got, "no dispute"
    quotes = " ".join(s.quote for c in got for s in c.sides)
    assert "written to the company" in quotes and "disputed that" in quotes


def test_a_rebuttal_does_not_reach_past_another_sentence():
    got = _one(_TOLD + " The crane was built in 1998 and moved to the east dock in 2011."
               " The company's lawyer, Ivo Brandt, disputed that, saying the letter had gone to an old address.")
    assert not any("written to the company" in s.quote for c in got for s in c.sides), [c.reason for c in got]


_DENIED = "The council denied that the stadium had caused the deficit, saying it had been paid for with a bond sold in 2019."


@pytest.mark.parametrize("blame,dispute", [
    ("Union secretary Nils Vard blamed the council's spending on its new stadium at Hollin Park, which opened last year.", True),
    # near misses: another cause blamed; no cause told
    ("Union secretary Nils Vard blamed the deficit on falling ticket sales at Hollin Park since last year.", False),
    ("Union secretary Nils Vard said the new stadium at Hollin Park opened last year to large crowds.", False),
])
def test_a_cause_denied_against_the_cause_blamed(blame, dispute):
    got = _one(blame + " " + _DENIED)
    assert bool([c for c in got if any("denied that the stadium" in s.quote for s in c.sides)]) is dispute, \
        [c.reason for c in got]


def test_a_denials_content_stops_at_a_participle_of_saying():
    from summarizer.digest.denials import denied_content
    from summarizer.digest.pairs import features

    arts = _articles(f"Report one\n\n{_FILL}{_DENIED}\n")
    f = next(f for f in features([(a, c) for a in arts for c in a.claims]) if "denied" in f.claim.text)
    content = denied_content(f, cut=True)
    assert content and not any(w.startswith(("bond", "paid")) for w in content), content
    assert any(w.startswith("bond") for w in denied_content(f))  # the whole clause, as before, without `cut`


_TERM = "A lorry driver was sentenced to six years in prison on Friday for the deaths of two cyclists on the Wendle bypass."


@pytest.mark.parametrize("other,conflict", [
    ("The driver who killed two cyclists on the Wendle bypass will spend five years behind bars, prosecutors said.", True),
    ("The driver who killed two cyclists on the Wendle bypass was jailed for five years, prosecutors said.", True),
    # near misses: a maximum faced; the same term; a term asked for
    ("The driver who killed two cyclists on the Wendle bypass faced up to 14 years in prison, prosecutors said.", False),
    ("The driver who killed two cyclists on the Wendle bypass will spend six years behind bars, prosecutors said.", False),
    ("Prosecutors had sought nine years in prison for the driver who killed two cyclists on the Wendle bypass.", False),
])
def test_one_prison_term_with_two_lengths(other, conflict):
    got = [c for c in _conflicts(_TERM, other) if "years" in c.reason]
    assert bool(got) is conflict, [c.reason for c in _conflicts(_TERM, other)]


def test_two_defendants_terms_are_not_one_term():
    from summarizer.digest.pairs import features
    from summarizer.digest.terms import term_clash

    arts = _articles(f"Report one\n\nLena Ortiz was jailed for six years over the Wendle bypass crash. {_FILL}\n",
                     f"Report two\n\n{_FILL}Tomas Beck was jailed for four years over the Wendle bypass crash.\n")
    fs = [f for f in features([(a, c) for a in arts for c in a.claims]) if "jailed" in f.claim.text]
    assert len(fs) == 2 and term_clash(fs[0], fs[1]) is None


@pytest.mark.parametrize("a,b,same", [
    ("The trust said the closures would save about $12 million a year.",
     "A budget paper seen by the Herald says the plan is meant to save $9 million a year.", True),
    # near misses: another verb; the clause goes on after the rate; no rate
    ("The trust said the closures would save about $12 million a year.",
     "A budget paper seen by the Herald says the plan would cost $9 million a year.", False),
    ("The trust said it would pay about $12 million a year in interest.",
     "A budget paper seen by the Herald says the trust would pay $9 million a year in rent.", False),
    ("The trust said the closures would save about $12 million.",
     "A budget paper seen by the Herald says the plan is meant to save $9 million a year.", False),
])
def test_two_yearly_sums_of_one_act(a, b, same):
    from summarizer.digest.figures import same_rate_verb
    from summarizer.digest.pairs import features

    arts = _articles(f"Report one\n\n{a} {_FILL}\n", f"Report two\n\n{_FILL}{b}\n")
    fs = [f for f in features([(x, c) for x in arts for c in x.claims]) if "$" in f.claim.text]
    q1, q2 = (next(q for q in f.claim.quantities if q.unit == "USD") for f in fs)
    assert same_rate_verb(fs[0], q1.counted, fs[1], q2.counted) is same


def test_one_disagreement_of_two_articles_is_shown_once():
    # a sentence and its cut (the relative clause as a claim of its own) give one pair of values twice
    got = [c for c in _conflicts("Dunmore, which employs about 3,100 staff and teaches 19,000 pupils, is the second "
                                 "district in the county to cut its budget this year.",
                                 "It employs about 3,600 people and has around 19,000 pupils.") if c.kind == "numbers"]
    assert [sorted(s.value for s in c.sides) for c in got] == [[3100.0, 3600.0]], [c.reason for c in got]


def test_a_denial_without_its_reason_still_needs_its_subject_and_predicate():
    from summarizer.digest.denials import denies
    from summarizer.digest.pairs import features

    arts = _articles("Report one\n\nMayor Ilse Varn on Tuesday disputed that residents generally feel cheated by her "
                     "deal with the harbour board on ferry fares, saying the plan makes sense. " + _FILL + "\n",
                     "Report two\n\n" + _FILL + "Councillor Tom Reel said the harbour board will pass the deal on "
                     "ferry fares, which has drawn criticism from local residents.\n", _OTHER)
    fs = features([(a, c) for a in arts for c in a.claims])
    n = next(f for f in fs if "disputed" in f.claim.text)
    a = next(f for f in fs if "Reel" in f.claim.text)
    assert not denies(n, a), denies(n, a)
