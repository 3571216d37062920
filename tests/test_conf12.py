"""conf12 (issue 15): the digest's conflict recall. Eleven invented clusters (tests/fixtures/conf12:
a nurse charged with theft, a sprinter's doping ban, a rezoning, a drug trial, a plant closure, a
house fire, a football derby, trade talks, a physicist's obituary, a grocery merger, a councillor's
audit), two articles each, with the conflicts an analyst expects and the near-misses that are none
(the same fact told two ways, two different facts), listed in expected.json before the digest was
run. Kinds aimed at: a claim of innocence ("maintains her innocence", "did nothing wrong") against
the charge it answers; "rejected claims / criticism that P" against critics who say P; "will" /
"will not"; the place of one event told two ways; who did one act; "similar" / "differs". Fast:
the bundled path's code claims (no model); invented texts, no seed words."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from summarizer.digest.build import build_sections
from tests.test_align_disputes import _articles
from tests.test_conf9 import planted_conflict_tests

FIX = Path(__file__).parent / "fixtures" / "conf12"
EXPECTED = {k: v for k, v in json.loads((FIX / "expected.json").read_text(encoding="utf-8")).items() if k != "_doc"}


@lru_cache(maxsize=None)
def _conflicts(name: str):
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIX / name).glob("*.txt"))]
    return build_sections(_articles(*texts))[0].conflicts


test_a_planted_conflict_is_in_the_digest, test_a_near_miss_is_no_conflict, test_every_conflict_in_the_digest_was_planted = \
    planted_conflict_tests(EXPECTED, _conflicts)
