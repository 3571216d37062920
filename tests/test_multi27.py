"""Session 26 (multi27): the digest suite scores a gold folder's own clusters of faithfulness
documents (evals/digest_gold_cnn27), and digest shapes the blind CNN set showed. Every text here is
invented."""

from __future__ import annotations

import hashlib
import json

import pytest

from summarizer.errors import InputError
from summarizer.eval.suites import digest as suite

DOC_A = ("(CNN)The ferry Marlow Star sank near Kettle Point on Sunday, officials said. "
         "All 40 passengers were rescued by fishing boats. "
         "The harbor master, Ina Velk, said the ferry had engine trouble.")
DOC_B = ("Kettle Point (CNN)Divers reached the wreck of the Marlow Star on Tuesday. "
         "All 40 passengers were rescued by fishing boats. "
         "Inspectors will test the engine next week.")


def _sha(t: str) -> str:
    return hashlib.sha256(t.encode("utf-8")).hexdigest()


def _write_pairs(root, records):
    p = root / "devdata" / "faithfulness" / "pairs.jsonl"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def listed(tmp_path, monkeypatch):
    """A fake dev data folder with two invented documents (one duplicated, as pairs repeat a
    document once per claim) and a gold folder naming them as one cluster."""
    _write_pairs(tmp_path, [{"doc_id": "doc-a", "document": DOC_A, "claim": "x", "label": 1},
                            {"doc_id": "doc-a", "document": DOC_A, "claim": "y", "label": 0},
                            {"doc_id": "doc-b", "document": DOC_B, "claim": "z", "label": 1},
                            {"doc_id": "other", "document": "Unrelated.", "claim": "w", "label": 1}])
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "devdata"))
    gold = tmp_path / "gold"
    gold.mkdir()
    index = {"source": "faithfulness/pairs.jsonl",
             "clusters": [{"cluster_id": "t-1", "main_event": "a ferry sinks",
                           "articles": [{"label": "b", "doc_id": "doc-b", "sha256": _sha(DOC_B)},
                                        {"label": "a", "doc_id": "doc-a", "sha256": _sha(DOC_A)}]}]}
    (gold / suite.CLUSTERS_FILE).write_text(json.dumps(index), encoding="utf-8")
    shared = "All 40 passengers were rescued by fishing boats."
    ga, gb = DOC_A.index(shared), DOC_B.index(shared)
    g = {"cluster_id": "t-1", "main_event": "a ferry sinks", "articles": {"a": "doc-a", "b": "doc-b"},
         "agreements": [{"id": "a1", "proposition": "All passengers were rescued.",
                         "quotes": [{"outlet": "a", "quote": shared, "start": ga, "end": ga + len(shared)},
                                    {"outlet": "b", "quote": shared, "start": gb, "end": gb + len(shared)}]}],
         "conflicts": []}
    (gold / "t-1.json").write_text(json.dumps(g), encoding="utf-8")
    return gold, index


def test_listed_clusters_load_from_faithfulness_by_doc_id(listed):
    gold, _ = listed
    [c] = suite.load_clusters(gold)
    assert c["cluster_id"] == "t-1"
    assert [(a["outlet_code"], a["article_uuid"]) for a in c["articles"]] == [("b", "doc-b"), ("a", "doc-a")]
    assert c["articles"][1]["text"] == DOC_A


def test_clusters_file_is_not_a_gold_digest(listed):
    gold, _ = listed
    assert set(suite.load_gold(gold)) == {"t-1"}


def test_without_clusters_file_basil_is_loaded(tmp_path, monkeypatch):
    d = tmp_path / "devdata" / "multidoc"
    d.mkdir(parents=True)
    (d / "basil_clusters.jsonl").write_text(json.dumps({"cluster_id": "k9", "articles": []}) + "\n",
                                            encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "devdata"))
    assert [c["cluster_id"] for c in suite.load_clusters(tmp_path / "no-index")] == ["k9"]


def test_changed_text_is_refused(listed):
    gold, index = listed
    index["clusters"][0]["articles"][1]["sha256"] = _sha(DOC_A + " ")
    (gold / suite.CLUSTERS_FILE).write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(InputError, match="changed"):
        suite.load_clusters(gold)


def test_two_texts_for_one_id_are_refused(tmp_path, monkeypatch, listed):
    _write_pairs(tmp_path, [{"doc_id": "doc-a", "document": DOC_A, "claim": "x", "label": 1},
                            {"doc_id": "doc-a", "document": DOC_A.upper(), "claim": "x", "label": 1},
                            {"doc_id": "doc-b", "document": DOC_B, "claim": "z", "label": 1}])
    with pytest.raises(InputError, match="2 texts"):
        suite.load_clusters(listed[0])


def test_unknown_source_is_refused(listed):
    gold, index = listed
    with pytest.raises(InputError, match="unknown source"):
        suite.listed_clusters({**index, "source": "multidoc/other.jsonl"})


def test_labels_sort_after_outlets():
    arts = [{"outlet_code": c} for c in ("c", "a", "nyt", "b", "fox")]
    assert [a["outlet_code"] for a in sorted(arts, key=suite._article_order)] == ["fox", "nyt", "a", "b", "c"]


def test_suite_scores_a_listed_cluster(listed):
    """End to end with the sentence baseline: the shared sentence is one agreement of the gold."""
    gold, _ = listed
    tot = suite.run_suite("sentences", suite.load_clusters(gold), suite.load_gold(gold))
    assert tot["gold_clusters"] == 1 and tot["agree_gold"] == 1
    assert tot["agree_hit"] == 1


# -- digest shapes of the blind CNN set (evals/RESULTS.md "Session 26: multi27") ----------------------

from summarizer.digest.build import build_sections  # noqa: E402
from tests.test_align_disputes import FILLER, _articles  # noqa: E402


def _conflicts(*bodies: str):
    texts = [f"Story {n}\n\n" + FILLER + b + "\n" + FILLER for n, b in enumerate(bodies, 1)]
    al, _, _ = build_sections(_articles(*texts))
    return al.conflicts


def test_a_part_of_a_listed_breakdown_is_no_count_of_all_the_people():
    got = _conflicts("The sinking killed all 80 people on board.",
                     "Divers may yet find more phones owned by the 74 riders and six staff on board.")
    assert not [c for c in got if c.kind == "numbers"], [c.reason for c in got]


def test_a_count_of_a_kind_of_people_alone_still_meets_a_count_of_people():
    got = _conflicts("Twelve miners were killed in the collapse at the Orvel pit, officials said.",
                     "At least 19 people were killed in the collapse at the Orvel pit, officials said.")
    assert [c for c in got if c.kind == "numbers"], [c.reason for c in got]


def _pleas(body: str):
    return [{s.quote for s in c.sides} for c in _conflicts(body) if "innocence" in c.reason]


_TRIAL = ("Prosecutors say Dorn Vallis killed the courier Amos Pell in a parking garage. "
          "Dorn Vallis has pleaded not guilty in Pell's death. "
          "Vallis is also accused of shooting Rita Honn and Ben Sarto, allegedly over a parking space. "
          "To those two counts too Vallis pleads not guilty, his lawyer says.")


def test_a_plea_in_one_death_does_not_answer_a_charge_of_other_killings():
    pairs = _pleas(_TRIAL)
    assert not [p for p in pairs if any("in Pell's death" in q for q in p)
                and any("Rita Honn" in q for q in p)], pairs


def test_the_plea_in_those_deaths_still_answers_that_charge():
    pairs = _pleas(_TRIAL)
    assert any(any("those two counts" in q for q in p) and any("Rita Honn" in q for q in p) for p in pairs), pairs


def test_co_defendants_pleas_do_not_answer_the_charge_of_another():
    pairs = _pleas("Vallis's co-defendants, Omar Leck and Tim Rusk, have also pleaded not guilty and face separate "
                   "trials. Vallis is also accused of shooting Rita Honn and Ben Sarto, allegedly over a parking space.")
    assert not pairs, pairs


def test_a_place_told_of_an_ally_is_not_the_place_of_the_group_it_is_an_ally_of():
    got = _conflicts("The Harek Front is based in Moldavia, and its raids have spread to Tarnia before.",
                     "The next months turn on the ties between the Sun Brigade, a long-time ally of the "
                     "Harek Front based in Velmar, and the Iron League.")
    assert not [c for c in got if "where" in (c.topic or "")], [c.reason for c in got]


def test_one_group_said_to_be_based_in_two_places_still_conflicts():
    got = _conflicts("The Harek Front is based in Moldavia, and its raids have spread to Tarnia before.",
                     "Analysts said the Harek Front, which is based in Velmar, has lost ground this year.")
    assert [c for c in got if "where" in (c.topic or "")], [c.reason for c in got]


_REBUT = ("Police said Kerr and Dalto took no part in the fight, yet both face petty counts, trespassing among "
          "them. The video shows an officer taking Kerr to the ground. Kerr is in his sixth "
          "season with the Rams. Coach Ivo Brandt told reporters the team would stand by him. "
          "{near} In a statement on Monday, Kerr and Dalto said they would contest the charges.")


def test_a_rebuttal_of_the_charges_does_not_answer_the_outlets_note_on_a_game():
    got = _conflicts(_REBUT.format(near="Dalto, a 29-year-old forward, sat out the Saturday game against the "
                                        "Comets and has played twice since."))
    assert not [c for c in got if any("sat out the Saturday game" in s.quote for s in c.sides)], [c.reason for c in got]


def test_a_rebuttal_of_the_charges_still_answers_the_outlets_sentence_telling_them():
    got = _conflicts(_REBUT.format(near="Late on Friday, Dalto and a friend were charged with assault after a "
                                        "scuffle in Kenner."))
    assert [c for c in got if any("contest the charges" in s.quote for s in c.sides)
            and any("charged with assault" in s.quote for s in c.sides)], [c.reason for c in got]


def _agreements(a: str, b: str):
    arts = _articles("One\n\n" + FILLER + a + "\n" + FILLER, "Two\n\n" + FILLER + b + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    return [x for x in al.agreements if any("Flight 412" in q for q in x.quotes)]


def test_a_flight_number_and_one_verb_are_no_shared_proposition():
    got = _agreements("Inspectors have now gathered every key item from the field where Coastal Air Flight 412 "
                      "crashed, a national police official told reporters on Monday.",
                      "The mayor's remarks follow claims by two newspapers, the Daily Verge and the Evening Lark, of a "
                      "phone video showing the last seconds on board Coastal Air Flight 412 as it crashed into the "
                      "Dunmore hills.")
    assert not got, [x.quotes for x in got]


def test_two_sentences_saying_one_thing_of_a_numbered_flight_still_agree():
    got = _agreements("Coastal Air Flight 412 crashed into the Dunmore hills on Sunday, killing everyone on board.",
                      "Everyone on board was killed when Coastal Air Flight 412 crashed into the Dunmore hills.")
    assert got


_AGES = ("Police said two players not involved in the fight -- the Rams' Dana Kerr, {k}, and Ivo Dalto, 30 -- were "
         "arrested on charges of trespassing, she said.")


def _age_conflicts(a: str, b: str):
    return [c for c in _conflicts(a, b) if c.topic.endswith("'s age")]


def test_one_player_given_two_ages_is_a_conflict():
    got = _age_conflicts(_AGES.format(k=32), "Kerr, a 31-year-old forward from Lisk, sat out the Saturday game "
                                             "against the Comets.")
    assert [c for c in got if c.topic.startswith("Kerr")], got


def test_an_age_still_to_come_and_the_same_age_are_no_conflict():
    assert not _age_conflicts(_AGES.format(k=32), "Dalto, who turns 31 next month, has played for the Rams since 2019. "
                                                  "The 32-year-old Kerr missed the Saturday game against the Comets.")
