"""Denials read by what they deny (issue 15, conf6: digest/denials.py and its callers): a negated
predication against another source's claim of it, a denial's stated content against a claim
stating it, within one article and across articles; the contraction of "not" is no content word.

Fast: claims from the bundled path's code (a client that answers empty: no model); invented
texts, no seed words.
"""

from __future__ import annotations

import hashlib

from summarizer.digest.build import build_sections, dedupe, to_digest_article
from summarizer.digest.denials import asserts, denied_content, denies, negated_predicates, predication_denied
from summarizer.digest.pairs import features
from summarizer.eval.systems import NoModel
from summarizer.load import Article
from summarizer.pipeline import Pipeline
from summarizer.schema import Claim
from summarizer.settings import Settings

FILLER = ("The session opened at nine in the morning. Reporters filled the gallery above the floor. "
          "Several aides carried folders between the offices. ")


def _articles(*texts: str):
    out = []
    with Pipeline(Settings(use_cache=False), client=NoModel()) as p:
        for i, text in enumerate(texts, 1):
            art = Article(text=text, path=f"mem/{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest())
            out.append(to_digest_article("", p.run(art)))
    kept, _ = dedupe(out)
    return [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(kept, 1)]


class _Art:
    def __init__(self, aid: str):
        self.id, self.sha256, self.published = aid, aid * 8, None


def _feats(*rows: tuple[str, str, str]):
    """Features of claims (article id, source, text), with filler claims so that the batch's IDF
    weights make the claims' own words rare."""
    fill = [("z", "article", f"Filler line number {n} about the weather and the harbour.") for n in range(16)]
    claims = []
    for n, (aid, source, text) in enumerate(list(rows) + fill, 1):
        c = Claim.model_validate({"id": f"c{n}", "text": text, "kind": "statement", "attributed_to": source,
                                  "certainty": "reported" if source != "article" else "stated",
                                  "evidence": {"quote": text, "start": 0, "end": len(text), "match": "exact"},
                                  "quantities": []})
        claims.append((_Art(aid), c))
    return features(claims)


def test_a_negated_predication_is_read_with_its_subject():
    f = _feats(("a", "article", "Two former ministers have a message for Mayor Lopez: Riverton won't pay."))[0]
    assert ("riverton", "pay") in negated_predicates(f)
    # a negated infinitive after a verb of asking is a call, not an account
    g = _feats(("a", "article", "Council members urged Lopez not to sign the bridge contract."))[0]
    assert negated_predicates(g) == set()


def test_an_assertion_needs_the_subject_then_the_verb_and_no_condition_or_negation():
    f, cond, quest, neg = _feats(
        ("a", "Mayor Lopez", "Lopez has insisted that he would compel Riverton to pay for the bridge."),
        ("a", "Ann Ode", "Ode said she would back the plan even if it turned out Riverton paid nothing."),
        ("a", "Ann Ode", "Ode asked whether Riverton pays for anything."),
        ("a", "Ann Ode", "Ode said Riverton has never paid for a bridge."))[:4]
    assert asserts(f, "riverton", "pay")
    assert not asserts(cond, "riverton", "paid") and not asserts(quest, "riverton", "pays")
    assert not asserts(neg, "riverton", "paid")
    # the same words without the condition, the question or the negator do assert it
    plain = _feats(("a", "Ann Ode", "Ode said it turned out Riverton paid nothing."),
                   ("a", "Ann Ode", "Ode said Riverton pays for anything."))
    assert asserts(plain[0], "riverton", "paid") and asserts(plain[1], "riverton", "pays")


def test_the_article_negating_what_a_source_asserts_is_a_dispute_even_far_apart():
    text = ("Bridge\n\n" + "Two former ministers have a message for Mayor Lopez: Riverton won't pay. " + FILLER * 3
            + "For his part, Mayor Lopez has insisted that he would compel Riverton to pay for the bridge.\n" + FILLER)
    al, _, _ = build_sections(_articles(text))
    got = [c for c in al.conflicts if "Riverton" in c.sides[0].quote + c.sides[1].quote]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    k = got[0]
    assert {s.attributed_to for s in k.sides} == {"Two former ministers", "Mayor Lopez"}  # the message is theirs (message_colon.py, session 24)
    assert any("won't pay" in s.quote for s in k.sides) and any("compel Riverton to pay" in s.quote for s in k.sides)
    assert all(s.ref.claim and s.ref.article == "a1" for s in k.sides)  # both claim ids cited
    assert "Riverton" in k.reason and "Mayor Lopez" in k.reason


def test_one_source_negating_its_own_words_or_a_condition_is_no_dispute():
    text = ("Bridge\n\n" + FILLER + "Mayor Lopez said Riverton won't pay for the tunnel. " + FILLER
            + "Mayor Lopez said he would make Riverton pay for the bridge.\n" + FILLER
            + "Ann Ode said she would back the plan even if the audit showed Riverton paid for the tunnel.\n")
    al, _, _ = build_sections(_articles(text))
    assert not [c for c in al.conflicts if "Riverton" in c.sides[0].quote + c.sides[1].quote], \
        [c.reason for c in al.conflicts]


def test_denied_content_is_what_follows_the_denial_and_a_negated_denial_denies_nothing():
    f, g, h = _feats(("a", "The ministry", "The ministry denied that its officials had leaked the harbour budget."),
                     ("a", "Ms. Ode", "Ms. Ode said accusations that she misled the auditors were false."),
                     ("a", "Mr. Lund", "Mr. Lund said he could neither confirm nor deny that the budget leaked."))[:3]
    assert {"leaked", "budget"} <= denied_content(f) and "minist" not in denied_content(f)
    assert {"misled", "audito"} <= denied_content(g)
    assert denied_content(h) == frozenset()


def test_a_denial_across_articles_pairs_with_the_claim_stating_its_content():
    rows = (("a", "Director Grant", "Director Grant denied that her agency had shredded the flood survey records."),
            ("b", "auditors", "Auditors said the agency shredded the flood survey records in March."),
            ("b", "auditors", "Auditors said the flood survey would be repeated next year."))
    fs = _feats(*rows)
    assert denies(fs[0], fs[1]) >= {"shredd", "survey", "record"}
    assert not denies(fs[0], fs[2])  # one shared topic word is no stated content
    assert not denies(fs[1], fs[0])  # the account denies nothing
    more = ("The river rose after the storm. Farmers moved cattle to higher ground. The school closed for "
            "two days. A ferry ran late on Tuesday. Volunteers stacked sandbags near the mill. ")
    arts = _articles("Records\n\n" + FILLER + rows[0][2] + "\n" + FILLER,
                     "Audit\n\n" + more + rows[1][2] + " " + FILLER)
    al, _, _ = build_sections(arts)
    got = [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 2]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert "denies" in got[0].reason and {s.ref.article for s in got[0].sides} == {"a1", "a2"}
    assert {s.attributed_to for s in got[0].sides} == {"Director Grant", "Auditors"}
    # ... and the two are never one agreement, though their words are the same
    assert not [a for a in al.agreements if any("denied" in q for q in a.quotes)]


def test_a_negator_contraction_is_no_content_word_and_a_negated_cut_still_conflicts():
    f, g = _feats(("a", "Mr. Varn", "He hasn't signed the river treaty."),
                  ("b", "article", "Premier Okafor has signed the river treaty, which the tribunal later confirmed."))[:2]
    assert not any("'" in w or "’" in w for w in f.words) and {"signed", "treaty"} <= f.words
    # every word of the negated claim is in the other (a "cut" by words), yet it is the opposite account
    from summarizer.digest.classify import classify
    jd = classify(f, g, {})
    assert jd.kind == "assertion", jd


def test_fired_and_resigned_are_two_accounts_of_one_departure():
    from summarizer.digest.predicates import opposite
    f, g = _feats(("a", "Lawyers for Dale", "Lawyers for Dale said the company fired Dale in June."),
                  ("b", "the company", "The company said Dale resigned in June."))[:2]
    assert opposite(f, g) is not None
    assert predication_denied(f, g) is None  # no negation: not a negated predication


def test_a_negated_or_refused_rebuttal_rebuts_nothing_and_an_opening_phrase_is_not_the_rebutter():
    from summarizer.digest.disputes import rebuttal_head
    assert rebuttal_head("Smith has repeatedly denied the accusations.") == "Smith"
    assert rebuttal_head("Smith did not deny the report.") is None
    assert rebuttal_head("Smith declined to dispute the account.") is None
    assert rebuttal_head("In a video in March announcing his departure, Mr. Hale continued to deny "
                         "the allegations.") == "Mr. Hale"


def test_a_rebuttal_pairs_with_an_account_not_with_a_hypothetical():
    text = ("Mill\n\n" + FILLER + "Inspectors said the Dunmore mill dumped dye into the river in May. "
            "A proven dumping by the Dunmore mill would be the worst spill in the county for a decade. "
            "The Dunmore mill's owners denied the report on Friday.\n" + FILLER)
    al, _, _ = build_sections(_articles(text))
    got = [c for c in al.conflicts if any("denied the report" in s.quote for s in c.sides)]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert any("Inspectors said" in s.quote for s in got[0].sides)
    assert not any("would be the worst" in s.quote for s in got[0].sides)


def test_the_outlets_own_voice_calling_a_named_account_false_is_a_dispute():
    rows = (("a", "Mayor Hale", "Mayor Hale said the mill inspectors had faked the Dunmore river samples."),
            ("a", "article", "Mayor Hale's unfounded claims about the Dunmore river samples were repeated at the meeting."),
            ("a", "article", "Mayor Hale's claims about the Dunmore river samples told to lie were repeated at the meeting."))
    fs = _feats(*rows)
    from summarizer.digest.refutations import refutations
    got = refutations(fs[:2] + fs[3:])
    assert [(g.claim.text, r.claim.text) for g, r, _ in got] == [(rows[0][2], rows[1][2])]
    # a refutation word that is the account's content ("told to lie") is no falsity the outlet states
    assert refutations([fs[0], fs[2]] + fs[3:]) == []


def test_two_named_sources_placing_one_act_in_two_places_in_one_article_dispute():
    text = ("Crash\n\n" + FILLER + "Police chief Ana Ruiz said the bus left the road near Kelso after midnight. "
            "Driver union head Tom Bell said the bus left the road near Tarnow after midnight.\n" + FILLER)
    al, _, _ = build_sections(_articles(text))
    got = [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 1]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert "Kelso" in got[0].reason and "Tarnow" in got[0].reason
    assert {s.attributed_to for s in got[0].sides} == {"Police chief Ana Ruiz", "Driver union head Tom Bell"}
    # the same place twice is no dispute
    same = text.replace("near Tarnow", "near Kelso")
    al, _, _ = build_sections(_articles(same))
    assert not [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 1]


def test_an_insistence_on_the_negated_account_denies_it_within_one_article():
    # conf7: "insisted that ... never ..." answers the account with its opposite
    f = _feats(("a", "Ada Pike", "Pike insisted that she had never sold the Dunmore pier."))[0]
    assert {"dunmor", "pier", "sold"} <= denied_content(f, insist=True)
    assert denied_content(f) == frozenset()  # across articles it is not read (see denied_content)
    g = _feats(("a", "Ada Pike", "Pike insisted that the Dunmore pier would reopen in May."))[0]
    assert denied_content(g, insist=True) == frozenset()  # no negation: no opposite account
    weather = " ".join(f"Rain fell on district {n} for {n + 2} hours on the {w} side." for n, w in
                       enumerate(("north", "south", "east", "west", "upper", "lower", "inner", "outer"), 1))
    arts = _articles("Pier\n\n" + FILLER + "Councilman Ray Ortt said Mayor Ada Pike had sold the Dunmore pier "
                     "to a developer.\n\nPike insisted that she had never sold the Dunmore pier.\n\n" + FILLER,
                     "Weather\n\n" + weather + "\n")
    al, _, _ = build_sections(arts)
    got = [c for c in al.conflicts if len({s.ref.article for s in c.sides}) == 1]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    quotes = " | ".join(s.quote for s in got[0].sides)
    assert "had sold the Dunmore pier" in quotes and "never sold" in quotes


def test_a_speaker_denying_an_act_of_her_own_is_read_under_her_name():
    # "she" / "I" in a claim of one named person, no one else named in it: the speaker herself
    f, i_, other, silence, group = _feats(
        ("a", "Jane Roe", "Roe said she kept quiet about the leak because she was never warned."),
        ("a", "Jane Roe", "“I have not closed a single pier this year,” Roe said."),
        ("a", "Jane Roe", "Roe said she had not met Mayor Lopez before the vote."),
        ("a", "Jane Roe", "Roe said she did not say when the pier would reopen."),
        ("a", "harbor workers", "The workers said they were never warned about the leak."))[:5]
    assert ("roe", "warned") in negated_predicates(f)
    assert ("roe", "closed") in negated_predicates(i_)
    # another person named in the claim (her "she" may be anyone's), her own silence, a group: none
    assert not any(s == "roe" for s, _ in negated_predicates(other))
    assert negated_predicates(silence) == set() and negated_predicates(group) == set()


def test_the_article_asserting_what_a_speaker_denied_of_herself_is_a_dispute():
    text = ("Leak\n\n" + FILLER + "Harbor director Jane Roe said she kept quiet about the leak because she was "
            "never warned. But two days before the storm, Roe was warned about the leak by the port engineer, "
            "according to port records.\n" + FILLER)
    al, _, _ = build_sections(_articles(text))
    got = [c for c in al.conflicts if "leak" in c.sides[0].quote + c.sides[1].quote]
    assert len(got) == 1, [c.reason for c in al.conflicts]
    assert {s.attributed_to for s in got[0].sides} == {"Harbor director Jane Roe", "port records"}
    # the same account of someone else ("he" after a woman's name in the article) is no denial of hers
    text = ("Leak\n\n" + FILLER + "Harbor director Jane Roe said the engineer was never warned about the leak. "
            "Roe was warned about the leak by the port engineer, according to port records.\n" + FILLER)
    al, _, _ = build_sections(_articles(text))
    assert not [c for c in al.conflicts if "leak" in c.sides[0].quote + c.sides[1].quote], [c.reason for c in al.conflicts]
