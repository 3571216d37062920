"""Who claims what, by account (issue 15: "for each event, the sources and their versions"): claims
joined by agreements give one account, the two sides of a conflict never share one. Before session
30 each claim showed only its own stance, so a claim that agrees with one side read "agrees" with no
word of which side."""

from __future__ import annotations

from summarizer.digest.accounts import accounts
from summarizer.digest.html import render_html
from summarizer.digest.markdown import digest_markdown
from summarizer.digest.schema import Digest

from tests.test_align import run


def test_agreeing_claims_share_an_account_and_a_conflict_splits_them():
    # 1 and 3 agree, 1 conflicts with 2: two accounts, numbered as the event lists its claims
    assert accounts([1, 2, 3], [(1, 3, True), (1, 2, False)]) == {1: 1, 2: 2, 3: 1}
    # three values of one count: three accounts
    assert accounts([4, 5, 6], [(4, 5, False), (5, 6, False)]) == {4: 1, 5: 2, 6: 3}


def test_a_claim_agreeing_with_both_sides_is_not_given_an_account():
    # 7 agrees with 8 and with 9, which conflict: no account can be told for the three; 10 is its own side
    out = accounts([7, 8, 9, 10], [(7, 8, True), (7, 9, True), (8, 9, False), (9, 10, False)])
    assert out[7] == out[8] == out[9] == 0 and out[10] == 1


def test_an_event_without_a_conflict_between_two_accounts_numbers_nothing():
    assert accounts([1, 2], [(1, 2, True)]) == {1: 0, 2: 0}
    assert accounts([3], [(3, 3, False)]) == {3: 0}  # both sides inside one claim


def test_the_digest_groups_an_events_claims_by_account_and_says_so():
    arts, al = run(
        "Quake\n\nHealth Minister Ana Ruiz said at least 40 people were killed in the earthquake near Valdora on Tuesday.\n",
        "Quake toll\n\nThe Red Cross said at least 62 people were killed in the earthquake near Valdora on Tuesday.\n",
        "Toll\n\nThe regional governor said at least 40 people were killed in the earthquake near Valdora on Tuesday.\n",
    )
    ev = [e for e in al.events if e.disputed]
    assert len(ev) == 1
    told = {v.article: v.account for v in ev[0].versions}
    assert told["a1"] == told["a3"] != told["a2"] and 0 not in told.values()
    # listed by account: the two that agree together
    order = [v.article for v in ev[0].versions]
    assert abs(order.index("a1") - order.index("a3")) == 1
    d = Digest(summary="s", articles=arts, storylines=al.storylines, agreements=al.agreements,
               conflicts=al.conflicts, timeline=[], quantities=[], events=al.events, model="rules")
    md = digest_markdown(d)
    assert md.count("  - account 1: ") == list(told.values()).count(1) and md.count("  - account 2: ") == 1
    page = render_html(d, lambda a: "")
    assert page.count('class="badge account"') == 3 and ">account 2</span>" in page


def test_an_undisputed_event_shows_no_account():
    arts, al = run(
        "Storm hits coast\n\nThe storm destroyed the old harbour bridge in Eastport on Monday, police said.\n",
        "Bridge lost\n\nPolice said the storm destroyed the old harbour bridge in Eastport on Monday.\n",
    )
    assert al.events and all(v.account == 0 for e in al.events for v in e.versions)
