"""Cross-article alignment (issue 15): agreements, number and version conflicts, who claims what.

Fast: the claims come from the code-only rules baseline, no model and no server.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from summarizer.digest.align import align
from summarizer.digest.build import build_sections, dedupe, to_digest_article
from summarizer.digest.pairs import candidate_pairs, features
from summarizer.eval.systems import rules_baseline
from summarizer.load import Article

ROOT = Path(__file__).resolve().parents[1]


def articles(*texts: str, system=rules_baseline):
    """The digest's articles from `texts`, claims by `system` (the rules baseline by default)."""
    out = []
    for i, text in enumerate(texts, 1):
        art = Article(text=text, path=f"mem/{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest())
        out.append(to_digest_article("", system(art)))
    kept, _ = dedupe(out)
    return [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(kept, 1)]


def run(*texts: str):
    arts = articles(*texts)
    al, _, _ = build_sections(arts)
    return arts, al


def claim(arts, ref):
    a = next(a for a in arts if a.id == ref.article)
    return next(c for c in a.claims if c.id == ref.claim)


def test_agreement_across_outlets_cites_claims_and_quotes():
    arts, al = run(
        "Storm hits coast\n\nThe storm destroyed the old harbour bridge in Eastport on Monday, police said.\n",
        "Bridge lost\n\nPolice said the storm destroyed the old harbour bridge in Eastport on Monday.\n",
        "Markets\n\nShares in Northwind rose 3 percent after the company reported higher profits.\n",
    )
    assert len(al.agreements) == 1
    g = al.agreements[0]
    assert g.articles == ["a1", "a2"]
    quotes = [claim(arts, r).evidence.quote for r in g.claims]
    assert all("harbour bridge" in q for q in quotes)
    assert not al.conflicts


def test_same_words_with_another_place_is_not_an_agreement():
    arts, al = run(
        "Floods\n\nForty homes were flooded in Kelso on Sunday, the fire service said.\n",
        "Floods\n\nForty homes were flooded in Tarnow on Sunday, the fire service said.\n",
    )
    assert not al.agreements
    # ... and the same words with another actor neither
    arts, al = run(
        "Vote\n\nSenator Alma Ruiz voted against the water bill on Tuesday, her office said.\n",
        "Vote\n\nSenator Dana Whitfield voted against the water bill on Tuesday, her office said.\n",
    )
    assert not al.agreements


def test_the_same_text_twice_is_one_source(tmp_path):
    text = "Storm hits coast\n\nThe storm destroyed the old harbour bridge in Eastport on Monday, police said.\n"
    arts, al = run(text, text)
    assert len(arts) == 1
    assert not al.agreements and not al.conflicts
    # even if dedupe is bypassed, claims with the same text hash are never paired
    same = [to_digest_article("", rules_baseline(Article(text=text, path=f"x{i}", sha256="s"))) for i in (1, 2)]
    same = [a.model_copy(update={"id": f"a{i}"}) for i, a in enumerate(same, 1)]
    assert not candidate_pairs(features([(a, c) for a in same for c in a.claims]))
    assert not align([(a, c) for a in same for c in a.claims]).agreements


def test_denial_against_assertion_is_a_version_conflict():
    arts, al = run(
        "Mayor to resign\n\nThe mayor of Brackton will resign at the end of the month, said Ann Hart, a council member.\n",
        "Mayor stays\n\nThe mayor of Brackton will not resign at the end of the month, said Peter Lowe, her spokesman.\n",
    )
    assert not al.agreements
    versions = [c for c in al.conflicts if c.kind == "assertion"]
    assert len(versions) == 1
    sides = {s.ref.article: s for s in versions[0].sides}
    assert set(sides) == {"a1", "a2"}
    assert "not resign" in sides["a2"].quote and "will resign" in sides["a1"].quote
    assert {s.attributed_to for s in sides.values()} == {"Ann Hart", "Peter Lowe"}
    # who claims what: one disputed event with both versions
    ev = [e for e in al.events if e.disputed]
    assert len(ev) == 1 and {v.stance for v in ev[0].versions} == {"asserts", "denies"}


def test_a_source_calling_another_account_false_is_a_version_conflict():
    arts, al = run(
        "Report\n\nThe Harbour Gazette reported that Governor Lisa Monte met the developer Tom Reyes in Norfolk in 2008.\n",
        "Denial\n\nGovernor Lisa Monte's office said the Harbour Gazette report about Tom Reyes was false.\n",
    )
    assert any(c.kind == "assertion" and {s.ref.article for s in c.sides} == {"a1", "a2"} for c in al.conflicts)
    ev = [e for e in al.events if e.disputed]
    assert ev and {(v.article, v.stance) for v in ev[0].versions} == {("a1", "asserts"), ("a2", "denies")}


def test_number_conflict_lists_both_sources_and_values():
    arts, al = run(
        "Quake\n\nHealth Minister Ana Ruiz said at least 40 people were killed in the earthquake near Valdora on Tuesday.\n",
        "Quake toll\n\nThe Red Cross said at least 62 people were killed in the earthquake near Valdora on Tuesday.\n",
    )
    nums = [c for c in al.conflicts if c.kind == "numbers"]
    assert len(nums) == 1
    sides = {s.value: s for s in nums[0].sides}
    assert set(sides) == {40, 62}
    assert "Ana Ruiz" in sides[40].attributed_to
    assert "Red Cross" in sides[62].attributed_to
    assert sides[40].ref.article == "a1" and sides[62].ref.article == "a2"
    assert not al.agreements  # different numbers are never an agreement


def test_blocking_scales_without_all_pairs(monkeypatch):
    # 3,000 claims over 30 articles: the pairs classified stay far below all pairs. Counted, not
    # timed (a wall-clock limit failed under load; benchmarks/memory.py measures alignment): `align` asks the
    # pair judgment only for the blocked candidates.
    from summarizer.digest import align as align_module
    from summarizer.digest.classify import Judgment
    texts = []
    for a in range(30):
        sents = [f"Official number {a * 100 + i} said the depot in Town{a}x{i} handled {a * 7 + i} crates on Monday."
                 for i in range(100)]
        texts.append("Depots\n\n" + " ".join(sents) + "\n")
    arts = articles(*texts)
    claims = [(a, c) for a in arts for c in a.claims]
    assert len(claims) >= 2500
    pairs = candidate_pairs(features(claims))
    assert len(pairs) < len(claims) ** 2 / 2 / 20
    asked = []
    monkeypatch.setattr(align_module, "judge_pair", lambda f1, f2, *a, **k: asked.append(1) or Judgment("none"))
    align(claims)
    assert 0 < len(asked) <= len(pairs)


SEED_WORDS = re.compile(r"\b(russia\w*|ukrain\w*|kursk|kyiv|moscow|putin|zelensk\w*|drones?|front line|the front in)\b",
                        re.I)


def test_no_seed_words_in_the_digest_code():
    files = [*ROOT.glob("summarizer/digest*.py"), *ROOT.glob("summarizer/digest/*.py"),
             *ROOT.glob("summarizer/quantity.py")]
    assert files
    for f in files:
        hits = SEED_WORDS.findall(f.read_text(encoding="utf-8"))
        assert not hits, f"{f.name}: {sorted(set(hits))}"


def test_html_shows_each_event_as_a_card_with_outlets_side_by_side():
    from summarizer.digest.html import render_html
    from summarizer.digest.schema import Digest

    texts = ["Mayor to resign\n\nThe mayor of Brackton will resign at the end of the month, said Ann Hart, a council member.\n",
             "Mayor stays\n\nThe mayor of Brackton will not resign at the end of the month, said Peter Lowe, her spokesman.\n"]
    arts, al = run(*texts)
    d = Digest(summary="s", articles=arts, storylines=al.storylines, agreements=al.agreements,
               conflicts=al.conflicts, timeline=[], quantities=[], events=al.events, model="rules")
    by_id = dict(zip([a.id for a in arts], texts))
    page = render_html(d, lambda a: by_id[a.id])
    assert page.count('class="card event"') == len(al.events) == 1
    card = page.split('class="card event"')[1].split("</article>")[0]
    assert card.count('class="side outlet"') == 2  # one column per outlet
    assert card.count("<mark>") == 2  # both conflicting quotes highlighted
    assert "will not resign" in card and "Peter Lowe" in card and "Ann Hart" in card
    for a in arts:
        for c in a.claims:
            if f"#{a.id}-{c.id}" in card:
                assert f'id="{a.id}-{c.id}"' in page


def test_the_same_event_on_another_day_is_a_version_conflict():
    arts, al = run(
        "Apology\n\nThe aide Mara Quill apologized on Saturday for the post about the two girls, said Ivo Brandt.\n",
        "Apology\n\nThe aide Mara Quill apologized on Friday for the post about the two girls, said Lena Ortiz.\n",
    )
    assert not al.agreements
    assert any(c.kind == "assertion" and "(when)" in c.topic for c in al.conflicts)


def test_agreements_carry_each_claims_quote():
    arts, al = run(
        "Storm hits coast\n\nThe storm destroyed the old harbour bridge in Eastport on Monday, police said.\n",
        "Bridge lost\n\nPolice said the storm destroyed the old harbour bridge in Eastport on Monday.\n",
    )
    g = al.agreements[0]
    assert g.quotes == [claim(arts, r).evidence.quote for r in g.claims]


def test_the_same_words_quoted_by_two_outlets_agree():
    arts, al = run(
        "Statement\n\n\"We are disappointed by the council's decision, but hardly shocked,\" said the statement from Dana Holt's lawyer, Ben Ross.\n",
        "Reaction\n\nA lawyer for Holt called the ruling political. \"We are disappointed by the council's decision, but hardly shocked,\" he said.\n",
    )
    assert len(al.agreements) == 1 and al.agreements[0].articles == ["a1", "a2"]
