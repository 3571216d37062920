"""Cross-article alignment for any domain (issue 15): which claims of different articles say the
same thing, which contradict each other, and who claims what about each event.

    result = align(claims)            # claims: [(DigestArticle, Claim), ...]
    result.agreements, result.conflicts, result.events, result.storylines

pairs.py finds the candidate pairs (blocking, no all-pairs) and what each claim says;
classify.py decides each pair (agreement, number conflict, version conflict), disputes.py finds
disputes inside one article; this module groups them: agreements (agreeing pairs joined
strongest first, never chaining through a claim that conflicts or shares next to nothing; a
quotation repeated sentence by sentence is one agreement),
conflicts (number conflicts merged per counted thing, one version conflict per pair), events
(claims linked by anything: per source and article, "who claims what") and storylines (names
several articles mention). Every statement cites claim ids and the claims' evidence quotes.
The grouping steps are agreement_groups.py, conflict_groups.py and event_groups.py (split from
here at the 400-line limit); their names are importable from here as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import thresholds
from .classify import Judgment, classify, side_of
from .admissions import admission_clash
from .unanimous import unanimity_clash
from .nonemade import none_conflicts, none_judgment
from .refutations import refutations
from .disputes import within_article
from .local import local_agreement
from .quoted import quote_pairs, quoted_agreement, reworded_quotes
from .denied import joint_denial
from .idf import reweigh
from .figures import other_counts, revision_clash, within_bounds
from .figured import figure_agreement
from .phrased import phrase_agreement
from .measured import measure_agreement, measure_clash
from .ages import age_clash
from .terms import term_clash
from .eventyears import year_clash
from .synonyms import synonym_agreement, synonym_pairs
from .totals import cost_pairs  # one thing's cost told as two sums (conflict52)
from .reference import subjectless
from .opening import main_clause_agreement, opening_only
from .openingact import opening_act_only  # another person's act in an opening time clause (conflict50)
from .restrictive import restricted_pair
from .scenecounts import scene_only
from .trailing import background_only, conditional_only, trailing_only
from .pairs import Features, article_texts, candidate_pairs, features, same_source, similarity
from .passages import passages  # noqa: F401 (imported from here)
from .purity import different_speakers
from .versions import outcome_conflicts, role_conflicts
from .schedules import merge_schedules, schedule_clashes, schedule_conflicts
from . import eventday, series
from .twofold import twofold_conflicts
from .pronounday import pronoun_day_conflicts  # "It happened on <day>" near the top (conflict48)
from .clockevents import clock_conflicts  # one act at two clock times, never a candidate pair (conflict50)
from .atlarge import span_clash  # one span at large in two units (conflict51)
from .dayacts import day_act_conflicts  # one act on two days, one source's too (conflict51)
from .deadlines import deadline_conflicts  # one deadline on two dates (conflict52)
from .peaks import peak_conflicts  # one thing's peak, two values (conflict53)
from .lengths import durations_apart, length_conflicts  # how long one decision runs, two lengths (conflict53)
from .sumvalues import sum_value_conflicts  # one thing's value in money, two sums in two wordings (conflict55)
from .actcounts import act_count_conflicts  # one count of acts, by the act's noun and by its doers (conflict55)
from .placecounts import place_count_conflicts  # how many were in one place, two counts (conflict56)
from .doercounts import doer_count_conflicts, done_count_conflicts  # how many did one act, two counts (conflict57)
from .notbefore import not_before_conflicts  # "not ... for at least six months" / "within eight weeks" (digest55)
from .setagainst import set_against  # "$120, not the $85" against "$85" (conflict58)
from .commitments import commitment_conflicts  # "has not agreed to pay for the cleanup" / "we will pay ..." (conflict58)
from .dutystates import duty_conflicts  # "placed on leave" / "still on duty" (conflict58)
from .nonethings import none_thing_conflicts  # "No driver lost penalty points" / "penalty points had been added to 140 licences" (conflict58)
from .lastoccasion import last_occasion_apart
from .describedonly import description_only  # conflict53
from .namesonly import names_only  # digest55
from .verdicts import verdict_against_account  # lead49
from .ordinals import ordinal_clash  # digest55
from .undecided import plan_conflicts
from .rates import rate_conflicts
from .schema import Agreement, Conflict, Event, Storyline
from .storylines import name_as_written, storylines  # noqa: F401 (name_as_written: imported from here)
from .agreement_groups import iter_agreements, join_groups  # noqa: F401 (join_groups: imported from here)
from .conflict_groups import iter_conflicts
from .event_groups import HEADING_CHARS, event_heading, iter_events  # noqa: F401 (imported from here)
from ..quantity import readable

__all__ = ["Alignment", "align", "iter_agreements", "iter_conflicts", "iter_events", "judge_pair", "storylines"]


@dataclass
class Alignment:
    agreements: list[Agreement]
    conflicts: list[Conflict]
    events: list[Event]
    storylines: list[Storyline]
    pairs: int = 0                      # candidate pairs classified


def judge_pair(f1: Features, f2: Features, article_text, judge=None) -> Judgment:
    """The code's judgment of a candidate pair, which `judge` (the optional LLM) may overrule."""
    jd = classify(f1, f2, article_text)
    if jd.kind in ("none", "agreement"):
        # "met for three hours" / "lasted just 90 minutes"; "52-page" / "51-page"; one source's two temperatures (digest54)
        measured = None if durations_apart(f1, f2) else measure_clash(f1, f2, plain_only=same_source(f1, f2))
        if measured:
            jd = Judgment("assertion", f"{f1.source}: {measured[0]}; {f2.source}: {measured[1]}", about=measured[2])
    if jd.kind in ("none", "agreement"):
        loose = span_clash(f1, f2)  # "roamed the grounds for about 40 minutes" / "was loose for nearly two hours" (atlarge.py)
        if loose:
            jd = Judgment("assertion", f"{f1.source}: {loose[0]}; {f2.source}: {loose[1]}", about=f"how long the {loose[2]} was at large")
    if jd.kind in ("none", "agreement") and not same_source(f1, f2):
        aged = age_clash(f1, f2)  # "Dana Kerr, 32," / "Kerr, a 31-year-old guard" (ages.py)
        if aged:
            jd = Judgment("assertion", f"{f1.source}: {aged[1]}; {f2.source}: {aged[2]}", about=f"{aged[0]}'s age")
    if jd.kind in ("none", "agreement") and not same_source(f1, f2):
        term = term_clash(f1, f2)  # "sentenced to eight years in prison" / "will spend seven years behind bars" (terms.py)
        if term:
            jd = Judgment("assertion", f"{f1.source}: {readable(term[0])} years; {f2.source}: {readable(term[1])} years",
                          about="prison term", values=term)
    if jd.kind in ("none", "agreement") and not same_source(f1, f2):
        years = year_clash(f1, f2)  # "the bridge ... opened in 1987" / "The bridge opened in 1991" (eventyears.py)
        if years:
            jd = Judgment("assertion", f"{f1.source}: {years[0]} in {years[2]}; {f2.source}: {years[0]} in {years[3]}",
                          about=f"when the {years[1]} was {years[0]}" if years[0] != "opened" else f"when the {years[1]} opened")
    if jd.kind in ("none", "agreement") and side_of(f1.source) != side_of(f2.source):
        admits = admission_clash(f1, f2)  # "<Name> denied taking" / "<Name> has admitted taking" (admissions.py)
        if admits:
            jd = Judgment("assertion", f"{admits[0].source}: denied; {admits[1].source}: admitted", about=admits[2].title())
    if jd.kind in ("none", "agreement") and (placed := ordinal_clash(f1, f2)):  # "the second failure in four launches" / "its first" (ordinals.py)
        jd = Judgment("assertion", f"{f1.source}: {placed[0]}; {f2.source}: {placed[1]}", about=placed[2])
    if jd.kind == "agreement" or jd.kind == "none" and similarity(f1, f2) >= thresholds.NUMBER_SIM:
        if (against := set_against(f1, f2)) is not None:  # "demand $120, not the $85" / "Each fine was for $85" (setagainst.py)
            other, corr, v_corr, v_other = against
            jd = Judgment("numbers", f"{readable(v_other)} vs {readable(v_corr)}", about="figure set against another",
                          values=(v_other, v_corr) if other is f1 else (v_corr, v_other))
    if jd.kind in ("none", "agreement"):
        jd = none_judgment(f1, f2) or jd  # "No arrests have been made" / "Two men were arrested" (nonemade.py)
    if jd.kind in ("none", "agreement"):
        split = unanimity_clash(f1, f2)  # "ruled 2-1" / "unanimously rejected" (unanimous.py)
        if split:
            jd = Judgment("assertion", f"{split[0].source}: {split[1]}; {split[2].source}: unanimous", about="vote")
    if jd.kind in ("none", "agreement"):
        found = revision_clash(f1, f2)  # "said 14 people died" / "later raised the death toll ... to 19"
        if found:
            early, rev, v1, v2 = found
            jd = Judgment("assertion", f"{early.source}: {readable(v1)}; {rev.source}: revised to {readable(v2)}", about="revised figure")
    if jd.reason == "different numbers" and within_bounds(f1, f2):  # "18,400 acres" / "more than 18,000 acres"
        jd = Judgment("agreement", f"similarity {similarity(f1, f2):.2f}, counts within bounds", score=similarity(f1, f2))
    if jd.kind == "none" and jd.reason.startswith("similarity"):  # a part of a long claim; one person's quoted words
        jd = local_agreement(f1, f2, article_text) or quoted_agreement(f1, f2) or figure_agreement(f1, f2) \
            or measure_agreement(f1, f2) or synonym_agreement(f1, f2) or main_clause_agreement(f1, f2) \
            or phrase_agreement(f1, f2) or jd
    if jd.kind == "agreement" and (f1.claim.certainty == "denied") != (f2.claim.certainty == "denied"):
        # a source's denial never agrees with an assertion: what is denied may share the other's words
        jd = Judgment("none", "a denial against an assertion is no agreement")
    if jd.kind == "agreement" and different_speakers(f1, f2) and reworded_quotes(f1, f2):
        # two named speakers' lines worded alike ("deserve to see the whole harbour budget" /
        # "deserve to know the whole truth about the harbour budget"): classify lets close ones
        # through as one quotation misattributed; one remark is quoted the same, or cut
        jd = Judgment("none", "two speakers' own words")
    if jd.kind == "agreement" and other_counts(f1, f2):
        jd = Judgment("none", "two counts of what both say")  # "two children" / "three people" hospitalized
    if jd.kind == "none" and not jd.reason.startswith("same"):
        jd = joint_denial(f1, f2) or jd  # ... but two denials by one side do (denied.py)
    if jd.kind == "agreement" and (subjectless(f1) or subjectless(f2)) and jd.score < thresholds.PASSAGE_SCORE:
        jd = Judgment("none", "a relative clause or a pointer without its subject")  # reference.subjectless
    if jd.kind == "agreement" and jd.reason.startswith("similarity") and jd.score < thresholds.AGREE_SIM and opening_only(f1, f2):
        jd = Judgment("none", "shared names and one word of an opening clause")  # opening.py
    if jd.kind == "agreement" and jd.reason.startswith("similarity") and jd.score < thresholds.AGREE_SIM and opening_act_only(f1, f2):
        jd = Judgment("none", "what both say alike is another person's act in an opening clause")  # openingact.py
    if jd.kind == "agreement" and jd.score < thresholds.PASSAGE_SCORE and restricted_pair(f1, f2):
        jd = Judgment("none", "what both share restricts a noun in one")  # restrictive.py
    if jd.kind == "agreement" and jd.score < thresholds.PASSAGE_SCORE and (trailing_only(f1, f2) or conditional_only(f1, f2)):
        jd = Judgment("none", "what both say alike trails one claim's main clause")  # trailing.py
    if jd.kind == "agreement" and jd.score < thresholds.PASSAGE_SCORE and background_only(f1, f2):
        jd = Judgment("none", "what both say alike is the scene of each main clause")  # trailing.py (lead46)
    if jd.kind == "agreement" and scene_only(f1, f2, jd.score):
        jd = Judgment("none", "each counts another thing of one scene")  # scenecounts.py
    if jd.kind == "agreement" and last_occasion_apart(f1, f2):
        jd = Judgment("none", "an act's last occasion in a year and the act now")  # lastoccasion.py
    if jd.kind == "agreement" and jd.reason.startswith("similarity") and jd.score < thresholds.AGREE_SIM \
            and description_only(f1, f2):
        jd = Judgment("none", "what both share is a described subject; the predicates share nothing")  # describedonly.py
    if jd.kind == "agreement" and jd.reason.startswith("similarity") and jd.score < thresholds.AGREE_SIM and names_only(f1, f2):
        jd = Judgment("none", "what both share is names and the things they name")  # namesonly.py (digest55)
    if jd.kind == "agreement" and jd.reason.startswith("similarity") and jd.score < thresholds.AGREE_SIM \
            and verdict_against_account(f1, f2):
        jd = Judgment("none", "a source's quoted verdict and the outlet's account of the act")  # verdicts.py (lead49)
    if judge is not None:
        jd = judge(f1, f2, jd) or jd
    return jd


def align(claims: list[tuple], judge=None) -> Alignment:
    """Agreements, conflicts, events and storylines over claims [(DigestArticle, Claim)].

    `judge(f1, f2, judgment) -> Judgment | None` may overrule the code's judgment of a pair
    (the optional LLM judgment); None keeps the code's. The same steps over claims kept on
    disk (memory flat in the number of articles): digest/streamalign.py.
    """
    feats = features(claims)
    reweigh(feats)  # short articles: a word two claims share can be rare (idf.py)
    article_text = article_texts(feats)
    pairs = candidate_pairs(feats)
    judged: list[tuple[int, int, Judgment]] = []
    # two roles for one person part claims that otherwise read as one proposition
    roles = {(min(f1.index, f2.index), max(f1.index, f2.index)): (f1.index, f2.index, jd)
             for f1, f2, jd in role_conflicts(feats, article_text)}
    for (i, j), _n in sorted(pairs.items()):
        jd = roles.pop((i, j), None) or judge_pair(feats[i], feats[j], article_text, judge)
        if isinstance(jd, tuple):
            judged.append(jd)
        elif jd.kind != "none":
            judged.append((i, j, jd))
    # one speaker's short quoted words (blocking leaves out the speaker); synonyms sharing no long word
    for i, j in sorted(set(quote_pairs(feats)) | set(synonym_pairs(feats)) | set(cost_pairs(feats))):
        if (i, j) not in pairs and (i, j) not in roles:
            jd = judge_pair(feats[i], feats[j], article_text, judge)
            if jd.kind != "none":
                judged.append((i, j, jd))
    judged += list(roles.values())  # ... also when blocking did not pair them
    judged += [(f1.index, f2.index, jd)
               for f1, f2, jd in refutations(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd)
               for f1, f2, jd in within_article(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd)
               for f1, f2, jd in outcome_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for find in (eventday.event_day_conflicts, series.series_conflicts, none_conflicts)
               for f1, f2, jd in find(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    # one act at two clock times (clockevents.py): a conflict, also where the pair read as agreeing
    clocked = clock_conflicts(feats, {tuple(sorted((i, j))) for i, j, jd in judged if jd.kind != "agreement"})
    timed = {tuple(sorted((f1.index, f2.index))) for f1, f2, _ in clocked}
    judged = [t for t in judged if tuple(sorted(t[:2])) not in timed] + [(f1.index, f2.index, jd) for f1, f2, jd in clocked]
    # two ledes with another day and another count: both conflicts, never an agreement (twofold.py)
    twofold = twofold_conflicts(feats, {tuple(sorted((i, j))) for i, j, jd in judged if jd.kind != "agreement"})
    two = {tuple(sorted((f1.index, f2.index))) for f1, f2, _ in twofold}
    judged = [t for t in judged if tuple(sorted(t[:2])) not in two] + [(f1.index, f2.index, jd) for f1, f2, jd in twofold]
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in pronoun_day_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in day_act_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in deadline_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in peak_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in length_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    judged += [(f1.index, f2.index, jd) for find in (sum_value_conflicts, act_count_conflicts, not_before_conflicts,
                                                   place_count_conflicts, doer_count_conflicts, done_count_conflicts,
                                                   commitment_conflicts, none_thing_conflicts, duty_conflicts)
               for f1, f2, jd in find(feats, {tuple(sorted((i, j))) for i, j, _ in judged})]
    # a plan against "no decision" (undecided.py) is a conflict even where the pair read as agreeing
    planned = plan_conflicts(feats, {tuple(sorted((i, j))) for i, j, jd in judged if jd.kind != "agreement"})
    parted = {tuple(sorted((f1.index, f2.index))) for f1, f2, _ in planned}
    judged = [t for t in judged if tuple(sorted(t[:2])) not in parted] + [(f1.index, f2.index, jd) for f1, f2, jd in planned]
    scheduled = schedule_conflicts(feats, {tuple(sorted((i, j))) for i, j, _ in judged})
    judged += [(f1.index, f2.index, jd) for f1, f2, jd in scheduled]  # a schedule's day for one body
    judged += rate_conflicts(feats)  # "6 percent over two years" / "4 percent ... a year for the next two years"
    agreements = [a for _, a in sorted(iter_agreements(feats, judged), key=lambda t: t[0])]
    conflicts = list(merge_schedules(iter_conflicts(feats, judged), schedule_clashes(scheduled)))
    events = [e for _, e in sorted(iter_events(feats, judged), key=lambda t: t[0])]
    events = [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events, 1)]
    return Alignment(agreements, conflicts, events, storylines(feats), pairs=len(pairs))
