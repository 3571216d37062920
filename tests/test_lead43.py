"""Shapes and mends of the lead's session 43 (issues 12 and 15). Invented texts; near-misses keep their reading."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# -- one_holder: two forms of one person are picked by length and order, never by set order ---------------

_ONE_HOLDER = r'''
from types import SimpleNamespace as M
from summarizer.attribution.coreference import one_holder
text = ("Popular talk show host Ada Brook spoke on Monday. Later the veteran talk show host Ada Mae Brook spoke again. "
        "The Valley Radio host urged the party on.")
ms = [M(name=n, pos=text.index(n, text.index(after)), kind="person", headline=False)
      for n, after in (("Ada Brook", "Popular"), ("Ada Mae Brook", "Later"))]
print(one_holder(text, "Valley Radio", "host", text.index("The Valley"), ms))
print(one_holder(text, "Valley Radio", "host", text.index("The Valley"), ms[::-1]))
'''


def _one_holder_under(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", _ONE_HOLDER], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120).stdout


def test_one_holder_picks_the_longest_form_under_any_hash_seed():
    outs = {_one_holder_under(seed) for seed in (0, 1, 2, 3, 7, 11)}
    assert outs == {"Ada Mae Brook\nAda Mae Brook\n"}


def test_one_holder_near_miss_two_surnames_resolve_to_no_one():
    from types import SimpleNamespace as M
    from summarizer.attribution.coreference import one_holder
    text = ("Popular talk show host Ada Brook spoke on Monday. Later the veteran talk show host Tom Reed spoke again. "
            "The Valley Radio host urged the party on.")
    ms = [M(name="Ada Brook", pos=text.index("Ada Brook"), kind="person", headline=False),
          M(name="Tom Reed", pos=text.index("Tom Reed"), kind="person", headline=False)]
    assert one_holder(text, "Valley Radio", "host", text.index("The Valley"), ms) is None
